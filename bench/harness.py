#!/usr/bin/env python3
"""Benchmark harness behind bin/dsu-bench: compiles bench/programs/*.c natively and to bitcode,
runs each under native / ours (bin/dsu run) / Sulong, checks stdout against native, and prints
one markdown table (also written to bench/target/results.md). See docs/benchmarks.md."""
import argparse
import datetime
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
TARGET = os.path.join(BENCH, "target")
PROGRAMS = os.path.join(BENCH, "programs")

# name: (full size, quick size). Full sizes take ~0.2-0.5 s natively at -O2 on the 2-core dev box.
SIZES = {
    "nbody": (8000000, 100000),
    "fannkuch": (2, 1),
    "spectralnorm": (3000, 200),
    "binarytrees": (17, 10),
    "mandelbrot": (3000, 200),
    "sieve": (20000000, 500000),
    "fib": (41, 25),
    "strings": (400, 10),
    "knucleotide": (2000000, 50000),
    "fft": (800, 10),
    "matmul": (1200, 120),
    "bigvm": (70000, 1000),
}
LOAD_PROGRAM = "bigvm"


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def compile_all(names, clang):
    os.makedirs(os.path.join(TARGET, "native"), exist_ok=True)
    os.makedirs(os.path.join(TARGET, "bc"), exist_ok=True)
    for name in names:
        src = os.path.join(PROGRAMS, name + ".c")
        exe = os.path.join(TARGET, "native", name)
        bc = os.path.join(TARGET, "bc", name + ".bc")
        deps = [src, os.path.join(PROGRAMS, "bench.h")]
        newest = max(os.path.getmtime(d) for d in deps)
        if not os.path.exists(exe) or os.path.getmtime(exe) < newest:
            subprocess.run([clang, "-O2", "-o", exe, src, "-lm"], check=True)
        if not os.path.exists(bc) or os.path.getmtime(bc) < newest:
            subprocess.run([clang, "-O2", "-g", "-c", "-emit-llvm", "-o", bc, src], check=True)


def run_once(cmd, timeout):
    """-> (seconds, returncode or 'timeout', stdout, stderr)"""
    t0 = time.monotonic()
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return time.monotonic() - t0, "timeout", b"", b""
    return time.monotonic() - t0, p.returncode, p.stdout, p.stderr


class Runtimes:
    def __init__(self, args):
        self.args = args
        self.sulong_cmd = None
        self.sulong_reason = args.sulong_reason
        if not args.no_sulong and not self.sulong_reason:
            java = os.environ["DSU_JAVA_HOME"] + "/bin/java"
            lib = os.path.join(TARGET, "sulong", "lib")
            jars = sorted(os.path.join(lib, j) for j in os.listdir(lib) if j.endswith(".jar"))
            launcher = os.path.join(TARGET, "sulong", "build", "sulong-launcher-0.1.0-SNAPSHOT.jar")
            # the heap and host JIT flags bin/dsu uses (bin/dsu-env.sh), so the comparison is of
            # the runtimes
            tuning = subprocess.run(["bash", "-c", "source '%s' && dsu_young_generation && dsu_host_jit false" % os.path.join(ROOT, "bin", "dsu-env.sh")],
                                    capture_output=True, text=True).stdout.split()
            self.sulong_cmd = [java, "-Xss16m", "-XX:+UseParallelGC"] + tuning + [
                               "-XX:+UnlockExperimentalVMOptions", "-XX:+EnableJVMCI",
                               "--upgrade-module-path=" + os.path.join(ROOT, "launcher/target/jit/compiler-25.0.1.jar"),
                               "--enable-native-access=org.graalvm.truffle,ALL-UNNAMED",
                               "--sun-misc-unsafe-memory-access=allow",
                               "--module-path", ":".join(jars), "--add-modules=org.graalvm.polyglot",
                               # clang here targets x86_64-pc-linux-gnu, Sulong's own toolchain
                               # x86_64-unknown-linux-gnu (same ABI); its verifier refuses the
                               # mismatch unless told not to
                               "-Dpolyglot.llvm.verifyBitcode=false",
                               "-Dpolyglot.log.llvm.BitcodeVerifier.level=OFF",
                               "-cp", launcher, "dev.dsu.bench.SulongRun"]
        elif args.no_sulong and not self.sulong_reason:
            self.sulong_reason = "not run (--no-sulong)"

    def cmd(self, runtime, name, extra):
        if runtime == "native":
            return [os.path.join(TARGET, "native", name)] + extra
        bc = os.path.join(TARGET, "bc", name + ".bc")
        if runtime == "ours":
            return [os.path.join(ROOT, "bin", "dsu"), "run", bc] + extra
        if runtime == "updatable":
            # the same bitcode with a control endpoint open and no update ever requested
            sock = os.path.join(tempfile.gettempdir(), "dsu-bench-%d.sock" % os.getpid())
            return [os.path.join(ROOT, "bin", "dsu"), "run", "--control", sock, bc] + extra
        return self.sulong_cmd + [bc] + extra


def fmt_s(x):
    return "%.2f" % x if x >= 0.1 else "%.3f" % x


def geomean(xs):
    xs = [x for x in xs if x is not None and x > 0]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def measure(rt, runtime, name, extra, runs, timeout, expected, peak=False):
    """-> (value or None, note). Wall mode: median wall seconds; peak mode: median per-iteration
    seconds of the last third of the iterations."""
    if runtime == "sulong" and rt.sulong_cmd is None:
        return None, "n/a: " + rt.sulong_reason
    values = []
    for _ in range(runs):
        secs, rc, out, err = run_once(rt.cmd(runtime, name, extra), timeout)
        if rc == "timeout":
            return None, "timeout (>%ds)" % timeout
        if rc != 0:
            lines = err.decode(errors="replace").strip().splitlines()
            # the exception's message if there is one (a Java trace), else the last line
            msgs = [l for l in lines if "Exception: " in l or "Error: " in l or l.startswith("dsu:")]
            detail = (msgs[0] if msgs else lines[-1] if lines else "").strip()[:80].replace("|", "/")
            return None, "FAIL exit %s %s" % (rc, detail)
        if expected is not None and out != expected:
            log("  %s %s: stdout %r, native printed %r" % (runtime, name, out[:200], expected[:200]))
            return None, "WRONG"
        if peak:
            its = [float(l.split()[2]) for l in err.decode(errors="replace").splitlines() if l.startswith("iteration ")]
            last = its[len(its) - max(1, len(its) // 3):]
            values.append(statistics.median(last))
        else:
            values.append(secs)
    return statistics.median(values), ""


def ratio(a, b):
    return a / b if a is not None and b else None


def fmt_ratio(r):
    return "%.2fx" % r if r is not None else "-"


def table(rows, what):
    """rows: name, size, {runtime: (value, note)}"""
    out = ["| program | size | native %s | ours %s | Sulong %s | ours/native | Sulong/native | ours/Sulong |" % (what, what, what),
           "|---|---:|---:|---:|---:|---:|---:|---:|"]
    ratios = {"on": [], "sn": [], "os": []}
    for name, size, res in rows:
        cells = []
        for r in ("native", "ours", "sulong"):
            v, note = res[r]
            cells.append(fmt_s(v) if v is not None else note)
        n, o, s = (res[r][0] for r in ("native", "ours", "sulong"))
        on, sn, os_ = ratio(o, n), ratio(s, n), ratio(o, s)
        ratios["on"].append(on); ratios["sn"].append(sn); ratios["os"].append(os_)
        out.append("| %s | %s | %s | %s | %s | %s | %s | %s |" % (name, size, *cells, fmt_ratio(on), fmt_ratio(sn), fmt_ratio(os_)))
    out.append("| **geometric mean** | | | | | **%s** | **%s** | **%s** |" % tuple(
        fmt_ratio(geomean(ratios[k])) for k in ("on", "sn", "os")))
    return out


LOAD_BUILTINS = 3000


def load_time(rt, args, runs):
    """Whole-process time of a ~38k-line generated module whose main returns at once, minus that of
    an empty program (JVM and engine start-up), per MB of bitcode; ours also reports its own
    phases with --load-stats."""
    gen = os.path.join(TARGET, "gen")
    os.makedirs(gen, exist_ok=True)
    big_c = os.path.join(gen, "bigload.c")
    if not os.path.exists(big_c):
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen", "gen_bigvm.py"), big_c, str(LOAD_BUILTINS)], check=True)
    empty_c = os.path.join(gen, "empty.c")
    with open(empty_c, "w") as f:
        f.write("int main(void) { return 0; }\n")
    for name, src in (("bigload", big_c), ("empty", empty_c)):
        exe = os.path.join(TARGET, "native", name)
        bc = os.path.join(TARGET, "bc", name + ".bc")
        if not os.path.exists(bc) or os.path.getmtime(bc) < os.path.getmtime(src):
            subprocess.run([args.clang, "-O2", "-I", PROGRAMS, "-o", exe, src, "-lm"], check=True)
            subprocess.run([args.clang, "-O2", "-g", "-I", PROGRAMS, "-c", "-emit-llvm", "-o", bc, src], check=True)
    mb = os.path.getsize(os.path.join(TARGET, "bc", "bigload.bc")) / 1e6
    lines = sum(1 for _ in open(big_c))
    n = max(runs, 3)
    out = ["## Load time: a generated module of %d lines (%.2f MB of -O2 -g bitcode) whose main returns at once" % (lines, mb), "",
           "Whole process (median of %d) minus an empty program's: what parsing, preparing and the first call cost beyond start-up." % n, "",
           "| runtime | empty program ms | big module ms | difference ms | ms per MB |", "|---|---:|---:|---:|---:|"]
    for r in ("native", "ours", "sulong"):
        empty, note_e = measure(rt, r, "empty", [], n, args.timeout, None)
        big, note_b = measure(rt, r, "bigload", ["0", "0"], n, args.timeout, None)
        if empty is None or big is None:
            out.append("| %s | %s | %s | - | - |" % (r, note_e or "%.0f" % (empty * 1000), note_b or "%.0f" % (big * 1000) if big else note_b))
            continue
        diff = (big - empty) * 1000
        log("[load] %s empty %.0f ms, big %.0f ms" % (r, empty * 1000, big * 1000))
        out.append("| %s | %.0f | %.0f | %.0f | %.0f |" % (r, empty * 1000, big * 1000, diff, diff / mb))
    stats = run_once([os.path.join(ROOT, "bin", "dsu"), "run", "--load-stats", os.path.join(TARGET, "bc", "bigload.bc"), "0", "0"], args.timeout)[3]
    line = [l for l in stats.decode(errors="replace").splitlines() if l.startswith("dsu: loaded")]
    out += ["", "ours, as `bin/dsu run --load-stats` reports it (one run): `%s`" % (line[0] if line else "no report")]
    return out + [""]


def updatable_cost(rt, names, size_of, runs, args):
    """Ours with updates enabled (--control, no request) against ours plain: the price of update points."""
    modes = []
    if not args.no_wall:
        modes.append(("wall", "s", lambda n: [str(size_of[n])], runs, False))
    if args.peak:
        modes.append(("peak", "s/iter", lambda n: [str(size_of[n]), str(args.peak)], 1, True))
    out = []
    for mode, unit, argv, n_runs, peak in modes:
        out += ["## Cost of being updatable (%s): ours with `--control` open and no update requested, against ours" % mode, "",
                "| program | ours %s | updatable %s | updatable/ours |" % (unit, unit), "|---|---:|---:|---:|"]
        ratios = []
        for name in names:
            log("[updatable %s] %s" % (mode, name))
            expected = run_once(rt.cmd("native", name, [str(size_of[name])]), args.timeout)[2]
            plain = measure(rt, "ours", name, argv(name), n_runs, args.timeout * (args.peak if peak else 1), expected, peak=peak)
            upd = measure(rt, "updatable", name, argv(name), n_runs, args.timeout * (args.peak if peak else 1), expected, peak=peak)
            r = ratio(upd[0], plain[0])
            ratios.append(r)
            out.append("| %s | %s | %s | %s |" % (name, fmt_s(plain[0]) if plain[0] is not None else plain[1],
                                                  fmt_s(upd[0]) if upd[0] is not None else upd[1], fmt_ratio(r)))
        out.append("| **geometric mean** | | | **%s** |" % fmt_ratio(geomean(ratios)))
        out.append("")
    return out


def main():
    ap = argparse.ArgumentParser(prog="dsu-bench")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--only", action="append", default=[])
    ap.add_argument("--no-sulong", action="store_true")
    ap.add_argument("--sulong-reason", default="")
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--peak", type=int, default=0, metavar="K")
    ap.add_argument("--no-wall", action="store_true")
    ap.add_argument("--timeout", type=int, default=300)
    ap.add_argument("--clang", default="clang")
    ap.add_argument("--updatable", action="store_true",
                    help="also run ours with a control endpoint open (updates enabled, none requested) and report the ratio")
    args = ap.parse_args()

    names = [n for n in SIZES if not args.only or n in args.only]
    unknown = [n for n in args.only if n not in SIZES]
    if unknown:
        sys.exit("dsu-bench: unknown program(s) %s; known: %s" % (", ".join(unknown), " ".join(SIZES)))
    runs = 1 if args.quick else args.runs
    compile_all(names, args.clang)
    rt = Runtimes(args)
    size_of = {n: SIZES[n][1 if args.quick else 0] for n in names}

    report = ["# dsu benchmark results", "",
              "%s; %s, %d CPUs; clang `%s`; %s" % (
                  datetime.datetime.now().strftime("%Y-%m-%d %H:%M"), platform.machine(), os.cpu_count(),
                  subprocess.run([args.clang, "--version"], stdout=subprocess.PIPE, text=True).stdout.splitlines()[0],
                  "quick sizes, 1 run" if args.quick else "median of %d runs" % runs), ""]

    if not args.no_wall:
        rows = []
        for name in names:
            size = size_of[name]
            log("[wall] %s %d" % (name, size))
            expected = run_once(rt.cmd("native", name, [str(size)]), args.timeout)[2]
            res = {}
            for r in ("native", "ours", "sulong"):
                res[r] = measure(rt, r, name, [str(size)], runs, args.timeout, expected if r != "native" else None)
                log("    %-7s %s" % (r, fmt_s(res[r][0]) if res[r][0] is not None else res[r][1]))
            rows.append((name, size, res))
        report += ["## Whole-process wall time (seconds, median of %d; includes JVM start-up, parsing and JIT warm-up)" % runs, ""]
        report += table(rows, "s") + [""]

    if args.peak:
        rows = []
        for name in names:
            size = size_of[name]
            log("[peak] %s %d x%d" % (name, size, args.peak))
            expected = run_once(rt.cmd("native", name, [str(size)]), args.timeout)[2]
            res = {}
            for r in ("native", "ours", "sulong"):
                res[r] = measure(rt, r, name, [str(size), str(args.peak)], 1, args.timeout * args.peak,
                                 expected if r != "native" else None, peak=True)
                log("    %-7s %s" % (r, fmt_s(res[r][0]) if res[r][0] is not None else res[r][1]))
            rows.append((name, size, res))
        report += ["## Peak: seconds per iteration (%d iterations in one process, median of the last %d)" % (
            args.peak, max(1, args.peak // 3)), ""]
        report += table(rows, "s/iter") + [""]

    if args.updatable:
        report += updatable_cost(rt, names, size_of, runs, args)

    if LOAD_PROGRAM in names:
        report += load_time(rt, args, runs)

    text = "\n".join(report)
    os.makedirs(TARGET, exist_ok=True)
    with open(os.path.join(TARGET, "results.md"), "w") as f:
        f.write(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
