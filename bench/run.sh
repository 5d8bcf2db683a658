#!/usr/bin/env bash
# Reproduces bench/RESULTS.md: builds the project, runs the JMH benchmarks, times one event checked
# through ./mctrail beside `java -version`, then builds corpora of gzipped CloudTrail log files in a
# temporary folder and times, on each, a single `gzip -dc` over it and `mctrail check` with 1 and 2
# threads in -Xmx256m, one after the other (wall time, CPU time, peak resident memory, and the
# compilation time -XX:+CITime counts): three corpora of the second performance issue (other
# services only, 1% MediaConvert, MediaConvert only; 1 GB uncompressed each by default) and the
# typical mix of 2 GB; on the 1% MediaConvert corpus it also times the Spark job (spark-submit in
# local[2], behind Spark 3.5's own jars) beside `mctrail check --threads 2`; last it compares the
# memory of a few big files with many small ones, and writes the results with every target's
# verdict.
#
#   bench/run.sh                                      everything, as RESULTS.md records it
#   bench/run.sh --size 30m --files-size 16m --quick  a trial: small corpora, short JMH iterations
#
# Options:
#   --size N[m|g]         uncompressed size of each corpus of a mix (default 1g)
#   --memory-size N[m|g]  size of the typical corpus checked in -Xmx256m (default 2g; twice --size
#                         when only --size is given)
#   --files-size N[m|g]   size of each corpus of the files comparison (default 256m)
#   --one-event-runs N    timed runs of the one-event check and of `java -version`, after one run
#                         to warm (default 7; their medians are compared)
#   --quick               JMH with one short warm-up and two short iterations
#   --benchmarks REGEX    the JMH benchmarks to run (default every one: io.mctrail.bench.*)
#   --jmh-args "ARGS"     more JMH options (e.g. "-f 2 -wi 5")
#   --no-jmh, --no-e2e    leave out the benchmarks or the end-to-end runs (the one-event check too)
#   --no-spark            leave out the Spark job
#   --no-build            use the jars already built
#   --work DIR            where the corpora go (default a new temporary folder, deleted after)
#   --out FILE            where the results go (default bench/RESULTS.md)
# Environment: MVN (default ./mvnw) and MVN_ARGS (e.g. "-o") build the jars; JAVA (default java)
# runs them. The one-event check and `java -version` use the `java` on the PATH, as ./mctrail does.
set -euo pipefail

# Everything in a function: bash reads it whole before it runs, so the file may change meanwhile.
main() {
cd "$(dirname "$0")/.."

size=1g
memory_size=""
files_size=256m
one_event_runs=7
spark=1
quick=0
jmh=1
e2e=1
build=1
work=""
out=bench/RESULTS.md
jmh_args=""
benchmarks='io.mctrail.bench.*'
command="bench/run.sh"
# The command that reproduces the run, quoted as written: every option but those that change no
# result (where the corpora and the results go, whether the jars are built again).
keep() { command+=$(printf ' %q' "$@"); }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --size|--memory-size|--files-size|--one-event-runs|--benchmarks|--jmh-args|--work|--out)
      if [[ $# -lt 2 ]]; then
        echo "run.sh: $1 needs a value" >&2
        exit 2
      fi ;;
  esac
  case "$1" in
    --size) size=$2; keep "$1" "$2"; shift 2 ;;
    --memory-size) memory_size=$2; keep "$1" "$2"; shift 2 ;;
    --files-size) files_size=$2; keep "$1" "$2"; shift 2 ;;
    --one-event-runs) one_event_runs=$2; keep "$1" "$2"; shift 2 ;;
    --quick) quick=1; keep "$1"; shift ;;
    --benchmarks) benchmarks=$2; keep "$1" "$2"; shift 2 ;;
    --jmh-args) jmh_args=$2; keep "$1" "$2"; shift 2 ;;
    --no-jmh) jmh=0; keep "$1"; shift ;;
    --no-e2e) e2e=0; keep "$1"; shift ;;
    --no-spark) spark=0; keep "$1"; shift ;;
    --no-build) build=0; shift ;;
    --work) work=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ {print; next} NR > 1 {exit}' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
for s in "$size" "${memory_size:-2g}" "$files_size"; do
  if [[ ! $s =~ ^[0-9]+[kmgKMG]?$ ]]; then
    echo "run.sh: $s is not a size (a number, then k, m or g)" >&2
    exit 2
  fi
done
if [[ ! $one_event_runs =~ ^[1-9][0-9]*$ ]]; then
  echo "run.sh: --one-event-runs needs a count of 1 or more, not $one_event_runs" >&2
  exit 2
fi
if [[ -z "$memory_size" ]]; then
  # Twice the size of a mix: 2g by default, and a trial's --size alone makes a trial of this too.
  memory_size=$(awk -v s="$size" 'BEGIN {
    n = s + 0; u = substr(s, length(s)); if (u ~ /[0-9]/) u = ""; printf "%d%s", 2 * n, u }')
fi

JAVA=${JAVA:-java}
MVN=${MVN:-./mvnw}
BENCH_JAR=bench/target/benchmarks.jar
CLI_JAR=cli/target/mctrail-cli-0.1.0-SNAPSHOT-all.jar
XMX=256m
SPARK_XMX=1g
# The event the one-event check reads: the seed's CreateJob, the first example of the README.
ONE_EVENT=samples/corpus/seed/seed-createjob.json

if [[ -z "$work" ]]; then
  work=$(mktemp -d "${TMPDIR:-/tmp}/mctrail-bench.XXXXXX")
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
props="$work/run.properties"
: > "$props"
put() { printf '%s=%s\n' "$1" "$2" >> "$props"; }
log() { printf '[run.sh] %s\n' "$*" >&2; }

put run.command "${command//\\/\\\\}" # a properties file: a backslash is written twice
put run.quick "$quick"
put xmx "$XMX"
put run.date "$(date -u +%Y-%m-%dT%H:%MZ)"
# The commit the jars were built from; "+ changes" when the working tree differed from it.
if commit=$(git rev-parse --short HEAD 2>/dev/null); then
  git diff --quiet HEAD 2>/dev/null || commit+=" + changes"
  put run.commit "$commit"
fi
put machine.cpu "$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//' || true)"
put machine.cores "$(nproc 2>/dev/null || echo '?')"
put machine.memory "$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo 2>/dev/null || true)"
put machine.os "$(uname -srm)"
put machine.java "$("$JAVA" -version 2>&1 | tr '\n' ' ' | sed 's/ *$//')"
put machine.load "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || true)"

if [[ $build == 1 ]]; then
  log "building the jars"
  # shellcheck disable=SC2086
  modules=bench,cli
  [[ $spark == 1 ]] && modules+=,spark
  # shellcheck disable=SC2086
  $MVN ${MVN_ARGS:-} -q -B -DskipTests package -pl $modules -am
fi

if [[ $jmh == 1 ]]; then
  quick_args=""
  if [[ $quick == 1 ]]; then
    quick_args="-wi 1 -i 2 -w 2s -r 2s"
  fi
  log "running the JMH benchmarks"
  # shellcheck disable=SC2086
  "$JAVA" -jar "$BENCH_JAR" -rf json -rff "$work/jmh.json" $quick_args $jmh_args "$benchmarks" \
    | tee "$work/jmh.txt" >&2
fi

if [[ $e2e == 1 ]]; then
  log "one event through ./mctrail beside java -version, the median of $one_event_runs runs each"
  put one_event.command "./mctrail check $ONE_EVENT"
  ./mctrail check "$ONE_EVENT" > /dev/null 2>&1 || true # builds what is missing, warms the cache
  median_time one_event "$one_event_runs" ./mctrail check "$ONE_EVENT"
  java -version > /dev/null 2>&1
  median_time java_version "$one_event_runs" java -version

  if [[ $spark == 1 ]]; then
    log "resolving Spark's own class path"
    # shellcheck disable=SC2086
    $MVN ${MVN_ARGS:-} -q -B -f spark/src/it/spark-runtime-3.5/pom.xml validate \
      -Dspark.version="$(pom_value spark.version pom.xml)" \
      -Ddependency-plugin.version="$(pom_value dependency-plugin.version pom.xml)" \
      -Dclasspath.dir="$work"
    spark_cp=$(cat "$work/spark-runtime-3.5.classpath")
    read -r -a opens <<< "$(pom_value spark.jvm.opens spark/pom.xml)"
    # the JIT options of ./mctrail, as the README's "Sizing" advises for a job's executors
    read -r -a jit <<< "$(./mctrail --jit-options)"
    spark_jar=$(ls spark/target/mctrail-spark-*.jar | grep -v '/original-' | head -1)
    put spark.command "spark-submit --master local[2] --driver-memory $SPARK_XMX --driver-java-options \"\$(./mctrail --jit-options)\" --class io.mctrail.spark.CheckJob $spark_jar FOLDER --output DIR"
  fi

  put check.command "MCTRAIL_JAVA_OPTS='-Xmx$XMX -XX:+CITime' ./mctrail check --threads N --quiet --output FILE FOLDER"
  for mix in other-only mediaconvert-1pct mediaconvert-only; do
    log "the $mix corpus of $size in $work/corpus"
    timed_corpus "mix.$mix." "$size" --mix "$mix"
    if [[ $spark == 1 && $mix == mediaconvert-1pct ]]; then
      log "  the Spark job in local[2]"
      spark_job "mix.$mix.spark" "$work/corpus"
    fi
    rm -rf "$work/corpus"
  done
  log "the typical corpus of $memory_size in $work/corpus"
  timed_corpus "" "$memory_size"
  rm -rf "$work/corpus"

  log "memory against the number of files: $files_size in few and in many files"
  corpus files.few "$work/few" --size "$files_size" --events-per-file 2000
  put files.few.per_file 2000
  check files.few 2 "$work/few"
  rm -rf "$work/few"
  corpus files.many "$work/many" --size "$files_size" --events-per-file 10
  put files.many.per_file 10
  check files.many 2 "$work/many"
  rm -rf "$work/many"
fi

log "writing $out"
"$JAVA" -cp "$BENCH_JAR" io.mctrail.bench.ResultsReport --jmh "$work/jmh.json" --run "$props" --out "$out"
}

# The CPU time (user and system) of the shell's waited-for children in a file the builtin `times`
# wrote (run in the shell itself: in a subshell it counts the subshell's children), in seconds.
children_cpu() {
  awk 'NR == 2 {
    t = 0
    for (i = 1; i <= 2; i++) { split($i, p, /[ms]/); t += p[1] * 60 + p[2] }
    printf "%.2f", t
  }' "$1"
}

# Runs a command, recording under a key its wall time, CPU time (user + system), exit code and peak
# resident memory; what it writes to standard output goes to $work/KEY.out.
measure() {
  local key=$1
  shift
  local start end status=0 rss="" cpu=""
  start=$(date +%s.%N)
  if [[ -x /usr/bin/time ]] && /usr/bin/time -v true > /dev/null 2>&1; then
    /usr/bin/time -v -o "$work/$key.time" "$@" > "$work/$key.out" || status=$?
    rss=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$work/$key.time")
    cpu=$(awk -F: '/User time|System time/ {t += $2} END {printf "%.2f", t}' "$work/$key.time")
  else
    # No GNU time: poll the process's high-water mark of resident memory, and take the CPU time
    # from the shell's count for its children (which counts the poll's sleeps too, a few ms a second).
    times > "$work/$key.cpu-before"
    "$@" > "$work/$key.out" &
    local pid=$! name value
    rss=0
    while kill -0 "$pid" 2> /dev/null; do
      while read -r name value _; do
        [[ $name == VmHWM: ]] && rss=$value
      done < "/proc/$pid/status" 2> /dev/null || true
      sleep 0.1
    done
    wait "$pid" || status=$?
    times > "$work/$key.cpu-after"
    cpu=$(awk -v a="$(children_cpu "$work/$key.cpu-before")" \
      -v b="$(children_cpu "$work/$key.cpu-after")" 'BEGIN {printf "%.2f", b - a}')
  fi
  end=$(date +%s.%N)
  put "$key.seconds" "$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.1f", b - a}')"
  put "$key.exit" "$status"
  [[ -n "$rss" ]] && put "$key.rss_kb" "$rss"
  [[ -n "$cpu" ]] && put "$key.cpu_seconds" "$cpu"
  return 0
}

# Runs a command several times, recording under a key the wall time of each run and their median,
# in seconds, and the exit code of the last run.
median_time() {
  local key=$1 runs=$2
  shift 2
  local start end status i seconds=()
  for ((i = 0; i < runs; i++)); do
    status=0
    start=$(date +%s.%N)
    "$@" > /dev/null 2>&1 || status=$?
    end=$(date +%s.%N)
    seconds+=("$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", b - a}')")
  done
  put "$key.runs" "${seconds[*]}"
  put "$key.seconds" "$(printf '%s\n' "${seconds[@]}" | sort -n | awk '{v[NR] = $1}
    END {printf "%.3f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}')"
  put "$key.exit" "$status"
}

# The largest heap after a collection in a -Xlog:gc file, in MB.
heap_after_gc() {
  grep -o -- '->[0-9]*M(' "$1" 2> /dev/null | tr -dc '0-9\n' | sort -n | tail -1
}

# mctrail check over a folder, with a report, a GC log and the compilation time -XX:+CITime counts
# (written to standard output when the JVM exits) under the key. CITime times each compilation by
# the clock, so a compiler thread waiting for a core counts as compiling.
check() {
  local key=$1 threads=$2 folder=$3
  # through the launcher, as a user runs it: with its class data sharing archive
  MCTRAIL_JAVA_OPTS="-Xmx$XMX -Xlog:gc:file=$work/$key.gc -XX:+CITime" measure "$key" ./mctrail \
    check --threads "$threads" --quiet --output "$work/$key.txt" "$folder"
  put "$key.heap_mb" "$(heap_after_gc "$work/$key.gc")"
  put "$key.compile_seconds" "$(awk '/Total compilation time/ {print $(NF - 1)}' "$work/$key.out")"
  put "$key.summary" "$(tail -1 "$work/$key.txt" 2> /dev/null || true)"
}

corpus() {
  local prefix=$1 folder=$2
  shift 2
  "$JAVA" -cp "$BENCH_JAR" io.mctrail.bench.CorpusBuilder --out "$folder" "$@" \
    | sed "s/^/$prefix./" >> "$props"
}

# Builds a corpus, then times gzip -dc and mctrail check with 1 and 2 threads over it, one after the
# other, under keys that begin with PREFIX (corpus., gzip., check1., check2.).
timed_corpus() {
  local prefix=$1 bytes=$2
  shift 2
  rm -rf "$work/corpus"
  corpus "${prefix}corpus" "$work/corpus" --size "$bytes" "$@"
  log "  gzip -dc"
  measure "${prefix}gzip" bash -c \
    "find '$work/corpus' -name '*.gz' -print0 | sort -z | xargs -0 gzip -dc > /dev/null"
  log "  mctrail check --threads 1"
  check "${prefix}check1" 1 "$work/corpus"
  log "  mctrail check --threads 2"
  check "${prefix}check2" 2 "$work/corpus"
}

# A value of a POM's property (the first element of that name).
pom_value() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$2" | head -1; }

# The Spark job over a folder, as spark-submit runs it in local[2] with Spark's own jars ahead of
# the shaded jar; its summary line under the key, as check records that of mctrail check.
spark_job() {
  local key=$1 folder=$2
  rm -rf "$work/$key.table"
  measure "$key" bash -c '"$@" > "$0.txt" 2> "$0.log"' "$work/$key" \
    "$JAVA" -Xmx$SPARK_XMX "${opens[@]}" "${jit[@]}" -cp "$spark_cp" org.apache.spark.deploy.SparkSubmit \
    --master 'local[2]' --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
    --conf spark.ui.enabled=false --class io.mctrail.spark.CheckJob "$spark_jar" "$folder" \
    --output "$work/$key.table"
  put "$key.summary" "$(tail -1 "$work/$key.txt" 2> /dev/null || true)"
  rm -rf "$work/$key.table"
}

main "$@"
exit
