"""The words of a fact question and of a public-profile fact, reduced to what they are about.

A question asks for a fact when what it names is what the fact states, however either is
worded: "who funds you guys?" and "funded mainly by foundation grants", "when'd you get your
license?" and "held a licence since 2008", "how many patients does your ER see?" and "the
emergency department sees 75,000 visits a year". So both sides go through the same
reduction: abbreviations spelled out, spelling variants and irregular verbs folded, stems,
then words for the same kind of fact (studies, funding, customers, staff...) folded into one
concept. Numbers are kept apart: a question may get the value wrong ("five years or so?")
and still ask the fact.
"""

from __future__ import annotations

import re

from simulator.words import STOPWORDS, normalise, stem

# Abbreviations people use for what profiles spell out (and the reverse).
_ABBREVIATIONS = [(re.compile(p), r) for p, r in [
    (r"\bE[RD]s?\b", "emergency department"), (r"\bDCs?\b", "warehouse"),
    (r"\b[Dd]istribution cent(?:er|re)s?\b", "warehouse"),
    (r"\bHQ\b", "headquarters"), (r"\bCPA\b", "certified public accountant"),
    (r"\bHR\b", "human resources"), (r"\b(?:[Hh]ead|[Mm]ain) [Oo]ffices?\b", "headquarters"),
    (r"\b(?:pays|paid|pay) for\b", "funds"),
    # "Who keeps the lights on at Keystone, money-wise?"
    (r"(?i)\b(?:keeps?|keeping|kept) the lights on\b", "funds"),
    # A government is named by its place: "city government" is "the city".
    (r"(?i)\b(city|state|county|local|federal|provincial) government\b", r"\1"),
    (r"\b(?:set up|goes back to|go back to|dates back to|date back to)\b", "founded"),
    # The letters after one's name are one's credentials ("what letters are after your name?").
    (r"(?i)\bletters (?:(?:are|do you have|have you got|you have|you've got) )?(?:after|behind) "
     r"(?:your|her|his|their|my) names?\b", "credentials"),
    (r"(?i)\bhead count\b", "headcount"),
    # Where one started out: "which masthead did you cut your teeth on?"
    (r"(?i)\bcut (?:your|her|his|their|my) teeth\b", "started"),
    # Who comes in is a visit: "how many folks come through your doors in a year?"
    (r"(?i)\b(?:(?:people|folks|patients|customers|guys) )?(?:come|comes|came|coming|walk|walks|"
     r"walked|walking) (?:in )?through (your|the|its|our|their|those) (?:front )?doors?\b",
     r"visits to \1 place"),
    # A route one came up through is how one started: "you came up through the
    # administrative fellowship route?"
    (r"(?i)\b(?:came|come|coming) up (?:through|via) (?:the |an? )?((?:[\w-]+ ){0,3}?)(?:route|"
     r"track|pipeline|path|scheme)\b", r"started as \1"),
    (r"(?i)\b(?:came|come|coming) up (?:through|via|in)\b", "started in"),
    # Carrying a licence is holding it: "how long have you been carrying the master's ticket?"
    (r"(?i)\bcarr(?:y|ies|ying|ied) (?=(?:the|a|an|your|his|her|their|my) (?:[\w'-]+ )?"
     r"(?:ticket|licen[cs]e|card|certificat\w*|credential)s?\b)", "holding "),
    # Opening one's own practice: "before you hung out your own shingle".
    (r"(?i)\b(?:hung|hang|hanging|put|putting) out (?:your|his|her|their|my) (?:own )?shingle\b",
     "started own shop"),
    # ...or flying one's own flag: "you been flying your own flag since oh-nine?"
    (r"(?i)\b(?:fly|flies|flying|flew|flown) (your|his|her|their|my) own flag\b", r"running \1 own business"),
    # Whom an employer pays, or sends out, is its staff: "how many have you got on the
    # books?", "how many guys you got on the trucks?"
    (r"(?i)\bon (?:the|your|their|its|our) (?:books?|payroll|roster|trucks?|vans?|crews?)\b", "on staff"),
    # A long time, however it is said: "a fair old while", "donkey's years".
    (r"(?i)\ba (?:fair|good|goodly) (?:old )?while\b", "a long while"),
    (r"(?i)\b(?:for )?donkey'?s'? years\b", "for years"),
    # One's main work: "your bread and butter here is payments, right?"
    (r"(?i)\b(your|his|her|their) bread and butter\b", r"\1 main work"),
    # A hospital's shift is its side of the house: "are you on the night side of the house?"
    (r"(?i)\b(night|day) side of the house\b", r"\1s"),
    # Reading a subject somewhere is studying it: "you read law at Columbia, I believe?"
    (r"(?i)\b(you|he|she|they) read (?!(?:my|your|the|a|an|his|her|their|it|this|that|"
     r"those|these)\b)(?=(?:[\w-]+ ){1,2}at\b)", r"\1 studied "),
    # Keeping a thing going is maintaining it: "the library you look after"; and open source
    # is source, not opening anything.
    (r"(?i)\blook(?:s|ed|ing)? after\b", "maintain"), (r"(?i)\bopen[- ]source\b", "source"),
    # Who was behind a report led it: "was it you behind Priced Out on the Block?"
    (r"(?i)\byou (?:were )?behind\b", "you led"),
    # Passing a qualification's exams is holding it: "did you pass the CPA exam yourself?"
    # (after CPA is spelled out above).
    (r"(?i)\bpass(?:ed|es|ing)? (?:the |your |her |his |their |all (?:\w+ )?)?((?:[\w-]+ ){1,3}?)"
     r"(?:exams?|examinations?)\b", r"\1certified"),
    # How old a qualification is, asked as a wine's: "your fellowship, what vintage is it?"
    (r"(?i)\bwhat vintage\b", "what year"),
    # Which one they chose: "which credential did you end up going for?"
    (r"(?i)\b(?:end|ends|ended|ending) up (?:going for|getting|choosing|picking|taking|with)\b",
     "getting"),
    # Leaving the forces: "what rank did you punch out at?"
    (r"(?i)\bpunch(?:ed|ing)? out\b", "left"),
    # ...and getting out as a rank: "what'd you get out as, officer?"
    (r"(?i)\b(?:get|got|gets|getting) out as\b", "left as"),
    # Going in-house is joining the company: "which firm were you with before you went
    # in-house?" asks about the firm before it.
    (r"(?i)\b(?:went|go|goes|going|gone|moved|move|moving|came|come|coming) in[- ]house\b",
     "joined"),
    # "...when the product team doesn't like what you found?": found as in find (founding a
    # company is "founded", or "did you found it?").
    (r"(?i)(?<!\bto )(?<!\bwho )(?<!\bdid you )(?<!\bdid he )(?<!\bdid she )(?<!\bdid they )"
     r"\bfound\b", "discovered"),
]]
# British and American spellings, and irregular forms the stemmer cannot join.
_VARIANTS = {
    "licence": "license", "licences": "license", "licenced": "license", "centre": "center",
    "centres": "center", "programme": "program", "programmes": "program",
    "organisation": "organization", "specialise": "specialize", "specialises": "specialize",
    "labour": "labor", "left": "leave", "went": "go", "gone": "go", "going": "go", "goes": "go", "got": "get",
    "gotten": "get", "made": "make", "ran": "run", "spent": "spend", "began": "begin",
    "begun": "begin", "took": "take", "came": "come", "grew": "grow", "led": "lead",
    "taught": "teach", "built": "build", "sold": "sell", "bought": "buy", "held": "hold",
    "met": "meet", "paid": "pay", "won": "win", "wrote": "write", "written": "write",
    "spoke": "speak", "spoken": "speak", "gave": "give", "given": "give",
    "admin": "administration",
    # A tradesperson's name for their trade: "how many sparkies have you got?"
    "sparky": "electrician", "sparkies": "electrician",
    # Subjects by their short names: "maths at UConn" is the mathematics of the fact.
    "maths": "mathematics", "math": "mathematics", "stats": "statistics", "econ": "economics",
    # Being employed somewhere is working there ("how many are employed" still counts staff).
    "employed": "worked",
    # "What's the annual census in your department?" asks the visits a year.
    "annual": "year", "annually": "year", "yearly": "year",
}
# Words for one kind of fact, folded to one concept on both sides.
_CONCEPTS = {
    "staff": "employee employees staff staffer staffers worker workers headcount people "
             "person persons guys folks",
    "fund": "fund funds funded funding funder funders money grant grants finance financed "
            "financing backer backers donor donors donation donations raise raised raising",
    "customer": "customer customers client clients user users buyer buyers buy buys serve serves "
                "served serving",
    "education": "study studies studied major majored degree degrees bachelor bachelors master "
                 "masters phd doctorate doctoral mba mha jd bsn msc bsc undergrad undergraduate "
                 "graduate graduated grad grads school university universities uni college colleges "
                 "education educated institution institutions",
    "credential": "license licensed ticket tickets certified certification certifications certificate "
                  "certificates credential credentials chartered accredited accreditation "
                  "qualified qualification qualifications",
    "base": "based headquartered headquarters located location",
    # Starting something, at either end: the organisation founded, the person joining it.
    "start": "start started starting begin began founded founding founder founders establish "
             "established open opened launch launched join joined joining hire hired since "
             # "when did you make the jump to Crewbook?"
             "jump jumped",
    "previous": "previous previously prior former formerly earlier last",
    "talk": "talk talks speak speaking speech spoke present presented presentation keynote "
            "lecture",
    "public": "public ipo listed",
    "visit": "visit visits patient patients census",
    "own": "own owned owner owners ownership",
    "store": "store stores shop shops branch branches outlet outlets",
    "warehouse": "warehouse warehouses depot depots",
    # How big something is, asked as a guess: "is X still a small startup?", "has it grown?"
    "size": "size sized big bigger large larger small smaller tiny huge startup startups "
            "grow grown growing",
    "leave": "leave leaving quit quitting",
    # Open-source work, named by where it lives: "your library on GitHub".
    "code": "source github gitlab repo repos repository repositories",
    # Asked as "what rank", stated as the rank itself.
    "rank": "rank ranks captain lieutenant sergeant colonel corporal",
    # A school's stage by its grades: "were you middle school too?" and "taught seventh- and
    # eighth-grade English".
    "middle": "middle sixth seventh eighth",
    # A newspaper by any name: "which paper were you at?", "which masthead?"
    "newsroom": "newsroom newsrooms newspaper newspapers paper papers masthead mastheads",
}
_DERIVED = ("ship", "ism", "ist", "or")
_CONCEPT_OF = {stem(w): c for c, words in _CONCEPTS.items() for w in words.split()}
# Kept although they are stop words: they name a fact ("before" names a previous job).
_KEEP = frozenset({"before", "after", "own"})
# A place is whatever the question or fact is about, named by the words around it: "one of
# the level-one trauma places" is a trauma center, "you started this place in oh-nine" the
# company.
_EMPTY_NOUNS = frozenset({"place", "places"})
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# "Your own doctorate" is your doctorate: "own" names ownership only on its own ("who owns
# it?", "is it employee-owned?").
_EMPHATIC_OWN = re.compile(r"\b(my|your|his|her|their|our|its) own\b")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_NUMBERS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
            "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
            "eighty ninety hundred thousand million billion dozen")
NUMBER_WORDS = frozenset(_NUMBERS.split())


def concept(word: str) -> str:
    """One word as the concept a fact question or a fact is about."""
    word = _VARIANTS.get(word, word)
    if word == "before":
        return "previous"
    if len(word) > 5 and word.endswith(("ier", "iers")):  # supplier/supply, carrier/carry
        word = word[:word.rindex("ier")] + "y"
    s = stem(word)
    if s in _CONCEPT_OF or word in _CONCEPT_OF:
        return _CONCEPT_OF.get(s, _CONCEPT_OF.get(word, s))
    # One root for the job, the field and the thing: auditor/audit, journalist/journalism,
    # fellowship/fellow.
    for suffix in _DERIVED:
        if len(s) > len(suffix) + 3 and s.endswith(suffix):
            return s[:-len(suffix)]
    return s


# Someone on the staff a fact lists is named by their role: "...and an office manager" says
# nothing of an office ("are you mostly in the office?"). Not the persona's own title ("is
# a..."), and only in facts: a question's "a store manager" is about stores.
_STAFF_ROLE = re.compile(r"(?i)(?<!\bis )(?<!\bwas )(?<!\bas )\b(an?) [\w-]+ (managers?|"
                         r"assistants?|administrators?|clerks?|coordinators?|receptionists?)\b")


def staff_as_roles(fact: str) -> str:
    return _STAFF_ROLE.sub(r"\1 \2", fact)


def spell_out(text: str) -> str:
    """Abbreviations expanded, before normalising loses their capitals."""
    for pattern, repl in _ABBREVIATIONS:
        text = pattern.sub(repl, text)
    return text


_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w]*(?:[ -](?:(?:of|and|for|the) ){0,2}[A-Z][\w]*)+")
_LINK_WORDS = frozenset({"of", "and", "for", "the"})
_UNIVERSITY_OF = re.compile(r"University of (?P<place>[A-Z][a-z]{3,})$")


def acronyms(text: str) -> list[str]:
    """What a run of capitalised words is called for short: "Human-Computer Interaction"
    is HCI, "Chief Operating Officer" is COO."""
    out = []
    for run in _CAPITALISED_RUN.findall(text):
        words = re.split(r"[ -]", run)
        parts = [[w for w in words if w not in _LINK_WORDS]]  # Society of Actuaries: SOA
        part: list[str] = []
        for w in [*words, "of"]:  # Chief Operating Officer of Pinecrest: also COO
            if w in _LINK_WORDS:
                parts.append(part)
                part = []
            else:
                part.append(w)
        out += ["".join(w[0] for w in p).lower() for p in parts if len(p) > 1]
        # ...and with its "of": the Chartered Institute of Building is the CIOB.
        if "of" in words:
            out.append("".join(w[0] for w in words if w not in _LINK_WORDS - {"of"}).lower())
        # A state university by its short name: the University of Connecticut is UConn, of
        # Massachusetts UMass.
        place = _UNIVERSITY_OF.match(run)
        if place:
            out.append(f"u{place['place'][:4].lower()}")
    return list(dict.fromkeys(out))


_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_DECADES = "twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties"
# Years said aloud: "the early nineteen hundreds", "nineteen oh eight", "twenty twelve", and
# after a word for when, "since oh eight", "in two thousand and nine" ("two thousand
# employees" and "oh, one more thing" are no years); or counted from now.
_SPOKEN_YEAR = re.compile(
    rf"\b(?:(?:early|late|mid) )?(?:nineteen|twenty) (?:hundreds|oh (?:{_UNITS})|{_TEENS}|{_DECADES}|"
    rf"(?:{_TENS})(?: (?:{_UNITS}))?)\b|"
    rf"\b(?P<when>since|until|till|in|from|around|like) (?:oh (?:{_UNITS})|two thousand(?: and)? "
    rf"(?:{_UNITS}|{_TEENS})|nineteen hundred)\b|"
    # A year named from now: "last year", "three years ago".
    rf"\b(?:last|this) year\b|\b(?:a|one|a few|a couple of|{_UNITS}|\d+) years? ago\b")


# The same written in digits, as the recognizer writes them: "the 1900s", "19 hundreds",
# "the '90s" ("1900s" would otherwise lose its "s" to the stemmer and be no year).
_DIGIT_YEARS = re.compile(r"\b(?:(?:early|late|mid) )?(?:(?:19|20) ?hundreds|(?:19|20)\d0'?s)\b")


def _year_digits(m: re.Match[str]) -> str:
    return f"{m['when']} 1900" if m["when"] else "1900"


# "One" standing for a thing named before counts nothing: "was that study the one you
# led?", "which one of the reports...", "the health admin one" ("the one year I spent
# there" still counts).
_PRONOUN_ONE = re.compile(r"\b(the|that|this|which|each|every|any|no|another)((?: (?!(?:more|than|less|"
                          r"fewer|only|just|about|over|under|at|least)\b)[a-z-]+){0,2}?) one\b"
                          r"(?!\s+(?:year|month|week|day|decade|hour)s?\b)|\bone(?= of\b)")
# A study with an article is a piece of research, a report; bare, it is what one studied
# ("what did you study?", "a field of study").
_A_STUDY = re.compile(r"\b(the|that|this|a|an|which|whose) study\b")


def fact_words(text: str, org_words: frozenset[str]) -> list[str]:
    """The concepts of `text` in order: numbers as "#year" or "#n", the organisation's name
    (and "the company") as "org"."""
    t = _SPOKEN_YEAR.sub(_year_digits, normalise(spell_out(text)).replace("-", " "))
    t = _DIGIT_YEARS.sub("1900", t)
    t = _EMPHATIC_OWN.sub(r"\1", t)
    t = _A_STUDY.sub(r"\1 report", _PRONOUN_ONE.sub(lambda m: (m[1] or "") + (m[2] or ""), t))
    out = []
    for word in _WORD.findall(t):
        word = word.removesuffix("'s")
        if word in STOPWORDS and word not in _KEEP or word in _EMPTY_NOUNS:
            continue
        if word.isdigit():
            out.append("#year" if _YEAR.match(word) else "#n")
        elif word in NUMBER_WORDS:
            out.append("#n")
        else:
            c = concept(word)
            out.append("org" if c in org_words or word in org_words else c)
    return out
