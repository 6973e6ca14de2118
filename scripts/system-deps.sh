#!/usr/bin/env bash
# Install the Debian packages the academy needs, only those missing.
#   runtime: Pango + HarfBuzz subset (WeasyPrint PDFs), fonts, gettext (translations)
#   tests:   chromium (browser tests, driven by Playwright with executable_path=/usr/bin/chromium)
#   (corporate sign-in: the xmlsec and lxml wheels pinned in requirements/lock.txt bundle the
#   same libxml2 and need no Debian package; only a machine without wheels, building xmlsec
#   from source, needs libxmlsec1-dev libxml2-dev pkg-config.)
# Usage: scripts/system-deps.sh runtime|test
set -euo pipefail
runtime=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core fonts-liberation gettext)
test_only=(chromium)
want=("${runtime[@]}")
[ "${1:-runtime}" = "test" ] && want+=("${test_only[@]}")

missing=()
for pkg in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing system packages: ${missing[*]} (install them with your package manager)." >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
