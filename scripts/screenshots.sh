#!/usr/bin/env bash
# Regenerates the pictures README.md shows, from the reference article:
# - docs/html-view.png: the --format html page in headless Chromium;
# - docs/text-report.png: the coloured text report, its ANSI colours
#   turned into an HTML page by sed and shot the same way.
# Needs chromium (Debian package `chromium`). Run after any change to
# the renderers or the extractors: scripts/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --locked --quiet --release
bin=target/release/analyze
article=fixtures/xai-economist-fr.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

shot() { # html file, png file, width, height
    chromium --headless --no-sandbox --disable-gpu --disable-quic \
        --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --hide-scrollbars \
        --user-data-dir="$work/profile" --window-size="$3,$4" \
        --screenshot="$2" "file://$1" 2>/dev/null
}

"$bin" --format html --ref-date 2024-05-30 "$article" >"$work/view.html"
shot "$work/view.html" docs/html-view.png 1280 900

# The report at 100 columns, coloured; escape HTML, then turn each SGR
# sequence the report writes (ESC[Nm, ESC[0m) into a span.
COLUMNS=100 "$bin" --format text --color always --ref-date 2024-05-30 \
    "$article" >"$work/report.ansi"
lines=$(wc -l <"$work/report.ansi")
{
    cat <<'HTML'
<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body { margin: 0; background: #1e1e1e; }
pre { margin: 0; padding: 14px 16px; color: #d4d4d4;
  font: 15px/1.35 "DejaVu Sans Mono", monospace; }
.s1 { font-weight: bold; color: #fff; } .s2 { color: #8a8a8a; }
.s31 { color: #f48771; } .s32 { color: #89d185; } .s33 { color: #e5c07b; }
.s34 { color: #75beff; } .s35 { color: #d28ef7; } .s36 { color: #56d4dd; }
</style></head><body><pre>
HTML
    sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' \
        -e 's/\x1b\[0m/<\/span>/g' \
        -e 's/\x1b\[\([0-9]*\)m/<span class="s\1">/g' "$work/report.ansi"
    echo '</pre></body></html>'
} >"$work/report.html"
shot "$work/report.html" docs/text-report.png 960 $((lines * 20 + 40))
echo "wrote docs/html-view.png docs/text-report.png"
