"""Contents: quotations in every mark style, colon speech, quote-first order, multi-sentence
and line-wrapped quotations, indirect clauses, mixed contents and scare quotes."""

from __future__ import annotations

import pytest
from helpers import assert_attributions, extract

QUOTE = "الاقتصاد الوطني يمر بمرحلة صعبة لكننا متفائلون"

# (opening mark, closing mark): every style seen in Arabic web news, including the
# mismatched pairs a reader still pairs without hesitation.
MARK_PAIRS = [
    pytest.param('"', '"', id="ascii-double"),
    pytest.param("“", "”", id="curly-double"),
    pytest.param("”", "“", id="curly-double-rtl-order"),
    pytest.param("«", "»", id="guillemets"),
    pytest.param("»", "«", id="guillemets-rtl-order"),
    pytest.param("„", "“", id="low-high"),
    pytest.param("'", "'", id="ascii-single"),
    pytest.param("″", "″", id="double-prime"),
    pytest.param("“", "″", id="mismatched-curly-prime"),
    pytest.param('"', "”", id="mismatched-ascii-curly"),
    pytest.param("«", '"', id="mismatched-guillemet-ascii"),
    pytest.param("″", '"', id="mismatched-prime-ascii"),
]


@pytest.mark.parametrize("open_mark,close_mark", MARK_PAIRS)
def test_every_quote_style(nlp, open_mark, close_mark):
    text = f"وقال وزير الاقتصاد: {open_mark}{QUOTE}{close_mark}."
    _, rows = extract(nlp, text)
    assert_attributions(rows, [{"kind": "direct", "cue": "وقال", "speaker": "وزير الاقتصاد",
                                "content": QUOTE}])


@pytest.mark.parametrize("open_mark,close_mark", MARK_PAIRS)
def test_every_quote_style_quote_first(nlp, open_mark, close_mark):
    text = f"{open_mark}{QUOTE}{close_mark}، قال وزير الاقتصاد للصحفيين."
    _, rows = extract(nlp, text)
    assert_attributions(rows, [{"kind": "direct", "cue": "قال", "speaker": "وزير الاقتصاد",
                                "content": QUOTE}])


DIRECT_CASES = [
    pytest.param(
        "وقال رئيس الجمعية: نحن مستعدون للحوار مع جميع الأطراف دون شروط مسبقة.",
        [{"kind": "direct", "cue": "وقال", "speaker": "رئيس الجمعية",
          "content": "نحن مستعدون للحوار مع جميع الأطراف دون شروط مسبقة"}],
        id="colon-without-marks",
    ),
    pytest.param(
        "وقال الوزير إن المفاوضات مستمرة. وأضاف: لا يمكننا أن نقبل بشروط مسبقة.",
        [{"kind": "indirect", "content": "المفاوضات مستمرة"},
         {"kind": "direct", "cue": "وأضاف", "speaker": None, "source": "الوزير",
          "content": "لا يمكننا أن نقبل بشروط مسبقة"}],
        id="colon-pro-drop",
    ),
    pytest.param(
        "وتابع مدير المهرجان: «سنكرم هذا العام عددا من رواد السينما العربية».",
        [{"kind": "direct", "cue": "وتابع", "speaker": "مدير المهرجان",
          "content": "سنكرم هذا العام عددا من رواد السينما العربية"}],
        id="colon-guillemets",
    ),
    pytest.param(
        '"المفاوضات وصلت إلى طريق مسدود" قال الوزير للصحفيين بعد الاجتماع.',
        [{"kind": "direct", "cue": "قال", "speaker": "الوزير",
          "content": "المفاوضات وصلت إلى طريق مسدود"}],
        id="quote-first-no-comma",
    ),
    pytest.param(
        "«الوضع تحت السيطرة»، قال مدير الأمن الوطني.",
        [{"kind": "direct", "cue": "قال", "speaker": "مدير الأمن الوطني",
          "content": "الوضع تحت السيطرة"}],
        id="quote-first-comma-verb",
    ),
    pytest.param(
        'وقال المدرب: "لقد لعبنا مباراة كبيرة. اللاعبون قدموا كل ما لديهم. سنواصل العمل".',
        [{"kind": "direct", "speaker": "المدرب",
          "content": "لقد لعبنا مباراة كبيرة. اللاعبون قدموا كل ما لديهم. سنواصل العمل"}],
        id="multi-sentence",
    ),
    pytest.param(
        'وقال المدرب: "لقد لعبنا مباراة كبيرة أمام منافس\nقوي، واللاعبون قدموا كل ما لديهم في\n'
        'الشوط الثاني".',
        [{"kind": "direct", "speaker": "المدرب",
          "content": "لقد لعبنا مباراة كبيرة أمام منافس\nقوي، واللاعبون قدموا كل ما لديهم في\n"
                     "الشوط الثاني"}],
        id="hard-line-wraps-in-quote",
    ),
    pytest.param(
        "وقال وزير التجارة: «الأسعار ستستقر خلال رمضان.\nلقد وفرنا كميات كافية من المواد الأساسية»،"
        " مؤكدا أن المراقبة ستشدد.",
        [{"kind": "direct", "cue": "وقال",
          "content": "الأسعار ستستقر خلال رمضان.\nلقد وفرنا كميات كافية من المواد الأساسية"},
         {"kind": "indirect", "cue": "مؤكدا", "source": "وزير التجارة",
          "content": "المراقبة ستشدد"}],
        id="multi-sentence-wrapped-then-participle",
    ),
    pytest.param(
        'وقال الوزير: "إن الحكومة لن تتراجع عن قرارها".',
        [{"kind": "direct", "content": "إن الحكومة لن تتراجع عن قرارها"}],
        id="in-inside-marks-is-kept",
    ),
    pytest.param(
        "وقال الوزير: «الاقتصاد الوطني يمر بمرحلة صعبة.",
        [{"kind": "direct", "speaker": "الوزير", "content": "الاقتصاد الوطني يمر بمرحلة صعبة"}],
        id="unbalanced-at-end-of-text",
    ),
    pytest.param(
        "وقال الوزير: «الاقتصاد الوطني يمر بمرحلة صعبة.\n\nوفي سياق آخر، افتتح الوزير معرضا.",
        [{"kind": "direct", "speaker": "الوزير", "content": "الاقتصاد الوطني يمر بمرحلة صعبة"}],
        id="unbalanced-closed-by-paragraph",
    ),
]


@pytest.mark.parametrize("text,expected", DIRECT_CASES)
def test_direct_speech(nlp, text, expected):
    _, rows = extract(nlp, text)
    assert_attributions(rows, expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("“لن نسمح بأي تصعيد على الحدود”، وفق البيان.",
                     [{"kind": "direct", "cue": "وفق", "speaker": "البيان",
                       "content": "لن نسمح بأي تصعيد على الحدود"}], id="curly-wifqa"),
        pytest.param("«لن نسمح بأي تصعيد على الحدود»، بحسب بيان وزارة الدفاع.",
                     [{"kind": "direct", "cue": "بحسب",
                       "content": "لن نسمح بأي تصعيد على الحدود"}], id="guillemets-bihasab"),
    ],
)
def test_quote_first_according_to_is_direct(nlp, text, expected):
    _, rows = extract(nlp, text)
    assert_attributions(rows, expected)


def test_unbalanced_quote_stops_at_next_report(nlp):
    text = "وقال الوزير: «الاقتصاد الوطني يمر بمرحلة صعبة. وأضاف أن الحل في الاستثمار."
    _, rows = extract(nlp, text)
    assert_attributions(rows, [
        {"kind": "direct", "cue": "وقال", "content": "الاقتصاد الوطني يمر بمرحلة صعبة"},
        {"kind": "indirect", "cue": "وأضاف", "source": "الوزير", "content": "الحل في الاستثمار"},
    ])


def test_unbalanced_quote_stops_at_a_background_report(nlp):
    # وكان X قد أعلن opens a report as وأضاف does: a quotation never closed ends before it
    text = ('ويكون الفصل المعدل كالتالي "تتولى الدولة احداث خط تمويل للسكن. وكان وزير التجهيز محمد '
            'صالح العرفاوي قد أعلن أن التمويل سيكون في حدود 20 بالمائة. واضاف أن القرض يسدد على 7 سنوات.')
    _, rows = extract(nlp, text)
    assert [(r["cue"], r["source"]) for r in rows if r["cue"]] == [
        ("أعلن", "وزير التجهيز محمد صالح العرفاوي"), ("واضاف", "وزير التجهيز محمد صالح العرفاوي")]


def test_unbalanced_quote_stops_before_a_participle_that_reports_again(nlp):
    # the quotation opened after وقالت never closes; مشيرة إلى is the journalist again, and
    # و"التجهيزات" opens a name after the conjunction, it closes nothing
    text = ('وقالت الوزيرة "ان هذه التظاهرة، التي تنتظم تحت شعار "انتعاش السياحة" تعتبر مجالا للتبادل '
            'بين المهنيين مشيرة إلى أن الوزارة ستستقطب السوق الصينية. وتضم الدورة معارض '
            '"السوق الدولية للسياحة" و"التجهيزات".')
    _, rows = extract(nlp, text)
    assert_attributions(rows, [
        {"cue": "وقالت", "content": 'ان هذه التظاهرة، التي تنتظم تحت شعار "انتعاش السياحة" تعتبر مجالا '
                                    'للتبادل بين المهنيين'},
        {"cue": "مشيرة", "source": "الوزيرة", "content": "الوزارة ستستقطب السوق الصينية"},
    ])


INDIRECT_CASES = [
    pytest.param(
        "وأكد الوزير أنه سيستقيل إذا فشلت المفاوضات.",
        [{"kind": "indirect", "content": "سيستقيل إذا فشلت المفاوضات"}],
        id="anna-with-pronoun-excluded",
    ),
    pytest.param(
        "وقالت الوزيرة إنها لن تترشح للانتخابات الرئاسية.",
        [{"kind": "indirect", "content": "لن تترشح للانتخابات الرئاسية"}],
        id="inna-with-pronoun-excluded",
    ),
    pytest.param(
        "وقال الوزير فإن المفاوضات مستمرة.",
        [{"kind": "indirect", "content": "المفاوضات مستمرة"}],
        id="fa-inna-excluded",
    ),
    pytest.param(
        "وقال الوزير إن الحكومة ستعرض\nمشروع القانون على البرلمان\nالأسبوع المقبل.",
        [{"kind": "indirect", "speaker": "الوزير",
          "content": "الحكومة ستعرض\nمشروع القانون على البرلمان\nالأسبوع المقبل"}],
        id="hard-line-wraps-in-clause",
    ),
    pytest.param(
        "وقال\u00a0الوزير\u00a0إن\u00a0الحكومة\u00a0ستخفض\u00a0الضرائب.",
        [{"kind": "indirect", "cue": "وقال", "speaker": "الوزير",
          "content": "الحكومة\u00a0ستخفض\u00a0الضرائب"}],
        id="nbsp",
    ),
    pytest.param(
        "وقال\tالوزير\tإن\tالحكومة\tستخفض\tالضرائب.",
        [{"kind": "indirect", "cue": "وقال", "speaker": "الوزير",
          "content": "الحكومة\tستخفض\tالضرائب"}],
        id="tabs",
    ),
    pytest.param(
        'وقال الوزير:\u00a0"الحكومة ستخفض الضرائب العام المقبل".',
        [{"kind": "direct", "speaker": "الوزير", "content": "الحكومة ستخفض الضرائب العام المقبل"}],
        id="nbsp-after-colon",
    ),
    pytest.param(
        'وقال رئيس الحكومة إن الوضع "صعب لكنه ليس ميؤوسا منه" في الوقت الحالي.',
        [{"kind": "mixed", "speaker": "رئيس الحكومة",
          "content": 'الوضع "صعب لكنه ليس ميؤوسا منه" في الوقت الحالي'}],
        id="mixed-quoted-fragment",
    ),
    pytest.param(
        'وقال الوزير إن صحيفة "لوموند" نشرت معلومات خاطئة.',
        [{"kind": "indirect", "content": 'صحيفة "لوموند" نشرت معلومات خاطئة'}],
        id="scare-quote-inside-indirect-stays-indirect",
    ),
    pytest.param(
        'وقال رئيس النادي إن فريق "الترجي" شرف الكرة التونسية.',
        [{"kind": "indirect", "content": 'فريق "الترجي" شرف الكرة التونسية'}],
        id="one-word-quoted-name-stays-indirect",
    ),
    pytest.param(
        'وأضافت أن "قدرتها على العمل باستقلالية مثل أبطال خارقين من الرجال، أعتقد أنها شهادة ترجح '
        'كفة هذه الشخصية."',
        [{"kind": "mixed", "content": '"قدرتها على العمل باستقلالية مثل أبطال خارقين من الرجال، أعتقد أنها '
                                      'شهادة ترجح كفة هذه الشخصية."'}],
        id="quotation-after-anna-runs-to-its-close",
    ),
    pytest.param(
        "واعتبر الحيزاوي أن دور الهيئة كبير ومهم أما رئيس اللجنة النائب بدر الدين عبد الكافي فقد "
        "ابرز أن اللجنة استكملت الفرز.",
        [{"cue": "واعتبر", "content": "دور الهيئة كبير ومهم"},
         {"cue": "ابرز", "content": "اللجنة استكملت الفرز"}],
        id="amma-topic-ends-the-clause",
    ),
]


@pytest.mark.parametrize("text,expected", INDIRECT_CASES)
def test_indirect_speech(nlp, text, expected):
    _, rows = extract(nlp, text)
    assert_attributions(rows, expected)


def test_quotation_introduced_by_anna_is_mixed(nlp):
    text = 'وقال الوزير أن "الحكومة لن تتراجع عن قرارها مهما كانت الضغوط".'
    _, rows = extract(nlp, text)
    assert len(rows) == 1
    assert rows[0]["kind"] == "mixed"
    assert rows[0]["speaker"] == "الوزير"
    # Marks included or not, the content is the quotation.
    assert rows[0]["content"].strip('"') == "الحكومة لن تتراجع عن قرارها مهما كانت الضغوط"


def test_a_quotation_that_closes_its_sentence_ends_the_clause(nlp):
    text = ('وجاء في الالتماس أنه "من المثير للقلق أن تختار الأمم المتحدة شخصية عارية." ونظم مئة من '
            "طاقم العمل احتجاجا ضد اختيار الشخصية، حيث حملوا لافتات.")
    _, rows = extract(nlp, text)
    assert len(rows) == 1
    assert rows[0]["content"].strip('".') == "من المثير للقلق أن تختار الأمم المتحدة شخصية عارية"


def test_a_long_quotation_after_a_definite_naming_word_is_speech(nlp):
    # حزب "النهضة" is a name; after الحزب a quotation of four words or more is speech
    text = 'وقال الوزير مخاطبا أنصار الحزب "النظام الديمقراطي ليس الحل".'
    _, rows = extract(nlp, text)
    assert [(r["cue"], r["kind"], r["content"]) for r in rows] == [
        ("وقال", "direct", "النظام الديمقراطي ليس الحل")]
    assert extract(nlp, 'وانضم إلى حزب "النهضة" عدد من النواب.')[1] == []


def test_content_offsets_index_the_original_text(nlp):
    text = "  وقال الوزير:  «نحن   جاهزون   للحوار مع الجميع»  ."
    doc = nlp(text)
    (att,) = doc._.attributions
    start, end = att.offsets["content"]
    assert (start, end) == (text.index("نحن"), text.index("»"))
    assert text[start:end] == "نحن   جاهزون   للحوار مع الجميع"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('نشرت صحيفة "لوموند" الفرنسية تقريرا مطولا عن الانتخابات.', id="newspaper"),
        pytest.param('يعرض برنامج "سينما سينما" كل مساء جمعة على القناة الوطنية.', id="tv-programme"),
        pytest.param("وتحدث التقرير عن 'العداء الأرمني' في المنطقة.", id="term-single-quotes"),
        pytest.param('أعلنت الحكومة "حالة الطوارئ" في البلاد.', id="term-after-verb"),
        pytest.param("وحضر العرض الأول لفيلم «نوار عشية» عدد كبير من النقاد.", id="film-title"),
        pytest.param("أعلنت الحكومة الأحكام العرفية في المنطقة الحدودية.", id="action-no-proposition"),
    ],
)
def test_scare_quotes_and_titles_are_not_attributions(nlp, text):
    doc, rows = extract(nlp, text)
    assert rows == []
    assert list(doc.spans["attrib_contents"]) == []


def test_a_list_of_quoted_names_does_not_continue_the_speaker(nlp):
    # و"…" after a quoted name is the next name of the list, not a floating quotation
    text = ('قال الوزير إن المعرض ناجح. وتضم الدورة معرض "السوق الدولية للسياحة" و"التجهيزات وخدمات '
            'النزل والمطاعم" و"الإستشفاء والمعالجة بمياه البحر والسياحة الصحية".')
    _, rows = extract(nlp, text)
    assert [r["cue"] for r in rows] == ["قال"], rows


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('"', id="lone-ascii"),
        pytest.param("«", id="lone-guillemet"),
        pytest.param("»«", id="reversed-guillemets"),
        pytest.param("\"\"«»“”'''\"", id="only-marks"),
        pytest.param("وقال الوزير: «»", id="empty-quotation"),
        pytest.param("وقال الوزير: «", id="open-mark-at-end"),
    ],
)
def test_marks_without_words_give_no_content(nlp, text):
    _, rows = extract(nlp, text)
    assert all(any(ch.isalpha() for ch in r["content"]) for r in rows), rows


def test_one_quotation_is_one_attribution(nlp):
    text = "وأضاف الوزير في تصريح للصحفيين: «الكرة الآن في ملعب شركائنا ولم نتلق أي رد»."
    _, rows = extract(nlp, text)
    assert_attributions(rows, [{"kind": "direct", "cue": "وأضاف", "speaker": "الوزير",
                                "content": "الكرة الآن في ملعب شركائنا ولم نتلق أي رد"}])


@pytest.mark.parametrize("text,content", [
    # a feminine or plural participle right after a noun is its adjective, not a new report
    pytest.param("وأفادت مصادر فلسطينية أن مستوطنين اقتحموا الأقصى وسط حماية مشددة من الشرطة.",
                 "مستوطنين اقتحموا الأقصى وسط حماية مشددة من الشرطة", id="mushaddada"),
    pytest.param("وكشفت دراسة حديثة أن القهوة مفيدة للصحة.", "القهوة مفيدة للصحة", id="mufida"),
    pytest.param("وقال المدير إن المعرض سيشمل مشاركة أجنبية معتبرة هذا العام.",
                 "المعرض سيشمل مشاركة أجنبية معتبرة هذا العام", id="mutabara"),
])
def test_participle_as_adjective_does_not_cut_the_content(nlp, text, content):
    rows = extract(nlp, text)[1]
    assert rows[0]["content"] == content, rows


@pytest.mark.parametrize("text", [
    pytest.param("وقالت الوزيرة إن الإصلاح ضروري، مشددة على دور البرلمان.", id="after-a-comma"),
    pytest.param("وقالت الوزيرة إن الإصلاح ضروري مؤكدة أن الحكومة مستعدة.", id="with-a-clause"),
])
def test_participle_that_reports_ends_the_content(nlp, text):
    rows = extract(nlp, text)[1]
    assert rows[0]["content"] == "الإصلاح ضروري", rows


@pytest.mark.parametrize("text,cues", [
    pytest.param("وقالت الوزيرة إن الإصلاح ضروري، مذكرة بأن الحكومة تعهدت به.", ["وقالت", "مذكرة"],
                 id="mudhakkira-reminding"),
    # a directive or an explanation with its object reports nothing core of its own
    pytest.param("وقالت الوزيرة إن الإصلاح ضروري، داعية الحكومة إلى الإسراع فيه.", ["وقالت"],
                 id="da'iya-calling"),
    pytest.param("وقال الوزير إن الإصلاح ضروري، مفسرا الأمر بتراجع النمو.", ["وقال"],
                 id="mufassiran-explaining"),
])
def test_a_feminine_or_explaining_participle_ends_the_content(nlp, text, cues):
    rows = extract(nlp, text)[1]
    assert [r["cue"] for r in rows] == cues and rows[0]["content"] == "الإصلاح ضروري", rows


@pytest.mark.parametrize("text,content", [
    pytest.param("وتابع الوزير أن المؤسسة العسكرية لا تعترض على بناء الجسر، في إشارة إلى إعلان العاهل "
                 "السعودي.", "المؤسسة العسكرية لا تعترض على بناء الجسر", id="fi-ishara-gloss"),
    pytest.param("وأكد رئيس الحكومة أن الاقتصاد في أزمة، إذ تتوقع تونس استقبال 3 ملايين سائح.",
                 "الاقتصاد في أزمة", id="idh-new-subject"),
    pytest.param("ولفت إلى أن الإنتاج سيتراجع، إذ يتوقع ألا تتجاوز العائدات 650 مليون دينار.",
                 "الإنتاج سيتراجع، إذ يتوقع ألا تتجاوز العائدات 650 مليون دينار", id="idh-impersonal"),
])
def test_a_gloss_or_a_new_clause_after_a_comma_ends_the_content(nlp, text, content):
    rows = extract(nlp, text)[1]
    assert rows[0]["content"] == content, rows


def test_a_feminine_participle_form_after_a_preposition_is_a_noun(nlp):
    text = 'وقال الاتحاد في مذكرة قدمها خلال اجتماع تشاوري "لا بد من تحمل الدولة لمسؤوليتها".'
    rows = extract(nlp, text)[1]
    assert [(r["cue"], r["content"]) for r in rows] == [("وقال", "لا بد من تحمل الدولة لمسؤوليتها")], rows


def test_a_quoted_name_before_an_according_to_phrase_is_not_content(nlp):
    text = "وقالت صحيفة 'لوس أنجلس تايمز' نقلا عن مسؤولين بالإطفاء إن شخصا قتل."
    rows = extract(nlp, text)[1]
    assert [r["content"] for r in rows] == ["شخصا قتل"], rows


@pytest.mark.parametrize("text", [
    pytest.param("وسبق لوسائل الإعلام أن كشفت وجود عروض للاعب، كما أن هناك فريقا صينيا يود التعاقد معه.",
                 id="kama-anna"),
    pytest.param("وأكد الوزير احترامه لاختيارات التونسيين، رغم أن الدستور مهدد.", id="raghma-anna"),
    pytest.param("ونفى المدرب رحيله عن الفريق، غير أن الإدارة تبحث عن بديل.", id="ghayra-anna"),
])
def test_a_connective_anna_is_not_the_verbs_complementizer(nlp, text):
    assert extract(nlp, text)[1] == []


@pytest.mark.parametrize("text,n", [
    pytest.param("وتعود الفجوة بين الجنسين إلى أن النساء يخترن وظائف مختلفة.", 0, id="bayna-ila-anna"),
    pytest.param("وتقدر القيمة القصوى للقرض بـ20 بالمائة على أن لا تتجاوز 40 ألف دينار.", 0,
                 id="tuqaddar-ala-anna"),
    pytest.param("وختم الوزير بالتأكيد على أن الحكومة ماضية في الإصلاح.", 1, id="khatama-bil-takid"),
])
def test_an_ambiguous_verb_needs_its_own_complementizer(nlp, text, n):
    assert len(extract(nlp, text)[1]) == n


def test_a_participle_inside_an_unclosed_quotation_opens_its_own(nlp):
    text = ('ووجهت الممثلة كلامها للمنظمين قائلة " لا نقبل الإهانة من أي طرف مضيفة " تدعون أنكم '
            'جيراننا في حين أنكم تهينون النخبة".')
    rows = extract(nlp, text)[1]
    assert [(r["cue"], r["content"]) for r in rows] == [
        ("قائلة", "لا نقبل الإهانة من أي طرف"),
        ("مضيفة", "تدعون أنكم جيراننا في حين أنكم تهينون النخبة")], rows


def test_a_participle_before_a_closing_mark_stays_in_the_quotation(nlp):
    text = 'وصرح الوزير بأن عملية أمس "كانت متوقعة" من قبل الوحدات الأمنية.'
    rows = extract(nlp, text)[1]
    assert len(rows) == 1 and rows[0]["content"].endswith("من قبل الوحدات الأمنية"), rows


@pytest.mark.parametrize("text,n", [
    pytest.param("ذكر الجامعي والباحث سامي بن منصور أن الشريط الساحلي ملوث.", 1, id="dhakara-opens"),
    pytest.param("نقلت إذاعة صفاقس الرسمية أن الدروس تعطلت في بعض المدارس.", 1, id="naqalat-opens"),
    pytest.param("يدعى الشاب أحمد المحمد، والمعروف أن عائلته هاجرت منذ سنوات.", 0, id="yud'a-is-called"),
    pytest.param("وقال إن الحلين بين الحكومة والنقابة والمنظمة والأحزاب أن يتفقوا.", 1, id="bayna-mid"),
])
def test_an_ambiguous_verb_opening_a_sentence_has_its_subject_first(nlp, text, n):
    assert len(extract(nlp, text)[1]) == n


@pytest.mark.parametrize("text,n", [
    pytest.param("وبشأن حياد الأنترنات، ذكر هشام بسباس، أن الفصل 26 يضمن هذا المبدأ.", 1,
                 id="dhakara-after-a-fronted-pp"),
    pytest.param("وفي حديث لوكالة الأنباء، بين الدكتور محمد التوم، أن المنسج جزء من الكسوة.", 1,
                 id="bayyana-after-a-fronted-pp"),
    pytest.param("وأشارت إلى أن مشاريع التعاون، بين تونس والبنك، ستوجه الى المناطق التي قالت إنها فقيرة.",
                 1, id="bayna-between-a-pair"),
])
def test_an_ambiguous_verb_after_a_comma_opens_a_clause(nlp, text, n):
    assert len(extract(nlp, text)[1]) == n


@pytest.mark.parametrize("text", [
    pytest.param("وقال إن الإصلاح ضروري، مشيرا في هذا الصدد إلى أن الحكومة مستعدة.", id="fi-hadha-al-sadad"),
    pytest.param("وقال إن الإصلاح ضروري، مضيفا، عبر مدونة الشركة، أن الحكومة مستعدة.",
                 id="abra-between-commas"),
    pytest.param("وقال إن الإصلاح ضروري، موضحا لوكالة تونس افريقيا للأنباء أن الحكومة مستعدة.",
                 id="li-agency"),
])
def test_a_participle_with_a_pp_before_its_clause(nlp, text):
    rows = extract(nlp, text)[1]
    assert [r["content"] for r in rows] == ["الإصلاح ضروري", "الحكومة مستعدة"], rows


def test_a_participle_with_its_object_before_a_later_anna_does_not_report_it(nlp):
    text = "وقال إن الإصلاح ضروري، مشيرا إلى الصعوبات التي تواجه القطاع منذ أن بدأت الأزمة."
    rows = extract(nlp, text)[1]
    assert [r["cue"] for r in rows] == ["وقال"], rows


@pytest.mark.parametrize("text,content,source", [
    # a verb with no clause of its own leaves the sentence to the according-to phrase
    ("وتوفيت امرأة على عين المكان وقد وصفت حالة المصابين بالمستقرة، حسب مصدر أمني.",
     "وتوفيت امرأة على عين المكان وقد وصفت حالة المصابين بالمستقرة", "مصدر أمني"),
    ("أعلنت الشرطة الألمانية اليوم اعتقال شاب سوري، وفق ما أورده موقع دويتشه فيله.",
     "أعلنت الشرطة الألمانية اليوم اعتقال شاب سوري", "موقع دويتشه فيله"),
])
def test_according_to_after_a_verb_without_a_clause(nlp, text, content, source):
    rows = [a.to_dict() for a in nlp(text)._.attributions]
    assert [(r["content"]["text"], r["source"]["text"]) for r in rows] == [(content, source)]


@pytest.mark.parametrize("text,content,source", [
    # a phrase between commas after a short fragment of the clause: the longer rest is reported
    ("وتهدف هذه المفاوضات، وفق ما أكده المحامي لـ\"وات\" الاثنين، إلى الصلح بين الدولة التونسية "
     "ومنوبه.", "إلى الصلح بين الدولة التونسية ومنوبه", "المحامي"),
    ("وتتمثل مطالب الأعوان، وفق بيان النقابة، في تنقيح القانون الأساسي وإعادة هيكلة الإدارة.",
     "في تنقيح القانون الأساسي وإعادة هيكلة الإدارة", "بيان النقابة"),
    # a relative clause on the source is not what it reports; nor is a long clause before it
    ("وتعتمد هذه التقديرات، وفق مشروع الميزانية، الذي حصلت الوكالة على نسخة منه، على نمو بنسبة 2.5 بالمائة.",
     "وتعتمد هذه التقديرات", "مشروع الميزانية"),
    ("وتمكنت الوحدات الأمنية من حجز كمية من السجائر المهربة، وفق ما أفاد به مصدر أمني، الذي أكد حجز البضاعة.",
     "وتمكنت الوحدات الأمنية من حجز كمية من السجائر المهربة", "مصدر أمني"),
])
def test_according_to_in_the_middle_of_a_clause(nlp, text, content, source):
    rows = [a.to_dict() for a in nlp(text)._.attributions]
    assert (rows[0]["content"]["text"], rows[0]["speaker"]["text"]) == (content, source), rows


@pytest.mark.parametrize("text", [
    "وأكد حق الاتحاد في الاعتراض على هذا المنشور وفق المرجعيات القانونية.",  # a standard
    "وقال الوزير إن الاتفاق جيد استنادا إلى تقرير الخبراء.",  # part of the reported clause
    # بناء على: on the strength of (a request, information), not on someone's word
    "وبناء على هذه المعلومات وبعد استشارة النيابة العمومية تمت مداهمة منزل المظنون فيه.",
    "تمكنت الوحدات الأمنية بناء على معلومات استخباراتية من حجز كمية من الأسلحة.",
])
def test_according_to_phrase_that_reports_nothing(nlp, text):
    rows = [a.to_dict() for a in nlp(text)._.attributions]
    assert all(r["cue"]["text"] not in ("وفق", "استنادا إلى", "بناء على", "وبناء على")
               for r in rows if r["cue"])


def test_present_tense_verb_goes_on_with_the_reported_clause(nlp):
    """وتستنكر / وتؤكد with an object continue the clause; ويضيف X أن reports anew."""
    text = ("وذكرت وزارة الشؤون الخارجية، في بيان، أن تونس تدين وتستنكر بشدة هذا الفعل الإرهابي "
            "الجبان، وتؤكد مساندتها ودعمها لكل الجهود. وقال الوزير إن الوضع صعب، ويضيف المتحدث "
            "أن الحل قريب.")
    contents = [a.to_dict()["content"]["text"] for a in nlp(text)._.attributions]
    assert contents == ["تونس تدين وتستنكر بشدة هذا الفعل الإرهابي الجبان، وتؤكد مساندتها ودعمها لكل الجهود",
                        "الوضع صعب", "الحل قريب"]



@pytest.mark.parametrize("text,contents", [
    # لكنه + a reporting verb: a new report of the same speaker ends the first content
    ("واعتبر رئيس المجلس أن الحديث عن الأسماء مازال مبكرا ولكنه أكد أن الحكومة ستكون توافقية.",
     ["الحديث عن الأسماء مازال مبكرا", "الحكومة ستكون توافقية"]),
    ("وأكدت السفارة أن المطبات لم تكن وحدها سبب الإصابات، لكنها لفتت إلى أن بعض الركاب تجاهلوا الأحزمة.",
     ["المطبات لم تكن وحدها سبب الإصابات", "بعض الركاب تجاهلوا الأحزمة"]),
    # but حيث يعتبر with no clause of its own is "is considered", still the first content
    ("وأضاف الموقع أن الطبيب انتهك شرف مهنة الطب، حيث يعتبر التشخيص النفسي لشخصية عامة انتهاكا.",
     ["الطبيب انتهك شرف مهنة الطب، حيث يعتبر التشخيص النفسي لشخصية عامة انتهاكا"]),
    # a comma, و with an adverb, then a reporting verb with its clause: a new report
    ("أكدت وكالة الحماية الصحية أن الحالات وصلت إلى 1004، ومؤخرا أعلنت منظمة الصحة العالمية أن المرض تفشى.",
     ["الحالات وصلت إلى 1004", "المرض تفشى"]),
    # حيث + a reporting verb: "whereas he considers", a new report of the same speaker
    ("من جانبه قال المهندس السوري إن مشاركته هدفها كشف الحقيقة، حيث يرى أن وسائل الإعلام نقلت صورة"
     " مغالطة.", ["مشاركته هدفها كشف الحقيقة", "وسائل الإعلام نقلت صورة مغالطة"]),
    # a wish (متمنيا) is a report of its own, not part of the clause before it
    ("وأضاف المواطن أنه يشعر بالفرح وأنه مطمئن على تونس، متمنيا نزول الغيث النافع.",
     ["يشعر بالفرح وأنه مطمئن على تونس"]),
])
def test_a_second_report_ends_the_first_content(nlp, text, contents):
    rows = [a.to_dict() for a in nlp(text)._.attributions]
    assert [r["content"]["text"] for r in rows][:len(contents)] == contents


@pytest.mark.parametrize("text,expected", [
    # a report inside a reported clause, with its own named subject: an attribution of its own,
    # its subject the NP after إن; the reporter stays the one a later dropped subject refers to
    ("وقال تيري للجزيرة إن أوكامبو أبلغ الأمم المتحدة أن النازحين يعيشون في معسكرات. وأضاف أن الوضع خطير.",
     [("وقال", "أوكامبو أبلغ الأمم المتحدة أن النازحين يعيشون في معسكرات", "تيري"),
      ("أبلغ", "النازحين يعيشون في معسكرات", "أوكامبو"),
      ("وأضاف", "الوضع خطير", "تيري")]),
    ("وأكد الأمين العام للحزب أن رئيس الحكومة أوضح أن الحرب على الفساد متواصلة.",
     [("وأكد", "رئيس الحكومة أوضح أن الحرب على الفساد متواصلة", "الأمين العام للحزب"),
      ("أوضح", "الحرب على الفساد متواصلة", "رئيس الحكومة")]),
    # a verb with a document or an event for subject reports nothing inside the clause
    ("وقال الوزير إن التحقيقات ترجح أن الحادث عرضي.",
     [("وقال", "التحقيقات ترجح أن الحادث عرضي", "الوزير")]),
])
def test_a_report_inside_a_reported_clause(nlp, text, expected):
    rows = [a.to_dict() for a in nlp(text)._.attributions]
    assert [(r["cue"]["text"], r["content"]["text"], r["source"]["text"].split()[0] if r["source"] else None)
            for r in rows] == [(c, t, s.split()[0]) for c, t, s in expected], rows
