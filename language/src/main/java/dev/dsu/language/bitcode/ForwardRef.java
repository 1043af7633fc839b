package dev.dsu.language.bitcode;

import java.util.ArrayList;
import java.util.List;

import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.Metadata;
import dev.dsu.language.ir.Type;
import dev.dsu.language.ir.Value;

/**
 * Stands in for a value used before its definition (phis, values defined in later blocks,
 * function-local metadata naming later instructions); it remembers its users so they can be
 * patched when the real value arrives.
 */
final class ForwardRef extends Value {
    final int id;
    private final List<Object> users = new ArrayList<>();

    ForwardRef(int id, Type type) {
        super(type);
        this.id = id;
    }

    void addUser(Instruction user) {
        users.add(user);
    }

    void addUser(Metadata.ValueRef user) {
        users.add(user);
    }

    void resolve(Value actual) {
        for (Object u : users) {
            if (u instanceof Instruction i) {
                i.replaceOperand(this, actual);
            } else if (u instanceof Metadata.ValueRef r && r.value == this) {
                r.value = actual;
            }
        }
        users.clear();
    }
}
