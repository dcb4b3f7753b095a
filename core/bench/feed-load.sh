#!/usr/bin/env bash
# Load on a personal calendar feed from a second process (wrk) on loopback, beside a trivial endpoint of the same
# server. Needs wrk (apt-get install wrk) and a built jar (mvn -B -q package -DskipTests). Prints each path's requests a
# second and p99, their ratio, and the load average. Usage: core/bench/feed-load.sh (SECONDS_EACH=15 a path; JVM_OPTS
# for the server, e.g. -Xlog:gc:file=gc.log)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18080}
DATA=$(mktemp -d)
SPOR_DATA_DIR="$DATA" SPOR_PORT=$PORT java ${JVM_OPTS:-} -jar core/target/spor.jar --demo > "$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
# ready means the demo data is in (see the README's readiness); a loaded machine may take minutes
for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/health/readiness" || true)" = 200 ] && break
  kill -0 $SERVER 2>/dev/null || { cat "$DATA/server.log"; exit 1; }
  sleep 0.5
done
login() {
  curl -s -XPOST "localhost:$PORT/api/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"spor-demo-2026\"}" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
HR=$(login hr@demo.spor.dk)
PROGRAMME=$(curl -s "localhost:$PORT/api/programmes" -H "Authorization: Bearer $HR" | sed 's/^\[{"id":"\([^"]*\)".*/\1/')
curl -s -XPOST "localhost:$PORT/api/programmes/$PROGRAMME/action-learning/plan" -H "Authorization: Bearer $HR" > /dev/null
EMPLOYEE=$(login medarbejder.1@demo.spor.dk)
FEED=$(curl -s -XPOST "localhost:$PORT/api/me/calendar-feed" -H "Authorization: Bearer $EMPLOYEE" \
  | sed 's/.*"url":"[a-z]*:\/\/[^/]*\([^"]*\)".*/\1/')
echo "feed: $(curl -s "localhost:$PORT$FEED" | grep -c BEGIN:VEVENT) events"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
declare -A RPS
for path in /health "$FEED"; do
  name=$( [ "$path" = /health ] && echo health || echo feed )
  wrk -t2 -c16 -d${SECONDS_EACH:-15}s --latency "http://127.0.0.1:$PORT$path" > "$DATA/wrk.txt"
  rps=$(awk '/Requests\/sec/ {print $2}' "$DATA/wrk.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$DATA/wrk.txt")
  RPS[$name]=$rps
  echo "$name: ${rps} requests/s, p99 ${p99}"
done
echo "feed / health: $(awk -v f="${RPS[feed]}" -v h="${RPS[health]}" 'BEGIN {printf "%.2f", f / h}')"
echo "machine: $(nproc) cores, load average before $LOAD_BEFORE, after $(cut -d' ' -f1-3 /proc/loadavg)"
