package dev.dsu.language.text;

import dev.dsu.language.ir.AtomicOrdering;
import dev.dsu.language.ir.BinOp;
import dev.dsu.language.ir.CastOp;

/** Keyword tables for operators, flags and orderings. */
final class Opcodes {
    private Opcodes() {
    }

    static BinOp binary(String k) {
        return switch (k) {
            case "add" -> BinOp.ADD;
            case "sub" -> BinOp.SUB;
            case "mul" -> BinOp.MUL;
            case "udiv" -> BinOp.UDIV;
            case "sdiv" -> BinOp.SDIV;
            case "urem" -> BinOp.UREM;
            case "srem" -> BinOp.SREM;
            case "shl" -> BinOp.SHL;
            case "lshr" -> BinOp.LSHR;
            case "ashr" -> BinOp.ASHR;
            case "and" -> BinOp.AND;
            case "or" -> BinOp.OR;
            case "xor" -> BinOp.XOR;
            case "fadd" -> BinOp.FADD;
            case "fsub" -> BinOp.FSUB;
            case "fmul" -> BinOp.FMUL;
            case "fdiv" -> BinOp.FDIV;
            case "frem" -> BinOp.FREM;
            default -> null;
        };
    }

    static CastOp cast(String k) {
        return switch (k) {
            case "trunc" -> CastOp.TRUNC;
            case "zext" -> CastOp.ZEXT;
            case "sext" -> CastOp.SEXT;
            case "fptoui" -> CastOp.FPTOUI;
            case "fptosi" -> CastOp.FPTOSI;
            case "uitofp" -> CastOp.UITOFP;
            case "sitofp" -> CastOp.SITOFP;
            case "fptrunc" -> CastOp.FPTRUNC;
            case "fpext" -> CastOp.FPEXT;
            case "ptrtoint" -> CastOp.PTRTOINT;
            case "inttoptr" -> CastOp.INTTOPTR;
            case "bitcast" -> CastOp.BITCAST;
            case "addrspacecast" -> CastOp.ADDRSPACECAST;
            default -> null;
        };
    }

    /** Bits as in LLVM bitcode: OBO nuw=1, nsw=2; exact=1; disjoint=1; nneg=1; fast-math flags 2..128. */
    static int flagBit(String k) {
        return switch (k) {
            case "nuw", "exact", "disjoint", "nneg" -> 1;
            case "nsw" -> 2;
            case "nnan" -> 1 << 1;
            case "ninf" -> 1 << 2;
            case "nsz" -> 1 << 3;
            case "arcp" -> 1 << 4;
            case "contract" -> 1 << 5;
            case "afn" -> 1 << 6;
            case "reassoc" -> 1 << 7;
            case "fast" -> 0xfe;
            default -> 0;
        };
    }

    /** Consumes wrap/exact/fast-math flags; returns their bits. */
    static int skipFlags(Cursor c) {
        int bits = 0;
        while (c.peek().kind() == Token.Kind.KEYWORD) {
            int b = flagBit(c.peek().text());
            if (b == 0 && !c.peek().isKeyword("samesign")) {
                break;
            }
            bits |= b;
            c.next();
        }
        return bits;
    }

    static AtomicOrdering ordering(String k) {
        return switch (k) {
            case "unordered" -> AtomicOrdering.UNORDERED;
            case "monotonic" -> AtomicOrdering.MONOTONIC;
            case "acquire" -> AtomicOrdering.ACQUIRE;
            case "release" -> AtomicOrdering.RELEASE;
            case "acq_rel" -> AtomicOrdering.ACQ_REL;
            case "seq_cst" -> AtomicOrdering.SEQ_CST;
            default -> null;
        };
    }

    /** Optional {@code syncscope("...")} then an ordering keyword. */
    static AtomicOrdering expectOrdering(Cursor c) {
        if (c.acceptKeyword("syncscope")) {
            c.expectPunct("(");
            c.string("a sync scope name");
            c.expectPunct(")");
        }
        Token t = c.peek();
        AtomicOrdering o = t.kind() == Token.Kind.KEYWORD ? ordering(t.text()) : null;
        if (o == null) {
            throw c.error("expected an atomic ordering");
        }
        c.next();
        return o;
    }
}
