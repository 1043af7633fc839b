package dev.dsu.language.translate;

import java.util.Map;

import dev.dsu.language.ir.BinOp;
import dev.dsu.language.ir.CastOp;
import dev.dsu.language.ir.Constant;
import dev.dsu.language.ir.DataLayout;
import dev.dsu.language.ir.Type;
import dev.dsu.nodes.memory.Heap;
import dev.dsu.nodes.memory.ValueCodec;

/** Writes a global's initializer into its memory object, walking arrays and structs by layout. */
final class InitializerWriter {
    private final Heap heap;
    private final DataLayout layout;
    private final TypeMapping types;
    private final ConstantEvaluator evaluator;
    private final Map<Long, Long> relativeDifferences;

    InitializerWriter(Heap heap, TypeMapping types, ConstantEvaluator evaluator, Map<Long, Long> relativeDifferences) {
        this.relativeDifferences = relativeDifferences;
        this.heap = heap;
        this.layout = types.layout();
        this.types = types;
        this.evaluator = evaluator;
    }

    void write(long address, Type type, Constant c) {
        if (c instanceof Constant.Zero || c instanceof Constant.Undef || c instanceof Constant.Null) {
            return; // objects start zeroed
        }
        if (c instanceof Constant.Data d && type instanceof Type.ArrayType a) {
            writeData(address, a.element, d.elements);
            return;
        }
        if (c instanceof Constant.Aggregate agg) {
            if (type instanceof Type.StructType s) {
                for (int k = 0; k < agg.elements.length; k++) {
                    write(address + layout.fieldOffset(s, k), s.fields()[k], agg.elements[k]);
                }
                return;
            } else if (type instanceof Type.ArrayType a) {
                long size = layout.sizeOf(a.element);
                for (int k = 0; k < agg.elements.length; k++) {
                    write(address + k * size, a.element, agg.elements[k]);
                }
                return;
            }
        }
        if (c instanceof Constant.Cast cast && cast.op == CastOp.TRUNC && cast.value instanceof Constant.Binary b && b.op == BinOp.SUB) {
            // a relative pointer: keep the full difference for llvm.load.relative
            relativeDifferences.put(address, (Long) evaluator.evaluate(b));
        }
        ValueCodec.write(heap, address, types.storageOf(type), evaluator.evaluate(c), null);
    }

    private void writeData(long address, Type element, long[] elements) {
        long size = layout.sizeOf(element);
        if (size == 1) {
            byte[] bytes = new byte[elements.length];
            for (int k = 0; k < bytes.length; k++) {
                bytes[k] = (byte) elements[k];
            }
            heap.writeBytes(address, bytes, 0, bytes.length, null);
            return;
        }
        for (int k = 0; k < elements.length; k++) {
            long bits = elements[k];
            long at = address + k * size;
            switch ((int) size) {
                case 2 -> heap.putI16(at, (short) bits, null);
                case 4 -> heap.putI32(at, (int) bits, null);
                default -> heap.putI64(at, bits, null);
            }
        }
    }
}
