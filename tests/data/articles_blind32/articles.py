"""The three articles of the thirty-second blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind32`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before %, 'point', ':' and as the thousands separator in K3)
NN = "\u202f"    # narrow no-break space (before %, 'M€' and '?' and inside the guillemets in J3)
AP = "\u2019"    # typographic apostrophe (every apostrophe of J3)


def define(B):
    define_i3(B)
    define_j3(B)
    define_k3(B)


def define_i3(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "« ", " »"     # guillemets with ordinary spaces inside in this article (agency copy)
    VB, CA, SSE = "Valbanque", "Crédit Agaunois", "SIX Swiss Exchange"
    NZ, MCR, JDF, PGB, SB, LM = ("Nicolas Zufferey", "Marie-Claude Rey-Mermet", "Jean-Daniel Fellay",
                                 "Pascal Gay-Balmaz", "Sandrine Bonvin", "Laurent Michellod")
    ASEB, COMCO, BCV = "Association suisse des employés de banque", "Commission de la concurrence", "Banque Cantonale Vaudoise"
    PCA = "présidente du conseil d'administration"
    # ------------------------------------------------------------ I3: two Valais regional banks merge by share exchange; the exchange ratio, the new chair and the CEO, the bank employees' union, a spokesman, an analyst (Keystone-ATS dispatch)
    a = B.article("I3-fusion-banques-regionales-valais", "2038-03-23", (
        f"SION, 23 mars 2038 (Keystone-ATS) - Les banques régionales valaisannes {VB} et {CA} vont fusionner, ont "
        f"annoncé mardi les deux établissements. {VB}, cotée à la {SSE}, absorbera son voisin de Saint-Maurice "
        f"par un échange d'actions: trois actions {VB} nouvelles pour deux titres du {CA}. La parité valorise le "
        f"{CA} à 486 millions de francs, soit une prime de 19,5% sur son cours de clôture de vendredi. La banque "
        f"fusionnée gardera le nom de {VB}, avec un total du bilan de 21,3 milliards de francs suisses et 1'480 "
        f"collaborateurs. Les actionnaires de {VB} en détiendront 71%, ceux du {CA} 29%.\n\n"
        f"Le directeur général de {VB}, {NZ}, dirigera l'établissement fusionné. {MCR}, actuelle {PCA} du "
        f"{CA}, deviendra présidente de la nouvelle banque. Elle remplacera {JDF}, président de {VB} depuis "
        f"2029. Le directeur général du {CA}, {PGB}, 62 ans, partira à la retraite.\n\n"
        f"{O}Seules, nos deux banques n'auraient pas eu les moyens d'investir dans le numérique. Ensemble, nous restons "
        "une banque valaisanne, décidée à Sion.\n\n"
        f"{O}Aucune agence ne sera fermée d'ici à 2040{C}, a assuré {NZ}. Selon lui, les synergies atteindront 24 "
        f"millions de francs par an à partir de 2041. {O}C'est un mariage de raison, mais aussi de cœur{C}, a déclaré pour "
        "sa part Mme Rey-Mermet. Elle a précisé que le siège resterait à Sion et que Saint-Maurice accueillerait la "
        "gestion de fortune.\n\n"
        f"L'{ASEB} (ASEB) redoute la suppression d'une centaine de postes. {O}Quand deux banques fusionnent, ce sont "
        f"toujours les guichets et le back-office qui paient{C}, a averti sa secrétaire romande, {SB}. Le syndicat "
        f"estime que la direction {O}sous-estime l'inquiétude du personnel{C}. Un porte-parole de {VB} a répondu "
        "qu'aucun licenciement n'était prévu.\n\n"
        f"L'opération doit encore obtenir le feu vert de la FINMA, de la {COMCO} (COMCO) et des assemblées "
        f"générales, convoquées le 6 mai. En 2037, {VB} a dégagé un bénéfice net de 94,2 millions de francs, en hausse "
        f"de 5,3%, et le {CA} un bénéfice net de CHF 27,8 millions.\n\n"
        f"À la {SSE}, l'action {CA} a bondi de 16,8% mardi, à 1'042 francs, tandis que {VB} cédait 1,2%. "
        f"{O}La parité est équilibrée, et les petites banques n'avaient guère d'autre choix{C}, juge {LM}, analyste "
        f"à la {BCV}."))
    for s, l, c, o in [("SION", LOC, None, False), ("Keystone-ATS", ORG, None, False), (VB, ORG, None, False),
                       (CA, ORG, None, False), (SSE, ORG, None, False), ("Saint-Maurice", LOC, None, False),
                       (NZ, PER, None, False), (MCR, PER, None, False), ("Rey-Mermet", PER, MCR, False),
                       (JDF, PER, None, False), (PGB, PER, None, False), ("Sion", LOC, None, False),
                       (ASEB, ORG, None, False), ("ASEB", ORG, ASEB, False), (SB, PER, None, False),
                       ("FINMA", ORG, None, False), (COMCO, ORG, None, False), ("COMCO", ORG, COMCO, False),
                       (LM, PER, None, False), (BCV, ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Agency dispatch (Keystone-ATS) copied as plain text: no headline, *new*: the Swiss agency's "
                      "hyphenated name in the dateline with the full date ('SION, 23 mars 2038 (Keystone-ATS) - '). The "
                      "reference date is the dateline day (Tuesday 23 March 2038), the day of the announcement ('ont "
                      "annoncé mardi') and of the share move. Straight apostrophes; ordinary spaces inside the "
                      "guillemets; *new*: Swiss style with no space before '%' ('19,5%', '71%') nor before the colon "
                      "('par un échange d'actions: trois actions ...'), and the straight apostrophe as the Swiss "
                      "thousands separator in a count ('1'480 collaborateurs') and in a share price ('1'042 francs').")
    a["notes"].append("Entities: the coined Valais regional banks 'Valbanque' (nine mentions, once as 'actions Valbanque "
                      "nouvelles') and 'Crédit Agaunois' (six mentions, after 'du' and 'le', and in 'l'action Crédit "
                      "Agaunois'; the article outside the span) are ORG; 'SIX Swiss Exchange' (twice), the union "
                      "'Association suisse des employés de banque' and its acronym in brackets 'ASEB' (canonical the "
                      "full name), the regulator 'FINMA' (never spelled out: keeps its form), the 'Commission de la "
                      "concurrence' and its acronym 'COMCO' (canonical the full name) and the bank 'Banque Cantonale "
                      "Vaudoise' (after 'analyste à la') are ORG; *new*: 'Keystone-ATS' (the agency of the dateline, one "
                      "ORG with its hyphen); the dateline 'SION' keeps its case and is LOC; 'Saint-Maurice' (twice) and "
                      "'Sion' (twice, once inside the CEO's marked words) are LOC; the two CEOs, the chairwoman (also "
                      "'Mme Rey-Mermet', span the surname, canonical the full name), the outgoing chairman, the union "
                      "secretary and the analyst are PER (all invented). Not names: 'valaisannes', 'valaisanne', "
                      "'valaisan' (adjectives), 'la nouvelle banque', 'La banque fusionnée', 'l'établissement fusionné', "
                      "'son voisin de Saint-Maurice', 'Le syndicat', 'la direction', 'CHF' inside an amount.")
    a["notes"].append("Quotes (9 required: 5 direct, 4 indirect): the lead told as '<clause>, ont annoncé mardi les deux "
                      "établissements' (inverted, indirect; a noun phrase for two companies without its article, "
                      "canonical null, as 'les deux sociétés' in the twenty-first set); the CEO's words over two "
                      "paragraphs in French style (no closing mark after the first, a reopening guillemet before the "
                      "second, '», a assuré X' after the last words): one direct quote from the first word to the last, "
                      "the paragraph break and the reopening mark inside, as in the twenty-seventh and thirtieth sets; "
                      "then 'Selon lui, <clause>'; the chairwoman ('« ... », a déclaré pour sa part Mme Rey-Mermet') then "
                      "'Elle a précisé que <clause> et que <clause>' (one span from the first 'que' to the full stop, "
                      "the second 'que' inside, as the elided clause of the twenty-first set); the union secretary ('« "
                      "... », a averti sa secrétaire romande, X'); *new*: the union through 'Le syndicat' with a clause "
                      "partly marked ('Le syndicat estime que la direction « ... »': one direct quote for the marked "
                      "words, speaker 'syndicat', canonical the union named in the sentence before, ORG, as 'Le "
                      "syndicat, ..., estime que l'entreprise « ... »' in the sixteenth set); an unnamed spokesman ('Un "
                      "porte-parole de Valbanque a répondu qu'<clause>': the span after the elided 'qu'', speaker the "
                      "noun phrase without its article, canonical and label null, gender male); the analyst ('« ... », "
                      "juge X, analyste à la Banque Cantonale Vaudoise'). Not quotes: 'absorbera son voisin ...', "
                      "'La parité valorise ...', 'dirigera', 'deviendra présidente', 'Elle remplacera X', 'partira à la "
                      "retraite', 'L'ASEB redoute la suppression d'une centaine de postes' (a fear with a noun-phrase "
                      "object, no words reported), 'doit encore obtenir le feu vert'.")
    a["notes"].append("Events: a merger by absorption (lead 'vont fusionner', body 'Valbanque ... absorbera son voisin de "
                      "Saint-Maurice par un échange d'actions: trois actions Valbanque nouvelles pour deux titres du "
                      "Crédit Agaunois') is one acquisition, as in the first and twenty-first sets: trigger 'absorbera' "
                      "(the most complete mention: it says which bank absorbs which), target the absorbed bank (whose "
                      "shareholders receive new shares), buyer the absorbing one, date 'mardi' (the announcement), status "
                      "announced (regulator, competition authority and general meetings still to approve); no amount (a "
                      "share exchange: the ratio is no money); the holdings after the deal ('71%', '29%') are no stakes. "
                      "'La parité valorise le Crédit Agaunois à 486 millions de francs' is a valuation event of the "
                      "absorbed bank (no funding event carries it), as in the twenty-first set. Roles: 'Le directeur "
                      "général de Valbanque, X', 'X, actuelle présidente du conseil d'administration du Crédit Agaunois', "
                      "'Y, président de Valbanque depuis 2029', 'Le directeur général du Crédit Agaunois, Z', 'X, "
                      "analyste à la Banque Cantonale Vaudoise' (organization required); the chairwoman's future post "
                      "('deviendra présidente de la nouvelle banque': a second role of the same person, as the "
                      "successor's two posts of the thirty-first set; organization optional: the merged bank keeps the "
                      "name Valbanque); 'sa secrétaire romande, X' ('sa' is the union: organization optional). 'dirigera "
                      "l'établissement fusionné' restates the CEO's post (no second event). Results of 2037 (the year "
                      "written once, fronted for the two clauses): Valbanque's net profit with its rise (period "
                      "required) and the absorbed bank's net profit in a clause with its verb elided ('et le Crédit "
                      "Agaunois un bénéfice net de CHF 27,8 millions': period optional). Not events: the premium, the "
                      "balance-sheet total (a stock, no result), the holdings, the synergies (a forecast), the job cuts "
                      "feared, the approvals, the share moves.")
    a["notes"].append("Money: bare 'francs' in a Swiss dispatch are CHF (as in the eighteenth, twenty-second and "
                      "twenty-ninth sets): the implied value '486 millions de francs', the synergies '24 millions de "
                      "francs' ('par an' outside), the net profit '94,2 millions de francs', *new*: the share price "
                      "'1'042 francs' with a straight apostrophe as thousands separator (1042); 'francs suisses' spelled "
                      "out ('21,3 milliards de francs suisses', the balance-sheet total); the code before the number "
                      "with the scale word after it ('CHF 27,8 millions', span from the code to the scale word, as 'CHF "
                      "1,4 milliard' in the twenty-ninth set). The exchange ratio ('trois actions ... pour deux titres'), "
                      "'1'480 collaborateurs' and 'une centaine de postes' are no money. Percentages (no space before "
                      "'%'): the premium '19,5%', the holdings after the deal '71%' and '29%', the profit rise '5,3%', the "
                      "share moves '16,8%' and '1,2%'.")
    a["notes"].append("Dates: the dateline '23 mars 2038'; 'mardi' twice (the announcement, the share move) the dateline "
                      "day, two items; 'son cours de clôture de vendredi' the last session, 2038-03-19; 'depuis 2029' the "
                      "year; 'd'ici à 2040' (inside the CEO's marked words) the year; 'à partir de 2041' (inside the CEO's "
                      "reported clause) span '2041', no mod, as 'à partir de 2033' in the thirty-first set; 'le 6 mai' "
                      "(future: the general meetings) 2038-05-06; 'En 2037' the year. Optional: the age '62 ans' (P62Y) "
                      "and the rate 'par an' (SET P1Y).")
    M(a, "486 millions de francs", 486e6, "CHF")
    M(a, "21,3 milliards de francs suisses", 21.3e9, "CHF")
    M(a, "24 millions de francs", 24e6, "CHF")
    M(a, "94,2 millions de francs", 94.2e6, "CHF")
    M(a, "CHF 27,8 millions", 27.8e6, "CHF")
    M(a, "1'042 francs", 1042, "CHF")
    P(a, "19,5%", 19.5)
    P(a, "71%", 71)
    P(a, "29%", 29)
    P(a, "5,3%", 5.3)
    P(a, "16,8%", 16.8)
    P(a, "1,2%", 1.2)
    D(a, "23 mars 2038", "2038-03-23", note="the Keystone-ATS dateline")
    D(a, "mardi", "2038-03-23", nth=0, note="'ont annoncé mardi': the dateline day")
    D(a, "vendredi", "2038-03-19", note="'son cours de clôture de vendredi': the last session before the announcement")
    D(a, "2029", "2029", note="'président de Valbanque depuis 2029'")
    D(a, "62 ans", "P62Y", typ="DURATION", opt=True, note="an age")
    D(a, "2040", "2040", note="'d'ici à 2040', inside the CEO's marked words")
    D(a, "par an", "P1Y", typ="SET", opt=True, note="a rate ('24 millions de francs par an')")
    D(a, "2041", "2041", note="'à partir de 2041', inside the CEO's reported clause: no mod")
    D(a, "6 mai", "2038-05-06", note="future: the general meetings 'convoquées le 6 mai'")
    D(a, "2037", "2037", note="'En 2037, Valbanque a dégagé un bénéfice net ...'")
    D(a, "mardi", "2038-03-23", nth=1, note="'l'action Crédit Agaunois a bondi de 16,8% mardi': the dateline day")
    Q(a, f"- [Les banques régionales valaisannes {VB} et {CA} vont fusionner], ont annoncé", "indirect", "ont annoncé",
      ("les [deux établissements].", None, None),
      note="an unmarked clause before an inverted cue; a noun phrase for the two banks, without its article, canonical null")
    Q(a, f"{O}[Seules, nos deux banques n'auraient pas eu les moyens d'investir dans le numérique. Ensemble, nous restons une banque valaisanne, décidée à Sion.\n\n{O}Aucune agence ne sera fermée d'ici à 2040]{C}",
      "direct", "a assuré", (NZ, NZ, PER), gender="male",
      note="one quote over two paragraphs (no closing mark after the first, a reopening guillemet before the second): "
           "the span runs from the first word to the last one, the paragraph break and the reopening mark inside; the "
           "name after the cue, the CEO of the paragraph before")
    Q(a, "Selon lui, [les synergies atteindront 24 millions de francs par an à partir de 2041].", "indirect",
      "[Selon] lui", ("Selon [lui]", NZ, PER), gender="male", note="a pronoun after 'Selon': the CEO")
    Q(a, f"{O}[C'est un mariage de raison, mais aussi de cœur]{C}", "direct", "a déclaré", ("Mme [Rey-Mermet]", MCR, PER),
      gender="female", note="the surname after 'Mme': the future chairwoman; 'pour sa part' between cue and speaker")
    Q(a, "précisé que [le siège resterait à Sion et que Saint-Maurice accueillerait la gestion de fortune].", "indirect",
      "a précisé", ("[Elle] a précisé", MCR, PER), gender="female",
      note="'Elle' is the chairwoman of the sentence before; two clauses joined by 'et que', one span")
    Q(a, f"{O}[Quand deux banques fusionnent, ce sont toujours les guichets et le back-office qui paient]{C}", "direct",
      "a averti", (SB, SB, PER), gender="female",
      note="the name in apposition to 'sa secrétaire romande' (of the union): the person speaks, not the union")
    Q(a, f"{O}[sous-estime l'inquiétude du personnel]{C}", "direct", "syndicat [estime] que",
      ("Le [syndicat] estime", ASEB, ORG),
      note="*new* here: 'Le syndicat estime que la direction « ... »': a clause partly marked, one direct quote for the "
           "marked words; the union named in the sentence before through a noun phrase")
    Q(a, "répondu qu'[aucun licenciement n'était prévu].", "indirect", "a répondu",
      (f"Un [porte-parole de {VB}] a", None, None), gender="male",
      note="an unnamed spokesman: a noun-phrase speaker without its article, canonical and label null; the span after "
           "the elided 'qu''")
    Q(a, f"{O}[La parité est équilibrée, et les petites banques n'avaient guère d'autre choix]{C}", "direct", "juge",
      (LM, LM, PER), gender="male", note="the name after the cue, 'analyste à la ...' in apposition")
    V(a, "acquisition", "absorbera", {"target": f"titres du [{CA}]. La", "buyer": f"établissements. [{VB}], cotée",
                                      "date": "mardi", "status": "announced"},
      note="a merger by absorption: target the absorbed bank, buyer the absorbing one; the lead's 'vont fusionner' is "
           "the same fact; approvals pending: announced; a share exchange: no amount")
    V(a, "valuation", "valorise", {"company": f"valorise le [{CA}] à", "amount": "486 millions de francs"},
      note="'La parité valorise le Crédit Agaunois à ...': the value the exchange ratio implies; no funding event "
           "carries it")
    V(a, "role", "directeur général", {"person": NZ, "title": "directeur général",
                                       "organization": f"général de [{VB}], {NZ}"}, nth=0,
      note="'Le directeur général de Valbanque, X'")
    V(a, "role", PCA, {"person": MCR, "title": PCA, "organization": f"d'administration du [{CA}], deviendra"},
      note="'X, actuelle présidente du conseil d'administration du Crédit Agaunois': her present post")
    V(a, "role", "deviendra [présidente] de", {"person": MCR, "title": "présidente",
                                               "organization": ("opt", f"général de [{VB}], {NZ}")},
      note="'deviendra présidente de la nouvelle banque': her future post; the merged bank keeps the name Valbanque")
    V(a, "role", f"[président] de {VB} depuis", {"person": JDF, "title": "président",
                                                 "organization": f"président de [{VB}] depuis"},
      note="'Elle remplacera X, président de Valbanque depuis 2029': the post he leaves")
    V(a, "role", "directeur général", {"person": PGB, "title": "directeur général",
                                       "organization": f"général du [{CA}], {PGB}"}, nth=1,
      note="'Le directeur général du Crédit Agaunois, X, 62 ans, partira à la retraite'")
    V(a, "role", "secrétaire romande", {"person": SB, "title": "secrétaire romande",
                                        "organization": ("opt", f"L'[{ASEB}] (ASEB)")},
      note="'sa secrétaire romande, X': 'sa' is the union of the sentence before")
    V(a, "role", "analyste", {"person": LM, "title": "analyste", "organization": BCV},
      note="'X, analyste à la Banque Cantonale Vaudoise'")
    V(a, "result", "bénéfice net", {"company": f"2037, [{VB}] a dégagé", "metric": "net_income",
                                    "amount": "94,2 millions de francs", "change": "5,3%", "period": "2037"}, nth=0,
      note="'En 2037, Valbanque a dégagé un bénéfice net de ..., en hausse de 5,3%'")
    V(a, "result", "bénéfice net", {"company": f"et le [{CA}] un bénéfice", "metric": "net_income",
                                    "amount": "CHF 27,8 millions", "period": ("opt", "2037")}, nth=1,
      note="'et le Crédit Agaunois un bénéfice net de CHF 27,8 millions': a clause with its verb elided; the year "
           "fronted once for both clauses")


def define_j3(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    HX, SV, BU, AS, VS = "Hexalyn", "Serac Ventures", "Breizh Up", "Armorsoft", "Vantix Security"
    CLG, OT, YB, SM, TR = "Claire Le Gall", "Olivier Tanguy", "Yanis Benali", "Sophie Marchetti", "Thomas Ravel"
    ANSSI = f"Agence nationale de la sécurité des systèmes d{AP}information"
    # ------------------------------------------------------------ J3: a Rennes cybersecurity start-up's series A led by a Paris fund, its earlier round, its founders, a hire, the lead investor and three questions to the founder (French tech site)
    a = B.article("J3-serie-a-cybersecurite-rennes", "2038-06-02", (
        f"{HX} lève 15{NN}M€ pour protéger les hôpitaux des cyberattaques\n"
        "Startups · Financement · 2 juin 2038\n"
        "Par Julie Mercier\n\n"
        f"La start-up rennaise {HX}, qui détecte les intrusions dans les réseaux informatiques des hôpitaux, a bouclé "
        f"une série A de 15 millions d{AP}euros, a-t-elle annoncé ce mercredi. Le tour est mené par le fonds parisien "
        f"{SV}, aux côtés de Bpifrance et de l{AP}investisseur historique {BU}. Selon un document transmis aux "
        f"actionnaires, l{AP}opération valorise la jeune pousse 62 millions d{AP}euros.\n\n"
        f"Fondée en 2034 par deux anciens ingénieurs de l{AP}{ANSSI} (Anssi), la start-up avait levé 4 millions en "
        f"2036 auprès de {BU} et de l{AP}entrepreneur {OT}, fondateur de l{AP}éditeur {AS}. Son chiffre "
        f"d{AP}affaires a atteint 3,6 millions d{AP}euros l{AP}an dernier, en hausse de 140{NN}%.\n\n"
        f"{O}Un hôpital paralysé par un rançongiciel, ce sont des opérations reportées et des patients transférés. Nous "
        f"voulons que cela n{AP}arrive plus{C}, explique {CLG}, cofondatrice et présidente d{AP}{HX}. Le directeur "
        f"technique et cofondateur, {YB}, précise que 60{NN}% des fonds iront à la recherche. {O}Nos sondes apprennent "
        f"le comportement normal de chaque réseau{C}, a-t-il ajouté.\n\n"
        f"{HX}, qui emploie 48 personnes, prévoit d{AP}en recruter 70 d{AP}ici à fin 2039, dont une vingtaine à Munich, "
        f"où elle ouvrira un bureau à l{AP}automne. Elle a déjà débauché {SM}, jusqu{AP}ici directrice commerciale "
        f"Europe de l{AP}américain {VS}, qui devient sa directrice des ventes.\n\n"
        f"{O}Le marché de la cybersécurité hospitalière reste largement vierge en Europe{C}, souligne {TR}, associé chez "
        f"{SV}, qui rejoint le conseil d{AP}administration. Il estime que les hôpitaux devront consacrer 10 à 12{NN}% de "
        f"leur budget informatique à la sécurité d{AP}ici à 2042.\n\n"
        f"Trois questions à {CLG}\n"
        f"Pourquoi lever maintenant{NN}?\n"
        f"Les directives européennes obligent les hôpitaux à s{AP}équiper d{AP}ici à 2040. Si nous n{AP}y allons pas, "
        f"d{AP}autres iront.\n"
        f"Les Américains sont déjà là. Comment résister{NN}?\n"
        f"Nous sommes hébergés en France et qualifiés par l{AP}Anssi. Pour un hôpital public, c{AP}est décisif.\n"
        f"Et une vente à un grand groupe{NN}?\n"
        f"Ce n{AP}est pas le sujet. Nous avons refusé deux offres l{AP}an dernier."))
    for s, l, c, o in [(HX, ORG, None, False), ("Julie Mercier", PER, None, False), (SV, ORG, None, False),
                       ("Bpifrance", ORG, None, False), (BU, ORG, None, False), (ANSSI, ORG, None, False),
                       ("Anssi", ORG, ANSSI, False), (OT, PER, None, False), (AS, ORG, None, False),
                       (CLG, PER, None, False), (YB, PER, None, False), ("Munich", LOC, None, False),
                       (SM, PER, None, False), ("commerciale [Europe] de", LOC, None, True), ("Europe", LOC, None, False),
                       (VS, ORG, None, False), (TR, PER, None, False), ("France", LOC, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a French tech news site copied as plain text: a headline with the amount in 'M€' "
                      "('Hexalyn lève 15 M€ pour ...', a narrow no-break space before the symbol), then *new*: a rubric "
                      "line with the section path and the date separated by middle dots ('Startups · Financement · 2 "
                      "juin 2038'), a byline line ('Par Julie Mercier'), no dateline; the article ends with *new* a short "
                      "interview under a title line ('Trois questions à Claire Le Gall') whose questions and answers are "
                      "bare lines with no label, no dash and no marks (each question ends with '?'). The reference date "
                      "is that day (Wednesday 2 June 2038), the day of the announcement ('a-t-elle annoncé ce "
                      "mercredi'). Every apostrophe is the typographic one (U+2019: 'd’euros', 'l’investisseur', "
                      "'l’opération', 'l’Agence', 'd’information', 'l’entrepreneur', 'l’éditeur', 'd’affaires', 'l’an "
                      "dernier', 'n’arrive', 'd’Hexalyn', 'd’en', 'd’ici', 'l’automne', 'jusqu’ici', 'l’américain', "
                      "'s’équiper', 'c’est', 'Ce n’est'); narrow no-break spaces (U+202F) before '%', 'M€' and '?' and "
                      "inside the guillemets.")
    a["notes"].append("Entities: the coined Rennes start-up 'Hexalyn' (headline, lead, after the elided 'd’', 'Hexalyn, "
                      "qui emploie': four mentions) is ORG; the coined lead fund 'Serac Ventures' (twice), 'Bpifrance', "
                      "the regional fund 'Breizh Up' (twice), the agency 'Agence nationale de la sécurité des systèmes "
                      "d’information' (after the elided 'l’', one ORG) and its acronym in brackets 'Anssi' (twice, once "
                      "inside an answer; canonical the full name), the coined software publisher 'Armorsoft' (after "
                      "'l’éditeur') and the coined US firm 'Vantix Security' (after 'l’américain') are ORG; 'Munich', "
                      "'Europe' (inside the investor's marked words) and 'France' (inside an answer) are LOC; 'Europe' "
                      "inside a job title ('directrice commerciale Europe') is optional LOC (a sales region named in a "
                      "title); the journalist, the two cofounders, the business angel, the new sales director and the "
                      "fund partner are PER (all invented; 'Claire Le Gall' also in the interview's title line). Not "
                      "names: 'Startups', 'Financement' (rubric words), 'M€', 'série A', 'La start-up', 'la jeune "
                      "pousse', 'Le tour', 'l’entrepreneur', 'le conseil d’administration', 'Trois questions'; "
                      "'rennaise', 'parisien', 'américain', 'européennes', 'Les Américains' are adjectives or demonyms.")
    a["notes"].append("Quotes (10 required: 6 direct, 4 indirect; 3 optional): the company through a pronoun in an "
                      "inverted cue after an unmarked clause ('La start-up rennaise Hexalyn, qui ..., a bouclé une série "
                      "A de 15 millions d’euros, a-t-elle annoncé ce mercredi': speaker 'elle', canonical Hexalyn, ORG, "
                      "no gender, as 'a-t-elle indiqué dans un communiqué' in the twenty-ninth set; the clause from 'La "
                      "start-up' to the comma); a document with 'Selon' ('Selon un document transmis aux actionnaires, "
                      "<clause>': no issuer named, speaker the noun phrase without its article, canonical and label "
                      "null, as the contract says for documents); the cofounder ('« ... », explique X, cofondatrice et "
                      "présidente d’Hexalyn': two sentences in one pair of marks); the technical director ('Le directeur "
                      "technique et cofondateur, X, précise que <clause>') then '« ... », a-t-il ajouté'; the lead "
                      "investor ('« ... », souligne X, associé chez ..., qui ...') then 'Il estime que <clause>'; *new*: "
                      "the interview's bare lines: each answer (the line after a question) is one required direct quote "
                      "from its first word to the end of the line (final punctuation kept), cue null, speaker the "
                      "interviewee named in the title line ('Trois questions à X'), gender female, as the dialogue-dash, "
                      "'Réponse :' and 'R :' answers of the earlier sets; the site's questions (the lines ending with "
                      "'?') are optional direct quotes with a null speaker. Not quotes: 'Le tour est mené par ...', "
                      "'prévoit d’en recruter 70' (a plan, no speech verb), 'Elle a déjà débauché X', 'qui devient sa "
                      "directrice des ventes', 'qui rejoint le conseil d’administration', the title line, the headline.")
    a["notes"].append("Events: funding: the series A (headline 'lève 15 M€', lead 'a bouclé une série A de 15 millions "
                      "d’euros ... Le tour est mené par le fonds parisien X, aux côtés de Bpifrance et de l’investisseur "
                      "historique Y. Selon un document ..., l’opération valorise la jeune pousse 62 millions d’euros'): "
                      "one funding event, trigger 'bouclé', round 'série A', the lead investor and the two others of the "
                      "next sentence ('mené par' and 'aux côtés de' alike), the valuation of the sentence after (no "
                      "separate valuation event), date 'ce mercredi'; the earlier round referred back ('la start-up "
                      "avait levé 4 millions en 2036 auprès de Breizh Up et de l’entrepreneur X'): a second funding "
                      "event, trigger 'levé', company Hexalyn through 'la start-up', its two investors (a fund and a "
                      "person, as the business angels of the earlier sets) and year. Result: 'Son chiffre d’affaires a "
                      "atteint 3,6 millions d’euros l’an dernier, en hausse de 140 %' ('Son' is Hexalyn, period 'an "
                      "dernier'). Roles: 'X, cofondatrice et présidente d’Hexalyn' (two joined titles as written, "
                      "organization required, as in the twenty-ninth set), 'l’entrepreneur X, fondateur de l’éditeur "
                      "Armorsoft', 'X, jusqu’ici directrice commerciale Europe de l’américain Vantix Security' (the post "
                      "held until now, title as written with its region), 'X, associé chez Serac Ventures' "
                      "(organization required); 'Le directeur technique et cofondateur, X' (two joined titles as "
                      "written; organization optional: the company of the article) and 'qui devient sa directrice des "
                      "ventes' (the new post, 'sa' is Hexalyn: organization optional). Not events: 'l’entrepreneur' (a "
                      "profession), 'deux anciens ingénieurs de l’Anssi' (no one named), the hiring plan, the office to "
                      "open, the board seat ('qui rejoint le conseil d’administration', no title), the investor's market "
                      "forecast, the offers refused (no buyer named), the headline.")
    a["notes"].append("Money: the headline's '15 M€' (a narrow no-break space inside the span) and the lead's '15 "
                      "millions d’euros', two items; the valuation '62 millions d’euros'; the bare '4 millions' of the "
                      "earlier round after amounts in euros is EUR, span number and scale word, as in the eighteenth, "
                      "twentieth and twenty-eighth sets; the revenue '3,6 millions d’euros'. '48 personnes', '70', 'une "
                      "vingtaine', 'deux offres' are counts. Percentages: the revenue rise '140 %', the share of the "
                      "funds '60 %' (inside the technical director's reported clause), the investor's range '10 à 12 %' "
                      "(span '10 à 12 %', value 10).")
    a["notes"].append("Dates: the rubric line's '2 juin 2038' 2038-06-02; 'ce mercredi' the publication day (the "
                      "demonstrative inside the span); 'Fondée en 2034' and 'en 2036' the years; 'l’an dernier' twice "
                      "(the revenue; inside the last answer) 2037 (span 'an dernier'), two items; 'd’ici à fin 2039' span "
                      "'fin 2039', 2039 with mod END; 'à l’automne' (future: 'ouvrira') span 'automne', 2038-FA; 'd’ici à "
                      "2042' (inside the investor's reported clause) and 'd’ici à 2040' (inside an answer) the years. "
                      "'maintenant' (inside a question) and 'jusqu’ici' are not annotated, as in the later sets.")
    M(a, f"15{NN}M€", 15e6, "EUR")
    M(a, f"15 millions d{AP}euros", 15e6, "EUR")
    M(a, f"62 millions d{AP}euros", 62e6, "EUR")
    M(a, "4 millions", 4e6, "EUR")
    M(a, f"3,6 millions d{AP}euros", 3.6e6, "EUR")
    P(a, f"140{NN}%", 140)
    P(a, f"60{NN}%", 60)
    P(a, f"10 à 12{NN}%", 10)
    D(a, "2 juin 2038", "2038-06-02", note="the rubric line's date")
    D(a, "ce mercredi", "2038-06-02", note="'a-t-elle annoncé ce mercredi': the publication day")
    D(a, "2034", "2034", note="'Fondée en 2034'")
    D(a, "2036", "2036", note="'avait levé 4 millions en 2036'")
    D(a, "an dernier", "2037", nth=0, note="'Son chiffre d’affaires a atteint ... l’an dernier'")
    D(a, "fin 2039", "2039", mod="END", note="'prévoit d’en recruter 70 d’ici à fin 2039'")
    D(a, f"l{AP}[automne]", "2038-FA", note="future: 'où elle ouvrira un bureau à l’automne'")
    D(a, "2042", "2042", note="'d’ici à 2042', inside the investor's reported clause")
    D(a, "2040", "2040", note="'d’ici à 2040', inside an answer")
    D(a, "an dernier", "2037", nth=1, note="'Nous avons refusé deux offres l’an dernier', inside an answer")
    Q(a, f"[La start-up rennaise {HX}, qui détecte les intrusions dans les réseaux informatiques des hôpitaux, a bouclé une série A de 15 millions d{AP}euros], a-t-elle",
      "indirect", "a-t-elle annoncé", ("a-t-[elle] annoncé", HX, ORG),
      note="an unmarked clause before an inverted cue whose pronoun stands for the company (the subject of the clause)")
    Q(a, f"Selon un document transmis aux actionnaires, [l{AP}opération valorise la jeune pousse 62 millions d{AP}euros].",
      "indirect", "[Selon] un document", ("un [document transmis aux actionnaires],", None, None),
      note="'Selon' with a document whose issuer is not named: the noun phrase without its article, canonical and label null")
    Q(a, f"{O}[Un hôpital paralysé par un rançongiciel, ce sont des opérations reportées et des patients transférés. Nous voulons que cela n{AP}arrive plus]{C}",
      "direct", "explique", (CLG, CLG, PER), gender="female",
      note="two sentences in one pair of marks; the name after the cue, 'cofondatrice et présidente' in apposition")
    Q(a, f"précise que [60{NN}% des fonds iront à la recherche].", "indirect", "précise", (YB, YB, PER), gender="male",
      note="'Le directeur technique et cofondateur, X, précise que <clause>': the name in apposition before the cue")
    Q(a, f"{O}[Nos sondes apprennent le comportement normal de chaque réseau]{C}", "direct", "a-t-il ajouté",
      ("a-t-[il] ajouté", YB, PER), gender="male", note="a pronoun in an inverted cue: the technical director")
    Q(a, f"{O}[Le marché de la cybersécurité hospitalière reste largement vierge en Europe]{C}", "direct", "souligne",
      (TR, TR, PER), gender="male", note="the name after the cue, 'associé chez Serac Ventures' in apposition")
    Q(a, f"estime que [les hôpitaux devront consacrer 10 à 12{NN}% de leur budget informatique à la sécurité d{AP}ici à 2042].",
      "indirect", "estime", ("[Il] estime", TR, PER), gender="male", note="'Il' is the fund partner of the sentence before")
    Q(a, f"\n[Pourquoi lever maintenant{NN}?]", "direct", None, None, optional=True,
      note="the site's question, a bare line: no one named")
    Q(a, f"\n[Les directives européennes obligent les hôpitaux à s{AP}équiper d{AP}ici à 2040. Si nous n{AP}y allons pas, d{AP}autres iront.]",
      "direct", None, (f"Trois questions à [{CLG}]", CLG, PER), gender="female",
      note="*new*: an answer on a bare line after a question; the interviewee named in the title line")
    Q(a, f"\n[Les Américains sont déjà là. Comment résister{NN}?]", "direct", None, None, optional=True,
      note="the site's question, a bare line: no one named")
    Q(a, f"\n[Nous sommes hébergés en France et qualifiés par l{AP}Anssi. Pour un hôpital public, c{AP}est décisif.]",
      "direct", None, (f"Trois questions à [{CLG}]", CLG, PER), gender="female",
      note="an answer on a bare line after a question")
    Q(a, f"\n[Et une vente à un grand groupe{NN}?]", "direct", None, None, optional=True,
      note="the site's question, a bare line: no one named")
    Q(a, f"\n[Ce n{AP}est pas le sujet. Nous avons refusé deux offres l{AP}an dernier.]", "direct", None,
      (f"Trois questions à [{CLG}]", CLG, PER), gender="female",
      note="an answer on a bare line, the last line of the article")
    V(a, "funding", "bouclé", {"company": f"rennaise [{HX}], qui", "amount": f"15 millions d{AP}euros",
                               "round": "série A", "investors": [SV, "Bpifrance", f"historique [{BU}]. Selon"],
                               "valuation": f"62 millions d{AP}euros", "date": "ce mercredi"},
      note="the headline's 'lève 15 M€' states the same round; investors ('mené par', 'aux côtés de') and valuation "
           "from the next two sentences")
    V(a, "funding", "levé", {"company": f"rennaise [{HX}], qui", "amount": "4 millions",
                             "investors": [f"auprès de [{BU}] et", OT], "date": "2036"},
      note="the earlier round referred back ('la start-up avait levé 4 millions en 2036 auprès de X et de "
           "l’entrepreneur Y'): 'la start-up' is Hexalyn")
    V(a, "role", "fondateur", {"person": OT, "title": "fondateur", "organization": AS},
      note="'l’entrepreneur X, fondateur de l’éditeur Armorsoft'")
    V(a, "result", f"chiffre d{AP}affaires", {"company": f"rennaise [{HX}], qui", "metric": "revenue",
                                              "amount": f"3,6 millions d{AP}euros", "change": f"140{NN}%",
                                              "period": "an dernier"},
      note="'Son chiffre d’affaires a atteint ... l’an dernier, en hausse de 140 %': 'Son' is Hexalyn")
    V(a, "role", "cofondatrice et présidente", {"person": CLG, "title": "cofondatrice et présidente",
                                                "organization": f"présidente d{AP}[{HX}]. Le"},
      note="'X, cofondatrice et présidente d’Hexalyn': two joined titles, as written")
    V(a, "role", "directeur technique et cofondateur", {"person": YB, "title": "directeur technique et cofondateur",
                                                        "organization": ("opt", f"présidente d{AP}[{HX}]. Le")},
      note="'Le directeur technique et cofondateur, X': the company of the article")
    V(a, "role", "directrice commerciale Europe", {"person": SM, "title": "directrice commerciale Europe",
                                                   "organization": VS},
      note="'X, jusqu’ici directrice commerciale Europe de l’américain Vantix Security': the post held until now")
    V(a, "role", "directrice des ventes", {"person": SM, "title": "directrice des ventes",
                                           "organization": ("opt", f"[{HX}], qui emploie")},
      note="'qui devient sa directrice des ventes': the new post, 'sa' is Hexalyn")
    V(a, "role", "associé", {"person": TR, "title": "associé", "organization": f"chez [{SV}], qui"},
      note="'X, associé chez Serac Ventures'")


def define_k3(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "« ", " »"     # guillemets with ordinary spaces inside in this article
    LG, VAP, KP, CC, AT = "Lagunor", "Volta Agro Processing", "Kingsbury Partners", "Comoé Capital", "Abidjan Titres"
    DA, MAY, AO, FD, SK = "Didier Assamoi", "Marc-Antoine Yao", "Awa Ouattara", "Fatou Diabaté", "Serge Kouamé"
    BRVM, BOAD = "Bourse régionale des valeurs mobilières", "Banque ouest-africaine de développement"
    # ------------------------------------------------------------ K3: an Ivorian listed agro-industrial group's quarterly results, margin in points, raised guidance, a Ghanaian purchase told with a figurative verb, the CFO's departure and successor, two analysts (Abidjan business daily, web)
    a = B.article("K3-resultats-trimestriels-agro-abidjan", "2038-07-29", (
        f"{LG} dope sa rentabilité et s'offre le ghanéen Volta Agro\n"
        "Par Aya Koné – 29/07/2038 à 08h15\n\n"
        f"Le groupe agro-industriel ivoirien {LG}, coté à la {BRVM} (BRVM), a publié mardi des "
        f"résultats trimestriels supérieurs aux attentes. Au deuxième trimestre, son chiffre d'affaires a progressé de "
        f"11,2{NB}%, à 98,4 milliards de FCFA, porté par les exportations d'huile de palme raffinée. L'excédent brut "
        f"d'exploitation (Ebitda) a bondi de 15{NB}%, à 21,7 milliards de FCFA, et la marge d'Ebitda gagne 0,8{NB}point, "
        f"à 22,1{NB}%. Le résultat net part du groupe s'établit à 9,3 milliards de FCFA, contre 7,1 milliards un an plus "
        f"tôt. Sur le premier semestre, les ventes atteignent 187,9 milliards de FCFA (+9,6{NB}%).\n\n"
        f"{LG} relève ses objectifs annuels{NB}: il vise désormais une croissance de ses ventes comprise entre 8 et "
        f"10{NB}% en 2038, contre 6 à 8{NB}% auparavant, a indiqué le groupe dans un communiqué.\n\n"
        f"Dans la foulée, {LG} met la main sur 65{NB}% du ghanéen {VAP}, qui exploite 12{NB}000 hectares de "
        f"palmeraies dans la région d'Ashanti, pour 42 millions $ (environ 25 milliards de FCFA). L'accord, "
        f"signé lundi avec le vendeur, le fonds britannique {KP}, doit être finalisé d'ici à la fin de l'année.\n\n"
        f"{O}Nous récoltons les fruits de cinq années d'investissements dans nos raffineries.\n\n"
        f"{O}Avec Volta Agro, nous entrons sur le marché anglophone{C}, a déclaré le directeur général, {DA}, lors "
        "d'une conférence avec les analystes. Il a ajouté que le groupe n'excluait pas une augmentation de capital.\n\n"
        f"Ces comptes sont les derniers du directeur financier, {MAY}, qui quittera le groupe le 30 septembre, après "
        f"neuf ans de maison, pour rejoindre la {BOAD} (BOAD). Le conseil d'administration a nommé {AO}, "
        f"44 ans, jusqu'ici directrice de la trésorerie, pour lui succéder au poste de directrice financière. {O}Je "
        f"connais chaque ligne de ces comptes{C}, a-t-elle confié.\n\n"
        f"À la BRVM, l'action {LG} a gagné 6,4{NB}% mercredi, à 3{NB}450 FCFA. {O}La hausse de la marge montre que la "
        f"montée en gamme fonctionne{C}, estime {FD}, analyste chez {CC}. Selon {SK}, analyste chez {AT}, le "
        "prix payé pour Volta Agro reste raisonnable, mais l'intégration prendra au moins deux ans."))
    for s, l, c, o in [(LG, ORG, None, False), (VAP, ORG, None, False), ("Volta Agro", ORG, VAP, False),
                       ("Aya Koné", PER, None, False), (BRVM, ORG, None, False), ("BRVM", ORG, BRVM, False),
                       ("Ashanti", LOC, None, False), (KP, ORG, None, False), (DA, PER, None, False),
                       (MAY, PER, None, False), (BOAD, ORG, None, False), ("BOAD", ORG, BOAD, False),
                       (AO, PER, None, False), (FD, PER, None, False), (CC, ORG, None, False), (SK, PER, None, False),
                       (AT, ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of an Abidjan business daily copied as plain text: a headline with a figurative verb "
                      "('Lagunor dope sa rentabilité et s'offre le ghanéen Volta Agro'), then *new*: one line with the "
                      "byline and the numeric date with slashes and a clock time in 'h' after an en dash ('Par Aya Koné "
                      "– 29/07/2038 à 08h15'), no dateline. The reference date is that day (Thursday 29 July 2038); the "
                      "results were published on Tuesday 27 ('a publié mardi'), the purchase signed on Monday 26 ('signé "
                      "lundi'), the share moved on Wednesday 28. Straight apostrophes; ordinary spaces inside the "
                      "guillemets; no-break spaces (U+00A0) before '%', before 'point', before the colon and as the "
                      "thousands separator ('12 000 hectares', '3 450 FCFA').")
    a["notes"].append("Entities: the coined Ivorian agro-industrial group 'Lagunor' (headline, lead, guidance, 'Dans la "
                      "foulée, Lagunor', 'l'action Lagunor': five mentions) is ORG; the coined Ghanaian target 'Volta "
                      "Agro Processing' and its short form 'Volta Agro' (headline after 'le ghanéen', inside the CEO's "
                      "marked words, in the second analyst's clause; canonical the full name), the coined British seller "
                      "fund 'Kingsbury Partners', the regional exchange 'Bourse régionale des valeurs mobilières' and its "
                      "acronym 'BRVM' (in brackets, then 'À la BRVM'; canonical the full name, as in the sixteenth set), "
                      "the 'Banque ouest-africaine de développement' and its acronym 'BOAD' (canonical the full name), "
                      "the coined brokers 'Comoé Capital' and 'Abidjan Titres' (after 'chez'; one ORG each, no separate "
                      "'Abidjan') are ORG; 'Ashanti' (after 'la région d'') is LOC; the journalist, the CEO, the outgoing "
                      "CFO, his successor and the two analysts are PER (all invented). Not names: 'FCFA', 'Ebitda', 'Le "
                      "groupe', 'le vendeur', 'Le conseil d'administration', 'ivoirien', 'ghanéen', 'britannique', "
                      "'anglophone' (adjectives, or firms by their adjectives).")
    a["notes"].append("Quotes (6 required: 3 direct, 3 indirect): the company through a noun phrase after an unmarked "
                      "clause (the raised guidance, 'Lagunor relève ses objectifs annuels : il vise désormais ..., contre "
                      "6 à 8 % auparavant, a indiqué le groupe dans un communiqué': the clause from 'Lagunor' to the "
                      "comma, the colon inside; speaker 'groupe', canonical Lagunor, ORG, as in the thirtieth set); the "
                      "CEO's words over two paragraphs in French style ('« ... raffineries.' / '« Avec Volta Agro, ... », "
                      "a déclaré le directeur général, X, ...': one direct quote, the paragraph break and the reopening "
                      "mark inside the span) then 'Il a ajouté que <clause>'; the new CFO named in the sentence before "
                      "through an inverted pronoun cue ('« ... », a-t-elle confié'); the first analyst ('« ... », estime "
                      "X, analyste chez Comoé Capital'); the second ('Selon X, analyste chez Abidjan Titres, <clause>', "
                      "the clause after the apposition, its 'mais' part included). Not quotes: 'a publié mardi des "
                      "résultats' (an act with a noun-phrase object), 'met la main sur', 'doit être finalisé', 'a nommé "
                      "X ... pour lui succéder', 'quittera le groupe', the headline.")
    a["notes"].append("Events: results of the second quarter (the quarter written once, in the revenue's sentence): the "
                      "revenue ('Au deuxième trimestre, son chiffre d'affaires a progressé de 11,2 %, à ...': 'son' is "
                      "Lagunor, period required), the Ebitda ('L'excédent brut d'exploitation (Ebitda) a bondi de 15 %, à "
                      "...': metric ebitda, period optional) and the net profit ('Le résultat net part du groupe "
                      "s'établit à ..., contre 7,1 milliards un an plus tôt': metric net_income, period optional; the "
                      "year-earlier figure no second result); the half-year revenue ('Sur le premier semestre, les ventes "
                      "atteignent 187,9 milliards de FCFA (+9,6 %)': a second revenue of another period, change the "
                      "signed rise in brackets, period required). Optional: the margin's gain in points ('la marge "
                      "d'Ebitda gagne 0,8 point, à 22,1 %': metric other, change '0,8 point', no amount, as in the "
                      "twenty-first and twenty-fifth sets). Acquisition: 'Lagunor met la main sur 65 % du ghanéen Volta "
                      "Agro Processing, ..., pour 42 millions $ (...). L'accord, signé lundi avec le vendeur, le "
                      "fonds britannique X, doit être finalisé d'ici à la fin de l'année': a figurative verb in the "
                      "present for a signed deal still to close: announced (as 's’offre' for a signed agreement in the "
                      "thirtieth set), trigger 'met la main', stake '65 %', amount the dollars (the FCFA equivalent in "
                      "brackets no argument), seller the fund of the next sentence, date 'lundi' (the signing; the "
                      "closing date no argument); the headline's 's'offre' the same fact. Roles: 'le directeur général, "
                      "X' and 'du directeur financier, Y, qui quittera le groupe' (organization optional: the company of "
                      "the article), the successor's post until now ('jusqu'ici directrice de la trésorerie', "
                      "organization optional) and *new* her new post told after 'au poste de' ('a nommé X ... pour lui "
                      "succéder au poste de directrice financière', organization optional): two roles for one person; "
                      "'X, analyste chez Y' twice (organization required). Not events: the guidance (a forecast), the "
                      "capital increase considered, the CFO's move to the BOAD (no title given), the share move, the "
                      "analysts' views.")
    a["notes"].append("Money: francs CFA are XOF: the revenue '98,4 milliards de FCFA', the Ebitda '21,7 milliards de "
                      "FCFA', the net profit '9,3 milliards de FCFA' and the year-earlier figure '7,1 milliards' (bare "
                      "after amounts in FCFA: XOF, span number and scale word, as the bare euro amounts of the earlier "
                      "sets), the half-year revenue '187,9 milliards de FCFA', the purchase's equivalent '25 milliards de "
                      "FCFA' ('environ' outside), the share price '3 450 FCFA' (a no-break space as thousands separator); "
                      "*new*: the purchase price '42 millions $' (the bare '$' after the scale word, in the style of African business wires) is USD in an Ivorian article on a Ghanaian target (not the Quebec CAD of the Montréal sets). '12 000 hectares' is a count. Percentages: "
                      "rises without a sign ('11,2 %', '15 %', '6,4 %'), a signed rise in brackets ('+9,6 %', span with "
                      "the sign), the margin's gain '0,8 point' (value 0.8, points), the margin '22,1 %', the guidance "
                      "ranges 'entre 8 et 10 %' (span '8 et 10 %', value 8) and '6 à 8 %' (value 6), the stake '65 %'.")
    a["notes"].append("Dates: the byline line's '29/07/2038 à 08h15' one TIME, 2038-07-29T08:15; 'mardi' (past: the "
                      "results) 2038-07-27; 'Au deuxième trimestre' 2038-Q2 (span 'deuxième trimestre'); 'Sur le premier "
                      "semestre' 2038-H1; 'en 2038' (the guidance year; the first '2038' is inside the TIME) the year; "
                      "'lundi' (past: the signing) 2038-07-26; 'd'ici à la fin de l'année' span 'fin de l'année', 2038 "
                      "with mod END; 'cinq années' (inside the CEO's marked words) P5Y; 'le 30 septembre' (future) "
                      "2038-09-30; 'après neuf ans de maison' span 'neuf ans', P9Y; 'mercredi' (the share move) "
                      "2038-07-28; 'au moins deux ans' (inside the analyst's clause) span 'deux ans', P2Y, no mod. "
                      "Optional: 'un an plus tôt' (2037-Q2: relative to the quarter, not to the reference date, as in the "
                      "thirtieth set), the age '44 ans' (P44Y). 'désormais', 'auparavant' and 'jusqu'ici' are not "
                      "annotated.")
    M(a, "98,4 milliards de FCFA", 98.4e9, "XOF")
    M(a, "21,7 milliards de FCFA", 21.7e9, "XOF")
    M(a, "9,3 milliards de FCFA", 9.3e9, "XOF")
    M(a, "7,1 milliards", 7.1e9, "XOF")
    M(a, "187,9 milliards de FCFA", 187.9e9, "XOF")
    M(a, "42 millions $", 42e6, "USD")
    M(a, "25 milliards de FCFA", 25e9, "XOF")
    M(a, f"3{NB}450 FCFA", 3450, "XOF")
    P(a, f"11,2{NB}%", 11.2)
    P(a, f"15{NB}%", 15)
    P(a, f"0,8{NB}point", 0.8, points=True)
    P(a, f"22,1{NB}%", 22.1)
    P(a, f"+9,6{NB}%", 9.6)
    P(a, f"8 et 10{NB}%", 8)
    P(a, f"6 à 8{NB}%", 6)
    P(a, f"65{NB}%", 65)
    P(a, f"6,4{NB}%", 6.4)
    D(a, "29/07/2038 à 08h15", "2038-07-29T08:15", typ="TIME", note="the byline line: numeric date with slashes, clock time with 'h'")
    D(a, "mardi", "2038-07-27", note="past: 'a publié mardi des résultats', two days before the Thursday publication")
    D(a, "deuxième trimestre", "2038-Q2", note="'Au deuxième trimestre, son chiffre d'affaires a progressé ...'")
    D(a, "un an plus tôt", "2037-Q2", opt=True, note="relative to the quarter, not to the reference date")
    D(a, "premier semestre", "2038-H1", note="'Sur le premier semestre, les ventes atteignent ...'")
    D(a, "en [2038], contre", "2038", note="the guidance year")
    D(a, "lundi", "2038-07-26", note="past: 'L'accord, signé lundi'")
    D(a, "fin de l'année", "2038", mod="END", note="'doit être finalisé d'ici à la fin de l'année'")
    D(a, "cinq années", "P5Y", typ="DURATION", note="inside the CEO's marked words")
    D(a, "30 septembre", "2038-09-30", note="future: 'qui quittera le groupe le 30 septembre'")
    D(a, "neuf ans", "P9Y", typ="DURATION", note="'après neuf ans de maison'")
    D(a, "44 ans", "P44Y", typ="DURATION", opt=True, note="an age")
    D(a, "mercredi", "2038-07-28", note="past: 'l'action Lagunor a gagné 6,4 % mercredi'")
    D(a, "deux ans", "P2Y", typ="DURATION", note="'prendra au moins deux ans', inside the analyst's clause")
    Q(a, f"[{LG} relève ses objectifs annuels{NB}: il vise désormais une croissance de ses ventes comprise entre 8 et 10{NB}% en 2038, contre 6 à 8{NB}% auparavant], a indiqué",
      "indirect", "a indiqué", ("a indiqué le [groupe] dans", LG, ORG),
      note="an unmarked clause before an inverted cue; the company through a noun phrase, its communiqué the medium")
    Q(a, f"{O}[Nous récoltons les fruits de cinq années d'investissements dans nos raffineries.\n\n{O}Avec Volta Agro, nous entrons sur le marché anglophone]{C}",
      "direct", "a déclaré", (DA, DA, PER), gender="male",
      note="one quote over two paragraphs (no closing mark after the first, a reopening guillemet before the second); "
           "the name in apposition to 'le directeur général'")
    Q(a, "ajouté que [le groupe n'excluait pas une augmentation de capital].", "indirect", "a ajouté",
      ("[Il] a ajouté", DA, PER), gender="male", note="'Il' is the CEO of the sentence before")
    Q(a, f"{O}[Je connais chaque ligne de ces comptes]{C}", "direct", "a-t-elle confié", ("a-t-[elle] confié", AO, PER),
      gender="female", note="a pronoun in an inverted cue: the new CFO named in the sentence before")
    Q(a, f"{O}[La hausse de la marge montre que la montée en gamme fonctionne]{C}", "direct", "estime", (FD, FD, PER),
      gender="female", note="the name after the cue, 'analyste chez Comoé Capital' in apposition")
    Q(a, f"Selon {SK}, analyste chez {AT}, [le prix payé pour Volta Agro reste raisonnable, mais l'intégration prendra au moins deux ans].",
      "indirect", f"[Selon] {SK}", (SK, SK, PER), gender="male",
      note="'Selon X, analyste chez Y, <clause>': the clause after the apposition")
    V(a, "result", "chiffre d'affaires", {"company": f"ivoirien [{LG}], coté", "metric": "revenue",
                                          "amount": "98,4 milliards de FCFA", "change": f"11,2{NB}%",
                                          "period": "deuxième trimestre"},
      note="'Au deuxième trimestre, son chiffre d'affaires a progressé de 11,2 %, à ...': 'son' is Lagunor")
    V(a, "result", "excédent brut d'exploitation", {"company": f"ivoirien [{LG}], coté", "metric": "ebitda",
                                                    "amount": "21,7 milliards de FCFA", "change": f"15{NB}%",
                                                    "period": ("opt", "deuxième trimestre")},
      note="'L'excédent brut d'exploitation (Ebitda) a bondi de 15 %, à ...'")
    V(a, "result", "marge d'Ebitda", {"company": f"ivoirien [{LG}], coté", "metric": "other",
                                      "change": f"0,8{NB}point", "period": ("opt", "deuxième trimestre")},
      optional=True, note="a margin's gain in points (a rate, no amount): optional, as in the earlier sets")
    V(a, "result", "résultat net", {"company": f"ivoirien [{LG}], coté", "metric": "net_income",
                                    "amount": "9,3 milliards de FCFA", "period": ("opt", "deuxième trimestre")},
      note="'Le résultat net part du groupe s'établit à ..., contre 7,1 milliards un an plus tôt': no change written")
    V(a, "result", "ventes", {"company": f"ivoirien [{LG}], coté", "metric": "revenue",
                              "amount": "187,9 milliards de FCFA", "change": f"+9,6{NB}%", "period": "premier semestre"},
      nth=0, note="'Sur le premier semestre, les ventes atteignent ... (+9,6 %)': the half-year revenue, a second fact")
    V(a, "acquisition", "met la main", {"target": f"ghanéen [{VAP}], qui", "buyer": f"foulée, [{LG}] met",
                                        "seller": KP, "stake": f"65{NB}%", "amount": "42 millions $",
                                        "date": "lundi", "status": "announced"},
      note="'Lagunor met la main sur 65 % du ghanéen X ... pour 42 millions $. L'accord, signé lundi avec le "
           "vendeur, le fonds britannique Y, doit être finalisé d'ici à la fin de l'année': signed, to close: announced; "
           "the headline's 's'offre' the same purchase")
    V(a, "role", "directeur général", {"person": DA, "title": "directeur général",
                                       "organization": ("opt", f"ivoirien [{LG}], coté")},
      note="'a déclaré le directeur général, X': the company of the article")
    V(a, "role", "directeur financier", {"person": MAY, "title": "directeur financier",
                                         "organization": ("opt", f"ivoirien [{LG}], coté")},
      note="'du directeur financier, X, qui quittera le groupe le 30 septembre': the post he leaves")
    V(a, "role", "directrice de la trésorerie", {"person": AO, "title": "directrice de la trésorerie",
                                                 "organization": ("opt", f"ivoirien [{LG}], coté")},
      note="'X, 44 ans, jusqu'ici directrice de la trésorerie': the post held until now")
    V(a, "role", "directrice financière", {"person": AO, "title": "directrice financière",
                                           "organization": ("opt", f"ivoirien [{LG}], coté")},
      note="'a nommé X ... pour lui succéder au poste de directrice financière': the new post")
    V(a, "role", "analyste", {"person": FD, "title": "analyste", "organization": CC}, nth=0,
      note="'X, analyste chez Comoé Capital'")
    V(a, "role", "analyste", {"person": SK, "title": "analyste", "organization": AT}, nth=1,
      note="'X, analyste chez Abidjan Titres'")
