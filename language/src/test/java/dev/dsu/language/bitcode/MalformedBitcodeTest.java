package dev.dsu.language.bitcode;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.dsu.language.ir.IrReadException;

/** Broken input must end in an IrReadException, never in another exception or a hang. */
class MalformedBitcodeTest {

    @Test
    void garbage() {
        assertThrows(IrReadException.class, () -> BitcodeReader.read(new byte[0]));
        assertThrows(IrReadException.class, () -> BitcodeReader.read("int main() { return 0; }".getBytes()));
        byte[] random = new byte[4096];
        new Random(1).nextBytes(random);
        assertThrows(IrReadException.class, () -> BitcodeReader.read(random, false));
        random[0] = 'B';
        random[1] = 'C';
        random[2] = (byte) 0xC0;
        random[3] = (byte) 0xDE;
        assertThrows(IrReadException.class, () -> BitcodeReader.read(random, false));
    }

    @Test
    void truncated() throws Exception {
        for (Toolchain.Compiler c : Toolchain.Compiler.values()) {
            byte[] bc = Files.readAllBytes(Toolchain.compile("structs.c", c, "-O0"));
            BitcodeReader.read(bc, false);
            for (int len = 0; len < bc.length; len += Math.max(1, bc.length / 97)) {
                byte[] cut = Arrays.copyOf(bc, len);
                assertThrows(IrReadException.class, () -> BitcodeReader.read(cut, false), "length " + len);
            }
        }
    }

    @Test
    void corrupted() throws Exception {
        Random rnd = new Random(42);
        for (Toolchain.Compiler c : Toolchain.Compiler.values()) {
            byte[] bc = Files.readAllBytes(Toolchain.compile("control.c", c, "-O2"));
            for (int round = 0; round < 200; round++) {
                byte[] copy = bc.clone();
                for (int k = 0; k < 1 + round % 4; k++) {
                    int at = 4 + rnd.nextInt(copy.length - 4);
                    copy[at] ^= (byte) (1 << rnd.nextInt(8));
                }
                try {
                    BitcodeReader.read(copy, false);
                } catch (IrReadException expected) {
                    // either outcome is fine, as long as nothing else escapes
                }
            }
        }
    }

    @Test
    void unsupportedInlineAsmNamesTheFunction() throws Exception {
        for (Toolchain.Compiler c : Toolchain.Compiler.values()) {
            byte[] bc = Files.readAllBytes(Toolchain.compile("inline_asm.c", c, "-O0"));
            IrReadException e = assertThrows(IrReadException.class, () -> BitcodeReader.read(bc, false));
            org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("inline asm") && e.getMessage().contains("@with_asm"), e.getMessage());
        }
    }

    /** Read lazily, the module loads; the bad body fails, with the same message, when first needed, and every time after. */
    @Test
    void unsupportedCodeInALazyBodyFailsWhenTheBodyIsNeeded() throws Exception {
        for (Toolchain.Compiler c : Toolchain.Compiler.values()) {
            byte[] bc = Files.readAllBytes(Toolchain.compile("inline_asm.c", c, "-O0"));
            dev.dsu.language.ir.Module m = BitcodeReader.read(bc);
            dev.dsu.language.ir.Function f = m.getFunction("with_asm");
            org.junit.jupiter.api.Assertions.assertFalse(f.isDeclaration());
            for (int attempt = 0; attempt < 2; attempt++) {
                IrReadException e = assertThrows(IrReadException.class, f::blocks);
                org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("inline asm") && e.getMessage().contains("@with_asm"), e.getMessage());
            }
        }
    }

    /** Corrupt function bodies read lazily give IrReadException when needed, never anything else. */
    @Test
    void corruptedLazyBodies() throws Exception {
        Random rnd = new Random(7);
        for (Toolchain.Compiler c : Toolchain.Compiler.values()) {
            byte[] bc = Files.readAllBytes(Toolchain.compile("control.c", c, "-O2"));
            for (int round = 0; round < 200; round++) {
                byte[] copy = bc.clone();
                for (int k = 0; k < 1 + round % 4; k++) {
                    int at = 4 + rnd.nextInt(copy.length - 4);
                    copy[at] ^= (byte) (1 << rnd.nextInt(8));
                }
                try {
                    BitcodeReader.read(copy).materializeAll();
                } catch (IrReadException expected) {
                    // either outcome is fine, as long as nothing else escapes
                }
            }
        }
    }

    @Test
    void wrapperHeader() throws Exception {
        byte[] bc = Files.readAllBytes(Toolchain.compile("numeric.c", Toolchain.Compiler.CLANG19, "-O0"));
        byte[] wrapped = new byte[20 + bc.length + 8];
        int[] header = {0x0B17C0DE, 0, 20, bc.length, 7};
        for (int i = 0; i < header.length; i++) {
            for (int b = 0; b < 4; b++) {
                wrapped[i * 4 + b] = (byte) (header[i] >>> (8 * b));
            }
        }
        System.arraycopy(bc, 0, wrapped, 20, bc.length);
        org.junit.jupiter.api.Assertions.assertNotNull(BitcodeReader.read(wrapped).getFunction("main"));
    }
}
