package dev.dsu.nodes.control;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;

/** A program the runtime cannot go on with (an undefined function called, an unsupported operation reached). */
public final class CRuntimeError extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    public CRuntimeError(String message, Node location) {
        super(message, location);
    }
}
