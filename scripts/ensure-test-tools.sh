#!/usr/bin/env bash
# Makes sure the browsers the end-to-end tests drive, and LibreOffice for the .docx test, are on this machine. Test tools never download their own
# browser: Chromium comes from Debian (apt) when missing, as root or through sudo.
set -euo pipefail

need=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
# Firefox ESR, driven over WebDriver BiDi by puppeteer-core (tests/e2e/firefox/).
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || need+=(firefox-esr)
# LibreOffice proves that a real word processor reads the exported .docx.
[ -x "${SOFFICE_PATH:-/usr/bin/soffice}" ] || need+=(libreoffice-writer-nogui)

[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null; then sudo=(sudo); else
  echo "Missing: ${need[*]}. Install them (Debian/Ubuntu: apt-get install -y ${need[*]}) or set CHROMIUM_PATH / FIREFOX_PATH." >&2
  exit 1
fi
echo "Installing ${need[*]} from Debian for the end-to-end tests…"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
