#!/usr/bin/env bash
# Resident memory after 10,000 /term at the console, and start to first answer, with bin/jabu's
# own JVM flags (docs/benchmarks.md, "Lean JVM"). Run from the project root:
#   benchmarks/console-term-rss.sh [lines]
# Needs /usr/bin/time (GNU) and python3. The jar must be built (bin/jabu builds it when stale).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lines="${1:-10000}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
printf 'glossary:\n  folder: %s\nhttp:\n  enabled: false\ndatabase:\n  file: %s\n' \
  "$root/config/glossary" "$scratch/jabu.db" > "$scratch/jabu.yaml"

# What members type: names, Korean names and aliases as they are, as questions, and with a typo.
. "$root/benchmarks/lib/term-queries.sh"
term_queries "$root/config/glossary" "$lines" | sed 's|^|/term |' > "$scratch/terms.txt"

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run"
(cd "$scratch" && /usr/bin/time -v "$root/bin/jabu" run --config "$scratch/jabu.yaml" \
  < "$scratch/terms.txt" > "$scratch/out.txt" 2> "$scratch/time.txt") || true
answers="$(grep -c '' "$scratch/out.txt" || true)"
rss="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$scratch/time.txt")"
wall="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$scratch/time.txt")"
echo "$lines /term lines: peak RSS $((rss / 1024)) MB, wall $wall, $answers output lines"

# Start to first answer on the database just made, five times; the median is reported.
python3 - "$root/bin/jabu" "$scratch" <<'PY'
import statistics, subprocess, sys, time
jabu, scratch = sys.argv[1], sys.argv[2]
times = []
for _ in range(5):
    start = time.monotonic()
    p = subprocess.Popen([jabu, "run", "--config", scratch + "/jabu.yaml"], cwd=scratch,
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    p.stdin.write(b"/term k8s\n"); p.stdin.flush()
    p.stdout.readline()
    times.append(time.monotonic() - start)
    p.stdin.close(); p.wait(timeout=60)
print("start to first answer: median %.2f s (runs: %s)"
      % (statistics.median(times), ", ".join("%.2f" % t for t in times)))
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
