#!/usr/bin/env bash
# Installs everything the dashboard needs on a fresh Debian machine with Python 3.11 (run as root).
#   bash scripts/setup.sh          runtime: Python packages + a CJK font for the word clouds
#   bash scripts/setup.sh --test   also Debian's Chromium for the browser tests
set -euo pipefail
cd "$(dirname "$0")/.."

debs=(fonts-wqy-microhei)
[ "${1:-}" = "--test" ] && debs+=(chromium)

missing=()
for deb in "${debs[@]}"; do
  dpkg -s "$deb" >/dev/null 2>&1 || missing+=("$deb")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

echo "setup: installing Python packages from requirements.txt"
python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore -r requirements.txt
echo "setup: done"
