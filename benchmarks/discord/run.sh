#!/usr/bin/env bash
# Discord under load (docs/benchmarks.md, issue 13): jabu runs as shipped (bin/jabu run: its JVM
# flags, SQLite, the glossary) with a DISCORD_TOKEN, connected to the fake Discord of the adapter's
# test kit, whose guild has 10,000 members. The fake sends /term k8s interactions from random
# members at a steady rate over the gateway and times each one until its callback arrives; jabu's
# resident memory is read from /proc at the end (now and at its peak).
# Usage: benchmarks/discord/run.sh [interactions per second] [seconds] [members]   (after a build)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rate="${1:-200}"
seconds="${2:-60}"
members="${3:-10000}"
jar="$root/benchmarks/target/benchmarks.jar"
[ -f "$jar" ] || { echo "build first: bin/benchmark discord (or mvn -pl benchmarks -am package)" >&2; exit 1; }

export DISCORD_TOKEN="fake-bot-token.jabu" # the fake Discord's bot token (FakeDiscord.TOKEN)
unset SLACK_BOT_TOKEN SLACK_APP_TOKEN SLACK_SIGNING_SECRET JABU_DATABASE_URL
. "$root/benchmarks/lib/fakes.sh"

# the fake Discord and its load, in a JVM of its own
start_fakes guild-id -Xmx1g -XX:+UseParallelGC -Dsun.net.httpserver.nodelay=true -cp "$jar" \
  dev.jabu.discord.fake.DiscordBench "$members" "$rate" "$seconds" 20

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
  guild-id: "$(value guild-id)"
  api-url: $(value api-url)
  gateway-url: $(value gateway-url)
  scheduled-events: false
YAML
(cd "$work" && exec "$root/bin/jabu" run --config "$work/jabu.yaml" </dev/null >jabu.out 2>jabu.err) &
pids+=($!)
launcher=$!

echo "jabu connecting; then 20 s of warm-up and ${seconds} s at ${rate} interactions/s..." >&2
for _ in $(seq 1 $((seconds + 200))); do
  grep -q '^discord interactions' "$work/fakes.out" && break
  kill -0 "$launcher" 2>/dev/null || { cat "$work/jabu.err" >&2; exit 1; }
  sleep 1
done
grep '^discord interactions\|^requests the real\|^  rejected' "$work/fakes.out" || { cat "$work/fakes.err" >&2; exit 1; }
java_pid="$(pgrep -f -n "jabu.jar run --config $work/jabu.yaml")"
awk '/^VmRSS|^VmHWM/ { printf "jabu %s %d MB\n", $1, $2 / 1024 }' "/proc/$java_pid/status"
grep -v "^\s*at " "$work/jabu.err" | tail -5 >&2
echo "$members members in the guild, $(nproc) cores shared with the fake Discord and other work"
