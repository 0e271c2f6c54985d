"""The three articles of the twenty-second blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind22`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before % and inside the guillemets in G2)
NN = "\u202f"    # narrow no-break space (before % and inside the guillemets in F2)
AP = "\u2019"    # typographic apostrophe (every apostrophe of F2, also the Swiss thousands separator in '1’800')


def define(B):
    define_e2(B)
    define_f2(B)
    define_g2(B)


def define_e2(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "« ", " »"     # guillemets with ordinary spaces inside in this article (agency style)
    FD, FS, HC, BT = "Ferrandis", "Ferrandis Signal", "Haldane Capital", "Bremtec"
    OC, RH, KB, BM = "Olivier Castagnède", "Rupert Hale", "Karim Benslimane", "Bertrand Moirans"
    MIN = "ministre chargé de l'Industrie"
    # ------------------------------------------------------------ E2: a French rail group sells 80 % of its signalling division to a British private-equity fund (AFP, Paris, as carried by a news site)
    a = B.article("E2-cession-signalisation-ferroviaire", "2036-04-14", (
        f"{FD} cède sa signalisation ferroviaire au fonds britannique {HC}\n"
        "Mis en ligne le 14/04/2036 à 13:05\n\n"
        f"PARIS, 14 avr 2036 (AFP) - Le groupe ferroviaire {FD} va céder 80 % de sa division de signalisation, "
        f"{FS}, au fonds de capital-investissement britannique {HC} pour 850 millions d'euros, a annoncé lundi "
        "le groupe français dans un communiqué.\n\n"
        f"L'opération valorise {FS} à 1,3 milliard d'euros en valeur d'entreprise, dette comprise. {FD} "
        "conservera 20 % du capital et deux sièges au conseil d'administration. La finalisation est attendue au "
        "troisième trimestre, après le feu vert de la Commission européenne et de Bercy. La division, qui emploie "
        "3 100 salariés, dont 1 900 en France, a réalisé en 2035 un chiffre d'affaires de 640 millions d'euros, en "
        "hausse de 6,5 %.\n\n"
        f"{O}Cette cession nous permet de nous concentrer sur le matériel roulant et de réduire notre dette de "
        f"moitié{C}, a déclaré le PDG de {FD}, {OC}, lors d'une conférence téléphonique. Il a précisé que le groupe "
        "resterait le premier client de la division.\n\n"
        f"{HC} connaît le secteur : le fonds avait racheté en 2033 le fabricant allemand de freins {BT} pour 420 "
        f"millions d'euros. {O}La signalisation numérique est un marché en pleine croissance en Europe{C}, estime "
        f"{RH}, associé chez {HC}.\n\n"
        f"Les syndicats sont inquiets. {O}On vend un fleuron à un fonds qui le revendra dans cinq ans{C}, a dénoncé "
        f"{KB}, délégué syndical CGT du site de Villeurbanne. Selon FO, la direction n'a donné aucune garantie sur "
        "l'emploi au-delà de 2038.\n\n"
        f"{O}L'État sera très attentif au maintien des centres de recherche en France{C}, a assuré sur franceinfo "
        f"le {MIN}, {BM}. Selon lui, Bercy pourra imposer des engagements au titre du contrôle des "
        "investissements étrangers."))
    for s, l, c, o in [(FS, ORG, None, False), (FD, ORG, None, False), (HC, ORG, None, False),
                       ("PARIS", LOC, None, False), ("AFP", ORG, None, False),
                       ("Commission européenne", ORG, None, False), ("Bercy", ORG, None, False),
                       ("France", LOC, None, False), (OC, PER, None, False), (BT, ORG, None, False),
                       ("Europe", LOC, None, False), (RH, PER, None, False), (KB, PER, None, False),
                       ("CGT", ORG, None, False), ("Villeurbanne", LOC, None, False), ("FO", ORG, None, False),
                       ("franceinfo", ORG, None, False), (BM, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Agency dispatch (PARIS, AFP) as carried by a news site, copied as plain text: a headline line, "
                      "*new*: a publication line worded 'Mis en ligne le 14/04/2036 à 13:05' (numeric, day first, "
                      "24-hour clock with a colon, as 'Publié le 09/10/2035 à 10:20' in the twenty-first set), then "
                      "*new*: the AFP dateline with the wire's abbreviated month without a full stop and the year "
                      "('PARIS, 14 avr 2036 (AFP) -'). The reference date is the dateline day (Monday 14 April 2036), "
                      "the day of the announcement ('a annoncé lundi'). Straight apostrophes; ordinary spaces before "
                      "'%', inside the guillemets and in the counts '3 100 salariés' and '1 900', as in the agency "
                      "sets.")
    a["notes"].append("Entities: the coined rail group 'Ferrandis' (headline, lead, 'Ferrandis conservera', 'le PDG de "
                      "Ferrandis') and its signalling division 'Ferrandis Signal' (twice) are two ORG with two "
                      "canonicals: *new*: a division whose name holds its parent's name is one ORG of its own, the "
                      "parent's name inside it no separate mention; the coined British fund 'Haldane Capital' (four "
                      "mentions) and the coined German brake maker 'Bremtec' are ORG; 'Commission européenne', 'Bercy' "
                      "(twice: the economy ministry by its seat, once inside the minister's reported clause, as in the "
                      "twentieth set), the unions 'CGT' and 'FO' (never spelled out, keep their form), the agency "
                      "'AFP' (dateline) and *new*: the public radio 'franceinfo' (lower-case brand, after 'sur', the "
                      "medium) are ORG; the dateline 'PARIS' keeps its case; 'France' (twice, once inside the "
                      "minister's marked words), 'Europe' (inside the partner's marked words) and 'Villeurbanne' are "
                      "LOC. 'britannique', 'français', 'allemand', 'étrangers' are adjectives; 'L'État' (inside the "
                      "marked words), 'le groupe français', 'La division', 'le fonds', 'Les syndicats', 'la "
                      "direction', 'le conseil d'administration' are not names.")
    a["notes"].append("Quotes: the lead told as '<clause>, a annoncé lundi le groupe français dans un communiqué' "
                      "(inverted, indirect, the clause from the first word after the dateline's dash; speaker the "
                      "noun phrase 'groupe français' with its adjective, canonical Ferrandis: the adjective tells the "
                      "seller from the British fund, as 'la société française' in the twentieth set); the seller's CEO "
                      "'« ... », a déclaré le PDG de Ferrandis, X, lors d'une conférence téléphonique' then 'Il a "
                      "précisé que <clause>'; the fund's partner '« ... », estime X, associé chez Haldane Capital'; "
                      "the union representative '« ... », a dénoncé X, délégué syndical CGT du site de Villeurbanne'; "
                      "the other union 'Selon FO, <clause>' (the union by name); the minister '« ... », a assuré sur "
                      "franceinfo le ministre chargé de l'Industrie, X' (the medium between cue and speaker, as 'a "
                      "déclaré à Reuters' in the twentieth set) then 'Selon lui, <clause>' (the pronoun for him). Not "
                      "quotes: 'Haldane Capital connaît le secteur' (the agency's own words), 'La finalisation est "
                      "attendue ...', 'Les syndicats sont inquiets'.")
    a["notes"].append("Events: one fact, one event: the sale (headline 'cède sa signalisation ferroviaire', lead 'va "
                      "céder 80 % de sa division de signalisation, Ferrandis Signal, au fonds ... Haldane Capital pour "
                      "850 millions d'euros') is one acquisition, trigger the lead's verb 'céder', target the division, "
                      "buyer the fund, seller the group, stake '80 %', amount the price, date 'lundi', status "
                      "'announced' ('va céder', closing expected in the third quarter after the approvals, as the "
                      "deals pending in the earlier sets). *New*: 'L'opération valorise Ferrandis Signal à 1,3 milliard "
                      "d'euros en valeur d'entreprise, dette comprise' is a valuation event of the division (an "
                      "enterprise value, debt included, is a valuation as an equity value is; no funding event carries "
                      "it), as 'Les deux opérations valorisent Lithiane' in the twentieth set. The division's 2035 "
                      "revenue with its rise is a result (company Ferrandis Signal through 'La division'). The fund's "
                      "earlier purchase ('le fonds avait racheté en 2033 le fabricant allemand de freins Bremtec pour "
                      "420 millions d'euros') is a done acquisition with its amount and year. Roles: 'le PDG de "
                      "Ferrandis, X', 'X, associé chez Haldane Capital' (organization required); 'X, délégué syndical "
                      "CGT du site de Villeurbanne' (title as written without the union, the union an optional "
                      "organization, as 'délégué syndical central CFDT' in the twenty-first set); 'le ministre chargé "
                      "de l'Industrie, X' (title as written, no organization). Not events: the 20 % the seller keeps "
                      "(a stake kept, as in the twentieth set) and its board seats, the approvals, the jobs, the debt "
                      "cut, the union's guarantees.")
    a["notes"].append("Money: the price '850 millions d'euros', the enterprise value '1,3 milliard d'euros', the "
                      "revenue '640 millions d'euros', the earlier price '420 millions d'euros'. Counts ('3 100 "
                      "salariés', '1 900', 'deux sièges') are not money; 'de moitié' (inside the marked words) is no "
                      "percentage. Percentages: '80 %' (the stake sold), '20 %' (the stake kept), '6,5 %' (a rise, no "
                      "sign written).")
    a["notes"].append("Dates: the publication line '14/04/2036 à 13:05' is one TIME; *new*: the dateline's '14 avr "
                      "2036' (the AFP wire's month abbreviation with no full stop, followed by the year) is one DATE, "
                      "2036-04-14; 'lundi' the dateline day; 'au troisième trimestre' (future: 'La finalisation est "
                      "attendue') 2036-Q3 (span 'troisième trimestre'); 'en 2035' and 'en 2033' the years; 'au-delà de "
                      "2038' (inside the union's reported clause) the year, span '2038' (as 'jusqu'en 2040' in the "
                      "nineteenth set; no mod). Optional: 'dans cinq ans' inside the union representative's marked "
                      "words (a hypothetical resale, span with 'dans', 2041), as the hypothetical 'dans deux ans' of "
                      "the sixth set.")
    M(a, "850 millions d'euros", 850e6, "EUR")
    M(a, "1,3 milliard d'euros", 1.3e9, "EUR")
    M(a, "640 millions d'euros", 640e6, "EUR")
    M(a, "420 millions d'euros", 420e6, "EUR")
    P(a, "80 %", 80)
    P(a, "20 %", 20)
    P(a, "6,5 %", 6.5)
    D(a, "14/04/2036 à 13:05", "2036-04-14T13:05", typ="TIME",
      note="the publication line: numeric day first, 24-hour clock")
    D(a, "14 avr 2036", "2036-04-14", note="the AFP dateline: abbreviated month with no full stop, and the year")
    D(a, "lundi", "2036-04-14", note="'a annoncé lundi': the dateline day")
    D(a, "troisième trimestre", "2036-Q3", note="future: 'La finalisation est attendue au troisième trimestre'")
    D(a, "2035", "2035", note="'a réalisé en 2035 un chiffre d'affaires'")
    D(a, "2033", "2033", note="'le fonds avait racheté en 2033'")
    D(a, "dans cinq ans", "2041", opt=True,
      note="'un fonds qui le revendra dans cinq ans', inside the marked words: a hypothetical resale")
    D(a, "2038", "2038", note="'au-delà de 2038', inside the union's reported clause")
    Q(a, f"- [Le groupe ferroviaire {FD} va céder 80 % de sa division de signalisation, {FS}, au fonds de capital-investissement britannique {HC} pour 850 millions d'euros], a annoncé",
      "indirect", "a annoncé", ("le [groupe français] dans", FD, ORG),
      note="inverted reporting clause after the whole sentence; 'le groupe français' is Ferrandis (the fund is British)")
    Q(a, f"{O}[Cette cession nous permet de nous concentrer sur le matériel roulant et de réduire notre dette de moitié]{C}",
      "direct", "a déclaré", (OC, OC, PER), gender="male",
      note="the name in apposition to 'le PDG de Ferrandis', which shows the gender")
    Q(a, "précisé que [le groupe resterait le premier client de la division].", "indirect", "a précisé",
      ("[Il] a précisé", OC, PER), gender="male", note="'Il' is the CEO of the sentence before")
    Q(a, f"{O}[La signalisation numérique est un marché en pleine croissance en Europe]{C}", "direct", "estime",
      (RH, RH, PER), gender="male", note="'associé' and the given name show the gender")
    Q(a, f"{O}[On vend un fleuron à un fonds qui le revendra dans cinq ans]{C}", "direct", "a dénoncé",
      (KB, KB, PER), gender="male", note="the name after the cue, in apposition to 'délégué syndical CGT'")
    Q(a, "Selon FO, [la direction n'a donné aucune garantie sur l'emploi au-delà de 2038].", "indirect",
      "[Selon] FO", ("FO", "FO", ORG), note="'Selon <union>, <clause>': the union by name")
    Q(a, f"{O}[L'État sera très attentif au maintien des centres de recherche en France]{C}", "direct", "a assuré",
      (BM, BM, PER), gender="male",
      note="the name in apposition to 'le ministre chargé de l'Industrie'; 'sur franceinfo' is the medium")
    Q(a, "Selon lui, [Bercy pourra imposer des engagements au titre du contrôle des investissements étrangers].",
      "indirect", "[Selon] lui", ("Selon [lui]", BM, PER), gender="male",
      note="'lui' is the minister of the sentence before")
    V(a, "acquisition", "céder", {"target": FS, "buyer": HC, "seller": FD, "stake": "80 %",
                                  "amount": "850 millions d'euros", "date": "lundi", "status": "announced"},
      note="'va céder 80 % de sa division ... au fonds ... pour ...': announced (closing expected after approvals); "
           "the headline's 'cède' is the same fact")
    V(a, "valuation", "valorise", {"company": FS, "amount": "1,3 milliard d'euros"},
      note="*new*: an enterprise value, debt included ('en valeur d'entreprise, dette comprise'), is a valuation")
    V(a, "result", "chiffre d'affaires", {"company": FS, "metric": "revenue", "amount": "640 millions d'euros",
                                          "change": "6,5 %", "period": "2035"},
      note="'La division ... a réalisé en 2035 un chiffre d'affaires': Ferrandis Signal")
    V(a, "acquisition", "racheté", {"target": BT, "buyer": HC, "amount": "420 millions d'euros", "date": "2033",
                                    "status": "done"},
      note="the fund's earlier purchase, recalled: done; 'le fonds' is Haldane Capital, named just before")
    V(a, "role", "PDG", {"person": OC, "title": "PDG", "organization": FD}, note="'le PDG de Ferrandis, X'")
    V(a, "role", "associé", {"person": RH, "title": "associé", "organization": HC},
      note="'X, associé chez Haldane Capital'")
    V(a, "role", "délégué syndical", {"person": KB, "title": "délégué syndical", "organization": ("opt", "CGT")},
      note="'X, délégué syndical CGT du site de Villeurbanne': the union optional, as in the earlier sets")
    V(a, "role", MIN, {"person": BM, "title": MIN}, note="a minister: title as written, no organization")


def define_f2(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    LP, RV, AC, BCG, BCV = ("Lémanpay", "Redcliff Ventures", "Alpstein Capital", "Banque Cantonale de Genève",
                            "Banque Cantonale Vaudoise")
    NF, JB, MD, SK, TR = "Nicolas Favre", "Jonas Bühler", "Megan Doyle", "Sandrine Keller", "Thomas Ruchti"
    DF = "directrice financière"
    # ------------------------------------------------------------ F2: a Geneva fintech's series B led by a US fund, new hires (French-speaking Swiss business paper, web)
    a = B.article("F2-serie-b-fintech-geneve", "2036-05-21", (
        f"Fintech : {LP} lève 45 millions de francs auprès d{AP}un fonds américain\n"
        "Par Mélanie Rochat\n"
        "Publié le 21.05.2036 à 06:45\n\n"
        f"La fintech genevoise {LP}, qui automatise la gestion de trésorerie des PME, a annoncé mardi avoir levé 45 "
        f"millions de francs en série B. Le tour de table est mené par le fonds américain {RV}, avec la {BCG} et le "
        f"fonds zurichois {AC}. L{AP}opération valorise la société à 320 millions de francs. Fondée en 2031 par deux "
        f"ingénieurs de l{AP}EPFL, {LP} boucle ainsi son deuxième tour de table, après un premier tour de 8 millions "
        f"de francs en 2033. Les fondateurs conservent 41{NN}% du capital.\n\n"
        f"{LP} compte 1{AP}800 PME clientes et son chiffre d{AP}affaires a atteint CHF 11,2 millions l{AP}an dernier, "
        f"en hausse de 140{NN}%. Elle a obtenu en mars une licence fintech de la FINMA, qui l{AP}autorise à accepter "
        f"des dépôts du public jusqu{AP}à 100 millions de francs.\n\n"
        f"{O}Les PME suisses gèrent encore leur trésorerie sur des tableurs. Nous voulons devenir leur directeur "
        f"financier automatique{C}, a déclaré {NF}, cofondateur et directeur général de {LP}. {O}Nous ouvrirons un "
        f"bureau à Zurich cet automne, puis à Munich en 2037{C}, a-t-il ajouté. {O}Le choix d{AP}un fonds "
        f"américain n{AP}allait pas de soi, mais Redcliff connaît les fintechs mieux que personne{C}, estime {JB}, "
        f"cofondateur. Selon {MD}, associée chez {RV}, le marché suisse des paiements entre entreprises reste "
        "sous-équipé.\n\n"
        f"La jeune pousse étoffe aussi sa direction. {SK}, ex-{DF} de la {BCV}, rejoint la société comme CFO. "
        f"{TR}, qui a passé huit ans à la FINMA, devient responsable de la conformité. {O}Notre prochaine étape "
        f"est une licence bancaire complète{C}, a indiqué {SK}. {LP} veut recruter 40 personnes d{AP}ici à la fin "
        "de 2037."))
    for s, l, c, o in [(LP, ORG, None, False), ("Mélanie Rochat", PER, None, False), (RV, ORG, None, False),
                       (BCG, ORG, None, False), (AC, ORG, None, False), ("EPFL", ORG, None, False),
                       ("FINMA", ORG, None, False), (NF, PER, None, False), ("Zurich", LOC, None, False),
                       ("Munich", LOC, None, False), ("Redcliff", ORG, RV, False), (JB, PER, None, False),
                       (MD, PER, None, False), (SK, PER, None, False), (BCV, ORG, None, False),
                       (TR, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a French-speaking Swiss business paper copied as plain text: a headline opened "
                      "by a section word ('Fintech :'), a byline ('Par Mélanie Rochat') and *new*: a publication line "
                      "with the Swiss numeric date (day first, full stops) and a 24-hour clock with a colon ('Publié le "
                      "21.05.2036 à 06:45'), no dateline. The reference date is that day (Wednesday 21 May 2036), the "
                      "day after the announcement ('a annoncé mardi'). Every apostrophe is the typographic one (U+2019: "
                      "'d’un', 'L’opération', 'l’EPFL', 'l’an dernier', 'n’allait'), *new*: also as the Swiss "
                      "thousands separator in the count '1’800 PME'; narrow no-break spaces (U+202F) before '%' and "
                      "inside the guillemets; an ordinary space in 'CHF 11,2 millions'.")
    a["notes"].append("Entities: the coined Geneva fintech 'Lémanpay' (headline, lead, four more mentions) is ORG; the "
                      "coined US fund 'Redcliff Ventures' (twice) and, *new*: its short form 'Redcliff' inside the "
                      "cofounder's marked words (ORG, canonical Redcliff Ventures, as 'Théo' for the full name in the "
                      "twenty-first set), the coined Zurich fund 'Alpstein Capital', the banks 'Banque Cantonale de "
                      "Genève' and 'Banque Cantonale Vaudoise' (one ORG each, no separate place, as 'Bourse de "
                      "Casablanca' in the eighteenth set), the school 'EPFL' (after the elided 'l’') and the regulator "
                      "'FINMA' (twice, never spelled out, keeps its form) are ORG; the founders, the fund's partner, "
                      "the new CFO (twice), the compliance head and the byline's journalist are PER; 'Zurich' and "
                      "'Munich' (inside the CEO's marked words) are LOC. 'Fintech' (the section word), 'La fintech', "
                      "'genevoise', 'américain', 'zurichois', 'suisses', 'suisse' are no names; 'PME', 'CHF', 'CFO', "
                      "'série B', 'La jeune pousse', 'la société', 'Les fondateurs' are not names.")
    a["notes"].append("Quotes: the company by name 'Lémanpay, qui ..., a annoncé mardi avoir levé ...' (span from the "
                      "infinitive to the full stop, as in the eighteenth set); the CEO '« ... », a déclaré X, "
                      "cofondateur et directeur général de Lémanpay' (two sentences in one pair of marks: one quote) "
                      "then '« ... », a-t-il ajouté'; the other founder '« ... », estime X, cofondateur' (inverted "
                      "present-tense cue, the title in apposition); the lead investor 'Selon X, associée chez Redcliff "
                      "Ventures, <clause>' (the clause after the apposition); the new CFO '« ... », a indiqué X'. Not "
                      "quotes: 'Le tour de table est mené par ...', 'L’opération valorise ...', 'rejoint la société "
                      "comme CFO', 'devient responsable de la conformité', 'Lémanpay veut recruter ...'.")
    a["notes"].append("Events: one fact, one event: the series B (headline 'lève 45 millions de francs auprès d’un fonds "
                      "américain', lead 'a annoncé mardi avoir levé 45 millions de francs en série B', 'Le tour de "
                      "table est mené par X, avec Y et Z', 'L’opération valorise la société à 320 millions de francs', "
                      "'boucle ainsi son deuxième tour de table') is one funding event, trigger the lead's 'levé', with "
                      "its round, the lead fund and the two co-investors, the valuation (no separate valuation event) "
                      "and the date 'mardi'; the earlier round 'après un premier tour de 8 millions de francs en 2033' "
                      "is a second funding event with its amount and year, no round name, as 'après un premier tour "
                      "de 5 millions en 2033' in the twentieth set. The revenue of last year with its rise is a result "
                      "(period 'an dernier'). Roles: 'X, cofondateur et directeur général de Lémanpay' (two titles "
                      "joined by 'et', organization required), 'X, associée chez Redcliff Ventures' (organization "
                      "required), 'estime X, cofondateur' (organization optional: the company of the article); *new*: "
                      "'X, ex-directrice financière de la Banque Cantonale Vaudoise, rejoint la société comme CFO' "
                      "gives two roles: the former post (trigger and title 'directrice financière' without the prefix "
                      "'ex-', as 'ancien PDG' gave 'PDG' in the nineteenth set; organization the bank, required) and "
                      "the new one (title 'CFO', organization optional: 'la société' is Lémanpay); 'X ... devient "
                      "responsable de la conformité' (organization optional); optional: 'qui a passé huit ans à la "
                      "FINMA' (a former employer with no title, as 'après douze ans chez Leroy Merlin' in the "
                      "twenty-first set). Not events: the founders' '41 %' (a holding), the FINMA licence and its "
                      "deposit cap, the offices planned, the hiring plan.")
    a["notes"].append("Money: bare 'francs' in a Swiss paper are CHF, as in the eighteenth set: the headline's and the "
                      "lead's '45 millions de francs' (two items), the valuation '320 millions de francs', the earlier "
                      "round '8 millions de francs', the deposit cap '100 millions de francs' (after 'jusqu’à', outside "
                      "the span); *new*: the Swiss order with the ISO code first, 'CHF 11,2 millions' (span from the "
                      "code to the scale word), CHF 11.2 million. '1’800 PME' (*new*: Swiss thousands separator) and "
                      "'40 personnes' are counts. Percentages: '41 %' (a holding), '140 %' (a rise, no sign written).")
    a["notes"].append("Dates: the publication line '21.05.2036 à 06:45' is one TIME; 'mardi' the day before the "
                      "Wednesday publication; 'Fondée en 2031' and 'en 2033' the years; 'l’an dernier' 2035 (span 'an "
                      "dernier'); 'en mars' (past: 'a obtenu') 2036-03; inside the CEO's marked words 'cet automne' "
                      "2036-FA (demonstrative kept) and 'en 2037' the year; 'huit ans' a duration; 'd’ici à la fin de "
                      "2037' 2037 with mod END (span 'fin de 2037').")
    M(a, "45 millions de francs", 45e6, "CHF", nth=0)
    M(a, "45 millions de francs", 45e6, "CHF", nth=1)
    M(a, "320 millions de francs", 320e6, "CHF")
    M(a, "8 millions de francs", 8e6, "CHF")
    M(a, "CHF 11,2 millions", 11.2e6, "CHF")
    M(a, "100 millions de francs", 100e6, "CHF")
    P(a, f"41{NN}%", 41)
    P(a, f"140{NN}%", 140)
    D(a, "21.05.2036 à 06:45", "2036-05-21T06:45", typ="TIME",
      note="the publication line: Swiss numeric date, 24-hour clock with a colon")
    D(a, "mardi", "2036-05-20", note="past: 'a annoncé mardi', the day before the Wednesday publication")
    D(a, "2031", "2031", note="'Fondée en 2031'")
    D(a, "2033", "2033", note="'après un premier tour de 8 millions de francs en 2033'")
    D(a, "an dernier", "2035", note="'a atteint CHF 11,2 millions l’an dernier'")
    D(a, "mars", "2036-03", note="past: 'a obtenu en mars une licence'")
    D(a, "cet automne", "2036-FA", note="'Nous ouvrirons un bureau à Zurich cet automne', inside the marked words")
    D(a, "2037", "2037", nth=0, note="'puis à Munich en 2037', inside the marked words")
    D(a, "huit ans", "P8Y", typ="DURATION", note="'qui a passé huit ans à la FINMA'")
    D(a, "fin de 2037", "2037", mod="END", note="'d’ici à la fin de 2037'")
    Q(a, "annoncé mardi [avoir levé 45 millions de francs en série B].", "indirect", "a annoncé",
      (f"genevoise [{LP}], qui", LP, ORG),
      note="'a annoncé avoir levé': the span starts at the infinitive; the company by name, a relative clause "
           "between subject and verb")
    Q(a, f"{O}[Les PME suisses gèrent encore leur trésorerie sur des tableurs. Nous voulons devenir leur directeur financier automatique]{C}",
      "direct", "a déclaré", (NF, NF, PER), gender="male",
      note="two sentences inside one pair of marks: one quote; 'cofondateur' and the given name show the gender")
    Q(a, f"{O}[Nous ouvrirons un bureau à Zurich cet automne, puis à Munich en 2037]{C}", "direct", "a-t-il ajouté",
      ("a-t-[il] ajouté", NF, PER), gender="male", note="'il' is the CEO of the sentence before")
    Q(a, f"{O}[Le choix d{AP}un fonds américain n{AP}allait pas de soi, mais Redcliff connaît les fintechs mieux que personne]{C}",
      "direct", "estime", (JB, JB, PER), gender="male",
      note="'estime X, cofondateur': the title in apposition shows the gender")
    Q(a, f"Selon {MD}, associée chez {RV}, [le marché suisse des paiements entre entreprises reste sous-équipé].",
      "indirect", f"[Selon] {MD}", (MD, MD, PER), gender="female",
      note="'Selon X, associée chez Y, <clause>': the clause after the apposition; 'associée' shows the gender")
    Q(a, f"{O}[Notre prochaine étape est une licence bancaire complète]{C}", "direct", "a indiqué", (SK, SK, PER),
      gender="female", note="the new CFO, named in the sentences before as 'ex-directrice financière'")
    V(a, "funding", "avoir [levé] 45", {"company": LP, "amount": "45 millions de francs", "round": "série B",
                                        "investors": [RV, BCG, AC], "valuation": "320 millions de francs",
                                        "date": "mardi"},
      note="the headline, 'Le tour de table est mené par ...', 'L’opération valorise ...' and 'boucle ainsi son "
           "deuxième tour de table' state the same round")
    V(a, "funding", "premier tour", {"company": LP, "amount": "8 millions de francs", "date": "2033"},
      note="the earlier round recalled by a noun phrase; 'premier tour' is no series name")
    V(a, "result", f"chiffre d{AP}affaires", {"company": LP, "metric": "revenue", "amount": "CHF 11,2 millions",
                                              "change": f"140{NN}%", "period": "an dernier"},
      note="'son chiffre d’affaires a atteint ...': Lémanpay, the subject of the clause before")
    V(a, "role", "cofondateur et directeur général", {"person": NF, "title": "cofondateur et directeur général",
                                                      "organization": LP},
      note="'X, cofondateur et directeur général de Lémanpay': two titles joined by 'et', as written")
    V(a, "role", f"{JB}, [cofondateur]", {"person": JB, "title": "cofondateur", "organization": ("opt", LP)},
      note="'estime X, cofondateur': the company of the article")
    V(a, "role", "associée", {"person": MD, "title": "associée", "organization": RV},
      note="'X, associée chez Redcliff Ventures'")
    V(a, "role", DF, {"person": SK, "title": DF, "organization": BCV},
      note="*new*: 'ex-directrice financière de la Banque Cantonale Vaudoise': a former post, title without 'ex-'")
    V(a, "role", "CFO", {"person": SK, "title": "CFO", "organization": ("opt", LP)},
      note="'rejoint la société comme CFO': the new post; 'la société' is Lémanpay")
    V(a, "role", "responsable de la conformité", {"person": TR, "title": "responsable de la conformité",
                                                  "organization": ("opt", LP)},
      note="'X ... devient responsable de la conformité': the company of the article")
    V(a, "role", "[FINMA], devient", {"person": TR, "organization": "FINMA"}, optional=True,
      note="'qui a passé huit ans à la FINMA': a former employer with no title")


def define_g2(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    FT, CPS, GP, SB, MDi = "FC Touraine", "Cardinal Peak Sports", "Gérard Pichonneau", "Scott Brennan", "Moussa Diarra"
    FL, JM, CD, TU, SJB = "Franck Lemaire", "Julien Morel", "Claire Deschamps", "Touraine Ultras 1994", "stade Jean-Bouin"
    # ------------------------------------------------------------ G2: a US investment group takes over a Ligue 2 football club, the season's accounts (French regional daily, web)
    a = B.article("G2-rachat-club-football-tours", "2036-07-03", (
        f"Tours : le {FT} passe sous pavillon américain\n"
        "Par Antoine Guérin\n"
        "Publié le jeudi 3 juillet 2036 à 07h15\n\n"
        f"C'est officiel : le groupe d'investissement américain {CPS} a racheté mercredi 85{NB}% du {FT}, "
        f"pensionnaire de Ligue 2, pour un montant non divulgué. Le vendeur, l'homme d'affaires tourangeau {GP}, "
        f"propriétaire du club depuis 2027, conserve 15{NB}% du capital et reste président jusqu'à la fin de "
        "l'année.\n\n"
        f"{O}J'ai trouvé des partenaires capables d'emmener le club en Ligue 1. C'était le moment de passer la "
        f"main{C}, a confié {GP}. Le fondateur de {CPS}, {SB}, a promis dans un communiqué un budget en hausse de "
        f"30{NB}% et des investissements dans le centre de formation. Il a assuré que l'équipe continuerait de jouer "
        f"au {SJB}, propriété de la Ville.\n\n"
        "Les comptes pressaient. Sur l'exercice clos le 30 juin, le club a réalisé un chiffre d'affaires de 19,4 "
        f"millions d'euros, en hausse de 8{NB}%, mais sa perte nette s'est creusée à 5,2 millions d'euros. Le {FT} "
        "sera entendu le 9 juillet par la DNCG, le gendarme financier du football, qui avait encadré sa masse "
        f"salariale en décembre. Lundi, il a vendu son attaquant {MDi} à l'AC Brenta, en Serie B italienne, pour "
        "7,5 millions d'euros, bonus compris. Septième de Ligue 2 en mai, le club perd son meilleur buteur.\n\n"
        f"{O}Vendre Moussa fait mal, mais cet argent nous permet de garder le reste du groupe{C}, a réagi "
        f"l'entraîneur, {FL}. {O}Avec de nouveaux moyens, on peut viser la montée{C}, a-t-il ajouté.\n\n"
        f"Chez les supporters, la prudence domine. {O}On a déjà vu des fonds américains vider des clubs. Nous "
        f"jugerons sur les actes{C}, prévient {JM}, président de l'association {TU}. Selon la maire de Tours, "
        f"{CD}, l'arrivée d'investisseurs solides est une chance pour le club et pour toute la Touraine."))
    for s, l, c, o in [(TU, ORG, None, False), (FT, ORG, None, False), ("Tours", LOC, None, False),
                       ("Antoine Guérin", PER, None, False), (CPS, ORG, None, False), ("Ligue 2", MISC, None, False),
                       (GP, PER, None, False), ("Ligue 1", MISC, None, False), (SB, PER, None, False),
                       (SJB, LOC, None, False), ("DNCG", ORG, None, False), (MDi, PER, None, False),
                       ("AC Brenta", ORG, None, False), ("Serie B", MISC, None, False), ("Moussa", PER, MDi, False),
                       (FL, PER, None, False), (JM, PER, None, False), (CD, PER, None, False),
                       ("Touraine", LOC, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a French regional daily copied as plain text: a headline opened by the town's "
                      "name and a colon ('Tours : ...', the town LOC), a byline ('Par Antoine Guérin') and a "
                      "publication line with the weekday and the clock time ('Publié le jeudi 3 juillet 2036 à "
                      "07h15'), no dateline. The reference date is that day (Thursday 3 July 2036), the day after the "
                      "takeover ('a racheté mercredi'). Straight apostrophes; no-break spaces (U+00A0) before '%' and "
                      "inside the guillemets.")
    a["notes"].append("Entities: the coined club 'FC Touraine' (headline, lead, 'Le FC Touraine sera entendu') is one "
                      "ORG, no separate 'Touraine' inside; the coined US investment group 'Cardinal Peak Sports' "
                      "(twice), the coined Italian club 'AC Brenta' and the football's financial watchdog 'DNCG' "
                      "(never spelled out, keeps its form) are ORG; *new*: the supporters' association 'Touraine "
                      "Ultras 1994' (after 'l'association') is one ORG, the region's name and the year inside it no "
                      "separate items; the leagues 'Ligue 2' (twice), 'Ligue 1' (inside the president's marked words) "
                      "and 'Serie B' (the Italian second division) are MISC (competitions, as events); *new*: the "
                      "stadium named after a person, 'stade Jean-Bouin', is one LOC, the common noun 'stade' inside "
                      "the span (the name alone would read as a person's; as 'tribunal correctionnel d'Angers' keeps "
                      "its noun in the nineteenth set); the player 'Moussa Diarra' and, inside the coach's marked "
                      "words, his given name alone 'Moussa' (PER, canonical Moussa Diarra, as 'Théo' in the "
                      "twenty-first set), the seller, the buyer's founder, the coach, the association's president, the "
                      "mayor and the byline's journalist are PER; 'Tours' (headline, 'la maire de Tours') and "
                      "'Touraine' alone ('toute la Touraine', the region) are LOC. 'américain', 'tourangeau', "
                      "'italienne', 'américains' are adjectives; 'la Ville' (the town as the stadium's owner, as "
                      "'l'État'), 'le club', 'Le vendeur', 'l'équipe', 'le gendarme financier du football', 'les "
                      "supporters' are not names.")
    a["notes"].append("Quotes: the seller and outgoing owner '« ... », a confié X' (two sentences in one pair of marks: "
                      "one quote); the buyer's founder 'Il a assuré que <clause>' ('Il' is the founder named in the "
                      "sentence before; the span runs to the full stop, the apposition 'propriété de la Ville' "
                      "included); the coach '« ... », a réagi l'entraîneur, X' (the name in apposition) then '« "
                      "... », a-t-il ajouté'; the supporters' association '« ... », prévient X, président de "
                      "l'association ...' (inverted present-tense cue, two sentences one quote); the mayor 'Selon la "
                      "maire de Tours, X, <clause>' (the clause after the name in apposition; 'la maire' shows the "
                      "gender). Optional: 'X a promis dans un communiqué un budget en hausse de 30 % et des "
                      "investissements ...' (a noun-phrase object, the promise itself, no reported clause: as 'a "
                      "également annoncé le rachat de ...' in the eighteenth set; 'Les deux groupes promettent ... de "
                      "synergies' was no quote in the twenty-first). Not quotes: 'C'est officiel', 'Les comptes "
                      "pressaient', 'la prudence domine'.")
    a["notes"].append("Events: the takeover ('Cardinal Peak Sports a racheté mercredi 85 % du FC Touraine ... pour un "
                      "montant non divulgué'; the headline's 'passe sous pavillon américain' is the same fact) is one "
                      "done acquisition: target the club, buyer the group, *new*: seller a person ('Le vendeur, "
                      "l'homme d'affaires tourangeau X', PER), stake '85 %', date 'mercredi', no amount (undisclosed, "
                      "as in the twentieth set). The season's accounts: the revenue with its rise and *new*: the net "
                      "loss told as 'sa perte nette s'est creusée à 5,2 millions d'euros' (metric loss, no change "
                      "written); the financial year is given only by its closing day ('Sur l'exercice clos le 30 "
                      "juin'): the periods '30 juin' optional. Roles: 'reste président' (the seller stays chairman, "
                      "organization optional: the club of the sentence), 'Le fondateur de Cardinal Peak Sports, X' "
                      "and 'X, président de l'association Touraine Ultras 1994' (organization required), "
                      "'l'entraîneur, X' (organization optional: the club of the article); *new*: 'la maire de Tours, "
                      "X' is a role with title 'maire' and no organization (the town is a place, no ORG; as ministers "
                      "have no organization). Optional: 'son attaquant X' (a player's position as a title, the club "
                      "'son'). *New*: the player's sale to another club ('Lundi, il a vendu son attaquant X à l'AC "
                      "Brenta ... pour 7,5 millions d'euros') is no event (a transfer fee for a player is none of the "
                      "contract's types; the fee is money). Not events either: 'propriétaire du club depuis 2027' (a "
                      "holding, told by the deal), the 15 % kept, the promised budget, the DNCG hearing, the league "
                      "ranking.")
    a["notes"].append("Money: the revenue '19,4 millions d'euros', the loss '5,2 millions d'euros', the transfer fee "
                      "'7,5 millions d'euros' ('bonus compris' outside the span); 'pour un montant non divulgué' is no "
                      "money. Percentages: '85 %' (the stake bought), '15 %' (the stake kept), '30 %' (a promised "
                      "rise), '8 %' (a rise, no sign written).")
    a["notes"].append("Dates: the publication line 'jeudi 3 juillet 2036 à 07h15' is one TIME with its weekday; "
                      "'mercredi' (the takeover) the day before; 'depuis 2027' the year; 'jusqu'à la fin de l'année' "
                      "2036 with mod END (span 'fin de l'année'); 'clos le 30 juin' the financial year's last day, "
                      "2036-06-30; 'le 9 juillet' (future: 'sera entendu') 2036-07-09; 'en décembre' (past: 'avait "
                      "encadré') 2035-12; 'Lundi' (past: 'a vendu') 2036-06-30; 'en mai' (past: the league's last "
                      "day) 2036-05. *New*: the year inside the association's name ('Touraine Ultras 1994') is an "
                      "optional DATE (part of a name, but a year as written).")
    M(a, "19,4 millions d'euros", 19.4e6, "EUR")
    M(a, "5,2 millions d'euros", 5.2e6, "EUR")
    M(a, "7,5 millions d'euros", 7.5e6, "EUR")
    P(a, f"85{NB}%", 85)
    P(a, f"15{NB}%", 15)
    P(a, f"30{NB}%", 30)
    P(a, f"8{NB}%", 8)
    D(a, "jeudi 3 juillet 2036 à 07h15", "2036-07-03T07:15", typ="TIME",
      note="the publication line: weekday, day and clock time")
    D(a, "mercredi", "2036-07-02", note="past: 'a racheté mercredi', the day before the Thursday publication")
    D(a, "2027", "2027", note="'propriétaire du club depuis 2027'")
    D(a, "fin de l'année", "2036", mod="END", note="'reste président jusqu'à la fin de l'année'")
    D(a, "30 juin", "2036-06-30", note="'Sur l'exercice clos le 30 juin': the financial year's last day")
    D(a, "9 juillet", "2036-07-09", note="future: 'sera entendu le 9 juillet par la DNCG'")
    D(a, "décembre", "2035-12", note="past: 'qui avait encadré sa masse salariale en décembre'")
    D(a, "Lundi", "2036-06-30", note="past: 'Lundi, il a vendu son attaquant', the Monday before the publication")
    D(a, "mai", "2036-05", note="past: 'Septième de Ligue 2 en mai', the season's end")
    D(a, "1994", "1994", opt=True, note="the year inside the association's name 'Touraine Ultras 1994'")
    Q(a, f"{O}[J'ai trouvé des partenaires capables d'emmener le club en Ligue 1. C'était le moment de passer la main]{C}",
      "direct", "a confié", (GP, GP, PER), gender="male",
      note="two sentences inside one pair of marks: one quote; 'l'homme d'affaires' and the given name show the gender")
    Q(a, f"a promis dans un communiqué [un budget en hausse de 30{NB}% et des investissements dans le centre de formation].",
      "indirect", "a promis", (SB, SB, PER), optional=True, gender="male",
      note="'a promis' + noun phrase, not a clause: optional, as 'a également annoncé le rachat de' in the "
           "eighteenth set")
    Q(a, f"assuré que [l'équipe continuerait de jouer au {SJB}, propriété de la Ville].", "indirect", "a assuré",
      ("[Il] a assuré", SB, PER), gender="male", note="'Il' is the buyer's founder of the sentence before; the span runs to the full stop")
    Q(a, f"{O}[Vendre Moussa fait mal, mais cet argent nous permet de garder le reste du groupe]{C}", "direct",
      "a réagi", (FL, FL, PER), gender="male",
      note="the name in apposition to 'l'entraîneur', which shows the gender")
    Q(a, f"{O}[Avec de nouveaux moyens, on peut viser la montée]{C}", "direct", "a-t-il ajouté",
      ("a-t-[il] ajouté", FL, PER), gender="male", note="'il' is the coach of the sentence before")
    Q(a, f"{O}[On a déjà vu des fonds américains vider des clubs. Nous jugerons sur les actes]{C}", "direct",
      "prévient", (JM, JM, PER), gender="male",
      note="two sentences inside one pair of marks: one quote; 'président' and the given name show the gender")
    Q(a, f"Selon la maire de Tours, {CD}, [l'arrivée d'investisseurs solides est une chance pour le club et pour toute la Touraine].",
      "indirect", "[Selon] la maire", (CD, CD, PER), gender="female",
      note="'Selon la maire de Tours, X, <clause>': the clause after the name in apposition; 'la maire' shows the "
           "gender")
    V(a, "acquisition", "racheté", {"target": FT, "buyer": CPS, "seller": GP, "stake": f"85{NB}%",
                                    "date": "mercredi", "status": "done"},
      note="'a racheté mercredi 85 % du FC Touraine ... pour un montant non divulgué': done, no amount; the seller "
           "is the person named in the next sentence ('Le vendeur, ... X')")
    V(a, "result", "chiffre d'affaires", {"company": FT, "metric": "revenue", "amount": "19,4 millions d'euros",
                                          "change": f"8{NB}%", "period": ("opt", "30 juin")},
      note="'le club a réalisé ...': the FC Touraine; the financial year only by its closing day")
    V(a, "result", "perte nette", {"company": FT, "metric": "loss", "amount": "5,2 millions d'euros",
                                   "period": ("opt", "30 juin")},
      note="'sa perte nette s'est creusée à ...': a loss with no change written")
    V(a, "role", "reste [président]", {"person": GP, "title": "président", "organization": ("opt", FT)},
      note="'X ... reste président jusqu'à la fin de l'année': the club of the sentence before")
    V(a, "role", "fondateur", {"person": SB, "title": "fondateur", "organization": CPS},
      note="'Le fondateur de Cardinal Peak Sports, X'")
    V(a, "role", "attaquant", {"person": MDi, "title": "attaquant", "organization": ("opt", FT)}, optional=True,
      note="'son attaquant X': a player's position; 'son' is the club")
    V(a, "role", "entraîneur", {"person": FL, "title": "entraîneur", "organization": ("opt", FT)},
      note="'l'entraîneur, X': the club of the article")
    V(a, "role", "[président] de l'association", {"person": JM, "title": "président", "organization": TU},
      note="'X, président de l'association Touraine Ultras 1994'")
    V(a, "role", "maire", {"person": CD, "title": "maire"},
      note="*new*: 'la maire de Tours, X': title 'maire', no organization (the town is a place)")
