package dev.dsu.nodes.control;

import com.oracle.truffle.api.exception.AbstractTruffleException;

/** exit(), abort() or return from main: unwinds every C frame and ends the program with a status. */
public final class ProgramExit extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private final int status;

    public ProgramExit(int status) {
        super("exit(" + status + ")");
        this.status = status;
    }

    public int getStatus() {
        return status;
    }
}
