package dev.dsu.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** longjmp unwinding to the activation that called setjmp; caught by that activation's root. */
public final class LongjmpException extends ControlFlowException {
    private static final long serialVersionUID = 1L;

    public final long activation;
    public final int site;
    public final long value;

    public LongjmpException(long activation, int site, long value) {
        this.activation = activation;
        this.site = site;
        this.value = value;
    }
}
