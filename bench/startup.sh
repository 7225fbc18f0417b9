#!/usr/bin/env bash
# Start-up benchmark: Counteroffer's app image against a minimal JavaFX window with one chart
# (bench/baseline/MinimalChartWindow.java) on the same runtime, started alternately under the
# current display: (a) the baseline, (b) the image where it was built, (c) a copy of the image in
# another folder (as an installed package is: the build's application archive does not map there),
# and (d) a one-line `take-home` through the image's command-line launcher against a bare
# `java -version` of the image's runtime. Each window start is timed from spawn to its ready line
# (printed after the first frame) and reports its resident memory then; each command from spawn to
# exit; each also by its CPU time (user + system), which a busy machine disturbs less. Prints the
# medians' ratios.
#
#   bench/startup.sh              (needs a display; on a server: xvfb-run -a bench/startup.sh)
#   RUNS=9 bench/startup.sh       (starts of each, default 7; the first of each is a warm-up, not counted)
#   REBUILD=1 bench/startup.sh    (rebuild the app image even if it exists)
# Goals (issue 20): in place <= 1.15, copied <= 1.20 of the baseline window; take-home <= 3 (stretch 2)
# times java -version; memory ratio <= 1.50 (issue 10). Figures: docs/performance.md.
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
# The copy an install makes: same files, another absolute path.
elsewhere="$work/elsewhere/Counteroffer"
mkdir -p "$work/elsewhere"
cp -r "$image" "$elsewhere"

# CPU time (user + system, ms) of the last run, which ran under /usr/bin/time -o "$work/cpu".
cpu_ms() { awk '{printf "%d", ($1 + $2) * 1000}' "$work/cpu"; }

# Runs a command until it prints its ready line; echoes "WALL_MS RSS_KB CPU_MS".
measure() {
  local start end line
  start=$(date +%s%N)
  line=$(/usr/bin/time -f '%U %S' -o "$work/cpu" "$@" 2>"$work/err.log" | grep -m1 '"event":"ready"' || true)
  end=$(date +%s%N)
  if [ -z "$line" ]; then
    echo "no ready line from: $*" >&2; cat "$work/err.log" >&2; exit 1
  fi
  local rss=${line##*\"rss_kb\":}; rss=${rss%%\}*}
  echo "$(( (end - start) / 1000000 )) $rss $(cpu_ms)"
}

# Runs a command to its end (it must succeed); echoes "WALL_MS - CPU_MS".
timed() {
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f '%U %S' -o "$work/cpu" "$@" >/dev/null 2>"$work/err.log" \
    || { echo "failed: $*" >&2; cat "$work/err.log" >&2; exit 1; }
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) - $(cpu_ms)"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

app=("$image/bin/Counteroffer" --startup-probe --db "$work/counteroffer.db")
copied=("$elsewhere/bin/Counteroffer" --startup-probe --db "$work/copied.db")
baseline=("$java_bin" -cp "$classes" MinimalChartWindow)
# The same window on the runtime as jlink makes it: the image's runtime archive now also holds the
# JavaFX classes (written at the build), which makes the baseline above faster too. The stock archive
# is the JDK's own, written from the runtime's default class list (lib/classlist), as issue 10 measured.
"$java_bin" -Xshare:dump -XX:SharedClassListFile="$image/lib/runtime/lib/classlist" \
  -XX:SharedArchiveFile="$work/stock.jsa" >/dev/null 2>&1
stock=("$java_bin" -XX:SharedArchiveFile="$work/stock.jsa" -cp "$classes" MinimalChartWindow)
take_home=("$image/bin/counteroffer-cli" take-home --wages 250k --state CA --filing single)
take_home_copied=("$elsewhere/bin/counteroffer-cli" take-home --wages 250k --state CA --filing single)
version=("$java_bin" -version)
# Warm-up: creates the stores, fills the file cache. The copy's first runs are its first start: they
# find the build's archives written for another folder and have them rewritten in the background
# (ArchiveRefresh); the measured starts come after that is done, as every start after the first would.
measure "${app[@]}" >/dev/null; first_copied=$(measure "${copied[@]}" | cut -d' ' -f1); measure "${baseline[@]}" >/dev/null; measure "${stock[@]}" >/dev/null
timed "${take_home[@]}" >/dev/null; first_cli_copied=$(timed "${take_home_copied[@]}" | cut -d' ' -f1); timed "${version[@]}" >/dev/null
for _ in $(seq 240); do
  pgrep -f "cds.LoadClasses.*$elsewhere" >/dev/null || break
  sleep 0.5
done
for f in app copied baseline stock cli cli_copied version; do : > "$work/$f"; done
for i in $(seq "$runs"); do
  measure "${baseline[@]}" >> "$work/baseline"
  measure "${stock[@]}" >> "$work/stock"
  measure "${app[@]}" >> "$work/app"
  measure "${copied[@]}" >> "$work/copied"
  timed "${version[@]}" >> "$work/version"
  timed "${take_home[@]}" >> "$work/cli"
  timed "${take_home_copied[@]}" >> "$work/cli_copied"
done
col() { cut -d' ' -f"$2" "$work/$1" | median; }
list() { cut -d' ' -f1 "$work/$1" | tr '\n' ' '; }
stock_ms=$(col stock 1); base_ms=$(col baseline 1); app_ms=$(col app 1); copied_ms=$(col copied 1)
cli_ms=$(col cli 1); cli_copied_ms=$(col cli_copied 1); version_ms=$(col version 1)
base_kb=$(col baseline 2); app_kb=$(col app 2)
echo "baseline window starts (ms):   $(list baseline)"
echo "stock-runtime baseline (ms):   $(list stock)"
echo "image in place starts (ms):    $(list app)"
echo "image copied starts (ms):      $(list copied)"
echo "java -version (ms):            $(list version)"
echo "take-home in place (ms):       $(list cli)"
echo "take-home copied (ms):         $(list cli_copied)"
echo "copy's first start: window ${first_copied} ms, take-home ${first_cli_copied} ms (before its archives were rewritten)"
ratio() { awk -v a="$2" -v b="$3" -v n="$1" -v u="$4" 'BEGIN {printf "%s %.2f (%d ms / %d ms)%s\n", n, a / b, a, b, u}'; }
ratio "in-place ratio:" "$app_ms" "$base_ms" "   goal <= 1.15"
ratio "copied ratio:  " "$copied_ms" "$base_ms" "   goal <= 1.20"
ratio "in-place ratio, stock-runtime baseline:" "$app_ms" "$stock_ms" "   (the runtime as jlink makes it, as issue 10)"
ratio "copied ratio, stock-runtime baseline:  " "$copied_ms" "$stock_ms" ""
ratio "take-home ratio:" "$cli_ms" "$version_ms" "  goal <= 3 (stretch 2), of java -version"
ratio "take-home copied ratio:" "$cli_copied_ms" "$version_ms" ""
# CPU time holds stiller than wall time on a busy machine (the same work, whoever else runs).
cpu() { col "$1" 3; }
echo "median CPU (ms): baseline $(cpu baseline), stock-runtime baseline $(cpu stock), in place $(cpu app), copied $(cpu copied), java -version $(cpu version), take-home $(cpu cli), copied take-home $(cpu cli_copied)"
ratio "CPU in-place ratio:" "$(cpu app)" "$(cpu baseline)" ""
ratio "CPU copied ratio:  " "$(cpu copied)" "$(cpu baseline)" ""
ratio "CPU in-place ratio, stock-runtime baseline:" "$(cpu app)" "$(cpu stock)" ""
ratio "CPU copied ratio, stock-runtime baseline:  " "$(cpu copied)" "$(cpu stock)" ""
ratio "CPU take-home ratio:" "$(cpu cli)" "$(cpu version)" ""
awk -v a="$app_kb" -v b="$base_kb" 'BEGIN {printf "memory ratio: %.2f (app %d MB / baseline %d MB)\n", a / b, a / 1024, b / 1024}'
echo "image size: $(du -sm "$image" | cut -f1) MB ($image)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
