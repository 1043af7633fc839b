package dev.dsu.language.ir;

/** The linkages that matter to a single-module C program. */
public enum Linkage {
    EXTERNAL, INTERNAL, PRIVATE, WEAK, WEAK_ODR, LINKONCE, LINKONCE_ODR, COMMON, APPENDING, EXTERN_WEAK, AVAILABLE_EXTERNALLY;
}
