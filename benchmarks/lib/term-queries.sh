# Sourced by the benchmark scripts: what members type after /term, from the glossary folder given.
# term_queries FOLDER COUNT prints COUNT queries, one a line: every entry's English and Korean name
# as typed, as a question (`what is X`, `X란?`) and with a typo, in turn.
term_queries() {
  python3 - "$1" "$2" <<'PY'
import pathlib, re, sys
words = []
for f in sorted(pathlib.Path(sys.argv[1]).glob("*.yaml")):
    for line in f.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\s+(?:name|ko):\s*(.+)$", line)
        if m:
            words.append(m.group(1).strip().strip('"'))
forms = [lambda w: w, lambda w: f"what is {w}", lambda w: f"{w}란?",
         lambda w: w[:-1] if len(w) > 3 else w + "s"]
for i in range(int(sys.argv[2])):
    print(forms[i % len(forms)](words[i % len(words)]))
PY
}

