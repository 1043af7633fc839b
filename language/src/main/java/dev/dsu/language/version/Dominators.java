package dev.dsu.language.version;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.dsu.language.ir.BasicBlock;
import dev.dsu.language.ir.Function;
import dev.dsu.language.ir.Instruction;

/** Dominators and control-flow edges of a function (Cooper, Harvey and Kennedy's iterative algorithm). */
public final class Dominators {
    private final Function function;
    private final Map<BasicBlock, BasicBlock> idom = new IdentityHashMap<>();
    private final Map<BasicBlock, List<BasicBlock>> predecessors = new IdentityHashMap<>();

    public Dominators(Function function) {
        this.function = function;
        for (BasicBlock b : function.blocks()) {
            predecessors.put(b, new ArrayList<>());
        }
        for (BasicBlock b : function.blocks()) {
            for (BasicBlock s : successors(b)) {
                predecessors.get(s).add(b);
            }
        }
        compute();
    }

    public List<BasicBlock> predecessors(BasicBlock b) {
        return predecessors.get(b);
    }

    /** Whether every path from the entry to b passes through a. */
    public boolean dominates(BasicBlock a, BasicBlock b) {
        if (!idom.containsKey(b)) {
            return false;
        }
        for (BasicBlock x = b; x != null; x = idom.get(x) == x ? null : idom.get(x)) {
            if (x == a) {
                return true;
            }
        }
        return false;
    }

    /** A loop head: the target of a back-edge, an edge from a block it dominates. */
    public boolean isLoopHead(BasicBlock head) {
        for (BasicBlock p : predecessors.get(head)) {
            if (dominates(head, p)) {
                return true;
            }
        }
        return false;
    }

    private void compute() {
        if (function.blocks().isEmpty()) {
            return;
        }
        List<BasicBlock> order = reversePostOrder();
        Map<BasicBlock, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        BasicBlock entry = function.blocks().get(0);
        idom.put(entry, entry);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (BasicBlock b : order) {
                if (b == entry) {
                    continue;
                }
                BasicBlock candidate = null;
                for (BasicBlock p : predecessors.get(b)) {
                    if (idom.containsKey(p)) {
                        candidate = candidate == null ? p : intersect(p, candidate, position);
                    }
                }
                if (candidate != null && idom.get(b) != candidate) {
                    idom.put(b, candidate);
                    changed = true;
                }
            }
        }
    }

    private BasicBlock intersect(BasicBlock a, BasicBlock b, Map<BasicBlock, Integer> position) {
        BasicBlock x = a;
        BasicBlock y = b;
        while (x != y) {
            while (position.get(x) > position.get(y)) {
                x = idom.get(x);
            }
            while (position.get(y) > position.get(x)) {
                y = idom.get(y);
            }
        }
        return x;
    }

    private List<BasicBlock> reversePostOrder() {
        List<BasicBlock> post = new ArrayList<>();
        Set<BasicBlock> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        visit(function.blocks().get(0), seen, post);
        Collections.reverse(post);
        return post;
    }

    private void visit(BasicBlock b, Set<BasicBlock> seen, List<BasicBlock> post) {
        ArrayDeque<Object[]> stack = new ArrayDeque<>();
        seen.add(b);
        stack.push(new Object[]{b, successors(b).iterator()});
        while (!stack.isEmpty()) {
            Object[] top = stack.peek();
            @SuppressWarnings("unchecked")
            java.util.Iterator<BasicBlock> it = (java.util.Iterator<BasicBlock>) top[1];
            if (it.hasNext()) {
                BasicBlock s = it.next();
                if (seen.add(s)) {
                    stack.push(new Object[]{s, successors(s).iterator()});
                }
            } else {
                post.add((BasicBlock) top[0]);
                stack.pop();
            }
        }
    }

    public static List<BasicBlock> successors(BasicBlock b) {
        List<BasicBlock> r = new ArrayList<>();
        Instruction t = b.terminator();
        if (t instanceof Instruction.Br br) {
            r.add(br.ifTrue);
            if (br.ifFalse != null) {
                r.add(br.ifFalse);
            }
        } else if (t instanceof Instruction.Switch sw) {
            r.add(sw.defaultBlock);
            r.addAll(List.of(sw.caseBlocks));
        } else if (t instanceof Instruction.IndirectBr ib) {
            r.addAll(List.of(ib.destinations));
        }
        return r;
    }
}
