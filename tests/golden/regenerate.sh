#!/bin/sh
# Re-records every golden run listed in goldens.txt to tests/golden/<scenario>-<policy>.h5.
# Review `preseason check`'s report of the old goldens before committing the new ones
# (docs/regression.md).
set -eu
[ $# -eq 1 ] || { echo "usage: $0 CLI" >&2; exit 2; }
cli=$1
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
grep -v '^[[:space:]]*\(#\|$\)' "$here/goldens.txt" | while read -r name policy; do
  out="$here/$name-$policy.h5"
  "$here/golden_run.sh" "$cli" "$root/scenarios/$name.yaml" "$policy" "$out" > /dev/null
  echo "golden: $out ($(wc -c < "$out") bytes)"
done
