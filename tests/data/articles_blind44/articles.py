"""The three articles of the forty-fourth blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind44`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (S4: before '$', 'M$', 'G$', '%', the colons and inside the guillemets)
NN = "\u202f"    # narrow no-break space (T4: before '%', 'M€', inside the guillemets, the colon inside the marks, thousands)
AP = "\u2019"    # typographic apostrophe (every apostrophe of T4)
PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"


def define(B):
    define_s4(B)
    define_t4(B)
    define_u4(B)


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


# ---------------------------------------------------------------- S4: a bidding war for a Saint-Jérôme hockey equipment maker: a US group outbids a Boston fund's agreed offer (Quebec daily, web)
def define_s4(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    O, C = "«" + NB, NB + "»"
    EN, SAB, HC, KS, CDPQ, DMC = ("Équipements Nordik", "Summit Athletic Brands", "Harborline Capital", "Kuura Sport",
                                  "Caisse de dépôt et placement du Québec", "Desjardins Marchés des capitaux")
    MET, RW, GL, MB, OH, SO, PLG = ("Marie-Ève Tremblay", "Ryan Whitcombe", "Geneviève Lachance", "Maxime Bérubé",
                                    "Olivier Hamel", "Stéphane Ouellet", "Pierre-Luc Garneau")
    PCD = "présidente et chef de la direction"
    text = (
        f"Hockey{NB}: Summit surenchérit et veut mettre la main sur Nordik\n"
        f"Par {MET}\n"
        "Publié le 15 octobre 2042 à 5 h 30\n\n"
        f"La bataille pour le contrôle d'{EN} vient de prendre un nouveau tour. Le géant américain {SAB} a jeté "
        f"son dévolu mardi sur le fabricant de patins et de bâtons de Saint-Jérôme en déposant une offre non sollicitée "
        f"de 36,50{NB}$ par action, soit environ 1,1{NB}G$. Le conseil d'administration de Nordik juge désormais cette "
        "proposition supérieure et la recommande aux actionnaires, a annoncé la société dans un communiqué.\n\n"
        f"En août, Nordik avait pourtant accepté l'offre amicale du fonds bostonnais {HC}, à 29{NB}$ par action. Cette "
        f"première offre, dévoilée le 18 août, valorisait l'entreprise à 890{NB}M$. Harborline a jusqu'à lundi pour "
        f"l'égaler. Chez Harborline, un porte-parole a affirmé que le fonds {O}évalue toutes ses options{C}.\n\n"
        f"{O}Nordik est la marque dont rêve chaque enfant qui chausse des patins. Nous voulons la vendre dans les 40 pays "
        f"où nous sommes présents{C}, a déclaré le chef de la direction de Summit, {RW}, en conférence téléphonique. Il "
        "a assuré que le siège social et les 640 emplois resteraient à Saint-Jérôme. Summit, qui a réalisé des ventes de "
        f"4,8 milliards de dollars américains l'an dernier, avait déjà avalé en 2039 le finlandais {KS} pour 420 "
        "millions $ US.\n\n"
        f"La {PCD} de Nordik, {GL}, estime que l'offre de Summit {O}reflète enfin la valeur de nos marques{C}. "
        f"{O}Notre devoir est envers les actionnaires{C}, a-t-elle ajouté. Nordik a réalisé l'an dernier un chiffre "
        f"d'affaires de 612 millions de dollars, en hausse de 9{NB}%, et un bénéfice net de 48,3{NB}M$. Son bâton "
        f"{O}Vortex{C} est le plus vendu au Canada.\n\n"
        f"La {CDPQ}, qui détient 19,5{NB}% du capital, apportera ses actions à l'offre la plus élevée, a fait savoir son "
        f"porte-parole, {MB}. Pour {OH}, analyste chez {DMC}, Harborline devra ajouter au moins 2{NB}$ par action pour "
        f"rester dans la course. {O}Summit a les poches plus profondes{C}, résume-t-il.\n\n"
        f"À Saint-Jérôme, on redoute la {O}rationalisation{C} que promettent tous les acheteurs. {O}Les fonds achètent, "
        f"coupent et revendent. On a déjà vu le film{C}, a lancé le président du syndicat, {SO}. Le ministre de "
        f"l'Économie, {PLG}, a dit souhaiter que le siège reste au Québec.")
    a = B.article("S4-bataille-rachat-equipementier-hockey-saint-jerome", "2042-10-15", text)
    for s, l, c in [(EN, ORG, None), ("Nordik", ORG, EN), (SAB, ORG, None), ("Summit", ORG, SAB), (HC, ORG, None),
                    ("Harborline", ORG, HC), (MET, PER, None), ("Saint-Jérôme", LOC, None), (RW, PER, None), (KS, ORG, None),
                    (GL, PER, None), ("Vortex", MISC, None), ("Canada", LOC, None), (CDPQ, ORG, None), (MB, PER, None),
                    (OH, PER, None), (DMC, ORG, None), (SO, PER, None), (PLG, PER, None), ("Québec", LOC, None)]:
        E(a, s, l, c)
    a["notes"].append("A Quebec daily's web article: a headline opened by the section word 'Hockey' and a colon, a byline "
                      "line, a publication line with a Quebec clock time ('Publié le 15 octobre 2042 à 5 h 30'), no "
                      "dateline. The reference date is that day (Wednesday 15 October 2042): the new bid was filed on "
                      "Tuesday, the first bid was made public on 18 August, the first bidder may match it until Monday. "
                      "Straight apostrophes; no-break spaces (U+00A0) before '$', 'M$', 'G$', '%', the headline's colon "
                      "and inside the guillemets. Quebec amounts: '$', 'M$' (millions), 'G$' (billions) and 'millions de "
                      "dollars' are CAD; 'dollars américains' and '$ US' are USD.")
    a["notes"].append("Entities: the coined target 'Équipements Nordik' (once) and 'Nordik' (headline and five more, once inside "
                      "marked words: canonical the full name); the coined bidders 'Summit Athletic Brands' / 'Summit' "
                      "(headline and four more, once inside marked words) and 'Harborline Capital' / 'Harborline' (three "
                      "more), canonical the full names; the coined Finnish 'Kuura Sport'; the 'Caisse de dépôt et placement "
                      "du Québec' one ORG (no separate 'Québec'); the broker 'Desjardins Marchés des capitaux' ORG; the "
                      "product between guillemets 'Vortex' MISC; 'Saint-Jérôme' (three times), 'Canada' and 'Québec' ('au "
                      "Québec', the province) LOC. Not names: 'Hockey' (section word), 'la société', 'l'entreprise', 'le "
                      "fonds', 'Le conseil d'administration', 'le syndicat', 'Économie' inside the minister's title; "
                      "'américain', 'bostonnais', 'finlandais' are adjectives.")
    a["notes"].append("Quotes (11 required: 6 direct, 5 indirect). Not quotes: the headline, '« Vortex »' (a product between "
                      "marks), '« rationalisation »' (a term between marks that the buyers are said to promise: no words "
                      "reported), 'Harborline a jusqu'à lundi pour l'égaler', 'Nordik avait pourtant accepté l'offre' (a "
                      "decision).")
    a["notes"].append("Events (13 required): the new bid ('a jeté son dévolu mardi sur ... en déposant une offre non sollicitée "
                      "de 36,50 $ par action, soit environ 1,1 G$': figurative; the board recommends it, the first bidder "
                      "may still match: announced; the headline's 'surenchérit et veut mettre la main sur Nordik' the same "
                      "fact); the first, agreed bid ('l'offre amicale du fonds bostonnais Harborline Capital': announced, "
                      "no total amount written, date optional: 'En août' and 'le 18 août' both give it) and, through the "
                      "anaphor 'Cette première offre ... valorisait l'entreprise à 890 M$', the value it implied (a "
                      "valuation event, as the 'qui valorisait' of a first bid in the earlier sets); the bidder's earlier "
                      "figurative purchase ('avait déjà avalé en 2039', done); results 'l'an dernier' (the bidder's sales; "
                      "the target's revenue with its rise and net profit, period optional); roles (the bidder's 'chef de la "
                      "direction', the target's 'présidente et chef de la direction', the Caisse's spokesman with 'son', "
                      "the analyst, the union's president person only as the union is unnamed, the minister without "
                      "organization). Not events: the price per share, the Caisse's 19,5 % holding and its intent, the 2 $ "
                      "the analyst expects, the staff count, the product.")
    M(a, f"36,50{NB}$", 36.5, "CAD")
    M(a, f"1,1{NB}G$", 1.1e9, "CAD")
    M(a, f"29{NB}$", 29, "CAD")
    M(a, f"890{NB}M$", 890e6, "CAD")
    M(a, "4,8 milliards de dollars américains", 4.8e9, "USD")
    M(a, "420 millions $ US", 420e6, "USD")
    M(a, "612 millions de dollars", 612e6, "CAD")
    M(a, f"48,3{NB}M$", 48.3e6, "CAD")
    M(a, f"2{NB}$", 2, "CAD")
    P(a, f"9{NB}%", 9)
    P(a, f"19,5{NB}%", 19.5)
    D(a, "15 octobre 2042 à 5 h 30", "2042-10-15T05:30", typ="TIME", note="the publication line, a Quebec clock time")
    D(a, "mardi", "2042-10-14", note="past: 'a jeté son dévolu mardi'")
    D(a, "désormais", "PRESENT_REF", opt=True, note="as in the earlier sets")
    D(a, "août", "2042-08", note="past: 'En août, Nordik avait pourtant accepté'")
    D(a, "18 août", "2042-08-18", note="'Cette première offre, dévoilée le 18 août'")
    D(a, "lundi", "2042-10-20", note="future: 'a jusqu'à lundi pour l'égaler'")
    D(a, "an dernier", "2041", nth=0, note="'a réalisé des ventes de ... l'an dernier'")
    D(a, "2039", "2039", note="'avait déjà avalé en 2039'")
    D(a, "an dernier", "2041", nth=1, note="'Nordik a réalisé l'an dernier'")
    Q(a, "[Le conseil d'administration de Nordik juge désormais cette proposition supérieure et la recommande aux actionnaires], a annoncé",
      "indirect", "a annoncé", ("a annoncé la [société] dans", EN, ORG),
      note="an unmarked sentence before an inverted cue; 'la société dans un communiqué': the target speaks through its "
           "communiqué, canonical the company")
    Q(a, f"{O}[évalue toutes ses options]{C}", "direct", "a affirmé", ("un [porte-parole] a affirmé", None, None),
      note="'un porte-parole a affirmé que le fonds « ... »': a clause partly marked, one direct quote; an unnamed "
           "spokesman of Harborline, noun phrase, canonical null")
    Q(a, f"{O}[Nordik est la marque dont rêve chaque enfant qui chausse des patins. Nous voulons la vendre dans les 40 pays où nous sommes présents]{C}",
      "direct", "a déclaré", (RW, RW, PER), gender="male",
      note="two sentences; the name in apposition to 'le chef de la direction de Summit', after the cue")
    Q(a, "assuré que [le siège social et les 640 emplois resteraient à Saint-Jérôme].", "indirect", "a assuré",
      ("téléphonique. [Il] a", RW, PER), gender="male", note="'Il' is the bidder's CEO of the sentence before")
    Q(a, f"{O}[reflète enfin la valeur de nos marques]{C}", "direct", "estime", (GL, GL, PER), gender="female",
      note="'X estime que l'offre de Summit « ... »': a clause partly marked, one direct quote for the marked words")
    Q(a, f"{O}[Notre devoir est envers les actionnaires]{C}", "direct", "a-t-elle ajouté", ("a-t-[elle] ajouté", GL, PER),
      gender="female", note="a pronoun in an inverted cue: the target's CEO")
    Q(a, f"[La {CDPQ}, qui détient 19,5{NB}% du capital, apportera ses actions à l'offre la plus élevée], a fait savoir",
      "indirect", "a fait savoir", (MB, MB, PER), gender="male",
      note="an unmarked sentence before an inverted cue; the name in apposition to 'son porte-parole'")
    Q(a, f"Pour {OH}, analyste chez {DMC}, [Harborline devra ajouter au moins 2{NB}$ par action pour rester dans la course].",
      "indirect", f"[Pour] {OH}", (OH, OH, PER), gender="male", note="'Pour X, <apposition>, <clause>'")
    Q(a, f"{O}[Summit a les poches plus profondes]{C}", "direct", "résume-t-il", ("résume-t-[il]", OH, PER), gender="male",
      note="a present-tense inverted pronoun cue: the analyst")
    Q(a, f"{O}[Les fonds achètent, coupent et revendent. On a déjà vu le film]{C}", "direct", "a lancé", (SO, SO, PER),
      gender="male", note="two sentences; the name in apposition to 'le président du syndicat', after the cue")
    Q(a, "a dit [souhaiter que le siège reste au Québec].", "indirect", "a dit", (PLG, PLG, PER), gender="male",
      note="'a dit souhaiter que ...': the span starts at the infinitive; 'Le ministre' shows the gender")
    V(a, "acquisition", "jeté son dévolu", {"target": f"bataille pour le contrôle d'[{EN}]", "buyer": SAB,
                                            "amount": f"1,1{NB}G$", "date": "mardi", "status": "announced"},
      note="'a jeté son dévolu mardi sur le fabricant ... en déposant une offre non sollicitée de 36,50 $ par action, soit "
           "environ 1,1 G$': figurative; recommended by the board, the first bidder may match: announced")
    V(a, "acquisition", "offre amicale", {"target": f"août, [Nordik] avait", "buyer": HC, "date": ("opt", "18 août"),
                                          "status": "announced"},
      note="'En août, Nordik avait pourtant accepté l'offre amicale du fonds bostonnais Harborline Capital, à 29 $ par "
           "action': an agreed bid now outbid, still open; no total written (the implied value is the valuation event)")
    V(a, "valuation", "valorisait", {"company": f"août, [Nordik] avait", "amount": f"890{NB}M$", "date": ("opt", "18 août")},
      note="'Cette première offre, dévoilée le 18 août, valorisait l'entreprise à 890 M$': the value the first bid implied, "
           "through the anaphor; no funding event carries it")
    V(a, "role", "chef de la direction", {"person": RW, "title": "chef de la direction", "organization": "de [Summit], "},
      note="'le chef de la direction de Summit, X'")
    V(a, "result", "ventes", {"company": "[Summit], qui a réalisé", "metric": "revenue",
                              "amount": "4,8 milliards de dollars américains", "period": "an dernier"},
      note="'Summit, qui a réalisé des ventes de 4,8 milliards de dollars américains l'an dernier'")
    V(a, "acquisition", "avalé", {"target": KS, "buyer": "[Summit], qui a réalisé", "amount": "420 millions $ US",
                                  "date": "2039", "status": "done"},
      note="'avait déjà avalé en 2039 le finlandais X pour 420 millions $ US': figurative, done")
    V(a, "role", PCD, {"person": GL, "title": PCD, "organization": f"{PCD} de [Nordik]"},
      note="'La présidente et chef de la direction de Nordik, X': joined titles as written")
    V(a, "result", "chiffre d'affaires", {"company": "ajouté. [Nordik] a réalisé", "metric": "revenue",
                                          "amount": "612 millions de dollars", "change": f"9{NB}%", "period": "an dernier"},
      note="'Nordik a réalisé l'an dernier un chiffre d'affaires de 612 millions de dollars, en hausse de 9 %'")
    V(a, "result", "bénéfice net", {"company": "ajouté. [Nordik] a réalisé", "metric": "net_income",
                                    "amount": f"48,3{NB}M$", "period": ("opt", "an dernier")},
      note="the same sentence, the year written once")
    V(a, "role", "porte-parole", {"person": MB, "title": "porte-parole", "organization": ("opt", CDPQ)},
      note="'a fait savoir son porte-parole, X': 'son' is the Caisse")
    V(a, "role", "analyste", {"person": OH, "title": "analyste", "organization": DMC})
    V(a, "role", "président du syndicat", {"person": SO},
      note="'le président du syndicat, X': person only, the union is not named (as the region's president of the sixth "
           "set)")
    V(a, "role", "ministre de l'Économie", {"person": PLG, "title": "ministre de l'Économie"}, note="no organization")


# ---------------------------------------------------------------- T4: a Lyon video game publisher's annual results, guidance, dividend, a done and a rumoured purchase; the CEO in several forms (French business site)
def define_t4(B):
    def E(a, s, *r, **kw): B.E(a, _typo(s), *r, **kw)
    def M(a, s, *r, **kw): B.M(a, _typo(s), *r, **kw)
    def D(a, s, *r, **kw): B.D(a, _typo(s), *r, **kw)
    def P(a, s, *r, **kw): B.P(a, _typo(s), *r, **kw)
    def Q(a, text, kind, cue, speaker, **kw): B.Q(a, _typo(text), kind, _typo(cue), _typo(speaker), **kw)
    def V(a, typ, trigger, args, **kw): B.V(a, typ, _typo(trigger), _typo(args), **kw)
    O, C = "«" + NN, NN + "»"
    NE, LF, LE, WG, OB = "Nébulys", "Lumen Forge", "Les Echos", "Wilcza Games", "Oddo BHF"
    TL, AR, IH, CM = "Thomas Lefranc", "Antoine Reverdy", "Inès Haddad", "Claire Ménard"
    text = (
        f"Jeux vidéo : {NE} renoue avec les bénéfices et relève ses objectifs\n"
        f"Par {TL} — 5 mars 2042 à 07h50\n\n"
        f"L'éditeur lyonnais de jeux vidéo {NE} a publié mardi des comptes annuels bien meilleurs que prévu. Son chiffre "
        f"d'affaires a bondi de 31{NN}% en 2041, à 1{NN}184 millions d'euros, porté par le succès d'{O}Ashfall{C}, vendu "
        f"à neuf millions d'exemplaires. Le bénéfice net atteint 143{NN}M€, contre une perte de 27{NN}M€ un an plus tôt. "
        f"Le résultat opérationnel courant a plus que doublé, à 206 millions d'euros, et la marge opérationnelle "
        f"courante gagne 6,2 points, à 17,4{NN}%. Au quatrième trimestre, les ventes ont progressé de 44{NN}%, à 402 millions d'euros.\n\n"
        f"{O}Ashfall a dépassé toutes nos attentes. Nous avons prouvé qu'un studio européen pouvait rivaliser avec les "
        f"géants américains.\n\n"
        f"{O}Mais nous ne nous endormirons pas sur nos lauriers{NN}: trois nouveaux jeux sortiront d'ici à mars 2043{C}, "
        f"a déclaré le PDG et cofondateur de {NE}, {AR}, lors d'une conférence avec les analystes. Selon lui, le groupe "
        "n'aura pas besoin de faire appel au marché pour financer ses projets.\n\n"
        f"Pour 2042, le groupe vise une croissance de ses ventes comprise entre 8 et 12{NN}% et une marge d'au moins "
        f"18{NN}%, a précisé la société dans un communiqué. Elle proposera un dividende de 0,85 euro par action, le "
        "premier depuis 2036. La sortie de son prochain jeu, prévue en novembre, sera en revanche décalée de quelques "
        f"semaines, a reconnu le groupe. {NE} a aussi renoncé au modèle du {O}live service{C}, qui a coûté cher à "
        "plusieurs concurrents.\n\n"
        f"L'éditeur a bouclé en janvier le rachat du studio montréalais {LF} pour 64 millions d'euros. Selon {LE}, il "
        f"serait aussi en discussions pour racheter le polonais {WG}. {AR} estime que l'intelligence artificielle "
        f"réduira d'un tiers le coût de production d'un jeu d'ici 2045. {O}Mais aucune machine n'écrira nos histoires à "
        f"notre place{C}, a-t-il ajouté.\n\n"
        f"{O}Notre trésorerie nette atteint 310 millions d'euros. Nous pouvons financer seuls notre développement{C}, a "
        f"souligné la directrice financière, {IH}. La dette a été entièrement remboursée, a-t-elle assuré.\n\n"
        f"L'action a bondi de 14,6{NN}% mercredi dans les premiers échanges à la Bourse de Paris. {O}Le marché attendait "
        f"une marge de 15{NN}%. C'est une très bonne surprise{C}, juge {CM}, analyste chez {OB}. Le fonds chinois "
        f"Tencent, qui détient 9,8{NN}% du capital, n'a pas souhaité commenter.")
    a = B.article("T4-resultats-annuels-editeur-jeux-video-lyon", "2042-03-05", _typo(text))
    for s, l, c in [(NE, ORG, None), (TL, PER, None), ("Ashfall", MISC, None), (AR, PER, None), (LF, ORG, None),
                    (LE, ORG, None), (WG, ORG, None), (IH, PER, None), ("Bourse de Paris", ORG, None), (CM, PER, None),
                    (OB, ORG, None), ("Tencent", ORG, None)]:
        E(a, s, l, c)
    a["notes"].append("A French business news site's article: a headline opened by the section words 'Jeux vidéo' and a "
                      "colon, a byline line with the author, an em dash, the day and a clock time with 'h' ('Par Thomas "
                      "Lefranc — 5 mars 2042 à 07h50'), no dateline. The reference date is that day (Wednesday 5 March "
                      "2042): the accounts were published on Tuesday, the share moved on Wednesday. Every apostrophe is the "
                      "typographic one (U+2019); narrow no-break spaces (U+202F) before '%', before 'M€', inside the "
                      "guillemets, before the colon inside the marked words and as the thousands separator of '1 184 "
                      "millions d'euros'; an ordinary space before the headline's colon.")
    a["notes"].append("Entities: the coined publisher 'Nébulys' (headline, lead and twice more) ORG; the game 'Ashfall' "
                      "(between guillemets, then inside the CEO's marked words) MISC; the coined studios 'Lumen Forge' and "
                      "'Wilcza Games', the paper 'Les Echos' (its article inside the name), the 'Bourse de Paris', the "
                      "broker 'Oddo BHF' and 'Tencent' (a real group, invented facts) ORG. Not names: 'Jeux vidéo' (section "
                      "words), 'Le groupe', 'la société', 'L'éditeur', 'L'action', 'Le fonds'; 'lyonnais', 'européen', "
                      "'américains', 'montréalais', 'polonais', 'chinois' are adjectives. No place is named.")
    a["notes"].append("Quotes (10 required: 4 direct, 6 indirect). The CEO's quote runs over two paragraphs, French style "
                      "(the first opened by '«' and left open, the second reopened by '«' and closed before 'a déclaré le "
                      "PDG et cofondateur de Nébulys, X'): one direct quote, as in the earlier sets. Not quotes: the "
                      "headline, '« Ashfall »' (a title between marks), '« live service »' (a term between marks in the "
                      "journalist's sentence), 'Elle proposera un dividende' (a proposal, no speech verb), 'Tencent ... n'a "
                      "pas souhaité commenter' (no words).")
    a["notes"].append("Events (9 required, 1 optional): results 2041 (revenue with its rise and the year; net profit, period "
                      "optional, the year-earlier loss a comparison; fourth-quarter sales with their rise, the quarter of "
                      "2041 since the article reports the 2041 accounts; the operating margin's gain in points optional, "
                      "as in the earlier sets); the done purchase of a Montreal studio ('a bouclé en janvier le rachat "
                      "de'); a rumoured purchase told by a paper ('Selon Les Echos, il serait aussi en discussions pour "
                      "racheter': planned, 'il' is the publisher); roles (the 'PDG et cofondateur', the CFO, the analyst). "
                      "Not events: the 2042 guidance and the 2045 AI forecast (plans), the dividend, the game's sales and "
                      "delay, the cash position inside marked words, the share move, Tencent's 9,8 % holding.")
    M(a, f"1{NN}184 millions d'euros", 1184e6, "EUR")
    M(a, f"143{NN}M€", 143e6, "EUR")
    M(a, f"27{NN}M€", 27e6, "EUR")
    M(a, "206 millions d'euros", 206e6, "EUR")
    M(a, "402 millions d'euros", 402e6, "EUR")
    M(a, "0,85 euro", 0.85, "EUR")
    M(a, "64 millions d'euros", 64e6, "EUR")
    M(a, "310 millions d'euros", 310e6, "EUR")
    P(a, f"31{NN}%", 31)
    P(a, "6,2 points", 6.2, points=True)
    P(a, f"17,4{NN}%", 17.4)
    P(a, f"44{NN}%", 44)
    P(a, f"8 et 12{NN}%", 8)
    P(a, f"18{NN}%", 18)
    P(a, f"14,6{NN}%", 14.6)
    P(a, f"15{NN}%", 15)
    P(a, f"9,8{NN}%", 9.8)
    D(a, "5 mars 2042 à 07h50", "2042-03-05T07:50", typ="TIME", note="the byline's day and clock time after an em dash")
    D(a, "mardi", "2042-03-04", note="past: 'a publié mardi'")
    D(a, "2041", "2041", note="'a bondi de 31 % en 2041'")
    D(a, "un an plus tôt", "2040", opt=True, note="a comparison's period")
    D(a, "quatrième trimestre", "2041-Q4", note="'Au quatrième trimestre': the last quarter of the 2041 accounts, past")
    D(a, "mars 2043", "2043-03", note="'d'ici à mars 2043', inside marked words")
    D(a, "Pour [2042]", "2042", note="'Pour 2042': the guidance year (the context keeps it out of the byline's TIME)")
    D(a, "2036", "2036", note="'le premier depuis 2036'")
    D(a, "novembre", "2042-11", note="future: 'prévue en novembre'")
    D(a, "quelques semaines", "PXW", typ="DURATION", opt=True, note="a vague duration")
    D(a, "janvier", "2042-01", note="past: 'a bouclé en janvier'")
    D(a, "2045", "2045", note="'d'ici 2045', inside a reported clause")
    D(a, "mercredi", "2042-03-05", note="'L'action a bondi ... mercredi': the publication day")
    Q(a, f"{O}[Ashfall a dépassé toutes nos attentes. Nous avons prouvé qu'un studio européen pouvait rivaliser avec les géants américains.\n\n{O}Mais nous ne nous endormirons pas sur nos lauriers{NN}: trois nouveaux jeux sortiront d'ici à mars 2043]{C}",
      "direct", "a déclaré", (AR, AR, PER), gender="male",
      note="one quote over two paragraphs (the second reopened with '«'); the name in apposition to 'le PDG et cofondateur "
           "de Nébulys', after the cue")
    Q(a, "Selon lui, [le groupe n'aura pas besoin de faire appel au marché pour financer ses projets].", "indirect",
      "[Selon] lui", ("Selon [lui]", AR, PER), gender="male", note="'Selon lui': the CEO of the sentence before")
    Q(a, f"[Pour 2042, le groupe vise une croissance de ses ventes comprise entre 8 et 12{NN}% et une marge d'au moins 18{NN}%], a précisé",
      "indirect", "a précisé", ("a précisé la [société] dans", NE, ORG),
      note="an unmarked sentence before an inverted cue; 'la société dans un communiqué': canonical the publisher")
    Q(a, "[La sortie de son prochain jeu, prévue en novembre, sera en revanche décalée de quelques semaines], a reconnu",
      "indirect", "a reconnu", ("a reconnu le [groupe].", NE, ORG),
      note="an unmarked sentence before an inverted cue; 'le groupe' is the publisher")
    Q(a, f"Selon {LE}, [il serait aussi en discussions pour racheter le polonais {WG}].", "indirect", f"[Selon] {LE}",
      (LE, LE, ORG), note="a paper after 'Selon' (its article inside the name); 'il' is the publisher")
    Q(a, "estime que [l'intelligence artificielle réduira d'un tiers le coût de production d'un jeu d'ici 2045].",
      "indirect", "estime", (AR, AR, PER), gender="male", note="'X estime que <clause>'")
    Q(a, f"{O}[Mais aucune machine n'écrira nos histoires à notre place]{C}", "direct", "a-t-il ajouté",
      ("a-t-[il] ajouté", AR, PER), gender="male", note="a pronoun in an inverted cue: the CEO")
    Q(a, f"{O}[Notre trésorerie nette atteint 310 millions d'euros. Nous pouvons financer seuls notre développement]{C}",
      "direct", "a souligné", (IH, IH, PER), gender="female",
      note="two sentences; the name in apposition to 'la directrice financière', after the cue")
    Q(a, "[La dette a été entièrement remboursée], a-t-elle", "indirect", "a-t-elle assuré",
      ("a-t-[elle] assuré", IH, PER), gender="female", note="an unmarked sentence before an inverted pronoun cue: the CFO")
    Q(a, f"{O}[Le marché attendait une marge de 15{NN}%. C'est une très bonne surprise]{C}", "direct", "juge", (CM, CM, PER),
      gender="female", note="two sentences; a present-tense inverted cue before the name")
    V(a, "result", "chiffre d'affaires", {"company": f"vidéo [{NE}] a publié", "metric": "revenue",
                                          "amount": f"1{NN}184 millions d'euros", "change": f"31{NN}%", "period": "2041"},
      note="'Son chiffre d'affaires a bondi de 31 % en 2041, à 1 184 millions d'euros': 'Son' is Nébulys")
    V(a, "result", "bénéfice net", {"company": f"vidéo [{NE}] a publié", "metric": "net_income",
                                    "amount": f"143{NN}M€", "period": ("opt", "2041")},
      note="'Le bénéfice net atteint 143 M€, contre une perte de 27 M€ un an plus tôt': the year-earlier loss is a comparison")
    V(a, "result", "résultat opérationnel courant", {"company": f"vidéo [{NE}] a publié", "metric": "operating_income",
                                                     "amount": "206 millions d'euros", "period": ("opt", "2041")},
      note="'Le résultat opérationnel courant a plus que doublé, à 206 millions d'euros': no percentage change written")
    V(a, "result", "marge opérationnelle courante", {"company": f"vidéo [{NE}] a publié", "metric": "other",
                                                     "change": "6,2 points", "period": ("opt", "2041")}, optional=True,
      note="a margin's gain in points (a rate, no amount): optional, as in the earlier sets")
    V(a, "result", "ventes ont", {"company": f"vidéo [{NE}] a publié", "metric": "revenue",
                                  "amount": "402 millions d'euros", "change": f"44{NN}%", "period": "quatrième trimestre"},
      note="'Au quatrième trimestre, les ventes ont progressé de 44 %, à 402 millions d'euros'")
    V(a, "role", "PDG et cofondateur", {"person": AR, "title": "PDG et cofondateur", "organization": f"cofondateur de [{NE}]"},
      note="'le PDG et cofondateur de Nébulys, X': joined titles as written")
    V(a, "acquisition", "rachat", {"target": LF, "buyer": f"[{NE}] a aussi renoncé", "amount": "64 millions d'euros",
                                   "date": "janvier", "status": "done"},
      note="'L'éditeur a bouclé en janvier le rachat du studio montréalais X pour 64 millions d'euros': 'L'éditeur' is "
           "Nébulys, done")
    V(a, "acquisition", "racheter", {"target": WG, "buyer": f"[{NE}] a aussi renoncé", "status": "planned"},
      note="'Selon Les Echos, il serait aussi en discussions pour racheter le polonais X': planned; 'il' is Nébulys")
    V(a, "role", "directrice financière", {"person": IH, "title": "directrice financière",
                                           "organization": ("opt", f"[{NE}] a aussi renoncé")},
      note="'la directrice financière, X': the company of the article")
    V(a, "role", "analyste", {"person": CM, "title": "analyste", "organization": OB})


# ---------------------------------------------------------------- U4: a Liège space start-up's series B (lead fund, follow-on investors, valuation from a source), its series A, results, an announced purchase and appointments (Belgian daily, web)
def define_u4(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    O, C = "« ", " »"
    OR, AV, NQ, WE, AIV, PR, SO, SN = ("Orbivia", "Aldebaran Ventures", "Noshaq", "Wallonie Entreprendre", "Airbus Ventures",
                                       "Propulsia", "Solvay", "Sonaca")
    ND, SM, JD, BC, PVD, LW, TV = ("Nathalie Delvaux", "Sofia Marchetti", "Julien Dardenne", "Bart Claessens",
                                   "Philippe Van Damme", "Laurent Weber", "Thomas Vervoort")
    CEOc = "CEO et cofondatrice"
    PCA = "président du conseil d'administration"
    SEPS = "secrétaire d'État à la Politique scientifique"
    text = (
        f"Spatial : la liégeoise {OR} lève 62 millions d'euros et muscle sa direction\n"
        f"Mis en ligne le mercredi 21 mai 2042 à 6h00 | {ND}\n\n"
        f"La jeune pousse liégeoise {OR}, qui fabrique des moteurs électriques pour petits satellites, a bouclé mardi une "
        f"levée de fonds de série B de 62 millions d'euros. Le tour de table est mené par le fonds luxembourgeois {AV}, qui "
        f"apporte 25 millions et détiendra environ 8 % du capital. {NQ} et {WE} l'accompagnent, de même qu'{AIV}, déjà "
        f"actionnaire. L'opération valorise {OR} autour de 310 millions d'euros, selon une source proche du dossier. Sa "
        f"précédente levée, une série A de 18 millions d'euros bouclée en 2040, avait été menée par {NQ}.\n\n"
        f"{O}Nous allons passer de septante à quatre cents moteurs par an et ouvrir une usine à Seraing. L'argent servira "
        f"aussi à conquérir le marché américain{C}, a déclaré sa {CEOc}, {SM}. Selon elle, l'entreprise sera "
        f"rentable dès 2044. {OR}, qui emploie nonante personnes, a réalisé l'an dernier un chiffre d'affaires de 6,4 "
        f"millions d'euros, le double de 2040, pour une perte de 11,2 millions. Ses moteurs {O}Helix{C} équipent déjà "
        f"quarante satellites en orbite.\n\n"
        f"La société va par ailleurs racheter la start-up toulousaine {PR}, spécialisée dans les réservoirs de xénon, pour "
        f"un montant non dévoilé. L'accord doit être signé en juin, précise {OR} dans un communiqué. {O}Nous avons passé "
        f"trois ans à convaincre des clients que l'électrique était fiable. Aujourd'hui, ils viennent nous chercher{C}, "
        f"explique {JD}, son cofondateur.\n\n"
        f"La direction se renforce. {BC}, 44 ans, jusqu'ici trésorier du groupe {SO}, a été nommé directeur financier. "
        f"{PVD}, ex-patron de {SN}, devient {PCA}. Il a dit vouloir préparer l'entreprise à une entrée en Bourse "
        f"d'ici 2046. {O}Une cotation à Bruxelles ou à Amsterdam, nous verrons le moment venu{C}, a-t-il ajouté.\n\n"
        f"{O}L'Europe a besoin de champions du spatial qui ne dépendent pas des États-Unis{C}, a justifié {LW}, associé "
        f"chez {AV}, qui rejoint le conseil d'administration. Le {SEPS}, {TV}, a salué {O}une belle démonstration du "
        f"savoir-faire liégeois{C}. {OR} vise un chiffre d'affaires de 40 millions d'euros en 2045.")
    a = B.article("U4-serie-b-start-up-spatiale-liege", "2042-05-21", text)
    for s, l, c in [(OR, ORG, None), (ND, PER, None), (AV, ORG, None), (NQ, ORG, None), (WE, ORG, None), (AIV, ORG, None),
                    ("Seraing", LOC, None), (SM, PER, None), ("Helix", MISC, None), (PR, ORG, None), (JD, PER, None),
                    (BC, PER, None), (SO, ORG, None), (PVD, PER, None), (SN, ORG, None), ("Bruxelles", LOC, None),
                    ("Amsterdam", LOC, None), (LW, PER, None), ("Europe", LOC, None), ("États-Unis", LOC, None),
                    (TV, PER, None)]:
        E(a, s, l, c)
    a["notes"].append("A Belgian French-language daily's web article: a headline opened by the section word 'Spatial' and a "
                      "colon, *new*: a publication line with the weekday before the date and the author after a bar ('Mis en "
                      "ligne le mercredi 21 mai 2042 à 6h00 | Nathalie Delvaux', no 'Par'), no dateline. The reference "
                      "date is that day (Wednesday 21 May 2042): the round closed on Tuesday, the purchase is to be signed "
                      "in June. Straight apostrophes; ordinary spaces before '%', the headline's colon and inside the "
                      "guillemets. Belgian numerals written out ('septante', 'nonante', 'quatre cents', 'quarante': counts, "
                      "not money); the bare '25 millions' and '11,2 millions' after amounts in euros are EUR.")
    a["notes"].append("Entities: the coined start-up 'Orbivia' (headline and five more) ORG; the coined lead fund 'Aldebaran "
                      "Ventures' (twice) and target 'Propulsia'; the Liège investment fund 'Noshaq' (twice), 'Wallonie "
                      "Entreprendre' (one ORG, no separate 'Wallonie'), 'Airbus Ventures' (one ORG), 'Solvay' ('du groupe "
                      "Solvay') and the aerospace firm 'Sonaca' (real, invented facts) ORG; the product between guillemets "
                      "'Helix' MISC; 'Seraing', 'Bruxelles', 'Amsterdam', 'Europe' and 'États-Unis' (all four inside marked "
                      "words) LOC; the author after the bar, the CEO, the cofounder, the CFO, the new chair, the lead "
                      "fund's partner and the state secretary PER (all invented). Not names: 'Spatial' (section word), 'La "
                      "jeune pousse', 'La société', 'l'entreprise', 'Bourse' ('une entrée en Bourse'), 'Politique "
                      "scientifique' inside the title; 'liégeoise', 'luxembourgeois', 'toulousaine', 'américain', "
                      "'liégeois' are adjectives.")
    a["notes"].append("Quotes (9 required: 5 direct, 4 indirect). Not quotes: the headline, '« Helix »' (a product between "
                      "marks), 'Le tour de table est mené par ...', 'La direction se renforce', 'vise un chiffre d'affaires "
                      "de 40 millions d'euros en 2045' (a target, the journalist's words).")
    a["notes"].append("Events (13 required): the series B (headline 'lève 62 millions d'euros' the same fact; lead fund, two "
                      "follow-on investors and an existing shareholder in the next sentences; valuation told by a source; "
                      "the lead fund's 25 millions and 8 % are parts of the round, no events); the series A referred to by "
                      "'Sa précédente levée' (done in 2040, led by Noshaq); results 'l'an dernier' (revenue 'le double de "
                      "2040', no change percentage; loss with a bare amount, period optional); the announced purchase ('La "
                      "société va ... racheter la start-up toulousaine X, pour un montant non dévoilé': announced, no "
                      "amount; the signing 'en juin' is no argument); roles (the CEO and cofounder with 'sa', the cofounder "
                      "'X, son cofondateur', the new CFO 'a été nommé directeur financier' and his former post 'trésorier du "
                      "groupe Solvay', the new chair and his former post 'ex-patron de Sonaca' (title 'patron', without "
                      "'ex-'), the lead fund's partner, the state secretary without organization). Not events: the 2045 "
                      "sales target, the planned listing, the production figures, the joining of the board.")
    M(a, "62 millions d'euros", 62e6, "EUR", nth=0)
    M(a, "62 millions d'euros", 62e6, "EUR", nth=1)
    M(a, "25 millions", 25e6, "EUR")
    M(a, "310 millions d'euros", 310e6, "EUR")
    M(a, "18 millions d'euros", 18e6, "EUR")
    M(a, "6,4 millions d'euros", 6.4e6, "EUR")
    M(a, "11,2 millions", 11.2e6, "EUR")
    M(a, "40 millions d'euros", 40e6, "EUR")
    P(a, "8 %", 8)
    D(a, "mercredi 21 mai 2042 à 6h00", "2042-05-21T06:00", typ="TIME",
      note="*new*: the publication line with the weekday before the date")
    D(a, "mardi", "2042-05-20", note="past: 'a bouclé mardi'")
    D(a, "2040", "2040", nth=0, note="'une série A ... bouclée en 2040'")
    D(a, "par an", "P1Y", typ="SET", opt=True, note="a rate, inside marked words")
    D(a, "2044", "2044", note="'dès 2044', inside a reported clause")
    D(a, "an dernier", "2041", note="'a réalisé l'an dernier'")
    D(a, "2040", "2040", nth=1, note="'le double de 2040': a comparison's year")
    D(a, "juin", "2042-06", note="future: 'doit être signé en juin'")
    D(a, "trois ans", "P3Y", typ="DURATION", note="'Nous avons passé trois ans', inside marked words")
    D(a, "Aujourd'hui", "PRESENT_REF", opt=True, note="'today' as 'nowadays', inside marked words")
    D(a, "44 ans", "P44Y", typ="DURATION", opt=True, note="an age")
    D(a, "jusqu'ici", "PRESENT_REF", opt=True, note="as in the earlier sets")
    D(a, "2046", "2046", note="'d'ici 2046', inside a reported infinitive clause")
    D(a, "2045", "2045", note="'vise ... en 2045': a target")
    Q(a, "[L'opération valorise Orbivia autour de 310 millions d'euros], selon", "indirect", "[selon] une source",
      ("selon [une source proche du dossier]", None, None),
      note="a sentence before an inverted 'selon' with an unnamed source: noun phrase, canonical null")
    Q(a, f"{O}[Nous allons passer de septante à quatre cents moteurs par an et ouvrir une usine à Seraing. L'argent servira aussi à conquérir le marché américain]{C}",
      "direct", "a déclaré", (SM, SM, PER), gender="female",
      note="two sentences; the name in apposition to 'sa CEO et cofondatrice', after the cue")
    Q(a, "Selon elle, [l'entreprise sera rentable dès 2044].", "indirect", "[Selon] elle", ("Selon [elle]", SM, PER),
      gender="female", note="'Selon elle': the CEO of the sentence before")
    Q(a, "[L'accord doit être signé en juin], précise", "indirect", "précise", (f"précise [{OR}] dans", OR, ORG),
      note="an unmarked sentence before an inverted present-tense cue; the company by name 'dans un communiqué'")
    Q(a, f"{O}[Nous avons passé trois ans à convaincre des clients que l'électrique était fiable. Aujourd'hui, ils viennent nous chercher]{C}",
      "direct", "explique", (JD, JD, PER), gender="male",
      note="two sentences; a present-tense inverted cue, the name before ', son cofondateur'")
    Q(a, "a dit [vouloir préparer l'entreprise à une entrée en Bourse d'ici 2046].", "indirect", "a dit",
      (f"{PCA}. [Il] a dit", PVD, PER), gender="male",
      note="'Il a dit vouloir <infinitive>': the span starts at the infinitive 'vouloir', as in the earlier sets; 'Il' is "
           "the new chair")
    Q(a, f"{O}[Une cotation à Bruxelles ou à Amsterdam, nous verrons le moment venu]{C}", "direct", "a-t-il ajouté",
      ("a-t-[il] ajouté", PVD, PER), gender="male", note="a pronoun in an inverted cue: the new chair")
    Q(a, f"{O}[L'Europe a besoin de champions du spatial qui ne dépendent pas des États-Unis]{C}", "direct", "a justifié",
      (LW, LW, PER), gender="male", note="the name after the cue 'a justifié', then his title")
    Q(a, f"{O}[une belle démonstration du savoir-faire liégeois]{C}", "direct", "a salué", (TV, TV, PER), gender="male",
      note="marked words right after 'a salué'; the name in apposition to 'Le secrétaire d'État ...'")
    V(a, "funding", "levée de fonds", {"company": f"liégeoise [{OR}], qui", "amount": "série B de [62 millions d'euros]",
                                       "round": "série B", "investors": [AV, NQ, WE, AIV],
                                       "valuation": "310 millions d'euros", "date": "mardi"},
      note="'a bouclé mardi une levée de fonds de série B de 62 millions d'euros. Le tour de table est mené par ... X ... Y "
           "et Z l'accompagnent, de même qu'W, déjà actionnaire. L'opération valorise Orbivia autour de 310 millions "
           "d'euros': the headline's 'lève 62 millions d'euros' the same round")
    V(a, "funding", "précédente levée", {"company": f"liégeoise [{OR}], qui", "amount": "18 millions d'euros",
                                         "round": "série A", "investors": [f"menée par [{NQ}]."], "date": "2040"},
      note="'Sa précédente levée, une série A de 18 millions d'euros bouclée en 2040, avait été menée par Noshaq': an "
           "earlier round, 'Sa' is Orbivia")
    V(a, "role", CEOc, {"person": SM, "title": CEOc, "organization": ("opt", f"liégeoise [{OR}], qui")},
      note="'sa CEO et cofondatrice, X': joined titles as written; 'sa' is Orbivia")
    V(a, "result", "chiffre d'affaires", {"company": f"rentable dès 2044. [{OR}], qui", "metric": "revenue",
                                          "amount": "6,4 millions d'euros", "period": "an dernier"},
      note="'Orbivia ... a réalisé l'an dernier un chiffre d'affaires de 6,4 millions d'euros, le double de 2040': no "
           "percentage change written")
    V(a, "result", "perte", {"company": f"rentable dès 2044. [{OR}], qui", "metric": "loss", "amount": "11,2 millions",
                             "period": ("opt", "an dernier")}, note="the same sentence, the year written once")
    V(a, "acquisition", "racheter", {"target": PR, "buyer": f"rentable dès 2044. [{OR}], qui", "status": "announced"},
      note="'La société va par ailleurs racheter la start-up toulousaine X, pour un montant non dévoilé. L'accord doit être "
           "signé en juin': announced ('va racheter')")
    V(a, "role", "cofondateur", {"person": JD, "title": "cofondateur", "organization": ("opt", f"précise [{OR}] dans")},
      note="'X, son cofondateur': 'son' is Orbivia")
    V(a, "role", "trésorier", {"person": BC, "title": "trésorier", "organization": SO},
      note="'jusqu'ici trésorier du groupe Solvay': his former post")
    V(a, "role", "directeur financier", {"person": BC, "title": "directeur financier",
                                         "organization": ("opt", f"précise [{OR}] dans")},
      note="'a été nommé directeur financier': the company of the article")
    V(a, "role", "ex-[patron]", {"person": PVD, "title": "patron", "organization": SN},
      note="'X, ex-patron de Sonaca': a former post, title without 'ex-'")
    V(a, "role", PCA, {"person": PVD, "title": PCA, "organization": ("opt", f"précise [{OR}] dans")},
      note="'X ... devient président du conseil d'administration': the company of the article")
    V(a, "role", "associé", {"person": LW, "title": "associé", "organization": f"chez [{AV}], qui rejoint"},
      note="'X, associé chez Aldebaran Ventures'")
    V(a, "role", SEPS, {"person": TV, "title": SEPS}, note="a federal title with its complement, no organization")
