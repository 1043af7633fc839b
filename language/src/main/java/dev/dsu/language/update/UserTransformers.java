package dev.dsu.language.update;

import com.oracle.truffle.api.exception.AbstractTruffleException;

import dev.dsu.language.translate.LoadedProgram;
import dev.dsu.language.translate.UpdateLinker;
import dev.dsu.nodes.call.CFunction;
import dev.dsu.nodes.control.ProgramExit;
import dev.dsu.nodes.memory.MemoryObject;

/**
 * Runs a transformer the user wrote in C, in the new version: {@code void f(const OLD *old,
 * NEW *new)}. It writes into fresh storage that becomes the global's only at commit, so a
 * transformer that faults leaves the running program exactly as it was.
 */
final class UserTransformers {
    private UserTransformers() {
    }

    static LiveUpdate.GlobalTransform run(LoadedProgram old, LoadedProgram neu, UpdateLinker.KeptGlobal kept, String transformer) throws UpdateRefused {
        CFunction f = neu.definedFunction(transformer);
        if (f == null) {
            throw new UpdateRefused("the transformer " + transformer + " named for global " + kept.newGlobal().getName() + " is not a function of the new version");
        }
        MemoryObject object = old.heap.objectOrNull(kept.address());
        long size = neu.types.layout().sizeOf(kept.newGlobal().valueType);
        long oldCopy = old.heap.allocate(object.data.length, MemoryObject.Kind.HEAP, null);
        old.heap.writeBytes(oldCopy, object.data, 0, object.data.length, null);
        long newStorage = old.heap.allocate(size, MemoryObject.Kind.HEAP, null);
        try {
            f.getTarget().call(oldCopy, newStorage);
            byte[] data = old.heap.readBytes(newStorage, (int) size, null);
            return new LiveUpdate.GlobalTransform(object, data);
        } catch (ProgramExit e) {
            throw new UpdateRefused("transformer " + transformer + " for global " + kept.newGlobal().getName() + " ended the program (status " + e.getStatus()
                            + "); nothing was changed");
        } catch (AbstractTruffleException e) {
            throw new UpdateRefused("transformer " + transformer + " for global " + kept.newGlobal().getName() + " failed: " + e.getMessage()
                            + "; nothing was changed");
        } finally {
            old.heap.free(oldCopy, null);
            old.heap.free(newStorage, null);
        }
    }
}
