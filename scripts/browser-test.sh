#!/usr/bin/env bash
# Loads the HTML view in headless Chromium and checks what the browser
# built from it:
# - the reference article's page has one highlight per entity, amount and
#   date of the JSON output for the same input (counted with jq);
# - its facts panel has one line per event of the JSON output, and each
#   line's link leads to an element of the page; a link to a trigger
#   leads to the event's trigger word, underlined in the article;
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

# 2. The facts panel: one line per event, each link leading somewhere.
check "reference article: facts panel" 1 \
    "$(count '<section id="facts">' "$work/page.dom")"
sed -n '/<section id="facts">/,/<\/section>/p' "$work/page.dom" >"$work/facts.dom"
check "reference article: one line per fact" \
    "$(jq '.events | length' "$work/page.json")" \
    "$(count '<li>' "$work/facts.dom")"
links=$({ grep -oE 'href="#[^"]*"' "$work/facts.dom" || true; } \
    | sed -E 's/^href="#(.*)"$/\1/')
check "reference article: every fact linked" \
    "$(jq '.events | length' "$work/page.json")" \
    "$(printf '%s\n' $links | grep -c .)"
dangling=0
wrong=0
for id in $links; do
    if [ "$(count " id=\"$id\"" "$work/page.dom")" != 1 ]; then
        echo "no element with id $id" >&2
        dangling=$((dangling + 1))
        continue
    fi
    case $id in
        f*)
            # The trigger's text in the browser's tree is the event's.
            got=$({ grep -oE "<span class=\"trigger\" id=\"$id\"[^>]*>[^<]*</span>" \
                "$work/page.dom" || true; } | sed -E 's/^<[^>]*>//; s/<\/span>$//')
            want=$(jq -r ".events[${id#f}].text" "$work/page.json")
            if [ "$got" != "$want" ]; then
                echo "trigger $id: '$got', the event says '$want'" >&2
                wrong=$((wrong + 1))
            fi
            ;;
    esac
done
check "reference article: fact links leading nowhere" 0 "$dangling"
check "reference article: triggers holding another word" 0 "$wrong"

# 3. A trigger inside a quote is drawn inside it, and stays whole.
printf '%s\n' \
    "Selon Paul Girard, la société Valmont a levé 3 millions d'euros." \
    >"$work/quoted.txt"
"$bin" --format html --ref-date 2024-05-30 "$work/quoted.txt" >"$work/quoted.html"
dump_dom "$work/quoted.html" >"$work/quoted.dom"
check "quoted trigger: inside its quote" 1 \
    "$(count '<span class="quote"[^>]*>([^<]|<mark[^>]*>[^<]*<span class="tag">[A-Z]+</span></mark>)*<span class="trigger" id="f0"[^>]*>levé</span>' "$work/quoted.dom")"
check "quoted trigger: linked from the facts panel" 1 \
    "$(count '<a href="#f0">Valmont' "$work/quoted.dom")"

# 4. Markup in an article stays text.
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
