package dev.dsu.nodes.vector;

import dev.dsu.nodes.ValueKind;

/**
 * What a bitcast sees of a value: lanes of laneBits each, packed from bit 0 upwards (LLVM's
 * little-endian vector layout, which also packs &lt;N x i1&gt; one bit per lane). A scalar is a
 * single lane; lane is OBJECT only for a scalar integer wider than 64 bits (a BigInteger).
 */
public final class LaneShape {
    public final ValueKind lane;
    public final int laneBits;
    public final int lanes;
    public final boolean vector;

    public LaneShape(ValueKind lane, int laneBits, int lanes, boolean vector) {
        this.lane = lane;
        this.laneBits = laneBits;
        this.lanes = lanes;
        this.vector = vector;
    }

    public int totalBits() {
        return laneBits * lanes;
    }
}
