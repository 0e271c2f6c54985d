#!/usr/bin/env python3
"""Turns articles.txt, articles_b.txt ... articles_z.txt, articles_aa.txt ... articles_bv.txt (entities marked
[[text|LABEL]]) into ner_fr_news.jsonl, ner_fr_news_fresh.jsonl,
ner_fr_news_final.jsonl, ner_fr_news_blind.jsonl, ner_fr_news_unseen.jsonl,
ner_fr_news_sixth.jsonl, ner_fr_news_seventh.jsonl,
ner_fr_news_eighth.jsonl, ner_fr_news_ninth.jsonl, ner_fr_news_tenth.jsonl,
ner_fr_news_eleventh.jsonl, ner_fr_news_twelfth.jsonl,
ner_fr_news_thirteenth.jsonl, ner_fr_news_fourteenth.jsonl,
ner_fr_news_fifteenth.jsonl, ner_fr_news_sixteenth.jsonl,
ner_fr_news_seventeenth.jsonl, ner_fr_news_eighteenth.jsonl,
ner_fr_news_nineteenth.jsonl, ner_fr_news_twentieth.jsonl,
ner_fr_news_twenty_first.jsonl, ner_fr_news_twenty_second.jsonl,
ner_fr_news_twenty_third.jsonl, ner_fr_news_twenty_fourth.jsonl, ner_fr_news_twenty_fifth.jsonl,
ner_fr_news_twenty_sixth.jsonl, ner_fr_news_twenty_seventh.jsonl,
ner_fr_news_twenty_eighth.jsonl, ner_fr_news_twenty_ninth.jsonl,
ner_fr_news_thirtieth.jsonl, ner_fr_news_thirty_first.jsonl,
ner_fr_news_thirty_second.jsonl, ner_fr_news_thirty_third.jsonl,
ner_fr_news_thirty_fourth.jsonl, ner_fr_news_thirty_fifth.jsonl,
ner_fr_news_thirty_sixth.jsonl, ner_fr_news_thirty_seventh.jsonl,
ner_fr_news_thirty_eighth.jsonl, ner_fr_news_thirty_ninth.jsonl,
ner_fr_news_fortieth.jsonl, ner_fr_news_forty_first.jsonl,
ner_fr_news_forty_second.jsonl, ner_fr_news_forty_third.jsonl,
ner_fr_news_forty_fourth.jsonl, ner_fr_news_forty_fifth.jsonl,
ner_fr_news_forty_sixth.jsonl, ner_fr_news_forty_seventh.jsonl,
ner_fr_news_forty_eighth.jsonl, ner_fr_news_forty_ninth.jsonl,
ner_fr_news_fiftieth.jsonl, ner_fr_news_fifty_first.jsonl,
ner_fr_news_fifty_second.jsonl, ner_fr_news_fifty_third.jsonl,
ner_fr_news_fifty_fourth.jsonl, ner_fr_news_fifty_fifth.jsonl,
ner_fr_news_fifty_sixth.jsonl, ner_fr_news_fifty_seventh.jsonl,
ner_fr_news_fifty_eighth.jsonl, ner_fr_news_fifty_ninth.jsonl,
ner_fr_news_sixtieth.jsonl, ner_fr_news_sixty_first.jsonl,
ner_fr_news_sixty_second.jsonl, ner_fr_news_sixty_third.jsonl,
ner_fr_news_sixty_fourth.jsonl, ner_fr_news_sixty_fifth.jsonl,
ner_fr_news_sixty_sixth.jsonl, ner_fr_news_sixty_seventh.jsonl,
ner_fr_news_sixty_eighth.jsonl, ner_fr_news_sixty_ninth.jsonl,
ner_fr_news_seventieth.jsonl, ner_fr_news_seventy_first.jsonl,
ner_fr_news_seventy_second.jsonl, ner_fr_news_seventy_third.jsonl and
ner_fr_news_seventy_fourth.jsonl.

    python3 tests/data/ner_news/build.py
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"\[\[([^|\]]+)\|(PER|ORG|LOC|MISC)\]\]")


def build(source, target):
    docs, cur = [], None
    for line in open(os.path.join(HERE, source), encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#") and cur is None:
            continue
        if line.startswith("=== "):
            cur = {"id": line[4:].strip(), "lines": []}
            docs.append(cur)
        elif line.strip():
            cur["lines"].append(line)
    with open(os.path.join(HERE, target), "w", encoding="utf-8") as out:
        for d in docs:
            text, ents, pos = "", [], 0
            marked = "\n".join(d["lines"]) + "\n"
            for m in MARK.finditer(marked):
                text += marked[pos:m.start()]
                start = len(text)
                text += m.group(1)
                ents.append({"start": start, "end": len(text), "label": m.group(2),
                             "text": m.group(1)})
                pos = m.end()
            text += marked[pos:]
            assert "[[" not in text and "]]" not in text, d["id"]
            for e in ents:
                assert text[e["start"]:e["end"]] == e["text"]
            out.write(json.dumps({"id": d["id"], "text": text, "entities": ents},
                                 ensure_ascii=False) + "\n")
    print(f"{target}: {len(docs)} articles")


def main():
    build("articles.txt", "ner_fr_news.jsonl")
    build("articles_b.txt", "ner_fr_news_fresh.jsonl")
    build("articles_c.txt", "ner_fr_news_final.jsonl")
    build("articles_d.txt", "ner_fr_news_blind.jsonl")
    build("articles_e.txt", "ner_fr_news_unseen.jsonl")
    build("articles_f.txt", "ner_fr_news_sixth.jsonl")
    build("articles_g.txt", "ner_fr_news_seventh.jsonl")
    build("articles_h.txt", "ner_fr_news_eighth.jsonl")
    build("articles_i.txt", "ner_fr_news_ninth.jsonl")
    build("articles_j.txt", "ner_fr_news_tenth.jsonl")
    build("articles_k.txt", "ner_fr_news_eleventh.jsonl")
    build("articles_l.txt", "ner_fr_news_twelfth.jsonl")
    build("articles_m.txt", "ner_fr_news_thirteenth.jsonl")
    build("articles_n.txt", "ner_fr_news_fourteenth.jsonl")
    build("articles_o.txt", "ner_fr_news_fifteenth.jsonl")
    build("articles_p.txt", "ner_fr_news_sixteenth.jsonl")
    build("articles_q.txt", "ner_fr_news_seventeenth.jsonl")
    build("articles_r.txt", "ner_fr_news_eighteenth.jsonl")
    build("articles_s.txt", "ner_fr_news_nineteenth.jsonl")
    build("articles_t.txt", "ner_fr_news_twentieth.jsonl")
    build("articles_u.txt", "ner_fr_news_twenty_first.jsonl")
    build("articles_v.txt", "ner_fr_news_twenty_second.jsonl")
    build("articles_w.txt", "ner_fr_news_twenty_third.jsonl")
    build("articles_x.txt", "ner_fr_news_twenty_fourth.jsonl")
    build("articles_y.txt", "ner_fr_news_twenty_fifth.jsonl")
    build("articles_z.txt", "ner_fr_news_twenty_sixth.jsonl")
    build("articles_aa.txt", "ner_fr_news_twenty_seventh.jsonl")
    build("articles_ab.txt", "ner_fr_news_twenty_eighth.jsonl")
    build("articles_ac.txt", "ner_fr_news_twenty_ninth.jsonl")
    build("articles_ad.txt", "ner_fr_news_thirtieth.jsonl")
    build("articles_ae.txt", "ner_fr_news_thirty_first.jsonl")
    build("articles_af.txt", "ner_fr_news_thirty_second.jsonl")
    build("articles_ag.txt", "ner_fr_news_thirty_third.jsonl")
    build("articles_ah.txt", "ner_fr_news_thirty_fourth.jsonl")
    build("articles_ai.txt", "ner_fr_news_thirty_fifth.jsonl")
    build("articles_aj.txt", "ner_fr_news_thirty_sixth.jsonl")
    build("articles_ak.txt", "ner_fr_news_thirty_seventh.jsonl")
    build("articles_al.txt", "ner_fr_news_thirty_eighth.jsonl")
    build("articles_am.txt", "ner_fr_news_thirty_ninth.jsonl")
    build("articles_an.txt", "ner_fr_news_fortieth.jsonl")
    build("articles_ao.txt", "ner_fr_news_forty_first.jsonl")
    build("articles_ap.txt", "ner_fr_news_forty_second.jsonl")
    build("articles_aq.txt", "ner_fr_news_forty_third.jsonl")
    build("articles_ar.txt", "ner_fr_news_forty_fourth.jsonl")
    build("articles_as.txt", "ner_fr_news_forty_fifth.jsonl")
    build("articles_at.txt", "ner_fr_news_forty_sixth.jsonl")
    build("articles_au.txt", "ner_fr_news_forty_seventh.jsonl")
    build("articles_av.txt", "ner_fr_news_forty_eighth.jsonl")
    build("articles_aw.txt", "ner_fr_news_forty_ninth.jsonl")
    build("articles_ax.txt", "ner_fr_news_fiftieth.jsonl")
    build("articles_ay.txt", "ner_fr_news_fifty_first.jsonl")
    build("articles_az.txt", "ner_fr_news_fifty_second.jsonl")
    build("articles_ba.txt", "ner_fr_news_fifty_third.jsonl")
    build("articles_bb.txt", "ner_fr_news_fifty_fourth.jsonl")
    build("articles_bc.txt", "ner_fr_news_fifty_fifth.jsonl")
    build("articles_bd.txt", "ner_fr_news_fifty_sixth.jsonl")
    build("articles_be.txt", "ner_fr_news_fifty_seventh.jsonl")
    build("articles_bf.txt", "ner_fr_news_fifty_eighth.jsonl")
    build("articles_bg.txt", "ner_fr_news_fifty_ninth.jsonl")
    build("articles_bh.txt", "ner_fr_news_sixtieth.jsonl")
    build("articles_bi.txt", "ner_fr_news_sixty_first.jsonl")
    build("articles_bj.txt", "ner_fr_news_sixty_second.jsonl")
    build("articles_bk.txt", "ner_fr_news_sixty_third.jsonl")
    build("articles_bl.txt", "ner_fr_news_sixty_fourth.jsonl")
    build("articles_bm.txt", "ner_fr_news_sixty_fifth.jsonl")
    build("articles_bn.txt", "ner_fr_news_sixty_sixth.jsonl")
    build("articles_bo.txt", "ner_fr_news_sixty_seventh.jsonl")
    build("articles_bp.txt", "ner_fr_news_sixty_eighth.jsonl")
    build("articles_bq.txt", "ner_fr_news_sixty_ninth.jsonl")
    build("articles_br.txt", "ner_fr_news_seventieth.jsonl")
    build("articles_bs.txt", "ner_fr_news_seventy_first.jsonl")
    build("articles_bt.txt", "ner_fr_news_seventy_second.jsonl")
    build("articles_bu.txt", "ner_fr_news_seventy_third.jsonl")
    build("articles_bv.txt", "ner_fr_news_seventy_fourth.jsonl")


if __name__ == "__main__":
    main()
