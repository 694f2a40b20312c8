#!/usr/bin/env bash
# Start to ready with both adapters (docs/benchmarks.md, "Lean JVM"): jabu runs as shipped (bin/jabu
# run) with Discord and Slack (Socket Mode) tokens against the fakes of platforms-rss.sh, with its
# HTTP server on, and the time from its launch until GET /readyz answers 200 (the database
# migrated, both platforms connected) is printed. One run per call; run it a few times.
# Usage: benchmarks/platforms-start.sh   (after a build:
#   mvn -o -q -DskipTests -Dspotless.check.skip=true install)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/benchmarks/target/benchmarks.jar"
[ -f "$jar" ] || { echo "build first: mvn -pl benchmarks -am package" >&2; exit 1; }

export DISCORD_TOKEN="fake-bot-token.jabu" # FakeDiscord.TOKEN
export SLACK_BOT_TOKEN="xoxb-test-bot"     # FakeSlack.BOT_TOKEN
export SLACK_APP_TOKEN="xapp-test-app"     # FakeSlack.APP_TOKEN: Socket Mode
unset SLACK_SIGNING_SECRET JABU_DATABASE_URL
. "$root/benchmarks/lib/fakes.sh"
echo "k8s" > "$work/queries.txt"
start_fakes slack-api-url -Xmx512m -cp "$jar" dev.jabu.slack.PlatformsConversation 100 "$work/queries.txt"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

cat >"$work/jabu.yaml" <<YAML
glossary:
  folder: $root/config/glossary
database:
  file: $work/jabu.db
http:
  enabled: true
  host: 127.0.0.1
  port: $port
discord:
  guild-id: "$(value discord-guild-id)"
  api-url: $(value discord-api-url)
  gateway-url: $(value discord-gateway-url)
  scheduled-events: false
slack:
  api-url: $(value slack-api-url)
YAML
start="$(date +%s%N)"
(cd "$work" && exec "$root/bin/jabu" run --config "$work/jabu.yaml" </dev/null >jabu.out 2>jabu.err) &
pids+=($!)
until curl -sf -o /dev/null "http://127.0.0.1:$port/readyz"; do
  kill -0 "${pids[-1]}" 2>/dev/null || { cat "$work/jabu.err" >&2; exit 1; }
  sleep 0.02
done
echo "start to ready with Discord and Slack: $(( ($(date +%s%N) - start) / 1000000 )) ms"
