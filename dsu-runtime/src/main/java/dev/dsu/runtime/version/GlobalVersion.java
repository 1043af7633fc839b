package dev.dsu.runtime.version;

/** A global variable of one program version; type is null when the program has no debug info. */
public record GlobalVersion(String name, CType type, long sizeInBytes) {
}
