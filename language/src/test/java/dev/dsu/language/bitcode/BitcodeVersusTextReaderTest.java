package dev.dsu.language.bitcode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.dsu.language.ir.ModulePrinter;
import dev.dsu.language.text.IrTextReader;

/**
 * The bitcode reader and the textual IR reader (fed with llvm-dis output of the same file) must
 * build the same model, as far as ModulePrinter shows it: types, constants, operands, attributes,
 * debug locations.
 */
class BitcodeVersusTextReaderTest {

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("dev.dsu.language.bitcode.BitcodeVersusDisassemblyTest#builds")
    void sameModelAsTextReader(String program, Toolchain.Compiler compiler, String opt) throws Exception {
        Path bc = Toolchain.compile(program, compiler, opt);
        String fromBitcode = ModulePrinter.print(BitcodeReader.read(Files.readAllBytes(bc)));
        String fromText = ModulePrinter.print(IrTextReader.read(Toolchain.disassemble(bc, compiler), bc.toString()));
        assertEquals(fromText, fromBitcode);
    }
}
