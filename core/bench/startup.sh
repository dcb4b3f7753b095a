#!/usr/bin/env bash
# Start-up speed: from launching `java -jar core/target/spor.jar` to /health/readiness answering 200, with the
# built-in PostgreSQL. "cold" is a first start in an empty data folder (unpacking PostgreSQL, initdb, all migrations);
# "warm" is a start on the data folder the cold runs left (the usual restart). Prints every run and the medians.
# Builds the jar when it is missing. Usage: core/bench/startup.sh [runs, default 5]
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}
PORT=${PORT:-18090}
[ -f core/target/spor.jar ] || mvn -B -q package -DskipTests -pl core -am
WORK=$(mktemp -d)
SERVER=
cleanup() {
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

now() { date +%s%N; }

# one start on the data folder: sets TOOK to the milliseconds to readiness, then stops the server again
start_once() {
  local data=$1 t0 code
  t0=$(now)
  SPOR_DATA_DIR="$data" SPOR_PORT=$PORT SPOR_PLUGINS_DIR="$PWD/target/plugins" \
    java -jar core/target/spor.jar > "$data.log" 2>&1 &
  SERVER=$!
  while true; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/health/readiness" || true)
    [ "$code" = 200 ] && break
    kill -0 "$SERVER" 2>/dev/null || { echo "Spor exited; see $data.log" >&2; cat "$data.log" >&2; exit 1; }
    sleep 0.02
  done
  TOOK=$(( ($(now) - t0) / 1000000 ))
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

cold=(); warm=()
for i in $(seq 1 "$RUNS"); do
  start_once "$WORK/cold-$i"; cold+=("$TOOK")
done
for i in $(seq 1 "$RUNS"); do
  start_once "$WORK/cold-1"; warm+=("$TOOK")
done
echo "cold first start (ms): ${cold[*]}"
echo "warm restart (ms):     ${warm[*]}"
echo "median cold $(printf '%s\n' "${cold[@]}" | median) ms, median warm $(printf '%s\n' "${warm[@]}" | median) ms"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
