"""Sources: speaker mentions, antecedents for dropped and back-referring subjects,
and the source's name, role, affiliation and gender.

Links each content of `attribution_contents` to its cue and speaker and writes the
final record (`doc._.attrib_records`, read through `doc._.attributions`).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import takewhile
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple

from spacy.language import Language
from spacy.tokens import Doc

from .base import LexiconPipe
from .contents import PLUPERFECT_SPAN
from .extensions import set_records
from .lexicon import Lexicon
from .normalize import PRONOUN_SUFFIXES, normalize, strip_article, unsuffixed
from .scorer import make_attribution_scorer  # noqa: F401 - registers the scorer
from .syntax import subjects
from .text import COMMAS, RELATIVES, Intervals, TextView, Word, view_of

_NP_JOINERS = {"بن", "ابن", "بنت", "ابو", "ام", "عبد", "ولد", "بو", "دي", "دو", "فون", "فان", "و"}
_SON_OF = ("بن", "بنت", "ابن")  # سمير بن عمر: the surname goes on after it
_BACKREF_MARKERS = {"نفسه", "نفسها", "ذاته", "ذاتها", "نفسهم", "انفسهم", "ذاتهم"}
_CIRCUMSTANTIAL = {"وهو", "وهي", "وهم", "وهما"}  # a clause about the NP, not part of it
_MEMBER_PREPS = ("من", "عن", "في")  # X من حركة النهضة، مصدر في الاتحاد
# words after which a clause may start with its subject: لكن المقربين منه يتهمون، رغم أن
# المصادر أكدت، فإن خبراء الصحة يعتقدون (أن + NP + verb: the verb's own clause, not VSO)
_SUBJECT_OPENERS = {"لكن", "ولكن", "ان", "بان", "فان", "لان", "وان"}
_PP_BEFORE_SUBJECT = {"في", "خلال", "علي", "عقب", "اثر", "اثناء", "لدي", "امام", "عبر", "ضمن", "فيه",
                      "فيها", "خلاله", "خلالها"}  # وأكد في هذا الصدد الوزير أن
_VERB_PARTICLES = {"قد", "فقد", "وقد", "لقد"}  # they announce a verb: the NP before them has ended
_BACKGROUND_VERBS = {"يذكر", "ويذكر", "يشار", "ويشار", "اشاره"}  # يذكر أن، تجدر الإشارة إلى أن
_MA_PREPS = {"بما", "مما", "عما", "فيما", "لما"}  # a preposition with ما: never inside an NP
_DEMONSTRATIVE_ADJ = {"المذكور", "المذكوره", "المعني", "المعنيه"}  # المعهد المذكور
_SUBORDINATORS = {"بعد", "قبل", "عقب", "اثر", "منذ", "وبعد", "وقبل"}  # بعد أن أعلن X: a temporal clause
MAX_NP = 16
ANTECEDENT_WINDOW = 2500  # characters: how far back a dropped subject is resolved
RECENT_ENTITIES = 60  # sources compared with a new mention (keeps long documents linear)


def _masculine(n: str) -> str:
    """A normalised noun or adjective without its feminine ending (مديره -> مدير)."""
    return n[:-1] if len(n) > 2 and n.endswith("ه") else n


@dataclass
class Entity:
    """One source in a document: its fullest mention (`best`, word indices) and what
    its mentions say of it."""

    gender: Optional[str]
    heads: set
    names: set
    last_pos: int
    is_org: bool = False
    best: Tuple[int, int] = (0, 0)
    info: Dict[str, Any] = field(default_factory=dict)
    evidence: bool = False  # وفق أرقام نشرتها الوزارة: a source, but nobody a later verb refers to
    plural: bool = False  # a group (المشاركون، الخبراء): a VSO verb before it is singular all the same


class SourceRules:
    def __init__(self, view: TextView, lexicon: Lexicon, cues, contents,
                 parsed_subjects: Optional[Dict[Tuple[int, int], Tuple[int, int]]] = None) -> None:
        self.parsed_subjects = parsed_subjects or {}
        self._governed: Dict[int, str] = {}  # first words of according-to sources, without لـ
        self._topics: set = set()  # NPs after أما
        self.view = view
        self.words = view.words
        self.lex = lexicon
        self.cues = cues
        self.contents = contents
        self.entities: List[Entity] = []
        self.stop_l = lexicon.extra_set("stop_after_l")
        self.short_accusatives = lexicon.extra_set("short_accusatives")  # hot: per NP word
        self.quantifiers = lexicon.extra_set("quantifiers")
        self.correspondents = lexicon.extra_set("correspondents")
        self.media_outlets = {strip_article(w) for w in lexicon.extra_set("media_outlets")}
        self.given_def = lexicon.extra_set("definite_given_names")
        # وكان المرصد قد أكد: the auxiliary opens the clause, it is not part of the subject
        self.discourse = lexicon.extra_set("discourse") | lexicon.extra_set("np_start_skip") \
            | lexicon.extra_set("auxiliaries")
        self.given_names = lexicon.given_names
        self.evidence_heads = {strip_article(w) for w in lexicon.extra_set("evidence_subjects")}
        self.authored = {strip_article(w) for w in lexicon.extra_set("authored_evidence")}
        self.documents = {strip_article(w) for w in lexicon.extra_set("documents")}
        self.issued_words = lexicon.extra_set("issued_by")
        self._bal_surnames: Optional[set] = None  # بالطيب after سمير somewhere in the text

    # --- noun phrases -----------------------------------------------------------

    def _introduces(self, j: int) -> bool:
        """Is word j followed by a complementizer, a colon or a quotation?"""
        nxt = self.view.next_word(j)
        return nxt is not None and (nxt.kind == "q" or (nxt.kind == "p" and nxt.text == ":")
                                    or (nxt.kind == "w" and nxt.norm in self.lex.complementizers))

    def _skip(self, w: Word) -> bool:
        """Temporal words and discourse markers that are never part of a speaker NP."""
        return w.norm in self.lex.temporal or w.norm in self.discourse

    def document_issuer(self, span: Tuple[int, int], came_in: bool = False):
        """A statement as speaker (البيان، بيان الاتحاد الماليزي، التقرير): the organisation
        named in it, else the most recent organisation; None if the NP is no document.
        After جاء في (`came_in`) whatever the NP names is a text (الحكم، الالتماس)."""
        issuer = self._issued_by(span)
        if issuer is not None:
            return issuer
        ws = [w for w in self.np_words(span) if not self._marker(w)]  # ذات البلاغ
        while ws and ws[0].norm in ("احدث", "اخر", "اول"):
            ws = ws[1:]  # أحدث تقرير
        if not ws or not (came_in or self._is_document(ws[0])):
            return None
        rest = [w for w in ws[1:] if w.norm not in self.lex.nisba]
        if rest and (self.is_org(rest[0]) or self.is_role(rest[0])):
            return rest[0].i, span[1]  # بيان الاتحاد
        if rest and rest[0].norm[:1] == "ل" and self._prep_attached(rest[0]):
            n = rest[0].norm  # بلاغ لوزارة الداخلية، بيان للاتحاد: the body as its NP reads it
            self._governed[rest[0].i] = "ا" + n[1:] if n.startswith("لل") else n[1:]
            return rest[0].i, span[1]
        pos = self.words[span[0]].start
        before = [e for e in self.entities[-RECENT_ENTITIES:] if e.last_pos < pos and not e.evidence]
        orgs = [e for e in before if e.is_org]
        # a body issues statements and reports; a letter, a tweet or a post may be anyone's
        # (وجاء في الرسالة: the president who sent it)
        personal = came_in or strip_article(ws[0].norm) in self.lex.extra_set("personal_texts")
        return max(orgs or (before if personal else []), key=lambda e: e.last_pos, default=None)

    def _is_document(self, w: Word) -> bool:
        n = w.norm
        bare = n[1:] if n[:1] in ("ل", "ب") and not n.startswith("ال") else n  # لتقرير
        return strip_article(n) in self.documents or strip_article(bare) in self.documents

    def _issued_by(self, span: Tuple[int, int]) -> Optional[Tuple[int, int]]:
        """`تقرير صادر عن X`، `آخر المعطيات الصادرة عن X`، `تقرير نشرته صحيفة X`: X is the
        source, whether the NP found stops before the participle or runs on past it."""
        words = self.words
        j = span[1]
        if strip_article(words[span[0]].norm) not in self.authored:  # a study speaks for itself
            j = next((k for k in range(span[0] + 1, min(span[1], span[0] + 3) + 1)
                      if words[k].norm in self.issued_words), span[1])
        if words[j].norm not in self.issued_words:
            nxt = self.view.next_word(j)
            if nxt is None or nxt.norm not in self.issued_words:
                return None
            j = nxt.i
        prep = self.view.next_word(j)
        if words[j].norm.endswith(("ته", "تها")):  # تقرير أعدته "بي بي سي": no preposition
            return self.np_after(j + 1, min(len(words) - 1, j + 1 + MAX_NP))
        if prep is None or prep.norm not in ("عن", "من"):
            return None
        return self.np_after(prep.i + 1, min(len(words) - 1, prep.i + 1 + MAX_NP))

    def evidence(self, span: Tuple[int, int]) -> bool:
        ws = self.np_words(span)
        return bool(ws) and (ws[0].norm in self.evidence_heads
                             or strip_article(ws[0].norm) in self.evidence_heads)

    def _study_speaks(self, span: Tuple[int, int], cue: Optional[Dict[str, Any]]) -> bool:
        """A study or research has authors: with a verb of saying it is a source (وخلصت
        الدراسة إلى أن، وأشارت دراسة نرويجية إلى أن), with an evidence verb it is not (بيّنت
        الأبحاث أن), nor are data (أظهرت الأرقام، تشير المعطيات)."""
        ws = self.np_words(span)
        return cue is not None and bool(ws) and strip_article(ws[0].norm) in self.authored \
            and normalize(cue["lemma"]) not in self.lex.extra_set("evidence_verbs")

    def _ali_is_preposition(self, w: Word) -> bool:
        """Some outlets write the preposition على with a final ي; it then governs a noun
        such as هامش or أن, while the name علي ends a name or precedes a surname."""
        prev = self.view.prev_word(w.i)
        if prev is not None and prev.kind == "w" and (
                prev.norm in _NP_JOINERS or prev.norm in self.given_names):
            return False  # زين العابدين بن علي، سلمى بن علي
        nxt = self.view.next_word(w.i)
        return nxt is not None and nxt.kind == "w" and (
            nxt.norm in self.lex.complementizers or nxt.norm in self.lex.extra_set("ala_objects"))

    def _accusative(self, w: Word) -> bool:
        """An indefinite accusative (اجتماعا، تصريحا): an object or adverb, never a subject.
        Not a title with "our" (مراسلنا، مصدرنا، موفدتنا: وأفاد مراسلنا أن…)."""
        n = w.norm
        stem = n[:-2] if n.endswith("نا") else ""
        stem = stem[:-1] + "ه" if stem.endswith("ت") else stem  # موفدتنا -> موفدة
        if stem and (stem in self.lex.roles or stem in self.correspondents):
            return False
        if n in self.short_accusatives:
            return True  # وقال ردا على سؤال إن، وأكد فعلا أن
        return (n.endswith("ا") and not n.startswith("ال") and len(n) >= 5
                and n not in self.given_names and not self.is_role(w) and not self.is_org(w))

    def _feminine_hal(self, w: Word) -> bool:
        """مازحة، ساخرة، مبتسمة: an indefinite feminine participle right after the verb
        describes how she spoke (فاعلة، مُفعِلة shapes); not a title, body or name."""
        t, n = w.text, w.norm
        if not t.endswith("ة") or n.startswith("ال") or n in self.given_names or self.is_role(w) \
                or self.is_org(w):
            return False
        return (len(t) == 5 and t[1] == "ا") or (t[:1] == "م" and len(t) >= 5)

    def _bi_verbal_noun(self, w: Word) -> bool:
        """بتشخيص، بملاحقة، بإصلاحات، بما: ب before a verbal noun in تفعيل / مفاعلة / إفعال
        shape is a complement (صرحت فيه بتوفير…), never a subject; ب before a bare alif or
        و stays a possible name (باسل، بوقيلة)."""
        t = w.text
        if not t.startswith("ب") or t.startswith("بال") or w.norm in self.given_names:
            return False
        return w.norm == "بما" or (t[1:2] in ("ت", "م", "إ", "أ") and len(t) >= 5) \
            or w.norm in self.lex.extra_set("bi_verbal_nouns")  # بوجود، بوقوع: not بوقيلة

    def _bi_complement(self, j: int) -> bool:
        """`تعهد بالعمل على تجاوز…`، `طالب بالتحقيق في…`: a definite بـ word followed by a
        preposition is the verb's complement; a surname in بال (بالحاج، بالضياف) is followed by
        a complementizer, a comma or a title, not by a preposition."""
        w, nxt = self.words[j], self.view.next_word(j)
        if not (w.norm.startswith("بال") and nxt is not None and nxt.kind == "w"
                and nxt.norm in self.lex.prepositions) or w.norm in self.given_names:
            return False
        if self._bal_surnames is None:  # وأشار بالطيب إلى: the surname of سمير بالطيب
            words = self.words
            self._bal_surnames = {x.norm for k, x in enumerate(words) if k and x.kind == "w"
                                  and x.norm.startswith("بال") and words[k - 1].norm in self.given_names}
        return w.norm not in self._bal_surnames

    def _foreign_name_before_clause(self, j: int) -> bool:
        """`وقال أوباما إن`: a word in ا before the complementizer is a name (with up to three
        more words of it: وقالت فلاديميرا رودريغز دي أوليفيرا إنها; or its title: وقالت
        زاخاروفا المتحدثة باسم الخارجية إن), unless it
        has the shape of an adverb: a participle (مجددا، مؤكدا), فاعل (ساخرا، لاحقا) or a
        relational adverb (رسميا، حاليا); nor an object with her (تخبر والدها أن)."""
        n = self.words[j].norm
        if n[:1] == "م" or n.endswith(("يا", "ها")) or (len(n) == 5 and n[1] == "ا"):
            return False
        nxt = self.view.next_word(j)
        for _ in range(3):  # فلاديميرا رودريغز دي أوليفيرا إن: the rest of the name
            if nxt is None or nxt.kind != "w" or nxt.norm in self.lex.complementizers:
                break
            m = nxt.norm
            if nxt.i == j + 1 and m.startswith("ال") and self.is_role(nxt):
                return True  # وقالت زاخاروفا المتحدثة باسم الخارجية إن: the name, then its title
            if m.startswith("ال") or m in self.lex.prepositions or nxt.i in self.cue_words \
                    or self._skip(nxt) or (m.endswith("ا") and m[:1] == "م") \
                    or self.is_role(nxt) or self.is_org(nxt):
                return False
            nxt = self.view.next_word(nxt.i)
        return nxt is not None and nxt.norm in self.lex.complementizers

    def _adverbial_pp(self, w: Word) -> bool:
        """A definite word with a clitic preposition (للمرة، كالعادة، بالفعل): an adverbial or a
        complement, never a subject. After بـ only the listed adverbials: Tunisian surnames
        look the same (بالضياف، بالحاج)."""
        n = w.norm[1:] if w.norm[:1] in "وف" and len(w.norm) > 4 else w.norm
        if self.is_role(w) or self.is_org(w) or w.norm in self.given_names:
            return False
        return (n.startswith(("لل", "كال")) and len(n) >= 5) \
            or n in self.lex.extra_set("adverbial_pps")

    def _discourse_pp(self, j: int) -> bool:
        """من جهته / ومن جانبها: a discourse marker of two words."""
        nxt = self.view.next_word(j)
        return self.words[j].norm in ("من", "ومن") and nxt is not None and nxt.norm in self.discourse

    def _other_hand(self, j: int) -> bool:
        """من جهة أخرى، ومن ناحية أخرى، من جانب آخر: "on the other hand", a three-word marker of
        the temporal lexicon."""
        nxt = self.view.next_word(j)
        other = self.view.next_word(nxt.i) if nxt is not None else None
        return self.words[j].norm in ("من", "ومن") and other is not None \
            and f"من {nxt.norm} {other.norm}" in self.lex.temporal

    def _ends_np(self, w: Word) -> bool:
        n = w.norm
        if n == "علي" and w.text.endswith("ي") and not self._ali_is_preposition(w):
            return False  # علي the name; the preposition is على
        if n == "عليه" and w.text.endswith("ة") and w.i > 0 and self.words[w.i - 1].kind == "w" and (
                self.words[w.i - 1].norm in self.given_names or self.words[w.i - 1].norm.startswith("ال")):
            return False  # الهاشمي علية: the surname, not عليه "on him"
        if n == "ام" and w.i > 0 and self.words[w.i - 1].norm == "اف":
            return False  # الجوهرة أف أم، موزاييك أف أم: FM, not أم "or"
        if n == "عن" and w.i > 0 and self._cause_noun(self.words[w.i - 1]):
            return False  # منظمة الدفاع عن المستهلك: a body's name goes on
        if n == "مع" and w.i > 0 and self._relation_noun(self.words[w.i - 1]):
            return False  # وزير العلاقات مع البرلمان: a portfolio's name goes on
        if n in ("من", "علي") and self._name_goes_on(w):
            return False  # الجمعية التونسية من أجل نزاهة الانتخابات، صحفية على قناة X
        if n in self.lex.prepositions or n in self.lex.complementizers or n in RELATIVES \
                or (n[:1] == "و" and (n[1:] in RELATIVES or n[1:] in ("لم", "لن"))) \
                or n in _VERB_PARTICLES or n in _MA_PREPS:
            return True  # الصندوق | والذي يتراوح، عبد الكافي | فقد أبرز، الوزير | بما قام به، | ولم ينف
        if w.i in self.cue_words:
            return True
        if n.startswith("ل") and not n.startswith("ال") and len(n) > 3:
            rest = n[1:]
            if (strip_article(rest) in self.stop_l or rest in self.stop_l or (
                    n.startswith("لل") and strip_article(n[2:]) in self.stop_l)) \
                    and not self._body_complement(w.i):
                return True
        return False

    def _body_complement(self, j: int) -> bool:
        """Is the لـ word j the complement of a body and its plain adjectives (النقابة
        الوطنية | للصحفيين التونسيين), part of its name, not whom it told (قالت الوزارة
        للصحفيين، الوزارة الفرنسية للصحفيين)?"""
        n, k = self.words[j].norm, j - 1
        if n[:1] != "ل" or n.startswith("ال") or k < 0 or self.words[k].kind != "w" \
                or not self._plain_adjective(self.words[k]) or self.is_org(self.words[j]) \
                or self._unprefixed(n) in self.lex.orgs:
            return False  # (المحكمة الإدارية | لوكالة تونس افريقيا للأنباء: an outlet it told)
        w = self._before_adjectives(j)
        return w.kind == "w" and self.is_org(w) and not self.is_role(w)

    def _before_adjectives(self, j: int) -> Word:
        """The word before the plain adjectives that precede word j (النقابة | الوطنية |
        للصحفيين، الاتحاد | العام | التونسي): the head they describe (the first word at most)."""
        k = j - 1
        while k > 0 and self.words[k].kind == "w" and self._plain_adjective(self.words[k]):
            k -= 1
        return self.words[max(k, 0)]

    def _name_goes_on(self, w: Word) -> bool:
        """من أجل after a body (الجمعية التونسية من أجل نزاهة الانتخابات): the cause in its
        name; على before an outlet after a title (صحفية على قناة "بي أف ام تي في"): where the
        journalist works. Both are part of the mention, not a new phrase."""
        words, i = self.words, w.i
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is None or nxt.kind != "w" or i == 0:
            return False
        before = [x for x in words[max(0, i - 3):i] if x.kind == "w"]
        if w.norm == "من":
            return nxt.norm == "اجل" and any(  # (لحزب المؤتمر من أجل الجمهورية)
                self.is_org(x) or self._bare_noun(x.norm) in self.lex.orgs for x in before)
        return w.text.endswith("ى") and bool(before) and self.is_role(before[-1]) \
            and strip_article(nxt.norm) in self.lex.extra_set("media_outlets")

    def _bare_noun(self, n: str) -> str:
        """A normalised noun without its ل/ب preposition and its article (للدفاع، بالعلاقات،
        الدفاع -> دفاع، علاقات، دفاع)."""
        return self._unprefixed(n) if n[:1] in "لب" and not n.startswith("ال") else strip_article(n)

    def _relation_noun(self, w: Word) -> bool:
        """العلاقة، العلاقات، بالعلاقات: a portfolio of relations, which goes on with مع."""
        return w.kind == "w" and self._bare_noun(w.norm) in self.lex.extra_set("relation_nouns")

    def _cause_noun(self, w: Word) -> bool:
        """الدفاع، للدفاع، المدافعة: what a body defends follows with عن, inside its name."""
        if w.kind != "w" or self._bare_noun(w.norm) not in self.lex.extra_set("cause_nouns"):
            return False
        # but هيئة الدفاع، لسان الدفاع: a client's lawyers, who follow with عن X
        prev = self.words[w.i - 1] if w.i > 0 else None
        return not (prev is not None and prev.kind == "w"
                    and strip_article(prev.norm) in self.lex.extra_set("defence_teams"))

    def np_after(self, first: int, last: int, prefix: Optional[str] = None,
                 past_pp: bool = False) -> Optional[Tuple[int, int]]:
        """The speaker NP in words[first..last] (VSO subject, according-to source). `prefix`:
        the preposition of an according-to cue glued to the first word (وفقا لوكالة رويترز):
        there it governs the source, it does not end the NP. `past_pp`: the gap runs from a
        reporting verb to its complementizer, so a subject may follow a prepositional phrase."""
        words = self.words
        last = min(last, len(words) - 1)  # a gap after a text-final cue («…» قال) ends the text
        n = words[first].norm if first <= last and words[first].kind == "w" else ""
        if prefix and n.startswith(prefix) and len(n) > len(prefix) + 1:
            # the word as the source NP reads it: لوكالة -> وكالة, للمصدر -> المصدر
            self._governed[first] = "ا" + n[1:] if n.startswith("لل") else n[len(prefix):]
            return self._np_from(first, last)
        j = first
        while j <= last and (words[j].kind != "w" or self._skip(words[j])
                             or self._discourse_pp(j)):
            if words[j].kind == "q" and j == first and prefix is None:
                return self._quoted_subject(j, last)  # وتقول "بي بي سي" نقلا عن…
            if words[j].kind == "q" or (words[j].kind == "p" and words[j].text not in COMMAS):
                return None
            j += 2 if self._discourse_pp(j) else 1
        while j <= last and words[j].kind == "w" and words[j].norm.startswith("لل"):
            j += 1  # وأكدت للرادار أنها: a prepositional phrase, not the subject
        if past_pp and j <= last and words[j].kind == "w" and words[j].norm in _PP_BEFORE_SUBJECT \
                and self._ends_np(words[j]):
            k = self._subject_after_pp(j, last)
            if k is not None:
                return self._np_from(k, last)
        if j + 1 <= last and words[j].norm == "كل" and words[j + 1].norm == "من":
            j += 2  # اعتبر كل من X و Y
        if j > last or words[j].kind != "w" or self._ends_np(words[j]) or self._bi_verbal_noun(words[j]) \
                or words[j].norm in _CIRCUMSTANTIAL \
                or self._bi_complement(j) or (
                self._accusative(words[j]) and not self._foreign_name_before_clause(j)):
            return None
        n = words[j].norm
        if n[:1] == "ب" and strip_article(n[1:]) in self.lex.extra_set("manner_nouns"):
            return None  # وقال بلهجة متحدية، وأضاف بكل وضوح: how, not who
        if self._pronoun_suffixed(words[j]) and n not in self.given_names \
                and any(self._verbal_noun_shape(x) for x in unsuffixed(n)):
            return None  # وبرر اختياره تأسيس حزب: his choice, the object (not محاميه، والده)
        if past_pp and self._feminine_hal(words[j]) and (
                j == last or (words[j + 1].kind == "p" and words[j + 1].text in ":" + COMMAS)
                or words[j + 1].norm in self.lex.complementizers):
            return None  # وقالت مازحة: / وتابعت مفسرة أن: how she said it (not كاهية مدير، دائرة الزلازل)
        return self._np_from(j, last)

    def _subject_after_pp(self, j: int, last: int) -> Optional[int]:
        """`وشدد في هذا الصدد وزير الاقتصاد أن`، `وأكد في تصريح للجوهرة رئيس الجمعية أن`،
        `كلمة أكد فيها الرئيس أن`: a prepositional phrase between the verb and its subject.
        The subject is the first title, body or given name after a definite word, an
        adjective or a comma; none after an indefinite noun (في تصريح رئيس الجمعية: whose
        statement) or after a pronoun suffix (خلال لقائه وزير الخارجية: whom he met); a
        title shaped like a nisba or a participle after a definite noun is its adjective
        (المؤتمر الصحفي، للأحزاب الممثلة)."""
        words = self.words
        pronoun_pp = words[j].norm in ("فيه", "فيها", "خلاله", "خلالها")
        for k in range(j + 1, min(last, j + 7) + 1):
            w, prev = words[k], words[k - 1]
            if w.kind != "w":
                if w.kind == "p" and w.text in COMMAS:
                    continue
                return None
            n = w.norm
            adjective = prev.norm.startswith(("ال", "لل")) and (
                n.startswith("ال") and n.endswith(("ي", "يه")) or n.startswith("الم"))
            if (self.is_role(w) or self.is_org(w) or n in self.given_names) and n[:1] not in "لبك" \
                    and n not in self.lex.prepositions and not self._skip(w) and not adjective \
                    and (k > j + 1 or pronoun_pp):
                if prev.kind == "p" or k == j + 1 or (prev.norm not in self.lex.prepositions and (
                        prev.norm.startswith(("ال", "لل", "بال")) or prev.norm in self.lex.nisba
                        or self._skip(prev))):
                    return k
                return None
            if n in self.lex.complementizers or (w.i in self.cue_words and w.i not in self.noun_cue_words) \
                    or n in RELATIVES or self._pronoun_suffixed(w):
                return None
        return None

    def _accusative_object(self, j: int, last: int) -> bool:
        """`وخصصت الوزيرة | جانبا من مداخلتها`، `أثار الباحث أحمد عصيد | جدلا واسعا`: an
        indefinite accusative followed by من or by an adjective in the same case is the
        verb's object, not more of the name (a given name before it keeps it: ماريا شارابوفا)."""
        w, prev = self.words[j], self.words[j - 1]
        if not w.norm.endswith("ا") or j + 1 > last or prev.norm in self.given_names or w.kind != "w":
            return False  # every accusative ends in ا: the common case, decided first
        nxt = self.words[j + 1]
        if nxt.kind != "w":
            return False
        if self._accusative(nxt) and nxt.norm not in self.given_names:  # جدلا واسعا: a short noun too
            n = w.norm
            return self._accusative(w) or (len(n) == 4 and not n.startswith("ال")
                                           and n not in self.given_names and not self.is_role(w))
        return nxt.norm == "من" and self._accusative(w)

    def _pronoun_suffixed(self, w: Word) -> bool:
        """لقائه، حديثها، كلمتهم: a noun whose pronoun suffix is the verb's own subject."""
        n = w.norm
        return len(n) >= 4 and not n.startswith("ال") and w.text.endswith(("ه", "ها", "هم")) \
            and n not in self.discourse and n != "هذه"

    def _np_from(self, j: int, last: int) -> Tuple[int, int]:
        """The NP that starts at word j and ends by words[last] at the latest."""
        words = self.words
        start = end = j
        j += 1
        count = 1
        quantifier = words[start].norm in self.quantifiers
        named = False  # has an apposition given the name?
        while j <= last and count < MAX_NP:
            w = words[j]
            if quantifier and j == start + 1 and w.norm in ("من", "منهم", "منهن"):
                end, j, count = j, j + 1, count + 1  # عدد من الأهالي، عدد منهم: one NP
                continue
            if w.kind == "p" and w.text in COMMAS:
                nxt = words[j + 1] if j + 1 <= last else None
                role = nxt is not None and nxt.kind == "w" and (self.is_role(nxt) or self._and_title(nxt))
                if named and not role:
                    break  # مديرة الإدارة، الدكتورة إيناس الفرادي، | توفر الدواء: one name only
                app = self._apposition(j, last)
                if app is None:
                    break
                named = named or not role or any(
                    words[k].norm in self.given_names for k in range(j + 1, app + 1))
                end, j = app, app + 1
                continue
            if w.kind == "q" or (w.kind == "p" and w.text == "("
                                 and self.is_org(self.np_words((start, start))[0])):
                q_end = self._scare_quote_end(j, last)  # قناة "دبليو دى ار" (WDR) الألمانية
                if q_end is None or self._speech_in_np(j) or (
                        j == start + 1 and self._quoted_object(j, q_end)):
                    break
                end = j = q_end
                j += 1
                continue
            if self._abbreviation_dot(j) and j + 1 <= last:
                end, j = j, j + 1  # وزير الاقتصاد د. علاء الرفاتي: the title's dot
                continue
            if w.norm == "في" and j == start + 1 and self._expert(words[start]) and j + 1 <= last \
                    and words[j + 1].kind == "w" and words[j + 1].norm.startswith("ال"):
                end, j, count = j, j + 1, count + 1  # الخبير في الشأن الليبي رافع الطبيب: a field
                continue
            if w.kind != "w" or self._ends_np(w) or (self._skip(w) and not self._time_in_name(start, j)) \
                    or w.norm in _CIRCUMSTANTIAL:
                break  # آمال كربول | وهي بصدد تقديم نفسها
            # a definite nisba that opens the NP is its head (الجامايكي يوسين بولت)
            nisba_head = j == start + 1 and words[start].norm.startswith("ال")
            if self._org_np_ends(start, j) or (self._after_nisba_ends(j) and not nisba_head) \
                    or self._new_constituent(start, j) or self._accusative_object(j, last):
                break
            if w.norm in self.correspondents:
                break  # أفاد مصدر أمني | مراسل الجوهرة: whom the source told
            if w.norm.endswith("ا") and w.norm[:-1] in self.documents:
                break  # وأصدرت شركة جيت بلو | بيانا: the document it issued
            if w.norm == "و" and j + 1 <= last and self.is_role(words[j + 1]) \
                    and words[j - 1].kind == "w" and not self.is_role(words[j - 1]):
                break  # عبد الكريم الحيزاوي | و مديرة منظمة المادة 19: a second person
            end = j
            count += 1
            j += 1
        return start, end

    def _time_in_name(self, start: int, j: int) -> bool:
        """A time word in construct with an indefinite head, before a bare name or a definite
        adjective that is no time word: مدير أيام قرطاج السينمائية، منسقة الأيام الدراسية, an
        event (not مسؤول | أمس، مسؤول | يوم الاثنين، مسؤول | الأيام الماضية)."""
        head, nxt = self.words[start], self.words[j + 1] if j + 1 < len(self.words) else None
        return j == start + 1 and head.kind == "w" and not head.norm.startswith("ال") \
            and (self.is_role(head) or self.is_org(head)) and nxt is not None and nxt.kind == "w" \
            and not self._skip(nxt) and nxt.norm not in self.lex.complementizers \
            and (self._bare(nxt) or (nxt.norm.startswith("ال") and nxt.norm.endswith("يه")))

    def _abbreviation_dot(self, j: int) -> bool:
        """The dot of a one-letter title before a name (د. علاء الرفاتي: doctor)."""
        words = self.words
        return words[j].kind == "p" and words[j].text == "." and 0 < j < len(words) - 1 \
            and words[j - 1].kind == "w" and len(words[j - 1].text) == 1 \
            and words[j - 1].end == words[j].start and words[j + 1].kind == "w"

    def _new_constituent(self, start: int, j: int) -> bool:
        """Words that cannot continue an NP: after a definite word or a person's full name, a
        noun with a pronoun suffix (وجدد المسؤول النقابي | انتقاده، إيمانويل ماكرون | دعمه القوي;
        not after a participle: الوزير المنتهية مهامه); after a full name, a لـ phrase
        (الرئيس الأمريكي دونالد ترامب | لموظفي الوكالة: whom he spoke to) or a بـ phrase
        (نتنياهو | برسالة مصالحة); after a definite word, a بـ phrase with a pronoun suffix
        (الفرنسي | بنظيره). Right after a given name such a word is the surname (رضا لحول،
        ستيفان لوفين); بن، بو، بل open Maghrebi surnames (الحبيب بورقيبة)."""
        prev, w = self.words[j - 1], self.words[j]
        n = w.norm
        nxt = self.words[j + 1] if j + 1 < len(self.words) else None
        if prev.kind == "q" and j - 1 > start and self._verbal_noun_shape(n) and n not in self.given_names:
            return True  # ثبتت وكالة التصنيف "فيتش راتينغ" | تصنيف تونس: a quoted name is complete
        if j == start + 1 and prev.norm.startswith("ال") and not n.startswith("ال") \
                and n[:1] not in "بل" and not self.is_role(w) and n not in self.given_names:
            # after a bare body, an indefinite noun in construct (not و + a title or body: وزارة
            # الداخلية ووزير الخارجية are two subjects)
            construct = self._body_not_title(prev) and nxt is not None and nxt.kind == "w" \
                and nxt.norm.startswith("ال") and not self._skip(nxt) and len(n) > 2 \
                and not n.startswith("وال") \
                and not (n[:1] == "و" and (strip_article(n[1:]) in self.lex.roles
                                           or strip_article(n[1:]) in self.lex.orgs))
            if construct or (w.text.endswith("ة") and n[:1] != "و" and self.is_role(prev)):
                # ونفى الوزير | صحة ما نقله، ودعت اللجنة | وسائل الإعلام: a bare definite title
                # takes no indefinite ة noun, a bare body no noun in construct: the object
                return True
        if j == start + 1 and prev.norm.startswith("ال") and prev.text.endswith("ة") \
                and self._body_not_title(prev) and n.startswith("ال") \
                and not n.endswith(("ه", "ي", "ا", "ون", "ين")) and n not in self.lex.nisba \
                and not self.is_role(w) and not self.is_org(w) and n not in self.given_def:
            return True  # وفسرت الوكالة | الآفاق السلبية: a feminine body's adjective ends in ة (or is
            # an elative: الهيئة العليا), so a definite word that does not is the verb's object
        if prev.kind == "w" and self.is_role(w) and n not in self.given_names \
                and n[:1] not in "البو" and prev.norm.startswith("ال") and self.is_role(prev) \
                and self.words[j - 2].norm not in self.given_names and nxt is not None \
                and nxt.norm.startswith("ال"):
            # كما أفاد الوزير | نواب المجلس بـ: an indefinite title in construct after a definite
            # one is its object (not after a surname: سامية القاضي رئيسة الدائرة)
            return True
        if prev.kind == "w" and self._people(prev) and n.startswith("ال") \
                and not n.endswith(("ون", "ين")) and n not in self.lex.nisba \
                and n not in self.lex.extra_set("numerals"):
            return True  # ودعا المحتجون | السلطات: a sound plural in ون is in no construct
        if prev.kind != "w" or w.norm in self.given_names or self.is_role(w) or self.is_org(w):
            return False
        events = self.lex.extra_set("event_nouns")
        if prev.norm.startswith(("ال", "لل", "بال", "وال")) and not n.startswith("ال") \
                and (n in events or n[:-1] in events or any(x in events for x in unsuffixed(n))):
            return True  # ألقت المديرة العامة لمنظمة اليونسكو | كلمة، أصدرت الوزارة | بيانا، ألقى
            # رئيس فرنسا الجديد | كلمته
        if prev.norm.startswith(("ال", "لل", "بال", "وال")) and self._verbal_noun_shape(n) \
                and not self.is_role(prev):
            return True  # أكد مدير عام السجون والإصلاح | ارتفاع عدد السجينات: its object
        if prev.norm.startswith("لل") and n.startswith("ال") and self._verbal_noun_shape(n[2:]) \
                and n not in self.lex.nisba:
            return True  # وجدد الاتحاد العام التونسي للشغل | التأكيد: a definite complement
            # takes no genitive, and a verbal noun is no adjective of it
        coordinated = n[:1] == "و" and len(n) >= 6 and not n.startswith("وال") \
            and w.text.endswith(("ه", "ها", "هم")) and n[1:] not in self.given_names
        if coordinated and ((prev.norm.startswith(("ال", "لل", "بال")) and not prev.norm.startswith("الم"))
                            or self._after_full_name(start, j)):  # (المنتهية ولايته: his term)
            return True  # للنائب محمد الفريخة | وتضامنها معه: her solidarity, not a second person
        suffixed = not n.startswith("ال") and n[:1] not in "وبلك" and len(n) >= 4 \
            and w.text.endswith(PRONOUN_SUFFIXES) and n not in _BACKREF_MARKERS
        if suffixed and prev.norm.startswith(("ال", "لل", "بال")) and not prev.norm.startswith("الم"):
            return True
        if n.startswith("ال") and n not in self.lex.nisba and prev.norm in self.lex.nisba \
                and not prev.norm.startswith("ال"):
            return True  # مصادر إخبارية روسية | الحالة الصحية: no construct after an adjective
        t = w.text
        bi = n[:1] == "ب" and not n.startswith("بال") and len(n) >= 5
        if bi and t.endswith(("ه", "ها", "هم")) and prev.norm.startswith(("ال", "لل")) \
                and prev.norm not in self.given_names:
            return True  # وزير الخارجية الفرنسي | بنظيره التونسي
        if suffixed or (n[:1] == "ل" and not n.startswith("ال") and len(n) > 3) or (
                bi and t.endswith("ة") and not n.startswith(("بن", "بو", "بل"))):
            return self._after_full_name(start, j)  # بنيامين نتنياهو | برسالة مصالحة
        if t.endswith("ة") and not n.startswith("ال") and n[:1] not in "وبل" and nxt is not None \
                and nxt.kind == "w" and not nxt.norm.startswith(("ال", "لل", "بال", "و")) \
                and nxt.norm not in self.given_names and not self._skip(nxt) \
                and not (self._ends_np(nxt) and nxt.i not in self.cue_words) \
                and not self.is_role(nxt) and not self.is_org(nxt):
            # المنصف المرزوقي | كلمة أكد فيها: an indefinite noun before a verb is the object
            # (not أرملة الشهيد or مساعدة رئيس الإدارة in construct, nor a last name before إن)
            return self._after_full_name(start, j)
        return False

    @staticmethod
    def _verbal_noun_shape(n: str) -> bool:
        """An indefinite verbal noun of the derived forms: ارتفاع، انخفاض (افتعال، انفعال),
        استعداد (استفعال), إصدار (إفعال), تسجيل (تفعيل). After a definite word it cannot be an adjective
        or a construct, so it opens the object (given names are checked before)."""
        if len(n) == 6 and n[0] == "ا" and n[4] == "ا" and (n[2] == "ت" or n[1] == "ن"):
            return True
        return (len(n) == 7 and n.startswith("است") and n[5] == "ا") \
            or (len(n) == 5 and n[0] == "ا" and n[3] == "ا" and n[1] != "ل") \
            or (len(n) == 5 and n[0] == "ت" and n[3] == "ي")  # تسجيل، تنظيم (تفعيل)

    def _after_full_name(self, start: int, j: int) -> bool:
        """Does word j follow a given name and a surname (دونالد ترامب، مارين لوبان)?"""
        if self.words[j - 1].norm in self.given_names:
            return False
        for k in range(j - 2, max(start, j - 4) - 1, -1):
            n = self.words[k].norm
            if n in self.given_names and (not n.startswith("ال") or n in self.given_def):  # المنصف
                # (a definite title word right after a name's first given name, and right
                # before word j, is a surname: يوسف الشاهد | لتحوير; not after a surname nor
                # before its own modifier: الناجي بن مبروك الكاتب العام، علي المدير الجهوي)
                surname = j == k + 2 and self.words[k + 1].norm.startswith("ال") and (
                    k == 0 or not (self.words[k - 1].norm in self.given_names
                                   or self.words[k - 1].norm in _NP_JOINERS))
                return all(x.kind == "w" and x.norm not in _NP_JOINERS
                           and (surname or not (self.is_role(x) or self.is_org(x)))
                           for x in self.words[k + 1:j])
        return False

    def _after_nisba_ends(self, j: int) -> bool:
        """A nisba closes a description: نفت مصادر أوروبية | وجود… ; what may follow is another
        adjective, a definite word, a name (وزير الخارجية الروسي سيرغي لافروف) or a title."""
        prev, w = self.words[j - 1], self.words[j]
        if prev.kind != "w" or prev.norm not in self.lex.nisba or (w.norm == "من" and self._name_goes_on(w)):
            return False
        return not (w.norm.startswith(("ال", "لل", "بال")) or w.norm in self.lex.nisba
                    or w.norm in self.given_names or w.norm in _NP_JOINERS
                    or self._complement(j) or self.is_role(w) or self.is_org(w))

    def _complement(self, j: int) -> bool:
        """A prepositional complement of a title or body: الجامعة التونسية لكرة اليد; not a
        noun that starts with ل or ب (المنظمة الدولية | لقب الشخصية: no noun قب)."""
        w, nxt = self.words[j], self.view.next_word(j)
        return w.norm[:1] in ("ل", "ب") and len(w.norm) >= 4 and nxt is not None \
            and nxt.norm.startswith("ال")

    def _org_np_ends(self, start: int, j: int) -> bool:
        """An organisation's name ends at its first definite word's indefinite successor
        (وزارة التجارة | حجز كميات): a definite noun closes a construct chain, and unlike
        a role (وزير الخارجية سيرغي لافروف) an organisation is not followed by a name."""
        head, w, prev = self.words[start], self.words[j], self.words[j - 1]
        if not self.is_org(head) or self.is_role(head) or prev.kind != "w":
            return False
        definite = prev.norm.startswith(("ال", "لل", "بال", "وال"))
        return definite and not w.norm.startswith(("ال", "لل", "بال", "وال")) \
            and w.norm not in self.given_names and w.norm not in _NP_JOINERS \
            and not self.is_role(w) and not self.is_org(w) and w.norm not in self.lex.nisba \
            and not self._marker(w) and not self._complement(j) and not self._cause_noun(prev)

    def _speech_in_np(self, j: int) -> bool:
        """A quotation after a title that opens with إن / أن is speech, not a name
        (الوزير "إن الحكومة مستعدة"); after a naming word it is a name (شبكة "أن تي في").
        One that opens with لل is an addressee (تيري " للجزيرة ")."""
        words = self.words
        if j + 1 < len(words) and words[j + 1].norm.startswith("لل"):
            return True  # وقال تيري " للجزيرة ": whom he told, not his name
        if j + 1 >= len(words) or words[j + 1].norm not in self.lex.complementizers:
            return False
        prev = self.view.prev_word(j)
        return not (prev is not None and (self.is_org(prev)
                                          or strip_article(prev.norm) in self.lex.scare_heads))

    def _quoted_subject(self, j: int, last: int) -> Optional[Tuple[int, int]]:
        """A name of up to four words in quote marks right after the verb, and nothing of
        the clause after it but a comma, a complementizer or an according-to phrase: the
        subject (وتقول "بي بي سي" نقلا عن…، وأضافت "نيويورك تايمز" أن…)."""
        end = self._scare_quote_end(j, last)
        if end is None or end - j - 1 > 4 or self._prep_attached(self.words[j + 1]) \
                or self._adverbial_pp(self.words[j + 1]):
            return None  # ووصف اليوم "بالخميس الأسود": a complement, not a name
        nxt = self.view.next_word(end)
        if nxt is not None and nxt.kind == "w" and not (
                nxt.norm in self.lex.complementizers or nxt.i in self.cue_words):
            return None
        return j, end

    def _quoted_object(self, j: int, q_end: int) -> bool:
        """`وفندت المنظمة "الادعاء" بأن`: one quoted definite word after a definite word is
        the verb's object in scare quotes, not the body's name (حزب "النهضة" is)."""
        words = self.words
        prev, inner = words[j - 1], words[j + 1:q_end]
        return words[j].kind == "q" and len(inner) == 1 and inner[0].kind == "w" \
            and inner[0].norm.startswith("ال") and prev.kind == "w" and prev.norm.startswith("ال") \
            and not self.is_org(inner[0])

    def _scare_quote_end(self, j: int, last: int) -> Optional[int]:
        """A short quoted or bracketed name inside an NP (رئيس حزب "النهضة"، قناة (WDR)):
        index of its closing mark."""
        closing = ")" if self.words[j].text == "(" else None
        k = j + 1
        while k <= last and k - j <= (2 if closing else 6):  # (ناسا), (WDR): one word
            w = self.words[k]
            if (w.kind == "q" and closing is None) or (closing and w.kind == "p" and w.text == closing):
                return k
            if w.kind != "w" or (closing and any(c.isdigit() for c in w.text)):
                return None  # not (38 عاما)
            k += 1
        return None

    def _apposition(self, comma: int, last: int) -> Optional[int]:
        """`X، المتحدث باسم Y، إن`: include an apposition that starts with a role word."""
        words = self.words
        nxt = comma + 1
        if nxt > last or words[nxt].kind != "w" or words[nxt].norm in self.lex.extra_set("our_correspondent"):
            return None  # مصدر أمني، مراسلنا: the outlet's own correspondent was told
        if not self.is_role(words[nxt]):
            return self._name_apposition(comma, last)
        end = nxt
        j = nxt + 1
        while j <= last and words[j].kind == "w" and not self._ends_np(words[j]) and j - nxt < MAX_NP:
            end = j
            j += 1
        if j <= last and words[j].kind == "p" and words[j].text in COMMAS:
            return end
        if j <= last and words[j].kind == "w" and self._ends_np(words[j]) and j - nxt < MAX_NP:
            return end  # `X، المتحدث باسم Y في وقت سابق إن`: the apposition ends at the PP
        return end if j > last else None

    def _name_apposition(self, comma: int, last: int) -> Optional[int]:
        """`رئيس الحزب الوطني الحر، سليم الرياحي،` / `مدير الدائرة، الإنجليزي مارك كلاتنبرغ`:
        a name (after an optional nisba) between commas, following a role NP."""
        words = self.words
        k = comma - 1
        while k >= 0 and (words[k].kind == "q" or words[k].kind == "w" and not (
                self.is_role(words[k]) or self.is_org(words[k]))):
            k -= 1  # الرئيس السابق للاتحاد الدولي لكرة القدم "فيفا"، جوسيف بلاتر
        if k < 0 or words[k].kind != "w" or comma - k > MAX_NP:
            return None
        j = comma + 1
        if j <= last and words[j].kind == "w" and words[j].norm in self.lex.nisba:
            j += 1
        end, first = None, j
        if j <= last and words[j].kind == "w" and (words[j].norm[1:] if words[j].norm[:1] == "ف"
                                                  else words[j].norm) in ("هو", "هي", "هم", "هما"):
            return None  # الاتحاد الأوروبي، فهي ليست رسالة رسمية: a clause (وهو أستاذ… describes)
        if j <= last and words[j].kind == "w" and self._accusative(words[j]) \
                and words[j].norm in self.short_accusatives | self.lex.extra_set("adverb_accusatives"):
            return None  # ستطلق الهيئة الوطنية للاتصالات، قريبا، منصة: an adverb between commas
        while j <= last and j - first < 4 and words[j].kind == "w" and not self._ends_np(words[j]) \
                and not self._skip(words[j]) and (j > first or not words[j].norm.startswith("ال")
                                                   or words[j].norm in self.given_def):
            end = j
            j += 1
        if end is None or (j <= last and words[j].kind == "w" and not (
                (words[j].norm in self.lex.prepositions or words[j].norm in self.lex.temporal)
                and self._full_name(words[first:j]))):
            return None  # a full name may end at a PP or a time: غاب …، جوسيف بلاتر | عن الأنظار
        return end

    def _full_name(self, ws: List[Word]) -> bool:
        """A given name and one surname (جوسيف بلاتر), a two-word given name and one surname
        (عبد اللطيف المرزوقي), or a given name and a بن-surname (سمير بن عمر)."""
        if len(ws) == 2:
            return ws[0].norm in self.given_names
        return len(ws) == 3 and (f"{ws[0].norm} {ws[1].norm}" in self.given_names or (
            ws[0].norm in self.given_names and ws[1].norm in _SON_OF))

    def np_before(self, cue_w: int) -> Optional[Tuple[int, int]]:
        """SVO subject: the NP between the clause start and the cue (الوزارة قالت إن…)."""
        words = self.words
        j = cue_w - 1
        while j >= 0 and words[j].kind == "w" and words[j].norm in ("قد", "لقد", "وقد", "فقد", "ف"):
            j -= 1
        if j >= 0 and words[j].kind == "p" and words[j].text in COMMAS:
            return self._appositive_subject(j) or self._topic_subject(j) or self._framed_subject(j)
        if j < 0 or words[j].kind != "w":
            return None
        if words[j].norm in RELATIVES:
            return self._np_ending_at(j - 1)
        return self._np_ending_at(j)

    def _pluperfect_subject(self, cue_w: int) -> Optional[Tuple[int, int]]:
        """`وكانت القوبنطيني التي تم تجميد عضويتها، قد أكدت أن`: the subject follows the
        auxiliary كان that opens the clause, however long its relative clause."""
        words = self.words
        j = cue_w - 1
        if j < 1 or words[j].norm != "قد":
            return None
        auxiliaries = self.lex.extra_set("auxiliaries")
        for k in range(j - 2, max(-1, j - PLUPERFECT_SPAN), -1):
            w = words[k]
            if w.kind == "br" or w.sent != words[j].sent or k in self.cue_words:
                return None
            if w.kind == "w" and w.norm in auxiliaries:
                prev = self.view.prev_word(k)
                bare = prev.norm[1:] if prev is not None and prev.norm[:1] == "و" else None
                if prev is not None and (prev.norm in RELATIVES or bare in RELATIVES):
                    return None  # والذين كانوا بالفعل قد رأوا: a relative clause
                span = self.np_after(k + 1, j - 1)
                return None if span is None or self._adverbial_pp(self.words[span[0]]) else span
        return None

    def _framed_subject(self, end: int) -> Optional[Tuple[int, int]]:
        """`يشار إلى أن الناطق باسم الحكومة إياد الدهماني، أكد أن`: the subject opens the
        clause of the journalist's background frame."""
        span = self._np_ending_at(end - 1)
        if span is None:
            return None
        for k in range(span[0] - 2, max(-1, span[0] - 5), -1):
            if self._background_frame(k) == span[0]:
                return span
        return None

    def _topic_subject(self, comma: int) -> Optional[Tuple[int, int]]:
        """`أما الأمين العام للمنظمة، فقد دعا…`: the topic of أما is the subject."""
        span = self._np_ending_at(comma - 1)
        if span is None:
            return None
        before = self.view.prev_word(span[0])
        if span[0] > 0 and self.words[span[0] - 1].norm in ("اما", "واما"):
            return span
        if before is not None and before.norm in ("اما", "واما"):
            return span
        return None

    def _appositive_subject(self, comma: int) -> Optional[Tuple[int, int]]:
        """`أنار إيفازوف، المتحدث باسم وزارة الدفاع، قال إن`: NAME، ROLE، + verb."""
        inner = self._np_ending_at(comma - 1)
        if inner is None or inner[0] < 2:
            return None
        before = self.words[inner[0] - 1]
        if not (before.kind == "p" and before.text in COMMAS):
            return None
        outer = self._np_ending_at(inner[0] - 2)
        if outer is None:
            return None
        outer_ws, inner_ws = self.np_words(outer), self.np_words(inner)
        if not (self.is_role(inner_ws[0]) or self.is_role(outer_ws[0])):
            return None  # two clauses, not a name and its title
        return outer[0], inner[1]

    def _np_ending_at(self, end: int) -> Optional[Tuple[int, int]]:
        words = self.words
        j, start, partitive = end, None, False
        while j >= 0 and end - j < MAX_NP:
            w = words[j]
            if w.kind == "q":
                j -= 1
                continue
            if w.norm == "من" and not partitive and start is not None and self._group_head(j - 1):
                partitive = True  # العديد من المصادر، المقربون من المغني: one NP
                j -= 1
                continue
            if w.kind != "w" or self._skip(w) or w.norm in self.lex.prepositions \
                    or w.norm in self.lex.complementizers or w.norm in RELATIVES:
                break
            if w.i in self.cue_words:
                return None
            start = j
            j -= 1
        if start is None:
            return None
        while start <= end and words[start].kind != "w":
            start += 1
        if words[start].norm in ("و", "ف", "اما"):
            start += 1
        n = words[start].norm if start <= end else ""
        if n[:1] in ("و", "ف") and n[1:] in self.lex.prepositions:
            return None  # ووسط تعالي الزغاريد قال: a fronted adjunct, not a subject
        if start > end or self._accusative(words[start]) or self._adverbial_pp(words[start]) \
                or self._bi_verbal_noun(words[start]):
            return None
        # The subject must open its clause (sentence start, comma, discourse marker):
        # otherwise the words before the verb are an object or an adjunct.
        if j >= 0:
            w = words[j]
            opens = w.kind == "br" or w.sent != words[start].sent \
                or (w.kind == "p" and w.text in COMMAS + ":") \
                or (w.kind == "w" and (self._skip(w) or w.norm in ("و", "ف", "اما")
                                       or w.norm in _SUBJECT_OPENERS or self._however(j)))
            if not opens:
                return None
        return start, end

    def _group_head(self, j: int) -> bool:
        """A quantifier or a plural that a من phrase completes (العديد، بعض، المقربين)."""
        if j < 0 or self.words[j].kind != "w":
            return False
        w = self.words[j]
        bare = strip_article(w.norm)
        return w.norm in self.lex.extra_set("quantifiers") or self._plural(w) \
            or (len(bare) >= 5 and bare.endswith("ين")) or self._expert(w)

    def _however(self, j: int) -> bool:
        """`إلا أن` / `غير أن` ("however") open a clause; أن alone introduces a content."""
        w, prev = self.words[j], self.view.prev_word(j)
        return w.norm in self.lex.complementizers and prev is not None \
            and prev.norm in ("الا", "غير", "والا")

    # --- word classes -------------------------------------------------------------

    def is_role(self, w: Word) -> bool:
        n = w.norm  # الأحد is Sunday, not أحد ("one of") with its article
        return n in self.lex.roles or (strip_article(n) in self.lex.roles and n not in self.lex.temporal)

    def is_org(self, w: Word) -> bool:
        return strip_article(w.norm) in self.lex.orgs or w.norm in self.lex.orgs

    def np_words(self, span: Tuple[int, int]) -> List[Word]:
        ws = [w for w in self.words[span[0]:span[1] + 1] if w.kind == "w"]
        if ws and ws[0].i in self._governed:
            ws[0] = ws[0]._replace(norm=self._governed[ws[0].i])
        return ws

    def is_backref(self, span: Tuple[int, int]) -> bool:
        """A pronoun or a short generic NP (الوزارة، الوزارة نفسها، ذات المصدر، المسؤول الأرميني):
        only definite words and reflexive markers, at least one of them a role or organisation."""
        ws = self.np_words(span)
        if len(ws) == 1 and (ws[0].norm in self.lex.pronouns
                             or ws[0].norm in self.lex.extra_set("pronoun_particles")
                             or ws[0].norm in self.lex.extra_set("generic_speakers")):
            return True
        if len(ws) > 2 and self._expert(ws[0]) and ws[1].norm == "في":
            ws = ws[:1] + ws[2:]  # الخبيرة في التغذية: the expert named before, with her field
        else:
            ws = self._member_split(ws)[0]  # النائب السابق | عن حركة نداء تونس
        if not ws or len(ws) > 4:
            return False
        if not all(w.norm.startswith("ال") or self._marker(w) for w in ws):
            return False
        return any(self.is_role(w) or self.is_org(w) for w in ws) \
            or strip_article(ws[0].norm) in self.authored  # الدراسة: the study cited before

    def _member_split(self, ws: List[Word]) -> Tuple[List[Word], set]:
        """A title and the body words of its member PP when no name follows the body
        (النائب السابق | عن حركة نداء تونس -> the title, {حركه، نداء، تونس}); else the words
        unchanged and no body."""
        p = next((k for k in range(1, len(ws) - 1) if ws[k].norm in _MEMBER_PREPS), None)
        if p is None or not self.is_role(ws[0]) or not self.is_org(ws[p + 1]) or len(ws) - p > 6 \
                or any(self._given_name_at(ws, k) for k in range(p + 1, len(ws))):
            return ws, set()
        return ws[:p], {strip_article(w.norm) for w in ws[p + 1:]}

    def _and_title(self, w: Word) -> bool:
        """وعضو، ومدير: و and a title, the second title of the same person."""
        n = w.norm
        return n[:1] == "و" and len(n) > 3 and self.is_role(w._replace(norm=n[1:]))

    def _body_not_title(self, w: Word) -> bool:
        """A body, not a title (الوزارة، الائتلاف; not المتحدث)."""
        return self.is_org(w) and not self.is_role(w)

    @staticmethod
    def _marker(w: Word) -> bool:
        return w.norm in _BACKREF_MARKERS or w.norm in ("ذات", "نفس")

    def _prep_attached(self, w: Word) -> bool:
        """للسلطات، بالوزارة، لوزارة: a role/organisation word governed by a preposition."""
        n = w.norm
        bare = n[1:] if n[:1] in "وف" else n
        if bare.startswith(("لل", "بال", "كال")):
            return True
        if bare[:1] in ("ل", "ب") and len(bare) > 3 and not bare.startswith("ال"):
            rest = strip_article(bare[1:])
            return rest in self.lex.roles or rest in self.lex.orgs
        return False

    def scan_mentions(self) -> List[Tuple[int, int]]:
        """NPs headed by a role or organisation word, outside prepositional phrases:
        candidates for the fullest mention of a source."""
        words, out, j = self.words, [], 0
        roles, orgs, given = self.lex.roles, self.lex.orgs, self.given_names
        while j < len(words):
            w = words[j]
            # is_role / is_org / given name inlined and tested first (pure, and selective:
            # most words are neither), the clitic test after
            n = w.norm
            bare = strip_article(n) if w.kind == "w" else n
            if w.kind == "w" and (bare in roles or n in roles or bare in orgs or n in orgs or n in given) \
                    and j not in self.cue_words and not self._prep_attached(w):
                span = self.np_after(j, min(len(words) - 1, j + MAX_NP))
                if span is not None:
                    span = self._pp_then_name(span)
                    prev = self.view.prev_word(j)
                    if prev is not None and prev.kind == "w" and prev.norm in self.lex.prepositions \
                            and prev.norm not in self.lex.extra_set("np_start_skip"):
                        self.pp_mentions.add(span)  # من حركة النهضة: not a subject (تظهر فيه X is)
                    out.append(span)
                    j = span[1] + 1
                    continue
            elif w.kind == "w" and n[:1] == "ل" and not n.startswith("لل") and strip_article(n[1:]) in roles \
                    and j not in self.cue_words and (span := self._named_object(j)) is not None:
                self._named_objects.add(span)  # جلسة استماع لوزير التجهيز … محمد صالح العرفاوي:
                out.append(span)  # the fullest mention of the minister quoted next, as his name is
                j = span[1] + 1
                continue
            j += 1
        return out

    def _named_object(self, j: int) -> Optional[Tuple[int, int]]:
        """A title governed by لـ with the person's full name (لوزير التجهيز محمد صالح العرفاوي):
        the NP, from the title on, if it names someone. The title's portfolio or body follows
        it; a surname (هاشمي لوزير مدير معهد باستور) is no title."""
        prev, nxt = self.view.prev_word(j), self.view.next_word(j)
        if (prev is not None and prev.norm in self.given_names) or nxt is None \
                or self.is_role(nxt) or not nxt.norm.startswith("ال"):
            return None
        span = self._np_from(j, min(len(self.words) - 1, j + MAX_NP))
        ws = self.np_words(span)
        if len(ws) < 3 or not any(self._given_name_at(ws, k) for k in range(2, len(ws))):
            return None
        self._governed[j] = self.words[j].norm[1:]  # read as وزير inside the mention, as np_after
        return span  # does for an according-to source (وفقا لوزارة الصحة)

    def fuller_mention(self, span: Tuple[int, int]) -> Optional[Tuple[int, int]]:
        """For a short mention (a surname, الوزير السابق, ذات المصدر, الدبلوماسي الفرنسي),
        the nearest earlier, longer mention of the same source."""
        ws = self.np_words(span)
        if not ws:
            return None
        keys = self._keys(ws)
        # what the fuller mention must share; each kind of short mention sets its own
        heads = countries = names = adjectives = bodies = nisbas = member = frozenset()
        if self.is_backref(span):
            title, member = self._member_split(ws)
            heads = {strip_article(w.norm) for w in title  # (not its body's)
                     if self.is_role(w) or self.is_org(w)}
            countries = {self.lex.nisba[w.norm] for w in ws if w.norm in self.lex.nisba}
            # a body's adjective of no country must be in the fuller mention: الاتحاد الجهوي
            # is not الاتحاد العام التونسي للشغل (a person's need not: المرشح الرئاسي)
            adjectives = {strip_article(w.norm) for w in ws[1:] if w.norm.startswith("ال")
                          and w.norm.endswith(("ي", "يه")) and w.norm not in self.lex.nisba} \
                if self._body_not_title(ws[0]) else frozenset()
        elif len(ws) == 1 and ws[0].norm in self.lex.extra_set("our_correspondent"):
            # مراسلنا: the outlet's correspondent named before (مراسل "الجوهرة أف أم")
            heads = {ws[0].norm[:-3] + "ه" if ws[0].norm.endswith("تنا") else ws[0].norm[:-2]}
        elif len(ws) <= 2 and (not any(self.is_role(w) or self.is_org(w) for w in ws)
                               or (len(ws) == 2 and self._given_name_at(ws, 0))):
            names = keys
        elif self._generic_construct(ws):  # مخرج الفيلم، رئيس الحكومة -> its named mention
            heads = {strip_article(ws[0].norm)}
            # the body it heads must be named there too: رئيس المجلس الدستوري is not the
            # president named before, رئيس الحكومة not الرئيس الباجي قائد السبسي
            bodies = {strip_article(w.norm) for w in ws[1:] if self.is_org(w)}
            nisbas = {self.lex.nisba[w.norm] for w in ws if w.norm in self.lex.nisba}
        else:
            return None
        start = self.words[span[0]].start
        i = bisect_left(self._mention_starts, start)
        fallback = None  # a mention that fits but names no country, when the back-reference does
        for k in range(i - 1, -1, -1):  # not mentions[:i]: a copy per call is quadratic
            m = self.mentions[k]
            if self.words[m[0]].start < start - ANTECEDENT_WINDOW:
                break
            if self.words[m[1]].end > start:
                continue
            mws = self.np_words(m)
            if len(mws) <= len(ws):
                continue
            mkeys = {strip_article(w.norm) for w in mws if not self._prep_attached(w)}
            if m in self._named_objects:
                mkeys.add(strip_article(mws[0].norm[1:]))  # لوزير التجهيز … -> وزير
            if names:
                if names <= mkeys:
                    return m
                continue
            mcountries = {self.lex.nisba.get(w.norm) or (  # not a posting: سفيرة المملكة
                self.lex.country(w.norm) if w.norm[:1] != "ب" or w.norm in self.lex.country_names
                else None) for w in mws} - {None}  # المتحدة بتونس is no Tunisian official
            if countries and mcountries and not countries & mcountries:
                continue  # الاتحاد الماليزي is not الاتحاد الآسيوي
            if any(not any(b[:-1] in w.norm for w in mws) for b in bodies) \
                    and not (nisbas & mcountries):  # (مكتب الجمعية: لجمعية القضاة)
                continue  # (رئيسة الحكومة البريطانية is رئيسة الوزراء البريطانية تيريزا ماي)
            if any(not any(k.startswith(a[:-1] if a.endswith("ي") else a[:-2]) for k in mkeys)
                   for a in adjectives):
                continue  # (المنظمة الأممية may be منظمة الأمم المتحدة للطفولة)
            if self._other_body(member, mws):
                continue  # النائب عن حركة النهضة: not the MP of another party named before
            person = self.is_role(ws[0]) or ws[0].norm in self.lex.pronouns
            if heads and self._body_not_title(ws[0]) and self.is_role(mws[0]) and not self.is_org(mws[0]):
                continue  # الائتلاف is not عضو الائتلاف المقيم, الوزارة not وزير الداخلية
            if (heads & mkeys) or (person and self.is_role(mws[0]) and countries & mcountries):
                # المسؤول الأرميني may name a minister; الاتحاد الأوروبي no other body; الرئيس
                # الفرنسي is the French president named before, not a nearer رئيس المجلس
                if not countries or mcountries:
                    return m
                fallback = fallback or m
        if names:
            return self._named_before(span, ws)
        return fallback

    def _generic_speaker(self, span: Tuple[int, int]) -> bool:
        """المتحدث / المتدخلة alone: "the speaker", i.e. the person who spoke last."""
        ws = self.np_words(span)
        return len(ws) == 1 and ws[0].norm in self.lex.extra_set("generic_speakers")

    def _latest_person(self, span: Tuple[int, int], pos: int) -> Optional[Entity]:
        """The person mentioned last before `pos` whose gender agrees with the generic noun
        of `span` (المتدخل، المتحدثة)."""
        return max(self._recent_people(span, pos), key=lambda e: e.last_pos, default=None)

    def _recent_people(self, span: Tuple[int, int], pos: int) -> List[Entity]:
        """Recent sources that are one person (not a body, not a group) and agree in gender
        with the title that heads `span`."""
        title = strip_article(self.np_words(span)[0].norm)
        return self._people_agreeing(self.lex.role_gender.get(title), pos)

    def _people_agreeing(self, gender: Optional[str], pos: int) -> List[Entity]:
        """Recent sources that are one person (not a body, not a group) of `gender` (any if None)."""
        return [e for e in self._recent_entities(pos) if not e.is_org and not e.plural
                and (gender is None or self._agrees(e, gender))]

    def _guest(self, span: Tuple[int, int], pos: int, cue) -> Optional[Entity]:
        """`ضيف "بوليتيكا"`، `ضيفة البرنامج`: a programme's guest, named before: the most
        recent person (not a body, not a group) who agrees with the noun and the verb."""
        ws = self.np_words(span)
        if not ws or len(ws) > 4 or ws[0].norm not in self.lex.extra_set("guest_words") \
                or any(self._given_name_at(ws, k) for k in range(1, len(ws))):
            return None
        genders = {"female" if ws[0].norm.endswith("ه") else "male",  # ضيفة / ضيف
                   Lexicon.gender_of(cue.get("feats", "")) if cue else None}
        for ent in reversed(sorted((e for e in self.entities[-RECENT_ENTITIES:] if e.last_pos < pos),
                                   key=lambda e: e.last_pos)):
            if not (ent.is_org or ent.plural or ent.evidence or not ent.names) \
                    and all(g is None or ent.gender in (None, g) for g in genders):
                return ent
        return None

    def _generic_source(self, span: Tuple[int, int]) -> bool:
        """المصدر alone: "the source", after an earlier مصدر that one, else the one just cited,
        whatever its gender (ذكرت وكالة الأنباء … وأضاف المصدر)."""
        ws = self.np_words(span)
        return len(ws) == 1 and ws[0].norm in self.lex.extra_set("generic_sources")

    def _generic_body(self, span: Tuple[int, int]) -> bool:
        """المنظمة، الهيئة، الجمعية alone: any kind of body, named before under its own head."""
        ws = self.np_words(span)
        return len(ws) == 1 and ws[0].norm in self.lex.extra_set("generic_bodies")

    def _recent_person(self, span: Tuple[int, int], pos: int, cue) -> Optional[Entity]:
        """المسؤول alone, with no earlier مسؤول: "the official", i.e. the person quoted last
        whose gender agrees (وقال ضابط التنسيق ظفار إقبال … وأضاف المسؤول), not a body; so too
        an epithet (وأفادت الباحثة), for a named person with a title."""
        ws = self.np_words(span)
        if not 0 < len(ws) <= 2:
            return None
        generic = ws[0].norm in self.lex.extra_set("generic_persons")
        epithet = not generic and self._epithet(ws, pos)
        if not (generic or epithet) or (len(ws) == 2 and not self._plain_adjective(ws[1])
                                        and not (epithet and ws[1].norm in self.lex.nisba)):
            return None  # (المسؤول الحكومي: an adjective that names no country or body)
        countries = self._countries(ws[1:])
        people = [e for e in self._recent_people(span, pos)
                  if not self._other_country(countries, e)
                  and (not epithet or (e.names and e.info.get("role")))
                  and (len(ws) == 1 or e.info.get("role"))]  # المسؤول الجهوي: an office holder,
        if len(ws) == 2:  # the one whose title says الجهوي too, if any (المدير الجهوي)
            people = [e for e in people if ws[1].norm in {w.norm for w in self.np_words(e.best)}] or people
        return max(people, key=lambda e: e.last_pos, default=None)

    def _epithet(self, ws: List[Word], pos: int) -> bool:
        """A definite title standing for a person named before (وقال الباحث، وأضاف الوزير
        السابق): one person, no surname of a recent source (الشاهد), and no earlier mention
        under the same head it would merge with (الوالي الجديد after والي سوسة الجديد X)."""
        w = ws[0]
        if not (w.norm.startswith("ال") and self.is_role(w)) or self.is_org(w) or self._plural(w):
            return False
        head = strip_article(w.norm)
        nxt = self.view.next_word(ws[-1].i)
        if self._expert(w) and nxt is not None and nxt.norm == "في":
            return False  # المختص | في التراث …: an expert's field goes on, the NP was cut short
        if any(w.norm in self._name_words(e.info) or head in e.heads for e in self._recent_entities(pos)):
            return False
        return self.fuller_mention((w.i, ws[-1].i)) is None

    def _plain_adjective(self, w: Word) -> bool:
        """A definite adjective that is no nisba of a country, title or body (الحكومي، الكبير)."""
        return w.norm.startswith("ال") and w.norm not in self.lex.nisba and not self.lex.country(w.norm) \
            and not self.is_role(w) and not self.is_org(w)

    def _recent_body(self, pos: int) -> Optional[Entity]:
        """The body mentioned last before `pos` (the verb agrees with the generic noun, not
        with it: وفندت المنظمة after الاتحاد)."""
        return max((e for e in self._recent_entities(pos) if e.is_org),
                   key=lambda e: e.last_pos, default=None)

    def _recent_entities(self, pos: int) -> Iterator[Entity]:
        """The sources a report at `pos` may refer back to: mentioned before it, within the
        antecedent window, and not evidence (a study's figures speak for nobody)."""
        return (e for e in self.entities[-RECENT_ENTITIES:] if not e.evidence
                and e.last_pos < pos and pos - e.last_pos < ANTECEDENT_WINDOW)

    def _generic_construct(self, ws: List[Word]) -> bool:
        """A role or body in construct with definite nouns and no name (مخرج الفيلم)."""
        return 1 < len(ws) <= 3 and (self.is_role(ws[0]) or self.is_org(ws[0])) \
            and not ws[0].norm.startswith("ال") \
            and all(w.norm.startswith("ال") or w.norm in self.lex.nisba for w in ws[1:]) \
            and not any(self._given_name_at(ws, k) for k in range(len(ws)))

    def _named_before(self, span: Tuple[int, int], ws: List[Word]) -> Optional[Tuple[int, int]]:
        """`جينز` after `وزير العدل البلجيكي كوين جينز`: the earlier mention that ends with the
        same surname, extended to the title before it."""
        surname = strip_article(ws[-1].norm)
        words = self.words
        lo = self.view.word_at(max(0, words[span[0]].start - ANTECEDENT_WINDOW)) or 0
        for j in range(span[0] - 1, lo - 1, -1):
            if words[j].kind != "w" or strip_article(words[j].norm) != surname:
                continue
            start = j
            k = j - 1
            while k >= 0 and j - k <= MAX_NP and words[k].kind == "w" and not self._skip(words[k]) \
                    and k not in self.cue_words and (not self._ends_np(words[k]) or (
                        words[k].norm in ("في", "من") and k > 0 and self.is_role(words[k - 1]))):
                k -= 1  # الجنرال في سلاح الجو الأميركي هوك كارليس: a title's PP
            first_role = next((i for i in range(k + 1, j) if self.is_role(words[i]) or self.is_org(words[i])
                               or words[i].norm in self.given_names), None)
            if first_role is not None:
                start = first_role
            if j - start + 1 > len(ws):
                np = self.np_after(start, j)
                if np is not None and np[1] < j and any(  # (رئيس الحكومة يوسف الشاهد | لتحوير
                        w.kind != "w" or (self._ends_np(w) and not (  # … تعويض البريكي: no one NP;
                            w.norm in ("في", "من") and self.is_role(words[w.i - 1])))  # but a title's
                        or (w.norm[:1] in "لب" and not w.norm.startswith("ال") and len(w.norm) > 3  # PP
                            and w.norm not in self.given_names)
                        for w in words[np[1] + 1:j]):
                    continue
                return start, j
        return None

    # --- description: name, role, affiliation, gender ------------------------------

    def _body_word(self, ws: List[Word], k: int, strong_only: bool = False) -> bool:
        """Is ws[k] the head of a body the person belongs to (not a portfolio of the title)?"""
        w = ws[k]
        if w.norm.startswith("وال") or w.norm in self.lex.extra_set("acting"):
            return False  # وزيرة الثقافة والمحافظة على التراث: a second portfolio; بالنيابة: acting
        prefixed = w.norm[:1] in ("ل", "ب") and not w.norm.startswith("ال")
        if not (self.is_org(w) or (prefixed and len(w.norm) > 3 and not self.is_role(w)
                                   and strip_article(w.norm[1:]) in self.lex.orgs)):
            return False  # not a body word, bare (المكتب) or governed (لحزب، بمجلس)
        # a membership body (حزب، نقابة): named by its head, or governed and definite
        # (للنقابة); لقوات الأمن after a union names whom it represents
        bare = self._unprefixed(w.norm) if prefixed else strip_article(w.norm)
        strong = bare in self.lex.extra_set("strong_bodies") or w.norm.startswith(("لل", "بال"))
        return strong or (k >= 2 and not strong_only)

    @staticmethod
    def _unprefixed(n: str) -> str:
        """A normalised word after ب/ل without the preposition and article: لحزب, للحزب,
        بالولاية, بولاية -> حزب, حزب, ولايه, ولايه."""
        return strip_article(n) if n.startswith(("لل", "بال")) else strip_article(n[1:])

    def _headed(self, role_ws: List[Word]) -> List[Word]:
        """The body a head-of title governs, when the body is not a known organisation word:
        مدير المسجد الأقصى، المدير الجهوي لأملاك الدولة (the title, its adjectives, then a
        definite or لـ noun). Not a state office (رئيس الجمهورية) nor a country; the
        government is a body of one word (رئيس الحكومة -> الحكومة)."""
        if len(role_ws) < 2 or strip_article(role_ws[0].norm) not in self.lex.extra_set("heads_of"):
            return []
        mods = self.lex.extra_set("role_modifiers")
        k = 1
        while k < len(role_ws) and role_ws[k].norm in mods:
            k += 1
        if k >= len(role_ws):
            return []
        w, n = role_ws[k], role_ws[k].norm
        if n.startswith("ال") and (k > 1 or role_ws[0].norm.startswith("ال")):
            return []  # not a construct: الأمينة العامة | المنتهية ولايتها
        if n.startswith("لل") or (n[:1] == "ل" and not n.startswith("ال") and len(n) > 3):
            bare = self._unprefixed(n)
        elif n.startswith("ال"):
            bare = strip_article(n)
        elif self.is_org(w) and k + 1 < len(role_ws) and self._bare(role_ws[k + 1]) \
                and not self._given_name_at(role_ws, k + 1):
            bare = n  # رئيس بلدية سوسة: an indefinite body in construct with its place
        else:
            return []
        if n in self.lex.nisba or self.lex.country(n) or self.is_role(w) \
                or "ال" + bare in self.lex.extra_set("state_offices") or n in mods:
            return []
        if "ال" + bare in self.lex.extra_set("single_word_bodies"):
            return role_ws[k:k + 1]  # رئيس الحكومة | الأسبق، رئيس الحكومة | يوسف الشاهد
        return role_ws[k:]

    def _named_body(self, ws: List[Word], span: Tuple[int, int]) -> Optional[str]:
        """A generic body (بالحزب، للجماعة، المعهد المذكور) named earlier in the document:
        its last earlier mention with a name (حزب التحرير، جماعة العدل والإحسان)."""
        if not ws or len(ws) > 2 or (len(ws) == 2 and ws[1].norm not in _DEMONSTRATIVE_ADJ):
            return None
        n = ws[0].norm
        if not n.startswith(("ال", "لل", "بال")):
            return None
        head = strip_article(n)
        if "ال" + head in self.lex.extra_set("single_word_bodies"):
            return None  # الحكومة names itself, not an earlier mention that runs on
        start = self.words[span[0]].start
        for k in range(bisect_left(self._mention_starts, start) - 1, -1, -1):
            m = self.mentions[k]
            mws = self.np_words(m)
            # the body may follow a title (X الكاتب العام لنقابة الحماية المدنية)
            i = next((i for i, w in enumerate(mws) if self._headed_by(w, head)), None)
            if i is None:
                continue
            mws = mws[i:]
            first = mws[0].norm
            if len(mws) < 2 or mws[1].norm in _DEMONSTRATIVE_ADJ or self._marker(mws[1]) or (
                    first.startswith(("ال", "لل", "بال")) and mws[1].norm[:1] == "ل"
                    and not mws[1].norm.startswith("ال")):
                continue  # (الحكومة | للنظر: a definite head's ل complement follows an adjective)
            end = 1
            while end < len(mws) and not (self._place_or_time(mws[end]) or self.is_role(mws[end])
                                          or self._given_name_at(mws, end)
                                          or self._after_nisba(mws, end)
                                          or (mws[end].norm.startswith("وال") and self.is_org(mws[end]))):
                end += 1  # (الاتحاد العام التونسي للشغل | والاتحاد التونسي للصناعة: a second body)
            while end > 2 and mws[end - 1].norm in self.lex.nisba:
                end -= 1  # المدعي الاتحادي | البلجيكي: the country is not the body's name
            if end < 2:
                continue
            text = self.view.text[mws[0].start:mws[end - 1].end]
            if first[:1] in ("ل", "ب") and not first.startswith("ال") and self._unprefixed(first) == head:
                return "ال" + text[2:] if first.startswith("لل") else text[1:]  # لنقابة -> نقابة
            return text
        return None

    def _headed_by(self, w: Word, head: str) -> bool:
        """Is w the body word `head` with its article or a ل/ب before it (لنقابة، للحزب، الحزب;
        لجنة is لجنة itself)?"""
        if w.norm.startswith("وال"):
            return False  # والشرطة العدلية: a second body
        return head in (strip_article(w.norm), self._bare_noun(w.norm))

    def _after_nisba(self, ws: List[Word], i: int) -> bool:
        """A body's name ends after its nisba unless another nisba or a complement follows:
        الشرطة الفرنسية | النار (أطلقت الشرطة الفرنسية النار), الاتحاد العام التونسي للشغل."""
        return ws[i - 1].norm in self.lex.nisba and not (
            ws[i].norm in self.lex.nisba or ws[i].norm[:1] == "ل")

    def _place_or_time(self, w: Word) -> bool:
        """Where a body's name ends: a place after ب (المحكمة الابتدائية | بتونس، الغرفة
        الجهوية | بولاية باجة), في, or a temporal word (حزب مشروع تونس | اليوم الخميس)."""
        n = w.norm
        if n == "في" or self._skip(w):
            return True
        if n[:1] != "ب" or n.startswith("ال") or len(n) <= 3:
            return False
        rest = self._unprefixed(n)
        return rest in self.lex.extra_set("region_words") or (
            rest not in self.lex.orgs and rest not in self.lex.roles)

    def _expert(self, w: Word) -> bool:
        """خبراء، باحثة، أستاذ…: after these, في names a field before it names a body."""
        return strip_article(w.norm) in self.lex.extra_set("expert_heads")

    def _member_of(self, prep: Word, w: Word, expert: bool = False) -> bool:
        """Does w, after the preposition من / عن / في, begin a body the person belongs to or
        a country they act for: من حركة النهضة، في المنظمة الشغيلة، عن جامعة هيرتفوردشير،
        في ألمانيا — not an event or a document (في تصريح، في بيان)."""
        strong = strip_article(w.norm) in self.lex.extra_set("strong_bodies")
        if prep.norm == "عن":  # النائب عن حركة النهضة, but قال الوزير عن الحكومة: about
            return strong
        if expert and prep.norm == "في" and not strong:  # خبراء في الصحة: a field (باحث من…)
            return bool(self.lex.country(w.norm))
        return (self.is_org(w) and not self.is_role(w)) or bool(self.lex.country(w.norm))

    def _body_after(self, span: Tuple[int, int]) -> List[Word]:
        """`النائب العجمي الوريمي من حركة النهضة`، `باحث في جامعة واشنطن`: the words of a body
        named just after the mention (its extent is settled by `describe`)."""
        words = self.words
        nxt = self.view.next_word(span[1])
        if nxt is not None and nxt.kind == "p" and nxt.text in COMMAS:
            return self._apposed_body(nxt.i)
        if nxt is not None and nxt.norm in _CIRCUMSTANTIAL:  # سامانثا هيلر وهي عالمة تغذية في…
            return self._apposed_body(nxt.i - 1)
        if nxt is None or nxt.kind != "w":
            return []
        j = nxt.i
        if nxt.norm in _MEMBER_PREPS:
            j += 1
        if j >= len(words) or words[j].kind != "w":
            return []
        w = words[j]
        # بـ/من/عن/في name a body the person belongs to; لـ after a mention is whom a
        # statement was given to (عماد شرادة | لوكالة تونس افريقيا)
        bare = strip_article(w.norm[1:]) if w.norm[:1] == "ب" and not w.norm.startswith("ال") else None
        if j == nxt.i:
            if not (bare and bare in self.lex.extra_set("strong_bodies")):
                return []
        elif not self._member_of(nxt, w, expert=self._expert(words[span[0]])):
            return []
        chain = [w]
        k = j + 1
        while k < len(words) and len(chain) < 6:
            x = words[k]
            if x.kind == "q":  # مرصد "أيسو" الأوروبي
                k += 1
                continue
            construct = len(chain) == 1 and strip_article(w.norm) == w.norm and x.kind == "w" \
                and x.norm not in self.lex.prepositions  # an indefinite head: جامعة بنسلفانيا
            complement = x.norm.startswith("لل") and chain[-1].norm in self.lex.nisba
            if x.kind != "w" or self._ends_np(x) or self._skip(x) or (
                    x.norm[:1] in "لب" and not x.norm.startswith("ال") and not construct
                    and not complement and x.norm != "بلا"):  # (أطباء بلا حدود)
                break  # حركة النهضة | للرد; but الأكاديمية التشيكية للعلوم
            chain.append(x)
            k += 1
        return chain

    def _apposed_body(self, comma: int) -> List[Word]:
        """`كريم دالي، عضو منظمة العفو الدولية`، `كانافيرو، وهو مدير هيئة طبية إيطالية`: the
        body of a title in apposition after the mention."""
        words, j = self.words, comma + 1
        if j < len(words) and words[j].norm in _CIRCUMSTANTIAL:
            j += 1
            # وهي عالمة تغذية في مركز لانجون الطبي: a description, then where they work
            k = next((k for k in range(j + 1, min(j + 4, len(words) - 1))
                      if words[k].kind != "w" or words[k].norm in _MEMBER_PREPS), None)
            if k is not None and words[k].kind == "w" and self._member_of(
                    words[k], words[k + 1], expert=True) and not self.is_role(words[j]):
                return self._body_after((k - 1, k - 1))
        titles = 0
        mods = self.lex.extra_set("role_modifiers")
        while j < len(words) and words[j].kind == "w" and titles < 3 and (
                self.is_role(words[j]) or words[j].norm in mods) and not self.is_org(words[j]):
            titles += 1
            j += 1
        if not titles or j >= len(words) or words[j].kind != "w":
            return []
        w = words[j]
        n = w.norm[1:] if w.norm[:1] == "ل" and not w.norm.startswith(("ال", "لل")) else w.norm
        if not (strip_article(n) in self.lex.orgs or n in self.lex.orgs):
            return []
        chain = []
        while j < len(words) and words[j].kind in ("w", "q") and len(chain) < 6:
            if words[j].kind == "w":
                if chain and (self._ends_np(words[j]) or self._skip(words[j])):
                    break
                chain.append(words[j])
            j += 1
        return chain

    def _quoted_name(self, ws: List[Word]) -> Optional[str]:
        """The name in quote marks right after an organisation's head word: موقع "ساينس
        تايمز"، منظمة "UICN"، صحيفة «لوموند» الفرنسية -> ساينس تايمز، UICN، لوموند."""
        words = self.words
        j = ws[0].i + 1
        if j >= len(words) or words[j].kind != "q":
            return None
        k = j + 1
        while k < len(words) and words[k].kind == "w" and k - j <= 6:
            k += 1
        if k == j + 1 or k >= len(words) or words[k].kind != "q" or words[k - 1].i > ws[-1].i:
            return None
        return self.view.text[words[j + 1].start:words[k - 1].end]

    def _segments(self, span: Tuple[int, int]) -> List[List[Word]]:
        """The words of an NP split at commas (appositions), quote marks dropped."""
        segs: List[List[Word]] = [[]]
        for w in self.words[span[0]:span[1] + 1]:
            if w.i > span[0] and w.norm in self.lex.extra_set("guest_words"):
                break  # X ضيف "بوليتيكا": the programme X was the guest of, not X's name or title
            if w.kind == "p" and w.text in COMMAS:
                segs.append([])
            elif w.kind == "w":
                segs[-1].append(w._replace(norm=self._governed[w.i]) if w.i in self._governed else w)
        return [seg for seg in segs if seg]

    def _given_name_at(self, ws: List[Word], k: int) -> bool:
        n = ws[k].norm
        if n in self.given_names:
            if not n.startswith("ال"):
                return True
            # الحبيب الصيد is a name; البنك العربي لتونس / التحالف العربي السوري are not
            nxt = ws[k + 1].norm if k + 1 < len(ws) else ""
            return bool(nxt) and not (nxt in self.lex.nisba or nxt[:1] in ("ل", "ب")
                                      or self.lex.country(nxt)
                                      or self.is_role(ws[k + 1]) or self.is_org(ws[k + 1]))
        return k + 1 < len(ws) and f"{n} {ws[k + 1].norm}" in self.given_names

    def _given_name_words(self, ws: List[Word]) -> int:
        """How many words the given name opening `ws` has (صلاح الدين: 2, مراد: 1; 0: none)."""
        if not ws or not self._given_name_at(ws, 0):
            return 0
        return 2 if len(ws) > 1 and f"{ws[0].norm} {ws[1].norm}" in self.given_names else 1

    def _indefinite_adjective(self, ws: List[Word], k: int) -> bool:
        """An adjective after an indefinite title: a relational adjective (أمني، طبية) or a
        participle (مطلع، متطابقة). Not a name: أمين ماتي is a given name, not a secretary."""
        n = ws[k].norm
        return not ws[0].norm.startswith("ال") and ws[0].norm not in self.given_names \
            and len(n) >= 4 and n[:1] not in "وبل" and (n.endswith(("ي", "يه")) or n[:1] == "م") \
            and not self._given_name_at(ws, k)

    def _role_extent(self, ws: List[Word]) -> int:
        """Index after the role/organisation part of a segment that starts with one: up to
        a known given name, else while words are definite, nisba, باسم or role/org words; a
        name in quote marks after an indefinite head is part of it (رئيس جمعية "أنا يقظ")."""
        end = self._unquoted_role_extent(ws)
        words = self.words
        if not 0 < end < len(ws):
            return end
        marks = [j for j in range(ws[0].i, ws[end].i) if words[j].kind == "q"]
        # inside a quoted name (مراسل "الجوهرة | أف أم"), or one opening after the head
        if len(marks) % 2 and (marks[-1] < ws[end - 1].i or not ws[end - 1].norm.startswith("ال")):
            close = next((j for j in range(ws[end].i, min(ws[end].i + 8, len(words)))
                          if words[j].kind != "w"), None)
            if close is not None and words[close].kind == "q":
                while end < len(ws) and ws[end].i < close:
                    end += 1
        return end

    def _unquoted_role_extent(self, ws: List[Word]) -> int:
        given = next((k for k in range(1, len(ws)) if self._given_name_at(ws, k)), None)
        if given is not None and self._eponym(ws, given):
            # مدير معهد صالح عزيز، مدير مستشفى فرحات حشاد محمد X: a name in construct with an
            # indefinite body names the body; the person's name is a later one, if any
            nxt = ws[given + 1].norm if given + 1 < len(ws) else ""
            # the body's name: صالح عزيز، سالم بن حميدة، عبد الرحمان مامي
            after = given + (3 if nxt in _SON_OF or f"{ws[given].norm} {nxt}" in self.given_names else 2)
            if after < len(ws) and self._bare(ws[after]):
                return after  # بمستشفى شارل نيكول | نوفل السمراني
            given = next((k for k in range(after, len(ws)) if self._given_name_at(ws, k)), None)
            return len(ws) if given is None else given
        if given is not None:
            # رئيس مجموعة البنك الدولي جيم يونغ كيم: the name starts where the title ends,
            # before the known given name, when only bare words lie between a title closed by
            # its definite word and it (not الناطق باسم | محاكم صفاقس مراد التركي)
            end = self._title_extent(ws)
            if end < given <= end + 2 and ws[end - 1].norm.startswith(("ال", "لل", "بال")) \
                    and all(self._bare(w) for w in ws[end:given]):
                return end
            return given
        return self._title_extent(ws)

    def _eponym(self, ws: List[Word], k: int) -> bool:
        """Is the given name at k in construct with an indefinite body before it (معهد | صالح
        عزيز، بمستشفى | شارل نيكول, not المستشفى | محمد)?"""
        if k == 0:
            return False
        head = ws[k - 1].norm
        bare = self._unprefixed(head) if head[:1] in ("ل", "ب") else head
        return not head.startswith(("ال", "لل", "بال", "وال")) \
            and bare in self.lex.extra_set("eponymous_bodies")

    def _second_title(self, ws: List[Word]) -> Optional[int]:
        """Where a second title starts after a name: the last title word before the body it
        speaks for (المنجي القاضي | الناطق الرسمي باسم الحماية المدنية)."""
        body = next((k for k in range(2, len(ws)) if ws[k].norm == "باسم" or self.is_org(ws[k])), None)
        if body is None or self.is_role(ws[0]) or self.is_org(ws[0]) or not (
                self._given_name_at(ws, 0) or ws[0].norm[:1] not in "بلوف"):
            return None
        # a definite title word right after the given name is a surname (المنجي القاضي)
        given = self._given_name_words(ws)
        return next((k for k in range(1, body) if self.is_role(ws[k]) and not (
            k == max(given, 1) and ws[k].norm.startswith("ال") and given)), None)

    def _bare(self, w: Word) -> bool:
        """A word that can only be part of a name here: no article, no preposition, not a
        title, body, nisba or country."""
        n = w.norm
        return not (n.startswith("ال") or n[:1] in ("ل", "ب", "و", "ف") or self._ends_np(w)
                    or self.is_role(w) or self.is_org(w)
                    or n in self.lex.nisba or self.lex.country(n))

    def _title_extent(self, ws: List[Word]) -> int:
        k, adjectives = 1, 0
        while k < len(ws):
            w, n = ws[k], ws[k].norm
            if n == "باسم" or self.is_role(w) or self.is_org(w) or n in self.lex.nisba \
                    or self.lex.country(n):
                k += 1
            elif n.startswith(("ال", "لل", "بال", "وال")) and n not in self.given_def:
                k += 1
            elif n[:1] in ("ل", "ب") and k + 1 < len(ws) and ws[k + 1].norm.startswith("ال") \
                    and not self._given_name_at(ws, k):
                k += 2  # رئيس الجامعة التونسية لكرة القدم
            elif n[:1] in ("ل", "ب") and strip_article(n[1:]) in self.lex.extra_set("strong_bodies"):
                k += 1  # الأمين العام لحزب مشروع تونس: the party's name follows
                while k < len(ws) and not self._given_name_at(ws, k) and k < len(ws) and \
                        not ws[k].norm.startswith("و"):
                    k += 1
            elif k + 1 < len(ws) and ws[k + 1].norm.startswith(("ال", "لل")) and k + 2 < len(ws) \
                    and not (ws[k - 1].norm.startswith(("ال", "لل", "بال")) and n[:1] != "و"
                             and n not in self.lex.prepositions):
                k += 1  # construct state: تنسيقية اعتصام الكامور; a PP or a conjoined title (في
                # المنطقة، ووزير المالية); but a bare noun after a definite word starts the
                # name: وزير الداخلية | أسد الزمان خان
            elif n[:1] == "ب" and len(n) > 3 and self.lex.country(n):
                k += 1  # الناطق باسم المحكمة الابتدائية بتونس: a place, not a name
            elif k == adjectives + 1 and self._indefinite_adjective(ws, k):
                adjectives += 1  # مصدر أمني، مسؤول حكومي، مصادر مطلعة: adjectives of an
                k += 1  # indefinite title
            elif n[:1] == "ب" and self._unprefixed(n) in self.lex.extra_set("region_words") \
                    and k + 1 < len(ws) and not self._given_name_at(ws, k + 1):
                k += 2  # رئيس الغرفة الجهوية بولاية باجة
            elif n == "اف" and k + 1 < len(ws) and ws[k + 1].norm == "ام":
                k += 2  # مراسل الجوهرة أف أم: a radio station's name
            elif n == "مع" and self._relation_noun(ws[k - 1]):
                k += 1  # وزير العلاقات مع البرلمان
            elif n == "و" and k + 1 < len(ws) and ws[k + 1].norm.startswith("ال") \
                    and not self.is_role(ws[k + 1]):
                k += 2  # وزيرة شؤون الشباب و الرياضة: a conjunction typed apart
            elif k == 1 and (ws[0].norm in self.lex.extra_set("heads_of") or self.is_org(ws[0])) \
                    and self._bare(w):
                k += 1  # an indefinite head governs what follows: حاكم دبي، والي سوسة (but
                # شيخ روحه is a surname)
            elif self.is_org(ws[k - 1]) and not ws[k - 1].norm.startswith(("ال", "لل", "بال")) \
                    and self._bare(w) and not self._given_name_at(ws, k):
                k += 1  # so does an indefinite body after the title: رئيس بلدية سوسة
            else:
                break
        return k

    def describe(self, span: Tuple[int, int], cue: Optional[Dict[str, Any]]) -> Dict[str, Any]:
        """Name, role, affiliation and gender of a source mention."""
        text = self.view.text
        info: Dict[str, Any] = {"name": None, "role": None, "affiliation": None, "gender": None}
        segs = self._segments(span)
        if not segs:
            return info
        role_ws: List[Word] = []
        name_ws: List[Word] = []
        # رئيس الغرفة، وعضو الغرفة الوطنية، X: a second title, not the name
        segs = [seg for seg in segs if not (len(segs) > 1 and self._and_title(seg[0]))]
        has_name_seg = any(not (self.is_role(seg[0]) or self.is_org(seg[0])) for seg in segs)
        member: List[Word] = []  # the body after في / من / عن inside the mention
        for seg in segs:
            p = next((k for k in range(1, len(seg) - 1) if (seg[k].norm in _MEMBER_PREPS
                      and self._member_of(seg[k], seg[k + 1], self._expert(seg[0]) or (
                          seg[k].norm == "في" and self._expert(seg[k - 1]))))
                      or (seg[k].norm == "علي" and self._name_goes_on(seg[k]))), None)
            if p is not None:
                tail = seg[p + 1:]
                # (not right after an indefinite head: محافظة صلاح الدين، حكومة مهدي جمعة)
                g = next((k for k in range(1 if tail[0].norm.startswith("ال") else 2, len(tail) - 1)
                          if self._given_name_at(tail, k)), None)
                if g is not None and not name_ws and self.is_org(tail[0]) and not any(
                        w.norm.startswith(("لل", "بال", "وال")) for w in tail[g:]):  # (جمعية أحمد
                    # التليلي للثقافة is a body named after a person)
                    name_ws, tail = tail[g:], tail[:g]  # القيادي في حركة النهضة | عبد اللطيف المكي
                member = member or tail
                seg = seg[:p]
            k = next((k for k, w in enumerate(seg) if k and w.norm in _CIRCUMSTANTIAL), None)
            if k is not None:  # سيرجيو كانافيرو وهو مدير هيئة طبية: the name ends at وهو
                seg = seg[:k]
            if not (self.is_role(seg[0]) or self.is_org(seg[0])):
                # NAME ROLE without a comma: إيان جريجور المتحدث باسم…
                r = next((k for k in range(1, len(seg)) if self.is_role(seg[k])), None)
                if r == 1 and len(seg) == 2 and self._given_name_at(seg, 0):
                    r = None  # شوقي الطبيب، علي القاضي: a surname that is also a title
                if r is not None and not role_ws:
                    name_ws = name_ws or seg[:r]
                    seg = seg[r:]
                elif not name_ws:
                    start = 1 if seg[0].norm in self.lex.nisba and len(seg) > 1 else 0
                    name_ws = seg[start:]
                    continue
                elif self._given_name_at(seg, 0) and not any(
                        self._given_name_at(name_ws, k) for k in range(len(name_ws))):
                    name_ws = seg  # X، المنبثقة شرعيا عن مجلس النواب، محمد الدايري: the name
                    continue
                else:
                    continue
            if role_ws:
                if not name_ws and self.is_role(seg[0]):  # مديرة الإدارة، الدكتورة إيناس الفرادي
                    rest = seg[self._role_extent(seg):]
                    if rest and not rest[0].norm.startswith("ال") \
                            and (rest[0].norm not in self.lex.prepositions or not self._ends_np(rest[0])):
                        name_ws = rest
                continue
            if has_name_seg or not any(self._given_name_at(seg, k) for k in range(len(seg))) and (
                    self.is_org(seg[0]) and not self.is_role(seg[0])):
                end = len(seg) if not any(self._given_name_at(seg, k) for k in range(1, len(seg))) \
                    else self._role_extent(seg)
            else:
                end = self._role_extent(seg)
            role_ws, rest = seg[:end], seg[end:]
            regional = len(rest) == 1 and rest[0].norm[:1] == "ب" and any(  # رئيس الاتحاد الجهوي
                w.norm in self.lex.extra_set("regional_adjectives") for w in role_ws)  # للفلاحة | بصفاقس
            if rest and not name_ws and not regional and (  # (الصحفي علي بن مزين)
                    rest[0].norm not in self.lex.prepositions or not self._ends_np(rest[0])):
                name_ws = rest  # not خبراء | في الصحة
                r = self._second_title(rest)
                if r is not None:  # العقيد المنجي القاضي الناطق الرسمي باسم الحماية المدنية
                    name_ws = rest[:r]
                    if not any(w.norm == "باسم" or self.is_org(w) for w in role_ws[1:]):
                        role_ws = rest[r:]  # the title that names the body
        org_first = bool(role_ws) and self.is_org(role_ws[0]) and not self.is_role(role_ws[0])

        def phrase(ws: List[Word], governed: bool = False) -> Optional[str]:
            if not ws:
                return None
            end = ws[-1].end
            marks = [w for w in self.words[ws[0].i:ws[-1].i + 1] if w.kind == "q"]
            after = ws[-1].i + 1
            if len(marks) % 2 and after < len(self.words) and self.words[after].kind == "q":
                end = self.words[after].end  # موقع "ساينس تايمز": the name's closing mark
            out = text[ws[0].start:end]
            n = self.words[ws[0].i].norm  # as written: وفقا لوكالة رويترز is read وكالة
            governed = governed or ws[0].i in self._governed
            if n.startswith("لل") and len(n) > 3:
                return "ال" + out[2:]  # للأمم المتحدة -> الأمم المتحدة
            if n[:1] in ("ل", "ب") and not n.startswith("ال") and (
                    governed or strip_article(n[1:]) in self.lex.orgs) and (
                    n.startswith("بال") or not self.is_org(ws[0]) or ws[0].i in self._governed):
                return out[1:]  # لوزارة الصحة، بالمحكمة -> وزارة الصحة، المحكمة; but بلدية باريس
            return out

        def strip_nisba(ws: List[Word]) -> List[Word]:
            while len(ws) > 1 and ws[-1].norm in self.lex.nisba and not self._nisba_in_name(ws, len(ws) - 1):
                ws = ws[:-1]  # (النقابة الوطنية للصحفيين التونسيين keeps its complement's nisba)
            return ws

        all_ws = [w for seg in segs for w in seg]
        multiword = self._multiword_places(all_ws)  # الولايات المتحدة، الكوري الشمالي
        # سفير فرنسا لدى تونس: the country an envoy is posted to is not whom it speaks for
        lada = next((k for k, w in enumerate(all_ws) if w.norm == "لدي"), None)
        host = {w.i for w in all_ws[lada + 1:]} if lada is not None and all_ws \
            and strip_article(all_ws[0].norm) in self.lex.extra_set("envoys") else set()
        # الخبير في الشأن الليبي: the expert's field, whose nisba is not whom he speaks for
        field = {w.i for seg in segs if len(seg) > 2 and self._expert(seg[0]) and seg[1].norm == "في"
                 for w in takewhile(lambda x: x.norm.startswith("ال"), seg[2:])}

        def countries() -> List[str]:
            # a country after ب is where the body sits, not whom it acts for (سفير فرنسا بتونس،
            # منظمة الصحة العالمية باليمن; but بنغلاديش), nor is a country inside an
            # organisation's own name (وكالة أنباء الإمارات، نداء تونس)
            named = ({w.i for w in role_ws} if org_first else set()) | field | host
            single = [(k, c) for k, c in enumerate(map(self.lex.country, (w.norm for w in all_ws)))
                      if c and all_ws[k].i not in named
                      and not (all_ws[k].norm[:1] == "ب" and all_ws[k].norm not in self.lex.country_names)]
            return [c for _, c in sorted(single + [(k, c) for k, c, is_nisba in multiword
                                                   if not is_nisba and all_ws[k].i not in named
                                                   and all_ws[k].norm[:1] != "ب"])]

        def body_of(chain: List[Word]) -> Optional[str]:
            # the body's name ends at a conjoined body (والقطب القضائي), a place or time, a
            # title or a name (رئيس اللجنة بمجلس نواب الشعب | النائب بدر الدين); but an
            # indefinite head is in construct with the next word, whatever it is (بمجلس نواب
            # الشعب، جامعة بنسلفانيا)
            first = 1 if chain[0].norm.startswith(("ال", "لل", "بال")) else 2

            def ends(i: int) -> bool:
                w = chain[i]
                marks = [x.i for x in self.words[chain[0].i:w.i] if x.kind == "q"]
                if (len(marks) % 2 and marks[0] == chain[0].i + 1) or self._name_goes_on(w):
                    return False  # inside the quoted name of its head: قناة "بي أف ام تي في"; من أجل
                if w.norm.startswith("وال"):  # a second body after a complete one (المحكمة
                    # الابتدائية والقطب القضائي); after a construct head, more of its name
                    # (جماعة العدل والإحسان، معهد الصحافة وعلوم الإخبار), and so after a لـ
                    # sector (الاتحاد الجهوي للفلاحة والصيد البحري)
                    j = i - 1
                    while j > 0 and chain[j].norm.startswith(("وال", "ال")) and not self.is_org(chain[j]):
                        j -= 1
                    sector = chain[j].norm[:1] == "ل" and not chain[j].norm.startswith("ال") and j > 0
                    return (first == 1 and not sector) or self.is_org(w) or self.is_role(w)
                if i + 1 < len(chain) and chain[i + 1].norm in self.lex.extra_set("verbal_noun_governors"):
                    return True  # شرطة محافظة الأنبار | طلب عدم كشف هويته: his request
                surname = self._given_name_at(chain, i - 1) and not chain[i - 1].norm.startswith("ال")
                eponym = first == 2 and self._given_name_at(chain, 1) and (  # معهد صالح | عزيز
                    i == 2 or (i == 3 and chain[2].norm in _SON_OF))  # سالم بن | حميدة
                return self._after_nisba(chain, i) or self._ends_np(w) or self._place_or_time(w) \
                    or (self.is_role(w) and not surname) or (self._given_name_at(chain, i) and not eponym) \
                    or w.norm in self.lex.extra_set("acting") \
                    or (i >= 2 and self.words[w.i - 1].kind == "q")
                # مدير السجن | بالنيابة; الاتحاد الدولي لكرة القدم | "فيفا": its acronym; but a
                # title word after a given name is a surname (حكومة يوسف الشاهد)

            stop = next((i for i in range(first, len(chain)) if ends(i)), len(chain))
            ws = strip_nisba(chain[:stop])
            if len(ws) == 1 and stop > 1 and ws[0].norm.startswith("ال"):
                ws = chain[:2]  # الإدارة | الأمريكية: a generic head alone names no body
            return self._named_body(ws, span) or phrase(ws, governed=True)

        affiliation, body, member_country = None, None, None
        inside: set = field | host  # words of a body after في / من: its nisba is not the person's
        for k, w in enumerate(role_ws):
            if w.norm == "باسم" and k + 1 < len(role_ws):
                affiliation = body_of(role_ws[k + 1:])  # المتحدث باسم الكرملين
            elif w.norm == "لدي" and k + 1 < len(role_ws) and affiliation is None:
                affiliation = self._ministry(role_ws[k + 1:])  # الوزير المعتمد لدى وزير الداخلية
        if role_ws and not org_first:
            # a body the person belongs to (رئيس المكتب السياسي لحزب آفاق تونس) names the
            # affiliation better than a country inside it; a ministry portfolio right after
            # the title (وزير الخارجية الروسي) does not
            # (not a body after العلاقات مع: وزير العلاقات مع البرلمان is no member of it; nor
            # the host an envoy is posted to: سفير تونس لدى الأمم المتحدة)
            envoy = strip_article(role_ws[0].norm) in self.lex.extra_set("envoys")
            ma = next((k for k in range(2, len(role_ws)) if (role_ws[k].norm == "مع" and self._relation_noun(
                role_ws[k - 1])) or (envoy and role_ws[k].norm == "لدي")), len(role_ws))
            orgs = [k for k in range(1, ma) if self._body_word(role_ws, k)]
            strong = [k for k in orgs if self._body_word(role_ws, k, strong_only=True)]
            # النقابة الأساسية | للصحة: a لل complement right after a body and its adjectives
            # names its sector, not a body of its own
            strong = [k for k in strong if not (
                role_ws[k].norm.startswith("لل")
                and self._unprefixed(role_ws[k].norm) not in self.lex.extra_set("strong_bodies") and any(
                j in strong and all(role_ws[x].norm.startswith("ال") and not self.is_org(role_ws[x])
                                    for x in range(j + 1, k)) for j in range(k)))]
            chain: List[Word] = []
            if orgs and affiliation is None:
                # the outermost body: المكتب السياسي لحزب آفاق تونس -> حزب آفاق تونس
                chain = role_ws[strong[-1] if strong else orgs[0]:]
            elif affiliation is None:
                chain = self._headed(role_ws)  # مدير المسجد الأقصى -> المسجد الأقصى
                after = member or self._body_after(span)  # (also named after the mention:
                if chain and not self.is_org(chain[0]) and after and self.is_org(after[0]):  # تيري
                    chain = []  # ديران مدير العمليات | في منظمة أطباء بلا حدود: a department's body
            if chain:
                body = body_of(chain)
        if role_ws and not org_first and affiliation is None:
            body = self._regional_office(role_ws) or body  # المديرة الجهوية للتجارة
        if body is None and affiliation is None and role_ws and not org_first:
            body = self._quoted_name(role_ws)  # مراسل "الجوهرة أف أم": the outlet it names
        if body is None and not org_first:
            # النائب X عن حركة النهضة، مصدر رسمي في المنظمة الشغيلة
            chain = member or self._body_after(span)
            place = self.lex.country(chain[0].norm) if chain else None
            if place and not self.is_org(chain[0]):
                member_country = place  # علماء الفلك في ألمانيا
            elif chain:
                body = body_of(chain)
                inside = {w.i for w in chain}  # مرصد أيسو الأوروبي
        named = self._named_with_country(all_ws)  # (القيادي في) نداء تونس: a party, not Tunisia
        if named is not None and (body is None or named not in body):
            body = named  # (حركة نداء تونس keeps its head)
        # a nisba right after a given name is a surname (مراد التركي، صلاح الدين المصري)
        given = self._given_name_words(name_ws)
        first = 2 if given == 2 and len(name_ws) > 2 else 1
        if not org_first and given and len(name_ws) > first:
            inside.add(name_ws[first].i)
        # الاتحاد العام التونسي للشغل، المنظمة التونسية لمناهضة التعذيب: a nisba that a لـ
        # complement follows is part of the body's name, which names the affiliation
        inside |= {w.i for k, w in enumerate(all_ws) if self._nisba_in_name(all_ws, k)}
        nisba = [c for _, c in sorted(
            [(k, self.lex.nisba[w.norm]) for k, w in enumerate(all_ws) if w.norm in self.lex.nisba
             and w.i not in inside]
            + [(k, c) for k, c, is_nisba in multiword if is_nisba and all_ws[k].i not in inside])]
        regional = self._regional_body(all_ws)
        if regional is not None:
            affiliation = phrase(regional)  # البرلمان الأوروبي is no country: the body itself
        elif nisba:
            affiliation = nisba[-1]
        elif body is not None:
            # وزير الشؤون الخارجية: الخارجية completes the portfolio, whose ministry it names
            ministry = self._ministry(role_ws) if not org_first and " " not in body.strip() else None
            affiliation = ministry if ministry is not None and body in ministry else body
        elif affiliation is None:  # the fallbacks, looked up only when needed
            country = countries() or ([member_country] if member_country else [])
            # a capital in construct with an organisation names it, not whom it speaks for
            # (شرطة لندن); the institution itself does (الكرملين), so does a place after في
            genitive = role_ws[1].i if org_first and len(role_ws) > 1 else -1
            insts = [c for c in map(self.lex.institution, (
                w.norm for w in all_ws if w.i != genitive)) if c]
            affiliation = country[-1] if country else self._ministry(role_ws) if not org_first \
                else None
            affiliation = affiliation or (insts[-1] if insts else None)
        if org_first:
            own = regional is not None and regional[0] is role_ws[0]  # الاتحاد الأوروبي
            info["name"] = phrase(regional if own else strip_nisba(role_ws))
            affiliation = affiliation or self._quoted_name(role_ws) or info["name"]
            if name_ws:  # an organisation followed by a person: على لسان…
                info["role"], info["name"] = info["name"], phrase(name_ws)
        else:
            info["role"] = phrase(role_ws)
            info["name"] = phrase(name_ws)
            # the title's gender, unless the given name says otherwise: then the verb decides
            # (أعلنت وزير المالية لمياء الزريبي: female; قال المؤرخ رجاء فرحات: male); a
            # feminine verb also outranks a masculine title without a name; with no title,
            # the verb, else the name
            named = self.lex.given_name_gender.get(name_ws[0].norm) if name_ws else None
            verb = Lexicon.gender_of(cue.get("feats", "")) if cue is not None else None
            verb = verb if verb in ("male", "female") else None
            g = self.lex.role_gender.get(strip_article(role_ws[0].norm)) if role_ws else None
            if g is None:
                g = verb or named
            elif named is not None and named != g:
                g = verb or g
            elif named is None and verb == "female" and g == "male":
                g = verb
            info["gender"] = g if g in ("male", "female") else None
        info["affiliation"] = affiliation
        if all_ws[0].norm in self.quantifiers and len(all_ws) > 1 and not org_first \
                and all_ws[0].norm not in ("احد", "احدي") \
                and not any(self._given_name_at(name_ws, k) for k in range(len(name_ws))):
            last_i = max(w.i for w in (name_ws + role_ws or all_ws))
            group = [w for w in all_ws if w.i <= last_i]
            # عدد من الأهالي، بعض المحتجين: a group, no name; its gender is the verb's agreement
            info["role"], info["name"], info["gender"] = phrase(group), None, None
        return info

    def _nisba_in_name(self, ws: List[Word], k: int) -> bool:
        """Is ws[k] a nisba inside a body's name: after the body word (and its definite
        adjectives) and before a لـ complement (الجمعية التونسية للزكاة، الاتحاد العام التونسي
        للشغل) or after that complement (النقابة الوطنية للصحفيين التونسيين), not closing a
        state's title (وزير الخارجية التونسي، الحكومة التونسية)?"""
        if not (0 < k < len(ws)) or ws[k].norm not in self.lex.nisba:
            return False
        if self._body_complement(ws[k - 1].i):
            return True  # النقابة الوطنية للصحفيين | التونسيين: the complement's nisba
        if k >= 2 and ws[k].norm.endswith(("ين", "ون")) and ws[k - 1].norm.startswith("ال") \
                and not self.is_org(ws[k - 1]) and self.is_org(ws[k - 2]):
            return True  # جمعية القضاة | التونسيين: a plural nisba agrees with the genitive
        if k == len(ws) - 1:
            return False
        nxt = ws[k + 1].norm
        if self._name_goes_on(ws[k + 1]):  # الجمعية التونسية | من أجل نزاهة الانتخابات, not
            head = self._before_adjectives(ws[k].i)  # a minister's portfolio (وزير الخارجية التونسي)
            title = self.words[head.i - 1] if head.i > 0 else None
            return title is None or _masculine(strip_article(title.norm)) not in self.lex.portfolio_bodies
        if nxt[:1] != "ل" or nxt.startswith(("لا", "لدي")) or len(nxt) < 4:
            return False
        head = self._before_adjectives(ws[k].i)  # الاتحاد | العام | التونسي
        return self.is_org(head) and head.norm.startswith(("ال", "لل"))

    def _multiword_places(self, ws: List[Word]) -> List[Tuple[int, str, bool]]:
        """Countries named by several adjacent words of a mention (وزير خارجية الولايات
        المتحدة، المسؤول الكوري الشمالي): (index of the first word, country, is it a nisba?)."""
        if not any(w.norm in self.lex.multiword_ends for w in ws[1:]):
            return []  # the common case, decided before any lookup
        norms, out, k = [w.norm for w in ws], [], 0
        while k < len(ws) - 1:
            hit = self.lex.multiword_place(norms, k)
            if hit is not None and ws[k + hit[1] - 1].i == ws[k].i + hit[1] - 1:
                out.append((k, hit[0], hit[2]))
                k += hit[1]
                continue
            k += 1
        return out

    def _regional_office(self, role_ws: List[Word]) -> Optional[str]:
        """`المديرة الجهوية للتجارة بالمنستير` -> الإدارة الجهوية للتجارة, `المندوب الجهوي
        للفلاحة` -> المندوبية الجهوية للفلاحة: a regional head of a sector speaks for the
        regional office of that sector (up to the place: بالمنستير)."""
        if len(role_ws) < 3:
            return None
        office = self.lex.regional_offices.get(
            _masculine(strip_article(role_ws[0].norm)) + " " + _masculine(strip_article(role_ws[1].norm)))
        if office is None or not role_ws[2].norm.startswith("لل") \
                or self.is_org(role_ws[2]) or self._body_word(role_ws, 2):
            return None
        end = 3
        while end < len(role_ws) and role_ws[end].norm.startswith("ال") and not self.is_role(role_ws[end]):
            end += 1  # للشؤون الاجتماعية
        return office + " " + self.view.text[role_ws[2].start:role_ws[end - 1].end]

    def _ministry(self, role_ws: List[Word]) -> Optional[str]:
        """`وزير التجارة رضا لحول` -> وزارة التجارة: a minister whom the text places in no
        country speaks for the ministry of the portfolio (its definite words, up to a modifier
        such as السابق or بالنيابة, a title or a name)."""
        body = self.lex.portfolio_bodies.get(_masculine(strip_article(role_ws[0].norm))) if role_ws else None
        if body is None:
            return None
        modifiers, acting = self.lex.extra_set("role_modifiers"), self.lex.extra_set("acting")
        ends = self.lex.extra_set("portfolio_ends")
        portfolio: List[Word] = []
        for w in role_ws[1:]:
            n = w.norm
            relations = n == "مع" and bool(portfolio) and self._relation_noun(portfolio[-1])
            if w.kind != "w" or n in modifiers or n in acting or n in ends \
                    or self.is_role(w) or n in self.given_names \
                    or (n in self.lex.prepositions and not relations):  # العلاقات مع البرلمان
                break
            portfolio.append(w)
        if not portfolio or (not portfolio[0].norm.startswith("ال") and (
                len(portfolio) < 2 or not portfolio[1].norm.startswith("ال")
                or self.lex.country(portfolio[1].norm) is not None)):
            return None  # وزير خارجية فرنسا: the country names it (but وزيرة شؤون الشباب)
        nxt = self.view.next_word(portfolio[-1].i)
        if len(portfolio) > 1 and portfolio[-1].norm.startswith("و") and nxt is not None \
                and nxt.norm in self.lex.prepositions:
            portfolio.pop()  # وزيرة الثقافة والمحافظة | على التراث: the mention cut a portfolio short
        return body + " " + self.view.text[portfolio[0].start:portfolio[-1].end]

    def _named_with_country(self, ws: List[Word]) -> Optional[str]:
        """A body whose name holds a country (نداء تونس، آفاق تونس, listed in
        bodies_named_with_country) or a sports club (النجم الساحلي، ريال مدريد, listed in
        sports_clubs), with a clitic preposition or conjunction on its first word (بافاق تونس،
        للنجم الساحلي); its text as written, without the clitic."""
        names, clubs = self.lex.extra_set("bodies_named_with_country"), self.lex.extra_set("sports_clubs")
        for a, b in zip(ws, ws[1:]):
            if b.i != a.i + 1:
                continue
            n = a.norm
            for cut in (0, 1):
                if f"{n[cut:]} {b.norm}" in names or f"{n[cut:]} {b.norm}" in clubs:
                    return self.view.text[a.start + cut:b.end]
            if n.startswith("لل") and f"ا{n[1:]} {b.norm}" in clubs:  # للنجم الساحلي
                return "ا" + self.view.text[a.start + 1:b.end]
        return None

    def _regional_body(self, ws: List[Word]) -> Optional[List[Word]]:
        """`الاتحاد الأوروبي`، `المفوضية الأوروبية`: a body with the nisba of a region, not of a
        country (the list `regions`), is named by itself, with its construct head and its
        لـ complement (وكالة الشرطة الأوروبية، المرصد الأوروبي لتعليم اللغة العربية);
        مسؤول أوروبي still gets the region."""
        regions = self.lex.extra_set("regions")
        for k in range(len(ws) - 1, 0, -1):
            c = self.lex.nisba.get(ws[k].norm)
            if c is None:
                continue
            if not (normalize(c) in regions and self.is_org(ws[k - 1]) and ws[k].i == ws[k - 1].i + 1):
                return None
            start, end = k - 1, k
            while start > 0 and ws[start - 1].i == ws[start].i - 1 and self.is_org(ws[start - 1]) \
                    and not ws[start - 1].norm.startswith("ال"):
                start -= 1  # وكالة الشرطة الأوروبية: the construct head too
            nxt = ws[end + 1] if end + 1 < len(ws) else None
            if nxt is not None and nxt.i == ws[end].i + 1 and nxt.norm[:1] == "ل" \
                    and not nxt.norm.startswith("ال") and len(nxt.norm) > 3:
                end += 1  # المرصد الأوروبي لتعليم اللغة العربية: its complement
                while end + 1 < len(ws) and ws[end + 1].i == ws[end].i + 1 \
                        and ws[end + 1].norm.startswith("ال") and not self.is_role(ws[end + 1]) \
                        and not self._place_or_time(ws[end + 1]) and not self._given_name_at(ws, end + 1):
                    end += 1
            return ws[start:end + 1]
        return None

    # --- entities -----------------------------------------------------------------

    def entity_for(self, span: Tuple[int, int], cue: Optional[Dict[str, Any]]) -> Entity:
        """The entity of an explicit mention, merged with its fullest earlier mention."""
        fuller = self.fuller_mention(span)
        if fuller is None:
            return self._entity(span, cue)
        ent = self._entity(fuller, cue)
        info = self.describe(span, cue)
        self._add_mention(ent, span, info, set(), set(), self.words[span[0]].start)
        return ent

    def _entity(self, span: Tuple[int, int], cue: Optional[Dict[str, Any]]) -> Entity:
        """The entity of a mention: merged with an earlier one sharing its name."""
        ws = self.np_words(span)
        info = self.describe(span, cue)
        name_tokens = self._name_tokens(ws, info)
        heads = {strip_article(ws[0].norm)} if ws else set()
        pos = self.words[span[0]].start
        # a one-word name that the name-word filter drops (بولت، بوتين start like بـ / لـ)
        surname = ws[0].norm if len(ws) == 1 and not name_tokens and info["name"] \
            and len(ws[0].norm) > 2 and ws[0].norm not in _NP_JOINERS \
            and not (self.is_role(ws[0]) or self.is_org(ws[0])) else None
        for ent in reversed(self.entities[-RECENT_ENTITIES:]):
            if name_tokens and ent.names and (name_tokens & ent.names) \
                    and not self._other_given_name(info, ent) \
                    and not self._other_country(self._countries(ws), ent):  # الاتحاد الماليزي
                # لكرة القدم and الاتحاد الآسيوي لكرة القدم share القدم, not their nisba
                self._add_mention(ent, span, info, heads, name_tokens, pos)
                return ent
            if name_tokens and not ent.names and (ent.best[0] == span[0] and ent.best[1] <= span[1]
                                                  or heads == ent.heads
                                                  and self._within(self.np_words(ent.best), span)):
                # the same words read further: مدير البحث الطبي (the according-to source) and
                # مدير البحث الطبي، الدكتور أنيس قلوز (the full mention); or named later: وزير
                # الشؤون الخارجية … وزير الشؤون الخارجية، خميس الجهيناوي
                self._add_mention(ent, span, info, heads, name_tokens, pos)
                return ent
            if surname and ent.names and surname in self._name_words(ent.info):
                self._add_mention(ent, span, info, heads, name_tokens, pos)
                return ent  # الجامايكي يوسين بولت … بولت: a surname with a preposition's letter
            if not name_tokens and ent.names and self._within(ws, ent.best) and (
                    heads == ent.heads or len(ws) > 1 and self.is_role(ws[0])):
                self._add_mention(ent, span, info, heads, name_tokens, pos)
                return ent  # وزير الثقافة، محمد زين العابدين … وزير الثقافة: named before
            if not name_tokens and not ent.names and heads == ent.heads and ws and \
                    self.words[ent.best[0]].norm == ws[0].norm and self._same_unnamed(ws, ent):
                self._add_mention(ent, span, info, heads, name_tokens, pos)
                return ent
        if (titled := self._surname_of_titled(ws, info, pos, cue)) is not None:
            self._add_mention(titled, span, info, heads, name_tokens, pos)
            return titled
        ent = Entity(info["gender"], heads, name_tokens, pos,
                     is_org=bool(ws) and self.is_org(ws[0]), best=span, info=info,
                     plural=bool(ws) and self._plural(ws[0]))
        self.entities.append(ent)
        return ent

    def _surname_of_titled(self, ws: List[Word], info: Dict[str, Any], pos: int,
                           cue: Optional[Dict[str, Any]]) -> Optional[Entity]:
        """A surname alone, of nobody named before, is the person the text introduced by title
        only: قال الأمين العام للاتحاد … وأضاف العباسي، قالت رئيسة لجنة التحقيق … وأوضحت
        الشتاوي. News prose introduces a new person with a title or a full name, so the
        person is the most recent unnamed office holder who agrees with the verb, if the
        surname was not written before."""
        if len(ws) != 1 or not info.get("name") or info.get("role") or info.get("affiliation") \
                or self.is_role(ws[0]) or self.is_org(ws[0]) or ws[0].norm in self.given_names \
                or self.lex.country(ws[0].norm) or ws[0].norm in self.lex.nisba \
                or not self._surname_shape(ws[0].norm):
            return None
        gender = Lexicon.gender_of(cue.get("feats", "")) if cue else None
        if gender not in ("male", "female"):
            return None
        people = [e for e in self._people_agreeing(gender, pos) if not e.names and e.info.get("role")
                  and len(self.np_words(e.best)) > 1]  # an office, not a bare الوزير
        ent = max(people, key=lambda e: e.last_pos, default=None)
        if ent is None:
            return None
        # written before, the surname was that person's only if it came right after the title
        # (the title cut short: العضو المؤسس لحركة نداء تونس والوزير السابق | في حكومة الحبيب
        # الصيد لزهر العكرمي), not elsewhere (هاجم شون سبايسر: a subject no report came from)
        text, surname = self.view.text, self.view.text[ws[0].start:ws[0].end]
        title_end = self.words[ent.best[1]].end
        k = text.find(surname)
        while 0 <= k < ws[0].start:
            if not title_end <= k < title_end + 120 or any(c in text[title_end:k] for c in ".!?؟\n"):
                return None
            k = text.find(surname, k + 1)
        return ent

    @staticmethod
    def _surname_shape(n: str) -> bool:
        """Can a word alone be a surname? A definite one is a nisba (العباسي، الشتاوي), not a
        common noun (الدراسة، الفتيان); an indefinite one bears no clitic (وباستنطاقه)."""
        if len(n) < 4:
            return False
        if n.startswith("ال"):
            return n.endswith("ي")
        return n[0] not in "وفبلك" and not n.endswith(("ه", "ها", "هم", "نا"))

    def _keys(self, ws: List[Word]) -> set:
        """The words that tell mentions apart: no article, no reflexive marker, no particle."""
        return {strip_article(w.norm) for w in ws if len(w.norm) > 2 and not self._marker(w)}

    def _other_given_name(self, info: Dict[str, Any], ent: Entity) -> bool:
        """Are two full names two people: a family name shared but not the given name (الباجي
        قايد السبسي and his son حافظ قايد السبسي; كريستين كريم and جاويد كريم), or the given
        name only, under two titles?"""
        mine, theirs = self._name_words(info), self._name_words(ent.info)
        if len(mine) < 2 or len(theirs) < 2:
            return False
        a, b = mine[0], theirs[0]
        if a in self.given_names and b in self.given_names and a not in theirs and b not in mine:
            return True
        # النائب محمد بن سالم and وزير التجهيز محمد صالح العرفاوي share their given name only,
        # under two titles: two men (but موشيه يعالون is موشيه يعلون, خديجة مدني خديجة المدني:
        # one surname spelt two ways)
        roles = [(x.get("role") or "").split()[:1] for x in (info, ent.info)]
        if not all(roles) or strip_article(normalize(roles[0][0])) == strip_article(normalize(roles[1][0])):
            return False
        return a == b and a in self.given_names and set(mine) & set(theirs) == {a} \
            and not any(SequenceMatcher(None, strip_article(x), strip_article(y)).ratio() >= 0.7
                        for x in mine[1:] for y in theirs[1:])

    @staticmethod
    def _name_words(info: Dict[str, Any]) -> List[str]:
        """The normalised words of a mention's or an entity's name."""
        return [normalize(x) for x in (info.get("name") or "").split()]

    def _same_unnamed(self, ws: List[Word], ent: Entity) -> bool:
        """Can two unnamed mentions with the same head be one source? One's words must be
        among the other's: وزارة الداخلية التونسية is وزارة الداخلية, but وزارة الخارجية is
        another ministry and الاتحاد الماليزي لكرة القدم another federation."""
        mine, theirs = self._keys(ws), self._keys(self.np_words(ent.best))
        return mine <= theirs or theirs <= mine

    def _within(self, ws: List[Word], span: Tuple[int, int]) -> bool:
        """Are all words of a mention among the words of a longer one (an unnamed title and
        the same title with its name)?"""
        mine = self._keys(ws)
        return bool(mine) and mine <= self._keys(self.np_words(span))

    def _name_tokens(self, ws: List[Word], info: Dict[str, Any]) -> set:
        """The distinctive words of a mention's name: not role or organisation heads, not
        nisba adjectives (وزارة الخارجية and وزارة الداخلية share no name word)."""
        if not info["name"]:
            return set()
        start = self._name_start(ws, info)
        end = start + len(info["name"])
        return {strip_article(w.norm) for w in ws
                if start <= w.start < end and len(w.norm) > 2 and w.norm not in self.lex.nisba
                and not self.is_role(w) and not self.is_org(w) and w.norm not in _NP_JOINERS
                and not (w.norm[:1] in ("ل", "ب") and w.norm not in self.given_names)}

    def _name_start(self, ws: List[Word], info: Dict[str, Any]) -> int:
        name = info["name"] or ""
        for w in ws:
            if name.startswith(self.view.text[w.start:w.end]):
                return w.start
        return ws[-1].start

    def _add_mention(self, ent: Entity, span, info, heads, names, pos) -> None:
        start, end = self.words[span[0]].start, self.words[span[1]].end
        ent.heads |= heads
        ent.names |= names
        ent.last_pos = pos
        best = self.words[ent.best[0]].start, self.words[ent.best[1]].end
        if end - start > best[1] - best[0]:
            ent.best = span
            merged = dict(ent.info)
            merged.update({k: v for k, v in info.items() if v})
            ent.info = merged
        else:
            ent.info.update({k: v for k, v in info.items() if v and not ent.info.get(k)})
        ent.gender = ent.gender or info["gender"]

    def antecedent(self, pos: int, cue: Optional[Dict[str, Any]],
                   backref: Optional[Tuple[int, int]] = None) -> Optional[Entity]:
        """The most recent entity before `pos` that agrees with the cue (and, for a
        back-reference, shares its head noun or nisba)."""
        gender = Lexicon.gender_of(cue.get("feats", "")) if cue else None
        cands = sorted(self._recent_entities(pos),
                       key=lambda e: e.last_pos)  # most recently mentioned last, not created
        if backref is not None:
            ws = self.np_words(backref)
            head = strip_article(ws[0].norm) if ws else ""
            body = bool(ws) and self._body_not_title(ws[0])
            countries = self._countries(ws[1:])
            member = self._member_split(ws)[1]
            fits = [ent for ent in reversed(cands)  # the same head first: المسؤول الإسرائيلي
                    if head in ent.heads and not (body and not ent.is_org)  # is the official,
                    and not self._other_country(countries, ent)  # not the latest Israeli
                    and not self._other_body(member, self.np_words(ent.best))]  # (nor another party's MP)
            if fits:  # source; الائتلاف is no member of it; الرئيس الفرنسي is the president
                return next((ent for ent in fits  # named French, not a nearer رئيس المجلس
                             if countries & self._countries(self.np_words(ent.best))), fits[0])
            person = bool(ws) and self.is_role(ws[0]) and not self.is_org(ws[0])
            for ent in reversed(cands):  # الدبلوماسي البلجيكي: a person, not الحكومة البلجيكية
                if ent.info.get("affiliation") in countries \
                        and not (person and ent.is_org) and not (body and not ent.is_org):
                    return ent  # nor is الحكومة البلجيكية the Belgian ambassador
            if ws and ws[0].norm not in self.lex.pronouns \
                    and ws[0].norm not in self.lex.extra_set("pronoun_particles"):
                return None
        agreeing = [ent for ent in reversed(cands) if gender is None or self._agrees(ent, gender)]
        if agreeing:
            first = agreeing[0]
            sent = self._sentence_of(first.last_pos)
            if sent != self._sentence_of(pos) and self._embedded(first.last_pos):
                # وصف X التصريحات التي أدلى بها الشاهد. وأضاف: a new sentence goes on with the
                # last one's own subject, not one inside its relative or temporal clause (in the
                # same sentence, بعد أن أعلن Y …، وقال goes on with the clause: Y)
                main = next((ent for ent in agreeing[1:] if self._sentence_of(ent.last_pos) == sent
                             and not self._embedded(ent.last_pos)), None)
                if main is not None:
                    return main
            return first
        return cands[-1] if cands else None

    def _sentence_of(self, pos: int) -> Optional[int]:
        i = self.view.word_at(pos)
        return self.words[i].sent if i is not None else None

    def _embedded(self, pos: int) -> bool:
        """Is the mention at char `pos` the subject of a relative or temporal clause (التي
        أدلى بها X، بعد أن أعلن X)?"""
        i = self.view.word_at(pos)
        if i is None:
            return False
        for k in range(i - 1, max(-1, i - 4), -1):  # the three words before it
            w = self.words[k]
            if w.kind != "w":
                return False
            if (w.norm in RELATIVES and k < i - 1) or (
                    w.norm == "ان" and k > 0 and self.words[k - 1].norm in _SUBORDINATORS):
                return True  # (not X الذي صرح: the relative is X, its own report)
        return False

    def _other_country(self, countries: set, ent: Entity) -> bool:
        """Does the entity's fullest mention name another country (الاتحاد الماليزي is not
        الاتحاد الآسيوي لكرة القدم's neighbour الاتحاد التونسي)?"""
        if not countries:
            return False
        theirs = self._countries(self.np_words(ent.best))
        return bool(theirs) and not countries & theirs

    def _other_body(self, member: set, ws: List[Word]) -> bool:
        """Does a fuller mention name a body that shares no word with the body of a
        back-reference's member PP (النائب عن حركة النهضة is not the MP of الجبهة الشعبية)?"""
        if not member:
            return False
        theirs = {strip_article(w.norm) for w in ws if self.is_org(w)}
        return bool(theirs) and not any(m in w or w in m for w in theirs for m in member)

    def _countries(self, ws: List[Word]) -> set:
        """The countries a mention's nisbas name (الأرميني، الكوري الشمالي)."""
        return {self.lex.nisba[w.norm] for w in ws if w.norm in self.lex.nisba} \
            | {c for _, c, is_nisba in self._multiword_places(ws) if is_nisba}

    def _plural(self, w: Word) -> bool:
        head = strip_article(w.norm)
        return self.lex.role_gender.get(head) == "plural" or (len(head) >= 5 and head.endswith("ون"))

    def _agrees(self, ent: Entity, gender: str) -> bool:
        if gender == "plural":  # قالوا: a group or a body, never one named man or woman (the
            return ent.is_org or ent.plural or not ent.names  # gender of a VSO verb says no number)
        if ent.plural and not ent.is_org and gender in ("male", "female"):
            # people referred back to take a plural verb (المسافرون … وقالوا), a broken plural
            # also a feminine singular one (مصادر … وأضافت), never a masculine singular; one
            # of them named (أحد الباحثين، أحمد سيداغات) is a person
            ws = self.np_words(ent.best)
            if any(self._given_name_at(ws, k) for k in range(len(ws))):
                return ent.gender is None or ent.gender == gender
            sound = bool(ws) and strip_article(ws[0].norm).endswith(("ون", "ين"))
            return not sound and gender == "female"
        if ent.is_org:
            ws = self.np_words(ent.best)
            g = self.lex.org_gender.get(strip_article(ws[0].norm)) if ws else None
            return g is None or g == gender
        return ent.gender is None or ent.gender == gender

    def mention_before(self, pos_w: int, cue: Optional[Dict[str, Any]]) -> Optional[Tuple[int, int]]:
        """For a dropped subject with no earlier source: the first role or organisation NP
        (outside prepositional phrases, agreeing in gender) of this sentence or one of the
        two before it; in VSO news prose that is the subject of the sentence."""
        gender = Lexicon.gender_of(cue.get("feats", "")) if cue else None
        sent = self.words[pos_w].sent
        i = bisect_left(self._mention_starts, self.words[pos_w].start)
        by_sent: Dict[int, List[Tuple[int, int]]] = {}
        for k in range(i - 1, -1, -1):  # not mentions[:i]: a copy per call is quadratic
            m = self.mentions[k]
            s = self.words[m[0]].sent
            if s < sent - 2:
                break
            if m[1] >= pos_w or m in self.pp_mentions:
                continue
            g = self.describe(m, None)["gender"]
            if gender in (None, "plural") or g in (None, gender):
                by_sent.setdefault(s, []).append(m)
        for s in range(sent, sent - 3, -1):
            if by_sent.get(s):
                return min(by_sent[s])
        return None

    def _mention_like(self, span: Tuple[int, int]) -> bool:
        """Does an NP look like a source: a role, an organisation or a known given name first?"""
        ws = self.np_words(span)
        return bool(ws) and (self.is_role(ws[0]) or self.is_org(ws[0]) or self._given_name_at(ws, 0)
                             or self._people(ws[0]))

    def _name_then_title(self, ws: List[Word]) -> bool:
        """An unknown name of two or three words and then a title: تيري ديران مدير العمليات
        (not ترامب | حكم المحكمة, an object after one word)."""
        k = next((k for k in range(2, min(4, len(ws))) if self.is_role(ws[k])), None)
        return k is not None and all(self._bare(w) and w.kind == "w" for w in ws[:k])

    @staticmethod
    def _people(w: Word) -> bool:
        """A definite plural participle: people doing or undergoing something (المتضررون،
        المعتصمون، المشاركون), whom later plural verbs (وأوضحوا) refer back to."""
        n = w.norm
        return n.startswith("الم") and n.endswith("ون") and len(n) >= 8

    def sentence_subjects(self) -> List[Tuple[int, int]]:
        """`تدخّل اليوم النائب X …`: the NP after a sentence-initial verb, when it starts with
        a role or organisation word; later dropped subjects may refer to it."""
        words, out, seen = self.words, [], set()
        for w in words:
            if w.sent in seen or w.kind != "w":
                continue
            seen.add(w.sent)
            j = w.i
            if j > 0 and words[j - 1].kind == "q":
                continue  # في صورة "القيادية المناضلة": a quoted phrase, not a sentence's subject
            while j < len(words) and (words[j].kind == "w" and (
                    words[j].norm in ("و", "ف") or self._skip(words[j]) or words[j].norm in _VERB_PARTICLES
                    or (words[j].norm == "هذا" and j + 1 < len(words) and words[j + 1].norm[:1] == "و")
                    or self._discourse_pp(j))
                    or (j > w.i and words[j].text in COMMAS and words[j - 1].norm in self.discourse)):
                j += 1  # وقد قدّم المتحدث باسم الفايسبوك اعتذاره: the verb follows قد (هذا ونفى: so too;
                # من جانبه، قدم الدكتور X: the new actor after "for his part")
            frame = self._background_frame(j)
            if frame is not None:  # يذكر أن محمد فريخة، …، كان نفى: the journalist's background
                span = self.np_after(frame, min(len(words) - 1, frame + MAX_NP))
                if span is not None and words[span[0]].sent == w.sent and self._mention_like(span):
                    out.append(span)
                continue
            topic = j < len(words) and words[j].norm in ("اما", "واما")  # أما stops NPs, opens topics
            if j >= len(words) or words[j].kind != "w" or (
                    words[j].norm in self.lex.prepositions and not topic and not self._abbara(j)):
                continue
            if self.is_role(words[j]) or self.is_org(words[j]) or topic:
                # a topic first (الجبهة الشعبية، التي…، فقد عبرت…): later verbs refer to it
                first = j + 1 if topic else j
                span = self.np_after(first, min(len(words) - 1, first + MAX_NP))
                if span is not None and topic:  # أما أسامة العابد | فتلقى: its clause opens with ف
                    fa = next((k for k in range(span[0] + 1, span[1]) if words[k].kind == "w"
                               and words[k].norm[:1] == "ف" and len(words[k].norm) > 2), None)
                    span = span if fa is None else (span[0], fa - 1)
                if span is not None and words[span[0]].sent == w.sent and self._mention_like(span):
                    out.append(span)
                    if topic:
                        self._topics.add(span)
                continue
            span = self.np_after(j + 1, min(len(words) - 1, j + 1 + MAX_NP))
            if span is not None and words[span[0]].sent == w.sent and self._mention_like(span):
                out.append(span)
        return out

    def _background_frame(self, j: int) -> Optional[int]:
        """`يذكر أن X`، `يشار إلى أن X`، `تجدر الإشارة إلى أن X`: the journalist's background,
        no report; the first word of its clause's subject."""
        words = self.words
        k = j
        if k < len(words) and words[k].norm in self.lex.extra_set("journalist_frames"):
            k += 1  # تجدر | الإشارة
        if k >= len(words) or strip_article(words[k].norm) not in _BACKGROUND_VERBS:
            return None
        k += 1
        if k < len(words) and words[k].norm == "الي":
            k += 1
        if k + 1 < len(words) and words[k].norm in ("ان", "بان", "فان"):
            return k + 1
        return None

    def _abbara(self, j: int) -> bool:
        """`بدوره عبر رئيس الغرفة … عن رفضه`: sentence-initial عبر is the verb عبّر when its
        عن follows within the subject's reach (the preposition "via" has no عن)."""
        words = self.words
        if words[j].norm not in ("عبر", "وعبر"):
            return False
        return any(w.kind == "w" and w.norm == "عن" and w.sent == words[j].sent
                   for w in words[j + 2:j + MAX_NP + 6])

    def relative_subjects(self) -> List[Tuple[int, int]]:
        """`وهو ما أكده أيمن البجاوي …، حين قال إن`: the person who is the subject of a
        reporting verb that carries its object after ما; a dropped subject right after may
        refer to it."""
        words, out = self.words, []
        for w in words:
            if w.kind != "w" or w.i + 2 >= len(words):
                continue
            if w.norm in ("ما", "وما", "لما"):
                verb, first = words[w.i + 1], w.i + 2
            elif w.norm.startswith(("ما", "وما")) and w.norm.endswith(("ه", "ها")):
                verb, first = w._replace(norm=w.norm.split("ما", 1)[1]), w.i + 1  # وهو مانفاه مدير المركز
            else:
                continue
            if verb.kind == "w" and self.lex.object_suffixed_verb(verb.norm):
                span = self.np_after(first, min(len(words) - 1, first + MAX_NP))
                if span is not None and words[span[0]].sent == w.sent and self._mention_like(span) \
                        and strip_article(self.np_words(span)[0].norm) not in self.media_outlets:
                    out.append(span)  # a person or a body; an outlet (ما نقلته وكالة X) only relays
        return out

    def cue_subject(self, cue: Dict[str, Any]) -> Optional[Tuple[int, int]]:
        """The subject NP of a verb cue, whether or not it has a content (عبّرت X عن…)."""
        if cue["type"] != "verb":
            return None
        words, j = self.words, cue["w1"] + 1
        last = min(len(words) - 1, cue["w1"] + MAX_NP + 3)
        for k in range(j, last + 1):
            w = words[k]
            if w.kind in ("br", "q") or (w.kind == "p" and w.text in ":.!?؟") \
                    or (w.kind == "w" and w.norm in self.lex.complementizers):
                last = k - 1
                break
        topic = self.np_before(cue["w0"])
        prev = self.view.prev_word(cue["w0"])
        if topic is not None and (cue["clitic"] and self.words[cue["w0"]].norm.startswith("ف")
                                  or prev is not None and prev.norm in ("فقد", "ف")):
            return topic  # أما X، فقد دعا الحكومة: X is the subject, الحكومة the object
        span = self.np_after(j, last) if last >= j and not self._agrees_in_full(cue) else None
        return self._pp_then_name(span) if span is not None else topic

    # --- linking ------------------------------------------------------------------

    def speaker_span(self, content: Dict[str, Any], cue: Optional[Dict[str, Any]]):
        gap = content.get("gap")
        if cue is None:
            if gap and content.get("gap_side") == "before":
                return self._np_ending_at(gap[1])
            return None
        if cue["type"] == "participle":
            return None
        if content.get("nested") and not cue["clitic"]:
            # inside a reported clause the subject precedes its verb (إن أوكامبو أبلغ الأمم
            # المتحدة أن: أوكامبو), when a name or title stands there
            before = self.np_before(cue["w0"])
            if before is not None and (self._mention_like(before) or (
                    before[0] > 0 and self.words[before[0] - 1].norm in self.lex.complementizers)):
                return before  # (إن X أبلغ: X, the subject of إن, whoever it is)
        if gap and gap[0] <= gap[1] and not (cue["type"] == "verb" and (
                self._addressee(gap[0]) or self._agrees_in_full(cue))):
            span = self.np_after(gap[0], gap[1], cue.get("prefix") if cue["type"] == "according_to" else None,
                                 past_pp=cue["type"] == "verb")
            if span is not None:
                span = self._extend_to_name(span, gap[1])
                span = self._extend_to_foreign_name(span, gap[1])
                span = self._extend_with_pps(span, gap[1])
                if cue["type"] == "noun" and not (self.is_role(self.words[span[0]])
                                                  or self.is_org(self.words[span[0]])):
                    return None
                return span
        if cue["type"] == "verb" and not (cue["clitic"] and self.words[cue["w0"]].norm.startswith("و")):
            span = self.np_before(cue["w0"]) or self._pluperfect_subject(cue["w0"])
            if span is not None:  # SVO; وقال starts a clause of its own
                return span
        return self.parsed_subject(cue, content)

    @staticmethod
    def _agrees_in_full(cue: Dict[str, Any]) -> bool:
        """A verb in the plural or dual (قالوا، يتهمون، أكدتا) has its subject before it or
        none: a subject after the verb takes a singular verb (قال المسؤولون), so the NP after
        a plural verb is its object (يتهمون الأطباء بأنهم)."""
        feats = cue.get("feats") or ""
        return cue["type"] == "verb" and feats[:1] == "3" and feats[-1:] in ("P", "D")

    def _addressee(self, j: int) -> bool:
        """`قالت لقناة "دبليو دى ار" إنه`: a لـ phrase right after the verb is whom the
        statement was made to, not its subject (names such as ليلى are not)."""
        if j >= len(self.words):
            return False  # a gap after a text-final cue («…» قال)
        w = self.words[j]
        n = w.norm
        if w.kind != "w" or n[:1] != "ل" or n.startswith("ال") or len(n) <= 3 or n in self.given_names:
            return False
        rest = self._unprefixed(n)
        return rest in self.lex.orgs or rest in self.lex.roles

    def parsed_subject(self, cue: Dict[str, Any], content: Dict[str, Any]) -> Optional[Tuple[int, int]]:
        """The parser's subject of the cue verb, where the rules found none: accepted only if
        it stands between the verb and its content (never inside the reported clause), close
        to the verb, and reads as a source (a title, a body or a given name)."""
        if not self.parsed_subjects or cue["type"] != "verb":
            return None
        for (start, end), (s_start, s_end) in self.parsed_subjects.items():
            if start < cue["end"] and cue["start"] < end:
                if content["start"] > cue["start"] and not s_end <= content["start"]:
                    return None
                if content["start"] < s_end and s_start < content["end"]:
                    return None
                first, last = self.view.word_at(s_start), self.view.word_at(max(s_start, s_end - 1))
                if first is None or last is None or self.words[last].start >= s_end:
                    last = (last or len(self.words)) - 1
                if first is None or last < first or abs(first - cue["w1"]) > MAX_NP:
                    return None
                if any(w.kind == "w" and self._pronoun_suffixed(w) for w in self.words[cue["w1"] + 1:first]):
                    return None  # وأكد خلال لقائه وزير الخارجية أن: whom he met
                span = self.np_after(first, last)
                return span if span is not None and self._mention_like(span) else None
        return None

    def _extend_to_name(self, span: Tuple[int, int], gap_end: int) -> Tuple[int, int]:
        """`أكد المدير المسؤول عن سلامة النظم بالبنك، شكري ناجي، أن`: a role NP with a
        prepositional complement, closed by the name at the end of the gap, is one NP."""
        words = self.words
        if span[1] >= gap_end or not self.is_role(words[span[0]]):
            return span
        last = self._before_addressee(span, gap_end)
        while last > span[1] and words[last].kind == "p" and words[last].text in COMMAS:
            last -= 1
        k = last
        while k > span[1] and words[k].kind == "w" and last - k < 4:
            k -= 1
        if k <= span[1] or not (words[k].kind == "p" and words[k].text in COMMAS):
            return span
        name = [w for w in words[k + 1:last + 1] if w.kind == "w"]
        if not name or not self._given_name_at(name, 0):
            return span
        if any(self._ends_np(w) or self._skip(w) for w in name):
            return span
        between = words[span[1] + 1:k]
        if any(w.kind == "p" and w.text not in COMMAS or w.kind in ("q", "br") or
               (w.kind == "w" and (w.i in self.cue_words or self._skip(w))) for w in between):
            return span
        return span[0], last

    def _before_addressee(self, span: Tuple[int, int], gap_end: int) -> int:
        """The gap's end without a trailing addressee after a comma (، محمد الدايري، |
        لـ"سكاي نيوز عربية" إن): whom the speaker told is not part of the speaker."""
        words = self.words
        for c in range(gap_end - 1, max(span[1], gap_end - 8), -1):
            w = words[c]
            if w.kind == "p" and w.text in COMMAS:
                nxt = words[c + 1]
                n = nxt.norm if nxt.kind == "w" else ""
                if n[:1] == "ل" and not n.startswith("ال") and n not in self.given_names:
                    return c - 1
                return gap_end
        return gap_end

    def _pp_then_name(self, span: Tuple[int, int]) -> Tuple[int, int]:
        """`أعلن المسؤول الأمني في فيسبوك، أليكس ستاموس، عن…`: a title, its short PP, then the
        person's name (a given name first) between commas: one mention, wherever it stands."""
        words = self.words
        j = span[1] + 1
        if j >= len(words) or words[j].kind != "w" or words[j].norm not in _MEMBER_PREPS + ("لدي",) \
                or not self.is_role(words[span[0]]) or (words[j].norm == "لدي" and not self._posted_at(j)):
            return span
        k = j + 1
        # لدى وزير الفلاحة المكلف بالموارد المائية: a title's office may be long and end in a PP
        lada = words[j].norm == "لدي" and self.is_role(words[j + 1]) if j + 1 < len(words) else False
        while k < len(words) and k - j <= (7 if lada else 4) and words[k].kind == "w" \
                and not (self._ends_np(words[k]) and not lada) and not self._skip(words[k]):
            if k > j + 1 + (not words[j + 1].norm.startswith("ال")) \
                    and (self.is_org(words[j + 1]) or lada) and self._given_name_at(words[k:k + 2], 0):
                return self._name_from(span, k)  # القيادي في حركة نداء تونس بوجمعة الرميلي
            k += 1
        if k == j + 1 or k >= len(words) or not (words[k].kind == "p" and words[k].text in COMMAS):
            return span
        m = first = k + 1
        while m < len(words) and m - first < 4 and words[m].kind == "w" and not self._ends_np(words[m]) \
                and not self._skip(words[m]) and m not in self.cue_words:
            m += 1
        name = words[first:m]
        if len(name) < 2 or not self._given_name_at(name, 0) \
                or (m < len(words) and words[m].kind == "w" and not self._ends_np(words[m])):
            return span
        return span[0], m - 1

    def _name_from(self, span: Tuple[int, int], first: int) -> Tuple[int, int]:
        """The mention extended by the name of two to four words at `first` (a given name
        first), when the name ends at punctuation, a verb particle or a preposition."""
        words, m = self.words, first
        while m < len(words) and m - first < 4 and words[m].kind == "w" and not self._ends_np(words[m]) \
                and not self._skip(words[m]) and m not in self.cue_words:
            m += 1
        if m - first < 2 or (m < len(words) and words[m].kind == "w" and not self._ends_np(words[m])):
            return span
        return span[0], m - 1

    def _posted_at(self, j: int) -> bool:
        """Does لدى at word j name where a title holder serves (لدى وزير الفلاحة، لدى الأمم
        المتحدة، لدى تونس), not when something happened (لدى وصوله، لدى إجابته)?"""
        nxt = self.view.next_word(j)
        return nxt is not None and nxt.kind == "w" and (
            self.is_role(nxt) or self.is_org(nxt) or self.lex.country(nxt.norm) is not None)

    def _extend_to_foreign_name(self, span: Tuple[int, int], gap_end: int) -> Tuple[int, int]:
        """`وقال النجم البرتغالي كريستيانو رونالدو إن`: after a title and its nisba, one to
        three unknown indefinite words that fill the gap up to the complementizer are the
        person's name (the given-name list cannot know every foreign name)."""
        words = self.words
        last = gap_end
        while last > span[1] and words[last].kind == "p" and words[last].text in COMMAS:
            last -= 1
        if last <= span[1] or last - span[1] > 3 or words[span[1]].norm not in self.lex.nisba \
                or not self.is_role(words[span[0]]):
            return span
        rest = words[span[1] + 1:last + 1]
        manner = self.lex.extra_set("manner_nouns")

        def name_like(k: int, w: Word) -> bool:
            n = w.norm
            return w.kind == "w" and not n.startswith(("ال", "لل", "بال", "و", "ف")) and n[:1] != "ل" \
                and not (n[:1] == "ب" and (strip_article(n[1:]) in manner or self._bi_verbal_noun(w))) \
                and not self._ends_np(w) and not self._skip(w) and not self.is_role(w) \
                and not self.is_org(w) and n not in self.lex.nisba and not self.lex.country(n) \
                and not any(c.isdigit() for c in w.text) and not w.text.endswith(("ه", "ها", "هم")) \
                and not (self._accusative(w) and (k == 0 or len(rest) == 1))  # مجددا; غوارديولا
        if all(name_like(k, w) for k, w in enumerate(rest)):
            return span[0], last
        return span

    def _extend_with_pps(self, span: Tuple[int, int], gap_end: int) -> Tuple[int, int]:
        """`الباحثون في مرصد أيسو الأوروبي بمدينة جارشينج إنهم`، `مقربون من إيمانويل ماكرون`:
        prepositional modifiers that run up to the complementizer belong to the speaker (a
        title, a body or a group: علماء من جامعة ليفربول، عاملون في المحمية; not a surname,
        whose PP is where it spoke: ترامب في بيانه). Only
        when they fill the gap, and never through an event or time (في تصريح لـ…، خلال ندوة)."""
        words = self.words
        head = words[span[0]]
        group = span[0] == span[1] and (head.norm.endswith("ون") or self._expert(head)
                                        or self._plural(head))  # not الحرشاني في إجابته
        if span[1] >= gap_end or not (self.is_role(head) or self.is_org(head) or group):
            return span
        last = gap_end
        while last > span[1] and words[last].kind == "p" and words[last].text in COMMAS:
            last -= 1
        if last - span[1] > MAX_NP or last <= span[1] + 1 or words[last].norm in self.lex.prepositions:
            return span  # حذر X من أن: من belongs to the complementizer
        first = words[span[1] + 1]
        if self._discourse_pp(first.i) or self._other_hand(first.i):
            return span  # وبينت الوكالة | من جهة أخرى أن
        if first.kind == "w" and first.norm == "لدي" and not self._posted_at(first.i):
            return span  # وزير النقل | لدى إجابته: "upon his answer", a time
        if not (first.kind == "w" and (first.norm in _MEMBER_PREPS + ("لدي",)
                                       or (first.norm[:1] == "ب" and not first.norm.startswith("بال")
                                           and len(first.norm) > 3))):
            return span
        events = self.lex.extra_set("event_nouns")
        for w in words[span[1] + 1:last + 1]:
            if w.kind == "q" or self._abbreviation_dot(w.i):
                continue  # مرصد "أيسو"، عن حماس د. علاء الرفاتي
            if w.kind != "w" or w.i in self.cue_words or self._skip(w) or w.norm in _CIRCUMSTANTIAL \
                    or w.norm in self.lex.complementizers or w.norm in RELATIVES:
                return span
            bare = strip_article(w.norm[1:] if w.norm[:1] in "بل" and not w.norm.startswith("ال") else w.norm)
            if bare in events or strip_article(w.norm) in events \
                    or any(x in events for x in unsuffixed(bare)) \
                    or any(x in events for x in unsuffixed(w.norm)):  # في خطابه، في كلمتها، في بيانها
                return span
        return span[0], last

    def char_span(self, span: Tuple[int, int], cue: Optional[Dict[str, Any]]) -> Tuple[int, int]:
        """Character offsets of an NP, without a preposition glued to its first word
        (وفقا لوزارة الصحة -> وزارة الصحة; للرئيس keeps its لل, which swallowed the ا of ال)."""
        start, end = self.words[span[0]].start, self.words[span[1]].end
        first = self.words[span[0]]
        n = first.norm
        if cue is not None and cue.get("prefix") and n.startswith(cue["prefix"]) \
                and not n.startswith("لل"):
            start += len(cue["prefix"])  # طبقا لمصادر أمنية -> مصادر أمنية
            self._stripped[span[0]] = start
        elif span[0] in self._stripped:
            start = self._stripped[span[0]]
        elif n[:1] in ("ل", "ب") and not n.startswith(("لل", "ال")) and len(n) > 3:
            rest = strip_article(n[1:])
            if (rest in self.lex.roles or rest in self.lex.orgs) and n not in self.given_names:
                start += 1
        return start, end

    def run(self) -> List[Dict[str, Any]]:
        # a definite verbal noun inside a name is no cue to stop at (معهد الصحافة وعلوم الإخبار،
        # الادعاء العام), unless it introduces a clause (نقل موقع X عن الجمعية القول إن)
        self.cue_words = {j for c in self.cues for j in range(c["w0"], c["w1"] + 1)
                          if not (c["type"] == "noun" and self.words[c["w0"]].norm.startswith("ال")
                                  and not self._introduces(c["w1"]))}
        self.noun_cue_words = {c["w0"] for c in self.cues if c["type"] == "noun"}
        self.pp_mentions: set = set()
        self._named_objects: set = set()
        self._stripped: Dict[int, int] = {}
        self.mentions = self.scan_mentions()
        self._mention_starts = [self.words[m[0]].start for m in self.mentions]
        linked = {c["cue"] for c in self.contents if c.get("cue") is not None}
        in_content = Intervals((c["start"], c["end"]) for c in self.contents)
        pending = [(cue["start"], span, cue) for k, cue in enumerate(self.cues)
                   if k not in linked and not in_content.covers(cue["start"])
                   and (span := self.cue_subject(cue)) is not None
                   and (self._mention_like(span) or self._name_then_title(self.np_words(span)))]
        relatives = self.relative_subjects()
        # وهو ما نفاه الاتحاد: named as a subject, even if definite, when its fuller mention is
        # found (a bare الشركة with no antecedent is left alone)
        self._topics.update(r for r in relatives if not self.is_backref(r) or self.fuller_mention(r))
        pending += [(self.words[span[0]].start, span, None)
                    for span in self.sentence_subjects() + relatives
                    if not in_content.covers(self.words[span[0]].start)]
        pending.sort(key=lambda item: item[0])
        next_pending = 0
        records: List[Dict[str, Any]] = []
        last_entity: Optional[Entity] = None
        last_end = -1
        for content in self.contents:
            cue = self.cues[content["cue"]] if content.get("cue") is not None else None
            if cue is not None and content.get("feats"):
                cue = {**cue, "feats": content["feats"]}
            pos = cue["start"] if cue else content["start"]
            while next_pending < len(pending) and pending[next_pending][0] < pos:
                _, sspan, scue = pending[next_pending]
                next_pending += 1
                start = self.words[sspan[0]].start
                if sspan in self._topics:  # أما الجبهة الشعبية، … فقد: the new focus, even if definite
                    ent = self.antecedent(start, scue, backref=sspan) if self.is_backref(sspan) else None
                    ent = ent or self.entity_for(sspan, scue)
                    ent.last_pos = max(ent.last_pos, start)
                elif not self.is_backref(sspan):
                    self.entity_for(sspan, scue).last_pos = start
                elif (ent := self.antecedent(start, scue, backref=sspan)) is not None:
                    ent.last_pos = max(ent.last_pos, start)  # ونبهت المنظمة في البلاغ: named again
            # a report inside another's words leaves the reporter the one the next dropped
            # subject goes on with: whatever its speaker's entity learns, not its recency
            recency = {id(e): e.last_pos for e in self.entities} if content.get("nested") else None
            span = self.speaker_span(content, cue)
            if span is not None and self.evidence(span) and not (cue and cue["type"] == "according_to") \
                    and not self._study_speaks(span, cue):
                continue  # بيّنت الأبحاث أن…: evidence, not a speaker (but وفقا لدراسة… is a source)
            speaker = self.char_span(span, cue) if span else None
            entity, confidence = None, 0.9 if content["kind"] == "direct" else 0.85
            issuer = self.document_issuer(span, came_in=bool(cue) and cue["lemma"] == "جاء") \
                if span is not None else None
            if issuer is not None:  # وأضاف البيان / وقال بيان الاتحاد: the issuer speaks
                entity = issuer if isinstance(issuer, Entity) else self.entity_for(issuer, cue)
            elif span is not None and (guest := self._guest(span, pos, cue)) is not None:
                entity = guest  # وقال ضيف "بوليتيكا": the person the programme hosted
            elif span is not None and self.is_backref(span):
                if last_entity is not None and any(self._marker(w) for w in self.np_words(span)):
                    entity = last_entity  # المصدر ذاته / نفس المصدر: the source just quoted
                elif self._generic_speaker(span) and (person := self._latest_person(span, pos)):
                    # ولاحظ المتدخل: the person who took the floor last, also when the text
                    # named him as the subject of a verb that reports nothing (قدم الدكتور X حصيلة)
                    entity = person
                else:
                    entity = self.antecedent(pos, cue, backref=span)
                    if entity is None and self._generic_source(span):
                        entity = last_entity
                    elif entity is None and (person := self._recent_person(span, pos, cue)):
                        entity = person  # وأضاف المسؤول: the official just quoted
                    elif entity is None and self._generic_body(span):
                        entity = self._recent_body(pos)  # وفندت المنظمة: the body just named (الاتحاد)
                    entity = entity or self.entity_for(span, cue)
                confidence -= 0.1
            elif span is not None:
                known = len(self.entities)
                entity = self.entity_for(span, cue)
                if cue is not None and cue["type"] == "according_to" and self.evidence(span) \
                        and len(self.entities) > known:  # new, not merged into a body named in it
                    entity.evidence = True
            elif cue is None:
                if last_entity is not None and content["start"] - last_end < 1500:
                    entity, confidence = last_entity, 0.5
            else:
                entity = self.antecedent(pos, cue)
                gender = Lexicon.gender_of(cue.get("feats", ""))
                if entity is None or (gender in ("male", "female") and not self._agrees(entity, gender)):
                    # no earlier source, or none of its gender: the sentence's own subject
                    # (ألقى المرزوقي كلمة… كما ألقت إيرينا بوكوفا كلمة صرحت فيها بأن)
                    fallback = self.mention_before(cue["w0"], cue)
                    if fallback is not None and (entity is None or (
                            self.words[fallback[0]].sent == self.words[cue["w0"]].sent
                            and self.describe(fallback, None)["gender"] == gender)):
                        entity = self.entity_for(fallback, cue)
                confidence -= 0.2
            if entity is None and cue is None:
                continue  # a floating quotation with nobody to attribute it to
            if not content.get("core", True):
                confidence = min(confidence, 0.5)
            records.append(self.record(content, cue, speaker, entity, confidence))
            if recency is not None:
                for e in self.entities:
                    e.last_pos = recency.get(id(e), -1)
            elif entity is not None and not entity.evidence:
                # the mention itself, not only the cue before it: قال رئيس الجمهورية، الباجي قايد
                # السبسي is more recent than the subject "رئيس الجمهورية" found inside it
                mention = self.words[span[1]].start if span is not None else pos
                entity.last_pos = max(entity.last_pos, pos, mention)
                last_entity, last_end = entity, content["end"]
        return records

    def record(self, content, cue, speaker, entity: Optional[Entity], confidence) -> Dict[str, Any]:
        source = None
        if entity is not None:
            start, end = self.char_span(entity.best, None)
            info = dict(entity.info)
            if not entity.is_org and not info.get("gender") and cue is not None:
                g = Lexicon.gender_of(cue.get("feats", ""))
                info["gender"] = g if g in ("male", "female") else None
            glued = self.view.text[self.words[entity.best[0]].start:start]
            for key in ("name", "role"):  # طبقا لمعطيات X: the name is معطيات X
                if glued and info.get(key) and info[key].startswith(glued):
                    info[key] = info[key][len(glued):]
            source = {"start": start, "end": end, **{k: info.get(k) for k in
                                                     ("name", "role", "affiliation", "gender")}}
        return {
            "kind": content["kind"],
            "content": [content["start"], content["end"]],
            "cue": [cue["start"], cue["end"]] if cue else None,
            "cue_type": cue["type"] if cue else None,
            "cue_lemma": cue["lemma"] if cue else None,
            "speaker": list(speaker) if speaker else None,
            "source": source,
            "confidence": round(max(0.05, confidence), 3),
            "core": bool(content.get("core", True)),
        }


def link_sources(view: TextView, lexicon: Lexicon, cues, contents,
                 parsed_subjects=None) -> List[Dict[str, Any]]:
    return SourceRules(view, lexicon, cues, contents, parsed_subjects).run()


class SourceLinker(LexiconPipe):
    """Speakers and sources for each content; writes `doc._.attrib_records`."""

    def process(self, doc: Doc) -> None:
        contents = doc._.attrib_content_data
        if contents is None:
            raise ValueError(
                f"'{self.name}' needs 'attribution_cues' and 'attribution_contents' before it "
                "(or use nlp.add_pipe('attribution'), which adds all stages)"
            )
        records = link_sources(view_of(doc.text), self.lexicon, doc._.attrib_cue_data, contents,
                               subjects(doc) if self.use_syntax else None)
        set_records(doc, records)


@Language.factory(
    "attribution_sources",
    default_config={
        "lexicon": {"@misc": "spacy_attrib.lexicon.v1", "lang": "ar", "extra": {}},
        "scorer": {"@scorers": "spacy_attrib.attribution_scorer.v1"},
        "use_syntax": True,
    },
    requires=["doc._.attrib_cue_data", "doc._.attrib_content_data"],
    assigns=["doc._.attrib_records", "doc.spans"],
)
def make_source_linker(nlp: Language, name: str, lexicon: Lexicon,
                       scorer: Optional[Callable], use_syntax: bool) -> SourceLinker:
    """Speaker mentions, antecedents and source descriptions (with the parse's subjects
    where the rules find none, if `use_syntax` and the pipeline parses)."""
    return SourceLinker(nlp, name, lexicon, scorer, use_syntax)
