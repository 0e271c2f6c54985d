"""The three articles of the twentieth blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind20`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before % and inside the guillemets in Y, before '$' in Z)
NN = "\u202f"    # narrow no-break space (before % and inside the guillemets in Z)
AP = "\u2019"    # typographic apostrophe (every apostrophe of Y)


def define(B):
    define_y(B)
    define_z(B)
    define_a2(B)


def define_y(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    OP, OR, CQ, KV, KW = "Opalyne", "Orbinov", "Calanquia", "Kelvio", "Kaltwerk"
    IB, ME, KM, JLQ = "Inès Barthélemy", "Mathieu Estrade", "Karim Mesbahi", "Julien Le Quéré"
    IRDI, RSI = "IRDI Capital Investissement", "Région Sud Investissement"
    # ------------------------------------------------------------ Y: a weekly roundup of French Tech funding, three rounds and a takeover (French business site, web)
    a = B.article("Y-revue-levees-french-tech", "2035-03-16", (
        "French Tech : trois levées de fonds et un rachat\n"
        "Par Léa Marguerie\n"
        "Publié le vendredi 16 mars 2035 à 17h45\n\n"
        f"Cette semaine, trois jeunes pousses françaises ont levé au total 71 millions d{AP}euros, et une quatrième a "
        "trouvé preneur. Notre revue.\n\n"
        "Cybersécurité\n"
        f"La start-up parisienne {OP}, qui détecte les cyberattaques visant les hôpitaux, lève 24 millions d{AP}euros "
        f"en série B auprès d{AP}Elaia, qui mène le tour, et de Bpifrance. L{AP}opération, annoncée mardi, valorise la "
        f"société à 160 millions d{AP}euros, selon une source proche du dossier. Les fondateurs gardent 52{NB}% du "
        f"capital. {O}Les hôpitaux sont devenus la cible préférée des rançongiciels, et ils n{AP}ont ni les équipes ni "
        f"les budgets pour se défendre{C}, explique {IB}, cofondatrice et présidente d{AP}{OP}.\n\n"
        "Spatial\n"
        f"À Toulouse, {OR} boucle un tour de table de 9 millions d{AP}euros auprès d{AP}{IRDI} et du fonds "
        f"britannique Seraphim Space, après un premier tour de 5 millions en 2033. La jeune pousse, qui conçoit des "
        f"moteurs électriques pour nanosatellites, a signé jeudi son premier contrat avec le Cnes. Selon {ME}, qui "
        f"l{AP}a fondée en 2030, les premiers moteurs seront en orbite à l{AP}automne 2036.\n\n"
        "Biotech\n"
        f"La biotech marseillaise {CQ} annonce une levée de fonds de 38 millions d{AP}euros, menée par Sofinnova "
        f"Partners avec la participation de Kurma Partners et de {RSI}. Issue d{AP}un laboratoire de "
        f"l{AP}Inserm, elle développe un traitement contre la fibrose du foie, dont l{AP}essai de phase 2 doit démarrer "
        f"en septembre. {O}Ce financement nous mène jusqu{AP}aux premiers résultats cliniques, en 2037{C}, a déclaré "
        f"son directeur général, {KM}. Il a précisé que la société recruterait 25 chercheurs d{AP}ici à la fin de "
        f"l{AP}année.\n\n"
        "Rachat\n"
        f"Enfin, la nantaise {KV}, dont le logiciel pilote le chauffage des immeubles de bureaux, a été rachetée par le "
        f"groupe allemand {KW} pour un montant non divulgué. L{AP}opération a été annoncée lundi. {KW}, qui en "
        f"détenait déjà 15{NB}% depuis 2031, a indiqué vouloir faire de Nantes son centre européen du logiciel. "
        f"{O}Avec {KW}, nous passons de 3 à 20 pays{C}, s{AP}est félicité son cofondateur, {JLQ}, sur LinkedIn."))
    for s, l, c, o in [("French Tech", ORG, None, True), ("Léa Marguerie", PER, None, False), (OP, ORG, None, False),
                       ("Elaia", ORG, None, False), ("Bpifrance", ORG, None, False), (IB, PER, None, False),
                       ("Toulouse", LOC, None, False), (OR, ORG, None, False), (IRDI, ORG, None, False),
                       ("Seraphim Space", ORG, None, False), ("Cnes", ORG, None, False), (ME, PER, None, False),
                       (CQ, ORG, None, False), ("Sofinnova Partners", ORG, None, False),
                       ("Kurma Partners", ORG, None, False), (RSI, ORG, None, False), ("Inserm", ORG, None, False),
                       (KM, PER, None, False), (KV, ORG, None, False), (KW, ORG, None, False),
                       ("Nantes", LOC, None, False), (JLQ, PER, None, False), ("LinkedIn", ORG, None, True)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a French business site copied as plain text: *new*: a weekly roundup (a headline "
                      "opened by a section word, 'French Tech :', a byline 'Par Léa Marguerie', a publication line with "
                      "the weekday and the clock time 'Publié le vendredi 16 mars 2035 à 17h45', an intro paragraph, "
                      "then four short items, each opened by a one-word rubric line: 'Cybersécurité', 'Spatial', "
                      "'Biotech', 'Rachat'), no dateline. The reference date is the publication day (Friday 16 March "
                      "2035). Every apostrophe is the typographic one (U+2019: 'd’euros', 'L’opération', 'n’ont', "
                      "'l’Inserm', 's’est'); no-break spaces (U+00A0) before '%' and inside the guillemets.")
    a["notes"].append("Entities: the coined start-ups 'Opalyne' (twice), 'Orbinov', 'Calanquia' and 'Kelvio' and the "
                      "coined German buyer 'Kaltwerk' (three times, once inside the cofounder's marked words) are ORG; "
                      "the investors 'Elaia' (after 'auprès d’'), 'Bpifrance', 'IRDI Capital Investissement', "
                      "'Seraphim Space' (after 'le fonds britannique'), 'Sofinnova Partners', 'Kurma Partners' and "
                      "'Région Sud Investissement' (one ORG: the region's name is part of the fund's, no separate "
                      "place, as 'Anges Québec' in the sixteenth set) are ORG; the space agency 'Cnes' and the research "
                      "institute 'Inserm' (acronyms written as words, never spelled out, keep their form) are ORG; "
                      "'Toulouse' and 'Nantes' (inside the buyer's reported clause) are LOC. Optional: the headline's "
                      "section word 'French Tech' (the State's label and mission for start-ups: an ORG as a name, but "
                      "here a rubric, no entity for the section words of the earlier sets) and 'LinkedIn' in 'sur "
                      "LinkedIn' (the network as a medium: the company, ORG, or the platform, MISC as 'Azure' in the "
                      "tenth set; either reading is defensible). The rubric lines 'Cybersécurité', 'Spatial', "
                      "'Biotech', 'Rachat' are no names; 'parisienne', 'britannique', 'marseillaise', 'nantaise', "
                      "'allemand' are adjectives; 'série B', 'La jeune pousse', 'la société', 'Les fondateurs', 'la "
                      "biotech', 'Notre revue' are not names.")
    a["notes"].append("Quotes: the valuation from an unnamed source ('<clause>, selon une source proche du dossier', "
                      "the whole sentence before the comma, as in the first, tenth and twelfth sets; a noun-phrase "
                      "speaker with its article, canonical null); the Opalyne cofounder '« ... », explique X, "
                      "cofondatrice et présidente d’Opalyne' (inverted present-tense cue); *new*: 'Selon X, qui l’a "
                      "fondée en 2030, <clause>' (indirect; the relative clause after the name belongs to the cue's "
                      "side, the span starts after its comma); the Calanquia chief '« ... », a déclaré son directeur "
                      "général, X' then 'Il a précisé que <clause>'; the buyer by name 'Kaltwerk, qui en détenait "
                      "déjà 15 % depuis 2031, a indiqué vouloir <clause>' (span from the infinitive, as 'a indiqué "
                      "vouloir' in the seventeenth set); the Kelvio cofounder '« ... », s’est félicité son "
                      "cofondateur, X, sur LinkedIn' (a reflexive cue; the network is the medium, not the speaker). Not "
                      "quotes: 'Notre revue.', 'Les fondateurs gardent 52 % du capital', 'a signé jeudi son premier "
                      "contrat', the rubric lines.")
    a["notes"].append("Events: four funding rounds, one acquisition. 'Opalyne ... lève 24 millions d’euros en série B "
                      "auprès d’Elaia, qui mène le tour, et de Bpifrance' is one round with its round name, its two "
                      "investors, the valuation of the next sentence ('L’opération, annoncée mardi, valorise la société "
                      "à 160 millions d’euros': no separate valuation event) and the date of that sentence ('annoncée "
                      "mardi', as 'L'opération, annoncée mardi' in the sixteenth set); 'Orbinov boucle un tour de table "
                      "de 9 millions d’euros auprès de X et du fonds britannique Y' is a round with two investors and no "
                      "date written; *new*: the earlier round referred back to in the same sentence ('après un premier "
                      "tour de 5 millions en 2033', a noun phrase, as 'Sa précédente levée' in the tenth set) is a "
                      "second funding event of Orbinov with its amount and year; 'premier tour' says which round it was "
                      "for the company, not a series, so no 'round' is given; 'Calanquia annonce une levée de fonds de "
                      "38 millions d’euros, menée par X avec la participation de Y et de Z' is a round with three "
                      "investors (trigger the noun 'levée de fonds'; no date written). *New*: a passive takeover with "
                      "an undisclosed price ('Kelvio ... a été rachetée par le groupe allemand Kaltwerk pour un montant "
                      "non divulgué') is a done acquisition, target the subject, buyer the agent, no amount (as 'pour "
                      "un montant non communiqué' in the first and ninth sets), date the next sentence's 'L’opération a "
                      "été annoncée lundi'. *New*: the intro's total ('trois jeunes pousses françaises ont levé au "
                      "total 71 millions d’euros') is an aggregate of the three rounds: money, no event (no company). "
                      "Roles: 'X, cofondatrice et présidente d’Opalyne' (two titles joined by 'et', as written, "
                      "organization required); 'son directeur général, X' and 'son cofondateur, X' ('son' is Calanquia "
                      "and Kelvio: organization optional, as 'Son patron, X' in the fifteenth set). 'X, qui l’a fondée "
                      "en 2030' is an optional role (a founding told by a verb, no title, as 'qui dirige ... "
                      "l'entreprise' in the sixth set). Not events: the founders' stake ('52 %'), the buyer's earlier "
                      "holding ('en détenait déjà 15 %', as 'en détenait 65 %' in the sixteenth set), the contract "
                      "with the Cnes, the clinical trial, the hiring.")
    a["notes"].append("Money: the intro's total '71 millions d’euros'; '24 millions d’euros', '160 millions d’euros' "
                      "(the valuation), '9 millions d’euros', '38 millions d’euros'; the earlier round's bare '5 "
                      "millions' after the round's amount in euros is EUR (the ellipsis of 'd’euros', as '12 millions' "
                      "in the eighteenth set), span number and scale word. 'pour un montant non divulgué' is no money. "
                      "'25 chercheurs', 'de 3 à 20 pays', 'phase 2' are no money and no percentages. Percentages: '52 "
                      "%' (a stake kept), '15 %' (an earlier holding).")
    a["notes"].append("Dates: the publication line 'vendredi 16 mars 2035 à 17h45' is one TIME with its weekday; "
                      "'Cette semaine' (the demonstrative kept) the publication's ISO week, 2035-W11; the past weekdays "
                      "of the week ('annoncée mardi', 'a signé jeudi', 'a été annoncée lundi') the days before the "
                      "Friday publication; 'en 2033', 'l’a fondée en 2030', 'depuis 2031' years; 'à l’automne 2036' "
                      "(inside the founder's reported clause) 2036-FA (span 'automne 2036', as 'été 2033' in the "
                      "fifteenth set); 'doit démarrer en septembre' (future) 2035-09; 'en 2037' inside the marked "
                      "words; 'd’ici à la fin de l’année' 2035 with mod END (span 'fin de l’année', as in the "
                      "eighteenth set).")
    M(a, f"71 millions d{AP}euros", 71e6, "EUR")
    M(a, f"24 millions d{AP}euros", 24e6, "EUR")
    M(a, f"160 millions d{AP}euros", 160e6, "EUR")
    M(a, f"9 millions d{AP}euros", 9e6, "EUR")
    M(a, "5 millions", 5e6, "EUR")
    M(a, f"38 millions d{AP}euros", 38e6, "EUR")
    P(a, f"52{NB}%", 52)
    P(a, f"15{NB}%", 15)
    D(a, "vendredi 16 mars 2035 à 17h45", "2035-03-16T17:45", typ="TIME",
      note="the publication line: weekday, day and clock time")
    D(a, "Cette semaine", "2035-W11", note="the publication's week (Friday 16 March 2035 is in ISO week 11)")
    D(a, "mardi", "2035-03-13", note="past: 'L’opération, annoncée mardi'")
    D(a, "2033", "2033", note="'après un premier tour de 5 millions en 2033'")
    D(a, "jeudi", "2035-03-15", note="past: 'a signé jeudi son premier contrat'")
    D(a, "2030", "2030", note="'qui l’a fondée en 2030'")
    D(a, "automne 2036", "2036-FA", note="'à l’automne 2036', inside the founder's reported clause")
    D(a, "septembre", "2035-09", note="future: 'doit démarrer en septembre', the coming September")
    D(a, "2037", "2037", note="'en 2037', inside the marked words")
    D(a, f"fin de l{AP}année", "2035", mod="END", note="'d’ici à la fin de l’année', inside the reported clause")
    D(a, "lundi", "2035-03-12", note="past: 'L’opération a été annoncée lundi'")
    D(a, "2031", "2031", note="'en détenait déjà 15 % depuis 2031'")
    Q(a, f"[L{AP}opération, annoncée mardi, valorise la société à 160 millions d{AP}euros], selon", "indirect",
      "[selon] une source", ("selon [une source proche du dossier]", None, None),
      note="inverted 'selon' with an unnamed source: noun phrase with its article, canonical null")
    Q(a, f"{O}[Les hôpitaux sont devenus la cible préférée des rançongiciels, et ils n{AP}ont ni les équipes ni les budgets pour se défendre]{C}",
      "direct", "explique", (IB, IB, PER), gender="female", note="'cofondatrice' and the given name show the gender")
    Q(a, f"Selon {ME}, qui l{AP}a fondée en 2030, [les premiers moteurs seront en orbite à l{AP}automne 2036].",
      "indirect", f"[Selon] {ME}", (ME, ME, PER), gender="male",
      note="'Selon X, qui l’a fondée en 2030, <clause>': the span starts after the relative clause; the given name "
           "shows the gender")
    Q(a, f"{O}[Ce financement nous mène jusqu{AP}aux premiers résultats cliniques, en 2037]{C}", "direct",
      "a déclaré", (KM, KM, PER), gender="male",
      note="the name in apposition to 'son directeur général', which shows the gender")
    Q(a, f"précisé que [la société recruterait 25 chercheurs d{AP}ici à la fin de l{AP}année].", "indirect",
      "a précisé", ("[Il] a précisé", KM, PER), gender="male", note="'Il' is the chief executive of the sentence before")
    Q(a, "a indiqué [vouloir faire de Nantes son centre européen du logiciel].", "indirect", "a indiqué",
      (f"[{KW}], qui en", KW, ORG),
      note="'a indiqué vouloir': the span starts at the infinitive; the buyer by name, a relative clause between "
           "subject and verb")
    Q(a, f"{O}[Avec {KW}, nous passons de 3 à 20 pays]{C}", "direct", f"s{AP}est félicité", (JLQ, JLQ, PER),
      gender="male", note="the name in apposition to 'son cofondateur'; 'félicité' and 'cofondateur' show the gender")
    V(a, "funding", "lève", {"company": OP, "amount": f"24 millions d{AP}euros", "round": "série B",
                             "investors": ["Elaia", "Bpifrance"], "valuation": f"160 millions d{AP}euros",
                             "date": "mardi"},
      note="the valuation and the announcement day in the next sentence ('L’opération, annoncée mardi, valorise ...')")
    V(a, "funding", "boucle", {"company": OR, "amount": f"9 millions d{AP}euros",
                               "investors": [IRDI, "Seraphim Space"]},
      note="'boucle un tour de table de ...': no date written")
    V(a, "funding", "premier tour", {"company": OR, "amount": "5 millions", "date": "2033"},
      note="the earlier round referred back to by a noun phrase ('après un premier tour de 5 millions en 2033'); "
           "'premier tour' is no series name")
    V(a, "funding", "levée de fonds", {"company": CQ, "amount": f"38 millions d{AP}euros",
                                       "investors": ["Sofinnova Partners", "Kurma Partners", RSI]},
      note="'annonce une levée de fonds de ..., menée par X avec la participation de Y et de Z': no date written")
    V(a, "acquisition", "rachetée", {"target": KV, "buyer": KW, "date": "lundi", "status": "done"},
      note="passive 'a été rachetée par': the subject is the target, the agent the buyer; 'pour un montant non "
           "divulgué': no amount; the date in the next sentence ('L’opération a été annoncée lundi')")
    V(a, "role", "cofondatrice et présidente", {"person": IB, "title": "cofondatrice et présidente",
                                                "organization": OP},
      note="'X, cofondatrice et présidente d’Opalyne': two titles joined by 'et', as written")
    V(a, "role", "fondée", {"person": ME, "organization": ("opt", OR)}, optional=True,
      note="'X, qui l’a fondée en 2030': a founding told by a verb, no title")
    V(a, "role", "directeur général", {"person": KM, "title": "directeur général", "organization": ("opt", CQ)},
      note="'son directeur général, X': 'son' is Calanquia")
    V(a, "role", "cofondateur", {"person": JLQ, "title": "cofondateur", "organization": ("opt", KV)},
      note="'son cofondateur, X': 'son' is Kelvio, whose founder speaks of the buyer")


def define_z(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    BR, TC, SO, GP, OGR = "Boréalec", "Tremcor", "Stéphane Ouimet", "Geneviève Paradis", "Olivier Gauthier-Roy"
    DMC = "Desjardins Marchés des capitaux"
    # ------------------------------------------------------------ Z: quarterly results of a Quebec transformer maker listed in Toronto (Montréal business site, web)
    a = B.article("Z-resultats-transformateurs-quebec", "2035-05-10", (
        f"{BR} profite de la soif d'électricité et relève ses prévisions\n"
        "Par Jean-François Bélanger\n"
        "Publié le 10 mai 2035 à 6 h 45\n\n"
        f"Le fabricant de transformateurs {BR}, de Saint-Hyacinthe, a dévoilé mercredi des résultats trimestriels "
        "nettement supérieurs aux attentes, portés par les investissements d'Hydro-Québec et des services publics "
        f"américains. Au premier trimestre, clos le 31 mars, ses revenus ont bondi de 18,4{NN}%, à 412,6{NB}M$. Le "
        f"BAIIA ajusté a progressé de 24{NN}%, à 71,3{NB}M$, et le bénéfice net a atteint 38,9{NB}M$, ou "
        f"0,62{NB}$ par action, contre 29,4{NB}M$ au premier trimestre de 2034. Le carnet de commandes atteint un "
        f"record de 2,35{NB}G$, en hausse de 31{NN}%. {BR} a précisé dans un communiqué que la moitié des nouvelles "
        "commandes venait des États-Unis.\n\n"
        f"En février, {BR} a conclu l'acquisition de l'ontarien {TC}, qui fabrique des postes électriques à "
        f"Hamilton, pour 85{NB}M$. {O}La modernisation des réseaux nord-américains ne fait que commencer. Nos usines "
        f"tourneront à pleine capacité jusqu'en 2037{C}, a déclaré le président et chef de la direction de {BR}, "
        f"{SO}, lors d'une conférence téléphonique avec les analystes. Il a ajouté que l'intégration de {TC} "
        f"permettrait des économies de 12{NB}M$ dès 2036.\n\n"
        f"{O}Malgré cette acquisition, notre dette nette ne représente que 1,4 fois le BAIIA{C}, a souligné la chef "
        f"de la direction financière, {GP}. Selon elle, la hausse du prix du cuivre pèsera toutefois sur les "
        f"marges au deuxième trimestre. {BR} prévoit désormais une croissance de ses revenus de 14 à 16{NN}% en "
        f"2035, contre 10 à 12{NN}% auparavant. Le conseil d'administration a déclaré un dividende trimestriel de "
        f"0,18{NB}$ par action, en hausse de 12,5{NN}%, payable le 15 juin.\n\n"
        f"À la Bourse de Toronto, l'action a bondi de 9,2{NN}% mercredi, à 47,85{NB}$. {O}Le carnet de commandes "
        f"offre trois ans de visibilité, et le marché américain ne fait que s'ouvrir{C}, estime {OGR}, de {DMC}, qui "
        f"a relevé son cours cible de 52{NB}$ à 58{NB}$."))
    for s, l, c, o in [(BR, ORG, None, False), ("Jean-François Bélanger", PER, None, False),
                       ("Saint-Hyacinthe", LOC, None, False), ("Hydro-Québec", ORG, None, False),
                       ("États-Unis", LOC, None, False), (TC, ORG, None, False), ("Hamilton", LOC, None, False),
                       (SO, PER, None, False), (GP, PER, None, False), ("Bourse de Toronto", ORG, None, False),
                       (OGR, PER, None, False), (DMC, ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a Montréal business site copied as plain text: a headline line, a byline ('Par "
                      "Jean-François Bélanger') and a publication line with a Quebec clock time spaced around 'h' "
                      "('Publié le 10 mai 2035 à 6 h 45'), no dateline. The reference date is the publication day "
                      "(Thursday 10 May 2035), the day after the results ('a dévoilé mercredi'). Straight apostrophes; "
                      "narrow no-break spaces (U+202F) before '%' and inside the guillemets; *new*: no-break spaces "
                      "(U+00A0) between the number and 'M$', 'G$' or '$', Quebec typography.")
    a["notes"].append("Entities: the coined transformer maker 'Boréalec' (headline, body, six mentions in all) and its "
                      "coined Ontario target 'Tremcor' (twice) are ORG; the state utility 'Hydro-Québec' (one ORG, no "
                      "separate 'Québec'), the market 'Bourse de Toronto' (no separate 'Toronto', as in the fifteenth "
                      "set) and the broker 'Desjardins Marchés des capitaux' (one ORG, the analyst's firm) are ORG; "
                      "'Saint-Hyacinthe' ('Boréalec, de Saint-Hyacinthe'), 'États-Unis' (inside the company's reported "
                      "clause) and 'Hamilton' are LOC. 'BAIIA' (twice, once inside the CFO's marked words) is an "
                      "acronym of a measure, no name, as in the fifteenth set; 'ontarien', 'américains', "
                      "'nord-américains', 'américain' are adjectives; 'le groupe', 'Le conseil d'administration', "
                      "'l'action', 'la chef de la direction financière' are not names.")
    a["notes"].append("Quotes: the company by name through 'Boréalec a précisé dans un communiqué que <clause>' "
                      "(indirect); the CEO '« ... », a déclaré le président et chef de la direction de Boréalec, X, lors "
                      "d'une conférence téléphonique' (inverted cue, the name in apposition after two joined titles, "
                      "two sentences in one pair of marks one quote), then 'Il a ajouté que <clause>'; the CFO '« ... "
                      "», a souligné la chef de la direction financière, X' (inverted cue) then 'Selon elle, <clause>' "
                      "(the pronoun for her); the analyst '« ... », estime X, de Desjardins Marchés des capitaux, qui a "
                      "relevé ...' (inverted cue; the firm in apposition is not the speaker). *New*: 'Le conseil "
                      "d'administration a déclaré un dividende trimestriel de ...' is no quote: 'déclarer un dividende' "
                      "is the financial act, with a noun-phrase object, no words reported. Not quotes either: 'a "
                      "dévoilé mercredi des résultats trimestriels' (a noun-phrase object, as in the fifteenth set), "
                      "'Boréalec prévoit désormais une croissance ...' (a forecast), 'qui a relevé son cours cible'.")
    a["notes"].append("Events: first-quarter results of Boréalec: *new*: 'ses revenus ont bondi de 18,4 %, à 412,6 M$' "
                      "(the Quebec 'revenus' for sales: metric revenue, trigger 'revenus', period the quarter), the "
                      "adjusted Ebitda written with the Quebec acronym alone ('Le BAIIA ajusté a progressé de 24 %, à "
                      "71,3 M$', metric ebitda), the net profit ('le bénéfice net a atteint 38,9 M$'; the earnings "
                      "per share and the comparison '29,4 M$ au premier trimestre de 2034' are no arguments), the "
                      "order book ('Le carnet de commandes atteint un record de 2,35 G$, en hausse de 31 %', metric "
                      "orders); the quarter is written once for the paragraph (the later periods optional). 'En "
                      "février, Boréalec a conclu l'acquisition de l'ontarien Tremcor ... pour 85 M$' is a done "
                      "acquisition (a deal closed during the quarter) with its date. Roles: 'le président et chef de "
                      "la direction de Boréalec, X' (two titles joined by 'et', as written, organization required); "
                      "'la chef de la direction financière, X' (the Quebec title as written, organization optional: "
                      "the company of the article). The analyst named with his firm and no title ('X, de Desjardins "
                      "Marchés des capitaux') is an optional role, as 'X, de la banque Vontobel' in the eighteenth "
                      "set. Not events: the guidance ('Boréalec prévoit désormais une croissance de ses revenus de 14 "
                      "à 16 % en 2035', a forecast, and the earlier '10 à 12 %'), the synergies, the debt ratio, the "
                      "dividend, the share move, the analyst's target price.")
    a["notes"].append("Money: bare '$' after a number in a Quebec article is CAD, as in the fifteenth and sixteenth "
                      "sets, and 'M$' millions of CAD, as in the twelfth set; *new*: 'G$' (the Quebec symbol for "
                      "billions of dollars, 'milliards') is CAD, '2,35 G$' = 2.35e9. The earnings per share '0,62 $', "
                      "the dividend '0,18 $', the share price '47,85 $' and the analyst's target prices '52 $' and '58 "
                      "$' are money; so are the synergies '12 M$' (inside the CEO's reported clause). '1,4 fois' is no "
                      "money and no percentage. Percentages: '18,4 %', '24 %', '31 %' (rises, no sign written), '14 à "
                      "16 %' and '10 à 12 %' ranges (value the first number, as '5 à 7 %' in the sixteenth and "
                      "eighteenth sets), '12,5 %' (the dividend's rise), '9,2 %' (a share move).")
    a["notes"].append("Dates: the publication line '10 mai 2035 à 6 h 45' is one TIME (Quebec spacing around 'h'); "
                      "'mercredi' twice (the results, the share's rise) the day before the Thursday publication; 'Au "
                      "premier trimestre' 2035-Q1; 'clos le 31 mars' 2035-03-31; 'au premier trimestre de 2034' "
                      "2034-Q1 (the comparison quarter, one span with its year); 'En février' (past: 'a conclu') "
                      "2035-02; 'jusqu'en 2037' (inside the marked words) and 'dès 2036' (inside the reported clause) "
                      "the years; 'au deuxième trimestre' (future, inside the CFO's reported clause) 2035-Q2; 'en 2035' "
                      "the guidance year; 'payable le 15 juin' 2035-06-15; 'trois ans de visibilité' (inside the "
                      "analyst's marked words) a duration, P3Y. 'trimestriels' and 'trimestriel' are adjectives, no "
                      "dates; 'auparavant' is not annotated.")
    M(a, f"412,6{NB}M$", 412.6e6, "CAD")
    M(a, f"71,3{NB}M$", 71.3e6, "CAD")
    M(a, f"38,9{NB}M$", 38.9e6, "CAD")
    M(a, f"0,62{NB}$", 0.62, "CAD")
    M(a, f"29,4{NB}M$", 29.4e6, "CAD")
    M(a, f"2,35{NB}G$", 2.35e9, "CAD")
    M(a, f"85{NB}M$", 85e6, "CAD")
    M(a, f"12{NB}M$", 12e6, "CAD")
    M(a, f"0,18{NB}$", 0.18, "CAD")
    M(a, f"47,85{NB}$", 47.85, "CAD")
    M(a, f"52{NB}$", 52, "CAD")
    M(a, f"58{NB}$", 58, "CAD")
    P(a, f"18,4{NN}%", 18.4)
    P(a, f"24{NN}%", 24)
    P(a, f"31{NN}%", 31)
    P(a, f"14 à 16{NN}%", 14)
    P(a, f"10 à 12{NN}%", 10)
    P(a, f"12,5{NN}%", 12.5)
    P(a, f"9,2{NN}%", 9.2)
    D(a, "10 mai 2035 à 6 h 45", "2035-05-10T06:45", typ="TIME", note="the publication line: day and Quebec clock time")
    D(a, "mercredi", "2035-05-09", nth=0, note="past: 'a dévoilé mercredi', the day before the Thursday publication")
    D(a, "premier trimestre", "2035-Q1", nth=0, note="'Au premier trimestre'")
    D(a, "31 mars", "2035-03-31", note="'clos le 31 mars': the quarter's end")
    D(a, "premier trimestre de 2034", "2034-Q1", note="'contre 29,4 M$ au premier trimestre de 2034': the comparison")
    D(a, "février", "2035-02", note="past: 'En février, Boréalec a conclu l'acquisition'")
    D(a, "2037", "2037", note="'jusqu'en 2037', inside the CEO's marked words")
    D(a, "2036", "2036", note="'dès 2036', inside the CEO's reported clause")
    D(a, "deuxième trimestre", "2035-Q2", note="future: 'pèsera ... au deuxième trimestre', inside the CFO's clause")
    D(a, "en [2035]", "2035", note="'de 14 à 16 % en 2035': the guidance year")
    D(a, "15 juin", "2035-06-15", note="'payable le 15 juin': the coming June")
    D(a, "mercredi", "2035-05-09", nth=1, note="past: 'l'action a bondi de 9,2 % mercredi'")
    D(a, "trois ans", "P3Y", typ="DURATION", note="'trois ans de visibilité', inside the analyst's marked words")
    Q(a, "dans un communiqué que [la moitié des nouvelles commandes venait des États-Unis].", "indirect",
      "a précisé", (f"[{BR}] a précisé", BR, ORG), note="the company by name")
    Q(a, f"{O}[La modernisation des réseaux nord-américains ne fait que commencer. Nos usines tourneront à pleine capacité jusqu'en 2037]{C}",
      "direct", "a déclaré", (SO, SO, PER), gender="male",
      note="the name in apposition after 'le président et chef de la direction de Boréalec'; 'le président' shows the "
           "gender; two sentences in one pair of marks")
    Q(a, f"ajouté que [l'intégration de {TC} permettrait des économies de 12{NB}M$ dès 2036].", "indirect",
      "a ajouté", ("[Il] a ajouté", SO, PER), gender="male", note="'Il' is the CEO of the sentence before")
    Q(a, f"{O}[Malgré cette acquisition, notre dette nette ne représente que 1,4 fois le BAIIA]{C}", "direct",
      "a souligné", (GP, GP, PER), gender="female",
      note="the name in apposition to 'la chef de la direction financière'; 'la chef' shows the gender")
    Q(a, "Selon elle, [la hausse du prix du cuivre pèsera toutefois sur les marges au deuxième trimestre].",
      "indirect", "[Selon] elle", ("Selon [elle]", GP, PER), gender="female",
      note="'elle' is the CFO of the sentence before")
    Q(a, f"{O}[Le carnet de commandes offre trois ans de visibilité, et le marché américain ne fait que s'ouvrir]{C}",
      "direct", "estime", (OGR, OGR, PER), gender="male",
      note="'estime X, de Desjardins Marchés des capitaux': the person speaks, the firm in apposition; the given "
           "name shows the gender")
    V(a, "result", "revenus", {"company": BR, "metric": "revenue", "amount": f"412,6{NB}M$", "change": f"18,4{NN}%",
                               "period": "premier trimestre"},
      nth=0, note="'ses revenus ont bondi ...': the Quebec word for sales; Boréalec, the subject of the sentence before")
    V(a, "result", "BAIIA ajusté", {"company": BR, "metric": "ebitda", "amount": f"71,3{NB}M$", "change": f"24{NN}%",
                                    "period": ("opt", "premier trimestre")},
      note="the adjusted Ebitda by its Quebec acronym; the quarter written once for the paragraph")
    V(a, "result", "bénéfice net", {"company": BR, "metric": "net_income", "amount": f"38,9{NB}M$",
                                    "period": ("opt", "premier trimestre")},
      note="the earnings per share and the year-earlier comparison are no arguments")
    V(a, "result", "carnet de commandes", {"company": BR, "metric": "orders", "amount": f"2,35{NB}G$",
                                           "change": f"31{NN}%", "period": ("opt", "premier trimestre")},
      nth=0, note="the first 'carnet de commandes' (the analyst's is the same book referred back to)")
    V(a, "acquisition", "acquisition", {"target": TC, "buyer": BR, "amount": f"85{NB}M$", "date": "février",
                                        "status": "done"},
      nth=0, note="'a conclu l'acquisition de ...': a deal closed during the quarter")
    V(a, "role", "président et chef de la direction", {"person": SO, "title": "président et chef de la direction",
                                                       "organization": BR},
      note="'le président et chef de la direction de Boréalec, X': two titles joined by 'et', as written")
    V(a, "role", "chef de la direction financière", {"person": GP, "title": "chef de la direction financière",
                                                     "organization": ("opt", BR)},
      note="'la chef de la direction financière, X': the company of the article")
    V(a, "role", DMC, {"person": OGR, "organization": DMC}, optional=True,
      note="'X, de Desjardins Marchés des capitaux': a firm named with no title, as in the eighteenth set")


def define_a2(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    NM, LT, MR, LB, BO = "Nordmalm", "Lithiane", "Meridiam", "Laurent Besset", "Bertrand Ollivier"
    MIN = "ministre de l'Industrie et de l'Énergie"
    # ------------------------------------------------------------ A2: a Swedish state-owned miner takes a stake in a French lithium project, a fund sells (Reuters, Paris)
    a = B.article("A2-lithium-allier-participation", "2035-06-21", (
        f"PARIS, 21 juin (Reuters) - Le groupe public suédois {NM} entre au capital de {LT}, qui développe une mine "
        "de lithium dans l'Allier, a annoncé jeudi la société française dans un communiqué.\n\n"
        f"{NM} prend une participation de 30 % dans {LT} par une augmentation de capital de 540 millions d'euros "
        f"(590 millions de dollars). Dans le même temps, le fonds d'infrastructure {MR}, actionnaire depuis 2029, "
        f"cède sa participation de 40 % à Bpifrance pour 720 millions d'euros (785 millions de dollars). Les deux "
        f"opérations valorisent {LT} à 1,8 milliard d'euros (1,96 milliard de dollars), selon deux sources proches "
        "du dossier. Elles doivent encore être autorisées par la Commission européenne et par Bercy d'ici la fin de "
        "l'année.\n\n"
        f"« L'arrivée de {NM} est une bonne nouvelle pour l'autonomie européenne dans les batteries, et l'État "
        f"gardera la main », a déclaré à Reuters le {MIN}, {LB}. Il a assuré que le lithium extrait dans "
        "l'Allier serait raffiné en France.\n\n"
        "« Après des années d'argent public, on ouvre un gisement stratégique à un groupe étranger », a dénoncé la "
        "CGT dans un communiqué. Le syndicat réclame une minorité de blocage pour l'État.\n\n"
        f"Pour {NM}, détenu à 100 % par l'État suédois, le lithium de l'Allier « complète idéalement » le fer et le "
        f"cuivre que le groupe extrait en Laponie. Fondée en 2027, {LT} prévoit de produire ses premières tonnes "
        f"d'hydroxyde de lithium en 2030.\n\n"
        f"{BO} a été nommé président du conseil de surveillance de {LT}, sur proposition de Bpifrance, a "
        f"précisé l'entreprise. {NM} et {MR} n'ont pas souhaité commenter."))
    for s, l, c, o in [("PARIS", LOC, None, False), ("Reuters", ORG, None, False), (NM, ORG, None, False),
                       (LT, ORG, None, False), ("Allier", LOC, None, False), (MR, ORG, None, False),
                       ("Bpifrance", ORG, None, False), ("Commission européenne", ORG, None, False),
                       ("Bercy", ORG, None, False), (LB, PER, None, False), ("France", LOC, None, False),
                       ("CGT", ORG, None, False), ("Laponie", LOC, None, False), (BO, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Agency dispatch (PARIS, Reuters): the reference date is the dateline day (Thursday 21 June "
                      "2035), the day of the announcement ('a annoncé jeudi'). Straight apostrophes; ordinary spaces "
                      "before '%' and inside the guillemets, as in the agency sets.")
    a["notes"].append("Entities: the coined Swedish state-owned miner 'Nordmalm' (five mentions) and the coined French "
                      "lithium developer 'Lithiane' (five mentions) are ORG; the infrastructure fund 'Meridiam' (after "
                      "'le fonds d'infrastructure'), the public bank 'Bpifrance' (twice), the 'Commission européenne', "
                      "'Bercy' (the economy ministry by its seat, as in the eleventh and thirteenth sets), the union "
                      "'CGT' and the agency 'Reuters' (dateline, 'a déclaré à Reuters') are ORG; the dateline 'PARIS' "
                      "keeps its case; 'Allier' (three times: the département, once inside the minister's reported clause, once inside the buyer's clause), 'France' and 'Laponie' are LOC. "
                      "'suédois', 'française', 'européenne', 'étranger' are adjectives; 'l'État' (twice) and 'l'État "
                      "suédois' are no names, as in the earlier sets; 'la société française', 'le groupe', 'Le "
                      "syndicat', 'l'entreprise' are not names.")
    a["notes"].append("Quotes: the lead told as '<clause>, a annoncé jeudi la société française dans un communiqué' "
                      "(inverted, indirect, the clause from the first word after the dateline's dash; speaker the "
                      "noun phrase 'société française' with its adjective, canonical Lithiane: the adjective tells the "
                      "French company from the Swedish group, as 'le groupe sénégalais' in the eighteenth set); "
                      "'<clause>, selon deux sources proches du dossier' (a plural noun-phrase speaker with its "
                      "numeral, canonical null, as 'plusieurs sources syndicales' in the sixteenth set); the minister "
                      "'« ... », a déclaré à Reuters le ministre de l'Industrie et de l'Énergie, X' (the agency between "
                      "cue and speaker, the name in apposition) then 'Il a assuré que <clause>'; the union by name "
                      "'« ... », a dénoncé la CGT dans un communiqué'; the buyer by name with a partly marked clause "
                      "('Pour Nordmalm, ..., le lithium de l'Allier « complète idéalement » le fer ...': one direct "
                      "quote for the marked words, cue 'Pour', as 'Pour LFI, le gouvernement « ... »' in the "
                      "seventeenth set); *new*: an appointment told as '<clause>, sur proposition de Bpifrance, a "
                      "précisé l'entreprise' (indirect, the whole clause before the cue, speaker the noun "
                      "'entreprise', canonical Lithiane, the company the clause names). Not quotes: 'Le syndicat "
                      "réclame une minorité de blocage' (a noun-phrase object), 'Lithiane prévoit de produire ...' (a "
                      "plan), 'Elles doivent encore être autorisées ...', 'n'ont pas souhaité commenter'.")
    a["notes"].append("Events: one fact, one event: the state-owned group's entry (lead 'Nordmalm entre au capital de "
                      "Lithiane', body 'Nordmalm prend une participation de 30 % dans Lithiane par une augmentation de "
                      "capital de 540 millions d'euros') is one acquisition, trigger the body's 'prend une "
                      "participation' (the most complete mention), stake '30 %', amount the euros (the dollar "
                      "equivalent in brackets is no argument), date the lead's 'jeudi'; status announced (both deals "
                      "'doivent encore être autorisées par la Commission européenne et par Bercy', as the approvals "
                      "pending in the seventeenth and eighteenth sets). The fund's sale ('Meridiam ... cède sa "
                      "participation de 40 % à Bpifrance pour 720 millions d'euros') is a second announced "
                      "acquisition: target Lithiane (the company of the stake, named in the sentence before), seller "
                      "Meridiam, buyer Bpifrance, stake '40 %', amount; its date optional (the lead's 'jeudi' "
                      "announces the entry; 'Dans le même temps' ties the sale to it). 'Les deux opérations valorisent "
                      "Lithiane à 1,8 milliard d'euros' is a valuation event (no funding event carries it), as "
                      "'L'opération valorise la cible' in the seventeenth set. Roles: 'le ministre de l'Industrie et "
                      "de l'Énergie, X' (title as written, no organization); 'X a été nommé président du conseil de "
                      "surveillance de Lithiane' (organization required). Not events: Meridiam's holding 'actionnaire "
                      "depuis 2029', the State's 100 % of Nordmalm, the union's demand, the production plan.")
    a["notes"].append("Money: each amount in euros is followed by its equivalent in bare 'dollars' in brackets, USD "
                      "in a Paris dispatch, a second money item each time (as in the fourth and fourteenth sets): '540 "
                      "millions d'euros' / '590 millions de dollars', '720 millions d'euros' / '785 millions de "
                      "dollars', '1,8 milliard d'euros' / '1,96 milliard de dollars'. Percentages: '30 %' and '40 %' "
                      "(stakes), '100 %' (a holding). Dates: '21 juin' (dateline); 'jeudi' the dateline day; "
                      "'actionnaire depuis 2029', 'Fondée en 2027' and 'en 2030' (a plan) the years; 'd'ici la fin de "
                      "l'année' 2035 with mod END (span 'fin de l'année'). 'des années d'argent public' (inside the "
                      "union's marked words) is a vague span of time: not annotated, as 'Depuis,' in the tenth set.")
    M(a, "540 millions d'euros", 540e6, "EUR")
    M(a, "590 millions de dollars", 590e6, "USD")
    M(a, "720 millions d'euros", 720e6, "EUR")
    M(a, "785 millions de dollars", 785e6, "USD")
    M(a, "1,8 milliard d'euros", 1.8e9, "EUR")
    M(a, "1,96 milliard de dollars", 1.96e9, "USD")
    P(a, "30 %", 30)
    P(a, "40 %", 40)
    P(a, "100 %", 100)
    D(a, "21 juin", "2035-06-21", note="dateline")
    D(a, "jeudi", "2035-06-21", note="'a annoncé jeudi': the dateline day")
    D(a, "2029", "2029", note="'actionnaire depuis 2029'")
    D(a, "fin de l'année", "2035", mod="END", note="'d'ici la fin de l'année'")
    D(a, "2027", "2027", note="'Fondée en 2027'")
    D(a, "2030", "2030", note="'prévoit de produire ... en 2030'")
    Q(a, f"- [Le groupe public suédois {NM} entre au capital de {LT}, qui développe une mine de lithium dans l'Allier], a annoncé",
      "indirect", "a annoncé", ("la [société française] dans", LT, ORG),
      note="inverted reporting clause after the whole sentence; 'la société française' is Lithiane (the other "
           "company is Swedish)")
    Q(a, f"[Les deux opérations valorisent {LT} à 1,8 milliard d'euros (1,96 milliard de dollars)], selon", "indirect",
      "[selon] deux sources", ("selon [deux sources proches du dossier]", None, None),
      note="inverted 'selon' with unnamed sources: a plural noun phrase with its numeral, canonical null")
    Q(a, f"« [L'arrivée de {NM} est une bonne nouvelle pour l'autonomie européenne dans les batteries, et l'État gardera la main] »",
      "direct", "a déclaré", (LB, LB, PER), gender="male",
      note="the name in apposition to 'le ministre', which shows the gender; 'à Reuters' is the medium")
    Q(a, "assuré que [le lithium extrait dans l'Allier serait raffiné en France].", "indirect", "a assuré",
      ("[Il] a assuré", LB, PER), gender="male", note="'Il' is the minister of the sentence before")
    Q(a, "« [Après des années d'argent public, on ouvre un gisement stratégique à un groupe étranger] »", "direct",
      "a dénoncé", ("CGT", "CGT", ORG), note="the union by name; 'dans un communiqué' is the medium")
    Q(a, "« [complète idéalement] »", "direct", f"[Pour] {NM}, détenu", (f"Pour [{NM}]", NM, ORG),
      note="'Pour X, ..., <clause> « ... » ...': one direct quote for the marked words; the company speaks")
    Q(a, f"[{BO} a été nommé président du conseil de surveillance de {LT}, sur proposition de Bpifrance], a précisé",
      "indirect", "a précisé", ("l'[entreprise]. ", LT, ORG),
      note="inverted reporting clause after the whole sentence; 'l'entreprise' is Lithiane, named in the clause")
    V(a, "acquisition", "prend une participation", {"target": LT, "buyer": NM, "stake": "30 %",
                                                    "amount": "540 millions d'euros", "date": "jeudi",
                                                    "status": "announced"},
      note="the lead's 'entre au capital de' states the same fact; approvals still needed: announced")
    V(a, "acquisition", "cède", {"target": LT, "buyer": "Bpifrance", "seller": MR, "stake": "40 %",
                                 "amount": "720 millions d'euros", "date": ("opt", "jeudi"), "status": "announced"},
      note="'Meridiam ... cède sa participation de 40 % à Bpifrance': the stake is in Lithiane (the sentence before); "
           "the date only from the lead's announcement")
    V(a, "valuation", "valorisent", {"company": LT, "amount": "1,8 milliard d'euros"},
      note="'Les deux opérations valorisent Lithiane à ...': no funding event carries it")
    V(a, "role", MIN, {"person": LB, "title": MIN}, note="a minister: title as written, no organization")
    V(a, "role", "président du conseil de surveillance", {"person": BO, "title": "président du conseil de surveillance",
                                                         "organization": LT},
      note="'X a été nommé président du conseil de surveillance de Lithiane'")
