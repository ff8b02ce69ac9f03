"""Phrase lists the rules match, kept as data so they are easy to review and extend.

The SNAP lists are in :mod:`.snap_phrases`, the glass lists (blame, internal notes,
insults, word lists) in :mod:`.glass_phrases`.
Each entry is a small regex fragment: a space matches any run of whitespace,
quotes and dashes are already straightened (see :mod:`.text`), and matching is
case-insensitive unless a list says otherwise. Word boundaries are added at
either end by :func:`desktop.core.checklist.matching.phrase_body`.
"""

from __future__ import annotations


def words_of(text: str) -> frozenset[str]:
    """A word list written as running text, one or more words a line."""
    return frozenset(text.split())


# --- greeting and sign-off ---------------------------------------------------

VALEDICTIONS: tuple[str, ...] = (
    r"(?:kind|warm|warmest|best|many|with best|with kind)? ?(?:regards|wishes)",
    r"all the best",
    r"best",
    r"thanks(?: again| so much| very much)?",
    r"many thanks",
    r"thank you(?: again| so much)?",
    r"cheers",
    r"(?:yours )?(?:sincerely|faithfully|truly)",
    r"speak soon",
    r"take care",
    r"see you soon",
    r"with thanks",
    r"love",
)

# Capitalised words that start a line but are not a person's name.
NOT_A_NAME: frozenset[str] = words_of(
    """
    the a an our your my this that these those there here hi hello hey dear thanks thank cheers regards best
    kind warm many all yours sincerely faithfully team reservations reservation bookings booking reception
    management manager customer customers service services support office admin sales accounts front desk
    kitchen staff restaurant hotel cafe bistro inn pub bar guesthouse ltd limited dept department everyone
    waste council repairs care enquiries info hello accounts billing group company co plc trust services sir
    madam guest guests client clients friend friends folks yes no ok okay great perfect lovely brilliant
    absolutely sure sorry please note p ps tel phone mobile email web www also and but so then see speak talk
    take with love regarding re fwd fw subject sent from on mon tue wed thu fri sat sun monday tuesday
    wednesday thursday friday saturday sunday morning afternoon evening tonight today tomorrow welcome hope
    looking thanks again unfortunately apologies we i it is as if when just good wonderful fantastic excellent
    done sorted booked confirmed noted understood agreed happy delighted enjoy best wishes warmest
    admissions operations dispatch despatch deliveries orders events box returns complaints membership
    removals plumbing heating electrical motors garage salon studio school academy surgery clinic practice
    bakery florist florists workshop showroom warehouse estates lettings
    well look listen right anyway actually basically frankly seriously now yes no alright
    member members valued patient patients homeowner resident residents parent parents occupier
    windows cleaning cleaners print printing printers prints tours vineyard vineyards hire rentals cars joinery
    kitchens furniture sofas flowers cakes catering caterers travel coaches branch
    tees landscapes landscaping gardens gardening glamping spa hair beauty nails fitness studios dental vets
    veterinary cleaners
    """
)

# --- diamond -----------------------------------------------------------------

THANKS: tuple[str, ...] = (
    r"thank you",
    r"thanks(?! to (?:the|our|a|an|this|that|it)\b)",
    r"thankful",
    r"grateful",
    r"(?:really |much |truly )?appreciated?",
    r"cheers for",
    r"ta for",
)

# The customer is unsure about something (read in their email).
UNCERTAIN_EMAIL: tuple[str, ...] = (
    r"possibly",
    r"maybe",
    r"perhaps",
    r"not (?:yet )?sure",
    r"unsure",
    r"not certain",
    r"(?:don't|do not|doesn't) know (?:yet|for sure|exactly|if|whether|which|what|how)",
    r"wondering (?:if|whether)",
    r"(?:wasn't|was not|weren't|were not) sure",
    r"(?:wanted|want|wanting) to check (?:whether|if)",
    (
        r"(?:I think|I believe|I reckon)(?: it's| it is| it'll be| there'll be| we'll be)? "
        r"(?:about|around|roughly|probably)"
    ),
    r"could be (?:one|two|a few|a couple|three) (?:or \w+ )?more",
    r"(?:no idea|not sure|don't know|do not know) (?:how|what|whether|if|when|which)",
    # A plan that may fall through: "if it's delayed we might not make it before you close".
    r"might not (?:make|be able|get|arrive|manage)",
    r"may not (?:make it|be able|get there|arrive in time)",
    r"if (?:it's|it is|we're|we are|I'm|I am|the \w+ is) (?:delayed|late|running late|held up)",
    r"(?:haven't|have not) (?:decided|confirmed|finali[sz]ed)",
    r"at least \w+",
    r"up to \w+ (?:people|guests|of us)",
    r"or so",
    r"give or take",
    r"tbc",
    r"to be confirmed",
    r"depending on",
    r"might (?:be|bring|need|come|have)",
    r"may (?:be|bring|need|come|have) (?:a|an|one|two|three|more|fewer|extra)",
    r"could be (?:more|fewer|less)",
    r"\w+ or \w+ (?:people|guests|of us)",
    r"roughly",
    r"approximately",
    r"probably",
    # A choice still open: "I'm torn between the two", "we can't decide", "can I tell you later?"
    r"torn between",
    r"(?:can't|cannot|can not|couldn't) decide",
    r"undecided",
    r"still (?:deciding|thinking|choosing|working out)",
    r"(?:haven't|have not|not) (?:yet )?(?:decided|chosen|made up (?:my|our) minds?)",
    r"(?:let you know|confirm|tell you|get back to you) (?:later|nearer|closer|once|when|in a (?:few|couple))",
)

# An open question the customer asked, in a sentence ending in "?": a choice ("manual or automatic?"),
# asking if something is allowed or possible ("can I bring my dog?"), or asking for advice. The reply
# must take up what it is about; a plain request ("could I book a table for 6?") is not one.
# (A bare choice, "manual or automatic?", is read in :mod:`.values`: only the two options are its topic.)
OPEN_QUESTION: tuple[str, ...] = (
    r"(?:not sure|unsure|(?:don't|do not) know) (?:if|whether|what|which|how)",
    r"(?:can|could|may) (?:I|we) (?:bring|take|park|leave|arrive|pay|change|use|swap|come (?:early|late)|"
    r"check (?:in|out) (?:early|late))",
    r"(?:is|are) (?:there|it) (?:enough |still )?(?:time|room|space|parking|ok|okay|alright|a problem)",
    (
        r"(?:is|are) there (?:a|an|any) (?:[\w-]+ )?"
        r"(?:[\w-]+er|table|room|bedroom|lift|ramp|step|steps|space|spot|option)\b"
    ),
    r"(?:is|are) (?:[\w-]+ ){0,4}?(?:allowed|welcome|permitted|included|suitable|ok|okay)",
    r"(?:does|do|will) (?:your|the) [\w-]+(?: [\w-]+)? (?:include|cover|come with)",
    r"(?:will|would) (?:that|it|there|this) be (?:enough|ok|okay|alright|a problem|too|in time|time)",
    r"enough time",
    r"(?:is|are|will|would) (?:that|it|this) (?:be )?(?:too|a bit|very) (?:late|early|far|much|long|short|small|big)",
    r"(?:is|are) (?:it|they|you) (?:a )?(?:walkable|within walking distance|far|near|close)",
    r"do (?:I|we|they|you) (?:need|have) to",
    r"will there be (?:someone|somebody|anyone|staff|a member of staff)",
    r"(?:is|are) (?:all )?(?:your|the) [\w-]+ (?:halal|vegan|vegetarian|gluten-free|kosher|included)",
    r"should (?:I|we)",
    r"(?:what|which) (?:would|do|should) you (?:suggest|recommend|advise)",
    r"(?:what|which) (?:is|would be) (?:best|better)",
    r"is it (?:ok|okay|alright|all right|worth|better|best)",
    r"(?:is|are) (?:that|this|she|he|they|it|[\w-]+) (?:old|young|tall|fit|experienced) enough",
    r"(?:does|do) (?:she|he|it|they) (?:need|have) to",
    r"do you (?:allow|accept|take) (?:dogs|pets|children|kids|babies)",
)

# The reply deals with that uncertainty.
UNCERTAINTY_ADDRESSED: tuple[str, ...] = (
    r"final (?:numbers?|headcount|count|guest list|figures?)",
    r"confirm (?:the )?(?:final )?numbers",
    r"numbers? (?:can |may |might |could |often )?(?:change|changes|go up|go down)",
    # The customer unsure of when: "turn up whenever suits", "any time that works".
    r"whenever (?:suits|you like|works|is easiest|you can|you're ready)",
    r"(?:any|whatever) time (?:that )?(?:suits|works|you like)",
    r"(?:when|once) you(?:'ve| have)? (?:got |had )?(?:a )?(?:firm|final|exact|confirmed) (?:numbers?|headcount|count)",
    (
        r"(?:if|when|once) (?:you know|the numbers?|numbers?|plans?|anything|that|things) (?:change|changes|"
        r"are confirmed|is confirmed|firm up|are final)"
    ),
    r"let (?:me|us) know (?!if (?:you|there) (?:have|need|'d like|would like|want|is|'s|are) any)"
    r"(?:if|when|once|nearer|closer|by|how many|the final|on the day)",
    (
        r"(?:let (?:me|us) know|confirm|tell (?:me|us)|update (?:me|us))[^.!?\n]{0,40}(?:nearer|"
        r"closer to) the (?:time|day|date)"
    ),
    r"(?:if|should|whether) (?:you|it|there|numbers?) (?:end(?:s)? up|turn(?:s)? out)",
    (
        r"(?:easily |happily |gladly )?(?:adjust|amend|change|update|add|increase|reduce) (?:the|your|it|"
        r"that)? ?(?:booking|table|reservation|numbers?)"
    ),
    r"(?:adjust|amend|change|update) it",
    r"flexib(?:le|ility)",
    r"(?:no problem|not a problem|fine|ok|okay|no trouble|doesn't matter|does not matter)(?: at all)?,? (?:if|whether)",
    r"if there (?:are|'re|is|'s) (?:only|just|fewer|more|less)",
    r"(?:if|whether) (?:it's|it is|there are|you're|you are) (?:only |just )?\w+ or \w+",
    r"either way",
    r"whether (?:it's|there are|you're|you are|it is)",
    r"just in case",
    r"regardless\b",
    r"(?:larger|bigger|higher|upper) (?:number|figure|party|group)",
    r"room for (?:one|two|an extra|extra|everyone)",
    r"(?:room|space|a seat|a place|a chair) for a (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)",
    r"(?:an )?extra (?:seat|place|chair|cover|space)",
    r"add (?:a|an|another|one|two|the)(?: \w+)? (?:seat|place|chair|cover|setting|guest|person)s?",
    # Allowing for someone who may or may not come: "a chair for her if she makes it".
    (
        r"(?:if|in case|whether|should) (?:he|she|they|you|anyone|someone|everyone) (?:can |does |do )?(?:make it|"
        r"makes it|come|comes|join|joins|turn up|turns up|get back|gets back|get here|gets here|manage|manages)"
    ),
    r"if (?:he|she|they) (?:doesn't|don't|does not|do not|can't|cannot|isn't|aren't)",
    (
        r"(?:keep|kept|keeping|hold|held|holding|save|saved|lay|laid|set|leave|left) (?:\w+ ){0,3}"
        r"(?:seat|place|chair|cover|setting|space)s? (?:for|free|spare|to one side|aside|in case)"
    ),
    r"no need to (?:let (?:me|us) know|confirm|decide|choose|tell (?:me|us))",
    (
        r"(?:decide|choose|confirm|tell (?:me|us)|let (?:me|us) know) (?:\w+ ){0,3}?(?:nearer|"
        r"closer to) the (?:day|time|date|event)"
    ),
    r"if (?:it|numbers?|the number) (?:stays?|stay|remains?) at",
    # "If it grows, no problem": allowing for the number to move.
    (
        r"if (?:it|that|numbers?|the numbers?|the (?:guest )?list|the group|the party) (?:grows?|goes up|go up|"
        r"increases?|creeps? up|rises?|gets? bigger|drops?|shrinks?|goes down|go down)"
    ),
    r"if (?:fewer|more|less) (?:of you|people|guests|come|turn up)",
    (
        r"(?:ring|call|text|email|phone|message|tell) (?:us |me )?(?:by|before) [\w ]{1,20}? "
        r"if (?:it's|there are|you're|you are)"
    ),
    # Taking the doubt on at the visit: "I can't promise until I've had a look, but I'll talk you through the options".
    r"(?:until|once|when) (?:I|we)(?:'ve| have)? (?:had a look|seen it|looked at it|assessed it|seen them|had a chat)",
    r"talk you through (?:the |your )?(?:options|choices|possibilities)",
    r"(?:I'll|I will|we'll|we will) (?:assess|check|look at|test) (?:it|them|that) (?:when|once|on the day|first)",
    r"(?:tell|let) (?:me|us)(?: know)? on the (?:day|night)",
    (
        r"(?:when|whenever|once) you(?:'ve| have)? (?:decided|decide|chosen|choose|made up your minds?|"
        r"make up your minds?|know for sure|are sure)"
    ),
)

# A plain refusal or a firm requirement answers the customer's doubt, however coldly ("We don't hold
# spaces for maybes", "All must attend in person", "I'd need a firm number by Wednesday"); its tone is
# blame_shifting's business. Declining to advise ("I couldn't say") is not an answer: see values._REFUSAL.
REFUSAL_ANSWERS: tuple[str, ...] = (
    (
        r"(?:we|I) (?:don't|do not|can't|cannot|won't|will not|are not able to|aren't able to) (?:really |usually )?"
        r"(?:take|accept|allow|do|offer|arrange|split|swap|move|transfer|refund|cater|(?:hold|reserve|keep) "
        r"(?:\w+ )?(?:spaces?|places?|tables?|dates?|rooms?|seats?|bookings?|slots?))\b"
    ),
    (
        r"(?:all|everyone|each of you|they|he|she) (?:must|will need to|needs? to|has to|have to) "
        r"(?:\w+ ){0,3}?(?:attend|come|be)"
    ),
    r"need (?:a |the )?(?:firm|final|exact|confirmed) (?:numbers?|figures?|headcount|count)",
    r"(?:can't|cannot|don't|do not) hold (?:[\w-]+ ){1,3}?(?:on|for) (?:a )?(?:maybes?|guess)",
    r"not our department",
    r"(?:take|do|fill in|complete) the (?:\w+ )?(?:test|assessment|quiz|form) (?:on|at|via) our",
)

# A bare "that's fine": it deals with an open number of people ("if it's 7, that's fine"), but not
# with a question about something else ("not sure whether I need a referral").
UNCERTAINTY_ACCEPTED: tuple[str, ...] = (
    r"(?:that's|that is|it's|it is) (?:absolutely |totally |perfectly |completely |also )?(?:fine|ok|okay|no problem)",
    r"(?:don't|do not|no need to|never) worry (?:about|if|at all)",
)

# Words that say nothing about *what* the customer is unsure of: in "I'm not sure whether we need
# to bring our own mats" only "mats" is left, and a reply that mentions mats has dealt with it.
TOPIC_STOPWORDS: frozenset[str] = words_of(
    """
    a an the and or but so if as at by for from in into of on off onto out over to up with about after
    before until till than then that this these those there here what which who whom whose when where why
    how whether all any some each every both either neither one ones other another such own same just only
    also even still yet again already ever never not no nor too very quite rather really much many more
    most less least few lot lots bit around roughly approximately about maybe perhaps possibly probably
    might may could would should will shall can cannot must do does did done doing be been being is are
    was were am have has had having get gets got getting go goes going went come comes coming came make
    makes made take takes took need needs needed bring brings know knows knew known let lets think thinks
    want wants like sure unsure certain decide decided deciding tell later soon time times day days week
    weeks month months year end ends ending back away well way thing things anything something nothing
    everything i me my mine we us our ours you your yours he him his she her hers it its they them their
    theirs ll ve re d s t m don doesn didn won isn aren wasn weren haven hasn hadn couldn wouldn shouldn
    can't please thanks thank book booking booked table people guests party group person persons night
    nights room rooms place places either interest interested interesting first last next
    recommend recommended suggest suggested advise reckon best better
    january february march april may june july august september october november december jan feb mar apr
    jun jul aug sep sept oct nov dec
    """
)

HELP_OFFER: tuple[str, ...] = (
    r"any (?:other )?questions",
    r"anything else",
    r"if (?:there's|there is) anything",
    r"if (?:I|we) can (?:help|do|make|assist|arrange)",
    (
        r"(?:happy|glad|here|pleased) to (?:help|assist|arrange|advise|accommodate|sort|send|show|talk|chat|"
        r"go through|recommend|suggest|organise|organize|answer|put together|set up|book|add|reserve|order|"
        r"bring|ring|call|pop)"
    ),
    r"if (?:it|that) (?:would|'d|will|might|could) help",
    r"you(?:'re| are) (?:very |more than |always |most )?welcome to (?:pop|come|call|ring|drop|visit|ask|bring|"
    r"get in touch|contact|email|phone|see|have a look|look)",
    (
        r"(?:I|we) (?:can|could) (?:also |always |happily |gladly )?(?:send you|show you|arrange|organise|organize|"
        r"recommend|suggest|set aside|put aside|put together)"
    ),
    r"(?:don't|do not) hesitate",
    r"get in touch",
    r"feel free",
    r"just (?:ask|reply|give (?:me|us) a (?:call|ring))",
    r"let (?:me|us) know if (?:you(?:'d| would)? (?:need|have|want|like|prefer)|there(?:'s| is) anything|(?:I|we) can)",
    r"(?:give|drop|send|shoot) (?:me|us) a (?:call|ring|line|message|text|note|email|quick \w+)",
    r"any (?:changes|problems|worries|queries|questions)(?: or (?:questions|queries|worries|changes))?,",
    r"(?:call|ring|phone|email|message) (?:me|us) (?:on|at|any ?time|directly)",
    r"(?:can|could|may) (?:I|we) (?:help|arrange|offer|suggest|do)",
    r"(?:how|what) can (?:I|we) (?:help|do)",
    r"(?:is|are) there any (?:dietary|access|special|other)",
    r"(?:is|are) there anything (?:else )?(?:you(?:'d| would)? (?:like|need|want)|(?:I|we) (?:can|could))",
    r"if you(?:'d| would) (?:like|prefer|want)",
    r"(?:would|do) you (?:like|want) (?:us|me) to",
    # Offering something extra as a question: "would you like a card with them?", "shall I add a bow?"
    r"(?:would|do) you (?:like|want) (?:a|an|some|any)\b",
    r"(?:would|do) you (?:like|want) [\w-]+ (?:or|and) ",
    r"shall (?:I|we) (?!see\b|say\b)\w+",
    r"(?:tell|let) (?:me|us) (?:about|know about) any",
    r"ask away",
    r"(?:need|needs|want|wants|would like) anything",
    # "If the children would like a tour", "if either of you needs a hand": an offer made on a condition.
    (
        r"if (?:you|either of you|any of you|anyone|someone|your \w+|the (?:kids|children|family|group|others)) "
        r"(?:need|needs|want|wants|would like|'d like|would prefer|'d prefer)"
    ),
    # Any other condition, then an invitation: "If either of them gets anxious, tell reception and ..."
    # (not a change of numbers or times: "if you end up as 7, just let me know" allows for a doubt).
    (
        r"if (?:you|either of (?:you|them)|any of (?:you|them)|anyone|someone|he|she|they|your \w+|anything|"
        r"something)\b(?![^.!?\n,]*?\b(?:end|ends|turn|turns) (?:up|out)\b|"
        r"[^.!?\n,]*?\b(?:numbers?|changes?|more|fewer|less|late|early)\b)"
        r"[^.!?\n]{1,70}?(?:,|\bthen\b)\s*(?:please |do |simply )?(?:just )?"
        r"(?:tell|let|ask|give|ring|call|phone|email|text|mention|drop)\b"
    ),
    r"(?:only|just) a (?:phone call|call|phone|email|message|text|ring|quick call) away",
    (
        r"if (?:that's|that is|it's|it is|that doesn't|that isn't|this is|"
        r"this doesn't) [^.!?\n]{0,60}?(?:just |please |do )?"
        r"(?:let (?:me|us) know|tell (?:me|us)|give (?:me|us) a (?:call|ring)|drop (?:me|us) a line)"
    ),
    (
        r"would (?:that|this|either|any of (?:those|these)|one of (?:those|"
        r"these)) (?:work|suit|be (?:ok|okay|any good|better))"
    ),
    r"if so,? (?:I'll|I will|we'll|we will|I can|we can|just)",
    r"if (?:anything|something) (?:comes up|crops up|changes|occurs to you|else comes up)",
)

# Topics the customer may have raised, and words that show the reply took them up.
HELP_TOPICS: dict[str, tuple[str, ...]] = {
    "dietary": (
        r"dietary",
        r"allerg(?:y|ies|ic|en|ens)",
        r"vegan",
        r"vegetarian",
        r"gluten",
        r"coeliac",
        r"halal",
        r"kosher",
        r"menu",
    ),
    "accessibility": (
        r"access(?:ible|ibility)?",
        r"wheelchair",
        r"step-free",
        r"ramp",
        r"mobility",
        r"lift",
        r"ground floor",
        r"parking",
    ),
    "occasion": (
        r"birthday",
        r"anniversary",
        r"celebrat\w*",
        r"occasion",
        r"cake",
        r"candles?",
        r"surprise",
        r"special",
    ),
}

# Past-tense cues: a date in a sentence about what already happened is not a mistake.
PAST_CUES: tuple[str, ...] = (
    r"received",
    r"ordered",
    r"placed",
    r"sent",
    r"arrived",
    r"was",
    r"were",
    r"had",
    r"did",
    r"since",
    r"ago",
    r"last",
    r"emailed",
    r"called",
    r"rang",
    r"wrote",
    r"reported",
    r"raised",
    r"paid",
    r"missed",
    r"booked on",
    r"made on",
    r"stayed",
    r"visited",
    r"dined",
    r"came",
    r"happened",
    r"checked (?:in|out)",
    r"left",
    r"went",
    # A simple past verb with its subject and the day it happened: "you dropped it off on ...".
    r"\b(?:you|we|they|he|she|I) [a-z]+ed(?: [a-z]+){0,3} on",
)
FUTURE_CUES: tuple[str, ...] = (
    r"will",
    r"'ll",
    r"going to",
    r"expect",
    r"expected to",
    r"should (?:arrive|be|reach)",
    r"due",
    r"scheduled",
    r"planned",
    r"aim",
    r"by",
    r"within",
    r"look(?:ing)? forward",
    r"see you",
)

# Words before a date or time that make it a deadline or opening hours, not the booking itself.
OTHER_DATE_CUES: tuple[str, ...] = (
    r"check-?in",
    r"check in",
    r"by",
    r"before",
    r"until",
    r"till",
    r"after",
    r"since",
    r"from",
    r"closed",
    r"close",
    r"closes",
    r"open",
    r"opens",
    r"between",
    r"no later than",
    r"deadline",
)
