#!/usr/bin/env bash
# Resident memory with both adapters connected (docs/benchmarks.md, "Lean JVM"): jabu runs as
# shipped (bin/jabu run: its JVM flags and class-data archive, SQLite, the glossary) with Discord
# and Slack (Socket Mode) tokens, against the fake Discord (a guild of 10,000 members) and the fake
# Slack of the adapters' test kits, both in one JVM beside it. After jabu connected, the fakes play
# a conversation: each query asked as /term on Discord and on Slack, a few at a time, each
# answered. jabu's resident memory is read from /proc while it is still connected.
# Usage: benchmarks/platforms-rss.sh [queries per platform] [members]   (after a build:
#   mvn -o -q -DskipTests -Dspotless.check.skip=true install)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
queries="${1:-5000}"
members="${2:-10000}"
jar="$root/benchmarks/target/benchmarks.jar"
[ -f "$jar" ] || { echo "build first: mvn -pl benchmarks -am package" >&2; exit 1; }

export DISCORD_TOKEN="fake-bot-token.jabu" # FakeDiscord.TOKEN
export SLACK_BOT_TOKEN="xoxb-test-bot"     # FakeSlack.BOT_TOKEN
export SLACK_APP_TOKEN="xapp-test-app"     # FakeSlack.APP_TOKEN: Socket Mode
unset SLACK_SIGNING_SECRET JABU_DATABASE_URL
. "$root/benchmarks/lib/fakes.sh"
. "$root/benchmarks/lib/term-queries.sh"
term_queries "$root/config/glossary" "$queries" > "$work/queries.txt"

# the fakes, in a JVM of their own
start_fakes slack-api-url -Xmx512m -XX:+UseParallelGC -Dsun.net.httpserver.nodelay=true -cp "$jar" \
  dev.jabu.slack.PlatformsConversation "$members" "$work/queries.txt"

cat >"$work/jabu.yaml" <<YAML
glossary:
  folder: $root/config/glossary
database:
  file: $work/jabu.db
http:
  enabled: false
rate-limit:
  commands: 1000
discord:
  guild-id: "$(value discord-guild-id)"
  api-url: $(value discord-api-url)
  gateway-url: $(value discord-gateway-url)
  scheduled-events: false
slack:
  api-url: $(value slack-api-url)
YAML
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run"
(cd "$work" && exec "$root/bin/jabu" run --config "$work/jabu.yaml" </dev/null >jabu.out 2>jabu.err) &
pids+=($!)
launcher=$!

echo "jabu connecting to both fakes, then $queries /term on each..." >&2
while ! grep -q '^conversation' "$work/fakes.out"; do
  kill -0 "$launcher" 2>/dev/null || { cat "$work/jabu.err" >&2; exit 1; }
  kill -0 "${pids[0]}" 2>/dev/null || { cat "$work/fakes.err" >&2; exit 1; }
  sleep 1
done
grep '^conversation' "$work/fakes.out"
java_pid="$(pgrep -f -n "jabu.jar run --config $work/jabu.yaml")"
sleep 2 # the last answers' sends settle
awk '/^VmRSS|^VmHWM|^RssAnon|^RssFile/ { printf "jabu %s %d MB\n", $1, $2 / 1024 }' \
  "/proc/$java_pid/status"
grep -v "^\s*at " "$work/jabu.err" | grep -i 'error\|warn' | tail -5 >&2 || true
echo "$members members in the Discord guild; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
