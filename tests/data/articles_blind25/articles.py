"""The three articles of the twenty-fifth blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind25`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before % and inside the guillemets in N2, thousands separator in N2)
NN = "\u202f"    # narrow no-break space (before % and inside the guillemets in P2, thousands separator in P2)
AP = "\u2019"    # typographic apostrophe (every apostrophe of P2)


def define(B):
    define_n2(B)
    define_o2(B)
    define_p2(B)


def define_n2(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    AX, KV, SC, SA, IK = "Axandre", "Kelvio", "Saône Croissance", "Stéphane Aubertin", "Inès Karoubi"
    OD, MP, OB = "Olivier Desmarest", "Margaux Pellerin", "Oddo BHF"
    # ------------------------------------------------------------ N2: a listed software group takes over a Lyon cybersecurity start-up (French business daily, web)
    a = B.article("N2-rachat-cybersecurite-lyon", "2036-11-18", (
        f"Cybersécurité : {AX} met la main sur la lyonnaise {KV}\n"
        "Par Camille Renaudin\n"
        "Publié le 18 novembre 2036 à 7 h 15\n\n"
        f"L'éditeur de logiciels {AX} s'empare de {KV}. Le groupe, coté sur Euronext Paris et fort de 4{NB}800 "
        f"salariés, a annoncé lundi avoir signé un accord pour racheter 85{NB}% du capital de la start-up lyonnaise, "
        "spécialiste de la protection des usines contre les cyberattaques, pour 442 millions d'euros. L'opération "
        f"valorise {KV} à 520 millions d'euros, dette comprise. Sa finalisation est attendue au premier trimestre 2037.\n\n"
        f"{AX} reprend notamment la participation du fonds {SC}, qui avait mené la levée de 40 millions d'euros "
        f"bouclée en 2034 par {KV}, aux côtés de Bpifrance. Ce tour de table valorisait alors la jeune pousse 160 "
        f"millions d'euros. La fondatrice de {KV}, {IK}, conservera 15{NB}% du capital et restera directrice "
        "générale. L'entreprise, qui emploie 210 salariés, a réalisé l'an dernier un chiffre d'affaires de 24 millions "
        f"d'euros, en hausse de 62{NB}%.\n\n"
        f"{O}{KV} nous apporte ce qui nous manquait : la sécurité des chaînes de production{C}, a déclaré {SA}, "
        f"PDG d'{AX}, lors d'une conférence téléphonique. Il a ajouté que le groupe comptait doubler les effectifs de "
        f"sa nouvelle filiale d'ici à 2039. {IK} assure pour sa part que les équipes et la recherche resteront à "
        f"Lyon. {O}Nous n'avons pas vendu notre âme, nous avons choisi un partenaire industriel{C}, a-t-elle insisté. "
        f"Le vendeur ne cache pas sa satisfaction : {O}Nous avons accompagné {KV} de 30 à 210 salariés, c'est notre "
        f"plus belle sortie{C}, a salué {OD}, associé gérant de {SC}.\n\n"
        f"{AX} avale ainsi son deuxième spécialiste de la sécurité en deux ans, après le rachat du nantais Cybelis en "
        "2035. Et son appétit ne semble pas rassasié : selon des sources proches du dossier, le groupe serait en "
        f"discussions pour racheter l'allemand Sicherwerk, basé à Munich. Selon {MP}, analyste chez {OB}, le prix "
        f"payé pour {KV}, près de 22 fois son chiffre d'affaires, se justifie par la rareté des cibles en Europe. "
        f"L'action {AX} a terminé la séance de lundi en hausse de 2,4{NB}%."))
    for s, l, c, o in [(AX, ORG, None, False), (KV, ORG, None, False), ("Camille Renaudin", PER, None, False),
                       ("Euronext Paris", ORG, None, False), (SC, ORG, None, False), ("Bpifrance", ORG, None, False),
                       (IK, PER, None, False), (SA, PER, None, False), ("Lyon", LOC, None, False),
                       (OD, PER, None, False), ("Cybelis", ORG, None, False), ("Sicherwerk", ORG, None, False),
                       ("Munich", LOC, None, False), (MP, PER, None, False), (OB, ORG, None, False),
                       ("Europe", LOC, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a French business daily copied as plain text: a headline opened by a section word "
                      "and a colon ('Cybersécurité : ...', no name), a byline ('Par Camille Renaudin') and *new*: a "
                      "publication line whose clock time is written with spaces around the 'h' and no leading zero, as "
                      "French typography recommends ('Publié le 18 novembre 2036 à 7 h 15'), no dateline. The reference "
                      "date is that day (Tuesday 18 November 2036), the day after the announcement ('a annoncé lundi'). "
                      "Straight apostrophes; no-break spaces (U+00A0) before '%', inside the guillemets and as the "
                      "thousands separator of the count '4 800 salariés'.")
    a["notes"].append("Entities: the coined listed software group 'Axandre' (headline, lead, 'PDG d'Axandre' after the "
                      "elided 'd'', 'L'action Axandre': six mentions) and the coined Lyon start-up 'Kelvio' (eight "
                      "mentions, once inside the buyer's marked words and once inside the fund partner's) are ORG; the "
                      "coined fund 'Saône Croissance' (after 'du fonds' and 'associé gérant de'), the public bank "
                      "'Bpifrance', the market operator 'Euronext Paris' (one ORG, no separate 'Paris', as 'Bourse de "
                      "Paris'), the broker 'Oddo BHF' (after 'chez', one ORG with its two words), the coined French "
                      "firm bought in 2035 'Cybelis' and the coined German target 'Sicherwerk' are ORG; the buyer's "
                      "CEO, the founder (twice), the fund partner, the analyst and the byline's journalist are PER; "
                      "'Lyon' (inside the founder's reported clause), 'Munich' and 'Europe' (inside the analyst's "
                      "clause) are LOC. Not names: 'Cybersécurité' (the section word), 'lyonnaise' (also as a noun "
                      "in the headline's 'la lyonnaise Kelvio', as 'la liégeoise Myorel' in the twenty-third set), "
                      "'nantais', 'l'allemand' (a firm by its adjective, as 'l’italien' in the twenty-third set), "
                      "'L'éditeur de logiciels', 'Le groupe', 'la start-up', 'L'opération', 'la jeune pousse', "
                      "'L'entreprise', 'sa nouvelle filiale', 'Le vendeur', 'des sources proches du dossier', "
                      "'L'action'.")
    a["notes"].append("Quotes: the buyer through 'Le groupe, coté sur Euronext Paris et ..., a annoncé lundi avoir signé "
                      "...' (span from the infinitive to the full stop; speaker the noun 'groupe', canonical Axandre "
                      "named in the sentence before); the buyer's CEO '« ... », a déclaré X, PDG d'Axandre, lors "
                      "d'une conférence téléphonique' then 'Il a ajouté que <clause>'; the founder 'X assure pour sa "
                      "part que <clause>' (present-tense cue, 'pour sa part' between cue and 'que') then '« ... », "
                      "a-t-elle insisté' ('elle' is the founder of the sentence before); the seller's partner after a "
                      "sentence of the article's own ending in a colon ('Le vendeur ne cache pas sa satisfaction : « "
                      "... », a salué X, associé gérant de ...': the cue after the marks wins, cue 'a salué', speaker "
                      "the name after it); *new*: an unnamed source in lower case after a colon ('... : selon des "
                      "sources proches du dossier, <clause>': cue 'selon', speaker the noun phrase 'sources proches du "
                      "dossier' without 'des', canonical and label null as 'l'entourage du ministre' in the "
                      "twenty-fourth set; the clause is the rumour with its conditional 'serait'); the analyst 'Selon "
                      "X, analyste chez Oddo BHF, <clause>' (the clause after the apposition, the appositive 'près de "
                      "22 fois son chiffre d'affaires' inside it). Not quotes: 'L'opération valorise ...', 'Sa "
                      "finalisation est attendue ...', 'Ce tour de table valorisait ...', 'Le vendeur ne cache pas sa "
                      "satisfaction' (no words reported), the headline.")
    a["notes"].append("Events: one fact, one event. *New*: a takeover told with figurative verbs: the headline's 'met la "
                      "main sur', the lead's 's'empare de', 'Axandre reprend notamment la participation du fonds X' "
                      "and 'Axandre avale ainsi son deuxième spécialiste' restate the deal the lead tells in full ('a "
                      "annoncé lundi avoir signé un accord pour racheter 85 % du capital ... pour 442 millions "
                      "d'euros'): one acquisition, trigger 'racheter', target Kelvio, buyer Axandre, seller the fund "
                      "whose stake is bought (named in the next paragraph), stake '85 %', amount, date 'lundi', status "
                      "'announced' (an agreement signed, closing expected in the first quarter). *New*: the price's "
                      "implied value 'L'opération valorise Kelvio à 520 millions d'euros, dette comprise' is a "
                      "valuation event (an acquisition has no valuation role and no funding event carries this figure; "
                      "date optional: the announcement day). *New*: the target's earlier round referred back ('la "
                      "levée de 40 millions d'euros bouclée en 2034 par Kelvio, aux côtés de Bpifrance', then 'Ce tour "
                      "de table valorisait alors la jeune pousse 160 millions d'euros') is one funding event, trigger "
                      "'levée', investors the fund that led it and Bpifrance, its valuation and year. Result: 'a "
                      "réalisé l'an dernier un chiffre d'affaires de 24 millions d'euros, en hausse de 62 %' (revenue, "
                      "company Kelvio named in the sentence before 'L'entreprise'). Two more acquisitions: 'après le "
                      "rachat du nantais Cybelis en 2035' (done, buyer Axandre, no amount) and *new* the rumour "
                      "'selon des sources ..., le groupe serait en discussions pour racheter l'allemand Sicherwerk' "
                      "(status 'planned' as the contract's 'serait en discussions'; buyer 'le groupe' = Axandre, named "
                      "in the sentence before). Roles: 'X, PDG d'Axandre', 'La fondatrice de Kelvio, X' and 'X, "
                      "associé gérant de Saône Croissance', 'X, analyste chez Oddo BHF' (organization required); 'X "
                      "... restera directrice générale' (the post she keeps, organization optional: the company of the "
                      "sentence). Not events: the 15 % the founder keeps (a stake kept), the hiring plan, the share "
                      "move, the fund's exit ('notre plus belle sortie').")
    a["notes"].append("Money: the price '442 millions d'euros', the implied value '520 millions d'euros' ('dette "
                      "comprise' outside), the 2034 round '40 millions d'euros' and its valuation '160 millions "
                      "d'euros', the revenue '24 millions d'euros'. '4 800 salariés', '210 salariés', '30 à 210 "
                      "salariés' are counts; 'près de 22 fois' is a multiple, no amount. Percentages: the stake bought "
                      "'85 %', the stake kept '15 %', a rise '62 %' (no sign), the share move '2,4 %'.")
    a["notes"].append("Dates: *new*: the publication line '18 novembre 2036 à 7 h 15' (spaced 'h', no leading zero) is "
                      "one TIME, 2036-11-18T07:15; 'lundi' twice (past: 'a annoncé lundi' and 'la séance de lundi'), "
                      "2036-11-17, two items; *new*: 'au premier trimestre 2037' the quarter, 2037-Q1 (span 'premier "
                      "trimestre 2037'); 'bouclée en 2034' and 'Cybelis en 2035' the years; 'l'an dernier' 2035 (span "
                      "'an dernier'); 'd'ici à 2039' (inside the reported clause) 2039 (span '2039'); 'en deux ans' a "
                      "duration, P2Y (span 'deux ans').")
    M(a, "442 millions d'euros", 442e6, "EUR")
    M(a, "520 millions d'euros", 520e6, "EUR")
    M(a, "40 millions d'euros", 40e6, "EUR")
    M(a, "160 millions d'euros", 160e6, "EUR")
    M(a, "24 millions d'euros", 24e6, "EUR")
    P(a, f"85{NB}%", 85)
    P(a, f"15{NB}%", 15)
    P(a, f"62{NB}%", 62)
    P(a, f"2,4{NB}%", 2.4)
    D(a, "18 novembre 2036 à 7 h 15", "2036-11-18T07:15", typ="TIME",
      note="*new*: the publication line, clock time with spaces around 'h' and no leading zero")
    D(a, "lundi", "2036-11-17", nth=0, note="past: 'a annoncé lundi', the day before the Tuesday publication")
    D(a, "premier trimestre 2037", "2037-Q1", note="*new*: 'Sa finalisation est attendue au premier trimestre 2037': a quarter")
    D(a, "2034", "2034", note="'la levée de 40 millions d'euros bouclée en 2034'")
    D(a, "an dernier", "2035", note="'a réalisé l'an dernier un chiffre d'affaires'")
    D(a, "2039", "2039", note="'d'ici à 2039', inside the reported clause")
    D(a, "deux ans", "P2Y", typ="DURATION", note="'son deuxième spécialiste de la sécurité en deux ans'")
    D(a, "2035", "2035", note="'après le rachat du nantais Cybelis en 2035'")
    D(a, "lundi", "2036-11-17", nth=1, note="past: 'a terminé la séance de lundi'")
    Q(a, "annoncé lundi [avoir signé un accord pour racheter 85\u00a0% du capital de la start-up lyonnaise, spécialiste de la protection des usines contre les cyberattaques, pour 442 millions d'euros].",
      "indirect", "a annoncé", ("Le [groupe], coté", AX, ORG),
      note="'Le groupe, coté sur ... et fort de ..., a annoncé lundi avoir signé ...': the span starts at the "
           "infinitive; 'Le groupe' is Axandre, named in the sentence before")
    Q(a, f"{O}[{KV} nous apporte ce qui nous manquait : la sécurité des chaînes de production]{C}", "direct",
      "a déclaré", (SA, SA, PER), gender="male",
      note="inverted cue, the name with 'PDG d'Axandre' in apposition; 'Il' in the next sentence and the given name "
           "show the gender; the colon is inside the marked words")
    Q(a, "ajouté que [le groupe comptait doubler les effectifs de sa nouvelle filiale d'ici à 2039].", "indirect",
      "a ajouté", ("[Il] a ajouté", SA, PER), gender="male", note="'Il' is the buyer's CEO of the sentence before")
    Q(a, "assure pour sa part que [les équipes et la recherche resteront à Lyon].", "indirect", "assure",
      (IK, IK, PER), gender="female",
      note="present-tense cue, 'pour sa part' between the cue and 'que'; 'La fondatrice' earlier shows the gender")
    Q(a, f"{O}[Nous n'avons pas vendu notre âme, nous avons choisi un partenaire industriel]{C}", "direct",
      "a-t-elle insisté", ("a-t-[elle] insisté", IK, PER), gender="female",
      note="'elle' is the founder of the sentence before")
    Q(a, f"{O}[Nous avons accompagné {KV} de 30 à 210 salariés, c'est notre plus belle sortie]{C}", "direct",
      "a salué", (OD, OD, PER), gender="male",
      note="after the article's own 'Le vendeur ne cache pas sa satisfaction :' (no speech verb there), the cue "
           "after the marks, the name with 'associé gérant de Saône Croissance' in apposition ('associé' shows the "
           "gender)")
    Q(a, "selon des sources proches du dossier, [le groupe serait en discussions pour racheter l'allemand Sicherwerk, basé à Munich].",
      "indirect", "[selon] des sources", ("des [sources proches du dossier],", None, None),
      note="*new*: lower-case 'selon' after a colon; a noun-phrase speaker that names no one: canonical and label null")
    Q(a, f"Selon {MP}, analyste chez {OB}, [le prix payé pour {KV}, près de 22 fois son chiffre d'affaires, se justifie par la rareté des cibles en Europe].",
      "indirect", f"[Selon] {MP}", (MP, MP, PER), gender="female",
      note="'Selon X, analyste chez Y, <clause>': the clause after the apposition; the given name shows the gender")
    V(a, "acquisition", "pour [racheter] 85", {"target": KV, "buyer": AX, "seller": SC, "stake": f"85{NB}%",
                                                "amount": "442 millions d'euros", "date": "lundi",
                                                "status": "announced"},
      note="*new*: figurative verbs restate it ('met la main sur', 's'empare de', 'reprend notamment la participation "
           "du fonds X', 'avale'); the seller is the fund whose stake the buyer takes, named in the next paragraph; "
           "announced: an agreement signed, closing expected in the first quarter of 2037")
    V(a, "valuation", "valorise", {"company": KV, "amount": "520 millions d'euros", "date": ("opt", "lundi")},
      note="*new*: the value the price implies ('L'opération valorise Kelvio à ...'): no funding event carries it and "
           "an acquisition has no valuation role; the date is the announcement day, optional")
    V(a, "funding", "levée", {"company": KV, "amount": "40 millions d'euros", "investors": [SC, "Bpifrance"],
                              "valuation": "160 millions d'euros", "date": "2034"},
      note="*new*: the target's earlier round referred back ('la levée de 40 millions d'euros bouclée en 2034 par "
           "Kelvio, aux côtés de Bpifrance'; 'Ce tour de table valorisait alors la jeune pousse ...' is the same round "
           "and gives its valuation); the fund 'qui avait mené' it and Bpifrance are its investors")
    V(a, "result", "chiffre d'affaires", {"company": f"fondatrice de [{KV}]", "metric": "revenue", "amount": "24 millions d'euros",
                                          "change": f"62{NB}%", "period": "an dernier"}, nth=0,
      note="'L'entreprise ... a réalisé l'an dernier un chiffre d'affaires de ..., en hausse de 62 %': Kelvio; the "
           "analyst's 'son chiffre d'affaires' is the same figure")
    V(a, "role", "fondatrice", {"person": IK, "title": "fondatrice", "organization": KV},
      note="'La fondatrice de Kelvio, X'")
    V(a, "role", "directrice générale", {"person": IK, "title": "directrice générale", "organization": ("opt", KV)},
      note="'X ... restera directrice générale': the post she keeps; the company of the sentence")
    V(a, "role", "PDG", {"person": SA, "title": "PDG", "organization": AX}, note="'X, PDG d'Axandre'")
    V(a, "role", "associé gérant", {"person": OD, "title": "associé gérant", "organization": SC},
      note="'X, associé gérant de Saône Croissance'")
    V(a, "acquisition", "rachat", {"target": "Cybelis", "buyer": AX, "date": "2035", "status": "done"},
      note="'Axandre avale ainsi son deuxième spécialiste ..., après le rachat du nantais Cybelis en 2035': a past deal "
           "recalled by a noun; no amount")
    V(a, "acquisition", "pour [racheter] l'allemand", {"target": "Sicherwerk", "buyer": f"[{AX}] avale", "status": "planned"},
      note="*new*: a rumoured deal in the conditional ('le groupe serait en discussions pour racheter ...', inside an "
           "unnamed source's clause): planned; 'le groupe' is Axandre, named in the sentence before")
    V(a, "role", "analyste", {"person": MP, "title": "analyste", "organization": OB},
      note="'X, analyste chez Oddo BHF'")


def define_o2(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "« ", " »"     # guillemets with ordinary spaces inside in this article (agency style)
    CN, PV, CE, OBr, KB = "Castelnor", "Philippe Vasseur", "Claire Etcheverry", "Olivier Brunet", "Karim Bensaïd"
    JF, KC = "Julie Ferrand", "Kepler Cheuvreux"
    DGD = "directrice générale déléguée"
    PNE = "président non exécutif du conseil"
    # ------------------------------------------------------------ O2: a rail equipment maker's annual results and its CEO's succession (Reuters dispatch in French)
    a = B.article("O2-resultats-annuels-castelnor", "2037-02-26", (
        f"{CN} : bénéfice net en hausse de 18,4 %, le PDG passe la main\n\n"
        f"PARIS, 26 février (Reuters) - Le constructeur ferroviaire {CN} a dégagé en 2036 un résultat net de 312 "
        f"millions d'euros, en hausse de 18,4 %, et change de patron : son PDG, {PV}, passera la main le 1er mai à "
        f"{CE}, actuelle {DGD}.\n\n"
        "Le chiffre d'affaires du groupe, qui emploie 12 400 salariés, a progressé de 9,7 %, à 4,86 milliards "
        "d'euros, tandis que l'Ebitda a augmenté de 11,2 %, à 702 millions d'euros. La marge d'Ebitda gagne ainsi "
        "0,2 point, à 14,4 %. Le carnet de commandes atteignait 19,3 milliards d'euros au 31 décembre, un record, soit "
        "quatre années de production. Les analystes interrogés par Reuters attendaient en moyenne un résultat net de "
        "305 millions d'euros.\n\n"
        f"{O}Nous avons absorbé la flambée de l'acier sans sacrifier nos marges{C}, a souligné le directeur financier, "
        f"{OBr}, lors d'une conférence téléphonique. Selon lui, le groupe vise pour 2037 une croissance organique de "
        f"6 % et une marge d'Ebitda de 15 %. {CN} a confirmé par ailleurs viser une marge de 16 % en 2040. Le conseil "
        "proposera un dividende de 2,15 euros par action, contre 1,80 euro pour 2035.\n\n"
        f"{CE}, 52 ans, a été nommée directrice générale par le conseil d'administration réuni mercredi, avec effet "
        f"au 1er mai. {O}Ma priorité sera la rentabilité de chaque contrat{C}, a-t-elle assuré. {PV}, 64 ans, à la "
        f"tête du groupe depuis 2027, deviendra {PNE}. {O}Je laisse un groupe en ordre de marche, avec un carnet qui "
        f"n'a jamais été aussi plein{C}, a déclaré M. Vasseur.\n\n"
        f"La CGT, premier syndicat du groupe, a dénoncé dans un communiqué {O}des résultats records bâtis sur la "
        f"modération salariale{C}. Son délégué central, {KB}, a indiqué que le syndicat réclamerait une hausse "
        "générale de 5 % lors des négociations annuelles prévues en mars.\n\n"
        f"À 10h20, le titre {CN} cédait 1,3 % à la Bourse de Paris. Selon {JF}, analyste chez {KC}, le marché "
        "sanctionne surtout le départ d'un dirigeant très apprécié des investisseurs."))
    for s, l, c, o in [(CN, ORG, None, False), ("PARIS", LOC, None, False), ("Reuters", ORG, None, False),
                       (PV, PER, None, False), ("Vasseur", PER, PV, False), (CE, PER, None, False),
                       (OBr, PER, None, False), ("CGT", ORG, None, False), (KB, PER, None, False),
                       ("Bourse de Paris", ORG, None, False), (JF, PER, None, False), (KC, ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Agency dispatch (Reuters in French) copied as plain text: a headline line opened by the company's "
                      "name and a colon ('Castelnor : ...', the company ORG), no publication line, then *new*: a "
                      "Reuters dateline with the day and month but no year ('PARIS, 26 février (Reuters) -'). The "
                      "reference date is the dateline day (Thursday 26 February 2037), the year of the dateline read "
                      "from it; the board met the day before ('réuni mercredi'). Straight apostrophes; ordinary spaces "
                      "before '%', inside the guillemets, in 'M. Vasseur' and as the thousands separator of the count "
                      "'12 400 salariés'.")
    a["notes"].append("Entities: the coined rail equipment maker 'Castelnor' (headline, lead, 'Castelnor a confirmé par "
                      "ailleurs', 'le titre Castelnor') is ORG; the agency 'Reuters' (dateline and 'Les "
                      "analystes interrogés par Reuters'), the union 'CGT' (never spelled out), 'Bourse de Paris' (one "
                      "ORG, no separate 'Paris') and the broker 'Kepler Cheuvreux' (after 'chez') are ORG; the dateline "
                      "'PARIS' keeps its case and is LOC; the outgoing CEO (full name twice, and 'M. Vasseur': span "
                      "'Vasseur', the title outside, canonical the full name), the successor, the CFO, the union "
                      "representative and the analyst are PER. Not names: 'Ebitda' (a metric), 'Le constructeur "
                      "ferroviaire', 'le groupe', 'Le conseil', 'le conseil d'administration', 'le syndicat', 'Les "
                      "analystes', 'le titre', 'le marché', 'patron'.")
    a["notes"].append("Quotes: the CFO '« ... », a souligné le directeur financier, X, lors d'une conférence "
                      "téléphonique' (inverted cue, the name in apposition to the title) then *new*: 'Selon lui, "
                      "<clause>' (a pronoun after 'Selon': speaker 'lui', canonical the CFO of the sentence before); "
                      "the company by name 'Castelnor a confirmé par ailleurs viser ...' (span from the infinitive, the adverb outside); "
                      "the successor '« ... », a-t-elle assuré' ('elle' is the successor named in the sentence before); "
                      "the outgoing CEO '« ... », a déclaré M. Vasseur' (speaker the surname after 'M.'); *new*: the "
                      "union's words quoted as the object of the cue, with the document between ('La CGT, premier "
                      "syndicat du groupe, a dénoncé dans un communiqué « des résultats records ... »'): one direct "
                      "quote for the marked noun phrase, speaker the issuer 'CGT' (ORG), the communiqué the medium; "
                      "the union representative 'Son délégué central, X, a indiqué que <clause>'; the analyst 'Selon "
                      "X, analyste chez Kepler Cheuvreux, <clause>'. Not quotes: *new*: 'Les analystes interrogés par "
                      "Reuters attendaient en moyenne un résultat net de ...' (a consensus, no speech verb and no "
                      "words reported), 'Le conseil proposera un dividende ...', 'a été nommée ...', 'passera la main "
                      "... à ...', the headline.")
    a["notes"].append("Events: results of 2036 ('a dégagé en 2036', written once): the net profit (headline 'bénéfice "
                      "net en hausse de 18,4 %' and lead 'un résultat net de ..., en hausse de 18,4 %': one event, "
                      "trigger the lead's 'résultat net', change the lead's percentage, period required), the revenue "
                      "('a progressé de 9,7 %, à ...') and the 'Ebitda' ('a augmenté de 11,2 %, à ...', metric ebitda), "
                      "their periods optional (the year written once for the paragraph); the order book ('Le carnet de "
                      "commandes atteignait ... au 31 décembre', metric orders; the period '31 décembre' optional: the "
                      "date the figure stands at). Optional: *new*: the margin's gain ('La marge d'Ebitda gagne ainsi "
                      "0,2 point, à 14,4 %': a ratio with no amount, metric other with change '0,2 point'; the contract "
                      "does not say whether a margin is a result). Not results: *new*: the analysts' consensus "
                      "('attendaient ... un résultat net de 305 millions d'euros', an expectation), the CFO's targets "
                      "for 2037 and the company's for 2040 (forecasts), the dividend. Roles: 'son PDG, X' "
                      "(organization optional: 'son' is Castelnor; 'à la tête du groupe depuis 2027' and the "
                      "headline's 'le PDG passe la main' state the same post), 'Y, actuelle directrice générale "
                      "déléguée' (title without 'actuelle', organization optional), *new*: 'Y ... a été nommée "
                      "directrice générale par le conseil d'administration ..., avec effet au 1er mai' (the new post; "
                      "the lead's 'passera la main le 1er mai à Y' restates it, no second event; the date of effect is "
                      "no role argument), 'X ... deviendra président non exécutif du conseil' (a future post, title as "
                      "written, organization optional), 'le directeur financier, X' (organization optional), *new*: "
                      "'Son délégué central, X' ('Son' is the CGT of the sentence before: organization optional, as "
                      "'déléguée CFDT' in the twenty-third set), 'X, analyste chez Kepler Cheuvreux' (organization "
                      "required). Not events: 'premier syndicat du groupe' (a rank, no person), the share move, the "
                      "wage demand.")
    a["notes"].append("Money: the net profit '312 millions d'euros', the revenue '4,86 milliards d'euros', the Ebitda "
                      "'702 millions d'euros', the order book '19,3 milliards d'euros', the consensus '305 millions "
                      "d'euros', the dividends '2,15 euros' and '1,80 euro' ('par action' outside). '12 400 salariés' "
                      "is a count. Percentages: '18,4 %' twice (headline and lead, two items), the rises '9,7 %' and "
                      "'11,2 %' (no sign), the margin gain '0,2 point' (points: true, value 0.2), the margin '14,4 %', "
                      "the targets '6 %', '15 %' and '16 %', the wage demand '5 %', the share move '1,3 %'.")
    a["notes"].append("Dates: *new*: the dateline '26 février' with no year, 2037-02-26 (the year of the reference "
                      "date); 'en 2036' the financial year; 'le 1er mai' twice (future: 'passera la main', 'avec effet "
                      "au'), 2037-05-01, two items (span '1er mai'); 'au 31 décembre' (the closing day of 2036, the "
                      "order book's date) 2036-12-31; 'quatre années de production' a duration, P4Y (span 'quatre "
                      "années'); 'pour 2037', 'en 2040', 'pour 2035', 'depuis 2027' the years; 'mercredi' (past: "
                      "'réuni') 2037-02-25; 'en mars' (future: 'prévues', inside the reported clause) 2037-03; 'À "
                      "10h20' a TIME on the dateline day, 2037-02-26T10:20 (span '10h20'). Optional: the ages '52 ans' "
                      "and '64 ans'.")
    M(a, "312 millions d'euros", 312e6, "EUR")
    M(a, "4,86 milliards d'euros", 4.86e9, "EUR")
    M(a, "702 millions d'euros", 702e6, "EUR")
    M(a, "19,3 milliards d'euros", 19.3e9, "EUR")
    M(a, "305 millions d'euros", 305e6, "EUR")
    M(a, "2,15 euros", 2.15, "EUR")
    M(a, "1,80 euro", 1.8, "EUR")
    P(a, "18,4 %", 18.4, nth=0)
    P(a, "18,4 %", 18.4, nth=1)
    P(a, "9,7 %", 9.7)
    P(a, "11,2 %", 11.2)
    P(a, "0,2 point", 0.2, points=True)
    P(a, "14,4 %", 14.4)
    P(a, "6 %", 6)
    P(a, "15 %", 15)
    P(a, "16 %", 16)
    P(a, "5 %", 5)
    P(a, "1,3 %", 1.3)
    D(a, "26 février", "2037-02-26", note="*new*: the Reuters dateline, day and month with no year: the year of the reference date")
    D(a, "2036", "2036", note="'a dégagé en 2036 un résultat net'")
    D(a, "1er mai", "2037-05-01", nth=0, note="future: 'passera la main le 1er mai'")
    D(a, "31 décembre", "2036-12-31", note="'Le carnet de commandes atteignait ... au 31 décembre': the end of the financial year 2036")
    D(a, "quatre années", "P4Y", typ="DURATION", note="'soit quatre années de production'")
    D(a, "2037", "2037", note="'le groupe vise pour 2037', inside the reported clause")
    D(a, "2040", "2040", note="'confirmé viser une marge de 16 % en 2040'")
    D(a, "2035", "2035", note="'contre 1,80 euro pour 2035'")
    D(a, "52 ans", "P52Y", typ="DURATION", opt=True, note="an age")
    D(a, "mercredi", "2037-02-25", note="past: 'le conseil d'administration réuni mercredi', the day before the Thursday dateline")
    D(a, "1er mai", "2037-05-01", nth=1, note="future: 'avec effet au 1er mai'")
    D(a, "64 ans", "P64Y", typ="DURATION", opt=True, note="an age")
    D(a, "2027", "2027", note="'à la tête du groupe depuis 2027'")
    D(a, "mars", "2037-03", note="future: 'les négociations annuelles prévues en mars', inside the reported clause")
    D(a, "10h20", "2037-02-26T10:20", typ="TIME", note="'À 10h20, le titre ... cédait': the dateline day")
    Q(a, f"{O}[Nous avons absorbé la flambée de l'acier sans sacrifier nos marges]{C}", "direct", "a souligné",
      (OBr, OBr, PER), gender="male",
      note="inverted cue, the name in apposition to 'le directeur financier', which shows the gender")
    Q(a, "Selon lui, [le groupe vise pour 2037 une croissance organique de 6 % et une marge d'Ebitda de 15 %].",
      "indirect", "[Selon] lui", ("Selon [lui]", OBr, PER), gender="male",
      note="*new*: a pronoun after 'Selon': 'lui' is the CFO of the sentence before")
    Q(a, "par ailleurs [viser une marge de 16 % en 2040].", "indirect", "a confirmé",
      (f"[{CN}] a confirmé", CN, ORG),
      note="'X a confirmé par ailleurs viser ...': the span starts at the infinitive ('par ailleurs' between cue and infinitive outside); the company by name")
    Q(a, f"{O}[Ma priorité sera la rentabilité de chaque contrat]{C}", "direct", "a-t-elle assuré",
      ("a-t-[elle] assuré", CE, PER), gender="female",
      note="'elle' is the successor named in the sentence before ('nommée')")
    Q(a, f"{O}[Je laisse un groupe en ordre de marche, avec un carnet qui n'a jamais été aussi plein]{C}", "direct",
      "a déclaré", ("M. [Vasseur]", PV, PER), gender="male", note="the surname after 'M.', which shows the gender")
    Q(a, f"communiqué {O}[des résultats records bâtis sur la modération salariale]{C}", "direct", "a dénoncé",
      ("La [CGT], premier", "CGT", ORG),
      note="*new*: a marked noun phrase as the object of the cue ('a dénoncé dans un communiqué « ... »'): one direct "
           "quote for the marked words; the union is the issuer of the communiqué and the speaker")
    Q(a, "indiqué que [le syndicat réclamerait une hausse générale de 5 % lors des négociations annuelles prévues en mars].",
      "indirect", "a indiqué", (KB, KB, PER), gender="male",
      note="'Son délégué central, X, a indiqué que <clause>': 'délégué' shows the gender")
    Q(a, f"Selon {JF}, analyste chez {KC}, [le marché sanctionne surtout le départ d'un dirigeant très apprécié des investisseurs].",
      "indirect", f"[Selon] {JF}", (JF, JF, PER), gender="female",
      note="'Selon X, analyste chez Y, <clause>': the clause after the apposition; the given name shows the gender")
    V(a, "result", "résultat net", {"company": CN, "metric": "net_income", "amount": "312 millions d'euros",
                                    "change": "18,4 %", "period": "2036"}, nth=0,
      note="the lead's 'a dégagé en 2036 un résultat net de ..., en hausse de 18,4 %'; the headline's 'bénéfice net en "
           "hausse de 18,4 %' is the same fact; the consensus's 'résultat net' (second occurrence) is no result")
    V(a, "result", "chiffre d'affaires", {"company": CN, "metric": "revenue", "amount": "4,86 milliards d'euros",
                                          "change": "9,7 %", "period": ("opt", "2036")},
      note="'Le chiffre d'affaires du groupe ... a progressé de 9,7 %, à ...': the year written once in the lead")
    V(a, "result", "Ebitda", {"company": CN, "metric": "ebitda", "amount": "702 millions d'euros",
                              "change": "11,2 %", "period": ("opt", "2036")}, nth=0,
      note="'tandis que l'Ebitda a augmenté de 11,2 %, à ...'")
    V(a, "result", "marge d'Ebitda", {"company": CN, "metric": "other", "change": "0,2 point"}, nth=0, optional=True,
      note="*new*: a margin's gain in points ('La marge d'Ebitda gagne ainsi 0,2 point, à 14,4 %'): a ratio with no "
           "amount; whether it is a result the contract leaves open: optional")
    V(a, "result", "carnet de commandes", {"company": CN, "metric": "orders", "amount": "19,3 milliards d'euros",
                                           "period": ("opt", "31 décembre")},
      note="'Le carnet de commandes atteignait ... au 31 décembre': the order book at the year's end")
    V(a, "role", "son [PDG], Philippe", {"person": PV, "title": "PDG", "organization": ("opt", CN)},
      note="'son PDG, X': 'son' is Castelnor; the headline's 'le PDG' and 'à la tête du groupe depuis 2027' restate it")
    V(a, "role", DGD, {"person": CE, "title": DGD, "organization": ("opt", CN)},
      note="'Y, actuelle directrice générale déléguée': her current post, title without 'actuelle'")
    V(a, "role", "nommée [directrice générale]", {"person": CE, "title": "directrice générale",
                                                  "organization": ("opt", CN)},
      note="*new*: 'a été nommée directrice générale ..., avec effet au 1er mai': the new post; the lead's 'passera la "
           "main ... à Y' restates it")
    V(a, "role", PNE, {"person": PV, "title": PNE, "organization": ("opt", CN)},
      note="'X ... deviendra président non exécutif du conseil': a future post, title as written")
    V(a, "role", "directeur financier", {"person": OBr, "title": "directeur financier", "organization": ("opt", CN)},
      note="'le directeur financier, X': the company of the article")
    V(a, "role", "délégué central", {"person": KB, "title": "délégué central", "organization": ("opt", "CGT")},
      note="*new*: 'Son délégué central, X': 'Son' is the CGT of the sentence before; the union optional, as "
           "'déléguée CFDT' in the twenty-third set")
    V(a, "role", "analyste", {"person": JF, "title": "analyste", "organization": KC},
      note="'X, analyste chez Kepler Cheuvreux'")


def define_p2(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    OR, BB, GLB, HG, AK = "Ormelia", "Bezhin Bro", "Gwenaëlle Le Bihan", f"Hervé Guivarc{AP}h", "Alain Kerhervé"
    MI, SQ, YLG, MT, RK = f"Marée d{AP}Iroise", "Sandrine Quéré", "Yannick Le Goff", "Maëlle Tanguy", "Ronan Kerdoncuff"
    BU, OC, CMA = "Breizh Up", "Ouest Croissance", "Crédit Mutuel Arkéa"
    PCA = f"président du conseil d{AP}administration"
    RI = f"responsable de l{AP}innovation"
    # ------------------------------------------------------------ P2: a Lorient seaweed-ingredient maker raises funds, buys a small rival, appoints a chairman and a managing director (French regional daily, web)
    a = B.article("P2-levee-algues-lorient", "2036-12-05", (
        f"Lorient : {OR} lève 9,5 millions d{AP}euros et s{AP}offre {BB}\n"
        "Par Soizic Le Dantec\n"
        "Publié le vendredi 5 décembre 2036\n\n"
        f"L{AP}entreprise lorientaise {OR}, qui transforme des algues bretonnes en ingrédients pour "
        f"l{AP}agroalimentaire, a bouclé une levée de fonds de 9,5 millions d{AP}euros auprès de deux fonds régionaux, "
        f"{BU} et {OC}, et du {CMA}. Ce tour de table, annoncé jeudi, valorise la société 38 millions "
        f"d{AP}euros ; sa fondatrice, {GLB}, ancienne ingénieure de l{AP}Ifremer, reste majoritaire avec 58{NN}% du "
        f"capital. Fondée en 2029, {OR} emploie 64 salariés sur le port de Keroman et a réalisé en 2035 un chiffre "
        f"d{AP}affaires de 6,8 millions d{AP}euros, en hausse de 41{NN}%.\n\n"
        f"{O}Nous avons refusé deux offres de groupes étrangers. Nous voulons grandir ici, avec des actionnaires qui "
        "connaissent la mer.\n\n"
        f"{O}Cet argent va nous permettre de doubler la capacité de séchage et de recruter une trentaine de personnes "
        f"d{AP}ici à 2038{C}, explique {GLB}.\n\n"
        f"{OR} a par ailleurs racheté en novembre, pour un montant non communiqué, son petit concurrent finistérien "
        f"{BB}, installé à Plouguerneau. Son fondateur, {HG}, 67 ans, a expliqué avoir cherché pendant deux ans un "
        f"repreneur prêt à garder l{AP}activité dans les abers. Les huit salariés de {BB} seront conservés, précise "
        f"l{AP}entreprise lorientaise.\n\n"
        f"Deux nominations accompagnent cette nouvelle étape. {O}{OR} a une longueur d{AP}avance, mais il faut "
        f"maintenant industrialiser{C}, souligne {AK}, ancien directeur général du conserveur concarnois {MI}, qui "
        f"devient {PCA}. {O}Nous devons passer de l{AP}atelier à l{AP}usine sans rien perdre en qualité{C}, estime "
        f"pour sa part {SQ}, jusqu{AP}ici directrice industrielle du groupe Celtalys, nommée directrice générale à "
        f"compter du 5 janvier. {O}Le recrutement commencera dès le premier trimestre{C}, a-t-elle ajouté.\n\n"
        f"Le maire de Lorient, {YLG}, a assuré que la ville mettrait un second bâtiment du port de Keroman à la "
        f"disposition d{AP}{OR}. Selon {MT}, directrice de participations chez {BU}, la filière des algues "
        f"alimentaires pourrait créer 2{NN}000 emplois en Bretagne d{AP}ici à 2040. {O}C{AP}est la première fois que "
        f"nous finançons une entreprise de la filière{C}, relève {RK}, {RI} au {CMA}."))
    for s, l, c, o in [(OR, ORG, None, False), (BB, ORG, None, False), ("Lorient", LOC, None, False),
                       ("Soizic Le Dantec", PER, None, False), (BU, ORG, None, False), (OC, ORG, None, False),
                       (CMA, ORG, None, False), (GLB, PER, None, False), ("Ifremer", ORG, None, False),
                       ("Keroman", LOC, None, False), ("Plouguerneau", LOC, None, False), (HG, PER, None, False),
                       (AK, PER, None, False), (MI, ORG, None, False), (SQ, PER, None, False),
                       ("Celtalys", ORG, None, False), (YLG, PER, None, False), (MT, PER, None, False),
                       ("Bretagne", LOC, None, False), (RK, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a French regional daily copied as plain text: a headline opened by the town's "
                      "name and a colon ('Lorient : ...', the town LOC), a byline ('Par Soizic Le Dantec') and *new*: "
                      "a publication line with the weekday and no time ('Publié le vendredi 5 décembre 2036'), no "
                      "dateline. The reference date is that day (Friday 5 December 2036), the day after the "
                      "announcement ('annoncé jeudi'). Every apostrophe is the typographic one (U+2019: 'd’euros', "
                      "'s’offre', 'L’entreprise', 'l’Ifremer', 'jusqu’ici', 'C’est', and inside the names 'Hervé "
                      "Guivarc’h' and 'Marée d’Iroise'); narrow no-break spaces (U+202F) before '%', inside the "
                      "guillemets (also after the guillemet that reopens the founder's second paragraph) and as the "
                      "thousands separator of the count '2 000 emplois'.")
    a["notes"].append("Entities: the coined Lorient seaweed-ingredient maker 'Ormelia' (headline, lead, once inside the "
                      "chairman's marked words, 'd’Ormelia' after the typographic elision: six mentions) and its "
                      "coined Finistère rival 'Bezhin Bro' (Breton words, twice) are ORG; the regional funds 'Breizh "
                      "Up' (twice) and the coined 'Ouest Croissance', the bank 'Crédit Mutuel Arkéa' (after 'du', "
                      "twice), the research institute 'Ifremer' (after the elided 'l’'), the coined canner 'Marée "
                      "d’Iroise' (*new*: one ORG with a typographic apostrophe inside, no separate 'Iroise') and the "
                      "coined group 'Celtalys' (after 'du groupe') are ORG; the founder (twice), the rival's founder "
                      "(*new*: a Breton surname with the typographic apostrophe of 'c’h' inside, 'Guivarc’h'), the new "
                      "chairman, the new managing director, the mayor and the byline's journalist (surnames with the "
                      "particle 'Le' inside: 'Le Bihan', 'Le Goff', 'Le Dantec'), the fund's partner and the banker "
                      "are PER; 'Lorient' (headline, 'Le maire de Lorient'), *new*: 'Keroman' (twice, 'le port de "
                      "Keroman': the port by its name), 'Plouguerneau' and 'Bretagne' are LOC. Not names: "
                      "'lorientaise', 'bretonnes', 'finistérien', 'concarnois' (adjectives), 'les abers' (a common "
                      "noun for the estuaries), 'L’entreprise', 'la société', 'deux fonds régionaux', 'Ce tour de "
                      "table', 'le conserveur', 'la ville', 'la filière', 'le conseil d’administration'.")
    a["notes"].append("Quotes: the founder's words over two paragraphs, French style (no closing mark after the first "
                      "paragraph, a guillemet reopening the second, '», explique X' after the last words): one direct "
                      "quote from the first word to the last, the paragraph break and the reopening mark inside the "
                      "span, as in the twenty-fourth set; the rival's founder 'Son fondateur, X, 67 ans, a expliqué "
                      "avoir cherché ...' (span from the infinitive); the buyer through '<clause>, précise "
                      "l’entreprise lorientaise' (inverted, indirect; speaker the noun phrase with its adjective, "
                      "canonical Ormelia: the adjective tells it from Bezhin Bro); the new chairman '« ... », souligne "
                      "X, ancien directeur général ..., qui devient ...' and the new managing director '« ... », estime "
                      "pour sa part X, jusqu’ici ..., nommée ...' (present-tense cues, 'pour sa part' between cue and "
                      "name) then '« ... », a-t-elle ajouté' ('elle' is the managing director of the sentence before); "
                      "the mayor 'Le maire de Lorient, X, a assuré que <clause>' (indirect); the fund's partner 'Selon "
                      "X, directrice de participations chez Breizh Up, <clause>'; the banker '« ... », relève X, "
                      "responsable de l’innovation au Crédit Mutuel Arkéa'. Not quotes: 'Ce tour de table, annoncé "
                      "jeudi, valorise ...', 'Deux nominations accompagnent cette nouvelle étape', the headline.")
    a["notes"].append("Events: one fact, one event. Funding: the round (headline 'lève 9,5 millions d’euros', lead 'a "
                      "bouclé une levée de fonds de 9,5 millions d’euros auprès de deux fonds régionaux, X et Y, et du "
                      "Z', 'Ce tour de table ... valorise la société 38 millions d’euros') is one event, trigger 'levée "
                      "de fonds', investors the two regional funds and *new* the bank (all three after 'auprès de'), "
                      "its valuation (no separate valuation event) and the announcement day 'jeudi'. Result: 'a "
                      "réalisé en 2035 un chiffre d’affaires de 6,8 millions d’euros, en hausse de 41 %' (revenue). "
                      "Acquisition: *new*: the small rival bought for an undisclosed amount (headline 's’offre', body "
                      "'a par ailleurs racheté en novembre, pour un montant non communiqué, son petit concurrent ... "
                      "X'): done, trigger 'racheté', target Bezhin Bro, buyer Ormelia, date 'novembre', no amount (none "
                      "is written; 'un montant non communiqué' is no money). Roles: 'sa fondatrice, X' (organization "
                      "optional: 'sa' is Ormelia); *new*: 'X, ancienne ingénieure de l’Ifremer' (a former post, title "
                      "'ingénieure' without 'ancienne', organization Ifremer required); 'Son fondateur, X' ('Son' is "
                      "Bezhin Bro: organization optional); 'X, ancien directeur général du conserveur concarnois Marée "
                      "d’Iroise' (title without 'ancien', organization required) and '..., qui devient président du "
                      "conseil d’administration' (the new post, organization optional: the company of the article); "
                      "'X, jusqu’ici directrice industrielle du groupe Celtalys' (organization required) and 'nommée "
                      "directrice générale à compter du 5 janvier' (the new post, organization optional); 'Le maire de "
                      "Lorient, X' (title 'maire', no organization, as in the earlier sets); 'X, directrice de "
                      "participations chez Breizh Up' and 'X, responsable de l’innovation au Crédit Mutuel Arkéa' "
                      "(organization required). Not events: the founder's 58 % (a holding), the hiring plans, the "
                      "building the town offers, the jobs kept, 'Fondée en 2029' (a founding date, no title).")
    a["notes"].append("Money: the headline's and the lead's '9,5 millions d’euros' (two items), the valuation '38 "
                      "millions d’euros', the revenue '6,8 millions d’euros'. '64 salariés', 'deux offres', 'une "
                      "trentaine de personnes', 'huit salariés', 'Deux nominations', '2 000 emplois' are counts. "
                      "Percentages: the founder's holding '58 %', a rise '41 %' (no sign).")
    a["notes"].append("Dates: *new*: the publication line 'vendredi 5 décembre 2036' (the weekday inside the span) is "
                      "one DATE; 'jeudi' (past: 'annoncé jeudi') 2036-12-04; 'Fondée en 2029' and 'en 2035' the "
                      "years; 'd’ici à 2038' (inside the marked words) and 'd’ici à 2040' (inside the reported "
                      "clause) the years; 'en novembre' (past: 'a racheté') 2036-11; 'pendant deux ans' a duration, "
                      "P2Y (span 'deux ans'); 'à compter du 5 janvier' (future: the managing director's start) "
                      "2037-01-05 (span '5 janvier'); *new*: 'dès le premier trimestre' (inside the marked words, "
                      "future from a December publication) the next year's first quarter, 2037-Q1 (span 'premier "
                      "trimestre'). Optional: the age '67 ans'.")
    M(a, f"9,5 millions d{AP}euros", 9.5e6, "EUR", nth=0)
    M(a, f"9,5 millions d{AP}euros", 9.5e6, "EUR", nth=1)
    M(a, f"38 millions d{AP}euros", 38e6, "EUR")
    M(a, f"6,8 millions d{AP}euros", 6.8e6, "EUR")
    P(a, f"58{NN}%", 58)
    P(a, f"41{NN}%", 41)
    D(a, "vendredi 5 décembre 2036", "2036-12-05", note="*new*: the publication line with its weekday, no time")
    D(a, "jeudi", "2036-12-04", note="past: 'Ce tour de table, annoncé jeudi', the day before the Friday publication")
    D(a, "2029", "2029", note="'Fondée en 2029'")
    D(a, "2035", "2035", note="'a réalisé en 2035 un chiffre d’affaires'")
    D(a, "2038", "2038", note="'d’ici à 2038', inside the founder's marked words")
    D(a, "novembre", "2036-11", note="past: 'a par ailleurs racheté en novembre'")
    D(a, "67 ans", "P67Y", typ="DURATION", opt=True, note="an age")
    D(a, "deux ans", "P2Y", typ="DURATION", note="'a expliqué avoir cherché pendant deux ans un repreneur'")
    D(a, "5 janvier", "2037-01-05", note="future: 'nommée directrice générale à compter du 5 janvier'")
    D(a, "premier trimestre", "2037-Q1",
      note="*new*: 'Le recrutement commencera dès le premier trimestre', inside the marked words: the next quarter one "
           "from a December publication")
    D(a, "2040", "2040", note="'d’ici à 2040', inside the reported clause")
    Q(a, f"{O}[Nous avons refusé deux offres de groupes étrangers. Nous voulons grandir ici, avec des actionnaires qui connaissent la mer.\n\n{O}Cet argent va nous permettre de doubler la capacité de séchage et de recruter une trentaine de personnes d{AP}ici à 2038]{C}",
      "direct", "explique", (GLB, GLB, PER), gender="female",
      note="one quote over two paragraphs (no closing mark after the first, a reopening guillemet before the second): "
           "the span runs from the first word to the last one, the paragraph break and the reopening mark inside; "
           "'sa fondatrice' earlier shows the gender")
    Q(a, f"expliqué [avoir cherché pendant deux ans un repreneur prêt à garder l{AP}activité dans les abers].",
      "indirect", "a expliqué", (HG, HG, PER), gender="male",
      note="'Son fondateur, X, 67 ans, a expliqué avoir cherché ...': the span starts at the infinitive; 'fondateur' "
           "shows the gender")
    Q(a, f"[Les huit salariés de {BB} seront conservés], précise", "indirect", "précise",
      (f"l{AP}[entreprise lorientaise].", OR, ORG),
      note="inverted reporting clause; 'l’entreprise lorientaise' is Ormelia (the adjective tells it from Bezhin Bro)")
    Q(a, f"{O}[{OR} a une longueur d{AP}avance, mais il faut maintenant industrialiser]{C}", "direct", "souligne",
      (AK, AK, PER), gender="male",
      note="present-tense cue, the name with 'ancien directeur général de ...' in apposition, which shows the gender")
    Q(a, f"{O}[Nous devons passer de l{AP}atelier à l{AP}usine sans rien perdre en qualité]{C}", "direct", "estime",
      (SQ, SQ, PER), gender="female",
      note="present-tense cue, 'pour sa part' between cue and name; 'directrice' and 'nommée' show the gender")
    Q(a, f"{O}[Le recrutement commencera dès le premier trimestre]{C}", "direct", "a-t-elle ajouté",
      ("a-t-[elle] ajouté", SQ, PER), gender="female",
      note="'elle' is the new managing director of the sentence before")
    Q(a, f"assuré que [la ville mettrait un second bâtiment du port de Keroman à la disposition d{AP}{OR}].",
      "indirect", "a assuré", (YLG, YLG, PER), gender="male",
      note="'Le maire de Lorient, X, a assuré que <clause>': 'Le maire' shows the gender")
    Q(a, f"Selon {MT}, directrice de participations chez {BU}, [la filière des algues alimentaires pourrait créer 2{NN}000 emplois en Bretagne d{AP}ici à 2040].",
      "indirect", f"[Selon] {MT}", (MT, MT, PER), gender="female",
      note="'Selon X, directrice de participations chez Y, <clause>': the clause after the apposition")
    Q(a, f"{O}[C{AP}est la première fois que nous finançons une entreprise de la filière]{C}", "direct", "relève",
      (RK, RK, PER), gender="male",
      note="present-tense cue, the name with '... au Crédit Mutuel Arkéa' in apposition; the given name shows the gender")
    V(a, "funding", "levée de fonds", {"company": OR, "amount": f"9,5 millions d{AP}euros", "investors": [BU, OC, CMA],
                                       "valuation": f"38 millions d{AP}euros", "date": "jeudi"},
      note="the headline's 'lève' and 'Ce tour de table ... valorise la société ...' state the same round; *new*: a "
           "bank among the investors after 'auprès de', beside two regional funds")
    V(a, "result", f"chiffre d{AP}affaires", {"company": OR, "metric": "revenue", "amount": f"6,8 millions d{AP}euros",
                                              "change": f"41{NN}%", "period": "2035"},
      note="'X ... a réalisé en 2035 un chiffre d’affaires de ..., en hausse de 41 %'")
    V(a, "acquisition", "racheté", {"target": BB, "buyer": OR, "date": "novembre", "status": "done"},
      note="*new*: bought 'pour un montant non communiqué': no amount; the headline's 's’offre' is the same fact")
    V(a, "role", "fondatrice", {"person": GLB, "title": "fondatrice", "organization": ("opt", OR)},
      note="'sa fondatrice, X': 'sa' is Ormelia")
    V(a, "role", "ingénieure", {"person": GLB, "title": "ingénieure", "organization": "Ifremer"},
      note="*new*: 'X, ancienne ingénieure de l’Ifremer': a former post, title without 'ancienne'")
    V(a, "role", "fondateur", {"person": HG, "title": "fondateur", "organization": ("opt", BB)},
      note="'Son fondateur, X': 'Son' is Bezhin Bro, named in the sentence before")
    V(a, "role", "directeur général", {"person": AK, "title": "directeur général", "organization": MI},
      note="'X, ancien directeur général du conserveur concarnois Marée d’Iroise': title without 'ancien'")
    V(a, "role", PCA, {"person": AK, "title": PCA, "organization": ("opt", OR)},
      note="'..., qui devient président du conseil d’administration': the new post, the company of the article")
    V(a, "role", "directrice industrielle", {"person": SQ, "title": "directrice industrielle", "organization": "Celtalys"},
      note="'X, jusqu’ici directrice industrielle du groupe Celtalys': the post she leaves")
    V(a, "role", "directrice générale", {"person": SQ, "title": "directrice générale", "organization": ("opt", OR)},
      note="'nommée directrice générale à compter du 5 janvier': the new post, the company of the article")
    V(a, "role", "maire", {"person": YLG, "title": "maire"},
      note="'Le maire de Lorient, X': no organization (the town is a place)")
    V(a, "role", "directrice de participations", {"person": MT, "title": "directrice de participations",
                                                  "organization": BU},
      note="'X, directrice de participations chez Breizh Up'")
    V(a, "role", RI, {"person": RK, "title": RI, "organization": CMA},
      note="'X, responsable de l’innovation au Crédit Mutuel Arkéa'")
