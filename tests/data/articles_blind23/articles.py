"""The three articles of the twenty-third blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind23`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before % in I2)
NN = "\u202f"    # narrow no-break space (before % and inside the guillemets in H2)
AP = "\u2019"    # typographic apostrophe (every apostrophe of H2)


def define(B):
    define_h2(B)
    define_i2(B)
    define_j2(B)


def define_h2(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    MF, CA, FP, BM = "Maison Fabrègue", "Corsani Alimentare", "Fabrègue Participations", "Bourse de Milan"
    PF, JMz, MB, SC, CT = "Pierre Fabrègue", "Julien Mazars", "Marco Bellandi", "Sandrine Couderc", "Christian Teulier"
    ADC = f"Autorité de la concurrence"
    # ------------------------------------------------------------ H2: a family-owned Aveyron charcuterie maker sold to a listed Italian food group (French regional daily, web)
    a = B.article("H2-rachat-charcuterie-rodez", "2036-09-16", (
        f"Rodez : l{AP}italien Corsani va racheter la {MF}\n"
        "Par Mathilde Sirvent\n"
        "Publié le 16 sept. 2036 à 11h42\n\n"
        f"La {MF}, charcutier aveyronnais fondé en 1921, va passer sous pavillon italien. Le groupe agroalimentaire "
        f"{CA}, coté à la {BM}, va acquérir 70{NN}% de son capital pour 84 millions d{AP}euros auprès de "
        f"la holding familiale {FP}, qui conservera les 30{NN}% restants. L{AP}accord a été signé lundi et la "
        f"finalisation est attendue d{AP}ici à la fin de l{AP}année, après le feu vert de l{AP}{ADC}.\n\n"
        f"L{AP}entreprise, qui emploie 420 salariés à Rodez et à Millau, a réalisé en 2035 un chiffre d{AP}affaires de 112 millions "
        f"d{AP}euros, en hausse de 7,4{NN}%, et un résultat d{AP}exploitation de 9,8 millions d{AP}euros, en recul de 3{NN}%. Le site "
        "de Rodez sera conservé et modernisé, a indiqué le groupe.\n\n"
        f"{O}Nous avions besoin d{AP}un partenaire solide pour exporter nos salaisons, sans renier quatre générations de "
        f"savoir-faire{C}, a déclaré {PF}, PDG de la {MF} et arrière-petit-fils du fondateur. Il a ajouté "
        f"que la famille garderait deux sièges au conseil d{AP}administration. Le 1er janvier, {JMz}, jusqu{AP}ici directeur "
        f"commercial, prendra la direction générale, {PF} devenant président du conseil.\n\n"
        f"{O}Fabrègue est une marque authentique, que nous voulons faire connaître dans toute l{AP}Europe{C}, a souligné dans un "
        f"communiqué l{AP}administrateur délégué de {CA}, {MB}.\n\n"
        f"Côté salariés, on reste prudent. {O}On nous promet que rien ne changera. Nous voulons des garanties écrites sur "
        f"l{AP}emploi{C}, a réagi {SC}, déléguée CFDT du site de Rodez. Elle a indiqué que le syndicat rencontrerait les "
        f"dirigeants de Corsani en octobre. La direction de la {MF} assure qu{AP}aucun poste ne sera supprimé. "
        f"Soulagement chez le maire de Rodez, {CT} : {O}Le savoir-faire reste ici, c{AP}est l{AP}essentiel.{C}"))
    for s, l, c, o in [(MF, ORG, None, False), (FP, ORG, None, False), (PF, PER, None, False),
                       (CA, ORG, None, False), ("Corsani", ORG, CA, False), (f"{O}[Fabrègue] est", ORG, MF, False),
                       ("Rodez", LOC, None, False), ("Mathilde Sirvent", PER, None, False), (BM, ORG, None, False),
                       (ADC, ORG, None, False), ("Millau", LOC, None, False), (JMz, PER, None, False),
                       ("Europe", LOC, None, False), (MB, PER, None, False), (SC, PER, None, False),
                       ("CFDT", ORG, None, False), (CT, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a French regional daily copied as plain text: a headline opened by the town's "
                      "name and a colon ('Rodez : ...', the town LOC), a byline ('Par Mathilde Sirvent') and *new*: a "
                      "publication line with the month abbreviated with a full stop and a clock time with 'h' ('Publié "
                      "le 16 sept. 2036 à 11h42'), no dateline. The reference date is that day (Tuesday 16 September "
                      "2036), the day after the signing ('L’accord a été signé lundi'). Every apostrophe is the "
                      "typographic one (U+2019: 'l’italien', 'd’euros', 'L’accord', 'jusqu’ici', 'qu’aucun', "
                      "'c’est'); narrow no-break spaces (U+202F) before '%' and inside the guillemets; ordinary spaces "
                      "in the count '420 salariés'.")
    a["notes"].append("Entities: the coined family charcuterie maker 'Maison Fabrègue' (headline, lead, 'PDG de la "
                      "Maison Fabrègue', 'La direction de la Maison Fabrègue') is one ORG, the word 'Maison' inside the name (the article 'la' outside); "
                      "*new*: the family holding 'Fabrègue Participations' is one ORG of its own (the family name "
                      "inside it no separate mention); *new*: the brand's short form 'Fabrègue' alone inside the "
                      "buyer's marked words ('« Fabrègue est une marque authentique »') is ORG with canonical Maison "
                      "Fabrègue (as 'Redcliff' for Redcliff Ventures in the twenty-second set), while 'Pierre "
                      "Fabrègue' (twice) is PER; the coined listed Italian group 'Corsani Alimentare' (twice) and its "
                      "short form 'Corsani' (headline 'l’italien Corsani', and 'les dirigeants de Corsani' inside the "
                      "union representative's reported clause: ORG, canonical Corsani Alimentare); "
                      "'Bourse de Milan' (one ORG, as 'Bourse de Casablanca' in the eighteenth set), 'Autorité de la "
                      "concurrence' (after the elided 'l’') and the union 'CFDT' (never spelled out) are ORG; the "
                      "family CEO, the new managing director, the buyer's CEO, the union representative, the mayor and "
                      "the byline's journalist are PER; 'Rodez' (five times: headline, body, 'site de Rodez' twice, "
                      "'maire de Rodez'), 'Millau' and 'Europe' (inside the marked words) are LOC. 'l’italien' (the "
                      "Italian firm, a noun made from the adjective), 'aveyronnais', 'italien', 'agroalimentaire', "
                      "'familiale' are no names; 'La famille', 'L’entreprise', 'le groupe', 'la holding', 'le conseil "
                      "d’administration', 'La direction', 'le fondateur', 'salariés' are not names.")
    a["notes"].append("Quotes: the buyer through 'Le site de Rodez sera conservé et modernisé, a indiqué le groupe' "
                      "(inverted, indirect: the clause before the comma; speaker the noun 'groupe', canonical Corsani "
                      "Alimentare: 'le groupe' is the Italian buyer throughout, the target being 'L’entreprise' and 'la "
                      "Maison Fabrègue'); the family CEO '« ... », a déclaré X, PDG de la Maison Fabrègue et ...' then "
                      "'Il a ajouté que <clause>'; the buyer's CEO '« ... », a souligné dans un communiqué "
                      "l’administrateur délégué de Corsani Alimentare, X' (the document between cue and speaker, the "
                      "name in apposition: the speaker is the person, the communiqué only the medium, as 'a assuré sur "
                      "franceinfo le ministre' in the twenty-second set); the union representative '« ... », a réagi "
                      "X, déléguée CFDT du site de Rodez' (two sentences in one pair of marks: one quote; 'On nous "
                      "promet que rien ne changera' inside the marks is part of it, no quote of its own) then 'Elle a "
                      "indiqué que <clause>' (the pronoun for her; 'a indiqué' also cues the group's clause earlier); "
                      "the target's management 'La direction de la Maison Fabrègue assure qu’<clause>' (span after the "
                      "elided 'qu’'; speaker the noun 'direction', canonical the company its complement names, as 'La "
                      "direction de Cimivoire' in the eighteenth set); *new*: the mayor introduced by a colon with no "
                      "speech verb ('Soulagement chez le maire de Rodez, X : « ... »'): cue null, speaker the name before the colon, as the contract's 'Le ministre : « "
                      "... »'; the full stop inside the closing mark is in the span. Not quotes: 'Côté salariés, on "
                      "reste prudent', 'L’accord a été signé lundi', 'la finalisation est attendue ...', the "
                      "headline.")
    a["notes"].append("Events: one fact, one event: the sale (headline 'va racheter la Maison Fabrègue', lead 'va "
                      "passer sous pavillon italien' and 'va acquérir 70 % de son capital pour 84 millions d’euros "
                      "auprès de la holding familiale Fabrègue Participations') is one acquisition, trigger the lead's "
                      "verb 'acquérir', target the company ('son capital'), buyer the Italian group, seller the family "
                      "holding (ORG), stake '70 %', amount, date 'lundi' (the signing, 'L’accord a été signé lundi'), "
                      "status 'announced' ('va acquérir', closing expected after the competition authority's approval); "
                      "the 30 % the holding keeps is no argument and no event (a stake kept, as in the twentieth and "
                      "twenty-second sets). Results of 2035 in one clause ('a réalisé en 2035 un chiffre d’affaires de "
                      "..., en hausse de 7,4 %, et un résultat d’exploitation de ..., en recul de 3 %'): the revenue "
                      "(period required) and *new*: the operating profit told as 'résultat d’exploitation' (metric "
                      "operating_income, change '3 %' as written for a fall, period optional: the year written once "
                      "for both, as in the twenty-first set). Roles: 'X, PDG de la Maison Fabrègue' (organization "
                      "required); *new*: 'Le 1er janvier, X, jusqu’ici directeur commercial, prendra la direction "
                      "générale' gives two roles: the current post ('directeur commercial', organization optional: the "
                      "company of the article) and the future one, title as written 'direction générale' (the "
                      "function's noun, no 'directeur général' written; organization optional); '..., X devenant "
                      "président du conseil' (a future post, organization optional: the board of the company, 'conseil "
                      "d’administration' in the sentence before); 'l’administrateur délégué de Corsani Alimentare, X' "
                      "(organization required); 'X, déléguée CFDT du site de Rodez' (title 'déléguée' without the "
                      "union, the union an optional organization as in the earlier sets); 'le maire de Rodez, X' "
                      "(title 'maire', no organization, as in the twenty-second set). Not events: 'arrière-petit-fils "
                      "du fondateur' (kinship, no post), the 30 % kept, the two board seats, the site kept, the "
                      "approval, the jobs.")
    a["notes"].append("Money: the price '84 millions d’euros', the revenue '112 millions d’euros', the operating profit "
                      "'9,8 millions d’euros'. '420 salariés', 'quatre générations', 'deux sièges' are counts. "
                      "Percentages: '70 %' (the stake bought), '30 %' (the stake kept), '7,4 %' (a rise, no sign "
                      "written), '3 %' (a fall, 'en recul de', value 3 as written).")
    a["notes"].append("Dates: *new*: the publication line '16 sept. 2036 à 11h42' (abbreviated month with a full stop) "
                      "is one TIME; 'fondé en 1921' the year; 'lundi' (past: 'a été signé') the day before the Tuesday "
                      "publication; 'd’ici à la fin de l’année' 2036 with mod END (span 'fin de l’année'); 'en 2035' "
                      "the year; 'Le 1er janvier' (future: 'prendra la direction générale') next January's first day, "
                      "2037-01-01 (span '1er janvier'); 'en octobre' (future in the past: 'le syndicat rencontrerait', "
                      "inside the union representative's reported clause) 2036-10.")
    M(a, f"84 millions d{AP}euros", 84e6, "EUR")
    M(a, f"112 millions d{AP}euros", 112e6, "EUR")
    M(a, f"9,8 millions d{AP}euros", 9.8e6, "EUR")
    P(a, f"70{NN}%", 70)
    P(a, f"30{NN}%", 30)
    P(a, f"7,4{NN}%", 7.4)
    P(a, f"3{NN}%", 3)
    D(a, "16 sept. 2036 à 11h42", "2036-09-16T11:42", typ="TIME",
      note="the publication line: abbreviated month with a full stop, clock time with 'h'")
    D(a, "1921", "1921", note="'fondé en 1921'")
    D(a, "lundi", "2036-09-15", note="past: 'L’accord a été signé lundi', the day before the Tuesday publication")
    D(a, f"fin de l{AP}année", "2036", mod="END", note="'la finalisation est attendue d’ici à la fin de l’année'")
    D(a, "2035", "2035", note="'a réalisé en 2035 un chiffre d’affaires'")
    D(a, "1er janvier", "2037-01-01", note="future: 'Le 1er janvier, X ... prendra la direction générale'")
    D(a, "octobre", "2036-10", note="future: 'le syndicat rencontrerait les dirigeants de Corsani en octobre', inside the reported clause")
    Q(a, "[Le site de Rodez sera conservé et modernisé], a indiqué", "indirect", "a indiqué",
      ("le [groupe].", CA, ORG),
      note="inverted reporting clause after the clause; 'le groupe' is the Italian buyer (the target is 'L’entreprise')")
    Q(a, f"{O}[Nous avions besoin d{AP}un partenaire solide pour exporter nos salaisons, sans renier quatre générations de savoir-faire]{C}",
      "direct", "a déclaré", (PF, PF, PER), gender="male",
      note="the name after the cue, with 'PDG de la Maison Fabrègue et arrière-petit-fils du fondateur' in apposition "
           "('arrière-petit-fils' and the given name show the gender)")
    Q(a, f"ajouté que [la famille garderait deux sièges au conseil d{AP}administration].", "indirect", "a ajouté",
      ("[Il] a ajouté", PF, PER), gender="male", note="'Il' is the family CEO of the sentence before")
    Q(a, f"{O}[Fabrègue est une marque authentique, que nous voulons faire connaître dans toute l{AP}Europe]{C}",
      "direct", "a souligné", (MB, MB, PER), gender="male",
      note="'dans un communiqué' (the medium) between the cue and the speaker; the name in apposition to "
           "'l’administrateur délégué de Corsani Alimentare'")
    Q(a, f"{O}[On nous promet que rien ne changera. Nous voulons des garanties écrites sur l{AP}emploi]{C}", "direct",
      "a réagi", (SC, SC, PER), gender="female",
      note="two sentences inside one pair of marks: one quote; 'déléguée' shows the gender")
    Q(a, f"indiqué que [le syndicat rencontrerait les dirigeants de Corsani en octobre].", "indirect", "a indiqué",
      ("[Elle] a indiqué", SC, PER), gender="female", note="'Elle' is the union representative of the sentence before")
    Q(a, f"assure qu{AP}[aucun poste ne sera supprimé].", "indirect", "assure", (f"La [direction] de la {MF} assure", MF, ORG),
      note="the span starts after the elided 'qu’'; speaker the noun 'direction', canonical the company its "
           "complement names ('La direction de la Maison Fabrègue')")
    Q(a, f"{CT} : {O}[Le savoir-faire reste ici, c{AP}est l{AP}essentiel.]{C}", "direct", None, (CT, CT, PER),
      gender="male",
      note="*new*: a colon with no speech verb ('Soulagement chez le maire de Rodez, X : « ... »'): cue null, "
           "the speaker named before the colon; 'le maire' shows the gender; the full stop inside the marks is kept")
    V(a, "acquisition", "acquérir", {"target": MF, "buyer": CA, "seller": FP, "stake": f"70{NN}%",
                                     "amount": f"84 millions d{AP}euros", "date": "lundi", "status": "announced"},
      note="'va acquérir 70 % de son capital ... auprès de la holding familiale X': announced (closing expected "
           "after the competition authority's approval); the headline's 'va racheter' and 'va passer sous pavillon "
           "italien' are the same fact; the date is the signing day")
    V(a, "result", f"chiffre d{AP}affaires", {"company": MF, "metric": "revenue",
                                              "amount": f"112 millions d{AP}euros", "change": f"7,4{NN}%",
                                              "period": "2035"},
      note="'L’entreprise ... a réalisé en 2035 un chiffre d’affaires': the Maison Fabrègue")
    V(a, "result", f"résultat d{AP}exploitation", {"company": MF, "metric": "operating_income",
                                                   "amount": f"9,8 millions d{AP}euros", "change": f"3{NN}%",
                                                   "period": ("opt", "2035")},
      note="'et un résultat d’exploitation de ..., en recul de 3 %': the same clause; the year written once")
    V(a, "role", "PDG", {"person": PF, "title": "PDG", "organization": MF},
      note="'X, PDG de la Maison Fabrègue'")
    V(a, "role", "directeur commercial", {"person": JMz, "title": "directeur commercial", "organization": ("opt", MF)},
      note="'X, jusqu’ici directeur commercial': his current post, the company of the article")
    V(a, "role", "direction générale", {"person": JMz, "title": "direction générale", "organization": ("opt", MF)},
      note="*new*: 'prendra la direction générale': a future post told by the function's noun; title as written")
    V(a, "role", "président du conseil", {"person": PF, "title": "président du conseil", "organization": ("opt", MF)},
      note="'X devenant président du conseil': a future post; the board of the company")
    V(a, "role", "administrateur délégué", {"person": MB, "title": "administrateur délégué", "organization": CA},
      note="'l’administrateur délégué de Corsani Alimentare, X' (the Italian 'amministratore delegato', the CEO)")
    V(a, "role", "déléguée", {"person": SC, "title": "déléguée", "organization": ("opt", "CFDT")},
      note="'X, déléguée CFDT du site de Rodez': the union optional, as in the earlier sets")
    V(a, "role", "maire", {"person": CT, "title": "maire"},
      note="'le maire de Rodez, X': no organization (the town is a place), as in the twenty-second set")


def define_i2(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O = C = '"'     # straight double quotation marks in this article (Belgian site)
    MY, SLS, WE, BV = "Myorel", "Scaldis Life Sciences", "Wallonie Entreprendre", "Brevik Ventures"
    AV, JL, SCl, PM = "Aurélie Vandamme", "Jonathan Lemaire", "Sofie Claes", "Philippe Mertens"
    PCA = "président du conseil d'administration"
    # ------------------------------------------------------------ I2: a Liège biotech's series B led by a Brussels fund, with public and pharma investors (Belgian business site)
    a = B.article("I2-serie-b-biotech-liege", "2036-03-12", (
        f"Biotech : la liégeoise {MY} lève 60 millions d'euros\n"
        "Par Laurence Wauters\n"
        "Publié le 12-03-2036 à 09:05\n\n"
        f"La biotech liégeoise {MY}, qui développe un traitement contre une maladie rare des muscles, a annoncé mardi avoir "
        f"levé 60 millions d'euros en série B. Le tour de table est mené par le fonds bruxellois {SLS}, aux "
        f"côtés de la SFPIM, de {WE} et de {BV}, le bras d'investissement du groupe pharmaceutique "
        "danois Brevik. L'opération valorise la société à 250 millions d'euros. Les fonds financeront un essai clinique "
        "de phase 2 dans cinq hôpitaux européens.\n\n"
        f"Fondée en 2030 par deux chercheurs de l'ULiège, {MY} boucle ainsi sa deuxième levée, après une série A de 18 "
        "millions en 2033. Elle emploie septante personnes à Liège et a enregistré l'an dernier une perte nette de 11,5 "
        f"millions d'euros. Ses deux fondateurs détiennent encore 27{NB}% du capital.\n\n"
        f"{O}Cet argent nous mène jusqu'aux résultats cliniques sans devoir relever des fonds entre-temps{C}, explique "
        f"{AV}, cofondatrice et directrice générale de {MY}. {O}Nous allons recruter une vingtaine de personnes cette "
        f"année{C}, a-t-elle ajouté. Le premier patient de l'essai sera traité au deuxième semestre, pour des "
        "résultats attendus d'ici à la fin de 2037.\n\n"
        f"{JL}, cofondateur et directeur scientifique, prévient : {O}Chez la souris, les résultats sont "
        f"spectaculaires. Chez l'homme, tout reste à prouver.{C} D'après {SCl}, associée chez {SLS}, peu "
        "de biotechs européennes sont aussi avancées sur cette maladie.\n\n"
        f"Ancien directeur de la recherche d'UCB, {PM} a été nommé {PCA}. Il juge "
        f"que {MY} a les moyens de rester indépendante jusqu'à la mise sur le marché."))
    for s, l, c, o in [(SLS, ORG, None, False), (WE, ORG, None, False), (BV, ORG, None, False),
                       (MY, ORG, None, False), ("Laurence Wauters", PER, None, False), ("SFPIM", ORG, None, False),
                       ("Brevik", ORG, None, False), ("ULiège", ORG, None, False), ("Liège", LOC, None, False),
                       (AV, PER, None, False), (JL, PER, None, False), (SCl, PER, None, False),
                       ("UCB", ORG, None, False), (PM, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a Belgian business site (Brussels) copied as plain text: a headline opened by a "
                      "section word ('Biotech : ...', no name), a byline ('Par Laurence Wauters') and *new*: a "
                      "numeric publication line with hyphens, day first, and a 24-hour clock with a colon ('Publié le "
                      "12-03-2036 à 09:05'), no dateline. The reference date is that day (Wednesday 12 March 2036), "
                      "the day after the announcement ('a annoncé mardi'). Straight apostrophes; *new*: straight double "
                      "quotation marks (U+0022) around the quoted words, with no space inside, as the contract allows; "
                      "a no-break space (U+00A0) before '%'; the Belgian count 'septante personnes' (seventy).")
    a["notes"].append("Entities: the coined Liège biotech 'Myorel' (headline, lead, three more mentions, once inside the "
                      "new chairman's reported clause) is ORG; the coined Brussels fund 'Scaldis Life Sciences' (twice), "
                      "*new*: the federal holding 'SFPIM' (after 'la', never spelled out, keeps its form) and the "
                      "Walloon public investor 'Wallonie Entreprendre' (one ORG, no separate 'Wallonie'), the coined "
                      "venture arm 'Brevik Ventures' and its parent 'Brevik' alone ('du groupe pharmaceutique danois "
                      "Brevik': two ORG with two canonicals, the parent's name inside the arm's no separate mention, as "
                      "'Ferrandis Signal' in the twenty-second set), the university 'ULiège' (after the elided 'l'', "
                      "one token: no separate 'Liège' inside it) and 'UCB' (after the elided 'd'') are ORG; 'Liège' "
                      "alone is LOC; the two founders, the fund's partner, the new chairman and the byline's journalist "
                      "are PER. 'Biotech' (the section word), 'liégeoise' (twice: an adjective used as a noun in the "
                      "headline, 'la liégeoise Myorel'), 'bruxellois', 'danois', 'européens', 'européennes' are no "
                      "names; 'La biotech', 'le fonds', 'le bras d'investissement', 'le groupe pharmaceutique', "
                      "'L'opération', 'la société', 'Les fonds', 'Ses deux fondateurs', 'série B', 'série A', 'phase "
                      "2', 'le conseil d'administration' are not names.")
    a["notes"].append("Quotes: the company by name 'Myorel, qui ..., a annoncé mardi avoir levé ...' (span from the "
                      "infinitive to the full stop, as in the twenty-second set); the CEO '\"...\", explique X, "
                      "cofondatrice et directrice générale de Myorel' (inverted present-tense cue, straight double "
                      "marks) then '\"...\", a-t-elle ajouté'; *new*: the other founder with a speech verb before a "
                      "colon ('X, cofondateur et directeur scientifique, prévient : \"...\"': cue 'prévient', speaker "
                      "the subject; two sentences inside one pair of marks: one quote, the final full stop inside the "
                      "marks kept); the lead investor 'D'après X, associée chez Scaldis Life Sciences, <clause>' (the "
                      "clause after the apposition, cue 'D'après' as 'Selon'); the new chairman 'Il juge que "
                      "<clause>' ('Il' is the chairman named in the sentence before). Not quotes: 'Le tour de table est "
                      "mené par ...', 'L'opération valorise ...', 'Les fonds financeront ...', 'Le premier patient de "
                      "l'essai sera traité ...' (the article's own words), 'a été nommé ...', the headline.")
    a["notes"].append("Events: one fact, one event: the series B (headline 'lève 60 millions d'euros', lead 'a annoncé "
                      "mardi avoir levé 60 millions d'euros en série B', 'Le tour de table est mené par X, aux côtés de "
                      "Y, de Z et de W', 'L'opération valorise la société à 250 millions d'euros', 'boucle ainsi sa "
                      "deuxième levée') is one funding event, trigger the lead's 'levé', with its round, the lead fund "
                      "and the three co-investors (four investors: the venture arm, not its parent), the valuation (no "
                      "separate valuation event) and the date 'mardi'; the earlier round 'après une série A de 18 "
                      "millions en 2033' is a second funding event (trigger 'série A', its round name, amount and "
                      "year). Result: *new*: a biotech's net loss with no revenue ('a enregistré l'an dernier une perte "
                      "nette de 11,5 millions d'euros': metric loss, period 'an dernier', no change). Roles: 'X, "
                      "cofondatrice et directrice générale de Myorel' (two titles joined by 'et', organization "
                      "required); 'X, cofondateur et directeur scientifique' (organization optional: the company of the "
                      "article); 'X, associée chez Scaldis Life Sciences' (organization required); *new*: 'Ancien "
                      "directeur de la recherche d'UCB, X a été nommé président du conseil d'administration' gives two "
                      "roles: the former post fronted before the name (title and trigger 'directeur de la recherche' "
                      "without 'Ancien', organization UCB required, as 'ex-directrice financière' in the "
                      "twenty-second set) and the new one (title 'président du conseil d'administration', organization "
                      "optional: the company of the article). Not events: the founders' '27 %' (a holding), the trial "
                      "and its dates, the hiring plan, 'le bras d'investissement du groupe ... Brevik' (a relation "
                      "between two companies, no person), the staff count.")
    a["notes"].append("Money: the headline's and the lead's '60 millions d'euros' (two items), the valuation '250 "
                      "millions d'euros', the loss '11,5 millions d'euros'; *new*: the earlier round written with the "
                      "currency left out, '18 millions' (after '60 millions d'euros' and '250 millions d'euros' in "
                      "the paragraph before; span the number and the scale word, 18000000, currency EUR carried from "
                      "the article's amounts, as 'un premier tour de 5 millions' in the twentieth set: a scorer that "
                      "reads the contract's 'null when the text does not say' literally may accept null). 'septante "
                      "personnes', 'cinq hôpitaux', 'une vingtaine de personnes', 'deux chercheurs' are counts; 'phase "
                      "2' is no number to annotate. Percentage: '27 %' (the founders' holding).")
    a["notes"].append("Dates: the publication line '12-03-2036 à 09:05' is one TIME; 'mardi' (past: 'a annoncé') the day "
                      "before the Wednesday publication; 'Fondée en 2030' and 'en 2033' the years; 'l'an dernier' 2035 "
                      "(span 'an dernier'); 'cette année' (inside the marked words, demonstrative kept) 2036; *new*: "
                      "'au deuxième semestre' (future: 'sera traité') the second half of the publication year, "
                      "2036-H2 (span 'deuxième semestre'); 'd'ici à la fin de 2037' 2037 with mod END (span 'fin de "
                      "2037').")
    M(a, "60 millions d'euros", 60e6, "EUR", nth=0)
    M(a, "60 millions d'euros", 60e6, "EUR", nth=1)
    M(a, "250 millions d'euros", 250e6, "EUR")
    M(a, "18 millions", 18e6, "EUR")
    M(a, "11,5 millions d'euros", 11.5e6, "EUR")
    P(a, f"27{NB}%", 27)
    D(a, "12-03-2036 à 09:05", "2036-03-12T09:05", typ="TIME",
      note="the publication line: numeric with hyphens, day first, 24-hour clock with a colon")
    D(a, "mardi", "2036-03-11", note="past: 'a annoncé mardi', the day before the Wednesday publication")
    D(a, "2030", "2030", note="'Fondée en 2030'")
    D(a, "2033", "2033", note="'après une série A de 18 millions en 2033'")
    D(a, "an dernier", "2035", note="'a enregistré l'an dernier une perte nette'")
    D(a, "cette année", "2036", note="'Nous allons recruter ... cette année', inside the marked words")
    D(a, "deuxième semestre", "2036-H2", note="future: 'sera traité au deuxième semestre'")
    D(a, "fin de 2037", "2037", mod="END", note="'des résultats attendus d'ici à la fin de 2037'")
    Q(a, "annoncé mardi [avoir levé 60 millions d'euros en série B].", "indirect", "a annoncé",
      (f"liégeoise [{MY}], qui", MY, ORG),
      note="'a annoncé avoir levé': the span starts at the infinitive; the company by name, a relative clause "
           "between subject and verb")
    Q(a, f"{O}[Cet argent nous mène jusqu'aux résultats cliniques sans devoir relever des fonds entre-temps]{C}",
      "direct", "explique", (AV, AV, PER), gender="female",
      note="inverted present-tense cue; 'cofondatrice et directrice générale' in apposition shows the gender")
    Q(a, f"{O}[Nous allons recruter une vingtaine de personnes cette année]{C}", "direct", "a-t-elle ajouté",
      ("a-t-[elle] ajouté", AV, PER), gender="female", note="'elle' is the CEO of the sentence before")
    Q(a, f"{O}[Chez la souris, les résultats sont spectaculaires. Chez l'homme, tout reste à prouver.]{C}", "direct",
      "prévient", (JL, JL, PER), gender="male",
      note="*new*: a speech verb before a colon ('X, ..., prévient : \"...\"'); two sentences in one pair of marks; "
           "'cofondateur' and the given name show the gender")
    Q(a, f"D'après {SCl}, associée chez {SLS}, [peu de biotechs européennes sont aussi avancées sur cette maladie].",
      "indirect", f"[D'après] {SCl}", (SCl, SCl, PER), gender="female",
      note="'D'après X, associée chez Y, <clause>': the clause after the apposition; 'associée' shows the gender")
    Q(a, f"juge que [{MY} a les moyens de rester indépendante jusqu'à la mise sur le marché].", "indirect", "juge",
      ("[Il] juge", PM, PER), gender="male", note="'Il' is the new chairman of the sentence before ('nommé')")
    V(a, "funding", "avoir [levé] 60", {"company": MY, "amount": "60 millions d'euros", "round": "série B",
                                        "investors": [SLS, "SFPIM", WE, BV],
                                        "valuation": "250 millions d'euros", "date": "mardi"},
      note="the headline, 'Le tour de table est mené par ...', 'L'opération valorise ...' and 'boucle ainsi sa "
           "deuxième levée' state the same round; the investors: the lead fund and three co-investors")
    V(a, "funding", "série A", {"company": MY, "amount": "18 millions", "round": "série A", "date": "2033"},
      note="the earlier round recalled by a noun phrase: 'après une série A de 18 millions en 2033'")
    V(a, "result", "perte nette", {"company": MY, "metric": "loss", "amount": "11,5 millions d'euros",
                                   "period": "an dernier"},
      note="'Elle ... a enregistré l'an dernier une perte nette de ...': 'Elle' is Myorel")
    V(a, "role", "cofondatrice et directrice générale", {"person": AV, "title": "cofondatrice et directrice générale",
                                                         "organization": MY},
      note="'X, cofondatrice et directrice générale de Myorel': two titles joined by 'et', as written")
    V(a, "role", "cofondateur et directeur scientifique", {"person": JL, "title": "cofondateur et directeur scientifique",
                                                           "organization": ("opt", MY)},
      note="'X, cofondateur et directeur scientifique, prévient': the company of the article")
    V(a, "role", "associée", {"person": SCl, "title": "associée", "organization": SLS},
      note="'X, associée chez Scaldis Life Sciences'")
    V(a, "role", "directeur de la recherche", {"person": PM, "title": "directeur de la recherche", "organization": "UCB"},
      note="*new*: 'Ancien directeur de la recherche d'UCB, X': a former post fronted before the name; title without "
           "'Ancien'")
    V(a, "role", PCA, {"person": PM, "title": PCA, "organization": ("opt", MY)},
      note="'X a été nommé président du conseil d'administration': the new post, the company of the article")


def define_j2(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "« ", " »"     # guillemets with ordinary spaces inside in this article (agency style)
    LV, GLF, YC, NBt, HS = "Lorvel", "Gérard Le Floch", "Yann Caradec", "Nadia Berthelot", "Havbris Shipping"
    EG, HL = "Erwan Guillou", "Hugo Lemarchand"
    MIN = "ministre de la Mer"
    DO = "directrice des opérations"
    # ------------------------------------------------------------ J2: a Nantes shipbuilder's annual results and its CEO's succession (AFP dispatch)
    a = B.article("J2-resultats-chantier-naval-nantes", "2036-06-12", (
        f"Le constructeur naval {LV} double son bénéfice et change de patron\n\n"
        f"NANTES, 12 juin 2036 (AFP) - Le constructeur naval nantais {LV} a doublé son bénéfice net, à 38 millions d'euros, "
        f"sur son exercice clos fin mars, et son PDG {GLF} quittera ses fonctions le 30 septembre, a fait savoir "
        "jeudi l'entreprise.\n\n"
        "Le chiffre d'affaires a progressé de 11 %, à 1,42 milliard d'euros, porté par la livraison de quatre ferries, et "
        "le résultat opérationnel courant ressort à 71 millions d'euros, en hausse de 24 %. Le "
        "carnet de commandes atteint 6,8 milliards d'euros, soit cinq années d'activité. Le groupe proposera un dividende de "
        f"0,80 euro par action, contre 0,35 euro l'an dernier. Le directeur financier, {YC}, a expliqué que la hausse "
        "du prix de l'acier avait été entièrement répercutée aux clients.\n\n"
        f"{GLF}, 66 ans, qui dirige {LV} depuis 2024, sera remplacé par {NBt}, actuelle {DO}. "
        f"{O}Notre priorité sera de livrer chaque navire à l'heure{C}, a-t-elle promis. {O}J'ai passé douze ans "
        f"à redresser ce chantier. Il est temps de passer le relais{C}, a déclaré M. Le Floch lors d'une conférence de presse.\n\n"
        f"{LV} a en outre remporté une commande de 12 navires pour l'armateur norvégien {HS}, d'un montant de "
        "1,1 milliard d'euros, la plus importante de son histoire. Les premières livraisons sont prévues en 2038. "
        f"{O}C'est une formidable nouvelle pour tout l'estuaire de la Loire{C}, a salué le {MIN}, {EG}.\n\n"
        f"Selon {HL}, analyste chez Portzamparc, ce carnet met le groupe à l'abri jusqu'en 2041. À la Bourse de "
        f"Paris, l'action {LV} gagnait 6,2 %. Selon la CGT, la direction devra embaucher au moins 500 personnes pour tenir "
        "les cadences."))
    for s, l, c, o in [(GLF, PER, None, False), ("Le Floch", PER, GLF, False), (LV, ORG, None, False),
                       ("NANTES", LOC, None, False), ("AFP", ORG, None, False), (YC, PER, None, False),
                       (NBt, PER, None, False), (HS, ORG, None, False), ("Loire", LOC, None, False),
                       (EG, PER, None, False), (HL, PER, None, False), ("Portzamparc", ORG, None, False),
                       ("Bourse de Paris", ORG, None, False), ("CGT", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Agency dispatch copied as plain text: a headline line, no publication line, then the AFP "
                      "dateline with the full date ('NANTES, 12 juin 2036 (AFP) -'). The reference date is the dateline "
                      "day (Thursday 12 June 2036), the day of the announcement ('a fait savoir jeudi'). Straight "
                      "apostrophes; ordinary spaces before '%', inside the guillemets and in 'M. Le Floch'.")
    a["notes"].append("Entities: the coined shipbuilder 'Lorvel' (headline, lead, 'dirige Lorvel', 'Lorvel a en outre', "
                      "'l'action Lorvel') and the coined Norwegian shipowner 'Havbris Shipping' are ORG; the broker "
                      "'Portzamparc' (after 'chez'), 'Bourse de Paris' (one ORG, no separate 'Paris', as 'Bourse de "
                      "Milan' in H2), the union 'CGT' and the agency 'AFP' (dateline) are ORG; *new*: a surname with "
                      "the particle 'Le' ('Gérard Le Floch', twice: one PER with the particle inside) and that surname "
                      "after 'M.' ('M. Le Floch': span 'Le Floch', the title outside, the particle inside, canonical "
                      "Gérard Le Floch); the CFO, the successor, the minister, the analyst are PER; the dateline "
                      "'NANTES' keeps its case; 'Loire' (inside the minister's marked words, 'l'estuaire de la Loire') "
                      "is LOC. 'nantais', 'norvégien' are adjectives; 'Le constructeur naval', 'l'entreprise', 'Le "
                      "groupe', 'le groupe', 'ce chantier', 'l'armateur', 'la direction', 'l'action' are not names.")
    a["notes"].append("Quotes: the lead told as '<clause>, a fait savoir jeudi l'entreprise' (inverted, indirect, the "
                      "clause from the first word after the dateline's dash, both coordinated facts in one span; *new*: "
                      "cue 'a fait savoir', speaker the noun 'entreprise', canonical Lorvel); the CFO 'Le directeur "
                      "financier, X, a expliqué que <clause>' (the name in apposition to the subject); the successor '« "
                      "... », a-t-elle promis' ('elle' is the successor named in the sentence before, not the outgoing "
                      "CEO, who opens that sentence: the feminine pronoun and 'actuelle' tell them apart); the outgoing "
                      "CEO '« ... », a déclaré M. Le Floch lors d'une conférence de presse' (two sentences one quote; "
                      "speaker the surname after 'M.'); the minister '« ... », a salué le ministre de la Mer, X' (the "
                      "name in apposition); the analyst 'Selon X, analyste chez Portzamparc, <clause>'; the union "
                      "'Selon la CGT, <clause>' (the union by name). Not quotes: 'Le groupe proposera un dividende', "
                      "'Les premières livraisons sont prévues en 2038', 'sera remplacé par ...', the headline.")
    a["notes"].append("Events: results of the financial year closed at the end of March ('sur son exercice clos fin "
                      "mars', written once for the whole paragraph: periods optional, as the financial year given by "
                      "its closing day in the twenty-second set): the net profit ('a doublé son bénéfice net, à 38 "
                      "millions d'euros': no percentage written, no change argument), the revenue with its rise "
                      "('a progressé de 11 %, à 1,42 milliard d'euros'), the operating profit told as 'résultat "
                      "opérationnel courant' (metric operating_income, with its rise); *new*: the order book ('Le "
                      "carnet de commandes atteint 6,8 milliards d'euros', metric orders; the analyst's 'ce carnet' is "
                      "the same figure). Roles: 'son PDG X' (apposition with no comma; organization optional: 'son' is "
                      "Lorvel; 'qui dirige Lorvel depuis 2024' and 'quittera ses fonctions' state the same post, no "
                      "events of their own, as in the twenty-first set), 'X, actuelle directrice des opérations' "
                      "(title without 'actuelle', organization optional), 'Le directeur financier, X' (organization "
                      "optional), 'le ministre de la Mer, X' (title as written, no organization), 'X, analyste chez "
                      "Portzamparc' (organization required). Optional: *new*: 'sera remplacé par X' (the successor's "
                      "future post is the outgoing CEO's, whose title is not written again: a role with title 'PDG' "
                      "and organization Lorvel, both read from the sentence before). *New*: 'a remporté une commande de "
                      "12 navires pour l'armateur norvégien Havbris Shipping, d'un montant de 1,1 milliard d'euros' is "
                      "no event (an order won is none of the contract's types; the amount is money; as a player's "
                      "sale in the twenty-second set). Not events either: the dividend (as in the twenty-first set), "
                      "the steel prices, the deliveries, the share move, the hiring the union asks for.")
    a["notes"].append("Money: the net profit '38 millions d'euros', the revenue '1,42 milliard d'euros', the operating "
                      "profit '71 millions d'euros', the order book '6,8 milliards d'euros', the dividends '0,80 euro' "
                      "and '0,35 euro' (per share, 'par action' outside the span), the order '1,1 milliard d'euros'. "
                      "'quatre ferries', '12 navires', '500 personnes' (after 'au moins') are counts. Percentages: '11 "
                      "%' and '24 %' (rises, no sign written), '6,2 %' (a share move).")
    a["notes"].append("Dates: the dateline '12 juin 2036'; *new*: 'sur son exercice clos fin mars' the end of March of "
                      "the publication year, 2036-03 with mod END (span 'fin mars', no 'de': as 'fin de 2025' in the "
                      "contract); 'le 30 septembre' (future: 'quittera ses fonctions') 2036-09-30; 'jeudi' the "
                      "dateline day; 'cinq années d'activité' a duration (P5Y, as 'deux ans de visibilité' in the "
                      "twenty-first set); 'l'an dernier' 2035 (span 'an dernier'); 'depuis 2024' the year; 'douze ans' "
                      "(inside the marked words) a duration; 'en 2038' (future: 'sont prévues') and 'jusqu'en 2041' "
                      "(span '2041') the years. The age '66 ans' is optional, as in the earlier sets.")
    M(a, "38 millions d'euros", 38e6, "EUR")
    M(a, "1,42 milliard d'euros", 1.42e9, "EUR")
    M(a, "71 millions d'euros", 71e6, "EUR")
    M(a, "6,8 milliards d'euros", 6.8e9, "EUR")
    M(a, "0,80 euro", 0.8, "EUR")
    M(a, "0,35 euro", 0.35, "EUR")
    M(a, "1,1 milliard d'euros", 1.1e9, "EUR")
    P(a, "11 %", 11)
    P(a, "24 %", 24)
    P(a, "6,2 %", 6.2)
    D(a, "12 juin 2036", "2036-06-12", note="the AFP dateline")
    D(a, "fin mars", "2036-03", mod="END", note="'sur son exercice clos fin mars': the financial year's end")
    D(a, "30 septembre", "2036-09-30", note="future: 'quittera ses fonctions le 30 septembre'")
    D(a, "jeudi", "2036-06-12", note="'a fait savoir jeudi': the dateline day")
    D(a, "cinq années", "P5Y", typ="DURATION", note="'soit cinq années d'activité'")
    D(a, "an dernier", "2035", note="'contre 0,35 euro l'an dernier'")
    D(a, "66 ans", "P66Y", typ="DURATION", opt=True, note="an age")
    D(a, "2024", "2024", note="'qui dirige Lorvel depuis 2024'")
    D(a, "douze ans", "P12Y", typ="DURATION", note="'J'ai passé douze ans à redresser ce chantier', inside the marked words")
    D(a, "2038", "2038", note="future: 'Les premières livraisons sont prévues en 2038'")
    D(a, "2041", "2041", note="'met le groupe à l'abri jusqu'en 2041', inside the analyst's reported clause")
    Q(a, f"- [Le constructeur naval nantais {LV} a doublé son bénéfice net, à 38 millions d'euros, sur son exercice clos fin mars, et son PDG {GLF} quittera ses fonctions le 30 septembre], a fait savoir",
      "indirect", "a fait savoir", ("l'[entreprise].", LV, ORG),
      note="inverted reporting clause after the whole sentence; 'l'entreprise' is Lorvel")
    Q(a, "expliqué que [la hausse du prix de l'acier avait été entièrement répercutée aux clients].", "indirect",
      "a expliqué", (YC, YC, PER), gender="male",
      note="'Le directeur financier, X, a expliqué que <clause>': 'Le directeur financier' shows the gender")
    Q(a, f"{O}[Notre priorité sera de livrer chaque navire à l'heure]{C}", "direct", "a-t-elle promis",
      ("a-t-[elle] promis", NBt, PER), gender="female",
      note="'elle' is the successor ('actuelle directrice des opérations') of the sentence before, not the outgoing "
           "CEO who opens it")
    Q(a, f"{O}[J'ai passé douze ans à redresser ce chantier. Il est temps de passer le relais]{C}", "direct",
      "a déclaré", ("M. [Le Floch]", GLF, PER), gender="male",
      note="two sentences inside one pair of marks: one quote; 'M.' shows the gender")
    Q(a, f"{O}[C'est une formidable nouvelle pour tout l'estuaire de la Loire]{C}", "direct", "a salué",
      (EG, EG, PER), gender="male", note="the name in apposition to 'le ministre de la Mer', which shows the gender")
    Q(a, f"Selon {HL}, analyste chez Portzamparc, [ce carnet met le groupe à l'abri jusqu'en 2041].", "indirect",
      f"[Selon] {HL}", (HL, HL, PER), gender="male",
      note="'Selon X, analyste chez Y, <clause>': the clause after the apposition; the given name shows the gender")
    Q(a, "Selon la CGT, [la direction devra embaucher au moins 500 personnes pour tenir les cadences].", "indirect",
      "[Selon] la CGT", ("CGT", "CGT", ORG), note="'Selon <union>, <clause>': the union by name")
    V(a, "result", "bénéfice net", {"company": LV, "metric": "net_income", "amount": "38 millions d'euros",
                                    "period": ("opt", "fin mars")},
      note="'a doublé son bénéfice net, à 38 millions d'euros': no percentage written; the headline's 'double son "
           "bénéfice' is the same fact")
    V(a, "result", "chiffre d'affaires", {"company": LV, "metric": "revenue", "amount": "1,42 milliard d'euros",
                                          "change": "11 %", "period": ("opt", "fin mars")},
      note="'Le chiffre d'affaires a progressé de 11 %, à ...': Lorvel's, the financial year of the lead")
    V(a, "result", "résultat opérationnel courant", {"company": LV, "metric": "operating_income",
                                                     "amount": "71 millions d'euros", "change": "24 %",
                                                     "period": ("opt", "fin mars")},
      note="'le résultat opérationnel courant ressort à ..., en hausse de 24 %'")
    V(a, "result", "carnet de commandes", {"company": LV, "metric": "orders", "amount": "6,8 milliards d'euros"},
      note="*new*: 'Le carnet de commandes atteint 6,8 milliards d'euros': the order book (metric orders), at the "
           "closing date")
    V(a, "role", "PDG", {"person": GLF, "title": "PDG", "organization": ("opt", LV)},
      note="'son PDG X' (no comma): 'son' is Lorvel; 'qui dirige Lorvel depuis 2024' is the same post")
    V(a, "role", "remplacé", {"person": NBt, "title": "PDG", "organization": LV}, optional=True,
      note="*new*: 'sera remplacé par X': the successor takes the outgoing CEO's post, whose title is not written "
           "again; optional")
    V(a, "role", DO, {"person": NBt, "title": DO, "organization": ("opt", LV)},
      note="'X, actuelle directrice des opérations': her current post; title without 'actuelle'")
    V(a, "role", "directeur financier", {"person": YC, "title": "directeur financier", "organization": ("opt", LV)},
      note="'Le directeur financier, X': the company of the article")
    V(a, "role", MIN, {"person": EG, "title": MIN}, note="a minister: title as written, no organization")
    V(a, "role", "analyste", {"person": HL, "title": "analyste", "organization": "Portzamparc"},
      note="'X, analyste chez Portzamparc'")
