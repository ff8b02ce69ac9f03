"""Everyday words customers use, grouped into the situations templates are written for.

Customers rarely use a template's own words: they write "can you fit us in for
dinner", not "table booking". Each pattern below adds a concept token (such as
``c_reserve``) to whichever text it appears in, the email and the template
alike, so the two meet on the situation rather than on the exact wording.
The lists are general domain vocabulary for restaurants, hotels and B&Bs, shops,
trades and freelancers; they are deliberately broad rather than fitted to any
set of example emails. A plain word also matches its inflections ("vegan" →
"vegans", "cancel" → "cancelled").

:func:`concepts` adds what the email reader finds (a party size, a number of
nights, a complaint, a dietary need, an occasion, a time of day, an order
number) as concept tokens too, since those say what the email is about.
"""

from __future__ import annotations

import re

from desktop.core.extract.mentions import find_dietary, find_occasions, find_tone
from desktop.core.extract.party import find_nights, find_party

# fmt: off
_CONCEPTS: dict[str, tuple[str, ...]] = {
    "c_reserve": (
        r"book", r"reserv\w*", r"table for", r"a table", r"squeeze \w+ in", r"fit \w+ in", r"space for",
        r"room for \d+", r"come (?:in|for|along|down|over)", r"pop in", r"slot", r"availab\w*", r"free (?:on|for)",
        r"do you have (?:a|any)",
    ),
    "c_ask_book": (
        r"to (?:book|reserve)", r"(?:can|could|may) (?:i|we) (?:book|reserve|come|get|have)",
        r"book (?:a|us|me|in|for)", r"reserve (?:a|us|me|for)", r"do you have (?:a|any)", r"squeeze \w+ in",
        r"fit \w+ in", r"(?:any|have) availability", r"(?:are|is) (?:there|you) (?:free|available)",
        r"(?:like|love|want|hoping|looking) to (?:come|stay|visit|eat)",
    ),
    "c_meal": (
        r"dinner", r"lunch", r"breakfast", r"brunch", r"supper", r"meal", r"eat", r"eating", r"din(?:e|ing)",
        r"afternoon tea", r"roast", r"menu", r"restaurant", r"high chair", r"food", r"drinks", r"starters?",
        r"mains?", r"dessert",
    ),
    "c_stay": (
        r"room(?! for)", r"stay", r"staying", r"nights?", r"overnight", r"double", r"single", r"twin", r"family room",
        r"en.?suite", r"accommodation", r"b ?& ?b", r"bed and breakfast", r"guest ?house", r"hotel", r"cottage",
        r"check(?:ing|ed)?.?(?:in|out)", r"sleep", r"weekend away", r"break", r"bed",
        r"(?:fri|sat|sun|thu)\w* to \w+day",
    ),
    "c_price": (
        r"quote", r"price", r"priced", r"cost", r"charge", r"rates?", r"estimate", r"how much", r"budget", r"fees?",
        r"ballpark", r"turnaround", r"what would you", r"afford\w*", r"expensive", r"pric(?:y|ey)",
    ),
    "c_change": (
        r"move", r"chang\w*", r"push (?:it |us )?back", r"bring (?:it |us )?forward", r"amend\w*", r"alter\w*",
        r"reschedul\w*", r"rearrang\w*", r"instead", r"earlier", r"later", r"different (?:day|date|time)", r"switch",
        r"swap", r"now (?:be|there)", r"extra", r"one more", r"(?:few|two|couple) more", r"update",
    ),
    "c_cancel": (
        r"cancel\w*", r"can.?t make it", r"cannot make it", r"won.?t be able to", r"call(?:ing)? off",
        r"take (?:us|me) off", r"no longer", r"not coming", r"unable to (?:come|attend|make)", r"pull(?:ing)? out",
        r"come up", r"not be able to", r"won.?t be coming", r"cannot come", r"can.?t come",
    ),
    "c_group": (
        r"group", r"all of us", r"team", r"colleagues", r"work do", r"office", r"sit together", r"large",
        r"big (?:group|party|table)", r"coach", r"club", r"society", r"organi[sz]\w*",
    ),
    "c_event": (
        r"part(?:y|ies)", r"celebrat\w*", r"engagement", r"wedding", r"private", r"hire", r"exclusive", r"function",
        r"event", r"christening", r"wake", r"reception", r"to ourselves", r"upstairs", r"buffet", r"venue",
        r"whole place",
    ),
    "c_diet": (
        r"allerg\w*", r"vegan", r"vegetarian", r"veggie", r"gluten", r"co?eliac", r"nuts?", r"peanuts?", r"dairy",
        r"lactose", r"halal", r"kosher", r"diet\w*", r"intoleran\w*", r"shellfish", r"eggs?", r"safe (?:for|to eat)",
        r"can (?:he|she|they|i|we) eat", r"(?:gluten|dairy|nut|egg|meat|wheat|sugar|lactose|alcohol|allergen).?free",
        r"ingredients", r"plant.based", r"meat", r"fish",
    ),
    "c_arrive_late": (
        r"late (?:arrival|check.?in)", r"arriv\w* late", r"midnight", r"flight", r"land", r"ferry", r"train",
        r"traffic", r"late (?:at night|evening|tonight)", r"key ?(?:box|safe|code)", r"someone (?:be )?up",
        r"(?:get|arriv\w*|reach) (?:there|here|to you|with you|in)? ?(?:until|till|around|about|after|by) \d+",
        r"won.?t (?:be with you|get there|arrive|reach)", r"let ourselves in",
    ),
    "c_occasion": (
        r"honeymoon", r"anniversary", r"birthday", r"propos\w*",
        r"special (?:occasion|treat|touch|night|day|weekend|birthday|anniversary)", r"surprise", r"upgrade",
        r"(?:sea|lake|nice|good|river) view", r"champagne", r"prosecco", r"flowers", r"treat", r"romantic",
        r"wedding", r"occasion", r"cake",
    ),
    "c_schedule": (
        r"go ahead", r"going ahead", r"when can you (?:start|come|do|fit)", r"start date", r"what day", r"which day",
        r"are you free", r"book (?:you|it|us|me) in", r"happy with (?:the|your) (?:price|quote)", r"schedul\w*",
        r"start",
    ),
    "c_trade_work": (
        r"job", r"works?", r"decking", r"plumb\w*", r"boiler", r"fenc\w*", r"roof\w*", r"gutter\w*", r"bathroom",
        r"kitchen fit\w*", r"electric\w*", r"install\w*", r"fitt?\w*", r"paint\w*", r"plaster\w*", r"tiling",
        r"patio", r"driveway", r"garden", r"visit", r"come round", r"engineer", r"survey", r"leak", r"shed", r"wall",
        r"floor\w*", r"carpet", r"window cleaning", r"clean", r"repair", r"replac\w*",
    ),
    "c_bill": (
        r"invoice\w*", r"bill", r"billed", r"billing", r"charged?", r"overcharg\w*", r"receipt", r"vat", r"labour",
        r"hours", r"itemi[sz]ed", r"breakdown", r"payment terms", r"statement", r"line item", r"twice", r"materials",
        r"amount",
    ),
    "c_parcel": (
        r"parcel", r"package", r"dispatch\w*", r"shipp?\w*", r"posted", r"sent (?:out|off)", r"gone out", r"tracking",
        r"courier", r"deliver\w*", r"royal mail", r"arrived", r"post", r"box",
    ),
    "c_order": (
        r"order", r"bought", r"gift", r"purchas\w*", r"online", r"checkout", r"website", r"shop", r"item",
    ),
    "c_delay": (
        r"late", r"delay\w*", r"still (?:not|nothing|waiting|hasn.?t|haven.?t)", r"not (?:yet )?arrived",
        r"hasn.?t (?:come|arrived|turned up)", r"overdue", r"hold.?up", r"behind schedule", r"how much longer",
        r"when will", r"any news", r"expect\w*", r"(?:meant|supposed|due) to", r"yet", r"no sign", r"on track",
        r"waiting",
    ),
    "c_waitlist": (
        r"full(?:y booked)?", r"drops? out", r"waiting list", r"wait.?list", r"if anything (?:comes up|frees up)",
        r"any (?:space|availability|cancellations)", r"sold out", r"no availability", r"let (?:me|us) know if",
        r"cancellation list", r"anything (?:changes|comes up)",
    ),
    "c_deposit": (
        r"deposit", r"secure", r"guarantee", r"pay", r"payment", r"hold (?:the|our|my|it)",
        r"confirm (?:the|our|my) booking", r"bank details", r"card details", r"non.?refundable", r"upfront",
    ),
    "c_collect": (
        r"collect\w*", r"pick(?:ed)? ?up", r"take away", r"taken away", r"driver", r"bins?", r"rubbish", r"waste",
        r"mattress", r"sofa", r"furniture", r"didn.?t (?:come|show|turn up)", r"never (?:came|showed|turned up)",
        r"no.?show", r"(?:no ?one|nobody) (?:came|come|turned up|showed)", r"fetch", r"wait(?:ed)? in", r"all day",
    ),
    "c_overbook": (
        r"no (?:space|room|table)", r"double.?booked", r"turned away", r"given away",
        r"(?:had|have|got) (?:a |the |my |our )?confirmation", r"no record", r"someone else", r"overbook\w*",
        r"mistake",
    ),
    "c_refund": (
        r"refund\w*", r"money back", r"reimburs\w*", r"credit(?:ed)?", r"(?:my|the|bank) account", r"returned",
        r"paid back", r"return", r"back to (?:my|the) card",
    ),
    "c_complaint": (
        r"rude", r"disappoint\w*", r"unhappy", r"not happy", r"complain\w*", r"shock\w*", r"terribl\w*", r"awful",
        r"poor", r"unacceptable", r"appall\w*", r"disgust\w*", r"dirty", r"cold food", r"worst",
        r"expected (?:much )?better", r"let down", r"upset", r"furious", r"not good enough", r"feedback",
        r"dismissive", r"manager", r"ignored", r"waited (?:ages|over|almost|nearly)", r"ruin\w*", r"horrible",
    ),
    "c_visit_wait": (
        r"where are you", r"on (?:your|the) way", r"running late", r"no sign", r"still coming",
        r"(?:keep|been|still) waiting", r"waiting (?:in|at home|for you)", r"you said", r"taken (?:much )?longer",
        r"over.?run", r"finish(?:ed)?", r"supposed to (?:be here|come|arrive)", r"turn(?:ed)? up",
    ),
    "c_repair": (
        r"parts?", r"supplier", r"back.?order\w*", r"spares?", r"component", r"ordered in", r"car", r"van",
        r"repair\w*", r"garage", r"fix\w*", r"mend\w*", r"servicing", r"ready", r"boiler", r"machine", r"appliance",
        r"washing machine", r"mot",
    ),
    "c_wrong": (
        r"wrong", r"size", r"colou?r", r"different", r"instead of", r"swap", r"exchange", r"not what i ordered",
        r"sent me", r"mix.?up", r"incorrect", r"someone else.?s", r"but i ordered", r"not mine",
    ),
    "c_damage": (
        r"damag\w*", r"broken", r"crack\w*", r"smash\w*", r"dent\w*", r"scratch\w*", r"torn", r"shatter\w*",
        r"crush\w*", r"chipp?\w*", r"leak\w*", r"in pieces", r"snapped", r"bent", r"ripped", r"faulty",
    ),
    "c_stock": (
        r"out of stock", r"unavailable", r"sold out", r"back in", r"restock\w*", r"more in", r"in stock",
        r"available", r"discontinued", r"get (?:any )?more", r"stock",
    ),
    "c_closure": (
        r"clos(?:e|ed|ing|ure)", r"shut", r"flood\w*", r"refurb\w*", r"power cut", r"fire", r"burst", r"kitchen",
        r"renovat\w*", r"not open", r"open(?:ing)? (?:again|hours)", r"still open", r"still on",
    ),
    "c_room_fault": (
        r"broken", r"won.?t (?:shut|close|open|work|lock|turn)", r"doesn.?t work", r"not working", r"shower",
        r"heating", r"freezing", r"cold", r"nois\w*", r"window", r"tv", r"wi.?fi", r"hot water", r"toilet", r"lock",
        r"lights?", r"smell\w*", r"radiator", r"air con", r"mould", r"dripping", r"kettle",
    ),
    "c_project": (
        r"draft", r"report", r"deadline", r"design\w*", r"files?", r"deliverables?", r"project", r"website",
        r"manuscript", r"proofs?", r"logo", r"copy", r"translation", r"artwork", r"edit\w*", r"hand ?over",
        r"sign.?off", r"launch", r"brochure", r"photos", r"video", r"app",
    ),
    "c_lost": (
        r"left (?:behind|it|my|our|a|the)", r"lost", r"forg[eo]t", r"missing", r"toy", r"teddy", r"charger", r"phone",
        r"glasses", r"jacket", r"coat", r"wallet", r"purse", r"ring", r"scarf", r"umbrella", r"keys", r"watch",
        r"have you found", r"handed in", r"can.?t find", r"found", r"bag",
    ),
    "c_weather": (
        r"storm", r"rain\w*", r"wind\w*", r"weather", r"frost\w*", r"snow\w*", r"ice", r"icy", r"forecast", r"gale",
        r"downpour", r"wet", r"warning",
    ),
}
# fmt: on

# A plain word may carry an inflection: "vegan" matches "vegans", "book" matches "booked".
_INFLECT = r"(?:'?s|es|e?d|ing)?"


def _alternative(pattern: str) -> str:
    return pattern + _INFLECT if pattern[-1].isalpha() else pattern


CONCEPT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (concept, re.compile(r"\b(?:" + "|".join(map(_alternative, patterns)) + r")\b"))
    for concept, patterns in _CONCEPTS.items()
)

_TIME = re.compile(r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b|\b(?:1[0-2]|[1-9])(?:[:.][0-5]\d)? ?[ap]\.?m\b|o'?clock")
_ORDER_NUMBER = re.compile(r"(?:#|\border (?:no\.? |number |ref\.? )?#?)\d{3,}")
GROUP_SIZE = 10  # from this many people, a table is a group booking


def reader_concepts(text: str) -> list[str]:
    """Concept tokens for what the email reader finds: a party, nights, a complaint, a diet, an occasion…"""
    found: list[str] = []
    parties = find_party(text)
    if parties:
        found.append("c_party")
        if max(p.high or p.size for p in parties) >= GROUP_SIZE:
            found.append("c_group")
    if find_nights(text):
        found.append("c_stay")
    if "complaint" in find_tone(text):
        found.append("c_complaint")
    if find_dietary(text):
        found.append("c_diet")
    if find_occasions(text):
        found.append("c_occasion")
    if _TIME.search(text):
        found.append("c_time")
    if _ORDER_NUMBER.search(text):
        found.append("c_order")
    return found


def concepts(text: str, reader: bool = True) -> list[str]:
    """Concept tokens for ``text`` (lower-cased first), one per matching phrase, then the reader's."""
    lowered = text.lower().replace("\u2019", "'")
    found: list[str] = []
    for concept, pattern in CONCEPT_PATTERNS:
        found += [concept] * len(pattern.findall(lowered))
    return found + reader_concepts(lowered) if reader else found
