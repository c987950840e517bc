#!/bin/sh
# Records the golden run of SCENARIO under POLICY to OUT: replicate 0, the policy with its
# default parameters, outcomes only. The one recipe for both `make golden` and the checks.
set -eu
[ $# -eq 4 ] || { echo "usage: $0 CLI SCENARIO POLICY OUT" >&2; exit 2; }
cli=$1 scenario=$2 policy=$3 out=$4
exec "$cli" run "$scenario" --replicates 1 --threads 2 --set "policy={name: $policy}" --record outcomes --out "$out"
