package dev.dsu.language.translate;

import dev.dsu.language.ir.BinOp;
import dev.dsu.language.ir.CastOp;
import dev.dsu.language.ir.Constant;
import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.Type;
import dev.dsu.language.ir.Value;

/**
 * A getelementptr index split into a variable and a constant, {@code variable + constant}, as
 * clang's {@code stack[sp - 1]} gives {@code sext(sp +nsw -1)}: the accesses {@code stack[sp]},
 * {@code stack[sp - 1]} and {@code stack[sp - 2]} then share one variable part and differ only in
 * their displacement. Compiled code computes that part once, and the access groups check their
 * range together; otherwise each case of an interpreter loop's switch had its own index, and
 * the compiler, which merges equal expressions and computes a merged one where all its users
 * can see it, computed all of them before the switch and kept them on the stack across it.
 * <p>
 * Exact because of how values are held: an integer narrower than 64 bits is held sign-extended,
 * so a sext changes nothing, and an add without signed wrap (nsw; a wrap would make the result
 * poison) is the same sum in 64 bits. A 64-bit add is exact as it is: addresses wrap at 64 bits.
 */
record IndexTerm(Value variable, long constant) {
    /** Peeled a few levels at most: deeper sums are rare and keep their own index. */
    private static final int MAX_DEPTH = 4;
    /** The nsw bit of an add's flags in bitcode. */
    private static final int NO_SIGNED_WRAP = 2;

    static IndexTerm of(Value index) {
        Value v = index;
        long constant = 0;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            if (v instanceof Instruction.Cast c && c.op == CastOp.SEXT && bits(c.value) > 0) {
                v = c.value;
            } else if (v instanceof Instruction.Binary b && b.op == BinOp.ADD && bits(b) > 0 && (bits(b) == 64 || (b.flags & NO_SIGNED_WRAP) != 0)) {
                if (b.rhs instanceof Constant.Int k && k.big == null) {
                    constant += signExtended(k.value, bits(b));
                    v = b.lhs;
                } else if (b.lhs instanceof Constant.Int k && k.big == null) {
                    constant += signExtended(k.value, bits(b));
                    v = b.rhs;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return new IndexTerm(v, constant);
    }

    /** The width of an integer value of at most 64 bits, else 0. */
    private static int bits(Value v) {
        return v.getType() instanceof Type.IntType t && t.bits <= 64 ? t.bits : 0;
    }

    private static long signExtended(long value, int bits) {
        return bits == 64 ? value : (value << (64 - bits)) >> (64 - bits);
    }
}
