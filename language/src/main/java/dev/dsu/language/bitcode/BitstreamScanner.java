package dev.dsu.language.bitcode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.dsu.language.ir.IrReadException;

/**
 * Knows only the generic bitstream container: abbreviations, the BLOCKINFO block, nesting and
 * alignment. What records mean is left to the {@link BlockListener}s.
 */
final class BitstreamScanner {
    private static final int END_BLOCK = 0;
    private static final int ENTER_SUBBLOCK = 1;
    private static final int DEFINE_ABBREV = 2;
    private static final int UNABBREV_RECORD = 3;

    private static final int BLOCKINFO_SETBID = 1;

    /**
     * Where a block is: a top-level block found by {@link #topLevelBlocks}, or a nested block a
     * listener deferred. Its body can be parsed later, in any order, with {@link #parse}.
     */
    record TopBlock(int id, int abbrevWidth, long bodyStart, long end) {
    }

    private final BitReader in;
    private final Map<Integer, List<Abbreviation>> blockInfo = new HashMap<>();
    private final Record record = new Record();

    BitstreamScanner(BitReader in) {
        this.in = in;
    }

    /**
     * Top-level blocks are listed first because the string table that names the module's
     * symbols comes after the module block.
     */
    List<TopBlock> topLevelBlocks() {
        List<TopBlock> blocks = new ArrayList<>();
        while (in.remainingBits() >= 32) {
            long start = in.position();
            long abbrevId = in.read(2);
            if (abbrevId != ENTER_SUBBLOCK) {
                // Trailing zero padding (e.g. inside a wrapper) ends the stream.
                in.seek(start);
                if (allZero()) {
                    break;
                }
                throw new IrReadException("expected a top-level block at bit " + start + " but found abbreviation id " + abbrevId);
            }
            int blockId = (int) in.readVbr(8);
            int width = (int) in.readVbr(4);
            in.alignTo32();
            long words = in.read(32);
            long bodyStart = in.position();
            long end = bodyStart + words * 32;
            if (end > bodyStart + in.remainingBits()) {
                throw new IrReadException("block " + blockId + " extends past the end of the bitcode");
            }
            blocks.add(new TopBlock(blockId, width, bodyStart, end));
            in.seek(end);
        }
        return blocks;
    }

    private boolean allZero() {
        while (in.remainingBits() >= 8) {
            if (in.read(8) != 0) {
                return false;
            }
        }
        return true;
    }

    void parse(TopBlock block, BlockListener listener) {
        in.seek(block.bodyStart());
        readBlock(block.id(), block.abbrevWidth(), block.end(), listener);
    }

    private void readBlock(int blockId, int abbrevWidth, long end, BlockListener listener) {
        if (abbrevWidth < 1 || abbrevWidth > 32) {
            throw new IrReadException("invalid abbreviation width " + abbrevWidth + " in block " + blockId);
        }
        List<Abbreviation> abbrevs = new ArrayList<>(blockInfo.getOrDefault(blockId, List.of()));
        int blockInfoTarget = -1;
        while (true) {
            if (in.position() >= end) {
                throw new IrReadException("block " + blockId + " is missing its END_BLOCK");
            }
            int id = (int) in.read(abbrevWidth);
            switch (id) {
                case END_BLOCK -> {
                    in.alignTo32();
                    if (blockId != BlockIds.BLOCKINFO) {
                        listener.exitBlock();
                    }
                    return;
                }
                case ENTER_SUBBLOCK -> {
                    int subId = (int) in.readVbr(8);
                    int subWidth = (int) in.readVbr(4);
                    in.alignTo32();
                    long words = in.read(32);
                    long subEnd = in.position() + words * 32;
                    if (subEnd > end) {
                        throw new IrReadException("block " + subId + " extends past its parent block " + blockId);
                    }
                    if (subId == BlockIds.BLOCKINFO) {
                        readBlock(subId, subWidth, subEnd, null);
                    } else {
                        if (listener != null && listener.defers(subId)) {
                            listener.deferred(new TopBlock(subId, subWidth, in.position(), subEnd));
                            in.seek(subEnd);
                            continue;
                        }
                        BlockListener sub = listener == null ? null : listener.enterBlock(subId);
                        if (sub == null) {
                            in.seek(subEnd);
                        } else {
                            readBlock(subId, subWidth, subEnd, sub);
                        }
                    }
                }
                case DEFINE_ABBREV -> {
                    Abbreviation a = Abbreviation.read(in);
                    if (blockId == BlockIds.BLOCKINFO) {
                        if (blockInfoTarget < 0) {
                            throw new IrReadException("DEFINE_ABBREV in BLOCKINFO before SETBID");
                        }
                        blockInfo.computeIfAbsent(blockInfoTarget, k -> new ArrayList<>()).add(a);
                    } else {
                        abbrevs.add(a);
                    }
                }
                case UNABBREV_RECORD -> {
                    int code = (int) in.readVbr(6);
                    long count = in.readVbr(6);
                    if (count < 0 || count > in.remainingBits()) {
                        throw new IrReadException("invalid operand count " + count + " in block " + blockId);
                    }
                    record.reset(code);
                    for (long i = 0; i < count; i++) {
                        record.add(in.readVbr(6));
                    }
                    blockInfoTarget = deliver(blockId, listener, blockInfoTarget);
                }
                default -> {
                    int index = id - 4;
                    if (index < 0 || index >= abbrevs.size()) {
                        throw new IrReadException("undefined abbreviation id " + id + " in block " + blockId);
                    }
                    readAbbreviated(abbrevs.get(index));
                    blockInfoTarget = deliver(blockId, listener, blockInfoTarget);
                }
            }
        }
    }

    private int deliver(int blockId, BlockListener listener, int blockInfoTarget) {
        if (blockId == BlockIds.BLOCKINFO) {
            if (record.code == BLOCKINFO_SETBID) {
                return record.getInt(0);
            }
            return blockInfoTarget; // BLOCKNAME / SETRECORDNAME are informational
        }
        listener.record(record);
        return blockInfoTarget;
    }

    private void readAbbreviated(Abbreviation abbrev) {
        Abbreviation.Operand[] ops = abbrev.operands;
        if (ops.length == 0) {
            throw new IrReadException("empty abbreviation");
        }
        Abbreviation.Operand first = ops[0];
        if (first.kind() == Abbreviation.Kind.ARRAY || first.kind() == Abbreviation.Kind.BLOB) {
            throw new IrReadException("abbreviation starts with an array or blob");
        }
        record.reset((int) scalar(first));
        for (int i = 1; i < ops.length; i++) {
            Abbreviation.Operand op = ops[i];
            switch (op.kind()) {
                case ARRAY -> {
                    long len = in.readVbr(6);
                    if (len < 0 || len > in.remainingBits()) {
                        throw new IrReadException("invalid array length " + len);
                    }
                    Abbreviation.Operand element = ops[++i];
                    for (long j = 0; j < len; j++) {
                        record.add(scalar(element));
                    }
                }
                case BLOB -> {
                    long len = in.readVbr(6);
                    if (len < 0 || len * 8 > in.remainingBits()) {
                        throw new IrReadException("invalid blob length " + len);
                    }
                    in.alignTo32();
                    record.blob = in.bytes((int) len);
                    in.alignTo32();
                }
                default -> record.add(scalar(op));
            }
        }
    }

    private long scalar(Abbreviation.Operand op) {
        return switch (op.kind()) {
            case LITERAL -> op.value();
            case FIXED -> in.read((int) op.value());
            case VBR -> op.value() == 0 ? 0 : in.readVbr((int) op.value());
            case CHAR6 -> char6((int) in.read(6));
            default -> throw new IrReadException("array or blob used as a scalar operand");
        };
    }

    private static long char6(int v) {
        if (v < 26) {
            return 'a' + v;
        } else if (v < 52) {
            return 'A' + v - 26;
        } else if (v < 62) {
            return '0' + v - 52;
        } else if (v == 62) {
            return '.';
        }
        return '_';
    }
}
