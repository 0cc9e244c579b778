#!/usr/bin/env bash
# Renders a project's document exports as page images, to look at them as a reader would:
# each .docx → PDF (LibreOffice), each HTML → PDF (Chromium, when installed), each PDF → PNG (pdftoppm).
#
#   scripts/look-at-exports.sh [PROJECT.duizhao] [OUT_DIR]
#
# Without a project it renders seed 000 (test/fixtures/000_*.txt through the real pipeline, with English
# for its opening segments). Output: OUT_DIR (default test-output/exports/) holds the exports, the PDFs and
# NAME-PAGE.png for every page. Needs soffice and pdftoppm (scripts/setup.sh installs both).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
project="${1:-}"
out="$(mkdir -p "${2:-$root/test-output/exports}" && cd "${2:-$root/test-output/exports}" && pwd)"

for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "look-at-exports: $tool is not installed (run scripts/setup.sh)" >&2; exit 3; }
done

if [ -z "$project" ]; then
  project="$out/seed-000.duizhao"
  node --import tsx "$root/test/unit/export/helpers/write-seed-project.ts" "$project"
fi

duizhao() { node "$root/bin/duizhao.js" "$@"; }
duizhao export "$project" --format docx-table --out "$out/review-table.docx" --glossary-version "built-in term base"
duizhao export "$project" --format docx-table --landscape --out "$out/review-table-landscape.docx" --glossary-version "built-in term base"
duizhao export "$project" --format docx-interleaved --out "$out/interleaved.docx"
duizhao export "$project" --format docx-english --out "$out/english.docx"
duizhao export "$project" --format html --out "$out/side-by-side-html.html"
duizhao export "$project" --format html-interleaved --out "$out/interleaved-html.html"

# A private LibreOffice profile, so this runs beside an open LibreOffice or another run of this script.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
soffice "-env:UserInstallation=file://$profile" --headless --convert-to pdf --outdir "$out" "$out"/*.docx >/dev/null

chromium_bin="$(command -v chromium || command -v chromium-browser || true)"
if [ -n "$chromium_bin" ]; then
  for page in side-by-side-html interleaved-html; do
    "$chromium_bin" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
      --no-pdf-header-footer --print-to-pdf="$out/$page.pdf" "file://$out/$page.html" >/dev/null 2>&1 || echo "look-at-exports: chromium could not print $page.html" >&2
  done
fi

rm -f "$out"/*.png
for pdf in "$out"/*.pdf; do
  pdftoppm -r 70 -png "$pdf" "${pdf%.pdf}"
done
echo "Pages in $out:"
ls "$out"/*.png
