"""The three articles of the forty-third blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind43`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (P4: before '%' and the colons, inside the guillemets)
NN = "\u202f"    # narrow no-break space (Q4: before '%' and inside the guillemets)
AP = "\u2019"    # typographic apostrophe (every apostrophe of P4)
PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"


def define(B):
    define_p4(B)
    define_q4(B)
    define_r4(B)


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


# ---------------------------------------------------------------- P4: a Breton family agri-food group buys a dairy (announced) after a biscuit maker (done), its 2040 results, an outside CEO succeeding the founder's son (French regional daily, web)
def define_p4(B):
    def E(a, s, *r, **kw): B.E(a, _typo(s), *r, **kw)
    def M(a, s, *r, **kw): B.M(a, _typo(s), *r, **kw)
    def D(a, s, *r, **kw): B.D(a, _typo(s), *r, **kw)
    def P(a, s, *r, **kw): B.P(a, _typo(s), *r, **kw)
    def Q(a, text, kind, cue, speaker, **kw): B.Q(a, _typo(text), kind, _typo(cue), _typo(speaker), **kw)
    def V(a, typ, trigger, args, **kw): B.V(a, typ, _typo(trigger), _typo(args), **kw)
    O, C = "«" + NB, NB + "»"
    KV, LSM, ACP, MB, TG = ("Kervalan", "Laiterie de Saint-Méen", "Armor Capital Partenaires", "Maison Brochard", "Ty Gwenn")
    LT, CM = "Le Télégramme", "Conserverie Morvezen"
    GLB, FA, EK, GLR, LG = ("Gwenaëlle Le Bihan", "Frédéric Aubertin", "Erwan Kervalan", "Gaëlle Le Roux", "Loïc Guéguen")
    text = (
        f"Agroalimentaire{NB}: {KV} croque une laiterie et change de patron\n"
        f"Par {GLB} | Publié le 21/03/2041 à 06h15\n\n"
        f"Le groupe familial {KV}, basé à Landivisiau (Finistère), a annoncé mercredi le rachat de la {LSM} "
        f"(Ille-et-Vilaine) au fonds rennais {ACP}, pour 126 millions d'euros. L'opération, qui porte sur 100{NB}% du "
        "capital, doit encore recevoir le feu vert de l'Autorité de la concurrence, attendu fin juin, et être finalisée au "
        "troisième trimestre. La laiterie emploie 380 salariés et collecte 410 millions de litres de lait par an, a "
        f"précisé le groupe. Selon {LT}, {KV} serait aussi en discussions pour reprendre la {CM}, à Douarnenez.\n\n"
        f"Ce n'est pas un coup d'essai. L'an dernier, {KV} avait déjà raflé la biscuiterie vendéenne {MB}, son "
        "concurrent direct sur le marché des galettes. Cette opération, bouclée en septembre, lui avait coûté 41 millions "
        f"d'euros et apporté la marque {O}{TG}{C}.\n\n"
        f"Le groupe a aussi dévoilé ses comptes 2040. Son chiffre d'affaires a progressé de 6,8{NB}% à 1,42 milliard "
        f"d'euros, et son résultat opérationnel de 12{NB}%, à 71 millions d'euros. Le bénéfice net recule en revanche de "
        f"4,2{NB}%, à 39,5 millions d'euros, plombé par la flambée du prix du lait. Le groupe, qui emploie 4 300 "
        "personnes, vise 2 milliards d'euros de ventes d'ici 2045.\n\n"
        f"Autre changement de taille{NB}: pour la première fois depuis sa fondation en 1962, {KV} sera dirigé par un "
        f"homme extérieur à la famille. {FA}, 51 ans, ancien directeur des opérations de Savencia, prendra le 1er mai "
        f"la direction générale. Il succède à {EK}, fils du fondateur et président du directoire depuis 2019, qui "
        f"devient président du conseil de surveillance. {O}Il fallait un regard neuf. Mon père a bâti une PME, à "
        f"d'autres de bâtir un groupe européen{C}, a déclaré ce dernier lors d'une conférence de presse. Il a assuré que "
        f"le siège resterait à Landivisiau. Le futur directeur général a dit vouloir {O}garder l'âme bretonne de la "
        f"maison{C}.\n\n"
        f"À Saint-Méen, l'accueil est plus réservé. Pour {GLR}, déléguée syndicale de la CFDT à la laiterie, le nouveau "
        f"propriétaire devra d'abord moderniser les tours de séchage. Elle prévient{NB}: {O}On a déjà connu deux plans "
        f"sociaux en dix ans. Nous ne signerons rien sans garanties écrites.{C} Le président de la région Bretagne, "
        f"{LG}, a salué {O}une excellente nouvelle pour la filière laitière{C}. {O}Le lait breton reste entre des mains "
        f"bretonnes{C}, a-t-il ajouté.")
    a = B.article("P4-rachat-laiterie-groupe-familial-landivisiau", "2041-03-21", _typo(text))
    for s, l, c in [(EK, PER, None), (LSM, ORG, None), (KV, ORG, None), (GLB, PER, None), ("Landivisiau", LOC, None),
                    ("Finistère", LOC, None), ("Ille-et-Vilaine", LOC, None), (ACP, ORG, None), (LT, ORG, None), (CM, ORG, None),
                    ("Douarnenez", LOC, None),
                    ("Autorité de la concurrence", ORG, None), (MB, ORG, None), (TG, MISC, None), (FA, PER, None),
                    ("Savencia", ORG, None), ("Saint-Méen", LOC, None), (GLR, PER, None), ("CFDT", ORG, None),
                    ("Bretagne", LOC, None), (LG, PER, None)]:
        E(a, s, l, c)
    a["notes"].append("A French regional daily's web article: a headline opened by the section word 'Agroalimentaire' and a "
                      "colon, a byline line with a pipe and *new*: the publication day written with slashes and a clock "
                      "time with 'h' ('Publié le 21/03/2041 à 06h15'), no dateline. The reference date is that day "
                      "(Thursday 21 March 2041): the purchase was announced the day before ('a annoncé mercredi'). Every "
                      "apostrophe is the typographic one (U+2019); no-break spaces (U+00A0) before '%', before the three "
                      "colons and inside the guillemets; ordinary spaces in the counts.")
    a["notes"].append("Entities: the coined family group 'Kervalan' (headline, lead, 'Selon Le Télégramme, Kervalan', 'L'an dernier, Kervalan', 'Kervalan sera "
                      "dirigé': ORG) beside the founder's son 'Erwan Kervalan' (PER, one mention: the surname inside it is "
                      "no ORG); the coined dairy 'Laiterie de Saint-Méen' (one ORG, no separate 'Saint-Méen') beside "
                      "'À Saint-Méen' (the town, LOC); the coined fund 'Armor Capital Partenaires' and biscuit maker "
                      "'Maison Brochard', the paper 'Le Télégramme' (its article inside the name), the coined cannery 'Conserverie "
                      "Morvezen', the competition authority 'Autorité de la concurrence', 'Savencia' (a real dairy "
                      "group, invented facts) and the union 'CFDT' are ORG; the brand between guillemets 'Ty Gwenn' MISC; "
                      "'Landivisiau' (twice), 'Douarnenez', the départements in brackets 'Finistère' and 'Ille-et-Vilaine', and "
                      "'Bretagne' ('la région Bretagne', as 'la région Normandie' in the sixth set) LOC. Not names: "
                      "'Agroalimentaire' (section word), 'Le groupe', 'La laiterie', 'L'opération', 'PME', 'la famille'; "
                      "'rennais', 'vendéenne', 'bretonne', 'breton' are adjectives.")
    a["notes"].append("Quotes (9 required: 5 direct, 4 indirect). Not quotes: the headline, '« Ty Gwenn »' (a brand between "
                      "marks, no one saying it), 'Le groupe a aussi dévoilé ses comptes', the colon of 'Autre changement "
                      "de taille :' (the journalist's words), 'a annoncé mercredi le rachat de ...' (a noun-phrase object), 'vise "
                      "2 milliards d'euros de ventes' (a target).")
    a["notes"].append("Events (12 required): the announced purchase of the dairy (the headline's figurative 'croque une "
                      "laiterie' the same fact; regulator pending: announced; seller a fund, stake '100 %'; date the "
                      "announcement, the closing 'au troisième trimestre' no argument, as the deadlines of the earlier "
                      "sets); a rumoured third target told by a paper ('serait aussi en discussions pour reprendre': "
                      "planned); the earlier "
                      "purchase ('avait déjà raflé': figurative, done) whose price is told through the anaphor 'Cette "
                      "opération ... lui avait coûté 41 millions d'euros' (date optional: 'L'an dernier' and 'en "
                      "septembre' both give it); results 2040 (revenue with the year, operating income and net profit with "
                      "the year optional; the net profit's fall unsigned: 4.2); roles (the new CEO's former post, the "
                      "future CEO through 'Le futur directeur général', the founder's son's outgoing and new posts, the "
                      "union delegate, the region's president person only, as in the sixth set). Not events: 'fils du "
                      "fondateur' (kinship, no title), 'prendra ... la direction générale' (the same fact as the CEO "
                      "role), the dairy's staff and milk volume, the brand, the 2045 sales target (a plan).")
    M(a, "126 millions d'euros", 126e6, "EUR")
    M(a, "41 millions d'euros", 41e6, "EUR")
    M(a, "1,42 milliard d'euros", 1.42e9, "EUR")
    M(a, "71 millions d'euros", 71e6, "EUR")
    M(a, "39,5 millions d'euros", 39.5e6, "EUR")
    M(a, "2 milliards d'euros", 2e9, "EUR")
    P(a, f"100{NB}%", 100)
    P(a, f"6,8{NB}%", 6.8)
    P(a, f"12{NB}%", 12)
    P(a, f"4,2{NB}%", 4.2)
    D(a, "21/03/2041 à 06h15", "2041-03-21T06:15", typ="TIME", note="*new*: the byline's day with slashes and a clock time")
    D(a, "mercredi", "2041-03-20", note="past: 'a annoncé mercredi'")
    D(a, "fin juin", "2041-06", mod="END", note="future: 'attendu fin juin'")
    D(a, "troisième trimestre", "2041-Q3", note="future: 'être finalisée au troisième trimestre'")
    D(a, "par an", "P1Y", typ="SET", opt=True, note="a rate")
    D(a, "an dernier", "2040", note="'L'an dernier, Kervalan avait déjà raflé'")
    D(a, "septembre", "2040-09", note="'bouclée en septembre': last year's September (the deal of 'L'an dernier')")
    D(a, "2040", "2040", note="'ses comptes 2040'")
    D(a, "2045", "2045", note="'d'ici 2045': a target")
    D(a, "1962", "1962", note="'depuis sa fondation en 1962'")
    D(a, "51 ans", "P51Y", typ="DURATION", opt=True, note="an age")
    D(a, "1er mai", "2041-05-01", note="future: 'prendra le 1er mai'")
    D(a, "2019", "2019", note="'président du directoire depuis 2019'")
    D(a, "dix ans", "P10Y", typ="DURATION", note="'en dix ans', inside marked words")
    Q(a, "[La laiterie emploie 380 salariés et collecte 410 millions de litres de lait par an], a précisé", "indirect",
      "a précisé", ("a précisé le [groupe].", KV, ORG),
      note="an unmarked sentence before an inverted cue; the group as a noun phrase, canonical Kervalan")
    Q(a, f"Selon {LT}, [{KV} serait aussi en discussions pour reprendre la {CM}, à Douarnenez].", "indirect",
      f"[Selon] {LT}", (LT, LT, ORG), note="a paper after 'Selon' (its article inside the name)")
    Q(a, f"{O}[Il fallait un regard neuf. Mon père a bâti une PME, à d'autres de bâtir un groupe européen]{C}", "direct",
      "a déclaré", ("a déclaré [ce dernier] lors", EK, PER), gender="male",
      note="two sentences; 'ce dernier' stands for the founder's son, the last person named before")
    Q(a, "assuré que [le siège resterait à Landivisiau].", "indirect", "a assuré", ("[Il] a assuré", EK, PER),
      gender="male", note="'Il' is the founder's son of the sentence before")
    Q(a, f"{O}[garder l'âme bretonne de la maison]{C}", "direct", "a dit", ("Le [futur directeur général] a dit", FA, PER),
      gender="male", note="'a dit vouloir « ... »': an infinitive partly marked, one direct quote; the noun phrase stands "
                          "for the outside CEO named in the paragraph")
    Q(a, f"Pour {GLR}, déléguée syndicale de la CFDT à la laiterie, [le nouveau propriétaire devra d'abord moderniser les tours de séchage].",
      "indirect", f"[Pour] {GLR}", (GLR, GLR, PER), gender="female", note="'Pour X, <apposition>, <clause>'")
    Q(a, f"{O}[On a déjà connu deux plans sociaux en dix ans. Nous ne signerons rien sans garanties écrites.]{C}", "direct",
      "prévient", ("[Elle] prévient", GLR, PER), gender="female",
      note="'Elle prévient : « ... »': a cue and a colon before the marks; two sentences, the full stop inside; 'Elle' is "
           "the union delegate")
    Q(a, f"{O}[une excellente nouvelle pour la filière laitière]{C}", "direct", "a salué", (LG, LG, PER), gender="male",
      note="marked words right after 'a salué'; the name in apposition to 'Le président de la région Bretagne'")
    Q(a, f"{O}[Le lait breton reste entre des mains bretonnes]{C}", "direct", "a-t-il ajouté", ("a-t-[il] ajouté", LG, PER),
      gender="male", note="a pronoun in an inverted cue: the region's president")
    V(a, "acquisition", "rachat", {"target": LSM, "buyer": f"familial [{KV}], basé", "seller": ACP,
                                   "amount": "126 millions d'euros", "stake": f"100{NB}%", "date": "mercredi",
                                   "status": "announced"},
      note="'a annoncé mercredi le rachat de la Laiterie de Saint-Méen ... au fonds rennais X, pour 126 millions d'euros ... "
           "doit encore recevoir le feu vert de l'Autorité de la concurrence': announced; the headline's 'croque une "
           "laiterie' the same fact")
    V(a, "acquisition", "reprendre", {"target": CM, "buyer": f"{LT}, [{KV}] serait", "status": "planned"},
      note="'Selon Le Télégramme, Kervalan serait aussi en discussions pour reprendre la X': planned")
    V(a, "acquisition", "raflé", {"target": MB, "buyer": f"dernier, [{KV}] avait", "amount": "41 millions d'euros",
                                  "date": ("opt", "septembre"), "status": "done"},
      note="'L'an dernier, Kervalan avait déjà raflé la biscuiterie vendéenne X ... Cette opération, bouclée en septembre, "
           "lui avait coûté 41 millions d'euros': figurative, done; the price through the anaphor; date optional")
    V(a, "result", "chiffre d'affaires", {"company": f"dernier, [{KV}] avait", "metric": "revenue",
                                          "amount": "1,42 milliard d'euros", "change": f"6,8{NB}%", "period": "2040"},
      note="'Le groupe a aussi dévoilé ses comptes 2040. Son chiffre d'affaires a progressé de 6,8 % à ...'")
    V(a, "result", "résultat opérationnel", {"company": f"dernier, [{KV}] avait", "metric": "operating_income",
                                             "amount": "71 millions d'euros", "change": f"12{NB}%",
                                             "period": ("opt", "2040")})
    V(a, "result", "bénéfice net", {"company": f"dernier, [{KV}] avait", "metric": "net_income",
                                    "amount": "39,5 millions d'euros", "change": f"4,2{NB}%", "period": ("opt", "2040")},
      note="'Le bénéfice net recule en revanche de 4,2 %': an unsigned fall")
    V(a, "role", "directeur des opérations", {"person": FA, "title": "directeur des opérations", "organization": "Savencia"},
      note="'ancien directeur des opérations de Savencia': a former post, title without 'ancien'")
    V(a, "role", "futur [directeur général]", {"person": FA, "title": "directeur général",
                                               "organization": ("opt", f"[{KV}] sera dirigé")},
      note="'prendra le 1er mai la direction générale ... Le futur directeur général': title without 'futur'")
    V(a, "role", "président du directoire", {"person": EK, "title": "président du directoire",
                                             "organization": ("opt", f"[{KV}] sera dirigé")},
      note="'X, fils du fondateur et président du directoire depuis 2019': the outgoing post")
    V(a, "role", "président du conseil de surveillance", {"person": EK, "title": "président du conseil de surveillance",
                                                          "organization": ("opt", f"[{KV}] sera dirigé")},
      note="'qui devient président du conseil de surveillance'")
    V(a, "role", "déléguée syndicale", {"person": GLR, "title": "déléguée syndicale", "organization": "CFDT"},
      note="'X, déléguée syndicale de la CFDT à la laiterie'")
    V(a, "role", "Le [président] de la région", {"person": LG},
      note="'Le président de la région Bretagne, X': person only, as the region's president of the sixth set")


# ---------------------------------------------------------------- Q4: a Vaud medtech's IPO on the SIX (capital increase, cornerstone investors, a selling fund), its half-year loss, a rival's rumoured takeover (Swiss business site, agency dispatch)
def define_q4(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    O, C = "«" + NN, NN + "»"
    VM, RSC, TM, LV, SSE, PU, HS, KM = ("Valcyon Medical", "Rhône Santé Capital", "Taniguchi Medical", "Lakeside Ventures",
                                        "SIX Swiss Exchange", "Pulsetra", "Halden Scientific", "Kessler Medtech")
    LB, NF, JM = "Luca Bernasconi", "Nadia Ferrari", "Jonas Meier"
    FDG = "fondateur et directeur général"
    text = (
        f"Bourse : {VM} lève CHF 180 millions pour son entrée à la SIX\n\n"
        f"LAUSANNE, 5 décembre (AWP) - La medtech vaudoise {VM} a fixé mercredi le prix de son introduction en Bourse à "
        "34 francs par action, dans le haut de la fourchette. L'augmentation de capital lui rapporte CHF 180 millions "
        f"d'argent frais et valorise la société à 1,2 milliard de francs. Deux investisseurs de référence, le fonds "
        f"genevois {RSC} et le groupe japonais {TM}, se sont engagés à souscrire 40{NN}% des titres offerts. Premier "
        f"actionnaire, le fonds {LV} cédera en outre des actions existantes pour 45 millions de francs et conservera "
        f"18{NN}% du capital. Les premières cotations à la {SSE} sont prévues vendredi. UBS et Pictet ont piloté "
        "l'opération. La tranche réservée aux particuliers a été sursouscrite six fois, a indiqué la société dans un "
        "communiqué.\n\n"
        f"Fondée en 2033 à Yverdon-les-Bains, Valcyon développe des capteurs cardiaques implantables, dont le "
        f"{O}CardioTrace{C}, autorisé en Europe l'an dernier. En 2037, elle avait levé 60 millions de francs auprès de "
        f"{LV} et de la Banque Cantonale Vaudoise. Cette levée la valorisait alors 390 millions de francs. "
        f"{O}Cette opération nous donne les moyens de conquérir le "
        f"marché américain. Nous déposerons notre dossier auprès de la FDA fin mars{C}, a déclaré son {FDG}, {LB}. Il "
        "a précisé que les fonds financeraient aussi une usine à Yverdon-les-Bains.\n\n"
        "Au premier semestre, la société a creusé sa perte nette à 26,8 millions de francs, contre 19,4 millions un an "
        f"plus tôt, pour un chiffre d'affaires en hausse de 57{NN}%, à 14,1 millions de francs. {O}Nous sommes financés "
        f"jusqu'en 2044 sans nouvel appel au marché{C}, a assuré la directrice financière, {NF}. La demande a dépassé "
        "quatre fois l'offre, a-t-elle ajouté.\n\n"
        f"L'introduction intervient alors que le secteur se consolide. Selon Bloomberg, le bâlois {PU}, principal "
        f"concurrent de Valcyon, pourrait être racheté par l'américain {HS} pour environ 2 milliards de dollars. Halden "
        f"s'était déjà offert en 2038 l'allemand {KM}. Chez {PU}, un porte-parole a indiqué que la société {O}ne "
        f"commente pas les rumeurs de marché{C}.\n\n"
        f"{JM}, analyste chez Vontobel, juge que le prix est {O}exigeant mais défendable{C}. {O}Si {PU} passe sous "
        f"pavillon américain, Valcyon deviendra une cible à son tour{C}, estime-t-il.")
    a = B.article("Q4-introduction-bourse-medtech-yverdon", "2041-12-05", text)
    for s, l, c in [(VM, ORG, None), ("Valcyon", ORG, VM), (SSE, ORG, None), ("SIX", ORG, SSE), ("LAUSANNE", LOC, "Lausanne"),
                    ("AWP", ORG, None), ("UBS", ORG, None), ("Pictet", ORG, None), ("Banque Cantonale Vaudoise", ORG, None), (RSC, ORG, None), (TM, ORG, None), (LV, ORG, None), ("Yverdon-les-Bains", LOC, None),
                    ("CardioTrace", MISC, None), ("Europe", LOC, None), ("FDA", ORG, None), (LB, PER, None), (NF, PER, None),
                    ("Bloomberg", ORG, None), (PU, ORG, None), (HS, ORG, None), ("Halden", ORG, HS), (KM, ORG, None),
                    (JM, PER, None), ("Vontobel", ORG, None)]:
        E(a, s, l, c)
    a["notes"].append("A Swiss French-language business site's copy of an agency dispatch: a headline opened by the section "
                      "word 'Bourse' and a colon, *new*: a dateline with the city in capitals, the day and month without a "
                      "year and the agency in brackets ('LAUSANNE, 5 décembre (AWP) - '). The reference date is that day "
                      "(Thursday 5 December 2041): the price was set on Wednesday, the first trading is due on Friday. "
                      "Straight apostrophes; narrow no-break spaces (U+202F) before '%' and inside the guillemets; an "
                      "ordinary space before the headline's colon. 'francs' are Swiss francs (CHF), as 'CHF 180 millions' "
                      "and the setting say; the bare '19,4 millions' after amounts in francs is CHF.")
    a["notes"].append("Entities: the coined medtech 'Valcyon Medical' (headline, lead) and 'Valcyon' (three more, once inside "
                      "marked words: canonical the full name); 'SIX' in the headline (canonical 'SIX Swiss Exchange') and "
                      "'SIX Swiss Exchange' ORG; the dateline 'LAUSANNE' LOC (canonical 'Lausanne'); the agency 'AWP', the "
                      "coined 'Rhône Santé Capital' (one ORG, no separate 'Rhône'), 'Taniguchi Medical', 'Lakeside "
                      "Ventures', 'Pulsetra' (three times, once inside marked words), 'Halden Scientific' and 'Halden' "
                      "(canonical the full name), 'Kessler Medtech', the US regulator 'FDA' (inside marked words), "
                      "'Bloomberg', the banks 'UBS', 'Pictet', 'Banque Cantonale Vaudoise' and 'Vontobel' ORG; the product between guillemets 'CardioTrace' MISC; "
                      "'Yverdon-les-Bains' (twice) and 'Europe' LOC. Not names: 'Bourse' (section word and 'introduction "
                      "en Bourse'), 'La medtech', 'la société', 'L'introduction', 'Cette levée'; 'vaudoise', 'genevois', 'japonais', "
                      "'bâlois', 'américain', 'allemand' are adjectives.")
    a["notes"].append("Quotes (9 required: 5 direct, 4 indirect). Not quotes: the headline, '« CardioTrace »' (a product "
                      "between marks), 'se sont engagés à souscrire' (a commitment), 'L'introduction intervient alors "
                      "que ...' (the journalist's words), 'UBS et Pictet ont piloté l'opération'. The company through its "
                      "communiqué ('a indiqué la société dans un communiqué': canonical Valcyon Medical), an unnamed "
                      "spokesman of the rival with marked words inside a 'que' clause.")
    a["notes"].append("Events (10 required): the IPO's capital increase (funding, as in the thirty-fourth set: trigger "
                      "'augmentation de capital', company Valcyon Medical, amount the new money, the two cornerstone "
                      "investors of the next sentence, valuation the value at the offer price, no round string, date "
                      "optional; the headline's 'lève CHF 180 millions' the same fact); the earlier round ('En 2037, elle "
                      "avait levé 60 millions de francs auprès de X et de la Banque Cantonale Vaudoise': 'elle' is Valcyon; "
                      "its valuation through the anaphor 'Cette levée la valorisait alors'); the first shareholder's sale of "
                      "existing shares in the offering (acquisition, seller the fund, no buyer, no stake: the '18 %' is "
                      "what it keeps; announced, date optional); the half-year net loss and revenue ('la société' is "
                      "Valcyon; revenue change 57, period optional); the rival's rumoured takeover told by Bloomberg "
                      "(passive 'pourrait être racheté par': planned, buyer after 'par'); the buyer's earlier purchase "
                      "('s'était déjà offert en 2038': figurative, done); roles (the founder and CEO with 'son', the CFO, "
                      "the analyst). Not events: the price per share, the 40 % commitment (part of the funding), the 18 % "
                      "kept, the demand, the product approval, the plant, the year-earlier loss (a comparison), the banks' "
                      "role in the offering.")
    M(a, "CHF 180 millions", 180e6, "CHF", nth=0)
    M(a, "34 francs", 34, "CHF")
    M(a, "CHF 180 millions", 180e6, "CHF", nth=1)
    M(a, "1,2 milliard de francs", 1.2e9, "CHF")
    M(a, "45 millions de francs", 45e6, "CHF")
    M(a, "60 millions de francs", 60e6, "CHF")
    M(a, "390 millions de francs", 390e6, "CHF")
    M(a, "26,8 millions de francs", 26.8e6, "CHF")
    M(a, "19,4 millions", 19.4e6, "CHF")
    M(a, "14,1 millions de francs", 14.1e6, "CHF")
    M(a, "2 milliards de dollars", 2e9, "USD")
    P(a, f"40{NN}%", 40)
    P(a, f"18{NN}%", 18)
    P(a, f"57{NN}%", 57)
    D(a, "5 décembre", "2041-12-05", note="*new*: the dateline's day and month without a year")
    D(a, "mercredi", "2041-12-04", note="past: 'a fixé mercredi'")
    D(a, "vendredi", "2041-12-06", note="future: 'sont prévues vendredi'")
    D(a, "2033", "2033", note="'Fondée en 2033'")
    D(a, "an dernier", "2040", note="'autorisé en Europe l'an dernier'")
    D(a, "2037", "2037", note="'En 2037, elle avait levé'")
    D(a, "fin mars", "2042-03", mod="END", note="future, inside marked words: the next end of March")
    D(a, "premier semestre", "2041-H1")
    D(a, "un an plus tôt", "2040-H1", opt=True, note="a comparison's period, relative to the half")
    D(a, "2044", "2044", note="'jusqu'en 2044', inside marked words")
    D(a, "2038", "2038", note="'s'était déjà offert en 2038'")
    Q(a, "[La tranche réservée aux particuliers a été sursouscrite six fois], a indiqué", "indirect", "a indiqué",
      ("a indiqué la [société] dans", VM, ORG),
      note="an unmarked sentence before an inverted cue; 'la société dans un communiqué': the company speaks through its "
           "communiqué, canonical the company")
    Q(a, f"{O}[Cette opération nous donne les moyens de conquérir le marché américain. Nous déposerons notre dossier auprès de la FDA fin mars]{C}",
      "direct", "a déclaré", (LB, LB, PER), gender="male",
      note="two sentences; the name after the cue, in apposition to 'son fondateur et directeur général'")
    Q(a, "précisé que [les fonds financeraient aussi une usine à Yverdon-les-Bains].", "indirect", "a précisé",
      (f"{LB}. [Il] a", LB, PER), gender="male", note="'Il' is the CEO of the sentence before")
    Q(a, f"{O}[Nous sommes financés jusqu'en 2044 sans nouvel appel au marché]{C}", "direct", "a assuré", (NF, NF, PER),
      gender="female", note="the name in apposition to 'la directrice financière', after the cue")
    Q(a, "[La demande a dépassé quatre fois l'offre], a-t-elle", "indirect", "a-t-elle ajouté",
      ("a-t-[elle] ajouté", NF, PER), gender="female", note="an unmarked sentence before an inverted pronoun cue")
    Q(a, f"Selon Bloomberg, [le bâlois {PU}, principal concurrent de Valcyon, pourrait être racheté par l'américain {HS} pour environ 2 milliards de dollars].",
      "indirect", "[Selon] Bloomberg", ("Bloomberg", "Bloomberg", ORG), note="an agency after 'Selon'")
    Q(a, f"{O}[ne commente pas les rumeurs de marché]{C}", "direct", "a indiqué", ("un [porte-parole] a", None, None),
      note="'un porte-parole a indiqué que la société « ... »': a clause partly marked, one direct quote; an unnamed "
           "spokesman of the rival, noun phrase, canonical null")
    Q(a, f"{O}[exigeant mais défendable]{C}", "direct", "juge", (JM, JM, PER), gender="male",
      note="'X, analyste chez Vontobel, juge que le prix est « ... »': a clause partly marked, one direct quote")
    Q(a, f"{O}[Si {PU} passe sous pavillon américain, Valcyon deviendra une cible à son tour]{C}", "direct", "estime-t-il",
      ("estime-t-[il]", JM, PER), gender="male", note="a present-tense inverted pronoun cue: the analyst")
    V(a, "funding", "augmentation de capital", {"company": VM, "amount": "CHF 180 millions",
                                                "investors": [RSC, TM], "valuation": "1,2 milliard de francs",
                                                "date": ("opt", "mercredi")},
      note="an IPO's capital increase: 'L'augmentation de capital lui rapporte CHF 180 millions ... et valorise la société "
           "à 1,2 milliard de francs. Deux investisseurs de référence, X et Y, se sont engagés à souscrire 40 %'; the "
           "headline's 'lève' the same fact")
    V(a, "funding", "levé", {"company": "[Valcyon] développe", "amount": "60 millions de francs",
                             "investors": [f"auprès de [{LV}] et", "Banque Cantonale Vaudoise"],
                             "valuation": "390 millions de francs", "date": "2037"},
      note="'En 2037, elle avait levé 60 millions de francs auprès de X et de Y. Cette levée la valorisait alors 390 "
           "millions de francs': an earlier round, 'elle' is Valcyon; the valuation through the anaphor 'Cette levée'")
    V(a, "acquisition", "cédera", {"target": VM, "seller": LV, "amount": "45 millions de francs", "status": "announced",
                                   "date": ("opt", "mercredi")},
      note="the first shareholder sells existing shares in the offering: no buyer (the public), announced")
    V(a, "result", "perte nette", {"company": VM, "metric": "loss", "amount": "26,8 millions de francs",
                                   "period": "premier semestre"},
      note="'Au premier semestre, la société a creusé sa perte nette à 26,8 millions de francs'")
    V(a, "result", "chiffre d'affaires", {"company": VM, "metric": "revenue", "amount": "14,1 millions de francs",
                                          "change": f"57{NN}%", "period": ("opt", "premier semestre")},
      note="the same sentence, the half written once")
    V(a, "role", FDG, {"person": LB, "title": FDG, "organization": ("opt", "Valcyon")},
      note="'son fondateur et directeur général, X': joined titles as written; 'son' is Valcyon")
    V(a, "role", "directrice financière", {"person": NF, "title": "directrice financière",
                                           "organization": ("opt", "Valcyon")},
      note="'la directrice financière, X': the company of the article")
    V(a, "acquisition", "racheté", {"target": PU, "buyer": HS, "amount": "2 milliards de dollars", "status": "planned"},
      note="'Selon Bloomberg, ... Pulsetra ... pourrait être racheté par l'américain X pour environ 2 milliards de dollars': "
           "a rumour, planned; passive voice, the buyer after 'par'")
    V(a, "acquisition", "offert", {"target": KM, "buyer": "Halden", "date": "2038", "status": "done"},
      note="'Halden s'était déjà offert en 2038 l'allemand X': figurative, done")
    V(a, "role", "analyste", {"person": JM, "title": "analyste", "organization": "Vontobel"})


# ---------------------------------------------------------------- R4: the State plans to sell part of its stake in a hydropower company; the minister, two opposition MPs, results, a done purchase, a new chair by decree and an interview in dialogue dashes (French national daily, politics-economy pages)
def define_r4(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    O, C = "« ", " »"
    T = "\u2014 "     # an interview turn (em dash and a space)
    HY, DH = "Hydrélis", "Douro Hídrica"
    AMy, AD, CV, KB, IML, JMT = ("Antoine Meyrieux", "Arnaud Delcourt", "Chloé Vannier", "Karim Bensaïd",
                                 "Isabelle Morand-Lacaze", "Jean-Marc Thévenot")
    MEco = "ministre de l'Économie"
    PCA = "présidente du conseil d'administration"
    text = (
        f"{HY} : l'État prépare la vente d'une partie de sa participation\n"
        "Le gouvernement veut réduire son emprise sur l'exploitant public des barrages. La gauche crie au bradage.\n"
        f"Par {AMy}\n"
        "Publié le 27 février 2041 à 11h42, mis à jour à 14h05\n\n"
        f"L'État, qui détient 84 % d'{HY}, envisage de céder environ 10 % du capital de l'exploitant des barrages "
        "hydroélectriques d'ici à l'automne, soit près de 2,3 milliards d'euros au cours actuel, selon plusieurs sources "
        "proches du dossier. Bercy n'a pas confirmé le calendrier. Lors de la précédente ouverture du capital, en 2036, "
        "l'État avait déjà cédé 16 % de l'entreprise pour 3,1 milliards d'euros. Le "
        f"{MEco}, {AD}, estime que l'opération permettra de financer la relance du nucléaire sans alourdir la dette. "
        f"{O}L'État restera très largement majoritaire. Il "
        f"n'est pas question de privatiser l'eau des Français{C}, a-t-il déclaré mercredi devant les députés.\n\n"
        f"À gauche, la riposte n'a pas tardé. Pour la députée écologiste de l'Isère {CV}, cette vente est un contresens "
        f"au moment où l'hydroélectricité devient stratégique. {O}On brade un bien commun pour boucher un trou "
        f"budgétaire{C}, a dénoncé l'élue, qui prépare une proposition de loi. Selon le député LFI {KB}, la recette ne "
        "couvrirait même pas 3 % du déficit attendu cette année. La CGT a appelé à une journée de grève le 12 mars.\n\n"
        "Le groupe a pourtant publié jeudi dernier des comptes solides : son bénéfice net a progressé de 11 % en 2040, à "
        f"1,86 milliard d'euros, pour un chiffre d'affaires stable de 9,4 milliards d'euros et un excédent brut "
        f"d'exploitation de 4,2 milliards d'euros. {HY} a aussi mis la main en "
        f"octobre sur le portugais {DH}, pour 780 millions d'euros. {O}Nous prenons acte de la volonté de notre "
        f"actionnaire{C}, a sobrement réagi la direction dans un communiqué.\n\n"
        f"Par un décret paru mardi, {IML}, ancienne présidente du directoire de RTE, a été nommée {PCA} d'{HY}. Elle "
        f"succède à {JMT}, président depuis 2031. Elle a accepté de répondre à nos questions.\n"
        f"{T}L'ouverture du capital vous inquiète-t-elle ?\n"
        f"{T}Non. L'entreprise doit investir 30 milliards d'euros d'ici 2050, et l'État ne peut pas tout financer seul.\n"
        f"{T}Le prix payé pour {DH} a été critiqué.\n"
        f"{T}Il était juste. Cette acquisition nous ouvre la péninsule Ibérique.\n"
        f"{T}Les syndicats redoutent un démantèlement.\n"
        f"{T}Je comprends leur inquiétude, mais personne ne touchera au statut des agents. Je les recevrai dès lundi.")
    a = B.article("R4-cession-participation-etat-hydroelectricite", "2041-02-27", text)
    for s, l, c in [(HY, ORG, None), (AMy, PER, None), ("Bercy", ORG, None), (AD, PER, None), ("Isère", LOC, None),
                    (CV, PER, None), ("LFI", ORG, None), (KB, PER, None), ("CGT", ORG, None), (DH, ORG, None), ("péninsule Ibérique", LOC, None), (IML, PER, None),
                    ("RTE", ORG, None), (JMT, PER, None)]:
        E(a, s, l, c)
    a["notes"].append("A French national daily's politics and economy web article: a headline with the company's name and "
                      "a colon, a standfirst line, a byline line with one journalist, a publication line with *new*: an "
                      "update given by its clock time alone ('Publié le 27 février 2041 à 11h42, mis à jour à 14h05': two "
                      "TIMEs, the second on the same day), no dateline; the article ends with an interview in turns "
                      "opened by em dashes (U+2014, '— '). The reference date is the publication day (Wednesday 27 "
                      "February 2041): the minister spoke that day ('a-t-il déclaré mercredi'), the decree appeared on "
                      "Tuesday, the results on the Thursday before ('jeudi dernier'). Straight apostrophes; ordinary spaces "
                      "before '%', before the colons and '?', and inside the guillemets.")
    a["notes"].append("Entities: the coined hydropower company 'Hydrélis' (headline, 'd'Hydrélis' twice after the elided "
                      "'d'', 'Hydrélis a aussi mis la main') ORG; 'Bercy' (the ministry as a source of information, as in "
                      "the first set) ORG; the party 'LFI', the coined Portuguese 'Douro Hídrica' and the grid operator "
                      "'RTE' and the union 'CGT' ORG; 'Isère' and 'péninsule Ibérique' (inside an answer) LOC; the journalist, the minister, the two MPs, the new chair and her predecessor "
                      "PER (all invented). Not names: 'L'État' / 'l'État' (five times, as in the earlier sets), 'Le "
                      "gouvernement', 'La gauche', 'Économie' inside the minister's title, 'les Français' (a demonym), "
                      "'les députés', 'l'élue', 'Le groupe', 'la direction', 'L'entreprise', 'Les syndicats'; "
                      "'écologiste', 'portugais' are adjectives.")
    a["notes"].append("Quotes (10 required: 6 direct, 4 indirect; 3 optional): the stake sale told by unnamed sources "
                      "('<sentence>, selon plusieurs sources proches du dossier'); the minister ('X estime que <clause>', "
                      "then '« ... », a-t-il déclaré mercredi': two sentences); the Green MP ('Pour la députée écologiste "
                      "de l'Isère X, <clause>', then '« ... », a dénoncé l'élue'); the LFI MP ('Selon le député LFI X, "
                      "<clause>'); the management ('a sobrement réagi la direction dans un communiqué': canonical "
                      "Hydrélis); the interview, following the dialogue-dash convention of the thirty-fifth set: each "
                      "answer one required direct quote from the first word after the dash to the end of the line, cue "
                      "null, speaker the new chair named in the paragraph introducing the interview, female; the questions "
                      "optional direct quotes, speaker the journalist of the byline. Not quotes: the headline and the "
                      "standfirst ('La gauche crie au bradage': no words reported), 'Bercy n'a pas confirmé le "
                      "calendrier', 'Le groupe a pourtant publié ... :' (the journalist's colon), 'Elle a accepté de "
                      "répondre', 'qui prépare une proposition de loi', 'La CGT a appelé à une journée de grève' (a call "
                      "with a noun-phrase object).")
    a["notes"].append("Events (12 required): the State's planned sale ('envisage de céder environ 10 % du capital ..., soit "
                      "près de 2,3 milliards d'euros': planned, target Hydrélis, no seller: the State is no name, as in the "
                      "thirty-third set; date optional: 'd'ici à l'automne' is the deadline); the earlier sale referred "
                      "to ('Lors de la précédente ouverture du capital, en 2036, l'État avait déjà cédé 16 % de "
                      "l'entreprise pour 3,1 milliards d'euros': done, no seller); results 2040 (net profit with its rise; "
                      "revenue 'stable', no change, and EBITDA, periods optional); the figurative done purchase ('a mis "
                      "la main en octobre sur le portugais X, pour 780 millions d'euros'); roles (the minister without "
                      "organization, the two MPs as 'député' with the party optional for the LFI one, the new chair's "
                      "former post at RTE, her appointment by decree with the company named, her predecessor 'président "
                      "depuis 2031'). 'Cette acquisition' inside an answer refers back to the Douro Hídrica purchase (no "
                      "second event). Not events: the State's 84 % holding, the 30 billion investment plan (inside an "
                      "answer: a plan), the deficit, the decree itself.")
    M(a, "2,3 milliards d'euros", 2.3e9, "EUR")
    M(a, "3,1 milliards d'euros", 3.1e9, "EUR")
    M(a, "1,86 milliard d'euros", 1.86e9, "EUR")
    M(a, "9,4 milliards d'euros", 9.4e9, "EUR")
    M(a, "4,2 milliards d'euros", 4.2e9, "EUR")
    M(a, "780 millions d'euros", 780e6, "EUR")
    M(a, "30 milliards d'euros", 30e9, "EUR")
    P(a, "84 %", 84)
    P(a, "10 %", 10)
    P(a, "16 %", 16)
    P(a, "3 %", 3)
    P(a, "11 %", 11)
    D(a, "27 février 2041 à 11h42", "2041-02-27T11:42", typ="TIME", note="the publication line")
    D(a, "14h05", "2041-02-27T14:05", typ="TIME", note="*new*: 'mis à jour à 14h05': an update on the same day, clock time alone")
    D(a, "l'[automne]", "2041-FA", note="future: 'd'ici à l'automne'")
    D(a, "mercredi", "2041-02-27", note="'a-t-il déclaré mercredi': the publication day")
    D(a, "2036", "2036", note="'Lors de la précédente ouverture du capital, en 2036'")
    D(a, "cette année", "2041", note="'le déficit attendu cette année', inside a reported clause")
    D(a, "12 mars", "2041-03-12", note="future: 'a appelé à une journée de grève le 12 mars'")
    D(a, "jeudi dernier", "2041-02-21", note="'a publié jeudi dernier': the Thursday before")
    D(a, "2040", "2040")
    D(a, "octobre", "2040-10", note="past: 'a aussi mis la main en octobre'")
    D(a, "mardi", "2041-02-26", note="past: 'Par un décret paru mardi'")
    D(a, "2031", "2031", note="'président depuis 2031'")
    D(a, "2050", "2050", note="'d'ici 2050', inside an answer")
    D(a, "lundi", "2041-03-04", note="future: 'Je les recevrai dès lundi', inside an answer")
    QS = (AMy, AMy, PER)
    spk = (f", [{IML}], ancienne", IML, PER)
    Q(a, f"[L'État, qui détient 84 % d'{HY}, envisage de céder environ 10 % du capital de l'exploitant des barrages hydroélectriques d'ici à l'automne, soit près de 2,3 milliards d'euros au cours actuel], selon",
      "indirect", "[selon] plusieurs", ("selon [plusieurs sources proches du dossier]", None, None),
      note="a sentence before an inverted 'selon' with unnamed sources: noun phrase, canonical null, as in the "
           "thirty-seventh set")
    Q(a, "estime que [l'opération permettra de financer la relance du nucléaire sans alourdir la dette].", "indirect",
      "estime", (AD, AD, PER), gender="male", note="'Le ministre de l'Économie, X, estime que <clause>'")
    Q(a, f"{O}[L'État restera très largement majoritaire. Il n'est pas question de privatiser l'eau des Français]{C}",
      "direct", "a-t-il déclaré", ("a-t-[il] déclaré", AD, PER), gender="male",
      note="two sentences; a pronoun in an inverted cue: the minister")
    Q(a, f"Pour la députée écologiste de l'Isère {CV}, [cette vente est un contresens au moment où l'hydroélectricité devient stratégique].",
      "indirect", "[Pour] la députée", (CV, CV, PER), gender="female",
      note="'Pour <title> X, <clause>': the name after the title, no comma between")
    Q(a, f"{O}[On brade un bien commun pour boucher un trou budgétaire]{C}", "direct", "a dénoncé",
      ("a dénoncé l'[élue],", CV, PER), gender="female", note="'l'élue' stands for the Green MP of the sentence before")
    Q(a, f"Selon le député LFI {KB}, [la recette ne couvrirait même pas 3 % du déficit attendu cette année].", "indirect",
      "[Selon] le député", (KB, KB, PER), gender="male", note="'Selon <title> X, <clause>'")
    Q(a, f"{O}[Nous prenons acte de la volonté de notre actionnaire]{C}", "direct", "a sobrement réagi",
      ("la [direction] dans un communiqué", HY, ORG),
      note="'a sobrement réagi la direction dans un communiqué': the company's management, canonical the company")
    Q(a, f"{T}[L'ouverture du capital vous inquiète-t-elle ?]", "direct", None, QS, optional=True, gender="male",
      note="the paper's question; the journalist of the byline asks")
    Q(a, f"{T}[Non. L'entreprise doit investir 30 milliards d'euros d'ici 2050, et l'État ne peut pas tout financer seul.]",
      "direct", None, spk, gender="female",
      note="an answer after a dialogue dash; the speaker named in the paragraph introducing the interview")
    Q(a, f"{T}[Le prix payé pour {DH} a été critiqué.]", "direct", None, QS, optional=True, gender="male",
      note="the paper's question (a statement); the journalist of the byline")
    Q(a, f"{T}[Il était juste. Cette acquisition nous ouvre la péninsule Ibérique.]", "direct", None, spk,
      gender="female", note="an answer after a dialogue dash; 'Cette acquisition' refers back to the Douro Hídrica deal")
    Q(a, f"{T}[Les syndicats redoutent un démantèlement.]", "direct", None, QS, optional=True, gender="male",
      note="the paper's question (a statement); the journalist of the byline")
    Q(a, f"{T}[Je comprends leur inquiétude, mais personne ne touchera au statut des agents. Je les recevrai dès lundi.]",
      "direct", None, spk, gender="female", note="an answer after a dialogue dash, the last turn")
    V(a, "acquisition", "céder", {"target": f"84 % d'[{HY}], envisage", "stake": "10 %",
                                  "amount": "2,3 milliards d'euros", "status": "planned",
                                  "date": ("opt", "l'[automne]")},
      note="'L'État ... envisage de céder environ 10 % du capital ... soit près de 2,3 milliards d'euros': planned; no "
           "seller (the State is no name); the headline's 'prépare la vente' the same fact")
    V(a, "role", MEco, {"person": AD, "title": MEco}, note="no organization")
    V(a, "acquisition", "cédé", {"target": f"84 % d'[{HY}], envisage", "stake": "16 %",
                                 "amount": "3,1 milliards d'euros", "date": "2036", "status": "done"},
      note="'Lors de la précédente ouverture du capital, en 2036, l'État avait déjà cédé 16 % de l'entreprise pour 3,1 "
           "milliards d'euros': done, no seller (the State), 'l'entreprise' is Hydrélis")
    V(a, "role", "députée", {"person": CV, "title": "députée"},
      note="'la députée écologiste de l'Isère X': title 'députée', no organization")
    V(a, "role", "député", {"person": KB, "title": "député", "organization": ("opt", "LFI")},
      note="'le député LFI X': the party optional, as in the thirty-third set")
    V(a, "result", "bénéfice net", {"company": f"84 % d'[{HY}], envisage", "metric": "net_income",
                                    "amount": "1,86 milliard d'euros", "change": "11 %", "period": "2040"},
      note="'Le groupe a pourtant publié ... : son bénéfice net a progressé de 11 % en 2040, à ...'")
    V(a, "result", "chiffre d'affaires", {"company": f"84 % d'[{HY}], envisage", "metric": "revenue",
                                          "amount": "9,4 milliards d'euros", "period": ("opt", "2040")},
      note="'pour un chiffre d'affaires stable de 9,4 milliards d'euros': no change given")
    V(a, "result", "excédent brut d'exploitation", {"company": f"84 % d'[{HY}], envisage", "metric": "ebitda",
                                                     "amount": "4,2 milliards d'euros", "period": ("opt", "2040")},
      note="the same sentence, the year written once")
    V(a, "acquisition", "mis la main", {"target": DH, "buyer": f"[{HY}] a aussi", "amount": "780 millions d'euros",
                                        "date": "octobre", "status": "done"},
      note="'Hydrélis a aussi mis la main en octobre sur le portugais X, pour 780 millions d'euros': figurative, done")
    V(a, "role", "présidente du directoire", {"person": IML, "title": "présidente du directoire", "organization": "RTE"},
      note="'ancienne présidente du directoire de RTE': a former post, title without 'ancienne'")
    V(a, "role", PCA, {"person": IML, "title": PCA, "organization": f"{PCA} d'[{HY}]"},
      note="'a été nommée présidente du conseil d'administration d'Hydrélis' by decree")
    V(a, "role", f"{JMT}, [président]", {"person": JMT, "title": "président", "organization": ("opt", f"{PCA} d'[{HY}]")},
      note="'Elle succède à X, président depuis 2031': the outgoing chair")
