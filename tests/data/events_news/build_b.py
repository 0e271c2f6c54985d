#!/usr/bin/env python3
"""Builds events_news_b.jsonl (set B) from the annotated news texts below.

Set B was written and annotated before the events stage was run on it,
to measure it blind (see README.md). Same helpers and conventions as
build.py. Run:
python3 tests/data/events_news/build_b.py > tests/data/events_news/events_news_b.jsonl
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from build import date, emit, ent, ev, money, pct  # noqa: E402

REF = "2025-06-13"

TEXTS = [
("kronfeld", REF, """\
Le brasseur belge Vandermolen a mis la main sur la brasserie alsacienne Kronfeld, a annoncé lundi le groupe. \
Le montant de la transaction n'a pas été dévoilé, mais plusieurs sources l'estiment à 150 millions d'euros. \
Avec cette acquisition, Vandermolen devient le deuxième brasseur du marché français.""", [
    ev("acquisition", "mis la main sur", target=ent("Kronfeld"),
       buyer=ent("Vandermolen"), status="done",
       amount=money("150 millions d'euros", 150e6, "EUR"),
       date=date("lundi", "2025-06-09")),
]),
("shieldra", REF, """\
Le géant américain de la cybersécurité Sentinex avale son concurrent israélien Shieldra pour 2,1 milliards de dollars. \
L'opération, payée en numéraire, doit être finalisée d'ici la fin de l'année. \
Il s'agit de la plus grosse acquisition de Sentinex depuis sa création en 2011, selon son directeur général, Mark Feldman.""", [
    ev("acquisition", "avale", target=ent("Shieldra"), buyer=ent("Sentinex"),
       amount=money("2,1 milliards de dollars", 2.1e9, "USD"),
       status="announced"),
    ev("role", "directeur général", person=ent("Mark Feldman"),
       title="directeur général", organization=ent("Sentinex", n=2)),
]),
("maxifrais", REF, """\
Le distributeur Maxifrais croque le réseau de magasins bio Bioloc pour 85 millions d'euros, a-t-il annoncé mercredi. \
Le groupe avait déjà racheté l'enseigne Vertprix en 2023. \
Il compte désormais plus de 900 points de vente en France.""", [
    ev("acquisition", "croque", target=ent("Bioloc"), buyer=ent("Maxifrais"),
       amount=money("85 millions d'euros", 85e6, "EUR"), status="done",
       date=date("mercredi", "2025-06-11")),
    ev("acquisition", "racheté", target=ent("Vertprix"),
       buyer=ent("Maxifrais"), status="done", date=date("2023", "2023")),
]),
("payflow", REF, """\
Le fonds Castelnau Partners s'empare de 60 % de l'éditeur de logiciels de paie Payflow, a-t-on appris jeudi. \
Le reste du capital reste entre les mains des deux fondateurs, Julie Perrin et Samir Haddad. \
La transaction valorise Payflow à 240 millions d'euros.""", [
    ev("acquisition", "s'empare", target=ent("Payflow"),
       buyer=ent("Castelnau Partners"), stake=pct("60 %", 60), status="done",
       date=date("jeudi", "2025-06-12")),
    ev("valuation", "valorise", optional=True, company=ent("Payflow", n=2),
       amount=money("240 millions d'euros", 240e6, "EUR")),
    ev("role", "fondateurs", optional=True, person=ent("Julie Perrin"),
       title="fondateurs", organization=ent("Payflow")),
    ev("role", "fondateurs", optional=True, person=ent("Samir Haddad"),
       title="fondateurs", organization=ent("Payflow")),
]),
("polymar", REF, """\
Après des mois de rumeurs, le chimiste Arkeon jette son dévolu sur le néerlandais Polymar. \
Il propose 45 euros par action, soit 3,4 milliards d'euros au total, une offre que le conseil de Polymar juge amicale. \
La présidente d'Arkeon, Hélène Vautrin, espère boucler l'opération au premier trimestre 2026.""", [
    ev("acquisition", "jette son dévolu sur", target=ent("Polymar"),
       buyer=ent("Arkeon"), amount=money("3,4 milliards d'euros", 3.4e9, "EUR"),
       status="announced"),
    ev("role", "présidente", person=ent("Hélène Vautrin"), title="présidente",
       organization=ent("Arkeon", n=2)),
]),
("soliva", REF, """\
Le groupe Lavigne a raflé le fabricant de volets Soliva au nez et à la barbe de son rival Ferrand, pour 60 millions d'euros. \
Soliva, qui emploie 400 personnes dans la Sarthe, a réalisé l'an dernier un chiffre d'affaires de 95 millions d'euros.""", [
    ev("acquisition", "raflé", target=ent("Soliva"), buyer=ent("Lavigne"),
       amount=money("60 millions d'euros", 60e6, "EUR"), status="done"),
    ev("result", "chiffre d'affaires", company=ent("Soliva", n=2),
       metric="revenue", amount=money("95 millions d'euros", 95e6, "EUR")),
]),
("hydrelis", REF, """\
La start-up bordelaise Hydrelis, qui conçoit des électrolyseurs compacts, a bouclé une levée de fonds de 35 millions d'euros. \
Le fonds Eurazeo en apporte 20 millions, Bpifrance et le Crédit Agricole le reste. \
Elle avait levé 8 millions d'euros en 2022 auprès de business angels. \
Cette nouvelle levée doit financer une usine près de Bordeaux, selon son président, Thomas Garnier.""", [
    ev("funding", "levée de fonds", company=ent("Hydrelis"),
       amount=money("35 millions d'euros", 35e6, "EUR"),
       investors=[ent("Eurazeo"), ent("Bpifrance"), ent("Crédit Agricole")]),
    ev("funding", "levé", company=ent("Hydrelis"),
       amount=money("8 millions d'euros", 8e6, "EUR"),
       date=date("2022", "2022")),
    ev("role", "président", person=ent("Thomas Garnier"), title="président",
       organization=ent("Hydrelis")),
]),
("orbitale", REF, """\
Orbitale, qui fabrique des nanosatellites à Toulouse, lève 120 millions d'euros en série B. \
Ce tour de table, mené par le fonds américain Lightfield Capital, valorise la société à 900 millions d'euros. \
Il intervient dix-huit mois après une série A de 25 millions d'euros.""", [
    ev("funding", "lève", company=ent("Orbitale"),
       amount=money("120 millions d'euros", 120e6, "EUR"), round="série B",
       investors=[ent("Lightfield Capital")],
       valuation=money("900 millions d'euros", 900e6, "EUR")),
    ev("funding", "série A", company=ent("Orbitale"),
       amount=money("25 millions d'euros", 25e6, "EUR"), round="série A"),
]),
("delorme", REF, """\
Le groupe de spiritueux Maison Delorme a publié jeudi un chiffre d'affaires annuel de 4,2 milliards d'euros, en recul de 6 %. \
Son résultat opérationnel courant s'est établi à 1,1 milliard d'euros. \
Le bénéfice net, lui, chute de 18 %, à 690 millions d'euros, pénalisé par le ralentissement en Chine.""", [
    ev("result", "chiffre d'affaires", company=ent("Maison Delorme"),
       metric="revenue", amount=money("4,2 milliards d'euros", 4.2e9, "EUR"),
       change=pct("6 %", 6)),
    ev("result", "résultat opérationnel", company=ent("Maison Delorme"),
       metric="operating_income",
       amount=money("1,1 milliard d'euros", 1.1e9, "EUR")),
    ev("result", "bénéfice net", company=ent("Maison Delorme"),
       metric="net_income",
       amount=money("690 millions d'euros", 690e6, "EUR"),
       change=pct("18 %", 18)),
]),
("rhodanien", "2025-07-31", """\
La banque Crédit Rhodanien a dégagé au deuxième trimestre un bénéfice net de 312 millions d'euros, en hausse de 9 % sur un an. \
Son produit net bancaire a progressé de 4 %, à 1,9 milliard d'euros. \
Le directeur général, Henri Vasseur, a confirmé les objectifs de l'année.""", [
    ev("result", "bénéfice net", company=ent("Crédit Rhodanien"),
       metric="net_income",
       amount=money("312 millions d'euros", 312e6, "EUR"),
       change=pct("9 %", 9), period=date("deuxième trimestre", "2025-Q2")),
    ev("result", "produit net bancaire", company=ent("Crédit Rhodanien"),
       metric="revenue", amount=money("1,9 milliard d'euros", 1.9e9, "EUR"),
       change=pct("4 %", 4)),
    ev("role", "directeur général", person=ent("Henri Vasseur"),
       title="directeur général", organization=ent("Crédit Rhodanien")),
]),
("zipp", REF, """\
Le spécialiste de la trottinette partagée Zipp a creusé sa perte nette à 48 millions d'euros en 2024. \
Son chiffre d'affaires a toutefois grimpé de 30 %, à 61 millions d'euros. \
La société espère atteindre l'équilibre en 2026.""", [
    ev("result", "perte nette", company=ent("Zipp"), metric="loss",
       amount=money("48 millions d'euros", 48e6, "EUR"),
       period=date("2024", "2024")),
    ev("result", "chiffre d'affaires", company=ent("Zipp"), metric="revenue",
       amount=money("61 millions d'euros", 61e6, "EUR"),
       change=pct("30 %", 30)),
]),
("valmeris", REF, """\
Le conseil d'administration de Valmeris a nommé mardi Sophie Arnaud directrice générale du groupe, en remplacement de Patrick Ledoux, qui quitte l'entreprise après huit ans. \
Âgée de 52 ans, elle était jusqu'ici directrice financière d'Alcora.""", [
    ev("role", "directrice générale", person=ent("Sophie Arnaud"),
       title="directrice générale", organization=ent("Valmeris")),
    ev("role", "quitte", optional=True, person=ent("Patrick Ledoux"),
       organization=ent("Valmeris")),
    ev("role", "directrice financière", optional=True,
       person=ent("Sophie Arnaud"), title="directrice financière",
       organization=ent("Alcora")),
]),
("azur", REF, """\
Jean-Marc Bellot prendra la tête de la compagnie aérienne régionale Azur Liaisons le 1er septembre. \
Il succède à Nadia Ferhat, nommée présidente du directoire de la maison mère, le groupe Dubreuil.""", [
    ev("role", "prendra la tête", person=ent("Jean-Marc Bellot"),
       organization=ent("Azur Liaisons")),
    ev("role", "présidente du directoire", person=ent("Nadia Ferhat"),
       title="présidente du directoire", organization=ent("Dubreuil")),
]),
("kapsul", REF, """\
L'ancien banquier d'affaires Olivier Marchetti rejoint la néobanque Kapsul comme directeur financier. \
La jeune pousse, qui revendique 600 000 clients, prépare une levée de fonds d'ici la fin de l'année.""", [
    ev("role", "directeur financier", person=ent("Olivier Marchetti"),
       title="directeur financier", organization=ent("Kapsul")),
]),
("transports", REF, """\
Le gouvernement a reçu mercredi les syndicats de cheminots. \
À l'issue de la réunion, la ministre des Transports, Élodie Marchand, a promis 1,5 milliard d'euros pour les petites lignes. \
Le ministre de l'Économie, Antoine Delcourt, a toutefois rappelé que le budget restait contraint.""", [
    ev("role", "ministre des Transports", person=ent("Élodie Marchand"),
       title="ministre des Transports"),
    ev("role", "ministre de l'Économie", person=ent("Antoine Delcourt"),
       title="ministre de l'Économie"),
]),
("rennes", REF, """\
Le Stade rennais s'offre l'attaquant suédois Erik Lindqvist. \
Le club breton a versé 18 millions d'euros à l'Ajax Amsterdam pour le joueur de 22 ans, qui a signé un contrat de cinq ans. \
L'entraîneur rennais, Marc Duval, réclamait un avant-centre depuis janvier.""", [
    ev("acquisition", "s'offre", target=ent("Erik Lindqvist"),
       buyer=ent("Stade rennais"), seller=ent("Ajax Amsterdam"),
       amount=money("18 millions d'euros", 18e6, "EUR"), status="done"),
    ev("role", "entraîneur", optional=True, person=ent("Marc Duval"),
       title="entraîneur", organization=ent("Stade rennais")),
]),
("om", REF, """\
L'Olympique de Marseille recrute le milieu de terrain Yanis Belkacem, en provenance du RC Lens, pour 12 millions d'euros, bonus compris. \
Le club phocéen avait déjà obtenu le prêt du défenseur Lucas Ferreira la semaine dernière.""", [
    ev("acquisition", "recrute", target=ent("Yanis Belkacem"),
       buyer=ent("Olympique de Marseille"), seller=ent("RC Lens"),
       amount=money("12 millions d'euros", 12e6, "EUR"), status="done"),
]),
("mutuelles", REF, """\
La mutuelle Avenir Santé va fusionner avec Prévia pour former le cinquième acteur du secteur en France. \
Par ailleurs, la fusion entre les énergéticiens Norelec et Sudwatt, annoncée en mars, a été finalisée vendredi.""", [
    ev("acquisition", "fusionner", target=ent("Prévia"),
       buyer=ent("Avenir Santé"), status="announced"),
    ev("acquisition", "fusion", target=ent("Sudwatt"), buyer=ent("Norelec"),
       status="done", date=date("vendredi", "2025-06-13")),
]),
("animedix", REF, """\
Le groupe pharmaceutique Lorvane cède sa filiale de santé animale Animedix à l'américain Vetnova. \
La transaction, d'un montant de 1,3 milliard d'euros, devrait être bouclée au premier trimestre 2026.""", [
    ev("acquisition", "cède", target=ent("Animedix"), buyer=ent("Vetnova"),
       seller=ent("Lorvane"),
       amount=money("1,3 milliard d'euros", 1.3e9, "EUR"),
       status="announced"),
]),
("fluxia", REF, """\
Fluxia, désormais valorisée 2,5 milliards d'euros, prépare son entrée en Bourse à Paris. \
Son cofondateur, Karim Benali, vise une cotation dès l'automne.""", [
    ev("valuation", "valorisée", company=ent("Fluxia"),
       amount=money("2,5 milliards d'euros", 2.5e9, "EUR")),
    ev("role", "cofondateur", person=ent("Karim Benali"), title="cofondateur",
       organization=ent("Fluxia")),
]),
("optronix", REF, """\
Le groupe Hexalis a lancé lundi une offre publique d'achat sur le spécialiste des capteurs Optronix, valorisant ce dernier à 780 millions d'euros. \
La direction d'Optronix recommande aux actionnaires d'apporter leurs titres.""", [
    ev("acquisition", "offre publique d'achat", target=ent("Optronix"),
       buyer=ent("Hexalis"), status="announced",
       date=date("lundi", "2025-06-09")),
    ev("valuation", "valorisant", optional=True, company=ent("Optronix"),
       amount=money("780 millions d'euros", 780e6, "EUR")),
]),
("medilink", REF, """\
Les fonds Serena et Kurma ont investi 14 millions d'euros dans Medilink, une plateforme de téléconsultation lyonnaise. \
Serena en apporte 9 millions et Kurma 5 millions. \
La société, fondée en 2020 par la médecin Laure Castaing, a réalisé un chiffre d'affaires de 4 millions d'euros l'an dernier.""", [
    ev("funding", "investi", company=ent("Medilink"),
       amount=money("14 millions d'euros", 14e6, "EUR"),
       investors=[ent("Serena"), ent("Kurma")]),
    ev("role", "fondée", optional=True, person=ent("Laure Castaing"),
       title="fondateur", organization=ent("Medilink")),
    ev("result", "chiffre d'affaires", company=ent("Medilink"),
       metric="revenue", amount=money("4 millions d'euros", 4e6, "EUR")),
]),
("nordvolt", REF, """\
Le fabricant de batteries Nordvolt a annoncé jeudi un accord pour racheter la start-up grenobloise Cellio. \
Elle rejoindra sa division de recherche, dirigée par Anne Lemaire. \
Le montant n'a pas été communiqué, mais l'opération pourrait avoisiner 70 millions d'euros, selon Les Echos.""", [
    ev("acquisition", "racheter", target=ent("Cellio"), buyer=ent("Nordvolt"),
       status="announced", date=date("jeudi", "2025-06-12"),
       amount=money("70 millions d'euros", 70e6, "EUR")),
]),
("tessane", REF, """\
Le groupe de BTP Tessane a enregistré un carnet de commandes record de 14,5 milliards d'euros à fin mars. \
Il a par ailleurs cédé sa filiale de location d'engins, Locamat, au fonds britannique Halden Capital pour 420 millions d'euros. \
Son PDG, Bruno Cazal, veut désormais se concentrer sur les infrastructures ferroviaires.""", [
    ev("result", "carnet de commandes", company=ent("Tessane"),
       metric="orders", amount=money("14,5 milliards d'euros", 14.5e9, "EUR")),
    ev("acquisition", "cédé", target=ent("Locamat"),
       buyer=ent("Halden Capital"), seller=ent("Tessane"),
       amount=money("420 millions d'euros", 420e6, "EUR"), status="done"),
    ev("role", "PDG", person=ent("Bruno Cazal"), title="PDG",
       organization=ent("Tessane")),
]),
("verdi", REF, """\
La start-up de l'agritech Verdi a levé 6 millions d'euros auprès du fonds Demeter et de plusieurs business angels. \
Ce tour d'amorçage doit lui permettre de tester ses robots de désherbage dans une centaine d'exploitations. \
Selon sa cofondatrice, Inès Morel, la société vise un chiffre d'affaires de 10 millions d'euros en 2027.""", [
    ev("funding", "levé", company=ent("Verdi"),
       amount=money("6 millions d'euros", 6e6, "EUR"),
       investors=[ent("Demeter")], round="amorçage"),
    ev("role", "cofondatrice", person=ent("Inès Morel"), title="cofondatrice",
       organization=ent("Verdi")),
]),
("bellune", REF, """\
Le PDG de Bellune, Éric Saulnier, quittera ses fonctions à la fin de l'année. \
Le conseil a désigné pour lui succéder Claire Hamon, actuelle directrice générale déléguée du groupe hôtelier. \
Bellune a par ailleurs fait état d'un résultat net de 210 millions d'euros pour 2024, en hausse de 12 %.""", [
    ev("role", "PDG", person=ent("Éric Saulnier"), title="PDG",
       organization=ent("Bellune")),
    ev("role", "directrice générale déléguée", person=ent("Claire Hamon"),
       title="directrice générale déléguée", organization=ent("Bellune")),
    ev("result", "résultat net", company=ent("Bellune", n=2),
       metric="net_income",
       amount=money("210 millions d'euros", 210e6, "EUR"),
       change=pct("12 %", 12), period=date("2024", "2024")),
]),
]

if __name__ == "__main__":
    emit(TEXTS)
