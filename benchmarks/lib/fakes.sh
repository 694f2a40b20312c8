# Sourced by the benchmark scripts that run jabu against fakes in a JVM of their own.
# Sets up a scratch folder ($work) and background processes ($pids) that are stopped and removed on
# exit, starts the fakes' JVM fed by a fifo on fd 3 (the fakes stop when it closes), and reads the
# "key value" lines the fakes print (their URLs and ids).
work="$(mktemp -d)"
pids=()
cleanup() {
  exec 3>&- 2>/dev/null || true
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# start_fakes KEY JAVA-ARGS...: starts java with these arguments and waits until it prints KEY.
start_fakes() {
  local key="$1"
  shift
  mkfifo "$work/fakes.in"
  java "$@" <"$work/fakes.in" >"$work/fakes.out" 2>"$work/fakes.err" &
  pids+=($!)
  exec 3>"$work/fakes.in"
  for _ in $(seq 1 150); do grep -q "^$key " "$work/fakes.out" 2>/dev/null && break; sleep 0.2; done
  [ -n "$(value "$key")" ] || { cat "$work/fakes.err" >&2; exit 1; }
}

# value KEY: what the fakes printed for KEY.
value() { sed -n "s/^$1 //p" "$work/fakes.out"; }
