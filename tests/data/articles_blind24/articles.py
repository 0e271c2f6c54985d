"""The three articles of the twenty-fourth blind set and their hand annotations (see ../articles_blind/build.py, which builds this set with `python3 tests/data/articles_blind/build.py tests/data/articles_blind24`)."""
# flake8: noqa: E501

NB = "\u00a0"    # no-break space (before % and inside the guillemets in K2)
NN = "\u202f"    # narrow no-break space (before % and inside the guillemets in L2)
AP = "\u2019"    # typographic apostrophe (every apostrophe of M2)


def define(B):
    define_k2(B)
    define_l2(B)
    define_m2(B)


def define_k2(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NB, NB + "»"     # guillemets with no-break spaces inside in this article
    HM, AVd, BVl, MOD = "Hélène Marchetti", "Antoine Verdier", "Bernard Vallat", "Marc-Olivier Dutheil"
    PL, SA, CF, GC = "Patrick Lemoine", "Sophie Andrieux", "Claire Fontanel", "Gauche citoyenne"
    MT = "ministre du Travail"
    PPG = "porte-parole du gouvernement"
    # ------------------------------------------------------------ K2: a government reshuffle and the pension reform debate (French national daily, web)
    a = B.article("K2-remaniement-reforme-retraites", "2036-06-04", (
        f"Remaniement : {HM} au Travail pour porter la réforme des retraites\n"
        "Par Julien Castel\n"
        "Publié le 4 juin 2036 à 06h30, modifié à 08h12\n\n"
        f"Le Premier ministre, {AVd}, a annoncé mardi que le projet de loi sur les retraites serait présenté le 1er juillet, "
        "pour une adoption définitive d'ici à la fin de l'année. Dans la foulée, l'Élysée a publié la liste d'un gouvernement "
        f"légèrement remanié : {HM}, jusqu'ici députée de la Gironde, est nommée {MT}. Elle succède à "
        f"{BVl}, {MT} depuis 2034. Le ministre sortant a reconnu qu'il n'avait "
        f"{O}pas su convaincre{C} les syndicats. D'après l'entourage du ministre, il avait lui-même demandé à partir.\n\n"
        f"{O}C'est un remaniement de façade, pour une réforme dont personne ne veut{C}, a fustigé {MOD}, président du "
        f"groupe {GC} à l'Assemblée. Son groupe déposera une motion de censure en cas de recours au 49.3, a-t-il prévenu.\n\n"
        f"Selon le secrétaire général de la CFDT, {PL}, aucun syndicat ne signera un texte qui repousse l'âge de départ "
        f"à 65 ans. {O}Sans la pénibilité, nous ne discuterons pas{C}, prévient {SA}, présidente de la CFE-CGC. "
        f"Selon un sondage Ifop publié dimanche, 58{NB}% des Français restent opposés à la réforme, contre 52{NB}% en janvier.\n\n"
        f"Lors de la passation de pouvoirs, {HM} a défendu sa méthode. "
        f"{O}Je recevrai chaque syndicat dès cette semaine. Personne ne découvrira le texte dans la presse.\n\n"
        f"{O}Mais l'objectif ne bougera pas : un système à l'équilibre en 2040{C}, a-t-elle insisté.\n\n"
        f"Sur France Inter, la {PPG}, {CF}, a précisé que la réforme devait dégager "
        "14 milliards d'euros d'économies par an. "
        f"{O}Nous prendrons le temps qu'il faut, mais nous irons au bout{C}, a conclu le chef du gouvernement sur TF1."))
    for s, l, c, o in [(HM, PER, None, False), ("Julien Castel", PER, None, False), (AVd, PER, None, False),
                       ("Élysée", ORG, None, False), ("Gironde", LOC, None, False), (BVl, PER, None, False),
                       (MOD, PER, None, False), (GC, ORG, None, False), ("Assemblée", ORG, None, False),
                       ("CFE-CGC", ORG, None, False), ("CFDT", ORG, None, False), (PL, PER, None, False),
                       (SA, PER, None, False), ("Ifop", ORG, None, False), ("Français", MISC, None, True),
                       ("France Inter", ORG, None, False), (CF, PER, None, False), ("TF1", ORG, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a French national daily copied as plain text: a headline opened by a section word "
                      "and a colon ('Remaniement : ...', no name), a byline ('Par Julien Castel') and *new*: a "
                      "publication line with its update time, the date written once ('Publié le 4 juin 2036 à 06h30, "
                      "modifié à 08h12'), no dateline. The reference date is that day (Wednesday 4 June 2036), the day "
                      "after the Prime Minister's announcement ('a annoncé mardi'). Straight apostrophes; no-break "
                      "spaces (U+00A0) before '%' and inside the guillemets, also after the reopening guillemet of the "
                      "quote's second paragraph.")
    a["notes"].append("Entities: the new minister (headline, lead, 'Lors de la passation de pouvoirs, X'), the Prime "
                      "Minister, the outgoing minister, the opposition group's president, the two union leaders, the "
                      "government's spokeswoman and the byline's journalist are PER (all invented); 'Élysée' (after the "
                      "elided 'l'': the presidency by its seat, as 'Bercy' in the twenty-second set) is ORG; *new*: the "
                      "invented parliamentary group 'Gauche citoyenne' (after 'du groupe', the word 'groupe' outside) "
                      "is ORG; 'Assemblée' alone ('à l'Assemblée', the National Assembly, canonical as written: the "
                      "text never spells it out) is ORG; the unions 'CFDT' and 'CFE-CGC' (one token with its hyphen), "
                      "the pollster 'Ifop' (after 'un sondage'), the public radio 'France Inter' (the medium, after "
                      "'Sur') and the television channel 'TF1' (the medium, after 'sur') are ORG; 'Gironde' (the département of a deputy's seat) is LOC. Optional: 'Français' ('58 % "
                      "des Français', a people's name used as a noun: MISC in some schemes, no name in others). Not "
                      "names: 'Remaniement', 'Travail' in the headline ('au Travail': the ministry by its domain, no "
                      "proper name), 'Premier ministre', 'le gouvernement', 'Le ministre sortant', 'l'entourage du "
                      "ministre', 'Son groupe', 'motion de censure', '49.3' (a constitutional article by its number), "
                      "'les syndicats', 'la presse', 'passation de pouvoirs'.")
    a["notes"].append("Quotes: the Prime Minister 'Le Premier ministre, X, a annoncé mardi que <clause>' (the name in "
                      "apposition to the subject, the date between cue and 'que'); *new*: words quoted partly between "
                      "marks inside an indirect clause ('Le ministre sortant a reconnu qu'il n'avait « pas su convaincre "
                      "» les syndicats'): one direct quote for the marked words, as the contract says, no indirect quote "
                      "besides, speaker the noun phrase 'ministre sortant' (canonical Bernard Vallat, named in the "
                      "sentence before); *new*: 'D'après l'entourage du ministre, <clause>' (a noun-phrase speaker that "
                      "names no one: text 'entourage du ministre', canonical null, label null); the opposition leader "
                      "'« ... », a fustigé X, président du groupe ... à l'Assemblée' then '<clause>, a-t-il prévenu' "
                      "(inverted indirect, the pronoun for him); 'Selon le secrétaire général de la CFDT, X, <clause>' "
                      "(the name after the title, as 'Selon la maire de Tours, X' in the twenty-second set); '« ... », "
                      "prévient X, présidente de la CFE-CGC'; *new*: a poll as a document, 'Selon un sondage Ifop publié "
                      "dimanche, <clause>' (speaker the issuer the text names, 'Ifop', as the contract says of 'selon un "
                      "communiqué'); *new*: a quote running over two paragraphs, French style (no closing mark at the end "
                      "of the first paragraph, a guillemet reopening the second, '», a-t-elle insisté' after the last "
                      "words): one direct quote from the first word after the opening mark to the last word before the "
                      "closing one, the paragraph break and the reopening mark inside the span, speaker 'elle' (the new "
                      "minister named in the sentence before the quote); the spokeswoman 'Sur France Inter, la "
                      "porte-parole du gouvernement, X, a précisé que <clause>' (the medium fronted); the Prime Minister "
                      "again through a noun phrase, '« ... », a conclu le chef du gouvernement sur TF1' (speaker "
                      "'chef du gouvernement', canonical Antoine Verdier; the medium after the speaker). Not quotes: "
                      "'l'Élysée a publié la liste d'un gouvernement ... : X ... est nommée ...' (a publication, no "
                      "speech verb), 'Elle succède à ...', 'X a défendu sa méthode' (no words reported: the quote that "
                      "follows has its own cue), the headline.")
    a["notes"].append("Events: roles only (no deal, no figure of a company: the 14 billion euros of savings are a "
                      "government's forecast, no result, as the contract says). 'Le Premier ministre, X' (title "
                      "'Premier ministre', no organization, as ministers); *new*: 'X, jusqu'ici députée de la Gironde, "
                      "est nommée ministre du Travail' gives two roles: the seat she leaves, title 'députée' (the "
                      "département is a place, no organization, as 'maire de Rodez' gave 'maire' in the twenty-third "
                      "set) and the new post, title 'ministre du Travail' as written (no organization); 'X, ministre du "
                      "Travail depuis 2034' (the outgoing minister: the same title, another person, so another event; "
                      "'Le ministre sortant' restates it; 'le chef du gouvernement' restates the Prime Minister's post); *new*: 'X, président du groupe Gauche citoyenne à "
                      "l'Assemblée' (title 'président', organization the group by its name, as 'président de "
                      "l'association X' in the twenty-second set); 'le secrétaire général de la CFDT, X' and 'X, "
                      "présidente de la CFE-CGC' (organization required); 'la porte-parole du gouvernement, X' (title as "
                      "written, no organization: 'gouvernement' is no name). Not events: the bill's timetable, the "
                      "motion of censure, the poll, the savings.")
    a["notes"].append("Money: '14 milliards d'euros' (a forecast of savings; 'd'économies par an' outside the span). "
                      "Percentages: '58 %' and '52 %' (poll shares). '49.3' is no number to annotate.")
    a["notes"].append("Dates: the publication line '4 juin 2036 à 06h30' is one TIME; *new*: the update time alone "
                      "('modifié à 08h12', span '08h12') is a TIME on the same day, 2036-06-04T08:12; 'mardi' (past: "
                      "'a annoncé') the day before the Wednesday publication; 'le 1er juillet' (future, inside the "
                      "reported clause) 2036-07-01; 'd'ici à la fin de l'année' 2036 with mod END (span 'fin de "
                      "l'année'); 'depuis 2034' the year; 'dimanche' (past: 'publié') 2036-06-01; 'en janvier' (past) "
                      "2036-01; *new*: 'dès cette semaine' (inside the marked words) the publication week, ISO "
                      "2036-W23 (span 'cette semaine', demonstrative kept); 'en 2040' the year (inside the marked "
                      "words). Optional: the age '65 ans' ('l'âge de départ à 65 ans', as ages in the earlier sets); "
                      "*new*: 'par an' (a SET, P1Y, after an amount of savings).")
    M(a, "14 milliards d'euros", 14e9, "EUR")
    P(a, f"58{NB}%", 58)
    P(a, f"52{NB}%", 52)
    D(a, "4 juin 2036 à 06h30", "2036-06-04T06:30", typ="TIME", note="the publication line")
    D(a, "08h12", "2036-06-04T08:12", typ="TIME", note="*new*: 'modifié à 08h12': the update time, the day of the publication line")
    D(a, "mardi", "2036-06-03", note="past: 'a annoncé mardi', the day before the Wednesday publication")
    D(a, "1er juillet", "2036-07-01", note="future: 'serait présenté le 1er juillet', inside the reported clause")
    D(a, "fin de l'année", "2036", mod="END", note="'pour une adoption définitive d'ici à la fin de l'année'")
    D(a, "2034", "2034", note="'ministre du Travail depuis 2034'")
    D(a, "65 ans", "P65Y", typ="DURATION", opt=True, note="an age ('l'âge de départ à 65 ans')")
    D(a, "dimanche", "2036-06-01", note="past: 'un sondage Ifop publié dimanche', the Sunday before the publication")
    D(a, "janvier", "2036-01", note="past: 'contre 52 % en janvier'")
    D(a, "cette semaine", "2036-W23", note="'dès cette semaine', inside the marked words: the publication week")
    D(a, "2040", "2040", note="'un système à l'équilibre en 2040', inside the marked words")
    D(a, "par an", "P1Y", typ="SET", opt=True, note="*new*: 'd'économies par an': a frequency after an amount")
    Q(a, "annoncé mardi que [le projet de loi sur les retraites serait présenté le 1er juillet, pour une adoption définitive d'ici à la fin de l'année].",
      "indirect", "a annoncé", (AVd, AVd, PER), gender="male",
      note="'Le Premier ministre, X, a annoncé mardi que <clause>': the name in apposition to the subject; 'Le "
           "Premier ministre' shows the gender")
    Q(a, f"n'avait {O}[pas su convaincre]{C} les", "direct", "a reconnu", ("Le [ministre sortant] a reconnu", BVl, PER),
      gender="male",
      note="*new*: words quoted partly between marks inside an indirect clause: one direct quote for the marked "
           "words, as the contract says; speaker the noun phrase, canonical the outgoing minister named in the "
           "sentence before")
    Q(a, "D'après l'entourage du ministre, [il avait lui-même demandé à partir].", "indirect", "[D'après] l'entourage",
      ("l'[entourage du ministre],", None, None),
      note="*new*: a noun-phrase speaker that names no one: canonical null (the entourage is not the minister)")
    Q(a, f"{O}[C'est un remaniement de façade, pour une réforme dont personne ne veut]{C}", "direct", "a fustigé",
      (MOD, MOD, PER), gender="male",
      note="inverted cue, the name with 'président du groupe ... à l'Assemblée' in apposition")
    Q(a, "[Son groupe déposera une motion de censure en cas de recours au 49.3], a-t-il prévenu", "indirect",
      "a-t-il prévenu", ("a-t-[il] prévenu", MOD, PER), gender="male",
      note="inverted indirect: the clause before the comma; 'il' is the opposition leader of the sentence before")
    Q(a, f"Selon le secrétaire général de la CFDT, {PL}, [aucun syndicat ne signera un texte qui repousse l'âge de départ à 65 ans].",
      "indirect", "[Selon] le secrétaire", (PL, PL, PER), gender="male",
      note="'Selon le secrétaire général de la CFDT, X, <clause>': the clause after the name; 'le secrétaire "
           "général' shows the gender")
    Q(a, f"{O}[Sans la pénibilité, nous ne discuterons pas]{C}", "direct", "prévient", (SA, SA, PER), gender="female",
      note="inverted present-tense cue; 'présidente' shows the gender")
    Q(a, f"Selon un sondage Ifop publié dimanche, [58{NB}% des Français restent opposés à la réforme, contre 52{NB}% en janvier].",
      "indirect", "[Selon] un sondage", ("Ifop", "Ifop", ORG),
      note="*new*: a poll is a document: the issuer the text names is the speaker, as 'selon un communiqué' in the "
           "contract")
    Q(a, f"{O}[Je recevrai chaque syndicat dès cette semaine. Personne ne découvrira le texte dans la presse.\n\n{O}Mais l'objectif ne bougera pas : un système à l'équilibre en 2040]{C}",
      "direct", "a-t-elle insisté", ("a-t-[elle] insisté", HM, PER), gender="female",
      note="*new*: one quote over two paragraphs (no closing mark after the first, a reopening guillemet before the "
           "second): the span runs from the first word to the last one, the paragraph break and the reopening mark "
           "inside; 'elle' is the new minister named just before the quote")
    Q(a, "a précisé que [la réforme devait dégager 14 milliards d'euros d'économies par an].", "indirect", "a précisé",
      (CF, CF, PER), gender="female",
      note="'Sur France Inter, la porte-parole du gouvernement, X, a précisé que <clause>': the medium fronted; 'la "
           "porte-parole' shows the gender")
    Q(a, f"{O}[Nous prendrons le temps qu'il faut, mais nous irons au bout]{C}", "direct", "a conclu",
      ("le [chef du gouvernement] sur", AVd, PER), gender="male",
      note="a noun-phrase speaker for the Prime Minister named in the lead ('le chef du gouvernement' restates his "
           "post: no second role event); 'sur TF1' the medium")
    V(a, "role", "Premier ministre", {"person": AVd, "title": "Premier ministre"},
      note="'Le Premier ministre, X': no organization, as ministers")
    V(a, "role", "députée", {"person": HM, "title": "députée"},
      note="*new*: 'X, jusqu'ici députée de la Gironde': the seat she leaves; title without the département (a "
           "place, as 'maire de Rodez' gave 'maire'), no organization")
    V(a, "role", MT, {"person": HM, "title": MT}, nth=0,
      note="'X ... est nommée ministre du Travail': title as written, no organization")
    V(a, "role", MT, {"person": BVl, "title": MT}, nth=1,
      note="'X, ministre du Travail depuis 2034': the outgoing minister ('Le ministre sortant' restates it)")
    V(a, "role", "président", {"person": MOD, "title": "président", "organization": GC},
      note="*new*: 'X, président du groupe Gauche citoyenne à l'Assemblée': the group by its name, as 'président "
           "de l'association X' in the twenty-second set")
    V(a, "role", "secrétaire général", {"person": PL, "title": "secrétaire général", "organization": "CFDT"},
      note="'le secrétaire général de la CFDT, X'")
    V(a, "role", "présidente", {"person": SA, "title": "présidente", "organization": "CFE-CGC"},
      note="'X, présidente de la CFE-CGC'")
    V(a, "role", PPG, {"person": CF, "title": PPG},
      note="'la porte-parole du gouvernement, X': title as written, no organization ('gouvernement' is no name)")


def define_l2(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "«" + NN, NN + "»"     # guillemets with narrow no-break spaces inside in this article
    SCA, TM, KB, LT, HLP = "SC Armorique", "Thierry Mangin", "Karim Belkhir", "Loïc Tanguy", "Harbor Lane Partners"
    LF, SR, EC, YK, ASV = "Lucas Ferreira", "Sporting Ribeira", "Ethan Caldwell", "Yoann Kerbrat", "AS Valrhône"
    # ------------------------------------------------------------ L2: a Ligue 1 club sacks its coach, promotes the assistant, the summer's record transfer (French sports daily, web)
    a = B.article("L2-entraineur-limoge-armorique", "2036-10-07", (
        f"{SCA} : Mangin limogé, Belkhir prend les commandes\n"
        "Par Maxime Guého\n"
        "Publié le 07 octobre 2036 à 19h48\n\n"
        f"{TM} n'est plus l'entraîneur du {SCA}. Son contrat a été rompu après la défaite à domicile contre "
        f"l'{ASV} (0-3) samedi, a indiqué le club dans un communiqué lundi. Seizième de Ligue 1 avec sept points après "
        "neuf journées, l'équipe bretonne reste sur cinq matchs sans victoire.\n\n"
        f"{O}Thierry a tout donné au club, mais il fallait un électrochoc{C}, a expliqué le président, {LT}, mardi en "
        "conférence de presse. Il a précisé que le successeur aurait les pleins pouvoirs sur le recrutement. Ce successeur "
        f"est {KB}, 41 ans, jusqu'ici entraîneur adjoint, nommé entraîneur principal jusqu'en juin 2038. "
        f"{O}C'est le club de ma vie{C}, a réagi le nouvel entraîneur sur le site du club.\n\n"
        f"Le choix a été validé par {HLP}. Le fonds américain, qui avait racheté 87{NN}% du club en 2033, a "
        f"déjà beaucoup dépensé cet été : le milieu brésilien {LF} a été acheté au {SR} pour 18 millions "
        f"d'euros, bonus compris. {O}Je viens pour gagner des titres{C}, avait déclaré le Brésilien à son arrivée en août. "
        f"{O}Karim incarne l'ADN du club{C}, a salué {EC}, directeur général de {HLP}.\n\n"
        f"{TM}, lui, digère mal son éviction. {O}J'ai été jugé sur neuf matchs. Je souhaite le meilleur à ce "
        f"groupe{C}, a-t-il confié à RMC. {YK} a été le premier joueur à réagir. Le capitaine : {O}On est tous "
        f"responsables. Samedi, à nous de montrer qu'on est derrière le coach.{C}\n\n"
        f"{KB} a répondu à nos questions.\n"
        "– Comment abordez-vous le déplacement à Lens, samedi à 21 heures ?\n"
        "– Avec humilité. Ce vestiaire n'a pas besoin d'un sauveur.\n"
        "– Votre objectif ?\n"
        "– Sortir de la zone rouge d'ici décembre."))
    for s, l, c, o in [(SCA, ORG, None, False), (TM, PER, None, False), (KB, PER, None, False),
                       ("Mangin", PER, TM, False), ("Belkhir", PER, KB, False), ("Maxime Guého", PER, None, False),
                       (ASV, ORG, None, False), ("Ligue 1", MISC, None, False), (f"{O}[Thierry] a", PER, TM, False),
                       (LT, PER, None, False), (HLP, ORG, None, False), (LF, PER, None, False), (SR, ORG, None, False),
                       ("Brésilien", MISC, None, True), (f"{O}[Karim] incarne", PER, KB, False), (EC, PER, None, False),
                       ("RMC", ORG, None, False), (YK, PER, None, False), ("Lens", LOC, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a French sports daily copied as plain text: a headline opened by the club's name "
                      "and a colon ('SC Armorique : ...', the club ORG), a byline ('Par Maxime Guého') and *new*: a "
                      "publication line whose day keeps a leading zero ('Publié le 07 octobre 2036 à 19h48'), no "
                      "dateline; *new*: the article ends with a short interview in dialogue dashes (en dash U+2013 and a "
                      "space opening each line, questions and answers alternating, no quotation marks). The reference "
                      "date is that day (Tuesday 7 October 2036), the day after the club's statement ('a indiqué le "
                      "club dans un communiqué lundi'). Straight apostrophes; narrow no-break spaces (U+202F) before '%' "
                      "and inside the guillemets.")
    a["notes"].append("Entities: the invented clubs 'SC Armorique' (headline, lead), 'AS Valrhône' (after the elided "
                      "'l''), the invented Portuguese club 'Sporting Ribeira' (after 'au') and the invented US fund "
                      "'Harbor Lane Partners' (twice) are ORG; the radio 'RMC' (the medium, after 'à') is ORG; the "
                      "league 'Ligue 1' is MISC (a competition, as in the twenty-second set); the sacked coach (full "
                      "name twice, surname alone in the headline: canonical Thierry Mangin), the new coach (full name "
                      "twice, surname alone in the headline), the president, the player bought, the fund's CEO, the "
                      "captain and the byline's journalist are PER; the given names alone inside marked words ('« "
                      "Thierry a tout donné »', '« Karim incarne »') are PER with the full names as canonical, as "
                      "'Moussa' in the twenty-second set; 'Lens' ('le déplacement à Lens', inside the journalist's "
                      "question: the town where the match is played) is LOC. Optional: 'Brésilien' ('le Brésilien', a "
                      "nationality used as a noun for the player, capitalised: MISC in some schemes). Not names: "
                      "'l'équipe bretonne', 'le club', 'le président', 'le nouvel entraîneur', 'le site du club', 'Le "
                      "fonds américain', 'le milieu brésilien', 'Le capitaine', 'le coach', 'ce vestiaire', 'la zone "
                      "rouge'; 'bretonne', 'américain', 'brésilien' are adjectives.")
    a["notes"].append("Quotes: the club's statement '<clause>, a indiqué le club dans un communiqué lundi' (inverted "
                      "indirect, speaker the noun 'club', canonical SC Armorique; the communiqué is the medium; the "
                      "sentence before, 'X n'est plus l'entraîneur du SC Armorique', is the article's own words); the "
                      "president '« ... », a expliqué le président, X, mardi en conférence de presse' then 'Il a précisé "
                      "que <clause>'; the new coach '« ... », a réagi le nouvel entraîneur sur le site du club' (a noun "
                      "phrase with its adjective, canonical Karim Belkhir named in the sentence before); *new*: the "
                      "player '« ... », avait déclaré le Brésilien à son arrivée en août' (a pluperfect cue; speaker a "
                      "nationality noun standing for the player named in the sentence before, canonical Lucas "
                      "Ferreira); the fund's CEO '« ... », a salué X, directeur général de Harbor Lane Partners'; the "
                      "sacked coach '« ... », a-t-il confié à RMC' ('il' is the coach who opens the sentence before, "
                      "'X, lui, digère mal son éviction'; the radio is the medium; two sentences one quote); *new*: a "
                      "bare noun phrase before a colon with no speech verb ('X a été le premier joueur à réagir. Le "
                      "capitaine : « ... »', as the contract's 'Le ministre : « ... »'): cue null, speaker the noun "
                      "'capitaine', canonical the player named in the sentence before, the final full stop inside the "
                      "marks kept. Optional: *new*: the new coach's two answers in the dialogue-dash interview (his "
                      "words, reported as an interview's answers but with no quotation marks: the contract defines "
                      "direct quotes by their marks; kind direct, cue null, speaker the name that introduces the "
                      "interview, 'X a répondu à nos questions'); the journalist's questions are the paper's own words, "
                      "no quotes. Not quotes: 'X n'est plus l'entraîneur du SC Armorique', 'Le choix a été validé par "
                      "...', 'X a répondu à nos questions' (no words of its own), the headline.")
    a["notes"].append("Events: *new*: the fund's takeover of the club recalled in a relative clause ('Le fonds "
                      "américain, qui avait racheté 87 % du club en 2033') is one done acquisition: target the club "
                      "(named in the first paragraph), buyer the fund (named in the sentence before), stake '87 %', "
                      "date '2033', no amount. The player's purchase ('le milieu brésilien X a été acheté au Sporting "
                      "Ribeira pour 18 millions d'euros, bonus compris') is no event: a transfer is none of the "
                      "contract's types (as a player's sale in the twenty-second set and an order won in the "
                      "twenty-third); its fee is money. Roles: *new*: 'X n'est plus l'entraîneur du SC Armorique' (the "
                      "post he has just lost: title 'entraîneur', organization required); 'le président, X' "
                      "(organization optional: the club of the article); 'X, 41 ans, jusqu'ici entraîneur adjoint, "
                      "nommé entraîneur principal' gives two roles (the post he leaves and the new one, organization "
                      "optional; 'le nouvel entraîneur' and the headline's 'prend les commandes' restate the new one); "
                      "'X, directeur général de Harbor Lane Partners' (organization required). Optional: 'le milieu "
                      "brésilien X' (a player's position, as 'son attaquant X' in the twenty-second set) and 'X a été "
                      "le premier joueur à réagir. Le capitaine : ...' (the captaincy, a team position told by the "
                      "speaker's noun in the next sentence). Not events: the sacking itself (no type of the contract; "
                      "the coach's role carries it), the ranking, the match, the contract 'jusqu'en juin 2038', the "
                      "recruitment powers.")
    a["notes"].append("Money: the transfer fee '18 millions d'euros' ('bonus compris' outside the span). Percentage: "
                      "'87 %' (the stake bought in 2033). Counts: 'sept points', 'neuf journées', 'cinq matchs', 'neuf "
                      "matchs'; '0-3' is a score, no number to annotate; 'Seizième' an ordinal.")
    a["notes"].append("Dates: *new*: the publication line '07 octobre 2036 à 19h48' (leading zero) is one TIME; "
                      "*new*: the same weekday past and future in one article: 'samedi' (past: the defeat, 'a été "
                      "rompu après la défaite ... samedi') 2036-10-04, 'Samedi' inside the captain's marks (future: 'à "
                      "nous de montrer') 2036-10-11 and 'samedi à 21 heures' (the next match, inside the journalist's "
                      "question) one TIME, 2036-10-11T21:00; 'lundi' (the communiqué, past) 2036-10-06; 'mardi' (the "
                      "press conference) the publication day 2036-10-07; 'jusqu'en juin 2038' 2038-06 (span 'juin "
                      "2038'); 'en 2033' the year; 'cet été' (past: 'a déjà beaucoup dépensé') 2036-SU (demonstrative "
                      "kept); 'en août' (past: 'avait déclaré ... à son arrivée') 2036-08; 'd'ici décembre' (future, "
                      "inside an optional answer) 2036-12 (span 'décembre'). Optional: the age '41 ans'.")
    M(a, "18 millions d'euros", 18e6, "EUR")
    P(a, f"87{NN}%", 87)
    D(a, "07 octobre 2036 à 19h48", "2036-10-07T19:48", typ="TIME", note="the publication line, day with a leading zero")
    D(a, "samedi", "2036-10-04", nth=0, note="past: the defeat 'samedi' before the Monday statement")
    D(a, "lundi", "2036-10-06", note="past: 'a indiqué le club dans un communiqué lundi'")
    D(a, "mardi", "2036-10-07", note="'a expliqué le président ... mardi en conférence de presse': the publication day")
    D(a, "41 ans", "P41Y", typ="DURATION", opt=True, note="an age")
    D(a, "juin 2038", "2038-06", note="'nommé entraîneur principal jusqu'en juin 2038'")
    D(a, "2033", "2033", note="'qui avait racheté 87 % du club en 2033'")
    D(a, "cet été", "2036-SU", note="past: 'a déjà beaucoup dépensé cet été'")
    D(a, "août", "2036-08", note="past: 'avait déclaré le Brésilien à son arrivée en août'")
    D(a, "Samedi", "2036-10-11", note="future: 'Samedi, à nous de montrer ...', inside the captain's marks")
    D(a, "samedi à 21 heures", "2036-10-11T21:00", typ="TIME", note="the next match, inside the journalist's question")
    D(a, "décembre", "2036-12", note="future: 'Sortir de la zone rouge d'ici décembre', inside an (optional) answer")
    Q(a, f"[Son contrat a été rompu après la défaite à domicile contre l'{ASV} (0-3) samedi], a indiqué", "indirect",
      "a indiqué", ("le [club] dans un communiqué", SCA, ORG),
      note="inverted reporting clause; 'le club' is the SC Armorique; 'dans un communiqué' is the medium")
    Q(a, f"{O}[Thierry a tout donné au club, mais il fallait un électrochoc]{C}", "direct", "a expliqué",
      (LT, LT, PER), gender="male", note="the name in apposition to 'le président', which shows the gender")
    Q(a, "précisé que [le successeur aurait les pleins pouvoirs sur le recrutement].", "indirect", "a précisé",
      ("[Il] a précisé", LT, PER), gender="male", note="'Il' is the president of the sentence before")
    Q(a, f"{O}[C'est le club de ma vie]{C}", "direct", "a réagi", ("le [nouvel entraîneur] sur", KB, PER), gender="male",
      note="a noun-phrase speaker with its adjective; canonical the coach named in the sentence before; 'le site du "
           "club' is the medium")
    Q(a, f"{O}[Je viens pour gagner des titres]{C}", "direct", "avait déclaré", ("le [Brésilien] à", LF, PER),
      gender="male",
      note="*new*: a pluperfect cue; the speaker a nationality noun standing for the player named in the sentence before")
    Q(a, f"{O}[Karim incarne l'ADN du club]{C}", "direct", "a salué", (EC, EC, PER), gender="male",
      note="the name with 'directeur général de Harbor Lane Partners' in apposition; the title and the given name show "
           "the gender")
    Q(a, f"{O}[J'ai été jugé sur neuf matchs. Je souhaite le meilleur à ce groupe]{C}", "direct", "a-t-il confié",
      ("a-t-[il] confié", TM, PER), gender="male",
      note="'il' is the sacked coach who opens the sentence before; 'à RMC' the medium; two sentences one quote")
    Q(a, f"Le capitaine : {O}[On est tous responsables. Samedi, à nous de montrer qu'on est derrière le coach.]{C}",
      "direct", None, ("Le [capitaine] :", YK, PER), gender="male",
      note="*new*: a bare noun phrase before a colon, no speech verb: cue null, speaker the noun, canonical the player "
           "named in the sentence before; the final full stop inside the marks kept")
    Q(a, "– [Avec humilité. Ce vestiaire n'a pas besoin d'un sauveur.]", "direct", None, (KB, KB, PER), optional=True,
      gender="male",
      note="*new*: an answer in a dialogue-dash interview: his words, but no quotation marks (the contract defines "
           "direct quotes by their marks): optional; speaker the name that introduces the interview")
    Q(a, "– [Sortir de la zone rouge d'ici décembre.]", "direct", None, (KB, KB, PER), optional=True, gender="male",
      note="*new*: the second answer of the dialogue-dash interview: optional, as the first")
    V(a, "acquisition", "racheté", {"target": SCA, "buyer": HLP, "stake": f"87{NN}%", "date": "2033", "status": "done"},
      note="*new*: a takeover recalled in a relative clause ('Le fonds américain, qui avait racheté 87 % du club en "
           "2033'): the fund named in the sentence before, the club in the first paragraph; no amount")
    V(a, "role", "entraîneur", {"person": TM, "title": "entraîneur", "organization": SCA}, nth=0,
      note="*new*: 'X n'est plus l'entraîneur du SC Armorique': the post he has just lost")
    V(a, "role", "président", {"person": LT, "title": "président", "organization": ("opt", SCA)},
      note="'le président, X': the club of the article")
    V(a, "role", "entraîneur adjoint", {"person": KB, "title": "entraîneur adjoint", "organization": ("opt", SCA)},
      note="'X, 41 ans, jusqu'ici entraîneur adjoint': the post he leaves")
    V(a, "role", "entraîneur principal", {"person": KB, "title": "entraîneur principal", "organization": ("opt", SCA)},
      note="'nommé entraîneur principal jusqu'en juin 2038': the new post ('le nouvel entraîneur' restates it)")
    V(a, "role", "milieu", {"person": LF, "title": "milieu", "organization": ("opt", SCA)}, optional=True,
      note="'le milieu brésilien X': a player's position, optional as 'son attaquant X' in the twenty-second set")
    V(a, "role", "directeur général", {"person": EC, "title": "directeur général", "organization": HLP},
      note="'X, directeur général de Harbor Lane Partners'")
    V(a, "role", "Le [capitaine] :", {"person": YK, "title": "capitaine", "organization": ("opt", SCA)}, optional=True,
      note="'X a été le premier joueur à réagir. Le capitaine : ...': a team position told by the next sentence's noun")


def define_m2(B):
    E, M, D, P, Q, V = B.E, B.M, B.D, B.P, B.Q, B.V
    PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
    O, C = "« ", " »"     # guillemets with ordinary spaces inside in this article
    MSI, OS, JCP, BIC, FLd = "Montferrand-sur-Isle", "Olivier Sarrazin", "Jean-Claude Peyrat", "Bâti-Isle Construction", "Fabrice Lalande"
    SBn, LC, ADl = "Sylvie Bonnefon", "Laurent Castagné", "Anne Delpech"
    TCP = "tribunal correctionnel de Périgueux"
    CRC = "Chambre régionale des comptes de Nouvelle-Aquitaine"
    DGS = "directrice générale des services"
    # ------------------------------------------------------------ M2: a former mayor tried for favouritism over a public works contract (French regional daily, web)
    a = B.article("M2-proces-favoritisme-ancien-maire", "2036-09-19", (
        f"{MSI} : deux ans avec sursis requis contre l{AP}ancien maire\n"
        "Par Cécile Lafargue\n"
        "Publié le 19/09/2036 à 05h00 | Mis à jour le 19/09/2036 à 09h14\n\n"
        f"Le procureur, {OS}, a requis jeudi deux ans de prison avec sursis, 30 000 euros d{AP}amende et cinq ans "
        f"d{AP}inéligibilité contre {JCP}, ancien maire de {MSI}, jugé pour favoritisme par le {TCP}. "
        f"En cause : un marché de 2,4 millions d{AP}euros pour la rénovation de la salle des fêtes, "
        f"attribué en 2031 à la société {BIC}, dont le PDG, {FLd}, était jugé pour recel de favoritisme.\n\n"
        f"Le magistrat a estimé que le cahier des charges avait été écrit sur mesure pour l{AP}entreprise, qui a obtenu 70 % des "
        f"marchés de la commune en trois ans. {O}Les règles de la commande publique ont été contournées en toute connaissance "
        f"de cause{C}, a-t-il martelé. L{AP}affaire avait éclaté en 2033 après un rapport de la {CRC}.\n\n"
        f"Citée comme témoin, l{AP}ancienne {DGS} de la mairie, {SBn}, a raconté qu{AP}elle "
        f"avait reçu la consigne d{AP}écarter une offre moins chère de 310 000 euros. {O}J{AP}ai alerté le maire par écrit, deux "
        f"fois{C}, a-t-elle affirmé à la barre.\n\n"
        f"{O}Je n{AP}ai jamais favorisé personne. J{AP}ai choisi l{AP}entreprise la plus sérieuse, c{AP}est tout{C}, s{AP}est "
        f"défendu l{AP}ancien maire, 68 ans. Interrogé par la présidente, il a admis avoir dîné plusieurs fois avec {FLd}. "
        f"Son avocat, Me {LC}, a plaidé la relaxe. {O}Ce dossier repose sur des rumeurs de comptoir{C}, a-t-il lancé. "
        f"{FLd} a assuré que son entreprise n{AP}avait bénéficié d{AP}aucune information privilégiée.\n\n"
        f"Selon l{AP}actuelle maire, {ADl}, la commune a dû payer 380 000 euros de travaux supplémentaires. La ville s{AP}est "
        "constituée partie civile. Le jugement a été mis en délibéré au 14 novembre."))
    for s, l, c, o in [(MSI, LOC, None, False), ("Cécile Lafargue", PER, None, False), (OS, PER, None, False),
                       (JCP, PER, None, False), (TCP, ORG, None, False), (BIC, ORG, None, False), (FLd, PER, None, False),
                       (CRC, ORG, None, False), (SBn, PER, None, False), (LC, PER, None, False), (ADl, PER, None, False)]:
        E(a, s, l, c, opt=o)
    a["notes"].append("Web article of a French regional daily copied as plain text: a headline opened by the town's "
                      "name and a colon ('Montferrand-sur-Isle : ...', the town LOC), a byline ('Par Cécile Lafargue') "
                      "and *new*: a publication line and an update line on one line, separated by a vertical bar, both "
                      "numeric with slashes, day first, clock time with 'h' ('Publié le 19/09/2036 à 05h00 | Mis à jour "
                      "le 19/09/2036 à 09h14'), no dateline. The reference date is that day (Friday 19 September "
                      "2036), the day after the hearing ('a requis jeudi'). Every apostrophe is the typographic one "
                      "(U+2019: 'l’ancien', 'd’euros', 'qu’elle', 'J’ai', 's’est', 'n’avait'); ordinary spaces before "
                      "'%', inside the guillemets and as thousands separators ('30 000 euros', '310 000 euros', '380 000 "
                      "euros').")
    a["notes"].append("Entities: the invented commune 'Montferrand-sur-Isle' (headline, 'ancien maire de X': one LOC, "
                      "hyphens inside, no separate 'Isle') is LOC; the court 'tribunal correctionnel de Périgueux' (lower "
                      "case as the press writes it: one ORG with its common nouns, no separate 'Périgueux', as "
                      "'tribunal correctionnel d'Angers' in the nineteenth set) and *new*: the audit court 'Chambre "
                      "régionale des comptes de Nouvelle-Aquitaine' (one ORG, no separate 'Nouvelle-Aquitaine', as "
                      "'Banque Cantonale de Genève' in the twenty-second set) are ORG; the invented builder 'Bâti-Isle "
                      "Construction' (after 'la société') is ORG; the prosecutor, the former mayor, the builder's CEO "
                      "(three times), the witness, *new*: the lawyer after the title 'Me' ('Me Laurent Castagné': span "
                      "the name, the title outside, as 'M.'), the current mayor and the byline's journalist are PER. "
                      "Not names: 'Le procureur', 'Le magistrat', 'la présidente' (the presiding judge, never named), "
                      "'la mairie', 'la commune', 'La ville', 'l’entreprise', 'la salle des fêtes', 'la commande "
                      "publique', 'partie civile', 'recel de favoritisme'.")
    a["notes"].append("Quotes: *new*: the prosecutor's noun-phrase speaker 'Le magistrat a estimé que <clause>' (canonical "
                      "Olivier Sarrazin, named as 'Le procureur, X' in the paragraph before; the span runs to the full "
                      "stop, the relative clause 'qui a obtenu ...' included) then '« ... », a-t-il martelé' ('il' is "
                      "the magistrate); the witness 'Citée comme témoin, l’ancienne directrice ..., X, a raconté "
                      "qu’<clause>' (span after the elided 'qu’') then '« ... », a-t-elle affirmé à la barre'; the "
                      "defendant '« ... », s’est défendu l’ancien maire, 68 ans' (*new*: a pronominal cue, 's’est "
                      "défendu'; speaker the noun phrase 'ancien maire' with its adjective, canonical Jean-Claude "
                      "Peyrat) then 'il a admis avoir dîné ...' (span from the infinitive 'avoir'; 'il' is the former "
                      "mayor, 'Interrogé par la présidente' fronted); the lawyer '« ... », a-t-il lancé' ('il' is the "
                      "lawyer of the sentence before); the CEO 'X a assuré que <clause>'; the current mayor 'Selon "
                      "l’actuelle maire, X, <clause>'. Optional: *new*: the requisitions 'a requis jeudi deux ans de "
                      "prison avec sursis, 30 000 euros d’amende et cinq ans d’inéligibilité contre X' and the "
                      "defence's plea 'a plaidé la relaxe' (speech acts with a noun-phrase object, no reported clause, "
                      "as 'a promis ... un budget' in the twenty-second set; spans the objects, without 'contre X'). Not "
                      "quotes: 'La ville s’est constituée partie civile', 'Le jugement a été mis en délibéré ...', "
                      "'L’affaire avait éclaté ... après un rapport de ...' (no words reported), the headline "
                      "('requis' with no speaker named).")
    a["notes"].append("Events: roles only. *New*: a prosecutor 'Le procureur, X' (title 'procureur', no organization: "
                      "the prosecution service is not named); 'X, ancien maire de Montferrand-sur-Isle' (title 'maire' "
                      "without 'ancien', no organization, as 'le maire de Rodez, X'); 'la société X, dont le PDG, Y' "
                      "(organization required); 'l’ancienne directrice générale des services de la mairie, X' (title "
                      "without 'ancienne', no organization: 'la mairie' is no name); *new*: 'Son avocat, Me X' (title "
                      "'avocat', no organization: 'Son' is the defendant, a person); 'l’actuelle maire, X' (title "
                      "'maire' without 'actuelle', no organization). Not events: *new*: the public works contract "
                      "awarded to the builder ('un marché de 2,4 millions d’euros ... attribué en 2031 à la société X') "
                      "is none of the contract's types (as an order won in the twenty-third set; its amount is money); "
                      "the builder's share of the town's contracts ('70 % des marchés'), the sentences requested, the "
                      "extra costs, the civil claim and the deliberation.")
    a["notes"].append("Money: the fine '30 000 euros' (*new*: requested by the prosecutor, 'd’amende' outside), the "
                      "contract '2,4 millions d’euros', the cheaper bid '310 000 euros', the extra works '380 000 "
                      "euros' ('de travaux supplémentaires' outside). Percentage: '70 %' (a share of the town's "
                      "contracts).")
    a["notes"].append("Dates: *new*: two TIMEs on the layout line, '19/09/2036 à 05h00' and '19/09/2036 à 09h14'; "
                      "'jeudi' (past: 'a requis') 2036-09-18; *new*: prison and ineligibility terms are durations: "
                      "the headline's and the lead's 'deux ans' (P2Y, two items) and 'cinq ans' (P5Y); 'en 2031' and "
                      "'en 2033' the years; 'en trois ans' a duration (P3Y, span 'trois ans'); 'au 14 novembre' (the "
                      "deliberation, future) 2036-11-14 (span '14 novembre'). Optional: the age '68 ans'. 'deux fois', "
                      "'plusieurs fois' are counts of occasions, no dates.")
    M(a, "30 000 euros", 30000, "EUR")
    M(a, f"2,4 millions d{AP}euros", 2.4e6, "EUR")
    M(a, "310 000 euros", 310000, "EUR")
    M(a, "380 000 euros", 380000, "EUR")
    P(a, "70 %", 70)
    D(a, "19/09/2036 à 05h00", "2036-09-19T05:00", typ="TIME", note="the publication line")
    D(a, "19/09/2036 à 09h14", "2036-09-19T09:14", typ="TIME", note="*new*: the update time on the same line, after '|'")
    D(a, "deux ans", "P2Y", typ="DURATION", nth=0, note="the headline: 'deux ans avec sursis requis'")
    D(a, "jeudi", "2036-09-18", note="past: 'a requis jeudi', the hearing the day before the Friday publication")
    D(a, "deux ans", "P2Y", typ="DURATION", nth=1, note="'deux ans de prison avec sursis'")
    D(a, "cinq ans", "P5Y", typ="DURATION", note="'cinq ans d’inéligibilité'")
    D(a, "2031", "2031", note="'attribué en 2031'")
    D(a, "trois ans", "P3Y", typ="DURATION", note="'70 % des marchés de la commune en trois ans', inside the reported clause")
    D(a, "2033", "2033", note="'L’affaire avait éclaté en 2033'")
    D(a, "68 ans", "P68Y", typ="DURATION", opt=True, note="an age")
    D(a, "14 novembre", "2036-11-14", note="future: 'mis en délibéré au 14 novembre'")
    Q(a, f"a requis jeudi [deux ans de prison avec sursis, 30 000 euros d{AP}amende et cinq ans d{AP}inéligibilité] contre",
      "indirect", "a requis", (OS, OS, PER), optional=True, gender="male",
      note="*new*: requisitions: a speech act with a noun-phrase object, no clause: optional; 'Le procureur' shows the gender")
    Q(a, f"estimé que [le cahier des charges avait été écrit sur mesure pour l{AP}entreprise, qui a obtenu 70 % des marchés de la commune en trois ans].",
      "indirect", "a estimé", ("Le [magistrat] a estimé", OS, PER), gender="male",
      note="*new*: a noun-phrase speaker ('Le magistrat') for the prosecutor named in the paragraph before")
    Q(a, f"{O}[Les règles de la commande publique ont été contournées en toute connaissance de cause]{C}", "direct",
      "a-t-il martelé", ("a-t-[il] martelé", OS, PER), gender="male", note="'il' is the magistrate of the sentence before")
    Q(a, f"raconté qu{AP}[elle avait reçu la consigne d{AP}écarter une offre moins chère de 310 000 euros].", "indirect",
      "a raconté", (SBn, SBn, PER), gender="female",
      note="'Citée comme témoin, l’ancienne directrice ..., X, a raconté qu’<clause>': span after the elided 'qu’'; "
           "'Citée' and 'directrice' show the gender")
    Q(a, f"{O}[J{AP}ai alerté le maire par écrit, deux fois]{C}", "direct", "a-t-elle affirmé",
      ("a-t-[elle] affirmé", SBn, PER), gender="female", note="'elle' is the witness of the sentence before")
    Q(a, f"{O}[Je n{AP}ai jamais favorisé personne. J{AP}ai choisi l{AP}entreprise la plus sérieuse, c{AP}est tout]{C}",
      "direct", f"s{AP}est défendu", (f"l{AP}[ancien maire], 68", JCP, PER), gender="male",
      note="*new*: a pronominal cue; speaker the noun phrase with its adjective, canonical the defendant named in the "
           "first paragraph; two sentences one quote")
    Q(a, f"admis [avoir dîné plusieurs fois avec {FLd}].", "indirect", "a admis", ("présidente, [il] a admis", JCP, PER),
      gender="male", note="'a admis avoir ...': the span starts at the infinitive; 'il' is the former mayor")
    Q(a, "plaidé [la relaxe].", "indirect", "a plaidé", (LC, LC, PER), optional=True, gender="male",
      note="*new*: a plea with a noun-phrase object: optional, as the requisitions")
    Q(a, f"{O}[Ce dossier repose sur des rumeurs de comptoir]{C}", "direct", "a-t-il lancé", ("a-t-[il] lancé", LC, PER),
      gender="male", note="'il' is the lawyer of the sentence before")
    Q(a, f"assuré que [son entreprise n{AP}avait bénéficié d{AP}aucune information privilégiée].", "indirect", "a assuré",
      (FLd, FLd, PER), gender="male", note="the CEO by name; 'le PDG' earlier and the given name show the gender")
    Q(a, f"Selon l{AP}actuelle maire, {ADl}, [la commune a dû payer 380 000 euros de travaux supplémentaires].",
      "indirect", f"[Selon] l{AP}actuelle", (ADl, ADl, PER), gender="female",
      note="'Selon l’actuelle maire, X, <clause>': the clause after the name; 'l’actuelle maire' shows the gender")
    V(a, "role", "procureur", {"person": OS, "title": "procureur"},
      note="*new*: 'Le procureur, X': no organization (the prosecution service is not named)")
    V(a, "role", f"ancien [maire] de", {"person": JCP, "title": "maire"},
      note="'X, ancien maire de Montferrand-sur-Isle': title without 'ancien', no organization (a town)")
    V(a, "role", "PDG", {"person": FLd, "title": "PDG", "organization": BIC},
      note="'la société X, dont le PDG, Y'")
    V(a, "role", DGS, {"person": SBn, "title": DGS},
      note="'l’ancienne directrice générale des services de la mairie, X': title without 'ancienne'; 'la mairie' is "
           "no name")
    V(a, "role", "avocat", {"person": LC, "title": "avocat"},
      note="*new*: 'Son avocat, Me X': 'Son' is the defendant, a person: no organization")
    V(a, "role", f"actuelle [maire]", {"person": ADl, "title": "maire"},
      note="'l’actuelle maire, X': title without 'actuelle', no organization")
