package dev.dsu.language.libc;

import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.memory.Heap;

/**
 * The formats parsed last, by address. An entry is used only while the memory at its address
 * still holds the same bytes: C may build a format in a buffer, or write over a string literal,
 * and an update may give a global new contents.
 */
final class FormatCache {
    private static final int ENTRIES = 64;

    private final Heap heap;
    private final long[] addresses = new long[ENTRIES];
    private final ParsedFormat[] formats = new ParsedFormat[ENTRIES];

    FormatCache(Heap heap) {
        this.heap = heap;
    }

    ParsedFormat get(long fmtPtr, Node location) {
        int slot = slot(fmtPtr);
        ParsedFormat f = formats[slot];
        if (f != null && addresses[slot] == fmtPtr && heap.holdsBytes(fmtPtr, f.source)) {
            return f;
        }
        f = ParsedFormat.parse(heap.readCStringBytes(fmtPtr, location));
        formats[slot] = f;
        addresses[slot] = fmtPtr;
        return f;
    }

    private static int slot(long address) {
        long h = address * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 58) & (ENTRIES - 1);
    }
}
