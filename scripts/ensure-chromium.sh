#!/usr/bin/env bash
# End-to-end tests need a Chromium. Playwright cannot download its own here,
# so install Debian's when it is missing (needs root, as on this project's
# machines and CI). LACUNA_CHROMIUM may point at another binary instead.
set -euo pipefail
browser="${LACUNA_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$browser" ]; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "Chromium is missing at $browser. Install it (Debian: sudo apt-get install -y chromium) or set LACUNA_CHROMIUM." >&2
  exit 1
fi
echo "Installing Debian's chromium for the end-to-end tests…" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
