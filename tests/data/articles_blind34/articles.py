"""The three articles of the thirty-fourth blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind34`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (inside the guillemets in O3; before % in P3)
NN = "\u202f"    # narrow no-break space (before % in O3)
AP = "\u2019"    # typographic apostrophe (every apostrophe of O3)


def define(B):
    define_o3(B)
    define_p3(B)
    define_q3(B)


def define_o3(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    KT, TPF, MPC, TE, PE, UN = ("Kerval Trading", "Tribunal pénal fédéral", "Ministère public de la Confédération",
                                "Tanjong Energy", "Public Eye", "Université de Neuchâtel")
    MOP, LV, RG, CB, AD, SA, AR, JSF = ("Marc-Olivier Perrenoud", "Laurent Vuilleumier", "Roberto Ghiringhelli",
                                        "Carla Bernasconi", "Alexandre Dutoit", "Stefan Aebischer", "Agathe Rochat",
                                        "Joëlle Sandoz-Favre")
    # ------------------------------------------------------------ O3: a Geneva oil trader's former CEO convicted of bribing foreign officials by the Federal Criminal Court; the court, its presiding judge, the federal prosecutor, the defence lawyer, the defendant, the company and its CEO, an NGO, a law professor (Swiss daily, web)
    a = B.article("O3-proces-corruption-negociant-bellinzone", "2038-11-17", (
        f"Procès {KT}\n"
        f"L{AP}ex-patron du négociant genevois condamné à trois ans de prison\n"
        "La société devra verser 33,5 millions de francs. La défense annonce un appel.\n"
        f"{MOP}, Bellinzone\n"
        f"Publié aujourd{AP}hui à 18h42\n\n"
        f"Le {TPF} (TPF) a condamné mercredi {LV}, 61 ans, ancien directeur général du négociant en pétrole {KT}, "
        f"à trois ans de prison, dont dix-huit mois ferme, pour corruption d{AP}agents publics étrangers. Selon la cour, "
        f"il a autorisé entre 2029 et 2033 le versement de 14 millions de dollars de commissions à des responsables "
        f"d{AP}une compagnie pétrolière publique du golfe de Guinée, par l{AP}intermédiaire d{AP}une société écran "
        "établie à Dubaï.\n\n"
        f"{KT}, reconnue coupable de défaut d{AP}organisation, devra payer une amende de 3 millions de francs et une "
        f"créance compensatrice de 30,5 millions de francs. La peine reste inférieure aux quatre ans de prison requis par "
        f"le {MPC} (MPC).\n\n"
        f"{O}Vous avez fait de la corruption un outil de gestion ordinaire{C}, a lancé le président de la cour, {RG}, "
        f"en lisant le verdict. Le tribunal a estimé que l{AP}accusé {O}ne pouvait ignorer{C} la destination des fonds. "
        f"La procureure fédérale chargée du dossier, {CB}, a déclaré qu{AP}elle attendrait le jugement motivé avant de "
        f"décider d{AP}un éventuel appel.\n\n"
        f"L{AP}avocat de M. Vuilleumier, Me {AD}, a aussitôt annoncé que son client ferait appel. {O}Il paie pour un "
        f"système que toute la branche connaissait et que la Suisse a toléré pendant vingt ans{C}, a-t-il déclaré à la "
        f"sortie de l{AP}audience. Il estime que la cour a {O}ignoré{C} les témoignages à décharge. L{AP}ancien "
        f"dirigeant, qui vit désormais à Lugano, avait assuré lors des débats, en octobre, n{AP}avoir {O}jamais touché "
        f"un centime{C} de ces commissions.\n\n"
        f"{KT}, rachetée en 2035 par le groupe singapourien {TE}, a indiqué dans un communiqué qu{AP}elle ne ferait pas "
        f"appel et qu{AP}elle avait renouvelé sa direction et ses contrôles internes depuis 2034. Le négociant a dégagé en "
        f"2037 un bénéfice net de 212 millions de dollars, en hausse de 6{NN}%, pour un chiffre d{AP}affaires de 38 "
        f"milliards de dollars. {O}Les faits jugés appartiennent à une autre époque et à une autre équipe{C}, a assuré "
        f"son directeur général, {SA}.\n\n"
        f"{O}C{AP}est la première fois qu{AP}un patron du négoce est condamné à de la prison ferme en Suisse pour "
        f"corruption{C}, s{AP}est félicitée {AR}, porte-parole de l{AP}ONG {PE}. Selon {JSF}, professeure de droit "
        f"pénal à l{AP}{UN}, le verdict pourrait inciter d{AP}autres négociants à dénoncer spontanément leurs fautes, "
        f"dans un pays qui concentre environ 35{NN}% du négoce mondial de pétrole brut. Les parties ont dix jours pour "
        "annoncer un appel."))
    for s, l, c, o in [(KT, ORG, None, False), (MOP, PER, None, False), ("Bellinzone", LOC, None, False),
                       (TPF, ORG, None, False), ("TPF", ORG, TPF, False), (LV, PER, None, False),
                       ("golfe de Guinée", LOC, None, False), ("Dubaï", LOC, None, False), (MPC, ORG, None, False),
                       ("MPC", ORG, MPC, False), (RG, PER, None, False), (CB, PER, None, False),
                       ("Vuilleumier", PER, LV, False), (AD, PER, None, False), ("Suisse", LOC, None, False),
                       ("Lugano", LOC, None, False), (TE, ORG, None, False), (SA, PER, None, False),
                       (AR, PER, None, False), (PE, ORG, None, False), (JSF, PER, None, False), (UN, ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a French-speaking Swiss daily copied as plain text: *new*: a kicker line naming the "
                      "case above the headline ('Procès Kerval Trading'), a headline ('L’ex-patron du négociant genevois "
                      "condamné à trois ans de prison'), a two-sentence standfirst line, *new*: a byline line with the "
                      "journalist's name and the town he writes from after a comma ('Marc-Olivier Perrenoud, "
                      "Bellinzone') and *new*: a publication line with a relative day and a clock time in 'h' ('Publié "
                      "aujourd’hui à 18h42', as Swiss news sites show a story on its first day), no dateline. The "
                      "reference date is the day the page was read and the day of the verdict (Wednesday 17 November "
                      "2038: 'a condamné mercredi'). Every apostrophe is the typographic one (U+2019: 'L’ex-patron', "
                      "'aujourd’hui', 'd’agents', 'd’une', 'l’intermédiaire', 'd’organisation', 'l’accusé', 'qu’elle', "
                      "'d’un', 'L’avocat', 'l’audience', 'L’ancien', 'n’avoir', 'd’affaires', 'C’est', 'qu’un', "
                      "'s’est', 'l’ONG', 'l’Université', 'd’autres'); no-break spaces (U+00A0) inside the guillemets; "
                      "narrow no-break spaces (U+202F) before '%'.")
    a["notes"].append("Entities: the coined Geneva oil trader 'Kerval Trading' (kicker, lead, 'Kerval Trading, reconnue', "
                      "'Kerval Trading, rachetée': four mentions) and its coined Singapore owner 'Tanjong Energy' (after "
                      "'le groupe singapourien') are ORG; the court 'Tribunal pénal fédéral' and its acronym in brackets "
                      "'TPF' (canonical the full name), the prosecution office 'Ministère public de la Confédération' "
                      "(one ORG, no separate 'Confédération') and its acronym 'MPC' (canonical the full name), the NGO "
                      "'Public Eye' (after 'l’ONG') and the 'Université de Neuchâtel' (after the elided 'l’', one ORG, no "
                      "separate 'Neuchâtel') are ORG; 'Bellinzone' (the byline's town), 'golfe de Guinée' (lower-case "
                      "'golfe' as French writes it: one LOC), 'Dubaï', 'Suisse' (twice, both inside marked words) and "
                      "'Lugano' are LOC; the journalist, the defendant (also 'M. Vuilleumier', span the surname, canonical "
                      "the full name), the presiding judge, the federal prosecutor, the defence lawyer (after the title "
                      "'Me', left out of the span), the company's CEO, the NGO's spokeswoman and the law professor are "
                      "PER (all invented). Not names: 'Procès' (the kicker's common noun), 'la cour', 'Le tribunal', "
                      "'La société', 'La défense', 'le négociant', 'l’accusé', 'L’ancien dirigeant', 'ONG', 'les "
                      "parties'; 'genevois', 'singapourien' are adjectives.")
    a["notes"].append("Quotes (12 required: 7 direct, 5 indirect): the court's findings through 'Selon la cour, <clause>' "
                      "(speaker the noun 'cour', canonical the court named just before, ORG, as 'le tribunal a estimé' in "
                      "the third and twenty-ninth sets); the presiding judge named in apposition after the cue ('« ... », "
                      "a lancé le président de la cour, X'); the court through 'Le tribunal' with a clause partly marked "
                      "('Le tribunal a estimé que l’accusé « ne pouvait ignorer » la destination des fonds': one direct "
                      "quote for the marked words, speaker 'tribunal', canonical the court); the federal prosecutor named "
                      "in apposition before 'a déclaré qu’<clause>' (span after the elided 'qu’'); the defence lawyer "
                      "('L’avocat de M. Vuilleumier, Me X, a aussitôt annoncé que <clause>') then '« ... », a-t-il déclaré "
                      "à la sortie de l’audience' ('il' the lawyer) then 'Il estime que la cour a « ignoré » les "
                      "témoignages à décharge' (one direct quote for the marked word); *new*: the defendant's earlier "
                      "words recalled in the pluperfect with an infinitive partly marked ('L’ancien dirigeant, qui vit "
                      "désormais à Lugano, avait assuré lors des débats, en octobre, n’avoir « jamais touché un centime » "
                      "de ces commissions': one direct quote for the marked words; speaker the noun phrase 'ancien "
                      "dirigeant', canonical the defendant); the company by name after a relative clause, in a "
                      "communiqué, with two clauses ('Kerval Trading, rachetée en 2035 par ..., a indiqué dans un "
                      "communiqué qu’<clause> et qu’<clause>': one indirect quote from the first clause to the full stop, "
                      "the second 'qu’' inside, as 'Elle a précisé que ... et que ...' in the thirty-second set); the CEO "
                      "('« ... », a assuré son directeur général, X'); the NGO's spokeswoman ('« ... », s’est félicitée X, "
                      "porte-parole de l’ONG Public Eye'); the professor ('Selon X, professeure de droit pénal à "
                      "l’Université de Neuchâtel, <clause>', the clause after the apposition). Not quotes: the "
                      "standfirst's 'La défense annonce un appel' (the standfirst holds no quote), 'condamné', 'La peine "
                      "reste inférieure aux quatre ans de prison requis par le MPC' (a participle, no words reported), 'en "
                      "lisant le verdict', 'Les parties ont dix jours pour annoncer un appel', the headline.")
    a["notes"].append("Events: roles: the defendant's former post ('X, 61 ans, ancien directeur général du négociant en "
                      "pétrole Kerval Trading': title without 'ancien', organization required; the headline's "
                      "'L’ex-patron du négociant genevois' the same fact); 'le président de la cour, X' (person only, as "
                      "the presiding judges of the eighth, ninth and eleventh sets); 'La procureure fédérale chargée du "
                      "dossier, X' (title as written, no organization, as the prosecutors of the earlier sets); 'L’avocat "
                      "de M. Vuilleumier, Me X' (title 'avocat', no organization: his client is a person, as 'Son avocat, "
                      "Me X' in the twenty-fourth set); 'son directeur général, X' ('son' is Kerval Trading: organization "
                      "optional); 'X, porte-parole de l’ONG Public Eye' and 'X, professeure de droit pénal à l’Université "
                      "de Neuchâtel' (organization required). Acquisition: 'Kerval Trading, rachetée en 2035 par le groupe "
                      "singapourien Tanjong Energy' (a passive participle in a relative clause: done, target the trader, "
                      "buyer the group, date 2035; no amount). Results of 2037 in one sentence through 'Le négociant' "
                      "(Kerval Trading): the net profit with its rise (period required) and the revenue ('pour un chiffre "
                      "d’affaires de 38 milliards de dollars': period optional, the year written once, as in the "
                      "thirty-third set). Not events: the sentence, the fine, the compensatory claim, the commissions "
                      "paid, the prosecutor's requisition, the appeals announced, the renewal of the management (no one "
                      "named), the NGO's and the professor's views, the headline and the standfirst.")
    a["notes"].append("Money: bare 'francs' in a Swiss article are CHF (as in the earlier Swiss sets): the standfirst's "
                      "total '33,5 millions de francs', the fine '3 millions de francs', the compensatory claim '30,5 "
                      "millions de francs'; 'dollars' are USD: the commissions '14 millions de dollars', the net profit "
                      "'212 millions de dollars', the revenue '38 milliards de dollars'. Percentages: the profit rise '6 "
                      "%', the share of world crude trading '35 %' inside the professor's clause ('environ' outside).")
    a["notes"].append("Dates: *new*: the publication line 'Publié aujourd’hui à 18h42' one TIME on the reference day, span "
                      "'aujourd’hui à 18h42', 2038-11-17T18:42; 'mercredi' (the verdict) the publication day; prison terms "
                      "are durations (as in the nineteenth and twenty-fourth sets): the headline's and the lead's 'trois "
                      "ans' (P3Y, two items), 'dix-huit mois' (P18M, 'ferme' outside) and the requested 'quatre ans' "
                      "(P4Y); 'entre 2029 et 2033' two years; 'pendant vingt ans' (inside the lawyer's marked words) span "
                      "'vingt ans', P20Y; 'en octobre' (past: the hearings, 'avait assuré') 2038-10; 'en 2035', 'depuis "
                      "2034' (span '2034') and 'en 2037' the years; 'dix jours' (the appeal period) P10D. Optional: the "
                      "age '61 ans' (P61Y). 'désormais' is not annotated.")
    M(a, "33,5 millions de francs", 33.5e6, "CHF")
    M(a, "14 millions de dollars", 14e6, "USD")
    M(a, "3 millions de francs", 3e6, "CHF")
    M(a, "30,5 millions de francs", 30.5e6, "CHF")
    M(a, "212 millions de dollars", 212e6, "USD")
    M(a, "38 milliards de dollars", 38e9, "USD")
    P(a, f"6{NN}%", 6)
    P(a, f"35{NN}%", 35)
    D(a, f"aujourd{AP}hui à 18h42", "2038-11-17T18:42", typ="TIME",
      note="*new*: the publication line with a relative day: the reference day")
    D(a, "trois ans", "P3Y", typ="DURATION", nth=0, note="the headline: 'condamné à trois ans de prison'")
    D(a, "mercredi", "2038-11-17", note="'a condamné mercredi': the publication day")
    D(a, "61 ans", "P61Y", typ="DURATION", opt=True, note="an age")
    D(a, "trois ans", "P3Y", typ="DURATION", nth=1, note="the lead: 'à trois ans de prison'")
    D(a, "dix-huit mois", "P18M", typ="DURATION", note="'dont dix-huit mois ferme'")
    D(a, "2029", "2029", note="'entre 2029 et 2033': two points, inside the court's reported clause")
    D(a, "2033", "2033", note="'entre 2029 et 2033': two points")
    D(a, "quatre ans", "P4Y", typ="DURATION", note="'aux quatre ans de prison requis': the requested term")
    D(a, "vingt ans", "P20Y", typ="DURATION", note="'pendant vingt ans', inside the lawyer's marked words")
    D(a, "octobre", "2038-10", note="past: 'avait assuré lors des débats, en octobre'")
    D(a, "2035", "2035", note="'rachetée en 2035'")
    D(a, "2034", "2034", note="'depuis 2034', inside the company's reported clause")
    D(a, "2037", "2037", note="'Le négociant a dégagé en 2037 un bénéfice net'")
    D(a, "dix jours", "P10D", typ="DURATION", note="'Les parties ont dix jours pour annoncer un appel'")
    Q(a, f"Selon la cour, [il a autorisé entre 2029 et 2033 le versement de 14 millions de dollars de commissions à des responsables d{AP}une compagnie pétrolière publique du golfe de Guinée, par l{AP}intermédiaire d{AP}une société écran établie à Dubaï].",
      "indirect", "[Selon] la cour", ("Selon la [cour], il", TPF, ORG),
      note="'Selon la cour, <clause>': the court named in the sentence before, through a noun")
    Q(a, f"{O}[Vous avez fait de la corruption un outil de gestion ordinaire]{C}", "direct", "a lancé", (RG, RG, PER),
      gender="male", note="the name in apposition to 'le président de la cour', after the cue")
    Q(a, f"{O}[ne pouvait ignorer]{C}", "direct", "a estimé", ("Le [tribunal] a estimé", TPF, ORG),
      note="'Le tribunal a estimé que l’accusé « ne pouvait ignorer » la destination des fonds': a clause partly "
           "marked, one direct quote for the marked words; the court through a noun")
    Q(a, f"déclaré qu{AP}[elle attendrait le jugement motivé avant de décider d{AP}un éventuel appel].", "indirect",
      "a déclaré", (CB, CB, PER), gender="female",
      note="'La procureure fédérale chargée du dossier, X, a déclaré qu’<clause>': span after the elided 'qu’'")
    Q(a, "annoncé que [son client ferait appel].", "indirect", "a aussitôt annoncé", (AD, AD, PER), gender="male",
      note="'L’avocat de M. Vuilleumier, Me X, a aussitôt annoncé que <clause>': the name in apposition before the cue")
    Q(a, f"{O}[Il paie pour un système que toute la branche connaissait et que la Suisse a toléré pendant vingt ans]{C}",
      "direct", "a-t-il déclaré", ("a-t-[il] déclaré", AD, PER), gender="male",
      note="a pronoun in an inverted cue: the lawyer of the sentence before")
    Q(a, f"{O}[ignoré]{C}", "direct", "estime", ("[Il] estime", AD, PER), gender="male",
      note="'Il estime que la cour a « ignoré » les témoignages à décharge': one direct quote for the marked word; "
           "'Il' is the lawyer")
    Q(a, f"{O}[jamais touché un centime]{C}", "direct", "avait assuré", (f"L{AP}[ancien dirigeant], qui", LV, PER),
      gender="male",
      note="*new*: earlier words recalled in the pluperfect, an infinitive partly marked ('avait assuré ... n’avoir « "
           "... » de ces commissions'): one direct quote for the marked words; a noun-phrase speaker for the defendant")
    Q(a, f"communiqué qu{AP}[elle ne ferait pas appel et qu{AP}elle avait renouvelé sa direction et ses contrôles internes depuis 2034].",
      "indirect", "a indiqué", (f"[{KT}], rachetée", KT, ORG),
      note="the company by name, a relative clause between it and the cue; two clauses joined by 'et qu’', one span")
    Q(a, f"{O}[Les faits jugés appartiennent à une autre époque et à une autre équipe]{C}", "direct", "a assuré",
      (SA, SA, PER), gender="male", note="the name in apposition to 'son directeur général'")
    Q(a, f"{O}[C{AP}est la première fois qu{AP}un patron du négoce est condamné à de la prison ferme en Suisse pour corruption]{C}",
      "direct", f"s{AP}est félicitée", (AR, AR, PER), gender="female",
      note="a pronominal cue whose agreement shows the gender; 'porte-parole de l’ONG Public Eye' in apposition")
    Q(a, f"Selon {JSF}, professeure de droit pénal à l{AP}{UN}, [le verdict pourrait inciter d{AP}autres négociants à dénoncer spontanément leurs fautes, dans un pays qui concentre environ 35{NN}% du négoce mondial de pétrole brut].",
      "indirect", f"[Selon] {JSF}", (JSF, JSF, PER), gender="female",
      note="'Selon X, professeure ..., <clause>': the clause after the apposition")
    V(a, "role", "ancien [directeur général] du", {"person": LV, "title": "directeur général", "organization": KT},
      note="'X, 61 ans, ancien directeur général du négociant en pétrole Kerval Trading': a former post")
    V(a, "role", "[président] de la cour", {"person": RG},
      note="'le président de la cour, X': person only, as the presiding judges of the earlier sets")
    V(a, "role", "procureure fédérale", {"person": CB, "title": "procureure fédérale"},
      note="'La procureure fédérale chargée du dossier, X': title as written, no organization")
    V(a, "role", f"L{AP}[avocat] de", {"person": AD, "title": "avocat"},
      note="'L’avocat de M. Vuilleumier, Me X': the client is a person, no organization")
    V(a, "role", f"[directeur général], {SA}", {"person": SA, "title": "directeur général",
                                                "organization": ("opt", f"[{KT}], rachetée")},
      note="'son directeur général, X': 'son' is Kerval Trading")
    V(a, "role", "porte-parole", {"person": AR, "title": "porte-parole", "organization": PE},
      note="'X, porte-parole de l’ONG Public Eye'")
    V(a, "role", "professeure de droit pénal", {"person": JSF, "title": "professeure de droit pénal", "organization": UN},
      note="'X, professeure de droit pénal à l’Université de Neuchâtel'")
    V(a, "acquisition", "rachetée", {"target": f"[{KT}], rachetée", "buyer": TE, "date": "2035", "status": "done"},
      note="'Kerval Trading, rachetée en 2035 par le groupe singapourien Tanjong Energy': a passive participle, done")
    V(a, "result", "bénéfice net", {"company": f"[{KT}], rachetée", "metric": "net_income",
                                    "amount": "212 millions de dollars", "change": f"6{NN}%", "period": "2037"},
      note="'Le négociant a dégagé en 2037 un bénéfice net de ..., en hausse de 6 %': 'Le négociant' is Kerval Trading")
    V(a, "result", f"chiffre d{AP}affaires", {"company": f"[{KT}], rachetée", "metric": "revenue",
                                              "amount": "38 milliards de dollars", "period": ("opt", "2037")},
      note="'pour un chiffre d’affaires de 38 milliards de dollars': the year written once for both figures")


def define_p3(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "« ", " »"     # guillemets with ordinary spaces inside in this article
    TJ, CSP, BC, CFG = "Tanjalog", "Cap Spartel Partners", "Bourse de Casablanca", "CFG Bank"
    AMMC = "Autorité marocaine du marché des capitaux"
    CDG, CIMR = "Caisse de dépôt et de gestion", "Caisse interprofessionnelle marocaine de retraite"
    YB, MB, SO, KL, AC, OT = ("Yasmine Berrada", "Mehdi Benjelloun", "Salma Ouazzani", "Karim Lahlou", "Anas Chraïbi",
                              "Omar Tazi")
    # ------------------------------------------------------------ P3: a Tangier port-logistics group's initial public offering on the Casablanca exchange: a capital increase with two anchor investors, a fund selling part of its stake, the valuation, the earlier round, results, the CEO, the CFO, the fund's partner, the exchange's CEO, the offering memorandum, an analyst (Moroccan business site)
    a = B.article("P3-introduction-bourse-logistique-casablanca", "2038-10-04", (
        f"{TJ} vise 1,9 milliard de dirhams pour son entrée en Bourse\n"
        "Le logisticien tangérois signera la plus grosse introduction à Casablanca depuis dix ans.\n"
        f"Rédigé par {YB} le Lundi 4 Octobre 2038 à 11:20\n\n"
        f"Le groupe de logistique portuaire {TJ} a obtenu vendredi le visa de l'{AMMC} (AMMC) pour son "
        f"introduction à la {BC}, a indiqué l'entreprise dans un communiqué. L'opération, de 1,9 milliard de dirhams au "
        f"total, combine une augmentation de capital de 1,1 milliard de dirhams et la cession de 800 MDH d'actions "
        f"existantes par le fonds {CSP}, soit 11{NB}% du capital.\n\n"
        f"Le prix a été fixé à 286 dirhams par action, ce qui valorise {TJ} à 7,3 MMDH après l'augmentation de capital. "
        f"La {CDG} (CDG) et la {CIMR} (CIMR) se sont engagées à en souscrire 400 MDH à elles deux. La souscription "
        "s'ouvrira le 11 octobre pour cinq jours, et la première cotation est prévue le 26 octobre.\n\n"
        f"Lors de sa précédente levée de fonds, en 2031, {TJ} avait réuni 450 MDH auprès de {CSP}, qui détient encore "
        f"34{NB}% du capital. Le groupe, qui exploite des terminaux à Tanger Med et à Nador West Med, a réalisé en 2037 "
        f"un chiffre d'affaires de 2,4 MMDH, en hausse de 14{NB}%, et un résultat net de 312 MDH. Au premier semestre "
        f"2038, ses revenus ont progressé de 9,5{NB}%, à 1,3 milliard de dirhams.\n\n"
        f"{O}Cette cotation nous donne les moyens de doubler nos capacités d'entreposage d'ici 2042{C}, a déclaré le "
        f"président-directeur général de {TJ}, {MB}, lors d'une conférence de presse à Casablanca. Il a précisé que "
        f"60{NB}% des fonds levés financeraient une plateforme logistique à Kénitra. {O}Nous ne cherchons pas à racheter "
        f"nos concurrents{C}, a-t-il ajouté. La directrice financière, {SO}, a indiqué que le groupe distribuerait au "
        f"moins 40{NB}% de son bénéfice dès l'an prochain.\n\n"
        f"{O}Nous restons un actionnaire de long terme, avec 23{NB}% du capital après l'opération{C}, a assuré {KL}, "
        f"associé gérant de {CSP}. Le directeur général de la {BC}, {AC}, s'est dit {O}confiant{C} dans l'appétit des "
        f"investisseurs. Selon la note d'information de {TJ}, 30{NB}% des titres offerts sont réservés aux particuliers, "
        f"avec une décote de 5{NB}% pour les salariés du groupe.\n\n"
        f"{O}Le prix laisse une marge d'environ 12{NB}% par rapport aux sociétés comparables{C}, estime {OT}, analyste "
        f"chez {CFG}."))
    for s, l, c, o in [(TJ, ORG, None, False), (BC, ORG, None, False), ("Casablanca", LOC, None, False),
                       (YB, PER, None, False), (AMMC, ORG, None, False), ("AMMC", ORG, AMMC, False),
                       (CSP, ORG, None, False), (CDG, ORG, None, False), ("CDG", ORG, CDG, False),
                       (CIMR, ORG, None, False), ("CIMR", ORG, CIMR, False), ("Tanger Med", LOC, None, False),
                       ("Nador West Med", LOC, None, False), (MB, PER, None, False), ("Kénitra", LOC, None, False),
                       (SO, PER, None, False), (KL, PER, None, False), (AC, PER, None, False), (OT, PER, None, False),
                       (CFG, ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a Moroccan business news site copied as plain text: a headline ('Tanjalog vise 1,9 "
                      "milliard de dirhams pour son entrée en Bourse'), a one-sentence standfirst line, then *new*: the "
                      "site's byline line with the weekday and the month capitalised and a 24-hour clock time with a colon "
                      "('Rédigé par Yasmine Berrada le Lundi 4 Octobre 2038 à 11:20'), no dateline. The reference date is "
                      "that day (Monday 4 October 2038); the visa was granted on Friday 1 October ('a obtenu vendredi'). "
                      "Straight apostrophes; no-break spaces (U+00A0) before '%'; ordinary spaces inside the guillemets.")
    a["notes"].append("Entities: the coined Tangier logistics group 'Tanjalog' (headline, lead, 'valorise Tanjalog', "
                      "'Tanjalog avait réuni', 'de Tanjalog, Mehdi', 'la note d'information de Tanjalog': six mentions) "
                      "and the coined private equity fund 'Cap Spartel Partners' (after 'le fonds', after 'auprès de', "
                      "after 'associé gérant de': three mentions; one ORG although it begins with a cape's name) are ORG; "
                      "the market regulator 'Autorité marocaine du marché des capitaux' and its acronym in brackets 'AMMC', "
                      "the 'Caisse de dépôt et de gestion' with 'CDG' and the 'Caisse interprofessionnelle marocaine de "
                      "retraite' with 'CIMR' (canonical the full names, as in the eleventh set), the 'Bourse de "
                      "Casablanca' (twice: one ORG, no separate 'Casablanca', as in the eleventh and eighteenth sets) and "
                      "the bank 'CFG Bank' (after 'chez') are ORG; 'Casablanca' alone (the standfirst's 'introduction à "
                      "Casablanca', 'une conférence de presse à Casablanca'), *new*: the port complexes 'Tanger Med' and "
                      "'Nador West Med' ('des terminaux à Tanger Med et à Nador West Med': places, LOC) and 'Kénitra' are "
                      "LOC; the journalist, the CEO, the CFO, the fund's partner, the exchange's CEO and the analyst are "
                      "PER (all invented). Not names: 'Bourse' alone in the headline ('son entrée en Bourse'), "
                      "'Lundi', 'Octobre' (capitalised date words), 'MDH', 'MMDH', 'tangérois' (an adjective), "
                      "'Le logisticien', 'L'opération', 'Le groupe', 'l'entreprise', 'la note d'information', 'les "
                      "particuliers'.")
    a["notes"].append("Quotes (9 required: 5 direct, 4 indirect): the company through a noun phrase after an unmarked "
                      "clause, in a communiqué ('Le groupe de logistique portuaire Tanjalog a obtenu vendredi le visa de "
                      "... pour son introduction à la Bourse de Casablanca, a indiqué l'entreprise dans un communiqué': "
                      "speaker 'entreprise', canonical Tanjalog, ORG, as 'a indiqué le groupe dans un communiqué' in the "
                      "thirty-second set); the CEO named in apposition to his title after the cue ('« ... », a déclaré le "
                      "président-directeur général de Tanjalog, X, lors d'une conférence de presse à Casablanca') then 'Il "
                      "a précisé que <clause>' and '« ... », a-t-il ajouté'; the CFO named in apposition before 'a indiqué "
                      "que <clause>'; the fund's partner ('« ... », a assuré X, associé gérant de ...'); the exchange's "
                      "CEO with one marked word after a pronominal cue ('s'est dit « confiant » dans l'appétit des "
                      "investisseurs'); *new*: a document whose issuer the text names after 'Selon' ('Selon la note "
                      "d'information de Tanjalog, <clause>': speaker the noun 'note d'information', canonical the issuer "
                      "Tanjalog, ORG, as 'Selon le communiqué' in the third set and 'selon un communiqué' in the sixth); "
                      "the analyst ('« ... », estime X, analyste chez CFG Bank'). Not quotes: 'vise 1,9 milliard de "
                      "dirhams' (headline), 'se sont engagées à en souscrire 400 MDH' (a commitment, no words reported), "
                      "'Le prix a été fixé', 'la première cotation est prévue', the standfirst.")
    a["notes"].append("Events: funding: *new*: the initial public offering's capital increase ('L'opération, de 1,9 "
                      "milliard de dirhams au total, combine une augmentation de capital de 1,1 milliard de dirhams et la "
                      "cession de 800 MDH d'actions existantes ... ce qui valorise Tanjalog à 7,3 MMDH après "
                      "l'augmentation de capital. La CDG et la CIMR se sont engagées à en souscrire 400 MDH'): one funding "
                      "event, trigger 'augmentation de capital' (its first mention), company Tanjalog, amount the new "
                      "money '1,1 milliard de dirhams' (the offering's total also pays the selling fund: no argument), "
                      "investors the two anchor investors of the next sentence, valuation the value at the offer price "
                      "(no separate valuation event, as in the thirty-second set), no round string, date optional "
                      "('vendredi', the visa: the text gives the offering its own dates, the subscription on 11 October "
                      "and the listing on 26 October, so which date is the fact's is left open); the fund's sale of "
                      "existing shares in the same offering ('la cession de 800 MDH d'actions existantes par le fonds "
                      "Cap Spartel Partners, soit 11 % du capital'): one acquisition, trigger 'cession', target Tanjalog, "
                      "seller the fund, no buyer (the public, unnamed, as the placement of the thirty-third set), stake "
                      "'11 %', amount '800 MDH', status announced (the offering is still to come), date optional as "
                      "above; *new*: the earlier round referred back with 'sa précédente levée de fonds' ('Lors de sa "
                      "précédente levée de fonds, en 2031, Tanjalog avait réuni 450 MDH auprès de Cap Spartel Partners'): "
                      "a second funding event, trigger 'réuni', investor the fund, date 2031. Results of 2037 through 'Le "
                      "groupe' (Tanjalog): the revenue with its rise (period required) and the net profit in the same "
                      "clause (period optional: the year written once); the half-year revenue ('Au premier semestre 2038, "
                      "ses revenus ont progressé de 9,5 %, à 1,3 milliard de dirhams': trigger 'revenus', metric revenue, "
                      "period the half with its year). Roles: 'le président-directeur général de Tanjalog, X' (title as "
                      "written with its hyphen, organization required), 'La directrice financière, X' (organization "
                      "optional: the company of the paragraph), 'X, associé gérant de Cap Spartel Partners', 'Le "
                      "directeur général de la Bourse de Casablanca, X', 'X, analyste chez CFG Bank' (organization "
                      "required). Not events: the fund's holdings before and after ('34 %', '23 %'), the price per share, "
                      "the regulator's visa, the subscription and listing dates, the use of the funds, the dividend "
                      "policy, the retail tranche and the employees' discount, the analyst's margin.")
    a["notes"].append("Money: Moroccan dirhams are MAD (as in the eleventh set): '1,9 milliard de dirhams' in the headline "
                      "and in the lead (two items), '1,1 milliard de dirhams', 'MDH' (millions de dirhams: '800 MDH', '400 "
                      "MDH', '450 MDH', '312 MDH'), 'MMDH' (milliards de dirhams: '7,3 MMDH', '2,4 MMDH'), the price per "
                      "share '286 dirhams' ('par action' outside), the half-year revenue '1,3 milliard de dirhams'. "
                      "Percentages: the stake sold '11 %', the fund's holdings '34 %' and '23 %' (inside the partner's "
                      "marked words), the revenue rises '14 %' and '9,5 %', the share of the funds '60 %' (inside the "
                      "CEO's reported clause), the payout 'au moins 40 %' (span '40 %'), the retail tranche '30 %' and the "
                      "discount '5 %' (inside the memorandum's clause), the analyst's 'd'environ 12 %' (span '12 %').")
    a["notes"].append("Dates: *new*: the byline line's 'Lundi 4 Octobre 2038 à 11:20' one TIME with its capitalised "
                      "weekday and month, 2038-10-04T11:20 ('le' outside); the standfirst's 'depuis dix ans' span 'dix "
                      "ans', P10Y; 'vendredi' (past: 'a obtenu') 2038-10-01; 'le 11 octobre' and 'le 26 octobre' (future) "
                      "2038-10-11 and 2038-10-26; 'pour cinq jours' span 'cinq jours', P5D; 'en 2031' and 'en 2037' the "
                      "years; *new*: 'Au premier semestre 2038' span 'premier semestre 2038' (the year inside the span), "
                      "2038-H1; 'd'ici 2042' (inside the CEO's marked words) span '2042'; 'dès l'an prochain' (inside the "
                      "CFO's reported clause) span 'an prochain', 2039.")
    M(a, "1,9 milliard de dirhams", 1.9e9, "MAD", nth=0)
    M(a, "1,9 milliard de dirhams", 1.9e9, "MAD", nth=1)
    M(a, "1,1 milliard de dirhams", 1.1e9, "MAD")
    M(a, "800 MDH", 800e6, "MAD")
    M(a, "286 dirhams", 286, "MAD")
    M(a, "7,3 MMDH", 7.3e9, "MAD")
    M(a, "400 MDH", 400e6, "MAD")
    M(a, "450 MDH", 450e6, "MAD")
    M(a, "2,4 MMDH", 2.4e9, "MAD")
    M(a, "312 MDH", 312e6, "MAD")
    M(a, "1,3 milliard de dirhams", 1.3e9, "MAD")
    P(a, f"11{NB}%", 11)
    P(a, f"34{NB}%", 34)
    P(a, f"14{NB}%", 14)
    P(a, f"9,5{NB}%", 9.5)
    P(a, f"60{NB}%", 60)
    P(a, f"40{NB}%", 40)
    P(a, f"23{NB}%", 23)
    P(a, f"30{NB}%", 30)
    P(a, f"5{NB}%", 5)
    P(a, f"12{NB}%", 12)
    D(a, "Lundi 4 Octobre 2038 à 11:20", "2038-10-04T11:20", typ="TIME",
      note="*new*: the byline line: capitalised weekday and month, clock time with a colon")
    D(a, "dix ans", "P10Y", typ="DURATION", note="the standfirst: 'la plus grosse introduction ... depuis dix ans'")
    D(a, "vendredi", "2038-10-01", note="past: 'a obtenu vendredi le visa'")
    D(a, "11 octobre", "2038-10-11", note="future: 'La souscription s'ouvrira le 11 octobre'")
    D(a, "cinq jours", "P5D", typ="DURATION", note="'pour cinq jours'")
    D(a, "26 octobre", "2038-10-26", note="future: 'la première cotation est prévue le 26 octobre'")
    D(a, "2031", "2031", note="'Lors de sa précédente levée de fonds, en 2031'")
    D(a, "2037", "2037", note="'a réalisé en 2037 un chiffre d'affaires'")
    D(a, "premier semestre 2038", "2038-H1", note="*new*: the half with its year inside the span")
    D(a, "2042", "2042", note="'d'ici 2042', inside the CEO's marked words")
    D(a, "an prochain", "2039", note="'dès l'an prochain', inside the CFO's reported clause")
    Q(a, f"[Le groupe de logistique portuaire {TJ} a obtenu vendredi le visa de l'{AMMC} (AMMC) pour son introduction à la {BC}], a indiqué",
      "indirect", "a indiqué", ("a indiqué l'[entreprise] dans", TJ, ORG),
      note="an unmarked clause before an inverted cue; the company through a noun phrase, its communiqué the medium")
    Q(a, f"{O}[Cette cotation nous donne les moyens de doubler nos capacités d'entreposage d'ici 2042]{C}", "direct",
      "a déclaré", (MB, MB, PER), gender="male",
      note="the name in apposition to 'le président-directeur général de Tanjalog', after the cue")
    Q(a, f"précisé que [60{NB}% des fonds levés financeraient une plateforme logistique à Kénitra].", "indirect",
      "a précisé", ("[Il] a précisé", MB, PER), gender="male", note="'Il' is the CEO of the sentence before")
    Q(a, f"{O}[Nous ne cherchons pas à racheter nos concurrents]{C}", "direct", "a-t-il ajouté",
      ("a-t-[il] ajouté", MB, PER), gender="male", note="a pronoun in an inverted cue: the CEO")
    Q(a, f"indiqué que [le groupe distribuerait au moins 40{NB}% de son bénéfice dès l'an prochain].", "indirect",
      "[a indiqué] que le groupe", (SO, SO, PER), gender="female",
      note="'La directrice financière, X, a indiqué que <clause>': the name in apposition before the cue")
    Q(a, f"{O}[Nous restons un actionnaire de long terme, avec 23{NB}% du capital après l'opération]{C}", "direct",
      "a assuré", (KL, KL, PER), gender="male", note="the name after the cue, 'associé gérant de ...' in apposition")
    Q(a, f"{O}[confiant]{C}", "direct", "s'est dit", (AC, AC, PER), gender="male",
      note="one marked word after a pronominal cue; the name in apposition to 'Le directeur général de la Bourse de "
           "Casablanca'")
    Q(a, f"Selon la note d'information de {TJ}, [30{NB}% des titres offerts sont réservés aux particuliers, avec une décote de 5{NB}% pour les salariés du groupe].",
      "indirect", "[Selon] la note", ("Selon la [note d'information] de", TJ, ORG),
      note="*new* here: a document whose issuer the text names: the noun 'note d'information', canonical the issuer")
    Q(a, f"{O}[Le prix laisse une marge d'environ 12{NB}% par rapport aux sociétés comparables]{C}", "direct", "estime",
      (OT, OT, PER), gender="male", note="the name after the cue, 'analyste chez CFG Bank' in apposition")
    V(a, "funding", "augmentation de capital", {"company": f"valorise [{TJ}] à", "amount": "1,1 milliard de dirhams",
                                                "investors": [CDG, CIMR], "valuation": "7,3 MMDH",
                                                "date": ("opt", "vendredi")}, nth=0,
      note="*new*: an initial public offering's capital increase: the new money, the anchor investors of the next "
           "sentence, the value at the offer price; date optional (the visa, or the subscription and listing dates)")
    V(a, "acquisition", "cession", {"target": f"valorise [{TJ}] à", "seller": f"le fonds [{CSP}], soit",
                                    "amount": "800 MDH", "stake": f"11{NB}%", "status": "announced",
                                    "date": ("opt", "vendredi")},
      note="the fund sells existing shares in the offering: no buyer (the public), announced")
    V(a, "funding", "réuni", {"company": f"[{TJ}] avait réuni", "amount": "450 MDH",
                              "investors": [f"auprès de [{CSP}], qui"], "date": "2031"},
      note="*new*: the earlier round referred back with 'sa précédente levée de fonds'")
    V(a, "result", "chiffre d'affaires", {"company": f"[{TJ}] avait réuni", "metric": "revenue", "amount": "2,4 MMDH",
                                          "change": f"14{NB}%", "period": "2037"},
      note="'Le groupe, qui exploite ..., a réalisé en 2037 un chiffre d'affaires de 2,4 MMDH, en hausse de 14 %'")
    V(a, "result", "résultat net", {"company": f"[{TJ}] avait réuni", "metric": "net_income", "amount": "312 MDH",
                                    "period": ("opt", "2037")},
      note="'et un résultat net de 312 MDH': the same clause, the year written once")
    V(a, "result", "revenus", {"company": f"[{TJ}] avait réuni", "metric": "revenue",
                               "amount": "1,3 milliard de dirhams", "change": f"9,5{NB}%",
                               "period": "premier semestre 2038"},
      note="'Au premier semestre 2038, ses revenus ont progressé de 9,5 %, à ...': 'ses' is Tanjalog")
    V(a, "role", "président-directeur général", {"person": MB, "title": "président-directeur général",
                                                 "organization": f"général de [{TJ}], {MB}"},
      note="'le président-directeur général de Tanjalog, X'")
    V(a, "role", "directrice financière", {"person": SO, "title": "directrice financière",
                                           "organization": ("opt", f"général de [{TJ}], {MB}")},
      note="'La directrice financière, X': the company of the paragraph")
    V(a, "role", "associé gérant", {"person": KL, "title": "associé gérant", "organization": f"gérant de [{CSP}]."},
      note="'X, associé gérant de Cap Spartel Partners'")
    V(a, "role", "[directeur général] de la Bourse", {"person": AC, "title": "directeur général",
                                                      "organization": f"la [{BC}], {AC}"},
      note="'Le directeur général de la Bourse de Casablanca, X'")
    V(a, "role", "analyste", {"person": OT, "title": "analyste", "organization": CFG},
      note="'X, analyste chez CFG Bank'")


def define_q3(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "« ", " »"     # guillemets with ordinary spaces inside in this article (agency copy)
    BG, CBU, FF, BRVM, UTSB = ("Banque de Gorée", "Commission bancaire de l'UMOA", "Ferlo Finances",
                               "Bourse régionale des valeurs mobilières", "Union des travailleurs du secteur bancaire")
    ASD, CTF, MLN, OK, PMG, ID, ASa, FN = ("Aminata Sow-Diallo", "Cheikh Tidiane Faye", "Mamadou Lamine Ndiaye",
                                           "Ousmane Kane", "Pape Moussa Gueye", "Ibrahima Diouf", "Abdoulaye Sarr",
                                           "Fatou Ndoye")
    MEF = "ministre de l'Économie, des Finances et du Plan"
    MFB = "ministre des Finances et du Budget"
    PCA = "président du conseil d'administration"
    # ------------------------------------------------------------ Q3: a listed Senegalese bank names a new chief executive, a chairman and a CFO; the departing CEO, the banking supervisor's approval, results, the finance minister, the bank workers' union, an analyst (APS dispatch)
    a = B.article("Q3-nomination-directrice-generale-banque-dakar", "2038-04-14", (
        f"{BG} : {ASD} nommée directrice générale\n"
        f"Dakar, 14 avr (APS) – Le conseil d'administration de la {BG} (BDG) a nommé mardi {ASD} au poste de "
        f"directrice générale, en remplacement de {CTF}, qui quittera ses fonctions le 30 avril après douze ans à la tête "
        f"de l'établissement, a annoncé la banque dans un communiqué. La nomination a reçu l'agrément de la {CBU}, "
        "a-t-elle précisé.\n\n"
        f"Âgée de 49 ans, Mme Sow-Diallo était jusqu'ici directrice générale adjointe de {FF}, une institution de "
        f"microfinance de Saint-Louis. Elle devient la première femme à diriger la BDG, cotée à la {BRVM} (BRVM). {O}Ma "
        f"priorité sera le crédit aux PME et aux femmes entrepreneures, encore trop mal servies{C}, a-t-elle déclaré lors "
        "de la cérémonie de passation. Selon elle, la banque ouvrira quinze agences dans les régions d'ici fin 2039.\n\n"
        f"{O}Je laisse une banque deux fois plus grande qu'en 2026{C}, a déclaré pour sa part le directeur général "
        f"sortant, {CTF}, 64 ans. Il a ajouté qu'il n'avait {O}aucune ambition politique{C}, démentant des informations "
        "de presse.\n\n"
        f"{MLN}, ancien {MEF}, devient {PCA}. Il succède à {OK}, atteint par la limite d'âge. {O}La BDG a besoin de "
        f"stabilité et d'ambition{C}, a estimé M. Ndiaye. {PMG}, jusqu'ici associé du cabinet Mazars à Dakar, est nommé "
        "directeur financier.\n\n"
        "La BDG a dégagé en 2037 un résultat net de 18,6 milliards de francs CFA, en hausse de 12,4 %, pour un produit "
        "net bancaire de 71,3 milliards de francs CFA (+8 %). L'État du Sénégal, qui détient 25 % du capital, ne cédera "
        f"pas sa participation, a indiqué le {MFB}, {ID}.\n\n"
        f"L'{UTSB} (UTSB) a salué une nomination {O}rassurante pour le personnel{C}. Son secrétaire général, {ASa}, a "
        "toutefois demandé que les 1 150 salariés de la banque soient associés au futur plan stratégique.\n\n"
        f"À la BRVM, l'action BDG a gagné 3,2 % mercredi, à 4 850 francs CFA. {O}Le marché attendait cette clarification "
        f"depuis l'annonce du départ de M. Faye en janvier{C}, juge {FN}, analyste chez CGF Bourse."))
    for s, l, c, o in [(BG, ORG, None, False), (ASD, PER, None, False), ("Dakar", LOC, None, False),
                       ("APS", ORG, None, False), ("BDG", ORG, BG, False), (CTF, PER, None, False),
                       (CBU, ORG, None, False), ("Sow-Diallo", PER, ASD, False), (FF, ORG, None, False),
                       ("Saint-Louis", LOC, None, False), (BRVM, ORG, None, False), ("BRVM", ORG, BRVM, False),
                       (MLN, PER, None, False), (OK, PER, None, False), ("Ndiaye", PER, MLN, False),
                       (PMG, PER, None, False), ("Mazars", ORG, None, False), ("Sénégal", LOC, None, False),
                       (ID, PER, None, False), (UTSB, ORG, None, False), ("UTSB", ORG, UTSB, False),
                       (ASa, PER, None, False), ("Faye", PER, CTF, False), (FN, PER, None, False),
                       ("CGF Bourse", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Agency dispatch of the Agence de presse sénégalaise copied as plain text: a headline line ('Banque "
                      "de Gorée : Aminata Sow-Diallo nommée directrice générale'), then *new*: the APS dateline with the "
                      "town in ordinary case, the day and an abbreviated month with no year and no full stop, and an en "
                      "dash ('Dakar, 14 avr (APS) – '). The reference date is the dateline day (Wednesday 14 April 2038); "
                      "the board met on Tuesday 13 ('a nommé mardi'), the share moved on the dateline day ('mercredi'). "
                      "Straight apostrophes; ordinary spaces before '%', inside the guillemets and as the thousands "
                      "separator ('1 150 salariés', '4 850 francs CFA').")
    a["notes"].append("Entities: the coined Dakar bank 'Banque de Gorée' (headline, lead: one ORG, no separate 'Gorée') and "
                      "its acronym in brackets 'BDG' (five mentions: '(BDG)', 'diriger la BDG', inside the chairman's "
                      "marked words, 'La BDG a dégagé', 'l'action BDG'; canonical the full name), the agency 'APS' (the "
                      "dateline, never spelled out: keeps its form), *new*: the banking supervisor 'Commission bancaire "
                      "de l'UMOA' (one ORG with the union's acronym inside, no separate 'UMOA'), the coined microfinance "
                      "institution 'Ferlo Finances' (one ORG, no separate region), the regional exchange 'Bourse régionale "
                      "des valeurs mobilières' and its acronym 'BRVM' (twice; canonical the full name, as in the "
                      "thirty-second set), the audit firm 'Mazars' (after 'du cabinet'), the coined union 'Union des "
                      "travailleurs du secteur bancaire' (after the elided 'L'') and its acronym 'UTSB' (canonical the full "
                      "name) and the broker 'CGF Bourse' (after 'chez') are ORG; 'Dakar' (the dateline and 'Mazars à "
                      "Dakar'), 'Saint-Louis' and 'Sénégal' ('L'État du Sénégal') are LOC; the new CEO (headline, lead, "
                      "also 'Mme Sow-Diallo': span the surname, canonical the full name), the outgoing CEO (twice, also "
                      "'M. Faye' inside the analyst's marked words), the new chairman (also 'M. Ndiaye'), his "
                      "predecessor, the new CFO, the finance minister, the union's secretary general and the analyst are "
                      "PER (all invented; the Senegalese compound given names 'Cheikh Tidiane', 'Mamadou Lamine', 'Pape "
                      "Moussa' inside the spans). Not names: 'L'État', 'PME', 'francs CFA', 'la banque', "
                      "'l'établissement', 'La nomination', 'Le marché'.")
    a["notes"].append("Quotes (11 required: 6 direct, 5 indirect): the lead told as '<clause>, a annoncé la banque dans un "
                      "communiqué' (inverted; the clause from 'Le conseil d'administration' to 'l'établissement', the "
                      "relative clause on the outgoing CEO inside; speaker 'banque', canonical the bank, ORG); *new*: an "
                      "unmarked clause before an inverted pronoun cue whose pronoun stands for the bank of the sentence "
                      "before ('La nomination a reçu l'agrément de la Commission bancaire de l'UMOA, a-t-elle précisé': "
                      "speaker 'elle', canonical the bank, ORG, no gender, as 'a-t-elle annoncé' for a company in the "
                      "thirty-second set); the new CEO through an inverted pronoun cue ('« ... », a-t-elle déclaré lors de "
                      "la cérémonie de passation', 'elle' the woman of the sentences before) then 'Selon elle, <clause>'; "
                      "the outgoing CEO named in apposition after the cue ('« ... », a déclaré pour sa part le directeur "
                      "général sortant, X, 64 ans') then 'Il a ajouté qu'il n'avait « aucune ambition politique »' (a "
                      "clause partly marked: one direct quote for the marked words); the chairman ('« ... », a estimé M. "
                      "Ndiaye'); the finance minister after an unmarked clause ('L'État du Sénégal, qui détient 25 % du "
                      "capital, ne cédera pas sa participation, a indiqué le ministre des Finances et du Budget, X': the "
                      "clause from 'L'État' to the comma before the cue); the union by name with marked words after a "
                      "noun-phrase object ('L'Union ... (UTSB) a salué une nomination « rassurante pour le personnel »': "
                      "one direct quote for the marked words, speaker the union's full name, as the marked words after 'a "
                      "salué' in the first set); the union's secretary general ('a toutefois demandé que <clause>': a "
                      "request reported in a clause, span after 'que'); the analyst ('« ... », juge X, analyste chez CGF "
                      "Bourse'). Not quotes: 'a nommé mardi X au poste de ...' (outside the bank's reported clause there "
                      "is no other speech), 'devient président', 'Il succède à X', 'est nommé directeur financier', "
                      "'démentant des informations de presse', the headline.")
    a["notes"].append("Events: roles: the new CEO ('a nommé mardi X au poste de directrice générale': the title after 'au "
                      "poste de', organization optional: the bank is the board's, named in the subject, as 'Le conseil "
                      "d'administration a nommé X ... au poste de directrice financière' in the thirty-second set) and "
                      "her post until now ('jusqu'ici directrice générale adjointe de Ferlo Finances', organization "
                      "required): two roles for one person; the outgoing CEO ('le directeur général sortant, X': title "
                      "without 'sortant', as 'ancien' and 'actuelle' in the earlier sets; organization optional; 'en "
                      "remplacement de X ... après douze ans à la tête de l'établissement' the same fact); the new "
                      "chairman's former post ('X, ancien ministre de l'Économie, des Finances et du Plan': title without "
                      "'ancien', no organization, as the ministers of the earlier sets) and his new post ('devient "
                      "président du conseil d'administration', organization optional); the new CFO's post until now ('X, "
                      "jusqu'ici associé du cabinet Mazars à Dakar', organization required) and his new post ('est nommé "
                      "directeur financier', organization optional); 'le ministre des Finances et du Budget, X' (no "
                      "organization); 'Son secrétaire général, X' ('Son' is the union: organization optional); 'X, "
                      "analyste chez CGF Bourse' (organization required). Optional: the predecessor named after 'Il "
                      "succède à' (a post told without a title, as in the seventh and thirty-third sets). Results of 2037 "
                      "in one sentence: the net profit with its rise (period required) and the net banking income ('pour "
                      "un produit net bancaire de 71,3 milliards de francs CFA (+8 %)': a bank's revenue, as in the second "
                      "and eleventh sets; change the signed rise in brackets; period optional, the year written once). "
                      "Not events: the supervisor's approval, the branch plan, the State's holding ('25 %', a holding "
                      "kept), the solvency of the bank, the union's request, the share move, the headline.")
    a["notes"].append("Money: francs CFA are XOF (as in the thirty-second set): the net profit '18,6 milliards de francs "
                      "CFA', the net banking income '71,3 milliards de francs CFA', the share price '4 850 francs CFA' (an "
                      "ordinary space as thousands separator). '1 150 salariés', 'quinze agences' and 'deux fois' are "
                      "counts. Percentages: the profit rise '12,4 %', the signed rise in brackets '+8 %', the State's "
                      "holding '25 %' (inside the minister's reported clause), the share move '3,2 %'.")
    a["notes"].append("Dates: *new*: the dateline's '14 avr' (abbreviated month, no full stop, no year) 2038-04-14; "
                      "'mardi' (past: 'a nommé') 2038-04-13; 'le 30 avril' (future: 'quittera ses fonctions') 2038-04-30; "
                      "'après douze ans à la tête de l'établissement' span 'douze ans', P12Y; 'd'ici fin 2039' (inside the "
                      "new CEO's reported clause) span 'fin 2039', 2039 with mod END; 'qu'en 2026' (inside the outgoing "
                      "CEO's marked words) span '2026'; 'en 2037' the year; 'mercredi' (the share move) the dateline day; "
                      "'en janvier' (inside the analyst's marked words, past: the departure announced) 2038-01. Optional: "
                      "the ages 'Âgée de 49 ans' (span '49 ans') and '64 ans'. 'jusqu'ici' (twice) is not annotated.")
    M(a, "18,6 milliards de francs CFA", 18.6e9, "XOF")
    M(a, "71,3 milliards de francs CFA", 71.3e9, "XOF")
    M(a, "4 850 francs CFA", 4850, "XOF")
    P(a, "12,4 %", 12.4)
    P(a, "+8 %", 8)
    P(a, "25 %", 25)
    P(a, "3,2 %", 3.2)
    D(a, "14 avr", "2038-04-14", note="*new*: the APS dateline: abbreviated month, no full stop, no year")
    D(a, "mardi", "2038-04-13", note="past: 'a nommé mardi', the day before the Wednesday dateline")
    D(a, "30 avril", "2038-04-30", note="future: 'qui quittera ses fonctions le 30 avril'")
    D(a, "douze ans", "P12Y", typ="DURATION", note="'après douze ans à la tête de l'établissement'")
    D(a, "49 ans", "P49Y", typ="DURATION", opt=True, note="an age ('Âgée de 49 ans')")
    D(a, "fin 2039", "2039", mod="END", note="'d'ici fin 2039', inside the new CEO's reported clause")
    D(a, "2026", "2026", note="'qu'en 2026', inside the outgoing CEO's marked words")
    D(a, "64 ans", "P64Y", typ="DURATION", opt=True, note="an age")
    D(a, "2037", "2037", note="'La BDG a dégagé en 2037 un résultat net'")
    D(a, "mercredi", "2038-04-14", note="'l'action BDG a gagné 3,2 % mercredi': the dateline day")
    D(a, "janvier", "2038-01", note="past: 'depuis l'annonce du départ de M. Faye en janvier', inside the analyst's marked words")
    Q(a, f"– [Le conseil d'administration de la {BG} (BDG) a nommé mardi {ASD} au poste de directrice générale, en remplacement de {CTF}, qui quittera ses fonctions le 30 avril après douze ans à la tête de l'établissement], a annoncé",
      "indirect", "a annoncé", ("a annoncé la [banque] dans", BG, ORG),
      note="an unmarked clause before an inverted cue; the bank through a noun phrase, its communiqué the medium")
    Q(a, f"[La nomination a reçu l'agrément de la {CBU}], a-t-elle", "indirect", "a-t-elle précisé",
      ("a-t-[elle] précisé", BG, ORG),
      note="*new*: an inverted pronoun cue whose 'elle' is the bank of the sentence before (an organization: no gender)")
    Q(a, f"{O}[Ma priorité sera le crédit aux PME et aux femmes entrepreneures, encore trop mal servies]{C}", "direct",
      "a-t-elle déclaré", ("a-t-[elle] déclaré", ASD, PER), gender="female",
      note="a pronoun in an inverted cue: the new CEO of the sentences before")
    Q(a, "Selon elle, [la banque ouvrira quinze agences dans les régions d'ici fin 2039].", "indirect", "[Selon] elle",
      ("Selon [elle]", ASD, PER), gender="female", note="a pronoun after 'Selon': the new CEO")
    Q(a, f"{O}[Je laisse une banque deux fois plus grande qu'en 2026]{C}", "direct", "a déclaré", (CTF, CTF, PER),
      gender="male", note="the name in apposition to 'le directeur général sortant', after the cue and 'pour sa part'")
    Q(a, f"{O}[aucune ambition politique]{C}", "direct", "a ajouté", ("[Il] a ajouté", CTF, PER), gender="male",
      note="'Il a ajouté qu'il n'avait « ... »': a clause partly marked, one direct quote for the marked words")
    Q(a, f"{O}[La BDG a besoin de stabilité et d'ambition]{C}", "direct", "a estimé", ("M. [Ndiaye]", MLN, PER),
      gender="male", note="the surname after 'M.': the new chairman")
    Q(a, f"[L'État du Sénégal, qui détient 25 % du capital, ne cédera pas sa participation], a indiqué", "indirect",
      "a indiqué", (ID, ID, PER), gender="male",
      note="an unmarked clause before an inverted cue; the name in apposition to 'le ministre des Finances et du Budget'")
    Q(a, f"{O}[rassurante pour le personnel]{C}", "direct", "a salué", (f"L'[{UTSB}] (UTSB)", UTSB, ORG),
      note="marked words after 'a salué une nomination': one direct quote; the union speaks by name")
    Q(a, "demandé que [les 1 150 salariés de la banque soient associés au futur plan stratégique].", "indirect",
      "a toutefois demandé", (ASa, ASa, PER), gender="male",
      note="a request reported in a clause ('a demandé que <clause>'); the name in apposition to 'Son secrétaire général'")
    Q(a, f"{O}[Le marché attendait cette clarification depuis l'annonce du départ de M. Faye en janvier]{C}", "direct",
      "juge", (FN, FN, PER), gender="female", note="the name after the cue, 'analyste chez CGF Bourse' in apposition")
    V(a, "role", "au poste de [directrice générale]", {"person": ASD, "title": "directrice générale",
                                                       "organization": ("opt", f"la [{BG}] (BDG)")},
      note="'a nommé mardi X au poste de directrice générale': the title after 'au poste de'")
    V(a, "role", "directrice générale adjointe", {"person": "Sow-Diallo", "title": "directrice générale adjointe",
                                                  "organization": FF},
      note="'X était jusqu'ici directrice générale adjointe de Ferlo Finances': the post held until now")
    V(a, "role", "[directeur général] sortant", {"person": CTF, "title": "directeur général",
                                                 "organization": ("opt", f"la [{BG}] (BDG)")},
      note="'le directeur général sortant, X': title without 'sortant'; 'en remplacement de X' the same fact")
    V(a, "role", MEF, {"person": MLN, "title": MEF},
      note="'X, ancien ministre de l'Économie, des Finances et du Plan': a former post, title without 'ancien'")
    V(a, "role", PCA, {"person": MLN, "title": PCA, "organization": ("opt", f"la [{BG}] (BDG)")},
      note="'X ... devient président du conseil d'administration': the new post; the bank of the article")
    V(a, "role", "succède", {"person": OK, "organization": ("opt", f"la [{BG}] (BDG)")}, optional=True,
      note="'Il succède à X, atteint par la limite d'âge': the predecessor's post told without a title")
    V(a, "role", "associé", {"person": PMG, "title": "associé", "organization": "Mazars"},
      note="'X, jusqu'ici associé du cabinet Mazars à Dakar': the post held until now")
    V(a, "role", "directeur financier", {"person": PMG, "title": "directeur financier",
                                         "organization": ("opt", f"la [{BG}] (BDG)")},
      note="'X ... est nommé directeur financier': the new post; the bank of the article")
    V(a, "role", MFB, {"person": ID, "title": MFB},
      note="'le ministre des Finances et du Budget, X': no organization")
    V(a, "role", "secrétaire général", {"person": ASa, "title": "secrétaire général",
                                        "organization": ("opt", f"L'[{UTSB}] (UTSB)")},
      note="'Son secrétaire général, X': 'Son' is the union of the sentence before")
    V(a, "role", "analyste", {"person": FN, "title": "analyste", "organization": "CGF Bourse"},
      note="'X, analyste chez CGF Bourse'")
    V(a, "result", "résultat net", {"company": "La [BDG] a dégagé", "metric": "net_income",
                                    "amount": "18,6 milliards de francs CFA", "change": "12,4 %", "period": "2037"},
      note="'La BDG a dégagé en 2037 un résultat net de ..., en hausse de 12,4 %'")
    V(a, "result", "produit net bancaire", {"company": "La [BDG] a dégagé", "metric": "revenue",
                                            "amount": "71,3 milliards de francs CFA", "change": "+8 %",
                                            "period": ("opt", "2037")},
      note="'pour un produit net bancaire de ... (+8 %)': a bank's revenue; the year written once")
