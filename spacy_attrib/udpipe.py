"""UDPipe backend: a spaCy tokenizer whose `Doc` text is exactly the input.

spacy-udpipe rebuilds the text as `" ".join(sentence texts)`, which loses double
spaces, newlines, tabs, NBSP and leading/trailing whitespace, and writes the
syntactic words of multi-word tokens (للسلطة → ل + السلطة) as if they were the
text. This tokenizer runs `ufal.udpipe` with the "ranges" tokenizer option and
builds the `Doc` from the surface token ranges (`TokenRange=start:end`):

- **Text.** `words` are exact substrings of the input. A gap of exactly one
  space between two tokens is the previous token's trailing space; any other gap
  (two spaces, a newline, a tab, NBSP, leading or trailing whitespace) becomes a
  token of its own (`pos_ == "SPACE"`), as spaCy's own tokenizer does. So
  `doc.text == text` and `token.idx` indexes the input, always.
- **Multi-word tokens** (PADT style: وقال = و + قال، بحسب = ب + حسب،
  للسلطة = ل + السلطة، بلاده = بلاد + ه) stay one surface token. The token
  carries the `lemma_`, `pos_`, `tag_` and `morph` of its *main word*: the first
  content word (noun, verb, adjective, proper noun, number…), or the word that
  attaches the token to the rest of the sentence when all its words are
  function words (وإن، بحسب). Its `head` and `dep_` come from the word that
  attaches the token to the sentence (the word whose head lies outside the
  token), so the token tree is a valid tree. All syntactic words are kept in
  `token._.udpipe_words`: a list of `UDWord(form, lemma, upos, xpos, feats,
  head, head_word, deprel)`, where `head` is the index of the surface token that
  holds the head word (-1 for the root) and `head_word` the word's position
  inside that token. For a single-word token the list is built from the token
  itself. Models that split clitics on the surface (the UD Arabic-PUD model:
  و + قال with SpaceAfter=No) give one token per word and need none of this.
- **Sentences** are UDPipe's: every UDPipe sentence is one tree (one root), so
  `doc.sents` follows UDPipe; whitespace tokens attach to the previous token.

The ufal model is loaded lazily, once per process and path (`_MODELS`). The
tokenizer pickles as its model *path* and options, never the ufal `Model`
(which cannot be pickled), so `nlp.pipe(n_process=2)` works under fork, spawn
and forkserver. `to_disk`/`to_bytes` store a copy of the model with the pipeline
(`tokenizer/model.udpipe`) unless the tokenizer is created with
`store_model = false`, in which case only the model path is saved and the model
must exist at that path where the pipeline is loaded.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, Iterator, List, NamedTuple, Optional, Tuple, Union

import srsly
from spacy.tokens import Doc
from spacy.util import SimpleFrozenList, ensure_path, registry
from spacy.vocab import Vocab

ENV_VAR = "SPACY_ATTRIB_UDPIPE_MODEL"
MODEL_FILE = "model.udpipe"
CFG_FILE = "cfg.json"
WORDS_KEY = "udpipe_mwt"  # doc._.udpipe_mwt: {token index: [word rows]} (plain data)
AUTO = "auto"  # model = "auto": $SPACY_ATTRIB_UDPIPE_MODEL, then a spacy_udpipe download

# Universal POS of words that never make the main word of a multi-word token
# while a content word is present (و، ب، ل، ال، ه، أن…).
FUNCTION_UPOS = frozenset({"ADP", "CCONJ", "SCONJ", "PART", "DET", "PRON", "PUNCT", "AUX"})


class UDPipeModelNotFound(ValueError):
    """No UDPipe model at the configured path, in the env var or in spacy_udpipe's folder."""


class UDWord(NamedTuple):
    """One syntactic word of a surface token (see the module docstring)."""

    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int  # surface token index of the head word, -1 for the root
    head_word: int  # position of the head word inside that token
    deprel: str


# --- model lookup and loading ---------------------------------------------------


def how_to_get_a_model() -> str:
    return ("get one with `python -c \"import spacy_udpipe; spacy_udpipe.download('ar')\"` on a machine "
            "with internet (it lands in spacy_udpipe's models/ folder, found automatically), or train one "
            "with `spacy project run train-udpipe`; then pass --udpipe-model PATH (CLI), "
            "spacy_attrib.load(udpipe_model=PATH), [paths] udpipe_model (config) "
            f"or set {ENV_VAR}")


def _downloaded_model(lang: str) -> Optional[Path]:
    """The model `spacy_udpipe.download(lang)` stored, if any (no exception when absent)."""
    try:
        from spacy_udpipe.utils import LANGUAGES, MODELS_DIR
    except ImportError:
        return None
    name = LANGUAGES.get(lang)
    path = Path(MODELS_DIR) / name if name else None
    return path if path is not None and path.is_file() else None


def resolve_model_path(model: Union[str, Path, None], lang: str = "ar") -> Path:
    """The UDPipe model file to use: `model` if it is a path; for None or "auto",
    $SPACY_ATTRIB_UDPIPE_MODEL, then the model `spacy_udpipe.download(lang)` stored.
    Raises `UDPipeModelNotFound` (a ValueError) with instructions otherwise."""
    tried: List[str] = []
    if model is not None and str(model) not in ("", AUTO):
        path = Path(model).expanduser()
        if path.is_file():
            return path
        raise UDPipeModelNotFound(f"UDPipe model {str(model)!r} not found: {how_to_get_a_model()}")
    env = os.environ.get(ENV_VAR)
    if env:
        path = Path(env).expanduser()
        if path.is_file():
            return path
        tried.append(f"{ENV_VAR}={env} (no such file)")
    downloaded = _downloaded_model(lang)
    if downloaded is not None:
        return downloaded
    tried.append(f"no spacy_udpipe download for {lang!r}")
    raise UDPipeModelNotFound(f"no UDPipe model found ({'; '.join(tried)}): {how_to_get_a_model()}")


_MODELS: Dict[str, Any] = {}
_MODELS_LOCK = threading.Lock()


def load_udpipe_model(path: Union[str, Path]) -> Any:
    """The ufal.udpipe `Model` at `path`, loaded once per process."""
    key = str(Path(path).resolve())
    with _MODELS_LOCK:
        if key not in _MODELS:
            try:
                from ufal.udpipe import Model
            except ImportError as err:
                raise ImportError("the UDPipe backend needs ufal.udpipe: pip install spacy-udpipe") from err
            if not Path(key).is_file():
                raise UDPipeModelNotFound(f"UDPipe model {str(path)!r} not found: {how_to_get_a_model()}")
            model = Model.load(key)
            if model is None:
                raise UDPipeModelNotFound(
                    f"{str(path)!r} is not a UDPipe 1 model file: {how_to_get_a_model()}")
            _MODELS[key] = model
        return _MODELS[key]


# --- UDPipe sentences -> surface tokens ---------------------------------------------


class _Surface(NamedTuple):
    start: int
    end: int
    words: List[Any]  # ufal Words (or anything with form/lemma/upostag/.../head/deprel)


def _range(token: Any) -> Optional[Tuple[int, int]]:
    if token.getTokenRange():
        return token.getTokenRangeStart(), token.getTokenRangeEnd()
    return None


def _surface_tokens(sentence: Any, text: str, cursor: int) -> List[_Surface]:
    """The surface tokens of one UDPipe sentence, each with its syntactic words.

    A multi-word token's range is on its `N-M` line; a plain word has its own.
    A token without a usable range (no range, or one that overlaps the previous
    token) is found by its form after `cursor`, or else merged into its neighbour,
    so that no word is lost and the ranges stay increasing."""
    words = list(sentence.words)[1:]  # words[0] is <root>
    mwts = {m.idFirst: m for m in sentence.multiwordTokens}
    out: List[_Surface] = []
    pending: List[Any] = []
    i = 1
    while i <= len(words):
        mwt = mwts.get(i)
        if mwt is not None and mwt.idLast >= i:
            token, members, i = mwt, words[i - 1:mwt.idLast], mwt.idLast + 1
        else:
            token, members, i = words[i - 1], [words[i - 1]], i + 1
        span = _range(token)
        if span is None or span[0] < cursor or span[1] > len(text) or span[1] <= span[0]:
            found = text.find(token.form, cursor) if token.form else -1
            span = (found, found + len(token.form)) if found >= 0 else None
        if span is None:
            if out:
                out[-1].words.extend(members)
            else:
                pending.extend(members)
            continue
        out.append(_Surface(span[0], span[1], pending + members))
        pending = []
        cursor = span[1]
    if pending and out:
        out[-1].words.extend(pending)
    return out


def _main_word(words: List[Any], inside: Callable[[int], bool]) -> Tuple[Any, Any]:
    """(main word, attaching word) of a surface token; see the module docstring."""
    outside = [w for w in words if w.head <= 0 or not inside(w.head)]
    attach = next((w for w in outside if w.head == 0), outside[0] if outside else words[0])
    content = next((w for w in words if w.upostag and w.upostag not in FUNCTION_UPOS), None)
    return (content or attach), attach


class _Builder:
    """Collects the arrays for `Doc(...)`."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words: List[str] = []
        self.spaces: List[bool] = []
        self.pos: List[str] = []
        self.tags: List[str] = []
        self.lemmas: List[str] = []
        self.morphs: List[str] = []
        self.deps: List[str] = []
        self.heads: List[int] = []
        self.sent_starts: List[bool] = []
        self.mwt: Dict[int, List[list]] = {}
        self.parsed = True
        self.end = 0  # end offset of what has been emitted

    def gap(self, upto: int) -> None:
        """Emit the text between the last token and `upto`: one plain space is a
        trailing space, anything else a token of its own."""
        gap = self.text[self.end:upto]
        if not gap:
            return
        if self.words and not self.spaces[-1] and gap[0] == " ":
            self.spaces[-1] = True
            gap = gap[1:]
        if gap:
            n = len(self.words)
            self._append(gap, "SPACE" if gap.isspace() else "X", "", "", "", "dep",
                         n - 1 if n else n + 1, sent_start=not n)
        self.end = upto

    def _append(self, word: str, pos: str, tag: str, lemma: str, morph: str, dep: str,
                head: int, sent_start: bool) -> None:
        self.words.append(word)
        self.spaces.append(False)
        self.pos.append(pos)
        self.tags.append(tag)
        self.lemmas.append(lemma)
        self.morphs.append(morph)
        self.deps.append(dep)
        self.heads.append(head)
        self.sent_starts.append(sent_start)

    def sentence(self, surface: List[_Surface]) -> None:
        first = len(self.words)
        if surface:
            self.gap(surface[0].start)
        leading_ws = first == 0 and len(self.words) == 1  # the doc starts with whitespace
        token_of: Dict[int, Tuple[int, int]] = {}  # word id -> (token index, position in token)
        indices: List[int] = []  # whitespace tokens between words shift the indices
        for k, tok in enumerate(surface):
            if k:
                self.gap(tok.start)
            indices.append(len(self.words))
            for j, w in enumerate(tok.words):
                token_of[w.id] = (len(self.words), j)
            self._append(self.text[tok.start:tok.end], "", "", "", "", "", -1, sent_start=False)
            self.end = tok.end
        if not surface:
            return
        self.sent_starts[indices[0]] = not leading_ws
        if leading_ws:
            self.heads[first] = indices[0]
        self._fill(surface, indices, token_of)

    def _fill(self, surface: List[_Surface], indices: List[int],
              token_of: Dict[int, Tuple[int, int]]) -> None:
        root = None
        for tok, i in zip(surface, indices):
            main, attach = _main_word(tok.words, lambda h, i=i: token_of.get(h, (None,))[0] == i)
            self.pos[i] = main.upostag or ""
            self.tags[i] = main.xpostag or ""
            self.lemmas[i] = main.lemma or ""
            self.morphs[i] = main.feats or ""
            if attach.head < 0:  # the model has no parser
                self.parsed = False
            elif attach.head == 0 or attach.head not in token_of:
                root = i if root is None else root
                self.heads[i] = i if root == i else root
                self.deps[i] = "ROOT" if root == i else (attach.deprel or "dep")
            else:
                self.heads[i] = token_of[attach.head][0]
                self.deps[i] = attach.deprel or "dep"
            if len(tok.words) > 1 or any(token_of.get(w.head, (0, 0))[1] for w in tok.words):
                self.mwt[i] = [_word_row(w, token_of) for w in tok.words]
        if self.parsed:
            self._break_cycles(indices, indices[0] if root is None else root)

    def _break_cycles(self, indices: List[int], root: int) -> None:
        """Collapsing words into tokens can make a cycle when a token's words attach
        to different places; re-attach such a token to the sentence root."""
        if self.heads[root] != root:
            self.heads[root], self.deps[root] = root, "ROOT"
        for i in indices:
            seen = set()
            j = i
            while self.heads[j] != j and j not in seen:
                seen.add(j)
                j = self.heads[j]
            if j in seen:  # j is on the cycle
                self.heads[j] = root

    def doc(self, vocab: Vocab) -> Doc:
        if not self.words:
            return Doc(vocab)
        if self.parsed and all(h >= 0 for h in self.heads):
            return Doc(vocab, words=self.words, spaces=self.spaces, pos=self.pos, tags=self.tags,
                       lemmas=self.lemmas, morphs=self.morphs, heads=self.heads, deps=self.deps)
        return Doc(vocab, words=self.words, spaces=self.spaces, pos=self.pos, tags=self.tags,
                   lemmas=self.lemmas, morphs=self.morphs, sent_starts=self.sent_starts)


def _word_row(w: Any, token_of: Dict[int, Tuple[int, int]]) -> list:
    head, head_word = token_of.get(w.head, (-1, 0)) if w.head > 0 else (-1, 0)
    return [w.form, w.lemma or "", w.upostag or "", w.xpostag or "", w.feats or "", head, head_word,
            ("ROOT" if w.deprel == "root" else w.deprel) or ""]


def udpipe_sentences(model: Any, text: str, tag: bool = True, parse: bool = True) -> Iterator[Any]:
    """Run UDPipe over `text` with exact token ranges; yield its sentences."""
    from ufal.udpipe import ProcessingError, Sentence

    tokenizer = model.newTokenizer("ranges")
    if tokenizer is None:
        raise ValueError("this UDPipe model has no tokenizer; the UDPipe backend needs one")
    tokenizer.setText(text)
    error = ProcessingError()
    sentence = Sentence()
    while tokenizer.nextSentence(sentence, error):
        if tag:
            model.tag(sentence, model.DEFAULT)
        if parse and tag:
            model.parse(sentence, model.DEFAULT)
        yield sentence
        sentence = Sentence()
    if error.occurred():
        raise ValueError(f"UDPipe failed: {error.message}")


def doc_from_sentences(vocab: Vocab, text: str, sentences: Iterable[Any]) -> Doc:
    """Build a `Doc` whose text is `text` from UDPipe sentences with token ranges."""
    builder = _Builder(text)
    for sentence in sentences:
        builder.sentence(_surface_tokens(sentence, text, builder.end))
    builder.gap(len(text))
    if builder.words and builder.heads[-1] < 0:  # trailing whitespace after the last sentence
        builder.heads[-1] = len(builder.words) - 2 if len(builder.words) > 1 else 0
    if len(builder.words) == 1 and builder.heads[0] != 0:  # whitespace-only text
        builder.heads[0], builder.sent_starts[0], builder.parsed = 0, True, False
    doc = builder.doc(vocab)
    if builder.mwt:
        doc._.udpipe_mwt = builder.mwt
    return doc


# --- the tokenizer --------------------------------------------------------------------


class UDPipeTokenizer:
    """A spaCy tokenizer running UDPipe (tokenizer, tagger, parser) with exact offsets.

    `model` is a UDPipe model path, or None/"auto" for $SPACY_ATTRIB_UDPIPE_MODEL or
    the model `spacy_udpipe.download(lang)` stored. The model file is looked up and
    loaded on first use, so a pipeline can be built or loaded before the model is
    in place; `check()` looks it up at once.
    """

    def __init__(self, vocab: Vocab, model: Union[str, Path, None] = None, *, lang: str = "ar",
                 tag: bool = True, parse: bool = True, store_model: bool = True) -> None:
        from .extensions import register_extensions

        register_extensions()
        self.vocab = vocab
        self.model = None if model is None else str(model)
        self.lang = lang
        self.tag = tag
        self.parse = parse
        self.store_model = store_model
        self._stored: Optional[Path] = None  # the copy saved with the pipeline, if any

    # pickling (n_process > 1 with spawn/forkserver): the path, never the ufal Model
    def __reduce__(self):
        return (_rebuild, (self.vocab, self.model, self.lang, self.tag, self.parse,
                           self.store_model, None if self._stored is None else str(self._stored)))

    @property
    def model_path(self) -> Path:
        """The model file this tokenizer uses (the stored copy first)."""
        if self._stored is not None and self._stored.is_file():
            return self._stored
        return resolve_model_path(self.model, self.lang)

    def initialize(self, get_examples: Optional[Callable] = None, *, nlp: Any = None,
                   model: Optional[str] = None) -> None:
        """`nlp.initialize()` / `spacy assemble`: take the model path from
        `[initialize.tokenizer] model` (where `${paths.udpipe_model}` is interpolated;
        `[nlp.tokenizer]` is not) and check that the model loads."""
        if model:
            self.model = str(model)
            self._stored = None
        self.check()

    def check(self) -> UDPipeTokenizer:
        """Find and load the model now; raises `UDPipeModelNotFound` with instructions."""
        load_udpipe_model(self.model_path)
        return self

    def __call__(self, text: str) -> Doc:
        model = load_udpipe_model(self.model_path)
        return doc_from_sentences(self.vocab, text, udpipe_sentences(model, text, self.tag, self.parse))

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    # serialisation -----------------------------------------------------------------

    def _cfg(self) -> Dict[str, Any]:
        return {"model": self.model, "lang": self.lang, "tag": self.tag, "parse": self.parse,
                "store_model": self.store_model}

    def _set_cfg(self, cfg: Dict[str, Any]) -> None:
        for key in ("model", "lang", "tag", "parse", "store_model"):
            if key in cfg:
                setattr(self, key, cfg[key])

    def to_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = SimpleFrozenList()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        cfg = self._cfg()
        if self.store_model:
            source = self.model_path
            target = path / MODEL_FILE
            if source.resolve() != target.resolve():
                shutil.copyfile(source, target)
            cfg["stored_model"] = MODEL_FILE
        else:  # a reference only: make it work from any working directory
            cfg["model"] = str(self.model_path.resolve())
        srsly.write_json(path / CFG_FILE, cfg)

    def from_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = SimpleFrozenList()):
        path = ensure_path(path)
        if (path / CFG_FILE).is_file():
            self._set_cfg(srsly.read_json(path / CFG_FILE))
        stored = path / MODEL_FILE
        self._stored = stored.resolve() if stored.is_file() else None
        return self

    def to_bytes(self, *, exclude: Iterable[str] = SimpleFrozenList()) -> bytes:
        data = self.model_path.read_bytes() if self.store_model else None
        return srsly.msgpack_dumps({"cfg": self._cfg(), "model": data})

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = SimpleFrozenList()):
        msg = srsly.msgpack_loads(bytes_data)
        self._set_cfg(msg.get("cfg", {}))
        self._stored = _cache_model_bytes(msg["model"]) if msg.get("model") else None
        return self


def _rebuild(vocab, model, lang, tag, parse, store_model, stored) -> UDPipeTokenizer:
    tokenizer = UDPipeTokenizer(vocab, model, lang=lang, tag=tag, parse=parse, store_model=store_model)
    tokenizer._stored = Path(stored) if stored else None
    return tokenizer


def _cache_model_bytes(data: bytes) -> Path:
    """ufal.udpipe loads models from files only: keep bytes in a file named by their hash."""
    folder = Path(tempfile.gettempdir()) / "spacy_attrib_udpipe"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{hashlib.sha256(data).hexdigest()[:32]}.udpipe"
    if not path.is_file() or path.stat().st_size != len(data):
        fd, tmp = tempfile.mkstemp(dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    return path


@registry.tokenizers("spacy_attrib.UDPipeTokenizer.v1")
def create_udpipe_tokenizer(model: Optional[str] = None, lang: Optional[str] = None, tag: bool = True,
                            parse: bool = True, store_model: bool = True
                            ) -> Callable[[Any], UDPipeTokenizer]:
    """UDPipe tokenizer, tagger and parser with exact offsets (see the module docstring).

    model (Optional[str]): path of a UDPipe 1 model; None or "auto" for
        $SPACY_ATTRIB_UDPIPE_MODEL, then the model `spacy_udpipe.download(lang)` stored.
    lang (Optional[str]): language for the spacy_udpipe download lookup; default `nlp.lang`.
    tag (bool): run the tagger and lemmatizer. parse (bool): run the parser.
    store_model (bool): save a copy of the model with the pipeline (to_disk/to_bytes);
        False saves only the path.
    """

    def make(nlp) -> UDPipeTokenizer:
        return UDPipeTokenizer(nlp.vocab, model, lang=lang or nlp.lang, tag=tag, parse=parse,
                               store_model=store_model)

    return make
