package dev.dsu.language.bitcode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.dsu.language.ir.AttributeList;
import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.ParamAttributes;
import dev.dsu.language.ir.Type;

/**
 * Attribute groups (PARAMATTR_GROUP) and the attribute lists built from them (PARAMATTR).
 * Lists are turned into {@link AttributeList}s per use, because an untyped byval/sret (older
 * typed-pointer bitcode) takes its type from the parameter it is attached to.
 */
final class AttributeTable {
    static final long FUNCTION_INDEX = 0xFFFFFFFFL;

    /** What we keep of one attribute group: the attributes that change calling conventions. */
    static final class Group {
        long paramIndex;
        boolean byVal;
        Type byValType;
        boolean sret;
        Type sretType;
        boolean zeroExt;
        boolean signExt;
        boolean noReturn;
        boolean returnsTwice;
        boolean optimizeNone;
    }

    private final Map<Long, Group> groups = new HashMap<>();
    private final List<long[]> lists = new ArrayList<>();

    void addGroup(long id, Group g) {
        groups.put(id, g);
    }

    void addList(long[] groupIds) {
        lists.add(groupIds);
    }

    /** {@code index} is as stored in function and call records: 0 = none, else list number + 1. */
    AttributeList get(long index, Type.FunctionType fnType) {
        if (index == 0) {
            return AttributeList.EMPTY;
        }
        if (index < 0 || index > lists.size()) {
            throw new IrReadException("invalid attribute list index " + index);
        }
        long[] ids = lists.get((int) index - 1);
        int slotsNeeded = fnType.params.length + 1;
        for (long id : ids) {
            Group g = groups.get(id);
            if (g != null && g.paramIndex != FUNCTION_INDEX) {
                slotsNeeded = (int) Math.max(slotsNeeded, Math.min(g.paramIndex + 1, 1 << 16));
            }
        }
        ParamAttributes[] slots = new ParamAttributes[slotsNeeded];
        boolean noReturn = false;
        boolean returnsTwice = false;
        boolean optimizeNone = false;
        for (long id : ids) {
            Group g = groups.get(id);
            if (g == null) {
                throw new IrReadException("attribute list refers to unknown attribute group " + id);
            }
            if (g.paramIndex == FUNCTION_INDEX) {
                noReturn |= g.noReturn;
                returnsTwice |= g.returnsTwice;
                optimizeNone |= g.optimizeNone;
                continue;
            }
            int slot = (int) g.paramIndex;
            if (slot >= slots.length) {
                continue;
            }
            Type paramType = slot >= 1 && slot - 1 < fnType.params.length ? fnType.params[slot - 1] : null;
            Type pointee = paramType instanceof Type.PointerType p ? p.pointee : null;
            Type byValType = g.byVal ? (g.byValType != null ? g.byValType : pointee) : null;
            Type sretType = g.sret ? (g.sretType != null ? g.sretType : pointee) : null;
            ParamAttributes old = slots[slot];
            if (old != null) {
                byValType = byValType != null ? byValType : old.byValType;
                sretType = sretType != null ? sretType : old.structRetType;
            }
            slots[slot] = new ParamAttributes(byValType, sretType, g.zeroExt || (old != null && old.zeroExt),
                            g.signExt || (old != null && old.signExt), false);
        }
        return new AttributeList(slots, noReturn, returnsTwice, optimizeNone);
    }
}
