package dev.dsu.language;

import com.oracle.truffle.api.exception.AbstractTruffleException;

/** The program could not be loaded (malformed or unsupported IR, unresolved symbols): reported before it runs. */
public final class LoadError extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    public LoadError(String message) {
        super(message);
    }
}
