#!/usr/bin/env bash
# Installs what the browser tests drive, Debian's chromium and chromium-driver, when
# /usr/bin/chromium or /usr/bin/chromedriver is missing: as root, or through sudo without a password.
# The browser tests run this themselves (Browser.requireInstalled); it is safe to run by hand.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if ! sudo -n true 2>/dev/null; then
    echo "the browser tests need chromium and chromium-driver: install them (apt-get install chromium chromium-driver) or run as root" >&2
    exit 2
  fi
  sudo=(sudo -n)
fi
echo "installing chromium and chromium-driver for the browser tests"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends chromium chromium-driver
