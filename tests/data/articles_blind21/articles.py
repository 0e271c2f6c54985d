"""The three articles of the twenty-first blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind21`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before %, before 'point', inside the guillemets and in '1 000 euros' in C2)
NN = "\u202f"    # narrow no-break space (before %, inside the guillemets and in '9 200 salariés' in B2)
AP = "\u2019"    # typographic apostrophe (every apostrophe of B2 and D2)


def define(B):
    define_b2(B)
    define_c2(B)
    define_d2(B)


def define_b2(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    AR, VT, AT, ML, HV, TCL = ("Ardelis", "Vantorre", "Artoris", "Marc Lambotte", "Hilde Vervoort", "Thomas Claes")
    EB, ABC, KBC = "Euronext Bruxelles", "Autorité belge de la concurrence", "KBC Securities"
    PCA = f"présidente du conseil d{AP}administration"
    # ------------------------------------------------------------ B2: two listed Belgian paint makers plan a merger by share exchange (Belgian business daily, web)
    a = B.article("B2-fusion-peintures-namur-courtrai", "2035-10-09", (
        f"{AR} et {VT} fusionnent pour créer un champion belge des peintures industrielles\n"
        "Par Sophie Verlinden\n"
        "Publié le 09/10/2035 à 10:20\n\n"
        f"Le namurois {AR} et le courtraisien {VT}, tous deux cotés sur {EB}, vont fusionner pour former {AT}, "
        f"un groupe de 2,4 milliards d{AP}euros de chiffre d{AP}affaires et de 9{NN}200 "
        "salariés, ont annoncé lundi les deux sociétés dans un communiqué commun.\n\n"
        f"Il s{AP}agira d{AP}une fusion par absorption de {VT} par {AR}, qui sera rebaptisé {AT} : "
        f"les actionnaires de {VT} recevront 1,35 action nouvelle pour chaque titre apporté. Après "
        f"l{AP}opération, les actionnaires d{AP}{AR} détiendront 56{NN}% du nouveau groupe et ceux de {VT} 44{NN}%. "
        f"La parité valorise {VT} à 1,1 milliard d{AP}euros, soit une prime de 18{NN}% sur son cours de clôture de "
        f"vendredi. La famille Desmet, premier actionnaire de {VT}, détiendra 14,5{NN}% d{AP}{AT}.\n\n"
        f"Le CEO d{AP}{AR}, {ML}, deviendra CEO d{AP}{AT}, tandis que la CEO de {VT}, {HV}, en sera la {PCA}. "
        f"{O}Ensemble, nous aurons la taille pour rivaliser avec les géants allemands du "
        f"secteur{C}, a déclaré {ML} lors d{AP}une conférence de presse à Bruxelles. Il a assuré qu{AP}aucune usine "
        f"ne serait fermée. {O}Nos deux maisons se connaissent depuis trente ans. Ce mariage était une "
        f"évidence{C}, a souligné {HV}. Elle a ajouté que le siège d{AP}{AT} serait à Namur et la "
        "recherche à Courtrai.\n\n"
        f"Le rapprochement doit encore obtenir le feu vert de l{AP}{ABC} et de la Commission européenne, puis "
        "celui des actionnaires des deux groupes, qui se prononceront en assemblée générale extraordinaire en "
        "janvier. La FSMA doit aussi approuver le prospectus. La finalisation est attendue au deuxième trimestre "
        f"2036. Les deux groupes promettent 85 millions d{AP}euros de synergies annuelles à l{AP}horizon 2038.\n\n"
        f"{VT} a dégagé l{AP}an dernier un bénéfice net de 61 millions d{AP}euros, en baisse de 9{NN}%. Selon "
        f"{TCL}, analyste chez {KBC}, la parité est généreuse pour les actionnaires de {VT}, mais les synergies "
        f"annoncées restent prudentes. La FGTB a dénoncé {O}un mariage de raison dont les ouvriers "
        f"paieront la facture{C}. À l{AP}ouverture mardi, l{AP}action {VT} bondissait de 15,2{NN}% et celle "
        f"d{AP}{AR} cédait 3,1{NN}%."))
    for s, l, c, o in [(AR, ORG, None, False), (VT, ORG, None, False), ("Sophie Verlinden", PER, None, False),
                       (EB, ORG, None, False), (AT, ORG, None, False), ("famille [Desmet]", PER, None, True),
                       (ML, PER, None, False), (HV, PER, None, False), ("Bruxelles", LOC, None, False),
                       ("Namur", LOC, None, False), ("Courtrai", LOC, None, False), (ABC, ORG, None, False),
                       ("Commission européenne", ORG, None, False), ("FSMA", ORG, None, False),
                       (TCL, PER, None, False), (KBC, ORG, None, False), ("FGTB", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a Belgian business daily copied as plain text: a headline with no section word "
                      "('Ardelis et Vantorre fusionnent pour créer ...'), a byline ('Par Sophie Verlinden') and a "
                      "numeric publication line, day first, with a 24-hour clock ('Publié le 09/10/2035 à 10:20', as "
                      "'10/03/2033 à 08:10' in the sixteenth set), no dateline. The reference date is that day "
                      "(Tuesday 9 October 2035), the day after the announcement ('ont annoncé lundi'). Every "
                      "apostrophe is the typographic one (U+2019: 'd’euros', 'd’Ardelis', 'qu’aucune', "
                      "'conseil d’administration'); narrow no-break spaces (U+202F) before '%', inside the guillemets "
                      "and in the count '9 200 salariés'.")
    a["notes"].append("Entities: the coined paint makers 'Ardelis' (headline, body, 'd’Ardelis' three times) and "
                      "'Vantorre' (headline, body, 'l’action Vantorre'), and the coined name of the combined group "
                      "'Artoris' (five mentions: 'pour former Artoris', 'sera rebaptisé Artoris', 'd’Artoris' three "
                      "times) are ORG, three entities with three canonicals (the new name is announced, not yet the "
                      "company's: 'Artoris' keeps its own canonical). 'Euronext Bruxelles' (one ORG, no separate "
                      "'Bruxelles', as in the nineteenth set), 'Autorité belge de la concurrence' (one ORG, after "
                      "the elided article 'l’'; 'belge' inside the name), 'Commission européenne', the market "
                      "regulator 'FSMA' and the union 'FGTB' (never spelled out, keep their form) and the broker "
                      "'KBC Securities' (after 'chez') are ORG; 'Bruxelles' (the press conference), 'Namur' and "
                      "'Courtrai' (inside the chairwoman's reported clause) are LOC; *new*: the shareholder family "
                      "'La famille Desmet' is an optional PER (span 'Desmet'), as 'la famille Larrieu' in the "
                      "thirteenth set. 'namurois', 'courtraisien', 'belge' (headline), 'allemands' are adjectives; "
                      "'les deux sociétés', 'le nouveau groupe', 'Le rapprochement', 'La parité', 'les deux "
                      "groupes', 'l’action' and 'CEO' are not names.")
    a["notes"].append("Quotes: the lead told as '<clause>, ont annoncé lundi les deux sociétés dans un communiqué "
                      "commun' (inverted, indirect, the whole sentence before the comma; a noun phrase for two "
                      "companies, canonical null, as 'les deux sociétés' in the sixth set); the future CEO '« ... », "
                      "a déclaré X lors d’une conférence de presse à Bruxelles' then 'Il a assuré qu’<clause>' (the "
                      "span starts after the elided 'qu’'); the future chairwoman '« ... », a souligné X' (two "
                      "sentences in one pair of marks: one quote) then 'Elle a ajouté que <clause>' (a clause with "
                      "an elided second verb, one span); the analyst 'Selon X, analyste chez KBC Securities, "
                      "<clause>' (the clause after the apposition, its 'mais' part included); the union 'La FGTB a "
                      "dénoncé « ... »' (a marked noun phrase after the verb: direct, as 'Le RN dénonce « ... »' in "
                      "the seventeenth set). Not quotes: 'doit encore obtenir le feu vert ...', 'La FSMA doit aussi "
                      "approuver le prospectus', 'Les deux groupes promettent 85 millions d’euros de synergies' (a "
                      "promise with a noun-phrase object, a forecast), 'qui se prononceront en assemblée générale'.")
    a["notes"].append("Events: *new*: a merger by absorption between two listed companies ('vont fusionner' in the "
                      "lead, 'fusionnent' in the headline, 'Il s’agira d’une fusion par absorption de Vantorre par "
                      "Ardelis' in the body) is one acquisition, as 'le projet de fusion avec l’allemand Spedex' in "
                      "the first set: trigger the body's noun 'fusion' (the most complete mention), target the "
                      "absorbed company (Vantorre, whose shareholders receive new shares), buyer the absorbing one "
                      "(Ardelis), date 'lundi' (the announcement), status 'announced' (agreed, the competition "
                      "authorities and both general meetings still to approve, as the deals pending in the "
                      "seventeenth to twentieth sets); no amount (a share exchange: the ratio '1,35 action nouvelle "
                      "pour chaque titre' is no money); the shareholders' holdings after the deal ('56 %', '44 %', "
                      "'14,5 %') are no stakes bought. 'La parité valorise Vantorre à 1,1 milliard d’euros' is a "
                      "valuation event of the absorbed company (no funding event carries it), as 'L’opération "
                      "valorise la cible' in the seventeenth set. Roles: 'Le CEO d’Ardelis, X' and 'la CEO de "
                      "Vantorre, Y' (organization required); *new*: 'X ... deviendra CEO d’Artoris' is a second, "
                      "future role of the same person with the combined group's name as organization (required: a "
                      "new post at a newly named group, as the CFO's current and new posts in the seventh set); "
                      "'Y, en sera la présidente du conseil d’administration' (title as written, 'en' standing for "
                      "Artoris: organization optional); 'X, analyste chez KBC Securities' (organization required). "
                      "Result: Vantorre's net profit of last year with its fall ('en baisse de 9 %': change as "
                      "written, as 'recule de 3,1 %' in the thirteenth set). *New*: the combined group's pro forma "
                      "size in the lead ('un groupe de 2,4 milliards d’euros de chiffre d’affaires') is an optional "
                      "result of Artoris (an aggregate of two companies' sales for a group that does not exist yet; "
                      "reading it as money only is as defensible). Not events: the holdings after the deal, the "
                      "premium, the synergies (a forecast), the approvals, the share moves.")
    a["notes"].append("Money: the pro forma revenue '2,4 milliards d’euros', the value '1,1 milliard d’euros', the "
                      "synergies '85 millions d’euros', the net profit '61 millions d’euros'. '9 200 salariés' "
                      "(narrow no-break space) is a count; '1,35 action nouvelle' (the exchange ratio) is neither "
                      "money nor a percentage. Percentages: '56 %', '44 %' and '14,5 %' (holdings after the deal), "
                      "'18 %' (a premium), '9 %' (a fall, no sign written), '15,2 %' and '3,1 %' (share moves).")
    a["notes"].append("Dates: the publication line '09/10/2035 à 10:20' is one TIME; 'lundi' (the announcement) the "
                      "day before the Tuesday publication; 'vendredi' ('son cours de clôture de vendredi') the last "
                      "session, 2035-10-05; 'depuis trente ans' (inside the marked words) a duration, P30Y; 'en "
                      "janvier' (future: 'se prononceront') next January, 2036-01; 'au deuxième trimestre 2036' "
                      "2036-Q2 (one span with its year); 'à l’horizon 2038' the year (span '2038', as 'à l'horizon "
                      "2030' in the eighth set); 'l’an dernier' 2034 (span 'an dernier'); 'À l’ouverture mardi' the "
                      "publication day. 'annuelles' is an adjective, no date.")
    M(a, f"2,4 milliards d{AP}euros", 2.4e9, "EUR")
    M(a, f"1,1 milliard d{AP}euros", 1.1e9, "EUR")
    M(a, f"85 millions d{AP}euros", 85e6, "EUR")
    M(a, f"61 millions d{AP}euros", 61e6, "EUR")
    P(a, f"56{NN}%", 56)
    P(a, f"44{NN}%", 44)
    P(a, f"18{NN}%", 18)
    P(a, f"14,5{NN}%", 14.5)
    P(a, f"9{NN}%", 9)
    P(a, f"15,2{NN}%", 15.2)
    P(a, f"3,1{NN}%", 3.1)
    D(a, "09/10/2035 à 10:20", "2035-10-09T10:20", typ="TIME",
      note="the publication line: numeric day first, 24-hour clock")
    D(a, "lundi", "2035-10-08", note="past: 'ont annoncé lundi', the day before the Tuesday publication")
    D(a, "vendredi", "2035-10-05", note="'son cours de clôture de vendredi': the last session before the announcement")
    D(a, "trente ans", "P30Y", typ="DURATION", note="'se connaissent depuis trente ans', inside the marked words")
    D(a, "janvier", "2036-01", note="future: 'qui se prononceront ... en janvier': next January")
    D(a, "deuxième trimestre 2036", "2036-Q2", note="'La finalisation est attendue au deuxième trimestre 2036'")
    D(a, "2038", "2038", note="'à l’horizon 2038'")
    D(a, "an dernier", "2034", note="'l’an dernier'")
    D(a, "mardi", "2035-10-09", note="'À l’ouverture mardi': the publication day")
    Q(a, f"[Le namurois {AR} et le courtraisien {VT}, tous deux cotés sur {EB}, vont fusionner pour former {AT}, un groupe de 2,4 milliards d{AP}euros de chiffre d{AP}affaires et de 9{NN}200 salariés], ont annoncé",
      "indirect", "ont annoncé", ("[les deux sociétés] dans", None, None),
      note="inverted reporting clause after the whole sentence; 'les deux sociétés' is a noun phrase for the two "
           "companies, canonical null")
    Q(a, f"{O}[Ensemble, nous aurons la taille pour rivaliser avec les géants allemands du secteur]{C}", "direct",
      "a déclaré", (ML, ML, PER), gender="male",
      note="'Le CEO d’Ardelis, X' in the sentence before shows the gender; 'lors d’une conférence de presse' is the setting")
    Q(a, f"assuré qu{AP}[aucune usine ne serait fermée].", "indirect", "a assuré", ("[Il] a assuré", ML, PER),
      gender="male", note="the span starts after the elided 'qu’'; 'Il' is the future CEO of the sentence before")
    Q(a, f"{O}[Nos deux maisons se connaissent depuis trente ans. Ce mariage était une évidence]{C}", "direct",
      "a souligné", (HV, HV, PER), gender="female",
      note="two sentences inside one pair of marks: one quote; 'la CEO de Vantorre' shows the gender")
    Q(a, f"ajouté que [le siège d{AP}{AT} serait à Namur et la recherche à Courtrai].", "indirect", "a ajouté",
      ("[Elle] a ajouté", HV, PER), gender="female",
      note="'Elle' is the future chairwoman of the sentence before; the second clause with its verb elided is "
           "part of the one span")
    Q(a, f"Selon {TCL}, analyste chez {KBC}, [la parité est généreuse pour les actionnaires de {VT}, mais les synergies annoncées restent prudentes].",
      "indirect", f"[Selon] {TCL}", (TCL, TCL, PER), gender="male",
      note="'Selon X, analyste chez Y, <clause>': the clause after the apposition; the given name shows the gender")
    Q(a, f"{O}[un mariage de raison dont les ouvriers paieront la facture]{C}", "direct", "a dénoncé",
      ("FGTB", "FGTB", ORG), note="a marked noun phrase after 'a dénoncé'; the union by name")
    V(a, "acquisition", "une [fusion] par absorption", {"target": VT, "buyer": AR, "date": "lundi",
                                                        "status": "announced"},
      note="*new*: a merger by absorption: target the absorbed company, buyer the absorbing one; headline "
           "'fusionnent', lead 'vont fusionner' and 'Le rapprochement' are the same fact; approvals pending: announced; "
           "a share exchange: no amount")
    V(a, "result", f"chiffre d{AP}affaires", {"company": AT, "metric": "revenue",
                                              "amount": f"2,4 milliards d{AP}euros"}, optional=True,
      note="the combined group's pro forma sales: a group that does not exist yet; optional")
    V(a, "valuation", "valorise", {"company": VT, "amount": f"1,1 milliard d{AP}euros"},
      note="'La parité valorise Vantorre à ...': the value the exchange ratio implies; no funding event carries it")
    V(a, "role", f"Le [CEO] d{AP}{AR}", {"person": ML, "title": "CEO", "organization": AR},
      note="'Le CEO d’Ardelis, X': his current post")
    V(a, "role", "deviendra [CEO]", {"person": ML, "title": "CEO", "organization": AT},
      note="'X, deviendra CEO d’Artoris': the new post at the combined group")
    V(a, "role", f"la [CEO] de {VT}", {"person": HV, "title": "CEO", "organization": VT},
      note="'la CEO de Vantorre, Y': her current post")
    V(a, "role", PCA, {"person": HV, "title": PCA, "organization": ("opt", AT)},
      note="'Y, en sera la présidente du conseil d’administration': 'en' is Artoris")
    V(a, "role", "analyste", {"person": TCL, "title": "analyste", "organization": KBC})
    V(a, "result", "bénéfice net", {"company": VT, "metric": "net_income", "amount": f"61 millions d{AP}euros",
                                    "change": f"9{NN}%", "period": "an dernier"},
      note="'en baisse de 9 %': the change as written")


def define_c2(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    LN, YK, AG, EQ = "Lannig", "Yves Kerhervé", "Anne-Sophie Guivarc'h", "Erwan Quéméner"
    # ------------------------------------------------------------ C2: a Brest DIY retailer's annual results and its CEO's succession (French regional daily, web)
    a = B.article("C2-resultats-bricolage-brest", "2036-03-06", (
        f"Brest : {LN} renoue avec les bénéfices, son PDG passe la main\n"
        "Par Gwenaëlle Le Bihan\n"
        "Publié le 6 mars 2036 à 18h05, modifié à 20h40\n\n"
        f"L'enseigne brestoise de bricolage {LN} a publié jeudi ses comptes 2035. Son "
        f"chiffre d'affaires a progressé de 4,2{NB}%, à 1,16 milliard d'euros, et le groupe a "
        "dégagé un bénéfice net de 23,5 millions d'euros, contre une perte de 11 millions d'euros en 2034. "
        f"L'Ebitda atteint 96 millions d'euros (+12,4{NB}%) et la marge d'Ebitda gagne 0,6{NB}point, à 8,3{NB}%.\n\n"
        "Ces comptes intègrent une charge de restructuration de 14 millions d'euros, liée à la fermeture l'an "
        "dernier de six magasins déficitaires en Normandie et à la suppression de 180 postes. Selon la direction, "
        "ces magasins perdaient 8 millions d'euros par an. Le groupe proposera un dividende de "
        "0,45 euro par action, le premier depuis trois ans.\n\n"
        f"Le PDG, {YK}, 66 ans, quitte ses fonctions le 31 mars, après dix-huit ans à la tête de l'entreprise "
        f"fondée par son père à Landerneau. {O}Je pars avec le sentiment du devoir accompli. L'entreprise est "
        f"redressée et elle est entre de bonnes mains{C}, a confié le dirigeant. Il a précisé qu'il conserverait "
        f"avec sa famille 31{NB}% du capital. La présidence du conseil reviendra en juin à un "
        "administrateur indépendant.\n\n"
        f"{AG}, 47 ans, directrice financière du groupe depuis 2029 après douze ans chez Leroy Merlin, a été "
        f"nommée directrice générale de {LN} par le conseil d'administration réuni mercredi. Elle succède à {YK} "
        "et prendra ses fonctions le 1er avril.\n\n"
        f"{O}Notre priorité est de moderniser nos magasins et d'accélérer sur internet, qui pèse déjà 9{NB}% de nos "
        "ventes.\n\n"
        f"{O}Nous ouvrirons quatre magasins cette année, dont deux en Loire-Atlantique, et il n'y aura pas de "
        f"nouvelle fermeture{C}, a déclaré {AG} jeudi devant la presse. {O}Je connais chaque "
        f"magasin et chaque équipe. Ce n'est pas une révolution qui s'annonce{C}, a-t-elle ajouté.\n\n"
        f"Côté salariés, l'accueil est plus réservé. {O}On nous parle de redressement, mais il s'est fait "
        f"sur le dos des 180 collègues licenciés en Normandie{C}, a réagi {EQ}, délégué syndical central CFDT. Le "
        f"syndicat dit attendre de la nouvelle directrice générale {O}des actes, pas des promesses{C} et réclame une "
        f"prime de 1{NB}000 euros par salarié."))
    for s, l, c, o in [("Brest", LOC, None, False), (LN, ORG, None, False), ("Gwenaëlle Le Bihan", PER, None, False),
                       ("Normandie", LOC, None, False), (YK, PER, None, False), ("Landerneau", LOC, None, False),
                       (AG, PER, None, False), ("Leroy Merlin", ORG, None, False),
                       ("Loire-Atlantique", LOC, None, False), (EQ, PER, None, False), ("CFDT", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a French regional daily copied as plain text: a headline opened by the town's "
                      "name and a colon ('Brest : ...', the town LOC), a byline ('Par Gwenaëlle Le Bihan') and *new*: "
                      "a publication line with an update time on the same line ('Publié le 6 mars 2036 à 18h05, "
                      "modifié à 20h40'), no dateline. The reference date is that day (Thursday 6 March 2036), the "
                      "day of the results ('a publié jeudi'). Straight apostrophes, also inside the Breton name "
                      "'Guivarc'h'; no-break spaces (U+00A0) before '%', before 'point', inside the guillemets and in "
                      "the amount '1 000 euros'; ordinary spaces elsewhere.")
    a["notes"].append("Entities: the coined DIY retailer 'Lannig' (headline, lead, 'directrice générale de Lannig') is "
                      "ORG; 'Leroy Merlin' (after 'chez') and the union 'CFDT' (never spelled out, after 'délégué "
                      "syndical central') are ORG; the outgoing CEO 'Yves Kerhervé' (twice), *new*: 'Anne-Sophie "
                      "Guivarc'h' (a Breton surname with an apostrophe inside it: one PER, the apostrophe and the 'h' "
                      "in the span, twice), the union representative and the byline's journalist are PER; 'Brest' "
                      "(headline), 'Normandie' (twice, once inside the representative's marked words), 'Landerneau' "
                      "and 'Loire-Atlantique' (inside the marked words) are LOC. 'brestoise' is an adjective; "
                      "'Ebitda' (twice), 'L'enseigne', 'le groupe', 'la direction', 'Le groupe', 'L'entreprise', 'le "
                      "dirigeant', 'le conseil d'administration', 'Le syndicat', 'la nouvelle directrice générale' "
                      "are not names.")
    a["notes"].append("Quotes: the company through 'Selon la direction, <clause>' (speaker the noun 'direction', "
                      "canonical Lannig, as 'La direction de Cimivoire' in the eighteenth set); the outgoing CEO '« "
                      "... », a confié le dirigeant' (two sentences in one pair of marks: one quote; speaker the noun "
                      "'dirigeant', canonical Yves Kerhervé, named in the sentence before, as 'L'ancien patron' in the "
                      "nineteenth set), then 'Il a précisé qu'<clause>'; the new CEO's quote over two paragraphs, "
                      "French style (the first opened by '«' and left open, the second reopened by '«' and closed "
                      "before 'a déclaré X jeudi devant la presse'): one direct quote, the paragraph break and the "
                      "reopening mark inside the span, as in the eleventh, fifteenth, sixteenth and seventeenth sets; "
                      "then '« ... », a-t-elle ajouté' (the pronoun for her, two sentences one quote); the union "
                      "representative '« ... », a réagi X, délégué syndical central CFDT' (the name in apposition); "
                      "*new*: 'Le syndicat dit attendre de la nouvelle directrice générale « ... »' (a marked noun "
                      "phrase after 'dit' + infinitive: one direct quote for the marked words, cue 'dit', speaker the "
                      "noun 'syndicat' with the canonical of the union named in the sentence before, CFDT). Not "
                      "quotes: 'a publié jeudi ses comptes 2035' (a noun-phrase object), 'Le groupe proposera un "
                      "dividende', 'réclame une prime de 1 000 euros' (a claim with a noun-phrase object), 'quitte ses "
                      "fonctions', 'a été nommée ...'.")
    a["notes"].append("Events: results for 2035 (the year written once, in 'ses comptes 2035': the revenue's period "
                      "required, the later figures' optional, as La Poste's in the seventeenth set): the revenue "
                      "with its rise, the net profit, the Ebitda with its signed rise in brackets ('(+12,4 %)', sign "
                      "kept); the year-earlier loss in the same clause ('contre une perte de 11 millions d'euros en "
                      "2034') is an optional result (metric loss), as a year-earlier figure in the seventh set; the "
                      "margin's gain in points ('la marge d'Ebitda gagne 0,6 point, à 8,3 %') is an optional result "
                      "(metric other), as in the earlier sets. Roles: 'Le PDG, X' (organization optional: the company "
                      "of the article; the headline's 'son PDG passe la main' states the same fact); *new*: the "
                      "departure 'quitte ses fonctions le 31 mars' is no event of its own (the post it ends is the "
                      "role above; its day is a date), and 'Elle succède à X' gives no predecessor role (his post is "
                      "already an event, as 'qui lui a succédé' in the nineteenth set); 'X, directrice financière du "
                      "groupe depuis 2029' (organization optional, 'du groupe'); 'a été nommée directrice générale de "
                      "Lannig' (organization required); 'X, délégué syndical central CFDT' (title as written, the "
                      "union an optional organization, as 'délégué syndical CGT d’Aérocentre' in the fifteenth set). "
                      "Optional: 'après douze ans chez Leroy Merlin' (a former employer with no title, as in the "
                      "eleventh set). Not events: the restructuring charge (a cost, as provisions in the seventh and "
                      "twelfth sets), the store closures and job cuts, the dividend, the family's '31 %' kept, the "
                      "unnamed future chairman, the store openings, the bonus claimed.")
    a["notes"].append("Money: the revenue '1,16 milliard d'euros', the net profit '23,5 millions d'euros', the "
                      "year-earlier loss '11 millions d'euros', the Ebitda '96 millions d'euros', the restructuring "
                      "charge '14 millions d'euros', the closed stores' losses '8 millions d'euros', the dividend "
                      "'0,45 euro' (per share), the bonus claimed '1 000 euros' (no-break space). Counts ('six "
                      "magasins', '180 postes', '180 collègues', 'quatre magasins') are not money. Percentages: '4,2 "
                      "%' (a rise, no sign), '+12,4 %' (sign kept), '8,3 %' (a margin), '31 %' (a holding), '9 %' "
                      "(inside the marked words, a share of sales); '0,6 point' is points (no-break space before "
                      "'point').")
    a["notes"].append("Dates: the publication line '6 mars 2036 à 18h05' is one TIME; *new*: its update time "
                      "'modifié à 20h40' is a second TIME of the same day (span '20h40', 2036-03-06T20:40); 'jeudi' "
                      "twice (the results, the press conference) the publication day; 'comptes 2035' the year "
                      "(span '2035', as 'comptes 2033' in the seventeenth set); 'en 2034'; 'l'an dernier' 2035 (span "
                      "'an dernier'); 'par an' (a rate) optional, as in the earlier sets; 'depuis trois ans' a "
                      "duration; 'le 31 mars' (future: 'quitte ses fonctions') 2036-03-31; 'dix-huit ans' and 'douze "
                      "ans' durations; 'en juin' (future: 'reviendra') 2036-06; 'depuis 2029' the year; 'mercredi' "
                      "(the board meeting) the day before; 'le 1er avril' (future: 'prendra ses fonctions') "
                      "2036-04-01; 'cette année' (inside the marked words) 2036. The ages '66 ans' and '47 ans' are "
                      "optional, as in the earlier sets.")
    M(a, "1,16 milliard d'euros", 1.16e9, "EUR")
    M(a, "23,5 millions d'euros", 23.5e6, "EUR")
    M(a, "11 millions d'euros", 11e6, "EUR")
    M(a, "96 millions d'euros", 96e6, "EUR")
    M(a, "14 millions d'euros", 14e6, "EUR")
    M(a, "8 millions d'euros", 8e6, "EUR")
    M(a, "0,45 euro", 0.45, "EUR")
    M(a, f"1{NB}000 euros", 1000, "EUR")
    P(a, f"4,2{NB}%", 4.2)
    P(a, f"+12,4{NB}%", 12.4)
    P(a, f"0,6{NB}point", 0.6, points=True)
    P(a, f"8,3{NB}%", 8.3)
    P(a, f"31{NB}%", 31)
    P(a, f"9{NB}%", 9)
    D(a, "6 mars 2036 à 18h05", "2036-03-06T18:05", typ="TIME", note="the publication line: day and clock time")
    D(a, "20h40", "2036-03-06T20:40", typ="TIME", note="'modifié à 20h40': the update time of the same day")
    D(a, "jeudi", "2036-03-06", nth=0, note="'a publié jeudi ses comptes 2035': the publication day")
    D(a, "2035", "2035", note="'ses comptes 2035'")
    D(a, "2034", "2034", note="'contre une perte de 11 millions d'euros en 2034'")
    D(a, "an dernier", "2035", note="'la fermeture l'an dernier'")
    D(a, "par an", "P1Y", typ="SET", opt=True, note="a rate")
    D(a, "trois ans", "P3Y", typ="DURATION", note="'le premier depuis trois ans'")
    D(a, "66 ans", "P66Y", typ="DURATION", opt=True, note="an age")
    D(a, "31 mars", "2036-03-31", note="future: 'quitte ses fonctions le 31 mars'")
    D(a, "dix-huit ans", "P18Y", typ="DURATION", note="'après dix-huit ans à la tête de l'entreprise'")
    D(a, "juin", "2036-06", note="future: 'La présidence du conseil reviendra en juin'")
    D(a, "47 ans", "P47Y", typ="DURATION", opt=True, note="an age")
    D(a, "2029", "2029", note="'directrice financière du groupe depuis 2029'")
    D(a, "douze ans", "P12Y", typ="DURATION", note="'après douze ans chez Leroy Merlin'")
    D(a, "mercredi", "2036-03-05", note="past: 'le conseil d'administration réuni mercredi'")
    D(a, "1er avril", "2036-04-01", note="future: 'prendra ses fonctions le 1er avril'")
    D(a, "cette année", "2036", note="inside the marked words")
    D(a, "jeudi", "2036-03-06", nth=1, note="'a déclaré X jeudi devant la presse': the publication day")
    Q(a, "Selon la direction, [ces magasins perdaient 8 millions d'euros par an].", "indirect", "[Selon] la direction",
      ("Selon la [direction]", LN, ORG), note="'la direction' speaks for Lannig")
    Q(a, f"{O}[Je pars avec le sentiment du devoir accompli. L'entreprise est redressée et elle est entre de bonnes mains]{C}",
      "direct", "a confié", ("le [dirigeant]. Il", YK, PER), gender="male",
      note="two sentences inside one pair of marks: one quote; 'le dirigeant' is the outgoing CEO named in the "
           "sentence before; 'Le PDG' and the given name show the gender")
    Q(a, f"précisé qu'[il conserverait avec sa famille 31{NB}% du capital].", "indirect", "a précisé",
      ("[Il] a précisé", YK, PER), gender="male",
      note="the span starts after the elided 'qu''; 'Il' is the outgoing CEO")
    Q(a, f"{O}[Notre priorité est de moderniser nos magasins et d'accélérer sur internet, qui pèse déjà 9{NB}% de nos ventes.\n\n{O}Nous ouvrirons quatre magasins cette année, dont deux en Loire-Atlantique, et il n'y aura pas de nouvelle fermeture]{C}",
      "direct", "a déclaré", (AG, AG, PER), gender="female",
      note="one quote over two paragraphs (the second reopened with '«'); 'nommée directrice générale' shows the gender")
    Q(a, f"{O}[Je connais chaque magasin et chaque équipe. Ce n'est pas une révolution qui s'annonce]{C}", "direct",
      "a-t-elle ajouté", ("a-t-[elle] ajouté", AG, PER), gender="female",
      note="'elle' is the new CEO of the sentence before; two sentences in one pair of marks: one quote")
    Q(a, f"{O}[On nous parle de redressement, mais il s'est fait sur le dos des 180 collègues licenciés en Normandie]{C}",
      "direct", "a réagi", (EQ, EQ, PER), gender="male",
      note="the name after the cue, in apposition to 'délégué syndical central CFDT', which shows the gender")
    Q(a, f"{O}[des actes, pas des promesses]{C}", "direct", "syndicat [dit] attendre", ("Le [syndicat] dit", "CFDT", ORG),
      note="'Le syndicat dit attendre ... « ... »': one direct quote for the marked noun phrase; 'Le syndicat' is the "
           "CFDT named in the sentence before")
    V(a, "result", "chiffre d'affaires", {"company": LN, "metric": "revenue", "amount": "1,16 milliard d'euros",
                                          "change": f"4,2{NB}%", "period": "2035"},
      note="'Son chiffre d'affaires', 'Son' being Lannig of the sentence before; the year from 'ses comptes 2035'")
    V(a, "result", "bénéfice net", {"company": LN, "metric": "net_income", "amount": "23,5 millions d'euros",
                                    "period": ("opt", "2035")}, note="the year written once for the paragraph")
    V(a, "result", "perte", {"company": LN, "metric": "loss", "amount": "11 millions d'euros", "period": "2034"},
      optional=True, note="a year-earlier figure in the same clause ('contre une perte de ... en 2034')")
    V(a, "result", "L'[Ebitda] atteint", {"company": LN, "metric": "ebitda", "amount": "96 millions d'euros",
                                          "change": f"+12,4{NB}%", "period": ("opt", "2035")},
      note="the signed change in brackets; the year written once for the paragraph")
    V(a, "result", "marge d'Ebitda", {"company": LN, "metric": "other", "change": f"0,6{NB}point",
                                      "period": ("opt", "2035")}, optional=True,
      note="a margin's gain in points (a rate, no amount): optional, as in the earlier sets")
    V(a, "role", "Le [PDG], Yves", {"person": YK, "title": "PDG", "organization": ("opt", LN)},
      note="'Le PDG, X': the company of the article; the headline's 'son PDG' and 'quitte ses fonctions' are the "
           "same post")
    V(a, "role", "directrice financière", {"person": AG, "title": "directrice financière",
                                           "organization": ("opt", LN)},
      note="'X, directrice financière du groupe depuis 2029': 'du groupe' is Lannig")
    V(a, "role", "Leroy Merlin", {"person": AG, "organization": "Leroy Merlin"}, optional=True,
      note="'après douze ans chez Leroy Merlin': a former employer with no title")
    V(a, "role", "[directrice générale] de Lannig", {"person": AG, "title": "directrice générale",
                                                     "organization": LN},
      note="'X ... a été nommée directrice générale de Lannig': the new post")
    V(a, "role", "délégué syndical central", {"person": EQ, "title": "délégué syndical central",
                                              "organization": ("opt", "CFDT")},
      note="'X, délégué syndical central CFDT': the union optional, as in the earlier sets")


def define_d2(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "« ", " »"     # guillemets with ordinary spaces inside in this article
    RT, TM, SM, TW, LV = "Routelia", "Théo Marchetti", "Sandrine Morel", "Tourwerk", "Léa Vasseur"
    # ------------------------------------------------------------ D2: an interview of a logistics start-up's founder, questions on lines of their own (French national news site, web)
    a = B.article("D2-entretien-fondateur-logistique", "2035-11-15", (
        f"Logistique : {RT} prépare le rachat d{AP}un concurrent allemand\n"
        "Propos recueillis par Clémence Arnaud\n"
        "Publié le 15 novembre 2035 à 06h30\n\n"
        f"Fondée en 2029 à Lille, {RT} édite un logiciel qui optimise les tournées des transporteurs routiers grâce "
        f"à l{AP}intelligence artificielle. La jeune pousse a levé 60 millions d{AP}euros en série B en mars "
        f"dernier auprès d{AP}Eurazeo et de Bpifrance. {O}Théo a bâti la meilleure équipe de la logistique "
        f"numérique en Europe{C}, estime {SM}, associée chez Eurazeo. Le cofondateur et PDG de {RT}, {TM}, 34 "
        "ans, a répondu à nos questions.\n\n"
        f"Votre chiffre d{AP}affaires progresse vite. Êtes-vous enfin rentables ?\n\n"
        f"Nous le serons dès cette année. Nous avons réalisé l{AP}an dernier 38 millions d{AP}euros de chiffre "
        f"d{AP}affaires, en hausse de 65 %, et nos clients réduisent leurs kilomètres à vide de 12 % en moyenne. "
        f"Dans le transport, c{AP}est la différence entre perdre et gagner de l{AP}argent.\n\n"
        "Allez-vous lever de nouveau ?\n\n"
        f"Pas avant 2037. Notre dernier tour de table nous a valorisés 400 millions d{AP}euros et nous a donné "
        f"deux ans de visibilité. Nous dépensons moins de 2 millions d{AP}euros par mois, et 70 % de nos coûts "
        f"sont des salaires d{AP}ingénieurs.\n\n"
        "Préparez-vous une acquisition en Allemagne ?\n\n"
        f"Oui. Nous sommes en négociations exclusives pour racheter {TW}, une start-up de Munich dont le logiciel "
        f"équipe 4 000 camions. Nous voulons signer dans six mois. Avec elle, la part de notre chiffre "
        f"d{AP}affaires réalisée hors de France passera de 20 % à 35 %.\n\n"
        "Les géants américains arrivent sur votre marché. Les craignez-vous ?\n\n"
        "Non. Nos prix sont 40 % inférieurs aux leurs et nos données restent hébergées en France, chez OVHcloud. "
        "Beaucoup de transporteurs européens refusent de confier leurs tournées à un groupe américain.\n\n"
        "Quelle est la prochaine étape ?\n\n"
        "Nous présenterons mardi prochain, au salon Solutrans de Lyon, une version pour les livreurs à vélo. Nous "
        f"recruterons aussi 120 personnes d{AP}ici à la fin de 2036, dont la moitié à Lille. Et j{AP}ai nommé en "
        f"septembre une directrice générale déléguée, {LV}, qui vient d{AP}Amazon."))
    for s, l, c, o in [(RT, ORG, None, False), ("Clémence Arnaud", PER, None, False), ("Lille", LOC, None, False),
                       ("Eurazeo", ORG, None, False), ("Bpifrance", ORG, None, False), (TM, PER, None, False),
                       ("Théo", PER, TM, False), ("Europe", LOC, None, False), (SM, PER, None, False),
                       ("Allemagne", LOC, None, False), (TW, ORG, None, False), ("Munich", LOC, None, False),
                       ("France", LOC, None, False), ("OVHcloud", ORG, None, False), ("Solutrans", MISC, None, False),
                       ("Lyon", LOC, None, False), (LV, PER, None, False), ("Amazon", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Interview on a French national news site copied as plain text: a headline opened by a section "
                      "word ('Logistique : ...'), an interview byline 'Propos recueillis par Clémence Arnaud' (PER, as "
                      "in the nineteenth set) and a publication line with the day and a clock time with 'h' and a "
                      "leading zero ('Publié le 15 novembre 2035 à 06h30'), no dateline; a short intro paragraph "
                      "naming the interviewee, then *new*: the interview laid out as on the site, each question a "
                      "paragraph of its own ending with '?' (set in bold on the site, plain in the copy), each answer "
                      "the paragraph after it, with no dash, no label and no quotation marks. The reference date is "
                      "the publication day (Thursday 15 November 2035). Every apostrophe is the typographic one "
                      "(U+2019: 'd’euros', 'l’an dernier', 'c’est', 'j’ai'); ordinary spaces before '%', inside the "
                      "guillemets and in the count '4 000 camions'.")
    a["notes"].append("Entities: the coined start-up 'Routelia' (headline, intro twice) and the coined Munich target "
                      "'Tourwerk' (inside an answer) are ORG; 'Eurazeo' (twice: 'auprès d’Eurazeo', 'associée chez "
                      "Eurazeo'), 'Bpifrance', 'OVHcloud' and 'Amazon' (inside answers) are ORG; the interviewee "
                      "'Théo Marchetti', the investor 'Sandrine Morel', the new deputy CEO 'Léa Vasseur' and the "
                      "byline's interviewer are PER; *new*: the interviewee's given name alone inside the investor's "
                      "marked words ('« Théo a bâti ... »', before his full name is written) is PER with canonical "
                      "Théo Marchetti; the trade fair 'Solutrans' (after 'au salon') is MISC (an event, as the "
                      "contract's events); 'Lille' (twice, once inside an answer), 'Europe' (inside the marked "
                      "words), 'Allemagne' (inside a question), 'Munich', 'France' (twice, inside answers) and 'Lyon' "
                      "are LOC. 'Logistique' opening the headline, 'La jeune pousse', 'série B', 'salon', 'allemand', "
                      "'américains', 'européens', 'américain' are not names.")
    a["notes"].append("Quotes: *new*: the interview's answers, written as plain paragraphs after questions set on "
                      "lines of their own, follow the dialogue-dash, 'Réponse :' and 'R :' conventions of the fifth, "
                      "sixth, eighth, eleventh, sixteenth, eighteenth and nineteenth sets: each answer is one required "
                      "direct quote from its first word to the end of its paragraph (final punctuation kept, several "
                      "sentences one quote), cue null, speaker the interviewee named in the sentence introducing the "
                      "interview ('Le cofondateur et PDG de Routelia, X, 34 ans, a répondu à nos questions'), gender "
                      "male; the questions (each paragraph ending with '?', its first word to its question mark, two "
                      "sentences one quote where the question has two) are optional direct quotes, cue null, speaker "
                      "the interviewer named in the byline ('Propos recueillis par X', gender female from the given "
                      "name), as in the nineteenth set. The lead investor in the intro '« ... », estime X, associée "
                      "chez Eurazeo' (inverted present-tense cue, the name in apposition). Not quotes: 'X a répondu à "
                      "nos questions', 'La jeune pousse a levé ...', the headline (no marks, no speaker).")
    a["notes"].append("Events: the series B told in the intro ('La jeune pousse a levé 60 millions d’euros en série B "
                      "en mars dernier auprès d’Eurazeo et de Bpifrance': company Routelia, named in the sentence "
                      "before) is one funding event with its round, two investors and date; *new*: the interviewee "
                      "refers back to it inside an answer with a possessive ('Notre dernier tour de table nous a "
                      "valorisés 400 millions d’euros'): the same round, whose valuation it gives (an argument of the "
                      "funding event, no separate valuation event and no second round), as the valuation of the "
                      "third sentence in the eighteenth set. Result: 'Nous avons réalisé l’an dernier 38 millions "
                      "d’euros de chiffre d’affaires, en hausse de 65 %' (inside an answer, 'Nous' being Routelia: "
                      "revenue with its rise, period 'an dernier'). Acquisition: 'Nous sommes en négociations "
                      "exclusives pour racheter Tourwerk' (inside an answer; the headline's 'prépare le rachat d’un "
                      "concurrent allemand' is the same fact) is 'planned' (negotiations, no agreement yet, as "
                      "'serait en discussions' in the earlier sets), trigger the verb 'racheter', buyer Routelia, no "
                      "amount; its target date 'dans six mois' ('Nous voulons signer dans six mois') is optional (a "
                      "wish, not the date of the fact). Roles: 'Le cofondateur et PDG de Routelia, X' (two titles "
                      "joined by 'et', organization required), 'X, associée chez Eurazeo' (organization required), "
                      "*new*: 'j’ai nommé en septembre une directrice générale déléguée, X' inside an answer (a new "
                      "post, the company 'j’' runs: organization optional); optional: 'qui vient d’Amazon' (a former "
                      "employer with no title). Not events: the target's fleet, the foreign share of sales ('de 20 % à "
                      "35 %', a forecast), the cash burn, the price gap, the product launch, the hiring plan.")
    a["notes"].append("Money: the round '60 millions d’euros', the revenue '38 millions d’euros', the valuation '400 "
                      "millions d’euros' and the monthly spending '2 millions d’euros' (after 'moins de', not in the "
                      "span), all inside the intro or the answers. Counts ('4 000 camions', '120 personnes') are not "
                      "money. Percentages: '65 %' (a rise, no sign), '12 %' (a cut in empty kilometres), '70 %' (a "
                      "share of costs), 'de 20 % à 35 %' (two items, a change, as 'de 25 % à 30 %' in the eighth "
                      "set), '40 %' (a price gap).")
    a["notes"].append("Dates: the publication line '15 novembre 2035 à 06h30' is one TIME; 'Fondée en 2029' the year; "
                      "'en mars dernier' (span 'mars dernier', as 'juillet dernier' in the contract) 2035-03; inside "
                      "the answers: 'dès cette année' 2035 (span 'cette année'), 'l’an dernier' 2034 (span 'an "
                      "dernier'), 'Pas avant 2037' the year, 'deux ans de visibilité' a duration, 'par mois' (a rate) "
                      "optional, *new*: 'dans six mois' (a plan, not a hypothesis) a required DATE six months after "
                      "the publication, 2036-05, span with 'dans', which makes it a point (as the optional "
                      "hypothetical 'dans deux ans' of the sixth set); 'mardi prochain' the Tuesday after the Thursday "
                      "publication, 2035-11-20 (span with 'prochain', as 'samedi prochain' in the eighth and ninth "
                      "sets); 'd’ici à la fin de 2036' 2036 with mod END (span 'fin de 2036'); 'en septembre' (past: "
                      "'j’ai nommé') 2035-09. The age '34 ans' is optional.")
    M(a, f"60 millions d{AP}euros", 60e6, "EUR")
    M(a, f"38 millions d{AP}euros", 38e6, "EUR")
    M(a, f"400 millions d{AP}euros", 400e6, "EUR")
    M(a, f"2 millions d{AP}euros", 2e6, "EUR")
    P(a, "65 %", 65)
    P(a, "12 %", 12)
    P(a, "70 %", 70)
    P(a, "20 %", 20)
    P(a, "35 %", 35)
    P(a, "40 %", 40)
    D(a, "15 novembre 2035 à 06h30", "2035-11-15T06:30", typ="TIME", note="the publication line: day and clock time")
    D(a, "2029", "2029", note="'Fondée en 2029'")
    D(a, "mars dernier", "2035-03", note="'a levé ... en mars dernier'")
    D(a, "34 ans", "P34Y", typ="DURATION", opt=True, note="an age")
    D(a, "cette année", "2035", note="'Nous le serons dès cette année', inside an answer")
    D(a, "an dernier", "2034", note="'Nous avons réalisé l’an dernier', inside an answer")
    D(a, "2037", "2037", note="'Pas avant 2037', inside an answer")
    D(a, "deux ans", "P2Y", typ="DURATION", note="'deux ans de visibilité', inside an answer")
    D(a, "par mois", "P1M", typ="SET", opt=True, note="a rate")
    D(a, "dans six mois", "2036-05", note="'Nous voulons signer dans six mois': six months after the publication")
    D(a, "mardi prochain", "2035-11-20", note="the Tuesday after the Thursday publication")
    D(a, "fin de 2036", "2036", mod="END", note="'d’ici à la fin de 2036', inside an answer")
    D(a, "septembre", "2035-09", note="past: 'j’ai nommé en septembre', inside an answer")
    spk = (f"{RT}, [{TM}], 34", TM, PER)
    QS = ("Clémence Arnaud", "Clémence Arnaud", PER)
    Q(a, f"{O}[Théo a bâti la meilleure équipe de la logistique numérique en Europe]{C}", "direct", "estime",
      (SM, SM, PER), gender="female", note="the name in apposition to 'associée chez Eurazeo', which shows the gender")
    Q(a, f"[Votre chiffre d{AP}affaires progresse vite. Êtes-vous enfin rentables ?]", "direct", None, QS,
      optional=True, gender="female",
      note="the paper's question (a paragraph of its own); the interviewer named in the byline asks")
    Q(a, f"[Nous le serons dès cette année. Nous avons réalisé l{AP}an dernier 38 millions d{AP}euros de chiffre d{AP}affaires, en hausse de 65 %, et nos clients réduisent leurs kilomètres à vide de 12 % en moyenne. Dans le transport, c{AP}est la différence entre perdre et gagner de l{AP}argent.]",
      "direct", None, spk, gender="male",
      note="an answer as a plain paragraph after the question; the speaker named in the sentence introducing the "
           "interview")
    Q(a, "[Allez-vous lever de nouveau ?]", "direct", None, QS, optional=True, gender="female",
      note="the paper's question")
    Q(a, f"[Pas avant 2037. Notre dernier tour de table nous a valorisés 400 millions d{AP}euros et nous a donné deux ans de visibilité. Nous dépensons moins de 2 millions d{AP}euros par mois, et 70 % de nos coûts sont des salaires d{AP}ingénieurs.]",
      "direct", None, spk, gender="male", note="an answer as a plain paragraph")
    Q(a, "[Préparez-vous une acquisition en Allemagne ?]", "direct", None, QS, optional=True, gender="female",
      note="the paper's question")
    Q(a, f"[Oui. Nous sommes en négociations exclusives pour racheter {TW}, une start-up de Munich dont le logiciel équipe 4 000 camions. Nous voulons signer dans six mois. Avec elle, la part de notre chiffre d{AP}affaires réalisée hors de France passera de 20 % à 35 %.]",
      "direct", None, spk, gender="male", note="an answer as a plain paragraph")
    Q(a, "[Les géants américains arrivent sur votre marché. Les craignez-vous ?]", "direct", None, QS,
      optional=True, gender="female", note="the paper's question, two sentences")
    Q(a, "[Non. Nos prix sont 40 % inférieurs aux leurs et nos données restent hébergées en France, chez OVHcloud. Beaucoup de transporteurs européens refusent de confier leurs tournées à un groupe américain.]",
      "direct", None, spk, gender="male", note="an answer as a plain paragraph")
    Q(a, "[Quelle est la prochaine étape ?]", "direct", None, QS, optional=True, gender="female",
      note="the paper's question")
    Q(a, f"[Nous présenterons mardi prochain, au salon Solutrans de Lyon, une version pour les livreurs à vélo. Nous recruterons aussi 120 personnes d{AP}ici à la fin de 2036, dont la moitié à Lille. Et j{AP}ai nommé en septembre une directrice générale déléguée, {LV}, qui vient d{AP}Amazon.]",
      "direct", None, spk, gender="male", note="an answer as a plain paragraph, the last one of the text")
    V(a, "funding", "a [levé] 60", {"company": RT, "amount": f"60 millions d{AP}euros", "round": "série B",
                                    "investors": ["Eurazeo", "Bpifrance"],
                                    "valuation": f"400 millions d{AP}euros", "date": "mars dernier"},
      note="'La jeune pousse' is Routelia of the sentence before; the valuation from an answer that refers back to "
           "the round ('Notre dernier tour de table nous a valorisés ...')")
    V(a, "role", "associée", {"person": SM, "title": "associée", "organization": "Eurazeo"},
      note="'X, associée chez Eurazeo'")
    V(a, "role", "cofondateur et PDG", {"person": TM, "title": "cofondateur et PDG", "organization": RT},
      note="'Le cofondateur et PDG de Routelia, X': two titles joined by 'et', as written")
    V(a, "result", f"[chiffre d{AP}affaires], en hausse", {"company": RT, "metric": "revenue",
                                                           "amount": f"38 millions d{AP}euros", "change": "65 %",
                                                           "period": "an dernier"},
      note="inside an answer: 'Nous' is Routelia")
    V(a, "acquisition", "racheter", {"target": TW, "buyer": RT, "date": ("opt", "dans six mois"),
                                     "status": "planned"},
      note="inside an answer: exclusive negotiations, no agreement yet: planned; the headline's 'prépare le rachat' "
           "is the same fact; the signing date is a wish")
    V(a, "role", "directrice générale déléguée", {"person": LV, "title": "directrice générale déléguée",
                                                  "organization": ("opt", RT)},
      note="inside an answer: 'j’ai nommé ... une directrice générale déléguée, X': the interviewee's company")
    V(a, "role", "Amazon", {"person": LV, "organization": "Amazon"}, optional=True,
      note="'qui vient d’Amazon': a former employer with no title")
