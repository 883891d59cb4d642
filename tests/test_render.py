"""The HTML views without a browser: structure, escaping, colours, anchors, the corpus report."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
import types
from html.parser import HTMLParser
from pathlib import Path

import pytest
from helpers import REPO_ROOT
from spacy import displacy, registry

import spacy_attrib
from spacy_attrib.render import (
    COLORS,
    COMBINED_KEY,
    add_display_spans,
    attribution_anchor,
    displacy_data,
    doc_anchor,
    item,
    iter_sections,
    page_html,
    render_items,
    span_options,
)
from spacy_attrib.report import collect, read_results, report_html

TEXT = ('وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات كانت بناءة.\n\n'
        'وأضاف: «سنواصل العمل مع شركائنا».')


class Tags(HTMLParser):
    """Collects start tags with their attributes; fails on nothing (HTML is lenient)."""

    def __init__(self) -> None:
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def find(self, tag=None, **attrs):
        return [a for t, a in self.tags if (tag is None or t == tag)
                and all(a.get(k.rstrip("_")) == v or (k == "class_" and v in (a.get("class") or "").split())
                        for k, v in attrs.items())]


def parse(markup: str) -> Tags:
    parser = Tags()
    parser.feed(markup)
    return parser


@pytest.fixture
def doc(nlp):
    doc = nlp(TEXT)
    doc.user_data["id"] = "ru-1"
    return doc


def test_render_fragment_structure(doc):
    records = [a.to_dict() for a in doc._.attributions]
    assert len(records) == 2
    html = spacy_attrib.render(doc, jupyter=False)
    tags = parse(html)
    root = tags.find("div", class_="attrib-root")[0]
    assert root["dir"] == "rtl" and root["lang"] == "ar"
    section = tags.find("section")[0]
    assert section["id"] == "doc-ru-1" and section["dir"] == "rtl"
    # one displaCy block per paragraph, each right to left
    assert html.count('class="spans"') == 2
    assert re.findall(r'class="spans" style="[^"]*direction: (\w+)', html) == ["rtl", "rtl"]
    # every attribution: a card, and labels linking to it
    for number in (1, 2):
        anchor = attribution_anchor("ru-1", number)
        assert tags.find("li", id=anchor), anchor
        assert tags.find("a", href=f"#{anchor}"), anchor
    labels = re.findall(r'class="attrib-label"[^>]*>(\w+)', html)
    assert sorted(labels) == sorted(["INDIRECT", "CUE", "SPEAKER", "DIRECT", "CUE", "SOURCE"])
    # the links view: content <- cue <- source with role and affiliation
    assert "سيرغي لافروف" in html and "وزير الخارجية الروسي" in html and "روسيا" in html
    assert "legend" in html and all(label in html for label in COLORS)


def test_standalone_page_has_no_network_resources(doc):
    page = spacy_attrib.render([doc], page=True)
    assert page.startswith("<!DOCTYPE html>") and '<html lang="ar" dir="rtl">' in page
    assert '<meta charset="utf-8">' in page
    assert not re.search(r"(src|href)\s*=\s*[\"']?\s*(https?:)?//", page)
    assert "@import" not in page and "url(" not in page and "<script" not in page
    assert "Noto Naskh Arabic" in page


def test_text_and_ids_are_escaped(nlp):
    text = 'قال الوزير إن <script>alert("x")</script> & <b>مرفوض</b>.'
    doc = nlp(text)
    html = spacy_attrib.render(doc, ids=['<img src=x onerror="1">'], jupyter=False)
    assert "<script>" not in html and "<b>مرفوض" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html
    assert 'onerror="1"' not in html


def test_entry_point_colours_reach_displacy():
    assert "spacy_attrib.displacy_colors.v1" in registry.displacy_colors.get_all()
    data = {"text": "قال الوزير", "tokens": ["قال", "الوزير"], "title": None,
            "spans": [{"start_token": 0, "end_token": 1, "label": "CUE"},
                      {"start_token": 1, "end_token": 2, "label": "SPEAKER"}]}
    html = displacy.render(data, style="span", manual=True, jupyter=False)  # no colours passed
    assert COLORS["CUE"] in html and COLORS["SPEAKER"] in html


def test_combined_span_group_with_plain_displacy(doc):
    add_display_spans(doc)
    assert {s.label_ for s in doc.spans[COMBINED_KEY]} == {"INDIRECT", "CUE", "SPEAKER", "DIRECT",
                                                            "SOURCE"}
    html = displacy.render(doc, style="span", options=span_options(), jupyter=False)
    assert "direction: rtl" in html and html.count('class="attrib-label"') == 6


def test_paragraphs_and_glued_punctuation():
    text = 'قال الوزير: «الكرة\n\nفي ملعبكم».'
    att = {"kind": "direct", "content": {"start": 13, "end": 29}, "cue": {"start": 0, "end": 3},
           "speaker": {"start": 4, "end": 10}, "source": None}
    data = displacy_data(text, [att], "doc-x")
    assert [d["tokens"] for d in data] == [["قال", "الوزير:", "«الكرة"], ["في", "ملعبكم»."]]
    first, second = data
    assert [(s["label"], s["start_token"], s["end_token"]) for s in first["spans"]] == [
        ("CUE", 0, 1), ("SPEAKER", 1, 2), ("DIRECT", 2, 3)]
    # the quotation goes on in the next paragraph, drawn (and labelled) there too
    assert [(s["label"], s["start_token"], s["end_token"]) for s in second["spans"]] == [("DIRECT", 0, 2)]
    assert all(d["settings"] == {"lang": "ar", "direction": "rtl"} for d in data)
    assert first["spans"][0]["kb_url"] == "#doc-x-a1"


def test_shared_cue_is_drawn_once_with_both_numbers():
    text = "قال الوزير إن الوضع مستقر وإن الحكومة مستعدة."
    cue, spk = {"start": 0, "end": 3}, {"start": 4, "end": 10}
    atts = [{"kind": "indirect", "content": {"start": 14, "end": 25}, "cue": cue, "speaker": spk},
            {"kind": "indirect", "content": {"start": 30, "end": 45}, "cue": cue, "speaker": spk}]
    html = render_items([item(text, atts, "d")])
    labels = re.findall(r'class="attrib-label"[^>]*>(\w+)', html)
    assert sorted(labels) == ["CUE", "INDIRECT", "INDIRECT", "SPEAKER"]
    assert re.search(r'href="#doc-d-a1">1,2</a>', html)


@pytest.mark.parametrize("text,atts", [
    ("", []),
    ("   \n\n  ", []),
    ("نص بلا اقتباس.", []),
    ("قصير", [{"kind": "odd", "content": {"start": 2, "end": 99}, "cue": {"start": -5, "end": 1},
              "speaker": {"start": "x"}, "source": {"start": 3, "end": 1}}]),
    ("قصير", [None, "x", {"content": None}]),
])
def test_odd_inputs_do_not_crash(text, atts):
    html = render_items([item(text, atts, "odd")])
    assert 'id="doc-odd"' in html


def test_odd_docs_do_not_crash(nlp):
    docs = [nlp(""), nlp("نص عادي بلا أي تصريح."), nlp("«")]
    html = spacy_attrib.render(docs, page=True)
    assert html.count("<section") == 3 and "No attributions found." in html


def test_huge_doc_renders_quickly_and_is_cut(nlp):
    paragraph = (REPO_ROOT / "corpus" / "examples" / "diplomacy.txt").read_text(encoding="utf8")
    doc = nlp("\n\n".join([paragraph] * 60))  # ~130k characters, ~500 attributions
    start = time.time()
    html = spacy_attrib.render(doc, jupyter=False, max_chars=50_000)
    assert time.time() - start < 30
    assert "text cut at 50,000" in html
    assert html.count('class="attrib-card"') == len(doc._.attributions)


def test_jupyter_display(doc, monkeypatch):
    shown = []
    fake = types.ModuleType("IPython.display")
    fake.HTML = lambda markup: ("HTML", markup)
    fake.display = shown.append
    monkeypatch.setitem(sys.modules, "IPython", types.ModuleType("IPython"))
    monkeypatch.setitem(sys.modules, "IPython.display", fake)
    assert spacy_attrib.render(doc, jupyter=True) is None
    kind, markup = shown[0]
    assert kind == "HTML" and 'dir="rtl"' in markup and "<style>" in markup


@pytest.mark.parametrize("doc_id,anchor", [
    ("diplomacy", "doc-diplomacy"), ("wikinews-001", "doc-wikinews-001"), (7, "doc-7"),
    ("مقال_1", "doc-مقال_1"),
])
def test_plain_anchors(doc_id, anchor):
    assert doc_anchor(doc_id) == anchor


def test_other_ids_get_a_stable_unique_anchor():
    a, b = doc_anchor("a b"), doc_anchor("a/b")
    assert a != b and a.startswith("doc-a-b-") and " " not in a
    assert doc_anchor("a b") == a and attribution_anchor("a b", 3) == f"{a}-a3"
    html = render_items([item("نص", [], "same"), item("نص", [], "same")])
    assert 'id="doc-same"' in html and 'id="doc-same~2"' in html


# --- report ------------------------------------------------------------------------------------


def _att(kind, name=None, affiliation=None, role=None):
    source = {"text": name, "start": 0, "end": 3, "name": name, "role": role,
              "affiliation": affiliation, "gender": None} if name else None
    return {"kind": kind, "content": {"start": 5, "end": 9, "text": "نص"}, "cue": None,
            "speaker": None, "source": source, "confidence": 0.8}


@pytest.fixture
def results(tmp_path) -> Path:
    rows = [
        {"id": "a", "attributions": [_att("direct", "أحمد ولد سيدي", "موريتانيا", "وزير الخارجية"),
                                     _att("indirect", "احمد ولد سيدي", "موريتانيا"),
                                     _att("indirect", "وزارة الخارجية", "السنغال")]},
        {"id": "b", "attributions": [_att("mixed", "أحمد ولد سيدي", "موريتانيا"), _att("direct")]},
        {"id": "c", "attributions": []},
    ]
    path = tmp_path / "results.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in rows] + ["{not json", '{"id": "x"}']
    path.write_text("\n".join(lines) + "\n", encoding="utf8")
    return path


def test_report_counts(results):
    stats = collect(read_results(results))
    assert stats.documents == 3 and stats.attributions == 5 and len(stats.skipped) == 2
    assert stats.kinds == {"direct": 2, "indirect": 2, "mixed": 1}
    top = stats.ranked(stats.sources)[0]
    # hamza variants of one name count together, shown in the most frequent spelling
    assert top.label == "أحمد ولد سيدي" and top.count == 3
    assert top.kinds == {"direct": 1, "indirect": 1, "mixed": 1} and top.docs == {"a": 1, "b": 1}
    affiliations = {g.label: g.count for g in stats.affiliations.values()}
    assert affiliations == {"موريتانيا": 3, "السنغال": 1, "(no affiliation)": 1}


def test_report_html(results):
    html = report_html(collect(read_results(results)), articles="articles.html")
    tags = parse(html)
    assert '<html lang="ar" dir="rtl">' in html
    assert len(tags.find("svg", class_="chart")) == 3 and len(tags.find("rect", class_="bar")) >= 5
    rows = re.findall(r"<tr><td class=\"num\">1</td><td>([^<]+)</td><td>([^<]*)</td><td>([^<]*)</td>"
                      r"<td class=\"num\">(\d+)</td>", html)
    assert rows[0] == ("أحمد ولد سيدي", "وزير الخارجية", "موريتانيا", "3")
    assert tags.find("a", href="articles.html#doc-a-a1") and tags.find("a", href="articles.html#doc-b")
    assert "40.0%" in html  # direct share of the corpus: 2 of 5
    assert "2 lines skipped" in html
    assert not re.search(r"(src|href)\s*=\s*[\"']?\s*(https?:)?//", html)


def test_report_links_match_render_anchors(tmp_path):
    """The CLI pair: `render` texts -> articles.html, `extract` + `report` -> report.html whose
    every link lands on an id of articles.html."""
    texts = tmp_path / "texts.jsonl"
    texts.write_text("\n".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in [
        ("one", TEXT), ("two words", 'قال المدرب: "لعبنا جيدا".'), ("three", "")]) + "\n",
        encoding="utf8")

    def run(*args):
        proc = subprocess.run([sys.executable, "-m", "spacy_attrib", *args], cwd=tmp_path,
                              capture_output=True, timeout=180)
        assert proc.returncode == 0, proc.stderr.decode()
        return proc

    run("render", "texts.jsonl", "-o", "articles.html")
    run("extract", "texts.jsonl", "-o", "results.jsonl")
    run("report", "results.jsonl", "-o", "report.html")
    articles = (tmp_path / "articles.html").read_text(encoding="utf8")
    report = (tmp_path / "report.html").read_text(encoding="utf8")
    ids = {a["id"] for _, a in parse(articles).tags if "id" in a}
    links = [a["href"].split("#", 1)[1] for _, a in parse(report).tags
             if a.get("href", "").startswith("articles.html#")]
    assert len(links) >= 4 and {"doc-one", doc_anchor("two words")} <= ids
    assert set(links) <= ids


def test_render_cli_reports_bad_records(tmp_path):
    (tmp_path / "in.jsonl").write_text('{"id": "ok", "text": "قال الوزير إن الوضع جيد."}\n{bad\n',
                                       encoding="utf8")
    proc = subprocess.run([sys.executable, "-m", "spacy_attrib", "render", "in.jsonl"], cwd=tmp_path,
                          capture_output=True, timeout=180)
    assert proc.returncode == 1 and b"not JSON" in proc.stderr
    assert 'id="doc-ok"' in proc.stdout.decode("utf8")


def test_sections_are_written_as_the_documents_come(nlp):
    """`render` writes its page while it reads: a section is out before the next document
    is even taken (here the next one raises)."""
    def items():
        yield item(TEXT, [a.to_dict() for a in nlp(TEXT)._.attributions], "first")
        raise RuntimeError("the second document was read too early")

    sections = iter_sections(items(), legend=False)
    assert 'id="doc-first"' in next(sections)
    with pytest.raises(RuntimeError):
        next(sections)


def test_render_cli_page_is_the_library_page(nlp, tmp_path):
    """The streamed CLI page is byte for byte the page built in one piece from the same docs."""
    texts = {"a": TEXT, "a ": 'قال المدرب: "لعبنا جيدا".', "b": ""}
    (tmp_path / "in.jsonl").write_text("".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n"
                                               for i, t in texts.items()), encoding="utf8")
    proc = subprocess.run([sys.executable, "-m", "spacy_attrib", "render", "in.jsonl", "--title", "T"],
                          cwd=tmp_path, capture_output=True, timeout=180)
    assert proc.returncode == 0, proc.stderr.decode()
    expected = page_html(render_items([item(t, [a.to_dict() for a in nlp(t)._.attributions], i)
                                       for i, t in texts.items()]), "T")
    assert proc.stdout.decode("utf8") == expected
