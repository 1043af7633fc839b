package dev.dsu.language;

import dev.dsu.nodes.call.LibraryFunction;
import dev.dsu.nodes.control.LongjmpException;
import dev.dsu.nodes.control.SetjmpNode;
import dev.dsu.nodes.memory.Heap;
import dev.dsu.nodes.memory.MemoryFault;

/** C library functions that are part of the execution model rather than the library: longjmp. */
final class RuntimeFunctions {
    private RuntimeFunctions() {
    }

    static LibraryFunction lookup(String name, Heap heap) {
        return switch (name) {
            case "longjmp", "_longjmp", "siglongjmp", "__longjmp_chk" -> (args, location) -> {
                long env = (Long) args[0];
                long value = (int) (long) (Long) args[1];
                if (heap.getI64(env + 16, location) != SetjmpNode.MAGIC) {
                    throw new MemoryFault("Segmentation fault: longjmp with a jmp_buf that setjmp did not fill", location);
                }
                throw new LongjmpException(heap.getI64(env, location), (int) heap.getI64(env + 8, location), value);
            };
            default -> null;
        };
    }
}
