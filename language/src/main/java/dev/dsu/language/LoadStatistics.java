package dev.dsu.language;

import java.lang.management.ManagementFactory;

/**
 * What loading a module cost, for `dsu run --load-stats`: reading the bitcode, linking it, and
 * getting main ready to run (translating it), apart from the JVM's and the engine's start-up,
 * which no module size changes.
 */
record LoadStatistics(String name, long bytes, int functions, long parseStartNanos, long readNanos, long linkedNanos) {
    String report(long mainReadyNanos, int translated) {
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        double mb = bytes / 1e6;
        double loadMs = (mainReadyNanos - parseStartNanos) / 1e6;
        return String.format("dsu: loaded %s: %.3f MB, %d functions; read %.1f ms, link %.1f ms, main ready %.1f ms after the start of reading"
                        + " (%.0f ms per MB; %d of %d functions translated so far); %d ms since the JVM started",
                        name, mb, functions, (readNanos - parseStartNanos) / 1e6, (linkedNanos - readNanos) / 1e6, loadMs, mb > 0 ? loadMs / mb : 0.0,
                        translated, functions, sinceJvmStart);
    }
}
