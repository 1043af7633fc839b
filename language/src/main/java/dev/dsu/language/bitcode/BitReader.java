package dev.dsu.language.bitcode;

import dev.dsu.language.ir.IrReadException;

/**
 * Reads bit fields LSB-first from a byte range, as the LLVM bitstream (and the VBR-encoded
 * string lengths inside METADATA_STRINGS blobs) stores them.
 */
final class BitReader {
    private final byte[] data;
    private final long endBit;
    private long pos;

    BitReader(byte[] data, int startByte, int endByte) {
        this.data = data;
        this.pos = (long) startByte * 8;
        this.endBit = (long) endByte * 8;
    }

    long position() {
        return pos;
    }

    void seek(long bitPosition) {
        if (bitPosition < 0 || bitPosition > endBit) {
            throw new IrReadException("bitcode offset out of range: bit " + bitPosition);
        }
        pos = bitPosition;
    }

    long remainingBits() {
        return endBit - pos;
    }

    boolean atEnd() {
        return pos >= endBit;
    }

    long read(int width) {
        if (width == 0) {
            return 0;
        }
        if (width < 0 || width > 64) {
            throw new IrReadException("invalid bit field width " + width);
        }
        if (pos + width > endBit) {
            throw new IrReadException("unexpected end of bitcode");
        }
        long result = 0;
        int done = 0;
        while (done < width) {
            int byteIndex = (int) (pos >>> 3);
            int bitInByte = (int) (pos & 7);
            int take = Math.min(8 - bitInByte, width - done);
            long bits = ((data[byteIndex] & 0xFF) >>> bitInByte) & ((1 << take) - 1);
            result |= bits << done;
            done += take;
            pos += take;
        }
        return result;
    }

    long readVbr(int width) {
        if (width < 2 || width > 32) {
            throw new IrReadException("invalid VBR width " + width);
        }
        long hiBit = 1L << (width - 1);
        long mask = hiBit - 1;
        long result = 0;
        int shift = 0;
        while (true) {
            long piece = read(width);
            if (shift < 64) {
                result |= (piece & mask) << shift;
            }
            if ((piece & hiBit) == 0) {
                return result;
            }
            shift += width - 1;
            if (shift > 70) {
                throw new IrReadException("VBR value too long");
            }
        }
    }

    void alignTo32() {
        long aligned = (pos + 31) & ~31L;
        if (aligned > endBit) {
            throw new IrReadException("unexpected end of bitcode");
        }
        pos = aligned;
    }

    /** Bytes from the current (byte-aligned) position; the caller advances. */
    byte[] bytes(int count) {
        if ((pos & 7) != 0 || count < 0 || pos + (long) count * 8 > endBit) {
            throw new IrReadException("unexpected end of bitcode in blob");
        }
        int start = (int) (pos >>> 3);
        byte[] out = new byte[count];
        System.arraycopy(data, start, out, 0, count);
        pos += (long) count * 8;
        return out;
    }
}
