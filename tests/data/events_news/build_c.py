#!/usr/bin/env python3
"""Builds events_news_c.jsonl: set C of the annotated French news texts.

Set C was written and annotated before the events stage was run on it.
Unlike sets A and B (three-sentence texts), its twelve texts are
full-length articles (a headline, an AFP-style dateline, several
paragraphs separated by blank lines, about 350 to 600 words each), in
which most sentences state no event: context, background, quotes,
reactions, forecasts, market shares, margins, dividends, share prices,
aggregate figures for a whole sector, and a player's transfer.

Same format and helpers as build.py (arguments named by surface form, `n`
the occurrence counted from the start of the text, headline included;
offsets computed in code points). An argument stated only by a pronoun
or a noun such as `le groupe` or `la société` names the antecedent (its
nearest preceding mention). Half of the articles use typographic
apostrophes (’), half straight ones.
Run: python3 tests/data/events_news/build_c.py > tests/data/events_news/events_news_c.jsonl
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from build import date, emit, ent, ev, money, pct  # noqa: E402

TEXTS = [
# 1. French fintech round (straight apostrophes).
("c-payvia", "2025-02-12", """\
La fintech Payvia lève 45 millions d'euros pour conquérir l'Europe

PARIS, 12 février (AFP) - La fintech parisienne Payvia, qui propose aux PME une application de gestion des paiements et de la trésorerie, a levé 45 millions d'euros lors d'un tour de table de série B mené par le fonds britannique Index Ventures, avec la participation de Bpifrance et de Kima Ventures, a-t-elle annoncé mardi.

Fondée en 2020 par deux anciens de la Société Générale, la jeune entreprise revendique aujourd'hui 18.000 clients, contre 7.000 il y a un an. Elle traite chaque mois plus de 2 milliards d'euros de factures, essentiellement pour des commerçants, des artisans et des professions libérales, et détiendrait selon ses propres calculs près de 6 % du marché français des outils de gestion destinés aux petites entreprises.

« Les PME européennes perdent encore des heures chaque semaine à relancer leurs clients et à rapprocher leurs factures. Nous voulons devenir leur directeur financier de poche », explique Camille Renaud, sa directrice générale, qui a cofondé la société avec Hugo Sarfati.

La nouvelle enveloppe doit permettre à Payvia d'ouvrir des bureaux à Madrid et à Milan d'ici la fin de l'année et de recruter environ 150 personnes, ce qui porterait ses effectifs à 400 salariés. La société, qui ne publie pas son chiffre d'affaires, dit viser la rentabilité dès 2026.

Elle avait déjà levé 5 millions d'euros en 2022 auprès d'un groupe de business angels. Ce nouveau tour la place parmi les fintech françaises les mieux financées de sa génération, même si elle reste loin des géants du secteur.

Le marché reste très disputé. Sa rivale britannique Ondora, valorisée 2 milliards de livres sterling, s'est implantée en France l'an dernier, tandis que la néobanque allemande Keyla a bouclé fin janvier un tour de table de 30 millions d'euros mené par le fonds américain Accel.

« Le segment des PME reste sous-équipé, et les valorisations se sont assagies depuis 2022, ce qui rend ce type d'opération plus raisonnable pour les investisseurs », observe Thomas Berthier, analyste chez AlphaValue. Selon lui, moins d'un tiers des PME françaises utilisent un logiciel de gestion de trésorerie, alors que les défaillances d'entreprises ont progressé de 17 % en 2024.

Index Ventures n'avait plus investi dans une fintech française depuis deux ans, selon le cabinet Dealroom. Les start-up françaises de la finance ont levé 1,1 milliard d'euros l'an dernier, un montant divisé par trois par rapport au record de 2021.""", [
    ev("funding", "levé", company=ent("Payvia", n=2),
       amount=money("45 millions d'euros", 45e6, "EUR", n=2),
       investors=[ent("Index Ventures"), ent("Bpifrance"), ent("Kima Ventures")],
       round="série B", date=date("mardi", "2025-02-11")),
    ev("role", "directrice générale", person=ent("Camille Renaud"),
       title="directrice générale", organization=ent("Payvia", n=2)),
    ev("role", "cofondé", optional=True, person=ent("Hugo Sarfati"),
       organization=ent("Payvia", n=2)),
    ev("funding", "levé", n=2, company=ent("Payvia", n=3),
       amount=money("5 millions d'euros", 5e6, "EUR", n=3),
       date=date("2022", "2022")),
    ev("valuation", "valorisée", company=ent("Ondora"),
       amount=money("2 milliards de livres sterling", 2e9, "GBP")),
    ev("funding", "tour de table", n=2, company=ent("Keyla"),
       amount=money("30 millions d'euros", 30e6, "EUR"),
       investors=[ent("Accel")], date=date("fin janvier", "2025-01")),
    ev("role", "analyste", person=ent("Thomas Berthier"), title="analyste",
       organization=ent("AlphaValue")),
]),

# 2. Swiss pharma acquisition (typographic apostrophes).
("c-orsalis", "2025-03-04", """\
Pharmacie : le suisse Orsalis va racheter l’allemand Neurexa pour 480 millions de francs

LAUSANNE, 4 mars (AFP) - Le laboratoire pharmaceutique suisse Orsalis a annoncé lundi la signature d’un accord en vue de racheter la biotech munichoise Neurexa, spécialisée dans les traitements de la maladie de Parkinson, pour 480 millions de francs suisses (510 millions d’euros).

Le prix proposé, 24 euros par action, représente une prime de 62 % sur le cours moyen de Neurexa, cotée à Francfort, au cours des trois derniers mois. L’opération, approuvée à l’unanimité par les conseils d’administration des deux sociétés, devrait être finalisée au troisième trimestre, sous réserve du feu vert des autorités de la concurrence.

« Cette acquisition nous donne accès à une plateforme de recherche unique en neurologie et à deux molécules en phase avancée », a déclaré Beat Hürlimann, le directeur général d’Orsalis, lors d’une conférence téléphonique avec des analystes. Le principal candidat-médicament de Neurexa, le NRX-204, a ralenti de 35 % la progression des symptômes moteurs lors d’un essai de phase 2 mené sur 300 patients.

Fondée en 2014, Neurexa avait levé 60 millions d’euros en 2023 auprès d’EQT Life Sciences et du fonds public allemand High-Tech Gründerfonds, avant de s’introduire en Bourse l’année suivante. Son fondateur, le neurologue Klaus Berger, détient encore 11 % du capital et s’est engagé à apporter ses titres à l’offre.

Ce n’est pas la première emplette du groupe vaudois. En 2023, Orsalis avait mis la main sur le français Dermalys, spécialiste des traitements contre le psoriasis, pour 85 millions de francs suisses. Le groupe, qui emploie 9.000 personnes dans le monde, a réalisé en 2024 un chiffre d’affaires de 3,1 milliards de francs suisses, en hausse de 6 %, pour un bénéfice net de 420 millions de francs.

Les analystes de Vontobel jugent le prix « élevé mais justifié », compte tenu du potentiel commercial du NRX-204, dont les ventes annuelles pourraient dépasser un milliard de francs. L’action Orsalis a gagné 4,2 % mardi à la Bourse suisse, tandis que le titre Neurexa s’envolait de 55 % à Francfort.

La neurologie attire de plus en plus les grands laboratoires, qui cherchent à renouveler leur portefeuille avant l’expiration de plusieurs brevets importants. Les fusions et acquisitions dans les biotechnologies ont dépassé 100 milliards de dollars dans le monde en 2024, selon le cabinet EY, et les analystes s’attendent à une année 2025 au moins aussi active.""", [
    ev("acquisition", "racheter", n=2, target=ent("Neurexa", n=2),
       buyer=ent("Orsalis", n=2),
       amount=money("480 millions de francs suisses", 480e6, "CHF"),
       status="announced", date=date("lundi", "2025-03-03")),
    ev("role", "directeur général", person=ent("Beat Hürlimann"),
       title="directeur général", organization=ent("Orsalis", n=3)),
    ev("funding", "levé", company=ent("Neurexa", n=5),
       amount=money("60 millions d’euros", 60e6, "EUR"),
       investors=[ent("EQT Life Sciences"), ent("High-Tech Gründerfonds")],
       date=date("2023", "2023")),
    ev("role", "fondateur", optional=True, person=ent("Klaus Berger"),
       title="fondateur", organization=ent("Neurexa", n=5)),
    ev("acquisition", "mis la main", target=ent("Dermalys"),
       buyer=ent("Orsalis", n=4),
       amount=money("85 millions de francs suisses", 85e6, "CHF"),
       status="done", date=date("2023", "2023", n=2)),
    ev("result", "chiffre d’affaires", company=ent("Orsalis", n=4),
       metric="revenue",
       amount=money("3,1 milliards de francs suisses", 3.1e9, "CHF"),
       change=pct("6 %", 6), period=date("2024", "2024")),
    ev("result", "bénéfice net", company=ent("Orsalis", n=4),
       metric="net_income",
       amount=money("420 millions de francs", 420e6, "CHF"),
       period=date("2024", "2024")),
]),

# 3. Belgian retail merger (straight apostrophes).
("c-proxidis", "2025-05-20", """\
Distribution : Proxidis et Vanhoute vont fusionner pour créer un géant belge

BRUXELLES, 20 mai (AFP) - Le distributeur wallon Proxidis va fusionner avec son concurrent flamand Vanhoute, donnant naissance au deuxième acteur de la grande distribution en Belgique, ont annoncé lundi les deux groupes familiaux.

Le nouvel ensemble, qui prendra le nom de Proxidis Vanhoute, comptera 640 magasins et 28.000 salariés, pour un chiffre d'affaires cumulé d'environ 7 milliards d'euros. Il détiendra près de 21 % du marché belge de l'alimentation, derrière Colruyt mais devant Delhaize et Carrefour Belgique.

Les actionnaires de Proxidis, contrôlé par la famille Lambotte, détiendront 55 % du nouveau groupe, et ceux de Vanhoute 45 %. Le siège sera installé à Wavre, dans le Brabant wallon, et les deux enseignes conserveront leur nom en magasin pendant au moins trois ans.

« Face aux enseignes de hard discount et au commerce en ligne, la taille n'est plus une option », a déclaré Els Peeters, la PDG de Proxidis, lors d'une conférence de presse à Bruxelles. « Ensemble, nous pourrons enfin négocier d'égal à égal avec les grands industriels de l'agroalimentaire. »

La fusion, qui doit prendre effet début 2026, doit encore être examinée par l'Autorité belge de la concurrence, qui pourrait exiger la cession de plusieurs dizaines de magasins dans les provinces où les deux enseignes se chevauchent. « Nous analyserons le dossier avec la plus grande attention, notamment ses effets sur les prix payés par les consommateurs », a indiqué mardi Sarah Lemmens, porte-parole de l'Autorité belge de la concurrence.

Proxidis, qui a réalisé en 2024 un chiffre d'affaires de 4,1 milliards d'euros, en hausse de 3,5 %, avait déjà racheté en 2021 la chaîne de supérettes Alimarché, forte de 120 points de vente. Vanhoute, fondé en 1932 à Courtrai, a vu sa rentabilité s'éroder ces dernières années, avec une marge opérationnelle tombée à 1,2 %.

Le secteur belge de la distribution reste marqué par le passage en franchise, en 2023, des 128 supermarchés intégrés de Delhaize, qui avait provoqué des mois de grève. Les syndicats, qui redoutent des suppressions d'emplois, ont été reçus mardi par les deux directions et prévoient une action devant le siège de Vanhoute le 3 juin.""", [
    ev("acquisition", "fusionner", n=2, target=ent("Vanhoute", n=2),
       buyer=ent("Proxidis", n=2), status="announced",
       date=date("lundi", "2025-05-19")),
    ev("result", "chiffre d'affaires", optional=True,
       company=ent("Proxidis Vanhoute"), metric="revenue",
       amount=money("7 milliards d'euros", 7e9, "EUR")),
    ev("role", "PDG", person=ent("Els Peeters"), title="PDG",
       organization=ent("Proxidis", n=5)),
    ev("role", "porte-parole", person=ent("Sarah Lemmens"),
       title="porte-parole",
       organization=ent("Autorité belge de la concurrence", n=2)),
    ev("result", "chiffre d'affaires", n=2, company=ent("Proxidis", n=6),
       metric="revenue", amount=money("4,1 milliards d'euros", 4.1e9, "EUR"),
       change=pct("3,5 %", 3.5), period=date("2024", "2024")),
    ev("acquisition", "racheté", target=ent("Alimarché"),
       buyer=ent("Proxidis", n=6), status="done",
       date=date("2021", "2021")),
]),

# 4. Québec engineering firm: results and a new chief executive
#    (typographic apostrophes).
("c-norvex", "2025-03-06", """\
Norvex : des revenus en hausse et un nouveau patron

MONTRÉAL, 6 mars (AFP) - La firme d’ingénierie montréalaise Norvex a annoncé mercredi des revenus de 1,8 milliard de dollars canadiens pour l’année 2024, en hausse de 9 %, portés par les grands chantiers de transport collectif et d’hydroélectricité au Québec et en Ontario.

Son bénéfice net a atteint 112 millions de dollars canadiens, contre 87 millions un an plus tôt, et son carnet de commandes s’établissait à 4,5 milliards de dollars canadiens au 31 décembre, un record.

Le groupe, qui emploie 11.000 personnes, a par ailleurs conclu l’acquisition de la firme ontarienne Pellham Engineering pour 210 millions de dollars canadiens, une opération qui renforce sa présence dans la région de Toronto, où il compte désormais 1.500 employés.

Changement de garde à la tête de l’entreprise : Martine Gagnon, qui la dirige depuis 2016, prendra sa retraite le 1er mai. Daniel Fortin, actuellement chef de l’exploitation, a été nommé directeur général de Norvex et lui succédera à cette date.

« Norvex a doublé de taille en huit ans. Je laisse une entreprise solide, avec un carnet de commandes qui nous donne de la visibilité jusqu’en 2028 », a déclaré Mme Gagnon dans un communiqué. « Mon objectif sera de poursuivre notre croissance en Amérique du Nord, y compris aux États-Unis, où nous voulons réaliser une acquisition d’ici deux ans », a ajouté M. Fortin, ingénieur civil de formation, entré chez Norvex en 2005.

La Caisse de dépôt et placement du Québec, premier actionnaire de Norvex avec 18 % du capital, a salué la nomination. Pour 2025, la direction vise des revenus d’au moins 2 milliards de dollars canadiens et une marge d’Ebitda ajusté de 13 %, malgré l’incertitude créée par les menaces de droits de douane américains.

« Les résultats sont supérieurs aux attentes, mais le marché surveillera de près les dépassements de coûts sur le chantier du REM », estime Marc-André Tremblay, analyste chez Desjardins. L’action de Norvex a pris 5,3 % jeudi à la Bourse de Toronto, sa plus forte hausse en une séance depuis deux ans. Fondée en 1978 à Montréal, la firme a longtemps vécu dans l’ombre de ses grands concurrents québécois avant de se hisser parmi les dix premières sociétés d’ingénierie du pays.""", [
    ev("result", "revenus", n=2, company=ent("Norvex", n=2), metric="revenue",
       amount=money("1,8 milliard de dollars canadiens", 1.8e9, "CAD"),
       change=pct("9 %", 9), period=date("année 2024", "2024")),
    ev("result", "bénéfice net", company=ent("Norvex", n=2),
       metric="net_income",
       amount=money("112 millions de dollars canadiens", 112e6, "CAD")),
    ev("result", "carnet de commandes", company=ent("Norvex", n=2),
       metric="orders",
       amount=money("4,5 milliards de dollars canadiens", 4.5e9, "CAD"),
       period=date("31 décembre", "2024-12-31")),
    ev("acquisition", "acquisition", target=ent("Pellham Engineering"),
       buyer=ent("Norvex", n=2),
       amount=money("210 millions de dollars canadiens", 210e6, "CAD"),
       status="done"),
    ev("role", "dirige", optional=True, person=ent("Martine Gagnon"),
       organization=ent("Norvex", n=3)),
    ev("role", "chef de l’exploitation", optional=True,
       person=ent("Daniel Fortin"), title="chef de l’exploitation",
       organization=ent("Norvex", n=3)),
    ev("role", "directeur général", person=ent("Daniel Fortin"),
       title="directeur général", organization=ent("Norvex", n=3)),
    ev("role", "analyste", person=ent("Marc-André Tremblay"),
       title="analyste", organization=ent("Desjardins")),
]),

# 5. Moroccan bank taking a stake (straight apostrophes).
("c-akwaba", "2025-04-17", """\
Attijariwafa bank entre au capital de la microfinance ivoirienne Akwaba Crédit

CASABLANCA, 17 avril (AFP) - Le groupe bancaire marocain Attijariwafa bank va entrer à hauteur de 30 % au capital de l'institution de microfinance ivoirienne Akwaba Crédit, en rachetant les parts détenues par le fonds d'investissement Helios Investment Partners, a annoncé mercredi la banque dans un communiqué.

Le montant de la transaction n'a pas été communiqué, mais il atteindrait 450 millions de dirhams (environ 42 millions d'euros), selon le site d'information économique Le360.

Fondée en 2012 à Abidjan, Akwaba Crédit revendique 320.000 clients, pour l'essentiel des commerçantes et des petits agriculteurs, et un réseau de 85 agences en Côte d'Ivoire et au Sénégal. Elle avait levé 20 millions de dollars (18,5 millions d'euros) en 2023 auprès de la Société financière internationale (IFC), la filiale de la Banque mondiale dédiée au secteur privé.

« L'arrivée d'un actionnaire de la taille d'Attijariwafa bank va nous permettre de doubler notre réseau d'ici 2028 et de nous implanter au Burkina Faso », a souligné Aminata Koné, la directrice générale d'Akwaba Crédit, qui restera à la tête de l'établissement. Les fondateurs et les salariés conserveront 25 % du capital.

L'opération doit encore recevoir le feu vert de la Banque centrale des États de l'Afrique de l'Ouest (BCEAO) et de Bank Al-Maghrib, la banque centrale marocaine. Helios, qui était entré au capital d'Akwaba Crédit en 2019, réalise ainsi une confortable plus-value, selon une source proche du dossier.

Présent dans 26 pays, dont une quinzaine en Afrique subsaharienne, Attijariwafa bank a publié fin mars un résultat net part du groupe de 10,2 milliards de dirhams pour 2024, en hausse de 12 %. Le groupe avait déjà racheté en 2022 la Banque sahélienne de crédit, au Tchad, pour renforcer sa présence en Afrique centrale.

Les banques marocaines multiplient les investissements au sud du Sahara, où le taux de bancarisation reste inférieur à 25 %, contre plus de 50 % au Maroc. La microfinance, qui touche une clientèle exclue du système bancaire classique, y connaît une croissance de plus de 15 % par an, selon la Banque africaine de développement.""", [
    ev("acquisition", "entrer", target=ent("Akwaba Crédit", n=2),
       buyer=ent("Attijariwafa bank", n=2),
       seller=ent("Helios Investment Partners"), stake=pct("30 %", 30),
       amount=money("450 millions de dirhams", 450e6, "MAD"),
       status="announced", date=date("mercredi", "2025-04-16")),
    ev("funding", "levé", company=ent("Akwaba Crédit", n=3),
       amount=money("20 millions de dollars", 20e6, "USD"),
       investors=[ent("Société financière internationale")],
       date=date("2023", "2023")),
    ev("role", "directrice générale", person=ent("Aminata Koné"),
       title="directrice générale", organization=ent("Akwaba Crédit", n=4)),
    ev("acquisition", "entré au capital", target=ent("Akwaba Crédit", n=5),
       buyer=ent("Helios", "Helios Investment Partners", n=2),
       status="done", date=date("2019", "2019")),
    ev("result", "résultat net", company=ent("Attijariwafa bank", n=4),
       metric="net_income",
       amount=money("10,2 milliards de dirhams", 10.2e9, "MAD"),
       change=pct("12 %", 12), period=date("2024", "2024")),
    ev("acquisition", "racheté", target=ent("Banque sahélienne de crédit"),
       buyer=ent("Attijariwafa bank", n=4), status="done",
       date=date("2022", "2022")),
]),

# 6. Luxury group's results (typographic apostrophes).
("c-lauzier", "2025-01-29", """\
Luxe : Lauzier résiste au ralentissement chinois mais son bénéfice recule

PARIS, 29 janvier (AFP) - Le groupe de luxe Lauzier, propriétaire du maroquinier Castel et des parfums Iris Noire, a réalisé en 2024 un chiffre d’affaires de 9,4 milliards d’euros, en hausse de 3 % à taux de change constants, a-t-il annoncé mardi soir après la clôture de la Bourse.

La croissance a nettement ralenti au second semestre, avec des ventes en recul de 9 % en Chine continentale, un repli compensé par la bonne tenue de l’Europe et du Japon, où les touristes asiatiques profitent de la faiblesse du yen. Les ventes aux États-Unis ont progressé de 5 %, portées par la maroquinerie.

Le résultat opérationnel courant s’est établi à 2,1 milliards d’euros, en baisse de 8 %, et le bénéfice net part du groupe à 1,4 milliard d’euros, contre 1,6 milliard un an plus tôt. La marge opérationnelle a reculé de 2,5 points, à 22,3 %, pénalisée par les investissements dans les boutiques et la hausse des dépenses de communication.

« Dans un environnement difficile, nos maisons ont continué à gagner des parts de marché », a commenté Antoine Verdier, son PDG, lors de la présentation des résultats à la presse. « Nous ne prévoyons pas de rebond de la demande chinoise avant le second semestre 2025 », a pour sa part averti la directrice financière de Lauzier, Hélène Castaing, qui a annoncé un plan d’économies de 300 millions d’euros sur deux ans.

Le groupe s’est adjugé en décembre le joaillier milanais Ferrandi, dont le rachat avait été annoncé au printemps. La transaction, d’un montant de 600 millions d’euros, doit permettre à Lauzier de rattraper son retard dans la haute joaillerie, le segment le plus dynamique du secteur depuis la fin de la pandémie.

Le conseil d’administration proposera un dividende de 12 euros par action, inchangé. L’action Lauzier prenait 2,8 % mercredi matin à la Bourse de Paris, dans un secteur soutenu depuis la mi-janvier par les bonnes ventes de fin d’année publiées par le suisse Richemont.

Les analystes de Bernstein tablent sur un retour à une croissance de 4 à 6 % pour l’ensemble du luxe en 2025, portée par la clientèle américaine. Kering publiera ses résultats annuels le 11 février, Hermès le 14 février.""", [
    ev("result", "chiffre d’affaires", company=ent("Lauzier", n=2),
       metric="revenue",
       amount=money("9,4 milliards d’euros", 9.4e9, "EUR"),
       change=pct("3 %", 3), period=date("2024", "2024")),
    ev("result", "résultat opérationnel courant", company=ent("Lauzier", n=2),
       metric="operating_income",
       amount=money("2,1 milliards d’euros", 2.1e9, "EUR"),
       change=pct("8 %", 8)),
    ev("result", "bénéfice net", company=ent("Lauzier", n=2),
       metric="net_income",
       amount=money("1,4 milliard d’euros", 1.4e9, "EUR")),
    ev("role", "PDG", person=ent("Antoine Verdier"), title="PDG",
       organization=ent("Lauzier", n=2)),
    ev("role", "directrice financière", person=ent("Hélène Castaing"),
       title="directrice financière", organization=ent("Lauzier", n=3)),
    ev("acquisition", "s’est adjugé", target=ent("Ferrandi"),
       buyer=ent("Lauzier", n=3),
       amount=money("600 millions d’euros", 600e6, "EUR"),
       status="done", date=date("décembre", "2024-12")),
]),

# 7. Defence takeover bid and the government's reaction (straight).
("c-aerodyne", "2025-06-24", """\
Défense : l'américain Corland lance une OPA hostile sur Aérodyne, Paris menace de s'y opposer

PARIS, 24 juin (AFP) - Le groupe de défense américain Corland Defense a lancé lundi une offre publique d'achat (OPA) non sollicitée sur le fabricant français de drones militaires Aérodyne Systèmes, dont la direction a aussitôt dénoncé une démarche « hostile ».

Corland propose 42 euros par action, soit une prime de 38 % sur le dernier cours de clôture, ce qui valorise Aérodyne à 1,3 milliard d'euros. Le groupe de Virginie, qui réalise 14 milliards de dollars de chiffre d'affaires, dit vouloir « accélérer le développement international » de sa cible.

La réponse de Paris ne s'est pas fait attendre. « Aérodyne est une entreprise stratégique pour notre souveraineté. Toute prise de contrôle par un acteur étranger sera soumise à autorisation, et nous n'hésiterons pas à la refuser », a prévenu mardi le ministre de l'Économie, Laurent Marchetti, sur France Inter. Le contrôle des investissements étrangers s'applique en France à toute prise de participation de plus de 10 % dans une entreprise de défense.

Le directoire d'Aérodyne a appelé les actionnaires à ne pas apporter leurs titres. « Cette offre sous-évalue nettement notre potentiel », a estimé Isabelle Garnier, présidente du directoire d'Aérodyne, rappelant que le carnet de commandes du groupe atteignait 1,1 milliard d'euros fin mars, en hausse de 40 % sur un an.

Fondé en 2008 à Toulouse, Aérodyne fournit des drones de reconnaissance à l'armée française et à une dizaine de pays européens. Son premier actionnaire, Bpifrance, entré au capital à hauteur de 12 % en 2021, a fait savoir qu'il n'apporterait pas ses titres à l'offre.

Selon plusieurs sources proches du dossier, le groupe français Thales serait en discussions avec Bpifrance en vue de déposer une contre-offre sur Aérodyne. Sollicité, Thales n'a pas souhaité faire de commentaire. Un tel rapprochement créerait « un champion européen du drone », souligne un analyste parisien, pour qui l'État « a les moyens de bloquer l'offre américaine ».

Le titre Aérodyne a bondi de 41 % mardi à la Bourse de Paris, à 43,10 euros, au-dessus du prix proposé, signe que le marché anticipe une surenchère. Depuis le début de l'année, l'action a plus que doublé, portée par la hausse des budgets militaires européens.""", [
    ev("acquisition", "offre publique d'achat",
       target=ent("Aérodyne Systèmes"), buyer=ent("Corland Defense"),
       amount=money("1,3 milliard d'euros", 1.3e9, "EUR"),
       status="announced", date=date("lundi", "2025-06-23")),
    ev("valuation", "valorise", optional=True,
       company=ent("Aérodyne", "Aérodyne Systèmes", n=3),
       amount=money("1,3 milliard d'euros", 1.3e9, "EUR")),
    ev("result", "chiffre d'affaires", company=ent("Corland", "Corland Defense", n=3),
       metric="revenue",
       amount=money("14 milliards de dollars", 14e9, "USD")),
    ev("role", "ministre", person=ent("Laurent Marchetti"),
       title="ministre de l'Économie"),
    ev("role", "présidente du directoire", person=ent("Isabelle Garnier"),
       title="présidente du directoire",
       organization=ent("Aérodyne", "Aérodyne Systèmes", n=6)),
    ev("result", "carnet de commandes",
       company=ent("Aérodyne", "Aérodyne Systèmes", n=6), metric="orders",
       amount=money("1,1 milliard d'euros", 1.1e9, "EUR"),
       change=pct("40 %", 40), period=date("fin mars", "2025-03")),
    ev("acquisition", "entré au capital",
       target=ent("Aérodyne", "Aérodyne Systèmes", n=7),
       buyer=ent("Bpifrance"), stake=pct("12 %", 12), status="done",
       date=date("2021", "2021")),
    ev("acquisition", "contre-offre",
       target=ent("Aérodyne", "Aérodyne Systèmes", n=8),
       buyer=ent("Thales"), status="planned"),
]),

# 8. Biotech round and its valuation (typographic apostrophes).
("c-genoptis", "2025-06-03", """\
Biotech : Genoptis boucle une levée de 120 millions d’euros

LYON, 3 juin (AFP) - La biotech lyonnaise Genoptis, qui développe des thérapies géniques contre des maladies rares de la rétine, a bouclé une levée de fonds de série C de 120 millions d’euros, la plus importante de l’année pour une biotech française, a-t-elle annoncé mardi.

Le tour de table a été mené par le fonds américain RA Capital Management, avec la participation de Sofinnova Partners, de Bpifrance et du fonds souverain singapourien Temasek. Selon une source proche du dossier, l’opération valorise la société à environ 650 millions d’euros, près de trois fois plus que lors de son précédent financement.

Genoptis avait levé 40 millions d’euros en série B en 2023 auprès de Sofinnova Partners et du Crédit Agricole. Fondée en 2017 par la chercheuse Nadia Benhamou, aujourd’hui sa présidente, et par l’ophtalmologiste Luc Veyrat, la société emploie 140 personnes entre Lyon et Boston.

Son candidat le plus avancé, GNP-101, doit entrer en phase 3 à la fin de l’année, après des résultats de phase 2 montrant une amélioration de l’acuité visuelle chez 68 % des patients traités. « Ce financement nous permet d’aller jusqu’à l’enregistrement de notre premier produit aux États-Unis et en Europe sans repasser par le marché », a expliqué Nadia Benhamou. « Nous n’excluons pas une introduction en Bourse, mais pas avant 2027. »

L’essentiel des fonds servira à financer l’essai de phase 3, qui doit recruter 450 patients dans une quarantaine d’hôpitaux, et à construire une unité de production de vecteurs viraux près de Lyon. La société prévoit de recruter une soixantaine de personnes d’ici fin 2026.

Le contexte reste pourtant difficile pour les biotechs européennes, qui ont levé 30 % de fonds en moins en 2024 qu’en 2021, selon la banque d’affaires Jefferies. Principale concurrente de Genoptis, l’américaine Ocuvia, cotée au Nasdaq, est valorisée 3,2 milliards de dollars, sans avoir encore commercialisé le moindre traitement.

RA Capital Management, l’un des investisseurs les plus actifs du secteur, avait déjà participé en 2024 au tour de table de 85 millions de dollars de la biotech bordelaise Visiora, spécialisée dans les maladies inflammatoires de l’œil.""", [
    ev("funding", "levée de fonds", company=ent("Genoptis", n=2),
       amount=money("120 millions d’euros", 120e6, "EUR", n=2),
       investors=[ent("RA Capital Management"), ent("Sofinnova Partners"),
                  ent("Bpifrance"), ent("Temasek")],
       valuation=money("650 millions d’euros", 650e6, "EUR"),
       round="série C", date=date("mardi", "2025-06-03")),
    ev("funding", "levé", n=3, company=ent("Genoptis", n=3),
       amount=money("40 millions d’euros", 40e6, "EUR"),
       investors=[ent("Sofinnova Partners", n=2), ent("Crédit Agricole")],
       round="série B", date=date("2023", "2023")),
    ev("role", "présidente", person=ent("Nadia Benhamou"),
       title="présidente", organization=ent("Genoptis", n=3)),
    ev("role", "Fondée", optional=True, person=ent("Luc Veyrat"),
       organization=ent("Genoptis", n=3)),
    ev("valuation", "valorisée", company=ent("Ocuvia"),
       amount=money("3,2 milliards de dollars", 3.2e9, "USD")),
    ev("funding", "tour de table", n=2, company=ent("Visiora"),
       amount=money("85 millions de dollars", 85e6, "USD"),
       investors=[ent("RA Capital Management", n=2)],
       date=date("2024", "2024", n=2)),
]),

# 9. A football club bought by an investment fund (straight apostrophes).
("c-osa", "2025-07-04", """\
Football : le fonds américain Redwood Peak s'adjuge l'Olympique Saint-Aubin

SAINT-AUBIN, 4 juillet (AFP) - Le fonds d'investissement américain Redwood Peak Capital a finalisé jeudi le rachat de 85 % du capital de l'Olympique Saint-Aubin, pensionnaire de Ligue 2, auprès de l'homme d'affaires Gérard Pons, qui en était le propriétaire depuis 2009, a annoncé le club.

Le montant de la transaction n'a pas été officiellement dévoilé, mais il avoisinerait 60 millions d'euros, dette comprise, selon le quotidien L'Equipe. L'opération valoriserait ainsi le club autour de 70 millions d'euros.

Fondé en 1921, l'Olympique Saint-Aubin (OSA) a connu une saison difficile, terminant à la 14e place du championnat après avoir longtemps lutté pour son maintien. Le club a enregistré une perte nette de 12 millions d'euros en 2024, selon la Direction nationale du contrôle de gestion (DNCG), le gendarme financier du football français.

« Nous voulons faire de l'OSA un club de Ligue 1 d'ici trois saisons et investir massivement dans le centre de formation », a déclaré Mark Holloway, le directeur général de Redwood Peak Capital, lors d'une conférence de presse au stade. Le fonds, qui gère 4 milliards de dollars d'actifs, possède déjà des participations dans un club portugais et dans une franchise de Major League Soccer.

Redwood Peak a nommé l'ancien international français Mathieu Ferrand président du club, en remplacement de Gérard Pons. Le nouveau président a promis un mercato « ambitieux » dès cet été, avec au moins cinq recrues, et la rénovation d'une tribune du stade d'ici 2027.

Le club a déjà bouclé mercredi la vente de son attaquant Yanis Ould-Kaci au RC Lens pour 8 millions d'euros, assortie d'un intéressement de 15 % sur un futur transfert.

Les supporters ont accueilli la nouvelle avec prudence. « On a vu trop de clubs rachetés par des fonds étrangers finir en difficulté », a réagi le Kop Albin, principal groupe de supporters, dans un communiqué. Plus d'une dizaine de clubs professionnels français sont désormais contrôlés, en tout ou en partie, par des investisseurs américains, attirés par des prix d'achat bien inférieurs à ceux de la Premier League anglaise. La Ligue de football professionnel doit encore valider le changement d'actionnaire dans les prochaines semaines.""", [
    ev("acquisition", "rachat", target=ent("Olympique Saint-Aubin", n=2),
       buyer=ent("Redwood Peak Capital"), seller=ent("Gérard Pons"),
       stake=pct("85 %", 85),
       amount=money("60 millions d'euros", 60e6, "EUR"),
       status="done", date=date("jeudi", "2025-07-03")),
    ev("role", "propriétaire", optional=True, person=ent("Gérard Pons"),
       title="propriétaire",
       organization=ent("Olympique Saint-Aubin", n=2)),
    ev("valuation", "valoriserait", optional=True,
       company=ent("Olympique Saint-Aubin", n=2),
       amount=money("70 millions d'euros", 70e6, "EUR")),
    ev("result", "perte nette", company=ent("Olympique Saint-Aubin", n=3),
       metric="loss", amount=money("12 millions d'euros", 12e6, "EUR"),
       period=date("2024", "2024")),
    ev("role", "directeur général", person=ent("Mark Holloway"),
       title="directeur général",
       organization=ent("Redwood Peak Capital", n=2)),
    ev("role", "président", person=ent("Mathieu Ferrand"),
       title="président", organization=ent("OSA", "Olympique Saint-Aubin", n=2)),
]),

# 10. A media group selling a magazine (typographic apostrophes).
("c-horizons", "2025-10-15", """\
Presse : Alizé Médias cède le mensuel Horizons à Reworld Media

PARIS, 15 octobre (AFP) - Le groupe de presse Alizé Médias cède son mensuel économique Horizons à Reworld Media pour environ 12 millions d’euros, a annoncé mardi la direction lors d’un comité social et économique extraordinaire, confirmant une information de La Lettre.

La vente doit être finalisée d’ici fin décembre, après la consultation des représentants du personnel. Lancé en 1987, Horizons revendique 85.000 exemplaires diffusés chaque mois, un chiffre en recul de 20 % en cinq ans, et a perdu environ 3 millions d’euros en 2024.

« Horizons mérite un actionnaire qui a fait de la presse magazine son cœur de métier », a justifié Olivier Crémieux, le président du directoire d’Alizé Médias, dans un message interne consulté par l’AFP. Le groupe entend se recentrer sur la presse quotidienne régionale et le numérique, et envisage également de se séparer de sa radio locale Alizé FM, selon plusieurs sources.

Reworld Media, qui avait avalé en 2019 les magazines de Mondadori France (Science & Vie, Télé Star, Auto Plus...), est devenu le premier éditeur de magazines en France par le nombre de titres. Le groupe est réputé pour ses plans d’économies drastiques après chaque rachat, et pour avoir massivement recours aux contenus sponsorisés.

Pour l’acheteur, l’opération s’inscrit dans une stratégie de croissance externe assumée : il a repris une quinzaine de titres en cinq ans, souvent pour une bouchée de pain, en misant sur la publicité programmatique et le commerce en ligne plutôt que sur les ventes en kiosque.

« Nous craignons pour l’indépendance éditoriale du titre et pour l’emploi », a réagi Julie Lambert, porte-parole de la Société des journalistes (SDJ) d’Horizons, qui a voté mercredi une motion de défiance à 87 %. La rédaction compte 42 journalistes, dont plusieurs envisagent déjà de faire jouer leur clause de cession.

Alizé Médias, contrôlé par la famille Bertin, a réalisé en 2024 un chiffre d’affaires de 380 millions d’euros, en baisse de 4 %, pénalisé par le recul des recettes publicitaires. La diffusion de la presse magazine a reculé de 6 % l’an dernier en France, selon l’Alliance pour les chiffres de la presse et des médias (ACPM), et plusieurs titres ont cessé de paraître en version imprimée.""", [
    ev("acquisition", "cède", n=2, target=ent("Horizons", n=2),
       buyer=ent("Reworld Media", n=2), seller=ent("Alizé Médias", n=2),
       amount=money("12 millions d’euros", 12e6, "EUR"),
       status="announced", date=date("mardi", "2025-10-14")),
    ev("result", "perdu", company=ent("Horizons", n=3), metric="loss",
       amount=money("3 millions d’euros", 3e6, "EUR"),
       period=date("2024", "2024")),
    ev("role", "président du directoire", person=ent("Olivier Crémieux"),
       title="président du directoire",
       organization=ent("Alizé Médias", n=3)),
    ev("acquisition", "se séparer", target=ent("Alizé FM"),
       seller=ent("Alizé Médias", n=3), status="planned"),
    ev("acquisition", "avalé", target=ent("Mondadori France"),
       buyer=ent("Reworld Media", n=3), status="done",
       date=date("2019", "2019")),
    ev("role", "porte-parole", person=ent("Julie Lambert"),
       title="porte-parole", organization=ent("Société des journalistes")),
    ev("result", "chiffre d’affaires", company=ent("Alizé Médias", n=4),
       metric="revenue", amount=money("380 millions d’euros", 380e6, "EUR"),
       change=pct("4 %", 4), period=date("2024", "2024", n=2)),
]),

# 11. A start-up's down round and layoffs (straight apostrophes).
("c-habiteo", "2025-11-24", """\
La proptech Habitéo lève 15 millions d'euros au prix d'une valorisation divisée par sept

PARIS, 24 novembre (AFP) - La proptech parisienne Habitéo, qui avait été valorisée 600 millions d'euros au printemps 2022, au plus fort de l'euphorie du capital-risque, a levé 15 millions d'euros auprès de ses actionnaires historiques Eurazeo et Partech, sur la base d'une valorisation d'environ 80 millions d'euros, a indiqué lundi la société.

Ce « down round », comme on appelle dans le jargon une levée de fonds réalisée à une valorisation inférieure à la précédente, s'accompagne d'un plan social : la société va supprimer 120 postes, soit 40 % de ses effectifs, essentiellement en France et en Espagne.

« Nous avons grandi trop vite, sur des hypothèses qui ne tiennent plus depuis la remontée des taux d'intérêt », reconnaît Julien Aubry, son PDG, dans un courriel adressé aux salariés et consulté par l'AFP. « Ces décisions sont douloureuses, mais elles nous donnent trois ans de visibilité. »

Habitéo, qui gère la location de 30.000 logements pour le compte de propriétaires particuliers, a vu son chiffre d'affaires reculer de 15 % en 2024, à 22 millions d'euros, tandis que sa perte nette se creusait à 35 millions d'euros. La société avait misé sur une expansion rapide en Espagne et en Italie, où elle a ouvert douze agences en deux ans.

Elle serait par ailleurs en discussions pour racheter son concurrent lillois Logimmo, lui aussi en difficulté, afin de mutualiser ses coûts, selon le site spécialisé Maddyness. Interrogée, la direction n'a pas souhaité commenter.

Le cas d'Habitéo n'est pas isolé. « Le marché a corrigé, et beaucoup de start-up financées en 2021 et 2022 devront passer par là », estime un investisseur parisien. Les start-up françaises ont levé 7,8 milliards d'euros en 2024, en baisse de 30 % sur un an, selon le cabinet EY, et le nombre de « down rounds » a doublé en deux ans.

Pour les salariés, le choc est rude. Les départs seront accompagnés d'indemnités supérieures au minimum légal et d'une aide au reclassement, a assuré la direction, qui entend atteindre l'équilibre d'exploitation fin 2026.""", [
    ev("valuation", "valorisée", company=ent("Habitéo", n=2),
       amount=money("600 millions d'euros", 600e6, "EUR"),
       date=date("printemps 2022", "2022-SP")),
    ev("funding", "levé", company=ent("Habitéo", n=2),
       amount=money("15 millions d'euros", 15e6, "EUR", n=2),
       investors=[ent("Eurazeo"), ent("Partech")],
       valuation=money("80 millions d'euros", 80e6, "EUR"),
       date=date("lundi", "2025-11-24")),
    ev("role", "PDG", person=ent("Julien Aubry"), title="PDG",
       organization=ent("Habitéo", n=2)),
    ev("result", "chiffre d'affaires", company=ent("Habitéo", n=3),
       metric="revenue", amount=money("22 millions d'euros", 22e6, "EUR"),
       change=pct("15 %", 15), period=date("2024", "2024")),
    ev("result", "perte nette", company=ent("Habitéo", n=3), metric="loss",
       amount=money("35 millions d'euros", 35e6, "EUR"),
       period=date("2024", "2024")),
    ev("acquisition", "racheter", target=ent("Logimmo"),
       buyer=ent("Habitéo", n=3), status="planned"),
]),

# 12. An energy utility's results and a new CFO (typographic apostrophes).
("c-helion", "2025-02-20", """\
Énergie : Hélion affiche un bénéfice en hausse et change de directeur financier

PARIS, 20 février (AFP) - Le fournisseur d’électricité et de gaz Hélion Énergie a dégagé en 2024 un bénéfice net de 1,6 milliard d’euros, en hausse de 11 %, malgré la baisse des prix de gros de l’énergie, a annoncé jeudi le groupe.

Son excédent brut d’exploitation (Ebitda) a progressé de 7 %, à 4,8 milliards d’euros, tandis que son chiffre d’affaires a reculé de 12 %, à 31 milliards d’euros, sous l’effet de la détente des tarifs réglementés.

« Nous avons tenu nos engagements en matière de désendettement tout en accélérant dans les renouvelables », a souligné Catherine Marais, sa directrice générale, lors d’une conférence de presse. La dette nette du groupe a été ramenée à 18 milliards d’euros, contre 21 milliards fin 2023.

Le groupe a par ailleurs annoncé la nomination de Karine Delacroix au poste de directrice financière, à compter du 1er avril. Âgée de 48 ans, cette ancienne de Schneider Electric succédera à Philippe Roux, qui part à la retraite après douze ans à ce poste.

Hélion a poursuivi ses investissements dans l’éolien : le groupe avait raflé en juillet le développeur espagnol Vientos del Norte pour 450 M€, et il est entré en négociations exclusives avec Dalkia pour lui céder sa filiale de services énergétiques Thermalia, une opération qui pourrait être bouclée avant l’été.

Hélion a également investi 50 millions d’euros dans la start-up grenobloise Batterix, qui développe des batteries stationnaires au sodium, afin de sécuriser ses capacités de stockage. Le groupe compte consacrer 3 milliards d’euros par an aux énergies renouvelables d’ici 2030.

Le secteur sort de deux années hors normes, marquées par la flambée des prix de l’électricité et du gaz après l’invasion de l’Ukraine par la Russie, puis par leur reflux progressif. Son concurrent Engie publiera ses comptes annuels la semaine prochaine.

Pour 2025, le groupe prévoit un Ebitda compris entre 4,6 et 5 milliards d’euros et proposera un dividende de 0,85 euro par action. L’action gagnait 3,4 % jeudi en fin de matinée à la Bourse de Paris, dans un marché en légère hausse, les investisseurs saluant une génération de trésorerie supérieure aux attentes.""", [
    ev("result", "bénéfice net", company=ent("Hélion Énergie"),
       metric="net_income",
       amount=money("1,6 milliard d’euros", 1.6e9, "EUR"),
       change=pct("11 %", 11), period=date("2024", "2024")),
    ev("result", "Ebitda", company=ent("Hélion Énergie"), metric="ebitda",
       amount=money("4,8 milliards d’euros", 4.8e9, "EUR"),
       change=pct("7 %", 7)),
    ev("result", "chiffre d’affaires", company=ent("Hélion Énergie"),
       metric="revenue", amount=money("31 milliards d’euros", 31e9, "EUR"),
       change=pct("12 %", 12)),
    ev("role", "directrice générale", person=ent("Catherine Marais"),
       title="directrice générale", organization=ent("Hélion Énergie")),
    ev("result", "dette nette", optional=True, company=ent("Hélion Énergie"),
       metric="other", amount=money("18 milliards d’euros", 18e9, "EUR")),
    ev("role", "directrice financière", person=ent("Karine Delacroix"),
       title="directrice financière", organization=ent("Hélion Énergie")),
    ev("role", "ancienne", optional=True, person=ent("Karine Delacroix"),
       organization=ent("Schneider Electric")),
    ev("role", "succédera", optional=True, person=ent("Philippe Roux"),
       organization=ent("Hélion Énergie")),
    ev("acquisition", "raflé", target=ent("Vientos del Norte"),
       buyer=ent("Hélion", "Hélion Énergie", n=3),
       amount=money("450 M€", 450e6, "EUR"), status="done",
       date=date("juillet", "2024-07")),
    ev("acquisition", "céder", n=2, target=ent("Thermalia"), buyer=ent("Dalkia"),
       seller=ent("Hélion", "Hélion Énergie", n=3), status="planned"),
    ev("funding", "investi", n=2, company=ent("Batterix"),
       amount=money("50 millions d’euros", 50e6, "EUR"),
       investors=[ent("Hélion", "Hélion Énergie", n=4)]),
]),
]

if __name__ == "__main__":
    emit(TEXTS)
