#!/usr/bin/env bash
# Sets up a fresh machine: Debian packages (as root, when apt-get exists) and npm packages.
# The Electron binary is not downloaded where it cannot be (ELECTRON_SKIP_BINARY_DOWNLOAD=1 by default here);
# `npm start` then serves the same app through the web host.
set -euo pipefail
cd "$(dirname "$0")/.."

export ELECTRON_SKIP_BINARY_DOWNLOAD="${ELECTRON_SKIP_BINARY_DOWNLOAD:-1}"
export DEBIAN_FRONTEND=noninteractive

# chromium: UI tests; libreoffice-writer + poppler-utils: looking at exported .docx pages;
# libxml2-utils: xmllint for XLIFF/TMX validation; git: team glossary tests; fonts-noto-cjk: CJK glyphs;
# fonts-liberation2: Times New Roman's metric twin, so the Latin text of exports renders as Word would set it.
APT_PACKAGES=(chromium libreoffice-writer poppler-utils libxml2-utils fonts-noto-cjk fonts-liberation2 git)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    echo "setup: installing Debian packages: ${missing[*]}"
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: missing Debian packages (${missing[*]}); install them as root for the browser and document tests."
  fi
fi

if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund
else
  npm install --no-audit --no-fund
fi
