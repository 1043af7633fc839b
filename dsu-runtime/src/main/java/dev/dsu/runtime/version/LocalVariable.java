package dev.dsu.runtime.version;

/** A named local or parameter of a function version (from debug info), with its C type. */
public record LocalVariable(String name, CType type, boolean isParameter) {
}
