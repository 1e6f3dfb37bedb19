"""Talk around the meeting rather than about the work: greetings, pleasantries, good wishes,
reactions, logistics, and the everyday subjects a conversation drifts to (sport, weather,
holidays).

A greeting, a word about the weather or "have a lovely Thanksgiving" is small talk in
passing; a question about their holiday plans, or a minute on last night's game, is a
tangent. All patterns work on
normalised text (simulator.words.normalise).
"""

from __future__ import annotations

import re

from simulator.phrases import Rule, rx
from simulator.words import QUESTION_WORDS, tokens

GREETING = Rule(
    "hi hello hey good morning afternoon evening how nice great lovely pleasure am",
    r"^(?:(?:hi|hello|hey|good (?:morning|afternoon|evening))\b)",
    r"\bhow (?:are|have) you(?: been| doing)?(?: today| lately| this morning)?\s*(?:[?.!,]|$)",
    r"\bhow is (?:it going|your (?:day|week|morning|afternoon)|everything)\b",
    r"\bhow was your (?:weekend|morning|day|week|holiday|trip|commute)\b",
    r"\b(?:nice|great|good|lovely|a pleasure) to (?:meet|see) you\b", r"\bpleasure to meet\b",
    r"\bi am (?:good|well|fine|great|doing well|doing good|doing great)\b",
)
# What they offer at the meeting.
_OFFERED = (r"(?:coffee|coffees|tea|teas|water|donut|donuts|doughnut|doughnuts|biscuit|biscuits|cookie|"
            r"cookies|pastry|pastries|muffin|muffins|croissant|croissants)")
# Weather and the office: small talk in passing, a tangent at length.
PLEASANTRY = rx(
    r"\b(?:weather|traffic|commute|parking|rain|raining|sunny)\b",
    r"\b(?:nice|lovely|beautiful|great) (?:office|place|view|building|space|spot)\b",
    # What they offer, taken or passed on, with its reason: "I'll pass on the coffee, I've
    # had my one cup for the day", "I'll take a donut, I skipped breakfast".
    r"\b(?:i will|i would|i am|i have|i|no|yes)\b(?: \w+){0,2}? (?:pass on|skip|take|have|grab|"
    r"try|fine without|good without|okay without|ok without|had)(?: (?:the|a|an|my|one|some|"
    rf"that|your|this))* {_OFFERED}\b[^.!?]*",
    # ...or declined: "No donut for me, I am fasting this month", "no thanks on the tea, I've
    # had three coffees already".
    rf"\bno (?:\w+ )?(?:{_OFFERED}|thanks) for me\b[^.!?]*",
    # (thanks may already be set aside as a courtesy)
    rf"\bno,?(?:\s+thanks?)?\s+(?:on|to) (?:the |a |any )?{_OFFERED}\b[^.!?]*",
    # ...or resisted: "don't tempt me with the donuts. Okay, maybe one glazed."
    rf"\b(?:do not|stop) tempt(?:ing)? me with (?:the |those |your |a )?{_OFFERED}\b[.!]*"
    r"(?:\s*(?:(?:okay|ok|fine|alright|oh),? )*(?:maybe |just |only )*(?:one|a small one|half)\b[^.!?]*)?",
)

# Wishing them well ("Good luck tonight", "Have a lovely Thanksgiving", "Hope the shift is a
# quiet one"): a courtesy on the way out, whatever the occasion it names.
_CLAUSE_START = (r"(?:^|(?<=[.!?,;])\s*|\band )"
                 r"(?:(?:okay|ok|great|well|so|anyway|alright|perfect|oh)[,.!]?\s+)*")
WELL_WISHES = rx(
    r"\b(?:good|best of) luck\b(?: (?:with|on|for|at|in|tonight|today|tomorrow)(?: [\w'-]+){0,6})?",
    rf"{_CLAUSE_START}(?:enjoy|have) (?:a|an|the|your) (?:great |good |lovely |nice |wonderful |"
    r"happy |safe |relaxing |fun |quiet |restful |fantastic |brilliant |merry |long )?"
    r"[\w'-]+(?: [\w'-]+){0,4}\s*(?=[.!]|$)",
    r"\bhope (?:the|your|you|tonight|today|tomorrow|it|that|everything)(?: [\w'-]+){0,6} "
    r"(?:goes|go|is|are|will be) (?:well|smoothly|great|okay|ok|fine|quiet|calm|good|"
    r"an? (?:quiet|good|great|easy|calm) one)\b",
    r"\bhope you (?:have|get|enjoy) (?:a|an|the|some|your)(?: [\w'-]+){1,5}",
    r"\b(?:safe travels|safe (?:trip|flight|drive)|happy (?:holidays|thanksgiving|christmas|easter|"
    r"new year|hanukkah|diwali|birthday)|merry christmas|season's greetings)\b",
)

# Reacting to an answer ("that makes sense", "super helpful") is listening, not a tangent.
ACKNOWLEDGE = rx(
    r"\b(?:helpful|makes (?:a lot of |total |so much )?sense|good to know|fascinating|"
    r"insightful|useful|interesting|i see|got it|good point|great point|fair enough|"
    r"sounds (?:good|great|right|like)|good question)\b",
    r"(?:^|(?<=[.!?,;])\s*)(?:understood|noted)\b",
    # Weighing the answer against what one thought: "that matches what I expected", "that's
    # not what I'd heard".
    r"\b(?:that|this|it)(?: is| was)?(?: not)? (?:\w+ )?(?:what|with what|how) i (?:had |would |"
    r"have )?(?:expected|expect|thought|heard|read|imagined|assumed|guessed|figured|pictured|"
    r"suspected|hoped|feared)\b",
)

# Talking about this conversation ("I thought I'd pick your brain") is not drifting from it.
ABOUT_THE_MEETING = rx(
    r"\bpick your brain\b", r"\b(?:chat|talk|speak|meet|catch up|connect) (?:with|to) you\b",
    r"\b(?:this|our|today) (?:chat|conversation|meeting|call)\b",
    r"\b(?:agreeing|agreed) to (?:meet|talk|chat|this)\b",
    r"\bbefore we (?:start|begin|get (?:going|started)|dive in|kick off)\b",
    # The time granted, and the address it is thanked with: "...for the fifteen minutes, sir".
    r"\bfor (?:the|your|these|this) (?:[\w-]+ ){0,2}?(?:minutes|time|slot|half hour|hour)\b",
    r",? (?:sir|ma'am|madam)\b",
    # Promising to keep it short, however the promise is dressed ("I'll try to be quicker than
    # I ever was in front of a jury").
    r"\bi will (?:try to |aim to )?(?:be|keep (?:it|this|things)) (?:quick|brief|short|"
    r"efficient|concise)(?:er)?\b(?: than [^.!?]*)?",
)
# How the meeting came about: who sent one, where one found them. Part of the meeting's
# business, with whatever is said of the go-between ("My friend Tomasz, who wired my last
# show, sent me your way").
HOW_WE_MET = rx(
    r"\b(?:sent|pointed|directed|referred|steered|passed) me (?:your way|to you|towards you|"
    r"in your direction|here)\b",
    r"\b(?:put|got) (?:me|us) in touch\b", r"\b(?:connected|introduced) us\b",
    # "My dad's friend set this up", "my tutor arranged it"
    r"\b(?:set|sets|setting) (?:this|this meeting|this chat|the meeting|us) up\b",
    r"\b(?:arranged|organi[sz]ed|fixed up|lined up) (?:this|this meeting|this chat|the meeting|"
    r"it for me|us)\b",
    r"\b(?:gave|passed|sent|forwarded) me your (?:name|number|email|details|contact)\b",
    r"\b(?:suggested|recommended|said|told me) (?:that )?i (?:should |could |might |ought to )?"
    r"(?:talk|speak|reach out|get in touch|contact|call|email|write|meet|"
    # "my neighbour said I should come and see you"
    r"(?:come|go) (?:and )?(?:see|meet|visit|talk)) (?:to |with )?you\b",
    # "My uncle Mike said to come by", "she told me to look you up".
    r"\b(?:said|told me) (?:that )?(?:i (?:should |could |might )?|to )(?:come|stop|drop|swing|"
    r"pop) (?:by|in|round|around|over)\b", r"\btold me to look you up\b",
    # "she said it would be good to meet you"
    r"\b(?:said|thought|suggested|reckoned) (?:that )?it (?:would|might|could) be (?:good|a good "
    r"idea|helpful|useful|worth it|smart) (?:for me )?to (?:meet|talk to|speak (?:to|with)|see|"
    r"chat with) (?:you|someone|somebody|people)\b",
    r"\b(?:found|heard (?:about|of)) you (?:through|via|on|from)\b",
    # "we spoke on LinkedIn last week"
    r"\bwe (?:spoke|talked|chatted|messaged|emailed|connected|met|matched) (?:on|over|via|through) "
    r"(?:linkedin|email|e-mail|the phone|zoom|teams|slack|twitter|discord|the alumni (?:network|portal|"
    r"site|directory))\b",
    # What the go-between promised of them: "my uncle Sal said you'd talk to me".
    r"\b(?:said|told me|promised|reckoned) (?:that )?you (?:would|might|could|will) (?:be happy to |"
    r"be willing to )?(?:talk|speak|chat|meet) (?:to |with )?me\b",
    # ...or of them: "he said you were a good one to know", "...you'd be good to chat to".
    r"\b(?:said|told me|reckoned|reckons|says|thought|thinks) (?:that )?you (?:would be|were|are|"
    r"will be|might be) (?:a |the )?(?:really |very )?(?:good|great|right|best|nice|useful|helpful)"
    r"(?: (?:one|person|man|woman|guy|lady|people|contact))? to (?:know|talk to|talk with|chat to|"
    r"chat with|speak to|speak with|meet|ask)\b",
    # "...said you were the one to ask"
    r"\b(?:said|told me|reckoned|reckons|says|thought|thinks) (?:that )?you (?:were|are|would be) "
    r"the (?:one|person|man|woman|guy|lady|people) to (?:ask|talk to|speak to|see|know)\b",
    # What someone will make of the meeting: "my dad's gonna be happy I actually did this".
    r"\b(?:happy|glad|pleased|proud|thrilled|relieved|chuffed|stoked),? (?:that )?i (?:actually |"
    r"finally |really )?(?:did this|came(?= *(?:[.!,]|$|today|here|in))|reached out|got in touch|"
    r"(?:talked|spoke) (?:to|with) you|met (?:with )?you|went through with it|showed up)\b",
    # ...or of the move: "my wife also says I should try".
    r"\b(?:says?|said|thinks?|thought|reckons?|keeps? (?:telling me|saying)|told me) (?:that )?i "
    r"should (?:just |really |definitely )?(?:try|go for it|do it|give it a (?:go|shot|try)|apply|"
    r"make the (?:switch|move|jump|leap)|take the (?:plunge|leap)|retrain|switch|change careers|"
    r"go back to school)(?=\s*(?:[.!,;]|$|too\b|as well\b|now\b))",
)
# Saying what a remark is not about: "nothing to do with work", "not related to this".
_NOT_ABOUT = r"(?:nothing to do with|not about|not related to|unrelated to)"
# Saying oneself that a remark is off the subject: "totally random, but...", "off topic:",
# "on a different note".
DIGRESSION = rx(
    r"(?:^|[.!?,;]\s*)(?:(?:sorry|oh|okay|ok|so|and|but|also|anyway|this is|it is)\W+)*"
    r"(?:(?:totally|total|completely|complete|slightly|slight|a bit|a little|kind of|sort of|somewhat|"
    r"bit|quick)\W+)?"
    r"(?:random|off[- ]topic|unrelated|a tangent|(?:a )?side note|(?:a |an )?aside)\b(?! (?:sample|sampling|"
    r"samples|effects?|variables?|forests?|assignment|error|check|audit|testing|tests?)\b)",
    r"\b(?:on|to change) (?:a|the) (?:different|other|lighter|unrelated) (?:note|subject|topic)\b",
    # "Sorry, different thing.", "Totally different topic, but...": said as a sentence of its
    # own or before a "but", not "a different thing is needed".
    r"(?:^|[.!?;]\s*)(?:(?:sorry|oh|okay|ok|so|and|but|also|anyway|right)\W+)*(?:a |something )?"
    r"(?:totally |completely |entirely )?different (?:thing|subject|topic)\b(?=\s*(?:[.!,:;]|"
    r"but\b|now\b))",
    r"\bchanging (?:the )?(?:subject|topic)\b",
    rf"\b{_NOT_ABOUT} (?:work|this|the job|any of this|your work)\b",
    # ...or with the field, said as a clause of its own: "Forgive me, a question of pure
    # curiosity, and nothing to do with construction." (not "my degree has nothing to do
    # with construction")
    r"(?:^|[.!?,;:]\s*)(?:(?:and|but|so|this is|this has|it is|it has|that is|that has)\W+)?"
    r"(?:absolutely |completely |entirely |totally )?nothing to do with (?:[\w-]+ ){0,2}?[\w-]+"
    r"\s*(?:[.!?,;:]|$)",
    r"\b(?:a question|a moment|one) of (?:pure|idle) curiosity\b|\b(?:pure|idle) curiosity\b",
    # "Forgive a digression.", "but I digress"
    r"\b(?:a|this|my|small|slight|brief|little|short|quick) digression\b|\b(?:i|to|may) digress\b",
    # An anecdote announced: "Funny thing, my team did our holiday outing at..."
    r"(?:^|[.!?,;]\s*)(?:(?:oh|so|and|but|also|anyway|okay|ok)\W+)*(?:(?:a )?funny (?:thing|story)|"
    r"fun fact|true story|before i forget)\b",
)
# What a remark is said not to be about, up to the end of its clause ("nothing to do with
# construction"): not the remark's subject.
NOT_ITS_SUBJECT = re.compile(rf"\b{_NOT_ABOUT} (?:[\w-]+ ){{0,2}}?[\w-]+\s*(?=[.!?,;:]|$)")

LOGISTICS = rx(
    r"\bcan you (?:hear|see) me\b", r"\bis (?:this|now) (?:still )?(?:a good time|okay|ok)\b",
    r"\bis (?:this|now|here) (?:still )?(?:good|fine|alright|all right)(?: (?:for|with) you)?(?=\s*[?.!,]|$)",
    # ...or the seat: "Is this table okay?" (heard as a turn of its own when the speaker
    # paused before "or do you want somewhere quieter?")
    r"\bis (?:this|that|the) (?:table|seat|spot|chair|room|corner|booth)(?: \w+)? (?:still )?(?:okay|"
    r"ok|fine|good|alright|all right)\b",
    r"\bhow (?:long|much time) do (?:we|i) have\b",
    # Starting the meeting, not "what should I start learning?"
    r"\b(?:should|shall|can|do you want me to) (?:we|i) (?:get started|start|begin|sit|close)\b"
    # (...nor "can I start with what a shift looks like?", which asks it)
    r"(?!\s+(?:\w+ing|to|with (?:what|how|why|where|when|who|which|whether|your))\b)",
    r"\bwhere (?:do you want to|would you like to|should we|shall we|should i|do we|do i) "
    r"(?:start|begin)\s*[?.!]*$",
    r"\b(?:(?:can|may|could) i|(?:mind|ok|okay|alright|all right|fine) if i) (?:(?!ask\b)\w+ ){0,4}?"
    r"(?:record|notes?)\b",
    r"\bwhere (?:should|can|do) i (?:sit|park|wait)\b",
    # How to address them, and leave to take notes, asked formally: "would you prefer that I
    # address you as Ms. Okafor or as Dana?", "is it convenient for me to take written notes?"
    r"\b(?:prefer|like|want) (?:that )?(?:i|me to) (?:address|call) you\b",
    r"\b(?:should|shall|may|can|do) i (?:address|call) you\b",
    r"\b(?:convenient|okay|ok|alright|all right|fine|acceptable) (?:for me |if i )?to (?:take|make|"
    r"jot)(?: down)? (?:some |a few |written )?notes\b",
    r"\bdid you get my (?:email|message|note)\b",
    # How to keep in touch after the meeting: "what's the best way to follow up with you?"
    r"\b(?:best|easiest|right|preferred|good) way to (?:follow up|reach you|contact you|get in "
    r"touch|stay in touch|keep in touch)\b",
    r"\b(?:can|may|could|should) i (?:follow up|stay in touch|keep in touch) with you\b",
    r"\b(?:is|would) it (?:be )?(?:ok|okay|alright|all right|fine) if i\b",
    # Technical trouble: part of the meeting, not a tangent.
    r"\b(?:wifi|wi-fi|internet|connection|microphone|mic|camera|zoom|audio|video)\b",
    # Finding the way in, with whatever happened on the way: "found you in the end, the man
    # on the gate sent me round by the cement silos", "I got a bit lost in the car park".
    r"\b(?:found (?:you|this place|the (?:place|office|site|building|room|entrance|door|gate|"
    r"cabin|unit|ward|yard|reception))(?= (?:in the end|at last|eventually|okay|ok|alright|"
    r"all right|fine|no problem)\b|\s*[,.!]|$)|(?:got|get|getting) (?:a (?:bit|little) )?lost"
    r"(?= (?:on the way|finding|in the|looking)\b|\s*[,.!]|$)|(?:took me|it took) (?:a while|"
    r"ages|forever|a minute|\w+ minutes) to find|(?:could not|cannot|struggled to) find (?:you|"
    r"the (?:place|office|site|building|room|entrance|door|gate))|sent me (?:round|around|"
    r"the long way|the wrong way))\b[^.!?]*",
)
# An apology is a courtesy, not a subject; unlike logistics it leaves the question after it
# a question about the work ("Sorry, I went on there. Did you need a certification?").
APOLOGY = rx(r"\b(?:i am )?(?:so |very |really )?sorry\b", r"\b(?:my )?apologies\b",
             r"\b(?:pardon|excuse) me\b", r"\bmy bad\b")

# Everyday subjects far from anyone's work, by domain. Words with a working sense in some
# field ("match" in load matching, "restaurants" to a food distributor, "rent" to a housing
# analyst) are left out or, being the scenario's own words, count as work there.
_LIFE = {
    "sport": "game games playoffs playoff rugby football soccer baseball basketball hockey "
             "cricket golf golfer skier surfer cyclist tennis league superbowl touchdown "
             "quarterback referee stadium innings inning halftime marathon fan fans season "
             "comeback championship tournament olympics athlete cup wimbledon match matches "
             "jersey jerseys bullpen ballpark pitcher pennant softball volleyball netball "
             "lacrosse",
    "weather": "weather rain raining rained rainy snow snowing snowed sunny sunshine umbrella "
               "storm heatwave humid humidity drizzle windy freezing",
    "holidays and travel": "holiday holidays vacation vacations beach cruise christmas "
                           "thanksgiving easter halloween hanukkah diwali camping hiking hiked "
                           "hike skiing sunrise sunset mountains lake island resort passport "
                           "sightseeing turkey barbecue bbq picnic wedding weddings honeymoon "
                           "birthday anniversary",
    "family and home": "in-laws family sister sisters brother brothers cousin cousins aunt uncle mom mum "
                       "dad mother father parents grandma grandpa grandmother grandfather wife "
                       "husband boyfriend girlfriend fiance fiancee daughter son kids twins "
                       "grandad granddad gran granny nan nana "
                       "baby newborn toddler kindergarten neighbor neighbors neighbour "
                       "neighbours landlord roommate flatmate lawn garden gardening house "
                       "apartment mortgage childhood bathroom renovation renovations",
    "pets": "dog dogs cat cats puppy kitten pet pets corgi labrador retriever poodle terrier "
            "beagle bulldog husky spaniel hamster parrot ferret rabbit bunny goldfish lizard "
            "tortoise",
    # ("vet" is left out: to a logistics manager it is a veteran.)
    "farm animals": "heifer heifers calf calves calving cattle cow cows livestock mare mares horse "
                    "horses pony ponies foal foals farrier goat goats sheep lambing hens chickens "
                    "rodeo",
    "food and drink": "ramen pizza brunch burger tacos sushi bakery bread cake chicken broth "
                      "recipe cooking baking beer wine cocktail barbecue risotto curry "
                      "cheesesteak hotdog bagel noodles dumplings doughnut donut fries sandwich "
                      "latte espresso cappuccino deli cheese pint pints pretzel pretzels "
                      "takeaway jollof",
    "entertainment": "movie movies film netflix episode finale concert festival gig band "
                     "album song songs novel novels paperback audiobook "
                     "guitar piano singer celebrity actor tv podcast playlist videogame binge "
                     "sitcom",
    "politics and news": "election elections senate congress president politics political "
                         "ballot voting",
    "getting about": "commute commutes commuting commuter commuters",
    "crafts and outdoors": "knit knits sewing crochet pottery ceramics woodworking surfing "
                           "climbing bouldering kayaking scarf crag belay abseiling "
                           "snowboarding paddleboarding",
    "hobbies and things": "hobby knitting fishing hunting yoga gym crossword chess lego "
                          "jewellery jewelry earrings vintage tattoo haircut shoes mug instagram "
                          "pub pubs quiz quizzes trivia karaoke bingo darts snooker bowling",
}
# Plurals too: the stemmer leaves "corgis" alone, as it does "tennis".
LIFE_DOMAIN = {t: domain for domain, words in _LIFE.items()
               for t in tokens(" ".join(f"{w} {w}s" for w in words.split()))}
"""Each everyday word's domain ("rugby" -> "sport"): lets the trained reader carry what it
learnt of some words of a domain to the others."""
LEISURE = frozenset(LIFE_DOMAIN)
# Words of sport and the calendar said as figures of speech about work: "what's the budget,
# ballpark?", "a ballpark figure", "a marathon, not a sprint", "the busy season", "a game
# changer". They are set aside before a turn's words of life are counted.
FIGURES_OF_SPEECH = rx(
    r"(?:^|(?<=,)|(?<=, )|(?<=\bgive me )|(?<=\bget )|\ba )ballpark(?=\s*[?,.!;]|$| (?:for|on|of|"
    r"figure|figures|number|numbers|estimate|estimates|range|guess|idea|sum|amount)\b)",
    r"\bin the (?:same|right|general) ballpark\b",
    r"\bgame[- ](?:plan|plans|changer|changers|changing)\b", r"\bahead of the game\b",
    # Where a career leads: "what's the end game after senior?"
    r"\bend[- ]?game\b",
    r"\bmarathon,? not a sprint\b",
    r"\b(?:busy|peak|tax|filing|audit|hiring|budget|quiet|slow|off|year-end|flu|admissions|grant|"
    r"conference|awards|recruiting|planting|harvest) season\b",
    # A working day told as a match: "what does your game day look like, from tip-off to the
    # final buzzer?"
    r"\b(?:your|a|my|their|the) game[- ]?day\b(?= (?:look|looks|routine|like)\b)",
    r"\bfrom (?:the )?(?:tip-?off|kick-?off|first whistle|opening bell|first pitch|starting gun|"
    r"first bell) (?:to|till|until|through) (?:the )?(?:final|last) (?:buzzer|whistle|bell|out|"
    r"inning|lap)\b",
    r"\bpar for the course\b", r"\b(?:move|moves|moving|moved) the goal ?posts\b",
    # Noise on a call ("sorry about the banging in the background") is not one's background.
    r"\bin the background\b",
)
# Work on a home is a renovation, whatever the field calls work: "have you done any work on
# your place?"
HOME_WORK = rx(r"\b(?:work|works|building work|jobs?) (?:done )?(?:on|to) (?:your|my|our|the|his|her|"
               r"their) (?:place|house|home|flat|apartment|kitchen|bathroom|garden|loft|basement)\b")
# Years at home between jobs, and the children who kept one there growing up: a career break,
# the explorer's own story ("I've been home with our kids for eight", "the youngest started
# first grade this fall").
_KIDS = r"(?:kids|children|son|daughter|boys|girls|twins|baby|babies|little ones|two|three|four)"
CAREER_GAP = rx(
    rf"\b(?:been|stayed|stay|staying|was|were|then|am) (?:at )?home (?:with (?:my|our|the) "
    rf"(?:\w+ )?{_KIDS}\b|when the (?:\w+ )?{_KIDS} (?:came|arrived|were born)\b|for (?:\w+ ){{1,3}}?"
    r"(?:years?|months?)\b)",
    r"\b(?:the|my|our) (?:youngest|eldest|oldest|kids|children|twins|boys|girls) (?:is|are|"
    r"started|starts|has started|have started|went|goes|go) (?:now |all |finally |back )?(?:in |at |to )?"
    r"(?:\w+ )?(?:school|grade|kindergarten|college|university|preschool|nursery)\b",
    r"\bcareer (?:break|gap)\b",
)
# Getting to work, said in its own words: "do you get the train in?", "I take the bus".
COMMUTING = rx(r"\b(?:get|gets|getting|take|takes|taking|catch|catches|catching|ride|rides|riding) "
               r"the (?:train|bus|tube|subway|metro|underground|ferry|tram)(?: (?:in|into work|to "
               r"work|home))?\b")
# Whom one has at home: "I have two corgis", "we've got a beagle", "I've got two boys".
_AT_HOME = ("(?:kids|boys|girls|sons|daughters|twins|baby|toddler|"
            + "|".join(sorted(set(_LIFE["pets"].split()) | {"puppies", "kittens"}))
            + ")")
# One's own life brought in: "my sister", "the kids", "his name is Biscuit", "we just got
# back from Yellowstone".
_OWN_PEOPLE = (r"(?:my|our|the) (?:little |older |younger |eldest |youngest |big |baby )?"
               r"(?:sister|brother|cousin|aunt|uncle|mom|mum|dad|mother|father|parents|wife|"
               r"husband|partner|boyfriend|girlfriend|kids|daughter|son|family|dog|cat|puppy|"
               r"neighbou?rs?|landlord|roommate|flatmate)\b")
PERSONAL_LIFE = rx(
    rf"\b{_OWN_PEOPLE}",
    r"\b(?:his|her|its|their) name is\b", r"\b(?:is|was) (?:called|named)\b",
    r"\bi have (?:an? |two |three )?\w+ too\b",
    rf"\b(?:i|we) (?:just )?(?:have|have got|got|own|adopted)(?: (?:an?|two|three|four|a couple of|"
    rf"some))?(?: [\w-]+)? {_AT_HOME}s?\b",
    r"\b(?:we|i) (?:have |had )?(?:just )?(?:got back from|come back from|came back from|went to|"
    r"flew to|drove to|bought a|moved house|adopted|"
    r"got married|got engaged|had a baby|drove out|drove up|went out|went up)\b",
    # Home life: "we're redoing our bathroom", "I've been getting into sourdough".
    r"\b(?:redoing|renovating|remodel(?:l)?ing|fixing up|repainting|painting) (?:our|my|the) "
    r"(?:bathroom|kitchen|house|flat|apartment|place|basement|garage|bedroom|deck)\b",
    r"\b(?:having|getting|had|got) (?:our|my|the) (?:bathroom|kitchen|house|flat|apartment|place|"
    r"basement|garage|bedroom|deck|roof|loft) (?:redone|done|renovated|remodel(?:l)?ed|refitted|"
    r"extended|converted|repainted|painted)\b",
    r"\bi (?:have been|am|have) (?:really )?getting into\b",
    # A household's move: "we moved here in the summer" (not "I moved into product").
    r"\bwe (?:just |only just |recently )?(?:have )?moved (?:here|over|down|up|back|in|to)\b",
)
# A sentence whose subject is someone of one's own life: news from home ("My daughter's just
# started at uni", "the wife's been in bits all week").
ABOUT_OWN_PEOPLE = re.compile(
    r"^\W*(?:(?:oh|and|so|anyway|well|but|also|actually|honestly|plus|mind)\W+)*" + _OWN_PEOPLE)
# Other people's private lives: who is dating whom, affairs, break-ups. Gossip is a tangent
# even when it is about colleagues ("the vice principal and the PE teacher are apparently
# dating").
GOSSIP = rx(
    r"\b(?:are|is|were|was) (?:apparently |secretly |now |still |totally |officially |openly )?"
    r"(?:dating|seeing each other|sleeping together|having an affair|hooking up|"
    r"getting divorced|splitting up|an item)\b",
    r"\b(?:had|having|has) an affair\b", r"\b(?:got|gets|getting) (?:divorced|dumped)\b",
    r"\bcheat(?:s|ed|ing) on (?:him|her|his|their|them)\b",
    r"\bbetween you and me\b", r"\brumou?rs? (?:is|are|has it|going around)\b",
    r"\bgossip(?:ing)?\b",
    # Asking after a story about someone: "off the record, is it true what people say..."
    r"\boff the record\b", r"\bis it true what (?:people|they|everyone|everybody) (?:say|said|"
    r"are saying)\b", r"\bthe (?:real )?story (?:behind|with) (?:him|her|them|that)\b",
)
# The meeting's own moment: a drink, a seat ("I'll just grab water").
IN_THE_MOMENT = rx(
    r"\b(?:grab|get|order|have|having|getting) (?:a |an |some |another |my )?(?:\w+ )?(?:water|"
    r"coffee|tea|drink|latte|cappuccino|seat|table|chair)\b",
    r"\bcut(?:ting)? back on (?:coffee|caffeine|sugar)\b",
    # Putting things straight as we talk: "hang on, let me move my cup off my notebook".
    r"\b(?:hang on|hold on|one sec(?:ond)?|just a (?:sec|second|moment)|give me (?:a|one) "
    r"(?:sec|second|moment))\b",
    r"\blet me (?:just )?(?:move|put|shift|push|grab|find|turn off|turn on|silence|mute|unmute|"
    r"open|close|pull up) (?:my|this|the|that) [^.!?]*",
    # A word to a child in the room: "Mikey, there's apples in the bowl, go ask your mom",
    # "Ella, five more minutes, go find Daddy", "Mommy's on a call".
    # (heard with commas only: "hang on one sec, Mikey, and apple's in the bowl, go ask...")
    r"(?:^|(?<=[.!?,] ))\w+, (?:[^.!?]*?, )?(?:then |and )?go (?:and )?(?:ask|find|tell|get|see|play|"
    r"help|wait (?:for|with)) (?:your (?:mom|mum|mother|dad|father|brother|sister|nan|nana|gran|grandma|"
    r"grandpa)|daddy|mommy|mummy|mama|papa|dad|mom|mum|nana|grandma)\b[^.!?]*",
    r"\b(?:mommy|mummy|daddy|mom|mum|dad|mama|papa) is on (?:a|the) (?:call|phone|zoom|video "
    r"call|work call)\b",
    # Called away and back: "that's the delivery guy, I have to sign for something. Give me
    # thirty seconds. Okay, I'm back."
    r"\b(?:give me|gimme) (?:a |one |two |three |five |ten |thirty |\d+ )?(?:sec|secs|second|"
    r"seconds|minute|minutes|min|mins)\b", r"\b(?:okay,? |ok,? |right,? |sorry,? )?i am back\b",
    r"\b(?:that is|it is) (?:the|my) (?:door|doorbell|delivery(?: guy| man| driver)?|courier|"
    r"postman|mailman|parcel|package)\b",
    r"\b(?:i have to|i need to|i got to|let me) (?:sign for|answer|get|grab) (?:something|"
    r"the door|a parcel|a package|it|this)\b",
    # Arriving in a rush: "sorry, I'm a bit breathless, I ran from the car park".
    r"\bi am (?:a bit |a little |slightly |all |so )?(?:breathless|out of breath|puffed|"
    r"flustered)\b",
    r"\bi (?:just )?(?:ran|rushed|raced|dashed|sprinted|hurried) (?:over |here |up )?(?:from|"
    r"across) (?:the|my) (?:car park|parking lot|parking garage|car|station|bus|bus stop|train|"
    r"subway|metro|tube|office|other building)\b",
)

# Words that say nothing about whether a question is about work or leisure: times, plans
# and counts ("this year", "anything fun", "the Six Nations"), and judgements.
NEITHER = frozenset(tokens("year years month months week weeks day days night nights time meet "
                           "morning evening today tonight weekend summer winter spring autumn "
                           "fall going go come coming doing plans plan anything anywhere nice "
                           "fun hard good host hosting watch watched see saw catch caught "
                           "last yesterday tomorrow monday tuesday wednesday thursday friday "
                           "saturday sunday hour hours minute minutes second seconds moment "
                           "next back late early one two three four five six seven eight nine "
                           "ten eleven twelve twenty thirty forty fifty hundred thousand half "
                           "dozen"))


def leisure_dominates(words: list[str]) -> bool:
    """More leisure words than any others that say what the turn is about."""
    leisure = sum(1 for w in words if w in LEISURE)
    return leisure > 0 and leisure > sum(1 for w in words
                                         if w not in LEISURE and w not in NEITHER
                                         and w not in QUESTION_WORDS)
