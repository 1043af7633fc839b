package dev.dsu.language.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import dev.dsu.language.ir.Argument;
import dev.dsu.language.ir.BinOp;
import dev.dsu.language.ir.CastOp;
import dev.dsu.language.ir.Constant;
import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.Type;
import dev.dsu.language.ir.Value;

class IndexTermTest {
    private static final int NSW = 2;
    private static final int NUW = 1;
    private static final Type I32 = Type.intOf(32);
    private static final Type I64 = Type.intOf(64);
    private final Argument sp = new Argument(I32, 0);
    private final Argument wide = new Argument(I64, 1);

    private static Value add(Value x, long c, int flags) {
        return new Instruction.Binary(x.getType(), BinOp.ADD, x, new Constant.Int(x.getType(), c), flags);
    }

    private static Value sext(Value x) {
        return new Instruction.Cast(I64, CastOp.SEXT, x);
    }

    @Test
    void signExtendedNoWrapSumSplits() {
        IndexTerm t = IndexTerm.of(sext(add(sp, -2, NSW)));
        assertSame(sp, t.variable());
        assertEquals(-2, t.constant());
    }

    @Test
    void constantHeldZeroExtendedIsReadSigned() {
        // an i32 -1 read as its 32 bits must still count as -1
        IndexTerm t = IndexTerm.of(sext(add(sp, 0xFFFFFFFFL, NSW)));
        assertEquals(-1, t.constant());
    }

    @Test
    void narrowSumThatMayWrapStays() {
        Value sum = add(sp, 1, NUW);
        IndexTerm t = IndexTerm.of(sext(sum));
        assertSame(sum, t.variable());
        assertEquals(0, t.constant());
    }

    @Test
    void sixtyFourBitSumsSplitWithoutFlags() {
        IndexTerm t = IndexTerm.of(add(add(wide, 3, 0), -1, 0));
        assertSame(wide, t.variable());
        assertEquals(2, t.constant());
    }

    @Test
    void sumOfTwoVariablesStays() {
        Value sum = new Instruction.Binary(I64, BinOp.ADD, wide, sext(sp), NSW);
        IndexTerm t = IndexTerm.of(sum);
        assertSame(sum, t.variable());
        assertEquals(0, t.constant());
    }
}
