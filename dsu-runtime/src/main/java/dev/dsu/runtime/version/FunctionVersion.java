package dev.dsu.runtime.version;

import java.util.List;

/**
 * One function of one program version: its identity for updates is the hash of its code
 * without debug information (same hash: the frame can be kept verbatim).
 */
public record FunctionVersion(String name, String codeHash, List<LocalVariable> locals, List<ContinuationPoint> points) {

    public LocalVariable local(String localName) {
        for (LocalVariable v : locals) {
            if (v.name().equals(localName)) {
                return v;
            }
        }
        return null;
    }

    public ContinuationPoint point(String label) {
        for (ContinuationPoint p : points) {
            if (p.label().equals(label)) {
                return p;
            }
        }
        return null;
    }
}
