"""Words of an email or a template, for the suggester: stop words out, light stemming.

Kept apart from :mod:`desktop.core.suggest` so the index and the ranking stay short.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-z][a-z']+")

_STOP_WORDS = """
    a about above after again all am an and any are aren't as at be because been before being below
    between both but by can can't could couldn't did didn't do does doesn't doing don't down during
    each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here
    here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's
    its itself just let's me more most my myself no nor not of off on once only or other ought our
    ours ourselves out over own same she she'd she'll she's should shouldn't so some such than that
    that's the their theirs them themselves then there there's these they they'd they'll they're
    they've this those through to too under until up very was wasn't we we'd we'll we're we've were
    weren't what what's when when's where where's which while who who's whom why why's with won't
    would wouldn't you you'd you'll you're you've your yours yourself yourselves hi hello hey hiya
    dear thanks thank cheers regards best many much please also get got know let like bit really
    still us one two will ok okay sorry possible possibly wonder wondering wondered love able around
    least warm kind kindly hope hoping need want
"""
_STOP = frozenset(_STOP_WORDS.split())


def stem(word: str) -> str:
    """A light suffix stripper: "bookings" → "book", "delayed" → "delay"; enough for short emails."""
    for _ in range(2):  # "bookings" → "booking" → "book"
        for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("ly", "")):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)] + keep
                break
        else:
            break
    return word


def tokens(text: str) -> list[str]:
    """Stemmed content words of ``text``, without greetings and function words."""
    lowered = text.lower().replace("\u2019", "'")
    return [stem(w.strip("'")) for w in _WORD.findall(lowered) if w.strip("'") not in _STOP]
