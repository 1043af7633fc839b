package dev.dsu.language.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.dsu.language.ir.Function;
import dev.dsu.language.ir.GlobalValue;
import dev.dsu.language.ir.Module;
import dev.dsu.language.ir.Type;

/** What the sub-parsers share while one module is read: the module, symbol tables and the token cursor. */
final class ReaderState {
    final Module module = new Module();
    final Cursor cursor;
    final String sourceName;
    /** True when the text uses opaque {@code ptr} (clang 15+), false for typed pointers. */
    final boolean opaquePointers;
    final Map<String, GlobalValue> globals = new HashMap<>();
    final Map<String, AttributeGroups.Group> attributeGroups = new HashMap<>();
    /** Block labels of each defined function in order, for blockaddress and body parsing. */
    final Map<Function, FunctionParser.BodyInfo> bodies = new HashMap<>();

    final TypeParser types;
    final ConstantParser constants;
    final MetadataParser metadata;
    final AttributeGroups attributes;

    ReaderState(List<Token> tokens, String sourceName) {
        this.cursor = new Cursor(tokens, sourceName);
        this.sourceName = sourceName;
        boolean opaque = false;
        for (Token t : tokens) {
            if (t.isKeyword("ptr")) {
                opaque = true;
                break;
            }
        }
        this.opaquePointers = opaque;
        this.types = new TypeParser(this);
        this.constants = new ConstantParser(this);
        this.metadata = new MetadataParser(this);
        this.attributes = new AttributeGroups(this);
    }

    Type pointerTo(Type pointee, int addressSpace) {
        if (opaquePointers || pointee == null) {
            return addressSpace == 0 ? Type.PTR : new Type.PointerType(addressSpace, null);
        }
        return new Type.PointerType(addressSpace, pointee);
    }

    Type.StructType namedStruct(String name) {
        return module.namedStructs.computeIfAbsent(name, n -> new Type.StructType(n, false, null));
    }
}
