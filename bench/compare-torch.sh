#!/usr/bin/env bash
# Side-by-side throughput of Spinflow and its PyTorch peer (issue 6).
#
# Usage:   bench/compare-torch.sh DATA_DIR [--limit N] [--rounds R]
#   DATA_DIR   MNIST IDX folder (train-images-idx3-ubyte[.gz], train-labels-idx1-ubyte[.gz])
#   --limit N  train on the first N samples only (passed to both programs; quick runs)
#   --rounds R runs per program and thread count (default 2)
#
# For T in 1 and 2 it alternates, R times,
#   ./spinflow bench --data DATA_DIR --threads T --json        (MNIST 784-100-10, batch 32, momentum SGD)
#   /usr/bin/python3 bench/torch_mlp.py --data DATA_DIR --threads T --json   (same network, batch, optimiser)
# so that both see the same machine load, and keeps the BEST figure of the R runs of each
# (other processes only ever slow a run down, so the best run is the least disturbed one).
# It prints every figure with the 1-minute load average taken just before the run, then a table:
# samples/s per mode, Spinflow/PyTorch ratios (exact vs torch, analog-central vs torch), the
# analog-central/exact epoch-time ratio, the 2-thread/1-thread scaling of analog-central, the
# time to build 10,000 MTJ device tables (wall and CPU seconds) and the peak RSS, and, before and
# after the runs, how well two independent busy loops scale on the machine at that moment (the
# ceiling of any 2-thread figure when other jobs share the cores).
# If PyTorch (or python3) is absent it says so and prints Spinflow's figures alone.
# Environment: PYTHON (default /usr/bin/python3), THREADS (default "1 2"), SPINFLOW (the Spinflow
# command, default ./spinflow of this checkout, which builds itself on first use).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

usage() { sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }
[ $# -ge 1 ] || usage
data="$1"; shift
limit=()
rounds=2
while [ $# -gt 0 ]; do
  case "$1" in
    --limit) limit=(--limit "$2"); shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    *) usage ;;
  esac
done
[ -d "$data" ] || { echo "compare-torch: $data is not a directory" >&2; exit 2; }
py="${PYTHON:-/usr/bin/python3}"
threads="${THREADS:-1 2}"
read -r -a sf <<<"${SPINFLOW:-$root/spinflow}"

load1() { cut -d' ' -f1 /proc/loadavg; }
# num KEY JSON: the first number following "KEY": in a one-line JSON object
num() { grep -o "\"$1\": *[-0-9.eE+]*" <<<"$2" | head -1 | sed 's/.*: *//'; }
# mode MODE JSON: samples_per_s of a Spinflow mode
mode() { grep -o "\"$1\":{\"samples_per_s\":[-0-9.eE+]*" <<<"$2" | head -1 | sed 's/.*://'; }
max() { awk -v a="${1:-}" -v b="${2:-}" 'BEGIN { if (a == "") print b; else if (b == "" || a + 0 >= b + 0) print a; else print b }'; }
min() { awk -v a="${1:-}" -v b="${2:-}" 'BEGIN { if (a == "") print b; else if (b == "" || a + 0 <= b + 0) print a; else print b }'; }
ratio() { awk -v a="${1:-}" -v b="${2:-}" 'BEGIN { if (a == "" || b == "" || b + 0 == 0) print "-"; else printf "%.2f", a / b }'; }

# Build (if needed) before anything is timed.
"${sf[@]}" --help >/dev/null 2>&1 || true

torch=yes
if ! [ -x "$py" ] || ! "$py" -c 'import torch' >/dev/null 2>&1; then
  torch=no
  echo "compare-torch: PyTorch is not installed ($py cannot import torch); printing Spinflow's figures alone" >&2
fi

# Free cores right now: the same busy loop alone and twice at once (2.0 = two idle cores; other
# processes on the machine lower it, and no program can scale beyond it).
spare_cores() {
  command -v "${CALIB_PY:-python3}" >/dev/null 2>&1 || { echo "-"; return; }
  local c="${CALIB_PY:-python3}" t0 t1 t2
  local loop='s=0
for i in range(4000000): s+=i*i'
  t0=$(date +%s%N); "$c" -c "$loop"; t1=$(date +%s%N)
  "$c" -c "$loop" & "$c" -c "$loop"; wait; t2=$(date +%s%N)
  awk -v a=$((t1 - t0)) -v b=$((t2 - t1)) 'BEGIN { printf "%.2f", 2 * a / b }'
}
calib0=$(spare_cores)

declare -A ex ac af tab tcpu rss tp
echo "runs (best of $rounds kept; load = 1-minute load average before the run; $(nproc) cores):"
for t in $threads; do
  for r in $(seq 1 "$rounds"); do
    l=$(load1)
    if ! js="$("${sf[@]}" bench --data "$data" --threads "$t" ${limit[@]+"${limit[@]}"} --json)"; then
      echo "  spinflow T=$t round $r failed (see its message above); skipped" >&2
      continue
    fi
    e=$(mode exact "$js"); c=$(mode analog-central "$js"); f=$(mode analog-forward "$js")
    tb=$(num tables_seconds "$js"); tc=$(num tables_cpu_seconds "$js"); rs=$(num peak_rss_mb "$js")
    printf '  spinflow T=%s round %s load %5s: exact %8.0f  analog-central %8.0f  analog-forward %8.0f samples/s  tables %.3f s (%s s CPU)  RSS %.0f MB\n' \
      "$t" "$r" "$l" "$e" "$c" "$f" "$tb" "${tc:-?}" "$rs"
    ex[$t]=$(max "${ex[$t]:-}" "$e"); ac[$t]=$(max "${ac[$t]:-}" "$c"); af[$t]=$(max "${af[$t]:-}" "$f")
    tab[$t]=$(min "${tab[$t]:-}" "$tb"); tcpu[$t]=$(min "${tcpu[$t]:-}" "$tc"); rss[$t]=$(max "${rss[$t]:-}" "$rs")
    if [ "$torch" = yes ]; then
      l=$(load1)
      if ! pj="$("$py" "$root/bench/torch_mlp.py" --data "$data" --threads "$t" ${limit[@]+"${limit[@]}"} --json)"; then
        echo "  pytorch  T=$t round $r failed; skipped" >&2
        continue
      fi
      p=$(num samples_per_s "$pj")
      tv=$(sed -n 's/.*"torch": *"\([^"]*\)".*/\1/p' <<<"$pj")
      printf '  pytorch  T=%s round %s load %5s: %8.0f samples/s (torch %s)\n' "$t" "$r" "$l" "$p" "$tv"
      tp[$t]=$(max "${tp[$t]:-}" "$p")
    fi
  done
done

calib1=$(spare_cores)
echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "machine 2-thread scaling of independent busy loops: $calib0 before, $calib1 after the runs (2.00 = two idle cores)"
printf '%-34s' "figure"; for t in $threads; do printf '%14s' "T=$t"; done; printf '%12s\n' "target"
row() { local name="$1" target="$2"; shift 2; printf '%-34s' "$name"; for v in "$@"; do printf '%14s' "$v"; done; printf '%12s\n' "$target"; }
fmt() { awk -v a="${1:-}" 'BEGIN { if (a == "") print "-"; else printf "%.0f", a }'; }
cols() { local -n arr=$1; local out=(); for t in $threads; do out+=("$(fmt "${arr[$t]:-}")"); done; echo "${out[@]}"; }
row "spinflow exact [samples/s]" "" $(cols ex)
row "spinflow analog-central [samples/s]" "" $(cols ac)
row "spinflow analog-forward [samples/s]" "" $(cols af)
if [ "$torch" = yes ]; then
  row "pytorch tanh [samples/s]" "" $(cols tp)
  r1=(); r2=(); for t in $threads; do r1+=("$(ratio "${ex[$t]}" "${tp[$t]}")"); r2+=("$(ratio "${ac[$t]}" "${tp[$t]}")"); done
  row "exact / pytorch" ">= 1.0" "${r1[@]}"
  row "analog-central / pytorch" ">= 0.8" "${r2[@]}"
else
  row "pytorch tanh [samples/s]" "" $(for t in $threads; do echo "n/a"; done)
fi
r3=(); for t in $threads; do r3+=("$(ratio "${ex[$t]}" "${ac[$t]}")"); done
row "analog-central/exact epoch time" "<= 1.25" "${r3[@]}"
tt=($threads)
if [ ${#tt[@]} -ge 2 ]; then
  sc=$(ratio "${ac[${tt[1]}]}" "${ac[${tt[0]}]}")
  printf '%-34s%28s%12s\n' "analog-central T=${tt[1]} / T=${tt[0]}" "$sc" ">= 1.7"
fi
row "10,000 device tables [s]" "<= 1" $(for t in $threads; do awk -v a="${tab[$t]}" 'BEGIN { printf "%.3f\n", a }'; done)
row "  CPU seconds of that build" "" $(for t in $threads; do awk -v a="${tcpu[$t]:-}" 'BEGIN { if (a == "") print "-"; else printf "%.3f\n", a }'; done)
row "peak RSS [MB]" "<= 1536" $(cols rss)
