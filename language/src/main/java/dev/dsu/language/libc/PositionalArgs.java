package dev.dsu.language.libc;

import java.util.Arrays;

import dev.dsu.nodes.fp80.LongDouble;

/**
 * The arguments of a format that names them by position (POSIX {@code %n$}, {@code *m$}), as
 * translated messages do to reorder them. A {@code va_list} can only be read in order, and
 * each argument's type says where it is, so all are read first, by the types the conversions
 * give them (an int for positions no conversion names, as glibc does), and then handed out in
 * the order the formatter asks for them: each conversion's width, precision, then value.
 */
final class PositionalArgs implements VarArgs {
    private static final byte INTEGER = 0;
    private static final byte DOUBLE = 1;
    private static final byte LONG_DOUBLE = 2;

    /** By position, from 1. */
    private final Object[] values;
    /** The position of each read the formatter will make, in its order. */
    private final int[] order;
    private int cursor;

    private PositionalArgs(Object[] values, int[] order) {
        this.values = values;
        this.order = order;
    }

    static PositionalArgs read(ParsedFormat format, VarArgs args) {
        int[] order = new int[3 * format.pieces.length];
        byte[] kinds = new byte[Math.max(format.positions, 1) + 3 * format.pieces.length + 1];
        int reads = 0;
        int unnumbered = 0;
        int highest = 0;
        for (Object piece : format.pieces) {
            if (!(piece instanceof ParsedFormat.Conversion c)) {
                continue;
            }
            if (c.widthFromArgument) {
                order[reads++] = c.widthArgument > 0 ? c.widthArgument : ++unnumbered;
            }
            if (c.precisionFromArgument) {
                order[reads++] = c.precisionArgument > 0 ? c.precisionArgument : ++unnumbered;
            }
            if (c.incomplete()) {
                break;
            }
            byte kind = kind(c);
            if (kind >= 0) {
                int at = c.argument > 0 ? c.argument : ++unnumbered;
                order[reads++] = at;
                kinds[at] = kind;
            }
        }
        for (int k = 0; k < reads; k++) {
            highest = Math.max(highest, order[k]);
        }
        Object[] values = new Object[highest + 1];
        for (int at = 1; at <= highest; at++) {
            values[at] = switch (kinds[at]) {
                case DOUBLE -> args.nextDouble();
                case LONG_DOUBLE -> args.nextLongDouble();
                default -> args.nextLong();
            };
        }
        return new PositionalArgs(values, Arrays.copyOf(order, reads));
    }

    /** What a conversion reads: INTEGER, DOUBLE, LONG_DOUBLE, or -1 for nothing. */
    private static byte kind(ParsedFormat.Conversion c) {
        return switch (c.conv) {
            case 'd', 'i', 'u', 'o', 'x', 'X', 'p', 'c', 's', 'n', 'C', 'S' -> INTEGER;
            case 'f', 'F', 'e', 'E', 'g', 'G', 'a', 'A' -> c.length == ParsedFormat.LENGTH_BIG_L ? LONG_DOUBLE : DOUBLE;
            default -> -1;
        };
    }

    private Object next() {
        return cursor < order.length ? values[order[cursor++]] : null;
    }

    @Override
    public long nextLong() {
        Object v = next();
        if (v instanceof Long l) {
            return l;
        }
        return v instanceof Double d ? Double.doubleToRawLongBits(d) : 0;
    }

    @Override
    public double nextDouble() {
        Object v = next();
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof LongDouble ld) {
            return ld.toDouble();
        }
        return v instanceof Long l ? Double.longBitsToDouble(l) : 0;
    }

    @Override
    public LongDouble nextLongDouble() {
        Object v = next();
        if (v instanceof LongDouble ld) {
            return ld;
        }
        return LongDouble.fromDouble(v instanceof Double d ? d : 0);
    }
}
