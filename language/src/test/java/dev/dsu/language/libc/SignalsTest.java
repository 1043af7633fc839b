package dev.dsu.language.libc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dsu.nodes.control.ProgramExit;

class SignalsTest {
    private static final long SIGUSR1 = 10, SIGTERM = 15, SIGCHLD = 17, SIG_BLOCK = 0, SIG_UNBLOCK = 1;

    @Test
    void raiseRunsTheHandlerAndSignalReturnsThePreviousOne() {
        LibcTestSupport t = new LibcTestSupport();
        List<Long> seen = new ArrayList<>();
        long h = t.function((a, loc) -> {
            seen.add(Args.l(a, 0));
            return null;
        });
        assertEquals(0L, t.callL("signal", SIGUSR1, h));
        assertEquals(0L, t.callL("raise", SIGUSR1));
        assertEquals(h, t.callL("signal", SIGUSR1, 1L));
        t.callL("raise", SIGUSR1); // ignored
        assertEquals(List.of(SIGUSR1), seen);
        t.callL("raise", SIGCHLD); // default: ignored
        ProgramExit e = assertThrows(ProgramExit.class, () -> t.call("raise", SIGTERM));
        assertEquals(128 + 15, e.getStatus());
    }

    @Test
    void aBlockedSignalWaitsUntilUnblocked() {
        LibcTestSupport t = new LibcTestSupport();
        List<Long> seen = new ArrayList<>();
        t.call("signal", SIGUSR1, t.function((a, loc) -> {
            seen.add(Args.l(a, 0));
            return null;
        }));
        long set = t.alloc(128);
        t.call("sigemptyset", set);
        t.call("sigaddset", set, SIGUSR1);
        assertEquals(1L, t.callL("sigismember", set, SIGUSR1));
        t.call("sigprocmask", SIG_BLOCK, set, 0L);
        t.call("raise", SIGUSR1);
        assertEquals(List.of(), seen);
        t.call("sigprocmask", SIG_UNBLOCK, set, 0L);
        assertEquals(List.of(SIGUSR1), seen);
    }

    @Test
    void abortRunsTheSigabrtHandlerThenDies() {
        LibcTestSupport t = new LibcTestSupport();
        List<Long> seen = new ArrayList<>();
        t.call("signal", 6L, t.function((a, loc) -> {
            seen.add(Args.l(a, 0));
            return null;
        }));
        ProgramExit e = assertThrows(ProgramExit.class, () -> t.call("abort"));
        assertEquals(134, e.getStatus());
        assertEquals(List.of(6L), seen);
    }

    @Test
    void strsignalMatchesGlibc() throws Exception {
        StringBuilder c = new StringBuilder("#define _GNU_SOURCE\n#include <stdio.h>\n#include <string.h>\nint main(void){ for (int s = 0; s <= 66; s++) printf(\"%s\\n\", strsignal(s)); return 0; }\n");
        String expected = LibcTestSupport.runC(c.toString(), "");
        LibcTestSupport t = new LibcTestSupport();
        StringBuilder ours = new StringBuilder();
        for (long s = 0; s <= 66; s++) {
            ours.append(t.str(t.callL("strsignal", s))).append('\n');
        }
        assertEquals(expected, ours.toString());
    }
}
