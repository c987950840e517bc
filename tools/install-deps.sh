#!/usr/bin/env bash
# Installs the Debian packages preseason needs; does nothing when all are present.
# apt-get update runs only when something is missing, so repeated calls are cheap.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libcaf-dev libhdf5-dev libeigen3-dev libboost-serialization-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libyaml-cpp-dev libcli11-dev nlohmann-json3-dev libspdlog-dev libfmt-dev
  libmuparser-dev libical-dev libcpp-httplib-dev libssl-dev openssl zlib1g-dev libdeflate-dev libcsv-dev
  python3 python3-numpy python3-h5py python3-pandas python3-torch
  nodejs chromium python3-websocket
)
# npm fetches Chart.js for the dashboard. A nodejs from another archive may ship its own
# npm and conflict with Debian's, so the package is asked for only when the command is missing.
if ! command -v npm >/dev/null; then
  packages+=(npm)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "installing: ${missing[*]}" >&2
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
