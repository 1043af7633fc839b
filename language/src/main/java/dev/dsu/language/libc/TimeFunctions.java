package dev.dsu.language.libc;

import java.util.Map;

import dev.dsu.nodes.memory.Heap;

final class TimeFunctions {
    TimeFunctions(Heap heap, Errno errno) {
    }

    void register(Map<String, Builtin> m) {
    }
}
