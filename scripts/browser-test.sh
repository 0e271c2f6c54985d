#!/usr/bin/env bash
# Loads the HTML view in headless Chromium and checks what the browser
# built from it:
# - the reference article's page has one highlight per entity, amount and
#   date of the JSON output for the same input (counted with jq);
# - an article holding <script> and markup shows them as text: the page's
#   DOM has no <script> element and the tags appear escaped.
#
# Needs chromium (Debian package `chromium`) and jq. Kept out of
# `cargo test` because of Chromium; .ci/run installs it and runs this.
# Usage: scripts/browser-test.sh [PATH-TO-analyze]
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${1:-target/debug/analyze}
if [ ! -x "$bin" ]; then
    cargo build --locked --quiet
fi
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    echo "browser-test: chromium not found (apt-get install chromium)" >&2
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The flags keep a headless run quiet and local: no sandbox (CI runs as
# root), no GPU, no network services of the browser's own.
dump_dom() {
    "$browser" --headless --no-sandbox --disable-gpu --disable-quic \
        --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync \
        --user-data-dir="$work/profile" --virtual-time-budget=2000 \
        --dump-dom "file://$1" 2>"$work/chromium.log"
}

# How many times the extended regex $1 matches in file $2.
count() { { grep -oE "$1" "$2" || true; } | wc -l; }

passed=0
failed=0
check() { # name, expected, got
    if [ "$2" = "$3" ]; then
        echo "ok: $1 ($3)"
        passed=$((passed + 1))
    else
        echo "FAIL: $1: expected $2, got $3" >&2
        failed=$((failed + 1))
    fi
}

# 1. The reference article: highlights in the DOM == spans in the JSON.
article=fixtures/xai-economist-fr.txt
"$bin" --format html --ref-date 2024-05-30 "$article" >"$work/page.html"
"$bin" --format json --ref-date 2024-05-30 "$article" >"$work/page.json"
dump_dom "$work/page.html" >"$work/page.dom"
for kind in entities money dates; do
    want=$(jq ".$kind | length" "$work/page.json")
    case $kind in
        entities) classes='PER|ORG|LOC|MISC' ;;
        money) classes='MONEY' ;;
        dates) classes='DATE' ;;
    esac
    got=$(count "<mark class=\"hl ($classes)\"" "$work/page.dom")
    check "reference article: $kind highlighted" "$want" "$got"
done
want=$(jq '[.entities, .money, .dates] | map(length) | add' "$work/page.json")
got=$(count '<mark class="hl ' "$work/page.dom")
check "reference article: all highlights" "$want" "$got"
check "reference article: page has its side panel" 1 \
    "$(count '<aside>' "$work/page.dom")"

# 2. Markup in an article stays text.
printf '%s\n' \
    'Le 3 mars, <script>document.title="pwned"</script> <b>gras</b>' \
    '<img src="http://127.0.0.1:9/x.png"> & fin.' >"$work/hostile.txt"
"$bin" --format html "$work/hostile.txt" >"$work/hostile.html"
dump_dom "$work/hostile.html" >"$work/hostile.dom"
check "hostile article: no script element" 0 \
    "$(count '<script' "$work/hostile.dom")"
check "hostile article: no img element" 0 \
    "$(count '<img' "$work/hostile.dom")"
check "hostile article: title untouched" 1 \
    "$(count '<title>[^<]*hostile.txt — analyze</title>' "$work/hostile.dom")"
check "hostile article: script shown as text" 1 \
    "$(count '&lt;script&gt;document.title="pwned"&lt;/script&gt;' "$work/hostile.dom")"

echo "browser-test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
