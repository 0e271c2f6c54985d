#!/usr/bin/env python3
"""Builds events_news.jsonl from the annotated news texts below.

Each text comes with its reference date and its gold events. Arguments
name their mention by its surface form (`n`: which occurrence, from 1);
offsets are computed in code points on the text. Entity arguments carry
the canonical name a reader gives the thing; amounts their value and
ISO 4217 code; dates their TIMEX3 value; percentages their value.
Run: python3 tests/data/events_news/build.py > tests/data/events_news/events_news.jsonl
"""
import json
import sys


def find(text, surface, n=1):
    at = -1
    for _ in range(n):
        at = text.find(surface, at + 1)
        if at < 0:
            sys.exit(f"not found: {surface!r} (occurrence {n})")
    return at, at + len(surface)


def ent(surface, canonical=None, n=1):
    return ("ent", surface, n, {"canonical": canonical or surface})


def money(surface, amount, currency, n=1):
    return ("money", surface, n, {"amount": amount, "currency": currency})


def date(surface, value, n=1):
    return ("date", surface, n, {"value": value})


def pct(surface, value, n=1):
    return ("pct", surface, n, {"value": value})


def ev(kind, trigger, n=1, optional=False, **args):
    return (kind, trigger, n, optional, args)


def resolve(text, a):
    if isinstance(a, list):
        return [resolve(text, x) for x in a]
    if not isinstance(a, tuple):
        return a
    _, surface, n, extra = a
    s, e = find(text, surface, n)
    return dict({"text": surface, "start": s, "end": e}, **extra)


TEXTS = [
("lumio", "2025-03-14", """\
La start-up nantaise Lumio a levé 12 millions d'euros auprès de Kima Ventures et de Bpifrance, a-t-elle annoncé mardi. \
Fondée en 2019 par Claire Dumas, sa présidente, la jeune pousse développe des capteurs pour les serres agricoles. \
Ce tour de table de série A doit lui permettre de recruter 40 personnes d'ici la fin de l'année. \
L'entreprise, qui réalise un chiffre d'affaires de 3 millions d'euros, vise désormais l'Allemagne et l'Espagne.""", [
    ev("funding", "levé", company=ent("Lumio"),
       amount=money("12 millions d'euros", 12e6, "EUR"),
       investors=[ent("Kima Ventures"), ent("Bpifrance")],
       round="série A", date=date("mardi", "2025-03-11")),
    ev("role", "présidente", person=ent("Claire Dumas"), title="présidente",
       organization=ent("Lumio")),
    ev("result", "chiffre d'affaires", company=ent("Lumio"), metric="revenue",
       amount=money("3 millions d'euros", 3e6, "EUR")),
]),
("valmont", "2025-03-14", """\
Le groupe Valmont a finalisé le rachat de Brixo, un spécialiste lyonnais de l'emballage, pour 300 millions d'euros, a indiqué lundi la direction. \
L'opération avait été annoncée en octobre. \
Valmont, dirigé par Marc Lefèvre, son PDG depuis 2020, double ainsi sa présence dans le sud de l'Europe.""", [
    ev("acquisition", "rachat", target=ent("Brixo"), buyer=ent("Valmont"),
       amount=money("300 millions d'euros", 300e6, "EUR"), status="done",
       date=date("lundi", "2025-03-10")),
    ev("role", "PDG", person=ent("Marc Lefèvre"), title="PDG",
       organization=ent("Valmont", n=2)),
]),
("cession", "2025-03-14", """\
Le groupe allemand Siemens a annoncé jeudi la cession de sa filiale de logiciels industriels Orvia au fonds américain Carlyle pour 1,2 milliard d'euros. \
La vente devrait être bouclée au second semestre, sous réserve du feu vert des autorités de la concurrence. \
« Nous nous recentrons sur nos métiers historiques », a expliqué Roland Busch, le patron de Siemens.""", [
    ev("acquisition", "cession", target=ent("Orvia"), buyer=ent("Carlyle"),
       seller=ent("Siemens"), amount=money("1,2 milliard d'euros", 1.2e9, "EUR"),
       status="announced", date=date("jeudi", "2025-03-13")),
    ev("role", "patron", person=ent("Roland Busch"), title="patron",
       organization=ent("Siemens", n=2)),
]),
("capgemini", "2025-03-14", """\
Selon plusieurs sources proches du dossier, Capgemini serait en discussions pour racheter la société de conseil britannique Northbridge, valorisée environ 800 millions de livres. \
Aucun accord n'a encore été conclu. \
Le groupe français avait déjà acquis Altran en 2019 pour 3,6 milliards d'euros.""", [
    ev("acquisition", "racheter", target=ent("Northbridge"),
       buyer=ent("Capgemini"), status="planned"),
    ev("valuation", "valorisée", optional=True, company=ent("Northbridge"),
       amount=money("800 millions de livres", 800e6, "GBP")),
    ev("acquisition", "acquis", target=ent("Altran"), buyer=ent("Capgemini"),
       amount=money("3,6 milliards d'euros", 3.6e9, "EUR"), status="done",
       date=date("2019", "2019")),
]),
("hermes", "2025-02-15", """\
Le groupe de luxe Hermès a publié vendredi des résultats annuels record. \
Son chiffre d'affaires a atteint 15,2 milliards d'euros en 2024, en hausse de 15 %, et son bénéfice net 4,6 milliards d'euros. \
La marge opérationnelle s'est établie à 40,5 %. \
Axel Dumas, le gérant de la maison, a proposé un dividende de 25 euros par action.""", [
    ev("result", "chiffre d'affaires", company=ent("Hermès"), metric="revenue",
       amount=money("15,2 milliards d'euros", 15.2e9, "EUR"),
       change=pct("15 %", 15), period=date("2024", "2024")),
    ev("result", "bénéfice net", company=ent("Hermès"), metric="net_income",
       amount=money("4,6 milliards d'euros", 4.6e9, "EUR"),
       period=date("2024", "2024")),
    ev("role", "gérant", person=ent("Axel Dumas"), title="gérant",
       organization=ent("Hermès")),
]),
("stellantis", "2024-07-26", """\
Le constructeur automobile Stellantis a essuyé une perte nette de 2,3 milliards d'euros au premier semestre, contre un bénéfice de 10,9 milliards un an plus tôt. \
Ses ventes ont reculé de 14 %, à 85 milliards d'euros. \
Le directeur financier, Doug Ostermann, a promis un redressement dès le second semestre.""", [
    ev("result", "perte nette", company=ent("Stellantis"), metric="loss",
       amount=money("2,3 milliards d'euros", 2.3e9, "EUR"),
       period=date("premier semestre", "2024-H1")),
    ev("result", "ventes", company=ent("Stellantis"), metric="revenue",
       amount=money("85 milliards d'euros", 85e9, "EUR"),
       change=pct("14 %", 14)),
    ev("role", "directeur financier", person=ent("Doug Ostermann"),
       title="directeur financier", organization=ent("Stellantis")),
]),
("qonto", "2025-03-14", """\
Le fonds Ardian a investi 150 millions d'euros dans Qonto, la néobanque des PME et des indépendants. \
L'opération valorise la fintech 4,5 milliards d'euros. \
Fondée par Alexandre Prot et Steve Anavi, Qonto revendique désormais 500 000 clients en Europe.""", [
    ev("funding", "investi", company=ent("Qonto"), investors=[ent("Ardian")],
       amount=money("150 millions d'euros", 150e6, "EUR"),
       valuation=money("4,5 milliards d'euros", 4.5e9, "EUR")),
    ev("role", "Fondée", optional=True, person=ent("Alexandre Prot"),
       title="fondateur", organization=ent("Qonto", n=2)),
    ev("role", "Fondée", optional=True, person=ent("Steve Anavi"),
       title="fondateur", organization=ent("Qonto", n=2)),
]),
("nomination", "2025-03-14", """\
Sophie Marchand a été nommée directrice générale de Transdev, a annoncé mercredi le conseil d'administration. \
Elle succède à Paul Renaud, qui devient président du groupe. \
Le ministre des Transports, Hervé Lacombe, a salué « une professionnelle reconnue ».""", [
    ev("role", "directrice générale", person=ent("Sophie Marchand"),
       title="directrice générale", organization=ent("Transdev")),
    ev("role", "président", person=ent("Paul Renaud"), title="président",
       organization=ent("Transdev")),
    ev("role", "ministre des Transports", person=ent("Hervé Lacombe"),
       title="ministre des Transports"),
]),
("analystes", "2025-03-14", """\
Le titre a bondi de 9 % à l'ouverture. « La demande reste solide », estime Julie Caron, économiste chez BNP Paribas. \
Pour Marc Olivier, analyste chez Oddo BHF, l'action reste sous-évaluée. \
Nathalie Roux, de la banque Natixis, se montre plus prudente.""", [
    ev("role", "économiste", person=ent("Julie Caron"), title="économiste",
       organization=ent("BNP Paribas")),
    ev("role", "analyste", person=ent("Marc Olivier"), title="analyste",
       organization=ent("Oddo BHF")),
    ev("role", "de", n=3, optional=True, person=ent("Nathalie Roux"),
       title=None, organization=ent("Natixis")),
]),
("opa", "2025-03-14", """\
Le laboratoire Sanofi a lancé lundi une offre publique d'achat sur la biotech américaine Vigil Bio, pour 1,1 milliard de dollars. \
Les deux conseils d'administration ont approuvé l'opération, qui devrait être finalisée au troisième trimestre.""", [
    ev("acquisition", "offre publique d'achat", target=ent("Vigil Bio"),
       buyer=ent("Sanofi"),
       amount=money("1,1 milliard de dollars", 1.1e9, "USD"),
       status="announced", date=date("lundi", "2025-03-10")),
]),
("velonia", "2025-03-14", """\
Le fonds Eurazeo a pris une participation de 25 % dans le fabricant de vélos électriques Vélonia, pour un montant non dévoilé. \
Le fondateur de Vélonia, Grégoire Salin, reste l'actionnaire majoritaire.""", [
    ev("acquisition", "pris une participation", target=ent("Vélonia"),
       buyer=ent("Eurazeo"), stake=pct("25 %", 25), status="done"),
    ev("role", "fondateur", person=ent("Grégoire Salin"), title="fondateur",
       organization=ent("Vélonia", n=2)),
]),
("kelvio", "2025-03-14", """\
La start-up bordelaise Kelvio, qui avait levé 8 millions d'euros en 2022, passe sous pavillon japonais. \
Le groupe Daikin a mis la main sur la jeune pousse, spécialiste des pompes à chaleur connectées, pour un montant estimé à 60 millions d'euros. \
La start-up conservera sa marque et ses 120 salariés.""", [
    ev("funding", "levé", company=ent("Kelvio"),
       amount=money("8 millions d'euros", 8e6, "EUR"),
       date=date("2022", "2022")),
    ev("acquisition", "mis la main sur", target=ent("Kelvio"),
       buyer=ent("Daikin"),
       amount=money("60 millions d'euros", 60e6, "EUR"), status="done"),
]),
("bnp", "2024-10-31", """\
BNP Paribas a dégagé au troisième trimestre un résultat net de 2,9 milliards d'euros, en hausse de 6,1 %, au-dessus des attentes des analystes. \
Le produit net bancaire a progressé de 2,5 %, à 11,6 milliards d'euros. \
La banque a confirmé ses objectifs pour 2024.""", [
    ev("result", "résultat net", company=ent("BNP Paribas"),
       metric="net_income",
       amount=money("2,9 milliards d'euros", 2.9e9, "EUR"),
       change=pct("6,1 %", 6.1),
       period=date("troisième trimestre", "2024-Q3")),
    ev("result", "produit net bancaire", company=ent("BNP Paribas"),
       metric="revenue",
       amount=money("11,6 milliards d'euros", 11.6e9, "EUR"),
       change=pct("2,5 %", 2.5)),
]),
("aerolis", "2024-07-26", """\
Le motoriste Aérolis affiche un Ebitda de 1,8 milliard d'euros au premier semestre. \
Son carnet de commandes atteint 15 milliards d'euros, un niveau inédit. \
Le groupe relève son objectif de chiffre d'affaires pour l'année, à 9 milliards d'euros.""", [
    ev("result", "Ebitda", company=ent("Aérolis"), metric="ebitda",
       amount=money("1,8 milliard d'euros", 1.8e9, "EUR"),
       period=date("premier semestre", "2024-H1")),
    ev("result", "carnet de commandes", company=ent("Aérolis"),
       metric="orders",
       amount=money("15 milliards d'euros", 15e9, "EUR")),
]),
("mistral", "2025-03-14", """\
Mistral AI est désormais valorisée 11,7 milliards d'euros, selon Les Echos. \
La société, dirigée par Arthur Mensch, son directeur général, discute avec de nouveaux investisseurs américains.""", [
    ev("valuation", "valorisée", company=ent("Mistral AI"),
       amount=money("11,7 milliards d'euros", 11.7e9, "EUR")),
    ev("role", "directeur général", person=ent("Arthur Mensch"),
       title="directeur général", organization=ent("Mistral AI")),
]),
("joueco", "2025-03-14", """\
Le tribunal de commerce de Lyon a validé mardi la reprise du fabricant de jouets Jouéco par le groupe Smoby. \
Le repreneur conserve 180 des 240 salariés. \
En 2023, Jouéco avait déjà vendu sa filiale belge Speelgoed Plus à Ravensburger pour 12 millions d'euros.""", [
    ev("acquisition", "reprise", target=ent("Jouéco"), buyer=ent("Smoby"),
       status="done", date=date("mardi", "2025-03-11")),
    ev("acquisition", "vendu", target=ent("Speelgoed Plus"),
       buyer=ent("Ravensburger"), seller=ent("Jouéco", n=2),
       amount=money("12 millions d'euros", 12e6, "EUR"), status="done",
       date=date("2023", "2023")),
]),
("total", "2025-03-14", """\
TotalEnergies va racheter le producteur d'électricité portugais Ventos pour 2 milliards de dollars, a annoncé le groupe mercredi. \
Patrick Pouyanné, le PDG de TotalEnergies, veut doubler les capacités renouvelables du groupe d'ici 2030. \
Par ailleurs, le pétrolier envisage de céder une partie de ses actifs au Nigeria.""", [
    ev("acquisition", "racheter", target=ent("Ventos"),
       buyer=ent("TotalEnergies"),
       amount=money("2 milliards de dollars", 2e9, "USD"),
       status="announced", date=date("mercredi", "2025-03-12")),
    ev("role", "PDG", person=ent("Patrick Pouyanné"), title="PDG",
       organization=ent("TotalEnergies", n=2)),
]),
("valcora", "2025-03-14", """\
La PDG de Valcora, Anne Perrin, a présenté jeudi un plan d'économies de 50 millions d'euros. \
Le fabricant de vaccins, qui a perdu 30 millions d'euros l'an dernier, supprimera 120 postes.""", [
    ev("role", "PDG", person=ent("Anne Perrin"), title="PDG",
       organization=ent("Valcora")),
    ev("result", "perdu", company=ent("Valcora"), metric="loss",
       amount=money("30 millions d'euros", 30e6, "EUR"),
       period=date("an dernier", "2024")),
]),
("swan", "2025-03-14", """\
La fintech Swan boucle un tour de table de 37 millions d'euros mené par Lakestar, avec la participation de Creandum. \
Cette série B porte à 50 millions d'euros le total levé depuis sa création en 2019.""", [
    ev("funding", "tour de table", company=ent("Swan"),
       amount=money("37 millions d'euros", 37e6, "EUR"),
       investors=[ent("Lakestar"), ent("Creandum")], round="série B"),
]),
("verkor", "2025-03-14", """\
L'État va injecter 500 millions d'euros dans le fabricant de batteries Verkor, qui a levé l'an dernier 2 milliards d'euros auprès de Renault et de la Banque européenne d'investissement.""", [
    ev("funding", "injecter", company=ent("Verkor"),
       amount=money("500 millions d'euros", 500e6, "EUR")),
    ev("funding", "levé", company=ent("Verkor"),
       amount=money("2 milliards d'euros", 2e9, "EUR"),
       investors=[ent("Renault"), ent("Banque européenne d'investissement")],
       date=date("an dernier", "2024")),
]),
("fnac", "2024-02-29", """\
Le distributeur Fnac Darty a publié mercredi un chiffre d'affaires de 7,9 milliards d'euros pour 2023, stable sur un an, et un résultat opérationnel courant de 190 millions d'euros. \
Le groupe vise une croissance de 2 % en 2024.""", [
    ev("result", "chiffre d'affaires", company=ent("Fnac Darty"),
       metric="revenue",
       amount=money("7,9 milliards d'euros", 7.9e9, "EUR"),
       period=date("2023", "2023")),
    ev("result", "résultat opérationnel", company=ent("Fnac Darty"),
       metric="operating_income",
       amount=money("190 millions d'euros", 190e6, "EUR"),
       period=date("2023", "2023")),
]),
("doctolib", "2025-03-14", """\
Le succès de Doctolib doit beaucoup à Stanislas Niox-Chateau, son cofondateur. \
La plateforme de rendez-vous médicaux compte aujourd'hui 2 800 salariés.""", [
    ev("role", "cofondateur", person=ent("Stanislas Niox-Chateau"),
       title="cofondateur", organization=ent("Doctolib")),
]),
("payvia", "2025-03-14", """\
Le spécialiste du paiement Payvia acquiert le néerlandais Kassa pour 200 millions d'euros. \
Le chausseur Archiduc, lui, tombe dans l'escarcelle du fonds Motier.""", [
    ev("acquisition", "acquiert", target=ent("Kassa"), buyer=ent("Payvia"),
       amount=money("200 millions d'euros", 200e6, "EUR"), status="done"),
    ev("acquisition", "tombe dans l'escarcelle", target=ent("Archiduc"),
       buyer=ent("Motier"), status="done"),
]),
]


def emit(texts):
    """Prints one JSON line per text, with its events resolved."""
    n = 0
    for tid, ref, text, events in texts:
        out = []
        for kind, trigger, tn, optional, args in events:
            s, e = find(text, trigger, tn)
            item = {"type": kind, "text": trigger, "start": s, "end": e,
                    "args": {k: resolve(text, v) for k, v in args.items()}}
            if optional:
                item["optional"] = True
            out.append(item)
            n += 1
        print(json.dumps({"id": tid, "reference_date": ref, "text": text,
                          "events": out}, ensure_ascii=False))
    print(f"{len(texts)} texts, {n} events", file=sys.stderr)


if __name__ == "__main__":
    emit(TEXTS)
