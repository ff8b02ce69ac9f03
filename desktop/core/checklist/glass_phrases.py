"""Phrase and word lists of the glass detectors, kept as data: blame and stonewalling, internal
notes, insults, everyday words the maintained profanity list must not flag, and acronyms.

Entries follow the syntax described in :mod:`.phrases`.
"""

from __future__ import annotations

from desktop.core.checklist.phrases import words_of

BLAME: tuple[str, ...] = (
    r"nothing to do with (?:us|me|our \w+|this \w+)",
    r"(?:not|isn't|wasn't) (?:our|my) (?:fault|problem|responsibility|department|job|concern|issue|call|area|remit)",
    r"(?:not|isn't) (?:something|anything) (?:we|I) (?:deal with|handle|cover|can help with|can (?:change|do|control))",
    # "the courier's fault" (keyed on "fault": a phrase opening with "the" would be tried at every "the").
    r"(?:(?<='s\x20)|(?<=s'\x20))(?<!body's\x20)(?<!one's\x20)fault",
    (
        r"(?:that's|that is|it's|it is) (?:just |simply )?(?:the way (?:things are|it is|it goes)|"
        r"how (?:things are|it is|it goes))"
    ),
    r"(?:we|I) (?:don't|do not) deal with (?:that|this|those)",
    r"(?:that's|that is|it's|it is|this is) (?:down|up) to (?:them|the \w+|another \w+|head office|your \w+)",
    r"(?:down|up) to (?:the|another|head) \w+ to (?:decide|sort|fix|deal|arrange|say|answer)",
    r"your guess is as good as mine",
    # "Who knows?", "who knows when it'll come" (not "Sam, who knows the garden well").
    r"who knows(?=\s*[?!.,]|\s+(?:when|what|how|if|whether|why|where|really)\b)",
    r"(?:I|we) (?:have|'ve) no idea",
    r"(?:we|I) (?:can't|cannot|can not|won't|will not) (?:do|change|help with) (?:that|this|anything)(?! else)",
    r"(?:we|I) (?:can't|cannot|can not) (?:say|tell you) when",
    r"(?:we|I) (?:can't|cannot|can not|won't|will not) give (?:you )?(?:a|any) (?:date|time|timescale|timeframe|range)",
    r"nothing (?:more )?(?:we|I) can do",
    r"(?:it's|it is|that's|that is|this is) (?:company|our|the) policy",
    r"company policy",
    r"rules are rules",
    r"computer says no",
    r"system (?:won't|will not|doesn't|does not) (?:let|allow) (?:me|us)",
    r"I (?:just|only) work here",
    r"(?:out of|beyond|outside(?: of)?) (?:our|my) (?:hands|control)",
    r"(?:have|has|had) (?:any |no )?control over",
    (
        r"(?:down to|up to|(?<=\bthe\x20)fault of|caused by|because of) (?:them|the [\w-]+(?: [\w-]+)?),? "
        r"(?:rather than|and not|not) (?:us|me)\b"
    ),
    r"take it up with",
    r"(?:we|I)(?:'re| are| am|'m) (?:unable|not able) to (?:give|say|tell|help|do|change)",
    (
        r"(?:dealt with|handled|managed|done|processed|decided|sorted|arranged) by (?:the|our|another|"
        r"a different|a separate|head) \w+(?: \w+)?,? not (?:by )?\w+"
    ),
    (
        r"(?:not|isn't|aren't|is not|are not) (?:dealt with|handled|decided|managed|covered|looked after) "
        r"(?:by us|here|by me|by (?:this|our) (?:office|team|department|branch|shop|desk))"
    ),
    # A rule turned into a refusal: "school policy is that staff do not advise", "our policy says we can't".
    (
        r"policy (?:is|says|states|means) (?:that )?(?:(?!to\b)[\w']+ ){0,5}?(?:not|"
        r"no|never|cannot|can't|don't|doesn't|won't)\b"
    ),
    # The customer's problem, not ours: "the choice is the student's responsibility", "that's your responsibility".
    (
        r"(?:is|are|remains?) (?:entirely |solely )?(?:your|the (?:customer|client|guest|student|owner|buyer|"
        r"hirer|tenant|parent)(?:'s|s')) (?:own )?responsibility"
    ),
    r"(?:can't|cannot|can not|won't|will not|do not|don't) (?:be held |accept )(?:any )?(?:responsib|liab)\w*",
    r"between you and (?:them|the \w+|your \w+)",
    # Sending the customer elsewhere: "you'd need to contact them directly", "claim through your insurer".
    (
        r"(?:need|have) to (?:contact|ring|call|phone|email|speak to|talk to|ask|write to|chase) "
        r"(?:them|the (?:[\w-]+ )?(?:team|office|department|company|courier|supplier|manufacturer)) directly"
    ),
    r"claim (?:it )?(?:through|on|from|via) (?:your|the customer's) (?:own )?(?:[\w-]+ )?(?:insurance|insurer|policy)",
    r"covered by (?:your|the customer's|their) own (?:[\w-]+ )?insurance",
    r"you(?:'ll| will) (?:just )?have to (?:wait|contact|ring|call|speak to|ask)",
    r"you should have (?:told|read|checked|ordered|called|said|asked|booked|looked)",
    r"as (?:I|we) (?:already |previously |have already )?(?:said|told you|explained|stated|mentioned)",
    r"as per my (?:last|previous) (?:email|message)",
    r"(?:blame|fault of) (?:the|them|our) \w+",
    r"(?:don't|do not) ask me",
    r"not my call",
    # The system, or bad luck, as the reason: "that's just how our booking system works", "these things happen".
    (
        r"(?:that's|that is|it's|it is|this is) (?:just |simply )?(?:how|the way) (?:the|our) (?:[\w-]+ ){0,2}"
        r"(?:system|software|computer|process|rules|policy) (?:works|work|is|goes|operates)"
    ),
    r"(?:computer|software|till|system) (?:won't|will not|doesn't|does not) (?:let|allow)",
    r"(?:(?<=\bthese\x20)|(?<=\bsuch\x20))things (?:can |do |will |sometimes |just )?happen",
    r"(?:accidents|things like (?:this|that)) (?:can |do |will |sometimes |just )?happen",
    # Blaming the animal or child in their care: "he wouldn't keep still for the groomer".
    r"(?:wouldn't|won't|would not|will not|didn't|did not|couldn't|could not) (?:keep|stay|sit|stand|hold) still",
    # Hiding behind the small print: "as set out in our terms, there is no delay" (a citation that
    # turns into a denial or a refusal in the same sentence).
    (
        r"(?:(?:set out|stated|laid out|specified|written|explained|outlined) in|according to|as per|under) "
        r"(?:our|the) (?:terms|t&cs|t's and c's|small print|conditions|booking conditions|policy)"
        r"[^.!?\n]{0,120}?(?:\bno (?:delay|refunds?|compensation|fault|liability|responsibility)\b|"
        r"\bnot (?:late|delayed|responsible|liable|entitled|eligible|refundable|our|given|offered|possible|"
        r"accepted|refunded|covered)\b|\bnon-refundable\b|"
        r"(?:\bcannot|\bunable to|n't|\bwill not) (?:refund|offer|give|accept|change|help|do|make)\b)"
    ),
    # Denying any part in it: "no delay on our side", "nothing wrong at our end".
    (
        r"(?:no|not (?:a|an|any)|nothing) (?:\w+ )?(?:delay|problem|issue|fault|error|mistake|failing|wrong|amiss) "
        r"(?:on|at|from) our (?:side|end|part)"
    ),
    r"(?:not|isn't|wasn't|is not|was not|nothing) (?:down|up) to (?:me|us)\b",
    # Being busy as the reason: "the lads are flat out", "we're snowed under".
    (
        r"(?:(?<=\bare\x20)|(?<='re\x20)|(?<=\bam\x20)|(?<='m\x20)|(?<=\bis\x20)|(?<='s\x20)|(?<=\bbeen\x20)|"
        r"(?<=\bwere\x20)|(?<=\bwas\x20)|(?<=\bjust\x20)|(?<=\ball\x20)|(?<=\bso\x20))"
        r"(?:flat out|snowed under|rushed off (?:our|my|their) feet|run off (?:our|my|their) feet|up to our eyes)"
    ),
)

INTERNAL_NOTE: tuple[str, ...] = (
    r"note to self",
    r"\[\s*internal[^\]]*\]",
    r"\(\s*internal[^)]*\)",
    r"internal(?: note| only| use)?:",
    r"internal (?:use|eyes) only",
    r"not for (?:the )?(?:customer|client|guest)",
    (
        r"(?:don't|do not|dont) (?:tell|mention (?:this|that|it) to|show|send this to|"
        r"forward this to) (?:the )?(?:customer|client|guest|her|him|them)"
    ),
    r"between (?:you and me|ourselves)",
    r"(?:remove|delete) (?:this )?before send(?:ing)?",
    r"fob (?:her|him|them|the \w+) off",
    r"(?:won't|will never|never) (?:notice|find out)",
    (
        r"(?:typical|difficult|annoying|nightmare|crazy|mad|stroppy|demanding|awkward) (?:customer|"
        r"client|guest|one)"
    ),
    (
        r"(?:(?<=\bthe\s)|(?<=\bthis\s)|(?<=\bthat\s))(?:customer|client|guest|guy|bloke|woman|lady|man)"
        r"(?: here)? (?:is|was|keeps|"
        r"always|never|wants|seems|sounds|moans|complains|again|has been)\b(?! (?:welcome|able|entitled|"
        r"invited|free))"
    ),
    (
        r"(?:she|he)(?:'s| is) (?:such )?(?:a|being|so|really) (?:pain|nightmare|difficult|rude|annoying|"
        r"demanding|moaning|idiot|muppet|pest|headache|joke)"
    ),
    r"keeps (?:moaning|complaining|whinging|emailing|ringing|calling)",
    # A verdict on the customer nobody would write to them: "sounds fussy", "seems a bit demanding".
    (
        r"(?:sounds?|seems?|looks?) (?:a bit |quite |very |really |so |rather |a little |a right )?(?:fussy|picky|"
        r"stroppy|demanding|high[- ]maintenance|precious|entitled|tight|stingy|posh|dodgy|shifty)"
    ),
    r"(?:just )?ignore (?:her|him|them|this one)",
    # A bracket that speaks of the customer, or gives a colleague a job: "(She's complained about every job
    # we've done)", "[check with Rosie she's free before sending]".
    (
        r"(?:(?<=\()|(?<=\(\x20))(?:she|he|they)(?:'s|'ve| has| have| is| was)? (?:complained|moaned|kicked off|"
        r"threatened|always|never|been (?:rude|difficult|awkward|a pain|trouble))"
    ),
    r"(?:(?<=\[)|(?<=\[\x20)|(?<=\()|(?<=\(\x20))(?:check with|ask|chase|remember to|todo|to do|tbc|confirm with)\b",
    r"before send(?:ing)?\b",
    # An order to the staff left in the reply: "Note: husband can't do stairs - make sure housekeeping ...".
    (
        r"(?:(?<=[-:]\x20)|(?<=^)|(?<=\n))(?:make sure|tell|remind|warn|ask) (?:housekeeping|the kitchen|kitchen|"
        r"reception|front desk|the chef|chef|the driver|the fitters?|the engineers?|the cleaners?|the seamstress|"
        r"the groomers?|the night staff|the porter|the waiters?|the waiting staff)\b"
    ),
)

# Verbs after the customer's own name that make a sentence a remark about them, not to them.
THIRD_PERSON_VERBS: tuple[str, ...] = (
    r"is", r"was", r"has", r"had", r"wants", r"wanted", r"keeps", r"kept", r"always", r"never", r"seems",
    r"seemed", r"sounds", r"moans", r"moaned", r"complains", r"complained", r"again", r"rang", r"rung",
    r"called", r"phoned", r"emailed", r"says", r"said", r"thinks", r"reckons", r"claims", r"claimed",
    r"insists", r"insisted", r"won't", r"doesn't", r"didn't", r"can't", r"isn't", r"wasn't", r"needs",
    r"refuses", r"refused", r"threatened", r"shouted", r"swore", r"got", r"gets",
    r"forgot", r"forgets", r"owes", r"owed", r"lost", r"broke", r"ignored", r"hasn't", r"never",
)  # fmt: skip

# After a surname alone, only a verdict makes it a remark about the customer.
REMARK_VERBS: tuple[str, ...] = (
    r"sounds", r"seems", r"keeps", r"always", r"never", r"moans", r"complains", r"complained", r"reckons",
    r"claims", r"insists", r"refuses", r"threatened", r"shouted", r"swore", r"is (?:a|an|such|being|so|always)",
    r"(?:is|was) the (?:one|lady|woman|man|customer|client) who",
)  # fmt: skip

# What a note to a colleague asks them to do, after their name and a dash or colon ("Kev - chase ...").
COLLEAGUE_TASKS: tuple[str, ...] = (
    r"can you", r"could you", r"pls", r"plz", r"chase", r"check", r"ring", r"phone", r"call", r"flag",
    r"follow up", r"sort", r"remind", r"remember", r"make sure", r"don't forget", r"ask", r"tell", r"invoice",
    r"refund", r"cancel", r"update", r"add", r"move", r"find", r"book", r"give", r"put", r"send", r"keep",
    r"leave", r"hold", r"block", r"charge", r"bill", r"allocate", r"swap", r"change", r"double-check", r"print",
    r"prep", r"email", r"text", r"note", r"log", r"order", r"let them", r"let her", r"let him",
    r"can we", r"could we", r"did you", r"did we", r"have you", r"has anyone", r"we need", r"need to",
    r"any news", r"any update",
)  # fmt: skip
# What follows a colleague's name and a comma when the sentence is said to them, not to the customer:
# "Jo, she's the one who left without paying", "(Gem, this is the bride who ...)", "Sam, can you ...".
ASIDE_OPENERS: tuple[str, ...] = (
    r"(?:she|he|they)(?:'s|'re| is| are| was| were| has| had| never| always| keeps| wants)",
    r"(?:this|that)(?:'s| is| was) (?:the|her|his|their|our|a)",
    r"the (?:customer|client|guest|bride|groom|owner|lady|woman|man|couple) ",
    r"(?:her|his|their) ",
    r"(?:can|could|would) you",
    r"(?:pls|plz|please|remember|don't forget|make sure|heads up|fyi|btw|just so you know)",
)

# Capitalised words that may open a customer-facing line before a colon or dash ("Parking: ...").
NOT_ADDRESSEES: frozenset[str] = words_of(
    """
    parking directions access reminder update important tip tips address location arrival departure
    breakfast dinner lunch payment deposit price prices cost total directions getting travel contact
    details summary step steps option options
    yep yup yeah yes nope no sure ok okay right great brilliant lovely perfect cheers ah oh aw ooh wow hmm
    well alright fab super gosh blimey sorry
    """
)

# Case-sensitive markers: a colleague's to-do left in the text.
INTERNAL_MARKERS: tuple[str, ...] = (r"TODO", r"FIXME", r"TBC by", r"XXX", r"NB to")

# Insults and rude words the maintained list does not carry.
INSULTS: frozenset[str] = words_of(
    """
    idiot idiots idiotic moron morons imbecile cretin halfwit halfwits numpty numpties muppet muppets pillock
    plonker dimwit nitwit twit twat twats wanker wankers tosser tossers prat prats berk bellend dickhead
    dumbass bloody bollocks bugger arse arsehole stupid loser losers scrounger freeloader
    """
)
INSULT_PHRASES: tuple[str, ...] = (
    r"shut up",
    r"get a life",
    r"grow up",
    r"(?:can't|cannot) you read",
    r"learn to read",
    r"are you (?:blind|stupid|thick|deaf)",
    r"piss off",
    r"cock-?ups?",
    r"sod off",
    r"get lost",
    r"you(?:'re| are) (?:so |being |just |a )?(?:useless|clueless|pathetic|unreasonable|thick|dense)",
)

# Words on the maintained list that are ordinary in a restaurant, hotel or trade, or that name
# people's identities: never flagged.
PROFANITY_ALLOW: frozenset[str] = words_of(
    """
    breasts breast fat god hell kill pot rum screw screwed screwing seaman seamen organ oral orally pasty
    pastie pawn paddy nipple nipples pee revue sandbar maxi hemp hookah murder nude master omg lmao pms poop
    potty prude racy drunk facial enlargement erect erection fondle foobar gay gays queer lesbians loin loins
    hump lust crotch gonad gonads hiv herpes ovary ovum ovums menstruate menstruation menses pubic rectal
    rectum heroin opium junkie junky leper slave nappy muff knob cock dong sexual sex seduce scantily punky
    pinko prig hooch mams dink dinks nad nads len dummy jerk jerked homey rump booty glans hymen labia semen
    scrotum penis penile phallic meth opiate peyote reefer ganja pube pubis busty kinky lusty lusting playboy
    lube erotic erotism quicky rectus slope reich hitler napalm niggle tit bum
    strip stroke thrust vodka urine vomit weed womb uterus naked steamy stoned undies urinal tampon virgin teat
    cocks flange sniper valium viagra xx xxx wad whiz toots tinkle willy woody vixen sleaze
    """
)

# Words written in capitals that are not shouting.
ACRONYMS: frozenset[str] = words_of(
    """
    ASAP RSVP FAQ FAQS BBQ VAT NHS UK USA EU GDPR HMRC DVLA COVID UNESCO OK PDF URL HTML SMS MOT ETA BST GMT
    CEST CET AM PM WIFI QR ID NB PS PPS DIY LED TV DVD CD SUV MPV EV HGV HR IT CEO MD PA TBC TBA RSPCA YMCA
    NATO ISBN ATM PIN ABTA ATOL IATA ISO BSI CORGI NICEIC HVAC UPVC DPD UPS DHL FEDEX TNT EVRI
    """
)
