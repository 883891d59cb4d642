"""The rendered pages in a real browser: headless Chromium driven by selenium.

Skipped (with the reason) when chromium / chromedriver / selenium are not available: `.ci/run`
installs the Debian packages `chromium` and `chromium-driver` when it can. Screenshots go to a
pytest tmp dir (the path is printed; run with `-s` to see it), never into the repository.
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Dict, List

import pytest
from helpers import REPO_ROOT

import spacy_attrib
from spacy_attrib.render import KIND_LABELS, attribution_anchor, doc_anchor

CHROMIUM = ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome")
CHROMEDRIVER = ("/usr/bin/chromedriver", "chromedriver")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--disable-background-networking", "--disable-component-update", "--no-first-run",
         "--window-size=1200,900")

pytestmark = pytest.mark.browser


def _which(names) -> str:
    for name in names:
        found = shutil.which(name) or (name if Path(name).is_file() else None)
        if found:
            return found
    return ""


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.skip("selenium is not installed (pip install -e '.[test]'): browser tests skipped")
    chromium, driver_path = _which(CHROMIUM), _which(CHROMEDRIVER)
    if not chromium or not driver_path:
        pytest.skip("chromium / chromedriver not found (Debian: apt-get install chromium "
                    "chromium-driver; .ci/run tries to): browser tests skipped")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    try:
        driver = webdriver.Chrome(service=Service(driver_path), options=options)
    except Exception as err:  # a broken install must read as a skip, not as a layout failure
        pytest.skip(f"chromium could not be started ({type(err).__name__}: {str(err)[:200]})")
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("screenshots")
    print(f"\nscreenshots: {path}")
    return path


def screenshot(driver, path: Path) -> None:
    """The whole page, not only the viewport."""
    data = driver.execute_cdp_cmd("Page.captureScreenshot",
                                  {"format": "png", "captureBeyondViewport": True})
    path.write_bytes(base64.b64decode(data["data"]))
    print(f"screenshot: {path}")


def long_article() -> str:
    """A real long article: the example articles one after the other, and the richest article
    of ../shared/corpus when it is there."""
    parts = [p.read_text(encoding="utf8") for p in sorted((REPO_ROOT / "corpus" / "examples").glob("*.txt"))]
    shared = REPO_ROOT.parent / "shared" / "corpus" / "wikinews_farasa.jsonl"
    if shared.is_file():
        rows = [json.loads(line) for line in shared.read_text(encoding="utf8").splitlines() if line.strip()]
        rows = [r for r in rows if isinstance(r.get("text"), str)]
        if rows:
            parts.append(max(rows, key=lambda r: r["text"].count("قال") * 1000 + len(r["text"]))["text"])
    return "\n\n".join(parts)


@pytest.fixture(scope="module")
def pages(nlp, tmp_path_factory) -> Dict[str, object]:
    """articles.html (the long article + a short one + an empty one) and report.html beside it."""
    out = tmp_path_factory.mktemp("pages")
    texts = {"long-article": long_article(),
             "short": 'وقال الوزير: "سنواصل العمل".',
             "empty": ""}
    docs = []
    for doc_id, text in texts.items():
        doc = nlp(text)
        doc.user_data["id"] = doc_id
        docs.append(doc)
    (out / "articles.html").write_text(spacy_attrib.render(docs, page=True), encoding="utf8")
    results = out / "results.jsonl"
    results.write_text("".join(
        json.dumps({"id": d.user_data["id"], "attributions": [a.to_dict() for a in d._.attributions]},
                   ensure_ascii=False) + "\n" for d in docs), encoding="utf8")
    proc = subprocess.run([sys.executable, "-m", "spacy_attrib", "report", str(results), "-o",
                           str(out / "report.html")], capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    records = {d.user_data["id"]: [a.to_dict() for a in d._.attributions] for d in docs}
    assert len(records["long-article"]) >= 20, "the long article should have many attributions"
    return {"dir": out, "records": records}


LABELS_JS = """
return Array.from(document.querySelectorAll('.attrib-label')).map(el => {
  const r = el.getBoundingClientRect();
  const a = el.querySelector('a');
  return {label: el.firstChild.textContent.trim(), numbers: a ? a.textContent.trim() : '',
          section: el.closest('section').id, x: r.left, y: r.top + window.scrollY, w: r.width,
          h: r.height, visible: el.checkVisibility ? el.checkVisibility({checkOpacity: true,
          checkVisibilityCSS: true}) : el.offsetParent !== null};
});
"""


def expected_labels(record: dict) -> List[str]:
    labels = [KIND_LABELS[record["kind"]]]
    if record["cue"]:
        labels.append("CUE")
    if record["speaker"]:
        labels.append("SPEAKER")
    src, spk = record["source"], record["speaker"]
    if src and (not spk or (src["start"], src["end"]) != (spk["start"], spk["end"])):
        labels.append("SOURCE")
    return labels


def test_articles_page_layout(browser, pages, shots):
    browser.get((pages["dir"] / "articles.html").as_uri())
    screenshot(browser, shots / "articles.png")

    # right to left, for real: computed style, and the first word of the text sits at the right
    for selector in ("html", "section.attrib-doc", ".attrib-text .spans"):
        assert browser.execute_script(
            f"return getComputedStyle(document.querySelector('{selector}')).direction") == "rtl", selector
    gap = browser.execute_script("""
      const div = document.querySelector('#doc-long-article .spans');
      const walker = document.createTreeWalker(div, NodeFilter.SHOW_TEXT,
          {acceptNode: n => n.textContent.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP});
      const node = walker.nextNode();
      const range = document.createRange();
      const start = node.textContent.search(/\\S/);
      range.setStart(node, start); range.setEnd(node, start + 1);
      return div.getBoundingClientRect().right - range.getBoundingClientRect().right;""")
    assert 0 <= gap < 40, f"the text does not start at the right edge ({gap}px from it)"

    labels = browser.execute_script(LABELS_JS)
    # every attribution's labels are there, displayed, with a size
    for doc_id, records in pages["records"].items():
        found: Dict[int, set] = {}
        for lab in labels:
            if lab["section"] != doc_anchor(doc_id):
                continue
            assert lab["visible"] and lab["w"] > 0 and lab["h"] > 0, lab
            for number in lab["numbers"].split(","):
                found.setdefault(int(number), set()).add(lab["label"])
        for number, record in enumerate(records, 1):
            missing = set(expected_labels(record)) - found.get(number, set())
            assert not missing, (doc_id, number, missing, record)
            card = browser.find_element("id", attribution_anchor(doc_id, number))
            assert card.is_displayed() and card.size["height"] > 0

    # no label box overlaps another (the long article has dozens, several per line)
    long_labels = [lab for lab in labels if lab["section"] == doc_anchor("long-article")]
    assert len(long_labels) >= 40
    overlaps = [(a, b) for i, a in enumerate(long_labels) for b in long_labels[i + 1:]
                if a["x"] < b["x"] + b["w"] - 0.5 and b["x"] < a["x"] + a["w"] - 0.5
                and a["y"] < b["y"] + b["h"] - 0.5 and b["y"] < a["y"] + a["h"] - 0.5]
    assert not overlaps, overlaps[:3]

    # the odd documents are there without breaking the page
    assert "(empty document)" in browser.find_element("id", "doc-empty").text
    # self-contained: nothing was fetched
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0


def test_report_page(browser, pages, shots):
    browser.get((pages["dir"] / "report.html").as_uri())
    screenshot(browser, shots / "report.png")
    assert browser.execute_script("return getComputedStyle(document.body).direction") == "rtl"
    charts = browser.find_elements("css selector", "svg.chart")
    assert len(charts) >= 2
    bars = browser.find_elements("css selector", "svg.chart rect.bar")
    assert len(bars) >= 3
    assert all(b.size["width"] > 0 and b.size["height"] > 0 for b in bars)
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0

    # a link to an article's view lands on an existing section of articles.html
    links = [a.get_attribute("href") for a in browser.find_elements("css selector", "td.docs a")]
    assert links and all("articles.html#" in href for href in links)
    browser.get(links[0])
    target = browser.execute_script("return document.querySelector(':target')")
    assert target is not None and target.is_displayed()
    screenshot(browser, shots / "report-link-target.png")
