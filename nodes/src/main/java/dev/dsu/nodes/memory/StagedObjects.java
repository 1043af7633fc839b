package dev.dsu.nodes.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The objects an update's preparation creates (the new version's added functions and globals),
 * possibly while the program goes on running on another thread. The heap belongs to the
 * program's thread alone, without locks, so these objects take ids that thread set aside
 * beforehand ({@link Heap#reserveForUpdate}) and stay out of the heap's tables until the program
 * thread installs them at the update point ({@link Heap#install}). Until then only the preparing
 * thread sees them, through the heap's ordinary accessors (that is how initializers are written);
 * an update refused before that simply drops them.
 */
public final class StagedObjects {
    /** The preparation needs more ids than were set aside: it has to be done at the update point. */
    public static final class Exhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exhausted(int reserved) {
            super("the update needs more than the " + reserved + " object ids set aside for it");
        }
    }

    private final Heap heap;
    final Thread preparer;
    private final boolean onProgramThread;
    private final int firstId;
    private int nextId;
    private final int endId;
    private final List<MemoryObject> objects = new ArrayList<>();
    private final Map<Integer, MemoryObject> byId = new HashMap<>();

    StagedObjects(Heap heap, Thread preparer, boolean onProgramThread, int firstId, int endId) {
        this.heap = heap;
        this.preparer = preparer;
        this.onProgramThread = onProgramThread;
        this.firstId = firstId;
        this.nextId = firstId;
        this.endId = endId;
    }

    /** A pointer to a fresh zeroed object, or 0 when the size cannot be allocated. */
    public long allocate(long size, MemoryObject.Kind kind, String name) {
        if (size < 0 || size > Integer.MAX_VALUE - 16) {
            return 0;
        }
        return Heap.pointer(add(new MemoryObject(takeId(), new byte[(int) size], kind, name)).id, 0);
    }

    public long allocateFunction(String name, Object function) {
        MemoryObject o = add(new MemoryObject(takeId(), MemoryObject.NO_STORAGE, MemoryObject.Kind.FUNCTION, name));
        o.function = function;
        return Heap.pointer(o.id, 0);
    }

    /** Installs the objects into the heap: from then on the program sees them. Program thread only. */
    public void install() {
        heap.install(this);
    }

    int size() {
        return objects.size();
    }

    List<MemoryObject> objects() {
        return objects;
    }

    MemoryObject find(int id) {
        return byId.get(id);
    }

    private int takeId() {
        if (nextId < endId) {
            return nextId++;
        }
        if (onProgramThread) {
            // the program is stopped at the update point and this is its thread: the heap's own
            // counter may be used directly
            return heap.takeIdsForStaging(1);
        }
        throw new Exhausted(endId - firstId);
    }

    private MemoryObject add(MemoryObject o) {
        objects.add(o);
        byId.put(o.id, o);
        return o;
    }
}
