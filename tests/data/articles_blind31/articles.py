"""The three articles of the thirty-first blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind31`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before %, before ':' and inside the guillemets in F3; before 'M$' in H3)
NN = "\u202f"    # narrow no-break space (before %, ':' and '?' and inside the guillemets in G3; thousands separator in G3)
AP = "\u2019"    # typographic apostrophe (every apostrophe of G3)


def define(B):
    define_f3(B)
    define_g3(B)
    define_h3(B)


def define_f3(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    CI, VX, KM = "Chabrol Industrie", "Vexelis", "Klingmann"
    JMF, LF, NR, CP = "Jean-Marc Fayolle", "Laurent Ferrière", "Nadine Roche", "Claude Perrier"
    AMF = "Autorité des marchés financiers"
    # ------------------------------------------------------------ F3: a family-controlled cutlery maker sold to a listed group, a rival hostile bid, the family's spokesman, the works council, the mayor (French regional daily, web)
    a = B.article("F3-cession-coutellerie-familiale-thiers", "2038-11-16", (
        f"Thiers{NB}: la famille Chabrol choisit {VX} et écarte l'offre allemande\n"
        "Par Sébastien Coudert\n"
        "Publié le 16/11/2038 à 06h05, mis à jour à 11h40\n\n"
        f"La famille Chabrol, qui détient 64{NB}% de {CI}, a accepté lundi l'offre du groupe lyonnais {VX}, "
        f"coté à la Bourse de Paris. {VX} rachètera le bloc familial à 42,50 euros par action, puis lancera une offre "
        "publique d'achat (OPA) au même prix sur le reste du capital, soit 319 millions d'euros pour l'ensemble de la "
        f"coutellerie thiernoise. Le prix offre une prime de 27{NB}% sur le dernier cours. La finalisation est attendue d'ici à "
        "fin mars, après le feu vert de l'Autorité de la concurrence.\n\n"
        f"{VX} l'emporte face à l'allemand {KM}. Le coutelier de Solingen, qui convoite {CI} depuis "
        f"l'été, avait déposé vendredi auprès de l'{AMF} (AMF) une offre concurrente à 44 euros "
        f"par action, soit 330 millions d'euros, sans l'accord de la famille. Selon un porte-parole de {KM}, le groupe "
        f"{O}maintient son offre et étudie toutes les options{C}.\n\n"
        f"{O}Nos grands-parents ont bâti cette maison à Thiers en 1921. Nous voulions un repreneur qui garde les ateliers "
        f"ici, pas forcément le chèque le plus gros{C}, a expliqué le porte-parole de la famille, {JMF}. Il a "
        f"précisé que {VX} s'était engagé par écrit à maintenir les 410 emplois du site pendant au moins cinq ans.\n\n"
        f"{O}Chabrol apporte à {VX} un savoir-faire unique dans la coutellerie professionnelle{C}, a déclaré le PDG de "
        f"{VX}, {LF}, lors d'une conférence téléphonique. Le groupe, qui a réalisé l'an dernier un chiffre "
        f"d'affaires de 1,2 milliard d'euros, financera l'opération par sa trésorerie. {CI} a réalisé en 2037 "
        f"un chiffre d'affaires de 96 millions d'euros, en hausse de 5,5{NB}%.\n\n"
        f"Réuni vendredi, le comité social et économique (CSE) de {CI} a rendu un avis favorable au projet de "
        f"{VX}. {O}L'offre allemande nous inquiétait{NB}: {KM} a fermé deux usines en Bavière après ses derniers "
        f"rachats{C}, explique sa secrétaire, {NR}, élue CFDT.\n\n"
        f"Le maire de Thiers, {CP} (divers gauche), s'est dit {O}soulagé{C}. Selon lui, la ville accompagnera "
        f"l'agrandissement de l'usine prévu l'an prochain. À la Bourse de Paris, l'action {CI} a bondi de "
        f"11,2{NB}% lundi, à 43,80 euros, au-dessus du prix de {VX}{NB}: certains investisseurs parient sur une surenchère."))
    for s, l, c, o in [(CI, ORG, None, False), ("famille [Chabrol] choisit", PER, None, True),
                       ("famille [Chabrol], qui", PER, None, True), ("[Chabrol] apporte", ORG, CI, False),
                       ("Thiers", LOC, None, False), (VX, ORG, None, False), ("Sébastien Coudert", PER, None, False),
                       ("Bourse de Paris", ORG, None, False), ("Autorité de la concurrence", ORG, None, False),
                       (KM, ORG, None, False), ("Solingen", LOC, None, False), (AMF, ORG, None, False),
                       ("AMF", ORG, AMF, False), (JMF, PER, None, False), (LF, PER, None, False),
                       ("CSE", ORG, None, True), ("Bavière", LOC, None, False), (NR, PER, None, False),
                       ("CFDT", ORG, None, False), (CP, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a French regional daily copied as plain text: a headline opened by the town's name "
                      "and a colon ('Thiers : la famille Chabrol choisit Vexelis ...', a no-break space before the colon), "
                      "a byline ('Par Sébastien Coudert') and a publication line with the numeric date with slashes, a "
                      "clock time in 'h' and an update time of the same day ('Publié le 16/11/2038 à 06h05, mis à jour à "
                      "11h40'), no dateline. The reference date is that day (Tuesday 16 November 2038), the day after the "
                      "family's acceptance ('a accepté lundi'). Straight apostrophes; no-break spaces (U+00A0) before '%', "
                      "before the colons and inside the guillemets; the prices per share with a decimal comma ('42,50 "
                      "euros par action').")
    a["notes"].append("Entities: the coined family-controlled cutler 'Chabrol Industrie' (lead, 'convoite Chabrol "
                      "Industrie', 'Chabrol Industrie a réalisé', '(CSE) de Chabrol Industrie', 'l'action Chabrol "
                      "Industrie': five mentions) is ORG, and so is its short form 'Chabrol' inside the buyer CEO's marked "
                      "words ('« Chabrol apporte à Vexelis ... »', canonical the full name); 'la famille Chabrol' (headline "
                      "and lead) is optional PER (span 'Chabrol', a family named by its surname, as 'la famille Larrieu' "
                      "in the thirteenth set); the coined listed buyer 'Vexelis' (nine mentions, once inside marked words), "
                      "the coined German rival 'Klingmann' (three mentions, once inside marked words), 'Bourse de Paris' "
                      "(twice, one ORG), 'Autorité de la concurrence', 'Autorité des marchés financiers' and its acronym "
                      "in brackets 'AMF' (canonical the full name), the union 'CFDT' are ORG; the acronym of the works "
                      "council written in common nouns ('le comité social et économique (CSE) de Chabrol Industrie') is "
                      "optional ORG (a staff body, no proper name; the spelled-out lower-case words are not annotated, as "
                      "in the sixth set); 'Thiers' (headline, inside the spokesman's marked words, 'Le maire de Thiers'), "
                      "'Solingen' and 'Bavière' (inside marked words) are LOC; the journalist, the family's spokesman, "
                      "the buyer's CEO, the works council's secretary and the mayor are PER (all invented). Not names: "
                      "'OPA', 'la famille' alone, 'Le coutelier de Solingen', 'le groupe', 'la ville', 'divers gauche' (a "
                      "political label in brackets); 'lyonnais', 'thiernoise', 'allemand', 'allemande' are adjectives or a "
                      "firm by its adjective.")
    a["notes"].append("Quotes (7 required: 5 direct, 2 indirect): the rival's unnamed spokesman with a clause partly "
                      "marked ('Selon un porte-parole de Klingmann, le groupe « maintient son offre et étudie toutes les "
                      "options »': one direct quote for the marked words, cue 'Selon', speaker the noun phrase without "
                      "its article, canonical and label null, gender male, as 'Selon elle, l'usine « ... »' in the sixth "
                      "set); the family's spokesman ('« ... », a expliqué le porte-parole de la famille, X': two sentences "
                      "in one pair of marks, one quote; the name in apposition) then 'Il a précisé que <clause>'; the "
                      "buyer's CEO ('« ... », a déclaré le PDG de Vexelis, X, lors d'une conférence téléphonique'); the "
                      "works council's secretary ('« ... », explique sa secrétaire, X, élue CFDT': the person, not the "
                      "council or the union); the mayor's one marked word after a pronominal cue ('s'est dit « soulagé "
                      "»', the political label in brackets between the name and the cue) then 'Selon lui, <clause>'. Not "
                      "quotes: 'a accepté lundi l'offre' (an act with a noun-phrase object), 'Le prix offre une prime', "
                      "'La finalisation est attendue', 'convoite', 'avait déposé ... une offre concurrente', 'a rendu un "
                      "avis favorable' (an act: no words reported), 'certains investisseurs parient sur une surenchère', "
                      "the headline.")
    a["notes"].append("Events: acquisitions: two rival bids for one target are two announced acquisitions, as in the "
                      "twenty-seventh set: the agreed deal (headline 'choisit Vexelis', lead 'La famille Chabrol, qui "
                      "détient 64 % de Chabrol Industrie, a accepté lundi l'offre du groupe lyonnais Vexelis ... Vexelis "
                      "rachètera le bloc familial à 42,50 euros par action, puis lancera une offre publique d'achat (OPA) "
                      "au même prix sur le reste du capital, soit 319 millions d'euros pour l'ensemble ...'): the block "
                      "purchase and the follow-on OPA are one takeover of the company, trigger 'rachètera', buyer Vexelis, "
                      "amount the total (the price per share no argument), date 'lundi' (the acceptance), status "
                      "announced (closing expected at the end of March, approval pending); the family an optional "
                      "seller (an optional entity), the block's '64 %' an optional stake (the deal ends with the whole "
                      "capital); the rival's hostile counter-bid ('avait déposé vendredi auprès de l'AMF une offre "
                      "concurrente à 44 euros par action, soit 330 millions d'euros, sans l'accord de la famille'): "
                      "announced (still standing: 'maintient son offre'), trigger 'offre concurrente', buyer Klingmann, "
                      "date 'vendredi'. Results: the buyer's revenue ('Le groupe, qui a réalisé l'an dernier un chiffre "
                      "d'affaires de 1,2 milliard d'euros': 'Le groupe' is Vexelis, period 'an dernier') and the target's "
                      "('Chabrol Industrie a réalisé en 2037 un chiffre d'affaires de 96 millions d'euros, en hausse de "
                      "5,5 %'). Roles: 'le porte-parole de la famille, X' (title 'porte-parole', no organization: the "
                      "family is no company), 'le PDG de Vexelis, X' (organization required), 'sa secrétaire, X' ('sa' is "
                      "the works council: organization optional, the CSE an optional entity), 'Le maire de Thiers, X' "
                      "(title 'maire', no organization: the town is a place, as in the twenty-second set). Optional: "
                      "'élue CFDT' (a staff mandate, as in the sixth set). Not events: the family's holding ('qui détient "
                      "64 %'), the premium, the jobs pledge, the financing, the works council's opinion, the plant's "
                      "extension, Klingmann's closed plants, the share move.")
    a["notes"].append("Money: prices per share are money ('42,50 euros', '44 euros', the share price '43,80 euros'; 'par "
                      "action' outside the span), the deals' totals '319 millions d'euros' and '330 millions d'euros', the "
                      "revenues '1,2 milliard d'euros' and '96 millions d'euros'. '410 emplois' and 'deux usines' are "
                      "counts. Percentages: the family's holding '64 %', the premium '27 %', the revenue rise '5,5 %', the "
                      "share move '11,2 %'.")
    a["notes"].append("Dates: the publication line '16/11/2038 à 06h05' is one TIME, 2038-11-16T06:05 ('Publié le' "
                      "outside), and the update 'mis à jour à 11h40' a TIME of the same day (span '11h40'), as in the "
                      "fifteenth set; 'lundi' twice (the acceptance, the share move) 2038-11-15, two items; 'd'ici à fin "
                      "mars' (future: 'est attendue', in a November article) span 'fin mars', 2039-03 with mod END; "
                      "'depuis l'été' span 'été', this summer, 2038-SU; 'vendredi' twice (the rival bid, the works "
                      "council's meeting: 'Réuni vendredi') 2038-11-12, two items; 'en 1921' (inside marked words) the "
                      "year; 'pendant au moins cinq ans' (inside the spokesman's reported clause) span 'cinq ans', DURATION "
                      "P5Y, no mod; 'l'an dernier' 2037 (span 'an dernier'); 'en 2037' the year; 'l'an prochain' (inside "
                      "the mayor's reported clause) 2039 (span 'an prochain').")
    M(a, "42,50 euros", 42.5, "EUR")
    M(a, "319 millions d'euros", 319e6, "EUR")
    M(a, "44 euros", 44, "EUR")
    M(a, "330 millions d'euros", 330e6, "EUR")
    M(a, "1,2 milliard d'euros", 1.2e9, "EUR")
    M(a, "96 millions d'euros", 96e6, "EUR")
    M(a, "43,80 euros", 43.8, "EUR")
    P(a, f"64{NB}%", 64)
    P(a, f"27{NB}%", 27)
    P(a, f"5,5{NB}%", 5.5)
    P(a, f"11,2{NB}%", 11.2)
    D(a, "16/11/2038 à 06h05", "2038-11-16T06:05", typ="TIME", note="the publication line: numeric date with slashes, clock time with 'h'")
    D(a, "11h40", "2038-11-16T11:40", typ="TIME", note="'mis à jour à 11h40': the update, the same day")
    D(a, "lundi", "2038-11-15", nth=0, note="past: 'a accepté lundi l'offre', the day before the Tuesday publication")
    D(a, "fin mars", "2039-03", mod="END", note="future: 'La finalisation est attendue d'ici à fin mars', in a November article")
    D(a, "depuis l'[été]", "2038-SU", note="'qui convoite Chabrol Industrie depuis l'été': this summer")
    D(a, "vendredi", "2038-11-12", nth=0, note="past: 'avait déposé vendredi ... une offre concurrente'")
    D(a, "1921", "1921", note="'en 1921', inside the spokesman's marked words")
    D(a, "cinq ans", "P5Y", typ="DURATION", note="'pendant au moins cinq ans', inside the spokesman's reported clause")
    D(a, "an dernier", "2037", note="'Le groupe, qui a réalisé l'an dernier un chiffre d'affaires'")
    D(a, "2037", "2037", note="'Chabrol Industrie a réalisé en 2037 un chiffre d'affaires'")
    D(a, "vendredi", "2038-11-12", nth=1, note="past: 'Réuni vendredi, le comité social et économique ...'")
    D(a, "an prochain", "2039", note="'l'agrandissement de l'usine prévu l'an prochain', inside the mayor's reported clause")
    D(a, "lundi", "2038-11-15", nth=1, note="past: 'l'action Chabrol Industrie a bondi de 11,2 % lundi'")
    Q(a, f"{O}[maintient son offre et étudie toutes les options]{C}", "direct", "[Selon] un porte-parole",
      ("un [porte-parole de Klingmann], le", None, None), gender="male",
      note="a clause partly marked after 'Selon X,': one direct quote for the marked words; an unnamed spokesman, a "
           "noun-phrase speaker without its article, canonical and label null; 'un' shows the gender")
    Q(a, f"{O}[Nos grands-parents ont bâti cette maison à Thiers en 1921. Nous voulions un repreneur qui garde les ateliers ici, pas forcément le chèque le plus gros]{C}",
      "direct", "a expliqué", (JMF, JMF, PER), gender="male",
      note="two sentences in one pair of marks; the name in apposition to 'le porte-parole de la famille'")
    Q(a, f"précisé que [{VX} s'était engagé par écrit à maintenir les 410 emplois du site pendant au moins cinq ans].",
      "indirect", "a précisé", ("[Il] a précisé", JMF, PER), gender="male",
      note="'Il' is the family's spokesman of the sentence before")
    Q(a, f"{O}[Chabrol apporte à {VX} un savoir-faire unique dans la coutellerie professionnelle]{C}", "direct",
      "a déclaré", (LF, LF, PER), gender="male", note="the name in apposition to 'le PDG de Vexelis'")
    Q(a, f"{O}[L'offre allemande nous inquiétait{NB}: {KM} a fermé deux usines en Bavière après ses derniers rachats]{C}",
      "direct", "explique", (NR, NR, PER), gender="female",
      note="the name in apposition to 'sa secrétaire' (of the works council), 'élue CFDT' after it: the person speaks, "
           "not the council or the union; 'élue' shows the gender")
    Q(a, f"{O}[soulagé]{C}", "direct", "s'est dit", (CP, CP, PER), gender="male",
      note="one marked word after a pronominal cue; the name in apposition to 'Le maire de Thiers', the political "
           "label in brackets between them")
    Q(a, "Selon lui, [la ville accompagnera l'agrandissement de l'usine prévu l'an prochain].", "indirect",
      "[Selon] lui", ("Selon [lui]", CP, PER), gender="male", note="a pronoun after 'Selon': the mayor")
    V(a, "acquisition", "rachètera", {"target": f"de [{CI}], a accepté", "buyer": VX,
                                      "seller": ("opt", "famille [Chabrol], qui"), "amount": "319 millions d'euros",
                                      "stake": ("opt", f"64{NB}%"), "date": "lundi", "status": "announced"},
      note="the family's acceptance, the block purchase and the follow-on OPA are one takeover (the headline's 'choisit' "
           "too): announced, closing expected at the end of March; amount the total, the price per share no argument; "
           "the family (an optional entity) an optional seller, its block's 64 % an optional stake")
    V(a, "acquisition", "offre concurrente", {"target": f"convoite [{CI}] depuis", "buyer": KM,
                                              "amount": "330 millions d'euros", "date": "vendredi",
                                              "status": "announced"},
      note="the rival's hostile counter-bid filed with the AMF and maintained: a second announced acquisition of the "
           "same target, as the two rival bids of the twenty-seventh set")
    V(a, "role", "porte-parole de la famille", {"person": JMF, "title": "porte-parole"},
      note="'le porte-parole de la famille, X': no organization (a family is no company)")
    V(a, "role", "PDG", {"person": LF, "title": "PDG", "organization": f"PDG de [{VX}], {LF}"},
      note="'le PDG de Vexelis, X'")
    V(a, "result", "chiffre d'affaires", {"company": f"PDG de [{VX}], {LF}", "metric": "revenue",
                                          "amount": "1,2 milliard d'euros", "period": "an dernier"}, nth=0,
      note="'Le groupe, qui a réalisé l'an dernier un chiffre d'affaires de ...': 'Le groupe' is Vexelis, its CEO's "
           "company of the sentence before")
    V(a, "result", "chiffre d'affaires", {"company": f"trésorerie. [{CI}] a réalisé", "metric": "revenue",
                                          "amount": "96 millions d'euros", "change": f"5,5{NB}%", "period": "2037"}, nth=1,
      note="'Chabrol Industrie a réalisé en 2037 un chiffre d'affaires de ..., en hausse de 5,5 %'")
    V(a, "role", "secrétaire", {"person": NR, "title": "secrétaire", "organization": ("opt", "CSE")},
      note="'explique sa secrétaire, X': 'sa' is the works council (an optional entity)")
    V(a, "role", "élue", {"person": NR, "title": "élue", "organization": ("opt", "CFDT")}, optional=True,
      note="'élue CFDT': a staff representative's mandate, optional as in the sixth set")
    V(a, "role", "maire", {"person": CP, "title": "maire"},
      note="'Le maire de Thiers, X': title 'maire', no organization (the town is a place)")


def define_g3(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    RB, NSC, CV, GM = "Racing Besançon", "Nordhavn Sports Capital", "Claire Vautrin", "Gérard Maillot"
    LFP, MS, JC, YK, KB = "Ligue de football professionnel", "Mikkel Sørensen", "Julien Cattin", "Yao Kouassi", "Karim Benhaddou"
    # ------------------------------------------------------------ G3: a Ligue 2 football club taken over by a Danish fund, a new president, the season's money, a match and the coach's answers in dialogue dashes (sports news site)
    a = B.article("G3-rachat-club-ligue2-besancon", "2038-04-12", (
        f"Football{NN}: le {RB} passe sous pavillon danois, {CV} nommée présidente\n"
        "Thomas Girardot · Publié le lundi 12 avril 2038 à 07h30\n\n"
        f"Le fonds d{AP}investissement danois {NSC} a finalisé vendredi le rachat de 90{NN}% du {RB}, "
        f"troisième de Ligue 2, pour 28 millions d{AP}euros. Le vendeur, l{AP}industriel doubien {GM}, "
        f"président du club depuis 2029, conserve 10{NN}% du capital. Pour lui succéder, le fonds a nommé présidente "
        f"{CV}, ancienne directrice générale de la {LFP} (LFP).\n\n"
        f"{O}Je découvre un club sain, avec un public exceptionnel. Mon objectif, c{AP}est la Ligue 1{C}, a déclaré la "
        f"nouvelle présidente. {O}Je laisse un club sans dette{C}, a confié M. Maillot. Nordhavn portera le budget "
        f"à 27 millions d{AP}euros la saison prochaine, contre 19,5 millions d{AP}euros cette saison. Lors de la saison "
        f"2036-2037, le club a réalisé un chiffre d{AP}affaires de 24,3 millions d{AP}euros, en hausse de 12{NN}%, dont 9,1 "
        f"millions d{AP}euros de droits télévisés. Selon l{AP}associé gérant de Nordhavn, {MS}, le Racing doit "
        f"devenir rentable d{AP}ici à 2041 sans vendre ses meilleurs joueurs. Le président de l{AP}association de "
        f"supporters Virage Comtois, {JC}, a salué {O}un projet enfin ambitieux{C}, tout en demandant que le club "
        f"{O}garde son âme{C}.\n\n"
        f"Le club n{AP}a pas attendu le rachat pour investir{NN}: l{AP}attaquant ivoirien {YK}, acheté 3,2 millions "
        f"d{AP}euros au Stade rennais fin janvier, a encore marqué samedi. Au stade Léo-Lagrange, devant 11{NN}200 "
        f"spectateurs, Besançon a battu Grenoble (2-1) et revient à deux points de Sochaux, deuxième.\n\n"
        f"Après la rencontre, l{AP}entraîneur bisontin, {KB}, a répondu aux questions des journalistes.\n"
        f"— Le rachat a-t-il perturbé le groupe{NN}?\n"
        f"— Non. Les joueurs l{AP}ont appris vendredi, mais ils n{AP}ont pensé qu{AP}au match. On a souffert en fin de "
        f"rencontre, on a tenu.\n"
        f"— Vous visez désormais la montée{NN}?\n"
        f"— On en reparlera en mai. Il reste sept journées et Sochaux ne lâchera rien.\n"
        f"— Et votre avenir{NN}?\n"
        f"— J{AP}ai encore un an de contrat. Je n{AP}ai pas encore parlé avec la présidente, ça viendra."))
    for s, l, c, o in [(RB, ORG, None, False), (NSC, ORG, None, False), (CV, PER, None, False),
                       ("Thomas Girardot", PER, None, False), ("Ligue 2", MISC, None, False), (GM, PER, None, False),
                       (LFP, ORG, None, False), ("LFP", ORG, LFP, False), ("Ligue 1", MISC, None, False),
                       ("Maillot", PER, GM, False), ("Nordhavn", ORG, NSC, False), (MS, PER, None, False),
                       ("Racing", ORG, RB, False), ("Virage Comtois", ORG, None, False), (JC, PER, None, False),
                       (YK, PER, None, False), ("Stade rennais", ORG, None, False),
                       ("stade Léo-Lagrange", LOC, None, False), ("[Besançon] a battu", ORG, RB, False),
                       ("Grenoble", ORG, None, False), ("Sochaux", ORG, None, False), (KB, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Sports news site's web article copied as plain text: a headline opened by a section word and a "
                      "colon ('Football : le Racing Besançon passe sous pavillon danois, Claire Vautrin nommée "
                      "présidente'), then one line with the byline and the publication day with its weekday and clock "
                      "time after a middle dot ('Thomas Girardot · Publié le lundi 12 avril 2038 à 07h30'), no dateline; "
                      "the coach's answers after the match in dialogue dashes (U+2014), one turn a line. The reference "
                      "date is that day (Monday 12 April 2038); the takeover was completed on Friday 9 April ('a "
                      "finalisé vendredi'), the match played on Saturday 10 April. Every apostrophe is the typographic one "
                      "(U+2019: 'd’investissement', 'l’industriel', 'c’est', 'd’euros', 'd’affaires', 'l’associé', "
                      "'d’ici', 'l’association', 'n’a', 'l’attaquant', 'l’entraîneur', 'l’ont', 'qu’au', 'J’ai'); narrow "
                      "no-break spaces (U+202F) before '%', ':' and '?', inside the guillemets and as the thousands "
                      "separator of the count '11 200 spectateurs'.")
    a["notes"].append("Entities: the coined club 'Racing Besançon' (headline, lead) is one ORG, no separate 'Besançon'; "
                      "its short form 'le Racing' (in the fund partner's reported clause) and its town in a match "
                      "('Besançon a battu Grenoble (2-1)') are ORG with the club's canonical, as 'Pau' in a match in the "
                      "thirteenth set; the opponents never named in full ('Grenoble', 'Sochaux' twice, once inside an "
                      "answer) are ORG with their written form as canonical; the coined Danish fund 'Nordhavn Sports "
                      "Capital' and its short form 'Nordhavn' (twice; canonical the full name), the 'Ligue de football "
                      "professionnel' and its acronym in brackets 'LFP' (canonical the full name), the coined supporters' "
                      "association 'Virage Comtois' and the club 'Stade rennais' (a selling club, lower-case adjective "
                      "inside the name) are ORG; 'Ligue 2' and 'Ligue 1' (the latter inside marked words) are MISC "
                      "(competitions, as in the seventh and twenty-second sets); 'stade Léo-Lagrange' (a stadium named "
                      "after a person) is one LOC with 'stade' inside the span, as 'stade Jean-Bouin' in the "
                      "twenty-second set; the journalist, the new president, the seller (also 'M. Maillot', span the "
                      "surname, canonical the full name), the fund partner, the supporters' president, the player and "
                      "the coach are PER (all invented). Not names: 'Football' (a section word), 'le fonds', 'Le vendeur', "
                      "'le club', 'la nouvelle présidente', 'la présidente', 'le groupe' (the squad); 'danois', 'doubien', "
                      "'ivoirien', 'bisontin' are adjectives.")
    a["notes"].append("Quotes (8 required: 7 direct, 1 indirect; 3 optional): the new president through a noun phrase "
                      "('« ... », a déclaré la nouvelle présidente': speaker 'nouvelle présidente', canonical the woman "
                      "named in the lead, as 'la future directrice générale' in the twenty-ninth set; two sentences in one "
                      "pair of marks); the seller ('« ... », a confié M. Maillot'); the fund partner ('Selon l’associé "
                      "gérant de Nordhavn, X, <clause>': the clause after the apposition); the supporters' president's "
                      "two marked parts ('a salué « un projet enfin ambitieux », tout en demandant que le club « garde "
                      "son âme »': two direct quotes, one for each marked part, cues 'a salué' and 'demandant'); the "
                      "coach's answers after dialogue dashes, as in the fifth, sixth and sixteenth sets: each answer one "
                      "required direct quote from the first word after the dash and its space to the end of the line "
                      "(final punctuation kept), cue null, speaker the coach named in the sentence introducing the "
                      "exchange ('l’entraîneur bisontin, X, a répondu aux questions des journalistes'), gender male; the "
                      "journalists' questions are optional direct quotes with a null speaker (unnamed). Not quotes: 'a "
                      "finalisé vendredi le rachat' (an act), 'a nommé présidente X', 'Nordhavn portera le budget ...' (a "
                      "plan, no speech verb), 'X a répondu aux questions des journalistes', the headline.")
    a["notes"].append("Events: the takeover (headline 'passe sous pavillon danois', lead 'a finalisé vendredi le rachat de "
                      "90 % du Racing Besançon, ..., pour 28 millions d’euros. Le vendeur, l’industriel doubien X, ..., "
                      "conserve 10 % du capital'): one done acquisition, trigger 'rachat', stake '90 %', seller a person "
                      "(as in the twenty-second set), date 'vendredi'; the '10 %' kept is no argument. Result: the club's "
                      "revenue ('Lors de la saison 2036-2037, le club a réalisé un chiffre d’affaires de 24,3 millions "
                      "d’euros, en hausse de 12 %, dont 9,1 millions d’euros de droits télévisés'): period the season "
                      "(optional: a season over two years has no single value), the TV rights a part of it, no second "
                      "result. Roles: 'président du club depuis 2029' (the seller, the post he leaves; organization "
                      "optional: 'du club'), 'le fonds a nommé présidente X' (organization optional: the club of the "
                      "sentence; the headline's 'nommée présidente' the same fact), 'ancienne directrice générale de la "
                      "Ligue de football professionnel (LFP)' (a former post: title without 'ancienne', as 'ex-' in the "
                      "twenty-second set; organization required), 'l’associé gérant de Nordhavn, X' and 'Le président de "
                      "l’association de supporters Virage Comtois, X' (organization required), 'l’entraîneur bisontin, X' "
                      "(organization optional: the club by its adjective). Optional: 'l’attaquant ivoirien X' (a player's "
                      "position). Not events: the player's transfer ('acheté 3,2 millions d’euros au Stade rennais': a "
                      "transfer is none of the contract's types, the fee is money), the budget (a plan), the TV rights, "
                      "the profitability target, the match, the ranking.")
    a["notes"].append("Money: the takeover '28 millions d’euros', the budgets '27 millions d’euros' and '19,5 millions "
                      "d’euros', the revenue '24,3 millions d’euros', the TV rights '9,1 millions d’euros', the transfer "
                      "fee '3,2 millions d’euros'. '11 200 spectateurs', 'deux points', 'sept journées' are counts; the "
                      "score '(2-1)' is neither money nor a date. Percentages: the stake bought '90 %' and kept '10 %', "
                      "the revenue rise '12 %'.")
    a["notes"].append("Dates: the publication line 'lundi 12 avril 2038 à 07h30' is one TIME with its weekday, "
                      "2038-04-12T07:30, as in the twenty-second set; 'vendredi' twice (the completion, inside an answer: "
                      "'Les joueurs l’ont appris vendredi') 2038-04-09, two items; 'depuis 2029' the year; 'd’ici à 2041' "
                      "(inside the fund partner's reported clause) the year; 'fin janvier' (past: 'acheté ... fin "
                      "janvier', in an April article) 2038-01 with mod END; 'samedi' (the match) 2038-04-10; 'en mai' "
                      "(inside an answer, future) 2038-05; 'un an de contrat' (inside an answer) span 'un an', DURATION "
                      "P1Y, as 'trente ans de maison' in the sixth set. Optional: the seasons ('la saison prochaine' "
                      "2038, 'cette saison' 2037, 'saison 2036-2037' 2036: a football season runs over two years, as "
                      "'saison prochaine' in an earlier set).")
    M(a, "28 millions d’euros", 28e6, "EUR")
    M(a, "27 millions d’euros", 27e6, "EUR")
    M(a, "19,5 millions d’euros", 19.5e6, "EUR")
    M(a, "24,3 millions d’euros", 24.3e6, "EUR")
    M(a, "9,1 millions d’euros", 9.1e6, "EUR")
    M(a, "3,2 millions d’euros", 3.2e6, "EUR")
    P(a, f"90{NN}%", 90)
    P(a, f"10{NN}%", 10)
    P(a, f"12{NN}%", 12)
    D(a, "lundi 12 avril 2038 à 07h30", "2038-04-12T07:30", typ="TIME", note="the publication line with its weekday and clock time")
    D(a, "vendredi", "2038-04-09", nth=0, note="past: 'a finalisé vendredi le rachat', the Friday before the Monday publication")
    D(a, "2029", "2029", note="'président du club depuis 2029'")
    D(a, "saison prochaine", "2038", opt=True, note="the 2038-2039 season: no single TIMEX3 value")
    D(a, "cette saison", "2037", opt=True, note="the 2037-2038 season: no single TIMEX3 value")
    D(a, "saison 2036-2037", "2036", opt=True, note="a season over two years")
    D(a, "2041", "2041", note="'d’ici à 2041', inside the fund partner's reported clause")
    D(a, "fin janvier", "2038-01", mod="END", note="past: 'acheté ... fin janvier', in an April article")
    D(a, "samedi", "2038-04-10", note="past: the match, 'a encore marqué samedi'")
    D(a, "vendredi", "2038-04-09", nth=1, note="inside an answer: 'Les joueurs l’ont appris vendredi'")
    D(a, "mai", "2038-05", note="'On en reparlera en mai', inside an answer: future")
    D(a, "un an", "P1Y", typ="DURATION", note="'un an de contrat', inside an answer")
    Q(a, f"{O}[Je découvre un club sain, avec un public exceptionnel. Mon objectif, c{AP}est la Ligue 1]{C}", "direct",
      "a déclaré", ("la [nouvelle présidente]. «", CV, PER), gender="female",
      note="a noun-phrase speaker for the new president named in the lead (text without the article)")
    Q(a, f"{O}[Je laisse un club sans dette]{C}", "direct", "a confié", ("M. [Maillot]", GM, PER), gender="male",
      note="the surname after 'M.': the seller")
    Q(a, f"{MS}, [le Racing doit devenir rentable d{AP}ici à 2041 sans vendre ses meilleurs joueurs].", "indirect",
      "[Selon] l’associé", (MS, MS, PER), gender="male",
      note="'Selon l’associé gérant de Nordhavn, X, <clause>': the name in apposition to the title, the clause after it")
    Q(a, f"{O}[un projet enfin ambitieux]{C}", "direct", "a salué", (JC, JC, PER), gender="male",
      note="a marked noun phrase after 'a salué'; the name in apposition to 'Le président de l’association ...'")
    Q(a, f"{O}[garde son âme]{C}", "direct", "demandant", (JC, JC, PER), gender="male",
      note="'tout en demandant que le club « garde son âme »': a clause partly marked, one direct quote for the marked words")
    Q(a, "— [Le rachat a-t-il perturbé le groupe\u202f?]", "direct", None, None, optional=True,
      note="a journalist's question after a dialogue dash: no one named")
    Q(a, f"— [Non. Les joueurs l{AP}ont appris vendredi, mais ils n{AP}ont pensé qu{AP}au match. On a souffert en fin de rencontre, on a tenu.]",
      "direct", None, (KB, KB, PER), gender="male",
      note="an answer after a dialogue dash; the coach named in the sentence introducing the exchange")
    Q(a, "— [Vous visez désormais la montée\u202f?]", "direct", None, None, optional=True,
      note="a journalist's question after a dialogue dash: no one named")
    Q(a, "— [On en reparlera en mai. Il reste sept journées et Sochaux ne lâchera rien.]", "direct", None,
      (KB, KB, PER), gender="male", note="an answer after a dialogue dash")
    Q(a, "— [Et votre avenir\u202f?]", "direct", None, None, optional=True,
      note="a journalist's question after a dialogue dash: no one named")
    Q(a, f"— [J{AP}ai encore un an de contrat. Je n{AP}ai pas encore parlé avec la présidente, ça viendra.]", "direct",
      None, (KB, KB, PER), gender="male", note="an answer after a dialogue dash, the last line of the article")
    V(a, "acquisition", "rachat", {"target": f"du [{RB}], troisième", "buyer": NSC, "seller": GM,
                                   "stake": f"90{NN}%", "amount": "28 millions d’euros", "date": "vendredi",
                                   "status": "done"}, nth=0,
      note="'a finalisé vendredi le rachat de 90 % du Racing Besançon ... pour 28 millions d’euros': done; the seller "
           "a person ('Le vendeur, l’industriel doubien X'); the headline's 'passe sous pavillon danois' the same fact")
    V(a, "role", "[président] du club depuis", {"person": GM, "title": "président",
                                                "organization": ("opt", f"du [{RB}], troisième")},
      note="'X, président du club depuis 2029': the post the seller leaves ('Pour lui succéder')")
    V(a, "role", "nommé [présidente]", {"person": CV, "title": "présidente",
                                        "organization": ("opt", f"du [{RB}], troisième")},
      note="'le fonds a nommé présidente X': the new post; the headline's 'nommée présidente' the same fact")
    V(a, "role", "directrice générale", {"person": CV, "title": "directrice générale", "organization": LFP},
      note="'X, ancienne directrice générale de la Ligue de football professionnel (LFP)': a former post, title without "
           "'ancienne'")
    V(a, "result", f"chiffre d{AP}affaires", {"company": f"du [{RB}], troisième", "metric": "revenue",
                                              "amount": "24,3 millions d’euros", "change": f"12{NN}%",
                                              "period": ("opt", "saison 2036-2037")},
      note="'le club a réalisé un chiffre d’affaires de ..., en hausse de 12 %': 'le club' is the Racing; the season an "
           "optional period; the TV rights ('dont 9,1 millions d’euros') a part of it")
    V(a, "role", "associé gérant", {"person": MS, "title": "associé gérant", "organization": f"gérant de [Nordhavn], {MS}"},
      note="'l’associé gérant de Nordhavn, X': the short form, canonical the fund's full name")
    V(a, "role", f"Le [président] de l{AP}association", {"person": JC, "title": "président",
                                                          "organization": "Virage Comtois"},
      note="'Le président de l’association de supporters Virage Comtois, X'")
    V(a, "role", "attaquant", {"person": YK, "title": "attaquant", "organization": ("opt", f"du [{RB}], troisième")},
      optional=True, note="'l’attaquant ivoirien X': a player's position, optional as in the earlier sets")
    V(a, "role", "entraîneur", {"person": KB, "title": "entraîneur", "organization": ("opt", f"du [{RB}], troisième")},
      note="'l’entraîneur bisontin, X': the club by its adjective, organization optional")


def define_h3(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "« ", " »"     # guillemets with ordinary spaces inside in this article (agency style)
    ST, RG, IM, EL, NBe, KO = "Septentrion", "Robert Gagnon", "Isabelle Marchand", "Étienne Lapointe", "Nathalie Bérubé", "Kevin Ouellet"
    AMF, FBN = "Autorité des marchés financiers", "Financière Banque Nationale"
    PCD, PCDf = "président et chef de la direction", "présidente et cheffe de la direction"
    # ------------------------------------------------------------ H3: a Quebec insurer's annual results, dividend, share buyback, CEO succession for next year, a regulator's penalty, two ministers (Montréal business site)
    a = B.article("H3-resultats-assureur-succession-montreal", "2038-02-11", (
        "Septentrion affiche un bénéfice record et prépare la relève à sa tête\n"
        "Par Marie-Ève Lachance\n"
        "Publié le 11 février 2038 à 18 h 40\n\n"
        f"MONTRÉAL — L'assureur québécois {ST} a dégagé l'an dernier un bénéfice net record de 1,1 milliard $, en hausse "
        "de 14 %, a-t-il annoncé jeudi. Ses revenus ont atteint 9,6 milliards $, en progression de 6,2 %, portés par "
        "l'assurance de dommages en Ontario et en Alberta. Le conseil d'administration a relevé le dividende trimestriel de "
        f"7 %, à 0,82 $ par action, et autorisé un programme de rachat d'actions pouvant atteindre 450{NB}M$, qui débutera au "
        "troisième trimestre.\n\n"
        f"Le {PCD}, {RG}, 64 ans, prendra sa retraite l'an prochain, après douze ans à "
        f"la tête du groupe. {IM}, actuelle cheffe de la direction financière, lui succédera comme {PCDf} "
        "le 1er avril 2039, a précisé l'entreprise. "
        f"{O}Nous avons profité d'une année sans grande catastrophe naturelle, cela ne se répétera pas chaque année{C}, a "
        "prévenu M. Gagnon en conférence téléphonique. Il a ajouté que l'assureur visait un rendement des capitaux propres "
        "d'au moins 15 % en 2038.\n\n"
        f"Ombre au tableau, l'{AMF} (AMF) a imposé à {ST} une sanction administrative de "
        f"8,3{NB}M$, la plus lourde de son histoire, pour avoir vendu à partir de 2033 des garanties d'assurance-crédit "
        f"inutiles à quelque 41 000 emprunteurs. L'assureur a accepté de rembourser 26{NB}M$ aux clients lésés d'ici à fin juin.\n\n"
        f"Le ministre québécois des Finances, {EL}, a jugé la sanction {O}proportionnée{C}. Les assureurs doivent "
        "traiter leurs clients avec équité, a-t-il estimé en marge d'une conférence de presse à Québec. Selon lui, le "
        "gouvernement n'a pas l'intention de durcir la loi. Le siège social de l'assureur restera à Québec, d'après la "
        f"ministre de l'Économie, {NBe}.\n\n"
        "À la Bourse de Toronto, l'action a gagné 2,4 % jeudi, à 61,35 $. "
        f"{O}Les résultats sont solides, mais la succession était attendue plus tôt{C}, estime {KO}, analyste chez "
        f"{FBN}."))
    for s, l, c, o in [(ST, ORG, None, False), ("Marie-Ève Lachance", PER, None, False), ("MONTRÉAL", LOC, None, False),
                       ("Ontario", LOC, None, False), ("Alberta", LOC, None, False), (RG, PER, None, False),
                       (IM, PER, None, False), ("Gagnon", PER, RG, False), (AMF, ORG, None, False),
                       ("AMF", ORG, AMF, False), (EL, PER, None, False), ("Québec", LOC, None, False),
                       (NBe, PER, None, False), ("Bourse de Toronto", ORG, None, False), (KO, PER, None, False),
                       (FBN, ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a Montréal business site copied as plain text: a headline, a byline ('Par "
                      "Marie-Ève Lachance'), a publication line with a Quebec clock time spaced around 'h' ('Publié le 11 "
                      "février 2038 à 18 h 40'), then a Canadian dateline with an em dash and no date ('MONTRÉAL — '), as "
                      "in the twelfth set. The reference date is the publication day (Thursday 11 February 2038), the day "
                      "of the results ('a-t-il annoncé jeudi') and of the share move. Straight apostrophes; ordinary "
                      "spaces before '%', before '$' and inside the guillemets, and in the count '41 000 emprunteurs'; "
                      "no-break spaces (U+00A0) between the number and 'M$' ('450 M$', '8,3 M$', '26 M$').")
    a["notes"].append("Entities: the coined Quebec insurer 'Septentrion' (headline, lead, 'a imposé à Septentrion') is ORG "
                      "in every mention; the regulator 'Autorité des marchés financiers' (the Quebec one) and its acronym "
                      "in brackets 'AMF' (canonical the full name), the market 'Bourse de Toronto' (one ORG, no separate "
                      "'Toronto', as in the fifteenth set) and the broker 'Financière Banque Nationale' (after 'chez') are "
                      "ORG; the dateline 'MONTRÉAL' keeps its case and is LOC; 'Ontario', 'Alberta' and 'Québec' (twice, "
                      "the city: 'à Québec') are LOC; the journalist, the outgoing CEO (also 'M. Gagnon', span the surname, "
                      "canonical the full name), his successor, the two ministers and the analyst are PER (all invented). "
                      "Not names: 'Le conseil d'administration', 'le groupe', 'l'entreprise', 'L'assureur', 'le "
                      "gouvernement', 'Finances' and 'Économie' inside the ministers' titles; 'québécois' is an adjective.")
    a["notes"].append("Quotes (9 required: 3 direct, 6 indirect): the company through an inverted pronoun after an "
                      "unmarked clause ('L'assureur québécois Septentrion a dégagé l'an dernier ..., en hausse de 14 %, "
                      "a-t-il annoncé jeudi': the clause from the first word after the dateline's dash to the comma; "
                      "speaker 'il', canonical Septentrion, ORG, no gender, as 'a-t-il annoncé mercredi' for a company in "
                      "the thirteenth set); the company through a noun phrase after an unmarked clause (the successor's "
                      "appointment, '..., a précisé l'entreprise': speaker 'entreprise', canonical Septentrion, as in the "
                      "thirtieth set); the outgoing CEO ('« ... », a prévenu M. Gagnon en conférence téléphonique') then "
                      "'Il a ajouté que <clause>'; the finance minister's one marked word ('a jugé la sanction « "
                      "proportionnée »': one direct quote), then an unmarked clause before an inverted pronoun cue ('Les "
                      "assureurs doivent ..., a-t-il estimé en marge d'une conférence de presse à Québec') and 'Selon lui, "
                      "<clause>'; the economy minister through an inverted 'd'après' ('Le siège social de l'assureur "
                      "restera à Québec, d'après la ministre de l'Économie, X': the name in apposition is the speaker); the "
                      "analyst ('« ... », estime X, analyste chez ...'). Not quotes: 'Le conseil d'administration a relevé "
                      "le dividende ... et autorisé un programme ...' (acts), 'prendra sa retraite', 'l'AMF a imposé à "
                      "Septentrion une sanction ...' (an act), 'L'assureur a accepté de rembourser ...' (an act, no speech "
                      "verb), the headline.")
    a["notes"].append("Events: results of 2037 (the year written once, in the lead): the net profit ('a dégagé l'an "
                      "dernier un bénéfice net record de 1,1 milliard $, en hausse de 14 %': metric net_income, period "
                      "'an dernier') and the revenue ('Ses revenus ont atteint 9,6 milliards $, en progression de 6,2 %': "
                      "metric revenue, 'Ses' is Septentrion, period optional). Roles: the outgoing CEO ('Le président et "
                      "chef de la direction, X, ..., prendra sa retraite l'an prochain': the Quebec title as written, "
                      "organization optional, the company of the article), his successor's present post ('X, actuelle "
                      "cheffe de la direction financière', organization optional) and her future post ('lui succédera "
                      "comme présidente et cheffe de la direction le 1er avril 2039', organization optional): two roles "
                      "for one person, as 'jusqu'ici ... , a été nommé ...' in the thirteenth set; the ministers' titles as "
                      "written, no organization ('Le ministre québécois des Finances, X', with its adjective; 'la ministre "
                      "de l'Économie, X'); 'X, analyste chez Financière Banque Nationale' (organization required). Not "
                      "events: the dividend, the share buyback ('programme de rachat d'actions': no target company, as in "
                      "the earlier sets), the regulator's penalty and the refund (money, no event type), the return-on-"
                      "equity target (a forecast), the share move.")
    a["notes"].append("Money: bare '$' after a number (and its scale word) in a Quebec article is CAD, as in the "
                      "fifteenth and sixteenth sets, and so is 'M$' (millions of dollars, as in the twelfth set): the net "
                      "profit '1,1 milliard $', the revenue '9,6 milliards $', the dividend per share '0,82 $' ('par "
                      "action' outside), the buyback ceiling '450 M$' ('pouvant atteindre' outside), the penalty '8,3 "
                      "M$', the refund '26 M$', the share price '61,35 $'. '41 000 emprunteurs' is a count. Percentages: "
                      "the profit rise '14 %', the revenue rise '6,2 %', the dividend rise '7 %', the return target "
                      "'d'au moins 15 %' (span '15 %', the bound outside), the share move '2,4 %'.")
    a["notes"].append("Dates: the publication line '11 février 2038 à 18 h 40' is one TIME, 2038-02-11T18:40; 'l'an "
                      "dernier' 2037 (span 'an dernier'); 'jeudi' twice (the results, the share move) the publication day "
                      "2038-02-11, two items; 'au troisième trimestre' (future: 'qui débutera') span 'troisième "
                      "trimestre', 2038-Q3; 'l'an prochain' 2039 (span 'an prochain'); 'après douze ans' span 'douze ans', "
                      "DURATION P12Y; 'le 1er avril 2039' (span without 'le'); 'en 2038' (inside the CEO's reported "
                      "clause; the first '2038' is inside the publication TIME) the year; 'à partir de 2033' span '2033', "
                      "no mod, as 'jusqu'en 2040' in the thirtieth set; 'd'ici à fin juin' (future) span 'fin juin', "
                      "2038-06 with mod END. Optional: the age '64 ans' (P64Y), 'une année' inside the CEO's marked words "
                      "(anaphoric: 2037), 'chaque année' inside the same words (SET P1Y, as 'par an' in the earlier "
                      "sets).")
    M(a, "1,1 milliard $", 1.1e9, "CAD")
    M(a, "9,6 milliards $", 9.6e9, "CAD")
    M(a, "0,82 $", 0.82, "CAD")
    M(a, f"450{NB}M$", 450e6, "CAD")
    M(a, f"8,3{NB}M$", 8.3e6, "CAD")
    M(a, f"26{NB}M$", 26e6, "CAD")
    M(a, "61,35 $", 61.35, "CAD")
    P(a, "14 %", 14)
    P(a, "6,2 %", 6.2)
    P(a, "7 %", 7)
    P(a, "15 %", 15)
    P(a, "2,4 %", 2.4)
    D(a, "11 février 2038 à 18 h 40", "2038-02-11T18:40", typ="TIME", note="the publication line: day and Quebec clock time")
    D(a, "an dernier", "2037", note="'a dégagé l'an dernier un bénéfice net record'")
    D(a, "jeudi", "2038-02-11", nth=0, note="'a-t-il annoncé jeudi': the publication day")
    D(a, "troisième trimestre", "2038-Q3", note="future: 'qui débutera au troisième trimestre'")
    D(a, "64 ans", "P64Y", typ="DURATION", opt=True, note="an age")
    D(a, "an prochain", "2039", note="'prendra sa retraite l'an prochain'")
    D(a, "douze ans", "P12Y", typ="DURATION", note="'après douze ans à la tête du groupe'")
    D(a, "1er avril 2039", "2039-04-01", note="'lui succédera ... le 1er avril 2039'")
    D(a, "d'une [année] sans", "2037", opt=True, note="anaphoric, inside the CEO's marked words: the year of the results")
    D(a, "chaque année", "P1Y", typ="SET", opt=True, note="a rate, inside the CEO's marked words")
    D(a, "en [2038].", "2038", note="'d'au moins 15 % en 2038', inside the CEO's reported clause")
    D(a, "2033", "2033", note="'pour avoir vendu à partir de 2033'")
    D(a, "fin juin", "2038-06", mod="END", note="future: 'a accepté de rembourser ... d'ici à fin juin'")
    D(a, "jeudi", "2038-02-11", nth=1, note="'l'action a gagné 2,4 % jeudi': the publication day")
    Q(a, f"— [L'assureur québécois {ST} a dégagé l'an dernier un bénéfice net record de 1,1 milliard $, en hausse de 14 %], a-t-il",
      "indirect", "a-t-il annoncé", ("a-t-[il] annoncé", ST, ORG),
      note="an unmarked clause before an inverted cue whose pronoun stands for the company (the subject of the clause)")
    Q(a, f"[{IM}, actuelle cheffe de la direction financière, lui succédera comme {PCDf} le 1er avril 2039], a précisé",
      "indirect", "a précisé", ("a précisé l'[entreprise].", ST, ORG),
      note="an unmarked clause before an inverted cue; the company through a noun phrase")
    Q(a, f"{O}[Nous avons profité d'une année sans grande catastrophe naturelle, cela ne se répétera pas chaque année]{C}",
      "direct", "a prévenu", ("M. [Gagnon]", RG, PER), gender="male", note="the surname after 'M.': the outgoing CEO")
    Q(a, "ajouté que [l'assureur visait un rendement des capitaux propres d'au moins 15 % en 2038].", "indirect",
      "a ajouté", ("[Il] a ajouté", RG, PER), gender="male", note="'Il' is the outgoing CEO of the sentence before")
    Q(a, f"{O}[proportionnée]{C}", "direct", "a jugé", (EL, EL, PER), gender="male",
      note="one marked word after 'a jugé la sanction'; the name in apposition to 'Le ministre québécois des Finances'")
    Q(a, "[Les assureurs doivent traiter leurs clients avec équité], a-t-il", "indirect", "a-t-il estimé",
      ("a-t-[il] estimé", EL, PER), gender="male",
      note="an unmarked clause before an inverted pronoun cue: the finance minister of the sentence before")
    Q(a, "Selon lui, [le gouvernement n'a pas l'intention de durcir la loi].", "indirect", "[Selon] lui",
      ("Selon [lui]", EL, PER), gender="male", note="a pronoun after 'Selon': the finance minister")
    Q(a, "[Le siège social de l'assureur restera à Québec], d'après", "indirect", "[d'après] la ministre",
      (NBe, NBe, PER), gender="female",
      note="inverted 'd'après' with a title and the name in apposition: the name speaks; 'la ministre' shows the gender")
    Q(a, f"{O}[Les résultats sont solides, mais la succession était attendue plus tôt]{C}", "direct", "estime",
      (KO, KO, PER), gender="male", note="the name after the cue, 'analyste chez ...' in apposition")
    V(a, "result", "bénéfice net", {"company": f"québécois [{ST}] a dégagé", "metric": "net_income",
                                    "amount": "1,1 milliard $", "change": "14 %", "period": "an dernier"},
      note="'L'assureur québécois Septentrion a dégagé l'an dernier un bénéfice net record de ..., en hausse de 14 %'")
    V(a, "result", "revenus", {"company": f"québécois [{ST}] a dégagé", "metric": "revenue",
                               "amount": "9,6 milliards $", "change": "6,2 %", "period": ("opt", "an dernier")},
      note="'Ses revenus ont atteint ..., en progression de 6,2 %': 'Ses' is Septentrion; the year written once")
    V(a, "role", PCD, {"person": RG, "title": PCD, "organization": ("opt", f"québécois [{ST}] a dégagé")},
      note="'Le président et chef de la direction, X, ..., prendra sa retraite l'an prochain': the post he leaves")
    V(a, "role", "cheffe de la direction financière", {"person": IM, "title": "cheffe de la direction financière",
                                                       "organization": ("opt", f"québécois [{ST}] a dégagé")},
      note="'X, actuelle cheffe de la direction financière': her present post")
    V(a, "role", PCDf, {"person": IM, "title": PCDf, "organization": ("opt", f"québécois [{ST}] a dégagé")},
      note="'lui succédera comme présidente et cheffe de la direction le 1er avril 2039': her future post")
    V(a, "role", "ministre québécois des Finances", {"person": EL, "title": "ministre québécois des Finances"},
      note="'Le ministre québécois des Finances, X': title with its adjective, no organization")
    V(a, "role", "ministre de l'Économie", {"person": NBe, "title": "ministre de l'Économie"},
      note="'la ministre de l'Économie, X': no organization")
    V(a, "role", "analyste", {"person": KO, "title": "analyste", "organization": FBN},
      note="'X, analyste chez Financière Banque Nationale'")
