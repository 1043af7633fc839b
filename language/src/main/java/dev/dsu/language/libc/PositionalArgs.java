package dev.dsu.language.libc;

/**
 * The arguments of a format that names them by position (POSIX {@code %n$}, {@code *m$}), as
 * translated messages do to reorder them. A {@code va_list} can only be read in order, and
 * each argument's type says where it is, so all are read first, by the types the conversions
 * give them (an int for positions no conversion names, as glibc does), and then laid out in
 * the order the formatter asks for them: each conversion's width, precision, then value.
 */
final class PositionalArgs {
    private static final byte INTEGER = 0;
    private static final byte DOUBLE = 1;
    private static final byte LONG_DOUBLE = 2;

    private PositionalArgs() {
    }

    /** The call's arguments as the formatter of {@code format} will read them, one after another. */
    static VarArgs inReadingOrder(ParsedFormat format, VarArgs args) {
        int[] order = new int[3 * format.pieces.length];
        byte[] kinds = new byte[Math.max(format.positions, 1) + 3 * format.pieces.length + 1];
        int reads = 0;
        int unnumbered = 0;
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
        int highest = 0;
        for (int k = 0; k < reads; k++) {
            highest = Math.max(highest, order[k]);
        }
        Object[] byPosition = new Object[highest + 1];
        for (int at = 1; at <= highest; at++) {
            byPosition[at] = switch (kinds[at]) {
                case DOUBLE -> args.nextDouble();
                case LONG_DOUBLE -> args.nextLongDouble();
                default -> args.nextLong();
            };
        }
        Object[] sequence = new Object[reads];
        for (int k = 0; k < reads; k++) {
            sequence[k] = byPosition[order[k]];
        }
        return VarArgs.of(sequence, 0);
    }

    /** What a conversion reads: INTEGER, DOUBLE, LONG_DOUBLE, or -1 for nothing. */
    private static byte kind(ParsedFormat.Conversion c) {
        return switch (c.conv) {
            case 'd', 'i', 'u', 'o', 'x', 'X', 'p', 'c', 's', 'n', 'C', 'S' -> INTEGER;
            case 'f', 'F', 'e', 'E', 'g', 'G', 'a', 'A' -> c.length == ParsedFormat.LENGTH_BIG_L ? LONG_DOUBLE : DOUBLE;
            default -> -1;
        };
    }
}
