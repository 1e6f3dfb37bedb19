"""Stating what the user hopes to get from the meeting, or where they are heading.

A purpose is a goal ("my goal is to...", "I'm hoping to work out whether...") or the
user's situation with a direction in it ("I teach fifth grade and I'm seriously thinking
about moving into instructional design", "I'm a student trying to choose between audit
and analytics"). The phrase alone is not enough: the caller checks that the words it
introduces are about work ("I'm thinking about lunch" is no goal). Works on normalised
text (simulator.words.normalise).
"""

from __future__ import annotations

from simulator.phrases import Rule
from simulator.words import tokens

# Up to fourteen words of situation between "I" and where they are heading, in the same
# sentence and about the user ("I'm a paramedic and I've been thinking a lot about..."),
# not about someone else ("I read that you're exploring...").
_MY_SITUATION = r"\bi\b(?:[\s,]+(?!you\b|your\b|he\b|she\b|they\b|we\b|it\b)[\w'-]+){0,14}?[\s,]+"
# Where a weighing-up leads, as long as it is not back to the persona or the conversation.
# "Thinking about" leads anywhere ("my sourdough starter"), so it must lead to a change: a
# move, or doing something ("going back to school for nursing").
_HEADING = (r"(?:(?:exploring|considering|weighing(?: up)?|torn between|(?:deciding|choosing) "
            r"(?:between|whether|if)|trying to (?:decide|choose|work out|figure out|make up my "
            r"mind)) (?!your\b|you\b|what\b|how\b|why\b|that\b|this\b|it\b|things\b)|"
            r"thinking (?:[\w-]+ ){0,3}?about (?:(?!(?:some|any|no|every)thing\b)\w+ing\b|"
            r"(?:an? |the )?(?:move|switch|change|career|transition|shift|jump|pivot|retraining)\b))")

# What a career choice is called when it fits: "the right next step for me".
_STEP = r"(?:fit|step|move|path|option|choice|direction|career)"

PURPOSE = Rule(
    "goal aim objective hope purpose exploring considering thinking looking weighing researching "
    "evaluating want wanted hoped hoping like love came here reached asked trying reason move "
    "moving transition transitioning switch switching get getting break breaking pivot pivoting "
    "career change changing careers keen wanting after interested curious plan suit fit right "
    "become what deciding choosing torn next and wondering see know decide paths path options "
    "option fields field moves directions who aiming realistic good better sensible natural step "
    "choice direction",
    r"\bmy (?:main |primary |big |real |biggest )?(?:goal|aim|objective|hope|purpose|plan)"
    r"(?: for (?:today|this \w+)| today| here)? (?:is|was) (?:to|that|really)",
    # "I'm exploring...", "I'm a pharmacy tech exploring nursing": the field must follow.
    r"\bi (?:am|have been|have also been) (?:currently |really |seriously |also |now )?"
    r"(?:(?:an?|the) (?:[\w'-]+,? ){0,7})?(?:exploring|considering|thinking about|looking into|"
    r"looking at|weighing|researching|evaluating) (?!your\b)",
    _MY_SITUATION + _HEADING,
    # "...is one of the paths I'm considering"
    r"\b(?:paths?|options?|careers?|fields?|moves?|directions?) (?:that )?i am (?:seriously )?"
    r"(?:considering|exploring|looking at|weighing)\b",
    # "I'm a chemist who wants to do data science"
    r"\bi am (?:an?|the) (?:[\w'-]+,? ){1,6}who (?:wants|would like|would love|hopes|is hoping|"
    r"is looking|is trying|is keen|is thinking about) to \w+",
    r"\bi (?:am|was) hoping (?:that )?you (?:can|could|might|would) (?:help me )?(?:understand|"
    r"explain|tell me|walk me|figure out)\b",
    r"\b(?:i|and) (?:really )?(?:want|wanted|hope|hoped|was hoping|am hoping|would like|would "
    r"love|came|am here|reached out|asked to meet) (?:to|so i could|so that i can) (?:learn|"
    r"understand|find out|know (?:if|whether|what|how)|figure out|get a (?:sense|feel|better "
    r"sense|better understanding|picture|clearer picture)|explore|decide|get your (?:advice|"
    r"perspective|take|view) on) ",
    # "I'm trying to decide...", "I'm mostly hoping to work out whether..."
    r"\bi am (?:\w+ )?(?:trying|hoping|looking|keen|here|wanting|aiming) to (?:decide|figure "
    r"out|work out|understand|learn|get a sense|choose|determine|make up my mind|see (?:if|"
    r"whether)|find out (?:if|whether)) ",
    r"\bi am (?:an? |the )?(?:[\w'-]+ ){0,5}(?:deciding|choosing|torn) (?:between|whether|if)\b",
    r"\b(?:is|be) my next (?:step|move|career|chapter)\b",
    r"\b(?:wondering|see|know|decide|figure out|work out) (?:if|whether) (?:\w+ ){1,5}(?:could|"
    r"would|might|is|will) be (?:a )?(?:good |right |better )?(?:fit|right|for me|my next)\b",
    # "I'm a logistics coordinator trying to decide...", "I'm an organiser hoping to learn..."
    r"\bi am (?:an?|the) (?:[\w'-]+ ){1,5}(?:trying|hoping|looking|wanting|keen|here) to "
    r"(?:decide|figure out|work out|understand|learn|get a sense|choose|determine|find out|"
    r"explore|move|switch|transition|retrain|get into|break into) ",
    r"\b(?:the )?reason (?:i|why i) (?:reached out|asked|wanted|am here|requested|emailed|"
    r"messaged|got in touch)\b",
    _MY_SITUATION + r"(?:move|moving|transition|transitioning|switch|switching|pivot|"
    r"pivoting|career change|change careers|changing careers) (?:into|to|from)\b"
    r"(?! (?:the )?next\b)",
    _MY_SITUATION + r"(?:get|getting|break|breaking) into\b",
    # "What I'd love to get out of today is...", "what I'm trying to work out is..."
    r"\bwhat i (?:would (?:really )?(?:love|like)|am hoping|hope|want|wanted|was hoping|am "
    r"trying|really want) to (?:get|learn|understand|take away|figure out|find out|work out|"
    r"decide)\b",
    r"\bi am (?:really |very |quite )?(?:interested in|curious about|keen on) (?:moving|switching|"
    r"getting|breaking|becoming|a career|transitioning|pursuing|exploring|changing|retraining|"
    r"going into|making the (?:move|switch|jump))\b",
    # "I want to work on payments systems" (working for *them* is a job request instead).
    r"\bi (?:would (?:love|like)|want|hope|plan|am hoping|am planning|intend) to (?:become|move "
    r"into|get into|break into|switch (?:into|to)|transition (?:into|to)|work (?:in|on|as)\b"
    r"(?! (?:you|your|the same)\b)|pursue|retrain)\b",
    # "...whether product would suit me", "...if nursing is the right next step for me"
    rf"\b(?:is|would be|could be|might be|are) (?:the |a |an )?(?:(?:right|realistic|good|better|"
    rf"sensible|natural) (?:next )?(?:{_STEP} )?|(?:next )?{_STEP} )for me\b|\bwould suit me\b",
    r"\bwhat i am (?:really |mainly |mostly )?(?:after|looking for|hoping for) (?:is|here|"
    r"today)\b",
)
# Words that leave a goal vague: "I just wanted to learn more about you".
VAGUE = frozenset(tokens("more you things stuff chat talk bit general little everything anything "
                         "connect catch meet say hello brain pick"))
