# Shared by bin/dsu and the test script: finds a JDK 21+ and Maven, builds the project when
# its sources changed. Sourced, not run.

DSU_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

java_major() {
    "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1
}

dsu_find_java() {
    local candidate major best="" best_major=0
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
        major=$(java_major "$JAVA_HOME/bin/java")
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then
            DSU_JAVA_HOME="$JAVA_HOME"
            return 0
        fi
    fi
    for candidate in /usr/lib/jvm/*/bin/java; do
        [ -x "$candidate" ] || continue
        major=$(java_major "$candidate")
        if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
            best="$(dirname "$(dirname "$candidate")")"
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
    if [ -f "$stamp" ] && [ -z "$(find "$DSU_HOME" -path "$DSU_HOME/*/target" -prune -o \( -name '*.java' -o -name 'pom.xml' -o -name '*.properties' \) -newer "$stamp" -print -quit 2>/dev/null)" ]; then
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
