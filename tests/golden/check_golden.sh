#!/bin/sh
# Re-runs SCENARIO under POLICY and checks it against GOLDEN; exits as `preseason check`
# does (0 same decisions, 1 regression, 2 bad input), or 2 when the golden is missing.
set -eu
[ $# -eq 5 ] || { echo "usage: $0 CLI SCENARIO POLICY GOLDEN SCRATCH_DIR" >&2; exit 2; }
cli=$1 scenario=$2 policy=$3 golden=$4 scratch=$5
here=$(dirname "$0")
if [ ! -f "$golden" ]; then
  echo "error: $golden: no golden run; record it with 'make golden'" >&2
  exit 2
fi
mkdir -p "$scratch"
run="$scratch/$(basename "$golden")"
"$here/golden_run.sh" "$cli" "$scenario" "$policy" "$run" > "$run.log" || { cat "$run.log"; exit 2; }
exec "$cli" check "$run" --golden "$golden"
