"""Everyday words customers use, grouped into the situations templates are written for.

Customers rarely use a template's own words: they write "can you squeeze us in
for dinner", not "table booking". Each pattern below adds a concept token (such
as ``c_reserve``) to whichever text it appears in, the email and the template
alike, so the two meet on the situation rather than on the exact wording.
The lists are general domain vocabulary for restaurants, hotels and B&Bs, shops,
trades and freelancers; they are deliberately broad rather than fitted to any
set of example emails.
"""

from __future__ import annotations

import re

_CONCEPTS: dict[str, tuple[str, ...]] = {
    "c_reserve": (
        r"book(?:s|ed|ing)?", r"reserv\w*", r"table for", r"squeeze \w+ in", r"fit \w+ in", r"have a table",
        r"space for \d+", r"room for \d+", r"come (?:in|for)", r"pop in", r"slot",
    ),
    "c_meal": (
        r"dinner", r"lunch\w*", r"breakfast", r"brunch", r"supper", r"meal", r"eat(?:ing)?", r"din(?:e|ing)",
        r"afternoon tea", r"sunday roast", r"menu", r"restaurant", r"high chair",
    ),
    "c_stay": (
        r"room", r"stay(?:ing)?", r"nights?", r"double", r"single", r"twin", r"family room", r"en.?suite",
        r"accommodation", r"b ?& ?b", r"bed and breakfast", r"guest ?house", r"hotel", r"check(?:ing)?.?(?:in|out)",
        r"sleep", r"weekend away", r"break",
    ),
    "c_price": (
        r"quote", r"price", r"cost", r"charge", r"rates?", r"estimate", r"how much", r"budget", r"fees?",
        r"ballpark", r"turnaround", r"what would you",
    ),
    "c_change": (
        r"move", r"chang\w*", r"push (?:it |us )?back", r"bring (?:it |us )?forward", r"amend\w*", r"alter\w*",
        r"reschedul\w*", r"instead", r"earlier", r"later time", r"different (?:day|date|time)", r"switch",
        r"add (?:one|two|an?) (?:more|extra)", r"extra (?:person|people|guest)",
    ),
    "c_cancel": (
        r"cancel\w*", r"can.?t make it", r"cannot make it", r"won.?t be able to (?:come|make)", r"call(?:ing)? off",
        r"take (?:us|me) off", r"no longer", r"not coming", r"unable to (?:come|attend|make)",
    ),
    "c_group": (
        r"group", r"\b(?:1[2-9]|[2-9]\d) (?:of us|people|guests|adults)", r"all of us", r"team", r"colleagues",
        r"work do", r"office", r"sit together", r"large", r"big (?:group|party|table)", r"coach",
    ),
    "c_event": (
        r"part(?:y|ies)", r"birthday", r"celebrat\w*", r"engagement", r"wedding", r"anniversary", r"private",
        r"hire", r"exclusive", r"function", r"event", r"christening", r"wake", r"reception", r"to ourselves",
        r"upstairs", r"buffet", r"venue", r"\d+(?:st|nd|rd|th) birthday",
    ),
    "c_diet": (
        r"allerg\w*", r"vegan", r"vegetarian", r"gluten", r"co?eliac", r"nuts?", r"peanuts?", r"dairy",
        r"lactose", r"halal", r"kosher", r"diet\w*", r"intoleran\w*", r"shellfish", r"eggs?", r"safe (?:for|to eat)",
        r"can (?:he|she|they|i) eat", r"\w+.free", r"ingredients",
    ),
    "c_arrive_late": (
        r"late (?:arrival|check.?in)", r"arriv\w* late", r"midnight", r"flight", r"lands?", r"train gets in",
        r"after (?:9|10|11)", r"(?:10|11)(?:[.:]\d\d)? ?pm", r"key ?(?:box|safe|code)", r"someone (?:be )?up",
        r"won.?t (?:be with you|get there|arrive) (?:until|till)", r"late at night",
    ),
    "c_occasion": (
        r"honeymoon", r"anniversary", r"birthday", r"propos\w*", r"special", r"surprise", r"upgrade",
        r"(?:sea|lake|nice) view", r"champagne", r"prosecco", r"flowers", r"treat", r"romantic",
    ),
    "c_trade_work": (
        r"start", r"job", r"work(?:s)?", r"decking", r"plumb\w*", r"boiler", r"fenc\w*", r"roof\w*", r"gutter\w*",
        r"bathroom", r"kitchen fit\w*", r"electric\w*", r"install\w*", r"fitt?\w*", r"paint\w*", r"plaster\w*",
        r"tiling", r"patio", r"driveway", r"garden", r"visit", r"come round", r"engineer", r"survey",
    ),
    "c_bill": (
        r"invoice\w*", r"bill(?:ed|ing)?", r"charged?", r"overcharg\w*", r"receipt", r"vat", r"labour", r"hours",
        r"itemi[sz]ed", r"breakdown", r"payment terms", r"statement", r"line item", r"twice",
    ),
    "c_parcel": (
        r"parcel", r"package", r"dispatch\w*", r"shipp?\w*", r"posted", r"sent (?:out|off)", r"gone out",
        r"tracking", r"courier", r"deliver\w*", r"royal mail", r"arrived", r"turned up", r"came",
    ),
    "c_order": (r"order(?:s|ed)?", r"bought", r"purchas\w*", r"online", r"checkout", r"website", r"shop"),
    "c_delay": (
        r"late", r"delay\w*", r"still (?:not|nothing|waiting|hasn.?t|haven.?t)", r"not (?:yet )?arrived",
        r"hasn.?t (?:come|arrived|turned up)", r"overdue", r"hold.?up", r"behind", r"how much longer",
        r"when will", r"any news", r"expecting", r"was (?:meant|supposed|due) to", r"yet",
    ),
    "c_waitlist": (
        r"full(?:y booked)?", r"drops? out", r"waiting list", r"wait.?list", r"if anything (?:comes up|frees up)",
        r"any (?:space|availability|cancellations)", r"sold out", r"no availability",
    ),
    "c_deposit": (
        r"deposit", r"secure", r"pay(?:ment)?", r"hold (?:the|our|my)", r"confirm (?:the|our|my) booking",
        r"bank details", r"card details", r"non.?refundable",
    ),
    "c_collect": (
        r"collect\w*", r"pick(?:ed)? ?up", r"take away", r"taken away", r"driver", r"bins?", r"rubbish", r"waste",
        r"mattress", r"sofa", r"didn.?t (?:come|show|turn up)", r"never (?:came|showed|turned up)", r"no.?show",
        r"waited in",
    ),
    "c_overbook": (
        r"no (?:space|room|table)", r"double.?booked", r"turned away", r"given away", r"confirmation (?:email)?",
        r"turned up", r"no record", r"someone else", r"overbook\w*",
    ),
    "c_refund": (
        r"refund\w*", r"money back", r"reimburs\w*", r"credit(?:ed)?", r"(?:my|the) account", r"return(?:ed)?",
        r"paid back", r"still (?:not|nothing).*(?:money|account)", r"promised my money",
    ),
    "c_complaint": (
        r"rude", r"disappoint\w*", r"unhappy", r"not happy", r"complain\w*", r"shock\w*", r"terribl\w*",
        r"awful", r"poor", r"unacceptable", r"appall\w*", r"disgust\w*", r"dirty", r"cold food", r"worst",
        r"expected (?:much )?better", r"let down", r"upset", r"furious", r"not good enough", r"feedback",
    ),
    "c_visit_wait": (
        r"where are you", r"on (?:your|the) way", r"running late", r"no sign", r"still not here", r"nearly \d+",
        r"should i (?:keep )?wait", r"waiting (?:in|at home|for you)", r"you said \d", r"taken (?:much )?longer",
        r"over.?run", r"finish(?:ed)? (?:today|by)",
    ),
    "c_repair": (
        r"parts?", r"supplier", r"back.?order\w*", r"spares?", r"component", r"ordered in", r"car", r"van",
        r"repair\w*", r"garage", r"fix\w*", r"mend\w*", r"service", r"ready", r"boiler",
    ),
    "c_wrong": (
        r"wrong", r"size", r"colou?r", r"different", r"instead of", r"swap", r"exchange", r"not what i ordered",
        r"sent me", r"mix.?up", r"incorrect",
    ),
    "c_damage": (
        r"damag\w*", r"broken", r"crack\w*", r"smash\w*", r"dent\w*", r"scratch\w*", r"torn", r"shatter\w*",
        r"crush\w*", r"chipp?\w*", r"leak\w*", r"in pieces", r"snapped",
    ),
    "c_stock": (
        r"out of stock", r"unavailable", r"sold out", r"back in", r"restock\w*", r"more in", r"in stock",
        r"available", r"discontinued", r"get (?:any )?more",
    ),
    "c_closure": (
        r"clos(?:ed|ing|ure)", r"shut", r"flood\w*", r"refurb\w*", r"power cut", r"fire", r"burst", r"kitchen",
        r"renovat\w*", r"not open", r"open(?:ing)? (?:again|hours)",
    ),
    "c_room_fault": (
        r"broken", r"won.?t (?:shut|close|open|work|lock|turn)", r"doesn.?t work", r"not working", r"shower",
        r"heating", r"freezing", r"cold", r"nois\w*", r"window", r"tv", r"wi.?fi", r"hot water", r"toilet",
        r"lock", r"lights?", r"smell\w*", r"radiator", r"air con", r"mould", r"dripping",
    ),
    "c_project": (
        r"draft", r"report", r"deadline", r"design\w*", r"files?", r"deliverables?", r"project", r"website",
        r"manuscript", r"proofs?", r"logo", r"copy", r"translation", r"artwork", r"edit\w*", r"hand ?over",
        r"sign.?off", r"launch",
    ),
    "c_lost": (
        r"left (?:behind|it|my|our|a|the)", r"lost", r"forg[eo]t", r"missing", r"teddy", r"charger", r"phone",
        r"glasses", r"jacket", r"coat", r"wallet", r"purse", r"ring", r"scarf", r"umbrella", r"keys",
        r"watch", r"have you found", r"handed in", r"can.?t find",
    ),
    "c_weather": (
        r"storm", r"rain\w*", r"wind\w*", r"weather", r"frost\w*", r"snow\w*", r"ice", r"icy", r"forecast",
        r"gale", r"downpour", r"wet", r"warning",
    ),
}

CONCEPT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (concept, re.compile(r"\b(?:" + "|".join(patterns) + r")\b")) for concept, patterns in _CONCEPTS.items()
)


def concepts(text: str) -> list[str]:
    """Concept tokens for ``text`` (lower-cased first), one per matching phrase."""
    lowered = text.lower().replace("\u2019", "'")
    found: list[str] = []
    for concept, pattern in CONCEPT_PATTERNS:
        found += [concept] * len(pattern.findall(lowered))
    return found
