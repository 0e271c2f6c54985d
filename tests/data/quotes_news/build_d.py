#!/usr/bin/env python3
"""Set D of the quote test texts: twelve full-length French news articles.

Set D, written and annotated before the quote stage was run on it: the
texts were written for this project (the people and events are invented;
institutions, clubs, parties and places are real where natural) and the
gold quotes were annotated by hand, by surface form, without running the
tool or reading its code, tables, tests or outputs. Offsets are computed
here (Unicode code points, `end` exclusive), never counted by hand.

Conventions, as in README.md and CONTRACT.md ("Quotes", "Span
conventions"):

- a direct quote spans the words between the marks, the marks and the
  spaces next to them left out (punctuation inside the marks is kept);
  a quote running over two paragraphs (French typography reopens « at
  the start of the second one) is one quote per paragraph, both with the
  cue and speaker of the whole;
- an indirect quote spans the clause after `que` / `qu'`, the clause
  after `Selon X,` / `D'après X,` / `Pour X,`, or the infinitive after
  `a indiqué avoir`; a clause partly between marks is one direct quote
  for the marked words only;
- the answers of a written interview (dialogue dashes) are direct quotes
  with no cue, their speaker the interviewee; the questions are optional;
- a quote nested inside another quote is optional;
- marks around a title, a nickname, a slogan, a banner or a term are not
  quotes; a single quoted word or two reported as someone's are optional;
- a speaker that is a pronoun or a role noun carries the canonical name of
  whom it stands for; a noun phrase naming no one has a null canonical
  and label.

Texts flagged `typo` use the typographic apostrophe ’ (written here with
ASCII ' and converted, surfaces and names too); the Belgian dispatch uses
no-break spaces inside its guillemets; the science dispatch uses English
marks “ ”.

Usage: python3 tests/data/quotes_news/build_d.py > tests/data/quotes_news/quotes_news_d.jsonl
"""

import json
import sys


def die(msg):
    sys.exit("build_d.py: " + msg)


def find(text, surface, n=1):
    """Code-point offsets (start, end) of the n-th occurrence of surface."""
    i = -1
    for _ in range(n):
        i = text.find(surface, i + 1)
        if i < 0:
            die(f"not found: {surface!r} (occurrence {n})")
    return i, i + len(surface)


def loc(text, spec):
    """spec: 'surface' | ('surface', n) | ('outer', n, 'sub'): sub inside the n-th outer."""
    if isinstance(spec, str):
        return find(text, spec, 1)
    if len(spec) == 2:
        return find(text, spec[0], spec[1])
    outer, n, sub = spec
    s, e = find(text, outer, n)
    j = text[s:e].find(sub)
    if j < 0:
        die(f"{sub!r} not inside {outer!r}")
    return s + j, s + j + len(sub)


def Q(kind, surface, n=1, cue=None, spk=None, opt=False, flags=()):
    return dict(kind=kind, surface=surface, n=n, cue=cue, spk=spk, opt=opt, flags=set(flags))


def D(*a, **k):
    return Q("direct", *a, **k)


def I(*a, **k):
    return Q("indirect", *a, **k)


def P(spec, canonical, gender=None):
    """A person speaker (label PER)."""
    return (spec, canonical, "PER" if canonical else None, gender)


def O(spec, canonical):
    """A company / body speaker (label ORG)."""
    return (spec, canonical, "ORG", None)


def N(spec, gender=None):
    """A noun phrase naming no one."""
    return (spec, None, None, gender)


ARTICLES = []


def article(id, paras, quotes, typo=False, nbsp=False):
    ARTICLES.append(dict(id=id, paras=paras, quotes=quotes, typo=typo, nbsp=nbsp))


# ---------------------------------------------------------------------------
# 1. AFP dispatch: air traffic controllers' strike
article("d-greve-controleurs", [
    "PARIS, 18 avril 2024 (AFP) - La DGAC a demandé mercredi aux compagnies aériennes de réduire de moitié leurs programmes de vols jeudi à Paris-Orly et de 30 % à Marseille-Provence, en raison d'une grève des contrôleurs aériens à l'appel du SNCTA, le premier syndicat de la profession.",
    "« Des perturbations et des retards importants sont à prévoir sur l'ensemble du territoire », a indiqué la DGAC dans un communiqué, recommandant aux voyageurs de « reporter leurs déplacements » s'ils le peuvent. Les aéroports de Lyon, Nice, Bordeaux et Toulouse devraient également être touchés, dans une moindre mesure.",
    "Le syndicat réclame une revalorisation des salaires et des effectifs supplémentaires dans les centres de contrôle en route, dont certains fonctionnent en sous-effectif chronique depuis la crise sanitaire. « Nous avons alerté la direction à de multiples reprises depuis janvier, sans obtenir la moindre réponse concrète », a déclaré à l'AFP son secrétaire général, Olivier Mercadier. « Les contrôleurs ne font pas grève de gaieté de cœur. Ils savent ce que cela coûte aux passagers », a-t-il ajouté.",
    "Selon lui, près de 200 postes restent vacants dans les centres de Brest, Reims et Aix-en-Provence, ce qui oblige les agents à enchaîner les vacations et à renoncer à leurs congés.",
    "Le ministre délégué aux Transports, Étienne Laforgue, a jugé ce mouvement « incompréhensible » au moment où « des négociations sont ouvertes et où des propositions ont été mises sur la table ». Il a affirmé sur franceinfo que le gouvernement était « prêt à discuter » mais qu'il ne céderait pas « à une prise d'otages des voyageurs à la veille des vacances de printemps ».",
    "Du côté des compagnies, Air France a indiqué qu'elle maintiendrait « l'intégralité de ses vols long-courriers » mais que des annulations étaient à prévoir sur son réseau intérieur et vers l'Europe. Les passagers concernés seront prévenus par SMS et pourront reporter ou se faire rembourser leur billet sans frais.",
    "La compagnie à bas coût Ryanair a de son côté dénoncé une « prise en otage » des passagers européens et appelé la Commission européenne à « protéger le survol de la France ». D'après une source aéroportuaire, près de 900 vols pourraient être annulés jeudi sur l'ensemble du territoire.",
    "Les précédentes grèves du SNCTA, en 2023, avaient entraîné l'annulation de plusieurs milliers de vols. Elles avaient conduit le Parlement à adopter une loi obligeant les contrôleurs à se déclarer grévistes 48 heures à l'avance, le dispositif dit du « préavis individuel », que le syndicat conteste toujours devant le Conseil d'État.",
], [
    D("Des perturbations et des retards importants sont à prévoir sur l'ensemble du territoire",
      cue=("a indiqué", 1), spk=O(("DGAC", 2), "DGAC")),
    D("reporter leurs déplacements", cue="recommandant", spk=O(("DGAC", 2), "DGAC"), opt=True),
    D("Nous avons alerté la direction à de multiples reprises depuis janvier, sans obtenir la moindre réponse concrète",
      cue="a déclaré", spk=P("Olivier Mercadier", "Olivier Mercadier", "male")),
    D("Les contrôleurs ne font pas grève de gaieté de cœur. Ils savent ce que cela coûte aux passagers",
      cue="a-t-il ajouté", spk=P(("a-t-il ajouté", 1, "il"), "Olivier Mercadier", "male")),
    I("près de 200 postes restent vacants dans les centres de Brest, Reims et Aix-en-Provence, ce qui oblige les agents à enchaîner les vacations et à renoncer à leurs congés",
      cue=("Selon lui", 1, "Selon"), spk=P(("Selon lui", 1, "lui"), "Olivier Mercadier", "male")),
    D("incompréhensible", cue="a jugé", spk=P("Étienne Laforgue", "Étienne Laforgue", "male"), opt=True),
    D("des négociations sont ouvertes et où des propositions ont été mises sur la table",
      cue="a jugé", spk=P("Étienne Laforgue", "Étienne Laforgue", "male")),
    D("prêt à discuter", cue="a affirmé",
      spk=P(("Il a affirmé", 1, "Il"), "Étienne Laforgue", "male")),
    D("à une prise d'otages des voyageurs à la veille des vacances de printemps", cue="a affirmé",
      spk=P(("Il a affirmé", 1, "Il"), "Étienne Laforgue", "male")),
    D("l'intégralité de ses vols long-courriers", cue=("a indiqué", 2), spk=O("Air France", "Air France")),
    I("des annulations étaient à prévoir sur son réseau intérieur et vers l'Europe",
      cue=("a indiqué", 2), spk=O("Air France", "Air France")),
    D("prise en otage", cue="dénoncé", spk=O("Ryanair", "Ryanair"), opt=True),
    D("protéger le survol de la France", cue="appelé", spk=O("Ryanair", "Ryanair")),
    I("près de 900 vols pourraient être annulés jeudi sur l'ensemble du territoire",
      cue="D'après", spk=N("une source aéroportuaire")),
])

# ---------------------------------------------------------------------------
# 2. Municipal council row
article("d-conseil-montauban", [
    "MONTAUBAN - Le ton est monté lundi soir au conseil municipal de Montauban (Tarn-et-Garonne), où l'opposition a quitté la salle avant le vote du budget 2024, qui prévoit une hausse de 6 % de la taxe foncière, la première depuis dix ans.",
    "« C'est un coup de massue pour les propriétaires modestes et, au bout du compte, pour les locataires, puisque la hausse se retrouvera dans les loyers », a lancé Jérôme Castagné, chef de file du groupe « Montauban en commun », avant de quitter l'hémicycle avec ses douze colistiers, sous les applaudissements d'une partie du public.",
    "Le maire, Bernadette Sabatier, a défendu une décision « responsable ». Selon elle, l'envolée des coûts de l'énergie, la revalorisation du point d'indice des agents et la baisse des dotations de l'État ne laissaient « aucune autre option » à la municipalité.",
    "« Nous avons gelé les tarifs de la cantine et des crèches, nous avons maintenu toutes les subventions aux associations. Je n'ai aucune leçon de gestion à recevoir d'une opposition qui n'a jamais présenté le moindre contre-budget », a-t-elle répliqué.",
    "L'adjoint aux finances, Karim Benhaddou, a pour sa part assuré que la hausse serait « limitée à cette seule année » et que la ville réduirait son endettement de 4 millions d'euros d'ici à 2026. Il a également détaillé les principaux investissements prévus, dont la rénovation thermique de six écoles et l'extension du réseau de pistes cyclables.",
    "La séance avait déjà été marquée par un vif échange sur le projet de parking souterrain de la place Nationale, l'un des dossiers les plus sensibles du mandat. « Vous bétonnez le centre historique pour faire plaisir à quelques promoteurs », a accusé l'élue écologiste Maëlle Roux. « Ce projet a été validé par l'architecte des Bâtiments de France, madame Roux, renseignez-vous avant de parler », lui a rétorqué le maire, sous les huées d'une partie de l'assistance.",
    "Pour Jérôme Castagné, la majorité « a perdu le contact avec la réalité des Montalbanais ». Il a annoncé que son groupe déposerait un recours devant le tribunal administratif de Toulouse contre la délibération, estimant que les documents budgétaires avaient été transmis aux élus « hors des délais légaux ».",
    "Le budget a finalement été adopté par 31 voix, en l'absence des élus d'opposition. Une source à la mairie estime que le recours « n'a aucune chance d'aboutir ».",
    "La prochaine séance, consacrée au plan « Montauban 2030 » et au réaménagement des quais du Tarn, est prévue le 12 février.",
], [
    D("C'est un coup de massue pour les propriétaires modestes et, au bout du compte, pour les locataires, puisque la hausse se retrouvera dans les loyers",
      cue="a lancé", spk=P(("Jérôme Castagné", 1), "Jérôme Castagné", "male")),
    D("responsable", cue="a défendu", spk=P("Bernadette Sabatier", "Bernadette Sabatier", "female"), opt=True),
    D("aucune autre option", cue=("Selon elle", 1, "Selon"),
      spk=P(("Selon elle", 1, "elle"), "Bernadette Sabatier", "female")),
    D("Nous avons gelé les tarifs de la cantine et des crèches, nous avons maintenu toutes les subventions aux associations. Je n'ai aucune leçon de gestion à recevoir d'une opposition qui n'a jamais présenté le moindre contre-budget",
      cue="a-t-elle répliqué", spk=P(("a-t-elle répliqué", 1, "elle"), "Bernadette Sabatier", "female")),
    D("limitée à cette seule année", cue="a pour sa part assuré",
      spk=P("Karim Benhaddou", "Karim Benhaddou", "male")),
    I("la ville réduirait son endettement de 4 millions d'euros d'ici à 2026", cue="a pour sa part assuré",
      spk=P("Karim Benhaddou", "Karim Benhaddou", "male")),
    D("Vous bétonnez le centre historique pour faire plaisir à quelques promoteurs", cue="a accusé",
      spk=P("Maëlle Roux", "Maëlle Roux", "female")),
    D("Ce projet a été validé par l'architecte des Bâtiments de France, madame Roux, renseignez-vous avant de parler",
      cue="a rétorqué", spk=P("le maire", "Bernadette Sabatier", "female")),
    D("a perdu le contact avec la réalité des Montalbanais", cue=("Pour Jérôme", 1, "Pour"),
      spk=P(("Jérôme Castagné", 2), "Jérôme Castagné", "male")),
    I("son groupe déposerait un recours devant le tribunal administratif de Toulouse contre la délibération",
      cue="a annoncé", spk=P(("Il a annoncé", 1, "Il"), "Jérôme Castagné", "male")),
    D("hors des délais légaux", cue="estimant", spk=P(("Il a annoncé", 1, "Il"), "Jérôme Castagné", "male"),
      flags=["far"]),
    D("n'a aucune chance d'aboutir", cue="estime", spk=N("Une source à la mairie")),
], typo=True)

# ---------------------------------------------------------------------------
# 3. Court hearing
article("d-proces-echafaudage", [
    "LYON, 7 mars 2024 - Dix-huit mois de prison avec sursis et 50 000 euros d'amende ont été requis jeudi devant le tribunal correctionnel de Lyon contre Gérard Vasseur, 61 ans, dirigeant d'une entreprise de maçonnerie poursuivi pour homicide involontaire après la mort d'un ouvrier sur un chantier de Villeurbanne, en juin 2022. Une amende de 200 000 euros a par ailleurs été requise contre la société elle-même.",
    "Mamadou Diallo, 34 ans, avait fait une chute de onze mètres depuis un échafaudage dépourvu de garde-corps. Le rapport de l'inspection du travail avait relevé « de graves manquements aux règles de sécurité », notamment l'absence de tout plan de prévention.",
    "Dans son réquisitoire, le procureur Frédéric Aubanel a décrit un chantier où « tout le monde savait ». « Ce drame n'a rien d'une fatalité. Il est le résultat d'une succession de choix, tous dictés par la même logique : aller vite et dépenser le moins possible.",
    "« Les garde-corps avaient été retirés trois jours plus tôt pour gagner du temps sur la pose de la façade, et personne ne les a remis. M. Vasseur en a été informé par son chef de chantier, il ne l'a pas contesté à l'audience », a-t-il poursuivi.",
    "Me Isabelle Fontaine, qui représente la famille de la victime, a dénoncé « un mépris total pour la vie des ouvriers ». « Mamadou envoyait chaque mois la moitié de son salaire à sa mère, à Kayes, au Mali. Elle n'a même pas pu voir le corps de son fils », a-t-elle rappelé, la voix nouée, devant les deux frères du défunt, présents dans la salle.",
    "Interrogé par la présidente du tribunal, Hélène Marchetti, sur l'absence de garde-corps, le prévenu a reconnu « une erreur d'organisation », tout en assurant qu'il n'avait « jamais donné l'ordre » de les retirer. « Je pense à cet homme tous les jours. Je n'ai pas su protéger mes gars », a déclaré Gérard Vasseur à la barre, avant de s'effondrer en larmes.",
    "« Monsieur Vasseur, vous dirigez cette entreprise depuis vingt-cinq ans. Qui d'autre que vous pouvait décider de la sécurité sur vos chantiers ? », lui a demandé la présidente.",
    "Son avocat, Me Paul-Henri Dutertre, a plaidé la relaxe. Selon lui, la responsabilité incombe au sous-traitant chargé du montage de l'échafaudage, qui n'a jamais transmis de plan de montage à son client. « On cherche un coupable idéal parce qu'il est le patron. Mais le droit pénal ne juge pas des symboles, il juge des fautes », a-t-il estimé.",
    "Le jugement a été mis en délibéré au 4 avril. D'après une source judiciaire, le gérant de la société sous-traitante, placée en liquidation, sera jugé séparément à l'automne.",
], [
    D("de graves manquements aux règles de sécurité", cue="avait relevé",
      spk=N("Le rapport de l'inspection du travail")),
    D("tout le monde savait", cue="a décrit", spk=P("Frédéric Aubanel", "Frédéric Aubanel", "male")),
    D("Ce drame n'a rien d'une fatalité. Il est le résultat d'une succession de choix, tous dictés par la même logique : aller vite et dépenser le moins possible.",
      cue="a-t-il poursuivi", spk=P(("a-t-il poursuivi", 1, "il"), "Frédéric Aubanel", "male"),
      flags=["open", "far"]),
    D("Les garde-corps avaient été retirés trois jours plus tôt pour gagner du temps sur la pose de la façade, et personne ne les a remis. M. Vasseur en a été informé par son chef de chantier, il ne l'a pas contesté à l'audience",
      cue="a-t-il poursuivi", spk=P(("a-t-il poursuivi", 1, "il"), "Frédéric Aubanel", "male")),
    D("un mépris total pour la vie des ouvriers", cue="a dénoncé",
      spk=P("Isabelle Fontaine", "Isabelle Fontaine", "female")),
    D("Mamadou envoyait chaque mois la moitié de son salaire à sa mère, à Kayes, au Mali. Elle n'a même pas pu voir le corps de son fils",
      cue="a-t-elle rappelé", spk=P(("a-t-elle rappelé", 1, "elle"), "Isabelle Fontaine", "female")),
    D("une erreur d'organisation", cue="a reconnu", spk=P("le prévenu", "Gérard Vasseur", "male")),
    D("jamais donné l'ordre", cue="assurant", spk=P("le prévenu", "Gérard Vasseur", "male")),
    D("Je pense à cet homme tous les jours. Je n'ai pas su protéger mes gars", cue="a déclaré",
      spk=P(("Gérard Vasseur", 2), "Gérard Vasseur", "male")),
    D("Monsieur Vasseur, vous dirigez cette entreprise depuis vingt-cinq ans. Qui d'autre que vous pouvait décider de la sécurité sur vos chantiers ?",
      cue="a demandé", spk=P(("la présidente", 2), "Hélène Marchetti", "female")),
    I("la responsabilité incombe au sous-traitant chargé du montage de l'échafaudage, qui n'a jamais transmis de plan de montage à son client",
      cue=("Selon lui", 1, "Selon"), spk=P(("Selon lui", 1, "lui"), "Paul-Henri Dutertre", "male")),
    D("On cherche un coupable idéal parce qu'il est le patron. Mais le droit pénal ne juge pas des symboles, il juge des fautes",
      cue="a-t-il estimé", spk=P(("a-t-il estimé", 1, "il"), "Paul-Henri Dutertre", "male")),
    I("le gérant de la société sous-traitante, placée en liquidation, sera jugé séparément à l'automne",
      cue="D'après", spk=N("une source judiciaire")),
])

# ---------------------------------------------------------------------------
# 4. Football coach's press conference
article("d-conference-brest", [
    "Le Stade brestois abordera dimanche son déplacement à Marseille sans son capitaine, Romain Le Bihan, touché à une cuisse lors du dernier entraînement de la semaine. « Romain ne sera pas du voyage. Il souffre d'une petite lésion et on ne prendra aucun risque avec lui », a annoncé vendredi l'entraîneur, Laurent Guyomarc'h, en conférence de presse.",
    "Le technicien breton, dont l'équipe reste sur deux défaites consécutives en Ligue 1, a refusé de parler de crise. « On a perdu deux matches, on n'a pas perdu notre identité. Le groupe vit bien, les joueurs travaillent, je ne vois aucune raison de tout remettre en question », a-t-il insisté. Le coach a également indiqué que Romain Le Bihan devrait être de retour pour la réception de Nice, dans deux semaines.",
    "Interrogé sur l'arbitrage du match perdu contre Lille (1-2), marqué par un penalty refusé aux Brestois dans le temps additionnel, l'entraîneur a préféré botter en touche : « Je ne vais pas m'exprimer là-dessus, sinon je vais prendre trois matches de suspension. »",
    "Face à l'OM, Brest devra également se passer de l'attaquant Ibrahima Camara, suspendu après son expulsion contre Lille. Le jeune milieu Théo Kerbrat, 19 ans, formé au club, pourrait en revanche connaître sa première titularisation en championnat. « Il a une maturité étonnante pour son âge. Il n'a peur de rien, ni de l'enjeu ni des adversaires », a salué son entraîneur.",
    "L'attaquant, lui, s'est excusé sur les réseaux sociaux pour son carton rouge, écrivant qu'il avait « laissé tomber l'équipe dans un moment important » et promettant de « revenir plus fort ».",
    "Présent aux côtés de son coach, le défenseur Yanis Haddad a assuré que le vestiaire restait « soudé derrière le staff ». « À Marseille, il faudra souffrir ensemble, courir les uns pour les autres. Le Vélodrome, c'est une ambiance unique, mais on n'a pas le droit d'avoir peur », a expliqué le défenseur de 27 ans, arrivé l'été dernier en provenance de Lorient.",
    "Selon le club, la rencontre se jouera à guichets fermés, avec près de 2 000 supporters brestois attendus dans le parcage visiteurs. Pour Laurent Guyomarc'h, le match de dimanche « ne sera pas un tournant de la saison, juste un match de plus dans une longue série ».",
    "Brest, quatrième la saison passée, pointe actuellement à la neuvième place du classement. Coup d'envoi dimanche à 20 h 45, un match à suivre en direct sur DAZN et à revoir le soir même dans l'émission « L'Équipe du soir ».",
], [
    D("Romain ne sera pas du voyage. Il souffre d'une petite lésion et on ne prendra aucun risque avec lui",
      cue="a annoncé", spk=P(("Laurent Guyomarc'h", 1), "Laurent Guyomarc'h", "male")),
    D("On a perdu deux matches, on n'a pas perdu notre identité. Le groupe vit bien, les joueurs travaillent, je ne vois aucune raison de tout remettre en question",
      cue="a-t-il insisté", spk=P(("a-t-il insisté", 1, "il"), "Laurent Guyomarc'h", "male")),
    I("Romain Le Bihan devrait être de retour pour la réception de Nice, dans deux semaines",
      cue="a également indiqué", spk=P("Le coach", "Laurent Guyomarc'h", "male")),
    D("Je ne vais pas m'exprimer là-dessus, sinon je vais prendre trois matches de suspension.",
      cue=None, spk=P(("l'entraîneur", 2), "Laurent Guyomarc'h", "male")),
    D("Il a une maturité étonnante pour son âge. Il n'a peur de rien, ni de l'enjeu ni des adversaires",
      cue="a salué", spk=P("son entraîneur", "Laurent Guyomarc'h", "male")),
    D("laissé tomber l'équipe dans un moment important", cue="écrivant",
      spk=P("L'attaquant", "Ibrahima Camara", "male")),
    D("revenir plus fort", cue="promettant", spk=P("L'attaquant", "Ibrahima Camara", "male"), opt=True),
    D("soudé derrière le staff", cue="a assuré", spk=P("Yanis Haddad", "Yanis Haddad", "male")),
    D("À Marseille, il faudra souffrir ensemble, courir les uns pour les autres. Le Vélodrome, c'est une ambiance unique, mais on n'a pas le droit d'avoir peur",
      cue="a expliqué", spk=P("le défenseur de 27 ans", "Yanis Haddad", "male")),
    I("la rencontre se jouera à guichets fermés, avec près de 2 000 supporters brestois attendus dans le parcage visiteurs",
      cue="Selon", spk=O("le club", "Stade brestois")),
    D("ne sera pas un tournant de la saison, juste un match de plus dans une longue série",
      cue=("Pour Laurent", 1, "Pour"), spk=P(("Laurent Guyomarc'h", 2), "Laurent Guyomarc'h", "male")),
], typo=True)

# ---------------------------------------------------------------------------
# 5. Job cuts announced by a company, a union's reaction
article("d-forgeval-emplois", [
    "CHARLEVILLE-MÉZIÈRES, 23 janvier 2024 (AFP) - L'équipementier automobile Forgeval a annoncé mardi la suppression de 420 postes en France et la fermeture de son usine de Nouzonville (Ardennes), qui emploie 260 salariés, invoquant l'effondrement des commandes de pièces pour moteurs thermiques.",
    "« Cette décision, difficile mais nécessaire, vise à assurer la pérennité du groupe face à une transformation sans précédent du marché automobile », a indiqué le groupe dans un communiqué. L'entreprise assure qu'elle proposera « à chaque salarié concerné une solution de reclassement, en interne ou à l'extérieur » et qu'un plan de sauvegarde de l'emploi sera présenté aux représentants du personnel le 6 février.",
    "Les volumes de pièces pour moteurs diesel ont chuté de 40 % en trois ans, souligne le communiqué, qui évoque « une surcapacité structurelle » des sites européens du groupe. Les 160 autres suppressions de postes concerneront les fonctions support du siège, à Lyon, et le site de Montbéliard (Doubs).",
    "La nouvelle a été accueillie avec colère à Nouzonville, où une centaine de salariés se sont rassemblés devant les grilles dès la mi-journée. « On l'a appris par la presse. Certains d'entre nous ont trente ans de maison, et on nous jette comme des kleenex », a réagi Sandrine Lefèvre, déléguée CGT, entrée à l'usine en 1996.",
    "Pour le syndicat, la direction « organise la désindustrialisation des Ardennes » en transférant la production vers son usine roumaine de Pitesti, ouverte en 2019. « Le groupe a touché 12 millions d'euros d'aides publiques depuis 2020. Nous demandons qu'il les rembourse jusqu'au dernier centime », a ajouté Sandrine Lefèvre. L'intersyndicale appelle à une journée « usine morte » jeudi et à un rassemblement devant la préfecture.",
    "Le ministre délégué à l'Industrie, Bastien Carrel, a dit avoir demandé à la direction de Forgeval de « tout mettre en œuvre pour trouver un repreneur au site de Nouzonville ». Selon une source syndicale, un fonds d'investissement belge aurait manifesté son intérêt pour l'usine à l'automne, sans donner suite.",
    "Le maire de Nouzonville, Alain Gobert, estime que la fermeture serait « une catastrophe pour toute la vallée de la Meuse », déjà durement frappée par la disparition de la métallurgie. Il a indiqué avoir sollicité un rendez-vous avec le PDG du groupe, l'Allemand Markus Brandt.",
    "Forgeval, qui emploie 9 000 personnes dans le monde, a réalisé un chiffre d'affaires de 1,8 milliard d'euros en 2023, en recul de 7 %.",
], [
    D("Cette décision, difficile mais nécessaire, vise à assurer la pérennité du groupe face à une transformation sans précédent du marché automobile",
      cue=("a indiqué", 1), spk=O("le groupe", "Forgeval")),
    D("à chaque salarié concerné une solution de reclassement, en interne ou à l'extérieur",
      cue=("L'entreprise assure", 1, "assure"), spk=O("L'entreprise", "Forgeval")),
    I("un plan de sauvegarde de l'emploi sera présenté aux représentants du personnel le 6 février",
      cue=("L'entreprise assure", 1, "assure"), spk=O("L'entreprise", "Forgeval")),
    I("Les volumes de pièces pour moteurs diesel ont chuté de 40 % en trois ans",
      cue="souligne", spk=O("le communiqué", "Forgeval")),
    D("une surcapacité structurelle", cue="évoque", spk=O("le communiqué", "Forgeval"), opt=True),
    D("On l'a appris par la presse. Certains d'entre nous ont trente ans de maison, et on nous jette comme des kleenex",
      cue="a réagi", spk=P(("Sandrine Lefèvre", 1), "Sandrine Lefèvre", "female")),
    D("organise la désindustrialisation des Ardennes", cue=("Pour le syndicat", 1, "Pour"),
      spk=O("le syndicat", "CGT")),
    D("Le groupe a touché 12 millions d'euros d'aides publiques depuis 2020. Nous demandons qu'il les rembourse jusqu'au dernier centime",
      cue="a ajouté", spk=P(("Sandrine Lefèvre", 2), "Sandrine Lefèvre", "female")),
    D("tout mettre en œuvre pour trouver un repreneur au site de Nouzonville", cue="a dit",
      spk=P("Bastien Carrel", "Bastien Carrel", "male")),
    I("un fonds d'investissement belge aurait manifesté son intérêt pour l'usine à l'automne, sans donner suite",
      cue="Selon", spk=N("une source syndicale")),
    D("une catastrophe pour toute la vallée de la Meuse", cue="estime",
      spk=P("Alain Gobert", "Alain Gobert", "male")),
    I("avoir sollicité un rendez-vous avec le PDG du groupe, l'Allemand Markus Brandt",
      cue=("a indiqué", 2), spk=P(("Il a indiqué", 1, "Il"), "Alain Gobert", "male")),
])

# ---------------------------------------------------------------------------
# 6. A minister's radio interview
article("d-ministre-taxe-lapin", [
    "La ministre déléguée chargée de la Santé, Claire Dumoulin, a confirmé dimanche sur France Inter l'instauration, à partir du 1er janvier, de la « taxe lapin », une pénalité de 5 euros pour les patients qui ne se présentent pas à un rendez-vous médical sans avoir prévenu.",
    "« Vingt-sept millions de rendez-vous sont perdus chaque année en France. C'est du temps médical gâché, alors que six millions de Français n'ont pas de médecin traitant », a-t-elle fait valoir. La ministre a précisé que la pénalité ne s'appliquerait qu'aux patients ayant laissé une empreinte bancaire lors de la prise de rendez-vous en ligne.",
    "« Il ne s'agit pas de punir les Français, mais de les responsabiliser. Le médecin restera libre de ne pas appliquer la pénalité s'il estime que l'absence est justifiée », a-t-elle ajouté.",
    "Interrogée sur les critiques des associations de patients, elle a répondu : « Quand j'entends certains dire “c'est une taxe sur les pauvres”, je leur réponds que ce sont d'abord les plus modestes qui souffrent des déserts médicaux. »",
    "France Assos Santé, qui fédère une centaine d'associations, a dénoncé dans un communiqué une mesure « injuste et inefficace ». Selon l'association, la pénalité « frappera d'abord les patients âgés, isolés ou atteints de troubles cognitifs, qui oublient leurs rendez-vous sans le vouloir ».",
    "Du côté des médecins, le président du syndicat MG France, le docteur Julien Morvan, juge que la taxe « ne règle rien » et plaide pour « des moyens supplémentaires pour les secrétariats médicaux ». L'économiste de la santé Brigitte Leroux estime pour sa part que le rendement de la mesure sera marginal, de l'ordre de quelques dizaines de millions d'euros par an.",
    "D'après la ministre, le dispositif pourrait être étendu aux rendez-vous de kinésithérapie et de radiologie d'ici à la fin de l'année 2025. Un décret doit être publié dans les prochaines semaines.",
    "Sur un autre sujet, Claire Dumoulin a affirmé que le gouvernement ne reviendrait pas sur le doublement des franchises médicales, jugeant qu'il s'agissait d'un « effort raisonnable demandé à chacun ». Les oppositions de gauche ont annoncé qu'elles déposeraient une proposition de loi pour l'annuler.",
], [
    D("Vingt-sept millions de rendez-vous sont perdus chaque année en France. C'est du temps médical gâché, alors que six millions de Français n'ont pas de médecin traitant",
      cue="a-t-elle fait valoir", spk=P(("a-t-elle fait valoir", 1, "elle"), "Claire Dumoulin", "female")),
    I("la pénalité ne s'appliquerait qu'aux patients ayant laissé une empreinte bancaire lors de la prise de rendez-vous en ligne",
      cue="a précisé", spk=P(("La ministre", 2), "Claire Dumoulin", "female")),
    D("Il ne s'agit pas de punir les Français, mais de les responsabiliser. Le médecin restera libre de ne pas appliquer la pénalité s'il estime que l'absence est justifiée",
      cue="a-t-elle ajouté", spk=P(("a-t-elle ajouté", 1, "elle"), "Claire Dumoulin", "female")),
    D("Quand j'entends certains dire “c'est une taxe sur les pauvres”, je leur réponds que ce sont d'abord les plus modestes qui souffrent des déserts médicaux.",
      cue="a répondu", spk=P(("elle a répondu", 1, "elle"), "Claire Dumoulin", "female")),
    D("c'est une taxe sur les pauvres", cue=("certains dire", 1, "dire"), spk=N(("certains dire", 1, "certains")),
      opt=True, flags=["nested"]),
    D("injuste et inefficace", cue="a dénoncé", spk=O("France Assos Santé", "France Assos Santé"), opt=True),
    D("frappera d'abord les patients âgés, isolés ou atteints de troubles cognitifs, qui oublient leurs rendez-vous sans le vouloir",
      cue="Selon", spk=O("l'association", "France Assos Santé")),
    D("ne règle rien", cue="juge", spk=P("Julien Morvan", "Julien Morvan", "male")),
    D("des moyens supplémentaires pour les secrétariats médicaux", cue="plaide",
      spk=P("Julien Morvan", "Julien Morvan", "male")),
    I("le rendement de la mesure sera marginal, de l'ordre de quelques dizaines de millions d'euros par an",
      cue=("estime", 2), spk=P("Brigitte Leroux", "Brigitte Leroux", "female")),
    I("le dispositif pourrait être étendu aux rendez-vous de kinésithérapie et de radiologie d'ici à la fin de l'année 2025",
      cue="D'après", spk=P("la ministre", "Claire Dumoulin", "female")),
    I("le gouvernement ne reviendrait pas sur le doublement des franchises médicales",
      cue="a affirmé", spk=P(("Claire Dumoulin", 2), "Claire Dumoulin", "female")),
    D("effort raisonnable demandé à chacun", cue="jugeant",
      spk=P(("Claire Dumoulin", 2), "Claire Dumoulin", "female")),
    I("elles déposeraient une proposition de loi pour l'annuler", cue="ont annoncé",
      spk=N("Les oppositions de gauche")),
], typo=True)

# ---------------------------------------------------------------------------
# 7. Health alert: counterfeit pens
article("d-alerte-faux-stylos", [
    "L'ANSM, le gendarme du médicament, a lancé mercredi une alerte après l'hospitalisation de quatre personnes ayant utilisé de faux stylos d'Ozempic achetés sur internet. Cet antidiabétique injectable est de plus en plus détourné pour perdre du poids.",
    "« Ces produits, vendus sur des sites non autorisés ou via les réseaux sociaux, ne contiennent pas de sémaglutide mais de l'insuline, qui peut provoquer des hypoglycémies sévères, voire mortelles », a averti l'agence dans un communiqué.",
    "Les quatre patients, âgés de 28 à 51 ans, ont été pris en charge à Toulouse, Bordeaux et Lille pour des malaises, des convulsions et, dans un cas, un coma. Selon l'ANSM, aucun n'est plus aujourd'hui en danger.",
    "« On a reçu une jeune femme en hypoglycémie profonde, inconsciente, avec une glycémie à 0,2 gramme par litre. Sans une prise en charge rapide, elle aurait pu mourir », raconte le Dr Nadia Benali, médecin urgentiste au CHU de Toulouse. « Elle nous a expliqué avoir commandé le stylo pour 90 euros sur un site qui ressemblait en tout point à celui d'une pharmacie », précise-t-elle. « Rien, sur l'emballage, ne permettait de voir que c'était un faux. »",
    "L'agence rappelle que les médicaments à base de sémaglutide ne peuvent être délivrés que sur ordonnance, en pharmacie, et que leur vente en ligne est interdite en France. Elle recommande aux personnes qui auraient acheté ces produits de « ne surtout pas les utiliser » et de les rapporter à leur pharmacien.",
    "Le phénomène inquiète les autorités sanitaires depuis que le sémaglutide est devenu viral sur TikTok, où le mot-clé « Ozempic challenge » cumule des millions de vues.",
    "Pour le professeur Antoine Rigal, endocrinologue à l'hôpital de la Pitié-Salpêtrière, à Paris, ces contrefaçons sont « la conséquence directe d'une pénurie aggravée par la mode des médicaments amaigrissants ». « Les patients diabétiques, qui en ont réellement besoin, peinent à se procurer leur traitement, pendant que des personnes sans indication médicale cherchent à l'obtenir à tout prix », déplore-t-il.",
    "L'ANSM a indiqué avoir saisi la justice et signalé une trentaine de sites à la plateforme Pharos. D'après les enquêteurs de l'Oclaesp, l'office de gendarmerie chargé des atteintes à la santé publique, les stylos seraient fabriqués en Asie et expédiés depuis des entrepôts situés en Europe de l'Est.",
], [
    D("Ces produits, vendus sur des sites non autorisés ou via les réseaux sociaux, ne contiennent pas de sémaglutide mais de l'insuline, qui peut provoquer des hypoglycémies sévères, voire mortelles",
      cue="a averti", spk=O("l'agence", "ANSM")),
    I("aucun n'est plus aujourd'hui en danger", cue="Selon", spk=O(("ANSM", 2), "ANSM")),
    D("On a reçu une jeune femme en hypoglycémie profonde, inconsciente, avec une glycémie à 0,2 gramme par litre. Sans une prise en charge rapide, elle aurait pu mourir",
      cue="raconte", spk=P("Nadia Benali", "Nadia Benali", "female")),
    D("Elle nous a expliqué avoir commandé le stylo pour 90 euros sur un site qui ressemblait en tout point à celui d'une pharmacie",
      cue="précise-t-elle", spk=P(("précise-t-elle", 1, "elle"), "Nadia Benali", "female")),
    I("avoir commandé le stylo pour 90 euros sur un site qui ressemblait en tout point à celui d'une pharmacie",
      cue=("Elle nous a expliqué", 1, "a expliqué"), spk=N(("Elle nous a expliqué", 1, "Elle"), "female"),
      opt=True, flags=["nested"]),
    D("Rien, sur l'emballage, ne permettait de voir que c'était un faux.",
      cue="précise-t-elle", spk=P(("précise-t-elle", 1, "elle"), "Nadia Benali", "female")),
    I("les médicaments à base de sémaglutide ne peuvent être délivrés que sur ordonnance, en pharmacie, et que leur vente en ligne est interdite en France",
      cue="rappelle", spk=O("L'agence", "ANSM")),
    D("ne surtout pas les utiliser", cue="recommande", spk=O(("Elle recommande", 1, "Elle"), "ANSM"), opt=True),
    D("la conséquence directe d'une pénurie aggravée par la mode des médicaments amaigrissants",
      cue=("Pour le professeur", 1, "Pour"), spk=P("Antoine Rigal", "Antoine Rigal", "male")),
    D("Les patients diabétiques, qui en ont réellement besoin, peinent à se procurer leur traitement, pendant que des personnes sans indication médicale cherchent à l'obtenir à tout prix",
      cue="déplore-t-il", spk=P(("déplore-t-il", 1, "il"), "Antoine Rigal", "male")),
    I("avoir saisi la justice et signalé une trentaine de sites à la plateforme Pharos",
      cue="a indiqué", spk=O(("ANSM", 3), "ANSM")),
    I("les stylos seraient fabriqués en Asie et expédiés depuis des entrepôts situés en Europe de l'Est",
      cue="D'après", spk=N("les enquêteurs de l'Oclaesp")),
])

# ---------------------------------------------------------------------------
# 8. Belgian political dispatch (no-break spaces inside the guillemets)
article("d-belgique-formation", [
    "BRUXELLES, 11 septembre 2024 (Belga) - Les négociations pour la formation d'un gouvernement fédéral ont de nouveau achoppé mardi sur la réforme fiscale, plus de trois mois après les élections du 9 juin.",
    "Le formateur, le nationaliste flamand Pieter Van den Broeck (N-VA), a remis sa démission au roi Philippe, qui l'a tenue en suspens. « Il n'y a plus de base suffisante pour poursuivre les discussions dans les conditions actuelles », a-t-il déclaré à la sortie du Palais royal, sans répondre aux questions des journalistes. Selon le Palais, le souverain entamera dès mercredi une série de consultations avec les présidents des cinq partis concernés.",
    "Au cœur du blocage figure la proposition de la N-VA de taxer davantage les plus-values sur actions, que le MR refuse catégoriquement. « Nous ne signerons jamais un accord qui alourdit la fiscalité de ceux qui épargnent et qui investissent en Belgique », a martelé le président des libéraux francophones, Maxime Delvaux, qui accuse ses partenaires flamands de « vouloir faire payer la classe moyenne ».",
    "Le président des Engagés, Yvan Lemaire, s'est dit « déçu mais pas découragé ». « La Belgique a connu des crises bien plus graves. Il faut que chacun mette de l'eau dans son vin, et vite », a-t-il plaidé sur les ondes de la RTBF.",
    "Du côté flamand, le président du CD&V, Koen Verhaegen, estime que la N-VA « a placé la barre trop haut » et que le formateur aurait dû mettre un compromis sur la table dès le mois d'août. Le parti socialiste flamand Vooruit, également autour de la table, s'est refusé à tout commentaire.",
    "Dans l'opposition, la présidente du PS, Sophie Lambotte, a ironisé sur une coalition « Arizona » qui « n'existe encore que sur papier ». « Pendant qu'ils se disputent, les factures d'énergie et les loyers continuent de grimper. Les gens n'en peuvent plus », a-t-elle lancé devant la presse au Parlement.",
    "La Belgique détient le record mondial de la plus longue période sans gouvernement de plein exercice, avec 541 jours de crise en 2010 et 2011. Pour le politologue Nicolas Goffin, de l'Université libre de Bruxelles, un tel scénario reste peu probable, car les partis savent que les électeurs ne pardonneraient pas une nouvelle paralysie.",
    "En attendant, le gouvernement sortant continue d'expédier les affaires courantes, alors que la Commission européenne attend toujours le projet de budget belge pour 2025.",
], [
    D("Il n'y a plus de base suffisante pour poursuivre les discussions dans les conditions actuelles",
      cue="a-t-il déclaré", spk=P(("a-t-il déclaré", 1, "il"), "Pieter Van den Broeck", "male")),
    I("le souverain entamera dès mercredi une série de consultations avec les présidents des cinq partis concernés",
      cue=("Selon le Palais", 1, "Selon"), spk=N("le Palais")),
    D("Nous ne signerons jamais un accord qui alourdit la fiscalité de ceux qui épargnent et qui investissent en Belgique",
      cue="a martelé", spk=P("Maxime Delvaux", "Maxime Delvaux", "male")),
    D("vouloir faire payer la classe moyenne", cue="accuse", spk=P("Maxime Delvaux", "Maxime Delvaux", "male")),
    D("déçu mais pas découragé", cue="s'est dit", spk=P("Yvan Lemaire", "Yvan Lemaire", "male")),
    D("La Belgique a connu des crises bien plus graves. Il faut que chacun mette de l'eau dans son vin, et vite",
      cue="a-t-il plaidé", spk=P(("a-t-il plaidé", 1, "il"), "Yvan Lemaire", "male")),
    D("a placé la barre trop haut", cue="estime", spk=P("Koen Verhaegen", "Koen Verhaegen", "male")),
    I("le formateur aurait dû mettre un compromis sur la table dès le mois d'août", cue="estime",
      spk=P("Koen Verhaegen", "Koen Verhaegen", "male")),
    D("n'existe encore que sur papier", cue="a ironisé", spk=P("Sophie Lambotte", "Sophie Lambotte", "female")),
    D("Pendant qu'ils se disputent, les factures d'énergie et les loyers continuent de grimper. Les gens n'en peuvent plus",
      cue="a-t-elle lancé", spk=P(("a-t-elle lancé", 1, "elle"), "Sophie Lambotte", "female")),
    I("un tel scénario reste peu probable, car les partis savent que les électeurs ne pardonneraient pas une nouvelle paralysie",
      cue=("Pour le politologue", 1, "Pour"), spk=P("Nicolas Goffin", "Nicolas Goffin", "male")),
], typo=True, nbsp=True)

# ---------------------------------------------------------------------------
# 9. Québec dispatch: forest fire
article("d-quebec-feu-senneterre", [
    "SENNETERRE, Québec — Quelque 3 500 résidents de Senneterre, en Abitibi, ont reçu l'ordre d'évacuer leur domicile dimanche soir, alors qu'un feu de forêt hors de contrôle progressait à moins de cinq kilomètres des premières maisons.",
    "« La situation s'est détériorée très rapidement en fin d'après-midi, avec les vents qui ont tourné. On ne voulait prendre aucune chance », a expliqué le maire de Senneterre, Réjean Tremblay, lors d'un point de presse improvisé devant l'hôtel de ville. Les évacués sont hébergés à l'aréna de Val-d'Or, à une heure de route, et dans des hôtels de la région. « Le monde est inquiet, mais calme. Les gens se sont entraidés, il y en a qui ont embarqué leurs voisins qui n'avaient pas de char », a-t-il raconté.",
    "Selon la SOPFEU, l'incendie couvrait dimanche soir plus de 12 000 hectares. « On parle d'un feu de cime, très intense, qui saute les routes et les cours d'eau. Nos équipes ne peuvent pas l'attaquer de front pour l'instant », a indiqué la porte-parole de l'organisme, Karine Gagnon. Elle a précisé que des pompiers venus du Nouveau-Brunswick et de l'Ontario arriveraient en renfort mardi, ainsi que quatre avions-citernes.",
    "Le ministre de la Sécurité publique, Mathieu Lévesque, s'est rendu sur place lundi matin. Devant les évacués, il a affirmé : « Tous les moyens de l'État sont mobilisés. Personne ne sera laissé à lui-même. » Il a assuré que les sinistrés recevraient une aide financière d'urgence dès cette semaine, sans en préciser le montant.",
    "D'après Environnement Canada, aucune précipitation significative n'est attendue dans le secteur avant jeudi, et les vents pourraient encore forcir mardi.",
    "Dans la file d'attente de l'aréna, Ginette Roy, 74 ans, tenait son chat dans une cage de transport. « Je suis partie avec mes pilules, mes papiers pis Minou. Le reste, ça se remplace », a-t-elle confié, les yeux rougis. Son fils, venu de Rouyn-Noranda, l'attendait dans le stationnement.",
    "La saison des feux 2023 avait été la pire de l'histoire du Québec, avec plus de 4,5 millions d'hectares brûlés et des milliers d'évacués, notamment à Chibougamau et à Lebel-sur-Quévillon. Plusieurs experts estiment que le réchauffement climatique rend ces épisodes plus fréquents et plus intenses dans la forêt boréale.",
], [
    D("La situation s'est détériorée très rapidement en fin d'après-midi, avec les vents qui ont tourné. On ne voulait prendre aucune chance",
      cue="a expliqué", spk=P("Réjean Tremblay", "Réjean Tremblay", "male")),
    D("Le monde est inquiet, mais calme. Les gens se sont entraidés, il y en a qui ont embarqué leurs voisins qui n'avaient pas de char",
      cue="a-t-il raconté", spk=P(("a-t-il raconté", 1, "il"), "Réjean Tremblay", "male")),
    I("l'incendie couvrait dimanche soir plus de 12 000 hectares", cue="Selon", spk=O("SOPFEU", "SOPFEU")),
    D("On parle d'un feu de cime, très intense, qui saute les routes et les cours d'eau. Nos équipes ne peuvent pas l'attaquer de front pour l'instant",
      cue="a indiqué", spk=P("Karine Gagnon", "Karine Gagnon", "female")),
    I("des pompiers venus du Nouveau-Brunswick et de l'Ontario arriveraient en renfort mardi, ainsi que quatre avions-citernes",
      cue="a précisé", spk=P(("Elle a précisé", 1, "Elle"), "Karine Gagnon", "female")),
    D("Tous les moyens de l'État sont mobilisés. Personne ne sera laissé à lui-même.",
      cue="a affirmé", spk=P(("il a affirmé", 1, "il"), "Mathieu Lévesque", "male")),
    I("les sinistrés recevraient une aide financière d'urgence dès cette semaine",
      cue="a assuré", spk=P(("Il a assuré", 1, "Il"), "Mathieu Lévesque", "male")),
    I("aucune précipitation significative n'est attendue dans le secteur avant jeudi, et les vents pourraient encore forcir mardi",
      cue="D'après", spk=O("Environnement Canada", "Environnement Canada")),
    D("Je suis partie avec mes pilules, mes papiers pis Minou. Le reste, ça se remplace",
      cue="a-t-elle confié", spk=P(("a-t-elle confié", 1, "elle"), "Ginette Roy", "female")),
    I("le réchauffement climatique rend ces épisodes plus fréquents et plus intenses dans la forêt boréale",
      cue="estiment", spk=N("Plusieurs experts")),
])

# ---------------------------------------------------------------------------
# 10. Scientific discovery (English marks)
article("d-exoplanete-vapeur-eau", [
    "Une équipe internationale d'astronomes a détecté pour la première fois de la vapeur d'eau dans l'atmosphère d'une exoplanète rocheuse de taille comparable à la Terre, grâce au télescope spatial James-Webb. Les résultats ont été publiés mercredi dans la revue “Nature”.",
    "“C'est un moment que nous attendions depuis vingt ans”, a déclaré à l'AFP l'astrophysicienne Léa Marchal, chercheuse au CNRS à l'Institut d'astrophysique de Paris et co-autrice principale de l'étude.",
    "La planète, baptisée TOI-1827 c, orbite autour d'une naine rouge située à 48 années-lumière de la Terre. Elle se trouve dans la zone dite “habitable” de son étoile, où l'eau pourrait exister à l'état liquide en surface.",
    "“Les signatures spectrales sont sans ambiguïté. Nous voyons de l'eau, et nous voyons aussi du dioxyde de carbone”, explique-t-elle. “Mais il faut rester prudents : cela ne veut absolument pas dire qu'il y a de la vie.”",
    "Pour son collègue américain David Okafor, de l'université Johns Hopkins, cette découverte “change la manière dont nous allons chercher des mondes habitables dans la prochaine décennie”. Le chercheur a précisé que l'équipe avait dû observer la planète pendant quatorze transits devant son étoile, soit près de 200 heures de temps de télescope.",
    "Selon les auteurs, l'atmosphère détectée pourrait être le résidu d'un océan primitif, en partie évaporé sous l'effet du rayonnement intense de l'étoile.",
    "Lancé fin 2021, le James-Webb analyse l'atmosphère des exoplanètes en décomposant la lumière de leur étoile qui la traverse lorsqu'elles passent devant elle, une technique dite de “spectroscopie de transmission”. Jusqu'ici, seules des géantes gazeuses et quelques mini-Neptune avaient livré des signatures d'eau aussi nettes, les planètes rocheuses étant trop petites pour que leur atmosphère, très fine, soit observée.",
    "Tous les spécialistes ne partagent pas cet enthousiasme. L'astronome Martin Keller, de l'université de Genève, qui n'a pas participé aux travaux, juge le résultat “solide” mais appelle à “des observations indépendantes avant de parler d'un monde océan”. “Les naines rouges sont des étoiles très actives, qui peuvent produire des signaux trompeurs. Je serais plus rassuré si une autre équipe, avec un autre instrument, arrivait à la même conclusion”, a-t-il souligné.",
    "L'Agence spatiale européenne, partenaire du télescope, a salué dans un communiqué “une avancée majeure pour la science européenne”. D'après Léa Marchal, de nouvelles observations sont déjà programmées pour 2025 afin de rechercher d'éventuelles traces d'oxygène ou de méthane.",
], [
    D("C'est un moment que nous attendions depuis vingt ans", cue="a déclaré",
      spk=P(("Léa Marchal", 1), "Léa Marchal", "female")),
    D("Les signatures spectrales sont sans ambiguïté. Nous voyons de l'eau, et nous voyons aussi du dioxyde de carbone",
      cue="explique-t-elle", spk=P(("explique-t-elle", 1, "elle"), "Léa Marchal", "female")),
    D("Mais il faut rester prudents : cela ne veut absolument pas dire qu'il y a de la vie.",
      cue="explique-t-elle", spk=P(("explique-t-elle", 1, "elle"), "Léa Marchal", "female")),
    D("change la manière dont nous allons chercher des mondes habitables dans la prochaine décennie",
      cue=("Pour son collègue", 1, "Pour"), spk=P("David Okafor", "David Okafor", "male")),
    I("l'équipe avait dû observer la planète pendant quatorze transits devant son étoile, soit près de 200 heures de temps de télescope",
      cue="a précisé", spk=P("Le chercheur", "David Okafor", "male")),
    I("l'atmosphère détectée pourrait être le résidu d'un océan primitif, en partie évaporé sous l'effet du rayonnement intense de l'étoile",
      cue="Selon", spk=N("les auteurs")),
    D("solide", cue="juge", spk=P("Martin Keller", "Martin Keller", "male"), opt=True),
    D("des observations indépendantes avant de parler d'un monde océan", cue="appelle",
      spk=P("Martin Keller", "Martin Keller", "male")),
    D("Les naines rouges sont des étoiles très actives, qui peuvent produire des signaux trompeurs. Je serais plus rassuré si une autre équipe, avec un autre instrument, arrivait à la même conclusion",
      cue="a-t-il souligné", spk=P(("a-t-il souligné", 1, "il"), "Martin Keller", "male")),
    D("une avancée majeure pour la science européenne", cue="a salué",
      spk=O("Agence spatiale européenne", "Agence spatiale européenne")),
    I("de nouvelles observations sont déjà programmées pour 2025 afin de rechercher d'éventuelles traces d'oxygène ou de méthane",
      cue="D'après", spk=P(("Léa Marchal", 2), "Léa Marchal", "female")),
], typo=True)

# ---------------------------------------------------------------------------
# 11. Climate march, police and activists
article("d-marche-climat-paris", [
    "PARIS, 2 juin 2024 (AFP) - Plusieurs milliers de personnes ont défilé samedi à Paris pour dénoncer l'inaction climatique du gouvernement, à l'appel d'une trentaine d'organisations, dont Greenpeace, Attac et Extinction Rebellion. Parti de la place de la Bastille derrière une banderole « Pas de planète B », le cortège a dégénéré en fin de journée près de la place de la République.",
    "Les organisateurs ont revendiqué 25 000 participants, la préfecture de police 8 200. « Chaque été bat un nouveau record de chaleur, et le gouvernement continue de signer des chèques aux industriels du fossile », a lancé au micro Inès Carvalho, porte-parole d'Extinction Rebellion, juchée sur un camion-sono.",
    "Lucas Ferrand, 22 ans, étudiant en géographie à Nanterre, est venu avec une pancarte « Le climat avant le CAC 40 ». « Mes parents me disent que ça ne sert à rien de manifester. Mais si on ne fait rien, qui le fera ? », interroge-t-il.",
    "Vers 18 heures, quelques centaines de personnes vêtues de noir ont pris la tête du cortège et brisé les vitrines d'une agence bancaire et d'un concessionnaire automobile. Les forces de l'ordre ont répliqué par des tirs de gaz lacrymogène et fait usage d'un canon à eau.",
    "« Des individus violents se sont mêlés à la manifestation dans le seul but de casser et d'en découdre avec les policiers », a affirmé un porte-parole de la préfecture de police, qui fait état de 37 interpellations. Selon une source policière, quatre fonctionnaires ont été légèrement blessés.",
    "Le ministre de l'Intérieur, Bruno Caradec, a dénoncé sur X des « scènes de chaos inacceptables » et salué « le sang-froid et le professionnalisme des forces de l'ordre ».",
    "Les organisateurs ont de leur côté accusé la police d'avoir « nassé » des manifestants pacifiques pendant plus de deux heures. « Des familles, des enfants, des personnes âgées se sont retrouvés coincés au milieu des gaz. C'est indigne d'une démocratie », a dénoncé Jean-Baptiste Noval, d'Attac. Il a annoncé que l'association saisirait la Défenseure des droits.",
    "D'après les enquêteurs, plusieurs des personnes interpellées étaient déjà connues des services pour des faits similaires. Greenpeace, qui appelle à une nouvelle journée de mobilisation le 5 octobre, estime que ce succès « montre une colère profonde qui ne retombera pas ».",
], [
    D("Chaque été bat un nouveau record de chaleur, et le gouvernement continue de signer des chèques aux industriels du fossile",
      cue="a lancé", spk=P("Inès Carvalho", "Inès Carvalho", "female")),
    D("Mes parents me disent que ça ne sert à rien de manifester. Mais si on ne fait rien, qui le fera ?",
      cue="interroge-t-il", spk=P(("interroge-t-il", 1, "il"), "Lucas Ferrand", "male")),
    D("Des individus violents se sont mêlés à la manifestation dans le seul but de casser et d'en découdre avec les policiers",
      cue="a affirmé", spk=N("un porte-parole de la préfecture de police")),
    I("quatre fonctionnaires ont été légèrement blessés", cue="Selon", spk=N("une source policière")),
    D("scènes de chaos inacceptables", cue=("a dénoncé", 1), spk=P("Bruno Caradec", "Bruno Caradec", "male")),
    D("le sang-froid et le professionnalisme des forces de l'ordre", cue="salué",
      spk=P("Bruno Caradec", "Bruno Caradec", "male")),
    D("nassé", cue="ont de leur côté accusé", spk=N(("Les organisateurs", 2)), opt=True),
    D("Des familles, des enfants, des personnes âgées se sont retrouvés coincés au milieu des gaz. C'est indigne d'une démocratie",
      cue=("a dénoncé", 2), spk=P("Jean-Baptiste Noval", "Jean-Baptiste Noval", "male")),
    I("l'association saisirait la Défenseure des droits", cue="a annoncé",
      spk=P(("Il a annoncé", 1, "Il"), "Jean-Baptiste Noval", "male")),
    I("plusieurs des personnes interpellées étaient déjà connues des services pour des faits similaires",
      cue="D'après", spk=N("les enquêteurs")),
    D("montre une colère profonde qui ne retombera pas", cue="estime", spk=O(("Greenpeace", 2), "Greenpeace")),
])

# ---------------------------------------------------------------------------
# 12. Written interview, dialogue dashes
_A = [
    "Parce que la nuit, dans ces établissements, tout est à nu. Il y a moins de personnel, moins de visites, moins de bruit. Ce qui reste, c'est la solitude des résidents et celle des soignantes. Ma mère a été aide-soignante pendant trente ans, elle faisait des nuits. Quand j'étais petite, je ne comprenais pas pourquoi elle rentrait si épuisée à 7 heures du matin. Ce film, c'est un peu ma façon de le comprendre enfin.",
    "Oui, à Locarno. Elle a pleuré pendant tout le générique. Après, elle m'a dit : « Tu as oublié l'odeur. » J'ai trouvé que c'était la plus belle critique qu'on pouvait me faire, parce qu'elle avait raison : il y a des choses que le cinéma ne sait pas montrer.",
    "Je ne voulais pas de comédiens grimés en vieillards. Les résidents qui ont accepté de jouer apportent une vérité qu'aucun acteur ne peut imiter. Le tournage a duré trois semaines, uniquement la nuit, et nous avons tout organisé avec la direction et les familles pour ne jamais perturber les soins. Certains résidents venaient voir les rushes le lendemain, ils adoraient ça.",
    "Je ne cherche pas à faire pleurer. Il y a beaucoup d'humour dans le film, de la tendresse, des fous rires à 3 heures du matin. Mais je refuse de faire semblant. Le cinéma doit rester un endroit où l'on doute, où l'on regarde ce que la société préfère ne pas voir. Si le film dérange, tant mieux.",
    "Tout film est politique, même une comédie romantique. Mais je n'ai pas voulu faire un réquisitoire. Les soignantes que j'ai rencontrées ne demandent pas qu'on les plaigne, elles demandent qu'on leur donne les moyens de bien travailler. C'est ça que j'ai voulu filmer : des femmes qui tiennent debout un système qui s'effondre.",
    "Une comédie, justement ! J'écris avec Sarah Meziane, l'actrice principale des « Heures blanches », l'histoire de deux sœurs qui héritent d'un camping en Ardèche. On rit beaucoup en l'écrivant, ce qui est plutôt bon signe.",
]
_Q = [
    "Pourquoi avoir choisi de filmer la nuit ?",
    "Votre mère a-t-elle vu le film ?",
    "Vous avez tourné dans un véritable établissement, avec de vrais résidents. Pourquoi ce choix ?",
    "Certains critiques ont trouvé le film trop sombre, presque misérabiliste. Que leur répondez-vous ?",
    "Le film sort quelques mois après le scandale des maltraitances dans plusieurs groupes d'Ehpad privés. Est-ce un film politique ?",
    "Quel est votre prochain projet ?",
]
_NB = P(("Nora Belkacem", 1), "Nora Belkacem", "female")
article("d-entretien-belkacem", [
    "Nora Belkacem : « Le cinéma doit rester un endroit où l'on doute »",
    "Son deuxième long-métrage, « Les Heures blanches », sort mercredi en salles après avoir remporté le prix du jury au Festival de Locarno. La réalisatrice franco-algérienne de 41 ans y suit, le temps d'un hiver, une infirmière de nuit dans un Ehpad de la banlieue lyonnaise. Rencontre.",
] + [p for q, a in zip(_Q, _A) for p in ("— " + q, "— " + a)] + [
    "« Les Heures blanches », de Nora Belkacem, avec Sarah Meziane, Michel Dauzat et Farida Ouchani. 1 h 52. En salles mercredi.",
], [
    D("Le cinéma doit rester un endroit où l'on doute", 1, cue=None, spk=_NB),
] + [
    x for q, a in zip(_Q, _A) for x in (
        D(q, cue=None, spk=None, opt=True, flags=["nomarks"]),
        D(a, cue=None, spk=_NB, flags=["nomarks", "far"]),
    )
] + [
    D("Tu as oublié l'odeur.", cue=("elle m'a dit", 1, "m'a dit"),
      spk=N(("elle m'a dit", 1, "elle"), "female"), opt=True, flags=["nested"]),
], typo=True)


# ---------------------------------------------------------------------------
OPEN = "«“"
CLOSE = "»”"
SPACES = " \u00a0\u202f"


def typo_spec(spec):
    if spec is None:
        return None
    if isinstance(spec, str):
        return spec.replace("'", "\u2019")
    return tuple(typo_spec(x) if isinstance(x, str) else x for x in spec)


def build(art):
    text = "\n\n".join(art["paras"])
    tr = (lambda s: s.replace("'", "\u2019")) if art["typo"] else (lambda s: s)
    text = tr(text)
    if art["nbsp"]:
        text = text.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    if art["typo"] and "'" in text:
        die(f"{art['id']}: ASCII apostrophe left")
    out = []
    for q in art["quotes"]:
        tspec = typo_spec if art["typo"] else (lambda s: s)
        surface = tr(q["surface"])
        qs, qe = find(text, surface, q["n"])
        where = f"{art['id']}: {surface[:40]!r}"
        if surface != surface.strip():
            die(where + ": quote span has outer spaces")
        # marks around direct quotes, none inside indirect ones
        if q["kind"] == "direct" and "nomarks" not in q["flags"]:
            i = qs - 1
            while i >= 0 and text[i] in SPACES:
                i -= 1
            if i < 0 or text[i] not in OPEN:
                die(where + ": no opening mark before")
            j = qe
            while j < len(text) and text[j] in SPACES:
                j += 1
            if "open" in q["flags"]:
                if not text.startswith("\n\n", j):
                    die(where + ": open quote does not end its paragraph")
            elif j >= len(text) or text[j] not in CLOSE:
                die(where + ": no closing mark after")
        if q["kind"] == "indirect" and any(c in surface for c in OPEN + CLOSE):
            die(where + ": marks inside an indirect quote")
        rec = dict(text=surface, start=qs, end=qe, kind=q["kind"])
        def bounded(s, e, what):
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                die(where + f": {what} {text[s:e]!r} cut inside a word")
        if q["kind"] == "indirect":
            bounded(qs, qe, "quote")
        if q["cue"] is None:
            rec["cue"] = None
        else:
            cs, ce = loc(text, tspec(q["cue"]))
            bounded(cs, ce, "cue")
            rec["cue"] = dict(text=text[cs:ce], start=cs, end=ce)
            if "far" not in q["flags"] and min(abs(cs - qe), abs(qs - ce)) > 300:
                die(where + f": cue {text[cs:ce]!r} far from the quote")
        if q["spk"] is None:
            rec["speaker"] = None
        else:
            spec, canonical, label, gender = q["spk"]
            ss, se = loc(text, tspec(spec))
            bounded(ss, se, "speaker")
            sp = dict(text=text[ss:se], start=ss, end=se,
                      canonical=tr(canonical) if canonical else None, label=label)
            if gender:
                sp["gender"] = gender
            if canonical and label == "PER" and " " in canonical and tr(canonical) not in text:
                die(where + f": canonical {canonical!r} not in text")
            if "far" not in q["flags"] and min(abs(ss - qe), abs(qs - se)) > 300:
                die(where + f": speaker {text[ss:se]!r} far from the quote")
            rec["speaker"] = sp
        if q["opt"]:
            rec["optional"] = True
        out.append(rec)
    # spans must not overlap, but for nested quotes
    spans = sorted((r["start"], r["end"], r["text"][:30]) for r in out)
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            inner = [r for r in out if (r["start"], r["end"]) == (b[0], b[1])][0]
            if inner["start"] >= a[0] and inner["end"] <= a[1] and inner.get("optional"):
                continue
            die(f"{art['id']}: overlapping quotes {a[2]!r} / {b[2]!r}")
    out.sort(key=lambda r: (r["start"], r["end"]))
    return dict(id=art["id"], text=text, quotes=out)


def main():
    ids = set()
    for art in ARTICLES:
        if art["id"] in ids:
            die(f"duplicate id {art['id']}")
        ids.add(art["id"])
        print(json.dumps(build(art), ensure_ascii=False))


if __name__ == "__main__":
    main()
