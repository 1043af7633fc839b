package dev.dsu.language.bitcode;

import dev.dsu.language.ir.IrReadException;

/** A DEFINE_ABBREV: how the operands of one record shape are encoded. */
final class Abbreviation {
    enum Kind {
        LITERAL, FIXED, VBR, ARRAY, CHAR6, BLOB
    }

    record Operand(Kind kind, long value) {
    }

    final Operand[] operands;

    Abbreviation(Operand[] operands) {
        this.operands = operands;
    }

    static Abbreviation read(BitReader in) {
        int count = (int) in.readVbr(5);
        if (count < 0 || count > in.remainingBits()) {
            throw new IrReadException("invalid abbreviation operand count " + count);
        }
        Operand[] ops = new Operand[count];
        for (int i = 0; i < count; i++) {
            boolean literal = in.read(1) == 1;
            if (literal) {
                ops[i] = new Operand(Kind.LITERAL, in.readVbr(8));
                continue;
            }
            int encoding = (int) in.read(3);
            ops[i] = switch (encoding) {
                case 1 -> new Operand(Kind.FIXED, checkWidth(in.readVbr(5), 64));
                case 2 -> new Operand(Kind.VBR, checkWidth(in.readVbr(5), 32));
                case 3 -> new Operand(Kind.ARRAY, 0);
                case 4 -> new Operand(Kind.CHAR6, 0);
                case 5 -> new Operand(Kind.BLOB, 0);
                default -> throw new IrReadException("unknown abbreviation operand encoding " + encoding);
            };
        }
        // An array's element encoding is the operand after it, so the array must be second to last.
        for (int i = 0; i < count; i++) {
            Kind k = ops[i].kind();
            if (k == Kind.ARRAY && (i != count - 2 || ops[i + 1].kind() == Kind.ARRAY || ops[i + 1].kind() == Kind.BLOB)) {
                throw new IrReadException("malformed array abbreviation");
            }
            if (k == Kind.BLOB && i != count - 1) {
                throw new IrReadException("malformed blob abbreviation");
            }
        }
        return new Abbreviation(ops);
    }

    private static long checkWidth(long w, int max) {
        if (w < 0 || w > max) {
            throw new IrReadException("invalid abbreviation operand width " + w);
        }
        return w;
    }
}
