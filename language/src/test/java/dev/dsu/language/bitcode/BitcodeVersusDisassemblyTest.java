package dev.dsu.language.bitcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.dsu.language.ir.BasicBlock;
import dev.dsu.language.ir.Function;
import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.Metadata;
import dev.dsu.language.ir.Module;
import dev.dsu.language.ir.Value;

/**
 * Reads every test program as compiled by clang 14 and clang 19 at -O0, -O1 and -O2 (with -g) and
 * checks each function's instruction sequence, block count and source lines against llvm-dis.
 */
class BitcodeVersusDisassemblyTest {
    static final List<String> PROGRAMS = List.of("structs.c", "control.c", "numeric.c", "debuginfo.c");

    static Stream<Arguments> builds() {
        List<Arguments> args = new ArrayList<>();
        for (String p : PROGRAMS) {
            for (Toolchain.Compiler c : Toolchain.Compiler.values()) {
                for (String opt : List.of("-O0", "-O1", "-O2")) {
                    args.add(Arguments.of(p, c, opt));
                }
            }
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("builds")
    void instructionsMatchDisassembly(String program, Toolchain.Compiler compiler, String opt) throws Exception {
        Path bc = Toolchain.compile(program, compiler, opt);
        Module m = BitcodeReader.read(Files.readAllBytes(bc), false);
        Map<String, Toolchain.DisFunction> expected = Toolchain.functions(Toolchain.disassemble(bc, compiler));
        assertFalse(expected.isEmpty());
        int defined = 0;
        for (Function f : m.functions) {
            if (f.isDeclaration()) {
                assertTrue(f.blocks().isEmpty(), f.getName());
                assertTrue(!expected.containsKey(f.getName()), "declared but defined in text: " + f.getName());
                continue;
            }
            defined++;
            Toolchain.DisFunction d = expected.get(f.getName());
            assertNotNull(d, "no text for function " + f.getName());
            List<String> kinds = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (int i = 0; i < f.blocks().size(); i++) {
                BasicBlock b = f.blocks().get(i);
                assertEquals(i, b.index);
                assertTrue(b.terminator() != null && b.terminator().isTerminator(), "block " + i + " of " + f.getName() + " is not terminated");
                for (Instruction inst : b.instructions) {
                    kinds.add(kind(inst));
                    lines.add(inst.getDebugLocation() instanceof Metadata.DILocation l ? l.line : -1);
                    assertNoForwardRefs(inst);
                }
            }
            assertEquals(d.kinds(), kinds, "instruction kinds of " + f.getName());
            assertEquals(d.lines(), lines, "debug lines of " + f.getName());
            long terminators = d.kinds().stream().filter(k -> List.of("ret", "br", "switch", "indirectbr", "unreachable").contains(k)).count();
            assertEquals(terminators, f.blocks().size(), "block count of " + f.getName());
            assertEquals(f.functionType.params.length, f.arguments.size());
        }
        assertEquals(expected.size(), defined, "number of defined functions");
    }

    private static void assertNoForwardRefs(Instruction inst) {
        for (java.lang.reflect.Field field : inst.getClass().getFields()) {
            try {
                Object v = field.get(inst);
                if (v instanceof Value[] vs) {
                    for (Value x : vs) {
                        assertFalse(x instanceof ForwardRef, "unresolved operand in " + inst);
                    }
                } else {
                    assertFalse(v instanceof ForwardRef, "unresolved operand in " + inst);
                }
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
    }

    static String kind(Instruction inst) {
        return switch (inst) {
            case Instruction.Binary b -> b.op.name().toLowerCase();
            case Instruction.Cast c -> c.op.name().toLowerCase();
            case Instruction.Compare c -> c.predicate.isFloat() ? "fcmp" : "icmp";
            case Instruction.FNeg x -> "fneg";
            case Instruction.Select x -> "select";
            case Instruction.Alloca x -> "alloca";
            case Instruction.Load x -> "load";
            case Instruction.Store x -> "store";
            case Instruction.GetElementPtr x -> "getelementptr";
            case Instruction.Call x -> "call";
            case Instruction.Phi x -> "phi";
            case Instruction.ExtractValue x -> "extractvalue";
            case Instruction.InsertValue x -> "insertvalue";
            case Instruction.ExtractElement x -> "extractelement";
            case Instruction.InsertElement x -> "insertelement";
            case Instruction.ShuffleVector x -> "shufflevector";
            case Instruction.AtomicRMW x -> "atomicrmw";
            case Instruction.CmpXchg x -> "cmpxchg";
            case Instruction.Fence x -> "fence";
            case Instruction.VaArg x -> "va_arg";
            case Instruction.Freeze x -> "freeze";
            case Instruction.Ret x -> "ret";
            case Instruction.Br x -> "br";
            case Instruction.Switch x -> "switch";
            case Instruction.IndirectBr x -> "indirectbr";
            case Instruction.Unreachable x -> "unreachable";
            default -> inst.getClass().getSimpleName();
        };
    }
}
