"""Lexicons: data files in `resources/<lang>/`, indexed for matching.

A `Lexicon` keeps the raw tables (what `to_bytes` writes and `add` extends) and
derives lookup indices from them, keyed by the normalised form of each entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import AbstractSet, Any, Dict, FrozenSet, List, Optional, Sequence, Set, Tuple

import srsly
from spacy.util import registry

from .normalize import normalize, strip_article

RESOURCES = Path(__file__).parent / "resources"
TABLES = (
    "reporting_verbs", "participles", "verbal_nouns", "according_to", "roles",
    "organizations", "nisba", "temporal", "scare_quote_heads", "stop_words_speaker",
    "given_names", "extra",
)


_EMPTY: FrozenSet[str] = frozenset()


@dataclass(frozen=True)
class CueEntry:
    lemma: str
    type: str  # "verb" | "participle" | "noun" | "according_to"
    feats: str  # e.g. "3FS", "MS", "PASS", "" when unknown
    core: bool


def _gender_of(feats: str) -> Optional[str]:
    """Grammatical gender/number from a feature string: "female", "male", "plural" or None."""
    body = feats.lstrip("0123456789")
    if feats == "PASS" or not body:
        return None
    if body.endswith("P") or body.endswith("D"):
        return "plural"
    if body.startswith("F"):
        return "female"
    if body.startswith("M"):
        return "male"
    return None


class Lexicon:
    """All word lists the attribution rules use, with normalised indices."""

    def __init__(self, tables: Dict[str, Any]) -> None:
        self.tables: Dict[str, Any] = {name: tables.get(name) for name in TABLES}
        self._index()

    # --- construction / serialisation ---------------------------------------

    @classmethod
    def from_resources(cls, lang: str = "ar") -> Lexicon:
        folder = RESOURCES / lang
        if not folder.is_dir():
            raise ValueError(
                f"spacy_attrib has no lexicons for language {lang!r} "
                f"(available: {sorted(p.name for p in RESOURCES.iterdir() if p.is_dir())})"
            )
        return cls({p.stem: srsly.read_json(p) for p in folder.glob("*.json")})

    def to_bytes(self) -> bytes:
        return srsly.msgpack_dumps(self.tables)

    @classmethod
    def from_bytes(cls, data: bytes) -> Lexicon:
        return cls(srsly.msgpack_loads(data))

    def add(self, table: str, entries: Any) -> None:
        """Extend a table: lists are appended to, dicts merged (lists inside dicts appended).

        Example: ``lexicon.add("reporting_verbs", [{"lemma": "همس", "core": True,
        "forms": {"همس": "3MS", "همست": "3FS"}}])``.
        """
        if table not in TABLES:
            raise ValueError(f"unknown lexicon table {table!r}; tables: {', '.join(TABLES)}")
        self.tables[table] = _merge(self.tables.get(table), entries)
        self._index()

    # --- indices --------------------------------------------------------------

    def _index(self) -> None:
        t = self.tables
        self.cues: Dict[str, CueEntry] = {}
        for kind, name in (("verb", "reporting_verbs"), ("participle", "participles")):
            for lex in t.get(name) or []:
                for form, feats in (lex.get("forms") or {}).items():
                    self.cues.setdefault(normalize(form), CueEntry(
                        lex["lemma"], kind, feats or "", bool(lex.get("core", True))))
        for lex in t.get("verbal_nouns") or []:
            forms = lex.get("forms") or [lex["lemma"]]
            for form in forms if isinstance(forms, list) else forms.keys():
                self.cues.setdefault(normalize(form), CueEntry(lex["lemma"], "noun", "", True))
        # according-to phrases: first normalised token -> [(rest tokens, then_prefix, lemma)]
        self.according: Dict[str, List[Tuple[Tuple[str, ...], Optional[str], str]]] = {}
        for lex in t.get("according_to") or []:
            toks = tuple(normalize(x) for x in lex.get("tokens") or lex["lemma"].split())
            prefix = lex.get("then_prefix")
            self.according.setdefault(toks[0], []).append(
                (toks[1:], normalize(prefix) if prefix else None, lex["lemma"]))
        for rest in self.according.values():
            rest.sort(key=lambda r: -len(r[0]))  # longest phrase first
        self.roles, self.role_gender = self._heads("roles")
        roles = t.get("roles") or {}
        # "مدير جهوي" -> الإدارة الجهوية: the office a regional head of a sector speaks for
        self.regional_offices = {normalize(k): v for k, v in (roles.get("regional_offices") or {}).items()}
        # وزير -> وزارة: the body a head of a portfolio speaks for
        self.portfolio_bodies = {normalize(k): v for k, v in (roles.get("portfolio_bodies") or {}).items()}
        self.orgs, self.org_gender = self._heads("organizations")
        nis = t.get("nisba") or {}
        self.nisba: Dict[str, str] = {}
        self.country_names: Dict[str, str] = {}
        for entry in nis.get("countries") or []:
            for form in entry.get("forms") or []:
                self.nisba.setdefault(normalize(form), entry["country"])
            for name in [entry["country"], *(entry.get("names") or [])]:
                self.country_names.setdefault(normalize(name), entry["country"])
        # names of several words (الولايات المتحدة، الكوري الشمالي), by their first word
        self.multiword_places: Dict[str, List[Tuple[Tuple[str, ...], str, bool]]] = {}
        for table, is_nisba in ((self.nisba, True), (self.country_names, False)):
            for key, country in table.items():
                words = tuple(key.split())
                if len(words) > 1:
                    self.multiword_places.setdefault(words[0], []).append((words[1:], country, is_nisba))
        for rest in self.multiword_places.values():
            rest.sort(key=lambda r: -len(r[0]))  # longest name first
        # their last words: a mention with none of them names no such place (a cheap test)
        self.multiword_ends = {tail[-1] for rest in self.multiword_places.values() for tail, _, _ in rest}
        self.institutions = {normalize(k): v for k, v in (nis.get("institutions") or {}).items()}
        self.temporal = self._words("temporal")
        self.scare_heads = {strip_article(w) for w in self._words("scare_quote_heads")}
        stop = t.get("stop_words_speaker") or {}
        self.prepositions = {normalize(w) for w in stop.get("prepositions") or []}
        self.complementizers = {normalize(w) for w in stop.get("complementizers") or []}
        self.pronouns = {normalize(k): v for k, v in (stop.get("pronouns") or {}).items()}
        names = t.get("given_names") or {}
        self.given_names: Set[str] = {normalize(n) for key in ("male", "female")
                                      for n in names.get(key) or []}
        by_gender = {key: {normalize(n) for n in names.get(key) or []} for key in ("female", "male")}
        both = by_gender["female"] & by_gender["male"]  # ميشيل، رجاء: no gender from the name
        self.given_name_gender: Dict[str, str] = {
            n: key for key, ns in by_gender.items() for n in ns if n not in both}
        extra = t.get("extra") or {}
        self.extra: Dict[str, Set[str]] = {
            key: {normalize(w) for w in values} for key, values in extra.items()
            if isinstance(values, list)
        }
        self.not_cues = self.extra.get("not_cues", set())
        # ambiguous forms (بين "between" / بيّن "explained"): cues only before إن/أن or a colon
        self.weak_cues = self.extra.get("weak_cues", set())
        self.weak_lemmas = self.extra.get("weak_lemmas", set())

    def _heads(self, name: str) -> Tuple[Set[str], Dict[str, str]]:
        table = self.tables.get(name) or {}
        heads = {strip_article(normalize(h)) for h in table.get("heads") or []}
        gender = {strip_article(normalize(k)): v for k, v in (table.get("gender") or {}).items()}
        return heads, gender

    def _words(self, name: str) -> Set[str]:
        table = self.tables.get(name) or {}
        words = table.get("words", []) if isinstance(table, dict) else table
        return {normalize(w) for w in words}

    def extra_set(self, key: str) -> AbstractSet[str]:
        return self.extra.get(key, _EMPTY)  # on the hot path: no new set per call

    # --- lookups --------------------------------------------------------------

    def is_weak(self, norm: str, entry: CueEntry) -> bool:
        """Ambiguous cues (بين "between", تابع "followed", نقل "moved"): reporting only
        before a complementizer, a colon or a quotation."""
        return norm in self.weak_cues or normalize(entry.lemma) in self.weak_lemmas

    def cue(self, norm: str) -> Optional[Tuple[CueEntry, int]]:
        """The cue entry for a normalised word and whether a conjunction (و/ف) was stripped."""
        if not norm or norm in self.not_cues:
            return None
        entry = self.cues.get(norm)
        if entry:
            return entry, 0
        if len(norm) > 2 and norm[0] in "وف":
            entry = self.cues.get(norm[1:])
            if entry:
                return entry, 1
            if norm[1] == "س" and len(norm) > 3:  # وسيقول: conjunction + future prefix
                entry = self.cues.get(norm[2:])
                if entry and entry.type == "verb" and norm[2] in "يتن":
                    return entry, 1
        if norm[0] == "س" and len(norm) > 3 and norm[1] in "يتن":  # سيقول: no conjunction
            entry = self.cues.get(norm[1:])
            if entry and entry.type == "verb":
                return entry, 0
        return None

    def country(self, norm: str) -> Optional[str]:
        """The country a normalised word names, clitics allowed: تونس، بتونس، وتونس، المغرب،
        بالمغرب، للمغرب, ألمانيا (whose ال is part of the name: بألمانيا)."""
        return _place(self.country_names, norm)

    def multiword_place(self, norms: Sequence[str], i: int) -> Optional[Tuple[str, int, bool]]:
        """A country named by several words from norms[i] (للولايات المتحدة، الكوري الشمالي):
        (country, number of words, is it a nisba?), the longest name first; else None."""
        for key in _place_keys(norms[i]):
            for tail, country, is_nisba in self.multiword_places.get(key, ()):
                if tuple(norms[i + 1:i + 1 + len(tail)]) == tail:
                    return country, 1 + len(tail), is_nisba
        return None

    def institution(self, norm: str) -> Optional[str]:
        """The country of an institution or capital named by one word: الكرملين، بالكرملين."""
        return _place(self.institutions, norm)

    def object_suffixed_verb(self, norm: str) -> bool:
        """أكده، ذكرته، أعلنتها: a reporting verb with an object pronoun (after ما)."""
        for suffix in ("ها", "ه"):
            stem = norm[: -len(suffix)] if norm.endswith(suffix) else None
            if stem and len(stem) > 2:
                # نفاه، رواه: a final ى is written ا before the suffix
                for form in (stem, stem[:-1] + "ي") if stem.endswith("ا") else (stem,):
                    hit = self.cue(form)
                    if hit is not None and hit[0].type == "verb":
                        return True
        return False

    @staticmethod
    def gender_of(feats: str) -> Optional[str]:
        return _gender_of(feats)


def _place_keys(norm: str) -> List[str]:
    """The forms to look a place word up under, the word itself first: بالمغرب، للمغرب،
    والكرملين -> المغرب، مغرب (the article is the name's); بتونس، لمصر، وبتونس -> تونس، مصر."""
    bare = strip_article(norm)
    if bare != norm:
        return [norm, "ال" + bare, bare]
    rest = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm
    if rest[:1] in ("ب", "ل") and len(rest) > 3:
        rest = rest[1:]
    return [norm, rest] if rest != norm else [norm]


def _place(table: Dict[str, str], norm: str) -> Optional[str]:
    """Look a word up in a table of names keyed with their article (المغرب, not مغرب)."""
    if not norm:
        return None
    return next((table[k] for k in _place_keys(norm) if k in table), None)


def _merge(base: Any, extra: Any) -> Any:
    if base is None:
        return extra
    if isinstance(base, list) and isinstance(extra, list):
        return base + list(extra)
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for key, value in extra.items():
            out[key] = _merge(out.get(key), value)
        return out
    raise ValueError(f"cannot merge {type(extra).__name__} into {type(base).__name__}")


@registry.misc("spacy_attrib.lexicon.v1")
def create_lexicon(lang: str = "ar", extra: Optional[Dict[str, Any]] = None) -> Lexicon:
    """The packaged lexicons for `lang`, extended with `extra` ({table: entries})."""
    lexicon = Lexicon.from_resources(lang)
    for table, entries in (extra or {}).items():
        lexicon.add(table, entries)
    return lexicon
