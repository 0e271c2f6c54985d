#!/usr/bin/env python3
"""Builds money_news_blind.jsonl from the annotated texts below.

The texts were written and annotated before the extractor was run on
them, one or more per family of the money rules (currency from the rest
of the document, scale word then symbol or code, the English trillion,
units with their subunits, more currency names, bounds after verbs), to
measure how the rules do on text they were not tuned on.

Markup: [[span|amount|currency]] with optional fields after them:
min=X, max=X (the bounds of a range or an open bound), opt (an optional
item). Currency "-" is null. Offsets are computed in code points on the
text with the markup removed.
Run: python3 tests/data/money_news/build_blind.py > tests/data/money_news/money_news_blind.jsonl
(`units` as the first argument: money_news_units.jsonl)
"""
import json
import re
import sys

MARK = re.compile(r"\[\[([^\]|]+)\|([^\]]*)\]\]")

TEXTS = [
("suisse_bns", None, """\
ZURICH (Keystone-ATS) - La Banque nationale suisse (BNS) a dégagé un bénéfice de [[12,4 milliards de francs|12400000000|CHF]] au premier semestre, a-t-elle annoncé lundi. \
Les cantons se partageront [[6 milliards|6000000000|CHF|opt]] au titre de la distribution ordinaire ; celui de Vaud recevra à lui seul [[320 millions de francs|320000000|CHF]]. \
Le Conseil fédéral s'en félicite. À Genève, le loyer moyen d'un trois-pièces atteint désormais [[2450 francs|2450|CHF]] par mois, selon l'Office fédéral de la statistique. \
Nestlé versera un dividende de [[3 francs|3|CHF]] par action, et la Migros baisse le prix du litre de lait de [[5 centimes|0.05|CHF]].\
"""),
("france_1997", "1997-10-08", """\
Le projet de loi de finances pour 1998 prévoit des dépenses de [[1 650 milliards de francs|1650000000000|FRF]], a présenté mercredi le ministre de l'Économie à Bercy. \
Le déficit de l'État serait ramené à [[257 milliards de francs|257000000000|FRF]]. \
Le Smic horaire, relevé en juillet, atteint [[39,43 francs|39.43|FRF]] brut, et la baguette coûte désormais [[4 francs|4|FRF]] dans la plupart des boulangeries parisiennes, [[20 centimes|0.2|FRF]] de plus qu'il y a deux ans. \
La Banque de France a relevé ses taux pour soutenir le franc face au mark.\
"""),
("belgique_1999", "1999-03-10", """\
BRUXELLES (Belga) - Le gouvernement wallon a débloqué une enveloppe de [[2 milliards de francs|2000000000|BEF]] pour la reconversion du bassin de Charleroi. \
La Région flamande investira de son côté [[800 millions de francs|800000000|BEF]] dans le port d'Anvers. \
Le Premier ministre a rappelé que l'euro remplacerait le franc belge en 2002 ; un euro vaut [[40,3399 francs|40.3399|BEF]].\
"""),
("canada", None, """\
MONTRÉAL - Hydro-Québec investira [[5 milliards de dollars canadiens|5000000000|CAD]] dans de nouveaux barrages d'ici 2035, a annoncé la société d'État. \
Le chantier de la Baie-James coûtera [[1,2 milliard de dollars|1200000000|CAD]], selon le gouvernement du Québec. \
À Toronto, le prix moyen d'une maison a reculé à [[C$ 1,1 million|1100000|CAD]]. \
Le huard s'échangeait jeudi à [[0,73 dollar américain|0.73|USD]].\
"""),
("marches_symboles", None, """\
Le fonds britannique a levé [[40 millions de £|40000000|GBP]] auprès d'investisseurs institutionnels. \
Son concurrent japonais a annoncé un plan de [[3 milliards de ¥|3000000000|JPY]], tandis que la start-up californienne a bouclé un tour de table de [[12 M$|12000000|USD]]. \
Le billet d'entrée est vendu [[EUR 250|250|EUR]] sur le site officiel, [[A$ 30|30|AUD]] à Sydney et [[200 SEK|200|SEK]] à Stockholm. \
Selon un rapport traduit de l'anglais, les États-Unis ont dépensé [[1,2 trillion de dollars|1200000000000|USD]] en infrastructures, et le Japon prévoit [[3 trillions de yens|3000000000000|JPY]] de relance.\
"""),
("prix_centimes", None, """\
Au marché de Rennes, le kilo de carottes coûte [[trois euros et vingt centimes|3.2|EUR]], contre [[deux euros quatre-vingts|2.8|EUR]] l'an dernier. \
Le timbre vert augmente de [[30 centimes|0.3|EUR]] au 1er janvier. \
À New York, le salaire minimum fédéral reste fixé à [[7 dollars 25|7.25|USD]] de l'heure. \
À Londres, le pain de mie a pris [[60 pence|0.6|GBP]] en un an, et le ticket de bus coûte désormais [[deux livres dix|2.1|GBP]].\
"""),
("devises_nord_est", None, """\
Le fonds souverain norvégien a vendu pour [[450 millions de couronnes norvégiennes|450000000|NOK]] d'actions. \
La Pologne a émis [[2 milliards de zlotys|2000000000|PLN]] d'obligations et la Hongrie [[15 milliards de forints|15000000000|HUF]]. \
Ikea a investi [[300 millions de couronnes suédoises|300000000|SEK]] dans son entrepôt de Malmö. \
Au Liban, le salaire minimum vaut [[18 millions de livres libanaises|18000000|LBP]]. \
Un collectionneur a acheté l'œuvre numérique pour [[1 200 ethers|1200|-]], soit environ [[3,6 millions de dollars|3600000|USD]].\
"""),
("bornes", None, """\
Les abonnements au nouveau service sont proposés à partir de [[49 €|49|EUR|min=49]] par mois. \
Le chiffre d'affaires de la filiale dépasse les [[500 millions d'euros|500000000|EUR|min=500000000]], selon la direction. \
Les clients ne paieront pas plus de [[20 euros|20|EUR|max=20]] de frais de dossier, et l'aide pourra atteindre jusqu'à [[1 500 euros|1500|EUR|max=1500]] par foyer. \
La prime, qui excède [[300 euros|300|EUR|min=300]], sera versée en mars. \
Le budget avoisine les [[2 millions d'euros|2000000|EUR]].\
"""),
("royaume_uni", None, """\
LONDRES - La Banque d'Angleterre a injecté [[10 milliards de livres|10000000000|GBP]] dans le système bancaire. \
Le chancelier de l'Échiquier a promis un allègement d'impôts de [[4 milliards de livres sterling|4000000000|GBP]]. \
Une pinte de bière coûte en moyenne [[4,80 livres|4.8|GBP]] à Londres. \
L'auteur a écrit douze livres, dont trois vendus à plus de 100 000 exemplaires.\
"""),
]

# Units with their subunits in words and digits, annotated before the
# rules for them were written. `python3 build_blind.py units`.
UNITS = [
("prix_du_quotidien", "2025-11-06", """\
LONDRES - Le ticket de bus coûte désormais [[deux livres dix|2.1|GBP]], [[vingt pence|0.2|GBP]] de plus qu'en 2024, et la pinte dépasse [[cinq livres cinquante|5.5|GBP]] dans la plupart des pubs du centre. \
À New York, le ticket de métro passe à [[2 dollars 90|2.9|USD]]. \
En France, la baguette a pris [[cinq centimes|0.05|EUR]] et coûte [[un euro vingt|1.2|EUR]] en moyenne ; le café au comptoir est à [[deux euros et cinquante centimes|2.5|EUR]]. \
Le litre de gazole a atteint [[1 euro 72|1.72|EUR]] à la pompe. \
L'économiste, qui a publié dix livres sur la vie chère, juge la hausse durable.\
"""),
]


def build(name, ref, marked):
    text = ""
    money = []
    pos = 0
    for m in MARK.finditer(marked):
        text += marked[pos:m.start()]
        span = m.group(1)
        fields = m.group(2).split("|")
        start = len(text)
        text += span
        amount = float(fields[0])
        item = {"text": span, "start": start, "end": len(text),
                "amount": int(amount) if amount.is_integer() else amount,
                "currency": None if fields[1] == "-" else fields[1]}
        for f in fields[2:]:
            if f == "opt":
                item["optional"] = True
            elif "=" in f:
                k, v = f.split("=")
                v = float(v)
                item[k] = int(v) if v.is_integer() else v
        money.append(item)
        pos = m.end()
    text += marked[pos:]
    if "[[" in text or "]]" in text:
        sys.exit(f"{name}: unbalanced markup")
    doc = {"id": name, "text": text, "money": money}
    if ref:
        doc["reference_date"] = ref
    return doc


SET = UNITS if sys.argv[1:] == ["units"] else TEXTS
for name, ref, marked in SET:
    print(json.dumps(build(name, ref, marked), ensure_ascii=False))
