#!/usr/bin/env bash
# Start-up speed: from launching `java -jar core/target/spor.jar` to /health/readiness answering 200, with the
# built-in PostgreSQL. "cold" is a first start in an empty data folder (unpacking PostgreSQL, initdb, all migrations);
# "warm" is a start on the data folder the cold runs left (the usual restart). Prints every run and the medians, in
# wall-clock time and in CPU time of the Java process (user + system) at readiness, which depends less on what else
# the machine is doing. Then the same through the launcher (core/bin/spor), which keeps a class-data archive (AppCDS,
# see the README): its first start of the jar (cold, no archive yet; the archive is written as it stops), then cold
# starts on new data folders and warm restarts, both with the archive. The plain series is the baseline, measured in
# the same run. Builds the jar when it is missing. Usage: core/bench/startup.sh [runs, default 5]
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}
PORT=${PORT:-18090}
[ -f core/target/spor.jar ] || mvn -B -q package -DskipTests -pl core -am
WORK=$(mktemp -d)
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
SERVER=
cleanup() {
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

now() { date +%s%N; }

# one start on the data folder: sets TOOK to the milliseconds to readiness and CPU to the Java process's CPU
# milliseconds by then, then stops the server again
start_once() {
  local data=$1 t0 code
  t0=$(now)
  # shellcheck disable=SC2206
  local command=(java ${JVM_OPTS:-} -jar core/target/spor.jar)
  [ -n "${LAUNCHER:-}" ] && command=(core/bin/spor)
  SPOR_DATA_DIR="$data" SPOR_PORT=$PORT SPOR_PLUGINS_DIR="$PWD/target/plugins" SPOR_CLASS_ARCHIVE_DIR="$WORK/archives" \
    "${command[@]}" > "$data.log" 2>&1 &
  SERVER=$!
  while true; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/health/readiness" || true)
    [ "$code" = 200 ] && break
    kill -0 "$SERVER" 2>/dev/null || { echo "Spor exited; see $data.log" >&2; cat "$data.log" >&2; exit 1; }
    sleep 0.02
  done
  TOOK=$(( ($(now) - t0) / 1000000 ))
  CPU=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$SERVER/stat")
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

cold=(); warm=(); cold_cpu=(); warm_cpu=(); lcold=(); lwarm=(); lcold_cpu=(); lwarm_cpu=()
for i in $(seq 1 "$RUNS"); do
  start_once "$WORK/cold-$i"; cold+=("$TOOK"); cold_cpu+=("$CPU")
done
for i in $(seq 1 "$RUNS"); do
  start_once "$WORK/cold-1"; warm+=("$TOOK"); warm_cpu+=("$CPU")
done
# the launcher: its first start of this jar has no archive yet, and leaves one as it stops
LAUNCHER=1 start_once "$WORK/launcher-first"; first=$TOOK
ls "$WORK"/archives/spor-classes-*.jsa > /dev/null || { echo "the launcher left no archive" >&2; exit 1; }
for i in $(seq 1 "$RUNS"); do
  LAUNCHER=1 start_once "$WORK/launcher-cold-$i"; lcold+=("$TOOK"); lcold_cpu+=("$CPU")
done
for i in $(seq 1 "$RUNS"); do
  LAUNCHER=1 start_once "$WORK/launcher-cold-1"; lwarm+=("$TOOK"); lwarm_cpu+=("$CPU")
done
m() { printf '%s\n' "$@" | median; }
echo "java -jar, cold (ms):              ${cold[*]} (CPU ${cold_cpu[*]})"
echo "java -jar, warm (ms):              ${warm[*]} (CPU ${warm_cpu[*]})"
echo "launcher, first start of the jar:  $first ms"
echo "launcher, cold with archive (ms):  ${lcold[*]} (CPU ${lcold_cpu[*]})"
echo "launcher, warm with archive (ms):  ${lwarm[*]} (CPU ${lwarm_cpu[*]})"
echo "medians: java -jar cold $(m "${cold[@]}") ms (CPU $(m "${cold_cpu[@]}")), warm $(m "${warm[@]}") ms" \
  "(CPU $(m "${warm_cpu[@]}")); launcher cold $(m "${lcold[@]}") ms (CPU $(m "${lcold_cpu[@]}")), warm" \
  "$(m "${lwarm[@]}") ms (CPU $(m "${lwarm_cpu[@]}"))"
echo "ratios to java -jar: cold $(awk -v a="$(m "${lcold[@]}")" -v b="$(m "${cold[@]}")" 'BEGIN {printf "%.2f", a / b}')," \
  "warm $(awk -v a="$(m "${lwarm[@]}")" -v b="$(m "${warm[@]}")" 'BEGIN {printf "%.2f", a / b}')"
echo "machine: $(nproc) cores, load average before $LOAD_BEFORE, after $(cut -d' ' -f1-3 /proc/loadavg)"
