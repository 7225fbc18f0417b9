#!/usr/bin/env bash
# Start-up benchmark: Counteroffer's app image against a minimal JavaFX window with one chart
# (bench/baseline/MinimalChartWindow.java) on the same runtime, started alternately under the
# current display. Each start is timed from spawn to its ready line (printed after the first frame);
# each reports its own resident memory then. Prints the medians' ratios.
#
#   bench/startup.sh              (needs a display; on a server: xvfb-run -a bench/startup.sh)
#   RUNS=9 bench/startup.sh       (starts of each, default 7; the first of each is a warm-up, not counted)
#   REBUILD=1 bench/startup.sh    (rebuild the app image even if it exists)
# Goals (issue 10): startup ratio <= 1.30, memory ratio <= 1.50. Figures: docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-7}
if [ -z "${DISPLAY:-}" ]; then
  echo "bench/startup.sh needs a display (DISPLAY is not set). On a machine without one: xvfb-run -a bench/startup.sh" >&2
  exit 2
fi
image=target/dist/Counteroffer
if [ "${REBUILD:-0}" = 1 ] || [ ! -x "$image/bin/Counteroffer" ]; then
  echo "Building the app image (mvn -Ppackage package -DskipTests -Dinstallers=false)…" >&2
  mvn -B -q -Ppackage package -DskipTests -Dinstallers=false
fi
java_bin="$image/lib/runtime/bin/java"
classes=target/bench-baseline
mkdir -p "$classes"
javafx_jars=$(ls target/lib/javafx-*-*.jar | grep -E 'javafx-(base|graphics|controls)-[0-9.]+-' | tr '\n' ':')
javac -d "$classes" -cp "$javafx_jars" bench/baseline/MinimalChartWindow.java

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs a command until it prints its ready line; echoes "WALL_MS RSS_KB".
measure() {
  local start end line
  start=$(date +%s%N)
  line=$("$@" 2>"$work/err.log" | grep -m1 '"event":"ready"' || true)
  end=$(date +%s%N)
  if [ -z "$line" ]; then
    echo "no ready line from: $*" >&2; cat "$work/err.log" >&2; exit 1
  fi
  local rss=${line##*\"rss_kb\":}; rss=${rss%%\}*}
  echo "$(( (end - start) / 1000000 )) $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

app=("$image/bin/Counteroffer" --startup-probe --db "$work/counteroffer.db")
baseline=("$java_bin" -cp "$classes" MinimalChartWindow)
measure "${app[@]}" >/dev/null        # warm-up: creates the store, fills the file cache
measure "${baseline[@]}" >/dev/null
: > "$work/app"; : > "$work/baseline"
for i in $(seq "$runs"); do
  measure "${app[@]}" >> "$work/app"
  measure "${baseline[@]}" >> "$work/baseline"
done
app_ms=$(cut -d' ' -f1 "$work/app" | median); base_ms=$(cut -d' ' -f1 "$work/baseline" | median)
app_kb=$(cut -d' ' -f2 "$work/app" | median); base_kb=$(cut -d' ' -f2 "$work/baseline" | median)
echo "app starts (ms):      $(cut -d' ' -f1 "$work/app" | tr '\n' ' ')"
echo "baseline starts (ms): $(cut -d' ' -f1 "$work/baseline" | tr '\n' ' ')"
awk -v a="$app_ms" -v b="$base_ms" 'BEGIN {printf "startup ratio: %.2f (app %d ms / baseline %d ms)\n", a / b, a, b}'
awk -v a="$app_kb" -v b="$base_kb" 'BEGIN {printf "memory ratio: %.2f (app %d MB / baseline %d MB)\n", a / b, a / 1024, b / 1024}'
echo "image size: $(du -sm "$image" | cut -f1) MB ($image)"
