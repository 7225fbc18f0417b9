#!/usr/bin/env bash
# Starts the built app image with --startup-probe on an empty store and checks that its first frame
# is shown ({"event":"ready",...} on standard output, exit 0). Uses the current DISPLAY, or Xvfb.
#   packaging/probe-image.sh [IMAGE]     (default target/dist/Counteroffer)
set -euo pipefail
cd "$(dirname "$0")/.."
image=${1:-target/dist/Counteroffer}
launcher="$image/bin/Counteroffer"
[ -x "$launcher" ] || { echo "probe-image: no launcher at $launcher; build it with mvn -Ppackage package" >&2; exit 1; }
work=$(mktemp -d)
xvfb_pid=
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "probe-image: no DISPLAY and no Xvfb (install it: apt-get install xvfb libgtk-3-0)" >&2; exit 1; }
  for n in $(seq 95 130); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] && continue
    Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 & xvfb_pid=$!
    for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
    export DISPLAY=":$n"; break
  done
fi
out=$(timeout 120 "$launcher" --startup-probe --db "$work/counteroffer.db" 2>"$work/err.log") || {
  echo "probe-image: the image did not start (exit $?):" >&2; cat "$work/err.log" >&2; exit 1; }
echo "$out" | grep -q '"event":"ready"' || { echo "probe-image: no ready line in: $out" >&2; cat "$work/err.log" >&2; exit 1; }
echo "probe-image: $image started: $out ($(du -sm "$image" | cut -f1) MB)"
# The command-line launcher's app archive must map where it was written for (COUNTEROFFER_CDS_LOG shows it);
# elsewhere (a copy) the first runs rewrite it in the background, so it is only reported.
cds=$(COUNTEROFFER_CDS_LOG=1 timeout 60 "$image/bin/counteroffer-cli" --version 2>&1 </dev/null || true)
app=$(cd "$image/lib/app" && pwd -P)
if echo "$cds" | grep -q 'Mapped dynamic region'; then
  echo "probe-image: the command-line launcher's class-data archive is mapped"
elif [ "$(head -n 1 "$app/counteroffer-cli.jsa.dir" 2>/dev/null)" = "$app" ]; then
  echo "probe-image: the command-line launcher's class-data archive was not mapped:" >&2
  echo "$cds" | grep -i cds >&2; exit 1
else
  echo "probe-image: the class-data archive is not written for $app yet (a copy: later runs write it)"
fi
