#!/usr/bin/env bash
# One sitting of the README's "Installed app vs java -jar vs PyTorch" table: whole-process wall
# time (JVM or Python start to exit) of the seed's cells grid (LSTM(1, 5, 10) x 5 repeats x 500
# epochs on the toy, 2 workers), in interleaved rounds so that a change of load hits every row
# alike, with the 1-minute load average before each run and the process's CPU time (user +
# system: on a shared machine less distorted by other work than the wall time).
#   rows: the app image's launcher (`demo cells`), plain `java -jar ... demo cells` (no options,
#   as a new user types it), the jar through src/dist/lstm-workbench.sh (the image's options, no
#   CDS archive), and the PyTorch peer (src/bench/pytorch_peer.py --workload seed-grid).
# Needs the jar and the image: mvn -q -Pdist -Ddist.installer=none package -DskipTests
# Usage: src/bench/install_sitting.sh [ROUNDS (default 5)] [OUT.tsv (default /tmp/install-sitting.tsv)]
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-5}
out=${2:-/tmp/install-sitting.tsv}
image=target/dist/image/lstm-workbench/bin/lstm-workbench
python=${PYTHON:-/usr/bin/python3} # Debian's python3-torch
[ -x "$image" ] || { echo "no app image at $image: mvn -q -Pdist -Ddist.installer=none package -DskipTests" >&2; exit 1; }
[ -f target/lstm-workbench.jar ] || { echo "no target/lstm-workbench.jar" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

row() { # name command...
  local name=$1; shift
  rm -rf "$work/runs"
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  local t0 t1; t0=$(date +%s.%N)
  /usr/bin/time -f '%U %S' -o "$work/cpu" "$@" > "$work/last.log" 2>&1 \
    || { echo "$name failed:" >&2; tail -5 "$work/last.log" >&2; exit 1; }
  t1=$(date +%s.%N)
  printf '%s\t%s\t%.2f\t%.2f\t%s\n' "$round" "$name" "$(echo "$t1 - $t0" | bc)" \
    "$(awk '{print $1 + $2}' "$work/cpu")" "$load" | tee -a "$out"
}

printf 'round\trow\twall_s\tcpu_s\tload1\n' > "$out"
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -1)" >&2
for round in $(seq 1 "$rounds"); do
  row image "$image" demo cells --out "$work/runs" --threads 2 -q
  row jar-plain java -jar target/lstm-workbench.jar demo cells --out "$work/runs" --threads 2 -q
  row jar-script src/dist/lstm-workbench.sh demo cells --out "$work/runs" --threads 2 -q
  row pytorch "$python" src/bench/pytorch_peer.py --workload seed-grid --workers 2
done
median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }
echo "medians per row, wall s and CPU s (load average during the sitting: $(cut -f5 "$out" | tail -n +2 | sort -n | sed -n '1p;$p' | paste -sd- -)):"
for r in image jar-plain jar-script pytorch; do
  printf '%-10s %6s %6s\n' "$r" "$(awk -F'\t' -v r="$r" '$2 == r {print $3}' "$out" | median)" \
    "$(awk -F'\t' -v r="$r" '$2 == r {print $4}' "$out" | median)"
done
