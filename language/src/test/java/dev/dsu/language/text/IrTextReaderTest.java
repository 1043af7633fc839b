package dev.dsu.language.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.dsu.language.ir.BasicBlock;
import dev.dsu.language.ir.Constant;
import dev.dsu.language.ir.Function;
import dev.dsu.language.ir.GlobalVariable;
import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.Metadata;
import dev.dsu.language.ir.MetadataValue;
import dev.dsu.language.ir.Module;
import dev.dsu.language.ir.ModulePrinter;
import dev.dsu.language.ir.Type;
import dev.dsu.language.ir.Value;

/** Compiles the C programs under resources/text with clang 14 and clang 19 and checks what the reader builds. */
class IrTextReaderTest {
    static final String[] PROGRAMS = {"structs", "control", "numeric"};
    static final String[] COMPILERS = {"clang", "clang-19"};
    static final String[] LEVELS = {"-O0", "-O2"};

    @TempDir
    static Path tmp;

    private static final Map<String, Path> compiled = new ConcurrentHashMap<>();

    static Stream<Arguments> variants() {
        List<Arguments> out = new ArrayList<>();
        for (String p : PROGRAMS) {
            for (String c : COMPILERS) {
                for (String o : LEVELS) {
                    out.add(Arguments.of(p, c, o));
                }
            }
        }
        return out.stream();
    }

    static boolean available(String compiler) {
        try {
            Process p = new ProcessBuilder(compiler, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Compiles resources/text/NAME.c with the given clang and flags; {@code ext} is "ll" or "bc". */
    static Path compile(String program, String compiler, String level, String ext) throws Exception {
        Assumptions.assumeTrue(available(compiler), compiler + " not installed");
        String key = program + "-" + compiler + level + "." + ext;
        Path done = compiled.get(key);
        if (done != null) {
            return done;
        }
        Path src = tmp.resolve(program + ".c");
        if (!Files.exists(src)) {
            try (InputStream in = IrTextReaderTest.class.getResourceAsStream("/text/" + program + ".c")) {
                assertNotNull(in, "missing resource text/" + program + ".c");
                Files.write(src, in.readAllBytes());
            }
        }
        Path out = tmp.resolve(key);
        boolean debug = !level.endsWith("-nodebug");
        List<String> cmd = new ArrayList<>(List.of(compiler, level.replace("-nodebug", ""), "-emit-llvm", "-c", src.toString(), "-o", out.toString()));
        if (debug) {
            cmd.add("-g");
        }
        if (ext.equals("ll")) {
            cmd.add("-S");
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, "clang failed: " + log);
        compiled.put(key, out);
        return out;
    }

    static Module read(Path ll) throws IOException {
        return IrTextReader.read(Files.readString(ll), ll.getFileName().toString());
    }

    // ---- an independent count of instructions from the text ----

    private static final Pattern DEFINE = Pattern.compile("^define [^@]*@(\"[^\"]+\"|[-\\w.$]+)\\(");
    private static final Pattern LABEL = Pattern.compile("^(\"[^\"]*\"|[-\\w.$]+):");

    /** Per defined function: the opcode words of its instructions, in order, read line by line. */
    static Map<String, List<String>> kindsFromText(String text) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        boolean inSwitch = false;
        for (String raw : text.split("\n")) {
            if (current == null) {
                Matcher m = DEFINE.matcher(raw);
                if (m.find()) {
                    current = new ArrayList<>();
                    out.put(m.group(1).replace("\"", ""), current);
                }
                continue;
            }
            String line = raw.strip();
            if (raw.startsWith("}")) {
                current = null;
                continue;
            }
            if (line.isEmpty() || line.startsWith(";") || LABEL.matcher(raw).find()) {
                continue;
            }
            if (inSwitch) {
                if (line.startsWith("]")) {
                    inSwitch = false;
                }
                continue;
            }
            if (line.startsWith("#dbg_")) {
                current.add("call");
                continue;
            }
            String s = line.replaceFirst("^%[-\\w.$\"]+ = ", "").replaceFirst("^(tail|musttail|notail) ", "");
            String word = s.split("[ ,]", 2)[0];
            current.add(word);
            if (word.equals("switch") && line.endsWith("[")) {
                inSwitch = true;
            }
        }
        return out;
    }

    static String kind(Instruction i) {
        return switch (i) {
            case Instruction.Binary b -> b.op.name().toLowerCase();
            case Instruction.Cast c -> c.op.name().toLowerCase();
            case Instruction.Compare c -> c.predicate.isFloat() ? "fcmp" : "icmp";
            case Instruction.FNeg f -> "fneg";
            case Instruction.Select s -> "select";
            case Instruction.Alloca a -> "alloca";
            case Instruction.Load l -> "load";
            case Instruction.Store s -> "store";
            case Instruction.GetElementPtr g -> "getelementptr";
            case Instruction.Call c -> "call";
            case Instruction.Phi p -> "phi";
            case Instruction.ExtractValue e -> "extractvalue";
            case Instruction.InsertValue e -> "insertvalue";
            case Instruction.ExtractElement e -> "extractelement";
            case Instruction.InsertElement e -> "insertelement";
            case Instruction.ShuffleVector s -> "shufflevector";
            case Instruction.AtomicRMW a -> "atomicrmw";
            case Instruction.CmpXchg c -> "cmpxchg";
            case Instruction.Fence f -> "fence";
            case Instruction.VaArg v -> "va_arg";
            case Instruction.Freeze f -> "freeze";
            case Instruction.Ret r -> "ret";
            case Instruction.Br b -> "br";
            case Instruction.Switch s -> "switch";
            case Instruction.IndirectBr b -> "indirectbr";
            case Instruction.Unreachable u -> "unreachable";
            default -> i.getClass().getSimpleName();
        };
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("variants")
    void instructionsMatchText(String program, String compiler, String level) throws Exception {
        Path ll = compile(program, compiler, level, "ll");
        String text = Files.readString(ll);
        Module m = read(ll);
        Map<String, List<String>> expected = kindsFromText(text);
        assertFalse(expected.isEmpty());
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            Function f = m.getFunction(e.getKey());
            assertNotNull(f, "function " + e.getKey());
            assertFalse(f.isDeclaration());
            List<String> actual = new ArrayList<>();
            for (BasicBlock b : f.blocks()) {
                for (Instruction i : b.instructions) {
                    actual.add(kind(i));
                }
            }
            assertEquals(e.getValue(), actual, "instruction kinds of @" + e.getKey());
            checkWellFormed(f);
        }
        // every define in the text is a definition in the model and vice versa
        long defs = m.functions.stream().filter(f -> !f.isDeclaration()).count();
        assertEquals(expected.size(), defs);
        assertTrue(m.getTargetTriple().startsWith("x86_64"));
        assertFalse(m.getDataLayout().isEmpty());
        assertEquals(program + ".c", Path.of(m.getSourceFileName()).getFileName().toString());
        // debug info: every definition has a subprogram with its own name, every instruction with a location has a sane line
        for (Function f : m.functions) {
            if (f.isDeclaration()) {
                continue;
            }
            Metadata.DISubprogram sp = assertInstanceOf(Metadata.DISubprogram.class, f.getSubprogram(), "subprogram of " + f.getName());
            assertEquals(f.getName(), sp.name);
            assertTrue(sp.isDefinition);
            assertNotNull(sp.file);
            int lines = (int) text.lines().count();
            for (BasicBlock b : f.blocks()) {
                for (Instruction i : b.instructions) {
                    if (i.getDebugLocation() != null) {
                        Metadata.DILocation loc = assertInstanceOf(Metadata.DILocation.class, i.getDebugLocation());
                        assertTrue(loc.line >= 0 && loc.line < 200 && loc.line < lines, "line " + loc.line);
                        assertNotNull(loc.subprogram(), "location scope resolves to a subprogram");
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} -O1 without -g")
    @MethodSource("programCompilers")
    void withoutDebugInfoAtO1(String program, String compiler) throws Exception {
        Path ll = compile(program, compiler, "-O1-nodebug", "ll");
        String text = Files.readString(ll);
        Module m = read(ll);
        for (Map.Entry<String, List<String>> e : kindsFromText(text).entrySet()) {
            Function f = m.getFunction(e.getKey());
            List<String> actual = new ArrayList<>();
            for (BasicBlock b : f.blocks()) {
                for (Instruction i : b.instructions) {
                    actual.add(kind(i));
                    assertEquals(null, i.getDebugLocation());
                }
            }
            assertEquals(e.getValue(), actual, "instruction kinds of @" + e.getKey());
            assertEquals(null, f.getSubprogram());
            checkWellFormed(f);
        }
        assertTrue(m.globals.stream().allMatch(g -> g.debugInfo.isEmpty()));
    }

    static Stream<Arguments> programCompilers() {
        List<Arguments> out = new ArrayList<>();
        for (String p : PROGRAMS) {
            for (String c : COMPILERS) {
                out.add(Arguments.of(p, c));
            }
        }
        return out.stream();
    }

    /** Operands are resolved (no forward-reference placeholders) and terminators end each block. */
    static void checkWellFormed(Function f) {
        Set<Value> defined = new HashSet<>(f.arguments);
        for (BasicBlock b : f.blocks()) {
            assertEquals(f.blocks().indexOf(b), b.index);
            assertNotNull(b.terminator());
            assertTrue(b.terminator().isTerminator(), "block " + b.index + " of @" + f.getName() + " ends with a terminator");
            defined.addAll(b.instructions);
        }
        for (BasicBlock b : f.blocks()) {
            for (Instruction i : b.instructions) {
                for (Value v : operands(i)) {
                    assertFalse(v instanceof FunctionBody.ForwardRef, "unresolved %" + v.getName() + " in @" + f.getName());
                    if (v instanceof Instruction || v instanceof dev.dsu.language.ir.Argument) {
                        assertTrue(defined.contains(v), "operand belongs to the function");
                    }
                }
            }
        }
    }

    static List<Value> operands(Instruction i) {
        List<Value> out = new ArrayList<>();
        switch (i) {
            case Instruction.Binary b -> out.addAll(List.of(b.lhs, b.rhs));
            case Instruction.Load l -> out.add(l.pointer);
            case Instruction.Store s -> out.addAll(List.of(s.value, s.pointer));
            case Instruction.Phi p -> out.addAll(List.of(p.values));
            case Instruction.Call c -> {
                out.add(c.callee);
                for (Value a : c.arguments) {
                    if (a instanceof MetadataValue mv && mv.metadata instanceof Metadata.ValueRef r) {
                        out.add(r.value);
                    } else {
                        out.add(a);
                    }
                }
            }
            case Instruction.GetElementPtr g -> {
                out.add(g.base);
                out.addAll(List.of(g.indices));
            }
            case Instruction.Cast c -> out.add(c.value);
            case Instruction.Compare c -> out.addAll(List.of(c.lhs, c.rhs));
            case Instruction.Select s -> out.addAll(List.of(s.condition, s.ifTrue, s.ifFalse));
            case Instruction.Ret r -> {
                if (r.value != null) {
                    out.add(r.value);
                }
            }
            case Instruction.Br b -> {
                if (b.condition != null) {
                    out.add(b.condition);
                }
            }
            default -> {
            }
        }
        return out;
    }

    static List<String> localVariableNames(Function f) {
        List<String> names = new ArrayList<>();
        for (BasicBlock b : f.blocks()) {
            for (Instruction i : b.instructions) {
                if (i instanceof Instruction.Call c && c.callee instanceof Function callee && callee.getName().startsWith("llvm.dbg.")
                                && c.arguments.length >= 2 && c.arguments[1] instanceof MetadataValue mv
                                && mv.metadata instanceof Metadata.DILocalVariable v) {
                    names.add(v.name);
                }
            }
        }
        return names;
    }

    // ---- facts about specific programs ----

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("compilerLevels")
    void structsProgram(String compiler, String level) throws Exception {
        Module m = read(compile("structs", compiler, level, "ll"));
        boolean typed = compiler.equals("clang");
        Type.StructType node = m.namedStructs.get("struct.Node");
        assertNotNull(node);
        assertEquals(4, node.fields().length);
        assertEquals(Type.I64, node.fields()[0]);
        assertEquals(Type.DOUBLE, node.fields()[1]);
        assertEquals(new Type.ArrayType(Type.I8, 6), node.fields()[3]);
        if (typed) {
            assertEquals(new Type.PointerType(0, node), node.fields()[2]);
        } else {
            assertEquals(Type.PTR, node.fields()[2]);
        }

        GlobalVariable table = m.getGlobal("table");
        assertEquals(new Type.ArrayType(Type.I32, 5), table.valueType);
        Constant.Data d = assertInstanceOf(Constant.Data.class, table.getInitializer());
        assertEquals(List.of(10L, 20L, 30L, 40L, 50L), List.of(d.elements[0], d.elements[1], d.elements[2], d.elements[3], d.elements[4]));
        assertEquals(16, table.getAlignment());

        // &table[2]: some constant expression ending at @table with byte/element offset 8
        assertEquals(8, constantOffset(m.getGlobal("middle").getInitializer(), table));
        assertEquals(20, constantOffset(m.getGlobal("past_end").getInitializer(), table));

        GlobalVariable origin = m.getGlobal("origin");
        Constant.Aggregate o = assertInstanceOf(Constant.Aggregate.class, origin.getInitializer());
        assertEquals(3, ((Constant.Int) o.elements[0]).value);
        assertEquals(-4, ((Constant.Int) o.elements[1]).value);

        Constant.Aggregate head = assertInstanceOf(Constant.Aggregate.class, m.getGlobal("head_node").getInitializer());
        assertEquals(1.25, ((Constant.Float) head.elements[1]).value);
        assertTrue(refersTo(head.elements[2], m.getGlobal("tail_node")));
        assertEquals("head\0\0", string(head.elements[3]));

        // the string behind greeting: "hi\tthere\n\0"
        GlobalVariable str = findStringTarget(m.getGlobal("greeting").getInitializer());
        assertNotNull(str);
        assertEquals("hi\tthere\n\0", string(str.getInitializer()));
        assertTrue(str.isConstant);

        Constant.Aggregate names = assertInstanceOf(Constant.Aggregate.class, m.getGlobal("names").getInitializer());
        assertEquals(3, names.elements.length);
        assertEquals("beta\0", string(findStringTarget(names.elements[1]).getInitializer()));

        // debug info: struct Node members with names and offsets, bitfields of struct Flags
        Metadata.DIGlobalVariableExpression gve = assertInstanceOf(Metadata.DIGlobalVariableExpression.class, m.getGlobal("head_node").debugInfo.get(0));
        Metadata.DIGlobalVariable gv = assertInstanceOf(Metadata.DIGlobalVariable.class, gve.variable);
        assertEquals("head_node", gv.name);
        Metadata.DICompositeType nodeType = assertInstanceOf(Metadata.DICompositeType.class, gv.type);
        assertEquals(Metadata.DW_TAG_STRUCTURE_TYPE, nodeType.tag);
        assertEquals("Node", nodeType.name);
        assertEquals(256, nodeType.sizeInBits);
        List<String> members = new ArrayList<>();
        List<Long> offsets = new ArrayList<>();
        for (Metadata e : ((Metadata.Tuple) nodeType.elements).elements) {
            Metadata.DIDerivedType mem = (Metadata.DIDerivedType) e;
            assertEquals(Metadata.DW_TAG_MEMBER, mem.tag);
            members.add(mem.name);
            offsets.add(mem.offsetInBits);
        }
        assertEquals(List.of("key", "weight", "next", "tag"), members);
        assertEquals(List.of(0L, 64L, 128L, 192L), offsets);

        Function flagsValue = m.getFunction("flags_value");
        Metadata.DISubprogram sp = (Metadata.DISubprogram) flagsValue.getSubprogram();
        Metadata.DISubroutineType st = (Metadata.DISubroutineType) sp.type;
        Metadata.DICompositeType flags = (Metadata.DICompositeType) ((Metadata.Tuple) st.types).elements.get(1);
        assertEquals("Flags", flags.name);
        Metadata.DIDerivedType level2 = (Metadata.DIDerivedType) ((Metadata.Tuple) flags.elements).elements.get(2);
        assertEquals("level", level2.name);
        assertEquals(4, level2.sizeInBits);
        assertEquals(4, level2.offsetInBits);
        assertEquals(0, level2.bitFieldStorageOffset);

        if (level.equals("-O0")) {
            assertTrue(localVariableNames(m.getFunction("sum_points")).containsAll(List.of("ps", "n", "s", "i")));
            assertTrue(localVariableNames(m.getFunction("main")).containsAll(List.of("ps", "v", "fl", "q", "total", "n")));
            // make_point returns a small struct as i64
            assertEquals(Type.I64, m.getFunction("make_point").functionType.returnType);
        }
        Function sumPoints = m.getFunction("sum_points");
        if (sumPoints != null) {
            assertEquals(dev.dsu.language.ir.Linkage.INTERNAL, sumPoints.getLinkage());
        }
    }

    static Stream<Arguments> compilerLevels() {
        List<Arguments> out = new ArrayList<>();
        for (String c : COMPILERS) {
            for (String o : LEVELS) {
                out.add(Arguments.of(c, o));
            }
        }
        return out.stream();
    }

    /** Byte offset of a constant pointer expression from {@code base} (GEPs over i8/i32 and casts). */
    static long constantOffset(Constant c, GlobalVariable base) {
        if (c == base) {
            return 0;
        }
        if (c instanceof Constant.Cast k) {
            return constantOffset(k.value, base);
        }
        if (c instanceof Constant.Gep g) {
            long off = constantOffset(g.base, base);
            Type t = g.sourceElementType;
            for (int i = 0; i < g.indices.length; i++) {
                long idx = ((Constant.Int) g.indices[i]).value;
                Type elem = i == 0 ? t : ((Type.ArrayType) t).element;
                if (i > 0) {
                    t = elem;
                }
                off += idx * sizeOf(i == 0 ? g.sourceElementType : elem);
            }
            return off;
        }
        throw new AssertionError("unexpected constant " + c);
    }

    static long sizeOf(Type t) {
        return new dev.dsu.language.ir.DataLayout("").sizeOf(t);
    }

    static boolean refersTo(Constant c, GlobalVariable g) {
        return c == g || c instanceof Constant.Cast k && refersTo(k.value, g) || c instanceof Constant.Gep p && refersTo(p.base, g);
    }

    static GlobalVariable findStringTarget(Constant c) {
        if (c instanceof GlobalVariable g) {
            return g;
        }
        if (c instanceof Constant.Gep p) {
            return findStringTarget(p.base);
        }
        if (c instanceof Constant.Cast k) {
            return findStringTarget(k.value);
        }
        return null;
    }

    static String string(Constant c) {
        if (c instanceof Constant.Data d) {
            StringBuilder sb = new StringBuilder();
            for (long e : d.elements) {
                sb.append((char) e);
            }
            return sb.toString();
        }
        throw new AssertionError("not a string: " + c);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("compilerLevels")
    void controlProgram(String compiler, String level) throws Exception {
        Module m = read(compile("control", compiler, level, "ll"));
        // function pointer table
        GlobalVariable ops = m.getGlobal("ops");
        if (level.equals("-O0")) {
            Constant.Aggregate a = assertInstanceOf(Constant.Aggregate.class, ops.getInitializer());
            assertEquals(m.getFunction("twice"), a.elements[0]);
            assertEquals(m.getFunction("square"), a.elements[1]);
        }
        // computed goto table holds block addresses of dispatch
        GlobalVariable labels = m.getGlobal("dispatch.labels");
        Constant.Aggregate la = assertInstanceOf(Constant.Aggregate.class, labels.getInitializer());
        Function dispatch = m.getFunction("dispatch");
        for (Constant c : la.elements) {
            Constant.BlockAddress ba = assertInstanceOf(Constant.BlockAddress.class, c);
            assertEquals(dispatch, ba.function);
            assertTrue(ba.blockIndex > 0 && ba.blockIndex < dispatch.blocks().size());
        }
        assertTrue(dispatch.blocks().stream().anyMatch(b -> b.terminator() instanceof Instruction.IndirectBr));
        // setjmp is returns_twice, longjmp noreturn; varargs signatures
        Function setjmp = m.getFunction("_setjmp");
        assertTrue(setjmp.getAttributes().returnsTwice);
        assertTrue(m.getFunction("longjmp").getAttributes().noReturn);
        assertTrue(m.getFunction("sum_ints").functionType.varArgs);
        assertTrue(m.getFunction("printf").functionType.varArgs);
        boolean sawVarargsCall = false;
        for (Function f : m.functions) {
            for (BasicBlock b : f.blocks()) {
                for (Instruction i : b.instructions) {
                    if (i instanceof Instruction.Call c && c.callee == m.getFunction("printf")) {
                        assertTrue(c.functionType.varArgs);
                        assertTrue(c.arguments.length > c.functionType.params.length);
                        sawVarargsCall = true;
                    }
                    if (i instanceof Instruction.Call c && c.callee == setjmp) {
                        assertTrue(c.attributes.returnsTwice);
                    }
                }
            }
        }
        assertTrue(sawVarargsCall);
        // the switch in classify (O0 keeps it)
        if (level.equals("-O0")) {
            Instruction.Switch sw = null;
            for (BasicBlock b : m.getFunction("classify").blocks()) {
                if (b.terminator() instanceof Instruction.Switch s) {
                    sw = s;
                }
            }
            assertNotNull(sw);
            List<Long> cases = new ArrayList<>();
            for (Constant.Int ci : sw.caseValues) {
                cases.add(ci.value);
            }
            assertEquals(List.of(0L, 1L, 2L, 7L, 100L), cases);
            assertTrue(localVariableNames(m.getFunction("sum_ints")).containsAll(List.of("count", "ap", "s", "i")));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("compilerLevels")
    void numericProgram(String compiler, String level) throws Exception {
        Module m = read(compile("numeric", compiler, level, "ll"));
        Constant.Float fs = assertInstanceOf(Constant.Float.class, m.getGlobal("fscale").getInitializer());
        assertEquals(2.5, fs.value);
        Constant.Data dv = assertInstanceOf(Constant.Data.class, m.getGlobal("dvalues").getInitializer());
        assertEquals(-0.1, Double.longBitsToDouble(dv.elements[1]));
        assertEquals(1e300, Double.longBitsToDouble(dv.elements[2]));
        Constant.Float ld = assertInstanceOf(Constant.Float.class, m.getGlobal("ldv").getInitializer());
        assertEquals(Type.X86_FP80, ld.getType());
        assertEquals(3.25, ld.value);
        assertEquals(10, ld.x87.length);
        Constant.Int wide = assertInstanceOf(Constant.Int.class, m.getGlobal("wide").getInitializer());
        assertEquals(new java.math.BigInteger("123456789abcdeffedcba9876543210", 16), wide.big);
        Constant.Int uwide = assertInstanceOf(Constant.Int.class, m.getGlobal("uwide").getInitializer());
        assertEquals(-1, uwide.big.intValue());
        // x86-64 passes __int128 as two i64 and returns it as { i64, i64 }
        assertEquals(new Type.StructType(null, false, new Type[] {Type.I64, Type.I64}), m.getFunction("mul128").functionType.returnType);
        assertEquals(4, m.getFunction("mul128").functionType.params.length);
        assertEquals(Type.X86_FP80, m.getFunction("ld_ops").functionType.returnType);

        Set<String> kinds = new HashSet<>();
        for (Function f : m.functions) {
            for (BasicBlock b : f.blocks()) {
                for (Instruction i : b.instructions) {
                    kinds.add(kind(i));
                    if (i instanceof Instruction.AtomicRMW rmw) {
                        assertNotNull(rmw.ordering);
                    }
                }
            }
        }
        assertTrue(kinds.containsAll(List.of("atomicrmw", "cmpxchg", "fence")), kinds.toString());
        if (level.equals("-O2")) {
            // the loops are vectorised: vector loads and shuffles/reductions appear
            boolean vectorLoad = false;
            for (BasicBlock b : m.getFunction("dot").blocks()) {
                for (Instruction i : b.instructions) {
                    vectorLoad |= i instanceof Instruction.Load l && l.getType() instanceof Type.VectorType;
                }
            }
            assertTrue(vectorLoad, "vectorised dot product");
        } else {
            assertTrue(kinds.contains("fneg") || kinds.contains("fsub"));
            assertTrue(localVariableNames(m.getFunction("mix")).containsAll(List.of("f", "d", "i", "u", "l")));
        }
    }

    // ---- malformed input ----

    @Test
    void malformedInputReportsPosition() {
        String bad = "define i32 @f(i32 %x) {\n  %y = add i32 %x,\n  ret i32 %y\n}\n";
        IrReadException e = assertThrows(IrReadException.class, () -> IrTextReader.read(bad, "bad.ll"));
        assertTrue(e.getMessage().startsWith("bad.ll:3:"), e.getMessage());
        assertTrue(e.getMessage().contains("expected"), e.getMessage());

        IrReadException e2 = assertThrows(IrReadException.class, () -> IrTextReader.read("define void @g() {\n  frobnicate i32 1\n}\n", "x.ll"));
        assertTrue(e2.getMessage().contains("x.ll:2:3"), e2.getMessage());

        IrReadException e3 = assertThrows(IrReadException.class, () -> IrTextReader.read("define void @g() {\n  ret i32 %nope\n}\n", "y.ll"));
        assertTrue(e3.getMessage().contains("%nope"), e3.getMessage());

        IrReadException e4 = assertThrows(IrReadException.class, () -> IrTextReader.read("@x = global i32 @missing\n", "z.ll"));
        assertTrue(e4.getMessage().contains("z.ll:1:"), e4.getMessage());

        assertThrows(IrReadException.class, () -> IrTextReader.read("@s = global [2 x i8] c\"ab\n", "s.ll"));
        assertThrows(IrReadException.class, () -> IrTextReader.read("!0 = !{!1}\n", "m.ll"));
    }

    @Test
    void handWrittenForwardReferencesAndConstants() {
        String src = """
                        %pair = type { i32, %pair* }
                        @g = global i32* getelementptr inbounds ([2 x i32], [2 x i32]* @arr, i64 0, i64 1)
                        @arr = internal constant [2 x i32] [i32 1, i32 2], align 4
                        @v = global <4 x i32> <i32 1, i32 2, i32 3, i32 4>
                        @s = global { i32, float } { i32 7, float 0x3FF8000000000000 }
                        @h = global half 0xH3C00
                        @neg = global double 0xC08EDD3B645A1CAC
                        @ldneg = global x86_fp80 0xKC000C000000000000000
                        @c = global i64 add (i64 ptrtoint (i32** @g to i64), i64 8)
                        define i32 @loop(i32 %n) {
                        entry:
                          br label %head
                        head:
                          %i = phi i32 [ 0, %entry ], [ %next, %head ]
                          %next = add nuw nsw i32 %i, 1
                          %v = call i32 @later(i32 %next)
                          %done = icmp sge i32 %next, %n
                          %sh = shufflevector <4 x i32> undef, <4 x i32> undef, <4 x i32> zeroinitializer
                          br i1 %done, label %exit, label %head
                        exit:
                          ret i32 %v
                        }
                        define i32 @later(i32 %x) {
                          ret i32 %x
                        }
                        """;
        Module m = IrTextReader.read(src, "hand.ll");
        Function loop = m.getFunction("loop");
        Instruction.Phi phi = (Instruction.Phi) loop.blocks().get(1).instructions.get(0);
        assertEquals(loop.blocks().get(1).instructions.get(1), phi.values[1]);
        assertEquals(loop.blocks().get(0), phi.blocks[0]);
        Instruction.Call call = (Instruction.Call) loop.blocks().get(1).instructions.get(2);
        assertEquals(m.getFunction("later"), call.callee);
        assertEquals(4, constantOffset(m.getGlobal("g").getInitializer(), m.getGlobal("arr")));
        assertInstanceOf(Constant.Data.class, m.getGlobal("v").getInitializer());
        Constant.Aggregate s = (Constant.Aggregate) m.getGlobal("s").getInitializer();
        assertEquals(1.5, ((Constant.Float) s.elements[1]).value);
        assertEquals(1.0, ((Constant.Float) m.getGlobal("h").getInitializer()).value);
        assertEquals(-987.654, ((Constant.Float) m.getGlobal("neg").getInitializer()).value);
        assertEquals(-3.0, ((Constant.Float) m.getGlobal("ldneg").getInitializer()).value);
        assertInstanceOf(Constant.Binary.class, m.getGlobal("c").getInitializer());
        Type.StructType pair = m.namedStructs.get("pair");
        assertEquals(new Type.PointerType(0, pair), pair.fields()[1]);
        String printed = ModulePrinter.print(m);
        assertTrue(printed.contains("phi i32 [ 0, %bb0 ], [ %2, %bb1 ]"), printed);
        assertEquals(printed, ModulePrinter.print(IrTextReader.read(src.replace("%i", "%renamed"), "hand2.ll")));
    }

    // ---- printer and cross-check with the bitcode reader ----

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("variants")
    void printerIsDeterministicAndNameIndependent(String program, String compiler, String level) throws Exception {
        Path ll = compile(program, compiler, level, "ll");
        String text = Files.readString(ll);
        String a = ModulePrinter.print(IrTextReader.read(text, "a"));
        assertEquals(a, ModulePrinter.print(IrTextReader.read(text, "b")));
        assertFalse(a.isEmpty());
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("variants")
    void textAndBitcodeReadersAgree(String program, String compiler, String level) throws Exception {
        Method readBc;
        try {
            Class<?> reader = Class.forName("dev.dsu.language.bitcode.BitcodeReader");
            readBc = reader.getMethod("read", byte[].class);
        } catch (ReflectiveOperationException | LinkageError e) {
            Assumptions.abort("no bitcode reader available");
            return;
        }
        Module fromText = read(compile(program, compiler, level, "ll"));
        Module fromBitcode = (Module) readBc.invoke(null, (Object) Files.readAllBytes(compile(program, compiler, level, "bc")));
        String t = ModulePrinter.print(fromText);
        String b = ModulePrinter.print(fromBitcode);
        if (!t.equals(b)) {
            // Known bitcode-reader issue (reported): its llvm.dbg.assign calls have the address and the
            // address expression swapped (LangRef order is value, var, expr, id, address, addr-expr).
            // Only that difference is tolerated, as a skip, so the test turns green once it is fixed.
            String mask = "(?m)^.*@llvm\\.dbg\\.assign\\(.*$";
            if (t.replaceAll(mask, "dbg.assign").equals(b.replaceAll(mask, "dbg.assign"))) {
                Assumptions.abort("only llvm.dbg.assign operand order differs (bitcode reader swaps address and address expression)");
            }
            String[] tl = t.split("\n");
            String[] bl = b.split("\n");
            for (int i = 0; i < Math.min(tl.length, bl.length); i++) {
                if (!tl[i].equals(bl[i])) {
                    assertEquals(tl[i], bl[i], "first difference at line " + (i + 1) + " (expected = text reader, actual = bitcode reader)");
                }
            }
            assertEquals(tl.length, bl.length, "line counts differ");
        }
    }
}
