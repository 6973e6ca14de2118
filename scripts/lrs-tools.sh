#!/usr/bin/env bash
# Install the test-only tools of tools/ (a real, strict xAPI LRS: npm `xapi-statements`,
# GPL-3.0, used by tests/tracking only, never shipped). Idempotent: runs `npm ci` only
# when tools/node_modules/xapi-statements is missing or tools/package-lock.json changed.
# Usage: scripts/lrs-tools.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/tools"
stamp="$tools/node_modules/.porte-voix-lock.sha256"

for cmd in node npm; do
  if ! command -v "$cmd" >/dev/null 2>&1; then
    echo "lrs-tools: '$cmd' is missing. Install Node.js 20 and npm (Debian: apt-get install nodejs npm)," >&2
    echo "then run scripts/lrs-tools.sh again. They are needed by the xAPI tests (tests/tracking)." >&2
    exit 1
  fi
done

lock_sum="$(sha256sum "$tools/package-lock.json" | cut -d' ' -f1)"
if [ -f "$tools/node_modules/xapi-statements/dist/index.js" ] && [ -f "$stamp" ] \
   && [ "$(cat "$stamp")" = "$lock_sum" ]; then
  exit 0
fi

echo "lrs-tools: installing the test LRS (xapi-statements) in tools/node_modules"
(cd "$tools" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
echo "$lock_sum" > "$stamp"
