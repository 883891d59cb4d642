"""Shared fixtures: the ready pipeline, a blank Arabic pipeline, the raw corpus."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Iterator, Optional

import pytest
import spacy
from helpers import REPO_ROOT
from spacy.language import Language

import spacy_attrib

CORPUS_ENV = "SPACY_ATTRIB_CORPUS"
UDPIPE_ENV = "SPACY_ATTRIB_UDPIPE_MODEL"
# Modules whose `nlp` tests run against both pipelines: blank (spaCy's tokenizer) and UDPipe.
BOTH_PIPELINES = {"test_cues", "test_contents", "test_sources"}


def udpipe_model_path() -> Optional[Path]:
    """The UDPipe test model: $SPACY_ATTRIB_UDPIPE_MODEL or ../shared/models/ar_pud.udpipe."""
    path = Path(os.environ.get(UDPIPE_ENV) or REPO_ROOT.parent / "shared" / "models" / "ar_pud.udpipe")
    return path if path.is_file() else None


@cache
def _pipeline(backend: str) -> Language:
    if backend == "udpipe":
        return spacy_attrib.load(udpipe_model=str(udpipe_model_path()))
    return spacy_attrib.load()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "nlp" in metafunc.fixturenames and metafunc.module.__name__ in BOTH_PIPELINES:
        params = ["blank", pytest.param("udpipe", marks=pytest.mark.udpipe)]
        metafunc.parametrize("nlp", params, indirect=True, scope="session")


@pytest.fixture(scope="session")
def nlp(request: pytest.FixtureRequest) -> Language:
    """`spacy_attrib.load()`: spacy.blank("ar") + the "attribution" component; in the
    BOTH_PIPELINES modules also the UDPipe pipeline (skipped without a UDPipe model)."""
    backend = getattr(request, "param", "blank")
    if backend == "udpipe" and udpipe_model_path() is None:
        pytest.skip(f"no UDPipe model at ../shared/models/ar_pud.udpipe (set {UDPIPE_ENV})")
    return _pipeline(backend)


@pytest.fixture(scope="session")
def udpipe_model() -> Path:
    """Path of the UDPipe test model; tests that need it are skipped when it is absent."""
    path = udpipe_model_path()
    if path is None:
        pytest.skip(f"no UDPipe model at ../shared/models/ar_pud.udpipe (set {UDPIPE_ENV})")
    return path


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
