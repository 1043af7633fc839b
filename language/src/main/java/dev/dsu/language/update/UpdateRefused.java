package dev.dsu.language.update;

/** The update cannot be applied; nothing of the running program has changed. */
public final class UpdateRefused extends Exception {
    private static final long serialVersionUID = 1L;

    public UpdateRefused(String reason) {
        super(reason);
    }
}
