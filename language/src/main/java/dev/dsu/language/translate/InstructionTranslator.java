package dev.dsu.language.translate;

import java.util.ArrayList;
import java.util.List;

import dev.dsu.language.ir.BasicBlock;
import dev.dsu.language.ir.BinOp;
import dev.dsu.language.ir.CmpPredicate;
import dev.dsu.language.ir.Constant;
import dev.dsu.language.ir.DataLayout;
import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.Type;
import dev.dsu.language.ir.Value;
import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.CStatementNode;
import dev.dsu.nodes.ValueKind;
import dev.dsu.nodes.control.BranchNode;
import dev.dsu.nodes.control.IndirectBranchNode;
import dev.dsu.nodes.control.ReturnNode;
import dev.dsu.nodes.control.SwitchNode;
import dev.dsu.nodes.control.TerminatorNode;
import dev.dsu.nodes.control.UnreachableNode;
import dev.dsu.nodes.expr.AggregateNodes;
import dev.dsu.nodes.expr.FloatBinaryNode;
import dev.dsu.nodes.expr.FloatCastNode;
import dev.dsu.nodes.expr.FloatCompareNode;
import dev.dsu.nodes.expr.IntBinaryNode;
import dev.dsu.nodes.expr.IntCastNode;
import dev.dsu.nodes.expr.IntCompareNode;
import dev.dsu.nodes.expr.SelectNode;
import dev.dsu.nodes.expr.WideIntNodes;
import dev.dsu.nodes.fp80.Fp80BinaryNode;
import dev.dsu.nodes.fp80.Fp80CompareNode;
import dev.dsu.nodes.fp80.Fp80NegateNode;
import dev.dsu.nodes.memory.AddressNode;
import dev.dsu.nodes.memory.AllocaNode;
import dev.dsu.nodes.memory.GetElementPtrNode;
import dev.dsu.nodes.memory.LoadNode;
import dev.dsu.nodes.memory.StoreNode;

/** Translates instructions other than calls (see {@link CallTranslator}) to nodes. */
final class InstructionTranslator {
    private final FunctionTranslator fn;
    private final CallTranslator calls;

    InstructionTranslator(FunctionTranslator fn) {
        this.fn = fn;
        this.calls = new CallTranslator(fn);
    }

    boolean isSetjmp(Instruction i) {
        return calls.isSetjmp(i);
    }

    CStatementNode statement(Instruction i) {
        if (i instanceof Instruction.Store s && s.ordering != dev.dsu.language.ir.AtomicOrdering.NOT_ATOMIC) {
            return AtomicTranslator.store(fn, s);
        }
        if (i instanceof Instruction.Store s) {
            return StoreNode.create(fn.program.heap, fn.program.types.storageOf(s.value.getType()), address(s.pointer), fn.operand(s.value));
        }
        if (i instanceof Instruction.Call c) {
            CExpressionNode call = calls.translate(c);
            return call == null ? null : fn.store(i, call);
        }
        if (i instanceof Instruction.Fence) {
            return null;
        }
        return fn.store(i, expression(i));
    }

    private CExpressionNode expression(Instruction i) {
        if (i instanceof Instruction.Binary b) {
            return binary(b);
        } else if (i instanceof Instruction.Compare c) {
            return compare(c);
        } else if (i instanceof Instruction.Cast c) {
            return cast(c.op, c.value, c.getType());
        } else if (i instanceof Instruction.Load l && l.ordering != dev.dsu.language.ir.AtomicOrdering.NOT_ATOMIC) {
            return AtomicTranslator.load(fn, l);
        } else if (i instanceof Instruction.Load l) {
            return LoadNode.create(fn.program.heap, fn.program.types.storageOf(l.getType()), address(l.pointer));
        } else if (i instanceof Instruction.GetElementPtr g) {
            return gep(g);
        } else if (i instanceof Instruction.Alloca a) {
            long size = fn.program.types.layout().sizeOf(a.allocatedType);
            CExpressionNode count = a.count instanceof Constant.Int ci && ci.value == 1 ? null : fn.operand(a.count);
            return new AllocaNode(fn.program.heap, size, count, fn.stackSlot, fn.variableName(a));
        } else if (i instanceof Instruction.Select s) {
            if (s.condition.getType() instanceof Type.VectorType) {
                return VectorTranslator.select(fn, s);
            }
            return new SelectNode(TypeMapping.kindOf(s.getType()), fn.operand(s.condition), fn.operand(s.ifTrue), fn.operand(s.ifFalse));
        } else if (i instanceof Instruction.FNeg n) {
            if (n.getType() instanceof Type.VectorType) {
                return VectorTranslator.fneg(fn, n);
            }
            if (TypeMapping.isFp80(n.getType())) {
                return new Fp80NegateNode(fn.operand(n.operand));
            }
            return TypeMapping.kindOf(n.getType()) == ValueKind.FLOAT ? new FloatBinaryNode.NegFloat(fn.operand(n.operand))
                            : new FloatBinaryNode.NegDouble(fn.operand(n.operand));
        } else if (i instanceof Instruction.ExtractValue e) {
            return new AggregateNodes.Extract(TypeMapping.kindOf(e.getType()), fn.operand(e.aggregate), e.indices);
        } else if (i instanceof Instruction.InsertValue e) {
            return new AggregateNodes.Insert(fn.operand(e.aggregate), fn.operand(e.value), e.indices);
        } else if (i instanceof Instruction.Freeze f) {
            return fn.operand(f.value);
        } else if (i instanceof Instruction.ExtractElement || i instanceof Instruction.InsertElement || i instanceof Instruction.ShuffleVector) {
            return VectorTranslator.translate(fn, i);
        } else if (i instanceof Instruction.AtomicRMW || i instanceof Instruction.CmpXchg) {
            return AtomicTranslator.translate(fn, i);
        } else if (i instanceof Instruction.VaArg v) {
            return VarArgsTranslator.vaArg(fn, v);
        }
        throw new IrReadException("unsupported instruction " + i.getClass().getSimpleName() + " in function " + fn.function.getName());
    }

    // ---- arithmetic ----

    private CExpressionNode binary(Instruction.Binary b) {
        Type t = b.getType();
        if (t instanceof Type.VectorType) {
            return VectorTranslator.binary(fn, b);
        }
        CExpressionNode l = fn.operand(b.lhs);
        CExpressionNode r = fn.operand(b.rhs);
        if (t instanceof Type.IntType it) {
            if (it.bits > 64) {
                return new WideIntNodes.Binary(intOp(b.op), it.bits, l, r);
            }
            return new IntBinaryNode(intOp(b.op), it.bits, l, r);
        }
        FloatBinaryNode.Op op = floatOp(b.op);
        if (TypeMapping.isFp80(t)) {
            return new Fp80BinaryNode(Fp80BinaryNode.Op.valueOf(op.name()), l, r);
        }
        return TypeMapping.kindOf(t) == ValueKind.FLOAT ? new FloatBinaryNode.OnFloat(op, l, r) : new FloatBinaryNode.OnDouble(op, l, r);
    }

    static IntBinaryNode.Op intOp(BinOp op) {
        return switch (op) {
            case ADD -> IntBinaryNode.Op.ADD;
            case SUB -> IntBinaryNode.Op.SUB;
            case MUL -> IntBinaryNode.Op.MUL;
            case UDIV -> IntBinaryNode.Op.UDIV;
            case SDIV -> IntBinaryNode.Op.SDIV;
            case UREM -> IntBinaryNode.Op.UREM;
            case SREM -> IntBinaryNode.Op.SREM;
            case SHL -> IntBinaryNode.Op.SHL;
            case LSHR -> IntBinaryNode.Op.LSHR;
            case ASHR -> IntBinaryNode.Op.ASHR;
            case AND -> IntBinaryNode.Op.AND;
            case OR -> IntBinaryNode.Op.OR;
            case XOR -> IntBinaryNode.Op.XOR;
            default -> throw new IrReadException("floating operator " + op + " on integers");
        };
    }

    static FloatBinaryNode.Op floatOp(BinOp op) {
        return switch (op) {
            case FADD, ADD -> FloatBinaryNode.Op.ADD;
            case FSUB, SUB -> FloatBinaryNode.Op.SUB;
            case FMUL, MUL -> FloatBinaryNode.Op.MUL;
            case FDIV, SDIV, UDIV -> FloatBinaryNode.Op.DIV;
            case FREM, SREM, UREM -> FloatBinaryNode.Op.REM;
            default -> throw new IrReadException("integer operator " + op + " on floating point");
        };
    }

    private CExpressionNode compare(Instruction.Compare c) {
        if (c.lhs.getType() instanceof Type.VectorType) {
            return VectorTranslator.compare(fn, c);
        }
        CExpressionNode l = fn.operand(c.lhs);
        CExpressionNode r = fn.operand(c.rhs);
        if (c.predicate.isFloat() && TypeMapping.isFp80(c.lhs.getType())) {
            return new Fp80CompareNode(c.predicate.code, l, r);
        }
        if (c.predicate.isFloat()) {
            return new FloatCompareNode(c.predicate.code, TypeMapping.kindOf(c.lhs.getType()) == ValueKind.FLOAT, l, r);
        }
        if (TypeMapping.kindOf(c.lhs.getType()) == ValueKind.OBJECT) {
            return new WideIntNodes.Compare(intPredicate(c.predicate), TypeMapping.intBits(c.lhs.getType()), l, r);
        }
        return new IntCompareNode(intPredicate(c.predicate), l, r);
    }

    static IntCompareNode.Predicate intPredicate(CmpPredicate p) {
        return switch (p) {
            case ICMP_EQ -> IntCompareNode.Predicate.EQ;
            case ICMP_NE -> IntCompareNode.Predicate.NE;
            case ICMP_UGT -> IntCompareNode.Predicate.UGT;
            case ICMP_UGE -> IntCompareNode.Predicate.UGE;
            case ICMP_ULT -> IntCompareNode.Predicate.ULT;
            case ICMP_ULE -> IntCompareNode.Predicate.ULE;
            case ICMP_SGT -> IntCompareNode.Predicate.SGT;
            case ICMP_SGE -> IntCompareNode.Predicate.SGE;
            case ICMP_SLT -> IntCompareNode.Predicate.SLT;
            case ICMP_SLE -> IntCompareNode.Predicate.SLE;
            default -> throw new IrReadException("floating predicate " + p + " on integers");
        };
    }

    CExpressionNode cast(dev.dsu.language.ir.CastOp op, Value value, Type to) {
        Type from = value.getType();
        if (to instanceof Type.VectorType || from instanceof Type.VectorType) {
            return VectorTranslator.cast(fn, op, value, to);
        }
        CExpressionNode v = fn.operand(value);
        ValueKind fromKind = TypeMapping.kindOf(from);
        ValueKind toKind = TypeMapping.kindOf(to);
        if (TypeMapping.isFp80(from) || TypeMapping.isFp80(to)) {
            return Fp80Casts.cast(op, v, from, to);
        }
        if (fromKind == ValueKind.OBJECT || toKind == ValueKind.OBJECT) {
            return new WideIntNodes.Cast(op == dev.dsu.language.ir.CastOp.ZEXT || op == dev.dsu.language.ir.CastOp.UITOFP
                            || op == dev.dsu.language.ir.CastOp.FPTOUI, TypeMapping.intBits(from), TypeMapping.intBits(to), fromKind, toKind, v);
        }
        switch (op) {
            case TRUNC:
            case SEXT:
            case PTRTOINT:
            case INTTOPTR:
                return new IntCastNode(false, TypeMapping.intBits(from), TypeMapping.intBits(to), v);
            case ZEXT:
                return new IntCastNode(true, TypeMapping.intBits(from), TypeMapping.intBits(to), v);
            case FPTOSI:
            case FPTOUI:
                return new FloatCastNode.DoubleToInt(op == dev.dsu.language.ir.CastOp.FPTOUI, TypeMapping.intBits(to), fromKind == ValueKind.FLOAT, v);
            case SITOFP:
            case UITOFP: {
                boolean unsigned = op == dev.dsu.language.ir.CastOp.UITOFP;
                return toKind == ValueKind.FLOAT ? new FloatCastNode.IntToFloat(unsigned, TypeMapping.intBits(from), v)
                                : new FloatCastNode.IntToDouble(unsigned, TypeMapping.intBits(from), v);
            }
            case FPTRUNC:
            case FPEXT:
                return toKind == ValueKind.FLOAT ? new FloatCastNode.DoubleToFloat(v) : new FloatCastNode.FloatToDouble(v);
            case BITCAST:
            case ADDRSPACECAST:
                if (fromKind == toKind) {
                    return v;
                }
                if (toKind == ValueKind.DOUBLE) {
                    return new FloatCastNode.BitsToDouble(v);
                } else if (toKind == ValueKind.FLOAT) {
                    return new FloatCastNode.BitsToFloat(v);
                } else if (fromKind == ValueKind.DOUBLE) {
                    return new FloatCastNode.DoubleToBits(v);
                }
                return new FloatCastNode.FloatToBits(v);
            default:
                throw new IrReadException("unsupported cast " + op);
        }
    }

    // ---- memory ----

    private CExpressionNode gep(Instruction.GetElementPtr g) {
        if (g.getType() instanceof Type.VectorType) {
            return VectorTranslator.gep(fn, g);
        }
        List<Value> indices = new ArrayList<>();
        List<Long> scales = new ArrayList<>();
        long constant = FoldedAddress.terms(g, fn.program.types.layout(), fn.function.getName(), indices, scales, false);
        return gepNode(g.base, constant, indices, scales);
    }

    private GetElementPtrNode gepNode(Value base, long constant, List<Value> indices, List<Long> scales) {
        CExpressionNode[] indexNodes = new CExpressionNode[indices.size()];
        for (int k = 0; k < indexNodes.length; k++) {
            indexNodes[k] = fn.operand(indices.get(k));
        }
        long[] scaleArray = scales.stream().mapToLong(Long::longValue).toArray();
        return new GetElementPtrNode(fn.operand(base), constant, indexNodes, scaleArray);
    }

    /** The address of a plain load or store: folded into root plus displacement when it is a getelementptr. */
    private CExpressionNode address(Value pointer) {
        FoldedAddress folded = fn.accessGroups.folded(pointer);
        AddressNode address = folded == null ? AddressNode.of(fn.operand(pointer)) : gepNode(folded.root, folded.constant, folded.indices, folded.scales);
        AccessGroups.Span span = folded == null ? null : fn.accessGroups.spanOf(folded);
        if (span != null) {
            address.withGroupSpan(folded.constant - span.low(), (int) (span.end() - span.low()));
        }
        // a global's storage can then be a constant in compiled code (see AddressNode)
        return (folded == null ? pointer : folded.root) instanceof Constant ? address.withConstantBase() : address;
    }

    // ---- terminators ----

    TerminatorNode terminator(Instruction.Terminator t, BasicBlock from) {
        if (t instanceof Instruction.Ret r) {
            return new ReturnNode(r.value == null ? null : fn.operand(r.value), fn.returnSlot);
        } else if (t instanceof Instruction.Br br) {
            if (br.condition == null) {
                return new BranchNode(null, fn.dispatchIndexOf(br.ifTrue), moves(from, br.ifTrue), -1, null);
            }
            return new BranchNode(fn.operand(br.condition), fn.dispatchIndexOf(br.ifTrue), moves(from, br.ifTrue), fn.dispatchIndexOf(br.ifFalse),
                            moves(from, br.ifFalse));
        } else if (t instanceof Instruction.Switch sw) {
            int n = sw.caseValues.length;
            long[] values = new long[n];
            int[] targets = new int[n];
            TerminatorNode.EdgeMoves[] caseMoves = new TerminatorNode.EdgeMoves[n];
            for (int k = 0; k < n; k++) {
                values[k] = (Long) fn.program.constants.evaluate(sw.caseValues[k]);
                targets[k] = fn.dispatchIndexOf(sw.caseBlocks[k]);
                caseMoves[k] = moves(from, sw.caseBlocks[k]);
            }
            if (TypeMapping.kindOf(sw.condition.getType()) != ValueKind.LONG) {
                throw new IrReadException("switch on " + sw.condition.getType() + " is not supported");
            }
            return new SwitchNode(fn.operand(sw.condition), values, targets, caseMoves, fn.dispatchIndexOf(sw.defaultBlock), moves(from, sw.defaultBlock));
        } else if (t instanceof Instruction.IndirectBr ib) {
            int n = ib.destinations.length;
            int[] labels = new int[n];
            int[] targets = new int[n];
            TerminatorNode.EdgeMoves[] edgeMoves = new TerminatorNode.EdgeMoves[n];
            for (int k = 0; k < n; k++) {
                labels[k] = ib.destinations[k].index;
                targets[k] = fn.dispatchIndexOf(ib.destinations[k]);
                edgeMoves[k] = moves(from, ib.destinations[k]);
            }
            return new IndirectBranchNode(fn.operand(ib.address), labels, targets, edgeMoves);
        } else if (t instanceof Instruction.Unreachable) {
            return new UnreachableNode();
        }
        throw new IrReadException("unsupported terminator " + t.getClass().getSimpleName());
    }

    /** The phi assignments for the edge from -> to, or null when the target has no phis. */
    private TerminatorNode.EdgeMoves moves(BasicBlock from, BasicBlock to) {
        List<CStatementNode> list = new ArrayList<>();
        for (Instruction i : to.instructions) {
            if (!(i instanceof Instruction.Phi phi)) {
                break;
            }
            Value incoming = null;
            for (int k = 0; k < phi.blocks.length; k++) {
                if (phi.blocks[k] == from) {
                    incoming = phi.values[k];
                    break;
                }
            }
            if (incoming == null) {
                throw new IrReadException("phi in block " + to.index + " of " + fn.function.getName() + " has no value for block " + from.index);
            }
            list.add(dev.dsu.nodes.frame.WriteSlotNode.create(TypeMapping.kindOf(phi.getType()), fn.shadowSlotOf(phi), fn.operand(incoming)));
        }
        return list.isEmpty() ? null : new TerminatorNode.EdgeMoves(list.toArray(new CStatementNode[0]));
    }
}
