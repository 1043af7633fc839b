package dev.dsu.language.ir;

/** Malformed or unsupported input found while reading a module; the message says what and where. */
public final class IrReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IrReadException(String message) {
        super(message);
    }
}
