package dev.dsu.language.libc;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;

import dev.dsu.nodes.update.UpdateUnwind;

/**
 * Standard input of a program that may be updated: a pump thread reads ahead into memory, and a
 * reader waiting for data checks for update requests. Data the pump has read stays queued until
 * a read takes it, so an update while blocked loses nothing.
 */
final class BlockingInput {
    private static final long POLL_MILLIS = 20;

    private final InputStream in;
    private final UpdateYield yield;
    private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
    private int firstChunkOffset;
    private boolean eof;
    private IOException failure;
    private Thread pump;

    BlockingInput(InputStream in, UpdateYield yield) {
        this.in = in;
        this.yield = yield;
    }

    synchronized int read(byte[] b, int off, int len, boolean mayYield) throws IOException {
        startPump();
        while (chunks.isEmpty()) {
            if (failure != null) {
                throw failure;
            }
            if (eof) {
                return 0;
            }
            if (mayYield && yield.updateRequested("waiting for input")) {
                throw new UpdateUnwind("blocked in input");
            }
            try {
                wait(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
        }
        byte[] chunk = chunks.peekFirst();
        int n = Math.min(len, chunk.length - firstChunkOffset);
        System.arraycopy(chunk, firstChunkOffset, b, off, n);
        firstChunkOffset += n;
        if (firstChunkOffset == chunk.length) {
            chunks.pollFirst();
            firstChunkOffset = 0;
        }
        return n;
    }

    private void startPump() {
        if (pump != null) {
            return;
        }
        pump = new Thread(this::pump, "dsu-stdin");
        pump.setDaemon(true);
        pump.start();
    }

    private void pump() {
        byte[] buffer = new byte[8192];
        while (true) {
            int n;
            try {
                n = in.read(buffer);
            } catch (IOException e) {
                synchronized (this) {
                    failure = e;
                    notifyAll();
                }
                return;
            }
            synchronized (this) {
                if (n < 0) {
                    eof = true;
                    notifyAll();
                    return;
                }
                if (n > 0) {
                    chunks.addLast(java.util.Arrays.copyOf(buffer, n));
                    notifyAll();
                }
            }
        }
    }
}
