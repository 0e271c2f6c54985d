"""The three articles of the thirty-sixth blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind36`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before %, before M$, before ':' and inside the guillemets in U3)
NN = "\u202f"    # narrow no-break space (before %, before M€, before ':' and inside the guillemets in W3; thousands in V3)
AP = "\u2019"    # typographic apostrophe (every apostrophe of V3)


def define(B):
    define_u3(B)
    define_v3(B)
    define_w3(B)


def define_u3(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    AB, ML, CSQ, KR, RC, CA = ("Ameublement Boréal", "Meubles Laurentien", "Cour supérieure du Québec",
                               "Kestrel Road Capital", "Raymond Chabot Grant Thornton", "Capital Appalaches")
    FTQ, IQ, STML, DH, DMC = ("Fonds de solidarité FTQ", "Investissement Québec",
                              "Syndicat des travailleurs de Meubles Laurentien", "Dumont Hardwood",
                              "Desjardins Marché des capitaux")
    LOI = "Loi sur les arrangements avec les créanciers des compagnies"
    GL, PLG, MDs, JPo, CL, GC, SCa = ("Geneviève Lapointe", "Pierre-Luc Gagnon", "Mathieu Desrosiers", "Johanne Poulin",
                                      "Catherine Lévesque", "Gilles Cloutier", "Sophie Carrier")
    MEIE = "ministre de l'Économie, de l'Innovation et de l'Énergie"
    D1 = f"38,5{NB}M$"
    # ------------------------------------------------------------ U3: a Beauce furniture maker under creditor protection (LACC) whose assets a Victoriaville rival buys with the Superior Court's approval; a Toronto fund's rejected plan, the monitor's report, the earlier buyout by a fund, results, the buyer's CEO and its round, the union, the minister, the founder, a rumoured second target, an analyst (Québec business site)
    a = B.article("U3-vente-meubles-lacc-beauce", "2039-03-10", (
        f"{AB} met la main sur {ML} pour {D1}\n"
        "La Cour supérieure a approuvé la vente du fabricant beauceron, à l'abri de ses créanciers depuis novembre.\n"
        f"Par {GL} | Publié le 2039-03-10 à 5 h 30\n\n"
        f"Le fabricant de meubles {AB}, de Victoriaville, va acquérir la quasi-totalité des actifs de {ML} pour "
        f"{D1}, après avoir obtenu mercredi le feu vert de la {CSQ}. La transaction doit être conclue d'ici le 31 "
        "mars, a précisé l'acquéreur dans un communiqué. Établi à Saint-Georges, en Beauce, Laurentien s'était placé en "
        f"novembre sous la protection de la {LOI} (LACC).\n\n"
        f"Dans sa décision, le juge {PLG} écrit{NB}: {O}L'offre de Boréal est la seule qui préserve l'essentiel des "
        f"emplois et qui rembourse entièrement les créanciers garantis{C}. Le fonds torontois {KR}, qui envisageait de "
        f"racheter Laurentien pour 41{NB}M$ en fermant l'usine de Saint-Georges, a vu son offre écartée. Selon le "
        f"rapport du contrôleur, le cabinet {RC}, les créanciers non garantis récupéreront entre 18 et 22{NB}% de leurs "
        "créances.\n\n"
        f"Fondée en 1974, l'entreprise familiale avait été rachetée en 2033 par le fonds {CA}, qui l'a chargée d'une "
        f"dette de 60{NB}M$. Ses revenus ont chuté de 27{NB}% l'an dernier, à 96,4{NB}M$, pour une perte nette de "
        f"14,8{NB}M$, selon les états financiers déposés au tribunal.\n\n"
        f"{O}Nous ne rachetons pas une usine en difficulté, nous rachetons 65 ans de savoir-faire beauceron{C}, a "
        f"déclaré le président et chef de la direction de Boréal, {MDs}. Il a ajouté que l'acquéreur garderait 310 des "
        f"420 employés et investirait 12{NB}M$ dans les lignes de Saint-Georges d'ici 2041. Boréal, qui a réalisé des "
        f"ventes de 212{NB}M$ lors de son dernier exercice, avait bouclé en janvier une ronde de financement de "
        f"25{NB}M$ menée par le {FTQ}, avec la participation d'{IQ}. Cette ronde devait justement servir à des "
        "acquisitions, a rappelé le dirigeant.\n\n"
        f"Côté syndical, on respire à moitié. {O}Cent dix familles vont rester sur le carreau{C}, a déploré {JPo}, "
        f"présidente du {STML} (CSN). Selon elle, l'acquéreur n'a pris aucun engagement sur les salaires. La {MEIE}, "
        f"{CL}, a indiqué que le gouvernement pourrait accompagner la relance par un prêt. Le fondateur de Laurentien, "
        f"{GC}, 81 ans, s'est dit {O}soulagé que le nom survive{C}.\n\n"
        f"Boréal lorgnerait aussi le fabricant ontarien {DH}, selon plusieurs sources du secteur. {O}Le meuble "
        f"québécois se consolide à grande vitesse{NB}: les petits fabricants n'ont plus les reins assez solides{C}, "
        f"estime {SCa}, analyste chez {DMC}."))
    for s, l, c, o in [(STML, ORG, None, False), (AB, ORG, None, False), (ML, ORG, None, False),
                       ("Boréal", ORG, AB, False), ("Laurentien", ORG, ML, False), (CSQ, ORG, None, False),
                       ("Cour supérieure", ORG, CSQ, False), (GL, PER, None, False), ("Victoriaville", LOC, None, False),
                       ("Saint-Georges", LOC, None, False), ("Beauce", LOC, None, False), (LOI, MISC, None, True),
                       ("LACC", MISC, LOI, True), (PLG, PER, None, False), (KR, ORG, None, False),
                       (RC, ORG, None, False), (CA, ORG, None, False), (MDs, PER, None, False), (FTQ, ORG, None, False),
                       (IQ, ORG, None, False), (JPo, PER, None, False), ("CSN", ORG, None, False), (CL, PER, None, False),
                       (GC, PER, None, False), (DH, ORG, None, False), (SCa, PER, None, False), (DMC, ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a Québec business news site copied as plain text: a headline told with a figurative "
                      "takeover verb ('Ameublement Boréal met la main sur Meubles Laurentien pour 38,5 M$'), a one-sentence "
                      "standfirst line, then *new*: a byline line whose publication date is written in the ISO numeric "
                      "form some Québec sites use, with a Québec clock time ('Par Geneviève Lapointe | Publié le "
                      "2039-03-10 à 5 h 30'), no dateline. The reference date is that day (Thursday 10 March 2039); the "
                      "court's approval came the day before ('après avoir obtenu mercredi le feu vert'). Straight "
                      "apostrophes; no-break spaces (U+00A0) before '%', before 'M$', before the judge's and the analyst's colons and "
                      "inside the guillemets; ordinary spaces in the clock time '5 h 30'.")
    a["notes"].append("Entities: the coined Victoriaville furniture maker 'Ameublement Boréal' (headline, lead) and its short "
                      "form 'Boréal' (inside the judge's marked words, 'direction de Boréal', 'Boréal, qui a réalisé', "
                      "'Boréal lorgnerait': canonical the full name) are ORG; the coined Beauce furniture maker 'Meubles "
                      "Laurentien' (headline, lead) and its short form 'Laurentien' ('Laurentien s'était placé', "
                      "'racheter Laurentien', 'Le fondateur de Laurentien': canonical the full name) are ORG; the coined "
                      "union 'Syndicat des travailleurs de Meubles Laurentien' is one ORG (the company's name inside it is "
                      "no mention of its own); the 'Cour supérieure du Québec' (lead; one ORG, no separate 'Québec') and "
                      "its short form 'Cour supérieure' (standfirst, canonical the full name), the coined Toronto fund "
                      "'Kestrel Road Capital', the monitor 'Raymond Chabot Grant Thornton' (after 'le cabinet'), the coined "
                      "fund 'Capital Appalaches', the 'Fonds de solidarité FTQ' (one ORG, no separate 'FTQ'), "
                      "'Investissement Québec' (after the elided 'd'', one ORG), the union federation 'CSN' (in "
                      "brackets), the coined Ontario maker 'Dumont Hardwood' and the broker 'Desjardins Marché des "
                      "capitaux' (after 'chez') are ORG; 'Victoriaville', 'Saint-Georges' (three times), 'Beauce' are LOC; "
                      "the journalist, the judge, the buyer's CEO, the union's president, the minister, the founder and "
                      "the analyst are PER (all invented). Optional MISC: the law 'Loi sur les arrangements avec les "
                      "créanciers des compagnies' and its acronym in brackets 'LACC' (a statute: the contract's MISC "
                      "lists products, works and events, not laws). Not names: 'La Cour supérieure' is a name but 'le "
                      "tribunal' is not; 'l'acquéreur' (three times), 'l'entreprise familiale', 'le contrôleur', 'le "
                      "gouvernement', 'Économie', 'Innovation', 'Énergie' inside the minister's title; 'beauceron' "
                      "(twice), 'torontois', 'ontarien', 'québécois' are adjectives.")
    a["notes"].append("Quotes (13 required: 5 direct, 8 indirect): the closing date told by the buyer ('La transaction doit "
                      "être conclue d'ici le 31 mars, a précisé l'acquéreur dans un communiqué': inverted, speaker the "
                      "noun 'acquéreur', canonical Ameublement Boréal, ORG); *new*: a judge's written decision opened by a "
                      "present-tense cue and a colon ('Dans sa décision, le juge X écrit : « ... »'); the monitor's report "
                      "('Selon le rapport du contrôleur, le cabinet X, <clause>': a document whose issuer the text names in "
                      "apposition: speaker the firm, ORG, as 'Selon la note d'information de X' in the thirty-fourth set); "
                      "*new*: figures told before an inverted 'selon' with a document whose issuer is not named ('<clause>, "
                      "selon les états financiers déposés au tribunal': speaker the noun phrase without its article, "
                      "canonical null); the buyer's CEO named in apposition after the cue ('« ... », a déclaré le "
                      "président et chef de la direction de Boréal, X') then 'Il a ajouté que <clause>' and '<clause>, "
                      "a rappelé le dirigeant' (after a sentence on the company: the noun 'dirigeant' is the CEO, "
                      "canonical his name); the union's president "
                      "named after the cue ('« ... », a déploré X, présidente du ...') then 'Selon elle, <clause>'; the "
                      "minister named in apposition before 'a indiqué que <clause>'; the founder's marked words after a "
                      "pronominal cue ('s'est dit « soulagé que le nom survive »'); a rumour told before an inverted "
                      "'selon' with unnamed sources ('<clause>, selon plusieurs sources du secteur': noun-phrase speaker "
                      "with its quantifier, canonical null); the analyst ('« ... », estime X, analyste chez ...'). Not "
                      "quotes: the headline and the standfirst ('La Cour supérieure a approuvé la vente'), 'après avoir "
                      "obtenu mercredi le feu vert', 'qui envisageait de racheter' (an intention, no words reported), 'a "
                      "vu son offre écartée'.")
    a["notes"].append("Events: acquisitions: the asset purchase ('Ameublement Boréal ... va acquérir la quasi-totalité des "
                      "actifs de Meubles Laurentien pour 38,5 M$, après avoir obtenu mercredi le feu vert de la Cour "
                      "supérieure du Québec. La transaction doit être conclue d'ici le 31 mars'): one announced acquisition "
                      "('va acquérir', closing still to come), target the company whose assets are bought, buyer Boréal, "
                      "amount the lead's '38,5 M$' (the headline's 'met la main sur' the same fact), date optional "
                      "('mercredi' is the court's approval: the fact itself closes later); the Toronto fund's plan "
                      "('Kestrel Road Capital, qui envisageait de racheter Laurentien pour 41 M$ ..., a vu son offre "
                      "écartée': planned, as 'envisage' in the contract and the interest dropped of the thirty-fifth set, "
                      "with its amount); the earlier buyout ('l'entreprise familiale avait été rachetée en 2033 par le "
                      "fonds Capital Appalaches': done, target Laurentien through 'l'entreprise familiale'); the rumoured "
                      "second target ('Boréal lorgnerait aussi le fabricant ontarien Dumont Hardwood': *new*: a figurative "
                      "verb of desire in the conditional, planned). Funding: the buyer's earlier round ('Boréal ... avait "
                      "bouclé en janvier une ronde de financement de 25 M$ menée par le Fonds de solidarité FTQ, avec la "
                      "participation d'Investissement Québec. Cette ronde ...'): trigger 'ronde de financement' (the "
                      "Québec word for a round), no round string, two investors, date 'janvier' (past: 2039-01). Results: "
                      "Laurentien's revenue with its fall (trigger 'revenus', metric revenue, change '27 %', period 'an "
                      "dernier') and net loss in the same sentence (period optional, the year written once); Boréal's "
                      "sales ('qui a réalisé des ventes de 212 M$ lors de son dernier exercice': metric revenue, period "
                      "optional as the date item is). Roles: 'le juge X' (person only, as the presiding judges of the "
                      "earlier sets), 'le président et chef de la direction de Boréal, X' (the Québec CEO title as "
                      "written, organization required), 'X, présidente du Syndicat des travailleurs de Meubles Laurentien' "
                      "(organization the union), 'La ministre de l'Économie, de l'Innovation et de l'Énergie, X' (no "
                      "organization), 'Le fondateur de Laurentien, X' (title 'fondateur', organization required), 'X, "
                      "analyste chez Desjardins Marché des capitaux'. Not events: the court's approval and the creditor "
                      "protection, the monitor's recovery rate, the debt the fund loaded, the jobs kept and the 12 M$ "
                      "investment plan, the loan the government may grant, the headline and the standfirst.")
    a["notes"].append("Money: Québec 'M$' are CAD (as in the earlier Québec sets): the headline's and the lead's '38,5 M$' "
                      "(two items), the rejected plan '41 M$', the debt '60 M$', the revenue '96,4 M$', the loss '14,8 M$', "
                      "the investment plan '12 M$', the buyer's sales '212 M$', the round '25 M$' (a no-break space before "
                      "'M$' in each). '310 des 420 employés' and 'Cent dix familles' are counts. Percentages: a range "
                      "inside the monitor's reported clause, 'entre 18 et 22 %' (one item, span '18 et 22 %', value 18, the "
                      "contract's range convention), the revenue fall '27 %' (value 27, the fall told by the verb).")
    a["notes"].append("Dates: *new*: the byline's ISO date with a Québec clock time '2039-03-10 à 5 h 30' one TIME "
                      "(2039-03-10T05:30); the standfirst's 'depuis novembre' and the lead's 'en novembre' (past, in a March "
                      "article: 2038-11, two items); 'mercredi' (past) 2039-03-09; 'd'ici le 31 mars' (future) span '31 "
                      "mars'; 'Fondée en 1974', 'en 2033' the years; 'l'an dernier' 2038 (span 'an dernier'); '65 ans de "
                      "savoir-faire' (inside the CEO's marked words) a DURATION P65Y, not an age; 'd'ici 2041' (inside the "
                      "CEO's reported clause); 'en janvier' (past: 'avait bouclé') 2039-01. Optional: 'lors de son dernier "
                      "exercice' (span 'dernier exercice': a fiscal year whose end the text does not give) and the age '81 "
                      "ans'.")
    M(a, D1, 38.5e6, "CAD", nth=0)
    M(a, D1, 38.5e6, "CAD", nth=1)
    M(a, f"41{NB}M$", 41e6, "CAD")
    M(a, f"60{NB}M$", 60e6, "CAD")
    M(a, f"96,4{NB}M$", 96.4e6, "CAD")
    M(a, f"14,8{NB}M$", 14.8e6, "CAD")
    M(a, f"12{NB}M$", 12e6, "CAD")
    M(a, f"212{NB}M$", 212e6, "CAD")
    M(a, f"25{NB}M$", 25e6, "CAD")
    P(a, f"18 et 22{NB}%", 18)
    P(a, f"27{NB}%", 27)
    D(a, "novembre", "2038-11", nth=0, note="the standfirst: 'à l'abri de ses créanciers depuis novembre' (past)")
    D(a, "2039-03-10 à 5 h 30", "2039-03-10T05:30", typ="TIME",
      note="*new*: the byline's ISO date with a Québec clock time")
    D(a, "mercredi", "2039-03-09", note="past: 'après avoir obtenu mercredi le feu vert', the day before publication")
    D(a, "31 mars", "2039-03-31", note="future: 'La transaction doit être conclue d'ici le 31 mars'")
    D(a, "novembre", "2038-11", nth=1, note="past: 'Laurentien s'était placé en novembre sous la protection ...'")
    D(a, "1974", "1974", note="'Fondée en 1974'")
    D(a, "2033", "2033", note="'avait été rachetée en 2033'")
    D(a, "an dernier", "2038", note="'Ses revenus ont chuté de 27 % l'an dernier'")
    D(a, "65 ans", "P65Y", typ="DURATION", note="'65 ans de savoir-faire', inside the CEO's marked words: no age")
    D(a, "2041", "2041", note="'d'ici 2041', inside the CEO's reported clause")
    D(a, "dernier exercice", "2038", opt=True, note="'lors de son dernier exercice': a fiscal year, its end not given")
    D(a, "janvier", "2039-01", note="past: 'avait bouclé en janvier une ronde de financement'")
    D(a, "81 ans", "P81Y", typ="DURATION", opt=True, note="an age")
    Q(a, "[La transaction doit être conclue d'ici le 31 mars], a précisé", "indirect", "a précisé",
      ("l'[acquéreur] dans", AB, ORG),
      note="an unmarked clause before an inverted cue; the buyer through the noun 'acquéreur', its communiqué the medium")
    Q(a, f"{O}[L'offre de Boréal est la seule qui préserve l'essentiel des emplois et qui rembourse entièrement les créanciers garantis]{C}",
      "direct", "écrit", (PLG, PLG, PER), gender="male",
      note="*new*: a judge's written decision: 'Dans sa décision, le juge X écrit : « ... »', cue and colon before the marks")
    Q(a, f"Selon le rapport du contrôleur, le cabinet {RC}, [les créanciers non garantis récupéreront entre 18 et 22{NB}% de leurs créances].",
      "indirect", "[Selon] le rapport", (RC, RC, ORG),
      note="a document ('le rapport du contrôleur') whose issuer the text names in apposition: the firm speaks")
    Q(a, f"[Ses revenus ont chuté de 27{NB}% l'an dernier, à 96,4{NB}M$, pour une perte nette de 14,8{NB}M$], selon",
      "indirect", "[selon] les états", ("les [états financiers déposés au tribunal].", None, None),
      note="*new*: a sentence told before an inverted 'selon' with a document whose issuer is not named: noun phrase, "
           "canonical null")
    Q(a, f"{O}[Nous ne rachetons pas une usine en difficulté, nous rachetons 65 ans de savoir-faire beauceron]{C}",
      "direct", "a déclaré", (MDs, MDs, PER), gender="male",
      note="the name in apposition to 'le président et chef de la direction de Boréal', after the cue")
    Q(a, f"ajouté que [l'acquéreur garderait 310 des 420 employés et investirait 12{NB}M$ dans les lignes de Saint-Georges d'ici 2041].",
      "indirect", "a ajouté", ("[Il] a ajouté", MDs, PER), gender="male", note="'Il' is the CEO of the sentence before")
    Q(a, "[Cette ronde devait justement servir à des acquisitions], a rappelé", "indirect", "a rappelé",
      ("le [dirigeant].", MDs, PER), gender="male",
      note="an unmarked clause before an inverted cue; a sentence on the company between: the noun 'dirigeant' is "
           "the CEO (canonical his name)")
    Q(a, f"{O}[Cent dix familles vont rester sur le carreau]{C}", "direct", "a déploré", (JPo, JPo, PER),
      gender="female", note="the name after the cue, 'présidente du Syndicat ...' in apposition")
    Q(a, "Selon elle, [l'acquéreur n'a pris aucun engagement sur les salaires].", "indirect", "[Selon] elle",
      ("Selon [elle]", JPo, PER), gender="female", note="a pronoun after 'Selon': the union's president")
    Q(a, "indiqué que [le gouvernement pourrait accompagner la relance par un prêt].", "indirect", "a indiqué",
      (CL, CL, PER), gender="female", note="the name in apposition to 'La ministre de ...', before the cue")
    Q(a, f"{O}[soulagé que le nom survive]{C}", "direct", "s'est dit", (GC, GC, PER), gender="male",
      note="marked words after a pronominal cue; the name in apposition to 'Le fondateur de Laurentien'")
    Q(a, f"[Boréal lorgnerait aussi le fabricant ontarien {DH}], selon", "indirect", "[selon] plusieurs",
      ("selon [plusieurs sources du secteur]", None, None),
      note="a rumour told before an inverted 'selon' with unnamed sources: noun phrase, canonical null")
    Q(a, f"{O}[Le meuble québécois se consolide à grande vitesse{NB}: les petits fabricants n'ont plus les reins assez solides]{C}",
      "direct", "estime", (SCa, SCa, PER), gender="female",
      note="a colon inside the marked words; the name after the cue, 'analyste chez ...' in apposition")
    V(a, "acquisition", "acquérir", {"target": ML, "buyer": AB, "amount": D1, "date": ("opt", "mercredi"),
                                     "status": "announced"},
      note="'va acquérir la quasi-totalité des actifs de Meubles Laurentien pour 38,5 M$': announced, the closing "
           "expected by 31 March; 'mercredi' is the court's approval (optional date); the headline's 'met la main sur' "
           "the same fact")
    V(a, "acquisition", "racheter", {"target": "racheter [Laurentien] pour", "buyer": KR, "amount": f"41{NB}M$",
                                     "status": "planned"},
      note="'Kestrel Road Capital, qui envisageait de racheter Laurentien pour 41 M$ ..., a vu son offre écartée': planned")
    V(a, "acquisition", "rachetée", {"target": "racheter [Laurentien] pour", "buyer": CA, "date": "2033",
                                     "status": "done"},
      note="'l'entreprise familiale avait été rachetée en 2033 par le fonds Capital Appalaches': done, the target "
           "through 'l'entreprise familiale'")
    V(a, "result", "revenus", {"company": "racheter [Laurentien] pour", "metric": "revenue",
                               "amount": f"96,4{NB}M$", "change": f"27{NB}%", "period": "an dernier"},
      note="'Ses revenus ont chuté de 27 % l'an dernier, à 96,4 M$': 'Ses' is Laurentien")
    V(a, "result", "perte nette", {"company": "racheter [Laurentien] pour", "metric": "loss",
                                   "amount": f"14,8{NB}M$", "period": ("opt", "an dernier")},
      note="'pour une perte nette de 14,8 M$': the same sentence, the year written once")
    V(a, "role", "le [juge] Pierre-Luc", {"person": PLG},
      note="'le juge X': person only, as the presiding judges of the earlier sets")
    V(a, "role", "président et chef de la direction", {"person": MDs, "title": "président et chef de la direction",
                                                       "organization": f"direction de [Boréal], {MDs}"},
      note="'le président et chef de la direction de Boréal, X': the Québec CEO title as written")
    V(a, "result", "ventes", {"company": "[Boréal], qui a réalisé", "metric": "revenue", "amount": f"212{NB}M$",
                              "period": ("opt", "dernier exercice")},
      note="'Boréal, qui a réalisé des ventes de 212 M$ lors de son dernier exercice'")
    V(a, "funding", "ronde de financement", {"company": "[Boréal], qui a réalisé", "amount": f"25{NB}M$",
                                             "investors": [FTQ, IQ], "date": "janvier"},
      note="'avait bouclé en janvier une ronde de financement de 25 M$ menée par le Fonds de solidarité FTQ, avec la "
           "participation d'Investissement Québec'; 'Cette ronde' refers back to it")
    V(a, "role", "présidente", {"person": JPo, "title": "présidente", "organization": STML},
      note="'X, présidente du Syndicat des travailleurs de Meubles Laurentien (CSN)'")
    V(a, "role", MEIE, {"person": CL, "title": MEIE},
      note="'La ministre de l'Économie, de l'Innovation et de l'Énergie, X': no organization")
    V(a, "role", "fondateur", {"person": GC, "title": "fondateur", "organization": "fondateur de [Laurentien], Gilles"},
      note="'Le fondateur de Laurentien, X, 81 ans'")
    V(a, "acquisition", "lorgnerait", {"target": DH, "buyer": "[Boréal] lorgnerait", "status": "planned"},
      note="*new*: 'Boréal lorgnerait aussi le fabricant ontarien Dumont Hardwood', a verb of desire in the "
           "conditional, reported by unnamed sources: planned")
    V(a, "role", "analyste", {"person": SCa, "title": "analyste", "organization": DMC},
      note="'X, analyste chez Desjardins Marché des capitaux'")


def define_v3(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«", "»"     # guillemets with no space inside in this article
    NA, WA, BC, OA, SCo, UD = ("Noor Aviation", "Wouri Airways", "Bourse de Casablanca", "Ogooué Air", "Sahel Connect",
                               "Université de Douala")
    SNI = f"Société nationale d{AP}investissement"
    BDE = f"Banque de développement des États de l{AP}Afrique centrale"
    SNPN, MT = "Syndicat national des personnels navigants", "ministère des Transports"
    BNA, YEA, ABE, RTN, VO = ("Bertrand Nkoulou Abena", "Youssef El Amrani", "Alain-Bertrand Ekotto",
                              "Roger Tchana Nguemo", "Viviane Ondoa")
    # ------------------------------------------------------------ V3: a Moroccan airline to take 49 % of Cameroon's national carrier from the State's holding company, with a capital increase shared with a regional development bank; the carrier's loss and revenue, the minister, the buyer's CEO and listing value, an earlier takeover and a rumoured one, the carrier's CEO, the cabin crew union and its secretary general, an economist (West African agency dispatch)
    a = B.article("V3-entree-capital-compagnie-aerienne-douala", "2039-06-14", (
        f"Cameroun : le marocain {NA} va prendre 49 % de {WA}\n\n"
        f"DOUALA (Cameroun), 14 juin (APA) – La compagnie aérienne marocaine {NA} va acquérir 49 % du capital de "
        f"{WA}, le transporteur national camerounais, auprès de la {SNI} (SNI), pour 42 milliards de francs "
        f"CFA, a annoncé lundi le {MT}. L{AP}État conservera 51 % du capital par l{AP}intermédiaire de la SNI.\n\n"
        f"L{AP}accord, signé à Yaoundé en présence du Premier ministre, prévoit aussi une augmentation de capital de 30 "
        f"milliards de FCFA, souscrite à parts égales par {NA} et par la {BDE} (BDEAC). Cette recapitalisation doit "
        f"permettre à la compagnie de louer quatre Boeing 737 supplémentaires d{AP}ici fin 2040.\n\n"
        f"{WA} a transporté 1,1 million de passagers en 2038, mais a creusé sa perte nette à 18,6 milliards de "
        f"FCFA, contre 11,2 milliards un an plus tôt, pour un chiffre d{AP}affaires de 96,5 milliards de FCFA (+9 %).\n\n"
        f"Le ministre des Transports, {BNA}, a résumé l{AP}enjeu lors de la signature : {O}{WA} a un réseau, des "
        f"créneaux et une marque. Il lui manquait un partenaire industriel et des avions{C}. Le PDG de {NA}, {YEA}, a indiqué "
        f"que Douala deviendrait le deuxième hub du groupe après Casablanca. {O}Nous ne venons pas pour six mois : nous "
        f"visons l{AP}équilibre en 2042{C}, a-t-il ajouté.\n\n"
        f"Coté à la {BC} depuis 2037, {NA} y est valorisé 1,4 milliard de dollars. Le groupe avait déjà pris le "
        f"contrôle en 2036 de la compagnie gabonaise {OA}. Il serait par ailleurs en discussions pour entrer au capital "
        f"de la compagnie tchadienne {SCo}, selon la presse marocaine.\n\n"
        f"Le directeur général de {WA}, {ABE}, restera en poste jusqu{AP}à l{AP}assemblée générale de septembre, "
        f"selon le communiqué du ministère. Son successeur sera proposé par le partenaire marocain.\n\n"
        f"Le {SNPN} (SNPN) s{AP}est dit {O}inquiet pour les 1{NN}250 emplois{C}. Son secrétaire général, {RTN}, a "
        f"demandé que le pacte d{AP}actionnaires garantisse les effectifs pendant cinq ans. {O}On a déjà vu des "
        f"partenaires stratégiques repartir avec les avions{C}, a-t-il lancé. Selon l{AP}économiste {VO}, de "
        f"l{AP}{UD}, {O}49 %, c{AP}est le maximum politiquement acceptable, mais c{AP}est Noor qui pilotera{C}."))
    for s, l, c, o in [("Cameroun", LOC, None, False), (NA, ORG, None, False), ("Noor", ORG, NA, False),
                       (WA, ORG, None, False), ("DOUALA", LOC, "Douala", False), (UD, ORG, None, False),
                       ("Douala", LOC, None, False), ("APA", ORG, None, False), (SNI, ORG, None, False),
                       ("SNI", ORG, SNI, False), (MT, ORG, None, False), ("Yaoundé", LOC, None, False),
                       (BDE, ORG, None, False), ("BDEAC", ORG, BDE, False), ("Boeing 737", MISC, None, False),
                       (BNA, PER, None, False), (YEA, PER, None, False), (BC, ORG, None, False),
                       ("Casablanca", LOC, None, False), (OA, ORG, None, False), (SCo, ORG, None, False),
                       (ABE, PER, None, False), (SNPN, ORG, None, False), ("SNPN", ORG, SNPN, False),
                       (RTN, PER, None, False), (VO, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Dispatch of a West African news agency copied as plain text: a headline opened by the country's "
                      "name and a colon ('Cameroun : le marocain Noor Aviation va prendre 49 % de Wouri Airways'), a blank "
                      "line, then *new*: a dateline with the town in capitals followed by its country in brackets, the "
                      "day without a year and the agency, closed by an en dash ('DOUALA (Cameroun), 14 juin (APA) – '), no "
                      "byline. The reference date is the dateline day (Tuesday 14 June 2039); the deal was announced the "
                      "day before ('a annoncé lundi'). Every apostrophe is the typographic one (U+2019: 'L’État', "
                      "'l’intermédiaire', 'L’accord', 'd’investissement', 'l’Afrique', 'd’ici', 'd’affaires', "
                      "'l’équilibre', 'jusqu’à', 'l’assemblée', 's’est', 'd’actionnaires', 'l’économiste', 'l’Université', "
                      "'c’est'); *new*: guillemets with no space inside ('«inquiet pour les 1 250 emplois»'); ordinary "
                      "spaces before '%' and before the headline's and two quotes' colons; a narrow no-break space (U+202F) as "
                      "the thousands separator in the count '1 250 emplois'.")
    a["notes"].append("Entities: the coined Moroccan airline 'Noor Aviation' (headline, lead, 'par Noor Aviation et', 'Le "
                      "PDG de Noor Aviation', 'Noor Aviation y est valorisé': five mentions) and its short form 'Noor' "
                      "inside the economist's marked words (canonical the full name), the coined Cameroonian carrier "
                      "'Wouri Airways' (headline, lead, 'Wouri Airways a transporté', inside the minister's marked words, "
                      "'Le directeur général de Wouri Airways': five mentions) are ORG; the agency 'APA', the State's "
                      "holding company 'Société nationale d’investissement' and its acronym 'SNI' (in brackets and "
                      "'par l’intermédiaire de la SNI': canonical the full name), the 'ministère des Transports' (lower-case "
                      "'ministère' as French writes it, as in the earlier sets), the 'Banque de développement des États de "
                      "l’Afrique centrale' (one ORG, no separate 'Afrique centrale') and 'BDEAC', the 'Bourse de "
                      "Casablanca' (one ORG), the coined carriers 'Ogooué Air' and 'Sahel Connect', the coined union "
                      "'Syndicat national des personnels navigants' and 'SNPN', the 'Université de Douala' (one ORG) are "
                      "ORG; 'Cameroun' (headline, dateline), the dateline's 'DOUALA' (in capitals: canonical 'Douala', the "
                      "same town as 'Douala deviendrait'), 'Douala', 'Yaoundé', 'Casablanca' ('après Casablanca') are LOC; "
                      "'Boeing 737' (an aircraft model) is MISC; the minister, the buyer's CEO, the carrier's CEO, the "
                      "union's secretary general and the economist are PER (all invented). Not names: 'L’État', 'Premier "
                      "ministre' (no name given), 'Transports' inside the minister's title, 'le ministère' alone, 'le "
                      "groupe', 'la compagnie', 'le partenaire marocain', 'la presse marocaine'; 'marocain(e)', "
                      "'camerounais', 'gabonaise', 'tchadienne' are adjectives ('le marocain Noor Aviation': the adjective "
                      "before the name is no part of it).")
    a["notes"].append("Quotes (10 required: 5 direct, 5 indirect): the lead told by a ministry ('<clause>, a annoncé lundi le "
                      "ministère des Transports': inverted, the clause from 'La compagnie' to 'francs CFA', the apposition "
                      "and the bracketed acronym inside; the ministry by name, ORG); *new*: the minister named in "
                      "apposition before a cue with a noun object and a colon ('Le ministre des Transports, X, a résumé "
                      "l’enjeu lors de la signature : «...»': two sentences in one pair of marks); the buyer's CEO named in apposition before 'a indiqué que <clause>' then "
                      "'«...», a-t-il ajouté'; a rumour told before an inverted 'selon' ('Il serait par ailleurs en "
                      "discussions ..., selon la presse marocaine': noun-phrase speaker, canonical null); *new*: a "
                      "sentence told before 'selon le communiqué du ministère' (the communiqué of the lead: its issuer, "
                      "the ministry, through the noun 'ministère'); the union by name with marked words after a pronominal "
                      "cue ('Le Syndicat ... (SNPN) s’est dit «inquiet pour les 1 250 emplois»', an organization: no "
                      "gender); its secretary general ('a demandé que <clause>', a request reported in a clause) then "
                      "'«...», a-t-il lancé'; the economist ('Selon l’économiste X, de l’Université de Douala, «...»': "
                      "*new*: 'Selon' followed by marked words, one direct quote, cue 'Selon', a percentage inside). Not "
                      "quotes: the headline, 'L’État conservera 51 % ...', 'L’accord ... prévoit' (a document's content "
                      "without a speech verb), 'Son successeur sera proposé par le partenaire marocain'.")
    a["notes"].append("Events: acquisitions: the stake ('La compagnie aérienne marocaine Noor Aviation va acquérir 49 % du "
                      "capital de Wouri Airways ..., auprès de la Société nationale d’investissement (SNI), pour 42 milliards "
                      "de francs CFA, a annoncé lundi ...'): one announced acquisition, trigger 'acquérir', target the "
                      "carrier, buyer Noor Aviation, seller the holding company, stake the lead's '49 %', amount, date "
                      "'lundi' (the headline's 'va prendre 49 %' the same fact; the 51 % the State keeps is no argument); "
                      "the earlier takeover with a figurative phrase ('Le groupe avait déjà pris le contrôle en 2036 de la "
                      "compagnie gabonaise Ogooué Air': done, buyer Noor Aviation through 'Le groupe'); the rumoured one "
                      "('Il serait par ailleurs en discussions pour entrer au capital de la compagnie tchadienne Sahel "
                      "Connect': planned, trigger 'en discussions'). Funding: the capital increase of the same agreement "
                      "('prévoit aussi une augmentation de capital de 30 milliards de FCFA, souscrite à parts égales par "
                      "Noor Aviation et par la ... (BDEAC). Cette recapitalisation ...'): company the carrier, two "
                      "investors, no round, date optional (the agreement's announcement, 'lundi'). Valuation: *new*: a "
                      "listed buyer's market value ('Coté à la Bourse de Casablanca depuis 2037, Noor Aviation y est "
                      "valorisé 1,4 milliard de dollars': company Noor Aviation, no funding event carries it, no date: the "
                      "present value). Results of 2038: the carrier's net loss (trigger 'perte nette', metric loss, period "
                      "2038; the year-earlier '11,2 milliards' no event of its own) and its revenue in the same sentence "
                      "(change the signed rise in brackets '+9 %', period optional, the year written once). Roles: 'le "
                      "ministre des Transports, X' (no organization), 'Le PDG de Noor Aviation, X', 'Le directeur général "
                      "de Wouri Airways, X' (organization required), 'Son secrétaire général, X' ('Son' is the union: "
                      "organization optional), 'l’économiste X, de l’Université de Douala' (title 'économiste', "
                      "organization the university). Not events: the passengers carried, the aircraft to lease, the "
                      "break-even target, the successor to be proposed (no one named), the jobs, the shareholders' "
                      "agreement, the headline.")
    a["notes"].append("Money: *new*: francs CFA of Central Africa are XAF (Cameroon is in the CEMAC, where the earlier sets' "
                      "West African francs were XOF): '42 milliards de francs CFA', the 'FCFA' abbreviation in '30 "
                      "milliards de FCFA', '18,6 milliards de FCFA', '96,5 milliards de FCFA', and the bare year-earlier "
                      "'11,2 milliards' (XAF, span number and scale word, after amounts in FCFA); 'dollars' USD: the "
                      "market value '1,4 milliard de dollars'. '1,1 million de passagers', 'quatre Boeing 737' and '1 250 "
                      "emplois' are counts. Percentages: the headline's and the lead's stake '49 %' (two items), the "
                      "State's '51 %', the signed revenue rise in brackets '+9 %', the economist's '49 %' inside marked "
                      "words.")
    a["notes"].append("Dates: *new*: the dateline's '14 juin' (no year) 2039-06-14; 'lundi' (past) 2039-06-13; 'd’ici fin "
                      "2040' span 'fin 2040', 2040 with mod END; 'en 2038' the year; 'pour six mois' (inside the CEO's "
                      "marked words) span 'six mois', P6M; 'en 2042' (inside marked words); 'depuis 2037' and 'en 2036' the "
                      "years; 'l’assemblée générale de septembre' (future) span 'septembre', 2039-09; 'pendant cinq ans' "
                      "(inside the secretary general's reported clause) span 'cinq ans', P5Y. Optional: 'un an plus tôt' "
                      "(2037, relative to the 2038 figures, as in the earlier sets).")
    M(a, "42 milliards de francs CFA", 42e9, "XAF")
    M(a, "30 milliards de FCFA", 30e9, "XAF")
    M(a, "18,6 milliards de FCFA", 18.6e9, "XAF")
    M(a, "11,2 milliards", 11.2e9, "XAF")
    M(a, "96,5 milliards de FCFA", 96.5e9, "XAF")
    M(a, "1,4 milliard de dollars", 1.4e9, "USD")
    P(a, "49 %", 49, nth=0)
    P(a, "49 %", 49, nth=1)
    P(a, "51 %", 51)
    P(a, "+9 %", 9)
    P(a, "49 %", 49, nth=2)
    D(a, "14 juin", "2039-06-14", note="*new*: the dateline after the town in capitals and its country in brackets, no year")
    D(a, "lundi", "2039-06-13", note="past: 'a annoncé lundi', the day before the Tuesday dateline")
    D(a, "fin 2040", "2040", mod="END", note="'d’ici fin 2040'")
    D(a, "2038", "2038", note="'Wouri Airways a transporté 1,1 million de passagers en 2038'")
    D(a, "un an plus tôt", "2037", opt=True, note="relative to the 2038 figures, not to the reference date")
    D(a, "six mois", "P6M", typ="DURATION", note="'pour six mois', inside the CEO's marked words")
    D(a, "2042", "2042", note="'en 2042', inside the CEO's marked words")
    D(a, "2037", "2037", note="'Coté à la Bourse de Casablanca depuis 2037'")
    D(a, "2036", "2036", note="'avait déjà pris le contrôle en 2036'")
    D(a, "septembre", "2039-09", note="future: 'restera en poste jusqu’à l’assemblée générale de septembre'")
    D(a, "cinq ans", "P5Y", typ="DURATION", note="'pendant cinq ans', inside the secretary general's reported clause")
    Q(a, f"– [La compagnie aérienne marocaine {NA} va acquérir 49 % du capital de {WA}, le transporteur national camerounais, auprès de la {SNI} (SNI), pour 42 milliards de francs CFA], a annoncé",
      "indirect", "a annoncé", (MT, MT, ORG),
      note="an unmarked clause before an inverted cue and the day; the ministry by name")
    Q(a, f"{O}[{WA} a un réseau, des créneaux et une marque. Il lui manquait un partenaire industriel et des avions]{C}",
      "direct", "a résumé", (BNA, BNA, PER), gender="male",
      note="*new*: 'Le ministre des Transports, X, a résumé l’enjeu lors de la signature : «...»': a cue with a noun "
           "object and a colon before the marks; two sentences in one pair of marks")
    Q(a, "indiqué que [Douala deviendrait le deuxième hub du groupe après Casablanca].", "indirect", "a indiqué",
      (YEA, YEA, PER), gender="male", note="the name in apposition to 'Le PDG de Noor Aviation', before the cue")
    Q(a, f"{O}[Nous ne venons pas pour six mois : nous visons l{AP}équilibre en 2042]{C}", "direct", "a-t-il ajouté",
      ("a-t-[il] ajouté", YEA, PER), gender="male", note="a pronoun in an inverted cue: the CEO of the sentence before")
    Q(a, f"[Il serait par ailleurs en discussions pour entrer au capital de la compagnie tchadienne {SCo}], selon",
      "indirect", "[selon] la presse", ("la [presse marocaine].", None, None),
      note="a rumour told before an inverted 'selon'; an unnamed press: noun phrase, canonical null")
    Q(a, f"[Le directeur général de {WA}, {ABE}, restera en poste jusqu{AP}à l{AP}assemblée générale de septembre], selon",
      "indirect", "[selon] le communiqué", ("communiqué du [ministère].", MT, ORG),
      note="*new*: 'selon le communiqué du ministère': the lead's communiqué, its issuer the ministry named in the lead")
    Q(a, f"{O}[inquiet pour les 1{NN}250 emplois]{C}", "direct", f"s{AP}est dit", (f"Le [{SNPN}] (SNPN)", SNPN, ORG),
      note="marked words after a pronominal cue; the union speaks by name (an organization: no gender)")
    Q(a, f"demandé que [le pacte d{AP}actionnaires garantisse les effectifs pendant cinq ans].", "indirect",
      "a demandé", (RTN, RTN, PER), gender="male",
      note="a request reported in a clause; the name in apposition to 'Son secrétaire général', before the cue")
    Q(a, f"{O}[On a déjà vu des partenaires stratégiques repartir avec les avions]{C}", "direct", "a-t-il lancé",
      ("a-t-[il] lancé", RTN, PER), gender="male", note="a pronoun in an inverted cue: the secretary general")
    Q(a, f"{O}[49 %, c{AP}est le maximum politiquement acceptable, mais c{AP}est Noor qui pilotera]{C}", "direct",
      f"[Selon] l{AP}économiste", (VO, VO, PER), gender="female",
      note="*new*: 'Selon l’économiste X, de l’Université de Douala, «...»': marked words after 'Selon' and the "
           "apposition, one direct quote")
    V(a, "acquisition", "acquérir", {"target": WA, "buyer": NA, "seller": SNI, "stake": "49 %",
                                     "amount": "42 milliards de francs CFA", "date": "lundi", "status": "announced"},
      note="'Noor Aviation va acquérir 49 % du capital de Wouri Airways ..., auprès de la SNI, pour 42 milliards de "
           "francs CFA, a annoncé lundi ...': announced; the headline's 'va prendre 49 %' the same fact")
    V(a, "funding", "augmentation de capital", {"company": WA, "amount": "30 milliards de FCFA",
                                                "investors": [NA, BDE], "date": ("opt", "lundi")},
      note="'prévoit aussi une augmentation de capital de 30 milliards de FCFA, souscrite à parts égales par Noor "
           "Aviation et par la BDEAC'; 'Cette recapitalisation' refers back to it")
    V(a, "result", "perte nette", {"company": f"[{WA}] a transporté", "metric": "loss",
                                   "amount": "18,6 milliards de FCFA", "period": "2038"},
      note="'Wouri Airways a transporté ... en 2038, mais a creusé sa perte nette à 18,6 milliards de FCFA'")
    V(a, "result", f"chiffre d{AP}affaires", {"company": f"[{WA}] a transporté", "metric": "revenue",
                                              "amount": "96,5 milliards de FCFA", "change": "+9 %",
                                              "period": ("opt", "2038")},
      note="'pour un chiffre d’affaires de 96,5 milliards de FCFA (+9 %)': the same sentence, the year written once")
    V(a, "role", "ministre des Transports", {"person": BNA, "title": "ministre des Transports"},
      note="'le ministre des Transports, X': no organization")
    V(a, "role", "PDG", {"person": YEA, "title": "PDG", "organization": f"PDG de [{NA}], {YEA}"},
      note="'Le PDG de Noor Aviation, X'")
    V(a, "valuation", "valorisé", {"company": f"depuis 2037, [{NA}] y est", "amount": "1,4 milliard de dollars"},
      note="*new*: a listed company's market value ('Coté à la Bourse de Casablanca depuis 2037, Noor Aviation y est "
           "valorisé ...'): no funding event carries it")
    V(a, "acquisition", "pris le contrôle", {"target": OA, "buyer": f"depuis 2037, [{NA}] y est", "date": "2036",
                                             "status": "done"},
      note="'Le groupe avait déjà pris le contrôle en 2036 de la compagnie gabonaise Ogooué Air': a figurative phrase, "
           "done; 'Le groupe' is Noor Aviation")
    V(a, "acquisition", "en discussions", {"target": SCo, "buyer": f"depuis 2037, [{NA}] y est", "status": "planned"},
      note="'Il serait par ailleurs en discussions pour entrer au capital de ... Sahel Connect', reported by the press: "
           "planned; 'Il' is Noor Aviation")
    V(a, "role", "directeur général", {"person": ABE, "title": "directeur général",
                                       "organization": f"général de [{WA}], {ABE}"},
      note="'Le directeur général de Wouri Airways, X'")
    V(a, "role", "secrétaire général", {"person": RTN, "title": "secrétaire général",
                                        "organization": ("opt", f"Le [{SNPN}] (SNPN)")},
      note="'Son secrétaire général, X': 'Son' is the union of the sentence before")
    V(a, "role", "économiste", {"person": VO, "title": "économiste", "organization": UD},
      note="'l’économiste X, de l’Université de Douala'")


def define_w3(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    NE, G2, HG, VM, WG, TG, GS = ("Nébula Esports", "G2 Esports", "Hexagone Growth", "Vega Médias", "Wolfpack Gaming",
                                  "Toro Gaming", "Groupama Stadium")
    TM, AV, IK, LF, PMH, CF, KB = ("Théo Marchal", "Antoine Vidal", "Inès Kaci", "Lucas Ferrand", "Park Min-ho",
                                   "Claire Fontanel", "Karim Benali")
    E18, E110 = f"18{NN}M€", f"110{NN}M€"
    # ------------------------------------------------------------ W3: a Lyon esports club, crowned European League of Legends champion the day before, raises a series B led by a Paris fund (its valuation, its series A, a media group's earlier stake), has bought a Belgian team and eyes a Spanish one; results, the founder, the CFO, the captain, the coach, the lead investor's partner, the city's sports deputy, the game publisher (French video-game news site)
    a = B.article("W3-serie-b-club-esport-lyon", "2039-09-19", (
        f"Esport{NN}: sacré à Madrid, Nébula lève {E18} et s'offre Wolfpack\n"
        f"Le club lyonnais, champion d'Europe de League of Legends, est désormais valorisé {E110}.\n"
        f"Par {TM} | Publié le lun. 19 sept. 2039 à 16h20\n\n"
        f"Vingt-quatre heures après son sacre, {NE} change de dimension. Le club lyonnais, qui a battu {G2} 3-1 "
        f"dimanche à Madrid en finale du LEC, a annoncé lundi une levée de fonds de {E18} en série B, menée par le fonds "
        f"parisien {HG}. Bpifrance et le groupe de médias {VM}, entré à hauteur de 20{NN}% au capital en 2036, remettent "
        f"au pot. L'opération valorise Nébula à {E110}, contre 35{NN}M€ lors de sa série A de 6{NN}M€, en 2037.\n\n"
        f"{O}Hier, on a gagné un trophée. Aujourd'hui, on construit une institution{C}, a lancé le fondateur et président "
        f"de Nébula, {AV}, lors d'une conférence de presse au {GS}. Il a précisé que la moitié des fonds servirait à "
        f"ouvrir un centre d'entraînement à Lyon en 2040. Selon lui, le club a refusé {O}deux offres de rachat venues du "
        f"Golfe{C} cet été.\n\n"
        f"Le club s'est offert en juillet l'organisation belge {WG} et son centre de formation de Liège, pour "
        f"2,3{NN}M€. Il serait aussi en discussions pour racheter l'espagnol {TG}, selon le site spécialisé Dexerto.\n\n"
        f"Nébula a réalisé en 2038 un chiffre d'affaires de 21,4{NN}M€ (+38{NN}%), dont 61{NN}% tirés du sponsoring, 4 "
        f"points de moins qu'en 2037, mais reste déficitaire, avec une perte nette de 3,1{NN}M€. La directrice "
        f"financière, {IK}, a indiqué que l'équilibre était visé pour 2041.\n\n"
        f"Sur scène, le capitaine {LF}, alias \"Kryo\", élu meilleur joueur de la finale, n'a pas caché son "
        f"émotion{NN}: {O}On nous disait trop jeunes. On a répondu sur la faille{C}. Son entraîneur sud-coréen, "
        f"{PMH}, arrivé de T1 l'an dernier, a salué {O}la saison la plus aboutie{C} de sa carrière.\n\n"
        f"{O}Nébula a prouvé qu'un club français pouvait gagner et se gérer comme une entreprise{C}, estime {CF}, "
        f"associée chez {HG}, qui entre au conseil d'administration. {O}Le marché de l'esport a mûri{NN}: les "
        f"investisseurs veulent des revenus, plus seulement des audiences{C}, a-t-elle ajouté. L'adjoint aux sports de "
        f"Lyon, {KB}, a salué {O}une vitrine mondiale{C} pour la ville. Un porte-parole de Riot Games a confirmé que "
        "Lyon accueillerait les Worlds en 2041."))
    for s, l, c, o in [(NE, ORG, None, False), (G2, ORG, None, False), ("Nébula", ORG, NE, False),
                       (WG, ORG, None, False), ("Wolfpack", ORG, WG, False), ("Madrid", LOC, None, False),
                       ("Europe", LOC, None, False), ("League of Legends", MISC, None, False), (TM, PER, None, False),
                       ("LEC", MISC, None, False), (HG, ORG, None, False), ("Bpifrance", ORG, None, False),
                       (VM, ORG, None, False), (AV, PER, None, False), (GS, LOC, None, False), ("Lyon", LOC, None, False),
                       ("Golfe", LOC, None, False), ("Liège", LOC, None, False), (TG, ORG, None, False),
                       ("Dexerto", ORG, None, False), (IK, PER, None, False), (LF, PER, None, False),
                       ("Kryo", PER, LF, True), (PMH, PER, None, False), ("T1", ORG, None, False), (CF, PER, None, False),
                       (KB, PER, None, False), ("Riot Games", ORG, None, False), ("Worlds", MISC, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a French video-game news site copied as plain text: a headline opened by a section "
                      "word and a colon ('Esport : sacré à Madrid, Nébula lève 18 M€ et s'offre Wolfpack'), a one-sentence "
                      "standfirst line, then *new*: a byline line whose publication line holds an abbreviated weekday and "
                      "an abbreviated month, each with its full stop ('Par Théo Marchal | Publié le lun. 19 sept. 2039 à "
                      "16h20'), no dateline. The reference date is that day (Monday 19 September 2039), the day of the "
                      "announcement ('a annoncé lundi'); the final was played the day before ('dimanche'). Straight "
                      "apostrophes; narrow no-break spaces (U+202F) before '%', before 'M€', before the headline's colon and "
                      "two colons of the body and inside the guillemets; *new*: a player's nickname between straight double "
                      "quotation marks after 'alias' ('alias \"Kryo\"').")
    a["notes"].append("Entities: the coined Lyon esports club 'Nébula Esports' (lead) and its short form 'Nébula' (headline, "
                      "'valorise Nébula', 'président de Nébula', 'Nébula a réalisé', inside the partner's marked words: "
                      "canonical the full name), the real teams 'G2 Esports' and *new*: 'T1' (a South Korean team whose name "
                      "looks like a quarter, 'arrivé de T1 l'an dernier': ORG, no date), the coined Paris fund 'Hexagone "
                      "Growth' (twice), 'Bpifrance', the coined media group 'Vega Médias', the coined Belgian team 'Wolfpack "
                      "Gaming' and its short form 'Wolfpack' (headline, canonical the full name), the coined Spanish team "
                      "'Toro Gaming', the esports media 'Dexerto' and the game publisher 'Riot Games' are ORG; 'Madrid' "
                      "(headline, lead), 'Europe' (standfirst), the arena 'Groupama Stadium' (a venue, LOC, as 'Vélodrome' "
                      "in the first set), 'Lyon' (three times), 'Golfe' (the Gulf, inside marked words) and 'Liège' are "
                      "LOC; the game 'League of Legends', the league 'LEC' and the world championship 'Worlds' are MISC (a "
                      "work and competitions, as 'Ligue 1' in the earlier sets); the journalist, the founder, the CFO, the "
                      "captain, the coach, the fund's partner and the sports deputy are PER (all invented). Optional PER: "
                      "the captain's nickname 'Kryo' between straight marks (canonical Lucas Ferrand). Not names: 'Esport' "
                      "(the headline's section word), 'esport' in the partner's words, 'série B', 'série A', "
                      "'L'opération', 'Le club', 'la faille', 'la ville', 'le site spécialisé'; 'lyonnais', 'parisien', "
                      "'belge', 'espagnol', 'sud-coréen', 'français' are adjectives or a team by its adjective.")
    a["notes"].append("Quotes (11 required: 7 direct, 4 indirect): the founder named in apposition after the cue ('« ... », "
                      "a lancé le fondateur et président de Nébula, X, lors d'une conférence de presse': two sentences in "
                      "one pair of marks) then 'Il a précisé que <clause>' and 'Selon lui, le club a refusé « deux offres de "
                      "rachat venues du Golfe » cet été' (a 'Selon' clause partly marked: one direct quote for the marked "
                      "words, cue 'Selon'); a rumour told before an inverted 'selon' with a media named after a noun "
                      "('<clause>, selon le site spécialisé Dexerto': speaker Dexerto, ORG); the CFO named in apposition "
                      "before 'a indiqué que <clause>'; *new*: the captain's words after a colon that "
                      "follows no speech verb ('le capitaine X, ..., n'a pas caché son émotion : « ... »': cue null, the "
                      "speaker known from the context, as 'Le ministre : « ... »' in the contract; two sentences in one "
                      "pair of marks); the coach's marked words after 'a salué' ('a salué « la saison la plus aboutie » de sa "
                      "carrière'); the lead investor's partner ('« ... », estime X, associée chez Hexagone Growth') then "
                      "'« ... », a-t-elle ajouté' (a colon inside the marks); the sports deputy's marked words after 'a "
                      "salué'; an unnamed spokesperson of a named company ('Un porte-parole de Riot Games a confirmé que "
                      "<clause>': noun-phrase speaker without its article, canonical null, as the spokespersons of the "
                      "earlier sets). Not quotes: the nickname between straight marks ('alias \"Kryo\"'), 'a annoncé lundi "
                      "une levée de fonds' (a noun-phrase object), 'n'a pas caché son émotion', the headline and the "
                      "standfirst.")
    a["notes"].append("Events: funding: the series B ('Le club lyonnais ... a annoncé lundi une levée de fonds de 18 M€ en "
                      "série B, menée par le fonds parisien Hexagone Growth. Bpifrance et le groupe de médias Vega Médias "
                      "... remettent au pot. L'opération valorise Nébula à 110 M€'): one funding event, trigger 'levée de "
                      "fonds', round 'série B', three investors over two sentences (*new*: the figurative 'remettent au "
                      "pot'), valuation the next sentence's '110 M€' referred back by 'L'opération', date 'lundi'; the "
                      "series A told in a comparison ('contre 35 M€ lors de sa série A de 6 M€, en 2037'): a second funding "
                      "event, trigger 'série A', amount '6 M€', valuation '35 M€', date 2037, no investor. Acquisitions: "
                      "the media group's earlier stake ('le groupe de médias Vega Médias, entré à hauteur de 20 % au "
                      "capital en 2036': done, target the club, stake, date); the Belgian team bought with a figurative "
                      "verb ('Le club s'est offert en juillet l'organisation belge Wolfpack Gaming et son centre de "
                      "formation de Liège, pour 2,3 M€': done, date 'juillet'; the headline's 's'offre Wolfpack' the same "
                      "fact); the Spanish one ('Il serait aussi en discussions pour racheter l'espagnol Toro Gaming': "
                      "planned). Optional: the two refused offers from the Gulf (target the club, no buyer named, inside "
                      "the founder's reported words). Results of 2038 ('Nébula a réalisé en 2038 un chiffre d'affaires de "
                      "21,4 M€ (+38 %) ... avec une perte nette de 3,1 M€'): the revenue with its signed rise in brackets "
                      "(period required) and the net loss (period optional, the year written once). Roles: 'le fondateur "
                      "et président de Nébula, X' (two joined titles as written, organization required), 'La directrice "
                      "financière, X' (organization optional: the club of the article), 'le capitaine X' and 'Son "
                      "entraîneur sud-coréen, X' (sport titles, as the captains and coaches of the earlier sets; the "
                      "organization optional: the club through the article and 'Son'), 'X, associée chez Hexagone Growth', "
                      "'L'adjoint aux sports de Lyon, X' (title 'adjoint aux sports', no organization: the town is a "
                      "place). Not events: the final won (a match), 'élu meilleur joueur' (an award), the training centre "
                      "plan, the sponsoring share, the break-even target, the coach's former team ('arrivé de T1', no "
                      "title), the board seat ('qui entre au conseil d'administration', no title), the Worlds to be hosted, "
                      "the headline and the standfirst.")
    a["notes"].append("Money: 'M€' are EUR, a narrow no-break space before each: the headline's and the lead's '18 M€' (two "
                      "items), the standfirst's and the lead's '110 M€' (two items), the series A's valuation '35 M€' and "
                      "amount '6 M€', the purchase '2,3 M€', the revenue '21,4 M€', the loss '3,1 M€'. '3-1' (a score), "
                      "'deux offres' and 'la moitié des fonds' are no money. Percentages: the media group's stake '20 %', "
                      "the signed revenue rise in brackets '+38 %', the sponsoring share '61 %', *new*: a fall in points "
                      "without 'de pourcentage' after a share ('4 points de moins qu'en 2037': value 4, points).")
    a["notes"].append("Dates: *new*: the byline's 'lun. 19 sept. 2039 à 16h20' (abbreviated weekday and month) one TIME, "
                      "2039-09-19T16:20; 'Vingt-quatre heures après son sacre' a DURATION (span 'Vingt-quatre heures', "
                      "PT24H); 'dimanche' (past) 2039-09-18; 'lundi' the publication day; 'en 2036', 'en 2037' (the series "
                      "A) the years; inside the founder's marked words 'Hier' (2039-09-18) and 'Aujourd'hui' (2039-09-19), "
                      "spoken on the publication day; 'en 2040' (inside his reported clause); 'cet été' (inside his "
                      "reported words, in September: 2039-SU); 'en juillet' (past: 's'est offert') 2039-07; 'en 2038' and "
                      "'qu'en 2037' the years; 'pour 2041' (inside the CFO's reported clause); 'l'an dernier' 2038 (span "
                      "'an dernier'); 'en 2041' (inside the spokesperson's clause). 'T1' (a team) is no quarter.")
    M(a, E18, 18e6, "EUR", nth=0)
    M(a, E110, 110e6, "EUR", nth=0)
    M(a, E18, 18e6, "EUR", nth=1)
    M(a, E110, 110e6, "EUR", nth=1)
    M(a, f"35{NN}M€", 35e6, "EUR")
    M(a, f"6{NN}M€", 6e6, "EUR")
    M(a, f"2,3{NN}M€", 2.3e6, "EUR")
    M(a, f"21,4{NN}M€", 21.4e6, "EUR")
    M(a, f"3,1{NN}M€", 3.1e6, "EUR")
    P(a, f"20{NN}%", 20)
    P(a, f"+38{NN}%", 38)
    P(a, f"61{NN}%", 61)
    P(a, "4 points", 4, points=True)
    D(a, "lun. 19 sept. 2039 à 16h20", "2039-09-19T16:20", typ="TIME",
      note="*new*: the publication line with an abbreviated weekday and month")
    D(a, "Vingt-quatre heures", "PT24H", typ="DURATION", note="'Vingt-quatre heures après son sacre'")
    D(a, "dimanche", "2039-09-18", note="past: 'qui a battu G2 Esports 3-1 dimanche à Madrid'")
    D(a, "lundi", "2039-09-19", note="'a annoncé lundi': the publication day")
    D(a, "2036", "2036", note="'entré à hauteur de 20 % au capital en 2036'")
    D(a, "2037", "2037", nth=0, note="'lors de sa série A de 6 M€, en 2037'")
    D(a, "Hier", "2039-09-18", note="inside the founder's marked words, spoken on the publication day")
    D(a, "Aujourd'hui", "2039-09-19", note="inside the founder's marked words, spoken on the publication day")
    D(a, "2040", "2040", note="'à Lyon en 2040', inside the founder's reported clause")
    D(a, "cet été", "2039-SU", note="'cet été', after the founder's marked words, in a September article")
    D(a, "juillet", "2039-07", note="past: 'Le club s'est offert en juillet'")
    D(a, "2038", "2038", note="'Nébula a réalisé en 2038 un chiffre d'affaires'")
    D(a, "2037", "2037", nth=1, note="'4 points de moins qu'en 2037'")
    D(a, "2041", "2041", nth=0, note="'l'équilibre était visé pour 2041', inside the CFO's reported clause")
    D(a, "an dernier", "2038", note="'arrivé de T1 l'an dernier'")
    D(a, "2041", "2041", nth=1, note="'Lyon accueillerait les Worlds en 2041', inside the spokesperson's clause")
    Q(a, f"{O}[Hier, on a gagné un trophée. Aujourd'hui, on construit une institution]{C}", "direct", "a lancé",
      (AV, AV, PER), gender="male",
      note="two sentences in one pair of marks; the name in apposition to 'le fondateur et président de Nébula'")
    Q(a, "précisé que [la moitié des fonds servirait à ouvrir un centre d'entraînement à Lyon en 2040].", "indirect",
      "a précisé", ("[Il] a précisé", AV, PER), gender="male", note="'Il' is the founder of the sentence before")
    Q(a, f"{O}[deux offres de rachat venues du Golfe]{C}", "direct", "[Selon] lui", ("Selon [lui]", AV, PER),
      gender="male",
      note="'Selon lui, le club a refusé « ... » cet été': a 'Selon' clause partly marked, one direct quote for the "
           "marked words; 'lui' is the founder")
    Q(a, f"[Il serait aussi en discussions pour racheter l'espagnol {TG}], selon", "indirect", "[selon] le site",
      ("Dexerto", "Dexerto", ORG), note="a rumour told before an inverted 'selon'; the site by name after 'le site spécialisé'")
    Q(a, "indiqué que [l'équilibre était visé pour 2041].", "indirect", "a indiqué", (IK, IK, PER), gender="female",
      note="the name in apposition to 'La directrice financière', before the cue")
    Q(a, f"{O}[On nous disait trop jeunes. On a répondu sur la faille]{C}", "direct", None, (LF, LF, PER),
      gender="male",
      note="*new*: marked words after 'n'a pas caché son émotion :' (no speech verb): cue null, the captain named in the "
           "sentence speaks")
    Q(a, f"{O}[la saison la plus aboutie]{C}", "direct", "a salué", (PMH, PMH, PER), gender="male",
      note="marked words right after 'a salué'; the name in apposition to 'Son entraîneur sud-coréen' ('arrivé' "
           "shows the gender)")
    Q(a, f"{O}[Nébula a prouvé qu'un club français pouvait gagner et se gérer comme une entreprise]{C}", "direct",
      "estime", (CF, CF, PER), gender="female", note="the name after the cue, 'associée chez Hexagone Growth' in apposition")
    Q(a, f"{O}[Le marché de l'esport a mûri{NN}: les investisseurs veulent des revenus, plus seulement des audiences]{C}",
      "direct", "a-t-elle ajouté", ("a-t-[elle] ajouté", CF, PER), gender="female",
      note="a pronoun in an inverted cue: the fund's partner")
    Q(a, f"{O}[une vitrine mondiale]{C}", "direct", "a salué", (KB, KB, PER), gender="male",
      note="marked words right after 'a salué'; the name in apposition to 'L'adjoint aux sports de Lyon'")
    Q(a, "confirmé que [Lyon accueillerait les Worlds en 2041].", "indirect", "a confirmé",
      ("Un [porte-parole de Riot Games] a", None, None),
      note="an unnamed spokesperson of a named company: noun phrase without its article, canonical null")
    V(a, "funding", "levée de fonds", {"company": NE, "amount": E18, "round": "série B",
                                       "investors": [f"parisien [{HG}]. Bpifrance", "Bpifrance", VM],
                                       "valuation": E110, "date": "lundi"},
      note="'a annoncé lundi une levée de fonds de 18 M€ en série B, menée par ... Hexagone Growth. Bpifrance et ... "
           "Vega Médias ... remettent au pot. L'opération valorise Nébula à 110 M€': investors over two sentences, the "
           "valuation referred back by 'L'opération'; the headline's 'lève 18 M€' the same round")
    V(a, "acquisition", "entré", {"target": "valorise [Nébula] à", "buyer": VM, "stake": f"20{NN}%", "date": "2036",
                                  "status": "done"},
      note="'le groupe de médias Vega Médias, entré à hauteur de 20 % au capital en 2036': a stake taken, done")
    V(a, "funding", "série A", {"company": "valorise [Nébula] à", "amount": f"6{NN}M€", "round": "série A",
                                "valuation": f"35{NN}M€", "date": "2037"},
      note="'contre 35 M€ lors de sa série A de 6 M€, en 2037': the earlier round and its valuation, no investor named")
    V(a, "role", "fondateur et président", {"person": AV, "title": "fondateur et président",
                                            "organization": f"président de [Nébula], {AV}"},
      note="'le fondateur et président de Nébula, X': two joined titles, as written")
    V(a, "acquisition", "offres de rachat", {"target": f"président de [Nébula], {AV}", "status": "planned"},
      optional=True,
      note="'le club a refusé « deux offres de rachat venues du Golfe »': offers refused, no buyer named, inside the "
           "founder's reported words")
    V(a, "acquisition", "s'est offert", {"target": WG, "buyer": f"président de [Nébula], {AV}",
                                         "amount": f"2,3{NN}M€", "date": "juillet", "status": "done"},
      note="'Le club s'est offert en juillet l'organisation belge Wolfpack Gaming ..., pour 2,3 M€': a figurative "
           "verb, done; the headline's 's'offre Wolfpack' the same fact")
    V(a, "acquisition", "en discussions", {"target": TG, "buyer": f"président de [Nébula], {AV}", "status": "planned"},
      note="'Il serait aussi en discussions pour racheter l'espagnol Toro Gaming', reported by a site: planned; 'Il' "
           "is the club")
    V(a, "result", "chiffre d'affaires", {"company": "[Nébula] a réalisé", "metric": "revenue",
                                          "amount": f"21,4{NN}M€", "change": f"+38{NN}%", "period": "2038"},
      note="'Nébula a réalisé en 2038 un chiffre d'affaires de 21,4 M€ (+38 %)'")
    V(a, "result", "perte nette", {"company": "[Nébula] a réalisé", "metric": "loss", "amount": f"3,1{NN}M€",
                                   "period": ("opt", "2038")},
      note="'mais reste déficitaire, avec une perte nette de 3,1 M€': the same sentence, the year written once")
    V(a, "role", "directrice financière", {"person": IK, "title": "directrice financière",
                                           "organization": ("opt", "[Nébula] a réalisé")},
      note="'La directrice financière, X': the club of the article")
    V(a, "role", "capitaine", {"person": LF, "title": "capitaine", "organization": ("opt", "[Nébula] a réalisé")},
      note="'le capitaine X': a sport title; the club of the article")
    V(a, "role", "entraîneur", {"person": PMH, "title": "entraîneur", "organization": ("opt", "[Nébula] a réalisé")},
      note="'Son entraîneur sud-coréen, X': title without the adjective; 'Son' is the captain's club")
    V(a, "role", "associée", {"person": CF, "title": "associée", "organization": f"chez [{HG}], qui"},
      note="'X, associée chez Hexagone Growth'")
    V(a, "role", "adjoint aux sports", {"person": KB, "title": "adjoint aux sports"},
      note="'L'adjoint aux sports de Lyon, X': no organization (the town is a place)")
