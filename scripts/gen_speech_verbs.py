#!/usr/bin/env python3
"""Writes data/quotes/speech_verbs.tsv: the inflected forms of French
reporting verbs that news text uses to attribute words, with their lemma
and a tag (f: finite, third person, present, imperfect, simple past,
future or conditional; p: past participle, after an auxiliary; g: present
participle). Regular first- and second-group verbs are conjugated here,
the irregular ones listed by hand. Run from the project root."""

FIRST = """abonder accuser acquiescer admettre? affirmer ajouter alerter analyser
annoncer arguer argumenter asséner assurer avancer avouer certifier clamer commenter concéder
cingler claironner confesser confier confirmer considérer constater critiquer déclarer décrypter demander dénoncer justifier
déplorer détailler enchaîner espérer estimer expliquer fulminer fustiger
exulter garantir? glisser grincer indiquer insister interpeller ironiser jubiler juger jurer
lâcher lancer marteler maugréer murmurer noter nuancer objecter observer penser
persister pester plaider plaisanter pointer préciser protester prôner
raconter railler râler rappeler rapporter rassurer réaffirmer regretter
relativiser relever remarquer répéter répliquer résumer rétorquer révéler
riposter savourer signaler souffler souhaiter souligner soupirer suggérer tacler
tancer témoigner tempérer tempêter tonner trancher tweeter""".replace("?", "").split()
FIRST = [v for v in FIRST if v.endswith("er")]
SECOND = "avertir réagir renchérir réjouir surenchérir garantir".split()
# Verbs with è before a silent final syllable, and those doubling l.
GRAVE = {"asséner", "considérer", "concéder", "espérer", "inquiéter", "marteler", "relever",
         "répéter", "révéler", "suggérer", "tempérer"}
DOUBLE_L = {"rappeler", "interpeller"}
# Reflexive verbs whose participle follows `s'est` (`s'est félicité`).
REFLEXIVE = """agacer alarmer amuser désoler emporter enthousiasmer esclaffer étonner exclamer féliciter impatienter
indigner inquiéter insurger interroger lamenter plaindre""".split()
# Verbs whose present participle is above all an adjective or an adverb
# (`abondant`, `désolant`, `grinçant`, `persistant`, `protestant`): no `g`
# form. `demander` is read as speech (`« ... ? », a demandé X`, `a demandé
# que`); a noun phrase after it (`demande la démission`) reports nothing.
# Verbs whose object is most often a noun phrase (`saluer`,
# `contester`, `évoquer`, `décrire`, `défendre`) are left out:
# `X, élu en 2022, défend son bilan` is no inverted cue; of `défendre`
# and `saluer` only the participle after its auxiliary is kept (`« ... »,
# a défendu le maire`, `« ... », a salué le club`).
NO_GERUND = {"abonder", "demander", "désoler", "grincer", "impatienter",
             "persister", "protester"}

IRREGULAR = {
    "admettre": ("admet admettent admettait admettaient admit admettra admettrait", "admis admise admises", "admettant"),
    "conclure": ("conclut concluent concluait concluaient conclura conclurait", "conclu conclue", "concluant"),
    "craindre": ("craint craignent craignait craignaient craindrait", "craint crainte", "craignant"),
    "croire": ("croit croient croyait croyaient", "cru", "croyant"),
    "démentir": ("dément démentent démentait démentaient démentit", "démenti démentie", "démentant"),
    "dire": ("dit disent disait disaient dira dirait", "dit dite dites dits", "disant"),
    "écrire": ("écrit écrivent écrivait écrivaient écrira", "écrit écrite écrits", "écrivant"),
    "faire savoir": ("fait savoir font savoir faisait savoir", "fait savoir", "faisant savoir"),
    "faire observer": ("fait observer font observer faisait observer", "fait observer", "faisant observer"),
    "faire remarquer": ("fait remarquer font remarquer faisait remarquer", "fait remarquer", "faisant remarquer"),
    "faire état": ("fait état font état faisait état faisaient état fera état", "fait état", "faisant état"),
    "faire valoir": ("fait valoir font valoir faisait valoir", "fait valoir", "faisant valoir"),
    "nier": ("nie nient niait niaient nia niera nierait", "nié niée niés niées", "niant"),
    "plaindre": ("plaint plaignent plaignait plaignaient", "plaint plainte plaints plaintes", "plaignant"),
    "poursuivre": ("poursuit poursuivent poursuivait poursuivaient poursuivit", "poursuivi poursuivie", "poursuivant"),
    "prédire": ("prédit prédisent prédisait prédisaient", "prédit prédite", "prédisant"),
    "prévenir": ("prévient préviennent prévenait prévenaient prévint préviendra", "prévenu prévenue prévenus prévenues", "prévenant"),
    "promettre": ("promet promettent promettait promettaient promit promettra", "promis promise", "promettant"),
    "reconnaître": ("reconnaît reconnait reconnaissent reconnaissait reconnaissaient reconnut reconnaîtra", "reconnu reconnue reconnus reconnues", "reconnaissant"),
    "répondre": ("répond répondent répondait répondaient répondit répondra", "répondu répondue", "répondant"),
    "reprendre": ("reprend reprennent reprenait reprenaient reprit", "repris reprise", "reprenant"),
    "sourire": ("sourit sourient souriait souriaient sourira sourirait", "souri", ""),
    "souvenir": ("souvient souviennent souvenait souvenaient souvint", "souvenu souvenue", "souvenant"),
    "rire": ("rit rient riait riaient", "", ""),
    "défendre": ("", "défendu défendue", ""),
    "saluer": ("", "salué saluée", ""),
    # `« ... », a requis le procureur`; `requiert dix ans` reports nothing.
    "requérir": ("", "requis", ""),
    "soutenir": ("soutient soutiennent soutenait soutenaient soutint", "soutenu soutenue soutenus soutenues", "soutenant"),
}

def first(v):
    stem = v[:-2]
    soft = stem + ("e" if stem.endswith("g") else "")
    soft = soft[:-1] + "ç" if stem.endswith("c") else soft
    strong = stem
    if v in GRAVE:
        i = stem.rfind("é") if "é" in stem[-4:] else stem.rfind("e")
        strong = stem[:i] + "è" + stem[i + 1:]
    if v in DOUBLE_L and not stem.endswith("ll"):
        strong = stem + "l"
    fin = [strong + "e", strong + "ent", soft + "ait", soft + "aient",
           soft + "a", strong + "era" if v in DOUBLE_L else stem + "era",
           (strong if v in DOUBLE_L else stem) + "erait"]
    part = [stem + "é", stem + "ée", stem + "és", stem + "ées"]
    return fin, part, [soft + "ant"]

def second(v):
    stem = v[:-2]
    return ([stem + "it", stem + "issent", stem + "issait", stem + "issaient",
             stem + "ira", stem + "irait"],
            [stem + "i", stem + "ie", stem + "is", stem + "ies"],
            [stem + "issant"])

rows = {}
def add(forms, lemma, tag):
    for f in forms:
        old = rows.get(f)
        if old and old[0] == lemma:
            if tag not in old[1]:
                rows[f] = (lemma, "".join(sorted(old[1] + tag)))
        elif not old:
            rows[f] = (lemma, tag)

for v in FIRST + REFLEXIVE:
    if v in IRREGULAR:
        continue
    fin, part, ger = first(v)
    add(fin, v, "f"); add(part, v, "p")
    if v not in NO_GERUND:
        add(ger, v, "g")
for v in SECOND:
    fin, part, ger = second(v)
    add(fin, v, "f"); add(part, v, "p"); add(ger, v, "g")
for v, (fin, part, ger) in IRREGULAR.items():
    for tag, forms in (("f", fin), ("p", part), ("g", ger)):
        words = forms.split()
        if " " in v:  # two-word verbs: forms come in pairs
            words = [" ".join(words[i:i + 2]) for i in range(0, len(words), 2)]
        add(words, v, tag)

out = ["# Inflected forms of French reporting verbs as news text uses them to",
       "# attribute words (`a déclaré`, `explique`, `a-t-il ajouté`, `estimant`):",
       "# form, lemma and tag (f: finite third person; p: past participle, read",
       "# after an auxiliary; g: present participle). Lemmas hand-picked for",
       "# this project from French news usage, forms by the regular conjugation",
       "# of the first and second groups and by hand for irregular verbs;",
       "# generated by scripts/gen_speech_verbs.py, do not edit.",
       "# Licence: MIT OR Apache-2.0, as the project."]
for f in sorted(rows, key=lambda s: s.encode()):
    lemma, tag = rows[f]
    out.append(f"{f}\t{lemma}\t{tag}")
open("data/quotes/speech_verbs.tsv", "w").write("\n".join(out) + "\n")
print(len(rows), "forms")
