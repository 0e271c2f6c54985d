"""The three articles of the forty-first blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind41`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (J4: before '%' and ':' and inside the guillemets)
NN = "\u202f"    # narrow no-break space (K4: before '%', inside the guillemets, thousands separator)
AP = "\u2019"    # typographic apostrophe (every apostrophe of K4)
PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"


def define(B):
    define_j4(B)
    define_k4(B)
    define_l4(B)


def _typo(x):
    if isinstance(x, str):
        return x.replace("'", AP)
    if isinstance(x, tuple):
        return tuple(_typo(v) for v in x)
    if isinstance(x, list):
        return [_typo(v) for v in x]
    if isinstance(x, dict):
        return {k: (v if k == "note" else _typo(v)) for k, v in x.items()}
    return x


# ---------------------------------------------------------------- J4: Geneva private bank, half-year results, new chair, disposal of a Monaco subsidiary (Swiss daily)
def define_j4(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    O, C = "«" + NB, NB + "»"
    BR, CG, BA, LAP, KE, SV, BCV, SIX, VT, ASEB = (
        "Banque Rochaix", "Caravelle Gestion", "Banque de l'Alzette", "Limmat Asset Partners", "Kestra",
        "Swisscom Ventures", "Banque Cantonale Vaudoise", "SIX Swiss Exchange", "Vontobel",
        "Association suisse des employés de banque")
    SF, LM, ACB, PYD, NK, DPy = ("Sébastien Favre", "Laurent Mercier", "Anne-Catherine Berset", "Pierre-Yves Dufaux",
                                 "Nadia Keller", "Denise Python")
    BNS = "Banque nationale suisse"
    text = (
        f"Banque Rochaix{NB}: un semestre record et une nouvelle présidente\n"
        f"Par {SF}, Genève\n"
        "Mercredi 31 juillet 2041\n\n"
        f"La banque privée genevoise {BR} a publié mardi des résultats semestriels au-delà des attentes. Au premier "
        f"semestre, son bénéfice net a bondi de 14,6{NB}% à 212 millions de francs, et ses revenus ont progressé de "
        f"6{NB}% à 1,08 milliard de francs. Le ratio de fonds propres CET1 s'établit à 21,3{NB}%, bien au-delà des "
        f"exigences de la FINMA. {O}Nos clients sont revenus vers la gestion discrétionnaire. Le résultat "
        f"dépasse nos propres prévisions{C}, a déclaré le directeur général, {LM}, devant la presse. {O}Nous ne "
        f"relâcherons pas nos efforts sur les coûts{C}, a-t-il ajouté.\n\n"
        f"Le conseil d'administration a choisi sa future présidente{NB}: {ACB}, 58 ans, ancienne vice-présidente de la "
        f"{BNS} (BNS), succédera le 1er janvier à {PYD}, président depuis 2029. Juriste de formation, elle a siégé douze ans "
        f"au directoire de la BNS. Ce dernier a salué {O}un choix de "
        f"continuité et d'ouverture{C}. La future présidente a indiqué vouloir {O}accélérer la croissance en Asie sans "
        f"renier l'ADN genevois{C} de la maison.\n\n"
        f"Pour se recentrer sur la Suisse et l'Asie, Rochaix a signé vendredi un accord pour céder 80{NB}% de sa filiale "
        f"monégasque {CG} à la {BA}, pour 96 millions d'euros. L'opération, qui valorise {CG} à 120 millions d'euros, "
        f"doit être bouclée d'ici la fin de l'année, sous réserve du feu vert des autorités monégasques. Selon un "
        f"porte-parole, la banque conservera les 20{NB}% restants jusqu'en 2044. Rochaix étudie aussi le rachat du gérant "
        f"zurichois {LAP}, qui gère 9 milliards de dollars, selon la NZZ.\n\n"
        f"Sa fintech {KE}, qui propose du conseil en placement automatisé, a par ailleurs levé 25 millions de francs en "
        f"juin auprès de {SV} et de la {BCV}. Ce tour de table valorise {KE} à CHF 140 millions, a précisé la banque. Lancée en 2038, {KE} revendique 30'000 clients en "
        "Suisse romande.\n\n"
        f"Sur {SIX}, l'action Rochaix gagnait 3,4{NB}% mardi, à 86,50 francs. {NK}, analyste chez {VT}, juge que la "
        f"banque a enfin trouvé le bon équilibre entre croissance et rentabilité. {O}La vente de Caravelle est habile. "
        f"Le prix correspond à vingt fois les bénéfices{C}, souligne-t-elle. L'accueil est plus froid du côté du "
        f"personnel{NB}: la banque supprimera 85 postes sur 1'240 à Genève d'ici 2043. {O}On annonce des bénéfices "
        f"record et on ferme des bureaux{C}, a dénoncé la secrétaire générale de l'{ASEB} (ASEB), {DPy}.")
    a = B.article("J4-resultats-semestriels-banque-privee-geneve", "2041-07-31", text)
    for s, l, c, n, o in [(BR, ORG, None, None, False), ("Rochaix", ORG, BR, None, False), (SF, PER, None, None, False),
                          ("Genève", LOC, None, None, False), (LM, PER, None, None, False), (ACB, PER, None, None, False),
                          (BNS, ORG, None, None, False), ("BNS", ORG, BNS, None, False), (PYD, PER, None, None, False),
                          ("Suisse romande", LOC, None, None, False), ("Asie", LOC, None, None, False), ("Suisse", LOC, None, None, False), (CG, ORG, None, None, False),
                          ("Caravelle", ORG, CG, None, False), (BA, ORG, None, None, False), (LAP, ORG, None, None, False),
                          ("NZZ", ORG, None, None, False), (KE, ORG, None, None, False), (SV, ORG, None, None, False),
                          (BCV, ORG, None, None, False), ("FINMA", ORG, None, None, False), (SIX, ORG, None, None, False), (NK, PER, None, None, False),
                          (VT, ORG, None, None, False), (ASEB, ORG, None, None, False), ("ASEB", ORG, ASEB, None, False),
                          (DPy, PER, None, None, False)]:
        E(a, s, l, c, nth=n, opt=o)
    a["notes"].append("A Swiss French-language daily's web article: a headline with a no-break space before its colon, a "
                      "byline line with the city, a bare date line with the weekday ('Mercredi 31 juillet 2041'). Straight "
                      "apostrophes; no-break spaces (U+00A0) before '%', before the colons and inside the guillemets; "
                      "*new*: the Swiss apostrophe as thousands separator in a count ('1'240', not money). 'francs' are "
                      "Swiss francs (CHF), as 'CHF 140 millions' and the Geneva setting say.")
    a["notes"].append("Entities: 'Banque Rochaix' and 'Rochaix' (the bank: canonical the full name; 'l'action Rochaix' "
                      "included) ORG; 'Caravelle' inside marked words is Caravelle Gestion; 'BNS' and 'ASEB' canonical "
                      "their full names; 'NZZ' a paper (ORG). Not names: 'ADN', 'monégasque', 'genevois', 'zurichois' "
                      "(adjectives), 'la maison', 'la banque', 'L'opération', 'Ce tour de table'.")
    a["notes"].append("Quotes (10 required: 6 direct, 4 indirect). Not quotes: the headline, the staff cuts (the "
                      "journalist's words after a colon), 'Le conseil d'administration a choisi ...'.")
    a["notes"].append("Events (12 required): results for the first half (net profit, revenue; the revenue's period "
                      "optional: written once); roles (CEO, future chair, former BNS vice-chair, outgoing chair, analyst, "
                      "union secretary general); the announced sale of 80 % of Caravelle Gestion (the headline has no "
                      "deal; 'La vente de Caravelle' in the analyst's words is the same fact), its implied valuation "
                      "(no funding event carries it), the planned purchase of Limmat Asset Partners (told by the NZZ), "
                      "the fintech's round with its valuation in the sentence after ('Ce tour de table'). Not events: "
                      "the share price, the job cuts, the 20 % kept ('conservera'), Limmat's assets under management.")
    M(a, "212 millions de francs", 212e6, "CHF")
    M(a, "1,08 milliard de francs", 1.08e9, "CHF")
    M(a, "96 millions d'euros", 96e6, "EUR")
    M(a, "120 millions d'euros", 120e6, "EUR")
    M(a, "9 milliards de dollars", 9e9, "USD")
    M(a, "25 millions de francs", 25e6, "CHF")
    M(a, "CHF 140 millions", 140e6, "CHF")
    M(a, "86,50 francs", 86.5, "CHF")
    P(a, f"14,6{NB}%", 14.6)
    P(a, f"6{NB}%", 6)
    P(a, f"21,3{NB}%", 21.3)
    P(a, f"80{NB}%", 80)
    P(a, f"20{NB}%", 20)
    P(a, f"3,4{NB}%", 3.4)
    D(a, "Mercredi 31 juillet 2041", "2041-07-31", note="the bare date line, weekday included")
    D(a, "mardi", "2041-07-30", nth=0, note="past: 'a publié mardi'")
    D(a, "premier semestre", "2041-H1")
    D(a, "58 ans", "P58Y", typ="DURATION", opt=True, note="an age")
    D(a, "1er janvier", "2042-01-01", note="future: 'succédera le 1er janvier'")
    D(a, "2029", "2029", note="'président depuis 2029'")
    D(a, "douze ans", "P12Y", typ="DURATION", note="'a siégé douze ans'")
    D(a, "vendredi", "2041-07-26", note="past: 'a signé vendredi'")
    D(a, "fin de l'année", "2041", mod="END", note="'d'ici la fin de l'année'")
    D(a, "2044", "2044", note="'jusqu'en 2044'")
    D(a, "juin", "2041-06", note="past: 'a levé ... en juin'")
    D(a, "2038", "2038", note="'Lancée en 2038'")
    D(a, "mardi", "2041-07-30", nth=1, note="'gagnait 3,4 % mardi'")
    D(a, "2043", "2043", note="'d'ici 2043'")
    Q(a, f"{O}[Nos clients sont revenus vers la gestion discrétionnaire. Le résultat dépasse nos propres prévisions]{C}",
      "direct", "a déclaré", (LM, LM, PER), gender="male",
      note="two sentences; the name in apposition to 'le directeur général', after the cue")
    Q(a, f"{O}[Nous ne relâcherons pas nos efforts sur les coûts]{C}", "direct", "a-t-il ajouté",
      ("a-t-[il] ajouté", LM, PER), gender="male", note="a pronoun in an inverted cue: the CEO")
    Q(a, f"{O}[un choix de continuité et d'ouverture]{C}", "direct", "a salué", ("[Ce dernier] a salué", PYD, PER),
      gender="male", note="'Ce dernier' is the outgoing chair named just before")
    Q(a, f"{O}[accélérer la croissance en Asie sans renier l'ADN genevois]{C}", "direct", "a indiqué",
      ("La [future présidente] a indiqué", ACB, PER), gender="female",
      note="'a indiqué vouloir « ... » de la maison': an infinitive clause partly marked, one direct quote; the speaker a "
           "noun phrase standing for the future chair")
    Q(a, f"Selon un porte-parole, [la banque conservera les 20{NB}% restants jusqu'en 2044].", "indirect",
      "[Selon] un porte-parole", ("un [porte-parole], la", None, None), note="an unnamed spokesman")
    Q(a, f"[Rochaix étudie aussi le rachat du gérant zurichois {LAP}, qui gère 9 milliards de dollars], selon",
      "indirect", "[selon] la NZZ", ("NZZ", "NZZ", ORG), note="a sentence before an inverted 'selon' and a paper")
    Q(a, f"[Ce tour de table valorise {KE} à CHF 140 millions], a précisé", "indirect", "a précisé",
      ("a précisé la [banque].", BR, ORG), note="the bank as a noun phrase after an inverted cue")
    Q(a, "juge que [la banque a enfin trouvé le bon équilibre entre croissance et rentabilité].", "indirect", "juge",
      (NK, NK, PER), gender="female", note="'X, analyste chez Vontobel, juge que <clause>'")
    Q(a, f"{O}[La vente de Caravelle est habile. Le prix correspond à vingt fois les bénéfices]{C}", "direct",
      "souligne-t-elle", ("souligne-t-[elle]", NK, PER), gender="female", note="two sentences; a present-tense inverted pronoun cue")
    Q(a, f"{O}[On annonce des bénéfices record et on ferme des bureaux]{C}", "direct", "a dénoncé", (DPy, DPy, PER),
      gender="female", note="the name after the title and the body's name with its acronym")
    V(a, "result", "bénéfice net", {"company": BR, "metric": "net_income", "amount": "212 millions de francs",
                                    "change": f"14,6{NB}%", "period": "premier semestre"},
      note="'Au premier semestre, son bénéfice net a bondi de 14,6 % à 212 millions de francs': 'son' is the bank")
    V(a, "result", "revenus", {"company": BR, "metric": "revenue", "amount": "1,08 milliard de francs",
                               "change": f"6{NB}%", "period": ("opt", "premier semestre")})
    V(a, "role", "directeur général", {"person": LM, "title": "directeur général", "organization": ("opt", BR)},
      note="'le directeur général, X': the bank of the paragraph")
    V(a, "role", "sa future [présidente]", {"person": ACB, "title": "présidente", "organization": ("opt", BR)},
      note="'Le conseil d'administration a choisi sa future présidente : X ... succédera le 1er janvier'")
    V(a, "role", "vice-présidente", {"person": ACB, "title": "vice-présidente", "organization": BNS},
      note="'ancienne vice-présidente de la Banque nationale suisse (BNS)': a former post")
    V(a, "role", "président", {"person": PYD, "title": "président", "organization": ("opt", BR)},
      note="'X, président depuis 2029': the outgoing chair")
    V(a, "acquisition", "céder", {"target": CG, "buyer": BA, "seller": "Rochaix", "stake": f"80{NB}%",
                                  "amount": "96 millions d'euros", "date": "vendredi", "status": "announced"},
      note="'Rochaix a signé vendredi un accord pour céder 80 % de sa filiale monégasque ... pour 96 millions d'euros. "
           "L'opération ... doit être bouclée d'ici la fin de l'année': announced")
    V(a, "valuation", "valorise", {"company": CG, "amount": "120 millions d'euros"}, nth=0,
      note="'L'opération, qui valorise Caravelle Gestion à 120 millions d'euros'")
    V(a, "acquisition", "rachat", {"target": LAP, "buyer": "Rochaix", "status": "planned"},
      note="'Rochaix étudie aussi le rachat du gérant zurichois X': planned")
    V(a, "funding", "levé", {"company": KE, "amount": "25 millions de francs", "investors": [SV, BCV],
                             "valuation": "CHF 140 millions", "date": "juin"},
      note="'Sa fintech Kestra ... a par ailleurs levé 25 millions de francs en juin auprès de X et de Y. Ce tour de table "
           "valorise Kestra à CHF 140 millions': the valuation referred back to the round")
    V(a, "role", "analyste", {"person": NK, "title": "analyste", "organization": VT})
    V(a, "role", "secrétaire générale", {"person": DPy, "title": "secrétaire générale", "organization": ASEB},
      note="'la secrétaire générale de l'Association suisse des employés de banque (ASEB), X'")


# ---------------------------------------------------------------- K4: Nantes fintech's series C with a valuation, a British rival bought, an earlier purchase, a rumoured German target (French tech site)
def define_k4(B):
    def E(a, s, *r, **kw): B.E(a, _typo(s), *r, **kw)
    def M(a, s, *r, **kw): B.M(a, _typo(s), *r, **kw)
    def D(a, s, *r, **kw): B.D(a, _typo(s), *r, **kw)
    def P(a, s, *r, **kw): B.P(a, _typo(s), *r, **kw)
    def Q(a, text, kind, cue, speaker, **kw): B.Q(a, _typo(text), kind, _typo(cue), _typo(speaker), **kw)
    def V(a, typ, trigger, args, **kw): B.V(a, typ, _typo(trigger), _typo(args), **kw)
    O, C = "«" + NN, NN + "»"
    QT, HG, KV, LG, KO, TR, HB = ("Quintalis", "Harborview Growth", "Kima Ventures", "Ledgerly", "Kontor", "Trezo",
                                  "Handelsblatt")
    JM, TL, PS, EG, RS, IK = ("Julie Marchand", "Thomas Leroux", "Priya Sandhu", "Élodie Garnier", "Rachel Stein",
                              "Inès Kaddour")
    MDN = "ministre déléguée au Numérique"
    text = (
        "Fintech : Quintalis lève 150 M€ et s'offre son rival britannique\n"
        f"Par {JM} | 5 mars 2041 à 9h12\n\n"
        f"La fintech nantaise {QT}, qui automatise la gestion de trésorerie de plus de 12{NN}000 PME, a bouclé lundi une "
        f"série C de 150 millions d'euros menée par le fonds américain {HG}, aux côtés de Bpifrance et de ses "
        f"investisseurs historiques Partech et {KV}. Cette levée de fonds valorise la jeune pousse 1,2 milliard d'euros, "
        f"ce qui en fait l'une des licornes françaises les plus récentes. {QT} avait levé 35 millions d'euros en série B "
        "en 2039. Fondée en 2034 par deux anciens de la Société Générale, la société emploie 320 personnes à Nantes et à "
        "Lisbonne.\n\n"
        f"Son cofondateur et PDG, {TL}, résume : {O}Nous voulons devenir le logiciel de trésorerie de référence en "
        f"Europe. Cet argent va servir à recruter 200 ingénieurs d'ici 2043.{C} Selon lui, le marché européen pèse 9 "
        f"milliards de dollars. {O}Nous serons rentables dès l'an prochain{C}, a-t-il ajouté.\n\n"
        f"Dans la foulée, {QT} a annoncé le rachat de la start-up londonienne {LG}, qui compte 40 salariés, pour 18 "
        f"millions de livres sterling, payés en numéraire et en actions. L'opération doit être finalisée en avril. "
        f"{O}{LG} nous ouvre les portes du Royaume-Uni{C}, s'est réjoui {TL}. Sa fondatrice, {PS}, rejoindra le comité "
        f"exécutif de {QT}. Les 40 salariés de {LG} resteront à Londres. Cette dernière estime que les deux équipes {O}parlent déjà la même langue{C}. La société "
        f"avait déjà mis la main en janvier sur la lilloise {TR}, spécialiste du recouvrement, pour 6 millions d'euros.\n\n"
        f"{QT} a réalisé en 2040 un chiffre d'affaires de 41 millions d'euros, en hausse de 85{NN}%, mais sa perte nette "
        f"s'est creusée à 23 millions d'euros. Sa directrice financière, {EG}, assure que la marge brute atteint "
        f"78{NN}%. Le groupe vise l'équilibre opérationnel au second semestre 2042. Selon {HB}, {QT} serait aussi en discussions pour racheter la néobanque berlinoise {KO}, valorisée 60 "
        f"millions d'euros lors de son dernier tour. {KO} compte 400{NN}000 clients en Allemagne.\n\n"
        f"{O}{QT} a le meilleur produit que nous ayons vu en Europe{C}, a déclaré {RS}, associée chez {HG}, depuis "
        "New York. Le fonds gère 11 milliards de dollars d'actifs. Un porte-parole de Bpifrance a confirmé que la banque publique resterait au capital jusqu'à une "
        f"éventuelle introduction en Bourse. La {MDN}, {IK}, a salué {O}une excellente nouvelle pour l'écosystème "
        f"nantais{C}.")
    a = B.article("K4-serie-c-fintech-nantes-rachat-rival", "2041-03-05", _typo(text))
    for s, l, c, n, o in [(QT, ORG, None, None, False), (JM, PER, None, None, False), (HG, ORG, None, None, False),
                          ("Bpifrance", ORG, None, None, False), ("Partech", ORG, None, None, False),
                          (KV, ORG, None, None, False), (TL, PER, None, None, False), ("Europe", LOC, None, None, False),
                          (LG, ORG, None, None, False), ("Royaume-Uni", LOC, None, None, False), (PS, PER, None, None, False),
                          (TR, ORG, None, None, False), (EG, PER, None, None, False), (HB, ORG, None, None, False),
                          (KO, ORG, None, None, False), ("Société Générale", ORG, None, None, False), ("Nantes", LOC, None, None, False), ("Lisbonne", LOC, None, None, False), ("Allemagne", LOC, None, None, False), ("Londres", LOC, None, None, False), (RS, PER, None, None, False), ("New York", LOC, None, None, False),
                          (IK, PER, None, None, False)]:
        E(a, s, l, c, nth=n, opt=o)
    a["notes"].append("A French tech news site's article: headline with the section word 'Fintech' and a colon, a byline "
                      "line with a pipe, the date and a clock time with 'h' ('5 mars 2041 à 9h12'). Every apostrophe is "
                      "the typographic one (U+2019); narrow no-break spaces (U+202F) before '%', inside the guillemets and "
                      "as thousands separator ('12 000 PME', not money); ordinary spaces before the colons. 'M€' in the "
                      "headline.")
    a["notes"].append("Entities: the coined fintech, funds, rivals and people; real funds and media (Bpifrance, Partech, "
                      "Kima Ventures, Handelsblatt) in invented facts. Not names: 'Fintech' (section word), 'PME', 'PDG', "
                      "'série C', 'série B', 'La société', 'L'opération', 'la jeune pousse', 'Bourse' (in "
                      "'introduction en Bourse'); 'nantaise', 'londonienne', 'lilloise', 'berlinoise' are adjectives.")
    a["notes"].append("Quotes (10 required: 6 direct, 4 indirect). Not quotes: the headline, 'L'opération doit être "
                      "finalisée en avril', the valuation sentence (the journalist's words).")
    a["notes"].append("Events (13 required): the series C (headline 'lève 150 M€' the same fact; investors 'menée par' and "
                      "'aux côtés de'; valuation in the next sentence, 'Cette levée de fonds'), the series B of 2039; the "
                      "announced purchase of Ledgerly (the headline's 's'offre son rival britannique' the same fact), the "
                      "done purchase of Trezo in January (figurative 'mis la main sur'), the planned purchase of Kontor "
                      "(told by Handelsblatt) and Kontor's own valuation (no funding event with an amount carries it); "
                      "results 2040 (revenue with change, net loss with the period optional); roles (cofounder and CEO "
                      "as written, founder of Ledgerly with 'Sa' optional organization, CFO, the fund's partner, the "
                      "minister). Not events: Priya Sandhu joining the executive committee, the 200 hires, Bpifrance "
                      "staying in the capital.")
    M(a, "150 M€", 150e6, "EUR")
    M(a, "150 millions d'euros", 150e6, "EUR")
    M(a, "1,2 milliard d'euros", 1.2e9, "EUR")
    M(a, "35 millions d'euros", 35e6, "EUR")
    M(a, "9 milliards de dollars", 9e9, "USD")
    M(a, "18 millions de livres sterling", 18e6, "GBP")
    M(a, "6 millions d'euros", 6e6, "EUR")
    M(a, "41 millions d'euros", 41e6, "EUR")
    M(a, "23 millions d'euros", 23e6, "EUR")
    M(a, "60 millions d'euros", 60e6, "EUR")
    M(a, "11 milliards de dollars", 11e9, "USD")
    P(a, f"85{NN}%", 85)
    P(a, f"78{NN}%", 78)
    D(a, "5 mars 2041 à 9h12", "2041-03-05T09:12", typ="TIME", note="the byline's date and clock time")
    D(a, "lundi", "2041-03-04", note="past: 'a bouclé lundi'")
    D(a, "2039", "2039", note="'avait levé ... en 2039'")
    D(a, "2034", "2034", note="'Fondée en 2034'")
    D(a, "2043", "2043", note="'d'ici 2043', inside marked words")
    D(a, "an prochain", "2042", note="'dès l'an prochain', inside marked words")
    D(a, "avril", "2041-04", note="future: 'doit être finalisée en avril'")
    D(a, "janvier", "2041-01", note="past: 'avait déjà mis la main en janvier'")
    D(a, "2040", "2040")
    D(a, "second semestre 2042", "2042-H2", note="a target, not a result")
    Q(a, f"{O}[Nous voulons devenir le logiciel de trésorerie de référence en Europe. Cet argent va servir à recruter 200 ingénieurs d'ici 2043.]{C}",
      "direct", "résume", (TL, TL, PER), gender="male",
      note="'Son cofondateur et PDG, X, résume : « ... »': a cue and a colon before the marks; two sentences, the full stop inside")
    Q(a, "Selon lui, [le marché européen pèse 9 milliards de dollars].", "indirect", "[Selon] lui",
      ("Selon [lui], le", TL, PER), gender="male", note="'lui' is the CEO")
    Q(a, f"{O}[Nous serons rentables dès l'an prochain]{C}", "direct", "a-t-il ajouté", ("a-t-[il] ajouté", TL, PER),
      gender="male")
    Q(a, f"{O}[{LG} nous ouvre les portes du Royaume-Uni]{C}", "direct", "s'est réjoui", ("réjoui [Thomas Leroux]", TL, PER),
      gender="male", note="the full name again after the cue")
    Q(a, f"{O}[parlent déjà la même langue]{C}", "direct", "estime", ("[Cette dernière] estime", PS, PER), gender="female",
      note="'Cette dernière estime que les deux équipes « ... »': a clause partly marked, one direct quote; the "
           "demonstrative stands for the founder named in the sentence before")
    Q(a, f"assure que [la marge brute atteint 78{NN}%].", "indirect", "assure", (EG, EG, PER), gender="female",
      note="'Sa directrice financière, X, assure que <clause>'")
    Q(a, f"Selon {HB}, [{QT} serait aussi en discussions pour racheter la néobanque berlinoise {KO}, valorisée 60 millions d'euros lors de son dernier tour].",
      "indirect", f"[Selon] {HB}", (HB, HB, ORG), note="a paper after 'Selon'")
    Q(a, f"{O}[{QT} a le meilleur produit que nous ayons vu en Europe]{C}", "direct", "a déclaré", (RS, RS, PER),
      gender="female", note="the name after the cue, 'associée chez X' in apposition")
    Q(a, "a confirmé que [la banque publique resterait au capital jusqu'à une éventuelle introduction en Bourse].",
      "indirect", "a confirmé", ("Un [porte-parole de Bpifrance] a", None, None),
      note="an unnamed spokesman, noun phrase without its article, canonical null")
    Q(a, f"{O}[une excellente nouvelle pour l'écosystème nantais]{C}", "direct", "a salué", (IK, IK, PER), gender="female",
      note="marked words right after 'a salué'; the name in apposition to the minister's title")
    V(a, "funding", "bouclé", {"company": QT, "amount": "150 millions d'euros", "round": "série C",
                               "investors": [HG, "Bpifrance", "Partech", KV], "valuation": "1,2 milliard d'euros",
                               "date": "lundi"},
      note="the headline's 'lève 150 M€' the same round; the valuation in the next sentence ('Cette levée de fonds')")
    V(a, "funding", "levé", {"company": QT, "amount": "35 millions d'euros", "round": "série B", "date": "2039"},
      note="'Quintalis avait levé 35 millions d'euros en série B en 2039': an earlier round")
    V(a, "role", "cofondateur et PDG", {"person": TL, "title": "cofondateur et PDG", "organization": ("opt", QT)},
      note="'Son cofondateur et PDG, X': joined titles as written; 'Son' is Quintalis")
    V(a, "acquisition", "rachat", {"target": LG, "buyer": QT, "amount": "18 millions de livres sterling",
                                   "status": "announced"},
      note="'Quintalis a annoncé le rachat de la start-up londonienne Ledgerly ... L'opération doit être finalisée en "
           "avril': announced; the headline's 's'offre son rival britannique' the same fact")
    V(a, "role", "fondatrice", {"person": PS, "title": "fondatrice", "organization": ("opt", LG)},
      note="'Sa fondatrice, X': 'Sa' is Ledgerly")
    V(a, "acquisition", "mis la main", {"target": TR, "buyer": QT, "amount": "6 millions d'euros", "date": "janvier",
                                        "status": "done"},
      note="'La société avait déjà mis la main en janvier sur la lilloise Trezo ... pour 6 millions d'euros': done; 'La "
           "société' is Quintalis")
    V(a, "result", "chiffre d'affaires", {"company": QT, "metric": "revenue", "amount": "41 millions d'euros",
                                          "change": f"85{NN}%", "period": "2040"})
    V(a, "result", "perte nette", {"company": QT, "metric": "loss", "amount": "23 millions d'euros",
                                   "period": ("opt", "2040")}, note="the same sentence, the year written once")
    V(a, "role", "directrice financière", {"person": EG, "title": "directrice financière", "organization": ("opt", QT)},
      note="'Sa directrice financière, X'")
    V(a, "acquisition", "racheter", {"target": KO, "buyer": QT, "status": "planned"},
      note="'Quintalis serait aussi en discussions pour racheter la néobanque berlinoise Kontor': planned")
    V(a, "valuation", "valorisée", {"company": KO, "amount": "60 millions d'euros"},
      note="'Kontor, valorisée 60 millions d'euros lors de son dernier tour': a round with no amount, no funding event")
    V(a, "role", "associée", {"person": RS, "title": "associée", "organization": HG})
    V(a, "role", MDN, {"person": IK, "title": MDN}, note="no organization")


# ---------------------------------------------------------------- L4: a Japanese trading house buys 51 % of an Abitibi lithium miner (Quebec regional site)
def define_l4(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    O, C = "« ", " »"
    LH, ST, IQ, FTQ, HM, SA, NL, DMC, PNW = (
        "Lithium Harricana", "Shirakawa Trading", "Investissement Québec", "Fonds de solidarité FTQ", "Hanul Motors",
        "Salar Andino", "Nipigon Lithium", "Desjardins Marchés des capitaux", "Première Nation de Wabanok")
    GL, KM, MT, RM, SG = ("Geneviève Lacasse", "Kenji Moriyama", "Mathieu Tremblay", "Richard Mékouan", "Sophie Gagnon")
    PCD = "présidente et chef de la direction"
    text = (
        "Mines : Shirakawa met la main sur 51 % de Lithium Harricana\n"
        "Rouyn-Noranda | Publié le 15 mai 2041 à 16 h 30\n\n"
        f"Le géant japonais {ST} va acquérir 51 % de la minière abitibienne {LH} pour 340 M$, a annoncé mardi la "
        f"société. La transaction, qui valorise {LH} à 667 M$, doit encore recevoir l'aval d'Investissement Canada. Ottawa dispose de 45 jours pour se prononcer. Le gisement, découvert en "
        "2027, renferme 38 millions de tonnes de minerai. "
        f"{O}C'est la validation de quinze ans de travail en Abitibi. Shirakawa nous apporte l'argent et les "
        f"clients{C}, a déclaré la {PCD} de {LH}, {GL}, en conférence de presse à Val-d'Or. Selon elle, la mine du "
        "Lac-Tétreau pourra entrer en production dès 2044. La construction de l'usine de concentration coûtera 1,1 G$, "
        "a-t-elle précisé.\n\n"
        f"Pour financer ce chantier, la minière a aussi réalisé un placement privé de 45 M$ auprès d'{IQ} et du {FTQ}, "
        f"clôturé le 2 mai. Ce financement s'ajoute aux 60 millions de dollars américains levés en 2039 auprès du "
        f"constructeur coréen {HM}, qui s'est engagé à acheter la moitié de la production pendant dix ans. "
        f"Au premier trimestre, {LH} a inscrit une perte nette de 8,4 M$, contre 6,1 M$ un an "
        "plus tôt.\n\n"
        f"Shirakawa, de son côté, a dégagé un bénéfice net de 412 milliards de yens lors de son exercice clos fin mars, en "
        f"hausse de 7 %. Le groupe avait déjà racheté en 2038 la raffinerie chilienne {SA} pour 410 millions de "
        f"dollars américains. Le président de {ST}, {KM}, a indiqué par communiqué que le groupe entend sécuriser 30 % de "
        f"ses besoins en lithium d'ici 2046. Selon La Presse, Shirakawa serait aussi en discussions pour racheter "
        f"l'ontarienne {NL}.\n\n"
        f"À la Bourse de croissance TSX, l'action de {LH} a bondi de 38 % mardi, à 2,85 $. La capitalisation de la minière atteint désormais 610 M$. {O}Le prix reste raisonnable "
        f"vu la qualité du gisement{C}, estime {SG}, analyste chez {DMC}.\n\n"
        f"À Québec, le ministre de l'Économie, {MT}, s'est voulu rassurant. {O}Nous nous assurerons que la valeur "
        f"reste au Québec{C}, a-t-il prévenu. {O}Ce sont de bons emplois, et ils resteront ici{C}, a ajouté ce "
        f"dernier. Le chantier doit créer 450 emplois en Abitibi-Témiscamingue. Le chef de la {PNW}, {RM}, réclame pour sa part un siège au conseil d'administration : {O}Rien ne se "
        f"fera sur notre territoire sans nous.{C}")
    a = B.article("L4-lithium-abitibi-groupe-japonais", "2041-05-15", text)
    for s, l, c, n, o in [(LH, ORG, None, None, False), (ST, ORG, None, None, False), ("Shirakawa", ORG, ST, None, False),
                          ("Rouyn-Noranda", LOC, None, None, False), ("Investissement Canada", ORG, None, None, False),
                          ("Abitibi-Témiscamingue", LOC, None, None, False), ("Abitibi", LOC, None, None, False), ("Ottawa", LOC, None, None, False), (GL, PER, None, None, False), ("Val-d'Or", LOC, None, None, False),
                          ("Lac-Tétreau", LOC, None, None, False), (IQ, ORG, None, None, False), (FTQ, ORG, None, None, False),
                          (HM, ORG, None, None, False), (SA, ORG, None, None, False), (KM, PER, None, None, False),
                          ("La Presse", ORG, None, None, False), (NL, ORG, None, None, False),
                          ("Bourse de croissance TSX", ORG, None, None, False), (SG, PER, None, None, False),
                          (DMC, ORG, None, None, False), ("Québec", LOC, None, None, False), (MT, PER, None, None, False),
                          (PNW, ORG, None, None, False), (RM, PER, None, None, False)]:
        E(a, s, l, c, nth=n, opt=o)
    a["notes"].append("A Quebec regional news site's article: headline with the section word 'Mines' and a colon, a line "
                      "with the city, a pipe and the Quebec clock time ('15 mai 2041 à 16 h 30'). Straight apostrophes; "
                      "ordinary spaces before '%', before the colons and inside the guillemets. Quebec money: 'M$' and "
                      "'G$' and bare '$' are Canadian dollars (CAD); 'millions de dollars américains' USD; *new* yens (JPY).")
    a["notes"].append("Entities: 'Shirakawa' canonical Shirakawa Trading; 'Investissement Canada' (the federal review "
                      "body) ORG; 'Québec' twice LOC (the capital city, then the province inside marked words); "
                      "'Lac-Tétreau' (the mine's site) LOC; 'Première Nation de Wabanok' (a coined First Nation as a "
                      "body) ORG; 'La Presse' a paper. Not names: 'Mines' (section word), 'la minière', 'la société', 'Le "
                      "groupe'; 'japonais', 'abitibienne', 'coréen', 'chilienne', 'ontarienne' are adjectives.")
    a["notes"].append("Quotes (10 required: 5 direct, 5 indirect). Not quotes: the headline, 's'est voulu rassurant' "
                      "(no words reported), the valuation and funding sentences.")
    a["notes"].append("Events (14 required; 13 before the post-run fix): the market value ('La capitalisation de la minière atteint désormais 610 M$', valuation), the announced purchase of 51 % (headline 'met la main sur' the same fact; "
                      "review pending), its implied valuation; the private placement (investors; 'Ce financement' refers "
                      "back to it) and the 2039 round in US dollars; results (the miner's first-quarter loss, the buyer's "
                      "net profit for the year ended in March, period optional); the buyer's earlier purchase (done) and "
                      "the rumoured Ontario target (planned); roles (CEO as the Quebec title, the buyer's president, the "
                      "minister, the First Nation's chief, the analyst). Not events: the share's jump, the plant's cost, "
                      "the lithium target, the 6,1 M$ of the year before (a comparison, no separate event).")
    M(a, "340 M$", 340e6, "CAD")
    M(a, "667 M$", 667e6, "CAD")
    M(a, "1,1 G$", 1.1e9, "CAD")
    M(a, "45 M$", 45e6, "CAD")
    M(a, "60 millions de dollars américains", 60e6, "USD")
    M(a, "8,4 M$", 8.4e6, "CAD")
    M(a, "6,1 M$", 6.1e6, "CAD")
    M(a, "412 milliards de yens", 412e9, "JPY")
    M(a, "410 millions de dollars américains", 410e6, "USD")
    M(a, "2,85 $", 2.85, "CAD")
    M(a, "610 M$", 610e6, "CAD")
    P(a, "51 %", 51, nth=0)
    P(a, "51 %", 51, nth=1)
    P(a, "7 %", 7)
    P(a, "30 %", 30)
    P(a, "38 %", 38)
    D(a, "15 mai 2041 à 16 h 30", "2041-05-15T16:30", typ="TIME", note="the publication line, Quebec clock time")
    D(a, "mardi", "2041-05-14", nth=0, note="past: 'a annoncé mardi'")
    D(a, "45 jours", "P45D", typ="DURATION")
    D(a, "2027", "2027", note="'découvert en 2027'")
    D(a, "quinze ans", "P15Y", typ="DURATION", note="inside marked words")
    D(a, "2044", "2044", note="'dès 2044', inside a reported clause")
    D(a, "2 mai", "2041-05-02", note="past: 'clôturé le 2 mai'")
    D(a, "2039", "2039")
    D(a, "dix ans", "P10Y", typ="DURATION", note="'pendant dix ans'")
    D(a, "premier trimestre", "2041-Q1")
    D(a, "un an plus tôt", "2040-Q1", opt=True, note="a comparison's period, relative to the first quarter")
    D(a, "fin mars", "2041-03", mod="END", note="'exercice clos fin mars'")
    D(a, "2038", "2038")
    D(a, "2046", "2046", note="'d'ici 2046', inside a reported clause")
    D(a, "désormais", "PRESENT_REF", opt=True)
    D(a, "mardi", "2041-05-14", nth=1, note="'a bondi de 38 % mardi'")
    Q(a, f"[Le géant japonais {ST} va acquérir 51 % de la minière abitibienne {LH} pour 340 M$], a annoncé", "indirect",
      "a annoncé", ("mardi la [société].", LH, ORG),
      note="an unmarked sentence before an inverted cue; the company as a noun phrase, canonical the miner")
    Q(a, f"{O}[C'est la validation de quinze ans de travail en Abitibi. Shirakawa nous apporte l'argent et les clients]{C}",
      "direct", "a déclaré", (GL, GL, PER), gender="female",
      note="two sentences; the name after the Quebec CEO title, after the cue")
    Q(a, "Selon elle, [la mine du Lac-Tétreau pourra entrer en production dès 2044].", "indirect", "[Selon] elle",
      ("Selon [elle], la", GL, PER), gender="female")
    Q(a, "[La construction de l'usine de concentration coûtera 1,1 G$], a-t-elle", "indirect", "a-t-elle précisé",
      ("a-t-[elle] précisé", GL, PER), gender="female", note="an unmarked sentence before an inverted pronoun cue")
    Q(a, "a indiqué par communiqué que [le groupe entend sécuriser 30 % de ses besoins en lithium d'ici 2046].", "indirect",
      "a indiqué", (KM, KM, PER), gender="male", note="'Le président de X, Y, a indiqué par communiqué que <clause>'")
    Q(a, f"Selon La Presse, [Shirakawa serait aussi en discussions pour racheter l'ontarienne {NL}].", "indirect",
      "[Selon] La Presse", ("La Presse", "La Presse", ORG), note="a paper after 'Selon'")
    Q(a, f"{O}[Le prix reste raisonnable vu la qualité du gisement]{C}", "direct", "estime", (SG, SG, PER), gender="female",
      note="a present-tense inverted cue, the name after it")
    Q(a, f"{O}[Nous nous assurerons que la valeur reste au Québec]{C}", "direct", "a-t-il prévenu",
      ("a-t-[il] prévenu", MT, PER), gender="male", note="a pronoun in an inverted cue: the minister of the sentence before")
    Q(a, f"{O}[Ce sont de bons emplois, et ils resteront ici]{C}", "direct", "a ajouté", ("a ajouté [ce dernier].", MT, PER),
      gender="male", note="'a ajouté ce dernier': the demonstrative stands for the minister")
    Q(a, f"{O}[Rien ne se fera sur notre territoire sans nous.]{C}", "direct", "réclame", (RM, RM, PER), gender="male",
      note="'Le chef de X, Y, réclame pour sa part un siège ... : « ... »': a cue and a colon, the full stop inside")
    V(a, "acquisition", "acquérir", {"target": LH, "buyer": ST, "stake": "51 %", "amount": "340 M$", "date": "mardi",
                                     "status": "announced"},
      note="'va acquérir 51 % ... pour 340 M$, a annoncé mardi la société ... doit encore recevoir l'aval': announced; the "
           "headline's 'met la main sur' the same fact")
    V(a, "valuation", "valorise", {"company": LH, "amount": "667 M$"}, note="'La transaction, qui valorise X à 667 M$'")
    V(a, "role", PCD, {"person": GL, "title": PCD, "organization": LH},
      note="'la présidente et chef de la direction de Lithium Harricana, X': the Quebec CEO title as written")
    V(a, "funding", "placement privé", {"company": LH, "amount": "45 M$", "investors": [IQ, FTQ], "date": "2 mai"},
      note="'la minière a aussi réalisé un placement privé de 45 M$ auprès de X et du Y, clôturé le 2 mai'; referred back "
           "as 'Ce financement'")
    V(a, "funding", "levés", {"company": LH, "amount": "60 millions de dollars américains", "investors": [HM],
                              "date": "2039"},
      note="'aux 60 millions de dollars américains levés en 2039 auprès du constructeur coréen X': an earlier round")
    V(a, "result", "perte nette", {"company": LH, "metric": "loss", "amount": "8,4 M$", "period": "premier trimestre"})
    V(a, "result", "bénéfice net", {"company": "Shirakawa", "metric": "net_income", "amount": "412 milliards de yens",
                                    "change": "7 %", "period": ("opt", "fin mars")},
      note="'lors de son exercice clos fin mars': the fiscal year ended in March")
    V(a, "acquisition", "racheté", {"target": SA, "buyer": "Shirakawa", "amount": "410 millions de dollars américains",
                                    "date": "2038", "status": "done"},
      note="'Le groupe avait déjà racheté en 2038 la raffinerie chilienne X': 'Le groupe' is Shirakawa")
    V(a, "role", "président", {"person": KM, "title": "président", "organization": ST})
    V(a, "acquisition", "racheter", {"target": NL, "buyer": "Shirakawa", "status": "planned"},
      note="'Shirakawa serait aussi en discussions pour racheter l'ontarienne X': planned")
    V(a, "valuation", "capitalisation", {"company": LH, "amount": "610 M$"},
      note="'La capitalisation de la minière atteint désormais 610 M$': the market value, a valuation as in the earlier sets "
           "(added after the blind run: omitted by mistake in the first version)")
    V(a, "role", "analyste", {"person": SG, "title": "analyste", "organization": DMC})
    V(a, "role", "ministre de l'Économie", {"person": MT, "title": "ministre de l'Économie"}, note="no organization")
    V(a, "role", "Le [chef] de la Première", {"person": RM, "title": "chef", "organization": PNW},
      note="'Le chef de la Première Nation de Wabanok, X'")
