#!/bin/sh
# Makes sure Debian's Chromium is at /usr/bin/chromium for the end-to-end tests (test/e2e).
# Idempotent: when it is already there this returns at once (a few ms).
# Otherwise installs it with apt-get (needs root; non-interactive, so it works in CI without stdin).
# On failure it prints one line starting with "ensure-chromium:" to stderr and exits non-zero.
set -u

CHROMIUM=/usr/bin/chromium

fail() {
  echo "ensure-chromium: $*" >&2
  exit 1
}

if [ -x "$CHROMIUM" ]; then
  exit 0
fi

command -v apt-get >/dev/null 2>&1 \
  || fail "$CHROMIUM is missing and there is no apt-get here: install Chromium yourself (it must be at $CHROMIUM)"
[ "$(id -u)" = 0 ] \
  || fail "$CHROMIUM is missing and installing it needs root: run 'sudo apt-get update && sudo apt-get install -y chromium'"

echo "ensure-chromium: installing Debian's chromium with apt-get (about 30 s, once)" >&2
LOG=$(mktemp "${TMPDIR:-/tmp}/ensure-chromium.XXXXXX") || fail "cannot create a temporary log file"
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update && apt-get install -y --no-install-recommends chromium; } >"$LOG" 2>&1 </dev/null; then
  reason=$(grep -E '^(E|W): ' "$LOG" | tail -n 1)
  fail "apt-get could not install chromium (${reason:-see $LOG}); full log: $LOG"
fi
[ -x "$CHROMIUM" ] || fail "apt-get finished but $CHROMIUM is still missing; log: $LOG"
rm -f "$LOG"
echo "ensure-chromium: $("$CHROMIUM" --version 2>/dev/null || echo chromium) installed" >&2
