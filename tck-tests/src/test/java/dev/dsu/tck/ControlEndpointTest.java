package dev.dsu.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * An update from another process: `dsu run --control SOCKET` serves a long-running program,
 * `dsu update SOCKET NEW` updates it; a refused update leaves it running unchanged.
 */
class ControlEndpointTest {
    static final Path COUNTER = Path.of("../examples-c/counter").toAbsolutePath().normalize();

    @Test
    void updatesARunningProgramFromAnotherProcess() throws Exception {
        assumeTrue(Toolchain.available("clang"), "clang is not installed");
        Path work = LauncherTest.WORK;
        Files.createDirectories(work);
        Path socket = work.resolve("counter.sock");
        Files.deleteIfExists(socket);
        Path out = work.resolve("counter.out");
        Path err = work.resolve("counter.err");
        ProcessBuilder pb = new ProcessBuilder(LauncherTest.DSU.toString(), "run", "--control", socket.toString(), COUNTER.resolve("v1.c").toString(), "forever")
                        .directory(work.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("DSU_SKIP_BUILD", "1");
        pb.environment().put("XDG_CACHE_HOME", work.resolve("cache").toString());
        Process program = pb.start();
        try {
            waitFor(() -> Files.exists(socket) && Files.readString(out).contains("request 2 "), 60);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)), "only the owner may use the endpoint");

            Path broken = Files.writeString(work.resolve("broken.ll"), "this is not IR\n");
            LauncherTest.Run refused = LauncherTest.dsu("", "update", socket.toString(), broken.toString());
            assertEquals(1, refused.status());
            assertTrue(refused.out().startsWith("REFUSED"), refused.out());
            // the new version is read before the program is asked to stop: a bad file never pauses it
            assertTrue(refused.out().contains("it was not stopped"), refused.out());

            LauncherTest.Run updated = LauncherTest.dsu("", "update", socket.toString(), COUNTER.resolve("v2.c").toString());
            assertEquals(0, updated.status(), updated.out() + updated.err());
            assertTrue(updated.out().contains("1 globals transformed"), updated.out());
            assertTrue(updated.out().strip().endsWith("OK"), updated.out());
            assertTrue(updated.out().contains("translated in") && updated.out().contains("while the program ran"), updated.out());

            waitFor(() -> Files.readString(out).contains("error rate"), 30);

            // a second update on top of the first: v2 -> v3 adds another member
            LauncherTest.Run second = LauncherTest.dsu("", "update", socket.toString(), COUNTER.resolve("v3.c").toString());
            assertEquals(0, second.status(), second.out() + second.err());
            waitFor(() -> Files.readString(out).contains(" max="), 30);
        } finally {
            program.destroy();
            program.waitFor(10, TimeUnit.SECONDS);
        }
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        int firstV2 = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("error rate")) {
                firstV2 = i;
                break;
            }
        }
        assertTrue(firstV2 > 0, String.join("\n", lines));
        // the request counter lives on in the transformed global: no request is counted twice or lost
        String last = lines.get(firstV2 - 1);
        int before = Integer.parseInt(last.substring("request ".length(), last.indexOf(' ', "request ".length())));
        assertTrue(lines.get(firstV2).startsWith("request " + (before + 1) + " -> "), lines.get(firstV2));
        assertTrue(lines.get(firstV2).contains("(requests=" + (before + 1) + " total="), lines.get(firstV2));
        assertTrue(Files.readString(err).contains("dsu: updated to"), Files.readString(err));
        int firstV3 = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(" max=")) {
                firstV3 = i;
                break;
            }
        }
        String beforeV3 = lines.get(firstV3 - 1);
        assertTrue(beforeV3.contains("error rate") && !beforeV3.contains("max="), beforeV3);
        int n = Integer.parseInt(beforeV3.substring("request ".length(), beforeV3.indexOf(' ', "request ".length())));
        assertTrue(lines.get(firstV3).startsWith("request " + (n + 1) + " -> "), lines.get(firstV3));
    }

    @Test
    void updatesAProgramBlockedReadingInputWithoutLosingInput() throws Exception {
        assumeTrue(Toolchain.available("clang"), "clang is not installed");
        Path reader = Path.of("../examples-c/reader").toAbsolutePath().normalize();
        Path work = LauncherTest.WORK;
        Files.createDirectories(work);
        Path socket = work.resolve("reader.sock");
        Files.deleteIfExists(socket);
        Path out = work.resolve("reader.out");
        ProcessBuilder pb = new ProcessBuilder(LauncherTest.DSU.toString(), "run", "--control", socket.toString(), reader.resolve("v1.c").toString())
                        .directory(work.toFile()).redirectOutput(out.toFile()).redirectError(work.resolve("reader.err").toFile());
        pb.environment().put("DSU_SKIP_BUILD", "1");
        pb.environment().put("XDG_CACHE_HOME", work.resolve("cache").toString());
        Process program = pb.start();
        try (java.io.OutputStream stdin = program.getOutputStream()) {
            stdin.write("alpha\nbeta\n".getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            waitFor(() -> Files.exists(socket) && Files.readString(out).contains("line 2: beta"), 60);
            // the program now waits in fgets: the update must not wait for input
            LauncherTest.Run updated = LauncherTest.dsu("", "update", socket.toString(), reader.resolve("v2.c").toString());
            assertEquals(0, updated.status(), updated.out() + updated.err());
            assertTrue(updated.out().contains("at a library call waiting for input"), updated.out());
            stdin.write("gamma\ndelta\n".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(program.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, program.exitValue());
        assertEquals("ready\nv1 line 1: alpha\nv1 line 2: beta\nv2 line 3: [gamma] (5 chars)\nv2 line 4: [delta] (5 chars)\nv2 done after 4 lines\n",
                        Files.readString(out));
    }

    @Test
    void updatesASleepingProgramWithoutWaitingForTheSleep() throws Exception {
        assumeTrue(Toolchain.available("clang"), "clang is not installed");
        Path dir = Path.of("src/test/resources/blocking").toAbsolutePath();
        Path work = LauncherTest.WORK;
        Files.createDirectories(work);
        Path socket = work.resolve("sleeper.sock");
        Files.deleteIfExists(socket);
        Path out = work.resolve("sleeper.out");
        ProcessBuilder pb = new ProcessBuilder(LauncherTest.DSU.toString(), "run", "--control", socket.toString(), dir.resolve("sleep_v1.c").toString())
                        .directory(work.toFile()).redirectOutput(out.toFile()).redirectError(work.resolve("sleeper.err").toFile());
        pb.environment().put("DSU_SKIP_BUILD", "1");
        pb.environment().put("XDG_CACHE_HOME", work.resolve("cache").toString());
        Process program = pb.start();
        waitFor(() -> Files.exists(socket) && Files.readString(out).contains("going to sleep"), 60);
        // had the update waited for sleep() to return, main would have returned with no update point left
        LauncherTest.Run updated = LauncherTest.dsu("", "update", socket.toString(), dir.resolve("sleep_v2.c").toString());
        assertEquals(0, updated.status(), updated.out() + updated.err());
        assertTrue(updated.out().contains("at a library call sleeping"), updated.out());
        assertTrue(program.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, program.exitValue());
        assertEquals("v1 going to sleep\nv2 awake\n", Files.readString(out));
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    static void waitFor(Condition c, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!c.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting");
            }
            Thread.sleep(100);
        }
    }
}
