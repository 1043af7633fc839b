package dev.dsu.runtime.version;

import java.util.List;

/**
 * A C type as debug information describes it, enough to decide whether data of one version can
 * be carried into the next as is, or how to transform it member by member.
 */
public sealed interface CType {
    long sizeInBits();

    /** Canonical text: two types are the same layout exactly when their texts are equal. */
    String describe();

    /** int, unsigned char, double, _Bool, enums (kind says which family). */
    record Scalar(String name, long sizeInBits, Kind kind) implements CType {
        public enum Kind {
            SIGNED, UNSIGNED, FLOAT, BOOL, CHAR, ENUM
        }

        @Override
        public String describe() {
            return name;
        }
    }

    record Pointer(String targetName, long sizeInBits) implements CType {
        @Override
        public String describe() {
            return targetName + "*";
        }
    }

    record Member(String name, long offsetInBits, long bitSize, CType type) {
        String describe() {
            return type.describe() + " " + name + "@" + offsetInBits + (bitSize > 0 ? ":" + bitSize : "");
        }
    }

    record Struct(String name, boolean isUnion, long sizeInBits, List<Member> members) implements CType {
        @Override
        public String describe() {
            StringBuilder b = new StringBuilder(isUnion ? "union " : "struct ").append(name == null ? "<anonymous>" : name).append(" {");
            for (Member m : members) {
                b.append(' ').append(m.describe()).append(';');
            }
            return b.append(" }").toString();
        }

        public Member member(String memberName) {
            for (Member m : members) {
                if (m.name().equals(memberName)) {
                    return m;
                }
            }
            return null;
        }
    }

    /** count is -1 for arrays of unknown size. */
    record Array(CType element, long count, long sizeInBits) implements CType {
        @Override
        public String describe() {
            return element.describe() + "[" + (count < 0 ? "" : count) + "]";
        }
    }

    /** Types without a modelled layout (functions, void, missing debug info). */
    record Opaque(String name, long sizeInBits) implements CType {
        @Override
        public String describe() {
            return name;
        }
    }
}
