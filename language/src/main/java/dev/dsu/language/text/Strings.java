package dev.dsu.language.text;

import java.nio.charset.StandardCharsets;

/** Conversions for decoded string tokens (bytes held as Latin-1 characters). */
final class Strings {
    private Strings() {
    }

    /** Interprets the raw bytes of a quoted string as UTF-8 text. */
    static String utf8(String latin1Bytes) {
        return new String(latin1Bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String latin1Bytes) {
        return latin1Bytes.getBytes(StandardCharsets.ISO_8859_1);
    }
}
