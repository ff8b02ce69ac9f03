"""Phrase lists of the SNAP rules (Status, Next steps, Approximate timeline, Planned outcome,
ownership, apology) and of complaint emails, kept as data.

Entries follow the syntax described in :mod:`.phrases`.
"""

from __future__ import annotations

# After "I can": words that do not commit to doing anything ("I can see", "I could not").
_NOT_AN_ACT = r"(?!see\b|understand\b|imagine\b|only\b|assure\b|appreciate\b|not\b|never\b|have\b|be\b)"

SNAP_STATUS: tuple[str, ...] = (
    r"currently",
    r"(?<=\bat\x20the\x20)moment",
    r"right now",
    r"(?<=\bat\x20)present",
    r"as (?:of|things stand)",
    r"(?<=\bso\x20)far\b",
    r"(?<=\bto\x20)date\b",
    r"is still",
    r"are still",
    r"(?:still|now) (?:waiting|with|in|on|at|being)",
    (
        r"(?:I|we)(?:'ve| have) (?:just |now |already )?(?:checked|looked into|looked at|spoken|received|"
        r"found|confirmed|logged|raised|reviewed|investigated|contacted|chased|traced|heard|tested|approved|"
        r"ordered|processed|issued|refunded|cancelled)"
    ),
    r"(?:I|we) can see",
    # The thing away, or down for a reason: "the castle is away being cleaned", "the supply is off because of
    # a burst joint".
    r"(?:is|are) (?:currently |still |now )?(?:away|out|off) (?:being|for|at|with)\b",
    r"(?:is|are|was|were) (?:currently |still |now )?(?:off|down|out|broken|blocked|closed|shut) (?:because|due to)\b",
    # Someone away now: "Captain Custard is off injured".
    r"(?:is|are) (?:currently )?(?:off|out) (?:sick|ill|injured|poorly)",
    (
        # Keyed on the verb, not the subject: "the"/"your" start far too many words to try each one.
        r"(?:is|has been|was|are|have been|hasn't been|isn't|has|were) (?:now |still |currently )?"
        r"(?:delayed|held up|running late|on hold|stuck|out of stock|back-ordered|in transit|waiting|"
        r"missed|cancelled|damaged|lost|booked|confirmed|logged|received|dispatched|with|finished|ready|"
        r"behind|late|safe|packed|printed|aware|on order)"
    ),
    r"(?:delay|problem|issue|fault|hold-up) (?:is|was|has|came)",
    r"(?:is|are) being",
    r"here(?:'s| is) where (?:things|we|it) (?:stand|stands|are|is)",
    r"running (?:\w+ ){0,3}(?:behind|late)",
    r"on (?:its|it's|the|their) way",
    r"(?:(?<=\bin\x20)transit|out for delivery)",
    r"(?:has|have) (?:now )?(?:been )?(?:shipped|dispatched|posted|sent out)",
    (r"(?:it's|it is|is) (?:now |still |currently )?(?:with|at|in|on) (?:the|our|your|a) \w+"),
    (
        r"(?:was|were|is|are|has|had) (?:never |not |been |now )?(?:taken ill|off sick|"
        r"ill|moved|passed on|reassigned|missed|delayed|cancelled|lost|damaged|held up|broken down|broke down|"
        r"rebooked|cut short|overran|failed|finished|ready|waiting|returned|sent back|bounced|undelivered|"
        r"misdelivered|missing|mislaid|misprinted)"
    ),
    # How it is going: "your order is on track", "everything's on schedule", "the cake is in hand".
    r"(?:on track|on schedule|on course|(?<=\bin\x20)(?:hand|progress)|under control|under way|underway|going to plan)",
    # The thing came in: "the part arrived this morning", "the new stock has come in".
    r"arrived",
    r"(?:has|have|had) (?:now |just |finally |already )?(?:come in|come back|landed|turned up|gone out|left)",
    # What someone has done to it: "the supplier has pushed back the date", "the courier has moved it".
    (
        r"(?:has|have) (?:now |just |already |finally |also )?(?:pushed back|put back|brought forward|moved|"
        r"postponed|changed|shipped|started|begun|finished|completed|collected|picked up|signed)"
    ),
    # Not done yet, said as it stands: "it hasn't shipped yet", "the worktop isn't here yet".
    r"(?:hasn't|haven't|has not|have not|isn't|aren't|is not|are not) (?:[\w-]+ ){0,4}yet",
    # What happened to it, told as a fact: "the technician found a cracked seal", "the van broke down".
    (
        r"(?:found|discovered|noticed|spotted|finished|completed|broke(?: down)?|failed|cracked|happened|"
        r"turned out|ran (?:out|late|over)|"
        r"went (?:wrong|missing|out)|came (?:back|in|off|loose|apart)|got (?:delayed|lost|stuck|damaged|held up|"
        r"caught|mixed up)|(?:couldn't|could not|didn't|did not) (?:get|find|make|reach|access|fit|finish|source|"
        r"arrive))"
    ),
    # The thing's present activity: "your sofa is sitting in our warehouse", "the paint is drying".
    # (Keyed on the verb before it: a phrase opening with a run of letters is not indexed right.)
    r"(?:is|are|now|still) (?!going\b|being\b|(?:no|some|any|every)thing\b)[a-z]+ing\b",
    r"wrong (?:colour|color|size|item|part|address|one|model|version|order|parcel|box|product|day|date)",
    # Having found out: "having looked into it, ...", "having spoken to the driver, ...".
    r"having (?:now )?(?:looked|checked|spoken|talked|investigated|reviewed|asked|traced|tested|been)",
    # What we are doing right now: "I'm packing the pre-orders today", "we're repairing the hub".
    (
        r"(?:(?<=\bI)'m|(?<=\bI\x20)am|(?<=\bwe)'re|(?<=\bwe\x20)are) (?:now |currently |still |just |already )?"
        r"(?!writing\b|hoping\b|wondering\b|looking forward\b|going to\b|afraid\b|sorry\b)[a-z]+ing\b"
    ),
    r"(?:current )?status",
    # "Here's where job KF-1 stands": the thing named between "where" and "stands".
    r"here(?:'s| is) where (?:[\w-]+ ){1,3}(?:stand|stands|are|is)",
    # The thing's present state: "it's being repainted", "they're safe at the desk" (the pronoun is
    # looked behind, \x20 being a plain space, so the phrase is tried at "'s", not at every "the").
    (
        r"(?:(?<=\bit)|(?<=\bthey)|(?<=\bshe)|(?<=\bhe))(?:'s|'re) (?:now |still |currently |already |all |safely )?"
        r"(?:being \w+|safe|ready|packed|printed|booked|here|waiting|in stock|out of stock|on order|on hold|with|at)\b"
    ),
    # Present perfect passive: "the part has been ordered", "your photos have been printed".
    r"(?:has|have) (?:now |already |just |all )?been (?!able\b|in touch\b)\w+(?:ed|en|nt|ld|ne|ound|ut)\b",
    r"(?:I|we)(?:'ve| have) (?:just |now |already )?(?:rebooked|rescheduled|rearranged|located|identified|diagnosed)",
    r"(?:(?<=\bwe)'re|(?<=\bI)'m|(?<=\bI\x20)am) (?:now |fully |well )?aware",
    # What went wrong, said plainly: "the visit was dropped from the diary".
    (
        r"(?:was|were) (?:accidentally |wrongly |mistakenly )?(?:left off|left out|missed off|dropped|forgotten|"
        r"overlooked|double-booked|mixed up|sent to the wrong|delivered to the wrong)"
    ),
    # What we did, said plainly: "we missed your slot today", "I have re-issued your code", "I've asked the warehouse".
    (
        r"(?:(?<=\bI\x20)|(?<=\bwe\x20)|(?<='ve\x20)|(?<=\bhave\x20)|"
        r"(?<=\bI\x20have\x20))(?:just |now |already |also )?"
        r"(?:missed|re-?issued|re-?sent|reset|reordered|re-ordered|passed|put|moved|asked|spoken|"
        r"allocated|assigned|reserved|replaced|repaired|fixed|cancelled|refunded|credited|sent|collected|"
        r"let you down|didn't|did not|failed|overbooked|double-booked|mixed up|lost)\b"
    ),
    # Not here yet: "they're not in yet", "it's not back yet".
    r"(?:(?<=\bit)|(?<=\bthey)|(?<=\bshe)|(?<=\bhe))(?:'s|'re) not (?:[\w-]+ ){0,3}yet",
    # Something that happened to it: "the system reset over the weekend and wiped a batch of codes".
    r"(?:reset|wiped|crashed|overran|overbooked|misread|misplaced|skipped|mislaid|went down|broke down|called in sick)",
    r"(?:still|all) (?:booked|on|confirmed|going ahead)\b",
    r"(?:I|we)(?:'ve| have) (?:now |just |already |also )?(?:arranged|emailed|logged|rung|phoned|called)\b",
    r"(?:belongs|belong) to\b",
    (
        r"(?:(?<='s\x20)|(?<=\bis\x20)|(?<='re\x20)|(?<=\bare\x20))(?:all )?"
        r"(?:fine|ok|okay|sorted|working|valid|active|live|reinstated|back on) now\b"
    ),
    r"should (?:never|not) have (?:taken|been|happened|left|arrived|turned up)",
    (
        r"(?:was|were) (?:made|cut|fitted|put|done|set|marked|drilled|printed|hung|laid) (?:[\w-]+ ){0,3}?"
        r"(?:off|wrong|incorrectly|badly|too|short|in the wrong)"
    ),
    # What the records say: "our records show it was delivered at 14:22", "I've pulled up job RF-2219".
    r"(?:records|tracking|system|notes|log|job sheet|file|account) (?:show|shows|say|says|confirm|confirms)\b",
    r"(?:I|we)(?:'ve| have) (?:just |now )?(?:pulled up|looked up|dug out|gone through|been through)",
    # The cause, or how far along it is: "the mark is from the press", "job 0923 is nearly there".
    # (Keyed on the word after the verb, the verb looked behind: "is" and "are" start too many words.)
    r"(?:(?<=\bis\x20)|(?<=\bare\x20)|(?<=\bwas\x20)|(?<=\bwere\x20))(?:from|down to|caused by|because of)\b",
    (
        r"(?:(?<=\bis\x20)|(?<=\bare\x20)|(?<='s\x20)|(?<='re\x20))(?:nearly|almost|just about|all but|close to) "
        r"(?:there|done|finished|ready|complete|sorted)"
    ),
    r"(?:hasn't|has not|haven't|have not|didn't|did not) (?:held up|hold up|lasted|worked|stuck|taken)",
    r"(?<=\bin\x20)(?<!\bnot\x20in\x20)stock\b",
    # The thing's present doing: "it's tripping because it's doing its job".
    (
        r"(?:(?<=\bit)|(?<=\bthey)|(?<=\bshe)|(?<=\bhe))(?:'s|'re) "
        r"(?!going\b|being\b|getting\b|(?:no|some|any|every)thing\b)[a-z]+ing\b"
    ),
    (
        r"(?:(?<=\bI\x20)|(?<=\bwe\x20)|(?<='ve\x20)|(?<=\bhave\x20))(?:just |now |already |also )?"
        r"(?:ordered|found|traced|located|got (?:a|the|your|one|it|them))\b"
    ),
)

# A fault or delay that exists now, when "there is" comes before it: "there's a known fault on the line".
FAULTS: tuple[str, ...] = (
    r"(?:fault|problem|issue|delay|outage|backlog|shortage|hold-up|mix-up|error|mistake|breakdown)s?",
)

SNAP_NEXT: tuple[str, ...] = (
    r"next step",
    r"next,",
    (
        r"(?<!when\s)(?<!if\s)(?:I|we|he|she)(?:'ll| will| shall| am going to|'m going to|"
        r" are going to|"
        r"'re going to| is going to|'s going to) (?!not\b|never\b|be able\b|have to\b|wait\b|see\b)\w+"
    ),
    r"(?<!you\s)(?:will|is going to|are going to) (?!not\b|never\b|be able\b|have to\b|need to\b)\w+",
    r"(?:after that|once (?:that|it|this|we|I|they)(?:'s| is| has| have)?)[ ,]",
    r"plan is",
    (
        r"(?:should|will|'ll) (?:be (?:delivered|collected|dispatched|sent|"
        r"posted|emptied|fixed|repaired))"
    ),
    r"it(?:'ll| will) (?:then |now )?be (?!able)\w+(?:ed|en)",
    r"(?:I|we)(?:'ve| have) (?:asked|arranged|booked|scheduled|ordered|requested)",
    # Said in the passive: "a visit has been arranged for Monday", "an engineer is booked to call".
    (
        r"(?:has|have) (?:now |already |just )?been (?:arranged|booked|scheduled|ordered|requested|"
        r"rebooked|rescheduled|raised|escalated|passed|logged|assigned|allocated|planned)"
    ),
    # "An engineer is booked to call", "the part is due on Monday": keyed on the participle, the verb
    # looked behind, so the phrase is not tried at every "is".
    (r"(?:(?<=\bis\x20)|(?<=\bare\x20)|(?<=\bnow\x20))(?:booked|scheduled|arranged|planned|expected) (?:to|for|in)"),
    r"(?:(?<=\bis\x20)|(?<=\bare\x20)|(?<=\bnow\x20))due (?:to (?:be|arrive|go|come|ship|leave)|for|in|on|back)",
    # Offered by the one who does the work: "our engineer can look at it on Monday".
    (
        r"(?:engineer|technician|fitter|driver|plumber|electrician|mechanic|crew|someone|somebody) (?:can|could) "
        r"(?:come|call|pop|visit|look|fit|fix|repair|check|collect|deliver|be)\b"
    ),
    # What we can now do, or are about to do: "so that I can fit it tomorrow", "I'm dropping them off today".
    r"(?<!nothing\x20)(?<!anything\x20)(?<!something\x20)(?<!little\x20)(?:I|we) (?:can|could) (?:now |then |also )?"
    + _NOT_AN_ACT
    + r"\w+",
    (
        r"(?:(?<=\bI)'m|(?<=\bI\x20)am|(?<=\bwe)'re|(?<=\bwe\x20)are) (?:now |also |then )?"
        r"(?!writing\b|hoping\b|wondering\b|looking\b|waiting\b|having\b|being\b|still\b|afraid\b|sorry\b)"
        r"[a-z]+ing\b"
    ),
    # Done already, or coming to the customer: "I've cancelled those and reissued all four", "you'll be added".
    (
        r"(?:I|we)(?:'ve| have) (?:now |just |already |also )?(?:cancelled|reissued|re-issued|resent|re-sent|sent|"
        r"replaced|refunded|credited|assigned|moved|rebooked|reserved|passed|put)"
    ),
    (
        r"you(?:'ll| will) (?:then |also )?be (?:added|booked|put|moved|rebooked|contacted|called|sent|given|offered|"
        r"refunded|credited|emailed|texted)"
    ),
    r"you(?:'ll| will) (?:then |also )?(?:have|get|receive) (?:it|them|your|the|a|an)\b",
    r"(?:processed|issued|sent|refunded|credited|paid) automatically",
    r"(?:don't|do not|won't|will not) need to do anything",
)

TIMELINE_CONCRETE: tuple[str, ...] = (
    r"today",
    r"tonight",
    r"tomorrow",
    r"this (?:morning|afternoon|evening|week|weekend|month)",
    r"next (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    r"(?:end|close) of (?:the )?(?:day|week|month|business)",
    (
        r"within (?:the next )?(?:\d+|a|an|one|two|three|four|five|six|seven|ten|twenty-four|forty-eight|"
        r"a couple of|a few)"
    ),
    (
        r"in (?:\d+|a|an|one|two|three|four|five|six|seven|ten|a couple of|a few) (?:more )?(?:minutes?|"
        r"hours?|days?|working days?|business days?|weeks?)"
    ),
    (
        r"(?:\d+|one|two|three|four|five|six|seven|ten)(?:-(?:\d+|two|three|four|five))? (?:working |"
        r"business )?(?:minutes?|hours?|days?|weeks?)"
    ),
    r"by (?:noon|midday|lunchtime|tea ?time|the weekend|the end)",
    r"first thing",
    r"overnight",
    (
        r"(?:(?<=\bon\s)|(?<=\bby\s)|(?<=\bthis\s)|(?<=\bnext\s)|(?<=\buntil\s)|(?<=\btill\s)|"
        r"(?<=\bbefore\s)|(?<=\bfrom\s)|(?<=\bfor\s)|(?<=\bafter\s)|(?<=\bearly\s)|(?<=\blate\s))"
        r"(?:monday|tuesday|wednesday|"
        r"thursday|friday|saturday|sunday)"
    ),
)

TIMELINE_VAGUE: tuple[str, ...] = (
    r"soon",
    r"shortly",
    r"asap",
    r"as soon as (?:possible|we can|I can|we're able|we are able|they can)",
    r"in due course",
    r"at some (?:point|stage)",
    r"when(?:ever)? (?:we|I|they) (?:can|get round to it|get a chance)",
    r"in the (?:near )?future",
    r"eventually",
    r"sometime",
    r"before long",
)

# A sentence that says the time is not known gives no timeline, whatever else it names.
TIMELINE_UNKNOWN: tuple[str, ...] = (
    r"(?:can't|cannot|can not|unable to|not able to) (?:say|tell|give|confirm|promise)",
    r"(?:don't|do not) know (?:when|yet|how long)",
    r"no idea",
    r"not sure when",
    r"your guess",
)

SNAP_OUTCOME: tuple[str, ...] = (
    (
        r"you(?:'ll| will) (?:both |all )?(?:have(?! to\b)|get|receive|be (?:able|refunded|reimbursed|credited|sent|"
        r"back|contacted|sure|all set|set|sorted|covered|ready)|see|find|hear|end up with)"
    ),
    # Where the customer is left: "so you're all set for Friday", "you're all sorted".
    r"you(?:'re| are) (?:both |all )?(?:all )?(?:set|sorted|covered|good to go)\b",
    # The thing put right, said of the thing: "your boiler will be back to normal", "the piano is back in
    # tune", "the car will run like new again".
    # (Keyed on "back", the verb looked behind: "is" and "be" start too many words to try each one.)
    (
        r"(?:(?<=\bis\x20)|(?<=\bare\x20)|(?<='s\x20)|(?<='re\x20)|(?<=\bbe\x20)|(?<=\bbeing\x20)|"
        r"(?<=\ball\x20)|(?<=\bfully\x20)|(?<=\bthen\x20))back (?:on\b(?!\s+(?:to|the\s+phone)\b)|"
        r"in (?:tune|voice|good|full|working|perfect|shape|service|action|stock|business|one piece)|"
        r"to (?:normal|full|its|their|how|the way|new)|together|"
        r"up and running|on the road|as (?:good|new)|with you|in your hands)"
    ),
    (
        r"(?<!\bI\x20)(?<!\bwe\x20)will (?:sound|play|look|feel|run|ride|drive|work|start|close|open|fit|read|"
        r"print|cut|heat|wash|flush|spin|wear|keep time) "
        r"(?:[\w,-]+ ){0,3}?(?:again|even|perfect|perfectly|properly|like new|as (?:new|good|normal)|normally|"
        r"right|fine|beautiful|great|brand new)\b"
    ),
    r"(?<!\bI\x20)(?<!\bwe\x20)will have (?:[\w,-]+ ){1,5}?again\b",
    r"(?:working|running|playing) order",
    # Redone for the customer: "I've reprinted the full order", "we're reissuing the tickets", "I'll retune it".
    # (Keyed on the verb, the word before looked behind: "I've ... and reissued them" counts too.)
    (
        r"(?:(?<='ve\x20)|(?<=have\x20)|(?<=has\x20)|(?<='ll\x20)|(?<=will\x20)|(?<='m\x20)|(?<=am\x20)|"
        r"(?<='re\x20)|(?<=are\x20)|(?<=and\x20)|(?<=now\x20)|(?<=already\x20)|(?<=just\x20)|(?<=also\x20)|"
        r"(?<=\bI\x20)|(?<=\bwe\x20))"
        r"(?:re-?(?:print|issu|made|mak|sen[dt]|done|do\b|built|build|tun|stitch|upholster|wir|string|lac|cut|"
        r"fill|stock|sol|glaz|cover|paint|spray)\w*|replac(?:ed|ing)|swapp?(?:ed|ing))"
    ),
    # The thing brought to the customer: "I'll drive them over to you", "we'll email the tickets to you".
    (
        r"(?:will|'ll) (?:then |also |personally |now )?(?:email|e-mail|send|post|drive|bring|deliver|hand|courier|"
        r"drop|run|take|pass) (?!(?:an? |the |my |our )?(?:update|details|confirmation|invoice|bill|quote|form|"
        r"link|note|message|email|information|news)\b)(?:[\w-]+ ){0,4}?(?:over |round |across |back |out |in |"
        r"straight )?to you\b"
    ),
    r"(?:will|'ll) (?:drive|bring|drop|run|pop) (?:it|them|these|those) (?:over|round|back)\b",
    # Time the customer is left with: "that gives you three clear days before the show".
    r"(?:gives|leaves) you (?:\w+ ){0,3}(?:clear |spare |full |whole |plenty of )?(?:days?|hours?|weeks?|time)\b",
    r"you should (?:have|get|receive|see) (?:it|them|your|the|a|an|everything)\b",
    # A remedy already under way: "I'm refunding half of your hire fee", "we're replacing the panel".
    r"(?:I'm|I am|we're|we are) (?:also |now )?(?:refunding|crediting|replacing|reimbursing|waiving|covering)\b",
    # Money off: "I'll knock 20% off your two nights".
    r"(?:knock|take|knocking|taking|knocked|taken) (?:[\w£$€%.]+ ){1,3}?off\b",
    # Where the customer will be: "you'll be in the annexe twin as per the email".
    r"you(?:'ll| will) (?:still |now )?be (?:in|staying in|sleeping in|booked into|moved to)\b",
    # A substitute put in place: "I've arranged a 17-seater from our sister company instead".
    # (Booking or arranging a visit is a next step, not where things stand; see SNAP_STATUS.)
    r"(?:arranged|booked|organised|organized|sorted|found|got) (?:you )?(?:a|an|another) [^.!?\n]{1,60}?\binstead\b",
    r"so (?:that )?(?:you|he|she|they|it) (?:can|will|'ll|won't|don't|doesn't|do not|no longer)",
    r"so (?:that )?there(?:'s| is| will be|'ll be) (?:plenty of |enough |more )?(?:room|space|time)\b",
    r"so (?:that )?(?:he|she|it)(?:'s| is)? (?:[a-z]+s|ready|safe|sound|fixed|working)\b",
    # What we will pay for or give: "we'll cover the vet's bill", "the next visit is on us".
    r"(?:will|'ll) (?:also )?(?:cover|pay for|pay|waive|refund|credit)",
    (
        r"(?:on us|on the house|free of charge|(?<=\bat\x20)no (?:extra |further |additional )?(?:cost|charge)|"
        r"complimentary)"
    ),
    r"(?<=\bfor\x20)free",
    (
        r"(?:next|first|second|another|extra|follow-up|return) (?:[\w-]+ ){0,2}(?:is|are|will be|'ll be) "
        r"(?:completely |totally |entirely )?free\b"
    ),
    r"(?:has|have) been (?:emptied|fixed|repaired|replaced|refunded|delivered|collected|resolved|sorted)",
    (
        r"(?:get|receive|have|issue|send|give you|process|pay|arrange) (?:you )?(?:a |an |your |"
        r"the )?(?:full )?(?:refund|replacement|credit|reimbursement|voucher|compensation|repair|new one)"
    ),
    r"(?:will|'ll) (?:stop|solve|cure|end|sort|mend)",
    (
        r"(?:will|'ll|should|expected to|due to) be (?:[a-z]+ and )?(?:delivered|collected|repaired|replaced|refunded|"
        r"fixed|resolved|sorted|back|restored|reconnected|tuned|retuned|reprinted|reissued|remade|mended|"
        r"serviced|cleaned|altered|fitted|"
        r"ready|working|installed|emptied|sent|restored|dispatched|credited|cleared|completed|done|"
        r"finished|running)"
    ),
    r"(?:resolved|fixed|sorted out|back to normal|up and running|back on track|back on schedule)",
    r"you can expect",
    r"end result",
    (
        r"(?:will|'ll|should|expected to|due to) (?:be back|work again|"
        r"deliver|collect|empty|refund|replace|repair|fix|fit|install|restore|reconnect|credit|reimburse)"
    ),
    r"(?:working|running|online) (?:again|as normal|normally)",
    r"back (?:online|in service|to normal)",
    # The job itself done by whoever comes: "he'll service the boiler and sort out the banging",
    # "an engineer will come out on Thursday to do the service", "I'll be there tomorrow to do them".
    # (Keyed on the verb, the word before it looked behind: "to" and "will" start too many words.)
    (
        r"(?:(?<=\bwill\x20)|(?<='ll\x20)|(?<=\bto\x20)|(?<=\band\x20)|(?<=\bthen\x20))(?:service|sort out|fix|repair|"
        r"replace|swap|reseal|redo|re-do|finish|complete|clean|refit|install|do (?:the|it|them|your|a full)|"
        r"deliver (?:it|them|the|your|a)|release)\b"
    ),
    r"(?:send|sending|sent|deliver|delivering) (?:out |over |you )?(?:a |an |your )?(?:replacement|new one|new [\w-]+)",
    r"(?:released|handed|returned|given) (?:back )?to you",
    r"(?:finishing|finished|done|complete|completed) by (?:\w+ )?(?:\d|mon|tue|wed|thu|fri|sat|sun|the|next|end)",
    r"(?:won't|will not|wouldn't) (?:pay|be charged)",
    r"no charge",
    (
        r"(?:get|have) (?:it|them|this|that|the [\w-]+|your [\w-]+) (?:fitted|fixed|sorted|done|replaced|repaired|"
        r"refunded|delivered|installed|reprinted|remade|cleaned|collected)"
    ),
    r"(?:remain|remains|stay|stays) (?:yours|booked|reserved|confirmed)",
    r"(?:I|we)(?:'ll| will) be there\b",
    r"you (?:go home|leave|walk out|end up|come away) with\b",
    r"(?:will|'ll) (?:get|have|send) (?:[\w-]+ ){1,6}?(?:over |back |out |round )to you\b",
    r"replacements? (?:is |are )?(?:going out|on (?:its|their) way|being sent|in the post)",
    r"(?:still|all) (?:booked|on|good|going ahead|confirmed)\b",
    (
        r"(?:will|'ll) be (?:cut|made|built|printed|ordered|sent|delivered)(?: [^.!?\n]{0,50}?)? and "
        r"(?:fitted|installed|delivered)"
    ),
    # What the customer is left holding: "I'll make sure your runners have their shirts", "the date is yours",
    # "the quote is attached", "you'll be moving on the day you planned".
    r"make sure (?:you|your [\w-]+|they|he|she|everyone) (?:have|has|get|gets|receive|are|is|can)\b",
    r"(?:(?<=\bis\x20)|(?<=\bare\x20)|(?<='s\x20))(?:yours|attached|confirmed|booked in)\b",
    r"(?:(?<=\bin\x20our\x20)|(?<=\bin\x20the\x20))diary\b",
    r"(?:I|we)(?:'ve| have) (?:now |just |also )?attached",
    r"you(?:'ll| will) (?:still )?be (?!getting\b|hearing\b|contacted\b)[a-z]+ing\b",
    r"you(?:'ll| will| can)? (?:be able to )?(?:come (?:in |round |by |down |over )?and |pop (?:in|by|round) and )"
    r"(?:collect|pick (?:it|them) up|take (?:it|them) home)",
    r"(?:will|'ll) (?:get|have) (?:the|your|a|an) (?:[\w-]+ ){0,2}(?:over |back |out |round )?to you",
    r"ready (?:to collect|for collection|to pick up|for (?:you|pickup|pick-up))",
)

# The thing simply arriving: a next step and an outcome only when the sentence says when
# ("it should reach you by Tuesday"); "it'll be with you asap" promises nothing.
ARRIVAL: tuple[str, ...] = (
    r"(?:should|will|'ll|expected to|due to) (?:arrive|reach you|be with you|be in your hands|land)",
    # "You should receive them by Friday": the customer getting the thing, said from their side.
    r"you (?:should|will|'ll) (?:then )?(?:receive|get) (?:it|them|the \w+|your \w+)",
)

OWNERSHIP: tuple[str, ...] = (
    r"I(?:'ll| will| shall| am going to|'m going to) (?!not\b|never\b|be able\b|have to\b)\w+",
    (
        r"I(?:'ve| have) (?:personally |already )?(?:asked|arranged|booked|spoken|raised|contacted|chased|"
        r"escalated|called|emailed|logged|reserved|put|made|added|sent|set)"
    ),
    (
        r"I(?:'m| am) (?:personally |now )?(?:looking after|taking|handling|dealing|following|chasing|keeping|"
        r"on it|your contact)"
    ),
    r"I take (?:full )?(?:responsibility|ownership)",
    r"(?:I|we) promise",
    r"(?:my name is|I'm|I am) (?-i:[A-Z][a-z]+)",
    r"your (?:named|dedicated|personal) (?:contact|person|manager|point of contact)",
    r"leave (?:it|this) with me",
    # "I can fit it myself tomorrow", "I'm dropping a heater round this afternoon".
    r"(?<!nothing\x20)(?<!anything\x20)(?<!something\x20)(?<!little\x20)I (?:can|could) (?:now |then |also )?"
    + _NOT_AN_ACT
    + r"\w+",
    (
        r"(?:(?<=\bI)'m|(?<=\bI\x20)am) (?:now |also |personally )?"
        r"(?!writing\b|hoping\b|wondering\b|looking forward\b|waiting\b|having\b|being\b|afraid\b|sorry\b)"
        r"[a-z]+ing\b"
    ),
    (
        r"I(?:'ve| have) (?:personally |already |just )?(?:moved|rearranged|rebooked|rescheduled|ordered|fitted|"
        r"checked|fixed|sorted|organised|organized|taken|passed|flagged|resent|refunded|credited|updated|changed|"
        r"cancelled|waived|dropped|cleared|kept|held|saved|looked)"
    ),
    # Anything I have done about it: "I've assigned a replacement coach", "I have re-issued your code".
    (
        r"I(?:'ve| have) (?:personally |already |just |now |also )?"
        r"(?!been\b|heard\b|seen\b|read\b|received\b|noticed\b|understood\b|realised\b|realized\b|had\b|got\b|"
        r"tried\b|no\b|not\b|never\b)[a-z-]+(?:ed|en|ut|ent|un|one)\b"
    ),
)

APOLOGY: tuple[str, ...] = (
    r"sorry",
    r"apologi[sz]e",
    r"apologies",
    r"(?:I|we) regret",
    r"not (?:good enough|acceptable|the standard|what you should|what you expect|okay|ok)",
    r"(?:isn't|wasn't|is not|was not) (?:good enough|acceptable|right|fair|ok|okay)",
    r"understand (?:how|why|that|your) (?:\w+ )?(?:frustrat|annoy|disappoint|upset|inconvenien|stress)",
    r"(?:must|will) (?:have been|be) (?:\w+ )?(?:frustrating|annoying|disappointing|upsetting|stressful|inconvenient)",
    r"you(?:'re| are) (?:quite |absolutely )?right",
    r"I can see why",
    r"thank you for (?:letting us know|telling us|bringing|raising|your patience|flagging|pointing)",
    r"(?:let you down|fell short|dropped the ball|got this wrong|got it wrong)",
    # Owning the feeling without the word sorry: "you've every right to be fed up".
    (
        r"(?:every|every bit of a|a) right to be (?:\w+ )?(?:fed up|"
        r"annoyed|upset|angry|cross|frustrated|disappointed|livid)"
    ),
    r"(?:that's|that is|it's|it is|this is) not (?:the|how|what) (?:\w+ ){0,4}(?:should|deserve|expect|want)",
    r"(?<!not\x20)(?<!isn.t\x20)(?<!wasn.t\x20)(?:our|my) (?:mistake|fault|error)",
    r"(?:no|there's no|there is no) excuse",
    r"(?:shouldn't|should not|should never) have (?:happened|been|left|let)",
)

# The customer saying outright that they are not complaining.
NOT_A_COMPLAINT: tuple[str, ...] = (
    r"no complaints?",
    r"(?:not|isn't|is not) (?:a|meant as a) complaint",
    r"(?:I'm|I am|we're|we are) not complaining",
    r"(?:not|nothing) to complain about",
)

COMPLAINT_EMAIL: tuple[str, ...] = (
    r"complain\w*",
    r"disappoint\w*",
    r"unacceptable",
    r"not happy",
    r"not (?:at all |very |too )?impressed",
    r"(?:want|like|expect) (?:my|our) money back",
    r"unhappy",
    r"terrible",
    r"awful",
    r"appalling",
    r"disgusting",
    r"rude",
    r"still (?:hasn't|haven't|has not|have not|not|no sign|waiting)",
    r"yet again",
    r"fed up",
    r"frustrat\w*",
    r"ridiculous",
    r"worst",
    r"never (?:arrived|came|turned up|showed)",
    (
        r"(?:hasn't|has not|haven't|have not|wasn't|weren't) (?:arrived|been|turned up|collected|emptied|"
        r"fixed|delivered|refunded)"
    ),
    r"missed (?:again|collection|my)",
    r"(?:no one|nobody|no-one) (?:has|had|came|turned up|called|rang|phoned|showed|bothered|explained|answered)",
    r"refund",
    # Something the customer paid for went wrong: "one of the legs had snapped off", "the wrong colour".
    (
        r"(?:arrived|came|was|were|is|are|been|had|has) (?:\w+ )?(?:damaged|broken|snapped|torn|cracked|scratched|"
        r"ruined|dented|smashed|chipped|stained|faulty|missing|wrong)"
    ),
    r"wrong (?:colour|color|size|item|one|order|date|name|address|part)",
    (
        r"(?:wasn't|weren't|isn't|aren't|hasn't|haven't|didn't|not) (?:\w+ )?(?:touched|done|finished|ready|working|"
        r"fixed|sorted|there|cleaned|turned up|come|shown up|delivered|arrived)"
    ),
    r"(?:what's|what is|what on earth is) (?:going on|happening)",
    r"(?:let|letting) (?:me|us) down",
    r"not good enough",
    r"(?:lost|wasted) (?:a |half a |another |two |three )?(?:day|morning|afternoon|pay|money|time|trip|days)",
    r"(?:third|second|another) wasted",
    r"(?:rings|rang) out",
    r"what (?:are|will|do) you (?:going to |intend to |plan to )?do",
    r"(?:nobody|no one|no-one) (?:picked up|got back|replied|answered|responded|has been in touch)",
    (
        r"(?:haven't|have not|hasn't|has not|didn't|did not) (?:heard|had) "
        r"(?:anything|a reply|any reply|back|a call|an answer)"
    ),
    r"(?:I|we) paid (?:£|\$|€|\d|for|good|in full|a lot)",
    r"(?:keeps|kept|keep|started|stopped) (?:tripping|leaking|breaking|failing|crashing|flickering|working|dripping)",
    r"(?:has|have) (?:come back|returned) with",
    r"(?:lost|ruined|spoilt|spoiled) (?:everything|all|the lot)",
    r"(?:hasn't|has not|haven't|have not) (?:got|gotten) (?:to|round to) (?:it|them)",
    r"(?:tracking|website|status) still (?:says|shows)",
    r"(?:it's|it is|they're|they are|it was|they were|was|were) (?:all |completely |totally )?wrong\b",
    r"(?:really|very|so|extremely) upset",
    r"someone else's (?:order|parcel|item|delivery|food|cake|booking)",
    r"there's nothing (?:here|there)",
    r"(?:I'm|I am|we're|we are) (?:\w+ )?(?:devastated|worried|getting worried|distraught|gutted|livid|furious|angry)",
    r"(?:sold|booked|given) (?:the )?same (?:two |three )?(?:seats?|room|table|slot|date)",
    r"with no (?:reply|response|answer)(?: at all)?",
    r"(?:instead of|rather than) (?:behind|where|what|the one|as) ",
    r"(?:too|far too) (?:narrow|wide|short|long|small|big|tight|loose|high|low)\b",
    r"(?:isn't|wasn't|is not|was not) (?:something|anything) (?:we|I) (?:got|did) wrong",
    r"(?:brown|dead|drooping|wilted|broken|mouldy|stale|cold|burnt|soggy) and (?:\w+)",
)
