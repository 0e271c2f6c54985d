"""The three articles of the fortieth blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind40`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (inside the guillemets, before ':' and '€' in G4; before '%' and ':' and inside the guillemets in I4)
NN = "\u202f"    # narrow no-break space (before '%' in G4)
AP = "\u2019"    # typographic apostrophe (every apostrophe of G4)


def define(B):
    define_g4(B)
    define_h4(B)
    define_i4(B)


def _typo(x):
    """Every straight apostrophe of G4's annotations made typographic (the article uses U+2019 throughout)."""
    if isinstance(x, str):
        return x.replace("'", AP)
    if isinstance(x, tuple):
        return tuple(_typo(v) for v in x)
    if isinstance(x, list):
        return [_typo(v) for v in x]
    if isinstance(x, dict):
        return {k: (v if k == "note" else _typo(v)) for k, v in x.items()}
    return x


def define_g4(B):
    def E(a, s, *r, **kw): B.E(a, _typo(s), *r, **kw)
    def M(a, s, *r, **kw): B.M(a, _typo(s), *r, **kw)
    def D(a, s, *r, **kw): B.D(a, _typo(s), *r, **kw)
    def P(a, s, *r, **kw): B.P(a, _typo(s), *r, **kw)

    def Q(a, text, kind, cue, speaker, **kw):
        B.Q(a, _typo(text), kind, _typo(cue), _typo(speaker), **kw)

    def V(a, typ, trigger, args, **kw):
        B.V(a, typ, _typo(trigger), _typo(args), **kw)

    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    LY, BK, CC, NLB, CF, HY, WE, DP, KBC, FGTB, EB = (
        "Lysamat", "Brakotec", "Crestmoor Capital", "Ningbo Lysa Brake", "Compofab", "Hydrolys",
        "Wallonie Entreprendre", "Degroof Petercam", "KBC Securities", "FGTB Métal", "Euronext Bruxelles")
    ND, MV, GVA, PC, SW, TL, OD = ("Nathalie Deprez", "Marc Vandenheede", "Griet Van Acker", "Pieter Claes",
                                   "Sophie Wauters", "Thierry Lejeune", "Olivier Dardenne")
    MWE = "ministre wallon de l'Économie"
    # ------------------------------------------------------------ G4: a listed Liège maker of rail braking systems: annual results (revenue, REBITDA, net profit after an impairment), the CEO leaving and his successor from Bekaert, the sale of its US subsidiary to a fund (price, implied value), a planned sale of a Chinese joint-venture stake, a purchase closed in January, a hydrogen subsidiary's round with two public investors, two analysts, a bonus for the staff, the union and the Walloon minister (Belgian business daily, web)
    text = (
        "Lysamat change de patron et se sépare de sa filiale américaine\n"
        f"Par {ND}\n"
        "27/02/41 à 07:12\n\n"
        f"Le groupe liégeois {LY}, coté sur {EB}, a publié mardi des résultats annuels contrastés et annoncé le "
        f"départ de son administrateur délégué, {MV}, qui quittera ses fonctions le 30 avril après neuf ans à la tête "
        f"de l'entreprise. {GVA}, 49 ans, jusqu'ici directrice de la division Europe de Bekaert, deviendra "
        "administratrice déléguée le 1er mai.\n\n"
        "En 2040, le chiffre d'affaires du spécialiste des systèmes de freinage ferroviaire a progressé de "
        f"4,2{NN}% à 1,36 milliard d'euros. Le REBITDA s'est établi à 198,4 millions d'euros, mais le bénéfice net a "
        f"reculé de 19{NN}%, à 71,2 millions d'euros, plombé par une dépréciation de 38 millions d'euros sur l'usine de "
        f"Ningbo, en Chine. Le dividende brut restera stable, à 1,35{NB}€ par action. {O}Ce n'est pas l'année dont nous "
        f"rêvions. La Chine nous a coûté cher{C}, a déclaré {MV} lors d'une conférence téléphonique. {O}Mais le carnet "
        f"de commandes n'a jamais été aussi rempli, avec 2,1 milliards d'euros à fin décembre{C}, a-t-il ajouté.\n\n"
        f"Pour se désendetter, {LY} a signé lundi un accord pour céder sa filiale américaine {BK}, basée à Pittsburgh, "
        f"au fonds {CC} pour 420 millions de dollars. L'opération, qui valorise {BK} à 505 millions de dollars dette "
        "comprise, doit être bouclée au troisième trimestre. Selon le groupe, elle ramènera l'endettement net sous 1,5 "
        f"fois le REBITDA d'ici la fin de l'année. {O}{BK} n'avait plus sa place dans un groupe recentré sur l'Europe "
        f"et l'Asie{C}, a expliqué l'administrateur délégué sortant.\n\n"
        f"{LY} envisage aussi de vendre sa participation de 40{NN}% dans la coentreprise chinoise {NLB}, estimée à 900 "
        f"millions de yuans, a précisé un porte-parole. Le groupe a finalisé en janvier le rachat du néerlandais {CF}, "
        f"spécialiste des pièces en composite, pour 48 millions d'euros. Sa filiale hydrogène {HY} a en outre levé 22 "
        f"millions d'euros en décembre auprès de la SFPI et de {WE}. Ce tour de table doit financer une ligne pilote à "
        "Seraing.\n\n"
        f"Mercredi, l'action {LY} cédait 6,8{NN}% à la mi-séance, à 41,20{NB}€. {PC}, analyste chez {DP}, "
        f"tranche{NB}: {O}Le prix obtenu pour {BK} est correct. Le vrai sujet, c'est Ningbo.{C} {SW}, de {KBC}, estime "
        f"que la nouvelle patronne devra revoir l'objectif de marge de 16{NN}% fixé pour 2043.\n\n"
        "Le groupe versera une prime exceptionnelle de 1.200 euros à chacun de ses 1.240 travailleurs wallons, a "
        f"indiqué la direction. {O}On nous parle d'Europe et d'Asie, jamais de Herstal{C}, a regretté le secrétaire "
        f"régional de la {FGTB}, {TL}. Selon le {MWE}, {OD}, la cession de {BK} {O}ne change rien à l'ancrage "
        f"liégeois{C} du groupe.")
    a = B.article("G4-resultats-annuels-cession-freinage-liege", "2041-02-27", _typo(text))
    for s, l, c, n, o in [(NLB, ORG, None, None, False), ("c'est [Ningbo].", LOC, None, None, True), ("Ningbo", LOC, None, None, False), (LY, ORG, None, None, False),
                          (ND, PER, None, None, False), (EB, ORG, None, None, False), (MV, PER, None, None, False),
                          (GVA, PER, None, None, False), ("Europe", LOC, None, 0, True), ("Europe", LOC, None, None, False),
                          ("Bekaert", ORG, None, None, False), ("Chine", LOC, None, None, False), (BK, ORG, None, None, False),
                          ("Pittsburgh", LOC, None, None, False), (CC, ORG, None, None, False), ("Asie", LOC, None, None, False),
                          (CF, ORG, None, None, False), (HY, ORG, None, None, False), ("SFPI", ORG, None, None, False),
                          (WE, ORG, None, None, False), ("Seraing", LOC, None, None, False), (PC, PER, None, None, False),
                          (DP, ORG, None, None, False), (SW, PER, None, None, False), (KBC, ORG, None, None, False),
                          ("Herstal", LOC, None, None, False), (FGTB, ORG, None, None, False), (TL, PER, None, None, False),
                          (OD, PER, None, None, False)]:
        E(a, s, l, c, nth=n, opt=o)
    a["notes"].append("Web article of a Belgian French-language business daily copied as plain text: a headline with no "
                      "section word, a byline line ('Par Nathalie Deprez'), then *new*: a bare line holding a numeric date "
                      "with slashes and a two-digit year and a clock time with a colon ('27/02/41 à 07:12'), no dateline. "
                      "The reference date is that day (Wednesday 27 February 2041): the accounts were published the day "
                      "before ('a publié mardi'), the sale agreement signed on Monday ('a signé lundi'). Every apostrophe "
                      "is the typographic one (U+2019: 'l’entreprise', 'jusqu’ici', 'd’affaires', 'd’euros', 's’est', "
                      "'l’usine', 'n’est', 'l’année', 'd’une', 'n’a', 'L’opération', 'l’endettement', 'd’ici', 'l’Europe', "
                      "'l’Asie', 'l’administrateur', 'n’avait', 'l’action', 'c’est', 'l’objectif', 'd’Europe', 'd’Asie', "
                      "'l’Économie', 'l’ancrage'); narrow no-break spaces (U+202F) before '%'; no-break spaces (U+00A0) "
                      "inside the guillemets, before the analyst's colon and before the euro sign of '1,35 €' and '41,20 "
                      "€'; *new*: the Belgian dot as the thousands separator, in an amount ('1.200 euros') and in a count "
                      "('1.240 travailleurs').")
    a["notes"].append("Entities: the coined Liège group 'Lysamat' (headline, lead, 'Lysamat a signé', 'Lysamat envisage', "
                      "'l’action Lysamat') is ORG; 'Euronext Bruxelles' (one ORG), the real 'Bekaert', the coined US "
                      "subsidiary 'Brakotec' (five times, twice inside marked words), the coined fund 'Crestmoor Capital', "
                      "the coined joint venture 'Ningbo Lysa Brake' (one ORG, no separate 'Ningbo'), the coined Dutch firm "
                      "'Compofab', the coined hydrogen subsidiary 'Hydrolys', the Belgian federal holding 'SFPI', the Walloon "
                      "public investor 'Wallonie Entreprendre' (one ORG), the brokers 'Degroof Petercam' and 'KBC "
                      "Securities', the union 'FGTB Métal' are ORG; 'Ningbo' (the plant's town), 'Chine' (twice), 'Pittsburgh', 'Europe' and 'Asie' (twice each), 'Seraing' and "
                      "'Herstal' (inside marked words) are LOC; the journalist, the outgoing CEO, his successor, the two "
                      "analysts, the union officer and the minister are PER (all invented). Optional: 'Europe' inside the "
                      "title 'directrice de la division Europe' (a division's name, LOC or none), 'Ningbo' inside the "
                      "analyst's marked words ('Le vrai sujet, c’est Ningbo': the town, the plant or the joint venture). Not names: 'REBITDA' (a "
                      "metric), 'Le groupe', 'L’opération', 'Ce tour de table', 'la direction', 'la nouvelle patronne'; "
                      "'liégeois', 'américaine', 'chinoise', 'néerlandais', 'wallons' are adjectives.")
    a["notes"].append("Quotes (10 required: 6 direct, 4 indirect): the outgoing CEO by name after the cue ('« ... », a "
                      "déclaré X lors d’une conférence téléphonique': two sentences) then '« ... », a-t-il ajouté'; the "
                      "group through the noun after 'Selon' ('Selon le groupe, <clause>': speaker 'groupe', canonical "
                      "Lysamat, ORG); *new*: the outgoing CEO through the noun phrase of his title after the cue ('« ... », "
                      "a expliqué l’administrateur délégué sortant': canonical the CEO named in the lead, male); an unnamed "
                      "spokesman after an unmarked sentence ('<clause>, a précisé un porte-parole': noun phrase, canonical "
                      "null); the first analyst named before a present-tense cue and a colon ('X, analyste chez Degroof "
                      "Petercam, tranche : « ... »': two sentences, the final full stop inside the marks); the second "
                      "analyst before 'estime que' ('X, de KBC Securities, estime que <clause>'); the management after an "
                      "unmarked sentence ('<clause>, a indiqué la direction': speaker 'direction', canonical Lysamat, as "
                      "'La direction' in the thirty-third set); the union officer named in apposition after the cue; the "
                      "minister after 'Selon' with a clause partly marked ('Selon le ministre wallon de l’Économie, X, la "
                      "cession de Brakotec « ... » du groupe': one direct quote for the marked words, cue 'Selon'). Not "
                      "quotes: the headline, the results, 'Le dividende brut restera stable', 'doit être bouclée ...', "
                      "'Ce tour de table doit financer ...'.")
    a["notes"].append("Events: roles: 'son administrateur délégué, X' (the Belgian CEO title; 'son' is Lysamat: "
                      "organization optional; 'l’administrateur délégué sortant' later restates it), 'X, 49 ans, jusqu’ici "
                      "directrice de la division Europe de Bekaert' (the post held until now, title as written, "
                      "organization required), 'deviendra administratrice déléguée le 1er mai' (the future post, "
                      "organization optional: the company of the paragraph), 'X, analyste chez Degroof Petercam', 'le "
                      "secrétaire régional de la FGTB Métal, X' (organization required), 'le ministre wallon de "
                      "l’Économie, X' (title with its adjective, no organization). Results for 2040: the revenue ('En 2040, "
                      "le chiffre d’affaires du spécialiste ... a progressé de 4,2 % à 1,36 milliard d’euros': company "
                      "Lysamat through the noun phrase, change 4,2, period 2040), the REBITDA (metric ebitda, period "
                      "optional: the year written once) and the net profit ('a reculé de 19 %, à 71,2 millions d’euros': "
                      "change 19 as written, period optional); the order book inside the CEO's marked words ('le carnet de commandes ..., "
                      "avec 2,1 milliards d’euros à fin décembre': metric orders, period optional; added after the blind "
                      "run, listed by mistake among the non-events in the first version). Acquisitions: the sale of the US subsidiary ('Lysamat a "
                      "signé lundi un accord pour céder sa filiale américaine Brakotec ... au fonds Crestmoor Capital pour "
                      "420 millions de dollars. L’opération ... doit être bouclée au troisième trimestre': announced, "
                      "seller Lysamat, buyer the fund, date 'lundi'; the headline's 'se sépare de' and the later 'la "
                      "cession de Brakotec' the same fact); the planned sale of the joint-venture stake ('Lysamat envisage "
                      "aussi de vendre sa participation de 40 % dans la coentreprise chinoise Ningbo Lysa Brake, estimée à "
                      "900 millions de yuans': planned, stake 40, the estimate an optional amount); the purchase closed in "
                      "January ('Le groupe a finalisé en janvier le rachat du néerlandais Compofab ... pour 48 millions "
                      "d’euros': done, buyer Lysamat through 'Le groupe'). Valuation: 'L’opération, qui valorise Brakotec "
                      "à 505 millions de dollars dette comprise' (the enterprise value, apart from the price; no funding "
                      "event carries it). Funding: the subsidiary's round ('Sa filiale hydrogène Hydrolys a en outre levé "
                      "22 millions d’euros en décembre auprès de la SFPI et de Wallonie Entreprendre. Ce tour de table "
                      "...': two investors, date 2040-12; 'Ce tour de table' refers back to it). Not events: the "
                      "impairment, the dividend, the share's fall ('l’action Lysamat cédait 6,8 %': a "
                      "share move, no sale), the leverage target, the bonus, 'X, de KBC Securities' (no title), 'la "
                      "nouvelle patronne' (the successor's post restated).")
    a["notes"].append("Money: euros EUR: the revenue '1,36 milliard d’euros', the REBITDA '198,4 millions d’euros', the net "
                      "profit '71,2 millions d’euros', the impairment '38 millions d’euros', the dividend '1,35 €' and the "
                      "share price '41,20 €' (a no-break space before the sign), the order book '2,1 milliards d’euros' "
                      "inside marked words, the purchase '48 millions d’euros', the round '22 millions d’euros', *new*: "
                      "the bonus with a Belgian thousands dot '1.200 euros' (1200); dollars USD: the price '420 millions "
                      "de dollars', the implied value '505 millions de dollars'; *new*: Chinese yuan CNY: '900 millions de "
                      "yuans'. '1,5 fois' and '1.240 travailleurs' are not money. Percentages: the revenue rise '4,2 %', "
                      "the profit's fall '19 %', the stake '40 %', the share's fall '6,8 %', the margin target '16 %'.")
    a["notes"].append("Dates: *new*: the bare line '27/02/41 à 07:12' (two-digit year) one TIME, 2041-02-27T07:12; 'mardi' "
                      "(past) 2041-02-26; 'le 30 avril' (future) 2041-04-30; 'après neuf ans' span 'neuf ans', P9Y; 'le "
                      "1er mai' 2041-05-01; 'En 2040' the year; 'à fin décembre' (inside marked words) span 'fin "
                      "décembre', 2040-12 with mod END; 'lundi' (past) 2041-02-25; 'au troisième trimestre' (future) "
                      "2041-Q3; 'd’ici la fin de l’année' span 'fin de l’année', 2041 with mod END; 'en janvier' (past) "
                      "2041-01; 'en décembre' (past, the year before) 2040-12; 'Mercredi' the publication day; 'pour 2043' "
                      "the year. Optional: the age '49 ans'. Not annotated: 'à la mi-séance' (a point in the trading "
                      "session, no date).")
    M(a, "1,36 milliard d'euros", 1.36e9, "EUR")
    M(a, "198,4 millions d'euros", 198.4e6, "EUR")
    M(a, "71,2 millions d'euros", 71.2e6, "EUR")
    M(a, "38 millions d'euros", 38e6, "EUR")
    M(a, f"1,35{NB}€", 1.35, "EUR")
    M(a, "2,1 milliards d'euros", 2.1e9, "EUR")
    M(a, "420 millions de dollars", 420e6, "USD")
    M(a, "505 millions de dollars", 505e6, "USD")
    M(a, "900 millions de yuans", 900e6, "CNY")
    M(a, "48 millions d'euros", 48e6, "EUR")
    M(a, "22 millions d'euros", 22e6, "EUR")
    M(a, f"41,20{NB}€", 41.2, "EUR")
    M(a, "1.200 euros", 1200, "EUR")
    P(a, f"4,2{NN}%", 4.2)
    P(a, f"19{NN}%", 19)
    P(a, f"40{NN}%", 40)
    P(a, f"6,8{NN}%", 6.8)
    P(a, f"16{NN}%", 16)
    D(a, "27/02/41 à 07:12", "2041-02-27T07:12", typ="TIME",
      note="*new*: a bare line with a numeric date whose year has two digits, and a clock time with a colon")
    D(a, "mardi", "2041-02-26", note="past: 'a publié mardi des résultats annuels'")
    D(a, "30 avril", "2041-04-30", note="future: 'qui quittera ses fonctions le 30 avril'")
    D(a, "neuf ans", "P9Y", typ="DURATION", note="'après neuf ans à la tête de l'entreprise'")
    D(a, "49 ans", "P49Y", typ="DURATION", opt=True, note="an age")
    D(a, "1er mai", "2041-05-01", note="future: 'deviendra administratrice déléguée le 1er mai'")
    D(a, "2040", "2040", note="'En 2040, le chiffre d'affaires ...'")
    D(a, "fin décembre", "2040-12", mod="END", note="'à fin décembre', inside marked words: the end of the year reported")
    D(a, "lundi", "2041-02-25", note="past: 'a signé lundi un accord'")
    D(a, "troisième trimestre", "2041-Q3", note="future: 'doit être bouclée au troisième trimestre'")
    D(a, "fin de l'année", "2041", mod="END", note="future: 'd'ici la fin de l'année', inside a reported clause")
    D(a, "janvier", "2041-01", note="past: 'a finalisé en janvier le rachat'")
    D(a, "[décembre] auprès", "2040-12", note="past: 'a en outre levé 22 millions d'euros en décembre', the year before")
    D(a, "Mercredi", "2041-02-27", note="'Mercredi, l'action Lysamat cédait ...': the publication day")
    D(a, "2043", "2043", note="'l'objectif de marge de 16 % fixé pour 2043', inside a reported clause")
    Q(a, f"{O}[Ce n'est pas l'année dont nous rêvions. La Chine nous a coûté cher]{C}", "direct", "a déclaré",
      (MV, MV, PER), gender="male", note="two sentences in one pair of marks; the name after the cue")
    Q(a, f"{O}[Mais le carnet de commandes n'a jamais été aussi rempli, avec 2,1 milliards d'euros à fin décembre]{C}",
      "direct", "a-t-il ajouté", ("a-t-[il] ajouté", MV, PER), gender="male",
      note="a pronoun in an inverted cue: the CEO of the quote before")
    Q(a, "Selon le groupe, [elle ramènera l'endettement net sous 1,5 fois le REBITDA d'ici la fin de l'année].",
      "indirect", "[Selon] le groupe", ("Selon le [groupe], elle", LY, ORG),
      note="'Selon le groupe, <clause>': the company through the noun 'groupe'; 'elle' inside the clause is the sale")
    Q(a, f"{O}[{BK} n'avait plus sa place dans un groupe recentré sur l'Europe et l'Asie]{C}", "direct", "a expliqué",
      ("l'[administrateur délégué sortant]", MV, PER), gender="male",
      note="*new*: the noun phrase of the outgoing CEO's title after the cue, canonical the man named in the lead")
    Q(a, f"[{LY} envisage aussi de vendre sa participation de 40{NN}% dans la coentreprise chinoise {NLB}, estimée à 900 millions de yuans], a précisé",
      "indirect", "a précisé", ("un [porte-parole].", None, None),
      note="an unmarked sentence before an inverted cue; an unnamed spokesman, noun phrase without its article, canonical null")
    Q(a, f"{O}[Le prix obtenu pour {BK} est correct. Le vrai sujet, c'est Ningbo.]{C}", "direct", "tranche", (PC, PC, PER),
      gender="male",
      note="'X, analyste chez Degroof Petercam, tranche : « ... »': a present-tense cue and a colon; the final full stop "
           "inside the marks")
    Q(a, f"estime que [la nouvelle patronne devra revoir l'objectif de marge de 16{NN}% fixé pour 2043].", "indirect",
      "estime", (SW, SW, PER), gender="female", note="'X, de KBC Securities, estime que <clause>'")
    Q(a, "[Le groupe versera une prime exceptionnelle de 1.200 euros à chacun de ses 1.240 travailleurs wallons], a indiqué",
      "indirect", "a indiqué", ("la [direction].", LY, ORG),
      note="an unmarked sentence before an inverted cue; 'la direction' speaks for the company (canonical Lysamat)")
    Q(a, f"{O}[On nous parle d'Europe et d'Asie, jamais de Herstal]{C}", "direct", "a regretté", (TL, TL, PER),
      gender="male", note="the name in apposition to 'le secrétaire régional de la FGTB Métal', after the cue")
    Q(a, f"{O}[ne change rien à l'ancrage liégeois]{C}", "direct", "[Selon] le ministre", (OD, OD, PER), gender="male",
      note="'Selon le ministre wallon de l'Économie, X, la cession de Brakotec « ... » du groupe': a clause partly marked, "
           "one direct quote for the marked words, cue 'Selon'")
    V(a, "role", "administrateur délégué", {"person": MV, "title": "administrateur délégué",
                                            "organization": ("opt", LY)}, nth=0,
      note="'son administrateur délégué, X': the Belgian CEO title; 'son' is Lysamat")
    V(a, "role", "directrice de la division Europe", {"person": GVA, "title": "directrice de la division Europe",
                                                      "organization": "Bekaert"},
      note="'X, 49 ans, jusqu'ici directrice de la division Europe de Bekaert': the post held until now")
    V(a, "role", "administratrice déléguée", {"person": GVA, "title": "administratrice déléguée",
                                              "organization": ("opt", LY)},
      note="'deviendra administratrice déléguée le 1er mai': the future post at the company of the paragraph")
    V(a, "result", "chiffre d'affaires", {"company": LY, "metric": "revenue", "amount": "1,36 milliard d'euros",
                                          "change": f"4,2{NN}%", "period": "2040"},
      note="'En 2040, le chiffre d'affaires du spécialiste des systèmes de freinage ferroviaire a progressé de 4,2 % à "
           "1,36 milliard d'euros': the company through the noun phrase")
    V(a, "result", "REBITDA", {"company": LY, "metric": "ebitda", "amount": "198,4 millions d'euros",
                               "period": ("opt", "2040")}, nth=0,
      note="'Le REBITDA s'est établi à 198,4 millions d'euros': recurring EBITDA, the year written once")
    V(a, "result", "bénéfice net", {"company": LY, "metric": "net_income", "amount": "71,2 millions d'euros",
                                    "change": f"19{NN}%", "period": ("opt", "2040")},
      note="'le bénéfice net a reculé de 19 %, à 71,2 millions d'euros': change 19 as written")
    V(a, "result", "carnet de commandes", {"company": LY, "metric": "orders", "amount": "2,1 milliards d'euros",
                                           "period": ("opt", "fin décembre")},
      note="'« Mais le carnet de commandes n'a jamais été aussi rempli, avec 2,1 milliards d'euros à fin décembre »': an "
           "order book with its amount, inside the CEO's marked words (as the order books of the earlier sets and a "
           "revenue inside marked words in the twenty-first set); added after the blind run: listed by mistake among "
           "the non-events")
    V(a, "acquisition", "céder", {"target": BK, "buyer": CC, "seller": LY, "amount": "420 millions de dollars",
                                  "date": "lundi", "status": "announced"},
      note="'a signé lundi un accord pour céder sa filiale américaine Brakotec ... au fonds Crestmoor Capital pour 420 "
           "millions de dollars ... doit être bouclée au troisième trimestre': announced; the headline's 'se sépare de' "
           "and 'la cession de Brakotec' the same fact")
    V(a, "valuation", "valorise", {"company": BK, "amount": "505 millions de dollars"},
      note="'L'opération, qui valorise Brakotec à 505 millions de dollars dette comprise': the enterprise value, apart "
           "from the price; 'L'opération' refers back to the sale")
    V(a, "acquisition", "vendre", {"target": NLB, "seller": LY, "stake": f"40{NN}%",
                                   "amount": ("opt", "900 millions de yuans"), "status": "planned"},
      note="'Lysamat envisage aussi de vendre sa participation de 40 % dans la coentreprise chinoise Ningbo Lysa Brake, "
           "estimée à 900 millions de yuans': planned; the estimate an optional amount")
    V(a, "acquisition", "rachat", {"target": CF, "buyer": LY, "amount": "48 millions d'euros", "date": "janvier",
                                   "status": "done"},
      note="'Le groupe a finalisé en janvier le rachat du néerlandais Compofab ... pour 48 millions d'euros': done")
    V(a, "funding", "levé", {"company": HY, "amount": "22 millions d'euros", "investors": ["SFPI", WE],
                             "date": "[décembre] auprès"},
      note="'Sa filiale hydrogène Hydrolys a en outre levé 22 millions d'euros en décembre auprès de la SFPI et de "
           "Wallonie Entreprendre. Ce tour de table ...': referred back to in the next sentence")
    V(a, "role", "analyste", {"person": PC, "title": "analyste", "organization": DP},
      note="'X, analyste chez Degroof Petercam'")
    V(a, "role", "secrétaire régional", {"person": TL, "title": "secrétaire régional", "organization": FGTB},
      note="'le secrétaire régional de la FGTB Métal, X'")
    V(a, "role", MWE, {"person": OD, "title": MWE},
      note="'le ministre wallon de l'Économie, X': title with its adjective, no organization")


def define_h4(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "\u201c", "\u201d"     # English curly double quotation marks, no spaces inside, in this article
    DU, THB, TH, ADLC, GA, SA, LE = ("Dumontel", "Tan Hock Beverages", "Tan Hock", "Autorité de la concurrence",
                                     "Glen Arrach", "Sarrabère", "Les Echos")
    CM, HD, MT, KL, JF, EC, PCh = ("Claire Mazeau", "Hugues Dumontel", "Melvin Tan", "Kevin Lim", "Jérôme Fradin",
                                   "Élise Caradec", "Philippe Charrier")
    # ------------------------------------------------------------ H4: a family Cognac house in Jarnac passes under the control of a Singapore-listed drinks group (stake, price, implied value, competition approval pending), the house's falling sales and operating income, the buyer's profit, its capital increase subscribed by a sovereign fund, an earlier Scotch purchase, a rumoured Armagnac target, the family president, the buyer's CEO, the new managing director, the cellar master, the trade body's spokesman, the minister, the mayor and a union (wine and spirits trade site)
    a = B.article("H4-cognac-jarnac-groupe-singapourien", "2040-11-13", (
        f"Cognac : la maison {DU} passe sous pavillon singapourien\n"
        f"Rédigé par {CM} le 13/11/2040\n\n"
        f"Le négociant familial {DU}, installé à Jarnac depuis 1874, va passer sous le contrôle du groupe singapourien "
        f"{THB}. Les deux parties ont signé lundi un protocole d'accord portant sur 75 % du capital, pour 310 millions "
        "d'euros, a annoncé la maison charentaise. La famille gardera 25 % des parts et la présidence du conseil de "
        f"surveillance. La transaction, qui valorise {DU} à 413 millions d'euros, doit encore obtenir le feu vert de "
        f"l'{ADLC}, attendu en février.\n\n"
        "Sur l'exercice clos fin mars, le chiffre d'affaires de la maison a reculé de 11 %, à 186 millions d'euros, "
        "pénalisé par les droits de douane chinois, et son résultat d'exploitation a fondu à 21,5 millions d'euros. "
        "Les États-Unis restent son premier marché, avec 41 % des ventes. "
        f"{O}La Chine pesait 38 % de nos ventes en 2037. Aujourd'hui, c'est 12 %{C}, rappelle son président, {HD}, "
        f"sixième génération à la tête de l'entreprise. {O}Il nous fallait un actionnaire capable de nous ouvrir l'Asie "
        f"du Sud-Est{C}, a-t-il ajouté.\n\n"
        f"Coté à Singapour, {THB} a dégagé l'an dernier un bénéfice net de 142 millions de dollars singapouriens. Le "
        "groupe a levé SGD 500 millions en mars auprès du fonds souverain Temasek, par une augmentation de capital "
        f"réservée. Une partie de cet argent servira à payer {DU}. {TH} avait déjà racheté en 2038 la distillerie "
        f"écossaise {GA} pour 95 millions de livres sterling. Son directeur général, {MT}, estime que le cognac pourrait "
        f"peser un quart des ventes du groupe d'ici 2045. {O}{DU} gardera son nom, ses étiquettes et ses chais{C}, a-t-il "
        "promis depuis Singapour.\n\n"
        f"{KL}, jusqu'ici directeur Europe de {TH}, deviendra directeur général de {DU} le 1er janvier. Le maître de "
        f"chai, {JF}, reste en place. {O}On ne touchera ni aux eaux-de-vie ni aux assemblages{C}, a assuré ce dernier.\n\n"
        "Toute la filière souffre : les expéditions de cognac ont reculé de 9 % en volume en 2039, selon le BNIC. "
        f"Un porte-parole du BNIC a indiqué que l'interprofession {O}ne commente pas les opérations entre entreprises "
        f"privées{C}. Interrogée mardi au Sénat, la ministre de l'Agriculture, {EC}, a jugé {O}plutôt rassurant{C} que "
        f"la famille reste au capital. Le maire de Jarnac, {PCh}, prévient : {O}Tant que les chais et les 260 emplois "
        f"restent ici, la nationalité de l'actionnaire m'importe peu.{C} La CGT a demandé que l'emploi soit garanti "
        f"pendant cinq ans. Selon {LE}, {TH} lorgnerait aussi la maison d'armagnac {SA}, dans le Gers."))
    for s, l, c, n, o in [(HD, PER, None, None, False), (DU, ORG, None, None, False), ("Cognac", LOC, None, None, True),
                          (CM, PER, None, None, False), ("Jarnac", LOC, None, None, False), (THB, ORG, None, None, False),
                          (TH, ORG, THB, None, False), (MT, PER, None, None, False), (ADLC, ORG, None, None, False),
                          ("Chine", LOC, None, None, False), ("Asie du Sud-Est", LOC, None, None, False), ("États-Unis", LOC, None, None, False),
                          ("Singapour", LOC, None, None, False), ("Temasek", ORG, None, None, False), (GA, ORG, None, None, False),
                          (KL, PER, None, None, False), ("Europe", LOC, None, None, True), (JF, PER, None, None, False),
                          ("BNIC", ORG, None, None, False), ("Sénat", ORG, None, None, False), (EC, PER, None, None, False),
                          (PCh, PER, None, None, False), ("CGT", ORG, None, None, False), (LE, ORG, None, None, False),
                          (SA, ORG, None, None, False), ("Gers", LOC, None, None, False)]:
        E(a, s, l, c, nth=n, opt=o)
    a["notes"].append("Web article of a French wine and spirits trade site copied as plain text: a headline opened by the "
                      "trade's section word and a colon ('Cognac : la maison Dumontel passe sous pavillon singapourien'), "
                      "then *new*: a byline line 'Rédigé par X le 13/11/2040' (the verb 'Rédigé' and a numeric date with "
                      "slashes, no clock time), no dateline. The reference date is that day (Tuesday 13 November 2040); "
                      "the agreement was signed the day before ('ont signé lundi'). Straight apostrophes; ordinary spaces "
                      "before '%' and before the colons; *new*: the quoted words between English curly double quotation "
                      "marks (U+201C, U+201D) with no space inside; *new*: Singapore dollars, written out ('142 millions de "
                      "dollars singapouriens') and with the ISO code in front ('SGD 500 millions'); pounds sterling "
                      "written out.")
    a["notes"].append("Entities: the coined Cognac house 'Dumontel' (headline, lead, 'qui valorise Dumontel', 'payer "
                      "Dumontel', 'directeur général de Dumontel': ORG; inside 'Hugues Dumontel' no separate ORG), the "
                      "coined Singapore group 'Tan Hock Beverages' and its short form 'Tan Hock' (canonical the full name), "
                      "the 'Autorité de la concurrence', the sovereign fund 'Temasek', the coined Scotch distillery 'Glen "
                      "Arrach', the Cognac trade body 'BNIC' (twice), the 'Sénat', the union 'CGT', the paper 'Les Echos' (its "
                      "article inside the name) and the coined Armagnac house 'Sarrabère' are ORG; 'Jarnac' (twice), "
                      "'Chine' (inside marked words), 'États-Unis', 'Asie du Sud-Est' (one LOC), 'Singapour' (twice) and 'Gers' are LOC; the "
                      "journalist, the family president, the buyer's CEO, the new managing director, the cellar master, "
                      "the minister and the mayor are PER (all invented). Optional: the headline's section word 'Cognac' "
                      "(the trade, or the town: LOC or none), 'Europe' inside the title 'directeur Europe'. Not names: "
                      "'cognac' and 'armagnac' in lower case (the spirits), 'La famille', 'la maison charentaise', 'La "
                      "transaction', 'l'interprofession', 'ce dernier'; 'singapourien(s)', 'charentaise', 'chinois', "
                      "'écossaise' are adjectives.")
    a["notes"].append("Quotes (12 required: 7 direct, 5 indirect): the deal told before an inverted cue with the house "
                      "as a noun phrase ('<clause>, a annoncé la maison charentaise': speaker 'maison charentaise', "
                      "canonical Dumontel, ORG); the family president named in apposition to 'son président' after a "
                      "present-tense cue ('“...”, rappelle son président, X': two sentences) then '“...”, a-t-il ajouté'; "
                      "the buyer's CEO before 'estime que' then *new* '“...”, a-t-il promis depuis Singapour'; *new*: the cellar master through 'ce dernier' after the cue "
                      "('“...”, a assuré ce dernier': canonical the man named in the sentence before, male); the trade body's figures after the journalist's colon and "
                      "before an inverted 'selon' ('Toute la filière souffre : <clause>, selon le BNIC'); an unnamed "
                      "spokesman of the trade body with a clause partly marked ('Un porte-parole du BNIC a indiqué que "
                      "l'interprofession “...”': noun phrase without its article, canonical null); the minister with two "
                      "marked words after 'a jugé' ('a jugé “plutôt rassurant” que la famille reste au capital': one direct "
                      "quote, female by 'Interrogée'); the mayor named before 'prévient' and a colon (the final full stop "
                      "inside the marks); the union before 'a demandé que <clause>'; the paper ('Selon Les Echos, "
                      "<clause>'). Not quotes: the headline, 'La famille gardera 25 % ...', 'La transaction ... doit "
                      "encore obtenir le feu vert ...', 'Le maître de chai, X, reste en place', 'Toute la filière souffre'.")
    a["notes"].append("Events: acquisitions: the takeover (lead 'va passer sous le contrôle du groupe singapourien Tan Hock "
                      "Beverages. Les deux parties ont signé lundi un protocole d'accord portant sur 75 % du capital, pour "
                      "310 millions d'euros ... La transaction ... doit encore obtenir le feu vert de l'Autorité de la "
                      "concurrence'): one announced acquisition, trigger 'passer sous le contrôle', stake 75, date 'lundi'; "
                      "the family is no entity (no seller); the headline's 'passe sous pavillon' and 'payer Dumontel' the "
                      "same fact; the buyer's earlier purchase ('Tan Hock avait déjà racheté en 2038 la distillerie "
                      "écossaise Glen Arrach pour 95 millions de livres sterling': done); the rumoured target ('Selon Les "
                      "Echos, Tan Hock lorgnerait aussi la maison d'armagnac Sarrabère': planned). Valuation: 'La "
                      "transaction, qui valorise Dumontel à 413 millions d'euros' (no funding event carries it). Results: "
                      "the house's revenue and operating income ('Sur l'exercice clos fin mars, le chiffre d'affaires de la "
                      "maison a reculé de 11 %, à 186 millions d'euros ... et son résultat d'exploitation a fondu à 21,5 "
                      "millions d'euros': a fiscal year ended in March, period optional), the buyer's net profit 'l'an "
                      "dernier'. Funding: *new*: a listed group's reserved capital increase subscribed by a sovereign fund "
                      "('Le groupe a levé SGD 500 millions en mars auprès du fonds souverain Temasek ... Une partie de cet "
                      "argent servira à payer Dumontel': company Tan Hock Beverages through 'Le groupe', 'cet argent' "
                      "refers back to it). Roles: 'son président, X' (organization optional: 'son' is the house), 'Son "
                      "directeur général, X' (organization optional: 'Son' is the buyer), 'X, jusqu'ici directeur Europe "
                      "de Tan Hock' (organization required), 'deviendra directeur général de Dumontel' (the future post, "
                      "organization required), 'Le maître de chai, X' (organization optional), 'la ministre de "
                      "l'Agriculture, X' (no organization), 'Le maire de Jarnac, X' (no organization: the town is a "
                      "place). Not events: 'sixième génération à la tête de l'entreprise' (no title), the 25 % the family "
                      "keeps, the spokesman (unnamed), the jobs, the trade's shipments.")
    a["notes"].append("Money: euros EUR: the price '310 millions d'euros', the implied value '413 millions d'euros', the "
                      "revenue '186 millions d'euros', the operating income '21,5 millions d'euros'; *new*: Singapore "
                      "dollars SGD: the profit '142 millions de dollars singapouriens', the capital increase 'SGD 500 "
                      "millions'; pounds GBP: '95 millions de livres sterling'. '260 emplois' is a count, 'un quart' no "
                      "percentage. Percentages: the stake bought '75 %', the stake kept '25 %', the revenue's fall '11 %' "
                      "(value as written), the US share of sales '41 %', the Chinese share of sales '38 %' and '12 %' inside marked words, the trade's fall '9 %'.")
    a["notes"].append("Dates: the byline's '13/11/2040' (no clock time) 2040-11-13; 'depuis 1874' the year; 'lundi' "
                      "(past) 2040-11-12; 'attendu en février' (future) 2041-02; 'clos fin mars' span 'fin mars', "
                      "2040-03 with mod END (past); 'en 2037' (inside marked words) the year; 'l'an dernier' 2039 (span 'an "
                      "dernier'); 'en mars' (past) 2040-03; 'en 2038' the year; 'd'ici 2045' the year; 'en 2039' (the trade's figures) the year; 'le 1er janvier' "
                      "(future) 2041-01-01; 'mardi' the publication day; 'pendant cinq ans' span 'cinq ans', P5Y. Optional: "
                      "'Aujourd'hui' inside marked words ('today' as 'nowadays', PRESENT_REF; added after the blind run).")
    M(a, "310 millions d'euros", 310e6, "EUR")
    M(a, "413 millions d'euros", 413e6, "EUR")
    M(a, "186 millions d'euros", 186e6, "EUR")
    M(a, "21,5 millions d'euros", 21.5e6, "EUR")
    M(a, "142 millions de dollars singapouriens", 142e6, "SGD")
    M(a, "SGD 500 millions", 500e6, "SGD")
    M(a, "95 millions de livres sterling", 95e6, "GBP")
    P(a, "75 %", 75)
    P(a, "25 %", 25)
    P(a, "11 %", 11)
    P(a, "41 %", 41)
    P(a, "38 %", 38)
    P(a, "12 %", 12)
    P(a, "9 %", 9)
    D(a, "13/11/2040", "2040-11-13", note="*new*: 'Rédigé par X le 13/11/2040', a byline with a numeric date and no time")
    D(a, "1874", "1874", note="'installé à Jarnac depuis 1874'")
    D(a, "lundi", "2040-11-12", note="past: 'Les deux parties ont signé lundi'")
    D(a, "février", "2041-02", note="future: 'le feu vert ..., attendu en février'")
    D(a, "fin mars", "2040-03", mod="END", note="past: 'Sur l'exercice clos fin mars'")
    D(a, "2037", "2037", note="'La Chine pesait 38 % de nos ventes en 2037', inside marked words")
    D(a, "Aujourd'hui", "PRESENT_REF", opt=True,
      note="'Aujourd'hui, c'est 12 %', inside marked words: 'today' as 'nowadays' against 2037, as in the earlier sets "
           "(added after the blind run: a vague reference the contract counts as a date, left out by mistake)")
    D(a, "an dernier", "2039", note="'a dégagé l'an dernier un bénéfice net'")
    D(a, "[mars] auprès", "2040-03", note="past: 'Le groupe a levé SGD 500 millions en mars'")
    D(a, "2038", "2038", note="'avait déjà racheté en 2038'")
    D(a, "2045", "2045", note="'d'ici 2045', inside a reported clause")
    D(a, "2039", "2039", note="'les expéditions de cognac ont reculé de 9 % en volume en 2039', inside a reported clause")
    D(a, "1er janvier", "2041-01-01", note="future: 'deviendra directeur général de Dumontel le 1er janvier'")
    D(a, "mardi", "2040-11-13", note="'Interrogée mardi au Sénat': the publication day")
    D(a, "cinq ans", "P5Y", typ="DURATION", note="'garanti pendant cinq ans', inside a reported clause")
    Q(a, "[Les deux parties ont signé lundi un protocole d'accord portant sur 75 % du capital, pour 310 millions d'euros], a annoncé",
      "indirect", "a annoncé", ("la [maison charentaise].", DU, ORG),
      note="an unmarked sentence before an inverted cue; the house as a noun phrase, canonical Dumontel")
    Q(a, f"{O}[La Chine pesait 38 % de nos ventes en 2037. Aujourd'hui, c'est 12 %]{C}", "direct", "rappelle",
      (HD, HD, PER), gender="male",
      note="two sentences in one pair of curly marks; the name in apposition to 'son président', after the cue")
    Q(a, f"{O}[Il nous fallait un actionnaire capable de nous ouvrir l'Asie du Sud-Est]{C}", "direct", "a-t-il ajouté",
      ("a-t-[il] ajouté", HD, PER), gender="male", note="a pronoun in an inverted cue: the family president")
    Q(a, "estime que [le cognac pourrait peser un quart des ventes du groupe d'ici 2045].", "indirect", "estime",
      (MT, MT, PER), gender="male", note="'Son directeur général, X, estime que <clause>'")
    Q(a, f"{O}[{DU} gardera son nom, ses étiquettes et ses chais]{C}", "direct", "a-t-il promis",
      ("a-t-[il] promis", MT, PER), gender="male",
      note="*new* cue 'a-t-il promis': a pronoun in an inverted cue, the buyer's CEO of the sentence before")
    Q(a, f"{O}[On ne touchera ni aux eaux-de-vie ni aux assemblages]{C}", "direct", "a assuré",
      ("[ce dernier].", JF, PER), gender="male",
      note="*new*: 'a assuré ce dernier': the demonstrative stands for the cellar master named in the sentence before")
    Q(a, "souffre : [les expéditions de cognac ont reculé de 9 % en volume en 2039], selon", "indirect",
      "[selon] le BNIC", ("selon le [BNIC].", "BNIC", ORG),
      note="a clause after a colon and before an inverted 'selon': the trade body by name; 'Toute la filière souffre' is "
           "the journalist's words")
    Q(a, f"{O}[ne commente pas les opérations entre entreprises privées]{C}", "direct", "a indiqué",
      ("Un [porte-parole du BNIC]", None, None),
      note="'Un porte-parole du BNIC a indiqué que l'interprofession “...”': a clause partly marked, one direct quote; an "
           "unnamed spokesman, noun phrase without its article, canonical null")
    Q(a, f"{O}[plutôt rassurant]{C}", "direct", "a jugé", (EC, EC, PER), gender="female",
      note="'la ministre de l'Agriculture, X, a jugé “plutôt rassurant” que ...': marked words after a verb of judgment")
    Q(a, f"{O}[Tant que les chais et les 260 emplois restent ici, la nationalité de l'actionnaire m'importe peu.]{C}",
      "direct", "prévient", (PCh, PCh, PER), gender="male",
      note="'Le maire de Jarnac, X, prévient : “...”': a cue and a colon before the marks; the full stop inside")
    Q(a, "demandé que [l'emploi soit garanti pendant cinq ans].", "indirect", "a demandé", ("La [CGT] a", "CGT", ORG),
      note="a request reported in a clause; the union by name")
    Q(a, f"Selon {LE}, [{TH} lorgnerait aussi la maison d'armagnac {SA}, dans le Gers].", "indirect", f"[Selon] {LE}",
      (LE, LE, ORG), note="'Selon <paper>, <clause>'")
    V(a, "acquisition", "passer sous le contrôle", {"target": DU, "buyer": THB, "stake": "75 %",
                                                    "amount": "310 millions d'euros", "date": "lundi",
                                                    "status": "announced"},
      note="'va passer sous le contrôle du groupe ... Tan Hock Beverages. Les deux parties ont signé lundi un protocole "
           "d'accord portant sur 75 % du capital, pour 310 millions d'euros', approval pending: announced; no seller entity")
    V(a, "valuation", "valorise", {"company": DU, "amount": "413 millions d'euros"},
      note="'La transaction, qui valorise Dumontel à 413 millions d'euros': the implied value")
    V(a, "result", "chiffre d'affaires", {"company": DU, "metric": "revenue", "amount": "186 millions d'euros",
                                          "change": "11 %", "period": ("opt", "fin mars")},
      note="'Sur l'exercice clos fin mars, le chiffre d'affaires de la maison a reculé de 11 %, à 186 millions d'euros': a "
           "fiscal year, period optional")
    V(a, "result", "résultat d'exploitation", {"company": DU, "metric": "operating_income",
                                               "amount": "21,5 millions d'euros", "period": ("opt", "fin mars")},
      note="'son résultat d'exploitation a fondu à 21,5 millions d'euros': the same sentence")
    V(a, "result", "bénéfice net", {"company": THB, "metric": "net_income",
                                    "amount": "142 millions de dollars singapouriens", "period": "an dernier"},
      note="'Tan Hock Beverages a dégagé l'an dernier un bénéfice net de 142 millions de dollars singapouriens'")
    V(a, "funding", "levé", {"company": THB, "amount": "SGD 500 millions", "investors": ["Temasek"],
                             "date": "[mars] auprès"},
      note="*new*: 'Le groupe a levé SGD 500 millions en mars auprès du fonds souverain Temasek, par une augmentation de "
           "capital réservée': 'Le groupe' is Tan Hock Beverages; 'cet argent' refers back to it")
    V(a, "acquisition", "racheté", {"target": GA, "buyer": TH, "amount": "95 millions de livres sterling", "date": "2038",
                                    "status": "done"},
      note="'Tan Hock avait déjà racheté en 2038 la distillerie écossaise Glen Arrach pour 95 millions de livres sterling'")
    V(a, "role", f"son [président], {HD}", {"person": HD, "title": "président", "organization": ("opt", DU)},
      note="'rappelle son président, X': 'son' is the house")
    V(a, "role", "directeur général", {"person": MT, "title": "directeur général", "organization": ("opt", THB)}, nth=0,
      note="'Son directeur général, X': 'Son' is the buyer")
    V(a, "role", "directeur Europe", {"person": KL, "title": "directeur Europe", "organization": f"Europe de [{TH}],"},
      note="'X, jusqu'ici directeur Europe de Tan Hock': the post held until now")
    V(a, "role", "directeur général", {"person": KL, "title": "directeur général",
                                       "organization": f"général de [{DU}] le"}, nth=1,
      note="'deviendra directeur général de Dumontel le 1er janvier': the future post")
    V(a, "role", "maître de chai", {"person": JF, "title": "maître de chai", "organization": ("opt", DU)},
      note="'Le maître de chai, X': the house's cellar master")
    V(a, "role", "ministre de l'Agriculture", {"person": EC, "title": "ministre de l'Agriculture"},
      note="'la ministre de l'Agriculture, X': no organization")
    V(a, "role", "maire", {"person": PCh, "title": "maire"}, note="'Le maire de Jarnac, X': no organization")
    V(a, "acquisition", "lorgnerait", {"target": SA, "buyer": TH, "status": "planned"},
      note="'Selon Les Echos, Tan Hock lorgnerait aussi la maison d'armagnac Sarrabère': a rumour in the conditional, planned")


def define_i4(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    ARM, AC, SM, GP, BC, SFI, AP_, M24, KT, CDG = (
        "Autorité de régulation multisectorielle", "Atlas Connect", "Sahel Mobile", "Gulfbridge Partners",
        "Bourse de Casablanca", "Société financière internationale", "AtlasPay", "Médias24", "Kaneya Télécom",
        "CDG Capital Bourse")
    KB, ASOB, MMA, YA, COM, NBe = ("Karim Bennani", "Ahmed Salem Ould Bah", "Mariem Mint Abdallahi", "Youssef Alaoui",
                                   "Cheikh Ould Mahfoudh", "Nadia Berrada")
    MTN = "ministre de la Transformation numérique"
    # ------------------------------------------------------------ I4: a Moroccan telecom group buys 70 % of Mauritania's second mobile operator from a Gulf fund, approved by the regulator (price in dirhams, implied value), the regulator's president, the minister, the buyer's results and CEO, the target's revenue in ouguiyas and earlier purchase by the fund, the fund's spokesman, the target's CEO, the buyer's mobile-money subsidiary's round with two development investors, a rumoured Malian target, an analyst (Moroccan business weekly)
    a = B.article("I4-rachat-operateur-mobile-mauritanie", "2041-01-23", (
        f"Télécoms{NB}: {AC} s'offre 70{NB}% de {SM}\n"
        f"Par {KB} | Édition n° 1284 du 23 janvier 2041\n\n"
        f"C'est fait, ou presque. L'{ARM} (ARE) de Mauritanie a approuvé lundi le rachat de 70{NB}% de l'opérateur "
        f"{SM} par le groupe marocain {AC}, auprès du fonds émirati {GP}, pour 1,9 milliard de dirhams (environ 176 "
        f"millions d'euros). La transaction, annoncée en septembre, sera finalisée d'ici fin février, indique {AC} dans "
        f"un communiqué. Elle valorise {SM} à 2,7 milliards de dirhams, dette comprise.\n\n"
        f"{O}Ce rachat s'accompagne d'engagements fermes. {AC} devra installer 300 nouveaux sites 4G d'ici 2043{C}, a "
        f"déclaré le président de l'ARE, {ASOB}, mardi à Nouakchott. La {MTN}, {MMA}, a salué {O}un investissement "
        f"structurant pour le pays{C}. L'État conservera 5{NB}% du capital et un siège au conseil d'administration, "
        "a-t-elle précisé.\n\n"
        f"Coté à la {BC}, {AC} a réalisé en 2040 un chiffre d'affaires de 14,8 MMDH, en hausse de 6,1{NB}%, pour un "
        f"résultat net part du groupe de 2,3 milliards de dirhams. Son PDG, {YA}, se félicite{NB}: {O}La Mauritanie "
        f"devient notre septième marché africain. Avec {SM}, nous dépasserons 40 millions d'abonnés sur le continent.{C} "
        f"Il estime que la filiale sera rentable dès 2042. {O}Nous y investirons 900 MDH en trois ans{C}, a-t-il "
        "ajouté.\n\n"
        f"Deuxième opérateur du pays avec 1,6 million d'abonnés, {SM} a dégagé l'an dernier un chiffre d'affaires de 7,4 "
        "milliards d'ouguiyas. Gulfbridge l'avait acquis en 2034 auprès de l'État mauritanien pour 95 millions de "
        f"dollars. Le fonds {O}a plus que doublé sa mise{C}, a indiqué un porte-parole de Gulfbridge à Dubaï. Le "
        f"directeur général de {SM}, {COM}, restera en poste.\n\n"
        f"{AC} veut aussi lancer en Mauritanie {AP_}, sa filiale de paiement mobile, qui a levé en décembre 60 millions "
        f"de dollars auprès de la {SFI} (SFI) et de Proparco. Ce tour de table valorise la fintech à 450 millions de "
        f"dollars, selon {M24}.\n\n"
        "Selon des sources proches du dossier, le groupe serait aussi en discussions pour racheter l'opérateur malien "
        f"{KT}. {O}Le prix payé pour {SM} est élevé, autour de neuf fois l'Ebitda, mais le marché mauritanien reste "
        f"sous-équipé{C}, tempère {NBe}, analyste chez {CDG}. Selon elle, l'action {AC}, stable mardi à 182 dirhams, "
        f"reste décotée de 15{NB}% par rapport à ses concurrents."))
    for s, l, c, n, o in [(ARM, ORG, None, None, False), ("ARE", ORG, ARM, None, False), ("Mauritanie", LOC, None, None, False),
                          (AC, ORG, None, None, False), (SM, ORG, None, None, False), (KB, PER, None, None, False),
                          (GP, ORG, None, None, False), ("Gulfbridge", ORG, GP, None, False), (ASOB, PER, None, None, False),
                          ("Nouakchott", LOC, None, None, False), (MMA, PER, None, None, False), (BC, ORG, None, None, False),
                          (YA, PER, None, None, False), ("Dubaï", LOC, None, None, False), (COM, PER, None, None, False),
                          (AP_, ORG, None, None, False), (SFI, ORG, None, None, False), ("SFI", ORG, SFI, None, False),
                          ("Proparco", ORG, None, None, False), (M24, ORG, None, None, False), (KT, ORG, None, None, False),
                          (NBe, PER, None, None, False), (CDG, ORG, None, None, False)]:
        E(a, s, l, c, nth=n, opt=o)
    a["notes"].append("Article of a Moroccan business weekly copied as plain text: a headline opened by a section word and "
                      "a colon ('Télécoms : Atlas Connect s'offre 70 % de Sahel Mobile'), then *new*: a byline line holding "
                      "the issue number and the issue's date after a bar ('Par Karim Bennani | Édition n° 1284 du 23 "
                      "janvier 2041': the number is no date), no dateline. The reference date is the issue's day "
                      "(Wednesday 23 January 2041); the regulator approved the deal on Monday 21 January and spoke to the "
                      "press on Tuesday 22 January. Straight apostrophes; no-break spaces (U+00A0) before '%', before the "
                      "colons and inside the guillemets; Moroccan amounts 'MMDH' (milliards de dirhams) and 'MDH' (millions "
                      "de dirhams) beside 'milliards de dirhams' and bare 'dirhams'; *new*: Mauritanian ouguiya (MRU) "
                      "written out ('7,4 milliards d'ouguiyas').")
    a["notes"].append("Entities: the coined Moroccan group 'Atlas Connect' (headline, lead, communiqué, inside the "
                      "regulator's marked words, 'l'action Atlas Connect' and more), the coined Mauritanian operator 'Sahel "
                      "Mobile' (headline and six more, twice inside marked words), the regulator 'Autorité de régulation "
                      "multisectorielle' and 'ARE' (twice, canonical the full name), the coined Emirati fund 'Gulfbridge "
                      "Partners' and its short form 'Gulfbridge' (canonical the full name), the 'Bourse de Casablanca' (one "
                      "ORG), the coined mobile-money subsidiary 'AtlasPay', the 'Société financière internationale' and "
                      "'SFI', 'Proparco', the news site 'Médias24', the coined Malian operator 'Kaneya Télécom' and the "
                      "broker 'CDG Capital Bourse' are ORG; 'Mauritanie' (three times, once inside marked words), "
                      "'Nouakchott' and 'Dubaï' are LOC; the journalist, the regulator's president, the minister "
                      "(Mauritanian names with 'Ould' and 'Mint' inside them), the buyer's CEO, the target's CEO and the "
                      "analyst are PER (all invented). Not names: 'Télécoms' (section word), 'l'État mauritanien', 'le "
                      "fonds', 'la filiale', 'la fintech', '4G', 'Ebitda', 'n° 1284'; 'marocain', 'émirati', 'africain', "
                      "'malien', 'mauritanien' are adjectives.")
    a["notes"].append("Quotes (12 required: 6 direct, 6 indirect): the group by name after an unmarked sentence and a "
                      "present-tense inverted cue ('<clause>, indique Atlas Connect dans un communiqué'); the regulator's "
                      "president named in apposition after the cue ('« ... », a déclaré le président de l'ARE, X, mardi à "
                      "Nouakchott': two sentences); the minister with marked words right after 'a salué', then an unmarked "
                      "sentence before 'a-t-elle précisé'; the buyer's CEO named before 'se félicite' and a colon ('Son "
                      "PDG, X, se félicite : « ... »': two sentences, the final full stop inside the marks), then 'Il "
                      "estime que <clause>' and '« ... », a-t-il ajouté'; an unnamed spokesman of the fund with a sentence "
                      "partly marked ('Le fonds « ... », a indiqué un porte-parole de Gulfbridge à Dubaï': one direct "
                      "quote, noun phrase without its article, canonical null); a news site after a sentence ('<clause>, "
                      "selon Médias24'); unnamed sources ('Selon des sources proches du dossier, <clause>': noun phrase, "
                      "canonical null); the analyst named after the cue 'tempère' then 'Selon elle, <clause>'. Not quotes: "
                      "the headline, 'C'est fait, ou presque', 'Elle valorise Sahel Mobile ...', 'restera en poste'.")
    a["notes"].append("Events: acquisitions: the takeover ('L'Autorité ... a approuvé lundi le rachat de 70 % de l'opérateur "
                      "Sahel Mobile par le groupe marocain Atlas Connect, auprès du fonds émirati Gulfbridge Partners, pour "
                      "1,9 milliard de dirhams ... La transaction, annoncée en septembre, sera finalisée d'ici fin "
                      "février'): approved but not closed, announced; seller the fund, stake 70, amount in dirhams (the "
                      "euro equivalent is money, not the argument), date 'septembre' (when it was announced: the "
                      "approval is another fact); the headline's 's'offre' the same fact; the fund's earlier purchase "
                      "('Gulfbridge l'avait acquis en 2034 auprès de l'État mauritanien pour 95 millions de dollars': done, "
                      "'l'' is Sahel Mobile, the State no entity); the rumoured target ('Selon des sources proches du "
                      "dossier, le groupe serait aussi en discussions pour racheter l'opérateur malien Kaneya Télécom': "
                      "planned). Valuation: 'Elle valorise Sahel Mobile à 2,7 milliards de dirhams, dette comprise' "
                      "('Elle' is the transaction; no funding event carries it). Results: the buyer's 2040 revenue ('14,8 "
                      "MMDH, en hausse de 6,1 %') and net profit (same sentence, period optional); the target's revenue "
                      "'l'an dernier' (2040, in a January 2041 issue) in ouguiyas. Funding: the subsidiary's round ('AtlasPay, "
                      "sa filiale de paiement mobile, qui a levé en décembre 60 millions de dollars auprès de la Société "
                      "financière internationale (SFI) et de Proparco. Ce tour de table valorise la fintech à 450 millions "
                      "de dollars': two investors, the valuation referred back to the round, date 2040-12). Roles: 'le "
                      "président de l'ARE, X' (organization required), 'La ministre de la Transformation numérique, X' (no "
                      "organization), 'Son PDG, X' (organization optional: 'Son' is Atlas Connect), 'Le directeur général de "
                      "Sahel Mobile, X' (organization required), 'X, analyste chez CDG Capital Bourse'. Not events: the "
                      "State's 5 %, the investment plan '900 MDH', the network commitments, the share price, the spokesman "
                      "(unnamed), the subscribers.")
    a["notes"].append("Money: dirhams MAD: the price '1,9 milliard de dirhams', the implied value '2,7 milliards de "
                      "dirhams', the revenue '14,8 MMDH', the profit '2,3 milliards de dirhams', the investment '900 MDH' "
                      "inside marked words, the share price '182 dirhams'; euros EUR: the equivalent '176 millions d'euros' "
                      "in brackets; *new*: ouguiyas MRU: the target's revenue '7,4 milliards d'ouguiyas'; dollars USD: the "
                      "fund's purchase '95 millions de dollars', the round '60 millions de dollars', its valuation '450 "
                      "millions de dollars'. '1,6 million d'abonnés', '40 millions d'abonnés', '300 nouveaux sites', 'neuf "
                      "fois' are not money. Percentages: the headline's and the lead's '70 %' (two items), the State's '5 "
                      "%', the revenue rise '6,1 %', the discount '15 %'.")
    a["notes"].append("Dates: *new*: the byline's issue date '23 janvier 2041' (after 'Édition n° 1284 du') 2041-01-23; "
                      "'lundi' (past) 2041-01-21; 'annoncée en septembre' (past, the year before) 2040-09; 'd'ici fin "
                      "février' span 'fin février', 2041-02 with mod END; 'd'ici 2043' (inside marked words) the year; "
                      "'mardi' twice (the press conference, the share price) 2041-01-22, two items; 'en 2040' the year; "
                      "'dès 2042' (inside a reported clause) the year; 'en trois ans' (inside marked words) span 'trois "
                      "ans', P3Y; 'l'an dernier' 2040 (span 'an dernier'); 'en 2034' the year; 'en décembre' (past) "
                      "2040-12.")
    M(a, "1,9 milliard de dirhams", 1.9e9, "MAD")
    M(a, "176 millions d'euros", 176e6, "EUR")
    M(a, "2,7 milliards de dirhams", 2.7e9, "MAD")
    M(a, "14,8 MMDH", 14.8e9, "MAD")
    M(a, "2,3 milliards de dirhams", 2.3e9, "MAD")
    M(a, "900 MDH", 900e6, "MAD")
    M(a, "7,4 milliards d'ouguiyas", 7.4e9, "MRU")
    M(a, "95 millions de dollars", 95e6, "USD")
    M(a, "60 millions de dollars", 60e6, "USD")
    M(a, "450 millions de dollars", 450e6, "USD")
    M(a, "182 dirhams", 182, "MAD")
    P(a, f"70{NB}%", 70, nth=0)
    P(a, f"70{NB}%", 70, nth=1)
    P(a, f"5{NB}%", 5)
    P(a, f"6,1{NB}%", 6.1)
    P(a, f"15{NB}%", 15)
    D(a, "23 janvier 2041", "2041-01-23", note="*new*: the issue's date after 'Édition n° 1284 du'")
    D(a, "lundi", "2041-01-21", note="past: 'a approuvé lundi le rachat'")
    D(a, "septembre", "2040-09", note="past: 'La transaction, annoncée en septembre', the year before")
    D(a, "fin février", "2041-02", mod="END", note="future: 'sera finalisée d'ici fin février'")
    D(a, "2043", "2043", note="'d'ici 2043', inside marked words")
    D(a, "mardi", "2041-01-22", nth=0, note="past: 'a déclaré ..., mardi à Nouakchott', the day before the issue")
    D(a, "2040", "2040", note="'a réalisé en 2040 un chiffre d'affaires'")
    D(a, "2042", "2042", note="'rentable dès 2042', inside a reported clause")
    D(a, "trois ans", "P3Y", typ="DURATION", note="'en trois ans', inside marked words")
    D(a, "an dernier", "2040", note="'a dégagé l'an dernier': 2040 in a January 2041 issue")
    D(a, "2034", "2034", note="'l'avait acquis en 2034'")
    D(a, "décembre", "2040-12", note="past: 'qui a levé en décembre', the year before")
    D(a, "mardi", "2041-01-22", nth=1, note="'stable mardi à 182 dirhams', inside a reported clause")
    Q(a, "[La transaction, annoncée en septembre, sera finalisée d'ici fin février], indique", "indirect", "indique",
      (f"indique [{AC}] dans", AC, ORG),
      note="an unmarked sentence before a present-tense inverted cue; the group by name, the communiqué the medium")
    Q(a, f"{O}[Ce rachat s'accompagne d'engagements fermes. {AC} devra installer 300 nouveaux sites 4G d'ici 2043]{C}",
      "direct", "a déclaré", (ASOB, ASOB, PER), gender="male",
      note="two sentences in one pair of marks; the name in apposition to 'le président de l'ARE', after the cue")
    Q(a, f"{O}[un investissement structurant pour le pays]{C}", "direct", "a salué", (MMA, MMA, PER), gender="female",
      note="marked words right after 'a salué'; the name in apposition to 'La ministre de la Transformation numérique'")
    Q(a, f"[L'État conservera 5{NB}% du capital et un siège au conseil d'administration], a-t-elle", "indirect",
      "a-t-elle précisé", ("a-t-[elle] précisé", MMA, PER), gender="female",
      note="an unmarked sentence before an inverted pronoun cue: the minister")
    Q(a, f"{O}[La Mauritanie devient notre septième marché africain. Avec {SM}, nous dépasserons 40 millions d'abonnés sur le continent.]{C}",
      "direct", "se félicite", (YA, YA, PER), gender="male",
      note="'Son PDG, X, se félicite : « ... »': a cue and a colon before the marks; two sentences, the full stop inside")
    Q(a, "estime que [la filiale sera rentable dès 2042].", "indirect", "estime", ("[Il] estime", YA, PER), gender="male",
      note="'Il' is the CEO of the quote before")
    Q(a, f"{O}[Nous y investirons 900 MDH en trois ans]{C}", "direct", "a-t-il ajouté", ("a-t-[il] ajouté", YA, PER),
      gender="male", note="a pronoun in an inverted cue: the CEO")
    Q(a, f"{O}[a plus que doublé sa mise]{C}", "direct", "a indiqué", ("un [porte-parole de Gulfbridge] à", None, None),
      note="'Le fonds « ... », a indiqué un porte-parole de Gulfbridge à Dubaï': a sentence partly marked before an "
           "inverted cue; an unnamed spokesman, noun phrase without its article, canonical null")
    Q(a, "[Ce tour de table valorise la fintech à 450 millions de dollars], selon", "indirect", f"[selon] {M24}",
      (M24, M24, ORG), note="a sentence before an inverted 'selon' and a news site")
    Q(a, f"Selon des sources proches du dossier, [le groupe serait aussi en discussions pour racheter l'opérateur malien {KT}].",
      "indirect", "[Selon] des sources", ("des [sources proches du dossier],", None, None),
      note="unnamed sources after 'Selon': noun phrase, canonical null, as in the earlier sets")
    Q(a, f"{O}[Le prix payé pour {SM} est élevé, autour de neuf fois l'Ebitda, mais le marché mauritanien reste sous-équipé]{C}",
      "direct", "tempère", (NBe, NBe, PER), gender="female",
      note="the name after the cue 'tempère', 'analyste chez CDG Capital Bourse' in apposition")
    Q(a, f"Selon elle, [l'action {AC}, stable mardi à 182 dirhams, reste décotée de 15{NB}% par rapport à ses concurrents].",
      "indirect", "[Selon] elle", ("Selon [elle], l'action", NBe, PER), gender="female", note="'elle' is the analyst")
    V(a, "acquisition", "rachat", {"target": SM, "buyer": AC, "seller": GP, "stake": f"70{NB}%",
                                   "amount": "1,9 milliard de dirhams", "date": "septembre", "status": "announced"},
      note="approved by the regulator on Monday, to be closed by the end of February: announced; date the announcement "
           "('annoncée en septembre'); the headline's 's'offre' the same fact")
    V(a, "valuation", "valorise", {"company": SM, "amount": "2,7 milliards de dirhams"}, nth=0,
      note="'Elle valorise Sahel Mobile à 2,7 milliards de dirhams, dette comprise': 'Elle' is the transaction")
    V(a, "role", "président", {"person": ASOB, "title": "président", "organization": "ARE"},
      note="'le président de l'ARE, X'")
    V(a, "role", MTN, {"person": MMA, "title": MTN}, note="'La ministre de la Transformation numérique, X': no organization")
    V(a, "result", "chiffre d'affaires", {"company": AC, "metric": "revenue", "amount": "14,8 MMDH",
                                          "change": f"6,1{NB}%", "period": "2040"}, nth=0,
      note="'Atlas Connect a réalisé en 2040 un chiffre d'affaires de 14,8 MMDH, en hausse de 6,1 %'")
    V(a, "result", "résultat net part du groupe", {"company": AC, "metric": "net_income",
                                                   "amount": "2,3 milliards de dirhams", "period": ("opt", "2040")},
      note="the same sentence, the year written once")
    V(a, "role", "PDG", {"person": YA, "title": "PDG", "organization": ("opt", AC)},
      note="'Son PDG, X': 'Son' is Atlas Connect")
    V(a, "result", "chiffre d'affaires", {"company": SM, "metric": "revenue", "amount": "7,4 milliards d'ouguiyas",
                                          "period": "an dernier"}, nth=1,
      note="'Sahel Mobile a dégagé l'an dernier un chiffre d'affaires de 7,4 milliards d'ouguiyas'")
    V(a, "acquisition", "acquis", {"target": SM, "buyer": "Gulfbridge", "amount": "95 millions de dollars", "date": "2034",
                                   "status": "done"},
      note="'Gulfbridge l'avait acquis en 2034 auprès de l'État mauritanien pour 95 millions de dollars': 'l'' is Sahel "
           "Mobile; the State no entity")
    V(a, "role", "directeur général", {"person": COM, "title": "directeur général", "organization": SM},
      note="'Le directeur général de Sahel Mobile, X'")
    V(a, "funding", "levé", {"company": AP_, "amount": "60 millions de dollars", "investors": [SFI, "Proparco"],
                             "valuation": "450 millions de dollars", "date": "décembre"},
      note="'AtlasPay, sa filiale de paiement mobile, qui a levé en décembre 60 millions de dollars auprès de la Société "
           "financière internationale (SFI) et de Proparco. Ce tour de table valorise la fintech à 450 millions de "
           "dollars': the valuation referred back to the round")
    V(a, "acquisition", "racheter", {"target": KT, "buyer": AC, "status": "planned"},
      note="'le groupe serait aussi en discussions pour racheter l'opérateur malien Kaneya Télécom': planned; 'le groupe' "
           "is Atlas Connect")
    V(a, "role", "analyste", {"person": NBe, "title": "analyste", "organization": CDG},
      note="'X, analyste chez CDG Capital Bourse'")
