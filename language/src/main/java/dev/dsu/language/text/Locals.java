package dev.dsu.language.text;

import dev.dsu.language.ir.BasicBlock;
import dev.dsu.language.ir.Type;
import dev.dsu.language.ir.Value;

/** Function-local names while a body is parsed: values (possibly forward references) and blocks. */
interface Locals {
    Value value(String name, Type type, Token where);

    BasicBlock block(String name, Token where);
}
