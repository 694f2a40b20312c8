#!/usr/bin/env bash
# Slack HTTP mode under load (docs/benchmarks.md, issue 14): wrk sends signed /term slash commands
# (benchmarks/slack/signed-term.lua) to jabu's POST /slack/events, and in the same run to a bare
# Javalin server answering that route with a fixed 200. jabu runs as shipped (bin/jabu run: its
# JVM flags, SQLite, the glossary), against the fake Slack Web API of the adapter's test kit.
# Rounds alternate bare / jabu, so both see the same machine load; the ratio is per round.
# Usage: benchmarks/slack/http.sh [seconds per run] [connections] [rounds]   (after a build)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seconds="${1:-20}"
connections="${2:-16}"
rounds="${3:-3}"
jar="$root/benchmarks/target/benchmarks.jar"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[ -f "$jar" ] || { echo "build first: bin/benchmark slack (or mvn -pl benchmarks -am package)" >&2; exit 1; }

export SLACK_SIGNING_SECRET="bench-signing-secret"
export SLACK_BOT_TOKEN="xoxb-test-bot" # the fake Slack's bot token (FakeSlack.BOT_TOKEN)
unset SLACK_APP_TOKEN DISCORD_TOKEN JABU_DATABASE_URL
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
jabu_port="$(free_port)"
bare_port="$(free_port)"
. "$root/benchmarks/lib/fakes.sh"

# the fake Slack and the bare server, with the same JVM flags as jabu, in a JVM of their own
jvm=(-Xms16m -Xmx96m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dfile.encoding=UTF-8)
start_fakes api-url "${jvm[@]}" -Dsun.net.httpserver.nodelay=true -cp "$jar" \
  dev.jabu.slack.SlackBenchServers "$bare_port"
api_url="$(value api-url)"

cat >"$work/jabu.yaml" <<EOF
glossary:
  folder: $root/config/glossary
database:
  file: $work/jabu.db
rate-limit:
  commands: 1000
http:
  host: 127.0.0.1
  port: $jabu_port
slack:
  api-url: $api_url
EOF
(cd "$work" && exec "$root/bin/jabu" run --config "$work/jabu.yaml" </dev/null >jabu.out 2>jabu.err) &
pids+=($!)
for _ in $(seq 1 150); do
  curl -fs "http://127.0.0.1:$jabu_port/readyz" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fs "http://127.0.0.1:$jabu_port/readyz" >/dev/null || { cat "$work/jabu.err" >&2; exit 1; }

# One wrk run; prints "requests/s p50-ms p99-ms non-2xx".
load() {
  wrk -t2 -c"$connections" -d"$1"s --latency -s "$root/benchmarks/slack/signed-term.lua" \
    "http://127.0.0.1:$2/slack/events" | awk '
    function ms(v) {
      if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000
    }
    /Requests\/sec:/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx/ { bad = $NF }
    END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, bad }'
}

# one request by hand first: signed with openssl, it must get /term's real answer
ts="$(date +%s)"
body="command=%2Fterm&text=k8s&user_id=UCHECK&user_name=check&channel_id=CBENCH&channel_name=bench&team_id=TJABU&trigger_id=check.$ts&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fr"
signature="v0=$(printf '%s' "v0:$ts:$body" | openssl dgst -sha256 -hmac "$SLACK_SIGNING_SECRET" | sed 's/.*= //')"
curl -fs "http://127.0.0.1:$jabu_port/slack/events" -H "X-Slack-Request-Timestamp: $ts" \
  -H "X-Slack-Signature: $signature" -H 'Content-Type: application/x-www-form-urlencoded' \
  --data-raw "$body" | grep -q Kubernetes || { echo "jabu did not answer /term k8s" >&2; exit 1; }

java_pid="$(pgrep -f -n "jabu.jar run --config $work/jabu.yaml")"
# CPU seconds jabu's process has used so far (user + system), from /proc
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.3f\n", ($14 + $15) / hz }' "/proc/$java_pid/stat"; }

echo "warming up (jabu 20 s: every member seen once, as a running jabu has; bare 10 s)..." >&2
load 20 "$jabu_port" >/dev/null
load 10 "$bare_port" >/dev/null
printf '%-6s %-6s %10s %9s %9s %8s %7s %11s\n' round server "req/s" "p50 ms" "p99 ms" "non-2xx" ratio "jabu CPU/req"
for round in $(seq 1 "$rounds"); do
  read -r b_rps b_p50 b_p99 b_bad < <(load "$seconds" "$bare_port")
  cpu_before="$(cpu)"
  read -r j_rps j_p50 j_p99 j_bad < <(load "$seconds" "$jabu_port")
  cpu_after="$(cpu)"
  printf '%-6s %-6s %10s %9s %9s %8s\n' "$round" bare "$b_rps" "$b_p50" "$b_p99" "$b_bad"
  printf '%-6s %-6s %10s %9s %9s %8s %7s %11s\n' "$round" jabu "$j_rps" "$j_p50" "$j_p99" "$j_bad" \
    "$(awk -v j="$j_rps" -v b="$b_rps" 'BEGIN { printf "%.2fx", j / b }')" \
    "$(awk -v a="$cpu_before" -v b="$cpu_after" -v r="$j_rps" -v s="$seconds" \
      'BEGIN { printf "%.2f ms", (b - a) * 1000 / (r * s) }')"
done
answered="$(curl -s -X POST "http://127.0.0.1:$jabu_port/slack/events" -o /dev/null -w '%{http_code}')"
echo "an unsigned request after the runs: HTTP $answered (expected 401)"
echo "$connections connections, 2 wrk threads, ${seconds} s per run, $(nproc) cores shared with other work"
