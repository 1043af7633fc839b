package dev.dsu.nodes.update;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.dsu.nodes.CThreadState;

/** The update checks run from a request until its update is over, then stop, and a later request starts them again. */
class UpdateHookTest {
    private static final class Hook extends UpdateHook {
        @Override
        public boolean isUpdatable() {
            return true;
        }

        @Override
        public boolean arrive(String function, String point) {
            return false;
        }

        @Override
        public RestoredFrame takeRestoredFrame(CThreadState thread, String function) {
            return null;
        }

        void request() {
            startChecking();
        }

        void over() {
            stopChecking();
        }
    }

    @Test
    void checksRunOnlyWhileAnUpdateIsPending() {
        Hook hook = new Hook();
        assertFalse(hook.checking(), "nothing requested yet");
        hook.request();
        assertTrue(hook.checking(), "requested");
        hook.over();
        assertFalse(hook.checking(), "over: a program updated once runs without the checks again");
        hook.request();
        assertTrue(hook.checking(), "a second request is noticed");
        hook.over();
        assertFalse(hook.checking());
    }
}
