#!/usr/bin/env bash
# Load test of live ingest (issue "live mode", goal: >= 20,000 readings/s with p99 < 10 ms).
#
# Starts `preseason live` on a free loopback port with a fresh store and a generated squad of
# 30 athletes, one device principal each, then drives POST /v1/readings with wrk
# (bench/live_ingest.lua): every request is one batch of BATCH readings from one device with
# its own Idempotency-Key. Reports readings/s over the accepted (2xx) batches, cross-checked
# against the server's /v1/metrics, and wrk's request latency percentiles.
#
#   bench/live_ingest_load.sh [PRESEASON_BINARY] [--duration 10s] [--connections 4]
#                             [--threads 1] [--batch 25] [--store-dir DIR]
#
# PRESEASON_BINARY defaults to build/tools/preseason; this script builds nothing. The store
# goes to a fresh directory under --store-dir (default: a temporary directory), since where
# the log lives decides what an fdatasync costs.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
binary=build/tools/preseason
duration=10s
connections=4
threads=1
batch=25
store_parent=""
athletes=30

while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --batch) batch=$2; shift 2 ;;
    --store-dir) store_parent=$2; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) binary=$1; shift ;;
  esac
done

if ! command -v wrk >/dev/null; then
  echo "wrk is not installed: apt-get install -y wrk (Debian package wrk)" >&2
  exit 1
fi
if [ ! -x "$binary" ]; then
  echo "no preseason binary at $binary; build it (cmake --build build --target preseason) or pass its path" >&2
  exit 1
fi

work=$(mktemp -d "${store_parent:-${TMPDIR:-/tmp}}/live-load.XXXXXX")
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

hash() { printf %s "$1" | sha256sum | cut -d' ' -f1; }
{
  echo "live:"
  echo "  limits: {max_batch_items: 1000}"
  echo "  squad:"
  for i in $(seq 1 $athletes); do
    id=$(printf 'a%02d' "$i")
    echo "    - {id: $id, devices: [{id: ring-$id, vendor: ring}]}"
  done
  echo "  principals:"
  for i in $(seq 1 $athletes); do
    id=$(printf 'a%02d' "$i")
    echo "    - {name: ring-$id, role: device, athlete: $id, device: ring-$id, token_sha256: $(hash "tok-ring-$id")}"
  done
  echo "    - {name: ops, role: admin, token_sha256: $(hash tok-ops)}"
} > "$work/live.yaml"

: > "$work/server.out"
"$binary" live "$work/live.yaml" --listen 127.0.0.1:0 --store "$work/store" > "$work/server.out" 2> "$work/server.err" &
server_pid=$!
port=""
for _ in $(seq 1 100); do
  port=$(sed -n 's/^live: listening on http:\/\/127\.0\.0\.1:\([0-9]*\)$/\1/p' "$work/server.out")
  [ -n "$port" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.err" >&2; exit 1; }
  sleep 0.1
done
[ -n "$port" ] || { echo "server did not start" >&2; exit 1; }

url="http://127.0.0.1:$port"
metric() {
  curl -sf -H "Authorization: Bearer tok-ops" "$url/v1/metrics" |
    python3 -c "import json, sys; print(json.load(sys.stdin)['$1'])"
}

LOAD_ATHLETES=$athletes LOAD_BATCH=$batch LOAD_RUN="r$$" \
  wrk -t "$threads" -c "$connections" -d "$duration" --latency -s "$here/live_ingest.lua" "$url" > "$work/wrk.out"
accepted_readings=$(metric readings_accepted)
refused_batches=$(metric batches_refused)
kill "$server_pid"
wait "$server_pid"
server_pid=""

line=$(grep '^LOAD ' "$work/wrk.out") || { cat "$work/wrk.out" >&2; exit 1; }
field() { sed -n "s/.* $1=\([0-9]*\).*/\1/p" <<< "$line"; }
requests=$(field requests); refused=$(field refused); socket_errors=$(field socket_errors)
duration_us=$(field duration_us)
ok=$((requests - refused))

python3 - "$ok" "$batch" "$duration_us" "$accepted_readings" "$refused_batches" "$socket_errors" \
  "$(field p50_us)" "$(field p90_us)" "$(field p99_us)" "$(field max_us)" <<'EOF'
import sys
ok, batch, duration_us, accepted, refused, socket_errors, p50, p90, p99, top = map(int, sys.argv[1:])
seconds = duration_us / 1e6
rate = ok * batch / seconds
print(f"batches acknowledged (2xx): {ok} in {seconds:.2f} s = {ok / seconds:,.0f} batches/s")
print(f"readings/s: {rate:,.0f} (server's readings_accepted: {accepted}, "
      f"batches refused: {refused}, socket errors: {socket_errors})")
print(f"request latency: p50 {p50 / 1000:.2f} ms, p90 {p90 / 1000:.2f} ms, p99 {p99 / 1000:.2f} ms, "
      f"max {top / 1000:.2f} ms")
print(f"p99 ingest-to-stored <= {p99 / 1000:.2f} ms: the server answers 201 only after the batch's "
      "write-ahead log record is fdatasync'ed, so a batch is durable before its request completes")
goal = rate >= 20000 and p99 < 10000
print(f"goal (>= 20,000 readings/s, p99 < 10 ms): {'met' if goal else 'missed'}")
EOF
echo "conditions: wrk -t $threads -c $connections -d $duration, batch $batch, $(nproc) cores, store on" \
  "$(df -PT "$work" | awk 'NR==2 {print $1 " (" $2 ")"}')"
