#!/usr/bin/env bash
# Measures the dashboard in a real terminal (tmux), release build, on the bundled sample:
# time from start to the first complete frame, bytes sent to the terminal for one
# concurrency step at 120x40 (and for a full repaint, for scale), CPU time over 10 idle
# seconds, and resident memory. Prints one line per figure.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product frontier >/dev/null
bin="$(swift build -c release --show-bin-path)/frontier"
sock="frontier-measure-$$"
T() { tmux -L "$sock" -f /dev/null "$@"; }
trap 'T kill-server 2>/dev/null || true; rm -f "$out"' EXIT
out=$(mktemp)
wait_for() {  # text, timeout seconds
  local end=$((SECONDS + ${2:-10}))
  until T capture-pane -p -t m | grep -qF -- "$1"; do
    (( SECONDS < end )) || { echo "timed out waiting for: $1" >&2; exit 1; }
    sleep 0.002
  done
}

# Start to first frame: from launching the command to the status line (the last row drawn).
T new-session -d -s m -x 120 -y 40 "sleep 600"
T pipe-pane -t m -o "cat >> $out"
start=$(date +%s%N)
T respawn-pane -k -t m "env LANG=C.UTF-8 TERM=tmux-256color $bin"
wait_for "q quit"
first=$(( ($(date +%s%N) - start) / 1000000 ))
echo "start to first frame: ${first} ms (tmux polled every 2 ms; includes process start)"

sleep 0.3
before=$(stat -c %s "$out")
T send-keys -t m Right
wait_for "Ranking at c=90.5"
sleep 0.3
after=$(stat -c %s "$out")
echo "one concurrency step at 120x40: $((after - before)) bytes"

before=$(stat -c %s "$out")
T send-keys -t m "?"
wait_for "Help ·"
T send-keys -t m Escape
wait_for "Ranking at c=90.5"
sleep 0.3
after=$(stat -c %s "$out")
echo "help opened and closed (two near-full repaints) at 120x40: $((after - before)) bytes"

pid=$(T display -p -t m '#{pane_pid}')
ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
t0=$(ticks); sleep 10; t1=$(ticks)
hz=$(getconf CLK_TCK)
echo "CPU over 10 idle seconds: $(( (t1 - t0) * 1000 / hz )) ms"
echo "resident memory: $(awk '/VmRSS/ { print $2 / 1024 " MB" }' /proc/$pid/status) (peak $(awk '/VmHWM/ { print $2 / 1024 " MB" }' /proc/$pid/status))"
T send-keys -t m q
