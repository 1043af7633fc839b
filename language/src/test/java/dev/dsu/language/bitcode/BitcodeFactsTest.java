package dev.dsu.language.bitcode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.dsu.language.ir.BasicBlock;
import dev.dsu.language.ir.Constant;
import dev.dsu.language.ir.Function;
import dev.dsu.language.ir.GlobalVariable;
import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.Linkage;
import dev.dsu.language.ir.Metadata;
import dev.dsu.language.ir.MetadataValue;
import dev.dsu.language.ir.Module;
import dev.dsu.language.ir.Type;
import dev.dsu.language.ir.Value;

/** Specific facts about globals, types, attributes and debug info, for both compilers. */
class BitcodeFactsTest {

    private static Module read(String program, Toolchain.Compiler c, String opt) throws Exception {
        return BitcodeReader.read(Files.readAllBytes(Toolchain.compile(program, c, opt)), false);
    }

    /** Looks through the pointer casts clang 14 wraps around constant addresses. */
    private static Constant strip(Constant c) {
        while (c instanceof Constant.Cast cast && (cast.op == dev.dsu.language.ir.CastOp.BITCAST)) {
            c = cast.value;
        }
        return c;
    }

    private static long[] ints(Constant c) {
        if (c instanceof Constant.Data d) {
            return d.elements;
        }
        Constant.Aggregate a = assertInstanceOf(Constant.Aggregate.class, c);
        long[] out = new long[a.elements.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Constant.Int) a.elements[i]).value;
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(Toolchain.Compiler.class)
    void globalInitializers(Toolchain.Compiler c) throws Exception {
        Module m = read("structs.c", c, "-O0");
        assertEquals("x86_64-pc-linux-gnu", m.getTargetTriple().replace("unknown", "pc"));
        assertTrue(m.getDataLayout().startsWith("e-m:e"));
        assertTrue(m.getSourceFileName().endsWith("structs.c"));

        GlobalVariable table = m.getGlobal("table");
        assertEquals(new Type.ArrayType(Type.I32, 5), table.valueType);
        assertArrayEquals(new long[]{10, 20, 30, 40, 50}, ints(table.getInitializer()));
        assertEquals(16, table.getAlignment());

        // &table[2]: clang 14 emits an i8 GEP by 8 bytes inside bitcasts, clang 19 a plain i8 GEP.
        Constant.Gep tp = assertInstanceOf(Constant.Gep.class, strip(m.getGlobal("table_ptr").getInitializer()));
        assertEquals(table, strip(tp.base));
        assertEquals(8, ((Constant.Int) tp.indices[tp.indices.length - 1]).value);

        Constant greeting = strip(m.getGlobal("greeting").getInitializer());
        if (greeting instanceof Constant.Gep g) {
            assertTrue(g.inBounds);
            greeting = g.base;
        }
        GlobalVariable str = assertInstanceOf(GlobalVariable.class, greeting);
        assertTrue(str.isConstant);
        assertEquals(Linkage.PRIVATE, str.getLinkage());
        assertEquals("hello, world\0", text(str.getInitializer()));

        assertEquals("abc" + "\0".repeat(13), text(m.getGlobal("buffer").getInitializer()));
        assertEquals(-1234567890123L, ((Constant.Int) m.getGlobal("big").getInitializer()).value);
        assertEquals(1, ((Constant.Int) m.getGlobal("is_set").getInitializer()).value);
        assertInstanceOf(Constant.Zero.class, m.getGlobal("origin").getInitializer());

        Constant.Aggregate n1 = assertInstanceOf(Constant.Aggregate.class, m.getGlobal("n1").getInitializer());
        assertEquals(1, ((Constant.Int) n1.elements[0]).value);
        assertEquals(m.getGlobal("n2"), n1.elements[1]);
        Constant.Aggregate n2 = assertInstanceOf(Constant.Aggregate.class, m.getGlobal("n2").getInitializer());
        assertInstanceOf(Constant.Null.class, n2.elements[1]);

        Constant.Cast asInt = assertInstanceOf(Constant.Cast.class, m.getGlobal("address_as_int").getInitializer());
        assertEquals(dev.dsu.language.ir.CastOp.PTRTOINT, asInt.op);

        Constant.Aggregate corners = assertInstanceOf(Constant.Aggregate.class, m.getGlobal("corners").getInitializer());
        assertArrayEquals(new long[]{3, 4}, ints(corners.elements[1]));

        GlobalVariable un = m.getGlobal("un");
        assertEquals(Linkage.INTERNAL, un.getLinkage());

        Type.StructType node = m.namedStructs.get("struct.node");
        assertNotNull(node);
        assertEquals(2, node.fields().length);
        assertEquals(Type.I32, node.fields()[0]);
        Type.PointerType next = assertInstanceOf(Type.PointerType.class, node.fields()[1]);
        if (c == Toolchain.Compiler.CLANG14) {
            assertTrue(next.pointee == node, "typed pointer to the struct itself");
        } else {
            assertNull(next.pointee);
        }
        Type.StructType point = m.namedStructs.get("struct.point");
        assertArrayEquals(new Type[]{Type.I32, Type.I32}, point.fields());
    }

    private static String text(Constant c) {
        Constant.Data d = assertInstanceOf(Constant.Data.class, c);
        StringBuilder sb = new StringBuilder();
        for (long e : d.elements) {
            sb.append((char) e);
        }
        return sb.toString();
    }

    @ParameterizedTest
    @EnumSource(Toolchain.Compiler.class)
    void attributes(Toolchain.Compiler c) throws Exception {
        Module m = read("structs.c", c, "-O0");
        Function makeBig = m.getFunction("make_big");
        Type.StructType big = m.namedStructs.get("struct.big");
        assertEquals(big, makeBig.getAttributes().param(0).structRetType);
        assertNull(makeBig.getAttributes().param(0).byValType);
        Function useBig = m.getFunction("use_big");
        assertEquals(big, useBig.getAttributes().param(0).byValType);
        boolean sawSretCall = false;
        for (Instruction i : instructions(m.getFunction("main"))) {
            if (i instanceof Instruction.Call call && call.callee == makeBig) {
                assertEquals(big, call.attributes.param(0).structRetType);
                sawSretCall = true;
            }
        }
        assertTrue(sawSretCall);

        Module num = read("numeric.c", c, "-O0");
        Function widen = num.getFunction("widen");
        assertTrue(widen.getAttributes().param(0).signExt);
        assertTrue(widen.getAttributes().param(1).zeroExt);
        assertFalse(widen.getAttributes().param(0).zeroExt);

        Module ctl = read("control.c", c, "-O0");
        Function setjmp = ctl.getFunction("_setjmp");
        assertTrue(setjmp.isDeclaration());
        assertTrue(setjmp.getAttributes().returnsTwice);
        assertTrue(ctl.getFunction("longjmp").getAttributes().noReturn);
        assertFalse(ctl.getFunction("main").isDeclaration());
    }

    @ParameterizedTest
    @EnumSource(Toolchain.Compiler.class)
    void numericConstants(Toolchain.Compiler c) throws Exception {
        Module m = read("numeric.c", c, "-O0");
        Constant.Float ld = assertInstanceOf(Constant.Float.class, m.getGlobal("ld").getInitializer());
        assertEquals(1.25, ld.value);
        assertArrayEquals(new byte[]{0, 0, 0, 0, 0, 0, 0, (byte) 0xA0, (byte) 0xFF, 0x3F}, ld.x87);
        Constant.Aggregate lds = assertInstanceOf(Constant.Aggregate.class, m.getGlobal("ldarr").getInitializer());
        assertEquals(2.5, ((Constant.Float) lds.elements[0]).value);
        assertEquals(-3.0, ((Constant.Float) lds.elements[1]).value);

        Constant.Int wide = assertInstanceOf(Constant.Int.class, m.getGlobal("wide").getInitializer());
        assertEquals(BigInteger.ONE.shiftLeft(100).add(BigInteger.valueOf(7)), wide.big);
        assertEquals(Type.intOf(128), wide.getType());
        Constant.Int uwide = assertInstanceOf(Constant.Int.class, m.getGlobal("uwide").getInitializer());
        assertEquals(-1, uwide.value);

        Constant.Data f = assertInstanceOf(Constant.Data.class, m.getGlobal("fvals").getInitializer());
        assertEquals(1.5f, Float.intBitsToFloat((int) f.elements[0]));
        assertEquals(-2.25f, Float.intBitsToFloat((int) f.elements[1]));
        Constant.Data d = assertInstanceOf(Constant.Data.class, m.getGlobal("dvals").getInitializer());
        assertEquals(Math.PI, Double.longBitsToDouble(d.elements[0]));
        Constant.Data shorts = assertInstanceOf(Constant.Data.class, m.getGlobal("shorts").getInitializer());
        assertEquals(0xFFFE, shorts.elements[1]);
        Constant.Data longs = assertInstanceOf(Constant.Data.class, m.getGlobal("longs").getInitializer());
        assertArrayEquals(new long[]{1L << 40, -5, 7}, longs.elements);

        Set<String> atomicKinds = new HashSet<>();
        for (Instruction i : instructions(m.getFunction("atomics"))) {
            if (i instanceof Instruction.AtomicRMW rmw) {
                atomicKinds.add(rmw.op + "/" + rmw.ordering);
            } else if (i instanceof Instruction.CmpXchg x) {
                atomicKinds.add("cmpxchg/" + x.successOrdering + "/" + x.failureOrdering);
                Type.StructType t = assertInstanceOf(Type.StructType.class, x.getType());
                assertEquals(Type.I1, t.fields()[1]);
            } else if (i instanceof Instruction.Fence fence) {
                atomicKinds.add("fence/" + fence.ordering);
            } else if (i instanceof Instruction.Store s && s.ordering != dev.dsu.language.ir.AtomicOrdering.NOT_ATOMIC) {
                atomicKinds.add("store/" + s.ordering);
            } else if (i instanceof Instruction.Load l && l.ordering != dev.dsu.language.ir.AtomicOrdering.NOT_ATOMIC) {
                atomicKinds.add("load/" + l.ordering);
            }
        }
        assertTrue(atomicKinds.containsAll(List.of("ADD/SEQ_CST", "SUB/SEQ_CST", "XCHG/MONOTONIC", "cmpxchg/ACQ_REL/ACQUIRE",
                        "fence/SEQ_CST", "store/RELEASE", "load/ACQUIRE")), atomicKinds.toString());
    }

    @ParameterizedTest
    @EnumSource(Toolchain.Compiler.class)
    void vectorsAndControlFlow(Toolchain.Compiler c) throws Exception {
        Module m = read("numeric.c", c, "-O2");
        boolean vectorOp = false;
        for (Function f : m.functions) {
            for (Instruction i : instructions(f)) {
                vectorOp |= i.getType() instanceof Type.VectorType;
            }
        }
        assertTrue(vectorOp, "-O2 vectorizes the loops");

        Module ctl = read("control.c", c, "-O0");
        Instruction.Switch sw = null;
        for (Instruction i : instructions(ctl.getFunction("classify"))) {
            if (i instanceof Instruction.Switch s) {
                sw = s;
            }
        }
        assertNotNull(sw);
        Set<Long> cases = new HashSet<>();
        for (Constant.Int v : sw.caseValues) {
            cases.add(v.value);
        }
        assertEquals(Set.of(0L, 1L, 5L, 100L, -7L), cases);

        Function computed = ctl.getFunction("computed");
        GlobalVariable labels = ctl.getGlobal("computed.labels");
        Constant.Aggregate addrs = assertInstanceOf(Constant.Aggregate.class, labels.getInitializer());
        Instruction.IndirectBr ib = null;
        for (Instruction i : instructions(computed)) {
            if (i instanceof Instruction.IndirectBr x) {
                ib = x;
            }
        }
        assertNotNull(ib);
        for (Constant a : addrs.elements) {
            Constant.BlockAddress ba = assertInstanceOf(Constant.BlockAddress.class, a);
            assertEquals(computed, ba.function);
            assertTrue(List.of(ib.destinations).contains(computed.blocks().get(ba.blockIndex)));
        }

        Constant.Aggregate ops = assertInstanceOf(Constant.Aggregate.class, ctl.getGlobal("ops").getInitializer());
        assertEquals(ctl.getFunction("classify"), strip(ops.elements[0]));
        assertEquals(ctl.getFunction("twice"), strip(ops.elements[1]));
        assertEquals(Linkage.INTERNAL, ctl.getFunction("twice").getLinkage());
        assertTrue(ctl.getFunction("sum").functionType.varArgs);

        // Phis at -O2 refer to values defined later; all must be resolved.
        Module opt = read("control.c", c, "-O2");
        int phis = 0;
        for (Function f : opt.functions) {
            for (Instruction i : instructions(f)) {
                if (i instanceof Instruction.Phi phi) {
                    phis++;
                    for (Value v : phi.values) {
                        assertFalse(v instanceof ForwardRef);
                        assertNotNull(v);
                    }
                    for (BasicBlock b : phi.blocks) {
                        assertTrue(f.blocks().contains(b));
                    }
                }
            }
        }
        assertTrue(phis > 0);
    }

    @ParameterizedTest
    @EnumSource(Toolchain.Compiler.class)
    void debugInfo(Toolchain.Compiler c) throws Exception {
        Module m = read("debuginfo.c", c, "-O0");
        for (Function f : m.functions) {
            if (!f.isDeclaration() && !f.getName().startsWith("llvm.")) {
                Metadata.DISubprogram sp = assertInstanceOf(Metadata.DISubprogram.class, f.getSubprogram(), f.getName());
                assertEquals(f.getName(), sp.name);
                assertTrue(sp.isDefinition);
                assertTrue(sp.file.filename.endsWith("debuginfo.c"));
                assertInstanceOf(Metadata.DICompileUnit.class, sp.unit);
            }
        }
        Metadata.DISubprogram walkSp = (Metadata.DISubprogram) m.getFunction("walk").getSubprogram();
        assertEquals(18, walkSp.line);

        // Local variable names through llvm.dbg.declare (clang 14) or debug records (clang 19).
        Map<String, Integer> locals = new HashMap<>();
        for (Instruction i : instructions(m.getFunction("walk"))) {
            if (i instanceof Instruction.Call call && call.callee instanceof Function f && f.getName().equals("llvm.dbg.declare")) {
                Metadata.DILocalVariable v = assertInstanceOf(Metadata.DILocalVariable.class, ((MetadataValue) call.arguments[1]).metadata);
                Metadata.ValueRef ref = assertInstanceOf(Metadata.ValueRef.class, ((MetadataValue) call.arguments[0]).metadata);
                assertInstanceOf(Instruction.Alloca.class, ref.value);
                locals.put(v.name, v.arg);
                assertEquals(v.line, ((Metadata.DILocation) call.getDebugLocation()).line);
            }
        }
        assertEquals(Map.of("o", 1, "depth", 2, "total", 0, "here", 0), locals);

        // Instruction lines: the multiplication in walk is on line 21.
        boolean sawMul = false;
        for (Instruction i : instructions(m.getFunction("walk"))) {
            if (i instanceof Instruction.Binary b && b.op == dev.dsu.language.ir.BinOp.MUL) {
                Metadata.DILocation loc = (Metadata.DILocation) b.getDebugLocation();
                assertEquals(21, loc.line);
                assertEquals(walkSp, loc.subprogram());
                sawMul = true;
            }
        }
        assertTrue(sawMul);

        // Struct members with offsets, including bitfields.
        Metadata.DICompositeType outer = null;
        for (Metadata md : m.getGlobal("head").debugInfo) {
            Metadata.DIGlobalVariable gv = (Metadata.DIGlobalVariable) ((Metadata.DIGlobalVariableExpression) md).variable;
            assertEquals("head", gv.name);
            assertEquals(13, gv.line);
            Metadata.DIDerivedType typedef = assertInstanceOf(Metadata.DIDerivedType.class, gv.type);
            assertEquals(Metadata.DW_TAG_TYPEDEF, typedef.tag);
            assertEquals("outer_t", typedef.name);
            outer = assertInstanceOf(Metadata.DICompositeType.class, typedef.baseType);
        }
        assertNotNull(outer);
        assertEquals("outer", outer.name);
        assertEquals(Metadata.DW_TAG_STRUCTURE_TYPE, outer.tag);
        Map<String, Long> offsets = new HashMap<>();
        Map<String, Long> sizes = new HashMap<>();
        for (Metadata e : ((Metadata.Tuple) outer.elements).elements) {
            Metadata.DIDerivedType member = (Metadata.DIDerivedType) e;
            assertEquals(Metadata.DW_TAG_MEMBER, member.tag);
            offsets.put(member.name, member.offsetInBits);
            sizes.put(member.name, member.sizeInBits);
            if (member.name.equals("level")) {
                assertEquals(192, member.bitFieldStorageOffset);
            }
        }
        assertEquals(Map.of("id", 0L, "in", 32L, "weight", 128L, "flag", 192L, "level", 193L, "next", 256L), offsets);
        assertEquals(4L, sizes.get("level"));

        Set<String> globals = new HashSet<>();
        for (GlobalVariable g : m.globals) {
            for (Metadata md : g.debugInfo) {
                globals.add(((Metadata.DIGlobalVariable) ((Metadata.DIGlobalVariableExpression) md).variable).name);
            }
        }
        assertTrue(globals.containsAll(List.of("head", "favourite", "hidden_counter", "matrix")), globals.toString());

        // Arrays and enums.
        Metadata.DIGlobalVariable matrix = (Metadata.DIGlobalVariable) ((Metadata.DIGlobalVariableExpression) m.getGlobal("matrix").debugInfo.get(0)).variable;
        Metadata.DICompositeType arr = assertInstanceOf(Metadata.DICompositeType.class, matrix.type);
        assertEquals(Metadata.DW_TAG_ARRAY_TYPE, arr.tag);
        List<Long> counts = new ArrayList<>();
        for (Metadata s : ((Metadata.Tuple) arr.elements).elements) {
            counts.add(((Metadata.DISubrange) s).count);
        }
        assertEquals(List.of(3L, 4L), counts);
        Metadata.DIGlobalVariable fav = (Metadata.DIGlobalVariable) ((Metadata.DIGlobalVariableExpression) m.getGlobal("favourite").debugInfo.get(0)).variable;
        Metadata.DICompositeType color = assertInstanceOf(Metadata.DICompositeType.class, fav.type);
        assertEquals(Metadata.DW_TAG_ENUMERATION_TYPE, color.tag);
        Map<String, Long> enumerators = new HashMap<>();
        for (Metadata e : ((Metadata.Tuple) color.elements).elements) {
            Metadata.DIEnumerator en = (Metadata.DIEnumerator) e;
            enumerators.put(en.name, en.value);
        }
        assertEquals(Map.of("RED", 0L, "GREEN", 5L, "BLUE", -3L), enumerators);
        assertTrue(m.namedMetadata.containsKey("llvm.dbg.cu"));
        assertInstanceOf(Metadata.DICompileUnit.class, m.namedMetadata.get("llvm.dbg.cu").get(0));
    }

    @ParameterizedTest
    @EnumSource(Toolchain.Compiler.class)
    void optimizedDebugValues(Toolchain.Compiler c) throws Exception {
        Module m = read("debuginfo.c", c, "-O2");
        Set<String> names = new HashSet<>();
        for (Function f : m.functions) {
            for (Instruction i : instructions(f)) {
                if (i instanceof Instruction.Call call && call.callee instanceof Function callee && callee.getName().equals("llvm.dbg.value")) {
                    Metadata var = ((MetadataValue) call.arguments[1]).metadata;
                    names.add(((Metadata.DILocalVariable) var).name);
                    assertInstanceOf(Metadata.DIExpression.class, ((MetadataValue) call.arguments[2]).metadata);
                }
            }
        }
        assertTrue(names.containsAll(List.of("o", "depth", "total")), names.toString());
    }

    static List<Instruction> instructions(Function f) {
        List<Instruction> out = new ArrayList<>();
        for (BasicBlock b : f.blocks()) {
            out.addAll(b.instructions);
        }
        return out;
    }
}
