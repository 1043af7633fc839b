package dev.dsu.nodes;

/**
 * How an SSA value is held at run time. Integers up to 64 bits and pointers are Java longs,
 * sign-extended from their width; float and double are themselves; everything else (x86_fp80
 * as LongDouble, i128 as BigInteger, vectors as primitive arrays, first-class aggregates as
 * Object[]) is an object.
 */
public enum ValueKind {
    LONG, DOUBLE, FLOAT, OBJECT
}
