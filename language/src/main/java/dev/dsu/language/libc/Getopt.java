package dev.dsu.language.libc;

import java.util.Map;

import dev.dsu.nodes.memory.Heap;

final class Getopt {
    Getopt(Heap heap, CLibrary lib) {
    }

    void register(Map<String, Builtin> m, Map<String, Long> globals) {
    }
}
