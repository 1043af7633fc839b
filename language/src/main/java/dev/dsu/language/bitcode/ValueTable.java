package dev.dsu.language.bitcode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.dsu.language.ir.Constant;
import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.Metadata;
import dev.dsu.language.ir.Type;
import dev.dsu.language.ir.Value;

/**
 * The bitcode value numbering: module values first, then per function its arguments,
 * constants and instruction results (the function part is dropped when the function ends).
 */
final class ValueTable {
    interface ConstantBuilder {
        Constant build(int id, PendingConstant pending);
    }

    private final List<Value> values = new ArrayList<>();
    private final Map<Integer, ForwardRef> forward = new HashMap<>();
    /** Forward references handed out since the last {@link #takeForwardUses}. */
    private final List<ForwardRef> recentForwardUses = new ArrayList<>();
    private ConstantBuilder constantBuilder;

    int size() {
        return values.size();
    }

    void setConstantBuilder(ConstantBuilder builder) {
        this.constantBuilder = builder;
    }

    void add(Value v) {
        int id = values.size();
        values.add(v);
        ForwardRef ref = forward.remove(id);
        if (ref != null && !(v instanceof PendingConstant)) {
            ref.resolve(v);
        }
    }

    /** The value with this id, or a {@link ForwardRef} of type {@code forwardType} if not yet defined. */
    Value get(long longId, Type forwardType) {
        if (longId < 0 || longId > Integer.MAX_VALUE) {
            throw new IrReadException("invalid value id " + longId);
        }
        int id = (int) longId;
        if (id < values.size()) {
            Value v = values.get(id);
            if (v instanceof PendingConstant p) {
                return buildConstant(id, p);
            }
            return v;
        }
        if (forwardType == null) {
            throw new IrReadException("forward reference to value " + id + " without a known type");
        }
        if (id > values.size() + 10_000_000) {
            throw new IrReadException("implausible forward reference to value " + id);
        }
        ForwardRef ref = forward.computeIfAbsent(id, k -> new ForwardRef(k, forwardType));
        recentForwardUses.add(ref);
        return ref;
    }

    Constant getConstant(long id, Type forwardType) {
        Value v = get(id, forwardType);
        if (v instanceof Constant c) {
            return c;
        }
        throw new IrReadException("value " + id + " is not a constant");
    }

    /** Resolves the constant in slot {@code id} now (constants may refer to later constants). */
    Constant buildConstant(int id, PendingConstant p) {
        if (p.building) {
            throw new IrReadException("cyclic constant " + id);
        }
        p.building = true;
        Constant c = constantBuilder.build(id, p);
        values.set(id, c);
        ForwardRef ref = forward.remove(id);
        if (ref != null) {
            ref.resolve(c);
        }
        return c;
    }

    Value rawSlot(int id) {
        return values.get(id);
    }

    void registerUser(Instruction user) {
        for (ForwardRef r : recentForwardUses) {
            r.addUser(user);
        }
        recentForwardUses.clear();
    }

    void registerUser(Metadata.ValueRef user) {
        for (ForwardRef r : recentForwardUses) {
            r.addUser(user);
        }
        recentForwardUses.clear();
    }

    void clearRecentForwardUses() {
        recentForwardUses.clear();
    }

    /** Drops a function's values; reports references that never got a definition. */
    void truncate(int size, String where) {
        if (!forward.isEmpty()) {
            int id = forward.keySet().iterator().next();
            forward.clear();
            recentForwardUses.clear();
            throw new IrReadException("unresolved forward reference to value " + id + " in " + where);
        }
        while (values.size() > size) {
            values.remove(values.size() - 1);
        }
    }
}
