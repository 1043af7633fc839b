package dev.dsu.language.libc;

import java.util.Map;

import dev.dsu.nodes.memory.Heap;

final class FormattedInput {
    FormattedInput(Heap heap, Stdio stdio) {
    }

    void register(Map<String, Builtin> m) {
    }
}
