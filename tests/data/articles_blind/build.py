#!/usr/bin/env python3
"""Build the blind article set: one `.txt` and one `.gold.json` per article.

The articles are invented French news texts in agency style; the annotations
follow ../../../CONTRACT.md (the output contract, schema 1) and are written by
hand below. Offsets are computed here by finding the annotated strings in the
text, so nothing is typed as a number. Run from anywhere:

    python3 tests/data/articles_blind/build.py [SET_DIR]

SET_DIR (default: this directory) holds the set's `articles.py`; the texts
and gold files are written there (`tests/data/articles_blind2` is the
second set).

Locating a string: a plain string is found as a whole word (its `nth`
occurrence, 0-based; entities without `nth` take every occurrence that no
earlier, longer annotation already covers). A string with one `[...]` part is
a context: the context is found (first occurrence, brackets removed) and the
bracketed part is the span.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
SET = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE
ARTICLES = []


def article(name, ref, text):
    a = {"name": name, "ref": ref, "text": text, "ents": [], "money": [], "dates": [],
         "pcts": [], "quotes": [], "events": [], "notes": []}
    ARTICLES.append(a)
    return a


def _word_hits(text, s):
    out = []
    for m in re.finditer(re.escape(s), text):
        b, e = m.start(), m.end()
        if b > 0 and text[b - 1].isalnum() and s[0].isalnum():
            continue
        # a number is not the tail of a decimal number ("3 %" inside "9,3 %")
        if s[0].isdigit() and b > 1 and text[b - 1] in ",." and text[b - 2].isdigit():
            continue
        if e < len(text) and text[e].isalnum() and s[-1].isalnum():
            continue
        out.append((b, e))
    return out


def loc(text, spec, nth=0):
    """(start, end) of `spec` in `text` (see the module doc)."""
    if "[" in spec:
        pre, rest = spec.split("[", 1)
        mid, post = rest.split("]", 1)
        ctx = pre + mid + post
        i = text.find(ctx)
        if i < 0:
            sys.exit(f"context not found: {spec!r}")
        return i + len(pre), i + len(pre) + len(mid)
    hits = _word_hits(text, spec)
    if len(hits) <= nth:
        sys.exit(f"not found: {spec!r} (occurrence {nth})")
    return hits[nth]


def span(text, b, e):
    return {"text": text[b:e], "start": b, "end": e}


def build(a):
    t = a["text"]
    # entities: every occurrence unless nth given; earlier annotations win
    ents, taken = [], []
    for s, label, canon, nth, opt in a["ents"]:
        found = [loc(t, s, nth)] if nth is not None or "[" in s else _word_hits(t, s)
        if not found:
            sys.exit(f"{a['name']}: entity not found: {s!r}")
        for b, e in found:
            if any(b < te and tb < e for tb, te in taken):
                continue
            taken.append((b, e))
            it = dict(span(t, b, e), label=label, canonical=canon or t[b:e])
            if opt:
                it["optional"] = True
            ents.append(it)
    ents.sort(key=lambda x: x["start"])
    money = []
    for s, amount, cur, nth in a["money"]:
        b, e = loc(t, s, nth)
        money.append(dict(span(t, b, e), amount=amount, currency=cur))
    dates = []
    for s, typ, val, mod, nth, opt, note in a["dates"]:
        b, e = loc(t, s, nth)
        it = dict(span(t, b, e), type=typ, value=val)
        if mod:
            it["mod"] = mod
        if opt:
            it["optional"] = True
        if note:
            it["note"] = note
        dates.append(it)
    pcts = []
    for s, val, points, nth in a["pcts"]:
        b, e = loc(t, s, nth)
        it = dict(span(t, b, e), value=val)
        if points:
            it["points"] = True
        pcts.append(it)
    for lst in (money, dates, pcts):
        lst.sort(key=lambda x: x["start"])

    def nearest(items, s, near, what):
        if "[" in s:
            b, _ = loc(t, s)
            cands = [x for x in items if x["start"] == b]
        else:
            cands = [x for x in items if x["text"] == s]
        if not cands:
            sys.exit(f"{a['name']}: {what} argument not annotated: {s!r}")
        return min(cands, key=lambda x: abs(x["start"] - near))

    def ent_arg(s, near):
        x = nearest(ents, s, near, "entity")
        return {k: x[k] for k in ("text", "start", "end", "canonical", "label")}

    quotes = []
    for q in a["quotes"]:
        qb, qe = loc(t, q["text"], q.get("nth", 0))
        it = dict(span(t, qb, qe), kind=q["kind"])
        cue = None
        anchor = qb
        if q.get("cue"):
            if "[" in q["cue"]:
                cb, ce = loc(t, q["cue"])
            else:
                hits = [h for h in _word_hits(t, q["cue"]) if h[1] <= qb or h[0] >= qe]
                cb, ce = min(hits, key=lambda h: min(abs(h[0] - qe), abs(h[1] - qb)))
            cue = span(t, cb, ce)
            anchor = cb
        it["cue"] = cue
        sp = q.get("speaker")
        if sp is None:
            it["speaker"] = None
        else:
            s, canon, label = sp
            if "[" in s:
                sb, se = loc(t, s)
            else:
                hits = [h for h in _word_hits(t, s) if h[1] <= qb or h[0] >= qe]
                sb, se = min(hits, key=lambda h: abs(h[0] - anchor))
            spk = dict(span(t, sb, se), canonical=canon, label=label)
            if q.get("gender"):
                spk["gender"] = q["gender"]
            it["speaker"] = spk
        if q.get("optional"):
            it["optional"] = True
        if q.get("note"):
            it["note"] = q["note"]
        quotes.append(it)
    quotes.sort(key=lambda x: x["start"])

    events = []
    for ev in a["events"]:
        tb, te = loc(t, ev["trigger"], ev.get("nth", 0))
        args = {}
        for role, v in ev["args"].items():
            opt = False
            if isinstance(v, tuple) and v and v[0] == "opt":
                opt, v = True, v[1]
            if role in ("company", "target", "buyer", "seller", "person", "organization"):
                val = ent_arg(v, tb)
            elif role == "investors":
                val = [ent_arg(s, tb) for s in v]
            elif role in ("amount", "valuation"):
                x = nearest(money, v, tb, "money")
                val = {k: x[k] for k in ("text", "start", "end", "amount", "currency")}
            elif role in ("date", "period"):
                x = nearest(dates, v, tb, "date")
                val = {k: x[k] for k in ("text", "start", "end", "value")}
            elif role in ("stake", "change"):
                x = nearest(pcts, v, tb, "percentage")
                val = {k: x[k] for k in ("text", "start", "end", "value")}
            else:
                val = v
            if opt:
                val = dict(val, optional=True)
            args[role] = val
        it = dict(span(t, tb, te), type=ev["type"], args=args)
        it = {"type": ev["type"], **span(t, tb, te), "args": args}
        if ev.get("optional"):
            it["optional"] = True
        if ev.get("note"):
            it["note"] = ev["note"]
        events.append(it)
    events.sort(key=lambda x: x["start"])

    src = os.path.relpath(os.path.join(SET, a["name"] + ".txt"), ROOT)
    gold = {
        "schema": 1, "source": src, "language": "fr", "reference_date": a["ref"],
        "notes": ["Offsets are Unicode code points into the .txt file, end exclusive; "
                  "sentences are not annotated (not scored here)."] + a["notes"],
        "entities": ents, "money": money, "dates": dates, "percentages": pcts,
        "quotes": quotes, "events": events,
    }
    with open(os.path.join(SET, a["name"] + ".txt"), "w", encoding="utf-8") as f:
        f.write(t)
    with open(os.path.join(SET, a["name"] + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{a['name']}: {len(t)} chars, ref {a['ref']}: {len(ents)} entities, "
          f"{len(money)} money, {len(dates)} dates, {len(pcts)} percentages, "
          f"{len(quotes)} quotes, {len(events)} events")


def E(a, s, label, canon=None, nth=None, opt=False):
    a["ents"].append((s, label, canon, nth, opt))


def M(a, s, amount, cur, nth=0):
    a["money"].append((s, amount, cur, nth))


def D(a, s, value, typ="DATE", mod=None, nth=0, opt=False, note=None):
    a["dates"].append((s, typ, value, mod, nth, opt, note))


def P(a, s, value, points=False, nth=0):
    a["pcts"].append((s, value, points, nth))


def Q(a, text, kind, cue, speaker, **kw):
    a["quotes"].append(dict(text=text, kind=kw.pop("kind_", kind), cue=cue, speaker=speaker, **kw))


def V(a, typ, trigger, args, **kw):
    a["events"].append(dict(type=typ, trigger=trigger, args=args, **kw))


sys.path.insert(0, SET)
from articles import define  # noqa: E402  (the set's articles and their annotations)

if __name__ == "__main__":
    define(sys.modules[__name__])
    for a in ARTICLES:
        build(a)
