"""The three articles of the forty-fifth blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind45`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (V4: before '%', '€', 'M€', the colon, inside the guillemets and in '3 000'; W4: thousands)
NN = "\u202f"    # narrow no-break space (X4: before '%', 'M€', '?' and inside the guillemets)
AP = "\u2019"    # typographic apostrophe (every apostrophe of X4)
T = "\u2014 "    # an interview turn in X4 (em dash and a space)
PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"


def define(B):
    define_v4(B)
    define_w4(B)
    define_x4(B)


def _typo(x):
    if isinstance(x, str):
        return x.replace("'", AP)
    if isinstance(x, tuple):
        return tuple(_typo(v) for v in x)
    if isinstance(x, list):
        return [_typo(v) for v in x]
    if isinstance(x, dict):
        return {k: (v if k == "note" else _typo(v)) for k, v in x.items()}
    return x


# ---------------------------------------------------------------- V4: two listed French telecom operators merge by absorption into a new group; the State's diluted stake, governance, results, unions and analysts (AFP dispatch)
def define_v4(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    O, C = "«" + NB, NB + "»"
    NX, TV, AL, APE, BR, KC = ("Nexalis", "Telvora", "Altaïs", "Agence des participations de l'État", "Brabanet",
                               "Kepler Cheuvreux")
    LC, HV, BRo, MO, SL = "Laurent Castagné", "Hélène Vasseur", "Bastien Roque", "Marc Ollivier", "Sandrine Lemaire"
    MDN = "ministre délégué au Numérique"
    PCA = "présidente du conseil d'administration"
    text = (
        f"PARIS, 18 novembre 2042 (AFP) - Les opérateurs télécoms {NX} et {TV}, tous deux cotés à la Bourse de Paris, "
        f"ont annoncé mardi leur fusion, qui donnera naissance au numéro deux français du secteur, baptisé {AL}. {NX} "
        f"absorbera son rival par un échange d'actions{NB}: les actionnaires de {TV} recevront 0,82 action {NX} pour "
        f"chaque titre apporté. La parité valorise {TV} à 6,4 milliards d'euros, soit une prime de 22{NB}% sur son cours "
        "de clôture de lundi, ont précisé les deux groupes dans un communiqué commun.\n\n"
        f"L'État, qui détient 23,4{NB}% de {NX} via l'{APE} (APE), ne conservera qu'environ 15{NB}% "
        "du nouvel ensemble. Il a donné son accord au rapprochement, selon une source gouvernementale. Interrogé sur "
        f"France Inter, le {MDN}, {BRo}, a estimé que l'État {O}restera un actionnaire de référence{C}.\n\n"
        f"Le PDG de {NX}, {LC}, 56 ans, deviendra directeur général d'{AL}, tandis que la directrice générale de {TV}, "
        f"{HV}, en deviendra la {PCA}. {O}Ensemble, nous aurons enfin la taille pour financer la fibre et la 6G. Seuls, "
        f"nous n'y serions pas arrivés{C}, a déclaré M. Castagné. Il a assuré qu'aucun "
        f"départ contraint n'était prévu. {O}Ce n'est pas une absorption, c'est un mariage{C}, a insisté Mme Vasseur.\n\n"
        f"{NX} a réalisé en 2041 un chiffre d'affaires de 11,2 milliards d'euros et un bénéfice net de 870{NB}M€, en "
        f"recul de 6{NB}%. Au troisième trimestre, l'excédent brut d'exploitation de {TV} a progressé de 4,5{NB}%, à "
        f"412{NB}M€, a précisé la société. {NX} avait déjà racheté en 2039 le câblo-opérateur belge {BR} pour 1,9 "
        "milliard d'euros.\n\n"
        "L'opération doit encore recevoir le feu vert de la Commission européenne, de l'Arcep et des assemblées "
        "générales, convoquées au printemps. Sa finalisation est attendue d'ici à la fin de 2043. Les deux groupes "
        "promettent 900 millions d'euros de synergies par an à partir de 2046.\n\n"
        f"Selon la CFE-CGC, premier syndicat de {TV}, {O}au moins 3{NB}000 "
        f"postes{C} sont menacés par les doublons. {O}Les promesses sur l'emploi n'engagent que ceux qui les croient{C}, "
        f"a jugé le secrétaire fédéral de la CGT-FAPT, {MO}.\n\n"
        f"Pour {SL}, analyste chez {KC}, la parité est {O}plutôt généreuse pour les actionnaires de {TV}{C}. Elle estime "
        "que les synergies sont crédibles, mais que la Commission exigera des cessions d'actifs. Le rapprochement "
        f"{O}arrive dix ans trop tard{C}, a jugé de son côté un analyste de Bernstein. Depuis 2032, le secteur attendait "
        f"sa {O}consolidation{C}.\n\n"
        f"À la Bourse de Paris, l'action {TV} s'envolait de 17,8{NB}% mardi, à 24,60{NB}€, tandis que {NX} cédait "
        f"2,3{NB}%.")
    a = B.article("V4-fusion-operateurs-telecoms-paris", "2042-11-18", text)
    for s, l, c, o in [("PARIS", LOC, None, False), ("AFP", ORG, None, False), (NX, ORG, None, False), (TV, ORG, None, False),
                       ("Bourse de Paris", ORG, None, False), (AL, ORG, None, False), (APE, ORG, None, False),
                       ("APE", ORG, APE, False), ("France Inter", ORG, None, False), (BRo, PER, None, False),
                       (LC, PER, None, False), ("Castagné", PER, LC, False), (HV, PER, None, False),
                       ("Vasseur", PER, HV, False), (BR, ORG, None, False), ("Commission européenne", ORG, None, False),
                       ("Commission", ORG, "Commission européenne", False), ("Arcep", ORG, None, False),
                       ("CFE-CGC", ORG, None, False), ("CGT-FAPT", ORG, None, False), (MO, PER, None, False),
                       (SL, PER, None, False), (KC, ORG, None, False), ("Bernstein", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("An AFP dispatch copied as plain text: no headline, a dateline with the full date ('PARIS, 18 novembre "
                      "2042 (AFP) - '). The reference date is the dateline day (Tuesday 18 November 2042), the day of the "
                      "announcement ('ont annoncé mardi') and of the share move; the price comparison is Monday's close. "
                      "Straight apostrophes; no-break spaces (U+00A0) before '%', 'M€' and '€', before the colon of "
                      "'par un échange d'actions : ...', inside the guillemets and in the count '3 000 postes'.")
    a["notes"].append("Entities: the coined operators 'Nexalis' (seven mentions, once in '0,82 action Nexalis') and 'Telvora' "
                      "(eight mentions, once inside marked words) and the coined name of the combined group 'Altaïs' (twice: "
                      "'baptisé Altaïs', 'd'Altaïs'; its own canonical, as 'Artoris' in the twenty-first set) are ORG; the "
                      "coined Belgian cable operator 'Brabanet' ORG; 'Agence des participations de l'État' (one ORG, 'État' "
                      "inside the name) and its acronym 'APE' (canonical the full name); 'Bourse de Paris' (twice), 'France "
                      "Inter' (a radio station, media), 'Commission européenne' and 'la Commission' alone later (canonical "
                      "the full name), the regulator 'Arcep', the unions 'CFE-CGC' and 'CGT-FAPT' (one ORG each, hyphen "
                      "inside), the brokers 'Kepler Cheuvreux' and 'Bernstein' ORG; the dateline 'PARIS' keeps its case, "
                      "LOC; the minister, both CEOs (also 'M. Castagné', 'Mme Vasseur': span the surname, canonical the "
                      "full name), the union secretary and the analyst PER (all invented). Not names: 'L'État' / 'l'État' "
                      "(three times, as in the earlier sets), 'le nouvel ensemble', 'les deux groupes', 'la société', 'Le "
                      "rapprochement', 'Numérique' inside the minister's title, '6G'; 'français', 'belge' are adjectives.")
    a["notes"].append("Quotes (12 required: 7 direct, 5 indirect): the ratio's value told as '<sentence>, ont précisé les deux "
                      "groupes dans un communiqué commun' (a noun phrase for two companies, canonical null, as in the "
                      "twenty-first and thirty-second sets); the State's consent told by an unnamed source ('<sentence>, "
                      "selon une source gouvernementale'; 'Il' is the State); the minister's clause partly marked ('a estimé "
                      "que l'État « ... »': one direct quote for the marked words); the future CEO ('« ... », a déclaré M. "
                      "Castagné': two sentences; then 'Il a assuré qu'<clause>'); the future chair ('« ... », a insisté Mme "
                      "Vasseur': her word 'absorption' is no event of its own); the target's quarterly figure ('<sentence>, "
                      "a précisé la société': 'la société' is Telvora, the subject of that sentence, canonical the "
                      "company); the union through 'Selon' with a clause partly marked ('Selon la CFE-CGC, ..., « au moins 3 "
                      "000 postes » sont menacés': one direct quote for the marked words, speaker the union by name); the "
                      "CGT-FAPT secretary ('« ... », a jugé le secrétaire fédéral de la CGT-FAPT, X'); the analyst ('Pour X, "
                      "analyste chez Y, la parité est « ... »': one direct quote for the marked words; then 'Elle estime que "
                      "<clause>, mais que <clause>': one span from the first 'que' to the full stop, the second 'que' "
                      "inside); an unnamed analyst after a subject and marked words ('Le rapprochement « ... », a jugé de son "
                      "côté un analyste de Bernstein': noun phrase, canonical null). Not quotes: '« consolidation »' (a term "
                      "between marks in the journalist's sentence), 'ont annoncé mardi leur fusion' (a noun-phrase object), "
                      "'Les deux groupes promettent 900 millions d'euros de synergies' (a promise with a noun-phrase object, "
                      "as in the twenty-first set), 'doit encore recevoir le feu vert'.")
    a["notes"].append("Events (13 required): the merger by absorption, as in the twenty-first and thirty-second sets: one "
                      "acquisition, trigger 'absorbera' (the mention that says which company absorbs which; 'leur fusion' "
                      "and 'le rapprochement' the same fact), target Telvora (whose shareholders receive new shares), buyer "
                      "Nexalis, date 'mardi' (the announcement), status announced (Brussels, the regulator and both general "
                      "meetings still to approve), no amount (a share exchange); 'La parité valorise Telvora à 6,4 milliards "
                      "d'euros' a valuation event of the absorbed company; the State's holdings before and after ('23,4 %', "
                      "'15 %') are no stakes bought. Results: Nexalis's 2041 revenue (period required) and net profit with "
                      "its fall ('en recul de 6 %', change as written; period optional, the year written once); Telvora's "
                      "third-quarter EBITDA with its rise. The earlier purchase ('avait déjà racheté en 2039 ... pour 1,9 "
                      "milliard d'euros', done). Roles: 'Le PDG de Nexalis, X' and his future post 'deviendra directeur "
                      "général d'Altaïs' (a second role, organization the combined group, required, as in the twenty-first "
                      "set); 'la directrice générale de Telvora, Y' and 'en deviendra la présidente du conseil "
                      "d'administration' ('en' is Altaïs: organization optional); the minister without organization; 'le "
                      "secrétaire fédéral de la CGT-FAPT, X'; 'X, analyste chez Kepler Cheuvreux'. The unnamed Bernstein "
                      "analyst gives no role (no person). Not events: the exchange ratio, the premium, the synergies (a "
                      "forecast), the approvals, the job cuts feared, the share moves.")
    a["notes"].append("Money: '6,4 milliards d'euros', '11,2 milliards d'euros', '870 M€', '412 M€', '1,9 milliard d'euros' (the "
                      "scale word on the next line of the source, one span), '900 millions d'euros' ('par an' outside), "
                      "the share price '24,60 €'. The ratio '0,82 action' and '3 000 postes' are no money. Percentages: "
                      "'22 %' (premium), '23,4 %' and '15 %' (the State's holdings), '6 %' (a fall, no sign), '4,5 %', "
                      "'17,8 %' and '2,3 %' (share moves).")
    M(a, "6,4 milliards d'euros", 6.4e9, "EUR")
    M(a, "11,2 milliards d'euros", 11.2e9, "EUR")
    M(a, f"870{NB}M€", 870e6, "EUR")
    M(a, f"412{NB}M€", 412e6, "EUR")
    M(a, "1,9 milliard d'euros", 1.9e9, "EUR")
    M(a, "900 millions d'euros", 900e6, "EUR")
    M(a, f"24,60{NB}€", 24.6, "EUR")
    P(a, f"22{NB}%", 22)
    P(a, f"23,4{NB}%", 23.4)
    P(a, f"15{NB}%", 15)
    P(a, f"6{NB}%", 6)
    P(a, f"4,5{NB}%", 4.5)
    P(a, f"17,8{NB}%", 17.8)
    P(a, f"2,3{NB}%", 2.3)
    D(a, "18 novembre 2042", "2042-11-18", note="the dateline")
    D(a, "mardi", "2042-11-18", nth=0, note="'ont annoncé mardi': the dateline day")
    D(a, "lundi", "2042-11-17", note="'son cours de clôture de lundi': the last session before the announcement")
    D(a, "56 ans", "P56Y", typ="DURATION", opt=True, note="an age")
    D(a, "2041", "2041", note="'a réalisé en 2041'")
    D(a, "troisième trimestre", "2042-Q3", note="'Au troisième trimestre': the last quarter reported, past")
    D(a, "2039", "2039", note="'avait déjà racheté en 2039'")
    D(a, "printemps", "2043-SP", note="future: 'des assemblées générales, convoquées au printemps'")
    D(a, "fin de 2043", "2043", mod="END", note="'d'ici à la fin de 2043', as 'fin de 2025' in the contract")
    D(a, "par an", "P1Y", typ="SET", opt=True, note="a rate")
    D(a, "2046", "2046", note="'à partir de 2046': span the year, no mod, as in the thirty-second set")
    D(a, "dix ans", "P10Y", typ="DURATION", note="'arrive dix ans trop tard', inside marked words")
    D(a, "2032", "2032", note="'Depuis 2032'")
    D(a, "mardi", "2042-11-18", nth=1, note="'s'envolait ... mardi': the dateline day")
    Q(a, f"[La parité valorise {TV} à 6,4 milliards d'euros, soit une prime de 22{NB}% sur son cours de clôture de lundi], ont précisé",
      "indirect", "ont précisé", ("[les deux groupes] dans", None, None),
      note="an unmarked sentence before an inverted cue; 'les deux groupes' a noun phrase for the two companies, canonical null")
    Q(a, "[Il a donné son accord au rapprochement], selon", "indirect", "[selon] une source gouvernementale",
      ("selon [une source gouvernementale]", None, None),
      note="a sentence before an inverted 'selon' with an unnamed source: noun phrase, canonical null; 'Il' is the State")
    Q(a, f"{O}[restera un actionnaire de référence]{C}", "direct", "a estimé", (BRo, BRo, PER), gender="male",
      note="'a estimé que l'État « ... »': a clause partly marked, one direct quote for the marked words; the name in "
           "apposition to 'le ministre délégué au Numérique'")
    Q(a, f"{O}[Ensemble, nous aurons enfin la taille pour financer la fibre et la 6G. Seuls, nous n'y serions pas arrivés]{C}",
      "direct", "a déclaré", ("M. [Castagné]", LC, PER), gender="male",
      note="two sentences; 'M. Castagné' after the cue: span the surname, canonical the full name")
    Q(a, "assuré qu'[aucun départ contraint n'était prévu].", "indirect", "a assuré", ("Castagné. [Il] a assuré", LC, PER),
      gender="male", note="the span starts after the elided 'qu''; 'Il' is the future CEO of the sentence before")
    Q(a, f"{O}[Ce n'est pas une absorption, c'est un mariage]{C}", "direct", "a insisté", ("Mme [Vasseur]", HV, PER),
      gender="female", note="'a insisté Mme Vasseur': span the surname, canonical the full name")
    Q(a, f"[Au troisième trimestre, l'excédent brut d'exploitation de {TV} a progressé de 4,5{NB}%, à 412{NB}M€], a précisé",
      "indirect", "a précisé", ("a précisé la [société]", TV, ORG),
      note="an unmarked sentence before an inverted cue; 'la société' is Telvora, named in that sentence")
    Q(a, f"{O}[au moins 3{NB}000 postes]{C}", "direct", "[Selon] la CFE-CGC", ("CFE-CGC", "CFE-CGC", ORG),
      note="'Selon la CFE-CGC, premier syndicat de Telvora, « ... » sont menacés ...': a clause partly marked, one direct "
           "quote for the marked words; the union by name")
    Q(a, f"{O}[Les promesses sur l'emploi n'engagent que ceux qui les croient]{C}", "direct", "a jugé", (MO, MO, PER),
      gender="male", note="the name in apposition to 'le secrétaire fédéral de la CGT-FAPT', after the cue")
    Q(a, f"{O}[plutôt généreuse pour les actionnaires de {TV}]{C}", "direct", f"[Pour] {SL}", (SL, SL, PER),
      gender="female", note="'Pour X, analyste chez Y, la parité est « ... »': a clause partly marked, one direct quote")
    Q(a, "estime que [les synergies sont crédibles, mais que la Commission exigera des cessions d'actifs].", "indirect",
      "estime", (f"{TV}{C}. [Elle] estime", SL, PER), gender="female",
      note="'Elle' is the analyst of the sentence before; one span from the first 'que' to the full stop")
    Q(a, f"{O}[arrive dix ans trop tard]{C}", "direct", "[a jugé] de son côté", ("côté [un analyste de Bernstein]", None, None),
      gender="male", note="'Le rapprochement « ... », a jugé de son côté un analyste de Bernstein': an unnamed analyst, noun "
                          "phrase, canonical null")
    V(a, "acquisition", "absorbera", {"target": TV, "buyer": NX, "date": "mardi", "status": "announced"},
      note="'Nexalis absorbera son rival par un échange d'actions': a merger by absorption; 'leur fusion' the same fact; "
           "approvals pending: announced; a share exchange: no amount")
    V(a, "valuation", "valorise", {"company": TV, "amount": "6,4 milliards d'euros"},
      note="'La parité valorise Telvora à ...': the value the exchange ratio implies; no funding event carries it")
    V(a, "role", f"Le [PDG] de {NX}", {"person": LC, "title": "PDG", "organization": NX})
    V(a, "role", "deviendra [directeur général]", {"person": LC, "title": "directeur général", "organization": AL},
      note="'X ... deviendra directeur général d'Altaïs': the future post at the combined group")
    V(a, "role", f"la [directrice générale] de {TV}", {"person": HV, "title": "directrice générale", "organization": TV})
    V(a, "role", PCA, {"person": HV, "title": PCA, "organization": ("opt", AL)},
      note="'Y, en deviendra la présidente du conseil d'administration': 'en' is Altaïs")
    V(a, "role", MDN, {"person": BRo, "title": MDN}, note="no organization")
    V(a, "result", "chiffre d'affaires", {"company": f"[{NX}] a réalisé", "metric": "revenue",
                                          "amount": "11,2 milliards d'euros", "period": "2041"})
    V(a, "result", "bénéfice net", {"company": f"[{NX}] a réalisé", "metric": "net_income", "amount": f"870{NB}M€",
                                    "change": f"6{NB}%", "period": ("opt", "2041")},
      note="'en recul de 6 %': the change as written; the year written once")
    V(a, "result", "excédent brut d'exploitation", {"company": f"exploitation de [{TV}]", "metric": "ebitda",
                                                     "amount": f"412{NB}M€", "change": f"4,5{NB}%",
                                                     "period": "troisième trimestre"})
    V(a, "acquisition", "racheté", {"target": BR, "buyer": f"[{NX}] avait déjà", "amount": "1,9 milliard d'euros",
                                    "date": "2039", "status": "done"})
    V(a, "role", "secrétaire fédéral", {"person": MO, "title": "secrétaire fédéral", "organization": "CGT-FAPT"})
    V(a, "role", f"{SL}, [analyste] chez", {"person": SL, "title": "analyste", "organization": KC})


# ---------------------------------------------------------------- W4: an Agadir agritech's series A in dirhams led by Proparco and IFC, valuation from a source, a new managing director, results, an announced and a done purchase (Moroccan business daily, web)
def define_w4(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    O, C = "« ", " »"
    SK, PP, UV, MNF, HY, AG, AGR = ("Sakiya", "Proparco", "UM6P Ventures", "Maroc Numeric Fund", "Hydroponia", "Agrimatec",
                                    "Attijari Global Research")
    SI, GB, REG, CM, KH, DAB = ("Salma Idrissi", "Ghita Benjelloun", "Reda El Ghazouani", "Claire Morvan", "Karim Haddaoui",
                                "Driss Alaoui-Benhima")
    MA = "ministre de l'Agriculture"
    text = (
        f"Agritech : {SK} lève 180 MDH auprès de {PP} et d'IFC\n"
        f"Le 25/03/2043 à 08h40, par {SI}\n\n"
        f"La start-up d'Agadir {SK}, qui équipe les exploitations du Souss-Massa de capteurs et de goutte-à-goutte "
        "solaire, a bouclé une levée de fonds de série A de 180 millions de dirhams (environ 16,5 millions d'euros), "
        f"a-t-elle annoncé mardi. Le tour de table est mené par {PP} et par IFC, la filiale de la Banque mondiale dédiée "
        f"au secteur privé, qui apportent chacune 60 MDH et détiendront ensemble 18 % du capital. {UV} complète "
        f"l'opération aux côtés de {MNF}, déjà actionnaire. Cette levée valorise {SK} autour de 650 millions de dirhams, "
        "selon une source proche du dossier. Fondée en 2038, la jeune pousse avait levé 12 millions de dirhams en "
        f"amorçage en 2040 auprès de {MNF}.\n\n"
        f"La société change aussi de direction. {GB}, jusqu'ici directrice de la stratégie du groupe OCP, a été nommée "
        f"directrice générale et prendra ses fonctions le 1er mai. Son fondateur, {REG}, 41 ans, devient président "
        f"exécutif. {O}Nous passons de la start-up à l'entreprise. Il fallait quelqu'un qui a déjà dirigé des milliers "
        f"de salariés{C}, a expliqué ce dernier. Selon lui, {SK} sera rentable dès 2045. {O}Nous voulons équiper "
        f"20{NB}000 exploitations d'ici 2046, contre 4{NB}800 aujourd'hui{C}, a déclaré Mme Benjelloun.\n\n"
        f"En 2042, {SK} a réalisé un chiffre d'affaires de 47,3 millions de DH, en hausse de 68 %, pour une perte nette "
        f"de 9,8 MDH. Son application {O}Mizan{C}, qui indique aux agriculteurs quand irriguer, est vendue 1{NB}200 "
        "dirhams par an.\n\n"
        f"L'argent servira aussi à racheter la start-up tunisienne {HY}, spécialisée dans les serres connectées, pour "
        "un montant non communiqué. L'accord a été signé lundi et doit être finalisé en juin, a précisé un communiqué "
        f"de {SK}. En 2041, la jeune pousse avait déjà repris le distributeur d'intrants {AG} pour 8 millions de "
        "dirhams.\n\n"
        f"{O}Le stress hydrique est le premier risque pour l'agriculture marocaine. {SK} y répond avec une technologie "
        f"locale{C}, a justifié {CM}, chargée d'investissement chez {PP}. Pour IFC, l'opération s'inscrit dans un "
        "programme de 300 millions de dollars consacré à l'agriculture résiliente en Afrique du Nord, a indiqué son "
        f"représentant au Maroc, {KH}. Le {MA}, {DAB}, a salué {O}une réussite de l'écosystème marocain{C}. Selon "
        f"{AGR}, le marché marocain de l'irrigation de précision pèsera 4 milliards de dirhams en 2048.")
    a = B.article("W4-serie-a-agritech-agadir-proparco-ifc", "2043-03-25", text)
    for s, l, c in [(SK, ORG, None), (PP, ORG, None), ("IFC", ORG, None), (SI, PER, None), ("Agadir", LOC, None),
                    ("Souss-Massa", LOC, None), ("Banque mondiale", ORG, None), (UV, ORG, None), (MNF, ORG, None),
                    (GB, PER, None), ("Benjelloun", PER, GB), ("OCP", ORG, None), (REG, PER, None), ("Mizan", MISC, None),
                    (HY, ORG, None), (AG, ORG, None), (CM, PER, None), ("Afrique du Nord", LOC, None), ("Maroc", LOC, None),
                    (KH, PER, None), (DAB, PER, None), (AGR, ORG, None)]:
        E(a, s, l, c)
    a["notes"].append("A Moroccan business daily's web article: a headline opened by the section word 'Agritech' and a colon, "
                      "*new*: a line with the numeric date and clock time first and the author after a comma ('Le "
                      "25/03/2043 à 08h40, par Salma Idrissi'), no dateline. The reference date is that day (Wednesday 25 "
                      "March 2043): the round was announced on Tuesday, the purchase signed on Monday. Straight apostrophes; "
                      "ordinary spaces before '%', the headline's colon and inside the guillemets; no-break spaces (U+00A0) "
                      "as thousands separator in '20 000', '4 800' and '1 200 dirhams'. Dirhams (MAD) in four forms: "
                      "'millions de dirhams', 'MDH', *new*: 'millions de DH', bare 'dirhams'; euros and dollars once each.")
    a["notes"].append("Entities: the coined agritech 'Sakiya' (headline and seven more, once inside marked words) ORG; the "
                      "development-finance investors 'Proparco' (three times) and 'IFC' (three times, 'd'IFC' in the "
                      "headline; never spelled out, keeps its form), 'Banque mondiale', the Moroccan funds 'UM6P Ventures' "
                      "and 'Maroc Numeric Fund' (twice; one ORG, no separate 'Maroc'), the phosphate group 'OCP' ('du groupe "
                      "OCP'), the research house 'Attijari Global Research' (real names, invented facts) and the coined "
                      "targets 'Hydroponia' and 'Agrimatec' ORG; the app between guillemets 'Mizan' MISC; 'Agadir', "
                      "'Souss-Massa', 'Afrique du Nord' and 'Maroc' ('au Maroc') LOC; the author, the new managing director "
                      "(also 'Mme Benjelloun'), the founder, the Proparco officer, the IFC representative and the minister "
                      "PER (all invented). Not names: 'Agritech' (section word), 'La société', 'la jeune pousse' (twice), "
                      "'L'argent', 'Agriculture' inside the minister's title; 'tunisienne', 'marocaine', 'marocain' are "
                      "adjectives.")
    a["notes"].append("Quotes (10 required: 4 direct, 6 indirect): *new*: the company speaking through a pronoun in an "
                      "inverted cue after the lead sentence ('<sentence>, a-t-elle annoncé mardi': 'elle' is the start-up, "
                      "the sentence's subject; speaker label ORG, canonical Sakiya, no gender); the valuation told by an "
                      "unnamed source ('<sentence>, selon une source proche du dossier'); the founder ('« ... », a expliqué "
                      "ce dernier': two sentences, 'ce dernier' the founder named in the sentence before; then 'Selon lui, "
                      "<clause>'); the new managing director ('« ... », a déclaré Mme Benjelloun'); a company's statement "
                      "('<sentence>, a précisé un communiqué de Sakiya': the issuer named, speaker 'Sakiya', as 'selon un "
                      "communiqué de l'Élysée' in the earlier sets); the Proparco officer ('« ... », a justifié X, chargée "
                      "d'investissement chez Proparco'); *new*: 'Pour IFC, <clause>, a indiqué son représentant au Maroc, X': "
                      "the clause between the viewpoint and the inverted cue, speaker the representative who says it (the "
                      "name nearest the cue); the minister ('a salué « ... »'); a research house ('Selon X, <clause>'). Not "
                      "quotes: the headline, '« Mizan »' (a product between marks), 'La société change aussi de direction', "
                      "'Le tour de table est mené par ...'.")
    a["notes"].append("Events (13 required): the series A ('a bouclé une levée de fonds de série A de 180 millions de dirhams "
                      "(environ 16,5 millions d'euros), a-t-elle annoncé mardi': amount the dirhams as written first, the "
                      "euro equivalent in brackets is money only, as the franc CFA equivalent of the forty-second set; the "
                      "two lead investors and the two others in the next sentences; valuation told by a source; the "
                      "headline's 'lève 180 MDH' the same round; the lead investors' '60 MDH' each and '18 %' are parts of "
                      "the round, no events); the seed round referred back ('Fondée en 2038, la jeune pousse avait levé 12 "
                      "millions de dirhams en amorçage en 2040 auprès de X': round 'amorçage'); roles (the new managing "
                      "director 'a été nommée directrice générale' and her former post 'jusqu'ici directrice de la stratégie "
                      "du groupe OCP'; the founder 'Son fondateur, X' and his new post 'devient président exécutif', "
                      "organizations optional: 'Son' and the company of the article; the Proparco officer; the IFC "
                      "representative 'son représentant au Maroc, X', 'son' is IFC: organization optional; the minister "
                      "without organization); 2042 results (revenue with its rise, loss with the year written once: period "
                      "optional); the announced purchase ('L'argent servira aussi à racheter ... pour un montant non "
                      "communiqué. L'accord a été signé lundi': signed, still to be completed in June: announced; 'lundi' "
                      "optional as its date) and the done one ('avait déjà repris ... pour 8 millions de dirhams'). Not "
                      "events: the profitability and equipment targets, the app's price, IFC's 300-million programme (a "
                      "plan), the market forecast.")
    M(a, "180 MDH", 180e6, "MAD")
    M(a, "180 millions de dirhams", 180e6, "MAD")
    M(a, "16,5 millions d'euros", 16.5e6, "EUR")
    M(a, "60 MDH", 60e6, "MAD")
    M(a, "650 millions de dirhams", 650e6, "MAD")
    M(a, "12 millions de dirhams", 12e6, "MAD")
    M(a, "47,3 millions de DH", 47.3e6, "MAD")
    M(a, "9,8 MDH", 9.8e6, "MAD")
    M(a, f"1{NB}200 dirhams", 1200, "MAD")
    M(a, "8 millions de dirhams", 8e6, "MAD")
    M(a, "300 millions de dollars", 300e6, "USD")
    M(a, "4 milliards de dirhams", 4e9, "MAD")
    P(a, "18 %", 18)
    P(a, "68 %", 68)
    D(a, "25/03/2043 à 08h40", "2043-03-25T08:40", typ="TIME", note="*new*: the date line with the author after a comma")
    D(a, "mardi", "2043-03-24", note="past: 'a-t-elle annoncé mardi'")
    D(a, "2038", "2038", note="'Fondée en 2038'")
    D(a, "2040", "2040", note="'en amorçage en 2040'")
    D(a, "1er mai", "2043-05-01", note="future: 'prendra ses fonctions le 1er mai'")
    D(a, "41 ans", "P41Y", typ="DURATION", opt=True, note="an age")
    D(a, "2045", "2045", note="'dès 2045', inside a reported clause")
    D(a, "2046", "2046", note="'d'ici 2046', inside marked words")
    D(a, "aujourd'hui", "PRESENT_REF", opt=True, note="'contre 4 800 aujourd'hui': 'today' as 'nowadays', inside marked words")
    D(a, "2042", "2042", note="'En 2042'")
    D(a, "par an", "P1Y", typ="SET", opt=True, note="a rate")
    D(a, "lundi", "2043-03-23", note="past: 'L'accord a été signé lundi'")
    D(a, "juin", "2043-06", note="future: 'doit être finalisé en juin'")
    D(a, "2041", "2041", note="'En 2041'")
    D(a, "2048", "2048", note="'en 2048': a forecast's year")
    Q(a, f"[La start-up d'Agadir {SK}, qui équipe les exploitations du Souss-Massa de capteurs et de goutte-à-goutte solaire, a bouclé une levée de fonds de série A de 180 millions de dirhams (environ 16,5 millions d'euros)], a-t-elle",
      "indirect", "a-t-elle annoncé", ("a-t-[elle] annoncé", SK, ORG),
      note="*new*: the lead sentence before an inverted pronoun cue whose 'elle' is the start-up, subject of that sentence: "
           "label ORG, canonical Sakiya, no gender (a company)")
    Q(a, f"[Cette levée valorise {SK} autour de 650 millions de dirhams], selon", "indirect", "[selon] une source",
      ("selon [une source proche du dossier]", None, None),
      note="a sentence before an inverted 'selon' with an unnamed source: noun phrase, canonical null")
    Q(a, f"{O}[Nous passons de la start-up à l'entreprise. Il fallait quelqu'un qui a déjà dirigé des milliers de salariés]{C}",
      "direct", "a expliqué", ("a expliqué [ce dernier]", REG, PER), gender="male",
      note="two sentences; 'ce dernier' stands for the founder, the last person named before")
    Q(a, f"Selon lui, [{SK} sera rentable dès 2045].", "indirect", "[Selon] lui", ("Selon [lui]", REG, PER), gender="male",
      note="'Selon lui': the founder of the sentence before")
    Q(a, f"{O}[Nous voulons équiper 20{NB}000 exploitations d'ici 2046, contre 4{NB}800 aujourd'hui]{C}", "direct",
      "a déclaré", ("Mme [Benjelloun]", GB, PER), gender="female",
      note="'a déclaré Mme Benjelloun': span the surname, canonical the full name")
    Q(a, "[L'accord a été signé lundi et doit être finalisé en juin], a précisé", "indirect", "a précisé",
      (f"communiqué de [{SK}]", SK, ORG),
      note="an unmarked sentence before 'a précisé un communiqué de Sakiya': the issuer named after the document")
    Q(a, f"{O}[Le stress hydrique est le premier risque pour l'agriculture marocaine. {SK} y répond avec une technologie locale]{C}",
      "direct", "a justifié", (CM, CM, PER), gender="female",
      note="two sentences; the name after the cue, then her title ('chargée' shows the gender)")
    Q(a, "Pour IFC, [l'opération s'inscrit dans un programme de 300 millions de dollars consacré à l'agriculture résiliente en Afrique du Nord], a indiqué",
      "indirect", "a indiqué", (KH, KH, PER), gender="male",
      note="*new*: 'Pour IFC, <clause>, a indiqué son représentant au Maroc, X': the speaker is the representative named "
           "after the inverted cue ('représentant' shows the gender)")
    Q(a, f"{O}[une réussite de l'écosystème marocain]{C}", "direct", "a salué", (DAB, DAB, PER), gender="male",
      note="marked words right after 'a salué'; the name in apposition to 'Le ministre de l'Agriculture'")
    Q(a, f"Selon {AGR}, [le marché marocain de l'irrigation de précision pèsera 4 milliards de dirhams en 2048].", "indirect",
      "[Selon] Attijari", (AGR, AGR, ORG), note="'Selon X, <clause>': a research house by name")
    V(a, "funding", "levée de fonds", {"company": f"d'Agadir [{SK}], qui", "amount": "180 millions de dirhams",
                                       "round": "série A", "investors": [PP, "IFC", UV, MNF],
                                       "valuation": "650 millions de dirhams", "date": "mardi"},
      note="'a bouclé une levée de fonds de série A de 180 millions de dirhams ..., a-t-elle annoncé mardi. Le tour de table "
           "est mené par Proparco et par IFC ... X complète l'opération aux côtés de Y, déjà actionnaire. Cette levée "
           "valorise Sakiya autour de 650 millions de dirhams'")
    V(a, "funding", "avait [levé] 12", {"company": f"d'Agadir [{SK}], qui", "amount": "12 millions de dirhams",
                                        "round": "amorçage", "investors": [f"2040 auprès de [{MNF}]"], "date": "2040"},
      note="'la jeune pousse avait levé 12 millions de dirhams en amorçage en 2040 auprès de X': the earlier round")
    V(a, "role", "directrice de la stratégie", {"person": GB, "title": "directrice de la stratégie", "organization": "OCP"},
      note="'jusqu'ici directrice de la stratégie du groupe OCP': her former post")
    V(a, "role", "nommée [directrice générale]", {"person": GB, "title": "directrice générale",
                                                  "organization": ("opt", f"d'Agadir [{SK}], qui")},
      note="'a été nommée directrice générale': the company of the article")
    V(a, "role", "fondateur", {"person": REG, "title": "fondateur", "organization": ("opt", f"d'Agadir [{SK}], qui")},
      note="'Son fondateur, X': 'Son' is the company")
    V(a, "role", "président exécutif", {"person": REG, "title": "président exécutif",
                                        "organization": ("opt", f"d'Agadir [{SK}], qui")},
      note="'devient président exécutif': his new post at the company of the article")
    V(a, "result", "chiffre d'affaires", {"company": f"2042, [{SK}] a réalisé", "metric": "revenue",
                                          "amount": "47,3 millions de DH", "change": "68 %", "period": "2042"})
    V(a, "result", "perte nette", {"company": f"2042, [{SK}] a réalisé", "metric": "loss", "amount": "9,8 MDH",
                                   "period": ("opt", "2042")}, note="the same sentence, the year written once")
    V(a, "acquisition", "racheter", {"target": HY, "buyer": f"communiqué de [{SK}]", "status": "announced",
                                     "date": ("opt", "lundi")},
      note="'L'argent servira aussi à racheter la start-up tunisienne X, ... pour un montant non communiqué. L'accord a été "
           "signé lundi et doit être finalisé en juin': announced, no amount")
    V(a, "acquisition", "repris", {"target": AG, "buyer": f"communiqué de [{SK}]", "amount": "8 millions de dirhams",
                                   "date": "2041", "status": "done"},
      note="'En 2041, la jeune pousse avait déjà repris ... X pour 8 millions de dirhams': done, 'la jeune pousse' is Sakiya")
    V(a, "role", "chargée d'investissement", {"person": CM, "title": "chargée d'investissement", "organization": PP},
      note="'X, chargée d'investissement chez Proparco'")
    V(a, "role", "représentant", {"person": KH, "title": "représentant", "organization": ("opt", "Pour [IFC],")},
      note="'son représentant au Maroc, X': 'son' is IFC, named at the start of the sentence")
    V(a, "role", MA, {"person": DAB, "title": MA}, note="no organization")


# ---------------------------------------------------------------- X4: a Luxembourg family firm sold to a private-equity fund, price kept secret; results, the founder's interview in dialogue dashes, the fund, the union and the minister (Luxembourg daily, weekend web edition)
def define_x4(B):
    def E(a, s, *r, **kw): B.E(a, _typo(s), *r, **kw)
    def M(a, s, *r, **kw): B.M(a, _typo(s), *r, **kw)
    def D(a, s, *r, **kw): B.D(a, _typo(s), *r, **kw)
    def P(a, s, *r, **kw): B.P(a, _typo(s), *r, **kw)
    def Q(a, text, kind, cue, speaker, **kw): B.Q(a, _typo(text), kind, _typo(cue), _typo(speaker), **kw)
    def V(a, typ, trigger, args, **kw): B.V(a, typ, _typo(trigger), _typo(args), **kw)
    O, C = "«" + NN, NN + "»"
    AR, HP, TF, VL = "Ardenna", "Helvane Partners", "Textiflex", "Vliestex"
    JPK, TW, AK, OS, CW, CH = ("Jean-Paul Kieffer", "Tom Weyland", "Anne Kieffer", "Olivier Sauvage", "Carlo Weis",
                               "Carole Hemmer")
    FP = "fondateur et président"
    ME = "ministre de l'Économie"
    text = (
        f"{JPK} : {O}J'ai choisi de vendre tant que je pouvais encore choisir{C}\n"
        f"Le fondateur d'{AR} cède 75{NN}% du fabricant de textiles techniques de Wiltz à un fonds. Il s'en explique.\n"
        f"Par {TW} | Samedi 16 mai 2043\n\n"
        f"Après quarante-cinq ans à la tête de l'entreprise, son {FP}, {JPK}, passe la main. Le fabricant "
        f"luxembourgeois de textiles techniques {AR} a annoncé jeudi la cession de 75{NN}% de son capital au fonds "
        f"d'investissement franco-britannique {HP}. La famille Kieffer conservera les 25{NN}% restants. Le prix n'a pas "
        f"été dévoilé, mais l'opération valoriserait {AR} autour de 260 millions d'euros, selon Paperjam. La transaction "
        "doit être bouclée d'ici fin juillet, sous réserve du feu vert des autorités de la concurrence.\n\n"
        f"{AR}, qui emploie 1 150 personnes à Wiltz, à Bastogne et en Pologne, a réalisé l'an dernier un chiffre "
        f"d'affaires de 186 millions d'euros, en progression de 9{NN}%, et un excédent brut d'exploitation de "
        f"31,4{NN}M€. {AK}, fille du fondateur et directrice générale depuis 2037, restera aux commandes. {O}Rien ne "
        f"change pour nos clients ni pour nos salariés{C}, a-t-elle assuré dans un message au personnel.\n\n"
        f"{HP}, qui gère 4,2 milliards d'euros, avait déjà racheté en 2041 le belge {TF}. {O}{AR} a tout pour devenir "
        f"un consolidateur européen{C}, a fait valoir {OS}, associé gérant du fonds. Le secrétaire central de l'OGBL, "
        f"{CW}, a dit attendre {O}des garanties écrites sur l'emploi à Wiltz{C}. Pour la {ME}, {CH}, l'ancrage "
        "luxembourgeois de l'entreprise n'est pas menacé.\n\n"
        f"Nous avons rencontré {JPK} vendredi, dans son bureau de Wiltz.\n"
        f"{T}Pourquoi vendre maintenant{NN}?\n"
        f"{T}J'ai 74 ans. Mes enfants ne voulaient pas tous reprendre l'affaire, et je ne voulais pas d'une guerre de "
        "succession.\n"
        f"{T}Pourquoi un fonds plutôt qu'un industriel{NN}?\n"
        f"{T}Des concurrents allemands étaient intéressés, mais ils auraient fermé Bastogne en six mois. Helvane s'est "
        "engagé à investir 40 millions d'euros dans nos usines d'ici 2047.\n"
        f"{T}Combien touchez-vous{NN}?\n"
        f"{T}Ça, vous ne le saurez pas. Disons que ma famille n'aura pas à s'inquiéter.\n"
        f"{T}Et vous, que ferez-vous{NN}?\n"
        f"{T}Je resterai président d'honneur. En 2039, nous avions racheté le saxon {VL}, et je veux le voir devenir "
        "rentable.")
    a = B.article("X4-cession-entreprise-familiale-wiltz-fonds", "2043-05-16", _typo(text))
    for s, l, c, o in [(JPK, PER, None, False), (AR, ORG, None, False), ("Wiltz", LOC, None, False), (TW, PER, None, False),
                       (HP, ORG, None, False), ("Helvane", ORG, HP, False), ("famille [Kieffer]", PER, None, True),
                       ("Paperjam", ORG, None, False), ("Bastogne", LOC, None, False), ("Pologne", LOC, None, False),
                       (AK, PER, None, False), (TF, ORG, None, False), (OS, PER, None, False), ("OGBL", ORG, None, False),
                       (CW, PER, None, False), (CH, PER, None, False), (VL, ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("A Luxembourg daily's weekend web article: a headline made of the founder's name, a colon and his words "
                      "between guillemets, a standfirst line, *new*: a byline line with the author and the weekday and "
                      "date after a bar ('Par Tom Weyland | Samedi 16 mai 2043', no clock time), no dateline; the article "
                      "ends with an interview in turns opened by em dashes (U+2014, '— '). The reference date is that day "
                      "(Saturday 16 May 2043): the sale was announced on Thursday, the interview held on Friday. Every "
                      "apostrophe is the typographic one (U+2019); narrow no-break spaces (U+202F) before '%', 'M€' and "
                      "'?' and inside the guillemets; an ordinary space before the headline's colon and in the count '1 "
                      "150 personnes'.")
    a["notes"].append("Entities: the founder 'Jean-Paul Kieffer' (headline, lead, the interview's introduction) and his "
                      "daughter 'Anne Kieffer' PER, two people; *new*: 'La famille Kieffer' an optional PER (span "
                      "'Kieffer', as 'la famille Desmet' in the twenty-first set); the coined company 'Ardenna' (standfirst "
                      "'d'Ardenna' and four more, once inside marked words) ORG; the coined fund 'Helvane Partners' (twice) "
                      "and 'Helvane' alone inside an answer (canonical the full name), the coined 'Textiflex' and "
                      "'Vliestex', the news site 'Paperjam' and the union 'OGBL' (never spelled out) ORG; 'Wiltz' (standfirst, "
                      "body, marked words, the interview's introduction), 'Bastogne' (twice, once in an answer) and "
                      "'Pologne' LOC; the author, the fund's partner, the union secretary and the minister PER (all "
                      "invented). Not names: 'l'entreprise', 'Le fabricant', 'le fonds', 'La transaction', 'Économie' "
                      "inside the minister's title; 'luxembourgeois', 'franco-britannique', 'belge', 'européen', "
                      "'allemands', 'saxon' are adjectives.")
    a["notes"].append("Quotes (10 required: 8 direct, 2 indirect; 4 optional): the headline's words between guillemets after "
                      "the founder's name and a colon (one required direct quote, cue null, speaker the name before the "
                      "colon, as in the nineteenth set); the price and value told by a news site ('Le prix n'a pas été "
                      "dévoilé, mais <clause>, selon Paperjam': the whole sentence before the inverted 'selon', as in the "
                      "earlier sets); the daughter ('« ... », a-t-elle assuré dans un message au personnel': 'elle' is the "
                      "managing director of the sentence before); the fund's partner ('« ... », a fait valoir X, associé "
                      "gérant du fonds'); the union secretary ('a dit attendre « ... »': marked words after an infinitive of "
                      "expectation, direct); the minister ('Pour la ministre de l'Économie, X, <clause>'); the interview, "
                      "following the dialogue-dash convention of the earlier sets: each answer one required direct quote "
                      "from the first word after the dash to the end of the line (final punctuation kept), cue null, speaker "
                      "the founder named in the line introducing the interview, male; the four questions optional direct "
                      "quotes, speaker the journalist of the byline. Not quotes: the standfirst ('Il s'en explique': no "
                      "words), 'a annoncé jeudi la cession de ...' (a noun-phrase object), 'La transaction doit être "
                      "bouclée ...', 'Nous avons rencontré ...'.")
    a["notes"].append("Events (11 required, 2 optional): the sale ('a annoncé jeudi la cession de 75 % de son capital au fonds "
                      "... Helvane Partners': trigger 'cession', target Ardenna, buyer the fund, stake '75 %' (the body's), "
                      "date 'jeudi', status announced: competition approval pending; the standfirst's 'cède' the same fact; "
                      "no amount: the price was kept secret; *new*: the seller optional, the founder named in the lead, the "
                      "shares belonging to the family); the value a news site reports ('l'opération valoriserait Ardenna "
                      "autour de 260 millions d'euros, selon Paperjam': a valuation event, no funding event carries it); "
                      "results 'l'an dernier' (revenue with its rise; EBITDA, period optional); the fund's earlier purchase "
                      "('avait déjà racheté en 2041 le belge X', done); *new*: a purchase recalled inside an answer ('En "
                      "2039, nous avions racheté le saxon X': done, 'nous' the founder's company, as 'Nous' opening an "
                      "answer in the twenty-first set: buyer Ardenna required); roles ('son fondateur et président, X': "
                      "joined titles as written, 'son' is the company: organization optional; 'X, fille du fondateur et "
                      "directrice générale depuis 2037' (the kinship is no role), organization optional; 'X, associé gérant "
                      "du fonds' ('du fonds' refers back to Helvane Partners: organization optional); 'Le secrétaire "
                      "central de l'OGBL, X'; the minister without organization). Optional: 'Je resterai président "
                      "d'honneur' inside an answer (a future honorary post told in the first person) and 'Helvane s'est "
                      "engagé à investir 40 millions d'euros dans nos usines d'ici 2047' (a commitment to spend in the "
                      "plants, not shares bought: funding is a defensible reading). Not events: the family's remaining 25 "
                      "%, the fund's assets under management ('qui gère 4,2 milliards d'euros'), the staff count, the "
                      "German interest and the plant closure they would have made.")
    M(a, "260 millions d'euros", 260e6, "EUR")
    M(a, "186 millions d'euros", 186e6, "EUR")
    M(a, f"31,4{NN}M€", 31.4e6, "EUR")
    M(a, "4,2 milliards d'euros", 4.2e9, "EUR")
    M(a, "40 millions d'euros", 40e6, "EUR")
    P(a, f"75{NN}%", 75, nth=0)
    P(a, f"75{NN}%", 75, nth=1)
    P(a, f"25{NN}%", 25)
    P(a, f"9{NN}%", 9)
    D(a, "Samedi 16 mai 2043", "2043-05-16", note="*new*: the byline line's weekday and date after a bar")
    D(a, "quarante-cinq ans", "P45Y", typ="DURATION", note="'Après quarante-cinq ans à la tête de l'entreprise'")
    D(a, "jeudi", "2043-05-14", note="past: 'a annoncé jeudi'")
    D(a, "fin juillet", "2043-07", mod="END", note="future: 'doit être bouclée d'ici fin juillet'")
    D(a, "an dernier", "2042", note="'a réalisé l'an dernier'")
    D(a, "2037", "2037", note="'directrice générale depuis 2037'")
    D(a, "2041", "2041", note="'avait déjà racheté en 2041'")
    D(a, "vendredi", "2043-05-15", note="past: 'Nous avons rencontré X vendredi'")
    D(a, "maintenant", "PRESENT_REF", opt=True, note="inside an optional question")
    D(a, "74 ans", "P74Y", typ="DURATION", opt=True, note="an age, inside an answer")
    D(a, "six mois", "P6M", typ="DURATION", note="'ils auraient fermé Bastogne en six mois', inside an answer")
    D(a, "2047", "2047", note="'d'ici 2047', inside an answer")
    D(a, "2039", "2039", note="'En 2039', inside an answer")
    QS = (TW, TW, PER)
    spk = (f"rencontré [{JPK}] vendredi", JPK, PER)
    Q(a, f"{O}[J'ai choisi de vendre tant que je pouvais encore choisir]{C}", "direct", None, (f"[{JPK}] :", JPK, PER),
      gender="male", note="the headline's words after the founder's name and a colon: cue null, speaker the name")
    Q(a, f"[Le prix n'a pas été dévoilé, mais l'opération valoriserait {AR} autour de 260 millions d'euros], selon",
      "indirect", "[selon] Paperjam", ("Paperjam", "Paperjam", ORG),
      note="the whole sentence before an inverted 'selon' with a news site by name")
    Q(a, f"{O}[Rien ne change pour nos clients ni pour nos salariés]{C}", "direct", "a-t-elle assuré",
      ("a-t-[elle] assuré", AK, PER), gender="female", note="'elle' is the managing director of the sentence before")
    Q(a, f"{O}[{AR} a tout pour devenir un consolidateur européen]{C}", "direct", "a fait valoir", (OS, OS, PER),
      gender="male", note="the name after the cue, then his title")
    Q(a, f"{O}[des garanties écrites sur l'emploi à Wiltz]{C}", "direct", "a dit", (CW, CW, PER), gender="male",
      note="'a dit attendre « ... »': marked words after the infinitive, one direct quote; the name in apposition to 'Le "
           "secrétaire central de l'OGBL'")
    Q(a, f"Pour la {ME}, {CH}, [l'ancrage luxembourgeois de l'entreprise n'est pas menacé].", "indirect",
      "[Pour] la ministre", (CH, CH, PER), gender="female", note="'Pour <title>, X, <clause>'")
    Q(a, f"{T}[Pourquoi vendre maintenant{NN}?]", "direct", None, QS, optional=True, gender="male",
      note="the paper's question; the journalist of the byline asks")
    Q(a, f"{T}[J'ai 74 ans. Mes enfants ne voulaient pas tous reprendre l'affaire, et je ne voulais pas d'une guerre de succession.]",
      "direct", None, spk, gender="male", note="an answer after a dialogue dash; the founder named in the line before the interview")
    Q(a, f"{T}[Pourquoi un fonds plutôt qu'un industriel{NN}?]", "direct", None, QS, optional=True, gender="male",
      note="the paper's question")
    Q(a, f"{T}[Des concurrents allemands étaient intéressés, mais ils auraient fermé Bastogne en six mois. Helvane s'est engagé à investir 40 millions d'euros dans nos usines d'ici 2047.]",
      "direct", None, spk, gender="male", note="an answer after a dialogue dash")
    Q(a, f"{T}[Combien touchez-vous{NN}?]", "direct", None, QS, optional=True, gender="male", note="the paper's question")
    Q(a, f"{T}[Ça, vous ne le saurez pas. Disons que ma famille n'aura pas à s'inquiéter.]", "direct", None, spk,
      gender="male", note="an answer after a dialogue dash")
    Q(a, f"{T}[Et vous, que ferez-vous{NN}?]", "direct", None, QS, optional=True, gender="male", note="the paper's question")
    Q(a, f"{T}[Je resterai président d'honneur. En 2039, nous avions racheté le saxon {VL}, et je veux le voir devenir rentable.]",
      "direct", None, spk, gender="male", note="an answer after a dialogue dash, the last turn")
    V(a, "acquisition", "cession", {"target": f"textiles techniques [{AR}] a annoncé", "buyer": HP,
                                    "seller": ("opt", f"président, [{JPK}], passe"), "stake": f"de [75{NN}%] de son capital",
                                    "date": "jeudi", "status": "announced"},
      note="'Ardenna a annoncé jeudi la cession de 75 % de son capital au fonds ... Helvane Partners': competition approval "
           "pending: announced; the price kept secret: no amount; the standfirst's 'cède' the same fact")
    V(a, "valuation", "valoriserait", {"company": f"valoriserait [{AR}] autour", "amount": "260 millions d'euros"},
      note="'l'opération valoriserait Ardenna autour de 260 millions d'euros, selon Paperjam': no funding event carries it")
    V(a, "role", FP, {"person": JPK, "title": FP, "organization": ("opt", f"textiles techniques [{AR}] a annoncé")},
      note="'son fondateur et président, X': joined titles as written; 'son' is the company")
    V(a, "result", "chiffre d'affaires", {"company": f"[{AR}], qui emploie", "metric": "revenue",
                                          "amount": "186 millions d'euros", "change": f"9{NN}%", "period": "an dernier"})
    V(a, "result", "excédent brut d'exploitation", {"company": f"[{AR}], qui emploie", "metric": "ebitda",
                                                     "amount": f"31,4{NN}M€", "period": ("opt", "an dernier")},
      note="the same sentence, the year written once")
    V(a, "role", "directrice générale", {"person": AK, "title": "directrice générale",
                                         "organization": ("opt", f"[{AR}], qui emploie")},
      note="'X, fille du fondateur et directrice générale depuis 2037': the company of the article")
    V(a, "acquisition", "[racheté] en 2041", {"target": TF, "buyer": f"[{HP}], qui gère", "date": "2041", "status": "done"},
      note="'Helvane Partners ... avait déjà racheté en 2041 le belge X': done, no price")
    V(a, "role", "associé gérant", {"person": OS, "title": "associé gérant", "organization": ("opt", f"[{HP}], qui gère")},
      note="'X, associé gérant du fonds': 'du fonds' refers back to Helvane Partners")
    V(a, "role", "secrétaire central", {"person": CW, "title": "secrétaire central", "organization": "OGBL"})
    V(a, "role", ME, {"person": CH, "title": ME}, note="no organization")
    V(a, "acquisition", "nous avions [racheté]", {"target": VL, "buyer": f"valoriserait [{AR}] autour", "date": "2039",
                                                  "status": "done"},
      note="'En 2039, nous avions racheté le saxon X', inside an answer: 'nous' is the founder's company, done")
    V(a, "role", "président d'honneur", {"person": spk[0], "title": "président d'honneur"}, optional=True,
      note="'Je resterai président d'honneur', inside an answer: a future honorary post in the first person")
    V(a, "funding", "investir", {"company": f"valoriserait [{AR}] autour", "amount": "40 millions d'euros",
                                 "investors": ["Helvane"]}, optional=True,
      note="'Helvane s'est engagé à investir 40 millions d'euros dans nos usines d'ici 2047': spending in the plants "
           "promised by the new owner; funding is a defensible reading, optional")
