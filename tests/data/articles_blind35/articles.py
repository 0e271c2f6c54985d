"""The three articles of the thirty-fifth blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind35`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before %, before ':' and inside the guillemets in R3)
NN = "\u202f"    # narrow no-break space (before %, before '?' and inside the guillemets in S3)
AP = "\u2019"    # typographic apostrophe (every apostrophe of S3)
ND = "\u2014"    # em dash opening the interview's turns in S3


def define(B):
    define_r3(B)
    define_s3(B)
    define_t3(B)


def define_r3(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    MC, PD, HV, JP, DL = "Mérande Capital", "Perrollaz Décolletage", "Helvamec", "Jacquier Précision", "Le Dauphiné libéré"
    NBr, BP, CP, SG, MD, AM = ("Nathalie Brunet", "Bernard Perrollaz", "Claire Perrollaz", "Sophie Gaillard",
                               "Mickaël Dupraz", "Alain Mermillod")
    # ------------------------------------------------------------ R3: a family-owned precision-turning SME of the Arve valley sold to a Lyon investment fund (70 %), the family keeping 30 %, a Swiss group's earlier interest dropped, a rumoured second target, the family's president and his daughter, the fund's partner, the union, the mayor (French regional daily, web)
    a = B.article("R3-rachat-decolleteur-familial-cluses", "2038-03-03", (
        f"Décolletage{NB}: le fonds {MC} rachète 70{NB}% de Perrollaz\n"
        f"La famille fondatrice garde 30{NB}% du capital. Un industriel suisse avait renoncé l'an dernier.\n"
        f"Par {NBr} - 03 mars 2038 à 17h05\n\n"
        f"Le fonds d'investissement lyonnais {MC} va racheter 70{NB}% de {PD}, un "
        "sous-traitant familial de Cluses spécialisé dans les pièces de précision pour l'automobile et le médical, ont "
        f"annoncé mercredi les deux entreprises. La famille Perrollaz conservera 30{NB}% du capital. Selon une source "
        "proche du dossier, la transaction avoisine 58 millions d'euros et valorise l'entreprise autour de 83 millions "
        "d'euros. La signature définitive est attendue fin avril.\n\n"
        "Fondée en 1952 dans un garage de la vallée de l'Arve, l'entreprise emploie 310 salariés à Cluses et à Marnaz. "
        f"Elle a réalisé en 2037 un chiffre d'affaires de 64,5 millions d'euros, en hausse de 7,2{NB}%, pour un excédent "
        "brut d'exploitation de 9,8 millions d'euros.\n\n"
        f"{O}Nous avons reçu plusieurs offres, dont certaines plus élevées. Mérande est le seul à nous avoir garanti que "
        f"les machines resteraient dans la vallée{C}, a expliqué le président de l'entreprise, {BP}, 68 ans, "
        f"petit-fils du fondateur. Il deviendra président du conseil de surveillance. Sa fille, {CP}, jusqu'ici "
        "directrice industrielle, sera nommée directrice générale le 1er juillet. Elle a assuré que le plan "
        f"d'investissement de 15 millions d'euros prévu sur cinq ans serait {O}entièrement financé{C} par le nouvel "
        "actionnaire.\n\n"
        f"L'an dernier, le groupe zurichois {HV}, coté à la SIX Swiss Exchange, avait étudié le rachat de Perrollaz "
        f"pour environ 75 millions d'euros, avant de renoncer faute d'accord sur l'emploi, selon la CFDT. {MC} "
        f"serait par ailleurs en discussions avec un autre décolleteur de la vallée, {JP}, à Scionzier, pour "
        f"le rapprocher de Perrollaz, selon {DL}.\n\n"
        f"{O}La vallée concentre un savoir-faire unique en Europe, mais beaucoup d'ateliers n'ont pas de successeur. Nous "
        f"voulons bâtir un champion du décolletage de précision{C}, a déclaré {SG}, associée fondatrice de "
        f"{MC}. Le fonds, qui gère 900 millions d'euros, détient déjà deux sous-traitants de la plasturgie à "
        "Oyonnax.\n\n"
        f"Côté salariés, la CFDT, majoritaire dans l'entreprise, s'est dite {O}vigilante{C}. {O}Un fonds revend au bout "
        f"de cinq ans. Nous voulons des garanties écrites sur les 310 emplois{C}, a prévenu son délégué syndical, "
        f"{MD}. Le maire de Cluses, {AM}, a salué {O}une bonne nouvelle pour toute la vallée{C}."))
    for s, l, c, o in [(MC, ORG, None, False), (PD, ORG, None, False), (NBr, PER, None, False),
                       (BP, PER, None, False), (CP, PER, None, False), ("famille [Perrollaz] conservera", PER, None, True),
                       ("Perrollaz", ORG, PD, False), ("Mérande", ORG, MC, False), ("Cluses", LOC, None, False),
                       ("vallée de l'Arve", LOC, None, False), ("Marnaz", LOC, None, False), (HV, ORG, None, False),
                       ("SIX Swiss Exchange", ORG, None, False), ("CFDT", ORG, None, False), (JP, ORG, None, False),
                       ("Scionzier", LOC, None, False), (DL, ORG, None, False), ("Europe", LOC, None, False),
                       (SG, PER, None, False), ("Oyonnax", LOC, None, False), (MD, PER, None, False),
                       (AM, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a French regional daily copied as plain text: a headline opened by a section word and "
                      "a colon ('Décolletage : le fonds Mérande Capital rachète 70 % de Perrollaz', a no-break space before "
                      "the colon), a two-sentence standfirst line, then *new*: a byline line with the publication day "
                      "written with a leading zero and a clock time in 'h', after a hyphen ('Par Nathalie Brunet - 03 mars "
                      "2038 à 17h05'), no dateline. The reference date is that day (Wednesday 3 March 2038), the day of "
                      "the announcement ('ont annoncé mercredi'). Straight apostrophes; no-break spaces (U+00A0) before "
                      "'%', before the headline's colon and inside the guillemets; ordinary spaces in the count '310 "
                      "salariés'.")
    a["notes"].append("Entities: the coined Lyon investment fund 'Mérande Capital' (headline, lead, 'Mérande Capital "
                      "serait', 'associée fondatrice de Mérande Capital': four mentions) and its short form 'Mérande' "
                      "inside the president's marked words (canonical the full name) are ORG; the coined family-owned "
                      "precision-turning firm 'Perrollaz Décolletage' (lead) and its short form 'Perrollaz' (headline, 'le "
                      "rachat de Perrollaz', 'le rapprocher de Perrollaz': canonical the full name) are ORG; 'la famille "
                      "Perrollaz' is optional PER (span 'Perrollaz', a family named by its surname, as 'la famille "
                      "Chabrol' in the thirty-first set), distinct from its members Bernard and Claire Perrollaz (PER); "
                      "the coined Zurich group 'Helvamec', the exchange 'SIX Swiss Exchange', the union 'CFDT' (twice), "
                      "the coined second target 'Jacquier Précision' and the paper 'Le Dauphiné libéré' (its article "
                      "inside the name, as 'Le Monde') are ORG; 'Cluses' (lead, 'à Cluses et à Marnaz', 'Le maire de "
                      "Cluses'), 'vallée de l'Arve' (one LOC with its lower-case 'vallée', as 'golfe de Guinée' in the "
                      "thirty-fourth set), 'Marnaz', 'Scionzier', 'Europe' (inside marked words) and 'Oyonnax' are LOC; "
                      "the journalist, the family's president, his daughter, the fund's partner, the union delegate and "
                      "the mayor are PER (all invented). Not names: 'Décolletage' (the headline's section word), 'La "
                      "famille fondatrice', 'la vallée' alone (three times), 'l'entreprise', 'les deux entreprises', 'Le "
                      "fonds', 'le nouvel actionnaire'; 'lyonnais', 'suisse', 'zurichois' are adjectives.")
    a["notes"].append("Quotes (10 required: 6 direct, 4 indirect): the lead told as '<clause>, ont annoncé mercredi les "
                      "deux entreprises' (inverted; speaker the noun phrase 'deux entreprises' without its article, "
                      "canonical and label null, as 'les deux établissements' in the thirty-second set); an unnamed source "
                      "('Selon une source proche du dossier, <clause>': speaker the noun phrase without its article, "
                      "canonical null); the family's president named in apposition after the cue ('« ... », a expliqué le "
                      "président de l'entreprise, X, 68 ans, petit-fils du fondateur': two sentences in one pair of "
                      "marks); his daughter's clause partly marked ('Elle a assuré que le plan ... serait « entièrement "
                      "financé » par le nouvel actionnaire': one direct quote for the marked words, speaker 'Elle', "
                      "canonical Claire Perrollaz); two sentences told before an inverted 'selon' ('<clause>, selon la "
                      "CFDT': the whole sentence from 'L'an dernier'; '<clause>, selon Le Dauphiné libéré': the sentence "
                      "from 'Mérande Capital'; the union and the paper by name); the fund's partner ('« ... », a déclaré "
                      "X, associée fondatrice de ...'); the union's one marked word after a pronominal cue ('la CFDT, "
                      "majoritaire dans l'entreprise, s'est dite « vigilante »': the union speaks, ORG, no gender); the "
                      "union delegate named in apposition after the cue ('« ... », a prévenu son délégué syndical, X': two "
                      "sentences in one pair of marks); the mayor's marked words right after 'a salué' ('Le maire de "
                      "Cluses, X, a salué « une bonne nouvelle pour toute la vallée »', as 'a salué « un projet enfin "
                      "ambitieux »' in the thirty-first set). Not quotes: 'La signature définitive est attendue fin "
                      "avril', 'Il deviendra président ...', 'sera nommée directrice générale', 'détient déjà ...', the "
                      "headline and the standfirst.")
    a["notes"].append("Events: acquisitions: the sale (lead 'Le fonds d'investissement lyonnais Mérande Capital va racheter "
                      "70 % de Perrollaz Décolletage ... ont annoncé mercredi les deux entreprises. La famille Perrollaz "
                      "conservera 30 % du capital. Selon une source proche du dossier, la transaction avoisine 58 millions "
                      "d'euros'): one announced acquisition ('va racheter', the signature still to come), trigger "
                      "'racheter', buyer the fund, stake '70 %', amount the source's '58 millions d'euros', date "
                      "'mercredi' (the announcement), the family (an optional entity) an optional seller; the 30 % kept "
                      "is no argument; the headline's 'rachète 70 % de Perrollaz' the same fact. The value the deal "
                      "implies ('et valorise l'entreprise autour de 83 millions d'euros') is a valuation event, as 'L'opération "
                      "valorise le club' in the thirteenth set (company Perrollaz Décolletage). The Swiss group's earlier "
                      "interest dropped ('le groupe zurichois Helvamec ... avait étudié le rachat de Perrollaz pour environ "
                      "75 millions d'euros, avant de renoncer'): planned, as 'avant de renoncer' in the third and eleventh "
                      "sets, with its amount and 'an dernier'; the rumoured second target ('Mérande Capital serait par "
                      "ailleurs en discussions avec ... Jacquier Précision ... pour le rapprocher de Perrollaz'): planned, "
                      "trigger 'en discussions', no amount. Results of 2037 through 'Elle' (the firm): the revenue with "
                      "its rise (period required) and the EBITDA in the same sentence ('pour un excédent brut "
                      "d'exploitation de 9,8 millions d'euros': metric ebitda, period optional, the year written once). "
                      "Roles: 'le président de l'entreprise, X' (organization optional: 'l'entreprise' is the firm) and "
                      "his next post ('Il deviendra président du conseil de surveillance', organization optional); his "
                      "daughter's post until now ('jusqu'ici directrice industrielle') and new post ('sera nommée "
                      "directrice générale le 1er juillet'), both with the firm as optional organization; 'X, associée "
                      "fondatrice de Mérande Capital' (organization required); 'son délégué syndical, X' ('son' is the "
                      "CFDT: organization optional); 'Le maire de Cluses, X' (title 'maire', no organization). Not events: "
                      "'petit-fils du fondateur' (kinship, no post), the 30 % kept, the investment plan, the signature "
                      "date, the fund's assets under management, its two plastics subcontractors (unnamed), the jobs, the "
                      "headline and the standfirst.")
    a["notes"].append("Money: the deal '58 millions d'euros', the value '83 millions d'euros' ('autour de' outside), the "
                      "revenue '64,5 millions d'euros', the EBITDA '9,8 millions d'euros', the investment plan '15 "
                      "millions d'euros', the dropped interest '75 millions d'euros' ('environ' outside), the fund's assets "
                      "'900 millions d'euros'. '310 salariés' (twice, once as '310 emplois' inside marked words) is a "
                      "count. Percentages: the stake in the headline and in the lead ('70 %' twice, two items), the part "
                      "kept in the standfirst and in the lead ('30 %' twice, two items), the revenue rise '7,2 %'.")
    a["notes"].append("Dates: *new*: the byline's '03 mars 2038 à 17h05' (the day with a leading zero) one TIME, "
                      "2038-03-03T17:05; the standfirst's and the fourth paragraph's 'l'an dernier' 2037 (span 'an "
                      "dernier', two items); 'mercredi' the publication day; 'fin avril' (future: 'est attendue') 2038-04 "
                      "with mod END; 'Fondée en 1952' and 'en 2037' the years; 'le 1er juillet' (future) 2038-07-01; "
                      "'prévu sur cinq ans' (inside the daughter's reported clause) and 'au bout de cinq ans' (inside the "
                      "delegate's marked words) span 'cinq ans', P5Y, two items. Optional: the age '68 ans' (P68Y). "
                      "'jusqu'ici' is not annotated.")
    M(a, "58 millions d'euros", 58e6, "EUR")
    M(a, "83 millions d'euros", 83e6, "EUR")
    M(a, "64,5 millions d'euros", 64.5e6, "EUR")
    M(a, "9,8 millions d'euros", 9.8e6, "EUR")
    M(a, "15 millions d'euros", 15e6, "EUR")
    M(a, "75 millions d'euros", 75e6, "EUR")
    M(a, "900 millions d'euros", 900e6, "EUR")
    P(a, f"70{NB}%", 70, nth=0)
    P(a, f"30{NB}%", 30, nth=0)
    P(a, f"70{NB}%", 70, nth=1)
    P(a, f"30{NB}%", 30, nth=1)
    P(a, f"7,2{NB}%", 7.2)
    D(a, "03 mars 2038 à 17h05", "2038-03-03T17:05", typ="TIME",
      note="*new*: the byline line: the day with a leading zero, clock time with 'h'")
    D(a, "an dernier", "2037", nth=0, note="the standfirst: 'Un industriel suisse avait renoncé l'an dernier'")
    D(a, "mercredi", "2038-03-03", note="'ont annoncé mercredi': the publication day")
    D(a, "fin avril", "2038-04", mod="END", note="future: 'La signature définitive est attendue fin avril'")
    D(a, "1952", "1952", note="'Fondée en 1952'")
    D(a, "2037", "2037", note="'Elle a réalisé en 2037 un chiffre d'affaires'")
    D(a, "68 ans", "P68Y", typ="DURATION", opt=True, note="an age")
    D(a, "1er juillet", "2038-07-01", note="future: 'sera nommée directrice générale le 1er juillet'")
    D(a, "cinq ans", "P5Y", typ="DURATION", nth=0, note="'prévu sur cinq ans', inside the daughter's reported clause")
    D(a, "an dernier", "2037", nth=1, note="'L'an dernier, le groupe zurichois Helvamec ... avait étudié le rachat'")
    D(a, "cinq ans", "P5Y", typ="DURATION", nth=1, note="'au bout de cinq ans', inside the delegate's marked words")
    Q(a, f"[Le fonds d'investissement lyonnais {MC} va racheter 70{NB}% de {PD}, un sous-traitant familial de Cluses spécialisé dans les pièces de précision pour l'automobile et le médical], ont annoncé",
      "indirect", "ont annoncé", ("les [deux entreprises].", None, None),
      note="an unmarked clause before an inverted cue; a noun phrase for the two firms, without its article, canonical null")
    Q(a, "Selon une source proche du dossier, [la transaction avoisine 58 millions d'euros et valorise l'entreprise autour de 83 millions d'euros].",
      "indirect", "[Selon] une source", ("une [source proche du dossier],", None, None),
      note="'Selon' with an unnamed source: the noun phrase without its article, canonical and label null")
    Q(a, f"{O}[Nous avons reçu plusieurs offres, dont certaines plus élevées. Mérande est le seul à nous avoir garanti que les machines resteraient dans la vallée]{C}",
      "direct", "a expliqué", (BP, BP, PER), gender="male",
      note="two sentences in one pair of marks; the name in apposition to 'le président de l'entreprise', after the cue")
    Q(a, f"{O}[entièrement financé]{C}", "direct", "a assuré", ("[Elle] a assuré", CP, PER), gender="female",
      note="'Elle a assuré que le plan ... serait « entièrement financé » par le nouvel actionnaire': a clause partly "
           "marked, one direct quote for the marked words; 'Elle' is the daughter of the sentence before")
    Q(a, f"[L'an dernier, le groupe zurichois {HV}, coté à la SIX Swiss Exchange, avait étudié le rachat de Perrollaz pour environ 75 millions d'euros, avant de renoncer faute d'accord sur l'emploi], selon",
      "indirect", "[selon] la CFDT", ("selon la [CFDT]. ", "CFDT", ORG),
      note="a sentence told before an inverted 'selon'; the union by name")
    Q(a, f"[{MC} serait par ailleurs en discussions avec un autre décolleteur de la vallée, {JP}, à Scionzier, pour le rapprocher de Perrollaz], selon",
      "indirect", f"[selon] {DL}", (DL, DL, ORG), note="a sentence told before an inverted 'selon'; the paper by name")
    Q(a, f"{O}[La vallée concentre un savoir-faire unique en Europe, mais beaucoup d'ateliers n'ont pas de successeur. Nous voulons bâtir un champion du décolletage de précision]{C}",
      "direct", "a déclaré", (SG, SG, PER), gender="female",
      note="two sentences in one pair of marks; the name after the cue, 'associée fondatrice de ...' in apposition")
    Q(a, f"{O}[vigilante]{C}", "direct", "s'est dite", ("la [CFDT], majoritaire", "CFDT", ORG),
      note="one marked word after a pronominal cue; the union speaks (an organization: no gender)")
    Q(a, f"{O}[Un fonds revend au bout de cinq ans. Nous voulons des garanties écrites sur les 310 emplois]{C}", "direct",
      "a prévenu", (MD, MD, PER), gender="male",
      note="two sentences in one pair of marks; the name in apposition to 'son délégué syndical', after the cue")
    Q(a, f"{O}[une bonne nouvelle pour toute la vallée]{C}", "direct", "a salué", (AM, AM, PER), gender="male",
      note="marked words right after 'a salué'; the name in apposition to 'Le maire de Cluses'")
    V(a, "acquisition", "racheter", {"target": PD, "buyer": f"lyonnais [{MC}] va", "seller": ("opt", "famille [Perrollaz] conservera"),
                                     "stake": f"70{NB}%", "amount": "58 millions d'euros", "date": "mercredi",
                                     "status": "announced"},
      note="'va racheter 70 % de ...', the signature expected at the end of April: announced; the amount from the "
           "source's clause of the next sentence but one; the family an optional seller; the headline's 'rachète' the "
           "same fact")
    V(a, "valuation", "valorise", {"company": PD, "amount": "83 millions d'euros"},
      note="the value the deal implies ('et valorise l'entreprise autour de 83 millions d'euros'): a valuation event")
    V(a, "result", "chiffre d'affaires", {"company": PD, "metric": "revenue", "amount": "64,5 millions d'euros",
                                          "change": f"7,2{NB}%", "period": "2037"},
      note="'Elle a réalisé en 2037 un chiffre d'affaires de ..., en hausse de 7,2 %': 'Elle' is the firm")
    V(a, "result", "excédent brut d'exploitation", {"company": PD, "metric": "ebitda", "amount": "9,8 millions d'euros",
                                                    "period": ("opt", "2037")},
      note="'pour un excédent brut d'exploitation de 9,8 millions d'euros': the same sentence, the year written once")
    V(a, "role", "le [président] de l'entreprise", {"person": BP, "title": "président", "organization": ("opt", PD)},
      note="'le président de l'entreprise, X': 'l'entreprise' is Perrollaz Décolletage")
    V(a, "role", "président du conseil de surveillance", {"person": BP, "title": "président du conseil de surveillance",
                                                          "organization": ("opt", PD)},
      note="'Il deviendra président du conseil de surveillance': his next post")
    V(a, "role", "directrice industrielle", {"person": CP, "title": "directrice industrielle", "organization": ("opt", PD)},
      note="'X, jusqu'ici directrice industrielle': the post held until now, the firm of the paragraph")
    V(a, "role", "directrice générale", {"person": CP, "title": "directrice générale", "organization": ("opt", PD)},
      note="'sera nommée directrice générale le 1er juillet': the new post")
    V(a, "acquisition", "rachat", {"target": "rachat de [Perrollaz] pour", "buyer": HV, "amount": "75 millions d'euros",
                                   "date": "an dernier", "status": "planned"},
      note="'avait étudié le rachat de Perrollaz ..., avant de renoncer': an interest then dropped, planned")
    V(a, "acquisition", "en discussions", {"target": JP, "buyer": f"[{MC}] serait", "status": "planned"},
      note="'Mérande Capital serait par ailleurs en discussions avec ... Jacquier Précision ...', reported by a paper: planned")
    V(a, "role", "associée fondatrice", {"person": SG, "title": "associée fondatrice",
                                         "organization": f"fondatrice de [{MC}]. Le"},
      note="'X, associée fondatrice de Mérande Capital'")
    V(a, "role", "délégué syndical", {"person": MD, "title": "délégué syndical",
                                      "organization": ("opt", "la [CFDT], majoritaire")},
      note="'son délégué syndical, X': 'son' is the CFDT of the sentence before")
    V(a, "role", "maire", {"person": AM, "title": "maire"},
      note="'Le maire de Cluses, X': title 'maire', no organization (the town is a place)")


def define_s3(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    T = ND + " "                  # an interview turn
    VF, NS, WE, FE, LE, PW = ("Valfer", "Narmada Steel", "Wallonie Entreprendre", "Ferrolys", "Les Engagés",
                              "Parlement de Wallonie")
    HDL, OL, AMe, FR, SK, DC = ("Hélène Dubois-Lambert", "Olivier Lemaire", "Anil Mehra", "Fabrice Renard",
                                "Serge Kinet", "Didier Collignon")
    MIN = f"ministre wallonne de l{AP}Économie et de l{AP}Emploi"
    # ------------------------------------------------------------ S3: an interview of the new Walloon economy minister on an ailing Liège steelworks owned by an Indian group: its loss, its takeover recalled, a planned stake by the regional investment fund, the fund's investment in a start-up, the steelworks' CEO, the owner, a union, the opposition, the predecessor (Belgian daily, print edition online)
    a = B.article("S3-entretien-ministre-wallonne-acier", "2038-05-22", (
        f"{O}Je ne signerai pas de chèque en blanc à {VF}{C}\n"
        f"Nommée début mai ministre wallonne de l{AP}Économie, {HDL} ({LE}) veut conditionner toute aide publique au "
        "sidérurgiste liégeois. Entretien.\n"
        f"Par {OL} | Édition du samedi 22 mai 2038\n\n"
        f"Le sidérurgiste {VF}, qui emploie 1 450 personnes à Seraing et à Tilleur, a annoncé le 12 mai la mise à "
        f"l{AP}arrêt pour nonante jours de son laminoir à froid, qui assure 35{NN}% de ses ventes. L{AP}entreprise a perdu "
        f"48 millions d{AP}euros l{AP}an dernier. Rachetée en 2031 par le groupe indien {NS}, elle demande une aide "
        f"publique. La nouvelle {MIN}, {HDL}, nous a reçus dans son cabinet à Namur.\n\n"
        f"{T}{VF} réclame 90 millions d{AP}euros. Allez-vous payer{NN}?\n"
        f"{T}Pas sans contreparties. Je ne signerai pas de chèque en blanc à {VF}. J{AP}ai demandé à {WE} "
        f"d{AP}étudier une prise de participation de 25{NN}% dans l{AP}entreprise, pour environ 60 millions d{AP}euros, "
        "avec un siège au conseil.\n"
        f"{T}{NS} n{AP}a-t-il pas déjà beaucoup reçu{NN}?\n"
        f"{T}Le groupe avait promis 140 millions d{AP}investissements en 2031 et en a réalisé à peine la moitié. Je veux "
        "des engagements écrits.\n"
        f"{T}Votre prédécesseur avait promis un plan acier. Qu{AP}en reste-t-il{NN}?\n"
        f"{T}Un chantier à terminer. Nous le présenterons avant la fin de l{AP}année. {WE} vient d{AP}ailleurs "
        f"d{AP}investir 20 millions d{AP}euros dans {FE}, une jeune pousse liégeoise qui recycle l{AP}acier.\n"
        f"{T}Resterez-vous ministre jusqu{AP}en 2039{NN}?\n"
        f"{T}Je suis là pour cinq ans. Les Liégeois jugeront sur pièces.\n\n"
        f"{O}Nous ne demandons pas l{AP}aumône, mais un partenaire pour investir 95 millions d{AP}euros dans un four "
        f"électrique{C}, a réagi vendredi le directeur général de {VF}, {AMe}. Interrogé, {NS} a indiqué "
        f"qu{AP}il n{AP}excluait pas de céder le site si aucun accord n{AP}était trouvé d{AP}ici à l{AP}automne.\n\n"
        f"Selon la FGTB, 300 intérimaires ont déjà été remerciés depuis mars. {O}On a déjà donné{C}, a lâché son "
        f"secrétaire régional, {FR}. Dans l{AP}opposition, le chef de groupe PS au {PW}, {SK}, a dénoncé une "
        f"ministre {O}qui découvre le dossier{C}. Son prédécesseur, {DC}, devenu bourgmestre de Huy, a assuré sur la "
        f"RTBF que le plan acier était {O}prêt à 80{NN}%{C}."))
    for s, l, c, o in [(VF, ORG, None, False), (HDL, PER, None, False), (LE, ORG, None, False), (OL, PER, None, False),
                       ("Seraing", LOC, None, False), ("Tilleur", LOC, None, False), (NS, ORG, None, False),
                       ("Namur", LOC, None, False), (WE, ORG, None, False), (FE, ORG, None, False),
                       (AMe, PER, None, False), ("FGTB", ORG, None, False), (FR, PER, None, False),
                       ("PS", ORG, None, False), (PW, ORG, None, False), (SK, PER, None, False), (DC, PER, None, False),
                       ("Huy", LOC, None, False), ("RTBF", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Interview in a Belgian daily copied as plain text: *new*: a headline made only of the interviewee's "
                      "words between guillemets, the speaker named in the standfirst line under it ('Nommée début mai "
                      "ministre wallonne de l’Économie, Hélène Dubois-Lambert (Les Engagés) veut ... Entretien.'), *new*: "
                      "a byline line with the print edition's day after a vertical bar ('Par Olivier Lemaire | Édition du "
                      "samedi 22 mai 2038'), no dateline; a context paragraph naming the minister, the interview in turns "
                      "opened by em dashes (U+2014, '— '), then a reactions paragraph. The reference date is the edition's "
                      "day (Saturday 22 May 2038). Every apostrophe is the typographic one (U+2019: 'l’Économie', 'l’arrêt', "
                      "'L’entreprise', 'd’euros', 'l’an dernier', 'J’ai', 'd’étudier', 'l’entreprise', 'n’a-t-il', "
                      "'d’investissements', 'Qu’en', 'l’année', 'd’ailleurs', 'd’investir', 'l’acier', 'jusqu’en', "
                      "'l’aumône', 'qu’il', 'n’excluait', 'n’était', 'd’ici', 'l’automne', 'l’opposition'); narrow "
                      "no-break spaces (U+202F) before '%' and '?' and inside the guillemets; an ordinary space in the "
                      "count '1 450 personnes'; *new*: the Belgian number word 'nonante' (ninety) in a duration.")
    a["notes"].append("Entities: the coined Liège steelworks 'Valfer' (headline, lead, a question, an answer, 'directeur "
                      "général de Valfer': five mentions), its coined Indian owner 'Narmada Steel' (lead, a question, "
                      "'Interrogé, Narmada Steel': three mentions), the regional investment fund 'Wallonie Entreprendre' "
                      "(twice, inside answers; one ORG, no separate 'Wallonie'), the coined start-up 'Ferrolys' (inside an "
                      "answer), the parties 'Les Engagés' (in brackets after the minister's name; the article inside the "
                      "name) and 'PS', the union 'FGTB', the 'Parlement de Wallonie' (one ORG) and the broadcaster 'RTBF' "
                      "are ORG; 'Seraing', 'Tilleur', 'Namur' and 'Huy' are LOC; the minister (standfirst and lead), the "
                      "journalist, the steelworks' CEO, the union's regional secretary, the opposition group leader and "
                      "the predecessor are PER (all invented). Not names: 'Économie', 'Emploi' inside the minister's "
                      "title, 'Entretien', 'Édition', 'L’entreprise', 'Le groupe', 'le site', 'le conseil', 'Les "
                      "Liégeois' (a demonym), 'le plan acier'; 'liégeois', 'liégeoise', 'indien', 'wallonne' are "
                      "adjectives.")
    a["notes"].append("Quotes (11 required: 9 direct, 2 indirect; 4 optional): *new*: the headline's words between "
                      "guillemets, with no name on the line, are one required direct quote, cue null, speaker the minister "
                      "named in the standfirst under it (the nearest mention), gender female, as the headline quote after "
                      "a name and a colon of the nineteenth set; the same words come back inside the first answer, which "
                      "is a quote of its own. The interview's turns after em dashes follow the dialogue-dash convention of "
                      "the fifth, sixteenth, nineteenth and thirty-first sets: each answer is one required direct quote "
                      "from the first word after the dash and its space to the end of the line (final punctuation kept, "
                      "several sentences one quote), cue null, speaker the minister named in the sentence introducing the "
                      "interview ('La nouvelle ministre ..., X, nous a reçus'), gender female; the questions are optional "
                      "direct quotes, cue null, speaker the interviewer named in the byline (male from the given name), as "
                      "in the nineteenth set. The steelworks' CEO ('« ... », a réagi vendredi le directeur général de "
                      "Valfer, X'); the owner by name ('Interrogé, Narmada Steel a indiqué qu’<clause>': span after the "
                      "elided 'qu’', an organization, no gender); the union ('Selon la FGTB, <clause>'); its regional "
                      "secretary ('« ... », a lâché son secrétaire régional, X'); the opposition group leader's marked "
                      "words after a noun-phrase object ('a dénoncé une ministre « qui découvre le dossier »': one direct "
                      "quote for the marked words, as 'a salué une nomination « ... »' in the thirty-fourth set); the "
                      "predecessor's clause partly marked ('a assuré sur la RTBF que le plan acier était « prêt à 80 % »': "
                      "one direct quote, a percentage inside it). Not quotes: 'a annoncé le 12 mai la mise à l’arrêt ...' "
                      "(a noun-phrase object), 'elle demande une aide publique' and 'Valfer réclame 90 millions d’euros' (a "
                      "claim with a noun-phrase object, the latter inside a question), 'nous a reçus', 'Le groupe avait "
                      "promis ...' (inside an answer, part of it), 'Votre prédécesseur avait promis un plan acier' (inside "
                      "a question).")
    a["notes"].append("Events: the steelworks' loss ('L’entreprise a perdu 48 millions d’euros l’an dernier': metric loss, "
                      "company Valfer of the sentence before, period 'an dernier'); its takeover recalled ('Rachetée en "
                      "2031 par le groupe indien Narmada Steel, elle ...': a participle opening the sentence, done, date "
                      "2031); the minister's role ('La nouvelle ministre wallonne de l’Économie et de l’Emploi, X': title "
                      "with its adjective, without 'nouvelle', as 'ancien' and 'sortant' in the earlier sets, no "
                      "organization; the standfirst's 'Nommée début mai ministre wallonne de l’Économie' the same fact); "
                      "inside the answers: *new*: a stake the minister has asked the regional fund to study ('J’ai "
                      "demandé à Wallonie Entreprendre d’étudier une prise de participation de 25 % dans l’entreprise, "
                      "pour environ 60 millions d’euros'): one planned acquisition, trigger 'prise de participation', "
                      "target Valfer ('l’entreprise', named in the sentence before), buyer the fund, stake and amount, "
                      "no date; the fund's investment in a start-up ('Wallonie Entreprendre vient d’ailleurs d’investir 20 "
                      "millions d’euros dans Ferrolys': one funding event, as the contract's 'Ardent Capital investit 40 "
                      "millions d'euros dans Orvia', company Ferrolys, investor the fund, no date). Roles: 'le directeur "
                      "général de Valfer, X' (organization required), 'son secrétaire régional, X' ('son' is the FGTB: "
                      "organization optional), 'le chef de groupe PS au Parlement de Wallonie, X' (person only, as the "
                      "group leaders of the fifteenth and nineteenth sets), 'X, devenu bourgmestre de Huy' (*new*: the "
                      "Belgian mayor's title 'bourgmestre', no organization, as 'maire'). Optional: 'Son prédécesseur, X' "
                      "(the minister's former post told without a title, as 'Il succède à X' in the thirty-third and "
                      "thirty-fourth sets). Not events: the aid requested (90 million), the stop of the mill, the "
                      "investments promised in 2031, the steel plan, the furnace investment the CEO seeks (a plan), the "
                      "owner's possible sale of the site (no buyer, a condition), the temporary workers let go, the "
                      "headline.")
    a["notes"].append("Money: the loss '48 millions d’euros', the aid requested '90 millions d’euros' (inside a question), "
                      "the stake's price '60 millions d’euros' ('environ' outside), the bare '140 millions' of the promised "
                      "investments after amounts in euros (EUR, span number and scale word, as in the thirty-second set), "
                      "the start-up investment '20 millions d’euros', the furnace '95 millions d’euros'. '1 450 personnes', "
                      "'300 intérimaires' and 'un siège' are counts. Percentages: the mill's share of sales '35 %', the "
                      "stake '25 %' (inside an answer), the predecessor's '80 %' inside marked words.")
    a["notes"].append("Dates: the standfirst's 'début mai' (past: 'Nommée') 2038-05 with mod START; *new*: the byline's "
                      "'samedi 22 mai 2038' (the edition's day with its weekday, no clock time) a DATE; 'le 12 mai' (past) "
                      "2038-05-12; *new*: 'pour nonante jours' span 'nonante jours', DURATION P90D (a Belgian number "
                      "word); 'l’an dernier' 2037 (span 'an dernier'); 'Rachetée en 2031' and 'en 2031' inside an answer "
                      "the year, two items; inside the answers 'avant la fin de l’année' span 'fin de l’année', 2038 with "
                      "mod END, and 'pour cinq ans' span 'cinq ans', P5Y; 'jusqu’en 2039' (inside an optional question: the "
                      "date still required) the year; 'a réagi vendredi' (past) 2038-05-21; 'd’ici à l’automne' (inside "
                      "the owner's reported clause, future) span 'automne', 2038-FA; 'depuis mars' (past) 2038-03.")
    M(a, f"48 millions d{AP}euros", 48e6, "EUR")
    M(a, f"90 millions d{AP}euros", 90e6, "EUR")
    M(a, f"60 millions d{AP}euros", 60e6, "EUR")
    M(a, "140 millions", 140e6, "EUR")
    M(a, f"20 millions d{AP}euros", 20e6, "EUR")
    M(a, f"95 millions d{AP}euros", 95e6, "EUR")
    P(a, f"35{NN}%", 35)
    P(a, f"25{NN}%", 25)
    P(a, f"80{NN}%", 80)
    D(a, "début mai", "2038-05", mod="START", note="the standfirst: 'Nommée début mai' (past)")
    D(a, "samedi 22 mai 2038", "2038-05-22", note="*new*: the byline's 'Édition du samedi 22 mai 2038': the edition's day")
    D(a, "12 mai", "2038-05-12", note="past: 'a annoncé le 12 mai'")
    D(a, "nonante jours", "P90D", typ="DURATION", note="*new*: 'pour nonante jours': a Belgian number word")
    D(a, "an dernier", "2037", note="'L’entreprise a perdu 48 millions d’euros l’an dernier'")
    D(a, "2031", "2031", nth=0, note="'Rachetée en 2031'")
    D(a, "2031", "2031", nth=1, note="'promis 140 millions d’investissements en 2031', inside an answer")
    D(a, f"fin de l{AP}année", "2038", mod="END", note="'avant la fin de l’année', inside an answer")
    D(a, "2039", "2039", note="'jusqu’en 2039', inside an optional question")
    D(a, "cinq ans", "P5Y", typ="DURATION", note="'Je suis là pour cinq ans', inside an answer")
    D(a, "vendredi", "2038-05-21", note="past: 'a réagi vendredi', the day before the Saturday edition")
    D(a, f"l{AP}[automne]", "2038-FA", note="future: 'd’ici à l’automne', inside the owner's reported clause")
    D(a, "mars", "2038-03", note="past: 'ont déjà été remerciés depuis mars'")
    spk = (f"Emploi, [{HDL}], nous", HDL, PER)
    QS = (OL, OL, PER)
    Q(a, f"{O}[Je ne signerai pas de chèque en blanc à {VF}]{C}\n", "direct", None, (HDL, HDL, PER), gender="female",
      note="*new*: the headline made only of marked words; the speaker named in the standfirst under it ('Nommée', "
           "'ministre wallonne' show the gender)")
    Q(a, f"{T}[{VF} réclame 90 millions d{AP}euros. Allez-vous payer{NN}?]", "direct", None, QS, optional=True,
      gender="male", note="the paper's question; the interviewer named in the byline asks")
    Q(a, f"{T}[Pas sans contreparties. Je ne signerai pas de chèque en blanc à {VF}. J{AP}ai demandé à {WE} d{AP}étudier une prise de participation de 25{NN}% dans l{AP}entreprise, pour environ 60 millions d{AP}euros, avec un siège au conseil.]",
      "direct", None, spk, gender="female",
      note="an answer after a dialogue dash; the speaker named in the sentence introducing the interview")
    Q(a, f"{T}[{NS} n{AP}a-t-il pas déjà beaucoup reçu{NN}?]", "direct", None, QS, optional=True, gender="male",
      note="the paper's question; the interviewer named in the byline asks")
    Q(a, f"{T}[Le groupe avait promis 140 millions d{AP}investissements en 2031 et en a réalisé à peine la moitié. Je veux des engagements écrits.]",
      "direct", None, spk, gender="female", note="an answer after a dialogue dash")
    Q(a, f"{T}[Votre prédécesseur avait promis un plan acier. Qu{AP}en reste-t-il{NN}?]", "direct", None, QS,
      optional=True, gender="male", note="the paper's question; the interviewer named in the byline asks")
    Q(a, f"{T}[Un chantier à terminer. Nous le présenterons avant la fin de l{AP}année. {WE} vient d{AP}ailleurs d{AP}investir 20 millions d{AP}euros dans {FE}, une jeune pousse liégeoise qui recycle l{AP}acier.]",
      "direct", None, spk, gender="female", note="an answer after a dialogue dash")
    Q(a, f"{T}[Resterez-vous ministre jusqu{AP}en 2039{NN}?]", "direct", None, QS, optional=True, gender="male",
      note="the paper's question; the interviewer named in the byline asks")
    Q(a, f"{T}[Je suis là pour cinq ans. Les Liégeois jugeront sur pièces.]", "direct", None, spk, gender="female",
      note="an answer after a dialogue dash, the last turn")
    Q(a, f"{O}[Nous ne demandons pas l{AP}aumône, mais un partenaire pour investir 95 millions d{AP}euros dans un four électrique]{C}",
      "direct", "a réagi", (AMe, AMe, PER), gender="male",
      note="the name in apposition to 'le directeur général de Valfer', after the cue and 'vendredi'")
    Q(a, f"indiqué qu{AP}[il n{AP}excluait pas de céder le site si aucun accord n{AP}était trouvé d{AP}ici à l{AP}automne].",
      "indirect", "a indiqué", (f"Interrogé, [{NS}] a", NS, ORG),
      note="'Interrogé, Narmada Steel a indiqué qu’<clause>': span after the elided 'qu’'; the owner by name")
    Q(a, "Selon la FGTB, [300 intérimaires ont déjà été remerciés depuis mars].", "indirect", "[Selon] la FGTB",
      ("FGTB", "FGTB", ORG), note="'Selon <union>, <clause>': the union by name")
    Q(a, f"{O}[On a déjà donné]{C}", "direct", "a lâché", (FR, FR, PER), gender="male",
      note="the name in apposition to 'son secrétaire régional', after the cue")
    Q(a, f"{O}[qui découvre le dossier]{C}", "direct", "a dénoncé", (SK, SK, PER), gender="male",
      note="marked words after a noun-phrase object ('a dénoncé une ministre « ... »'); the name in apposition to 'le "
           "chef de groupe PS au Parlement de Wallonie', before the cue")
    Q(a, f"{O}[prêt à 80{NN}%]{C}", "direct", "a assuré", (DC, DC, PER), gender="male",
      note="'a assuré sur la RTBF que le plan acier était « prêt à 80 % »': a clause partly marked, one direct quote "
           "for the marked words; the broadcaster is the medium, not the speaker")
    V(a, "result", "perdu", {"company": f"sidérurgiste [{VF}], qui", "metric": "loss",
                             "amount": f"48 millions d{AP}euros", "period": "an dernier"},
      note="'L’entreprise a perdu 48 millions d’euros l’an dernier': Valfer, the subject of the sentence before")
    V(a, "acquisition", "Rachetée", {"target": f"sidérurgiste [{VF}], qui", "buyer": NS, "date": "2031",
                                     "status": "done"},
      note="'Rachetée en 2031 par le groupe indien Narmada Steel, elle ...': a participle opening the sentence, done")
    V(a, "role", MIN, {"person": HDL, "title": MIN},
      note="'La nouvelle ministre wallonne de l’Économie et de l’Emploi, X': title with its adjective, without "
           "'nouvelle', no organization")
    V(a, "acquisition", "prise de participation", {"target": f"à [{VF}]. J{AP}ai", "buyer": WE, "stake": f"25{NN}%",
                                                   "amount": f"60 millions d{AP}euros", "status": "planned"},
      note="*new*: inside an answer, a stake the minister has asked the regional fund to study ('d’étudier une prise "
           "de participation'): planned; 'l’entreprise' is Valfer of the sentence before")
    V(a, "funding", f"d{AP}[investir] 20", {"company": FE, "amount": f"20 millions d{AP}euros", "investors": [WE]},
      note="inside an answer: 'Wallonie Entreprendre vient d’ailleurs d’investir 20 millions d’euros dans Ferrolys'")
    V(a, "role", "directeur général", {"person": AMe, "title": "directeur général",
                                       "organization": f"général de [{VF}], {AMe}"},
      note="'le directeur général de Valfer, X'")
    V(a, "role", "secrétaire régional", {"person": FR, "title": "secrétaire régional",
                                         "organization": ("opt", "la [FGTB], 300")},
      note="'son secrétaire régional, X': 'son' is the FGTB of the sentence before")
    V(a, "role", "chef de groupe", {"person": SK},
      note="'le chef de groupe PS au Parlement de Wallonie, X': person only, as the group leaders of the earlier sets")
    V(a, "role", "bourgmestre", {"person": DC, "title": "bourgmestre"},
      note="*new*: 'X, devenu bourgmestre de Huy': the Belgian mayor's title, no organization (the town is a place)")
    V(a, "role", f"Son [prédécesseur]", {"person": DC}, optional=True,
      note="'Son prédécesseur, X': the minister's former post told without a title")


def define_t3(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = '"', '"'     # straight double quotation marks with no space inside in this article
    DX, QV, SFI, PA, AI, TV = ("Dinarix", "Qasr Ventures", "Société financière internationale", "Partech Africa",
                               "AfricInvest", "Tunisie Valeurs")
    MBS, IBA, ST, OAS, RJ, AK = ("Mehdi Ben Salah", "Ines Ben Ammar", "Sami Trabelsi", "Omar Al Suwaidi", "Ridha Jaziri",
                                 "Amine Kchaou")
    MEP = "ministre de l'Économie et de la Planification"
    # ------------------------------------------------------------ T3: a Tunis payments scale-up's series C led by a Gulf fund with two other investors, its valuation referred back, its series B, its results, a purchase done and one rumoured, the cofounders, the lead investor, the economy minister, an analyst (Tunisian business site)
    a = B.article("T3-serie-c-fintech-tunis", "2038-09-22", (
        f"Fintech : {DX} lève 70 millions de dollars et vise l'Afrique de l'Ouest\n"
        f"Par {MBS} | 22-09-2038 | 10:45\n\n"
        f"La fintech tunisoise {DX}, qui gère les paiements de plus de 40 000 commerçants, a bouclé une série C de 70 "
        "millions de dollars (environ 218 MD), a annoncé mercredi la société. Le tour de table est mené par le fonds "
        f"émirati {QV}. La {SFI} (SFI), filiale de la Banque mondiale, et le fonds "
        f"{PA} y participent également. Les fondateurs conservent 38 % du capital.\n\n"
        f"L'opération valorise {DX} à 410 millions de dollars. Cette valorisation, près de quatre fois supérieure à "
        "celle de 2035, en fait la start-up tunisienne la mieux cotée depuis InstaDeep, rachetée en 2023 par l'allemand "
        f"BioNTech. Lors de sa série B, en 2035, {DX} avait levé 22 millions de dollars auprès de {PA} et "
        "d'AfricInvest. La société a réalisé en 2037 un chiffre d'affaires de 58 millions de dinars, en hausse de 64 %, "
        "pour une perte nette de 9,5 millions de dinars.\n\n"
        f"{O}Nous avons prouvé qu'une fintech née à Tunis peut servir tout le continent. Cet argent nous permettra d'ouvrir "
        f"Dakar et Abidjan d'ici la fin de 2039{C}, a déclaré la cofondatrice et directrice générale de {DX}, {IBA}. "
        f"Selon elle, la moitié des fonds servira à recruter 250 ingénieurs, dont 180 en Tunisie. {O}Nous ne "
        f"vendrons pas, nous achèterons{C}, a-t-elle ajouté.\n\n"
        f"{DX} a finalisé en juillet le rachat de la start-up marocaine Paylik, spécialisée dans le paiement mobile, "
        "pour un montant non divulgué. Elle serait aussi en discussions pour racheter l'ivoirien Kalao Pay, selon Jeune "
        f"Afrique. Le directeur technique et cofondateur, {ST}, a précisé que la plateforme traitait 1,2 milliard "
        "de dinars de transactions par an.\n\n"
        f"{O}{DX} a la technologie et les licences pour devenir un champion régional{C}, estime {OAS}, associé "
        f"de {QV}, qui rejoint le conseil d'administration. Le {MEP}, "
        f"{RJ}, a salué {O}une excellente nouvelle pour l'écosystème tunisien{C}. Il a indiqué que la loi sur les "
        "start-up serait révisée avant la fin de l'année.\n\n"
        f"Selon {AK}, analyste chez {TV}, une introduction en Bourse à Tunis ou à Paris est "
        "envisageable d'ici trois ans."))
    for s, l, c, o in [(DX, ORG, None, False), ("Afrique de l'Ouest", LOC, None, False), (MBS, PER, None, False),
                       (QV, ORG, None, False), (SFI, ORG, None, False), ("SFI", ORG, SFI, False),
                       ("Banque mondiale", ORG, None, False), (PA, ORG, None, False), ("InstaDeep", ORG, None, False),
                       ("BioNTech", ORG, None, False), (AI, ORG, None, False), ("Tunis", LOC, None, False),
                       ("Dakar", LOC, None, False), ("Abidjan", LOC, None, False), (IBA, PER, None, False),
                       (TV, ORG, None, False), ("Tunisie", LOC, None, False), ("Paylik", ORG, None, False),
                       ("Kalao Pay", ORG, None, False), ("Jeune Afrique", ORG, None, False), (ST, PER, None, False),
                       (OAS, PER, None, False), (RJ, PER, None, False), (AK, PER, None, False),
                       ("Paris", LOC, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a Tunisian business news site copied as plain text: a headline opened by a section "
                      "word and a colon ('Fintech : Dinarix lève 70 millions de dollars et vise l'Afrique de l'Ouest'), "
                      "then *new*: a byline line with the numeric date written with hyphens and the clock time with a "
                      "colon as separate parts between vertical bars ('Par Mehdi Ben Salah | 22-09-2038 | 10:45'), no "
                      "dateline. The reference date is that day (Wednesday 22 September 2038), the day of the "
                      "announcement ('a annoncé mercredi'). Straight apostrophes; straight double quotation marks with no "
                      "space inside (as in the ninth set's I2); ordinary spaces before '%', before the headline's colon "
                      "and in the count '40 000 commerçants'.")
    a["notes"].append("Entities: the coined Tunis payments scale-up 'Dinarix' (headline, lead, 'valorise Dinarix', "
                      "'Dinarix avait levé', 'directrice générale de Dinarix', 'Dinarix a finalisé', inside the investor's "
                      "marked words: seven mentions) is ORG; the coined Emirati fund 'Qasr Ventures' (twice), the 'Société "
                      "financière internationale' and its acronym in brackets 'SFI' (canonical the full name), the "
                      "'Banque mondiale', the funds 'Partech Africa' (twice) and 'AfricInvest' (after the elided 'd''), "
                      "'InstaDeep' and 'BioNTech' (a real takeover recalled), the coined targets 'Paylik' and 'Kalao Pay', "
                      "the magazine 'Jeune Afrique' and the broker 'Tunisie Valeurs' (after 'chez'; one ORG, no separate "
                      "'Tunisie') are ORG; 'Afrique de l'Ouest' (one LOC), 'Tunis' (inside the CEO's marked words and the "
                      "analyst's clause), 'Dakar', 'Abidjan' (inside marked words), 'Tunisie' ('dont 180 en Tunisie') and "
                      "'Paris' are LOC; the journalist, the two cofounders, the fund partner, the minister and the analyst "
                      "are PER (all invented; 'Al Suwaidi' and 'Ben Ammar', 'Ben Salah' inside the spans). Not names: "
                      "'Fintech' (the headline's section word), 'MD', 'série C', 'série B', 'La société', 'Le tour de "
                      "table', 'L'opération', 'Les fondateurs', 'la plateforme', 'Bourse' alone ('une introduction en "
                      "Bourse'), 'Économie' and 'Planification' inside the minister's title; 'tunisoise', 'émirati', "
                      "'tunisienne', 'allemand', 'marocaine', 'ivoirien', 'tunisien' are adjectives or a firm by its "
                      "adjective.")
    a["notes"].append("Quotes (10 required: 4 direct, 6 indirect): the lead told as '<clause>, a annoncé mercredi la "
                      "société' (inverted; speaker 'société', canonical Dinarix, ORG, as 'a indiqué l'entreprise' in the "
                      "thirty-fourth set; the clause from 'La fintech' to the closing bracket, the relative clause and the "
                      "bracketed equivalent inside); the cofounder and CEO named in apposition after the cue ('\"...\", a "
                      "déclaré la cofondatrice et directrice générale de Dinarix, X': two sentences in one pair of marks) "
                      "then 'Selon elle, <clause>' and '\"...\", a-t-elle ajouté'; a rumour told before an inverted 'selon' "
                      "('Elle serait aussi en discussions pour racheter l'ivoirien Kalao Pay, selon Jeune Afrique': the "
                      "magazine by name); the technical cofounder named in apposition before 'a précisé que <clause>'; the "
                      "lead investor ('\"...\", estime X, associé de Qasr Ventures, qui ...'); the minister's marked words "
                      "right after 'a salué' then 'Il a indiqué que <clause>'; the analyst ('Selon X, analyste chez Tunisie "
                      "Valeurs, <clause>'). Not quotes: 'Le tour de table est mené par ...', 'L'opération valorise ...', "
                      "'qui rejoint le conseil d'administration', the headline.")
    a["notes"].append("Events: funding: the series C (headline 'lève 70 millions de dollars', lead 'a bouclé une série C "
                      "de 70 millions de dollars (environ 218 MD) ... Le tour de table est mené par le fonds émirati Qasr "
                      "Ventures. La Société financière internationale (SFI), ..., et le fonds Partech Africa y participent "
                      "également', then 'L'opération valorise Dinarix à 410 millions de dollars. Cette valorisation, ...'): "
                      "one funding event, trigger 'bouclé', round 'série C', amount the dollars (the dinar equivalent in "
                      "brackets no argument), *new*: investors over two sentences (the lead investor of one sentence and "
                      "the two of the next, 'y participent également'), the valuation of the next paragraph referred back "
                      "by 'Cette valorisation' (no separate valuation event), date 'mercredi'; the series B ('Lors de sa "
                      "série B, en 2035, Dinarix avait levé 22 millions de dollars auprès de Partech Africa et "
                      "d'AfricInvest'): a second funding event, trigger 'levé', round 'série B', two investors, date 2035 "
                      "('celle de 2035', the earlier valuation without an amount, is no event). Acquisitions: 'InstaDeep, "
                      "rachetée en 2023 par l'allemand BioNTech' (a participle in a relative clause, done, buyer named by "
                      "its adjective and name); 'Dinarix a finalisé en juillet le rachat de la start-up marocaine Paylik' "
                      "(done, date 'juillet', no amount: 'non divulgué'); 'Elle serait aussi en discussions pour racheter "
                      "l'ivoirien Kalao Pay' (planned, trigger 'en discussions', buyer Dinarix through 'Elle'). Results of "
                      "2037 through 'La société' (Dinarix): the revenue with its rise (period required) and the net loss "
                      "in the same sentence ('pour une perte nette de 9,5 millions de dinars': metric loss, period "
                      "optional, the year written once). Roles: 'la cofondatrice et directrice générale de Dinarix, X' (two "
                      "joined titles as written, organization required), 'Le directeur technique et cofondateur, X' "
                      "(organization optional: the company of the article), 'X, associé de Qasr Ventures', 'Le ministre de "
                      "l'Économie et de la Planification, X' (no organization), 'X, analyste chez Tunisie Valeurs'. Not "
                      "events: 'filiale de la Banque mondiale' (a standing relation, no deal), the founders' 38 %, the "
                      "board seat ('qui rejoint le conseil d'administration', no title), the hiring plan, the offices to "
                      "open, the payment volume, the law, the possible listing, the headline.")
    a["notes"].append("Money: the headline's and the lead's '70 millions de dollars' (USD, two items); *new*: the Tunisian "
                      "abbreviation 'MD' (millions de dinars) in '218 MD' (TND; 'environ' outside); the valuation '410 "
                      "millions de dollars'; the series B '22 millions de dollars'; dinars are TND: the revenue '58 "
                      "millions de dinars', the loss '9,5 millions de dinars', the payment volume '1,2 milliard de dinars' "
                      "('par an' outside). '40 000 commerçants', '250 ingénieurs', '180' are counts. Percentages: the "
                      "founders' stake '38 %', the revenue rise '64 %'.")
    a["notes"].append("Dates: *new*: the byline's '22-09-2038' a DATE (2038-09-22) and '10:45' a TIME of the same day "
                      "(2038-09-22T10:45), two items as the separate date and update time of the thirty-third set; "
                      "'mercredi' the publication day; 'celle de 2035' and 'en 2035' the year, two items; 'en 2023' and "
                      "'en 2037' the years; 'd'ici la fin de 2039' (inside the CEO's marked words) span 'fin de 2039', 2039 "
                      "with mod END; 'en juillet' (past: 'a finalisé') 2038-07; 'avant la fin de l'année' (inside the "
                      "minister's reported clause) span 'fin de l'année', 2038 with mod END; 'd'ici trois ans' (inside the "
                      "analyst's clause) span 'trois ans', DURATION P3Y, as in the thirty-third set.")
    M(a, "70 millions de dollars", 70e6, "USD", nth=0)
    M(a, "70 millions de dollars", 70e6, "USD", nth=1)
    M(a, "218 MD", 218e6, "TND")
    M(a, "410 millions de dollars", 410e6, "USD")
    M(a, "22 millions de dollars", 22e6, "USD")
    M(a, "58 millions de dinars", 58e6, "TND")
    M(a, "9,5 millions de dinars", 9.5e6, "TND")
    M(a, "1,2 milliard de dinars", 1.2e9, "TND")
    P(a, "38 %", 38)
    P(a, "64 %", 64)
    D(a, "22-09-2038", "2038-09-22", note="*new*: the byline's numeric date with hyphens")
    D(a, "10:45", "2038-09-22T10:45", typ="TIME", note="the byline's clock time, a part of its own")
    D(a, "mercredi", "2038-09-22", note="'a annoncé mercredi': the publication day")
    D(a, "2035", "2035", nth=0, note="'celle de 2035': the valuation of the series B")
    D(a, "2023", "2023", note="'rachetée en 2023'")
    D(a, "2035", "2035", nth=1, note="'Lors de sa série B, en 2035'")
    D(a, "2037", "2037", note="'La société a réalisé en 2037 un chiffre d'affaires'")
    D(a, "fin de 2039", "2039", mod="END", note="'d'ici la fin de 2039', inside the CEO's marked words")
    D(a, "juillet", "2038-07", note="past: 'a finalisé en juillet le rachat'")
    D(a, "fin de l'année", "2038", mod="END", note="'avant la fin de l'année', inside the minister's reported clause")
    D(a, "trois ans", "P3Y", typ="DURATION", note="'d'ici trois ans', inside the analyst's clause")
    Q(a, f"[La fintech tunisoise {DX}, qui gère les paiements de plus de 40 000 commerçants, a bouclé une série C de 70 millions de dollars (environ 218 MD)], a annoncé",
      "indirect", "a annoncé", ("mercredi la [société].", DX, ORG),
      note="an unmarked clause before an inverted cue; the company through a noun phrase (without its article)")
    Q(a, f"{O}[Nous avons prouvé qu'une fintech née à Tunis peut servir tout le continent. Cet argent nous permettra d'ouvrir Dakar et Abidjan d'ici la fin de 2039]{C}",
      "direct", "a déclaré", (IBA, IBA, PER), gender="female",
      note="two sentences in one pair of straight marks; the name in apposition to 'la cofondatrice et directrice "
           "générale de Dinarix', after the cue")
    Q(a, "Selon elle, [la moitié des fonds servira à recruter 250 ingénieurs, dont 180 en Tunisie].", "indirect",
      "[Selon] elle", ("Selon [elle]", IBA, PER), gender="female", note="a pronoun after 'Selon': the CEO")
    Q(a, f"{O}[Nous ne vendrons pas, nous achèterons]{C}", "direct", "a-t-elle ajouté", ("a-t-[elle] ajouté", IBA, PER),
      gender="female", note="a pronoun in an inverted cue: the CEO")
    Q(a, "[Elle serait aussi en discussions pour racheter l'ivoirien Kalao Pay], selon", "indirect",
      "[selon] Jeune", ("Jeune Afrique", "Jeune Afrique", ORG),
      note="a sentence told before an inverted 'selon'; the magazine by name")
    Q(a, "précisé que [la plateforme traitait 1,2 milliard de dinars de transactions par an].", "indirect", "a précisé",
      (ST, ST, PER), gender="male",
      note="'Le directeur technique et cofondateur, X, a précisé que <clause>': the name in apposition before the cue")
    Q(a, f"{O}[{DX} a la technologie et les licences pour devenir un champion régional]{C}", "direct", "estime",
      (OAS, OAS, PER), gender="male", note="the name after the cue, 'associé de Qasr Ventures' in apposition")
    Q(a, f"{O}[une excellente nouvelle pour l'écosystème tunisien]{C}", "direct", "a salué", (RJ, RJ, PER),
      gender="male", note="marked words right after 'a salué'; the name in apposition to 'Le ministre de ...'")
    Q(a, "indiqué que [la loi sur les start-up serait révisée avant la fin de l'année].", "indirect", "a indiqué",
      ("[Il] a indiqué", RJ, PER), gender="male", note="'Il' is the minister of the sentence before")
    Q(a, f"Selon {AK}, analyste chez {TV}, [une introduction en Bourse à Tunis ou à Paris est envisageable d'ici trois ans].",
      "indirect", f"[Selon] {AK}", (AK, AK, PER), gender="male",
      note="'Selon X, analyste chez ..., <clause>': the clause after the apposition")
    V(a, "funding", "bouclé", {"company": f"tunisoise [{DX}], qui", "amount": "70 millions de dollars",
                               "round": "série C", "investors": [QV, SFI, PA], "valuation": "410 millions de dollars",
                               "date": "mercredi"},
      note="the headline's 'lève' the same round; *new*: investors over two sentences ('mené par', 'y participent "
           "également'); the valuation of the next paragraph, referred back by 'Cette valorisation'")
    V(a, "acquisition", "rachetée", {"target": "InstaDeep", "buyer": "BioNTech", "date": "2023", "status": "done"},
      note="'InstaDeep, rachetée en 2023 par l'allemand BioNTech': a participle in a relative clause, done")
    V(a, "funding", "levé", {"company": f"[{DX}] avait levé", "amount": "22 millions de dollars", "round": "série B",
                             "investors": [f"auprès de [{PA}] et", AI], "date": "2035"},
      note="the earlier round: 'Lors de sa série B, en 2035, Dinarix avait levé ... auprès de X et d'Y'")
    V(a, "result", "chiffre d'affaires", {"company": f"[{DX}] avait levé", "metric": "revenue",
                                          "amount": "58 millions de dinars", "change": "64 %", "period": "2037"},
      note="'La société a réalisé en 2037 un chiffre d'affaires de ..., en hausse de 64 %': 'La société' is Dinarix")
    V(a, "result", "perte nette", {"company": f"[{DX}] avait levé", "metric": "loss",
                                   "amount": "9,5 millions de dinars", "period": ("opt", "2037")},
      note="'pour une perte nette de 9,5 millions de dinars': the same sentence, the year written once")
    V(a, "role", "cofondatrice et directrice générale", {"person": IBA, "title": "cofondatrice et directrice générale",
                                                         "organization": f"générale de [{DX}], {IBA}"},
      note="'la cofondatrice et directrice générale de Dinarix, X': two joined titles, as written")
    V(a, "acquisition", "rachat", {"target": "Paylik", "buyer": f"[{DX}] a finalisé", "date": "juillet",
                                   "status": "done"},
      note="'Dinarix a finalisé en juillet le rachat de la start-up marocaine Paylik ..., pour un montant non divulgué'")
    V(a, "acquisition", "en discussions", {"target": "Kalao Pay", "buyer": f"[{DX}] a finalisé", "status": "planned"},
      note="'Elle serait aussi en discussions pour racheter l'ivoirien Kalao Pay', reported by a magazine: planned; "
           "'Elle' is Dinarix of the sentence before")
    V(a, "role", "directeur technique et cofondateur", {"person": ST, "title": "directeur technique et cofondateur",
                                                        "organization": ("opt", f"[{DX}] a finalisé")},
      note="'Le directeur technique et cofondateur, X': the company of the article")
    V(a, "role", "associé", {"person": OAS, "title": "associé", "organization": f"de [{QV}], qui"},
      note="'X, associé de Qasr Ventures'")
    V(a, "role", MEP, {"person": RJ, "title": MEP},
      note="'Le ministre de l'Économie et de la Planification, X': no organization")
    V(a, "role", "analyste", {"person": AK, "title": "analyste", "organization": TV},
      note="'X, analyste chez Tunisie Valeurs'")
