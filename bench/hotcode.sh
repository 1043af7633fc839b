#!/usr/bin/env bash
# Where compiled code spends its time, per machine instruction: runs a program under bin/dsu,
# samples it with perf once it is warm, names the JIT-compiled methods from the JVM's perf map,
# and disassembles the hottest one with gdb from the live process (no hsdis needed).
#
#   bench/hotcode.sh [--wait SECONDS] [--top FRACTION] [--methods N] PROGRAM.bc [ARGS...]
#
# Prints the share of samples of the N (default 8) busiest compiled methods, then the hottest method's instructions
# that got at least FRACTION of its samples (default 0.005), with their neighbours. The full
# annotated listing is left in $HOTCODE_DIR (default /tmp/dsu-hotcode)/hot.ann.
# The program must still be running after --wait seconds (default 15) plus 3 s of sampling:
# give peak-mode programs enough iterations. Needs perf and gdb (developer machines only).
# not -e: perf and gdb report odd statuses on success; failures are checked where they matter
set -uo pipefail
wait_s=15
top=0.005
methods=8
while [ $# -gt 0 ]; do
    case "$1" in
        --wait) wait_s="$2"; shift 2 ;;
        --top) top="$2"; shift 2 ;;
        --methods) methods="$2"; shift 2 ;;
        *) break ;;
    esac
done
if [ $# -lt 1 ]; then
    sed -n '2,12p' "$0" >&2
    exit 2
fi
for tool in perf gdb jcmd python3; do
    command -v "$tool" >/dev/null || { echo "hotcode: $tool is not installed" >&2; exit 2; }
done
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="${HOTCODE_DIR:-/tmp/dsu-hotcode}"
mkdir -p "$dir"
DSU_JAVA_OPTS="-XX:+UnlockDiagnosticVMOptions -XX:+DumpPerfMapAtExit ${DSU_JAVA_OPTS:-}" \
    "$root/bin/dsu" run "$@" >"$dir/program.out" 2>&1 &
launcher=$!
sleep "$wait_s"
pid=$(pgrep -f "DsuMain run $1" | head -1 || true)
if [ -z "$pid" ]; then
    echo "hotcode: the program is no longer running after ${wait_s} s (see $dir/program.out)" >&2
    exit 1
fi
perf record -F 5000 -p "$pid" -o "$dir/perf.data" -- sleep 3 >/dev/null 2>&1
jcmd "$pid" Compiler.perfmap >/dev/null
perf script -i "$dir/perf.data" -F ip 2>/dev/null | sort | uniq -c | sort -rn >"$dir/ips.txt"
python3 - "$pid" "$dir" "$methods" <<'PY'
import bisect, collections, sys
pid, out, shown = sys.argv[1], sys.argv[2], int(sys.argv[3])
methods = []
for line in open(f"/tmp/perf-{pid}.map"):
    start, size, name = line.split(" ", 2)
    methods.append((int(start, 16), int(size, 16), name.strip()))
methods.sort()
starts = [m[0] for m in methods]
share = collections.Counter()
total = 0
for line in open(f"{out}/ips.txt"):
    count, ip = line.split()
    ip, count = int(ip, 16), int(count)
    total += count
    i = bisect.bisect_right(starts, ip) - 1
    inside = i >= 0 and methods[i][0] <= ip < methods[i][0] + methods[i][1]
    share[methods[i] if inside else (0, 0, "(not JIT-compiled code: the JVM, GC, libc)")] += count
for (start, size, name), count in share.most_common(shown):
    print(f"{100 * count / total:5.1f}%  {name[-110:]}")
hottest = next(m for m, _ in share.most_common() if m[1] > 0)
open(f"{out}/range", "w").write(f"{hottest[0]:#x} {hottest[0] + hottest[1]:#x}\n")
PY
read -r lo hi <"$dir/range"
gdb -p "$pid" -batch -ex "x/$(((hi - lo) / 3))i $lo" 2>/dev/null | grep '^ *0x\|^=> *0x' >"$dir/hot.asm" || true
kill "$pid" 2>/dev/null || true
wait "$launcher" 2>/dev/null || true
python3 - "$dir" "$top" <<'PY'
import sys
out, top = sys.argv[1], float(sys.argv[2])
counts = {}
for line in open(f"{out}/ips.txt"):
    count, ip = line.split()
    counts[int(ip, 16)] = int(count)
lines = []
for line in open(f"{out}/hot.asm"):
    line = line.replace("=>", "  ").rstrip()
    address = int(line.split()[0].rstrip(":"), 16)
    lines.append((counts.get(address, 0), line))
open(f"{out}/hot.ann", "w").write("".join(f"{c:6d} {l}\n" for c, l in lines))
total = sum(c for c, _ in lines) or 1
shown = sorted({j for i, (c, _) in enumerate(lines) if c >= top * total for j in range(max(0, i - 2), min(len(lines), i + 3))})
print(f"\nhottest method: {total} samples; instructions with >= {top:.1%} of them, and neighbours:")
previous = -2
for j in shown:
    if j != previous + 1:
        print("   ...")
    print(f"{lines[j][0]:6d} {lines[j][1][:120]}")
    previous = j
PY
