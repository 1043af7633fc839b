package dev.dsu.language.text;

/** One lexical token of LLVM assembly, with its 1-based source position. */
record Token(Kind kind, String text, int line, int column) {

    enum Kind {
        /** {@code @name}, {@code @"quoted"}, {@code @0}; text is the name without sigil. */
        GLOBAL_ID,
        /** {@code %name}, {@code %"quoted"}, {@code %0}; text is the name without sigil. */
        LOCAL_ID,
        /** {@code name:} (block labels and metadata field names); text without the colon. */
        LABEL,
        /** {@code !name} / {@code !12}; text without the {@code !}. */
        METADATA_ID,
        /** A lone {@code !} (before {@code {} or a string). */
        EXCLAIM,
        /** {@code #12}; text is the number. */
        ATTR_GROUP,
        /** {@code #dbg_value} and other debug records; text without {@code #}. */
        HASH_NAME,
        /** Bare words: keywords, type names, DWARF constants. */
        KEYWORD,
        INTEGER,
        /** Decimal floating point literal. */
        FLOAT,
        /** Hex floating point literal: text keeps the 0x prefix and kind letter (0x, 0xK, 0xH, ...). */
        HEX_FLOAT,
        /** Quoted string; text holds the decoded bytes as Latin-1 characters. */
        STRING,
        /** {@code c"..."}: decoded bytes as Latin-1 characters. */
        CSTRING,
        /** One of = , * [ ] { } ( ) < > | and {@code ...}. */
        PUNCT,
        EOF
    }

    boolean is(Kind k, String t) {
        return kind == k && text.equals(t);
    }

    boolean isPunct(String p) {
        return kind == Kind.PUNCT && text.equals(p);
    }

    boolean isKeyword(String k) {
        return kind == Kind.KEYWORD && text.equals(k);
    }

    String where() {
        return line + ":" + column;
    }

    String describe() {
        return switch (kind) {
            case EOF -> "end of input";
            case GLOBAL_ID -> "'@" + text + "'";
            case LOCAL_ID -> "'%" + text + "'";
            case METADATA_ID -> "'!" + text + "'";
            case LABEL -> "'" + text + ":'";
            case ATTR_GROUP -> "'#" + text + "'";
            case HASH_NAME -> "'#" + text + "'";
            case STRING -> "string";
            case CSTRING -> "c-string";
            default -> "'" + text + "'";
        };
    }
}
