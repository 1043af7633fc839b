package dev.dsu.nodes.memory;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.CallRegisters;

/**
 * The program's memory: a table of {@link MemoryObject}s addressed by 64-bit pointers whose
 * high half is the object id and whose low half is the byte offset. Id 0 is the null object.
 * Every access is bounds checked against the object's storage, so wild, dangling and null
 * pointers fault instead of corrupting anything.
 * <p>
 * Only the thread running the program changes the heap, so nothing here takes a lock: a lock
 * on malloc and free cost a quarter of a malloc-heavy program's time. The language lets one
 * thread at a time into a context (Truffle orders their turns). The one other writer, an
 * update's preparation on the control thread, creates its objects as {@link StagedObjects}
 * outside the tables and the program thread installs them at the update point.
 */
public final class Heap {
    /**
     * Enough ids that most programs never replace the tables; each replacement throws away the
     * compiled code that has them as constants (see {@link #tablesUnchanged}).
     */
    private static final int INITIAL_IDS = 1 << 16;
    /**
     * Compiled code has both tables as constants while this holds: it then finds an access's
     * storage in two dependent loads (the entry, its length) instead of four (the table, its
     * length, the entry, its length), which matters where a call in a loop makes the lookup be
     * repeated. Replaced with a fresh one, after the tables, whenever they grow (volatile: the
     * compiler thread that reads it and then the tables sees the new tables).
     */
    @CompilationFinal private volatile Assumption tablesUnchanged = Truffle.getRuntime().createAssumption("heap tables unchanged");
    /**
     * Holds while no global's storage was replaced (only an update's transformation does that):
     * compiled code then has the storage of the globals it accesses as constants (see
     * {@link AddressNode}), so a global's bounds check is against a constant length and an
     * access at a constant offset has none left. Replaced with a fresh one at each such change.
     */
    @CompilationFinal private volatile Assumption globalStorageUnchanged = Truffle.getRuntime().createAssumption("global storage unchanged");
    /** Not volatile: compiled code must be free to keep it in a register across a loop. */
    @CompilationFinal(dimensions = 0) private MemoryObject[] objects = new MemoryObject[INITIAL_IDS];
    /**
     * Each object's storage by id, the same arrays as {@code objects[id].data}: compiled code finds
     * an access's array in one load from here instead of two (the object, then its storage), and
     * a loop that cannot keep the lookup out of its body does it every iteration. Null for ids
     * not yet used; written only by {@link #install} and {@link #replaceData}.
     */
    @CompilationFinal(dimensions = 0) private byte[][] storage = new byte[INITIAL_IDS][];
    private int count;
    private long heapBytesInUse;
    private int[] freeStackIds = new int[256];
    /** Freed heap ids, oldest first: use after free is caught for the most recent frees. */
    private final FreedIdQueue freedHeapIds = new FreedIdQueue();
    private static final int FREED_QUARANTINE = 1 << 16;
    private int freeStackCount;
    /**
     * Ids set aside for the next update's new objects, [first, end): read by the preparing
     * thread, hence volatile; written by the program thread.
     */
    private volatile int reservedFirst;
    private volatile int reservedEnd;
    private int reservationSize;
    /**
     * Bytes the active C frames would occupy on a native stack (see FunctionRootNode). One count
     * for the program, not one per thread: a context runs C code on one thread at a time. Kept
     * here rather than in the thread's state because compiled code then updates it at a constant
     * address; finding the thread's state first cost three dependent loads per call (fib spent a
     * sixth of its time on the chain).
     */
    private long stackBytes;
    /** The program's argument registers, at a constant address for the same reason. */
    private final CallRegisters callRegisters = new CallRegisters();
    /** Like a native thread's default 8 MiB stack (ulimit -s 8192). */
    public static final long STACK_LIMIT_BYTES = 8L << 20;
    /** The preparation in progress, whose objects the preparing thread must find; or null. */
    private volatile StagedObjects staging;

    public Heap() {
        install(new MemoryObject(0, MemoryObject.NO_STORAGE, MemoryObject.Kind.NULL, null));
        count = 1;
    }

    public static long pointer(int objectId, long offset) {
        return ((long) objectId << 32) + offset;
    }

    public static int objectId(long pointer) {
        return (int) (pointer >>> 32);
    }

    public static int offset(long pointer) {
        return (int) pointer;
    }

    /** {@link #offset} as a long, for an access already bounds checked. */
    static long checkedOffset(long pointer) {
        return (int) pointer;
    }

    // ---- allocation ----

    @TruffleBoundary
    public MemoryObject allocateObject(long size, MemoryObject.Kind kind, String name) {
        if (size < 0 || size > Integer.MAX_VALUE - 16) {
            return null;
        }
        if (!reusesFreedId(kind)) {
            ensureCapacity(count + 1);
        }
        return place(size, kind, name);
    }

    /**
     * A long-running program must not grow the table forever: once enough heap blocks were
     * freed, a new one takes the id of the block freed longest ago (a dangling pointer to that
     * one is then no longer caught).
     */
    private boolean reusesFreedId(MemoryObject.Kind kind) {
        return kind == MemoryObject.Kind.HEAP && freedHeapIds.size() > FREED_QUARANTINE;
    }

    /** A new object under a recycled id or the next one, which the table must have room for. */
    private MemoryObject place(long size, MemoryObject.Kind kind, String name) {
        int id = reusesFreedId(kind) ? freedHeapIds.pollFirst() : count++;
        MemoryObject o = new MemoryObject(id, new byte[(int) size], kind, name);
        install(o);
        if (kind == MemoryObject.Kind.HEAP) {
            heapBytesInUse += size;
        }
        return o;
    }

    /** The largest block {@link #allocateHeapBlock} takes: the zeroing of larger ones dwarfs a call. */
    public static final long INLINE_ALLOCATION_LIMIT = 1 << 16;

    /**
     * malloc's common case, meant to be compiled into the caller: a malloc-heavy program spent
     * as much time entering the library's allocate as allocating. For sizes 0 to
     * {@link #INLINE_ALLOCATION_LIMIT}; a table that must grow goes to {@link #allocate}.
     */
    public long allocateHeapBlock(long size) {
        assert size >= 0 && size <= INLINE_ALLOCATION_LIMIT;
        if (!reusesFreedId(MemoryObject.Kind.HEAP) && count >= objectTable().length) {
            return allocate(size, MemoryObject.Kind.HEAP, null);
        }
        return pointer(place(size, MemoryObject.Kind.HEAP, null).id, 0);
    }

    /** free()'s common case, compiled into the caller like {@link #allocateHeapBlock}; null and faults go to {@link #free}. */
    public void freeHeapBlock(long ptr, Node location) {
        int id = objectId(ptr);
        MemoryObject[] table = objectTable();
        if (offset(ptr) == 0 && id != 0 && Integer.compareUnsigned(id, table.length) < 0) {
            MemoryObject o = table[id];
            if (o != null && o.kind == MemoryObject.Kind.HEAP) {
                release(o);
                return;
            }
        }
        free(ptr, location);
    }

    @TruffleBoundary
    private void ensureCapacity(int ids) {
        if (ids > objects.length) {
            // four times as large: fewer replacements, each of which invalidates compiled code
            int length = Math.max(objects.length * 4, Integer.highestOneBit(ids - 1) << 1);
            Assumption replaced = tablesUnchanged;
            objects = Arrays.copyOf(objects, length);
            storage = Arrays.copyOf(storage, length);
            tablesUnchanged = Truffle.getRuntime().createAssumption("heap tables unchanged");
            replaced.invalidate("the heap's tables grew");
        }
    }

    /** The object table: a constant in compiled code (see {@link #tablesUnchanged}). */
    private MemoryObject[] objectTable() {
        if (CompilerDirectives.inCompiledCode() && !tablesUnchanged.isValid()) {
            // compiled while the tables were being replaced: not fit to run
            CompilerDirectives.transferToInterpreterAndInvalidate();
        }
        return objects;
    }

    /** The storage table, as {@link #objectTable}. */
    private byte[][] storageTable() {
        if (CompilerDirectives.inCompiledCode() && !tablesUnchanged.isValid()) {
            // compiled while the tables were being replaced: not fit to run
            CompilerDirectives.transferToInterpreterAndInvalidate();
        }
        return storage;
    }

    private void install(MemoryObject o) {
        objectTable()[o.id] = o;
        storageTable()[o.id] = o.data;
    }

    // ---- objects created by an update's preparation ----

    /**
     * Sets ids aside for the next update's new functions and globals, so that its preparation
     * can create them while the program runs. Program thread only.
     */
    public void reserveForUpdate(int ids) {
        reservationSize = ids;
        ensureCapacity(count + ids);
        reservedFirst = count;
        count += ids;
        reservedEnd = count;
    }

    /**
     * Starts staging an update's new objects on the calling thread, in the ids set aside; on the
     * program thread (preparing at the update point) it may take more.
     */
    public StagedObjects stage(boolean onProgramThread) {
        StagedObjects s = new StagedObjects(this, Thread.currentThread(), onProgramThread, reservedFirst, reservedEnd);
        staging = s;
        return s;
    }

    /**
     * The preparation is over (linked, or failed): its objects no longer need to be found, and a
     * failed one must not be kept alive until the next update.
     */
    public void endStaging(StagedObjects s) {
        if (staging == s) {
            staging = null;
        }
    }

    /** Ids beyond the reservation, for a preparation on the program thread. */
    int takeIdsForStaging(int n) {
        ensureCapacity(count + n);
        int first = count;
        count += n;
        return first;
    }

    /** Program thread only, at the update point; sets ids aside for the update after it. */
    void install(StagedObjects s) {
        for (MemoryObject o : s.objects()) {
            install(o);
        }
        if (reservationSize > 0) {
            reserveForUpdate(reservationSize);
        }
    }

    /** A staged object, for the thread preparing it; null for every other thread. */
    private MemoryObject stagedOrNull(int id) {
        StagedObjects s = staging;
        return s != null && s.preparer == Thread.currentThread() ? s.find(id) : null;
    }

    /** Gives an object new storage (realloc, free, an update's transformed layout); its id and every pointer to it stay. */
    public void replaceData(MemoryObject o, byte[] data) {
        o.data = data;
        if (objectTable()[o.id] == o) {
            storageTable()[o.id] = data;
        }
        if (isGlobal(o)) {
            replaceGlobalStorageAssumption();
        }
    }

    private static boolean isGlobal(MemoryObject o) {
        return o.kind == MemoryObject.Kind.GLOBAL || o.kind == MemoryObject.Kind.CONSTANT;
    }

    @TruffleBoundary
    private void replaceGlobalStorageAssumption() {
        Assumption replaced = globalStorageUnchanged;
        globalStorageUnchanged = Truffle.getRuntime().createAssumption("global storage unchanged");
        replaced.invalidate("a global's storage was replaced");
    }

    /** Valid while the storage {@link #globalStorage} returns stays each global's. */
    Assumption globalStorageUnchanged() {
        return globalStorageUnchanged;
    }

    /** The storage of the global or constant {@code ptr} points into, or null if it points into no such object. */
    @TruffleBoundary
    byte[] globalStorage(long ptr) {
        MemoryObject o = objectOrNull(ptr);
        return o != null && isGlobal(o) ? o.data : null;
    }

    /** Returns a pointer to a fresh zeroed block, or 0 when the size cannot be allocated. */
    @TruffleBoundary
    public long allocate(long size, MemoryObject.Kind kind, String name) {
        MemoryObject o = allocateObject(size, kind, name);
        return o == null ? 0 : pointer(o.id, 0);
    }

    @TruffleBoundary
    public long allocateFunction(String name, Object function) {
        MemoryObject o = allocateObject(0, MemoryObject.Kind.FUNCTION, name);
        o.function = function;
        return pointer(o.id, 0);
    }

    /** free(): only the start of a live heap block may be freed. */
    @TruffleBoundary
    public void free(long ptr, Node location) {
        if (ptr == 0) {
            return;
        }
        MemoryObject o = objectOrNull(ptr);
        if (o == null || offset(ptr) != 0 || (o.kind != MemoryObject.Kind.HEAP && o.kind != MemoryObject.Kind.FREED)) {
            throw new MemoryFault("free(): invalid pointer" + (o != null ? " into " + o.describe() : ""), MemoryFault.SIGABRT_STATUS, location);
        }
        if (o.kind == MemoryObject.Kind.FREED) {
            throw new MemoryFault("free(): double free of a heap block", MemoryFault.SIGABRT_STATUS, location);
        }
        release(o);
    }

    /**
     * Stands in the table for every freed unnamed heap block: the block's own record can then
     * die at once. Kept until their ids were reused, the records of the last 65536 freed blocks
     * survived every young collection of a malloc-heavy program and were promoted.
     */
    private static final MemoryObject FREED_BLOCK = new MemoryObject(-1, MemoryObject.NO_STORAGE, MemoryObject.Kind.FREED, null);

    /** Ends a live heap block's life; its id waits in the quarantine. */
    private void release(MemoryObject o) {
        heapBytesInUse -= o.data.length;
        o.kind = MemoryObject.Kind.FREED;
        replaceData(o, MemoryObject.NO_STORAGE);
        if (o.name == null) {
            objectTable()[o.id] = FREED_BLOCK;
        }
        freedHeapIds.addLast(o.id);
    }

    /**
     * Stack objects come and go with every call, so their ids are recycled; a dangling pointer
     * to a dead local faults until its id is reused by a later stack object.
     */
    @TruffleBoundary
    public long allocateStack(long size, String name) {
        if (freeStackCount == 0 || size > Integer.MAX_VALUE - 16) {
            return allocate(size, MemoryObject.Kind.STACK, name);
        }
        int id = freeStackIds[--freeStackCount];
        install(new MemoryObject(id, new byte[(int) size], MemoryObject.Kind.STACK, name));
        return pointer(id, 0);
    }

    /** Adds a frame of {@code bytes} to the emulated native stack, unless it would overflow. */
    public boolean chargeStack(long bytes) {
        long used = stackBytes + bytes;
        if (used > STACK_LIMIT_BYTES) {
            return false;
        }
        stackBytes = used;
        return true;
    }

    public CallRegisters callRegisters() {
        return callRegisters;
    }

    /** Takes back what {@link #chargeStack} added when the frame ends. */
    public void dischargeStack(long bytes) {
        stackBytes -= bytes;
    }

    /** Ends a stack object's life when its function returns. */
    @TruffleBoundary
    public void releaseStack(long ptr) {
        MemoryObject o = objectOrNull(ptr);
        if (o != null && o.kind == MemoryObject.Kind.STACK) {
            o.kind = MemoryObject.Kind.FREED;
            replaceData(o, MemoryObject.NO_STORAGE);
            if (freeStackCount == freeStackIds.length) {
                freeStackIds = Arrays.copyOf(freeStackIds, freeStackIds.length * 2);
            }
            freeStackIds[freeStackCount++] = o.id;
        }
    }

    /** realloc() keeps the object's id: pointers into it stay valid. */
    @TruffleBoundary
    public long reallocate(long ptr, long size, Node location) {
        if (ptr == 0) {
            return allocate(size, MemoryObject.Kind.HEAP, null);
        }
        MemoryObject o = objectOrNull(ptr);
        if (o == null || offset(ptr) != 0 || o.kind != MemoryObject.Kind.HEAP) {
            throw new MemoryFault(o != null && o.kind == MemoryObject.Kind.FREED ? "realloc(): use after free" : "realloc(): invalid pointer",
                            MemoryFault.SIGABRT_STATUS, location);
        }
        if (size < 0 || size > Integer.MAX_VALUE - 16) {
            return 0;
        }
        heapBytesInUse += size - o.data.length;
        replaceData(o, Arrays.copyOf(o.data, (int) size));
        return ptr;
    }

    public MemoryObject objectOrNull(long ptr) {
        int id = objectId(ptr);
        MemoryObject[] table = objectTable();
        if (id >= 0 && id < table.length && table[id] != null) {
            return table[id];
        }
        return objectOrNullSlow(id);
    }

    @TruffleBoundary
    private MemoryObject objectOrNullSlow(int id) {
        MemoryObject o = id >= 0 && id < objectTable().length ? objectTable()[id] : null;
        return o != null ? o : stagedOrNull(id);
    }

    public long heapBytesInUse() {
        return heapBytesInUse;
    }

    // ---- checked access ----

    /** The object holding [ptr, ptr+size), or a fault. */
    public MemoryObject resolve(long ptr, int size, Node location) {
        int id = objectId(ptr);
        MemoryObject[] table = objectTable();
        // one unsigned compare covers id < 0, and is the same test as the array's own bounds check
        if (Integer.compareUnsigned(id, table.length) < 0) {
            MemoryObject o = table[id];
            int off = offset(ptr);
            if (o != null && off >= 0 && off <= o.data.length - size) {
                return o;
            }
        }
        CompilerDirectives.transferToInterpreterAndInvalidate();
        return resolveSlow(ptr, size, location);
    }

    /**
     * The storage holding [ptr, ptr+size), or a fault: what {@link RawBytes} may then access
     * unchecked at {@code offset(ptr)}. The array is read once: the check and the access see the
     * same one, whatever a free or realloc (which replace it) does later.
     */
    byte[] resolveData(long ptr, int size, Node location) {
        int id = objectId(ptr);
        byte[][] table = storageTable();
        if (Integer.compareUnsigned(id, table.length) < 0) {
            byte[] data = table[id];
            int off = offset(ptr);
            if (data != null && off >= 0 && off <= data.length - size) {
                return data;
            }
        }
        CompilerDirectives.transferToInterpreterAndInvalidate();
        return resolveSlowData(ptr, size, location);
    }

    /**
     * The storage holding [at, at + size) of the object {@code base} points into, {@code at}
     * counted from the object's start, when that range lies inside it; then it is the object the
     * address itself points into, and compiled code finds it once for all accesses with the same
     * base (all {@code p[i]} of a loop) instead of once per access. Otherwise (arithmetic from
     * one object into another, or a fault) null, and compiled code is invalidated: see
     * {@link AddressNode#resolve}, which then looks the pointer up as itself.
     */
    byte[] dataInBase(long base, long at, int size) {
        int id = objectId(base);
        byte[][] table = storageTable();
        if (Integer.compareUnsigned(id, table.length) < 0) {
            byte[] data = table[id];
            if (data != null) {
                // the same for every access of this size to the object, so shared in compiled
                // code; the one compare per access then also rejects a negative offset
                long last = (long) data.length - size;
                if (last >= 0 && Long.compareUnsigned(at, last) <= 0) {
                    return data;
                }
            }
        }
        CompilerDirectives.transferToInterpreterAndInvalidate();
        return null;
    }

    @TruffleBoundary
    private byte[] resolveSlowData(long ptr, int size, Node location) {
        MemoryObject o = objectOrNullSlow(objectId(ptr));
        int off = offset(ptr);
        if (o != null && off >= 0 && off <= o.data.length - size) {
            return o.data;
        }
        throw fault(ptr, size, location);
    }

    @TruffleBoundary
    private MemoryObject resolveSlow(long ptr, int size, Node location) {
        MemoryObject o = objectOrNullSlow(objectId(ptr));
        int off = offset(ptr);
        if (o != null && off >= 0 && off <= o.data.length - size) {
            return o;
        }
        throw fault(ptr, size, location);
    }

    @TruffleBoundary
    public MemoryFault fault(long ptr, long size, Node location) {
        MemoryObject o = objectOrNull(ptr);
        int off = offset(ptr);
        String what;
        if (ptr == 0 || o != null && o.kind == MemoryObject.Kind.NULL) {
            what = ptr == 0 ? "null pointer dereference" : "invalid access near null (address 0x" + Long.toHexString(ptr) + ")";
        } else if (o == null) {
            what = "wild pointer 0x" + Long.toHexString(ptr);
        } else if (o.kind == MemoryObject.Kind.FREED) {
            what = "use after free (" + Long.toUnsignedString(size) + "-byte access to a " + o.describe() + ")";
        } else if (o.kind == MemoryObject.Kind.FUNCTION) {
            what = "data access to " + o.describe();
        } else {
            what = "out-of-bounds access: " + Long.toUnsignedString(size) + " bytes at offset " + off + " of " + o.describe();
        }
        return new MemoryFault("Segmentation fault: " + what, location);
    }

    public byte getI8(long ptr, Node location) {
        byte[] data = resolveData(ptr, 1, location);
        return RawBytes.getByte(data, checkedOffset(ptr));
    }

    public short getI16(long ptr, Node location) {
        byte[] data = resolveData(ptr, 2, location);
        return RawBytes.getShort(data, checkedOffset(ptr));
    }

    public int getI32(long ptr, Node location) {
        byte[] data = resolveData(ptr, 4, location);
        return RawBytes.getInt(data, checkedOffset(ptr));
    }

    public long getI64(long ptr, Node location) {
        byte[] data = resolveData(ptr, 8, location);
        return RawBytes.getLong(data, checkedOffset(ptr));
    }

    public float getFloat(long ptr, Node location) {
        return Float.intBitsToFloat(getI32(ptr, location));
    }

    public double getDouble(long ptr, Node location) {
        return Double.longBitsToDouble(getI64(ptr, location));
    }

    public void putI8(long ptr, byte value, Node location) {
        byte[] data = resolveData(ptr, 1, location);
        RawBytes.putByte(data, checkedOffset(ptr), value);
    }

    public void putI16(long ptr, short value, Node location) {
        byte[] data = resolveData(ptr, 2, location);
        RawBytes.putShort(data, checkedOffset(ptr), value);
    }

    public void putI32(long ptr, int value, Node location) {
        byte[] data = resolveData(ptr, 4, location);
        RawBytes.putInt(data, checkedOffset(ptr), value);
    }

    public void putI64(long ptr, long value, Node location) {
        byte[] data = resolveData(ptr, 8, location);
        RawBytes.putLong(data, checkedOffset(ptr), value);
    }

    public void putFloat(long ptr, float value, Node location) {
        putI32(ptr, Float.floatToRawIntBits(value), location);
    }

    public void putDouble(long ptr, double value, Node location) {
        putI64(ptr, Double.doubleToRawLongBits(value), location);
    }

    // ---- bulk operations (library and intrinsics) ----

    /**
     * {@code n} (a size_t) as a byte count no object can exceed, or the fault of an access that
     * long: cut to an int, 2^32 + 4 bytes would copy 4, and 2^31 + 52 reach arraycopy negative.
     */
    private int byteCount(long ptr, long n, Node location) {
        if (n < 0 || n > Integer.MAX_VALUE) {
            throw fault(ptr, n, location);
        }
        return (int) n;
    }

    @TruffleBoundary
    public void copy(long dst, long src, long n, Node location) {
        if (n == 0) {
            return;
        }
        int size = byteCount(dst, n, location);
        byte[] d = resolveData(dst, size, location);
        byte[] s = resolveData(src, size, location);
        System.arraycopy(s, offset(src), d, offset(dst), size);
    }

    @TruffleBoundary
    public void fill(long dst, byte value, long n, Node location) {
        if (n == 0) {
            return;
        }
        int size = byteCount(dst, n, location);
        byte[] d = resolveData(dst, size, location);
        Arrays.fill(d, offset(dst), offset(dst) + size, value);
    }

    @TruffleBoundary
    public byte[] readBytes(long ptr, int n, Node location) {
        if (n == 0) {
            return new byte[0];
        }
        byte[] data = resolveData(ptr, byteCount(ptr, n, location), location);
        return Arrays.copyOfRange(data, offset(ptr), offset(ptr) + n);
    }

    @TruffleBoundary
    public void writeBytes(long ptr, byte[] bytes, int from, int n, Node location) {
        if (n == 0) {
            return;
        }
        byte[] data = resolveData(ptr, byteCount(ptr, n, location), location);
        System.arraycopy(bytes, from, data, offset(ptr), n);
    }

    /** Length of the NUL-terminated string at ptr; faults if it runs off its object. */
    @TruffleBoundary
    public int strlen(long ptr, Node location) {
        return cStringLength(ptr, location);
    }

    /**
     * {@link #strlen} for compiled code (strlen calls computed inline): eight bytes at a time
     * while the object has them, then byte by byte to the terminator.
     */
    public int cStringLength(long ptr, Node location) {
        byte[] data = resolveData(ptr, 1, location);
        int start = offset(ptr);
        int i = start;
        while (i <= data.length - 8 && !hasZeroByte(RawBytes.getLong(data, i))) {
            i += 8;
        }
        for (; i < data.length; i++) {
            if (data[i] == 0) {
                return i - start;
            }
        }
        CompilerDirectives.transferToInterpreter();
        throw new MemoryFault("Segmentation fault: unterminated string read past the end of " + objectOrNull(ptr).describe(), location);
    }

    /** Whether any of the eight bytes is zero (exact: borrows only propagate past a zero byte). */
    private static boolean hasZeroByte(long word) {
        return ((word - 0x0101010101010101L) & ~word & 0x8080808080808080L) != 0;
    }

    /**
     * strncmp over the bytes in place (strcmp with {@code n} = Long.MAX_VALUE): each string is
     * looked up once, not once per byte, and compared eight bytes at a time while both objects
     * have them and no terminator is among them. Running off either object's end faults the
     * way a byte read there does.
     */
    public int compareCStrings(long a, long b, long n, Node location) {
        byte[] x = resolveData(a, 1, location);
        byte[] y = resolveData(b, 1, location);
        int i = offset(a);
        int j = offset(b);
        long k = 0;
        while (n - k >= 8 && i <= x.length - 8 && j <= y.length - 8) {
            long wx = RawBytes.getLong(x, i);
            if (wx != RawBytes.getLong(y, j) || hasZeroByte(wx)) {
                break;
            }
            i += 8;
            j += 8;
            k += 8;
        }
        for (; k < n; k++, i++, j++) {
            if (i >= x.length || j >= y.length) {
                getI8(a + k, location);
                getI8(b + k, location);
            }
            int cx = x[i] & 0xff;
            int cy = y[j] & 0xff;
            if (cx != cy || cx == 0) {
                return cx - cy;
            }
        }
        return 0;
    }

    /**
     * The byte at {@code ptr} (0 to 255), or -1 where reading it would fault: for paths compiled
     * into the caller that leave every fault to the library function they stand for.
     */
    public int peekByte(long ptr) {
        byte[] data = storageOrNull(ptr);
        int off = offset(ptr);
        return data != null && off >= 0 && off < data.length ? data[off] & 0xff : -1;
    }

    /** Whether the bytes at {@code ptr} are {@code expected}, all inside one object; never faults. */
    @TruffleBoundary
    public boolean holdsBytes(long ptr, byte[] expected) {
        byte[] data = storageOrNull(ptr);
        int off = offset(ptr);
        return data != null && off >= 0 && off <= data.length - expected.length &&
                        Arrays.equals(data, off, off + expected.length, expected, 0, expected.length);
    }

    /** The storage of the object {@code ptr} points into, or null for an id no object has. */
    private byte[] storageOrNull(long ptr) {
        int id = objectId(ptr);
        byte[][] table = storageTable();
        return Integer.compareUnsigned(id, table.length) < 0 ? table[id] : null;
    }

    @TruffleBoundary
    public byte[] readCStringBytes(long ptr, Node location) {
        return readBytes(ptr, strlen(ptr, location), location);
    }

    @TruffleBoundary
    public String readCString(long ptr, Node location) {
        return new String(readCStringBytes(ptr, location), StandardCharsets.ISO_8859_1);
    }

    /** Allocates a NUL-terminated copy of the bytes as an object of the given kind. */
    @TruffleBoundary
    public long allocateCString(byte[] bytes, MemoryObject.Kind kind, String name) {
        long p = allocate(bytes.length + 1, kind, name);
        writeBytes(p, bytes, 0, bytes.length, null);
        return p;
    }
}
