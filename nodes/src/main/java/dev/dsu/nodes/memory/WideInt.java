package dev.dsu.nodes.memory;

import java.math.BigInteger;

/** Integers wider than 64 bits (__int128) are BigIntegers kept in signed range of their width. */
public final class WideInt {
    private WideInt() {
    }

    public static BigInteger normalize(BigInteger v, int bits) {
        BigInteger m = v.and(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
        return m.testBit(bits - 1) ? m.subtract(BigInteger.ONE.shiftLeft(bits)) : m;
    }

    public static BigInteger unsigned(BigInteger v, int bits) {
        return v.and(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
    }
}
