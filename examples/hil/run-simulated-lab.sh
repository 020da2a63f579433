#!/usr/bin/env bash
# Trains examples/hil/iris-hil.spinflow through a simulated lab: starts `spinflow instrument simulate
# --port 0`, reads its address from the first line, trains with --json (extra arguments are passed to
# train), stops the lab. Prints the training's JSON on stdout; the lab's counters go to stderr.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
fifo="$(mktemp -u)"
mkfifo "$fifo"
"$root/spinflow" instrument simulate --port 0 >"$fifo" &
lab=$!
trap 'kill "$lab" 2>/dev/null || true; rm -f "$fifo"' EXIT
exec 3<"$fifo"
read -r first <&3
address="${first#Spinflow instrument: }"
case "$address" in tcp://*) ;; *) echo "run-simulated-lab: unexpected first line: $first" >&2; exit 1 ;; esac
"$root/spinflow" train "$root/examples/hil/iris-hil.spinflow" --instrument "$address" --json --quiet "$@"
