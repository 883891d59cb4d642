"""Arabic normalisation for *matching only*.

Nothing here changes a document: the text a user passes in is never rewritten.
`normalize` is used to look words up in the lexicons, so that spelling variants
(hamza forms, alif maqsura, ta marbuta, tatweel, diacritics) find the same entry.
"""

from __future__ import annotations

import re
from functools import lru_cache

DIACRITICS = "\u0610\u0611\u0612\u0613\u0614\u0615\u0616\u0617\u0618\u0619\u061a" + "".join(
    chr(c) for c in range(0x064B, 0x0660)
) + "\u0670\u06d6\u06d7\u06d8\u06d9\u06da\u06db\u06dc\u06df\u06e0\u06e1\u06e2\u06e3\u06e4"
TATWEEL = "\u0640"

_TABLE = {ord(c): None for c in DIACRITICS + TATWEEL + "\u200c\u200d\u200e\u200f"}
_TABLE.update({
    ord("أ"): "ا", ord("إ"): "ا", ord("آ"): "ا", ord("ٱ"): "ا",
    ord("ى"): "ي", ord("ة"): "ه", ord("ؤ"): "ء", ord("ئ"): "ء",
    ord("ی"): "ي", ord("ک"): "ك",  # Persian/Urdu code points seen in web text
})

PROCLITICS = ("و", "ف")
# attached pronouns on a noun or verb, longest first (تعبيرهما before تعبيرها before تعبيره)
PRONOUN_SUFFIXES = ("هما", "ها", "هم", "هن", "ه")
_DEFINITE = re.compile(r"^(?:[وف]?(?:ب|ل|ك)?)ال")


@lru_cache(maxsize=1 << 14)  # pure and called per word: a small bounded memo
def normalize(text: str) -> str:
    """Return the matching key of `text`: letters unified, marks removed, lowercased."""
    return text.translate(_TABLE).lower()


@lru_cache(maxsize=1 << 14)  # pure and called per word: a small bounded memo
def strip_article(norm: str) -> str:
    """Remove a leading (conjunction +) preposition + definite article from a normalised word."""
    if not norm:
        return norm
    if norm.startswith("لل") and len(norm) > 3:
        return norm[2:]
    stripped = _DEFINITE.sub("", norm, count=1)
    if len(stripped) >= 3 or (norm[0] not in PROCLITICS and len(stripped) >= 2):
        return stripped
    return norm


@lru_cache(maxsize=1 << 12)
def unsuffixed(norm: str) -> tuple:
    """The noun under an attached pronoun (خطابه -> خطاب; كلمته -> كلمه, كلمت: a ة noun takes
    its pronoun after ت); empty when nothing is attached or too little would be left."""
    for suffix in PRONOUN_SUFFIXES:
        if norm.endswith(suffix) and len(norm) - len(suffix) >= 3:
            stem = norm[:-len(suffix)]
            return (stem, stem[:-1] + "ه") if stem.endswith("ت") else (stem,)
    return ()
