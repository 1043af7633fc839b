package dev.dsu.runtime.version;

import java.util.Map;

/** What an update needs to know about a program version: its functions and globals by name. */
public record ProgramVersion(String source, Map<String, FunctionVersion> functions, Map<String, GlobalVersion> globals) {
}
