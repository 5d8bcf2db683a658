#!/usr/bin/env bash
# Reproduces bench/RESULTS.md: builds the project, runs the JMH benchmarks, builds a corpus of
# gzipped CloudTrail log files (2 GB uncompressed by default) in a temporary folder, times a single
# `gzip -dc` over it and `mctrail check` with 1 and 2 threads in -Xmx256m (wall time, peak resident
# memory), compares the memory of a few big files with many small ones, times the Spark job
# (spark-submit in local[2], Spark 3.5's own jars) against `mctrail check --threads 2` on a corpus
# of an organisation trail (1% MediaConvert records), and writes the results.
#
#   bench/run.sh                       everything, as RESULTS.md records it (some 40 minutes)
#   bench/run.sh --size 200m --quick   a trial: a smaller corpus, short JMH iterations
#
# Options:
#   --size N[m|g]        uncompressed size of the end-to-end corpus (default 2g)
#   --files-size N[m|g]  size of each corpus of the files comparison (default 256m)
#   --quick              JMH with one short warm-up and two short iterations
#   --benchmarks REGEX   the JMH benchmarks to run (default every one: io.mctrail.bench.*)
#   --jmh-args "ARGS"    more JMH options (e.g. "-f 2 -wi 5")
#   --spark-size N[m|g]  uncompressed size of the Spark job's corpus (default 2g)
#   --no-jmh, --no-e2e   leave out the benchmarks or the end-to-end runs
#   --no-spark           leave out the Spark job
#   --no-build           use the jars already built
#   --work DIR           where the corpora go (default a new temporary folder, deleted after)
#   --out FILE           where the results go (default bench/RESULTS.md)
# Environment: MVN (default ./mvnw) and MVN_ARGS (e.g. "-o") build the jars; JAVA (default java).
set -euo pipefail

# Everything in a function: bash reads it whole before it runs, so the file may change meanwhile.
main() {
cd "$(dirname "$0")/.."

size=2g
files_size=256m
spark_size=2g
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
    --size) size=$2; keep "$1" "$2"; shift 2 ;;
    --files-size) files_size=$2; keep "$1" "$2"; shift 2 ;;
    --quick) quick=1; keep "$1"; shift ;;
    --benchmarks) benchmarks=$2; keep "$1" "$2"; shift 2 ;;
    --jmh-args) jmh_args=$2; keep "$1" "$2"; shift 2 ;;
    --no-jmh) jmh=0; keep "$1"; shift ;;
    --no-e2e) e2e=0; keep "$1"; shift ;;
    --spark-size) spark_size=$2; keep "$1" "$2"; shift 2 ;;
    --no-spark) spark=0; keep "$1"; shift ;;
    --no-build) build=0; shift ;;
    --work) work=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ {print; next} NR > 1 {exit}' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

JAVA=${JAVA:-java}
MVN=${MVN:-./mvnw}
BENCH_JAR=bench/target/benchmarks.jar
CLI_JAR=cli/target/mctrail-cli-0.1.0-SNAPSHOT-all.jar
XMX=256m
SPARK_XMX=1g

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

# Runs a command, recording its wall time, exit code and peak resident memory under a key.
measure() {
  local key=$1
  shift
  local start end status=0 rss=""
  start=$(date +%s.%N)
  if [[ -x /usr/bin/time ]] && /usr/bin/time -v true > /dev/null 2>&1; then
    /usr/bin/time -v -o "$work/$key.time" "$@" || status=$?
    rss=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$work/$key.time")
  else
    # No GNU time: poll the process's high-water mark of resident memory.
    "$@" &
    local pid=$! hwm
    rss=0
    while kill -0 "$pid" 2> /dev/null; do
      hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2> /dev/null || true)
      [[ -n "$hwm" ]] && rss=$hwm
      sleep 0.1
    done
    wait "$pid" || status=$?
  fi
  end=$(date +%s.%N)
  put "$key.seconds" "$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.1f", b - a}')"
  put "$key.exit" "$status"
  [[ -n "$rss" ]] && put "$key.rss_kb" "$rss"
  return 0
}

# The largest heap after a collection in a -Xlog:gc file, in MB.
heap_after_gc() {
  grep -o -- '->[0-9]*M(' "$1" 2> /dev/null | tr -dc '0-9\n' | sort -n | tail -1
}

# mctrail check over a folder, with a report and a GC log under the key.
check() {
  local key=$1 threads=$2 folder=$3
  measure "$key" "$JAVA" -Xmx$XMX -Xlog:gc:file="$work/$key.gc" -jar "$CLI_JAR" \
    check --threads "$threads" --quiet --output "$work/$key.txt" "$folder"
  put "$key.heap_mb" "$(heap_after_gc "$work/$key.gc")"
  put "$key.summary" "$(tail -1 "$work/$key.txt" 2> /dev/null || true)"
}

corpus() {
  local prefix=$1 folder=$2
  shift 2
  "$JAVA" -cp "$BENCH_JAR" io.mctrail.bench.CorpusBuilder --out "$folder" "$@" \
    | sed "s/^/$prefix./" >> "$props"
}

if [[ $e2e == 1 ]]; then
  log "building a corpus of $size in $work/corpus"
  rm -rf "$work/corpus"
  corpus corpus "$work/corpus" --size "$size"
  put check.command "java -Xmx$XMX -jar $CLI_JAR check --threads N --quiet --output FILE FOLDER"

  log "gzip -dc over the corpus"
  measure gzip bash -c "find '$work/corpus' -name '*.gz' -print0 | sort -z | xargs -0 gzip -dc > /dev/null"
  log "mctrail check --threads 1"
  check check1 1 "$work/corpus"
  log "mctrail check --threads 2"
  check check2 2 "$work/corpus"
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

if [[ $spark == 1 ]]; then
  log "resolving Spark's own class path"
  pom_value() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$2" | head -1; }
  # shellcheck disable=SC2086
  $MVN ${MVN_ARGS:-} -q -B -f spark/src/it/spark-runtime-3.5/pom.xml validate \
    -Dspark.version="$(pom_value spark.version pom.xml)" \
    -Ddependency-plugin.version="$(pom_value dependency-plugin.version pom.xml)" \
    -Dclasspath.dir="$work"
  spark_cp=$(cat "$work/spark-runtime-3.5.classpath")
  read -r -a opens <<< "$(pom_value spark.jvm.opens spark/pom.xml)"
  spark_jar=$(ls spark/target/mctrail-spark-*.jar | grep -v '/original-' | head -1)

  log "building a corpus of $spark_size, 1% MediaConvert, in $work/org"
  rm -rf "$work/org"
  corpus spark.corpus "$work/org" --size "$spark_size" --mediaconvert-percent 1
  log "mctrail check --threads 2 over it"
  check spark.check2 2 "$work/org"
  log "the Spark job in local[2] over it"
  put spark.command "spark-submit --master local[2] --driver-memory $SPARK_XMX --class io.mctrail.spark.CheckJob $spark_jar FOLDER --output DIR"
  measure spark.job bash -c '"$@" > "$0.txt" 2> "$0.log"' "$work/spark.job" \
    "$JAVA" -Xmx$SPARK_XMX "${opens[@]}" -cp "$spark_cp" org.apache.spark.deploy.SparkSubmit \
    --master 'local[2]' --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
    --conf spark.ui.enabled=false --class io.mctrail.spark.CheckJob "$spark_jar" "$work/org" \
    --output "$work/spark.job.out"
  put spark.job.summary "$(tail -1 "$work/spark.job.txt" 2> /dev/null || true)"
  rm -rf "$work/org" "$work/spark.job.out"
fi

log "writing $out"
"$JAVA" -cp "$BENCH_JAR" io.mctrail.bench.ResultsReport --jmh "$work/jmh.json" --run "$props" --out "$out"
}

main "$@"
exit
