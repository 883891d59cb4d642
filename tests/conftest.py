"""Shared fixtures: the ready pipeline, a blank Arabic pipeline, the raw corpus."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

import pytest
import spacy
from helpers import REPO_ROOT
from spacy.language import Language

import spacy_attrib

CORPUS_ENV = "SPACY_ATTRIB_CORPUS"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """`spacy_attrib.load()`: spacy.blank("ar") + the "attribution" component."""
    return spacy_attrib.load()


@pytest.fixture(scope="session")
def _blank_session() -> Language:
    return spacy.blank("ar")


@pytest.fixture
def blank(_blank_session: Language) -> Iterator[Language]:
    """A shared spacy.blank("ar"); pipes a test adds are removed afterwards (negspacy style)."""
    before = list(_blank_session.pipe_names)
    yield _blank_session
    for name in list(_blank_session.pipe_names):
        if name not in before:
            _blank_session.remove_pipe(name)


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The raw article JSONL folder: ../shared/corpus from the repository root, or
    $SPACY_ATTRIB_CORPUS. Tests that need it are skipped when it is absent."""
    path = Path(os.environ.get(CORPUS_ENV) or REPO_ROOT.parent / "shared" / "corpus")
    if not path.is_dir():
        pytest.skip(f"raw corpus not found at {path} (set {CORPUS_ENV})")
    return path
