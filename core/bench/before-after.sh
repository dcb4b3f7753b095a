#!/usr/bin/env bash
# The planning, re-scoring and feed benchmarks of an older checkout and of this one, interleaved (old and new take
# turns within every round, the one to go first alternating), each figure also divided by the baseline its own
# benchmark measures in the same run, so that the machine's other work cancels out as far as it can. Prints the
# medians over the rounds and new/old. The feed first, then planning, then re-scoring, each in rounds.
#
# Usage: core/bench/before-after.sh OLD_CHECKOUT [ROUNDS]   (ROUNDS defaults to 3)
#
# Run sizes are modest by default so that a shared machine stays usable; raise them with EMPLOYEES (1000), PLAN_RUNS
# (3), RESPONSES (10000), RESCORE_RUNS (3), FEED_SECONDS (10 per path); BENCHMARKS picks some of "feed planning
# rescoring". Both checkouts are built when their jar or benchmark class path is missing (MVN_ARGS, e.g. -o, is
# passed to Maven). Both use one PostgreSQL server, so that the database's settings are the same for old and new:
# SPOR_TEST_DATABASE_URL (with SPOR_TEST_DATABASE_USER and SPOR_TEST_DATABASE_PASSWORD) if set, else a throwaway
# server started here from initdb and pg_ctl on the PATH.
# Needs wrk and curl. The raw output of every run is kept in the folder named at the end.
set -euo pipefail

[ $# -ge 1 ] || { echo "usage: $0 OLD_CHECKOUT [ROUNDS]" >&2; exit 2; }
NEW=$(cd "$(dirname "$0")/../.." && pwd)
OLD=$(cd "$1" && pwd)
ROUNDS=${2:-3}
EMPLOYEES=${EMPLOYEES:-1000}
PLAN_RUNS=${PLAN_RUNS:-3}
RESPONSES=${RESPONSES:-10000}
RESCORE_RUNS=${RESCORE_RUNS:-3}
FEED_SECONDS=${FEED_SECONDS:-10}
BENCHMARKS=${BENCHMARKS:-feed planning rescoring}
PORT=${PORT:-18080}
LOGS=$(mktemp -d "${TMPDIR:-/tmp}/before-after.XXXXXX")
RESULTS="$LOGS/results.tsv"
: > "$RESULTS"

build() {
  local tree=$1
  if [ ! -f "$tree/core/target/spor.jar" ] || [ ! -f "$tree/core/target/bench-classpath.txt" ] \
      || [ ! -d "$tree/core/target/test-classes/dk/spor/benchmark" ]; then
    echo "building $tree"
    (cd "$tree" && mvn -B -q ${MVN_ARGS:-} package dependency:build-classpath -DskipTests -Dmdep.includeScope=test \
      -Dmdep.outputFile=target/bench-classpath.txt -pl '!plugins/tests')
  fi
  if [ ! -d "$tree/target/plugins" ] && [ -d "$NEW/target/plugins" ]; then
    mkdir -p "$tree/target" && cp -r "$NEW/target/plugins" "$tree/target/"
  fi
}
build "$OLD"
build "$NEW"

# One PostgreSQL for both checkouts.
PG_PID_DIR=""
AS=()
if [ -z "${SPOR_TEST_DATABASE_URL:-}" ]; then
  PG_PORT=${PG_PORT:-55432}
  PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/before-after-pg.XXXXXX")

  if [ "$(id -u)" = 0 ]; then # PostgreSQL refuses to run as root
    chown postgres "$PG_DIR"
    AS=(runuser -u postgres --)
  fi
  echo bench > "$PG_DIR/pw" && chmod 644 "$PG_DIR/pw"
  "${AS[@]}" initdb -D "$PG_DIR/data" -U postgres --pwfile="$PG_DIR/pw" --auth=scram-sha-256 > "$LOGS/initdb.log"
  "${AS[@]}" pg_ctl -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -o \
    "-p $PG_PORT -c listen_addresses=localhost -c unix_socket_directories='' -c max_connections=200" start > /dev/null
  PG_PID_DIR=$PG_DIR
  export SPOR_TEST_DATABASE_URL="jdbc:postgresql://localhost:$PG_PORT/postgres"
  export SPOR_TEST_DATABASE_USER=postgres SPOR_TEST_DATABASE_PASSWORD=bench
fi
SERVER=""
cleanup() {
  local s
  for s in $SERVER; do kill "$s" 2>/dev/null || true; wait "$s" 2>/dev/null || true; done
  if [ -n "$PG_PID_DIR" ]; then
    "${AS[@]}" pg_ctl -D "$PG_PID_DIR/data" -m fast stop > /dev/null || true
    rm -rf "$PG_PID_DIR"
  fi
}
trap cleanup EXIT
HOSTPORT=${SPOR_TEST_DATABASE_URL#jdbc:postgresql://}
HOSTPORT=${HOSTPORT%%/*}
psql_admin() {
  PGPASSWORD=${SPOR_TEST_DATABASE_PASSWORD:-} PGOPTIONS='-c client_min_messages=warning' \
    psql -q -h "${HOSTPORT%%:*}" -p "${HOSTPORT##*:}" \
    -U "${SPOR_TEST_DATABASE_USER:-postgres}" -d postgres -c "$1"
}

classpath() {
  echo "$1/core/target/test-classes:$1/core/target/classes:$(cat "$1/core/target/bench-classpath.txt")"
}

# benchmark tree value baseline: one line of results.tsv (value and baseline in seconds, lower is better)
record() {
  printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >> "$RESULTS"
  printf '  %-9s %-3s %10s  baseline %10s\n' "$1" "$2" "$3" "$4"
}

planning() {
  local tree=$1 name=$2 log="$LOGS/planning-$2-$3.log"
  (cd "$tree" && java -cp "$(classpath "$tree")" dk.spor.benchmark.MunicipalityPlanningBenchmark \
    "$EMPLOYEES" "$PLAN_RUNS" > "$log" 2>&1)
  # "... median plan 2.05 s, median floor 0.71 s, ratio 2.9x"
  read -r plan floor < <(sed -n 's/.*median plan \([0-9.]*\) s, median floor \([0-9.]*\) s.*/\1 \2/p' "$log")
  record planning "$name" "$plan" "$floor"
}

rescoring() {
  local tree=$1 name=$2 log="$LOGS/rescoring-$2-$3.log"
  (cd "$tree" && java -cp "$(classpath "$tree")" dk.spor.benchmark.RescoringBenchmark \
    "$RESPONSES" "$RESCORE_RUNS" > "$log" 2>&1)
  # "10000 responses: median 0.590 s = ... (baseline read+COPY 0.330 s = ..."
  read -r bulk base < <(sed -n 's/.*responses: median \([0-9.]*\) s .*baseline read+COPY \([0-9.]*\) s.*/\1 \2/p' "$log")
  record rescoring "$name" "$bulk" "$base"
}

# As core/bench/feed-load.sh: a personal feed and /health of one server under wrk. Both checkouts' servers are
# started once, each on a fresh database (starting one takes a minute or more on a busy machine), and then take turns.
# Recorded as seconds per request (1 / requests per second) with /health as the baseline, and as the server's CPU time
# per request (user + system, which depends less on the machine's other work).
declare -A SERVERS FEEDS
start_server() {
  local tree=$1 name=$2 port=$3 db="feed_$2" data="$LOGS/feed-$2"
  mkdir -p "$data"
  psql_admin "drop database if exists $db"
  psql_admin "create database $db"
  (cd "$tree" && SPOR_DATA_DIR="$data" SPOR_PORT=$port \
    SPOR_DATABASE_URL="jdbc:postgresql://$HOSTPORT/$db" SPOR_DATABASE_USER=${SPOR_TEST_DATABASE_USER:-postgres} \
    SPOR_DATABASE_PASSWORD=${SPOR_TEST_DATABASE_PASSWORD:-} exec java -jar core/target/spor.jar --demo) \
    > "$data/server.log" 2>&1 &
  SERVERS[$name]=$!
  SERVER="${SERVERS[*]}"
  for _ in $(seq 1 600); do
    grep -q "Demo municipality loaded" "$data/server.log" 2>/dev/null && break
    kill -0 "${SERVERS[$name]}" 2>/dev/null || { echo "the $name server stopped: $data/server.log" >&2; exit 1; }
    sleep 0.5
  done
  grep -q "Demo municipality loaded" "$data/server.log" || { echo "the $name server is not up: $data/server.log" >&2; exit 1; }
  login() {
    curl -s -XPOST "localhost:$port/api/login" -H 'Content-Type: application/json' \
      -d "{\"username\":\"$1\",\"password\":\"spor-demo-2026\"}" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
  }
  local hr programme employee path
  hr=$(login hr@demo.spor.dk)
  programme=$(curl -s "localhost:$port/api/programmes" -H "Authorization: Bearer $hr" | sed 's/^\[{"id":"\([^"]*\)".*/\1/')
  curl -s -XPOST "localhost:$port/api/programmes/$programme/action-learning/plan" -H "Authorization: Bearer $hr" > /dev/null
  employee=$(login medarbejder.1@demo.spor.dk)
  # the feed's address: "httpsUrl" where the server has an https public address, else "url" (older versions
  # always gave "httpsUrl")
  local answer
  answer=$(curl -s -XPOST "localhost:$port/api/me/calendar-feed" -H "Authorization: Bearer $employee")
  path=$(sed -n 's/.*"httpsUrl":"https:\/\/[^/]*\([^"]*\)".*/\1/p' <<< "$answer")
  [ -n "$path" ] || path=$(sed -n 's/.*"url":"https\{0,1\}:\/\/[^/]*\([^"]*\)".*/\1/p' <<< "$answer")
  [ -n "$path" ] || { echo "no feed address in the $name server's answer: $answer" >&2; exit 1; }
  FEEDS[$name]="http://127.0.0.1:$port$path"
  echo "  $name server up: $(curl -s "${FEEDS[$name]}" | grep -c BEGIN:VEVENT || true) events in the feed"
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# one wrk run; prints "seconds-per-request cpu-ms-per-request"
load() {
  local pid=$1 url=$2 out=$3 c0 c1
  c0=$(cpu_ticks "$pid")
  wrk -t2 -c16 -d"${FEED_SECONDS}s" "$url" > "$out"
  c1=$(cpu_ticks "$pid")
  awk -v c0="$c0" -v c1="$c1" -v hz="$(getconf CLK_TCK)" '
    /requests in/ {n = $1} /Requests\/sec/ {r = $2}
    END {printf "%.6f %.4f\n", 1 / r, (c1 - c0) * 1000 / hz / n}' "$out"
}

feed() {
  local name=$2 round=$3 pid=${SERVERS[$2]} url=${FEEDS[$2]} hs hc fs fc
  read -r hs hc < <(load "$pid" "${url%%/api/*}/health" "$LOGS/feed-$name/wrk-health-$round.txt")
  read -r fs fc < <(load "$pid" "$url" "$LOGS/feed-$name/wrk-feed-$round.txt")
  echo "  feed      $name: $(awk -v s="$fs" 'BEGIN {printf "%.0f", 1 / s}') requests/s, ${fc} ms CPU a request;" \
    "/health $(awk -v s="$hs" 'BEGIN {printf "%.0f", 1 / s}') requests/s, ${hc} ms CPU"
  record feed "$name" "$fs" "$hs"
  record feed-cpu "$name" "$fc" "$hc"
}

echo "old: $OLD ($(git -C "$OLD" rev-parse --short HEAD)), new: $NEW ($(git -C "$NEW" rev-parse --short HEAD))"
echo "planning $EMPLOYEES employees x $PLAN_RUNS runs, re-scoring $RESPONSES responses x $RESCORE_RUNS runs," \
  "feed ${FEED_SECONDS} s a path; $ROUNDS rounds; load $(cut -d' ' -f1-3 /proc/loadavg)"
interleaved() {
  local bench=$1 round order name tree
  for round in $(seq 1 "$ROUNDS"); do
    if [ $((round % 2)) = 1 ]; then order="old new"; else order="new old"; fi
    echo "$bench, round $round ($order)"
    for name in $order; do
      if [ "$name" = old ]; then tree=$OLD; else tree=$NEW; fi
      "$bench" "$tree" "$name" "$round"
    done
  done
}
if [[ " $BENCHMARKS " == *" feed "* ]]; then
  echo "feed: starting both servers"
  start_server "$OLD" old "$PORT"
  start_server "$NEW" new "$((PORT + 1))"
  interleaved feed
  for s in $SERVER; do kill "$s"; wait "$s" 2>/dev/null || true; done
  SERVER=""
fi
[[ " $BENCHMARKS " != *" planning "* ]] || interleaved planning
[[ " $BENCHMARKS " != *" rescoring "* ]] || interleaved rescoring

echo
echo "medians over $ROUNDS rounds (seconds, or seconds per request for the feed; lower is better):"
awk -F'\t' '
  function median(list,   n, a, i, j, t) {
    n = split(list, a, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  { v[$1, $2] = v[$1, $2] " " $3; b[$1, $2] = b[$1, $2] " " $4; r[$1, $2] = r[$1, $2] " " ($3 / $4) }
  END {
    printf "%-10s %12s %12s %8s %12s %12s %8s %10s %10s\n", "benchmark", "old", "old base", "old rel", \
      "new", "new base", "new rel", "new/old", "rel n/o"
    split("planning rescoring feed feed-cpu", names, " ")
    for (k = 1; k <= 4; k++) {
      x = names[k]
      if (!((x, "old") in v)) continue
      vo = median(v[x, "old"]); bo = median(b[x, "old"]); ro = median(r[x, "old"])
      vn = median(v[x, "new"]); bn = median(b[x, "new"]); rn = median(r[x, "new"])
      printf "%-10s %12.4g %12.4g %8.3f %12.4g %12.4g %8.3f %10.3f %10.3f\n", x, vo, bo, ro, vn, bn, rn, vn / vo, rn / ro
    }
    print "rel = figure / its own baseline in the same run, median over rounds; rel n/o above 1.10 = more than 10 % slower"
    print "feed-cpu: CPU milliseconds of the server process per request, /health as the baseline"
    if (("feed", "old") in v) print "feed: requests/s = 1 / figure (old " sprintf("%.0f", 1 / median(v["feed", "old"])) \
      ", new " sprintf("%.0f", 1 / median(v["feed", "new"])) ")"
  }' "$RESULTS"
echo "raw output: $LOGS"
