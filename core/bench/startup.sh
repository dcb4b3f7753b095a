#!/usr/bin/env bash
# Start-up speed: from launching `java -jar core/target/spor.jar` to /health/readiness answering 200, with the
# built-in PostgreSQL. "cold" is a first start in an empty data folder (unpacking PostgreSQL, initdb, all migrations);
# "warm" is a start on the data folder the cold runs left (the usual restart). Prints every run and the medians, in
# wall-clock time and in CPU time of the Java process (user + system) at readiness, which depends less on what else
# the machine is doing. A third series is the warm restart with an application class-data archive (AppCDS, see the
# README), made by one extra start.
# Builds the jar when it is missing. Usage: core/bench/startup.sh [runs, default 5]
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
  SPOR_DATA_DIR="$data" SPOR_PORT=$PORT SPOR_PLUGINS_DIR="$PWD/target/plugins" \
    java ${JVM_OPTS:-} -jar core/target/spor.jar > "$data.log" 2>&1 &
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

cold=(); warm=(); cds=(); cold_cpu=(); warm_cpu=(); cds_cpu=()
for i in $(seq 1 "$RUNS"); do
  start_once "$WORK/cold-$i"; cold+=("$TOOK"); cold_cpu+=("$CPU")
done
for i in $(seq 1 "$RUNS"); do
  start_once "$WORK/cold-1"; warm+=("$TOOK"); warm_cpu+=("$CPU")
done
JVM_OPTS="-XX:ArchiveClassesAtExit=$WORK/spor.jsa" start_once "$WORK/cold-1"
for i in $(seq 1 "$RUNS"); do
  JVM_OPTS="-XX:SharedArchiveFile=$WORK/spor.jsa" start_once "$WORK/cold-1"; cds+=("$TOOK"); cds_cpu+=("$CPU")
done
echo "cold first start (ms): ${cold[*]}"
echo "warm restart (ms):     ${warm[*]}"
echo "cold CPU (ms):          ${cold_cpu[*]}"
echo "warm CPU (ms):          ${warm_cpu[*]}"
echo "warm with AppCDS (ms): ${cds[*]} (CPU ${cds_cpu[*]})"
echo "median cold $(printf '%s\n' "${cold[@]}" | median) ms (CPU $(printf '%s\n' "${cold_cpu[@]}" | median) ms)," \
  "median warm $(printf '%s\n' "${warm[@]}" | median) ms (CPU $(printf '%s\n' "${warm_cpu[@]}" | median) ms)," \
  "median warm with AppCDS $(printf '%s\n' "${cds[@]}" | median) ms (CPU $(printf '%s\n' "${cds_cpu[@]}" | median) ms)"
echo "machine: $(nproc) cores, load average before $LOAD_BEFORE, after $(cut -d' ' -f1-3 /proc/loadavg)"
