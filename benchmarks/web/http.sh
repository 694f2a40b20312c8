#!/usr/bin/env bash
# The public page under load (docs/benchmarks.md, issue 16): wrk asks jabu's glossary search page
# (/glossary?q=kubernets: the chat search, a typo, one result, the page around it) and, in the
# same run, the calendar feed (/calendar.ics with 20 published meetups) that calendar apps poll.
# jabu runs as shipped (bin/jabu run: its JVM flags, SQLite, the glossary), at the console with
# its HTTP server beside it. Rounds alternate search / feed, so both see the same machine load.
# Usage: benchmarks/web/http.sh [seconds per run] [connections] [rounds]   (after a build)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seconds="${1:-20}"
connections="${2:-16}"
rounds="${3:-3}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[ -f "$root/bot-app/target/jabu.jar" ] || { echo "build first: bin/benchmark web" >&2; exit 1; }

unset SLACK_BOT_TOKEN SLACK_APP_TOKEN SLACK_SIGNING_SECRET DISCORD_TOKEN JABU_DATABASE_URL
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port="$(free_port)"
work="$(mktemp -d)"
pid=""
cleanup() {
  exec 3>&- 2>/dev/null || true
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

cat >"$work/jabu.yaml" <<YAML
glossary:
  folder: $root/config/glossary
database:
  file: $work/jabu.db
http:
  host: 127.0.0.1
  port: $port
web:
  # every request comes from one address here; the limit is not what is measured
  searches-per-minute: 10000000
YAML
# the console reads its commands from a pipe held open for the whole run
mkfifo "$work/console.in"
(cd "$work" && exec "$root/bin/jabu" run --config "$work/jabu.yaml" <"$work/console.in" >jabu.out 2>jabu.err) &
pid=$!
exec 3>"$work/console.in"
for i in $(seq 1 20); do
  printf '/meetup create title:"Benchmark meetup %s" start:%s end:%s capacity:50 venue:"Hall %s"\n' \
    "$i" "$(date -d "+$((i * 7)) days" +%Y-%m-%dT19:00)" "$(date -d "+$((i * 7)) days" +%Y-%m-%dT21:00)" "$i" >&3
  printf '/meetup announce %s\n' "$i" >&3
done
for _ in $(seq 1 150); do
  curl -fs "http://127.0.0.1:$port/calendar.ics" 2>/dev/null | grep -q "Benchmark meetup 20" && break
  sleep 0.2
done
curl -fs "http://127.0.0.1:$port/calendar.ics" | grep -q "Benchmark meetup 20" \
  || { cat "$work/jabu.err" "$work/jabu.out" >&2; exit 1; }
curl -fs "http://127.0.0.1:$port/glossary?q=kubernets" | grep -q 'href="/glossary/kubernetes"' \
  || { echo "the search page did not find kubernets" >&2; exit 1; }

search="http://127.0.0.1:$port/glossary?q=kubernets"
feed="http://127.0.0.1:$port/calendar.ics"
# One wrk run; prints "requests/s p50-ms p99-ms non-2xx".
load() {
  wrk -t2 -c"$connections" -d"$1"s --latency "$2" | awk '
    function ms(v) {
      if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000
    }
    /Requests\/sec:/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx/ { bad = $NF }
    END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, bad }'
}
bytes() { curl -s "$1" | wc -c; }
echo "response sizes: search page $(bytes "$search") bytes, feed $(bytes "$feed") bytes (no gzip asked)" >&2
echo "warming up (10 s each)..." >&2
load 10 "$search" >/dev/null
load 10 "$feed" >/dev/null
printf '%-6s %-8s %10s %9s %9s %8s\n' round page "req/s" "p50 ms" "p99 ms" "non-2xx"
for round in $(seq 1 "$rounds"); do
  read -r s_rps s_p50 s_p99 s_bad < <(load "$seconds" "$search")
  read -r f_rps f_p50 f_p99 f_bad < <(load "$seconds" "$feed")
  printf '%-6s %-8s %10s %9s %9s %8s\n' "$round" search "$s_rps" "$s_p50" "$s_p99" "$s_bad"
  printf '%-6s %-8s %10s %9s %9s %8s\n' "$round" feed "$f_rps" "$f_p50" "$f_p99" "$f_bad"
done
echo "$connections connections, 2 wrk threads, ${seconds} s per run, $(nproc) cores shared with other work"
