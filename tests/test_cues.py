"""Reporting cues: verbs (VSO, SVO, with clitics), according-to phrases before and
after their clause, adverbial participles, and words that only look like cues."""

from __future__ import annotations

import pytest
from helpers import assert_attributions, extract

VERB_CASES = [
    pytest.param(
        "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة لاستئناف المفاوضات مع كييف.",
        [{"kind": "indirect", "cue": "وقال", "cue_type": "verb",
          "speaker": "وزير الخارجية الروسي سيرغي لافروف",
          "source": "وزير الخارجية الروسي سيرغي لافروف",
          "content": "موسكو مستعدة لاستئناف المفاوضات مع كييف"}],
        id="vso-clitic-wa",
    ),
    pytest.param(
        "قال الأمين العام للاتحاد إن المفاوضات الاجتماعية ستستأنف الأسبوع المقبل.",
        [{"kind": "indirect", "cue": "قال", "speaker": "الأمين العام للاتحاد",
          "content": "المفاوضات الاجتماعية ستستأنف الأسبوع المقبل"}],
        id="vso-bare",
    ),
    pytest.param(
        "الوزارة قالت إن القتال استمر طوال الليل في محيط مدينة ترتر.",
        [{"kind": "indirect", "cue": "قالت", "cue_type": "verb", "speaker": "الوزارة",
          "source": "الوزارة", "content": "القتال استمر طوال الليل في محيط مدينة ترتر"}],
        id="svo-short",
    ),
    pytest.param(
        "وزارة الدفاع الأذربيجانية قالت إن القتال استمر طوال الليل.",
        [{"kind": "indirect", "cue": "قالت", "speaker": "وزارة الدفاع الأذربيجانية",
          "affiliation": "أذربيجان", "content": "القتال استمر طوال الليل"}],
        id="svo-full-name",
    ),
    pytest.param(
        "المعارضة تقول إن الانتخابات لم تكن نزيهة.",
        [{"kind": "indirect", "cue": "تقول", "speaker": "المعارضة",
          "content": "الانتخابات لم تكن نزيهة"}],
        id="svo-present-tense",
    ),
    pytest.param(
        "ورد الناطق الرسمي باسم الحكومة على الانتقادات فقال إن الحكومة لم تخف أي معلومات.",
        [{"kind": "indirect", "cue": "فقال", "speaker": None,
          "source": "الناطق الرسمي باسم الحكومة",
          "content": "الحكومة لم تخف أي معلومات"}],
        id="clitic-fa",
    ),
    pytest.param(
        "التقى الوزير نظيره الفرنسي في باريس، فيما أكد المتحدث باسم الحكومة أن اللقاء كان إيجابيا.",
        [{"kind": "indirect", "cue": "أكد", "speaker": "المتحدث باسم الحكومة",
          "content": "اللقاء كان إيجابيا"}],
        id="fima-akkada",
    ),
    pytest.param(
        "وقالت رئيسة البلدية إن الأشغال ستنتهي قبل الصيف. وأضافت أن الميزانية متوفرة.",
        [{"cue": "وقالت", "speaker": "رئيسة البلدية", "content": "الأشغال ستنتهي قبل الصيف"},
         {"kind": "indirect", "cue": "وأضافت", "cue_type": "verb", "speaker": None,
          "source": "رئيسة البلدية", "content": "الميزانية متوفرة"}],
        id="clitic-wa-adafat",
    ),
    pytest.param(
        "صرح مدير الشركة بأن الأرباح تضاعفت خلال السداسي الأول.",
        [{"kind": "indirect", "cue": "صرح", "speaker": "مدير الشركة",
          "content": "الأرباح تضاعفت خلال السداسي الأول"}],
        id="sarraha-bi-anna",
    ),
    pytest.param(
        "وأشار التقرير السنوي إلى أن النمو سيتباطأ في الربع الأخير.",
        [{"kind": "indirect", "cue": "وأشار", "speaker": "التقرير السنوي",
          "content": "النمو سيتباطأ في الربع الأخير"}],
        id="ashara-ila-anna",
    ),
    pytest.param(
        "وشدد المدرب على أن الفريق سيقاتل حتى الجولة الأخيرة.",
        [{"kind": "indirect", "cue": "وشدد", "speaker": "المدرب",
          "content": "الفريق سيقاتل حتى الجولة الأخيرة"}],
        id="shaddada-ala-anna",
    ),
    pytest.param(
        "وقال الوزير إن اللقاء كان مثمرا، وأضاف أن البلدين سيوقعان اتفاقية جديدة.",
        [{"cue": "وقال", "speaker": "الوزير", "content": "اللقاء كان مثمرا"},
         {"cue": "وأضاف", "speaker": None, "source": "الوزير",
          "content": "البلدين سيوقعان اتفاقية جديدة"}],
        id="two-verbs-one-sentence",
    ),
]

ACCORDING_CASES = [
    pytest.param(
        "وبحسب وزارة الصحة، فإن عدد الإصابات ارتفع إلى ألف حالة.",
        [{"kind": "indirect", "cue": "وبحسب", "cue_type": "according_to",
          "speaker": "وزارة الصحة", "content": "عدد الإصابات ارتفع إلى ألف حالة"}],
        id="bihasab-before",
    ),
    pytest.param(
        "ارتفع عدد الإصابات إلى ألف حالة، بحسب وزارة الصحة.",
        [{"kind": "indirect", "cue": "بحسب", "cue_type": "according_to",
          "speaker": "وزارة الصحة", "content": "ارتفع عدد الإصابات إلى ألف حالة"}],
        id="bihasab-after",
    ),
    pytest.param(
        "حسب المعهد الوطني للإحصاء، تراجعت نسبة البطالة إلى 15 بالمائة.",
        [{"cue": "حسب", "speaker": "المعهد الوطني للإحصاء",
          "content": "تراجعت نسبة البطالة إلى 15 بالمائة"}],
        id="hasab-before",
    ),
    pytest.param(
        "تراجعت نسبة البطالة إلى 15 بالمائة حسب المعهد الوطني للإحصاء.",
        [{"cue": "حسب", "speaker": "المعهد الوطني للإحصاء",
          "content": "تراجعت نسبة البطالة إلى 15 بالمائة"}],
        id="hasab-after",
    ),
    pytest.param(
        "وبحسب ما أفادت به وزارة الصحة، فإن عدد الإصابات تراجع.",
        [{"cue": "وبحسب ما", "speaker": "وزارة الصحة", "content": "عدد الإصابات تراجع"}],
        id="bihasab-ma-verb",
    ),
    pytest.param(
        "وفقا لوزارة الداخلية، تم إيقاف ثلاثة أشخاص مشتبه بهم.",
        [{"cue": "وفقا", "cue_type": "according_to", "speaker": "وزارة الداخلية",
          "content": "تم إيقاف ثلاثة أشخاص مشتبه بهم"}],
        id="wifqan-li-before",
    ),
    pytest.param(
        "تم إيقاف ثلاثة أشخاص مشتبه بهم وفقا لوزارة الداخلية.",
        [{"cue": "وفقا", "speaker": "وزارة الداخلية",
          "content": "تم إيقاف ثلاثة أشخاص مشتبه بهم"}],
        id="wifqan-li-after",
    ),
    pytest.param(
        "نقلا عن وكالة الأنباء الرسمية، وصل الوفد الوزاري إلى العاصمة مساء أمس.",
        [{"cue": "نقلا عن", "speaker": "وكالة الأنباء الرسمية",
          "content": "وصل الوفد الوزاري إلى العاصمة مساء أمس"}],
        id="naqlan-an-before",
    ),
    pytest.param(
        "وصل الوفد الوزاري إلى العاصمة مساء أمس، نقلا عن وكالة الأنباء الرسمية.",
        [{"cue": "نقلا عن", "speaker": "وكالة الأنباء الرسمية",
          "content": "وصل الوفد الوزاري إلى العاصمة مساء أمس"}],
        id="naqlan-an-after",
    ),
    pytest.param(
        "وجاء على لسان رئيس الهيئة أن الانتخابات ستجرى في موعدها.",
        [{"cue": "على لسان", "speaker": "رئيس الهيئة",
          "content": "الانتخابات ستجرى في موعدها"}],
        id="ala-lisan-before",
    ),
    pytest.param(
        "الانتخابات البلدية ستجرى في موعدها المحدد، على لسان رئيس الهيئة العليا المستقلة للانتخابات.",
        [{"cue": "على لسان", "speaker": "رئيس الهيئة العليا المستقلة للانتخابات",
          "content": "الانتخابات البلدية ستجرى في موعدها المحدد"}],
        id="ala-lisan-after",
    ),
]

PARTICIPLE_CASES = [
    pytest.param(
        "وقال وزير المالية إن العجز تراجع هذا العام، مشيرا إلى أن الدين العام ما زال مرتفعا.",
        [{"cue": "وقال", "speaker": "وزير المالية", "content": "العجز تراجع هذا العام"},
         {"kind": "indirect", "cue": "مشيرا", "cue_type": "participle", "speaker": None,
          "source": "وزير المالية", "content": "الدين العام ما زال مرتفعا"}],
        id="mushiran-ila-anna",
    ),
    pytest.param(
        "وأكد رئيس الحكومة أن الإصلاحات ستتواصل، مضيفا أن الدولة ستدعم الفئات الهشة.",
        [{"cue": "وأكد", "speaker": "رئيس الحكومة", "content": "الإصلاحات ستتواصل"},
         {"cue": "مضيفا", "cue_type": "participle", "speaker": None, "source": "رئيس الحكومة",
          "content": "الدولة ستدعم الفئات الهشة"}],
        id="mudifan-anna",
    ),
    pytest.param(
        "وقال الرئيس الأمريكي جو بايدن في كلمة بالبيت الأبيض، مؤكدا أن بلاده لن تتخلى عن حلفائها.",
        [{"cue": "مؤكدا", "cue_type": "participle", "speaker": None,
          "source": "الرئيس الأمريكي جو بايدن", "content": "بلاده لن تتخلى عن حلفائها"}],
        id="muakkidan-anna",
    ),
    pytest.param(
        "وأكدت النقابة أن الإضراب سيتواصل، مشددة على أن مطالبها مشروعة.",
        [{"cue": "وأكدت", "speaker": "النقابة", "content": "الإضراب سيتواصل"},
         {"cue": "مشددة", "cue_type": "participle", "source": "النقابة",
          "content": "مطالبها مشروعة"}],
        id="mushaddida-ala-anna-feminine",
    ),
    pytest.param(
        "وقال الوزير إن الحكومة تدرس المقترح، لافتا إلى أن القرار النهائي لم يتخذ بعد.",
        [{"cue": "وقال", "content": "الحكومة تدرس المقترح"},
         {"cue": "لافتا", "source": "الوزير", "content": "القرار النهائي لم يتخذ بعد"}],
        id="lafitan-ila-anna",
    ),
]


@pytest.mark.parametrize("text,expected", VERB_CASES)
def test_reporting_verbs(nlp, text, expected):
    _, rows = extract(nlp, text)
    assert_attributions(rows, expected)


@pytest.mark.parametrize("text,expected", ACCORDING_CASES)
def test_according_to(nlp, text, expected):
    _, rows = extract(nlp, text)
    assert_attributions(rows, expected)


@pytest.mark.parametrize("text,expected", PARTICIPLE_CASES)
def test_participles(nlp, text, expected):
    _, rows = extract(nlp, text)
    assert_attributions(rows, expected)


def test_nested_according_to_keeps_the_outlet(nlp):
    text = "وأفادت وكالة أرمنبريس نقلا عن مفوض حقوق الإنسان الأرميني أن المدنيين تعرضوا للقصف."
    _, rows = extract(nlp, text)
    assert_attributions(rows, [{"kind": "indirect", "cue": "وأفادت", "source": "وكالة أرمنبريس",
                                "content": "المدنيين تعرضوا للقصف"}])


@pytest.mark.parametrize("text,speaker", [
    ("وقال عقيد في شرطة محافظة الأنبار طلب عدم كشف هويته إن المقبرة تضم 400 جثة.",
     "عقيد في شرطة محافظة الأنبار طلب عدم كشف هويته"),
    ("وقال مسؤول في الأمم المتحدة طالبا عدم كشف اسمه: إن الأمين العام سيعين مبعوثا.",
     "مسؤول في الأمم المتحدة طالبا عدم كشف اسمه"),
])
def test_a_verbal_noun_after_adam_is_no_cue(nlp, text, speaker):
    # عدم كشف: "not revealing", a verbal noun; the report is the verb before it
    _, rows = extract(nlp, text)
    assert [(r["cue"], r["speaker"]) for r in rows] == [(text.split()[0], speaker)]


@pytest.mark.parametrize("text,cue,speaker", [
    # نجيب is also "we answer", مفيدة "stating": before a surname they are given names
    ("أكد الرئيس المدير العام لشركة فسفاط قفصة نجيب مرابط أن الانتاج تراجع.",
     "أكد", "الرئيس المدير العام لشركة فسفاط قفصة نجيب مرابط"),
    ("وقالت مفيدة التلاتلي إن الفيلم جاهز.", "وقالت", "مفيدة التلاتلي"),
    # before a complementizer the participle reports
    ("وقالت الوزيرة إن النتائج جيدة، مفيدة أن العمل متواصل.", "مفيدة", None),
])
def test_a_cue_form_that_is_a_given_name(nlp, text, cue, speaker):
    _, rows = extract(nlp, text)
    assert (rows[-1]["cue"], rows[-1]["speaker"]) == (cue, speaker)
    assert len(rows) == (2 if cue == "مفيدة" else 1)  # the name opens no report of its own


@pytest.mark.parametrize("text,content_end", [
    # a first-person verb (نعتبر، لاحظنا) is the speaker's own words: it opens no report, and
    # colon speech runs on through it
    ("فقال مدير المشروع: نعتبر أن غياب أي فريق خسارة للأطفال ولاحظنا أن المشاركين كثر.",
     "المشاركين كثر"),
    ("وقال المدرب إن اللاعبين تعبوا، ونحن نعتقد أن الراحة ضرورية.", "الراحة ضرورية"),
])
def test_a_first_person_verb_reports_nothing(nlp, text, content_end):
    _, rows = extract(nlp, text)
    assert len(rows) == 1, rows
    assert rows[0]["content"].endswith(content_end)


def test_warn_min_anna(nlp):
    _, rows = extract(nlp, "وحذر رئيس البنك المركزي من أن التضخم سيرتفع.")
    assert_attributions(rows, [{"kind": "indirect", "cue": "وحذر", "speaker": "رئيس البنك المركزي",
                                "content": "التضخم سيرتفع"}])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("ويتم توزيع المساعدات على العائلات المعوزة حسب الحاجة.", id="hasab-al-haja"),
        pytest.param("وفاز الفريق بالمباراة فحسب دون أن يقنع جمهوره.", id="fahasb-only"),
        pytest.param("وتوجه الوفد بعد أن انتهى الاجتماع إلى المطار.", id="bad-an-temporal"),
        pytest.param("قال", id="lone-verb"),
        pytest.param("وقال الوزير في ندوة صحفية عقدها بالعاصمة.", id="verb-without-content"),
    ],
)
def test_not_an_attribution(nlp, text):
    doc, rows = extract(nlp, text)
    assert rows == []
    assert list(doc.spans["attrib_contents"]) == []


def test_cue_span_group_holds_linked_cues(nlp):
    text = "وقال الوزير إن الحكومة تدرس المقترح، لافتا إلى أن القرار لم يتخذ بعد."
    doc, rows = extract(nlp, text)
    assert [s.text for s in doc.spans["attrib_cues"]] == ["وقال", "لافتا"]
    assert [s.label_ for s in doc.spans["attrib_cues"]] == ["verb", "participle"]
    assert [s.text for s in doc.spans["attrib_contents"]] == [r["content"] for r in rows]
    assert [s.text for s in doc.spans["attrib_speakers"]] == ["الوزير"]


def test_clitic_is_part_of_the_cue_token(nlp):
    doc, rows = extract(nlp, "فقال المدرب إن اللاعبين بذلوا مجهودا كبيرا.")
    assert rows[0]["cue"] == "فقال"
    assert doc._.attrib_records[0]["cue_lemma"] == "قال"


def test_lexicon_extension_adds_a_verb(blank):
    text = "وهمست الممثلة إن الفيلم سيعرض في مهرجان قرطاج."
    verb = {"lemma": "همس", "core": True, "forms": {"همس": "3MS", "همست": "3FS"}}
    blank.add_pipe("attribution")
    assert extract(blank, text)[1] == []
    blank.get_pipe("attribution").lexicon.add("reporting_verbs", [verb])
    _, rows = extract(blank, text)
    assert_attributions(rows, [{"kind": "indirect", "cue": "وهمست", "speaker": "الممثلة",
                                "gender": "female", "content": "الفيلم سيعرض في مهرجان قرطاج"}])


def test_lexicon_extension_through_config(blank):
    extra = {"reporting_verbs": [{"lemma": "همس", "core": True, "forms": {"همس": "3MS"}}]}
    blank.add_pipe("attribution", config={"lexicon": {"@misc": "spacy_attrib.lexicon.v1",
                                                     "lang": "ar", "extra": extra}})
    _, rows = extract(blank, "وهمس المخرج بأن التصوير سينتهي قريبا.")
    assert_attributions(rows, [{"cue": "وهمس", "speaker": "المخرج",
                                "content": "التصوير سينتهي قريبا"}])


def test_unknown_lexicon_table_is_a_clear_error(nlp):
    lexicon = nlp.get_pipe("attribution").lexicon
    with pytest.raises(ValueError, match="unknown lexicon table"):
        lexicon.add("verbs_of_saying", [])


def test_unknown_language_is_a_clear_error(blank):
    config = {"lexicon": {"@misc": "spacy_attrib.lexicon.v1", "lang": "xx", "extra": {}}}
    with pytest.raises(ValueError, match="no lexicons for language 'xx'"):
        blank.add_pipe("attribution", config=config)


@pytest.mark.parametrize("text,cue,feats", [
    pytest.param("وألمحت الوزيرة إلى أن الحكومة ستستقيل.", "وألمحت", "3FS", id="almahat"),
    pytest.param("وألمح الوزير إلى أن الحكومة ستستقيل.", "وألمح", "3MS", id="almaha-not-first-person"),
    pytest.param("وفسر الوزير ذلك بأن الميزانية محدودة.", "وفسر", "3MS", id="fassara"),
    pytest.param("وبررت الهيئة القرار بأن القناة خالفت القانون.", "وبررت", "3FS", id="barrarat"),
    pytest.param("وعلل المدرب الهزيمة بأن اللاعبين كانوا مرهقين.", "وعلل", "3MS", id="allala"),
])
def test_explaining_verbs_are_cues(nlp, text, cue, feats):
    doc = nlp(text)
    found = [(c["lemma"], doc.text[c["start"]:c["end"]], c["feats"]) for c in doc._.attrib_cue_data]
    assert any(t == cue and f == feats for _, t, f in found), found
    assert doc._.attributions and doc._.attributions[0].to_dict()["cue"]["text"] == cue


@pytest.mark.parametrize("text", [
    "وقال الوزير إن الحكومة مستعدة. وتجدر الإشارة إلى أن الوزارة أطلقت حملة.",
    "وقال الوزير إن الحكومة مستعدة. كما تجدر الاشارة الى ان الوزارة أطلقت حملة.",
])
def test_the_journalists_own_note_is_no_report(nlp, text):
    doc = nlp(text)
    assert [a.to_dict()["cue"]["text"] for a in doc._.attributions] == ["وقال"]
