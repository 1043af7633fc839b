package dev.dsu.language.update;

import com.oracle.truffle.api.exception.AbstractTruffleException;

import dev.dsu.language.translate.LoadedProgram;
import dev.dsu.nodes.call.CFunction;
import dev.dsu.nodes.control.ProgramExit;
import dev.dsu.nodes.memory.Heap;
import dev.dsu.nodes.memory.MemoryObject;
import dev.dsu.runtime.transform.StateTransformer;
import dev.dsu.runtime.version.CType;
import dev.dsu.runtime.version.PatchSpec;

/**
 * Runs transformers the user wrote in C, in the new version: {@code void f(const OLD *old, NEW
 * *new)}, for a global, a local or every value of a named type. Each writes into fresh storage
 * that becomes the variable's only at commit, so a transformer that faults leaves the running
 * program exactly as it was. A transformer for a variable the old version did not have gets
 * {@code old == NULL}.
 */
final class UserTransformers implements StateTransformer.TypeTransformers {
    private final Heap heap;
    private final LoadedProgram neu;
    private final PatchSpec spec;

    UserTransformers(Heap heap, LoadedProgram neu, PatchSpec spec) {
        this.heap = heap;
        this.neu = neu;
        this.spec = spec;
    }

    /** Refuses up front a specification that names a transformer the new version does not define. */
    void requireDefined(String transformer, String what) throws UpdateRefused {
        if (transformer == null) {
            return;
        }
        if (transformer.equals(PatchSpec.UNDECIDED)) {
            throw new UpdateRefused("the patch specification leaves the transformer for " + what + " undecided ('?')");
        }
        if (neu.definedFunction(transformer) == null) {
            throw new UpdateRefused("the transformer " + transformer + " named for " + what + " is not a function of the new version");
        }
    }

    /** The new value's bytes: {@code newSize} bytes the transformer wrote, starting from zero. */
    byte[] run(String transformer, byte[] oldData, long newSize, String what) throws UpdateRefused {
        requireDefined(transformer, what);
        CFunction f = neu.definedFunction(transformer);
        long oldCopy = 0;
        if (oldData != null) {
            oldCopy = heap.allocate(Math.max(oldData.length, 1), MemoryObject.Kind.HEAP, null);
            heap.writeBytes(oldCopy, oldData, 0, oldData.length, null);
        }
        long newStorage = heap.allocate(Math.max(newSize, 1), MemoryObject.Kind.HEAP, null);
        try {
            f.getTarget().call(oldCopy, newStorage);
            return heap.readBytes(newStorage, (int) newSize, null);
        } catch (ProgramExit e) {
            throw new UpdateRefused("transformer " + transformer + " for " + what + " ended the program (status " + e.getStatus() + "); nothing was changed");
        } catch (AbstractTruffleException e) {
            throw new UpdateRefused("transformer " + transformer + " for " + what + " failed: " + e.getMessage() + "; nothing was changed");
        } finally {
            if (oldCopy != 0) {
                heap.free(oldCopy, null);
            }
            heap.free(newStorage, null);
        }
    }

    @Override
    public byte[] transform(CType from, byte[] old, CType to) throws StateTransformer.NotTransformable {
        if (!(to instanceof CType.Struct s) || s.name() == null) {
            return null;
        }
        String transformer = spec.typeTransformer(s.name());
        if (transformer == null) {
            return null;
        }
        try {
            return run(transformer, old, (to.sizeInBits() + 7) / 8, (s.isUnion() ? "union " : "struct ") + s.name());
        } catch (UpdateRefused e) {
            throw new StateTransformer.NotTransformable(e.getMessage());
        }
    }
}
