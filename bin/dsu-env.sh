# Shared by bin/dsu and the test script: finds a JDK 21+ and Maven, builds the project when
# its sources changed. Sourced, not run.

# bin/dsu's own start is part of every run's time, and on a loaded or virtualised machine each
# process it starts (dirname, find, awk, even a $(...) subshell) costs 5-10 ms: the functions
# below use bash's own expansions and tests, and set variables instead of printing results.
case "${BASH_SOURCE[0]}" in
    */*) DSU_HOME="$(cd "${BASH_SOURCE[0]%/*}/.." && pwd)" ;;
    *) DSU_HOME="$(cd .. && pwd)" ;;
esac

# Sets DSU_JAVA_MAJOR to the major version of the java binary $1 (empty if unknown). The JDK's
# release file names it without starting a JVM, which took a tenth of a second on every run; a
# JDK without one is asked the slow way.
java_major() {
    local release="${1%/bin/java}/release" line version
    DSU_JAVA_MAJOR=""
    if [ -f "$release" ]; then
        while IFS= read -r line; do
            case "$line" in
                JAVA_VERSION=*)
                    version=${line#JAVA_VERSION=\"}
                    version=${version%%[.\"]*}
                    case "$version" in
                        '' | *[!0-9]*) ;;
                        *) DSU_JAVA_MAJOR="$version"; return 0 ;;
                    esac
                    ;;
            esac
        done <"$release"
    fi
    DSU_JAVA_MAJOR="$("$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)"
}

dsu_find_java() {
    local candidate major best="" best_major=0
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
        java_major "$JAVA_HOME/bin/java"
        major="$DSU_JAVA_MAJOR"
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then
            DSU_JAVA_HOME="$JAVA_HOME"
            return 0
        fi
    fi
    for candidate in /usr/lib/jvm/*/bin/java; do
        [ -x "$candidate" ] || continue
        java_major "$candidate"
        major="$DSU_JAVA_MAJOR"
        if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
            best="${candidate%/bin/java}"
            best_major=$major
        fi
    done
    if [ -z "$best" ]; then
        echo "dsu: no JDK 21 or newer found (JAVA_HOME is not one, and /usr/lib/jvm has none); install one, e.g. apt-get install openjdk-21-jdk or Temurin 25" >&2
        return 1
    fi
    DSU_JAVA_HOME="$best"
}

dsu_build_if_needed() {
    local stamp="$DSU_HOME/launcher/target/lib/.built"
    # developers running a build they made themselves can skip the staleness check
    if [ -n "${DSU_SKIP_BUILD:-}" ] && [ -d "$DSU_HOME/launcher/target/lib" ]; then
        return 0
    fi
    # (build output, git's objects and the test programs cannot make the runtime stale)
    if [ -f "$stamp" ] && [ -z "$(find "$DSU_HOME" \( -path "$DSU_HOME/*/target" -o -path "$DSU_HOME/.git" -o -path "$DSU_HOME/*/src/test/resources" \) -prune \
            -o \( -name '*.java' -o -name 'pom.xml' -o -name '*.properties' \) -newer "$stamp" -print -quit 2>/dev/null)" ]; then
        return 0
    fi
    if ! command -v mvn >/dev/null 2>&1; then
        echo "dsu: building needs Maven (apt-get install maven)" >&2
        return 1
    fi
    echo "dsu: building the runtime (first use or sources changed)..." >&2
    local log="$DSU_HOME/launcher/target/build.log"
    mkdir -p "$DSU_HOME/launcher/target"
    if ! (cd "$DSU_HOME" && JAVA_HOME="$DSU_JAVA_HOME" MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}" \
            mvn -q -B install -DskipTests >"$log" 2>&1); then
        echo "dsu: build failed; the last lines of $log:" >&2
        tail -n 30 "$log" >&2
        return 1
    fi
    touch "$stamp"
}

# --- Start-up: a linked JVM image and an AOT cache -------------------------------------------
# A stock JDK runs the Graal compiler jar only from --upgrade-module-path, and that switch turns
# class data sharing off. So we link our own runtime image that leaves out the JDK's placeholder
# jdk.graal.compiler module, put the Maven Central compiler on the plain module path, and can
# then use a JDK AOT cache (JEP 483/515): classes loaded and linked, and method profiles of the
# Graal compiler itself, recorded by one training run. Both are optional: without them bin/dsu
# runs on the JDK as it is, only slower to start and to warm up.

DSU_JVM_DIR="$DSU_HOME/launcher/target/jvm"
DSU_AOT_TRAINING="$DSU_HOME/launcher/aot-training/training.c"

dsu_jars() {
    DSU_CLASSPATH="$DSU_HOME/launcher/target/dsu-launcher-0.1.0-SNAPSHOT.jar"
    DSU_MODULEPATH=""
    DSU_COMPILER_JAR="$DSU_HOME/launcher/target/jit/compiler-25.0.1.jar"
    local jar
    for jar in "$DSU_HOME/launcher/target/lib"/*.jar; do
        case "${jar##*/}" in
            dsu-*) DSU_CLASSPATH="$DSU_CLASSPATH:$jar" ;;
            *) DSU_MODULEPATH="${DSU_MODULEPATH:+$DSU_MODULEPATH:}$jar" ;;
        esac
    done
}

dsu_image_ready() {
    [ -x "$DSU_JVM_DIR/image/bin/java" ]
}

# Whether any of the build's jars is newer than file $1.
dsu_jars_newer_than() {
    local jar
    for jar in "$DSU_HOME/launcher/target"/*.jar "$DSU_HOME/launcher/target"/*/*.jar; do
        [ "$jar" -nt "$1" ] && return 0
    done
    return 1
}

# The cache is only good for the jars it was trained with: newer jars (a rebuild) make it stale.
dsu_cache_fresh() {
    local cache="$DSU_JVM_DIR/dsu.aot"
    [ -f "$cache" ] && dsu_image_ready || return 1
    ! dsu_jars_newer_than "$cache"
}

dsu_link_image() {
    dsu_image_ready && return 0
    [ -f "$DSU_JVM_DIR/image.failed" ] && return 1
    if [ ! -x "$DSU_JAVA_HOME/bin/jlink" ]; then
        echo "no jlink in $DSU_JAVA_HOME" >"$DSU_JVM_DIR/image.failed"
        return 1
    fi
    echo "dsu: linking a JVM image for fast start-up (once)..." >&2
    rm -rf "$DSU_JVM_DIR/image.tmp"
    if "$DSU_JAVA_HOME/bin/jlink" --add-modules java.se,jdk.unsupported,jdk.management,jdk.internal.vm.ci,jdk.jfr,jdk.zipfs,jdk.net,jdk.charsets,jdk.localedata \
            --generate-cds-archive --output "$DSU_JVM_DIR/image.tmp" >"$DSU_JVM_DIR/image.log" 2>&1 \
        && "$DSU_JVM_DIR/image.tmp/bin/java" -version >>"$DSU_JVM_DIR/image.log" 2>&1; then
        mv "$DSU_JVM_DIR/image.tmp" "$DSU_JVM_DIR/image"
        return 0
    fi
    rm -rf "$DSU_JVM_DIR/image.tmp"
    cp "$DSU_JVM_DIR/image.log" "$DSU_JVM_DIR/image.failed"
    echo "dsu: could not link a JVM image (see $DSU_JVM_DIR/image.failed); starting on the JDK as it is" >&2
    return 1
}

dsu_train_cache() {
    dsu_cache_fresh && return 0
    # a failed training is not retried until the jars change
    if [ -f "$DSU_JVM_DIR/cache.failed" ] && ! dsu_jars_newer_than "$DSU_JVM_DIR/cache.failed"; then
        return 1
    fi
    echo "dsu: training the start-up cache on ${DSU_AOT_TRAINING##*/} (once per build, about 20 s)..." >&2
    local tmp="$DSU_JVM_DIR/dsu.aot.tmp"
    rm -f "$tmp" "$DSU_JVM_DIR/dsu.aot"
    dsu_java_command false false
    if "${DSU_JVM[@]}" -XX:AOTCacheOutput="$tmp" dev.dsu.launcher.DsuMain run "$DSU_AOT_TRAINING" >"$DSU_JVM_DIR/cache.log" 2>&1 && [ -f "$tmp" ]; then
        mv "$tmp" "$DSU_JVM_DIR/dsu.aot"
        rm -f "$DSU_JVM_DIR/cache.failed"
        return 0
    fi
    rm -f "$tmp"
    cp "$DSU_JVM_DIR/cache.log" "$DSU_JVM_DIR/cache.failed"
    echo "dsu: could not train the start-up cache (see $DSU_JVM_DIR/cache.failed); running without it" >&2
    return 1
}

# Links the image and trains the cache where they are missing or stale; one process at a time.
dsu_prepare_jvm() {
    # the usual case, decided without taking the lock (flock is a process too)
    dsu_cache_fresh && return 0
    [ -d "$DSU_JVM_DIR" ] || mkdir -p "$DSU_JVM_DIR"
    if command -v flock >/dev/null 2>&1; then
        exec 9>"$DSU_JVM_DIR/.lock"
        flock 9
    fi
    if dsu_link_image; then
        dsu_train_cache || true
    fi
    if command -v flock >/dev/null 2>&1; then
        exec 9>&-
    fi
    return 0
}

# A fixed young generation: left adaptive, it grows step by step while a call-heavy program
# boxes, and the kernel time spent faulting in each new size (3.5 s of sys time in fib(41) x 6)
# made one iteration take twice another (docs/benchmarks.md). Only with 4 GiB of memory or
# more: the default heap is a quarter of it, and a young generation as large as the heap makes
# the JVM warn and leaves no old generation.
# Sets DSU_YOUNG_GENERATION to the flags (none or one); dsu_young_generation prints them.
dsu_young_generation_flags() {
    local key kb rest
    DSU_YOUNG_GENERATION=()
    [ -r /proc/meminfo ] || return 0
    while read -r key kb rest; do
        if [ "$key" = "MemTotal:" ]; then
            case "$kb" in
                '' | *[!0-9]*) ;;
                *) [ "$kb" -ge 4194304 ] && DSU_YOUNG_GENERATION=(-Xmn256m) ;;
            esac
            return 0
        fi
    done </proc/meminfo
}

dsu_young_generation() {
    dsu_young_generation_flags
    [ ${#DSU_YOUNG_GENERATION[@]} -eq 0 ] || echo "${DSU_YOUNG_GENERATION[@]}"
}

# The JVM's own JIT for Java code: C1 only, unless --long-running asks for C2 as well.
# On two cores, C2 compiling the Graal compiler's and Truffle's code took about 4 s of CPU in a
# 4.5 s run, competing with the program and with Graal compiling the program; C1 alone gives
# the compiler code fast enough, and the C program itself is compiled by Graal either way. What
# it could cost is the speed of the library's Java code (printf, ...) once everything is warm;
# in runs of 10-20 s C2 did not make that measurably faster (docs/benchmarks.md, part 5).
# Sets DSU_HOST_JIT to the flags for long-running $1 (true/false); dsu_host_jit prints them.
dsu_host_jit_flags() {
    DSU_HOST_JIT=()
    [ "$1" = true ] || DSU_HOST_JIT=(-XX:TieredStopAtLevel=1)
}

dsu_host_jit() {
    dsu_host_jit_flags "$1"
    [ ${#DSU_HOST_JIT[@]} -eq 0 ] || echo "${DSU_HOST_JIT[@]}"
}

# Fills DSU_JVM with the java command line up to the main class.
# $1: interpreter only (true/false); $2: use the AOT cache if fresh (true/false);
# $3: long-running (true/false; optional): C2 for the runtime's Java code too.
dsu_java_command() {
    local interpreter_only="$1" use_cache="$2" long_running="${3:-false}"
    dsu_jars
    dsu_young_generation_flags
    dsu_host_jit_flags "$long_running"
    local common=(-Xss16m -XX:+UseParallelGC "${DSU_YOUNG_GENERATION[@]}" "${DSU_HOST_JIT[@]}" --enable-native-access=org.graalvm.truffle,ALL-UNNAMED --sun-misc-unsafe-memory-access=allow)
    if dsu_image_ready; then
        DSU_JVM=("$DSU_JVM_DIR/image/bin/java" "${common[@]}")
        if $interpreter_only; then
            DSU_JVM+=(--module-path "$DSU_MODULEPATH" --add-modules=org.graalvm.polyglot)
        else
            DSU_JVM+=(-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI
                      --module-path "$DSU_MODULEPATH:$DSU_COMPILER_JAR" --add-modules=org.graalvm.polyglot,jdk.graal.compiler)
            if $use_cache && dsu_cache_fresh; then
                # a cache the JVM cannot use (other GC or heap options in DSU_JAVA_OPTS) is skipped quietly
                DSU_JVM+=(-XX:AOTCache="$DSU_JVM_DIR/dsu.aot" '-Xlog:aot*=off,cds*=off')
            fi
        fi
    else
        DSU_JVM=("$DSU_JAVA_HOME/bin/java" "${common[@]}" --module-path "$DSU_MODULEPATH" --add-modules=org.graalvm.polyglot)
        if ! $interpreter_only; then
            DSU_JVM+=(-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI "--upgrade-module-path=$DSU_COMPILER_JAR")
        fi
    fi
    DSU_JVM+=(-cp "$DSU_CLASSPATH")
    if $interpreter_only; then
        DSU_JVM+=(-Ddsu.interpreterOnly=true -Dpolyglot.engine.WarnInterpreterOnly=false)
    fi
}
