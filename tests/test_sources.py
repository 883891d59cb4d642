"""Sources: speaker NPs, dropped subjects, back-references, temporal words, appositions,
and the source's name, role, affiliation and gender."""

from __future__ import annotations

import pytest
from helpers import assert_attributions, extract

from spacy_attrib.lexicon import Lexicon
from spacy_attrib.normalize import normalize

PRO_DROP_CASES = [
    # وهو يجلس after the verb is a circumstantial clause, not its subject; after أما X the
    # ف of the comment clause ends the topic
    pytest.param(
        "أما أسامة العابد فتلقى عرضا من مركز تدريب المدربين. ويقول وهو يجلس في صالون شقته، إنه لا "
        "يريد أن يتذكر ذلك الحادث.",
        [{"cue": "ويقول", "speaker": None, "source": "أسامة العابد"}],
        id="circumstantial-clause-after-the-verb",
    ),
    pytest.param(
        "قالت وزيرة الصحة فاطمة الزهراني إن الوضع الوبائي مستقر. وقال مدير المستشفى الجامعي أحمد "
        "العلي إن الأسرة متوفرة. وأضافت أن حملة التلقيح ستتواصل حتى نهاية الشهر.",
        [{"speaker": "وزيرة الصحة فاطمة الزهراني"},
         {"speaker": "مدير المستشفى الجامعي أحمد العلي", "gender": "male"},
         {"kind": "indirect", "cue": "وأضافت", "speaker": None,
          "source": "وزيرة الصحة فاطمة الزهراني", "name": "فاطمة الزهراني", "gender": "female",
          "content": "حملة التلقيح ستتواصل حتى نهاية الشهر"}],
        id="feminine-skips-male",
    ),
    pytest.param(
        "وقالت رئيسة البلدية إن الأشغال ستنتهي قريبا. وأضاف المهندس أن التكلفة ارتفعت. "
        "وتابعت قائلة إن المدينة تستحق الأفضل.",
        [{"speaker": "رئيسة البلدية"}, {"speaker": "المهندس"},
         {"cue": "وتابعت", "speaker": None, "source": "رئيسة البلدية", "gender": "female",
          "content": "المدينة تستحق الأفضل"}],
        id="feminine-tabi3at-qaila",
    ),
    pytest.param(
        'قالت المتحدثة باسم الوزارة سارة الهاشمي إن الحوار متواصل. وأضافت: "نحن لا نريد التصعيد '
        'في هذه المرحلة".',
        [{"kind": "indirect", "source": "المتحدثة باسم الوزارة سارة الهاشمي"},
         {"kind": "direct", "cue": "وأضافت", "speaker": None,
          "source": "المتحدثة باسم الوزارة سارة الهاشمي", "gender": "female",
          "content": "نحن لا نريد التصعيد في هذه المرحلة"}],
        id="pro-drop-direct",
    ),
    pytest.param(
        "قال وزير المالية أحمد العلي إن الميزانية جاهزة. وقال محافظ البنك المركزي مروان العباسي "
        "إن التضخم مرتفع. وقال العلي إن العجز سيتراجع. وأضاف أن الضرائب لن ترتفع.",
        [{"speaker": "وزير المالية أحمد العلي"}, {"speaker": "محافظ البنك المركزي مروان العباسي"},
         {"speaker": "العلي", "source": "وزير المالية أحمد العلي"},
         {"cue": "وأضاف", "speaker": None, "source": "وزير المالية أحمد العلي",
          "content": "الضرائب لن ترتفع"}],
        id="last-mentioned-not-last-introduced",
    ),
    pytest.param(
        "قال الباحث باسكال واليش إن الصورة غامضة. وقال المشاركون إن الثوب أزرق. ويرى الباحث أن "
        "النتائج مهمة. واعتقدوا أن الثوب أبيض.",
        [{"source": "الباحث باسكال واليش"}, {"source": "المشاركون"}, {"source": "الباحث باسكال واليش"},
         {"cue": "واعتقدوا", "speaker": None, "source": "المشاركون", "content": "الثوب أبيض"}],
        id="plural-verb-skips-one-man",
    ),
    pytest.param(
        "وقالت حركة نداء تونس إنها ستمنح الحكومة ثقتها. أما الجبهة الشعبية (15 نائبا)، التي رفضت "
        "المشاركة في المشاورات، فقد عبرت عن تمسكها بموقفها، معتبرة أنها حكومة محاصصة.",
        [{"source": "حركة نداء تونس"},
         {"cue": "معتبرة", "speaker": None, "source": "الجبهة الشعبية", "content": "حكومة محاصصة"}],
        id="topic-of-amma",
    ),
]

BACKREF_CASES = [
    # a definite title with no earlier mention under its head stands for the titled person
    # quoted last (an epithet); not a surname (الشاهد), not an expert whose field follows
    pytest.param("وقالت الأستاذة الجامعية بجامعة منوبة، آمال قرامي، إن المصطلح قديم. وأفادت الباحثة أن "
                 "المصطلح استعمل منذ عقود.",
                 [{"cue": "وقالت"}, {"cue": "وأفادت",
                                    "source": "الأستاذة الجامعية بجامعة منوبة، آمال قرامي"}],
                 id="epithet-researcher"),
    pytest.param("قال رئيس المكتب التنفيذي للنقابة، رضا النصري، إن العملية أحبطت. وذكر النقابي الديواني أن "
                 "الحجز تم على الطريق الوطنية.",
                 [{"cue": "قال"}, {"cue": "وذكر",
                                  "source": "رئيس المكتب التنفيذي للنقابة، رضا النصري"}],
                 id="epithet-with-an-adjective"),
    # المتدخل / المتحدث alone is the person who took the floor last, also one the text named
    # as the subject of a verb that reports nothing, after "for his part"
    pytest.param("قالت رئيسة اللجنة فاطمة الشرفي إن الظاهرة تضاعفت. من جانبه، قدم الدكتور مهدي بن خليل "
                 "المختص في الطب الشرعي حصيلة لظاهرة الانتحار. ولاحظ المتدخل أن غالبية المنتحرين من الذكور.",
                 [{"cue": "قالت"}, {"cue": "ولاحظ", "source": "الدكتور مهدي بن خليل المختص"}],
                 id="intervener-named-by-a-non-reporting-verb"),
    pytest.param("قال رئيس اللجنة محمد الشرفي إن الظاهرة تضاعفت. ومن جهته، ركز المختص في الإنعاش، "
                 "الأستاذ أمان الله مسعدي، في مداخلته على الانتحار حرقا، وخلص إلى أن هذه الطريقة تضاعفت.",
                 [{"cue": "قال"}, {"cue": "وخلص", "speaker": None,
                                   "source": "المختص في الإنعاش، الأستاذ أمان الله مسعدي"}],
                 id="subject-after-for-his-part"),
    # المسؤول with a plain adjective (الحكومي، الجهوي) is the office holder quoted before, the
    # one whose own title has that adjective if there is one
    pytest.param("قال كاتب الدولة للهجرة، رضوان عيارة إن الترحيل تم وفق الإجراءات. وقال المسؤول الحكومي "
                 "إن التعاون متواصل.",
                 [{"cue": "قال"}, {"cue": "وقال", "source": "كاتب الدولة للهجرة، رضوان عيارة"}],
                 id="official-with-an-adjective"),
    pytest.param("قال المدير الجهوي للصحة سالم اليوسفي إن المصابين نقلوا إلى المستشفى. وقال وزير الصحة "
                 "إن الوزارة تتابع الوضع. وأضاف المسؤول الجهوي أن حالتهم مستقرة.",
                 [{"cue": "قال"}, {"cue": "وقال"},
                  {"cue": "وأضاف", "source": "المدير الجهوي للصحة سالم اليوسفي"}],
                 id="official-whose-title-has-the-adjective"),
    # a title word as surname ends the NP before a لـ phrase like any full name: the surname
    # said later is the minister, not that long NP that happens to contain it
    pytest.param("قال وزير الوظيفة العمومية السابق، عبيد البريكي إن الإقالة مفاجئة. ووصف البريكي، اثر اجراء "
                 "رئيس الحكومة يوسف الشاهد لتحوير وزاري تم بمقتضاه تعويض البريكي، القرار بالغريب. وقال "
                 "البريكي إن القرار مفاجئ.",
                 [{"cue": "قال"}, {"cue": "وقال", "source": "وزير الوظيفة العمومية السابق، عبيد البريكي"}],
                 id="title-surname-before-li"),
    # a definite title with a member PP and no name refers back to the person with that title,
    # not to a holder of the title in another body
    pytest.param("أعلن النائب وليد جلاد استقالته من كتلة حركة نداء تونس. وأكد النائب السابق عن حركة نداء "
                 "تونس أنه سيسعى إلى الانتماء إلى حزب جديد.",
                 [{"cue": "وأكد", "source": "النائب وليد جلاد"}], id="title-with-member-pp"),
    pytest.param("قال النائب عن الجبهة الشعبية منجي الرحوي إن الحكومة فشلت. وأكد النائب عن حركة النهضة أن "
                 "الحكومة نجحت.",
                 [{"cue": "قال"}, {"cue": "وأكد", "source": "النائب عن حركة النهضة"}],
                 id="title-of-another-body"),
    pytest.param("ومحمد عبادي أحد مؤسسي جماعة العدل والإحسان، وتقول المصادر في الجماعة: إنه متابع في "
                 "سبعة ملفات.",
                 [{"cue": "وتقول", "source": "المصادر في الجماعة"}], id="sources-in-a-body"),
    # an according-to source read only to its comma is the full mention's entity
    pytest.param("وتشرع الوزارة في توزيع الملفات على المستشفيات وفق ما أفاد به مدير البحث الطبي بوزارة "
                 "الصحة، الدكتور أنيس قلوز. وأضاف أن التوزيع سينطلق قريبا.",
                 [{"cue": "وفق ما"}, {"cue": "وأضاف", "speaker": None,
                                     "source": "مدير البحث الطبي بوزارة الصحة، الدكتور أنيس قلوز"}],
                 id="according-to-source-and-its-full-mention"),
    # unnamed bodies with the same head are one source only when one's words are among the
    # other's; a shared word (القدم) is no name when their nisbas name other places
    pytest.param(
        "وأعلنت وزارة الداخلية أن الوضع مستقر. ونفت وزارة الخارجية أن يكون السفير قد استدعي. "
        "وأضافت الوزارة أن العلاقات جيدة.",
        [{"source": "وزارة الداخلية"}, {"speaker": "وزارة الخارجية", "source": "وزارة الخارجية"},
         {"speaker": "الوزارة", "source": "وزارة الخارجية"}],
        id="two-ministries-are-two-sources",
    ),
    pytest.param(
        "أعلن الاتحاد الآسيوي لكرة القدم أنه قرر تأجيل المباراة. وطلب الاتحاد الماليزي لكرة القدم "
        "من الاتحاد الآسيوي عدم إقامة المباراة. وقال الاتحاد الآسيوي في بيان إن القرار نهائي.",
        [{"source": "الاتحاد الآسيوي لكرة القدم"},
         {"speaker": "الاتحاد الآسيوي", "source": "الاتحاد الآسيوي لكرة القدم"}],
        id="federations-of-two-places",
    ),
    pytest.param(
        "وقالت المتحدثة باسم الخارجية الأمريكية إن واشنطن تتابع الوضع. وقالت المتحدثة باسم الخارجية "
        "الروسية إن موسكو ترفض التدخل.",
        [{"affiliation": "الولايات المتحدة"},
         {"source": "المتحدثة باسم الخارجية الروسية", "affiliation": "روسيا"}],
        id="spokeswomen-of-two-countries",
    ),
    pytest.param(
        "وقالت وزارة الدفاع الأذربيجانية في بيان إن القوات الأرمينية قصفت مدينة ترتر. وأضافت أن "
        "القصف أسفر عن سقوط ضحايا. وقالت الوزارة نفسها إن الجيش رد على مصادر النيران.",
        [{"speaker": "وزارة الدفاع الأذربيجانية", "affiliation": "أذربيجان"},
         {"speaker": None, "source": "وزارة الدفاع الأذربيجانية"},
         {"cue": "وقالت", "speaker": "الوزارة نفسها", "source": "وزارة الدفاع الأذربيجانية",
          "affiliation": "أذربيجان", "content": "الجيش رد على مصادر النيران"}],
        id="al-wizara-nafsuha",
    ),
    pytest.param(
        "وقال وزير الخارجية الأرميني إن بلاده مستعدة للتفاوض. وأكد المسؤول الأرميني أن يريفان لن "
        "تتنازل.",
        [{"speaker": "وزير الخارجية الأرميني"},
         {"cue": "وأكد", "speaker": "المسؤول الأرميني", "source": "وزير الخارجية الأرميني",
          "affiliation": "أرمينيا", "content": "يريفان لن تتنازل"}],
        id="nisba-backref",
    ),
    pytest.param(
        "قالت وزارة الصحة إن الوضع مستقر. وقالت نقابة الأطباء إن المستشفيات مكتظة. وأكدت وزارة "
        "الصحة أن الأسرة متوفرة. وأضاف البيان أن حملة التلقيح ستتواصل.",
        [{"speaker": "وزارة الصحة"}, {"speaker": "نقابة الأطباء"}, {"speaker": "وزارة الصحة"},
         {"cue": "وأضاف", "speaker": "البيان", "source": "وزارة الصحة",
          "content": "حملة التلقيح ستتواصل"}],
        id="statement-of-the-body-last-mentioned",
    ),
]

TEMPORAL_CASES = [
    pytest.param("وقالت الوزارة الثلاثاء إن الحدود ستبقى مغلقة.", "الوزارة", id="weekday"),
    pytest.param("وقال الرئيس اليوم إن الانتخابات ستجرى في موعدها.", "الرئيس", id="al-yawm"),
    pytest.param("وقالت الوزارة صباح اليوم إن الحدود ستبقى مغلقة.", "الوزارة", id="sabah-al-yawm"),
    pytest.param("وأكد أمس الأحد وزير الداخلية أن الوضع الأمني مستقر.", "وزير الداخلية",
                 id="before-subject"),
    pytest.param("وقال المتحدث باسم الكرملين دميتري بيسكوف الثلاثاء إن روسيا لا تخطط لأي هجوم.",
                 "المتحدث باسم الكرملين دميتري بيسكوف", id="after-name"),
    # a full name in apposition between a comma and a time word is still the speaker's name
    pytest.param("قال الأمين العام لحزب التيار الديمقراطي، غازي الشواشي اليوم إن الحزب سيشارك.",
                 "الأمين العام لحزب التيار الديمقراطي، غازي الشواشي", id="after-name-in-apposition"),
    pytest.param("قال رئيس الجامعة التونسية للنزل، رضوان بن صالح اليوم إن الزيادة مرتجلة.",
                 "رئيس الجامعة التونسية للنزل، رضوان بن صالح", id="after-bin-name-in-apposition"),
    pytest.param("من جهته، قال وزير التجارة إن الأسعار ستستقر.", "وزير التجارة",
                 id="discourse-marker"),
]

DESCRIPTION_CASES = [
    # a person's name in construct with an indefinite institution names the institution
    # (معهد صالح عزيز); the speaker's own name, if any, comes after it
    pytest.param("وقال مدير معهد صالح عزيز إن الامتحانات ستجرى في موعدها.",
                 {"name": None, "role": "مدير معهد صالح عزيز", "affiliation": "معهد صالح عزيز"},
                 id="eponymous-institute"),
    pytest.param("وقال مدير معهد سالم بن حميدة بأكودة، فتحي الإمام إن الامتحانات ستجرى.",
                 {"name": "فتحي الإمام", "affiliation": "معهد سالم بن حميدة"}, id="eponym-with-bin"),
    pytest.param("وقال رئيس قسم الاستعجالي بمستشفى شارل نيكول نوفل السمراني إن الوضع مستقر.",
                 {"name": "نوفل السمراني", "affiliation": "مستشفى شارل نيكول"}, id="eponymous-hospital"),
    pytest.param("وقال مدير المعهد محمد الطرابلسي إن الامتحانات ستجرى.",
                 {"name": "محمد الطرابلسي", "affiliation": "المعهد"}, id="definite-body-then-name"),
    # the given name علي after a title is a name, not the preposition على
    pytest.param("وقال رئيس مجلس النواب المصري علي عبد العال إن الجلسة ستعقد غدا.",
                 {"name": "علي عبد العال", "role": "رئيس مجلس النواب المصري"}, id="ali-after-a-title"),
    pytest.param("وقال الصحفي علي بن مزين مدير تحرير موقع \"حوار الريف\" إن الاحتجاجات مستمرة.",
                 {"name": "علي بن مزين", "affiliation": "موقع \"حوار الريف\""}, id="ali-then-a-second-title"),
    # a member PP between the title and the name: the name after the body (not a place in
    # construct with an indefinite head: محافظة صلاح الدين)
    pytest.param("وقال النائب عن حركة نداء تونس سفيان طوبال إن الحزب موحد.",
                 {"name": "سفيان طوبال", "role": "النائب", "affiliation": "حركة نداء تونس"},
                 id="member-pp-then-name"),
    pytest.param("وقال مصدر أمني في محافظة صلاح الدين إن الهجوم صد.",
                 {"name": None, "affiliation": "محافظة صلاح الدين"}, id="place-in-construct-is-no-name"),
    pytest.param("وأوضح وزير التربية الأسبق في حكومة مهدي جمعة فتحي الجراي أن الخبر لا أساس له.",
                 {"name": "فتحي الجراي", "affiliation": "حكومة مهدي جمعة"}, id="government-then-name"),
    # لدى names where a title holder serves: the office is part of the mention, and an
    # envoy speaks for whom it represents, not for the host; لدى وصوله is a time
    pytest.param("وقال كاتب الدولة لدى وزير الفلاحة المكلف بالموارد المائية عبد الله الرابحي إن السدود "
                 "ممتلئة.",
                 {"name": "عبد الله الرابحي", "role": "كاتب الدولة لدى وزير الفلاحة المكلف بالموارد المائية",
                  "affiliation": "وزارة الفلاحة"}, id="secretary-of-state-at-a-minister"),
    pytest.param("وقال سفير فرنسا لدى تونس أوليفيي بوافر دارفور إن الولاية قادرة على الاستقطاب.",
                 {"name": "أوليفيي بوافر دارفور", "affiliation": "فرنسا"}, id="envoy-to-a-country"),
    pytest.param("وقال سفير تونس لدى الأمم المتحدة إن الوضع خطير.", {"affiliation": "تونس"},
                 id="envoy-to-a-body"),
    pytest.param("وقال رئيس الحكومة لدى وصوله للجهة إن القرارات ستعلن.", {"source": "رئيس الحكومة"},
                 id="lada-upon-arrival"),
    # an apposition, then the name between commas, then whom the speaker told: the name is
    # the segment that starts with a given name, the addressee no part of the mention
    pytest.param("وقال وزير الخارجية في الحكومة المؤقتة، المنبثقة شرعيا عن مجلس النواب، محمد الدايري، "
                 "لـ\"سكاي نيوز عربية\" إن بلاده قررت قطع العلاقات.",
                 {"source": "وزير الخارجية في الحكومة المؤقتة، المنبثقة شرعيا عن مجلس النواب، محمد الدايري",
                  "name": "محمد الدايري"}, id="name-after-an-apposition-then-addressee"),
    # من أجل in a body's name, على + an outlet after a journalist: part of the mention
    pytest.param("وقال رئيس الجمعية التونسية من أجل نزاهة وديمقراطية الإنتخابات \"عتيد\"، معز بوراوي، إن "
                 "الهيئة مستقلة.",
                 {"name": "معز بوراوي",
                  "role": "رئيس الجمعية التونسية من أجل نزاهة وديمقراطية الإنتخابات \"عتيد\""},
                 id="body-named-for-a-cause"),
    pytest.param("وكشفت صحفية على قناة \"بي أف ام تي في\" الأوروبية أن المهاجم كان معروفا.",
                 {"role": "صحفية", "affiliation": "قناة \"بي أف ام تي في\""}, id="journalist-on-a-channel"),
    pytest.param("وقال الوزير إنه سيعمل من أجل تحسين الوضع.", {"source": "الوزير"},
                 id="min-ajl-after-a-title"),
    # a title word as surname ends the NP before a لـ phrase like any full name, but a title
    # after a surname keeps its complement
    pytest.param("وأكد الناجي بن مبروك الكاتب العام لنقابة الحماية المدنية أن العون تعرض لحادث شغل.",
                 {"source": "الناجي بن مبروك الكاتب العام لنقابة الحماية المدنية"},
                 id="title-after-a-surname"),
    # a sector after لـ goes on with its conjoined words; a regional title's place is no name
    pytest.param("وقال رئيس الاتحاد الجهوي للفلاحة والصيد البحري بصفاقس إن الموسم جيد.",
                 {"name": None, "affiliation": "الاتحاد الجهوي للفلاحة والصيد البحري"}, id="sector-with-and"),
    pytest.param("وقال الناطق باسم المحكمة الابتدائية والقطب القضائي لمكافحة الإرهاب إن الموقوف أحيل.",
                 {"affiliation": "المحكمة الابتدائية"}, id="second-body-after-and"),
    pytest.param("وقال رئيس الهيئة السياسية لحزب المؤتمر من أجل الجمهورية سمير بن عمر إن الحزب موحد.",
                 {"name": "سمير بن عمر", "affiliation": "حزب المؤتمر من أجل الجمهورية"},
                 id="party-for-a-cause"),
    # a portfolio whose first word is indefinite, with a conjunction typed apart
    pytest.param("وقالت وزيرة شؤون الشباب و الرياضة ماجدولين الشارني إن الرياضة مهمة.",
                 {"name": "ماجدولين الشارني", "affiliation": "وزارة شؤون الشباب و الرياضة"},
                 id="portfolio-in-construct"),
    pytest.param("وقال وزير خارجية أوباما جون كيري إن الحل سياسي.", {"name": "جون كيري", "affiliation": None},
                 id="minister-of-a-person"),
    # countries and nisbas of several words
    pytest.param("وقال وزير خارجية الولايات المتحدة ريكس تيلرسون إن الحل سياسي.",
                 {"name": "ريكس تيلرسون", "affiliation": "الولايات المتحدة"}, id="two-word-country"),
    pytest.param("وقال المسؤول الكوري الجنوبي إن الوضع خطير.", {"affiliation": "كوريا الجنوبية"},
                 id="two-word-nisba"),
    pytest.param("وقال سفير تونس بالولايات المتحدة إن الوضع خطير.", {"affiliation": "تونس"},
                 id="two-word-posting-is-no-affiliation"),
    # a programme the person was the guest of is neither name nor title
    pytest.param("وقال وزير التربية ناجي جلول ضيف بوليتيكا إن الإصلاح متواصل.",
                 {"name": "ناجي جلول", "role": "وزير التربية"}, id="guest-of-a-programme"),
    # an indefinite body after the title governs its place: the body is the affiliation
    pytest.param("وقال رئيس بلدية سوسة إن المشروع جاهز.",
                 {"name": None, "role": "رئيس بلدية سوسة", "affiliation": "بلدية سوسة"},
                 id="mayor-of-a-town"),
    # a department's head speaks for the organisation after في, not for the department
    pytest.param("وقال مدير العمليات في منظمة أطباء بلا حدود إن الوضع خطير.",
                 {"role": "مدير العمليات", "affiliation": "منظمة أطباء بلا حدود"}, id="department-of-a-body"),
    # في بيانها: where the body spoke, not part of it
    pytest.param("وأكدت وزارة الثقافة في بيانها أن المهرجان سيقام.",
                 {"source": "وزارة الثقافة", "affiliation": "وزارة الثقافة"}, id="body-in-its-statement"),
    # a time word in construct with an indefinite title, before a name, is part of it
    pytest.param("أكد مدير أيام قرطاج السينمائية \"نجيب عياد\" أنه قبل التكليف.",
                 {"source": "مدير أيام قرطاج السينمائية \"نجيب عياد\"", "name": "نجيب عياد"},
                 id="festival-days"),
    pytest.param("وقال مسؤول أمس إن الوضع هادئ.", {"source": "مسؤول"}, id="yesterday-is-no-name"),
    # a title word after a given name is the surname, inside the body's name
    pytest.param("وقال مسؤول في حكومة يوسف الشاهد إن البلديات جاهزة.",
                 {"role": "مسؤول", "affiliation": "حكومة يوسف الشاهد"}, id="government-of-a-named-person"),
    # appositions: the name inside a second title (الدكتورة X), a second title after و, and
    # only one name: a comma after it ends the NP
    pytest.param("وأكدت مديرة إدارة الصيدلة والدواء، الدكتورة إيناس الفرادي ، توفر الدواء بصيدليات "
                 "المستشفيات، مبينة أن الملفات جاهزة.",
                 {"source": "مديرة إدارة الصيدلة والدواء، الدكتورة إيناس الفرادي", "name": "إيناس الفرادي",
                  "role": "مديرة إدارة الصيدلة والدواء"}, id="name-in-a-second-title"),
    pytest.param("وقال رئيس الغرفة الجهوية للمخابز، وعضو الغرفة الوطنية، عبد اللطيف المرزوقي إن القرار خاطئ.",
                 {"name": "عبد اللطيف المرزوقي", "role": "رئيس الغرفة الجهوية للمخابز"},
                 id="second-title-after-wa"),
    # gender: the title's, unless the given name disagrees, then the verb's
    pytest.param("أعلنت وزير المالية، لمياء الزريبي، أن التمويلات قطرية.",
                 {"name": "لمياء الزريبي", "role": "وزير المالية", "gender": "female"},
                 id="feminine-verb-and-name-with-a-masculine-title"),
    pytest.param("وقال المؤرخ رجاء فرحات إن الحملة مزيفة.", {"gender": "male"},
                 id="masculine-verb-and-title-with-an-ambiguous-name"),
    # a group: its quantifier phrase is the role, it has no name
    pytest.param("وقال عدد من النواب عن حركة النهضة إن المشروع جاهز.",
                 {"name": None, "role": "عدد من النواب", "affiliation": "حركة النهضة"},
                 id="group-of-members"),
    pytest.param("وقال أحد زعماء الحركة عبد الرؤوف إن المشروع جاهز.",
                 {"name": "عبد الرؤوف", "role": "أحد زعماء الحركة"}, id="one-of-a-group-with-a-name"),
    pytest.param(
        "وقال المتحدث باسم الكرملين دميتري بيسكوف إن روسيا لا تخطط لأي هجوم.",
        {"name": "دميتري بيسكوف", "role": "المتحدث باسم الكرملين", "affiliation": "الكرملين",
         "gender": "male"},
        id="kremlin-spokesman",
    ),
    pytest.param(
        "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار.",
        {"name": "سيرغي لافروف", "role": "وزير الخارجية الروسي", "affiliation": "روسيا",
         "gender": "male"},
        id="nisba-russia",
    ),
    pytest.param(
        "وقال وزير الخارجية الأمريكي أنتوني بلينكن إن واشنطن تدعم الحل الدبلوماسي.",
        {"name": "أنتوني بلينكن", "role": "وزير الخارجية الأمريكي",
         "affiliation": "الولايات المتحدة"},
        id="nisba-usa",
    ),
    pytest.param(
        "فقال الرئيس التونسي قيس سعيد إن الدولة لن تتراجع عن الإصلاحات.",
        {"name": "قيس سعيد", "role": "الرئيس التونسي", "affiliation": "تونس", "gender": "male"},
        id="nisba-tunisia",
    ),
    pytest.param(
        "وقالت المتحدثة باسم البيت الأبيض كارين جان بيير إن الرئيس سيزور المنطقة.",
        {"name": "كارين جان بيير", "role": "المتحدثة باسم البيت الأبيض",
         "affiliation": "البيت الأبيض", "gender": "female"},
        id="female-spokeswoman",
    ),
    pytest.param(
        "قالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مواقع في المنطقة.",
        {"affiliation": "أذربيجان"},
        id="organisation-nisba",
    ),
    pytest.param(
        "وقالت مريم الخالدي إن المعرض سيفتتح الأسبوع المقبل.",
        {"name": "مريم الخالدي", "role": None, "gender": "female"},
        id="gender-from-verb",
    ),
    pytest.param(
        "وأعلنت الوزيرة أن الميزانية جاهزة.",
        {"role": "الوزيرة", "gender": "female"},
        id="gender-from-role-and-verb",
    ),
    pytest.param(
        "وقال المتحدث باسم الحكومة إن اللقاء كان إيجابيا.",
        {"name": None, "role": "المتحدث باسم الحكومة", "affiliation": "الحكومة", "gender": "male"},
        id="role-only",
    ),
]


@pytest.mark.parametrize("text,expected", PRO_DROP_CASES)
def test_dropped_subject_resolves_to_antecedent(nlp, text, expected):
    _, rows = extract(nlp, text)
    assert_attributions(rows, expected)


@pytest.mark.parametrize("text,expected", BACKREF_CASES)
def test_back_reference_resolves_to_fullest_mention(nlp, text, expected):
    _, rows = extract(nlp, text)
    assert_attributions(rows, expected)


def test_an_expert_with_his_field_is_no_epithet(nlp):
    text = ("قال والي بن عروس، عبد اللطيف الميساوي إن القطع أثرية. وتبين بعد الفحوصات وفق المختص في "
            "التراث نزار بن سليمان أن قطعتين رومانيتان.")
    rows = extract(nlp, text)[1]
    assert [r["cue"] for r in rows] == ["قال", "وفق"], rows
    assert "الميساوي" not in rows[1]["source"], rows


@pytest.mark.parametrize("text,speaker", TEMPORAL_CASES)
def test_temporal_words_are_not_part_of_the_speaker(nlp, text, speaker):
    _, rows = extract(nlp, text)
    assert len(rows) == 1
    assert rows[0]["speaker"] == speaker
    assert rows[0]["source"] == speaker


@pytest.mark.parametrize("text,expected", DESCRIPTION_CASES)
def test_source_description(nlp, text, expected):
    _, rows = extract(nlp, text)
    assert len(rows) == 1
    assert {k: rows[0][k] for k in expected} == expected, rows[0]


def test_kremlin_role_and_affiliation_as_the_guidelines_phrase_it(nlp):
    text = "وقال المتحدث باسم الكرملين دميتري بيسكوف إن روسيا لا تخطط لأي هجوم."
    (row,) = extract(nlp, text)[1]
    assert "بيسكوف" in row["name"]
    assert row["role"].startswith("المتحدث")
    assert row["affiliation"] in ("الكرملين", "روسيا")


def test_apposition_between_commas_is_part_of_the_speaker(nlp):
    text = "وقال أحمد الصالح، المتحدث باسم وزارة الداخلية، إن الوضع الأمني مستقر."
    (row,) = extract(nlp, text)[1]
    assert row["speaker"] == "أحمد الصالح، المتحدث باسم وزارة الداخلية"
    assert row["source"] == row["speaker"]
    assert row["content"] == "الوضع الأمني مستقر"


def test_source_entity_is_shared_by_later_mentions(nlp):
    text = ("وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار. وأكد لافروف أن "
            "العقوبات لن تغير موقف بلاده.")
    _, rows = extract(nlp, text)
    assert [r["speaker"] for r in rows] == ["وزير الخارجية الروسي سيرغي لافروف", "لافروف"]
    assert [r["source"] for r in rows] == ["وزير الخارجية الروسي سيرغي لافروف"] * 2
    assert rows[1]["affiliation"] == "روسيا"


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("وقال أحمد الصالح، المتحدث باسم وزارة الداخلية، إن الوضع الأمني مستقر.",
                     {"name": "أحمد الصالح", "role": "المتحدث باسم وزارة الداخلية",
                      "affiliation": "وزارة الداخلية"}, id="spokesman"),
        pytest.param("وقال إلهام علييف، الرئيس الأذربيجاني، إن بلاده لن تتنازل عن أراضيها.",
                     {"name": "إلهام علييف", "role": "الرئيس الأذربيجاني", "affiliation": "أذربيجان"},
                     id="president"),
        pytest.param("وأفاد مصدر أمني مطلع أن الموقوف اعترف.",
                     {"name": None, "role": "مصدر أمني مطلع"}, id="adjectives-of-an-indefinite-title"),
        pytest.param("وقال مسؤول حكومي قطري إن المفاوضات متواصلة.",
                     {"name": None, "role": "مسؤول حكومي قطري", "affiliation": "قطر"},
                     id="relational-adjective-and-nisba"),
        pytest.param("وقال سامي الفرجاني المكلف بالإعلام بحزب الأمل إن الحزب سيشارك.",
                     {"name": "سامي الفرجاني", "role": "المكلف بالإعلام بحزب الأمل",
                      "affiliation": "حزب الأمل"}, id="press-officer-after-the-name"),
        # a construct title ends at its definite word: the bare words after it start the name,
        # also before a known given name that is not the first of them
        pytest.param("وقال وزير الداخلية أسد الزمان خان إن الهجوم فشل.",
                     {"name": "أسد الزمان خان", "role": "وزير الداخلية",
                      "affiliation": "وزارة الداخلية"}, id="name-after-a-closed-construct"),
        pytest.param("وقال رئيس مجموعة البنك الدولي جيم يونغ كيم إن النمو ضعيف.",
                     {"name": "جيم يونغ كيم", "role": "رئيس مجموعة البنك الدولي",
                      "affiliation": "البنك الدولي"}, id="name-before-a-known-given-name"),
        pytest.param("وقال الناطق الرسمي باسم محاكم صفاقس مراد التركي إن المتهم أوقف.",
                     {"name": "مراد التركي", "role": "الناطق الرسمي باسم محاكم صفاقس",
                      "affiliation": "محاكم صفاقس"}, id="body-after-bism-and-a-nisba-surname"),
        pytest.param("وقال رئيس الرابطة التونسية للتسامح، صلاح الدين المصري إن الحوار ضروري.",
                     {"name": "صلاح الدين المصري", "affiliation": "الرابطة التونسية للتسامح"},
                     id="nisba-surname-after-a-two-word-given-name"),
        pytest.param("وقال العميد محمد الغصري المتحدث باسم وزارة الدفاع إن القوات تقدمت.",
                     {"name": "محمد الغصري", "role": "المتحدث باسم وزارة الدفاع",
                      "affiliation": "وزارة الدفاع"}, id="second-title-names-the-body"),
        # what a body defends is part of its name (منظمة الدفاع عن المستهلك); a client's
        # lawyers are not (هيئة الدفاع | عن المتهم)
        pytest.param("وقال رئيس منظمة الدفاع عن المستهلك سليم سعد الله إن الأسعار ارتفعت.",
                     {"name": "سليم سعد الله", "affiliation": "منظمة الدفاع عن المستهلك"},
                     id="body-named-with-what-it-defends"),
        # a regional head of a sector speaks for the regional office of that sector
        pytest.param("وقالت المديرة الجهوية للتجارة بالمنستير سهام مبروك إن المراقبة متواصلة.",
                     {"name": "سهام مبروك", "affiliation": "الإدارة الجهوية للتجارة"},
                     id="regional-director"),
        pytest.param("وقال المندوب الجهوي للفلاحة إن الموسم جيد.",
                     {"affiliation": "المندوبية الجهوية للفلاحة"}, id="regional-delegate"),
        # a لل complement right after a body names its sector, not a body of its own; a
        # body after لل that heads others is one
        pytest.param("وقال كاتب عام النقابة الأساسية للصحة محمد علي إن الإضراب ناجح.",
                     {"affiliation": "النقابة الأساسية للصحة"}, id="sector-of-a-union"),
        pytest.param("وقال رئيس المكتب التنفيذي للنقابة الموحدة لأعوان الديوانة رضا النصري إن الإضراب ناجح.",
                     {"affiliation": "النقابة الموحدة لأعوان الديوانة"}, id="union-of-an-office"),
        # a nationality as the head noun: the name follows it
        pytest.param("وقال الجامايكي يوسين بولت إن التحدي كبير.",
                     {"speaker": "الجامايكي يوسين بولت", "name": "يوسين بولت", "affiliation": "جامايكا"},
                     id="nationality-then-name"),
        pytest.param("وقالت رويترز إن الإضراب ناجح.", {"affiliation": "رويترز"}, id="news-agency"),
        # a sports club named in the mention (sports_clubs), also after لل
        pytest.param("وقال المستشار المالي للنجم الساحلي رضا الغزي إن الديون كبيرة.",
                     {"name": "رضا الغزي", "affiliation": "النجم الساحلي"}, id="club-after-lil"),
        pytest.param("وقال مدرب ريال مدريد زين الدين زيدان إن الفريق جاهز.",
                     {"affiliation": "ريال مدريد"}, id="club-in-construct"),
        pytest.param("وقال الخبير في الشأن الليبي رافع الطبيب إن الحدود مهددة.",
                     {"name": "رافع الطبيب", "affiliation": None}, id="field-nisba-is-no-affiliation"),
        # a radio station: أف أم is FM, not أم "or"; a correspondent speaks for the outlet
        pytest.param("وأوضح مراسل الجوهرة أف أم أن الطريق مغلقة.",
                     {"speaker": "مراسل الجوهرة أف أم", "affiliation": "الجوهرة أف أم"},
                     id="correspondent-of-an-fm-station"),
        pytest.param("وقالت منظمة الدفاع عن المستهلك إن الأسعار ارتفعت.",
                     {"speaker": "منظمة الدفاع عن المستهلك",
                      "affiliation": "منظمة الدفاع عن المستهلك"}, id="body-defends-as-speaker"),
        pytest.param("وقال الباحث رياض الأشقر الناطق الإعلامي للمركز إن الأسرى مضربون.",
                     {"name": "رياض الأشقر", "role": "الناطق الإعلامي للمركز"},
                     id="second-title-after-a-name"),
    ],
)
def test_apposition_splits_name_and_role(nlp, text, expected):
    (row,) = extract(nlp, text)[1]
    assert {k: row[k] for k in expected} == expected, row


# --- harder cases from ANNOTATION.md (some still xfail: see the reasons) -----------


def test_svo_subject_with_apposition(nlp):
    text = "أنار إيفازوف، المتحدث باسم وزارة الدفاع الأذربيجانية، قال إن القصف استمر."
    _, rows = extract(nlp, text)
    assert_attributions(rows, [{
        "cue": "قال", "content": "القصف استمر",
        "speaker": "أنار إيفازوف، المتحدث باسم وزارة الدفاع الأذربيجانية",
        "source": "أنار إيفازوف، المتحدث باسم وزارة الدفاع الأذربيجانية",
        "affiliation": "أذربيجان"}])


def test_name_ending_in_ali(nlp):
    (row,) = extract(nlp, "وقالت سلمى بن علي إن المشروع سينطلق قريبا.")[1]
    assert row["speaker"] == "سلمى بن علي"
    assert row["name"] == "سلمى بن علي"


@pytest.mark.parametrize(
    "text,source",
    [
        pytest.param("وفقا لوزارة الداخلية، تم إيقاف ثلاثة أشخاص مشتبه بهم.", "وزارة الداخلية",
                     id="wifqan"),
        pytest.param("وارتفعت الصادرات بنسبة 12 بالمائة طبقا لمعطيات المعهد الوطني للإحصاء.",
                     "معطيات المعهد الوطني للإحصاء", id="tibqan"),
    ],
)
def test_according_to_li_source_has_no_preposition(nlp, text, source):
    (row,) = extract(nlp, text)[1]
    assert row["speaker"] == source
    assert row["source"] == source
    assert not (row["name"] or "").startswith("ل")


@pytest.mark.parametrize("text,source", [
    # a member PP after an according-to source, up to the end of the clause or the next report
    pytest.param("وتم حجز ثلاثة أسلحة، حسب ما ذكره مصدر في وزارة الداخلية.", "مصدر في وزارة الداخلية",
                 id="pp-to-the-period"),
    pytest.param("وتم حجز ثلاثة أسلحة، وفق ما أفاد به مصدر من الحماية المدنية لـ\"الجوهرة أف أم\".",
                 "مصدر من الحماية المدنية", id="pp-before-the-addressee"),
    # (not an event it spoke in: في نشرة خاصة)
    pytest.param("ويكون الطقس ممطرا، بحسب ما أفاد به المعهد الوطني للرصد الجوي في نشرة خاصة.",
                 "المعهد الوطني للرصد الجوي", id="not-the-bulletin"),
])
def test_according_to_source_keeps_its_pp(nlp, text, source):
    rows = extract(nlp, text)[1]
    assert rows[0]["speaker"] == source, rows


def test_hasab_tabirihi_refers_back(nlp):
    text = ("وقال المدير العام للشركة إن الإنتاج ارتفع. «سنواصل دعم المؤسسات الصغرى والمتوسطة»، "
            "حسب تعبيره.")
    _, rows = extract(nlp, text)
    assert_attributions(rows, [
        {"source": "المدير العام للشركة", "content": "الإنتاج ارتفع"},
        {"kind": "direct", "source": "المدير العام للشركة",
         "content": "سنواصل دعم المؤسسات الصغرى والمتوسطة"}])


AFFILIATION_CASES = [
    # a لـ complement of a body and its adjectives is part of the name, with its own nisba;
    # an outlet after a body is whom it told
    pytest.param("وقال رئيس النقابة الوطنية للصحفيين التونسيين ناجي البغوري إن الوضع صعب.",
                 "النقابة الوطنية للصحفيين التونسيين", id="union-with-its-complement"),
    pytest.param("وقال الناطق باسم المحكمة الإدارية لوكالة تونس افريقيا للأنباء إن الطعن رفض.",
                 "المحكمة الإدارية", id="outlet-after-a-body-is-an-addressee"),
    # the head of government speaks for the government (a body of one word), unless a
    # nisba names the country
    pytest.param("وقال رئيس الحكومة يوسف الشاهد إن الوضع صعب.", "الحكومة", id="head-of-government"),
    pytest.param("وقال رئيس الحكومة الأسبق إن الوضع صعب.", "الحكومة", id="former-head-of-government"),
    pytest.param("وقال رئيس الحكومة المغربي سعد الدين العثماني إن الوضع صعب.", "المغرب",
                 id="head-of-government-with-a-nisba"),
    # a nisba inside a body's name, before its لـ complement, is part of the name
    pytest.param("وقال الأمين العام للاتحاد العام التونسي للشغل، حسين العباسي، إن الوضع صعب.",
                 "الاتحاد العام التونسي للشغل", id="nisba-inside-a-union-name"),
    pytest.param("وقالت المنظمة التونسية لمناهضة التعذيب إن الوضع صعب.",
                 "المنظمة التونسية لمناهضة التعذيب", id="nisba-inside-the-speaking-body"),
    pytest.param("وقال المرصد السوري لحقوق الإنسان إن القصف تواصل.", "المرصد السوري لحقوق الإنسان",
                 id="nisba-inside-an-observatory"),
    # a department's head named before his title: the body after it, not the department
    pytest.param("وقال تيري ديران مدير العمليات في منظمة أطباء بلا حدود إن الوضع صعب.",
                 "منظمة أطباء بلا حدود", id="department-then-body-after-the-mention"),
    pytest.param("وقال ماريو أندراده، مدير الاتصالات في اللجنة المنظمة، إن الوضع صعب.",
                 "اللجنة المنظمة", id="department-then-body-after-an-apposition"),
    # a nisba before من أجل, the cause in a body's name, is part of the name
    pytest.param("وقال معز بوراوي رئيس الجمعية التونسية من أجل نزاهة الانتخابات إن الوضع صعب.",
                 "الجمعية التونسية من أجل نزاهة الانتخابات", id="nisba-before-min-ajl"),
    # an adverb between commas is no apposition of the body; the document a body issued
    # is its object, not more of its name
    pytest.param("ستطلق الهيئة الوطنية للاتصالات، قريبا، منصة جديدة. وقال رئيس الهيئة، هشام بسباس، "
                 "إن المنصة جاهزة.", "الهيئة الوطنية للاتصالات", id="adverb-between-commas"),
    pytest.param("ونشر موقع ويكيليكس تقريرا قال فيه إن الوكالة تجسست على الوزراء.", "موقع ويكيليكس",
                 id="document-object-after-a-body"),
    # a definite verbal noun after a body's definite لل complement is the verb's object
    pytest.param("وجدد الاتحاد العام التونسي للشغل التأكيد على أن الأزمة اقتصادية.",
                 "الاتحاد العام التونسي للشغل", id="verbal-noun-object-after-a-complement"),
    # a plural nisba agrees with the genitive of a body word, not with the body
    pytest.param("وقالت رئيسة جمعية القضاة التونسيين روضة القرافي إن القضاة يعانون.",
                 "جمعية القضاة التونسيين", id="plural-nisba-of-a-genitive"),
    pytest.param("وقال وزير الخارجية التونسي إن الوضع صعب.", "تونس", id="nisba-closing-a-title"),
    pytest.param("وقالت الحكومة التونسية لوكالة الأنباء إن الوضع صعب.", "تونس",
                 id="nisba-before-an-addressee"),
    # الخارجية completes the portfolio الشؤون الخارجية: the ministry, not a body word alone
    pytest.param("وقال وزير الشؤون الخارجية خميس الجهيناوي إن الزيارة ناجحة.", "وزارة الشؤون الخارجية",
                 id="portfolio-ending-in-a-body-word"),
    # a bare definite body names the body of that head named last before it
    # (also when the earlier mention names the body after a title: X الكاتب العام لنقابة Y)
    pytest.param("انطلقت الاحتجاجات وفق ما أكده الناجي بن مبروك الكاتب العام لنقابة الحماية المدنية "
                 "بالجهة. وأشار الكاتب العام للنقابة إلى أن الإطارات النقابية التقت بالوالي.",
                 "نقابة الحماية المدنية", id="generic-body-named-after-a-title"),
    pytest.param("انتخب حزب آفاق تونس مكتبا سياسيا جديدا. وقال رئيس المكتب السياسي للحزب إن الحزب "
                 "موحد.", "حزب آفاق تونس", id="party-named-before"),
    pytest.param("اجتمع الوفد مع الحكومة بالقصبة. وقال الناطق الرسمي باسم الحكومة إن الاجتماع كان "
                 "إيجابيا.", "الحكومة", id="generic-body-before-a-place-stays"),
    # a one-word generic body keeps its nisba: الإدارة alone names no body
    pytest.param("وقال مسؤول كبير في الإدارة الأمريكية إن الرئيس سيزور المنطقة.", "الإدارة الأمريكية",
                 id="generic-body-keeps-its-nisba"),
    pytest.param("وقال مصدر في الشرطة الفرنسية إن المشتبه به اعتقل.", "الشرطة الفرنسية",
                 id="source-in-the-police"),
    # a portfolio of relations goes on with مع; the body after it is not the minister's
    pytest.param("وقال مهدي بن غربية وزير العلاقة مع الهيئات الدستورية والمجتمع المدني إن الحكومة ستواصل"
                 " الإصلاحات.", "وزارة العلاقة مع الهيئات الدستورية والمجتمع المدني",
                 id="relations-portfolio"),
    pytest.param("وأكد وزير العلاقات مع البرلمان أن القانون جاهز.", "وزارة العلاقات مع البرلمان",
                 id="relations-with-parliament"),
    # a coach or player speaks for the team the title governs
    pytest.param("وقال مدرب المنتخب الوطني للجيدو أنيس الونيفي إن الفريق جاهز.", "المنتخب الوطني للجيدو",
                 id="coach-of-the-team"),
    # a party whose name holds the country (نداء تونس، آفاق تونس) is the affiliation, not Tunisia
    pytest.param("وقال القيادي بافاق تونس فوزي عبد الرحمان إن الحكومة مستمرة.", "افاق تونس",
                 id="party-named-with-its-country"),
    pytest.param("وقال الناشط السياسي عبد الستار المسعودي، أحد مؤسسي نداء تونس، إن الحكومة مستمرة.",
                 "نداء تونس", id="party-in-an-apposition"),
    pytest.param("وقال القيادي بحركة نداء تونس سفيان طوبال إن الحكومة مستمرة.", "حركة نداء تونس",
                 id="party-keeps-its-head"),
    # a minister placed in no country speaks for the ministry of the portfolio; a nisba or a
    # country still names the country
    pytest.param("وقال وزير التجارة رضا لحول إن الأسعار مستقرة.", "وزارة التجارة", id="minister-ministry"),
    pytest.param("وقال وزير الفلاحة والموارد المائية والصيد البحري، سعد الصديق، إن الموسم جيد.",
                 "وزارة الفلاحة والموارد المائية والصيد البحري", id="minister-long-portfolio"),
    pytest.param("وقالت وزيرة العدل بالإنابة إن الملف جاهز.", "وزارة العدل", id="acting-minister-ministry"),
    pytest.param("وقالت وزيرة الثقافة والمحافظة على التراث سنية مبارك إن المهرجان ناجح.", "وزارة الثقافة",
                 id="second-portfolio-is-no-body"),
    pytest.param("وقال وزير الخارجية الفرنسي إن الملف جاهز.", "فرنسا", id="minister-with-a-nisba"),
    pytest.param("وقال وزير خارجية فرنسا إن الملف جاهز.", "فرنسا", id="minister-of-a-country"),
    # a ministry after بـ in a title is the outer body, not the department before it
    pytest.param("وقال مدير عام الشؤون القنصلية بوزارة الخارجية إن الملف جاهز.", "وزارة الخارجية",
                 id="department-bi-ministry"),
    pytest.param("وقال المدير العام للشركة إن الإنتاج ارتفع.", "الشركة", id="lil-sharika"),
    pytest.param("قال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الوضع الإنساني كارثي.",
                 "الأمم المتحدة", id="united-nations"),
    pytest.param("وقال رئيس المكتب التنفيذي لحزب العمال سامي بن علي إن الحزب سيشارك في الانتخابات.",
                 "حزب العمال", id="governed-party-is-the-outer-body"),
    pytest.param("وقال الكاتب العام للنقابة الجهوية لأعوان الصحة سمير الهادي إن الإضراب قائم.",
                 "النقابة الجهوية لأعوان الصحة", id="union-keeps-its-complement"),
    pytest.param("وقال المسؤول بإدارة الطوارئ كمال السعيدي إن الفرق تدخلت.",
                 "إدارة الطوارئ", id="body-after-bi"),
    pytest.param("وقالت مديرة منظمة أطباء العالم بتونس ليلى حمدي إن الحملة انطلقت.",
                 "منظمة أطباء العالم", id="place-after-body-dropped"),
    pytest.param("وقال رئيس الغرفة الجهوية للنزل بولاية سوسة كريم الزواري إن الموسم واعد.",
                 "الغرفة الجهوية للنزل", id="region-after-body-dropped"),
    pytest.param("وقال الأمين العام لحزب التيار الشعبي اليوم الاثنين إن الحزب يرفض القانون.",
                 "حزب التيار الشعبي", id="time-after-body-dropped"),
    pytest.param("وقال الناطق باسم المحكمة الابتدائية والنيابة العمومية إن التحقيق متواصل.",
                 "المحكمة الابتدائية", id="first-of-two-bodies"),
    pytest.param("وقال عمر الحسيني، مدير المتحف الوطني، إن القطع عادت.",
                 "المتحف الوطني", id="head-of-title-in-apposition"),
    pytest.param("وقال المدير العام للتجهيز حسن العمري إن الطريق ستفتح.",
                 "التجهيز", id="head-of-title-with-lil"),
    # membership after في / من / عن, inside the mention or just after it
    pytest.param("وأفاد مصدر رسمي في المنظمة الشغيلة أن القرار نهائي.",
                 "المنظمة الشغيلة", id="source-in-a-body"),
    pytest.param("وقال عالم الفلك روري بارنز من جامعة واشنطن إن النجم بعيد.",
                 "جامعة واشنطن", id="name-from-a-university"),
    pytest.param("وأفاد علماء الفلك في ألمانيا أن النجم بعيد.",
                 "ألمانيا", id="group-in-a-country-with-al"),
    pytest.param('وقال الباحثون في مرصد "أيسو" الأوروبي إنهم رصدوا الكواكب.',
                 'مرصد "أيسو"', id="quoted-body-name-keeps-both-marks"),
    pytest.param("وتهدف الحملة إلى تكريس الحقوق، حسب ما أكده كريم دالي، عضو منظمة العفو الدولية.",
                 "منظمة العفو الدولية", id="title-in-apposition-after-name"),
    # extent of the body's name
    pytest.param("وقال النائب بمجلس نواب الشعب وليد جلاد إن الحكومة فشلت.",
                 "مجلس نواب الشعب", id="construct-head-before-a-title-word"),
    pytest.param("وقال أعضاء جماعة العدل والإحسان إن الانتخابات نزيهة.",
                 "جماعة العدل والإحسان", id="conjoined-noun-of-a-construct-name"),
    pytest.param("وقال جان مارتينز، مساعد رئيس بلدية باريس، إن السياحة تراجعت.",
                 "بلدية باريس", id="body-word-starting-with-ba"),
    pytest.param("أطلقت الشرطة الفرنسية النار على رجل قرب الكاتدرائية. "
                 "وقال مصدر في الشرطة إن المهاجم اعتقل.",
                 "الشرطة الفرنسية", id="named-body-ends-after-its-nisba"),
    pytest.param("وقال سفير فرنسا بتونس أوليفييه بوافر إن التعاون متواصل.",
                 "فرنسا", id="country-after-bi-is-a-location"),
    pytest.param('وقال موقع "ساينس تايمز" إن العملية نجحت.', "ساينس تايمز", id="quoted-outlet-name"),
    pytest.param('وقالت منظمة "UICN" إن السمك انتشر في المتوسط.', "UICN", id="quoted-latin-name"),
    pytest.param("وقال الأستاذ بمعهد الصحافة وعلوم الإخبار عبد الكريم الحيزاوي إن الانتخابات نزيهة.",
                 "معهد الصحافة وعلوم الإخبار", id="verbal-noun-inside-a-name"),
    pytest.param("وقال وكيل الجمهورية بالمحكمة الابتدائية بصفاقس مراد التريكي إن التحقيق متواصل.",
                 "المحكمة الابتدائية", id="body-after-bal-loses-the-preposition"),
    pytest.param("وقال مدير السجن بالنيابة إن الوضع هادئ.", "السجن", id="acting-is-not-a-body"),
    pytest.param("وقال الأمين العام لحزب المسار منير الجلاصي إن الحزب سيشارك.",
                 "حزب المسار", id="governed-party-then-a-name"),
    pytest.param("وقال المكلف بالإعلام بإدارة الحرس الوطني خالد العياري إن الطريق مغلقة.",
                 "إدارة الحرس الوطني", id="press-officer-title"),
    pytest.param("وقال الباحث ستيفن كولينز من مختبر أبحاث المناخ إن الحرارة سترتفع.",
                 "مختبر أبحاث المناخ", id="name-from-a-laboratory"),
    pytest.param("وقالت الطبيبة منى الزغل من مستشفى الرابطة إن الحالة مستقرة.",
                 "مستشفى الرابطة", id="name-from-a-hospital"),
    # a region is no country: a body with its nisba is named by itself; a person keeps it
    pytest.param("وقال الاتحاد الأوروبي إن الانتخابات نزيهة.", "الاتحاد الأوروبي", id="regional-body"),
    pytest.param("وقال رئيس البرلمان الأوروبي، مارتن شولتز، إن الانتخابات نزيهة.", "البرلمان الأوروبي",
                 id="title-of-a-regional-body"),
    pytest.param('وقالت وكالة الشرطة الأوروبية "يوروبول" إن الشبكة فككت.', "وكالة الشرطة الأوروبية",
                 id="regional-body-with-construct-head"),
    pytest.param("وقال مدير المرصد الأوروبي لتعليم اللغة العربية في باريس إن الإقبال كبير.",
                 "المرصد الأوروبي لتعليم اللغة العربية", id="regional-body-with-li-complement"),
    pytest.param("وقال مسؤول أوروبي إن الانتخابات نزيهة.", "أوروبا", id="person-with-a-regional-nisba"),
]


@pytest.mark.parametrize("text,speaker", [
    pytest.param('وقال مقربون من إيمانويل ماكرون "إنها امرأة تشارك في حياة زوجها".',
                 "مقربون من إيمانويل ماكرون", id="group-with-pp-before-a-quotation"),
    pytest.param("أكد علماء من جامعة ليفربول البريطانية أن الاستلقاء على الشواطئ مضر.",
                 "علماء من جامعة ليفربول البريطانية", id="experts-with-pp"),
    pytest.param("وقال ترامب في بيانه إن الاتفاق سيئ.", "ترامب", id="surname-pp-is-the-occasion"),
    pytest.param('وقال الباحثون في مرصد " أيسو " الأوروبي بمدينة جارشينج بالقرب من ميونيخ بجنوب ألمانيا '
                 "إنهم رصدوا سبعة كواكب.",
                 'الباحثون في مرصد " أيسو " الأوروبي بمدينة جارشينج بالقرب من ميونيخ بجنوب ألمانيا',
                 id="long-run-of-pps"),
])
def test_group_speaker_keeps_its_prepositional_modifier(nlp, text, speaker):
    (row,) = extract(nlp, text)[1]
    assert row["speaker"] == speaker, row


def test_earlier_mention_with_a_title_pp_names_the_source(nlp):
    text = ("تم قصف المقر بحسب تقارير اقتبست عن الجنرال في سلاح الجو الأميركي هوك كارليس. "
            "وقال كارليس إن عناصر سلاح الجو يتفحصون مواقع التواصل.")
    row = extract(nlp, text)[1][-1]
    assert row["source"] == "الجنرال في سلاح الجو الأميركي هوك كارليس", row


def test_subject_after_a_pronoun_pp_is_an_antecedent(nlp):
    """`تظهر فيه X`: فيه does not govern X, and a quoted phrase is no antecedent."""
    text = ('تم نشر فيديو تظهر فيه وزيرة السياحة السابقة آمال كربول وهي بصدد تقديم نفسها في صورة '
            '"القيادية المناضلة" التي دافعت عن السياحة.\nوقالت إنها كانت تطمح إلى إحياء فترة التعايش.')
    row = extract(nlp, text)[1][-1]
    assert row["source"] == "وزيرة السياحة السابقة آمال كربول", row


def test_circumstantial_clause_is_not_part_of_the_name(nlp):
    text = "وقالت سامانثا هيلر وهي عالمة تغذية في مركز لانجون الطبي إن الفطور مهم."
    (row,) = extract(nlp, text)[1]
    assert (row["speaker"], row["affiliation"]) == ("سامانثا هيلر", "مركز لانجون الطبي"), row


def test_second_person_after_wa_is_not_part_of_the_first(nlp):
    text = ("وقال الأستاذ بمعهد الصحافة عبد الكريم الحيزاوي و مديرة منظمة المادة 19 سلوى غزواني "
            "إن الانتخابات نزيهة.")
    (row,) = extract(nlp, text)[1]
    assert row["speaker"] == "الأستاذ بمعهد الصحافة عبد الكريم الحيزاوي", row


def test_definite_verbal_noun_in_a_subject_is_not_a_cue(nlp):
    (row,) = extract(nlp, "وأوضح الادعاء العام أن الرجل أطلق سراحه.")[1]
    assert row["speaker"] == "الادعاء العام", row


@pytest.mark.parametrize("word,country", [
    ("تونس", "تونس"), ("بتونس", "تونس"), ("وتونس", "تونس"), ("لمصر", "مصر"),
    ("المغرب", "المغرب"), ("بالمغرب", "المغرب"), ("للمغرب", "المغرب"), ("والجزائر", "الجزائر"),
    ("ألمانيا", "ألمانيا"), ("بألمانيا", "ألمانيا"),  # its ال is part of the name
    ("بنغلاديش", "بنغلاديش"), ("لبنان", "لبنان"), ("هند", None), ("الوزارة", None),
])
def test_country_names_with_clitics(word, country):
    assert Lexicon.from_resources().country(normalize(word)) == country


def test_institutions_with_clitics():
    lex = Lexicon.from_resources()
    assert lex.institution(normalize("الكرملين")) == lex.institution(normalize("بالكرملين")) == "روسيا"


@pytest.mark.parametrize("text,affiliation", AFFILIATION_CASES)
def test_affiliation_of_a_body(nlp, text, affiliation):
    (row,) = extract(nlp, text)[1]
    assert row["affiliation"] == affiliation, row


@pytest.mark.parametrize("text", [
    "وقال رئيس الجمهورية قيس سعيد إن الإصلاحات ضرورية.",
    "وقالت الأمينة العامة المنتهية ولايتها سعاد الباجي إن المؤتمر سينجح.",
    "وقال خبراء في الصحة إن الوباء انتهى.",  # a field of expertise, not the ministry
])
def test_no_body_from_a_state_office_or_an_adjective(nlp, text):
    (row,) = extract(nlp, text)[1]
    assert row["affiliation"] is None, row


def test_generic_body_takes_the_name_given_earlier(nlp):
    text = ("عقد حزب الأمل الجديد مؤتمره السنوي بالعاصمة. "
            "وقال القيادي بالحزب منير الصغير إن الحزب سيقدم مرشحا للرئاسة.")
    rows = extract(nlp, text)[1]
    assert rows[-1]["affiliation"] == "حزب الأمل الجديد", rows


def test_surname_that_is_also_a_title_is_a_name(nlp):
    text = ("التقى الوزير رئيس هيئة الرقابة المالية رضا الطبيب. "
            "وقال رضا الطبيب إن الهيئة تحتاج إلى موارد.")
    rows = extract(nlp, text)[1]
    assert rows[-1]["name"] != "رضا" and rows[-1]["role"] != "الطبيب", rows
    assert rows[-1]["affiliation"] == "هيئة الرقابة المالية", rows


def test_statement_given_to_an_agency_is_not_an_affiliation(nlp):
    text = "وقال المسؤول أنور الماجري لوكالة الأنباء الرسمية إن الوضع هادئ."
    (row,) = extract(nlp, text)[1]
    assert row["affiliation"] != "وكالة الأنباء الرسمية", row


def test_hasab_ma_jaa_fi(nlp):
    (row,) = extract(nlp, '"لن نسمح بأي تصعيد على الحدود"، حسب ما جاء في البيان.')[1]
    assert row["speaker"] == "البيان"
    assert row["content"] == "لن نسمح بأي تصعيد على الحدود"


def test_distinct_sources_sharing_a_word_stay_distinct(nlp):
    text = ("وقال رئيس الجامعة التونسية لكرة اليد إن التأهل مكسب كبير. وحسب الاتحاد الإفريقي لكرة "
            "القدم، فإن القرعة ستسحب يوم الخميس.")
    _, rows = extract(nlp, text)
    assert_attributions(rows, [
        {"source": "رئيس الجامعة التونسية لكرة اليد", "content": "التأهل مكسب كبير"},
        {"speaker": "الاتحاد الإفريقي لكرة القدم", "source": "الاتحاد الإفريقي لكرة القدم",
         "content": "القرعة ستسحب يوم الخميس"}])


def test_participle_after_a_non_report_takes_its_member_pp_subject(nlp):
    # هذا ونفى: the formula هذا و opens the sentence; its subject, a title with a member PP
    # and a name, is whom the participle and the next dropped subject go on with
    text = ("وأكد البيان الختامي المنبثق عن الهيئة أنه بإمكان السلامي أن يبادر. هذا ونفى القيادي في "
            "حركة نداء تونس بوجمعة الرميلي، في تصريح للإذاعة، الاتهامات الموجهة للمجموعة، مؤكدا أن "
            "الهيئة تضم المؤسسين. وأبرز أن الهيئة ستتولى تسيير الحزب.")
    _, rows = extract(nlp, text)
    assert [r["source"] for r in rows[1:]] == ["القيادي في حركة نداء تونس بوجمعة الرميلي"] * 2, rows


def test_participle_takes_the_subject_of_its_clause(nlp):
    text = ("ونقلا عن مصدر دبلوماسي، فإن الاتحاد مستعد للتمويل. أما الأمين العام للمنظمة، فقد دعا "
            "الدول إلى الحوار، مؤكدا أن السكان يدفعون الثمن.")
    _, rows = extract(nlp, text)
    assert rows[-1]["cue"] == "مؤكدا"
    assert rows[-1]["source"] == "الأمين العام للمنظمة"


def test_participle_takes_the_whole_mention_of_its_verbs_subject(nlp):
    # the title before the comma is also a sentence subject of its own; the participle's
    # source is still the whole mention, name included
    text = "قال رئيس الجمهورية، الباجي قايد السبسي إنه لم يعرفه مضيفا أن الاتحاد قوي."
    _, rows = extract(nlp, text)
    assert [r["source"] for r in rows] == ["رئيس الجمهورية، الباجي قايد السبسي"] * 2, rows


# the source of the last report in a text, one group of cases per rule that finds it
@pytest.mark.parametrize("text,source", [
    # after لكن / إلا أن a clause may open with its subject (SVO)
    pytest.param("وتدرس الحكومة المقترح. لكن متحدثة باسم وزارة العدل قالت لقناة \"الوطنية\" إنه لم يتخذ "
                 "أي قرار بعد.", "متحدثة باسم وزارة العدل", id="lakin-svo-addressee"),
    pytest.param("ونشرت الصحيفة الخبر. إلا أن ليلى مراد، المتحدثة باسم المفوضية، نفت أن يكون للخطة "
                 "أي جدول زمني.", "ليلى مراد، المتحدثة باسم المفوضية", id="illa-anna-svo"),
    # a back-reference takes the entity with its head noun before one that shares its nisba
    pytest.param("وقالت وسائل إعلام إسرائيلية إن القرار اتخذ ليلا. وقال مسؤول إسرائيلي إن الوزراء "
                 "قبلوا التوصية. وذكرت صحف إسرائيلية أن الجيش مستعد. وبحسب المسؤول الإسرائيلي، فإن "
                 "رئيس الأركان قدم شرحا.", "مسؤول إسرائيلي", id="head-before-nisba"),
    # المصدر alone is the source just cited, whatever its gender
    pytest.param("ذكرت وكالة الأنباء الكوبية أن طائرة عسكرية تحطمت صباح اليوم. وأضاف المصدر أن لجنة "
                 "خاصة ستحقق في الحادث.", "وكالة الأنباء الكوبية", id="al-masdar-agency"),
    # ... unless an earlier مصدر was cited
    pytest.param("قال مصدر أمني إن المشتبه به اعتقل. وذكرت وكالة الأنباء الرسمية أن التحقيق بدأ. وأضاف "
                 "المصدر أن المشتبه به اعترف.", "مصدر أمني", id="al-masdar-head"),
    # a plural verb agrees with a subject before it: the NP after it is its object
    pytest.param("وقال الباحثون إن النتائج أولية. ولفتوا الانتباه إلى أن الدراسة لم تكن مصممة لذلك.",
                 "الباحثون", id="plural-verb-object"),
    pytest.param("وقالت الوزارة إن التحقيق متواصل. لكن الأطباء يتهمون الإدارة بأنها أهملت المريض.",
                 "الأطباء", id="plural-verb-svo"),
    # بالفعل before the verb is an adverb, not a subject
    pytest.param("وقال الباحثون إن العينة كبيرة. والمشاركون كانوا بالفعل قد رأوا الصورة، وأكدوا أنها "
                 "التقطت في الظل.", "الباحثون", id="bil-fi3l-adverb"),
    # a pluperfect report's subject follows its auxiliary
    pytest.param("قال الوزير إن الحكومة مستعدة. وكانت النائبة التي تم تجميد عضويتها في الحزب، قد أكدت "
                 "اليوم أن الحزب يتآمر عليها.", "النائبة", id="subject-with-a-relative-clause"),
    pytest.param("وكان وزير الداخلية خلال زيارته إلى الولاية قد أعلن أن الطريق ستفتح.",
                 "وزير الداخلية", id="subject-before-a-pp"),
    # a programme's guest is the person named before, who agrees with noun and verb
    pytest.param('وقال محسن مرزوق، الأمين العام للحزب، إن الحزب مستعد. وقالت المحامية سنية الدهماني إن '
                 'القضية مفتوحة. وأكد ضيف "بوليتيكا" أن الانتخابات ستجرى في موعدها.',
                 "محسن مرزوق، الأمين العام للحزب", id="guest-agrees-with-the-verb"),
    pytest.param("قالت وزارة الصحة إن الوضع مستقر. وقالت الطبيبة ليلى حمدي إن الحملة انطلقت. وأضافت "
                 "ضيفة البرنامج أن التلقيح مجاني.", "الطبيبة ليلى حمدي", id="guest-is-a-person-not-a-body"),
    # a guest named in the mention is that person
    pytest.param("قال الوزير إن الوضع مستقر. وقال ضيف البرنامج سامي الطاهري إن الإضراب قائم.",
                 "ضيف البرنامج سامي الطاهري", id="named-guest"),
    # a title with "our" is a subject, not an accusative adverb
    pytest.param("وقال الوالي إن الطريق ستفتح. وأفاد مراسلنا أن الطريق ما تزال مغلقة.", "مراسلنا",
                 id="our-correspondent"),
    pytest.param("وقال الوالي إن الطريق ستفتح. وقالت موفدتنا إن الطريق ما تزال مغلقة.", "موفدتنا",
                 id="our-envoy-feminine"),
    # a foreign name in ا right before the complementizer; an adverb there is no subject
    pytest.param("وقال الوزير إن الاتفاق جيد. وقال أوباما إن الاتفاق سيئ.", "أوباما", id="name-in-alif"),
    pytest.param("وقال الوزير إن الاتفاق جيد. وقال مجددا إن الاتفاق سيئ.", "الوزير", id="adverb-in-alif"),
    pytest.param("وقال الطبيب إن الزواج خطر. وقالت فلاديميرا رودريغز دي أوليفيرا إنها تحب زوجها.",
                 "فلاديميرا رودريغز دي أوليفيرا", id="name-in-alif-with-more-names"),
    pytest.param("وقال الوزير إن الاتفاق جيد. وقالت زاخاروفا المتحدثة باسم الخارجية إن الاتفاق سيئ.",
                 "زاخاروفا المتحدثة باسم الخارجية", id="name-in-alif-then-its-title"),
    pytest.param("وقال الوزير إن الاتفاق جيد. وقال ردا على سؤال إن الاتفاق سيئ.", "الوزير",
                 id="short-accusative-adverb"),
    # a feminine participle alone after the verb says how she spoke; with more NP it names her
    pytest.param("وقالت الوزيرة إن الوضع صعب. وتابعت مفسرة أن الاستثناء يشمل الحرفاء.", "الوزيرة",
                 id="feminine-hal-before-anna"),
    pytest.param("وقال الوالي إن الوضع صعب. وأكدت كاهية مدير الصحة أن الحالة مستقرة.", "كاهية مدير الصحة",
                 id="feminine-title-with-its-complement"),
    # ب before a verbal noun is a complement, not a surname
    pytest.param('قالت النقابة إن الحريات تراجعت. وصرحت بتراجع " كبير في حجم الحريات التي فرضتها الثورة ".',
                 "النقابة", id="bi-verbal-noun-is-no-subject"),
    pytest.param("قال الوزير إن المشروع جاهز. ويتعهد بتكوين فريق تونسي بأن المشروع سينطلق قريبا.",
                 "الوزير", id="bi-verbal-noun-before-the-verb-is-no-subject"),
    pytest.param('قالت النقابة إن الحريات تراجعت. وصرحت بوجود " تراجع كبير في حجم الحريات التي فرضتها '
                 'الثورة ".', "النقابة", id="bi-listed-verbal-noun-is-no-subject"),
    pytest.param("وقال الوزير إن الاتفاق جيد. وقال تعليقا على ذلك إن الاتفاق سيئ.", "الوزير",
                 id="adverb-in-alif-then-pp"),
    # a quotation that opens with لل after the verb is its addressee
    pytest.param('وقال تيري " للجزيرة " أمس، إن الحديث كاذب.', "تيري", id="quoted-addressee"),
    # a manner phrase after the verb is not its subject
    pytest.param('وقال صاحب الديك إن الديك بريء. وقال بلهجة متحدية: "لن أتخلى عنه".', "صاحب الديك",
                 id="manner-pp-then-colon"),
    pytest.param("وأكد الوزير أن الميزانية جاهزة. وأضاف بكل وضوح أن الضرائب لن ترتفع.", "الوزير",
                 id="manner-pp-then-complementizer"),
    pytest.param("وقالت منوبية إن العمل صعب. وتقول بفخر واعتزاز إنها نجحت في حياتها.", "منوبية",
                 id="manner-pp-of-pride"),
    # words that cannot continue the subject: ما after a preposition, a derived verbal noun
    # after a definite word (its object)
    pytest.param("ونوه الوزير بما قام به العازف لطفي الغربي مشددا على أن الفن أداة للتغيير.", "الوزير",
                 id="bima-ends-the-np"),
    pytest.param("وأكد مدير عام السجون والإصلاح ارتفاع عدد السجينات في السجون، "
                 "مؤكدا أنهن يعاملن معاملة عادية.",
                 "مدير عام السجون والإصلاح", id="verbal-noun-object-after-definite"),
    # a name apposition after a quoted acronym, and one that ends at a PP, names the subject
    # of a sentence that reports nothing; a surname later refers to it
    pytest.param('غاب الرئيس السابق للاتحاد الدولي لكرة القدم "فيفا"، جوزيف بلاتر عن الأنظار. وأجرى '
                 'بلاتر مقابلة مع قناة سويسرية، وقال إن المونديال كان سيذهب إلى أمريكا.',
                 'الرئيس السابق للاتحاد الدولي لكرة القدم "فيفا"، جوزيف بلاتر', id="name-after-an-acronym"),
    pytest.param("وكان وزير التربية، ناجي جلول في زيارة إلى الجهة. وأكد أن المدارس ستفتح.",
                 "وزير التربية، ناجي جلول", id="name-apposition-ending-at-a-pp"),
    # a country after بـ is where an envoy serves, not whom she speaks for
    pytest.param("وقالت سفيرة المملكة المتحدة بتونس، لويز دي سوزا، إن القرار أمني. وأكد المسؤول "
                 "التونسي أن الإجراء غير مبرر.", "المسؤول التونسي", id="posting-is-no-nationality"),
    # المسؤول alone with no earlier مسؤول is the person just quoted, not a body
    pytest.param("وقال ضابط التنسيق في المنطقة ظفار إقبال إن الحادث وقع صباحا. وأعلنت الشرطة أن "
                 "الطريق أغلقت. وأضاف المسؤول أن الحصيلة قد ترتفع.",
                 "ضابط التنسيق في المنطقة ظفار إقبال", id="the-official-is-the-person-quoted"),
    # a dropped subject whose gender no earlier source has is the subject of its own sentence
    pytest.param("وألقى الرئيس التونسي المنصف المرزوقي كلمة أكد فيها أنه يفضل الحرية. كما ألقت "
                 "إيرينا بوكوفا المديرة العامة لمنظمة اليونسكو كلمة بعد تسليم الجائزة صرحت فيها "
                 "بأن حرية التعبير مبدأ أساسي.", "إيرينا بوكوفا المديرة العامة لمنظمة اليونسكو",
                 id="gender-picks-the-sentence-subject"),
    # the dot of a one-letter title (د.) is part of the mention; a title with a short PP
    # and its name between commas is one mention even in a sentence that reports nothing
    pytest.param("وشدد في هذا الصدد وزير الاقتصاد عن حماس د. علاء الرفاتي أن المشاريع توقفت. "
                 "وأشار إلى أن المواد قليلة.", "وزير الاقتصاد عن حماس د. علاء الرفاتي",
                 id="abbreviation-dot-in-a-title"),
    pytest.param('أعلن المسؤول الأمني في فيسبوك، أليكس ستاموس، عن نية الموقع تنبيه مستخدميه. '
                 'وكتب ستاموس على فيسبوك: "نسعى دائما لتأمين الحسابات".',
                 "المسؤول الأمني في فيسبوك، أليكس ستاموس", id="title-pp-then-name"),
    # a verbal noun with the subject's pronoun (اختياره، تعبيره) is never the speaker
    pytest.param("وقال رئيس الحكومة الأسبق مهدي جمعة إن الحزب سيكون وسطيا. وبرر إختياره تأسيس حزب "
                 "جديد بأن البلاد تحتاج إلى حزب قوي.", "رئيس الحكومة الأسبق مهدي جمعة",
                 id="his-choice-is-no-speaker"),
    pytest.param("وقال وزير الدفاع فرحات الحرشاني إن الجيش جاهز. والإرهابيون مجموعات إجرامية لا علاقة "
                 "لها بالدين، بحسب تعبيره.", "وزير الدفاع فرحات الحرشاني", id="bihasab-tabirihi-taf3il"),
    # و + a negating particle opens the second verb: the subject ended before it
    pytest.param("لم يؤكد عضو هيئة الحقيقة والكرامة خالد الكريشي ولم ينف وجود مفاوضات، مكتفيا بالقول إن "
                 "فريق الدفاع قام باستشارة الهيئة.", "عضو هيئة الحقيقة والكرامة خالد الكريشي",
                 id="wa-lam-ends-the-subject"),
    # a speech event with its pronoun (في خطابه، في كلمتها) is where it was said, not part of
    # the speaker; a weekday after the name's apposition is when
    pytest.param("وقال الوزير إن الوضع مستقر. وذكّر الرئيس الفرنسي الشاب في خطابه أن الفرنسيين "
                 "اختاروا الأمل.", "الرئيس الفرنسي الشاب", id="speech-event-with-a-pronoun"),
    pytest.param("أكّد الرئيس الفرنسي، إيمانويل ماكرون، الأحد، في أول خطاب له، أن مهمته الأولى هي "
                 "إعادة الثقة.", "الرئيس الفرنسي، إيمانويل ماكرون", id="sunday-is-no-title"),
    # a definite بـ word before a preposition is the verb's complement (تعهد بالعمل على), unless
    # the text names it as a surname (سمير بالطيب … وأشار بالطيب إلى)
    pytest.param("وقال الرئيس الفرنسي إيمانويل ماكرون إن فرنسا قوية. كما تعهد بالعمل على تجاوز "
                 'الانقسامات، مؤكد أن "العالم ينتظر منا الكثير". وأوضح أن فرنسا واجهت تهديدا.',
                 "الرئيس الفرنسي إيمانويل ماكرون", id="bi-complement-is-no-subject"),
    # a title in construct with a body is the one named with that body, not any earlier
    # holder of the title; a back-reference with a nisba prefers the mention of that country
    pytest.param("أكّد الرئيس الفرنسي إيمانويل ماكرون أن مهمته الأولى هي إعادة الثقة. وقال رئيس "
                 "المجلس الدستوري إن الفوز رسمي.", "رئيس المجلس الدستوري", id="construct-needs-its-body"),
    pytest.param("أكّد الرئيس الفرنسي إيمانويل ماكرون أن مهمته الأولى هي إعادة الثقة. وقال رئيس "
                 "المجلس الدستوري لوران فابيوس إن الفوز رسمي. وذكّر الرئيس الفرنسي الشاب أن "
                 "الفرنسيين اختاروا الأمل.", "الرئيس الفرنسي إيمانويل ماكرون",
                 id="backref-prefers-its-country"),
    pytest.param("وقال رئيس الغرفة النقابية الوطنية للمؤسسات التلفزية عبد الحميد عبد الله إن القطاع "
                 "متضرر. وأشار رئيس النقابة إلى أن قناة تنوي الرحيل.",
                 "رئيس الغرفة النقابية الوطنية للمؤسسات التلفزية عبد الحميد عبد الله",
                 id="construct-body-by-its-stem"),
    pytest.param("وأضاف كاهية مدير الرعاية الصحية منصف المحمدي تسجيل 130 حالة إصابة، مبرزا أن "
                 "التلاميذ سيتلقون التلقيح.",
                 "كاهية مدير الرعاية الصحية منصف المحمدي", id="taf3il-verbal-noun-object-after-a-name"),
    # كاهية (deputy) is a title: two deputies with different names are two sources
    pytest.param("وأكد كاهية مدير الزراعات الكبرى بوزارة الفلاحة محمد علي بن رمضان أن الدولة تعمل. "
                 "وعن احتياطي القمح، أكد منصف النعيمي كاهية مدير ديوان الحبوب، أن تونس توفر كميات "
                 "كافية، مشيرا إلى أن تونس لم تتعرض إلى أزمة.",
                 "منصف النعيمي كاهية مدير ديوان الحبوب", id="kahia-is-a-title"),
    # after a full name (a definite given name too), an indefinite noun before a verb is the
    # object, a لـ phrase is whom it answered; a last name in ة before إن stays
    pytest.param("كما ألقى الرئيس التونسي المؤقت المنصف المرزوقي كلمة أكد فيها أنه يفضل حرية الفوضى. "
                 "وشدد على الحاجة إلى صحافة محايدة، مؤكدا أن الحرية مكسب.",
                 "الرئيس التونسي المؤقت المنصف المرزوقي", id="full-name-then-object"),
    pytest.param("وأكد الهادي الڨزاح لاستفساره أن القنطرة ستشملها الأشغال. وبين أن الطريق ستهيأ.",
                 "الهادي الڨزاح", id="definite-given-name-then-li"),
    pytest.param("قالت وزيرة الصحة سميرة مرعي فريعة إن الجانب البوركيني يرغب في التعاون. "
                 "وأضافت أن الخط مباشر.",
                 "وزيرة الصحة سميرة مرعي فريعة", id="last-name-in-ta-marbuta"),
    # an adverb after the verb is no subject
    pytest.param("قال الرئيس السوري بشار الأسد في خطاب ألقاه اليوم ونقل مباشرة بمناسبة أدائه "
                 "اليمين الدستورية إن الشعب انتصر. وأضاف أن الحرب لم تنته.",
                 "الرئيس السوري بشار الأسد", id="mubasharatan-is-an-adverb"),
    # ما glued to the verb with its object, and عبّر عن at the head of a sentence
    pytest.param("وقال المواطنون إن الرشوة منتشرة في المركز. وهو مانفاه مدير المركز مؤكدا أن "
                 "العملية تتم بشفافية.",
                 "مدير المركز", id="glued-ma-nafahu"),
    pytest.param("وقال رئيس الغرفة الجهوية بباجة الصادق الحبوبي إن الإضراب قائم. بدوره عبر رئيس "
                 "الغرفة الجهوية للمخابز ببنزرت، عبد اللطيف المرزوقي، عن رفضه القاطع للمشاركة في "
                 "الإضراب معتبرا أن البرقية غير قانونية.",
                 "رئيس الغرفة الجهوية للمخابز ببنزرت، عبد اللطيف المرزوقي", id="abbara-an-opens-a-sentence"),
    # a generic body (المنظمة، الجمعية) is the body just named, whatever its head; a quoted
    # definite word after it is the verb's object, not its name
    pytest.param('وقال الاتحاد التونسي للصناعة والتجارة إن التحركات منسقة. ونفت المنظمة "الادعاء" بأن '
                 "هياكل المهنة طلبت مساعدة.",
                 "الاتحاد التونسي للصناعة والتجارة", id="generic-body-and-quoted-object"),
    # a bare definite title takes no indefinite noun after it: that is the object
    pytest.param("وقال وزير الصناعة زياد العذاري إن الأسعار مستقرة. ونفى الوزير صحة ما نقلته المواقع، "
                 "مؤكدا أن منظومة الرقابة ناجعة.",
                 "وزير الصناعة زياد العذاري", id="bare-title-then-object"),
    # a bare definite body takes no noun in construct: that is its object
    pytest.param("وقالت لجنة الانتخابات إن الحملة انتهت. ودعت اللجنة وسائل الإعلام إلى توخي الحذر "
                 "مشيرة إلى أن النشر قد يؤدي إلى تهم جنائية.",
                 "لجنة الانتخابات", id="bare-body-then-object"),
    # feminine titles are titles (حاكمة، قاضية، محامية)
    pytest.param("وقال مسؤول في الصليب الأحمر إن الوضع صعب. وتحدثت حاكمة منطقة بوتومايو سوريل أروكا عن "
                 "كارثة، مضيفة أنه لم يتم العثور على الأسر.",
                 "حاكمة منطقة بوتومايو سوريل أروكا", id="feminine-title"),
    # the journalist's background (يذكر أن، يشار إلى أن) names the next dropped subject
    pytest.param("وأعلنت حركة النهضة أنها ستقاضي المعنيين. يذكر أن محمد فريخة، رجل الأعمال والنائب عن "
                 "الحركة، كان نفى ما يروج من أخبار. واعتبر أن هذه الاتهامات باطلة.",
                 "محمد فريخة", id="yudhkar-anna-subject"),
    pytest.param("وأعلنت حركة النهضة أنها ستقاضي المعنيين. يشار إلى أن المواطنة نعيمة كانت جاءت من "
                 "القيروان وأكدت للرادار أنها فضلت الشراء.",
                 "المواطنة نعيمة", id="yushar-ila-anna-subject"),
    # a coordinated noun with a possessive pronoun is not a second person
    pytest.param("وعبرت الحركة عن مساندتها للنائب محمد الفريخة وتضامنها معه. "
                 "وقال الفريخة إن الاتهامات باطلة.",
                 "محمد الفريخة", id="wa-suffixed-noun-ends-np"),
    # the subject of a sentence that opens with قد + a verb is the participle's
    pytest.param("وقالت الصحيفة إن الخدمة عادت. وقد قدّم المتحدث باسم الشركة اعتذاره، مؤكدا أن خطأ تقنيا طرأ.",
                 "المتحدث باسم الشركة", id="qad-verb-subject"),
    # a title named before is that person when it comes back without the name
    pytest.param("قال وزير الثقافة، محمد زين العابدين إن القضية كبرى. وتحدث وزير الثقافة عن الإضراب "
                 "المزمع تنفيذه، وأكد أن المفاوضات متقدمة.",
                 "وزير الثقافة، محمد زين العابدين", id="title-named-before"),
    pytest.param("أعلن وزير الداخلية أن الوضع مستقر. وقال وزير الداخلية، الهادي مجدوب، إن الإرهابية "
                 "اعترفت. وتابع أن التحقيق متواصل.",
                 "وزير الداخلية، الهادي مجدوب", id="title-named-later"),
    # a body named again as a sentence's subject is the antecedent of the participle after it
    pytest.param("قالت منظمة الدفاع عن المستهلك إن الأسعار ارتفعت. وقالت نقابة الصيادلة إن الدواء متوفر. "
                 "ونبهت المنظمة في البلاغ من خطورة هذا الإجراء، معتبرة أن الاقتطاع غير قانوني.",
                 "منظمة الدفاع عن المستهلك", id="body-named-again-as-subject"),
    # after a definite title, an indefinite title in construct is the verb's object
    pytest.param("وقال وزير الدفاع فرحات الحرشاني إن الجيش جاهز. كما أفاد الوزير نواب المجلس بأن "
                 "العسكريين يتمتعون بمنح. وأضاف أن التعاون متواصل.",
                 "وزير الدفاع فرحات الحرشاني", id="title-then-its-object"),
    # a surname's PP is where it spoke, not part of the speaker
    pytest.param("وقال وزير الدفاع فرحات الحرشاني إن الجيش جاهز. وأوضح الحرشاني في إجابته عن دور الوزارة، "
                 "أن القانون نظم وضعية الجرحى. مبينا أن التعاون متواصل.",
                 "وزير الدفاع فرحات الحرشاني", id="surname-then-pp"),
    # the person after ما + a verb with its object pronoun is an antecedent (an outlet only relays)
    pytest.param("وقال رئيس الكتلة نور الدين البحيري إن الحركة ستصوت. وتتجه الكتلة إلى التصويت، وهو ما "
                 "أكده أيمن البجاوي عضو المكتب السياسي بحزب مشروع تونس، حين قال إن الحزب سيصوت.",
                 "أيمن البجاوي عضو المكتب السياسي بحزب مشروع تونس", id="person-after-ma-akkadahu"),
    # a body too (not an outlet), and a verb in ى takes its suffix after ا (نفى -> نفاه)
    pytest.param("وانتقد الملاحظون تشدد الاتحاد العام التونسي للشغل في الحوار مع الحكومة. وقال المحللون إن "
                 "المفاوضات صعبة. وهو ما نفاه الاتحاد، مؤكدا أنه معني بالدفاع عن منظوريه.",
                 "الاتحاد العام التونسي للشغل", id="body-after-ma-nafahu"),
    pytest.param("وقال الوزير إن الرسالة وصلت. وجاء في الرسالة، وفق ما نقلته وكالة أنباء شينخوا، أن "
                 "المنظمات مدعوة إلى الحوار.", "الوزير", id="outlet-after-ma-naqalathu-only-relays"),
    # a woman with a masculine title agrees with a feminine verb later
    pytest.param("أعلنت وزير المالية، لمياء الزريبي، أن التمويلات قطرية. وقال محافظ البنك إن الوضع صعب. "
                 "وأوضحت أن الأمر يتعلق بإعادة تمويل.", "وزير المالية، لمياء الزريبي",
                 id="feminine-antecedent-with-a-masculine-title"),
    # a clause after a comma (فهي…) is no apposition of the body before it
    pytest.param("وقالت المتحدثة إن الرسالة مشاورات معتادة ضمن الاتحاد الأوروبي، فهي ليست رسالة رسمية. "
                 "ويعتبر الاتحاد الأوروبي أن المستوطنات غير شرعية.", "الاتحاد الأوروبي",
                 id="fa-pronoun-clause-is-no-apposition"),
    # a body named again is that body, not a person whose title names it
    pytest.param("وأعلن الائتلاف السوري المعارض انتخاب عضو الائتلاف المقيم في السعودية رئيسا له. "
                 'وأعلن الائتلاف على صفحته " البحرة يفوز برئاسة الائتلاف "، مشيرا إلى أن منافسه '
                 "حصل على 41 صوتا.",
                 "الائتلاف السوري المعارض", id="body-backref-is-no-member"),
    pytest.param("وقالت رئيسة جمعية القضاة إن الإضراب متواصل. وكانت الجمعية أكدت أن التحركات شرعية.",
                 "الجمعية", id="body-backref-is-not-its-president"),
    pytest.param("وقال السفير البلجيكي مارك رايندرز إن التعاون جيد. وأعلنت الحكومة البلجيكية أنها "
                 "سترفع حظر السفر. وأوضح الدبلوماسي البلجيكي أن السياحة ستنتعش.",
                 "السفير البلجيكي مارك رايندرز", id="person-backref-by-nisba-is-no-body"),
    pytest.param("وقال السفير البلجيكي مارك رايندرز إن التعاون جيد. وأعلنت الحكومة البلجيكية أنها "
                 "سترفع حظر السفر.", "الحكومة البلجيكية", id="body-backref-by-nisba-is-no-person"),
    # a prepositional phrase between the verb and its subject
    pytest.param("وقال الصيادون إن الوضع صعب. وشدد في هذا الصدد وزير الاقتصاد أن المشاريع توقفت.",
                 "وزير الاقتصاد", id="pp-then-subject"),
    pytest.param("وقال الوزير إن الوضع صعب. وأكد في تصريح للجوهرة رئيس الجمعية أن المشاريع توقفت.",
                 "رئيس الجمعية", id="pp-with-verbal-noun-then-subject"),
    pytest.param("وقال الوزير إن الوضع صعب. وأكد في تصريح رئيس الجمعية أن المشاريع توقفت.",
                 "الوزير", id="pp-construct-title-is-genitive"),
    pytest.param("وقال الوزير إن الوضع صعب. وأكد خلال لقائه وزير الخارجية أن المشاريع توقفت.",
                 "الوزير", id="pp-with-pronoun-then-object"),
    pytest.param("وقال الوزير إن الوضع صعب. وأضاف في المؤتمر الصحفي المشترك أن المشاريع توقفت.",
                 "الوزير", id="pp-title-shaped-adjective"),
    pytest.param("وقال الوزير إن الوضع صعب. وأضاف على هامش الندوة يوم الأحد أن المشاريع توقفت.",
                 "الوزير", id="pp-weekday-is-no-subject"),
    # a fronted adjunct with و is no subject: the report continues the last speaker's
    pytest.param('وقال رئيس الوزراء عبد المالك سلال إن الانتخابات مهمة. ووسط تعالي الزغاريد '
                 'والضحكات قال: "إن رجال المدينة رجال".', "رئيس الوزراء عبد المالك سلال",
                 id="wa-preposition-fronted-adjunct"),
    # an unnamed title is the person named with it before, whatever title comes first
    pytest.param("وقال عبد المجيد الزار رئيس الاتحاد التونسي للفلاحة إن القطاع مهمش. وقال رئيس "
                 "الاتحاد إن الحكومة مسؤولة.", "عبد المجيد الزار رئيس الاتحاد التونسي للفلاحة",
                 id="unnamed-title-within-name-and-title"),
    pytest.param("وقال الناطق الرسمي باسم الحكومة، إياد الدهماني، إن الرقم دقيق. وأوضح الناطق الرسمي "
                 "باسم الحكومة أن العدد يتغير.", "الناطق الرسمي باسم الحكومة، إياد الدهماني",
                 id="unnamed-title-within-title-and-name"),
    # a generic body is the one named before with what it defends
    pytest.param("دعت منظمة الدفاع عن المستهلك إلى إرجاء خلاص الفواتير. وقالت المنظمة إن الأسعار "
                 "ارتفعت.", "منظمة الدفاع عن المستهلك", id="generic-body-named-with-what-it-defends"),
    # a surname that starts like a preposition (بولت، بلاتر) is still the named source's
    pytest.param("أكد الجامايكي يوسين بولت أنه يستعد لاحتراف كرة القدم. وقال بولت إن المرحلة "
                 "جديدة.", "الجامايكي يوسين بولت", id="surname-starting-with-ba"),
    # علية after a name is a surname, not عليه "on him"
    pytest.param("دعا الخبير الاقتصادي، الهاشمي علية إلى إصلاحات. واقترح الهاشمي علية في مداخلة له "
                 "الترفيع في سن التقاعد. وقال إن المداخيل تخصص للمربين.",
                 "الخبير الاقتصادي، الهاشمي علية", id="surname-aliya"),
    # a plural participle in ون is a group that later plural verbs refer to; it is in no
    # construct, so the definite noun after it is the object
    pytest.param("ودعا المتضررون السلطات المعنية إلى تقديم توضيحات. وأوضحوا أنهم متمسكون بالشركة.",
                 "المتضررون", id="people-in-un-then-object"),
    # a sound plural takes a plural verb when referred back to, a named person does not
    pytest.param("وقالت الخطوط الجوية البريطانية إن العطل أصلح. وقال المسافرون إن الرحلة تأخرت. "
                 "وأضافت أن الرحلات ستستأنف.", "الخطوط الجوية البريطانية",
                 id="feminine-verb-skips-a-sound-plural"),
    pytest.param("وقال الطبيب ماجد علاية إن حالتها خطيرة. وقال آخرون إن الأمل قائم. وأكد أن "
                 "العملية نجحت.", "الطبيب ماجد علاية", id="masculine-verb-skips-a-group"),
    # a dropped subject goes on with the sentence's own subject, not one inside its relative
    # or temporal clause; but X الذي صرح is X's own report
    pytest.param("وصف الناطق الرسمي باسم الجبهة الشعبية، حمة الهمامي التصريحات التي أدلى بها رئيس "
                 "الحكومة يوسف الشاهد بالخطيرة. وأضاف أن النية هي التسريع بالخوصصة.",
                 "الناطق الرسمي باسم الجبهة الشعبية", id="not-the-subject-of-a-relative-clause"),
    pytest.param('وألقى رئيس فرنسا الجديد كلمته بعد أن أعلن رئيس المجلس الدستوري فوزه. وقال إن '
                 '"العالم ينتظر منا أن نكون أقوياء".', "رئيس فرنسا الجديد",
                 id="not-the-subject-of-a-temporal-clause"),
    # in the same sentence, و + verb goes on with the clause it follows
    pytest.param('وألقى رئيس فرنسا الجديد كلمته بعد أن أعلن رئيس المجلس الدستوري فوزه، وقال إن '
                 '"نجاحكم سيكون نجاحا لفرنسا".', "رئيس المجلس الدستوري",
                 id="same-sentence-goes-on-with-the-temporal-clause"),
    pytest.param("وكان رئيس الحكومة يوسف الشاهد استقبل بقصر الحكومة في وقت سابق من اليوم الأمين العام "
                 "للاتحاد نور الدين الطبوبي الذي صرح عقب اللقاء أن تونس لا تتحمل التوتر، مضيفا أن تونس "
                 "ستبقى منتصرة.", "الأمين العام للاتحاد نور الدين الطبوبي",
                 id="relative-pronoun-subject-reports"),
    # a shared family name with another given name is another person (father and son)
    pytest.param("وقال رئيس الجمهورية الباجي قايد السبسي إن اللقاء مهم. وفي تصريح إعلامي أفاد حافظ "
                 "قايد السبسي أن الحزب ملتزم.", "حافظ قايد السبسي", id="same-family-other-given-name"),
    pytest.param("وقال الكاتب جان ماري لوبان إن الهزيمة متوقعة. وأضاف ماري لوبان أن الحزب باق.",
                 "الكاتب جان ماري لوبان", id="middle-name-is-the-same-person"),
    # the subject of a report with no clause of its own (اتهم X Y بـ) is a source later
    # reports refer to, also when its name is unknown and a title follows it
    pytest.param("اتهم أرنو ديران مدير العمليات في منظمة أطباء بلا حدود، لويس أوكامبو بتقديم معلومات "
                 "مغلوطة. وأضاف أن النازحين يعيشون في معسكرات.", "أرنو ديران مدير العمليات",
                 id="unknown-name-then-title"),
    # an expert's field after في is part of the mention (and its nisba is no affiliation)
    pytest.param("حذر الخبير في الشأن الليبي رافع الطبيب، من تسلل الجماعات. واعتبر الطبيب أن الملف "
                 "الليبي مسألة داخلية.", "الخبير في الشأن الليبي رافع الطبيب", id="expert-in-a-field"),
    pytest.param("قالت أستاذة علوم التغذية ليلى علوان إن السمنة منتشرة. وحذرت الخبيرة في التغذية من "
                 "السمنة. وأضافت أن الأطفال معنيون.", "أستاذة علوم التغذية ليلى علوان",
                 id="expert-in-a-field-refers-back"),
    # مراسلنا is the outlet's correspondent named before
    pytest.param('وتم تعيين الولاة كأعضاء، بحسب ما أكده مراسل "الجوهرة أف أم". وأوضح مراسلنا أنه تم '
                 'اتخاذ القرار بالاستناد إلى تقرير.', 'مراسل "الجوهرة أف أم"', id="our-correspondent"),
    # a PP of the medium is where it spoke, not part of the speaker
    pytest.param('كشفت شركة "غوغل" عن موقع خاص. وأضافت الشركة في فيديو توضيحي أن استخدامه سهل.',
                 'شركة "غوغل"', id="medium-pp-is-not-the-speaker"),
])
def test_source_of_the_last_report(nlp, text, source):
    rows = extract(nlp, text)[1]
    assert rows[-1]["source"] == source, rows


@pytest.mark.parametrize("text,speaker", [
    # after لكن, أن, فإن a clause may open with its subject (it is not the earlier speaker's)
    pytest.param("وقال المحامي إن موكله بريء. لكن المقربين من المغني يتهمون الأطباء بأنهم تسببوا في "
                 "وفاته.", "المقربين من المغني", id="lakin-partitive"),
    pytest.param("وقال المحامي إن موكله بريء. يأتي ذلك رغم أن العديد من المصادر أكدت أن الشرطة تحقق في "
                 "الأمر.",
                 "العديد من المصادر", id="raghma-anna-quantifier"),
    pytest.param("ونقل موقع \"فيلت 24\" عن الجمعية أن الاعتقاد خاطئ. وكما يظهر فإن خبراء الصحة "
                 "يعتقدون أن وجبة الصباح ليست مهمة.", "خبراء الصحة", id="fa-inna-after-a-source"),
    pytest.param("يذكر أن وزير الداخلية التركي سليمان صويلو أعلن أن البحث عن المهاجم ما يزال جاريا.",
                 "وزير الداخلية التركي سليمان صويلو", id="yudhkar-anna"),
    pytest.param("يشار الى أن الناطق الرسمي باسم الحكومة اياد الدهماني، أكد في تصريحات إعلامية، أن الحكومة "
                 "ستتوجه إلى البرلمان.", "الناطق الرسمي باسم الحكومة اياد الدهماني", id="yushar-anna-comma"),
    # a Tunisian surname after بـ is a name, not an adverbial
    pytest.param("وكان بالضياف قد أكد في تصريح سابق أنه لم يتلق أي قرار رسمي.", "بالضياف",
                 id="surname-bal"),
])
def test_svo_subject_after_a_clause_opener(nlp, text, speaker):
    rows = extract(nlp, text)[1]
    assert rows[-1]["speaker"] == speaker, rows


@pytest.mark.parametrize("text,speaker", [
    # a noun with a pronoun suffix after the subject is the verb's object
    pytest.param("وجدد المسؤول النقابي انتقاده لوزير التربية ناجي جلول، مضيفا أن الوزير فشل.",
                 "المسؤول النقابي", id="suffixed-object"),
    pytest.param("وجدد الرئيس الفرنسي إيمانويل ماكرون دعمه القوي لتونس، مؤكدا أن الإصلاحات ضرورية.",
                 "الرئيس الفرنسي إيمانويل ماكرون", id="suffixed-object-after-name"),
    # a لـ phrase after a full name is the addressee
    pytest.param("وقال الرئيس الأمريكي دونالد ترامب لموظفي وكالة الاستخبارات إن الوكالة مهمة.",
                 "الرئيس الأمريكي دونالد ترامب", id="addressee-after-name"),
    pytest.param("وقال المتحدث باسم الكرملين دميتري بسكوف لوكالات الأنباء إن اللقاء مثمر.",
                 "المتحدث باسم الكرملين دميتري بسكوف", id="addressee-agencies"),
    # the correspondent a source spoke to: after the NP, or "our correspondent" after a comma
    pytest.param("وأفاد مصدر أمني مراسل الإذاعة بالجهة أن الموقوف اعترف.", "مصدر أمني",
                 id="addressee-correspondent"),
    pytest.param("وأكد مصدر قضائي، مراسلنا بالجهة، أن الموقوف اعترف.", "مصدر قضائي",
                 id="addressee-our-correspondent"),
    pytest.param("وقال مسؤول محلي لرويترز إن الموقوف اعترف.", "مسؤول محلي", id="addressee-reuters"),
    # a relative clause after و is about the NP, not part of it
    pytest.param("وقال رئيس النقابة والذي انتخب أمس إن الإضراب قائم.", "رئيس النقابة",
                 id="relative-after-wa"),
    # a word in ل or ب with no noun after the letter is not a complement (لقب، بعض)
    pytest.param("ومنحت المنظمة الدولية لقب الشخصية النسائية لبطلة الكتاب. وقالت المنظمة إن "
                 "الاختيار موفق.", "المنظمة الدولية", id="laqab-is-no-complement"),
    # قد announces a verb: the NP before it has ended
    pytest.param("أما رئيس اللجنة النائب سامي عبد الكافي فقد أبرز أن الفرز انتهى.",
                 "رئيس اللجنة النائب سامي عبد الكافي", id="topic-before-faqad"),
    # guards: a surname in لـ right after a given name, a participle's own subject
    pytest.param("وقال وزير التجارة رضا لحول إن الأسعار مستقرة.", "وزير التجارة رضا لحول",
                 id="surname-la"),
    pytest.param("وقال وزير الوظيفة العمومية المنتهية مهامه عبيد البريكي إن الحكومة أخطأت.",
                 "وزير الوظيفة العمومية المنتهية مهامه عبيد البريكي", id="participle-subject"),
    # an indefinite accusative before من or before its adjective is the object
    pytest.param("وخصصت الوزيرة جانبا من مداخلتها للحديث عن المحروقات، مشددة على أن الإنتاج تراجع.",
                 "الوزيرة", id="accusative-object-before-min"),
    # no construct after an indefinite nisba: the definite noun is the object
    pytest.param("ووصفت مصادر إخبارية روسية الحالة الصحية للفتاة بالحرجة، مضيفة أنه تم فتح تحقيق.",
                 "مصادر إخبارية روسية", id="definite-object-after-indefinite-nisba"),
    pytest.param("وأعلن حاكم الولاية إنريك سنايدر قرارا مماثلا قائلا إن الأوضاع خطيرة.",
                 "حاكم الولاية إنريك سنايدر", id="accusative-object-before-its-adjective"),
    pytest.param("أثار الباحث الأمازيغي أحمد عصيد جدلا واسعا بكلمته، وقال إن الرسائل عنيفة.",
                 "الباحث الأمازيغي أحمد عصيد", id="short-accusative-object-before-its-adjective"),
    # a بـ phrase: with a pronoun suffix after a definite word, or after a full name
    pytest.param("والتقى وزير الخارجية الفرنسي بنظيره التونسي، وأكد أن العلاقات متينة.",
                 "وزير الخارجية الفرنسي", id="bi-suffixed-after-a-nisba"),
    pytest.param("وبعث رئيس الوزراء بنيامين نتنياهو برسالة مصالحة إلى الشعب قائلا "
                 '"نحن أصدقاؤكم ولسنا أعداءكم".',
                 "رئيس الوزراء بنيامين نتنياهو", id="bi-phrase-after-a-full-name"),
    pytest.param("وقال الرئيس الحبيب بورقيبة إن الاستقلال تام.", "الرئيس الحبيب بورقيبة",
                 id="bu-surname-after-a-definite-given-name"),
    # after a title and its nisba, unknown indefinite words up to the complementizer are a
    # foreign name; adverbs, manner phrases and suffixed nouns are not
    pytest.param("وقال النجم البرتغالي كريستيانو رونالدو إن الفريق جاهز.",
                 "النجم البرتغالي كريستيانو رونالدو", id="foreign-name-after-a-nisba"),
    pytest.param("وقال المدرب الإسباني جوسيب غوارديولا إن الفريق جاهز.",
                 "المدرب الإسباني جوسيب غوارديولا", id="foreign-name-in-alif"),
    pytest.param("وأكد الوزير الفرنسي مجددا أن الفريق جاهز.", "الوزير الفرنسي",
                 id="accusative-adverb-no-name"),
    pytest.param("وقال الوزير الفرنسي بوضوح إن الفريق جاهز.", "الوزير الفرنسي", id="manner-no-name"),
    pytest.param("وأكد رئيس الوزراء الإسرائيلي ثقته بأن الرئيس صديق.", "رئيس الوزراء الإسرائيلي",
                 id="suffixed-noun-no-name"),
])
def test_speaker_np_ends_before_an_object_or_addressee(nlp, text, speaker):
    rows = extract(nlp, text)[1]
    assert rows[0]["source"] == speaker, rows  # the participle's source: the verb's subject


@pytest.mark.parametrize("text,speaker", [
    pytest.param("وكان المرصد السوري لحقوق الإنسان أكد أن المطار أصبح خارج الخدمة.",
                 "المرصد السوري لحقوق الإنسان", id="wa-kana"),
    pytest.param("وكانت الوزارة قد أعلنت أن الامتحانات ستجرى في موعدها.", "الوزارة", id="wa-kanat-qad"),
    pytest.param("كان الرئيس قال إن الحوار ممكن.", "الرئيس", id="kana"),
])
def test_auxiliary_kana_is_not_part_of_the_subject(nlp, text, speaker):
    (row,) = extract(nlp, text)[1]
    assert row["speaker"] == speaker, row


def test_place_after_a_body_is_not_a_name(nlp):
    (row,) = extract(nlp, "وقال الناطق الرسمي باسم المحكمة الابتدائية بتونس إن التحقيق متواصل.")[1]
    assert row["name"] is None and row["affiliation"] == "المحكمة الابتدائية", row


def test_long_title_keeps_its_name(nlp):
    text = ("وأعلن الأمين العام المساعد للاتحاد العام التونسي للشغل المكلف بالتكوين العمالي والتثقيف "
            "النقابي سامي العياري أن الاتفاق قريب. وأضاف العياري أن الزيادة ستشمل القطاع الخاص.")
    rows = extract(nlp, text)[1]
    assert [r["name"] for r in rows] == ["سامي العياري", "سامي العياري"], rows


ACCORDING_TO_CASES = [
    pytest.param("ووفقا لوكالة رويترز فإن السلطات تدرس خيار الدفن.",
                 [{"cue": "ووفقا", "speaker": "وكالة رويترز", "content": "السلطات تدرس خيار الدفن"}],
                 id="media-word-after-li"),
    pytest.param('ووفقا لقناة "دبليو دى ار" (WDR) الألمانية، فإن السلطات تدرس فعلا خيار الدفن.',
                 [{"speaker": 'قناة "دبليو دى ار" (WDR) الألمانية',
                   "content": "السلطات تدرس فعلا خيار الدفن"}],
                 id="quoted-name-acronym-fa-inna"),
    pytest.param("وبحسب تقرير نشر في مجلة علمية، فإن توسيع القناة ساهم في انتشار الأسماك.",
                 [{"speaker": "تقرير نشر", "content": "توسيع القناة ساهم في انتشار الأسماك"}],
                 id="fa-inna-after-pp"),
    pytest.param("وحسب ذات المصدر فقد حدد مركز الهزة قرب المدينة.",
                 [{"speaker": "ذات المصدر", "content": "حدد مركز الهزة قرب المدينة"}], id="fa-qad"),
    pytest.param('ونقلا عن وكالة "بلومبيرغ" للأخبار أن الثروات تضاعفت.',
                 [{"cue": "ونقلا عن", "speaker": 'وكالة "بلومبيرغ" للأخبار', "content": "الثروات تضاعفت"}],
                 id="naqlan-an-quoted-agency"),
    pytest.param("قال المدير الجهوي للصحة إن الحملة متواصلة. وتم حجز كميات من المنتوجات وفقا للمصدر ذاته.",
                 [{"source": "المدير الجهوي للصحة"},
                  {"cue": "وفقا", "speaker": "للمصدر ذاته", "source": "المدير الجهوي للصحة"}],
                 id="lil-masdar-dhatihi"),
    pytest.param('وقال الطبيب سيرجيو كانافيرو إن العملية ستجرى في العام الحالي، حسب موقع "ساينس تايمز". '
                 'ويرتقب أن تجري العملية في الصين.',
                 [{"cue": "وقال", "content": "العملية ستجرى في العام الحالي"},
                  {"cue": "حسب", "speaker": 'موقع "ساينس تايمز"',
                   "content": "العملية ستجرى في العام الحالي"}],
                 id="outlet-credits-the-reported-clause"),
    pytest.param("قال وزير المالية إن العجز تراجع. وحسب أرقام نشرتها الوزارة فإن الدين ارتفع. "
                 "وأضاف أن الإصلاحات متواصلة.",
                 [{"source": "وزير المالية"}, {"speaker": "أرقام نشرتها الوزارة"},
                  {"cue": "وأضاف", "speaker": None, "source": "وزير المالية"}],
                 id="figures-are-no-antecedent"),
    # after ما, ذكره is a verb with its object pronoun and the NP after it is the source;
    # with nothing after it, حسب ما ذكره is "as he said", the current speaker
    pytest.param("وتسببت الأزمة في إغلاق 20 مؤسسة بصفة كلية، وفق ما ذكره رئيس غرفة النسيج كمال نصري.",
                 [{"cue": "وفق ما", "speaker": "رئيس غرفة النسيج كمال نصري",
                   "content": "وتسببت الأزمة في إغلاق 20 مؤسسة بصفة كلية"}],
                 id="wafqa-ma-dhakarahu-then-source"),
    pytest.param("قال وزير الصحة إن الوباء تراجع. وتضاعف عدد الأسرة هذا العام حسب ما ذكره.",
                 [{"source": "وزير الصحة"},
                  {"cue": "حسب ما", "speaker": None, "source": "وزير الصحة",
                   "content": "وتضاعف عدد الأسرة هذا العام"}],
                 id="hasaba-ma-dhakarahu-alone-refers-back"),
    # قول / تعبير before an NP: the NP said it (حسب قوله alone refers back)
    pytest.param("وقال الوالي إن الوضع صعب. وتراجعت الأسعار في الأسواق بشكل كبير، حسب قول الناشط "
                 "المدني عبد السلام الرقاد.",
                 [{"cue": "وقال"}, {"cue": "حسب", "speaker": "الناشط المدني عبد السلام الرقاد"}],
                 id="hasaba-qawl-then-source"),
    pytest.param('وقال الوالي إن الوضع صعب. واستنكر المحتجون "صمت الحكومة وعدم تحركها لفائدة الشباب" '
                 "حسب قول الناشط المدني عبد السلام الرقاد.",
                 [{"cue": "وقال"}, {"cue": "حسب", "speaker": "الناشط المدني عبد السلام الرقاد"}],
                 id="quotation-then-hasaba-qawl-source"),
    # a quantifier and its من phrase are one group NP
    pytest.param("وقال الوالي إن الوضع صعب. واعتبر عدد من المحتجين أن الوعود لم تنفذ.",
                 [{"cue": "وقال"}, {"cue": "واعتبر", "speaker": "عدد من المحتجين"}], id="adad-min-group"),
    # ما written together with its verb
    pytest.param("وقد سخر المستشفى فريقا لمواجهة هذا العدد، حسب ماأفاد به رئيس القسم.",
                 [{"cue": "حسب", "speaker": "رئيس القسم",
                   "content": "وقد سخر المستشفى فريقا لمواجهة هذا العدد"}],
                 id="glued-ma-verb-bihi"),
    pytest.param("وقد بلغ عدد حوادث الشغل 140 حادثا خلال سنة 2012 وفق ماورد في وكالة تونس افريقيا للأنباء.",
                 [{"cue": "وفق", "speaker": "وكالة تونس افريقيا للأنباء"}], id="glued-ma-warada-fi"),
    # على حد تعبيرها / قوله: the saying noun carries the speaker's pronoun; على حد سواء is no cue
    pytest.param('وقالت النائبة سامية عبو إن القانون غير دستوري. "لن نقبل بهذا القانون أبدا ولن نصوت عليه"، '
                 "على حد قولها.",
                 [{"cue": "وقالت"}, {"cue": "على حد قولها", "speaker": None, "source": "النائبة سامية عبو",
                                     "content": "لن نقبل بهذا القانون أبدا ولن نصوت عليه"}],
                 id="ala-hadd-qawliha"),
    pytest.param("وقال الوزير إن القانون جيد. ويعاني الفلاحون والتجار على حد سواء من الأزمة.",
                 [{"cue": "وقال"}], id="ala-hadd-sawa-is-no-cue"),
    # the outlet told comes before the source: skip it to the title or past its comma
    pytest.param("وقررت الحكومة تمكين البحارة من رخص إبحار، وفق ما صرح به لوكالة تونس إفريقيا للأنباء "
                 "وزير الشؤون الاجتماعية محمد الطرابلسي.",
                 [{"cue": "وفق ما", "speaker": "وزير الشؤون الاجتماعية محمد الطرابلسي"}],
                 id="addressee-outlet-then-title"),
    pytest.param("وتواصل الإضراب لليوم الثالث بحسب ما صرح به للجوهرة أف أم، الصحفي الجزائري مراد عباسة.",
                 [{"cue": "بحسب ما", "speaker": "الصحفي الجزائري مراد عباسة"}],
                 id="addressee-outlet-then-comma"),
    # a noun with a pronoun suffix: a title is a source, a verbal noun in ت her words, any
    # other noun no source at all
    pytest.param("قال الوزير إن العجز تراجع. وسيتم توظيف الأعوان حسب شهائدهم العلمية.",
                 [{"cue": "قال"}], id="suffixed-noun-is-no-source"),
    pytest.param("وقالت الوزيرة إن الوضع صعب. وركزت مداخلتها على عنصرية التونسيين المزعومة بحسب تلميحاتها.",
                 [{"cue": "وقالت"}, {"cue": "بحسب", "speaker": None, "source": "الوزيرة"}],
                 id="suffixed-verbal-noun-refers-back"),
    pytest.param("وكانت الوكالة السياحية حسب ممثلها، قد توصلت إلى نقل 65 ألف سائح.",
                 [{"cue": "حسب"}], id="suffixed-title-is-a-source"),
    # "according to the state / the stage / the article": no source, and no antecedent for
    # the dropped subject after it; the same with وفقا لـ's preposition glued on
    pytest.param("وقال المدير العام للصحة أنيس قلوز إن الدواء متوفر. ويصرف الدواء للمرضى حسب "
                 "الوضع الصحي ونوع الفيروس. وأضاف أن التوزيع سينطلق قريبا.",
                 [{"cue": "وقال"}, {"cue": "وأضاف", "speaker": None,
                                    "source": "المدير العام للصحة أنيس قلوز"}],
                 id="hasaba-state-is-no-source"),
    pytest.param("قال الوزير إن العجز تراجع. وتصرف المنح للعائلات المعوزة وفقا للوضعية الاجتماعية لكل حالة.",
                 [{"cue": "قال"}], id="wifqan-li-state-is-no-source"),
    pytest.param("قال الوزير إن العجز تراجع. وسيعرض القرار على البرلمان طبقا لأحكام الفصل 92 من الدستور.",
                 [{"cue": "قال"}], id="tibqan-li-provisions-is-no-source"),
]


@pytest.mark.parametrize("text,expected", ACCORDING_TO_CASES)
def test_according_to_sources(nlp, text, expected):
    assert_attributions(extract(nlp, text)[1], expected)


def test_a_study_with_a_verb_of_saying_is_a_source(nlp):
    rows = extract(nlp, "وخلصت دراسة نرويجية حديثة إلى أن استخدام الهواتف قبل النوم يقلل ساعات النوم. "
                        "وأشارت الدراسة إلى أن الشاشات تؤخر النوم.")[1]
    assert [(r["cue"], r["source"]) for r in rows] == [("وخلصت", "دراسة نرويجية"),
                                                        ("وأشارت", "دراسة نرويجية")]
    assert rows[0]["affiliation"] == "النرويج"


@pytest.mark.parametrize("text", [
    pytest.param("وبيّنت الأبحاث أن التدخين يضر بالقلب.", id="evidence-verb"),
    pytest.param("وتشير الأرقام إلى أن البطالة ارتفعت.", id="data"),
    pytest.param("وتشير المعطيات إلى أن البطالة ارتفعت.", id="data-2"),
])
def test_evidence_is_not_a_speaker(nlp, text):
    assert extract(nlp, text)[1] == []


@pytest.mark.parametrize("text,expected", [
    # جاء في + a text + أن: the text speaks for whoever issued it
    pytest.param("وجاء في بلاغ لوزارة الداخلية أنه تم حجز أسلحة.",
                 [{"cue": "وجاء في", "speaker": "بلاغ لوزارة الداخلية", "source": "وزارة الداخلية",
                   "affiliation": "وزارة الداخلية", "content": "تم حجز أسلحة"}],
                 id="communique-of-a-ministry"),
    pytest.param("جاء في بيان أصدرته رئاسة الحكومة اليوم أن الوزير استقال.",
                 [{"speaker": "بيان أصدرته رئاسة الحكومة", "source": "رئاسة الحكومة",
                   "content": "الوزير استقال"}], id="statement-issued-by"),
    pytest.param("ووجه الرئيس فائز السراج أمس رسالة إلى المنظمات الدولية. وجاء في الرسالة أن التصعيد "
                 "خطير.", [{"speaker": "الرسالة", "source": "الرئيس فائز السراج"}],
                 id="letter-of-a-person"),
    # a text published by a newspaper is the newspaper's report; a study speaks for itself
    pytest.param('وبحسب تقرير نشرته صحيفة "الغارديان" البريطانية فإن الجليد يذوب.',
                 [{"source": 'صحيفة "الغارديان" البريطانية', "content": "الجليد يذوب"}],
                 id="report-published-by"),
    pytest.param('وكشفت دراسة نشرتها مجلة "نيتشر" أن الجليد يذوب.',
                 [{"source": 'دراسة نشرتها مجلة "نيتشر"'}], id="study-published-by"),
])
def test_a_text_speaks_for_its_issuer(nlp, text, expected):
    assert_attributions(extract(nlp, text)[1], expected)


@pytest.mark.parametrize("text", [
    "وجاء الفريق في المرتبة الأولى بعد أن فاز على منافسه.",
    "وجاء في 688 صفحة أن التكاليف سترتفع.",  # not a text: a number
    "وقال التقرير الذي جاء في 300 صفحة إن التكاليف سترتفع.",
])
def test_came_in_needs_a_text(nlp, text):
    assert all(not r["cue"].startswith(("وجاء", "جاء")) for r in extract(nlp, text)[1])


def test_pluperfect_in_a_relative_clause_has_no_subject_of_its_own(nlp):
    text = ("قال الباحثون إن النتائج واضحة. وسئل المشاركون، والذين كانوا بالفعل قد رأوا الصورة، "
            "عن لونها.")
    assert all(r["speaker"] != "بالفعل" for r in extract(nlp, text)[1])


def test_the_study_refers_to_the_study_cited_before(nlp):
    text = ("وكشفت دراسة أمريكية أن القهوة مفيدة للقلب. وقال الطبيب سامي الحداد إن النتائج مهمة. "
            "وأشارت الدراسة إلى أن الشاي مفيد أيضا.")
    rows = extract(nlp, text)[1]
    assert rows[-1]["source"] == "دراسة أمريكية" and rows[-1]["affiliation"] == "الولايات المتحدة", rows


@pytest.mark.parametrize("text,speaker", [
    pytest.param('وتقول "بي بي سي" نقلا عن هيئة المسح الجيولوجي البريطانية إن الذهب يعاد تدويره.',
                 '"بي بي سي"', id="quoted-outlet-then-via"),
    pytest.param('وأضافت "نيويورك تايمز" أن المفاوضات متعثرة.', '"نيويورك تايمز"', id="quoted-outlet"),
])
def test_a_quoted_name_after_the_verb_is_its_subject(nlp, text, speaker):
    rows = extract(nlp, text)[1]
    assert len(rows) == 1 and rows[0]["speaker"] == speaker, rows  # the name is not content


def test_speech_after_a_title_is_not_a_quoted_name(nlp):
    text = 'وقال الوزير "إن الحكومة مستعدة لكل الاحتمالات" مضيفا "سنبدأ العمل غدا في كل الجهات".'
    rows = extract(nlp, text)[1]
    assert [r["source"] for r in rows] == ["الوزير", "الوزير"], rows


def test_bal_surname_named_in_the_text_stays_the_subject(nlp):
    """وأشار بالطيب إلى: a بال word before a preposition is the surname the text gave سمير."""
    doc = nlp("وقال وزير الفلاحة سمير بالطيب إن الموسم جيد. وأشار بالطيب إلى أن الأمطار كانت كافية.")
    last = doc._.attributions[-1]
    assert last.speaker is not None and last.speaker.text == "بالطيب"


@pytest.mark.parametrize("words,expected", [
    (["للولايات", "المتحده", "الامريكيه"], ("الولايات المتحدة", 3, False)),  # longest name, clitic
    (["الكوري", "الشمالي"], ("كوريا الشمالية", 2, True)),
    (["الكوري", "المتحده"], None),
])
def test_multiword_place(words, expected):
    from spacy_attrib.lexicon import create_lexicon

    assert create_lexicon().multiword_place(words, 0) == expected


@pytest.mark.parametrize("text,source,affiliation", [
    pytest.param("قال الأمين العام للاتحاد العام التونسي للشغل إن الاتحاد يقبل بالعودة إلى الحوار. "
                 "وأضاف العباسي أنه على الدولة احترام تعهداتها.",
                 "الأمين العام للاتحاد العام التونسي للشغل", "الاتحاد العام التونسي للشغل",
                 id="surname-after-title-only"),
    pytest.param("قالت رئيسة جمعية القضاة التونسيين إن القضاة يعانون. وأوضحت القرافي أن الضغط سيتواصل.",
                 "رئيسة جمعية القضاة التونسيين", "جمعية القضاة التونسيين", id="female-surname"),
])
def test_a_new_surname_is_the_office_holder_introduced_by_title(nlp, text, source, affiliation):
    last = extract(nlp, text)[1][-1]
    assert last["source"] == source and last["affiliation"] == affiliation, last


@pytest.mark.parametrize("text,source", [
    pytest.param("هاجم شون سبايسر الصور المنشورة. وقال وزير الخارجية إن الوضع صعب. "
                 "وقال سبايسر إن الحشد كان الأكبر.", "سبايسر", id="surname-written-before"),
    pytest.param("قال وزير الخارجية إن الوضع صعب. وأضافت الدراسة أن الحشد كان الأكبر.",
                 "الدراسة", id="common-noun"),
])
def test_no_office_holder_for_a_known_surname_or_a_noun(nlp, text, source):
    assert extract(nlp, text)[1][-1]["source"] == source


@pytest.mark.parametrize("text,source", [
    # a feminine body's adjective ends in ة (or is an elative); a definite word that does not
    # is the verb's object; "on the other hand" is no modifier of the speaker; a quoted name
    # is complete before a verbal noun
    pytest.param('ثبتت وكالة التصنيف "فيتش راتينغ" تصنيف تونس عند مستوى سلبي. وفسرت الوكالة الآفاق '
                 'السلبية بانهيار السياحة. وبينت الوكالة من جهة أخرى أن البنوك العمومية ضعيفة.',
                 'وكالة التصنيف "فيتش راتينغ"', id="agency-named-before-its-object"),
    pytest.param("وقالت الهيئة العليا المستقلة للانتخابات إن الموعد ثابت.",
                 "الهيئة العليا المستقلة للانتخابات", id="elative-adjective-of-a-feminine-body"),
])
def test_a_feminine_body_and_what_follows_it(nlp, text, source):
    assert extract(nlp, text)[1][-1]["source"] == source


@pytest.mark.parametrize("text,source", [
    # a time word with a definite adjective that is no time names an event
    pytest.param("واوضحت منسقة الايام الدراسية، نوال جباس، أن الدورة ناجحة.",
                 "منسقة الايام الدراسية، نوال جباس", id="study-days"),
    # a minister named in full as the object of لـ is the fullest mention of the minister quoted next
    pytest.param("وقال النواب خلال جلسة عقدتها اللجنة بالبرلمان، لوزير التجهيز والاسكان محمد صالح "
                 "العرفاوي، ان الأمر مخالف للقانون. وأفاد وزير التجهيز أنه سيتم النظر في الأمر.",
                 "وزير التجهيز والاسكان محمد صالح العرفاوي", id="named-object-of-li"),
    # a surname that begins with لـ is no title governed by it
    pytest.param("أكد هاشمي لوزير مدير معهد باستور أن المعهد سيقاضي القناة. و قال لوزير أن الوثائقي "
                 "تضمن أكاذيب.", "هاشمي لوزير مدير معهد باستور", id="surname-with-li"),
    # two titled men who share only a given name are two people
    pytest.param("وقال وزير التجهيز محمد صالح العرفاوي إن المشروع جاهز. وقال النائب محمد بن سالم "
                 "إن المشروع متأخر.", "النائب محمد بن سالم", id="shared-given-name-two-titles"),
])
def test_fuller_mentions_of_people(nlp, text, source):
    assert extract(nlp, text)[1][-1]["source"] == source
