#!/usr/bin/env bash
# Makes sure the end-to-end tests have their browser: Debian's Chromium at
# /usr/bin/chromium (driven by playwright-core, so nothing is downloaded from npm) and a
# CJK font so Japanese names render in screenshots. Quiet and idempotent when both are
# there; installs them with apt-get when run as root; otherwise says what to run.
set -euo pipefail

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"

packages=()
if [ ! -x "$CHROMIUM" ]; then
  packages+=(chromium fonts-noto-cjk)
elif ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list :lang=ja 2>/dev/null)" ]; then
  packages+=(fonts-noto-cjk)
fi

[ ${#packages[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-test-browser: installing ${packages[*]} with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  if [ ! -x "$CHROMIUM" ]; then
    echo "ensure-test-browser: apt-get finished but $CHROMIUM is still missing" >&2
    exit 1
  fi
  exit 0
fi

if [ ! -x "$CHROMIUM" ]; then
  echo "ensure-test-browser: $CHROMIUM not found; install it with: sudo apt-get install --no-install-recommends chromium fonts-noto-cjk (or set CHROMIUM_PATH to a Chromium binary)" >&2
  exit 1
fi
# Chromium is there, only the CJK font is not: the tests still pass (they read the DOM),
# but Japanese names would show as boxes in screenshots.
echo "ensure-test-browser: no Japanese font found; for screenshots run: sudo apt-get install --no-install-recommends fonts-noto-cjk" >&2
exit 0
