<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>AboutScreen</name>
        <message>
            <location filename="../assist_desk/views/about.py" line="199" />
            <source>About</source>
            <extracomment>The id of the About screen (the top bar's "About" button opens it). The id of the mediators' sources and licences screen.</extracomment>
            <translation>حول التطبيق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="204" />
            <source>No date is known for the information on this computer.</source>
            <translation>لا يُعرف تاريخ المعلومات الموجودة على هذا الحاسوب.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="205" />
            <source>The information on this computer was checked on %1.</source>
            <translation>تم التحقق من المعلومات الموجودة على هذا الحاسوب في %1.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="210" />
            <source>About this help point</source>
            <translation>حول نقطة المساعدة هذه</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="213" />
            <source>This help point is run by: %1.</source>
            <translation>يدير نقطة المساعدة هذه: %1.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="215" />
            <source>This help point is run by a local public service.</source>
            <translation>يدير نقطة المساعدة هذه مرفق عمومي محلي.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="217" />
            <source>This application is not an ANTS product. It helps you use the official websites, where your procedure is done.</source>
            <translation>هذا التطبيق ليس منتجًا تابعًا لـ ANTS. إنه يساعدك على استخدام المواقع الرسمية، حيث يتم إجراؤك.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="221" />
            <source>Nothing you type here is kept on this computer: it is erased when the session ends.</source>
            <translation>لا يُحفظ أي شيء تكتبه هنا على هذا الحاسوب: يُمحى كل شيء عند انتهاء الجلسة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="225" />
            <source>assist_desk version %1, free software.</source>
            <translation>تطبيق assist_desk، الإصدار %1، برنامج حر.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="234" />
            <location filename="../assist_desk/views/about.py" line="235" />
            <location filename="../assist_desk/views/about.py" line="243" />
            <source>Accessibility statement</source>
            <translation>بيان إمكانية الوصول</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="237" />
            <location filename="../assist_desk/views/about.py" line="238" />
            <source>Sources and licences</source>
            <translation>المصادر والتراخيص</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="244" />
            <location filename="../assist_desk/views/about.py" line="245" />
            <source>Back to the home screen</source>
            <translation>العودة إلى الشاشة الرئيسية</translation>
        </message>
    </context>
    <context>
        <name>AppointmentsScreen</name>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="302" />
            <location filename="../assist_desk/views/appointments.py" line="305" />
            <source>Pre-application number and appointment</source>
            <translation>رقم الطلب المسبق والموعد</translation>
        </message>
    </context>
    <context>
        <name>AskMediatorScreen</name>
        <message>
            <location filename="../assist_desk/views/ask_mediator.py" line="50" />
            <source>Ask a mediator</source>
            <translation>اطلب مساعدة وسيط</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/ask_mediator.py" line="53" />
            <source>A mediator can help you</source>
            <translation>يمكن لوسيط أن يساعدك</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/ask_mediator.py" line="55" />
            <source>Raise your hand so that a mediator sees you, or go to the help point's desk.</source>
            <translation>ارفع يدك ليراك أحد الوسطاء، أو توجّه إلى مكتب الاستقبال في نقطة المساعدة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/ask_mediator.py" line="58" />
            <source>Back to where I was</source>
            <translation>العودة إلى حيث كنت</translation>
        </message>
    </context>
    <context>
        <name>AttractScreen</name>
        <message>
            <location filename="../assist_desk/views/attract.py" line="437" />
            <source>Welcome</source>
            <extracomment>Each language named in itself, as a person looking for it would read it. The attract screen's parts, top to bottom, from the fullest screen to the shortest (see ``AttractScreen._arrange``). "stretch" is empty room that a short screen lacks. The parts moved from one order to another (the others keep their order). The parts measured to know what a short window shows of an order. The logo's height at most, in pixels (the welcome screen still fits 800 px). K-5: what can be done here, as the four procedures' pictograms. Between two pictograms, across and down. Above the name: less on a screen too short to show everything. K-5: the help point's logo, when the operator set one (``site_logo``).</extracomment>
            <translation>مرحبًا</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="441" />
            <source>Welcome. We can help you with your ANTS procedures.</source>
            <translation>مرحبًا. يمكننا مساعدتك في إجراءاتك لدى ANTS.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="442" />
            <source>Touch to start</source>
            <translation>المس الشاشة للبدء</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="446" />
            <source>Starts a new session. Nothing from the previous person is kept.</source>
            <translation>يبدأ جلسة جديدة. لا يُحتفظ بأي شيء من الشخص السابق.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="450" />
            <source>Everything you type is erased when you press “End session”, or after a few minutes without use.</source>
            <translation>يُمحى كل ما تكتبه عند الضغط على «إنهاء الجلسة»، أو بعد بضع دقائق دون استعمال.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="455" />
            <source>Registration certificate</source>
            <translation>شهادة تسجيل المركبة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="456" />
            <source>Driving licence</source>
            <translation>رخصة السياقة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="457" />
            <source>Identity card</source>
            <translation>بطاقة التعريف</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="458" />
            <source>Passport</source>
            <translation>جواز السفر</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="462" />
            <source>Here you can get help with:</source>
            <translation>هنا يمكننا مساعدتك في:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="463" />
            <location filename="../assist_desk/views/attract.py" line="464" />
            <source>Larger text</source>
            <translation>نص أكبر</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="465" />
            <location filename="../assist_desk/views/attract.py" line="466" />
            <source>High contrast</source>
            <translation>تباين عالٍ</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="467" />
            <location filename="../assist_desk/views/attract.py" line="468" />
            <source>Choose your language:</source>
            <translation>اختر لغتك:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="469" />
            <source>Staff</source>
            <translation>الموظفون</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="470" />
            <source>Staff sign-in</source>
            <translation>الموظفون: تسجيل الدخول</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="472" />
            <source>For the help point's mediators: asks for the PIN</source>
            <translation>لوسطاء نقطة المساعدة: يطلب الرمز السري</translation>
        </message>
    </context>
    <context>
        <name>BrowserScreen</name>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="242" />
            <location filename="../assist_desk/views/browser/screen.py" line="394" />
            <location filename="../assist_desk/views/browser/screen.py" line="408" />
            <source>Official site</source>
            <extracomment>The notice's column, at most this wide (a line stays readable).</extracomment>
            <translation>الموقع الرسمي</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="310" />
            <source>Site shown: %1</source>
            <translation>الموقع المعروض: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="398" />
            <source>Back to the application</source>
            <translation>العودة إلى التطبيق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="399" />
            <location filename="../assist_desk/views/browser/screen.py" line="420" />
            <location filename="../assist_desk/views/browser/screen.py" line="437" />
            <location filename="../assist_desk/views/browser/screen.py" line="443" />
            <source>Back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="399" />
            <source>Previous page</source>
            <translation>الصفحة السابقة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="400" />
            <source>Reload</source>
            <translation>إعادة التحميل</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="400" />
            <source>Load the page again</source>
            <translation>تحميل الصفحة من جديد</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="401" />
            <source>Smaller text</source>
            <translation>نص أصغر</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="402" />
            <source>Larger text</source>
            <translation>نص أكبر</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="415" />
            <source>This page is not available at this kiosk</source>
            <translation>هذه الصفحة غير متاحة على هذا الجهاز</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="417" />
            <source>This kiosk only opens official sites, to keep your information safe. To open this page on your phone, scan the code with its camera.</source>
            <translation>لا يفتح هذا الجهاز إلا المواقع الرسمية، حفاظًا على معلوماتك. لفتح هذه الصفحة على هاتفك، امسح الرمز بكاميرته.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="422" />
            <source>This page stopped working</source>
            <translation>توقفت هذه الصفحة عن العمل</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="424" />
            <source>This can happen. Start the page again; if it stops again, ask a mediator.</source>
            <translation>قد يحدث هذا. أعد تشغيل الصفحة، وإذا توقفت مرة أخرى فاطلب المساعدة من وسيط.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="426" />
            <source>Start again</source>
            <translation>إعادة التشغيل</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="428" />
            <source>No scanned document yet</source>
            <translation>لا توجد وثيقة ممسوحة ضوئيًا بعد</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="430" />
            <source>To send a document, first scan it with this help point's scanner, then press the page's button again. If you see no scanner, ask a mediator.</source>
            <translation>لإرسال وثيقة، امسحها ضوئيًا أولًا بماسح نقطة الاستقبال هذه، ثم اضغط مرة أخرى على زر الصفحة. إذا لم تجد ماسحًا ضوئيًا، فاسأل أحد الوسطاء.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="433" />
            <source>Back to the page</source>
            <translation>العودة إلى الصفحة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="435" />
            <source>The document could not be received</source>
            <translation>تعذّر استلام المستند</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="436" />
            <source>Try again on the page. If it fails again, ask a mediator.</source>
            <translation>حاول مرة أخرى في الصفحة. وإذا فشل ذلك مجددًا فاطلب المساعدة من وسيط.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="439" />
            <source>This document cannot be shown here</source>
            <translation>لا يمكن عرض هذا المستند هنا</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="441" />
            <source>Only PDF documents can be shown and printed here. A mediator can help you.</source>
            <translation>لا يمكن هنا عرض وطباعة سوى مستندات PDF. يمكن لوسيط مساعدتك.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="448" />
            <source>Code to scan with a phone to open this page</source>
            <translation>رمز يُمسح بالهاتف لفتح هذه الصفحة</translation>
        </message>
    </context>
    <context>
        <name>ChecklistsScreen</name>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="438" />
            <location filename="../assist_desk/views/checklists.py" line="537" />
            <source>Documents to bring</source>
            <translation>الوثائق المطلوب إحضارها</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="538" />
            <source>‹ Back to the procedures</source>
            <translation>‹ العودة إلى الإجراءات</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="539" />
            <source>Back to the procedures</source>
            <translation>العودة إلى الإجراءات</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="540" />
            <source>Choose a procedure first: then you can print its list.</source>
            <translation>اختر إجراءً أولًا: بعد ذلك يمكنك طباعة قائمته.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="541" />
            <source>Procedures</source>
            <translation>الإجراءات</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="542" />
            <source>Checklist</source>
            <translation>قائمة الوثائق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="543" />
            <source>&amp;Print…</source>
            <translation>&amp;طباعة…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="544" />
            <source>Print this checklist</source>
            <translation>طباعة هذه القائمة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="545" />
            <source>Save as &amp;PDF</source>
            <translation>حفظ بصيغة &amp;PDF</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="547" />
            <source>Save as PDF</source>
            <translation>حفظ بصيغة PDF</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="548" />
            <source>Save this checklist as a PDF file</source>
            <translation>حفظ هذه القائمة في ملف PDF</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="549" />
            <source>Which procedure do I need?</source>
            <translation>ما الإجراء الذي أحتاجه؟</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="662" />
            <source>Choose a procedure</source>
            <translation>اختر إجراءً</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="664" />
            <source>Choose a procedure in the list to see the documents to bring.</source>
            <translation>اختر إجراءً من القائمة لرؤية الوثائق المطلوب إحضارها.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="668" />
            <source>Not sure which one? The button “Which procedure do I need?” asks you a few simple questions.</source>
            <translation>لست متأكدًا من الإجراء؟ يطرح عليك زر «ما الإجراء الذي أحتاجه؟» بضعة أسئلة بسيطة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="675" />
            <source>For a vehicle registration certificate, the list also estimates its cost.</source>
            <translation>بالنسبة لشهادة تسجيل المركبة، تقدّر القائمة أيضًا تكلفتها.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="687" />
            <source>Back to the translation</source>
            <translation>العودة إلى الترجمة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="687" />
            <source>Show the French text</source>
            <translation>عرض النص الفرنسي</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="739" />
            <source>No printer is available here. Ask a mediator, or note the list.</source>
            <translation>لا توجد طابعة متاحة هنا. اطلب المساعدة من أحد الوسطاء، أو دوّن القائمة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="768" />
            <source>The PDF file could not be written. Try printing.</source>
            <translation>تعذّر حفظ ملف PDF. جرّب الطباعة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="771" />
            <source>Saved: %1</source>
            <translation>تم الحفظ: %1</translation>
        </message>
    </context>
    <context>
        <name>Content</name>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="79" />
            <source>This information may be outdated: it was last checked on %1. Check the official page before relying on it.</source>
            <translation>قد تكون هذه المعلومات قديمة: آخر تحقق منها كان في %1. راجع الصفحة الرسمية قبل الاعتماد عليها.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="87" />
            <source>Not yet translated: shown in French, which is the reference text.</source>
            <translation>لم تُترجم بعد: معروضة بالفرنسية، وهي النص المرجعي.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="100" />
            <source>free</source>
            <translation>مجاني</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="101" />
            <source>Cost: %1</source>
            <translation>التكلفة: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="102" />
            <source>Source: %1 — checked on %2</source>
            <translation>المصدر: %1 — تم التحقق في %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="103" />
            <source>Where: %1</source>
            <translation>أين: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="106" />
            <source>Otherwise: %1</source>
            <translation>وإلا: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="108" />
            <source>Official website: %1</source>
            <translation>الموقع الرسمي: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="109" />
            <source>Where to buy the electronic tax stamp</source>
            <translation>أين تشتري الطابع الجبائي الإلكتروني</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="112" />
            <source>To recheck: its source could not confirm it that day. Check the official page.</source>
            <translation>يجب التحقق من جديد: لم يؤكده مصدره في ذلك اليوم. راجع الصفحة الرسمية.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="116" />
            <source>Translated from French, which is the reference text.</source>
            <translation>مترجم من الفرنسية، وهي النص المرجعي.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="176" />
            <source>Checked on %1</source>
            <translation>تم التحقق في %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="104" />
            <source>Documents</source>
            <translation>الوثائق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="105" />
            <source>if it applies</source>
            <translation>إن كان ينطبق عليك</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="107" />
            <source>Steps</source>
            <translation>الخطوات</translation>
        </message>
    </context>
    <context>
        <name>CostCalculator</name>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="224" />
            <source>Cost calculator</source>
            <extracomment>A touch target's least height at a kiosk (the review's 80 px for choices). Between a calculator's label and its field: nearer than to the field above. Lines of a checklist always in view, whatever sits under it. (energy id, label); labels are translated in retranslate_ui.</extracomment>
            <translation>حساب التكلفة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="225" />
            <source>&amp;Region of your home</source>
            <translation>&amp;منطقة سكنك</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="226" />
            <source>Region of your home</source>
            <translation>منطقة سكنك</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="227" />
            <source>&amp;Fiscal horsepower (box P.6)</source>
            <translation>ال&amp;قوة الجبائية (الخانة P.6)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="228" />
            <source>Fiscal horsepower</source>
            <translation>القوة الجبائية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="230" />
            <source>Written in box P.6 of the registration certificate</source>
            <translation>مذكورة في الخانة P.6 من بطاقة تسجيل السيارة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="232" />
            <source>&amp;Year of first registration (box B)</source>
            <translation>&amp;سنة أول تسجيل (الخانة B)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="233" />
            <source>Year of first registration</source>
            <translation>سنة أول تسجيل</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="235" />
            <source>Written in box B of the registration certificate</source>
            <translation>مكتوبة في الخانة B من البطاقة الرمادية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="237" />
            <source>&amp;Energy</source>
            <translation>&amp;الطاقة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="238" />
            <source>Energy</source>
            <translation>الطاقة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="240" />
            <source>Petrol, diesel or other</source>
            <translation>بنزين أو ديزل أو غير ذلك</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="241" />
            <source>Electric or hydrogen</source>
            <translation>كهربائية أو بالهيدروجين</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="242" />
            <source>Hybrid</source>
            <translation>هجينة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="243" />
            <source>Superethanol E85</source>
            <translation>سوبر إيثانول E85</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="274" />
            <source>No rate is known for this region on this date.</source>
            <translation>لا يوجد سعر معروف لهذه المنطقة في هذا التاريخ.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="283" />
            <source>Regional tax %1 (%2 per horsepower, rate in force on %3; start date to recheck)</source>
            <translation>الضريبة الجهوية %1 (%2 لكل حصان جبائي، السعر المعمول به في %3؛ تاريخ بدء سريانه يحتاج إلى تحقق)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="286" />
            <source>Estimated total: %1</source>
            <translation>المجموع التقديري: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="279" />
            <source>Regional tax %1 (%2 per horsepower, rate valid since %3)</source>
            <translation>الضريبة الجهوية %1 (%2 لكل حصان جبائي، سعر سارٍ منذ %3)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="292" />
            <source>This region does not charge the regional tax for this energy.</source>
            <translation>هذه الجهة لا تفرض الضريبة الجهوية على هذا النوع من الطاقة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="294" />
            <source>This region halves the regional tax for this energy.</source>
            <translation>هذه الجهة تخفض الضريبة الجهوية إلى النصف لهذا النوع من الطاقة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="296" />
            <source>Halved: the vehicle was first registered 10 years ago or more.</source>
            <translation>مخفضة إلى النصف: أول تسجيل للمركبة يعود إلى 10 سنوات أو أكثر.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="299" />
            <source>Near 10 years, the exact date in box B decides whether it is halved.</source>
            <translation>قرب 10 سنوات، التاريخ الدقيق في الخانة B هو الذي يحدد التخفيض إلى النصف.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="302" />
            <source>Fixed tax %1, delivery %2</source>
            <translation>ضريبة ثابتة %1، رسوم الإرسال %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="307" />
            <source>Rate checked on %1</source>
            <translation>تم التحقق من السعر في %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="312" />
            <source>To recheck: a figure used could not be confirmed.</source>
            <translation>يجب التحقق من جديد: لم يتم تأكيد أحد المبالغ المستعملة.</translation>
        </message>
    </context>
    <context>
        <name>DocumentPanel</name>
        <message>
            <location filename="../assist_desk/views/browser/document.py" line="98" />
            <source>Page %1</source>
            <extracomment>Pages rendered at most (a receipt has one or two; a long file is the site's to print). Width of a rendered page, in pixels (about 150 dpi on A4).</extracomment>
            <translation>الصفحة %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/document.py" line="134" />
            <source>Your document</source>
            <translation>مستندك</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/document.py" line="136" />
            <source>Print</source>
            <translation>طباعة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/document.py" line="137" />
            <source>Close the document</source>
            <translation>إغلاق المستند</translation>
        </message>
    </context>
    <context>
        <name>FaqScreen</name>
        <message>
            <location filename="../assist_desk/views/faq.py" line="273" />
            <location filename="../assist_desk/views/faq.py" line="348" />
            <source>Questions &amp; answers</source>
            <extracomment>Milliseconds of quiet typing before the search runs (results feel instant). A touch target's least height at a kiosk (the review's 80 px for choices). What a list item opens: ("faq" or "checklist", id).</extracomment>
            <translation>أسئلة وأجوبة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="349" />
            <source>&amp;Search</source>
            <translation>&amp;بحث</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="350" />
            <source>For example: lost passport, carte grise…</source>
            <translation>مثلاً: جواز سفر مفقود، بطاقة تسجيل السيارة (carte grise)…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="351" />
            <source>Search the questions and checklists</source>
            <translation>البحث في الأسئلة وقوائم الوثائق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="352" />
            <location filename="../assist_desk/views/faq.py" line="353" />
            <source>Clear the search</source>
            <translation>مسح البحث</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="355" />
            <source>Results appear as you type. Spelling mistakes are tolerated.</source>
            <translation>تظهر النتائج أثناء الكتابة. الأخطاء الإملائية مقبولة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="357" />
            <source>&amp;Topic</source>
            <translation>ال&amp;موضوع</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="358" />
            <source>Topic</source>
            <translation>الموضوع</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="359" />
            <source>Results</source>
            <translation>النتائج</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="360" />
            <source>Answer</source>
            <translation>الجواب</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="362" />
            <source>Choose a question in the list, or type a few words in the search box.</source>
            <translation>اختر سؤالاً من القائمة، أو اكتب بعض الكلمات في خانة البحث.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="365" />
            <source>‹ Back to the questions</source>
            <translation>‹ العودة إلى الأسئلة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="366" />
            <source>Back to the questions</source>
            <translation>العودة إلى الأسئلة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="369" />
            <source>Which procedure do I need?</source>
            <translation>ما الإجراء الذي أحتاجه؟</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="371" />
            <source>Documents to bring</source>
            <translation>الوثائق المطلوب إحضارها</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="385" />
            <source>All topics</source>
            <translation>كل المواضيع</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="410" />
            <source>No good answer found. The closest ones are below; a mediator can help you.</source>
            <translation>لم نجد جوابا مناسبا. أقرب الأجوبة أدناه، ويمكن للوسيط أن يساعدك.</translation>
        </message>
        <message numerus="yes">
            <location filename="../assist_desk/views/faq.py" line="414" />
            <source>%n result(s)</source>
            <translation>
                <numerusform>لا نتائج</numerusform>
                <numerusform>نتيجة واحدة</numerusform>
                <numerusform>نتيجتان</numerusform>
                <numerusform>%n نتائج</numerusform>
                <numerusform>%n نتيجة</numerusform>
                <numerusform>%n نتيجة</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="416" />
            <source>No result. Try another word, or choose a topic.</source>
            <translation>لا توجد نتائج. جرّب كلمة أخرى أو اختر موضوعاً.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="421" />
            <source>checklist</source>
            <translation>قائمة الوثائق</translation>
        </message>
        <message numerus="yes">
            <location filename="../assist_desk/views/faq.py" line="429" />
            <source>%n question(s)</source>
            <translation>
                <numerusform>لا أسئلة</numerusform>
                <numerusform>سؤال واحد</numerusform>
                <numerusform>سؤالان</numerusform>
                <numerusform>%n أسئلة</numerusform>
                <numerusform>%n سؤالاً</numerusform>
                <numerusform>%n سؤال</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="367" />
            <location filename="../assist_desk/views/faq.py" line="368" />
            <source>See also</source>
            <translation>انظر أيضاً</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="450" />
            <source>Frequent questions</source>
            <translation>أسئلة متكررة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="548" />
            <location filename="../assist_desk/views/faq.py" line="586" />
            <source>Documents to bring: %1</source>
            <translation>الوثائق المطلوب إحضارها: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="550" />
            <location filename="../assist_desk/views/faq.py" line="570" />
            <source>Source: %1</source>
            <translation>المصدر: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="606" />
            <source>Hide the French text</source>
            <translation>إخفاء النص الفرنسي</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="606" />
            <source>Show the French text</source>
            <translation>عرض النص الفرنسي</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="608" />
            <source>Translated from French, which is the reference text.</source>
            <translation>مترجم من الفرنسية، وهي النص المرجعي.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="375" />
            <source>Questions not yet translated are shown in French, the reference text.</source>
            <translation>تظهر الأسئلة التي لم تُترجم بعد باللغة الفرنسية، وهي النص المرجعي.</translation>
        </message>
    </context>
    <context>
        <name>FarewellScreen</name>
        <message numerus="yes">
            <location filename="../assist_desk/views/farewell.py" line="104" />
            <source>The screen returns to the start in %n second(s).</source>
            <extracomment>Long enough to read two short lines and take the paper; short for privacy. A page was printed in this session: the reminder is about the paper.</extracomment>
            <translation>
                <numerusform>تعود الشاشة إلى البداية بعد %n ثانية.</numerusform>
                <numerusform>تعود الشاشة إلى البداية بعد ثانية واحدة (%n).</numerusform>
                <numerusform>تعود الشاشة إلى البداية بعد ثانيتين (%n).</numerusform>
                <numerusform>تعود الشاشة إلى البداية بعد %n ثوانٍ.</numerusform>
                <numerusform>تعود الشاشة إلى البداية بعد %n ثانية.</numerusform>
                <numerusform>تعود الشاشة إلى البداية بعد %n ثانية.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/farewell.py" line="130" />
            <source>Goodbye</source>
            <translation>إلى اللقاء</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/farewell.py" line="136" />
            <source>Don't forget your printed summary</source>
            <translation>لا تنسَ ملخّصك المطبوع</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/farewell.py" line="139" />
            <source>Take your papers with you. Everything you typed is erased when this screen closes: the next person will see nothing of it.</source>
            <translation>خذ أوراقك معك. يُمسح كل ما كتبته عند إغلاق هذه الشاشة: لن يرى الشخص التالي شيئًا منه.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/farewell.py" line="143" />
            <source>I have everything</source>
            <translation>أخذت كل شيء</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/farewell.py" line="145" />
            <source>Thank you, goodbye</source>
            <translation>شكرًا، إلى اللقاء</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/farewell.py" line="148" />
            <source>Everything you typed is erased when this screen closes: the next person will see nothing of it.</source>
            <translation>يُمسح كل ما كتبته عند إغلاق هذه الشاشة: لن يرى الشخص التالي شيئًا منه.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/farewell.py" line="152" />
            <source>Finish now</source>
            <translation>إنهاء الآن</translation>
        </message>
    </context>
    <context>
        <name>Flows</name>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="25" />
            <source>A private person</source>
            <translation>شخص عادي</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="26" />
            <source>For your own procedures. You need an e-mail address you can open.</source>
            <translation>لإجراءاتك الشخصية. تحتاج إلى عنوان بريد إلكتروني يمكنك فتحه.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="31" />
            <source>A car professional (SIV)</source>
            <translation>مهني في قطاع السيارات (SIV)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="32" />
            <source>For garages authorised by their prefecture to register vehicles. You need the authorisation, a SIRET number and an e-mail address.</source>
            <translation>للمرائب المرخّص لها من المحافظة بتسجيل المركبات. تحتاج إلى الترخيص ورقم SIRET وعنوان بريد إلكتروني.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="39" />
            <source>A driving school</source>
            <translation>مدرسة لتعليم السياقة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="43" />
            <source>A road-safety training centre</source>
            <translation>مركز توعية بالسلامة المرورية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="51" />
            <source>A town hall with a fingerprint station</source>
            <translation>بلدية مجهّزة بجهاز أخذ البصمات</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="52" />
            <source>Town halls that take ID card and passport applications. The account is requested from the agency, with an e-mail address it can write to.</source>
            <translation>البلديات التي تستقبل طلبات بطاقة الهوية وجواز السفر. يُطلب الحساب من الوكالة مع عنوان بريد إلكتروني يمكنها مراسلته.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="59" />
            <source>Another company or association</source>
            <translation>شركة أو جمعية أخرى</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="60" />
            <source>You need its SIRET number and an e-mail address.</source>
            <translation>تحتاج إلى رقم SIRET الخاص بها وعنوان بريد إلكتروني.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="66" />
            <source>Do you have an e-mail address that you can open now, here?</source>
            <translation>هل لديك عنوان بريد إلكتروني يمكنك فتحه الآن، هنا؟</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="69" />
            <source>Has your prefecture authorised you to register vehicles (SIV)?</source>
            <translation>هل رخّصت لك المحافظة بتسجيل المركبات (SIV)؟</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="72" />
            <source>Do you have the SIRET number (14 digits) at hand?</source>
            <translation>هل رقم SIRET (14 رقمًا) في متناولك؟</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="73" />
            <source>Do you have the prefecture's approval number at hand?</source>
            <translation>هل رقم الاعتماد الصادر عن المحافظة في متناولك؟</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="77" />
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="78" />
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="82" />
            <source>Who is the account for?</source>
            <translation>لمن هذا الحساب؟</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="83" />
            <source>Before we start</source>
            <translation>قبل أن نبدأ</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="84" />
            <source>Create an e-mail address first</source>
            <translation>أنشئ أولًا عنوان بريد إلكتروني</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="85" />
            <source>The prefecture's authorisation</source>
            <translation>ترخيص المحافظة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="86" />
            <source>Find the SIRET number</source>
            <translation>العثور على رقم SIRET</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="87" />
            <source>The approval number</source>
            <translation>رقم الاعتماد</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="88" />
            <source>How do you want to sign in?</source>
            <translation>كيف تريد تسجيل الدخول؟</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="89" />
            <source>FranceConnect</source>
            <translation>FranceConnect</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="90" />
            <source>Your details</source>
            <translation>معلوماتك</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="91" />
            <source>The town hall's request</source>
            <translation>طلب البلدية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="92" />
            <source>Terms of Use</source>
            <translation>شروط الاستخدام</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="93" />
            <source>Please read carefully</source>
            <translation>يرجى القراءة بتمعّن</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="94" />
            <source>Check your e-mail</source>
            <translation>تفقّد بريدك الإلكتروني</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="95" />
            <source>Waiting for the prefecture</source>
            <translation>في انتظار المحافظة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="96" />
            <source>Your account is ready</source>
            <translation>حسابك جاهز</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="97" />
            <source>Request sent</source>
            <translation>تم إرسال الطلب</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="98" />
            <source>The Terms of Use have changed</source>
            <translation>تغيّرت شروط الاستخدام</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="99" />
            <source>Accept the new Terms of Use</source>
            <translation>قبول الشروط الجديدة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="100" />
            <source>Thank you</source>
            <translation>شكرًا</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="101" />
            <source>Your ANTS account</source>
            <translation>حسابك في ANTS</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="102" />
            <source>No procedure for this account</source>
            <translation>لا توجد إجراءات لهذا الحساب</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="103" />
            <source>What is it about?</source>
            <translation>بماذا يتعلق الأمر؟</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="104" />
            <source>Which procedure?</source>
            <translation>أي إجراء؟</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="105" />
            <source>Summary</source>
            <translation>ملخّص</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="106" />
            <source>Do you use FranceConnect?</source>
            <translation>هل تستخدم FranceConnect؟</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="107" />
            <source>Two ways to do it</source>
            <translation>طريقتان للقيام بذلك</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="108" />
            <source>An authorised professional</source>
            <translation>مهني مرخّص</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="109" />
            <source>Continue on the official site</source>
            <translation>المتابعة على الموقع الرسمي</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="122" />
            <source>To register vehicles for your customers, your business must first be authorised by the prefecture of the département where it trades, and sign an agreement. Ask your prefecture (or its website) for the SIV authorisation. You cannot create this account before that. Come back once you have it.</source>
            <translation>لتسجيل المركبات لزبائنك، يجب أن تحصل مؤسستك أولًا على ترخيص من محافظة الإقليم الذي تعمل فيه وأن توقّع اتفاقية. اطلب ترخيص SIV من محافظتك (أو عبر موقعها). لا يمكنك إنشاء هذا الحساب قبل ذلك. عُد عندما تحصل عليه.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="129" />
            <source>The SIRET number has 14 digits. It is on the Kbis extract, on invoices and pay slips, and in the public business directory (annuaire-entreprises.data.gouv.fr). Come back with it: the account cannot be created without it.</source>
            <translation>يتكوّن رقم SIRET من 14 رقمًا. تجده في مستخرج Kbis وفي الفواتير وكشوف الرواتب وفي الدليل العام للمؤسسات (annuaire-entreprises.data.gouv.fr). عُد ومعك هذا الرقم: لا يمكن إنشاء الحساب بدونه.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="135" />
            <source>The approval number is on the prefecture's approval decision (arrêté d'agrément) of the establishment. Find it, then come back: the account cannot be created without it.</source>
            <translation>يوجد رقم الاعتماد في قرار الاعتماد (arrêté d'agrément) الصادر عن المحافظة للمؤسسة. ابحث عنه ثم عُد: لا يمكن إنشاء الحساب بدونه.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="141" />
            <source>FranceConnect lets you sign in with an account you already have elsewhere: for example impots.gouv.fr, ameli.fr, L'Identité Numérique La Poste, MSA or France Identité. You type your password on their page, never here. Nothing about you is kept on this computer.</source>
            <translation>يتيح لك FranceConnect تسجيل الدخول بحساب لديك مسبقًا في مكان آخر: مثل impots.gouv.fr أو ameli.fr أو L'Identité Numérique La Poste أو MSA أو France Identité. تكتب كلمة المرور في صفحتهم، وليس هنا أبدًا. لا يُحفظ أي شيء عنك على هذا الحاسوب.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="156" />
            <source>Training mode: the sign-in page is a simulation with fictitious people.</source>
            <translation>وضع التدريب: صفحة تسجيل الدخول محاكاة بأشخاص وهميين.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="160" />
            <source>Everything you declare must be true and up to date, whether for yourself or for someone else. A false declaration is an offence (French Criminal Code, article 441-1): up to three years' imprisonment and a fine of €45,000. Inaccurate information can also lead the agency to suspend or end the procedure.</source>
            <translation>يجب أن يكون كل ما تصرّح به صحيحًا ومحدّثًا، سواء لنفسك أو لشخص آخر. التصريح الكاذب جنحة (القانون الجنائي الفرنسي، المادة 441-1): عقوبة تصل إلى ثلاث سنوات سجنًا وغرامة قدرها 45000 يورو. وقد تؤدي المعلومات غير الدقيقة أيضًا إلى تعليق الوكالة للإجراء أو إنهائه.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="167" />
            <source>We have sent an e-mail to %1. Open it and click the link inside to activate your account. This screen moves on by itself once it is done. Nothing after a few minutes? Look in the spam folder, or send the e-mail again.</source>
            <translation>أرسلنا رسالة إلكترونية إلى %1. افتحها وانقر على الرابط الموجود فيها لتفعيل حسابك. تنتقل هذه الشاشة تلقائيًا بعد ذلك. لم يصلك شيء بعد بضع دقائق؟ تحقّق من مجلد الرسائل غير المرغوب فيها، أو أعد إرسال الرسالة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="180" />
            <source>Your account is active. You can now start a procedure with “New request”.</source>
            <translation>حسابك مفعّل. يمكنك الآن بدء إجراء عبر «طلب جديد».</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="183" />
            <source>The agency has received the town hall's request. It will answer by e-mail at %1 with what happens next.</source>
            <translation>تلقّت الوكالة طلب البلدية. وستجيب عبر البريد الإلكتروني على %1 موضّحة الخطوات التالية.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="188" />
            <source>This kind of account does not start procedures here: it gives access to the agency's services for your organisation only.</source>
            <translation>هذا النوع من الحسابات لا يتيح بدء إجراءات هنا: فهو يتيح الوصول إلى خدمات الوكالة لمؤسستك فقط.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="198" />
            <source>Vehicle registration online needs FranceConnect. Without it, you can either ask someone you trust who has FranceConnect to do the procedure with you, or go to a car professional authorised for registrations (they charge for it).</source>
            <translation>يتطلب تسجيل المركبات عبر الإنترنت FranceConnect. بدونه، يمكنك إمّا أن تطلب من شخص تثق به ولديه FranceConnect أن يقوم بالإجراء معك، أو أن تتوجه إلى مهني مرخّص في قطاع السيارات (خدمة مدفوعة).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="275" />
            <source>Date of birth</source>
            <translation>تاريخ الميلاد</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="290" />
            <source>Message to ANTS (optional)</source>
            <translation>رسالة إلى ANTS (اختياري)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="294" />
            <source>Day</source>
            <extracomment>E-4: the captions of the date of birth's three fields.</extracomment>
            <translation>اليوم</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="295" />
            <source>Month</source>
            <translation>الشهر</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="296" />
            <source>Year</source>
            <translation>السنة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="317" />
            <source>This is not a possible date of birth: check the day, the month and the year (4 digits, e.g. 1985).</source>
            <translation>هذا ليس تاريخ ميلاد ممكنًا: تحقّق من اليوم والشهر والسنة (4 أرقام، مثلًا 1985).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="507" />
            <source>A request is made from an active ANTS account. Sign in yourself: type your own e-mail address and password. They go only to the ANTS portal, through this help point's secure connection, and are never stored on this computer.</source>
            <translation>يُقدَّم الطلب من حساب ANTS مفعَّل. سجّل الدخول بنفسك: اكتب عنوان بريدك الإلكتروني وكلمة المرور الخاصين بك. يذهبان فقط إلى بوابة ANTS عبر الاتصال الآمن لنقطة المساعدة هذه، ولا يُحفظان أبدًا على هذا الحاسوب.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="225" />
            <source>At the end you will get a pre-application number: write it down, the town hall asks for it at the appointment.</source>
            <translation>في النهاية ستحصل على رقم طلب مسبق: دوّنه، فالبلدية تطلبه عند الموعد.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="19" />
            <source>For me (a private person)</source>
            <extracomment>F-5: the profile page offers the common case first, in the person's own words.</extracomment>
            <translation>لنفسي (فرد)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="20" />
            <source>You represent a company, a driving school, a town hall…?</source>
            <translation>هل تمثّل شركة أو مدرسة لتعليم السياقة أو بلدية…؟</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="114" />
            <source>The agency writes to you by e-mail, so you need an address you can open. Free providers let you create one in a few minutes: choose a name, a password you will remember, and write both down somewhere safe. A mediator can help you. Once you can open your mailbox, choose “%1”. Nothing is stored on this computer: if you leave before, you start again when you come back.</source>
            <translation>تراسلك الوكالة عبر البريد الإلكتروني، لذا تحتاج إلى عنوان يمكنك فتحه. يتيح لك مزوّدون مجانيون إنشاء عنوان في بضع دقائق: اختر اسمًا وكلمة مرور تتذكرها، واكتبهما في مكان آمن. يمكن للوسيط مساعدتك. عندما تتمكن من فتح بريدك، اختر «%1». لا يُحفظ أي شيء على هذا الحاسوب: إن غادرت قبل ذلك، ستبدأ من جديد عند عودتك.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="149" />
            <source>To register a vehicle online, a private person signs in on the official site with FranceConnect. FranceConnect lets you sign in with an account you already have elsewhere: impots.gouv.fr, ameli.fr, L'Identité Numérique La Poste, MSA or France Identité. Do you have one of them?</source>
            <translation>لتسجيل مركبة عبر الإنترنت، يسجّل الفرد الدخول إلى الموقع الرسمي عبر FranceConnect. يتيح لك FranceConnect تسجيل الدخول بحساب لديك مسبقًا في مكان آخر: impots.gouv.fr أو ameli.fr أو L'Identité Numérique La Poste أو MSA أو France Identité. هل لديك أحد هذه الحسابات؟</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="173" />
            <source>The prefecture now checks your authorisation. Once it agrees, you will receive an e-mail at %1 explaining how to sign in. This can take several days; you can leave this screen.</source>
            <translation>تتحقق المحافظة الآن من ترخيصك. بعد موافقتها، ستصلك رسالة على %1 تشرح كيفية تسجيل الدخول. قد يستغرق ذلك عدة أيام؛ يمكنك مغادرة هذه الشاشة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="193" />
            <source>This account cannot start this kind of procedure. Go back to choose another kind, or ask a mediator which account you need.</source>
            <translation>لا يتيح هذا الحساب بدء هذا النوع من الإجراءات. ارجع لاختيار نوع آخر، أو اسأل وسيطًا عن الحساب الذي تحتاجه.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="204" />
            <source>Authorised professionals (garages, registration services) can do the procedure for you, for a fee they set themselves. Take your documents with you.</source>
            <translation>يمكن للمهنيين المرخّصين (المرائب، خدمات التسجيل) القيام بالإجراء نيابةً عنك، مقابل أجر يحدّدونه بأنفسهم. أحضر وثائقك معك.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="219" />
            <source>You are ready: now do the procedure on the official site (nothing has been sent yet). Open it here, on this kiosk; or scan this code with your phone, or print the summary and do it at home.</source>
            <translation>أنت جاهز: قم الآن بالإجراء على الموقع الرسمي (لم يُرسَل أي شيء بعد). افتحه هنا على هذا الجهاز، أو امسح هذا الرمز بهاتفك، أو اطبع الملخص وقم به في المنزل.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="235" />
            <source>This application is not an ANTS product; the official site is ants.gouv.fr.</source>
            <translation>هذا التطبيق ليس منتجًا تابعًا لـ ANTS؛ الموقع الرسمي هو ants.gouv.fr.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="241" />
            <source>With FranceConnect</source>
            <translation>عبر FranceConnect</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="242" />
            <source>Use an account you already have (taxes, health insurance, La Poste…).</source>
            <translation>استخدم حسابًا لديك مسبقًا (الضرائب، التأمين الصحي، La Poste…).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="245" />
            <source>With an ANTS account</source>
            <translation>بحساب ANTS</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="246" />
            <source>Fill in a short form, then confirm your e-mail address.</source>
            <translation>املأ استمارة قصيرة، ثم أكّد عنوان بريدك الإلكتروني.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="249" />
            <source>Yes, I have FranceConnect</source>
            <translation>نعم، لدي FranceConnect</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="250" />
            <source>You will sign in with it on the official site.</source>
            <translation>ستسجّل الدخول به في الموقع الرسمي.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="253" />
            <source>No, I do not have it</source>
            <translation>لا، ليس لدي</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="254" />
            <source>The next screen shows two other ways.</source>
            <translation>تعرض الشاشة التالية طريقتين أخريين.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="255" />
            <source>I have a professional account</source>
            <translation>لدي حساب مهني</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="256" />
            <source>A garage or a company signs in with its ANTS account.</source>
            <translation>يسجّل المرآب أو الشركة الدخول بحساب ANTS الخاص به.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="259" />
            <source>With a trusted person</source>
            <translation>مع شخص تثق به</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="260" />
            <source>Someone you trust signs in with their FranceConnect and does it with you.</source>
            <translation>يسجّل شخص تثق به الدخول عبر FranceConnect الخاص به ويقوم بالإجراء معك.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="263" />
            <source>With an authorised professional</source>
            <translation>مع مهني مرخّص</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="264" />
            <source>A garage or registration service does it for you.</source>
            <translation>يتكفّل مرأب أو خدمة تسجيل بذلك نيابةً عنك.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="271" />
            <source>E-mail address</source>
            <translation>عنوان البريد الإلكتروني</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="272" />
            <source>First names (all, as on your ID)</source>
            <translation>الأسماء الشخصية (كلها، كما في وثيقة هويتك)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="273" />
            <source>Birth name</source>
            <translation>اسم العائلة عند الولادة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="274" />
            <source>Usage name (optional)</source>
            <translation>الاسم المستعمل (اختياري)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="276" />
            <source>Password</source>
            <translation>كلمة المرور</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="277" />
            <source>Password again</source>
            <translation>كلمة المرور مرة أخرى</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="278" />
            <source>Name of the business</source>
            <translation>اسم المؤسسة التجارية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="279" />
            <source>Name of the establishment</source>
            <translation>اسم المؤسسة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="280" />
            <source>Name of the organisation</source>
            <translation>اسم الهيئة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="281" />
            <source>SIRET number (14 digits)</source>
            <translation>رقم SIRET (14 رقمًا)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="282" />
            <source>Prefecture authorisation reference</source>
            <translation>مرجع ترخيص المحافظة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="283" />
            <source>Département of the prefecture (e.g. 75)</source>
            <translation>رقم إقليم المحافظة (مثال: 75)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="284" />
            <source>Contact person</source>
            <translation>الشخص الذي يمكن الاتصال به</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="285" />
            <source>Telephone (optional)</source>
            <translation>الهاتف (اختياري)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="286" />
            <source>Approval number</source>
            <translation>رقم الاعتماد</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="287" />
            <source>Commune</source>
            <translation>البلدية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="288" />
            <source>INSEE code of the commune (5 characters)</source>
            <translation>رمز INSEE للبلدية (5 خانات)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="289" />
            <source>Number of fingerprint stations</source>
            <translation>عدد أجهزة أخذ البصمات</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="306" />
            <source>Please fill in this field.</source>
            <translation>يرجى ملء هذه الخانة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="307" />
            <source>This does not look like an e-mail address (example: name@example.fr).</source>
            <translation>هذا لا يشبه عنوان بريد إلكتروني (مثال: name@example.fr).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="310" />
            <source>An account already uses this e-mail address. Try signing in instead.</source>
            <translation>هناك حساب يستخدم هذا العنوان بالفعل. حاول تسجيل الدخول بدلًا من ذلك.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="313" />
            <source>This SIRET number is not valid: check the 14 digits.</source>
            <translation>رقم SIRET هذا غير صالح: تحقّق من الأرقام الأربعة عشر.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="316" />
            <source>This SIREN number is not valid.</source>
            <translation>رقم SIREN هذا غير صالح.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="322" />
            <source>This date is in the future.</source>
            <translation>هذا التاريخ في المستقبل.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="323" />
            <source>This date does not fit the rules for this account.</source>
            <translation>هذا التاريخ لا يتوافق مع شروط هذا الحساب.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="324" />
            <source>The password needs at least 12 characters.</source>
            <translation>يجب أن تتكوّن كلمة المرور من 12 حرفًا على الأقل.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="325" />
            <source>The password is too long (128 at most).</source>
            <translation>كلمة المرور طويلة جدًا (128 حرفًا كحد أقصى).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="326" />
            <source>Mix three kinds: small letters, capitals, digits, symbols.</source>
            <translation>امزج بين ثلاثة أنواع: أحرف صغيرة، أحرف كبيرة، أرقام، رموز.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="329" />
            <source>The password must not contain your e-mail address.</source>
            <translation>يجب ألا تحتوي كلمة المرور على عنوان بريدك الإلكتروني.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="332" />
            <source>The two passwords are not the same.</source>
            <translation>كلمتا المرور غير متطابقتين.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="333" />
            <source>Check the approval number: letters and digits, as on the decision.</source>
            <translation>تحقّق من رقم الاعتماد: أحرف وأرقام، كما في القرار.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="336" />
            <source>Check the reference, as written by the prefecture (e.g. SIV-75-2024-00123).</source>
            <translation>تحقّق من المرجع كما كتبته المحافظة (مثال: SIV-75-2024-00123).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="339" />
            <source>Write the département number: 01 to 95, 2A, 2B or 971 to 976.</source>
            <translation>اكتب رقم الإقليم: من 01 إلى 95، أو 2A أو 2B، أو من 971 إلى 976.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="342" />
            <source>The INSEE code has 5 characters (not the postcode).</source>
            <translation>يتكوّن رمز INSEE من 5 خانات (وهو ليس الرمز البريدي).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="345" />
            <source>Check the telephone number.</source>
            <translation>تحقّق من رقم الهاتف.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="346" />
            <source>This is too long.</source>
            <translation>هذا طويل جدًا.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="347" />
            <source>This is too short.</source>
            <translation>هذا قصير جدًا.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="348" />
            <source>Write a number from 1 to 50.</source>
            <translation>اكتب عددًا من 1 إلى 50.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="349" />
            <source>This number is too large.</source>
            <translation>هذا العدد كبير جدًا.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="350" />
            <source>Check what you typed here.</source>
            <translation>تحقّق مما كتبته هنا.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="351" />
            <source>Please choose one of the answers.</source>
            <translation>يرجى اختيار إحدى الإجابات.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="353" />
            <source>The portal did not accept this value.</source>
            <translation>لم تقبل البوابة هذه القيمة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="357" />
            <source>The ANTS service cannot be reached right now. Nothing is lost: what you typed is kept. Try again in a moment.</source>
            <translation>لا يمكن الوصول إلى خدمة ANTS حاليًا. لم يضِع شيء: ما كتبته محفوظ. أعد المحاولة بعد قليل.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="362" />
            <source>The ANTS service is slow to answer. What you typed is kept. Try again in a moment.</source>
            <translation>خدمة ANTS بطيئة في الرد. ما كتبته محفوظ. أعد المحاولة بعد قليل.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="366" />
            <source>Too many attempts in a short time. Please wait a minute, then try again.</source>
            <translation>محاولات كثيرة في وقت قصير. يرجى الانتظار دقيقة ثم إعادة المحاولة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="369" />
            <source>Some information was not accepted. The fields to check are marked.</source>
            <translation>لم تُقبل بعض المعلومات. الخانات التي يجب التحقق منها مُشار إليها.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="372" />
            <source>The e-mail address or the password is not right. Please check and try again.</source>
            <translation>عنوان البريد الإلكتروني أو كلمة المرور غير صحيح. تحقّق وأعد المحاولة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="375" />
            <source>This cannot be done yet for this account. Please check the step before.</source>
            <translation>لا يمكن القيام بذلك بعد لهذا الحساب. تحقّق من الخطوة السابقة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="378" />
            <source>This account or this item no longer exists. You can start again.</source>
            <translation>هذا الحساب أو هذا العنصر لم يعد موجودًا. يمكنك البدء من جديد.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="381" />
            <source>Something went wrong on our side. What you typed is kept. Try again.</source>
            <translation>حدث خلل من جهتنا. ما كتبته محفوظ. أعد المحاولة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="384" />
            <source>The connection to the ANTS service is still starting. Try again in a moment.</source>
            <translation>الاتصال بخدمة ANTS لا يزال قيد البدء. أعد المحاولة بعد قليل.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="388" />
            <source>The service says: %1</source>
            <translation>تقول الخدمة: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="391" />
            <source>Service temporarily unavailable</source>
            <extracomment>Errors of the service, not of the person: a calm warning with its own title (E-2).</extracomment>
            <translation>الخدمة غير متاحة مؤقتًا</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="392" />
            <source>Something to check</source>
            <translation>يجب التحقق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="393" />
            <source>Still to check: %1</source>
            <translation>ما يزال يجب التحقق من: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="396" />
            <source>Please choose one answer to continue.</source>
            <translation>يرجى اختيار إجابة للمتابعة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="397" />
            <source>Please answer every question to continue.</source>
            <translation>يرجى الإجابة عن كل سؤال للمتابعة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="398" />
            <source>Some fields need checking: the messages are under each one.</source>
            <translation>بعض الخانات تحتاج إلى تحقق: الرسائل تحت كل واحدة منها.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="401" />
            <source>Tick “I have read the Terms of Use” to continue. Nobody can tick it for you.</source>
            <translation>ضع علامة على «لقد قرأت شروط الاستخدام» للمتابعة. لا يمكن لأحد أن يضعها نيابةً عنك.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="404" />
            <source>The Terms of Use are still loading. Please wait a moment.</source>
            <translation>لا تزال شروط الاستخدام قيد التحميل. يرجى الانتظار قليلًا.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="407" />
            <source>The account is not active yet: follow the link in the e-mail.</source>
            <translation>الحساب غير مفعّل بعد: اتبع الرابط الوارد في الرسالة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="410" />
            <source>Please sign in first.</source>
            <translation>يرجى تسجيل الدخول أولًا.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="411" />
            <source>The prefecture has not answered yet. This screen moves on when it does.</source>
            <translation>لم تردّ المحافظة بعد. ستنتقل هذه الشاشة تلقائيًا عند ردّها.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="417" />
            <source>Back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="418" />
            <source>Continue</source>
            <translation>متابعة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="419" />
            <source>I understand, create my account</source>
            <translation>فهمت، أنشئ حسابي</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="420" />
            <source>I understand, send the request</source>
            <translation>فهمت، أرسل الطلب</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="422" />
            <source>Accept and continue</source>
            <translation>قبول ومتابعة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="423" />
            <source>Try again</source>
            <translation>إعادة المحاولة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="424" />
            <source>Back to the home screen</source>
            <translation>العودة إلى الشاشة الرئيسية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="425" />
            <source>I have an e-mail address now</source>
            <translation>لديّ الآن عنوان بريد إلكتروني</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="426" />
            <source>Send the e-mail again</source>
            <translation>إعادة إرسال الرسالة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="427" />
            <source>The e-mail has been sent again.</source>
            <translation>أُعيد إرسال الرسالة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="428" />
            <source>I clicked the link</source>
            <translation>نقرت على الرابط</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="429" />
            <source>Start a new request</source>
            <translation>بدء طلب جديد</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="430" />
            <source>A false declaration is an offence</source>
            <translation>التصريح الكاذب جنحة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="431" />
            <source>I have found it, continue</source>
            <translation>وجدته، متابعة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="432" />
            <source>Finish</source>
            <translation>إنهاء</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="435" />
            <source>Show</source>
            <extracomment>K-3: at a kiosk, the last screen of every flow ends the session, or offers more. E-4: the password field's "Show" / "Hide".</extracomment>
            <translation>إظهار</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="436" />
            <source>Hide</source>
            <translation>إخفاء</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="438" />
            <source>Sign in with this address</source>
            <extracomment>E-5: an account already uses the address typed in the form.</extracomment>
            <translation>تسجيل الدخول بهذا العنوان</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="439" />
            <source>Finish and erase my information</source>
            <translation>إنهاء ومسح معلوماتي</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="440" />
            <source>Do something else</source>
            <translation>القيام بشيء آخر</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="441" />
            <source>Your request is registered</source>
            <translation>تم تسجيل طلبك</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="442" />
            <source>Nothing more to do here today. Keep an eye on your mailbox in the coming days.</source>
            <translation>لا شيء آخر للقيام به هنا اليوم. راقب بريدك الإلكتروني في الأيام القادمة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="445" />
            <source>Nothing more to do here today. The answer comes by e-mail.</source>
            <translation>لا شيء آخر للقيام به هنا اليوم. سيصلك الرد عبر البريد الإلكتروني.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="448" />
            <source>Your ANTS account is active</source>
            <translation>حسابك في ANTS مفعَّل</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="449" />
            <source>Your login is your e-mail address: %1. Sign in on ants.gouv.fr. Never give your password to anyone, not even a mediator.</source>
            <translation>اسم المستخدم الخاص بك هو عنوان بريدك الإلكتروني: %1. سجّل الدخول على ants.gouv.fr. لا تعطِ كلمة المرور لأي أحد، ولا حتى للوسيط.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="456" />
            <source>Please wait, we are contacting the ANTS service…</source>
            <translation>يرجى الانتظار، نحن نتصل بخدمة ANTS…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="457" />
            <source>Step %1 of %2</source>
            <translation>الخطوة %1 من %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="458" />
            <source>Next step: %1</source>
            <translation>الخطوة التالية: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="460" />
            <source>Question %1 of %2</source>
            <extracomment>K-2: where the person is inside a step shown one question per screen (a kiosk).</extracomment>
            <translation>السؤال %1 من %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="461" />
            <source>Help page: the steps wait for you</source>
            <translation>صفحة مساعدة: الخطوات في انتظارك</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="462" />
            <source>Help page</source>
            <translation>صفحة مساعدة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="463" />
            <source>I have read the Terms of Use</source>
            <translation>لقد قرأت شروط الاستخدام</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="464" />
            <source>In short</source>
            <translation>باختصار</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="465" />
            <source>The full text (French, version %1)</source>
            <translation>النص الكامل (بالفرنسية، النسخة %1)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="466" />
            <source>• The portal is free. It lets you start procedures for vehicle registration, driving licences, ID cards and passports.
• Your sign-in details are personal: never give your password to anyone, not even a mediator.
• What you declare must be true; a false declaration is punished by law.
• You can delete your account at any time.
• The agency can change these terms; you will be asked to accept a new version.</source>
            <translation>• البوابة مجانية. وتتيح بدء إجراءات تسجيل المركبات ورخص السياقة وبطاقات الهوية وجوازات السفر.
• بيانات تسجيل دخولك شخصية: لا تعطِ كلمة المرور لأي أحد، ولا حتى للوسيط.
• يجب أن يكون ما تصرّح به صحيحًا؛ ويعاقب القانون على التصريح الكاذب.
• يمكنك حذف حسابك في أي وقت.
• يمكن للوكالة تعديل هذه الشروط؛ وسيُطلب منك قبول النسخة الجديدة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="476" />
            <source>Only the French text is authoritative; this summary helps you read it.</source>
            <translation>النص الفرنسي وحده هو المعتمد؛ هذا الملخّص يساعدك على قراءته.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="479" />
            <source>You accepted version %1. The current version is %2. These sections changed:</source>
            <translation>كنت قد قبلت النسخة %1. النسخة السارية هي %2. تغيّرت هذه الأقسام:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="484" />
            <source>This account has not accepted the Terms of Use yet. The next step shows version %1 to read and accept.</source>
            <extracomment>An account that never accepted any version (made through FranceConnect, say).</extracomment>
            <translation>لم يقبل هذا الحساب شروط الاستخدام بعد. تعرض الخطوة التالية النسخة %1 لقراءتها وقبولها.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="490" />
            <source>New section</source>
            <translation>قسم جديد</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="491" />
            <source>Section removed</source>
            <translation>قسم محذوف</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="492" />
            <source>Section changed</source>
            <translation>قسم معدّل</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="494" />
            <source>Your acceptance of the new version is recorded. You can continue.</source>
            <translation>تم تسجيل قبولك للنسخة الجديدة. يمكنك المتابعة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="498" />
            <source>Print a memo</source>
            <extracomment>F-2: the prefecture's wait: a memo to take home.</extracomment>
            <translation>طباعة مذكّرة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="500" />
            <source>Terms of Use accepted</source>
            <extracomment>F-4: the success alert after accepting the Terms again.</extracomment>
            <translation>تمّ قبول شروط الاستخدام</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="501" />
            <source>Version accepted: %1. Next step: start your request. Never give your password to anyone, not even a mediator.</source>
            <translation>النسخة المقبولة: %1. الخطوة التالية: ابدأ طلبك. لا تُعطِ كلمة مرورك لأي أحد، ولا حتى للوسيط.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="506" />
            <source>Signed in: %1</source>
            <translation>متصل: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="513" />
            <source>Sign in</source>
            <translation>تسجيل الدخول</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="515" />
            <source>It goes only to the ANTS portal, through this help point's secure connection, and is never stored on this computer.</source>
            <extracomment>T-1 on a kiosk's password screen (K-2: the intro above is on the e-mail's screen).</extracomment>
            <translation>تذهب فقط إلى بوابة ANTS عبر الاتصال الآمن لنقطة المساعدة هذه، ولا تُحفظ أبدًا على هذا الحاسوب.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="521" />
            <source>Account: %1</source>
            <extracomment>K-2: a kiosk's password screen recalls the address typed on the screen before.</extracomment>
            <translation>الحساب: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="523" />
            <source>Secure connection to the ANTS portal · nothing is stored here</source>
            <translation>اتصال آمن ببوابة ANTS · لا يُحفظ أي شيء هنا</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="527" />
            <source>On the official site, a private person registering a vehicle signs in with FranceConnect: yours, or that of the person you trust.</source>
            <translation>في الموقع الرسمي، يسجّل الفرد الذي يسجّل مركبة الدخول عبر FranceConnect: حسابك، أو حساب الشخص الذي تثق به.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="532" />
            <source>Sign in with FranceConnect</source>
            <translation>تسجيل الدخول عبر FranceConnect</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="533" />
            <source>I have no account yet</source>
            <translation>ليس لديّ حساب بعد</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="534" />
            <source>Documents to bring</source>
            <translation>الوثائق المطلوب إحضارها</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="536" />
            <source>To prepare before you start (photos or scans of these documents)</source>
            <translation>يُحضَّر قبل البدء (صور أو نسخ ممسوحة لهذه الوثائق)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="539" />
            <source>To bring to the appointment at the town hall</source>
            <translation>يُحضَر إلى الموعد في البلدية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="541" />
            <source>Required</source>
            <translation>إلزامي</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="542" />
            <source>Depending on your situation</source>
            <translation>حسب وضعك</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="543" />
            <source>Source: %1, checked on %2</source>
            <translation>المصدر: %1، تم التحقق في %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="545" />
            <source>Regional tax: it depends on your region, on the fiscal horsepower of the vehicle and on its age. For example %1 for %2 horsepower in %3.</source>
            <translation>الضريبة الجهوية: تتوقف على منطقتك وعلى القوة الجبائية للمركبة وعلى عمرها. مثلًا %1 مقابل %2 حصانًا جبائيًا في %3.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="550" />
            <source>Regional tax: %1 (%2, %3 horsepower, first registered in %4)</source>
            <translation>الضريبة الجهوية: %1 (%2، %3 حصانًا جبائيًا، أول تسجيل في %4)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="553" />
            <source>The regional tax is halved: the vehicle is 10 years old or more.</source>
            <translation>تُخفَّض الضريبة الجهوية إلى النصف: عمر المركبة 10 سنوات أو أكثر.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="557" />
            <source>Electric, hybrid or E85 vehicle: the region may reduce this tax or waive it; this estimate does not count that.</source>
            <translation>مركبة كهربائية أو هجينة أو تسير بوقود E85: قد تخفض الجهة هذا الرسم أو تلغيه، وهذا التقدير لا يأخذ ذلك في الحسبان.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="562" />
            <source>Estimated total: %1</source>
            <translation>المجموع التقديري: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="563" />
            <source>Total: %1 plus the regional tax (often several hundred euros). Choose your region below for an estimate.</source>
            <translation>المجموع: %1 تضاف إليه الضريبة الجهوية (غالبًا عدة مئات من اليوروهات). اختر منطقتك أدناه للحصول على تقدير.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="568" />
            <source>An estimate: a figure used could not be confirmed, check it on the official site.</source>
            <translation>هذا تقدير: تعذّر تأكيد رقم مستخدم، تحقّق منه على الموقع الرسمي.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="571" />
            <source>To estimate the regional tax</source>
            <translation>لتقدير الضريبة الجهوية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="572" />
            <source>Fees</source>
            <translation>الرسوم</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="573" />
            <source>Free</source>
            <translation>مجاني</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="574" />
            <source>The list of documents is not available on this computer.</source>
            <translation>قائمة الوثائق غير متوفرة على هذا الحاسوب.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="577" />
            <source>Source: %1</source>
            <translation>المصدر: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="578" />
            <source>This list is not translated yet: it is shown in French.</source>
            <translation>هذه القائمة غير مترجمة بعد: تُعرض باللغة الفرنسية.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="581" />
            <source>You will continue on: %1</source>
            <translation>ستتابع على: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="582" />
            <source>Open the official site</source>
            <translation>فتح الموقع الرسمي</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="583" />
            <source>Print the summary</source>
            <translation>طباعة الملخّص</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="584" />
            <source>Code to scan with a phone: %1</source>
            <translation>رمز للمسح بالهاتف: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="586" />
            <source>1. Open your phone's camera
2. Point it at the code</source>
            <translation>1. افتح كاميرا هاتفك
2. وجّهها نحو الرمز</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="587" />
            <source>This address is not allowed on this computer. Ask the mediator.</source>
            <translation>هذا العنوان غير مسموح به على هذا الحاسوب. اسأل الوسيط.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="590" />
            <source>The official site is open in the browser.</source>
            <translation>الموقع الرسمي مفتوح في المتصفح.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="591" />
            <source>Waiting for the link to be clicked…</source>
            <translation>في انتظار النقر على الرابط…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="592" />
            <source>The FranceConnect page is open: sign in there, then come back here.</source>
            <translation>صفحة FranceConnect مفتوحة: سجّل الدخول فيها ثم عُد إلى هنا.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="595" />
            <source>Create an ANTS account</source>
            <translation>إنشاء حساب في ANTS</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="596" />
            <source>New request</source>
            <translation>طلب جديد</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="597" />
            <source>New Terms of Use</source>
            <translation>شروط استخدام جديدة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="230" />
            <source>Once you have your pre-application number (10 letters or digits), check it here: its status, your appointments, or free slots near this help point.</source>
            <translation>عندما تحصل على رقم الطلب المسبق (10 أحرف أو أرقام)، تحقّق منه هنا: حالته، ومواعيدك، أو المواعيد المتاحة قرب نقطة المساعدة هذه.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="40" />
            <source>You need the school's approval number and an e-mail address.</source>
            <translation>تحتاجون إلى رقم اعتماد المدرسة وعنوان بريد إلكتروني.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="44" />
            <source>Centres running points-recovery courses. You need the approval number and an e-mail address.</source>
            <translation>المراكز التي تنظّم دورات استرجاع النقاط. تحتاجون إلى رقم الاعتماد وعنوان بريد إلكتروني.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="209" />
            <source>You are ready: now do the procedure on the official site (nothing has been sent yet). Sign in there with your ANTS account and follow its steps.</source>
            <translation>أنت جاهز: قم الآن بالإجراء على الموقع الرسمي (لم يُرسَل أي شيء بعد). سجّل الدخول هناك بحساب ANTS واتبع خطواته.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="214" />
            <source>You are ready: now do the procedure on the official site (nothing has been sent yet). Scan this code with your phone, or print the summary and do it at home.</source>
            <translation>أنت جاهز: قم الآن بالإجراء على الموقع الرسمي (لم يُرسَل أي شيء بعد). امسح هذا الرمز بهاتفك، أو اطبع الملخص وقم به في المنزل.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="298" />
            <source>At least 12 characters, mixing three of: small letters, capitals, digits, symbols. Type it yourself: nobody else should know it. It goes only to the ANTS portal, through this help point's secure connection, and is never stored on this computer.</source>
            <translation>12 حرفًا على الأقل، مع المزج بين ثلاثة من: حروف صغيرة، حروف كبيرة، أرقام، رموز. اكتبها بنفسك: لا ينبغي أن يعرفها أحد غيرك. تذهب فقط إلى بوابة ANTS عبر الاتصال الآمن لنقطة المساعدة هذه، ولا تُحفظ أبدًا على هذا الحاسوب.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="421" />
            <source>I understand, go to the official site</source>
            <translation>فهمت، الانتقال إلى الموقع الرسمي</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="454" />
            <source>Help points and town halls</source>
            <translation>نقاط المساعدة والبلديات</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="455" />
            <source>Check my pre-application number</source>
            <translation>التحقق من رقم الطلب المسبق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/phone_continue.py" line="20" />
            <source>Continue on your phone</source>
            <translation>تابِع على هاتفك</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/phone_continue.py" line="21" />
            <source>Scan this code with your phone's camera and sign in with FranceConnect there. This screen goes on by itself once you have signed in.</source>
            <translation>امسح هذا الرمز بكاميرا هاتفك وسجّل الدخول عبر FranceConnect على هاتفك. ستتابع هذه الشاشة تلقائيًا بعد تسجيل دخولك.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/phone_continue.py" line="26" />
            <source>Code to scan with a phone to sign in with FranceConnect</source>
            <translation>رمز يُمسح بالهاتف لتسجيل الدخول عبر FranceConnect</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="12" />
            <source>This account is not active yet. Open the e-mail from the portal and follow its link first, then sign in.</source>
            <translation>هذا الحساب غير مفعّل بعد. افتحوا رسالة البوابة الإلكترونية واتبعوا الرابط الموجود فيها أولاً، ثم سجّلوا الدخول.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="17" />
            <source>This account is waiting for a decision (the prefecture or the agency). An e-mail will say when it can be used.</source>
            <translation>هذا الحساب في انتظار قرار (من المحافظة أو من الوكالة). ستصلكم رسالة إلكترونية تخبركم متى يمكن استعماله.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="22" />
            <source>The request for this account was refused. The e-mail received says why; the prefecture can explain.</source>
            <translation>رُفض طلب هذا الحساب. الرسالة الإلكترونية التي وصلتكم تذكر السبب، ويمكن للمحافظة أن تشرحه.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="27" />
            <source>This account is suspended for a while. The agency sent an e-mail with the reason and the end date. If the reason is wrong, the account will be restored.</source>
            <translation>هذا الحساب معلّق لفترة. أرسلت الوكالة رسالة إلكترونية فيها السبب وتاريخ الانتهاء. إذا كان السبب غير صحيح، سيُعاد تفعيل الحساب.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="32" />
            <source>The ANTS service is closed for maintenance for a short while. What you typed is kept until you finish or leave. Try again in a moment.</source>
            <translation>خدمة ANTS مغلقة لفترة قصيرة للصيانة. ما كتبتموه محفوظ إلى أن تنهوا أو تغادروا. حاولوا مرة أخرى بعد قليل.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="45" />
            <source>Forgot your password?</source>
            <extracomment>Kinds shown with the portal's own words (the reason and the end, the message). The account's own state: trying again now would not change it (no "Try again"). Kinds shown as a calm notice, not as an error.</extracomment>
            <translation>هل نسيتم كلمة المرور؟</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="47" />
            <source>E-mail address to send the link to</source>
            <extracomment>Not "E-mail address" alone: the sign-in form's field of that name is on screen too.</extracomment>
            <translation>عنوان البريد الإلكتروني الذي يُرسل إليه الرابط</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="48" />
            <source>Type the e-mail address of the account. The portal sends a link to choose a new password; it works once, for one hour.</source>
            <translation>اكتبوا عنوان البريد الإلكتروني للحساب. ترسل البوابة رابطاً لاختيار كلمة مرور جديدة، يصلح مرة واحدة فقط ولمدة ساعة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="53" />
            <source>Send the link</source>
            <translation>إرسال الرابط</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="54" />
            <source>If an account uses this address, an e-mail is on its way. Open it, follow the link within the hour and choose a new password. Then sign in here.</source>
            <translation>إذا كان هناك حساب يستعمل هذا العنوان، فالرسالة الإلكترونية في الطريق. افتحوها واتبعوا الرابط خلال ساعة واختاروا كلمة مرور جديدة، ثم سجّلوا الدخول هنا.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="59" />
            <source>A link was sent less than a minute ago. Check the mailbox, or wait a minute.</source>
            <translation>أُرسل رابط منذ أقل من دقيقة. تحقّقوا من صندوق البريد، أو انتظروا دقيقة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/count_field.py" line="24" />
            <source>One less</source>
            <translation>إنقاص واحد</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/count_field.py" line="25" />
            <source>One more</source>
            <translation>زيادة واحد</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/long_text.py" line="22" />
            <source>%1 / %2 characters</source>
            <translation>عدد الأحرف: %1 من %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/help_extras.py" line="34" />
            <source>Ask a mediator</source>
            <extracomment>"Ask a mediator" on a help page (a kiosk: nobody sits beside the citizen).</extracomment>
            <translation>اطلب مساعدة وسيط</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/help_extras.py" line="54" />
            <source>Example: an invoice. The SIRET number, 14 digits, is at the foot of the page, after the word SIRET.</source>
            <extracomment>The public business directory: any SIRET from a company's name (F-3). ``resources/illustrations/&lt;picture&gt;.svg`` The picture's text alternative (source text, context "Flows"). A page the citizen may open on their phone, and what the code is for.</extracomment>
            <translation>مثال: فاتورة. رقم SIRET، المكوّن من 14 رقمًا، موجود أسفل الصفحة بعد كلمة SIRET.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/help_extras.py" line="60" />
            <source>Find it with your phone: scan this code, then type the business's name (%1).</source>
            <translation>ابحث عنه بهاتفك: امسح هذا الرمز، ثم اكتب اسم المؤسسة (%1).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/help_extras.py" line="67" />
            <source>Example: the prefecture's decision (arrêté). The approval number is in its text, after the word agrément.</source>
            <translation>مثال: قرار المحافظة (arrêté). رقم الاعتماد موجود في نصّه، بعد كلمة agrément.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/help_extras.py" line="75" />
            <source>Example: the two papers you need first, the prefecture's SIV authorisation decision and the agreement signed with it.</source>
            <translation>مثال: الوثيقتان اللتان تحتاجهما أولًا، قرار المحافظة بالترخيص SIV والاتفاقية الموقّعة معها.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/help_extras.py" line="83" />
            <source>Example of an e-mail address: 1. a name you choose, 2. the sign @ (at), 3. the provider's name.</source>
            <translation>مثال لعنوان بريد إلكتروني: 1. اسم تختاره، 2. العلامة @ (آت)، 3. اسم مزوّد الخدمة.</translation>
        </message>
    </context>
    <context>
        <name>Home</name>
        <message>
            <location filename="../assist_desk/views/features.py" line="34" />
            <source>New request</source>
            <extracomment>Every home tile, in the order the home screen shows them.</extracomment>
            <translation>طلب جديد</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="35" />
            <source>Registration certificate, licence, ID card, passport</source>
            <translation>شهادة تسجيل المركبة، رخصة القيادة، بطاقة الهوية، جواز السفر</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="40" />
            <source>Create an ANTS account</source>
            <translation>إنشاء حساب ANTS</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="41" />
            <source>For a person, a professional or a town hall</source>
            <translation>لشخص أو مهني أو بلدية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="46" />
            <source>Questions &amp; answers</source>
            <translation>أسئلة وأجوبة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="47" />
            <source>Frequent questions, even without Internet</source>
            <translation>الأسئلة الشائعة، حتى بدون إنترنت</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="59" />
            <source>Addresses, opening hours; booking an ID card or passport</source>
            <translation>العناوين وأوقات العمل؛ وموعد بطاقة الهوية أو جواز السفر</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="52" />
            <source>Documents to bring</source>
            <translation>الوثائق المطلوب إحضارها</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="53" />
            <source>Lists of documents and fees, ready to print</source>
            <translation>قوائم الوثائق والرسوم، جاهزة للطباعة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="58" />
            <source>Help points and town halls</source>
            <translation>نقاط المساعدة والبلديات</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <location filename="../assist_desk/views/home.py" line="205" />
            <source>Home</source>
            <translation>الصفحة الرئيسية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/home.py" line="208" />
            <source>What would you like to do?</source>
            <translation>ماذا تريد أن تفعل؟</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/home.py" line="210" />
            <source>Choose one of the buttons below. You can come back here at any time.</source>
            <translation>اختر أحد الأزرار أدناه. يمكنك العودة إلى هنا في أي وقت.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/home.py" line="212" />
            <source>Loading…</source>
            <translation>جارٍ التحميل…</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <location filename="../assist_desk/views/widgets/idle_warning.py" line="252" />
            <source>Are you still there?</source>
            <extracomment>What a press is made of, from its start to its end (mouse, touch, pen).</extracomment>
            <translation>هل ما زلت هنا؟</translation>
        </message>
        <message numerus="yes">
            <location filename="../assist_desk/views/widgets/idle_warning.py" line="255" />
            <source>For your privacy, everything will be erased in %n second(s).</source>
            <translation>
                <numerusform>حمايةً لبياناتك، سيُمحى كل شيء بعد %n ثانية.</numerusform>
                <numerusform>حمايةً لبياناتك، سيُمحى كل شيء بعد %n ثانية.</numerusform>
                <numerusform>حمايةً لبياناتك، سيُمحى كل شيء بعد %n ثانيتين.</numerusform>
                <numerusform>حمايةً لبياناتك، سيُمحى كل شيء بعد %n ثوانٍ.</numerusform>
                <numerusform>حمايةً لبياناتك، سيُمحى كل شيء بعد %n ثانية.</numerusform>
                <numerusform>حمايةً لبياناتك، سيُمحى كل شيء بعد %n ثانية.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/idle_warning.py" line="258" />
            <source>Touch the screen or press any key to continue.</source>
            <translation>المس الشاشة أو اضغط على أي مفتاح للمتابعة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/idle_warning.py" line="260" />
            <source>The window that was open has been closed so that you can see this message.</source>
            <translation>أُغلقت النافذة التي كانت مفتوحة لكي تتمكن من رؤية هذه الرسالة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/idle_warning.py" line="263" />
            <location filename="../assist_desk/views/widgets/idle_warning.py" line="264" />
            <source>I am still here</source>
            <translation>ما زلت هنا</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/idle_warning.py" line="265" />
            <source>Continue the session</source>
            <translation>متابعة الجلسة</translation>
        </message>
    </context>
    <context>
        <name>KioskPrintPanel</name>
        <message numerus="yes">
            <location filename="../assist_desk/views/kiosk_print.py" line="138" />
            <source>Number of copies: %n</source>
            <extracomment>A page went to the printer in this session (the farewell screen's reminder); Close keeps it, the session wipe forgets it (:meth:`forget_prints`).</extracomment>
            <translation>
                <numerusform>عدد النسخ: %n</numerusform>
                <numerusform>عدد النسخ: %n</numerusform>
                <numerusform>عدد النسخ: %n</numerusform>
                <numerusform>عدد النسخ: %n</numerusform>
                <numerusform>عدد النسخ: %n</numerusform>
                <numerusform>عدد النسخ: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../assist_desk/views/kiosk_print.py" line="149" />
            <source>Sent to the printer: %n copy(ies). Take your page(s) there.</source>
            <translation>
                <numerusform>لم تُرسل أي نسخة إلى الطابعة.</numerusform>
                <numerusform>أُرسلت نسخة واحدة إلى الطابعة. خذ ورقتك من هناك.</numerusform>
                <numerusform>أُرسلت نسختان إلى الطابعة. خذ أوراقك من هناك.</numerusform>
                <numerusform>أُرسلت %n نسخ إلى الطابعة. خذ أوراقك من هناك.</numerusform>
                <numerusform>أُرسلت %n نسخة إلى الطابعة. خذ أوراقك من هناك.</numerusform>
                <numerusform>أُرسلت %n نسخة إلى الطابعة. خذ أوراقك من هناك.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="153" />
            <source>There is no printer here at the moment. A mediator can help you.</source>
            <translation>لا توجد طابعة متاحة هنا في الوقت الحالي. يمكن للوسيط مساعدتك.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="156" />
            <source>The page could not be printed. A mediator can help you.</source>
            <translation>تعذّرت طباعة الصفحة. يمكن للوسيط مساعدتك.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="171" />
            <location filename="../assist_desk/views/kiosk_print.py" line="175" />
            <source>Print</source>
            <translation>طباعة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="172" />
            <source>Number of copies</source>
            <translation>عدد النسخ</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="173" />
            <source>One copy fewer</source>
            <translation>نسخة أقل</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="174" />
            <source>One copy more</source>
            <translation>نسخة إضافية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="176" />
            <source>Print now</source>
            <translation>طباعة الآن</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="177" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="178" />
            <source>Close the print panel</source>
            <translation>إغلاق لوحة الطباعة</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="513" />
            <source>Training mode: nothing is sent to ANTS. All accounts here are fictitious.</source>
            <translation>وضع التدريب: لا يُرسل أي شيء إلى ANTS. كل الحسابات هنا وهمية.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="503" />
            <location filename="../assist_desk/views/main_window.py" line="504" />
            <source>Help point: %1</source>
            <extracomment>Each language named in itself, as a person looking for it would read it. The help point's name per interface language (AR-5); others show ``site_name``. Rounds of queued layout requests handled when a screen is shown (a page in a scroll area, a splitter or reflowing row that changes its height once it knows its width, the scroll area that then grows the page: three or four rounds; a few more spare). A tile chosen before its feature was installed: opened when it is. Each screen's scroll area in the stack (kept here: asking Qt for a parent widget it created, the viewport, costs PySide a scan of every Qt type). The screen the citizen asked for help from (Back returns there). At a kiosk the bar takes the fewest rows it can: the help point's name gives way, then the controls' words get shorter (text at 200 % on 1280 × 800).</extracomment>
            <translation>نقطة المساعدة: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="517" />
            <source>&amp;Language</source>
            <translation>ال&amp;لغة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="518" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="520" />
            <source>Changes the language of every screen at once; what you typed is kept</source>
            <translation>يغيّر لغة جميع الشاشات دفعة واحدة؛ ويُحتفَظ بما كتبته</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="522" />
            <source>Home</source>
            <translation>الرئيسية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="523" />
            <source>Back to the home screen</source>
            <translation>العودة إلى الصفحة الرئيسية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="529" />
            <source>Need help? Ask a mediator</source>
            <translation>تحتاج مساعدة؟ اطلب وسيطًا</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="532" />
            <source>Shows how to get help from a person at this help point</source>
            <translation>يوضح كيف تحصل على مساعدة شخص في نقطة المساعدة هذه</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="534" />
            <location filename="../assist_desk/views/main_window.py" line="535" />
            <source>End session</source>
            <translation>إنهاء الجلسة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="537" />
            <source>Erases everything typed on this screen and starts again for the next person</source>
            <translation>يمحو كل ما تمت كتابته ويبدأ من جديد للشخص التالي</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="554" />
            <source>Training: nothing is sent.</source>
            <translation>تدريب: لا يُرسل أي شيء.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="555" />
            <source>Need help?</source>
            <translation>تحتاج مساعدة؟</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="556" />
            <source>End</source>
            <comment>the top bar's End session, when short of room</comment>
            <translation>إنهاء</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="558" />
            <source>Help</source>
            <translation>مساعدة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="524" />
            <source>Mediator</source>
            <translation>الوسيط</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="525" />
            <source>Mediator tools</source>
            <translation>أدوات الوسيط</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="526" />
            <source>Asks for the mediator's PIN</source>
            <translation>يطلب الرمز السري للوسيط</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="527" />
            <source>About</source>
            <translation>حول التطبيق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="528" />
            <source>About this application</source>
            <translation>حول التطبيق</translation>
        </message>
    </context>
    <context>
        <name>MediatorSignInScreen</name>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="171" />
            <source>This PIN is not the right one. Try again.</source>
            <translation>هذا الرمز غير صحيح. حاول مرة أخرى.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="176" />
            <source>The secure storage does not answer: sign-in is not possible.</source>
            <translation>التخزين الآمن لا يستجيب: لا يمكن تسجيل الدخول.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="181" />
            <source>The two entries are different. Type the same PIN twice.</source>
            <translation>الإدخالان مختلفان. اكتب الرمز نفسه مرتين.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="182" />
            <source>The PIN could not be saved: no secure storage.</source>
            <translation>تعذّر حفظ الرمز: لا يوجد تخزين آمن.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="194" />
            <location filename="../assist_desk/views/mediator.py" line="198" />
            <source>Mediator sign-in</source>
            <translation>دخول الوسيط</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="208" />
            <source>No mediator PIN is set on this computer. An administrator sets it with the command: assist-desk pin set</source>
            <translation>لم يُحدَّد رمز للوسيط على هذا الحاسوب. يحدّده المسؤول بالأمر: assist-desk pin set</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="173" />
            <source>Too many attempts: sign-in is paused for a few minutes (15 at most). Try again later.</source>
            <translation>محاولات كثيرة جدًا: تم إيقاف تسجيل الدخول لبضع دقائق (15 دقيقة على الأكثر). حاول مرة أخرى لاحقًا.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="178" />
            <source>Choose a PIN of at least 6 digits, not one digit repeated nor a run like 123456 (or a password of at least 10 characters).</source>
            <translation>اختر رمزًا من 6 أرقام على الأقل، لا يكون رقمًا واحدًا مكررًا ولا تسلسلًا مثل 123456 (أو كلمة مرور من 10 أحرف على الأقل).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="201" />
            <source>This computer has no safe place to keep the mediator PIN, so the mediator tools stay locked. Citizens can keep using the help point. What to do: ask the person who installed the help point to follow “The mediator PIN” in the operator's guide.</source>
            <translation>لا يوجد في هذا الحاسوب مكان آمن لحفظ الرمز السري للوسيط، لذا تبقى أدوات الوسيط مقفلة. يمكن للمواطنين مواصلة استخدام نقطة المساعدة. ما العمل: اطلب من الشخص الذي ثبّت نقطة المساعدة أن يتبع قسم «الرمز السري للوسيط» في دليل التثبيت.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="213" />
            <source>Choose the mediator PIN (at least 6 digits) or password (at least 10 characters) for this computer. It is kept only in the system's secure storage.</source>
            <translation>اختر رمز الوسيط (6 أرقام على الأقل) أو كلمة المرور (10 أحرف على الأقل) لهذا الحاسوب. يُحفظ فقط في التخزين الآمن للنظام.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="217" />
            <source>Checking the secure storage…</source>
            <translation>جارٍ التحقق من التخزين الآمن…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="219" />
            <source>Type the mediator PIN or password.</source>
            <translation>اكتب رمز الوسيط أو كلمة مروره.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="225" />
            <source>&amp;New PIN</source>
            <translation>ال&amp;رمز الجديد</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="225" />
            <source>&amp;PIN</source>
            <translation>ال&amp;رمز</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="226" />
            <source>New PIN</source>
            <translation>الرمز الجديد</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="226" />
            <source>PIN</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="227" />
            <source>&amp;Repeat the PIN</source>
            <translation>أ&amp;عد كتابة الرمز</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="228" />
            <source>Repeat the PIN</source>
            <translation>أعد كتابة الرمز</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="234" />
            <source>Save the PIN</source>
            <translation>حفظ الرمز</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="234" />
            <source>Sign in</source>
            <translation>تسجيل الدخول</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="237" />
            <source>Back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="240" />
            <source>How to set it up</source>
            <translation>كيفية الإعداد</translation>
        </message>
    </context>
    <context>
        <name>MediatorToolsScreen</name>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="375" />
            <location filename="../assist_desk/views/mediator.py" line="380" />
            <source>Mediator tools</source>
            <extracomment>The loaded pack's (version, date): known from the start, unlike the status the controller reads on "Check again" (the card said "date unknown" until then).</extracomment>
            <translation>أدوات الوسيط</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="383" />
            <source>Check again</source>
            <translation>تحقق مرة أخرى</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="384" />
            <source>Check the status again</source>
            <translation>تحقق مرة أخرى من الحالة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="385" />
            <source>Switch to kiosk mode</source>
            <translation>الانتقال إلى وضع الكشك</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="388" />
            <source>Full screen for a citizen alone; leaving it needs the PIN</source>
            <translation>ملء الشاشة لمواطن بمفرده؛ الخروج منه يتطلب الرمز</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="391" />
            <source>Leave kiosk mode</source>
            <translation>الخروج من وضع الكشك</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="394" />
            <source>Reset the training data</source>
            <translation>إعادة تعيين بيانات التدريب</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="397" />
            <source>Puts the training portal's fictitious accounts back as they were</source>
            <translation>يعيد الحسابات الوهمية لبوابة التدريب إلى حالتها الأولى</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="403" />
            <source>The training data is ready for the next session.</source>
            <translation>بيانات التدريب جاهزة للجلسة التالية.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="405" />
            <source>The training data could not be reset.</source>
            <translation>تعذّرت إعادة تعيين بيانات التدريب.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="407" />
            <source>Sources and licences</source>
            <translation>المصادر والتراخيص</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="410" />
            <source>Version, content pack, and where each set of shipped data comes from</source>
            <translation>الإصدار والمحتوى دون اتصال ومصدر كل مجموعة من البيانات المرفقة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="412" />
            <source>Lock the mediator tools</source>
            <translation>قفل أدوات الوسيط</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="415" />
            <source>How to set up the portal</source>
            <translation>كيفية الإعداد: البوابة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="416" />
            <source>How to update the content</source>
            <translation>كيفية الإعداد: تحديث المحتوى</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="418" />
            <source>How to set it up</source>
            <translation>كيفية الإعداد</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="427" />
            <source>ANTS portal: not checked yet</source>
            <translation>بوابة ANTS: لم يتم التحقق بعد</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="428" />
            <source>Press “Check again” to test the connection.</source>
            <translation>اضغط على «تحقق مرة أخرى» لاختبار الاتصال.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="433" />
            <source>ANTS portal: OK</source>
            <translation>بوابة ANTS: تعمل</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="434" />
            <source>Citizens can create accounts and start procedures.</source>
            <translation>يمكن للمواطنين إنشاء حسابات وبدء الإجراءات.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="439" />
            <source>ANTS portal: to check</source>
            <translation>بوابة ANTS: يجب التحقق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="441" />
            <source>This help point cannot reach the portal. Check that this computer is connected to the Internet, then press “Check again”. If it lasts, call the person who installed the help point. Meanwhile, the questions and answers and the lists of documents still work.</source>
            <translation>لا تستطيع نقطة المساعدة هذه الوصول إلى البوابة. تحقّق من أن هذا الحاسوب متصل بالإنترنت، ثم اضغط على «تحقق مرة أخرى». إذا استمر ذلك، اتصل بالشخص الذي ثبّت نقطة المساعدة. في الأثناء، تبقى الأسئلة والأجوبة وقوائم الوثائق تعمل.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="453" />
            <source>Offline content: to check</source>
            <translation>المحتوى دون اتصال: يجب التحقق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="455" />
            <source>Its date is unknown. Ask the person who installed the help point to update the application.</source>
            <translation>تاريخه غير معروف. اطلب من الشخص الذي ثبّت نقطة المساعدة تحديث التطبيق.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="462" />
            <source>Offline content: OK</source>
            <translation>المحتوى دون اتصال: محدَّث</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="482" />
            <source>Updated today.</source>
            <translation>حُدّث اليوم.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="484" />
            <source>Updated yesterday.</source>
            <translation>حُدّث أمس.</translation>
        </message>
        <message numerus="yes">
            <location filename="../assist_desk/views/mediator.py" line="485" />
            <source>Updated %n day(s) ago.</source>
            <translation>
                <numerusform>حُدّث منذ %n يوم.</numerusform>
                <numerusform>حُدّث منذ يوم واحد (%n).</numerusform>
                <numerusform>حُدّث منذ يومين (%n).</numerusform>
                <numerusform>حُدّث منذ %n أيام.</numerusform>
                <numerusform>حُدّث منذ %n يومًا.</numerusform>
                <numerusform>حُدّث منذ %n يوم.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="468" />
            <source>Offline content: to update</source>
            <translation>المحتوى دون اتصال: يجب تحديثه</translation>
        </message>
        <message numerus="yes">
            <location filename="../assist_desk/views/mediator.py" line="471" />
            <source>Updated %n day(s) ago: fees and documents may have changed. Ask the person who installed the help point to update the application; meanwhile, check the amounts on service-public.fr.</source>
            <translation>
                <numerusform>حُدّث منذ %n يوم: ربما تغيّرت الرسوم والوثائق. اطلب من الشخص الذي ثبّت نقطة المساعدة تحديث التطبيق؛ في الأثناء، تحقّق من المبالغ على service-public.fr.</numerusform>
                <numerusform>حُدّث منذ يوم واحد (%n): ربما تغيّرت الرسوم والوثائق. اطلب من الشخص الذي ثبّت نقطة المساعدة تحديث التطبيق؛ في الأثناء، تحقّق من المبالغ على service-public.fr.</numerusform>
                <numerusform>حُدّث منذ يومين (%n): ربما تغيّرت الرسوم والوثائق. اطلب من الشخص الذي ثبّت نقطة المساعدة تحديث التطبيق؛ في الأثناء، تحقّق من المبالغ على service-public.fr.</numerusform>
                <numerusform>حُدّث منذ %n أيام: ربما تغيّرت الرسوم والوثائق. اطلب من الشخص الذي ثبّت نقطة المساعدة تحديث التطبيق؛ في الأثناء، تحقّق من المبالغ على service-public.fr.</numerusform>
                <numerusform>حُدّث منذ %n يومًا: ربما تغيّرت الرسوم والوثائق. اطلب من الشخص الذي ثبّت نقطة المساعدة تحديث التطبيق؛ في الأثناء، تحقّق من المبالغ على service-public.fr.</numerusform>
                <numerusform>حُدّث منذ %n يوم: ربما تغيّرت الرسوم والوثائق. اطلب من الشخص الذي ثبّت نقطة المساعدة تحديث التطبيق؛ في الأثناء، تحقّق من المبالغ على service-public.fr.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="494" />
            <source>Version %1 of %2.</source>
            <translation>الإصدار %1 بتاريخ %2.</translation>
        </message>
        <message numerus="yes">
            <location filename="../assist_desk/views/mediator.py" line="503" />
            <source>Offline content to recheck: %n fact(s)</source>
            <translation>
                <numerusform>المحتوى دون اتصال للتحقق: %n معلومة</numerusform>
                <numerusform>المحتوى دون اتصال للتحقق: معلومة واحدة (%n)</numerusform>
                <numerusform>المحتوى دون اتصال للتحقق: معلومتان (%n)</numerusform>
                <numerusform>المحتوى دون اتصال للتحقق: %n معلومات</numerusform>
                <numerusform>المحتوى دون اتصال للتحقق: %n معلومة</numerusform>
                <numerusform>المحتوى دون اتصال للتحقق: %n معلومة</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="512" />
            <source>past its review date (%1)</source>
            <translation>تجاوز تاريخ المراجعة (%1)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="514" />
            <source>not confirmed by a precise page</source>
            <translation>غير مؤكد بصفحة دقيقة</translation>
        </message>
    </context>
    <context>
        <name>OnScreenKeyboard</name>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="313" />
            <source>On-screen keyboard</source>
            <extracomment>The widest the keys spread, in pixels: on a 1920-px kiosk a key stays in reach. The digit pad is narrower (three columns). The panel width and window height the keys were last fitted to.</extracomment>
            <translation>لوحة المفاتيح على الشاشة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="331" />
            <source>Shift</source>
            <translation>حرف كبير</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="331" />
            <source>The next letter is a capital</source>
            <translation>الحرف التالي سيكون كبيرًا</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="333" />
            <source>Backspace</source>
            <translation>مسح</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="333" />
            <source>Erases the character before the cursor</source>
            <translation>يمسح الحرف الذي قبل المؤشر</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="335" />
            <source>Space</source>
            <translation>مسافة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="341" />
            <source>Enter</source>
            <translation>إدخال</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="342" />
            <source>Goes to the next field, or confirms the last one</source>
            <translation>ينتقل إلى الخانة التالية، أو يؤكد الخانة الأخيرة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="345" />
            <source>Hide the keyboard</source>
            <translation>إخفاء لوحة المفاتيح</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="350" />
            <source>Keyboard in %1</source>
            <translation>لوحة المفاتيح بـ%1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="351" />
            <source>Switches the letters to another language</source>
            <translation>يغيّر الحروف إلى لغة أخرى</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="354" />
            <source>Digits and symbols</source>
            <translation>الأرقام والرموز</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="355" />
            <source>Letters</source>
            <translation>الحروف</translation>
        </message>
    </context>
    <context>
        <name>PasswordCriteria</name>
        <message>
            <location filename="../assist_desk/views/widgets/password_criteria.py" line="40" />
            <source>At least 12 characters</source>
            <translation>12 حرفًا على الأقل</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/password_criteria.py" line="41" />
            <source>Three of: small letters, capitals, digits, symbols</source>
            <translation>ثلاثة من: أحرف صغيرة، أحرف كبيرة، أرقام، رموز</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/password_criteria.py" line="42" />
            <source>Does not contain your e-mail address</source>
            <translation>لا تحتوي على عنوان بريدك الإلكتروني</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/password_criteria.py" line="62" />
            <source>done</source>
            <translation>تحقّق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/password_criteria.py" line="62" />
            <source>not yet</source>
            <translation>ليس بعد</translation>
        </message>
    </context>
    <context>
        <name>PendingMemo</name>
        <message>
            <location filename="../assist_desk/views/account/pending_memo.py" line="24" />
            <source>Your professional account request</source>
            <extracomment>Where the professional signs in once the prefecture agrees.</extracomment>
            <translation>طلبك لحساب مهني</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/pending_memo.py" line="28" />
            <source>What was done today</source>
            <extracomment>(heading, text) in the order read: what was done, what next, where to go then.</extracomment>
            <translation>ما تمّ اليوم</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/pending_memo.py" line="29" />
            <source>You asked for a professional ANTS account. Your request is registered: there is nothing more to do here today.</source>
            <translation>طلبتَ حسابًا مهنيًا لدى الوكالة الوطنية للوثائق المؤمّنة (ANTS). طلبك مُسجَّل: لا شيء آخر تفعله هنا اليوم.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/pending_memo.py" line="36" />
            <source>What happens next</source>
            <translation>ما سيحدث بعد ذلك</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/pending_memo.py" line="37" />
            <source>The prefecture checks your authorisation. This can take several days. Once it agrees, you receive an e-mail, at the address you gave, that explains how to sign in.</source>
            <translation>تتحقّق المحافظة من ترخيصك. قد يستغرق ذلك عدة أيام. بعد موافقتها، تتلقّى رسالة بريد إلكتروني على العنوان الذي قدّمته، تشرح كيفية تسجيل الدخول.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/pending_memo.py" line="45" />
            <source>Where to go then</source>
            <translation>إلى أين تتوجّه بعد ذلك</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/pending_memo.py" line="46" />
            <source>Sign in on the official site, ants.gouv.fr (the code below opens it). No e-mail after several days? Look in your spam folder, then ask your prefecture or come back to this help point.</source>
            <translation>سجّل الدخول على الموقع الرسمي ants.gouv.fr (الرمز أدناه يفتحه). لم تصلك رسالة بعد عدة أيام؟ انظر في مجلد الرسائل غير المرغوب فيها، ثم اسأل محافظتك أو عُد إلى نقطة المساعدة هذه.</translation>
        </message>
    </context>
    <context>
        <name>Pictogram</name>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="27" />
            <source>Car</source>
            <extracomment>Every pictogram: its name (the file ``resources/icons/&lt;name&gt;.svg``) and text alternative.</extracomment>
            <translation>سيارة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="28" />
            <source>Driving licence</source>
            <translation>رخصة السياقة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="29" />
            <source>Identity card</source>
            <translation>بطاقة التعريف</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="30" />
            <source>Passport</source>
            <translation>جواز السفر</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="31" />
            <source>Person</source>
            <translation>شخص</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="32" />
            <source>Garage</source>
            <translation>مرأب</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="33" />
            <source>Driving school</source>
            <translation>مدرسة تعليم السياقة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="34" />
            <source>Road-safety course</source>
            <translation>دورة السلامة المرورية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="35" />
            <source>Town hall</source>
            <translation>بلدية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="36" />
            <source>Company</source>
            <translation>شركة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="37" />
            <source>Help</source>
            <translation>مساعدة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="38" />
            <source>Print</source>
            <translation>طباعة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="39" />
            <source>QR code</source>
            <translation>رمز QR</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="40" />
            <source>Search</source>
            <translation>بحث</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="41" />
            <source>Place</source>
            <translation>مكان</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="42" />
            <source>Form</source>
            <translation>استمارة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="43" />
            <source>New account</source>
            <translation>حساب جديد</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="44" />
            <source>Questions and answers</source>
            <translation>أسئلة وأجوبة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="45" />
            <source>List of documents</source>
            <translation>قائمة الوثائق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="46" />
            <source>Larger text</source>
            <translation>نص أكبر</translation>
        </message>
    </context>
    <context>
        <name>PlacesScreen</name>
        <message>
            <location filename="../assist_desk/views/places.py" line="348" />
            <source>Town halls</source>
            <extracomment>Lines of a place in the list (name and distance, address, phone, today's hours). Places' cards a kiosk's list shows at least. Starts a line right to left in an Arabic interface (invisible).</extracomment>
            <translation>البلديات</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="349" />
            <source>France services</source>
            <translation>France services (مراكز الخدمات العامة)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="350" />
            <source>Digital help points</source>
            <translation>نقاط المساعدة الرقمية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="351" />
            <source>Checked by this help point</source>
            <translation>تحقّقت منها نقطة الاستقبال هذه</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="356" />
            <source>Town hall taking passport and ID card applications</source>
            <translation>بلدية تستقبل طلبات جواز السفر وبطاقة الهوية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="357" />
            <source>Approved photographer or photo booth</source>
            <translation>مصوّر أو كشك تصوير معتمد</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="358" />
            <source>Approved vehicle registration professional</source>
            <translation>مهني معتمد لتسجيل المركبات</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="359" />
            <source>Help point</source>
            <translation>نقطة استقبال</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="360" />
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="382" />
            <source>&amp;Town or postcode:</source>
            <translation>ال&amp;بلدة أو الرمز البريدي:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="388" />
            <source>Suggestions appear as you type; press Enter to search</source>
            <translation>تظهر الاقتراحات أثناء الكتابة؛ اضغط Enter للبحث</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="391" />
            <source>Search</source>
            <translation>بحث</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="392" />
            <source>Search nearby places</source>
            <translation>البحث عن الأماكن القريبة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="393" />
            <source>Near this help point</source>
            <translation>بالقرب من نقطة الاستقبال هذه</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="394" />
            <source>Search places near this help point</source>
            <translation>البحث عن الأماكن القريبة من نقطة الاستقبال هذه</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="395" />
            <source>&amp;Show:</source>
            <translation>&amp;عرض:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="396" />
            <source>Category of places to show</source>
            <translation>فئة الأماكن المعروضة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="399" />
            <source>All categories</source>
            <translation>كل الفئات</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="403" />
            <source>Places found, nearest first</source>
            <translation>الأماكن التي وُجدت، الأقرب أولًا</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="405" />
            <source>Details of the chosen place</source>
            <translation>تفاصيل المكان المختار</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="406" />
            <source>QR code of the address on a map</source>
            <translation>رمز QR للعنوان على الخريطة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="407" />
            <source>Scan to open this address on a map</source>
            <translation>امسح الرمز لفتح هذا العنوان على الخريطة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="463" />
            <source>The help point's own list of places has problems: %1</source>
            <translation>في قائمة الأماكن الخاصة بنقطة الاستقبال أخطاء: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="473" />
            <source>The list of places could not be opened. Please tell a mediator.</source>
            <translation>تعذّر فتح قائمة الأماكن. يُرجى إبلاغ أحد الوسطاء.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="404" />
            <location filename="../assist_desk/views/places.py" line="475" />
            <source>Loading the list of places…</source>
            <translation>جارٍ تحميل قائمة الأماكن…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="364" />
            <location filename="../assist_desk/views/places.py" line="375" />
            <source>Help points and town halls</source>
            <translation>نقاط المساعدة والبلديات</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="369" />
            <source>, </source>
            <comment>between the example places</comment>
            <translation>، </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="370" />
            <source>e.g. %1</source>
            <translation>مثال: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="378" />
            <source>Type your town or postcode, then choose a suggestion. The nearest places appear by category, from data kept on this computer.</source>
            <translation>اكتب اسم بلدتك أو رمزها البريدي، ثم اختر أحد الاقتراحات. تظهر أقرب الأماكن حسب الفئة، من البيانات المحفوظة على هذا الحاسوب.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="384" />
            <source>Town or postcode</source>
            <translation>البلدة أو الرمز البريدي</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="385" />
            <location filename="../assist_desk/views/places.py" line="386" />
            <source>Clear the search</source>
            <translation>مسح البحث</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="409" />
            <source>‹ Back to the places</source>
            <translation>‹ العودة إلى الأماكن</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="410" />
            <source>Back to the places</source>
            <translation>العودة إلى الأماكن</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="420" />
            <source>Identity card or passport</source>
            <translation>بطاقة الهوية أو جواز السفر</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="423" />
            <source>Not every town hall takes these applications, and no list on this computer says which ones do. The official appointment site lists them and books the appointment.</source>
            <translation>لا تستقبل كل البلديات هذه الطلبات، ولا توجد على هذا الحاسوب قائمة تحدد أيّها. يعرضها موقع المواعيد الرسمي ويتيح حجز الموعد.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="429" />
            <location filename="../assist_desk/views/places.py" line="431" />
            <source>Official appointment site: %1</source>
            <translation>موقع المواعيد الرسمي: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="433" />
            <source>Open the appointment site</source>
            <translation>فتح موقع المواعيد</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="438" />
            <source>QR code of the official appointment site</source>
            <translation>رمز QR لموقع المواعيد الرسمي</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="439" />
            <source>Scan with your phone to book there</source>
            <translation>امسحه بهاتفك لحجز موعد هناك</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="441" />
            <source>Approved photographers and photo booths (ANTS): %1</source>
            <translation>المصورون وأكشاك التصوير المعتمدة (ANTS): %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="455" />
            <source>Data: town halls from the DILA directory; France services (ANCT, December 2022); digital help points (2021-2024); communes COG 2026. Licence Ouverte.</source>
            <translation>البيانات: البلديات من دليل DILA؛ مراكز France services ‏(ANCT، ديسمبر 2022)؛ نقاط المساعدة الرقمية (2021-2024)؛ البلديات COG 2026. الترخيص المفتوح (Licence Ouverte).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="477" />
            <source>Nothing found for this search. Try a postcode or another spelling.</source>
            <translation>لا توجد نتائج لهذا البحث. جرّب رمزًا بريديًا أو كتابة أخرى.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="481" />
            <source>Places near this help point</source>
            <translation>الأماكن القريبة من نقطة الاستقبال هذه</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="483" />
            <source>Places near %1</source>
            <translation>الأماكن القريبة من %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="550" />
            <source>None near here in the data on this computer</source>
            <translation>لا يوجد شيء قريب في بيانات هذا الحاسوب</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="570" />
            <source>%1 m</source>
            <translation>%1 م</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="572" />
            <source>%1 km</source>
            <translation>%1 كم</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="576" />
            <source>Opening hours unknown</source>
            <translation>مواعيد العمل غير معروفة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="578" />
            <source>Closed today</source>
            <translation>مغلق اليوم</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="579" />
            <source>open now</source>
            <translation>مفتوح الآن</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="579" />
            <source>closed now</source>
            <translation>مغلق الآن</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="581" />
            <source>Today: %1 (%2)</source>
            <translation>اليوم: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="726" />
            <source>Choose a place in the list to see its details.</source>
            <translation>اختر مكانًا من القائمة لرؤية تفاصيله.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="744" />
            <source>Phone: %1</source>
            <translation>الهاتف: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="746" />
            <source>Website: %1</source>
            <translation>الموقع: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="752" />
            <source>Check that this town hall takes passport and identity-card applications.</source>
            <translation>تأكّد من أن هذه البلدية تستقبل طلبات جواز السفر وبطاقة الهوية.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="755" />
            <source>Position approximate (centre of the town).</source>
            <translation>الموقع تقريبي (وسط البلدة).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="757" />
            <source>Information dated %1</source>
            <translation>معلومات بتاريخ %1</translation>
        </message>
    </context>
    <context>
        <name>PreApplicationWidget</name>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="111" />
            <source>Valid: this number can be used to make an appointment in any town hall that takes passport and identity-card applications.</source>
            <translation>صالح: يمكن استخدام هذا الرقم لحجز موعد في أي بلدية تستقبل طلبات جواز السفر وبطاقة الهوية.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="115" />
            <source>Already used: an application was made with this number. It cannot be used again; make a new pre-application if needed.</source>
            <translation>مستخدم من قبل: قُدّم طلب بهذا الرقم، ولا يمكن استخدامه مرة أخرى؛ قدّم طلبًا مسبقًا جديدًا إذا لزم الأمر.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="119" />
            <source>Not recognised by ANTS yet: check the number on the pre-application summary, or wait a little and try again.</source>
            <translation>لم تتعرّف عليه ANTS بعد: تحقّق من الرقم في ملخّص الطلب المسبق، أو انتظر قليلًا ثم أعد المحاولة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="123" />
            <source>Unknown: ANTS does not know this number. Check each character on the pre-application summary.</source>
            <translation>غير معروف: لا تعرف ANTS هذا الرقم. تحقّق من كل حرف في ملخّص الطلب المسبق.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="127" />
            <source>Expired: this pre-application is too old. Make a new pre-application.</source>
            <translation>منتهي الصلاحية: هذا الطلب المسبق قديم جدًا. قدّم طلبًا مسبقًا جديدًا.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="134" />
            <source>The status cannot be checked from here. Make the appointment on the official site with this number.</source>
            <translation>لا يمكن التحقّق من الحالة من هنا. احجز الموعد في الموقع الرسمي بهذا الرقم.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="137" />
            <source>The number must have 10 letters or digits.</source>
            <translation>يجب أن يتكوّن الرقم من 10 أحرف أو أرقام.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="139" />
            <source>The appointment service refused this help point's access. Please tell a mediator; meanwhile use the official site.</source>
            <translation>رفضت خدمة المواعيد وصول نقطة الاستقبال هذه. يُرجى إبلاغ أحد الوسطاء، واستخدم في الأثناء الموقع الرسمي.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="142" />
            <source>The appointment service is busy. Try again in a minute.</source>
            <translation>خدمة المواعيد مشغولة. أعد المحاولة بعد دقيقة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="148" />
            <source>At the end of the online pre-application you receive a pre-application number: 10 letters or digits. Write it down or print the summary: the town hall asks for it at the appointment, where fingerprints are taken.</source>
            <translation>في نهاية الطلب المسبق عبر الإنترنت تحصل على رقم الطلب المسبق: 10 أحرف أو أرقام. دوّنه أو اطبع الملخّص: ستطلبه البلدية في الموعد، حيث تُؤخذ بصمات الأصابع.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="153" />
            <source>Pre-application &amp;number:</source>
            <translation>&amp;رقم الطلب المسبق:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="154" />
            <source>Pre-application number</source>
            <translation>رقم الطلب المسبق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="156" />
            <source>10 letters or digits; spaces and small letters are accepted</source>
            <translation>10 أحرف أو أرقام؛ تُقبل المسافات والأحرف الصغيرة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="158" />
            <source>e.g. AB12 CD34 EF</source>
            <translation>مثال: AB12 CD34 EF</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="159" />
            <source>Result of the check</source>
            <translation>نتيجة التحقق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="160" />
            <source>Check the number</source>
            <translation>التحقّق من الرقم</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="161" />
            <source>Check the pre-application number</source>
            <translation>التحقّق من رقم الطلب المسبق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="162" />
            <source>Free appointments near this help point</source>
            <translation>المواعيد المتاحة بالقرب من نقطة الاستقبال هذه</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="164" />
            <source>Free appointments, nearest town halls first</source>
            <translation>المواعيد المتاحة، البلديات الأقرب أولًا</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="166" />
            <source>Appointments in town halls: %1</source>
            <translation>المواعيد في البلديات: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="178" />
            <source>%1 of 10 characters</source>
            <translation>%1 من 10 أحرف</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="181" />
            <source>Too long: %1 characters instead of 10</source>
            <translation>طويل جدًا: %1 حرفًا بدلًا من 10</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="185" />
            <source>Only letters A to Z and digits: “%1” is not accepted</source>
            <translation>الأحرف من A إلى Z والأرقام فقط: «%1» غير مقبول</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="187" />
            <source>Complete number: %1</source>
            <translation>الرقم كامل: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="212" />
            <source>Asking the appointment service…</source>
            <translation>جارٍ الاستعلام من خدمة المواعيد…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="225" />
            <source>Without a connection to ANTS, only the form of the number is checked.</source>
            <translation>من دون اتصال بـ ANTS، يُتحقّق من شكل الرقم فقط.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="233" />
            <source>The appointment service does not answer. Make the appointment on the official site with this number.</source>
            <translation>خدمة المواعيد لا تستجيب. احجز الموعد في الموقع الرسمي بهذا الرقم.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="242" />
            <source>Appointment: %1 at %2</source>
            <translation>الموعد: %1 في %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="261" />
            <source>No free appointment found from here: use the official site.</source>
            <translation>لم يُعثر على موعد متاح من هنا: استخدم الموقع الرسمي.</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../assist_desk/views/printing.py" line="50" />
            <source>Official website</source>
            <extracomment>Body text size on paper, in points (large type for reading at home). The least resolution a page is laid out at (what most office printers print at).</extracomment>
            <translation>الموقع الرسمي</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/printing.py" line="51" />
            <source>Official information</source>
            <translation>المعلومات الرسمية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/pending_memo.py" line="73" />
            <location filename="../assist_desk/views/printing.py" line="64" />
            <source>Prepared at %1 on %2</source>
            <translation>أعدّ هذه الورقة %1 بتاريخ %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/pending_memo.py" line="75" />
            <location filename="../assist_desk/views/printing.py" line="66" />
            <source>This sheet holds no personal information. Rules and prices can change: the official pages above prevail. assist_desk is not an ANTS product.</source>
            <translation>لا تحتوي هذه الورقة على أي معلومات شخصية. قد تتغير القواعد والأسعار: الصفحات الرسمية أعلاه هي المرجع. assist_desk ليس من منتجات الوكالة الوطنية للوثائق المؤمَّنة (ANTS).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/printing.py" line="71" />
            <source>Documents to bring</source>
            <translation>الوثائق المطلوب إحضارها</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/printing.py" line="191" />
            <source>Print preview</source>
            <extracomment>The most copies a citizen may ask for at once (paper is the help point's).</extracomment>
            <translation>معاينة قبل الطباعة</translation>
        </message>
    </context>
    <context>
        <name>SetupGuideScreen</name>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="135" />
            <location filename="../assist_desk/views/setup_guide.py" line="138" />
            <source>How to set it up</source>
            <extracomment>The statuses that have a section, in the order of the staff screens. Names from the operator's guide, never translated.</extracomment>
            <translation>كيفية الإعداد</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="141" />
            <source>What each status of the mediator screens means, and what the person who installed the help point does about it. The full operator's guide is the file %1 in the application's folder; on Linux, once installed, also:</source>
            <translation>ما تعنيه كل حالة في شاشات الوسيط، وما يفعله الشخص الذي ثبّت نقطة المساعدة بشأنها. الدليل الكامل للمشغّل هو الملف %1 في مجلد التطبيق؛ وفي Linux، بعد التثبيت، أيضًا:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="152" />
            <source>Back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="153" />
            <source>Back to the mediator screens</source>
            <translation>رجوع إلى شاشات الوسيط</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="167" />
            <source>ANTS portal: not checked yet, or to check</source>
            <translation>بوابة ANTS: لم يتم التحقق بعد، أو يجب التحقق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="171" />
            <source>“Not checked yet”: the connection has not been tested since the application started. Press “Check again” in the mediator tools.</source>
            <translation>«لم يتم التحقق بعد»: لم يُختبر الاتصال منذ بدء تشغيل التطبيق. اضغط على «تحقق مرة أخرى» في أدوات الوسيط.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="177" />
            <source>“To check”: this computer cannot reach the portal. First check that it is connected to the Internet. Then check the portal's address: the setting %1 in the site file:</source>
            <translation>«يجب التحقق»: لا يستطيع هذا الحاسوب الوصول إلى البوابة. تحقق أولًا من اتصاله بالإنترنت. ثم تحقق من عنوان البوابة: الإعداد %1 في ملف الموقع:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="186" />
            <source>A kiosk needs it: with it empty, the kiosk does not start (unless it is a kiosk for training sessions only: %1).</source>
            <translation>الكشك يحتاج إليه: إذا كان فارغًا لا يبدأ الكشك (إلا إذا كان كشكًا لجلسات التدريب فقط: %1).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="193" />
            <source>The application reads the site file when it starts: restart it after a change. At a kiosk, as administrator:</source>
            <translation>يقرأ التطبيق ملف الموقع عند بدء تشغيله: أعد تشغيله بعد أي تعديل. في الكشك، بصفة المسؤول:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="200" />
            <source>If the kiosk keeps starting again, this command shows one line that names the wrong setting:</source>
            <translation>إذا ظل الكشك يعيد التشغيل، يعرض هذا الأمر سطرًا واحدًا يذكر الإعداد الخاطئ:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="210" />
            <source>Offline content: date unknown, or to update</source>
            <translation>المحتوى دون اتصال: تاريخ غير معروف، أو يجب تحديثه</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="214" />
            <source>The questions and answers, the lists of documents, the fees and the places come with the application. Past the age set by %1 (180 days if not set), they are shown as “to update”: fees and documents may have changed.</source>
            <translation>الأسئلة والأجوبة وقوائم الوثائق والرسوم والأماكن تأتي مع التطبيق. بعد تجاوز العمر المحدد في %1 (180 يومًا إذا لم يُضبط)، تظهر على أنها «يجب تحديثها»: ربما تغيرت الرسوم والوثائق.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="225" />
            <source>To update, unpack the newer archive of the application and run its installer again, as administrator. The site file is kept.</source>
            <translation>للتحديث، فُكّ ضغط الأرشيف الأحدث للتطبيق وأعد تشغيل برنامج تثبيته بصفة المسؤول. يُحتفظ بملف الموقع.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="229" />
            <source>At a kiosk:</source>
            <translation>في الكشك:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="231" />
            <source>At a workstation:</source>
            <translation>في محطة العمل:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="233" />
            <source>To see the version and the date of the offline content:</source>
            <translation>لمعرفة الإصدار وتاريخ المحتوى دون اتصال:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="240" />
            <source>No safe place for the mediator PIN</source>
            <translation>لا يوجد مكان آمن لرمز الوسيط</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="244" />
            <source>The mediator PIN is kept only in the system's secure storage (the keyring) of the account that runs the application, never in a file. Without it the mediator tools stay locked; citizens can still use everything.</source>
            <translation>يُحفظ رمز الوسيط فقط في التخزين الآمن للنظام (سلسلة المفاتيح) الخاص بالحساب الذي يشغّل التطبيق، وليس في ملف أبدًا. من دونه تبقى أدوات الوسيط مقفلة؛ ويمكن للمواطنين استخدام كل شيء.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="252" />
            <source>On Linux, install the keyring service, then sign in to a desktop session of that account once:</source>
            <translation>في Linux، ثبّت خدمة سلسلة المفاتيح، ثم سجّل الدخول مرة واحدة إلى جلسة سطح مكتب لهذا الحساب:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="259" />
            <source>Then check, as that account (status 3 means there is still no secure storage):</source>
            <translation>ثم تحقق بهذا الحساب (الحالة 3 تعني أنه لا يوجد تخزين آمن بعد):</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="269" />
            <source>No mediator PIN on this kiosk</source>
            <translation>لا يوجد رمز للوسيط في هذا الكشك</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="273" />
            <source>Nobody can choose the PIN on a kiosk's screen: an administrator sets it (at least 6 characters, asked twice, never shown) for the kiosk's account:</source>
            <translation>لا يمكن لأحد اختيار الرمز على شاشة الكشك: يضبطه المسؤول (6 أحرف على الأقل، يُطلب مرتين، ولا يُعرض أبدًا) لحساب الكشك:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="281" />
            <source>At a mediator workstation, the account that runs the application sets it with this command, or chooses it on the sign-in screen:</source>
            <translation>في محطة عمل الوسيط، يضبطه الحساب الذي يشغّل التطبيق بهذا الأمر، أو يختاره في شاشة الدخول:</translation>
        </message>
    </context>
    <context>
        <name>Site</name>
        <message>
            <location filename="../assist_desk/views/site_name.py" line="17" />
            <source>Digital help point (training)</source>
            <extracomment>The default name, in English; its French is ``modes.DEFAULT_SITE_NAME``.</extracomment>
            <translation>نقطة رقمية (تدريب)</translation>
        </message>
    </context>
    <context>
        <name>SourcesScreen</name>
        <message>
            <location filename="../assist_desk/views/about.py" line="312" />
            <location filename="../assist_desk/views/about.py" line="335" />
            <source>Sources and licences</source>
            <translation>المصادر والتراخيص</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="317" />
            <source>Questions, checklists and fees</source>
            <translation>الأسئلة وقوائم الوثائق والرسوم</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="318" />
            <source>Places</source>
            <translation>الأماكن</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="319" />
            <source>Training portal</source>
            <translation>بوابة التدريب</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="325" />
            <source>No offline content pack is installed.</source>
            <translation>لا يوجد أي محتوى مثبت للاستخدام دون اتصال.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="327" />
            <source>Offline content: version %1.</source>
            <translation>المحتوى دون اتصال: الإصدار %1.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="329" />
            <source>Offline content: version %1, published on %2.</source>
            <translation>المحتوى دون اتصال: الإصدار %1، نُشر في %2.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="336" />
            <source>Version %1</source>
            <translation>الإصدار %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="340" />
            <source>assist_desk is free software under the European Union Public Licence (EUPL) version 1.2.</source>
            <translation>إن assist_desk برنامج حر منشور بموجب الرخصة العمومية للاتحاد الأوروبي (EUPL)، الإصدار 1.2.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="346" />
            <source>&amp;Sources of the information shipped with it. Each note is kept as its authors wrote it, in English:</source>
            <translation>&amp;مصادر المعلومات المرفقة بالتطبيق. تُحفظ كل ملاحظة كما كتبها مؤلفوها، بالإنجليزية:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="362" />
            <source>No data files are shipped with this copy.</source>
            <translation>لا توجد ملفات بيانات مرفقة بهذه النسخة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="363" />
            <source>Sources of the information shipped with it</source>
            <translation>مصادر المعلومات المرفقة بالتطبيق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="365" />
            <source>Where each set of data comes from, its licence and its date</source>
            <translation>مصدر كل مجموعة من البيانات وترخيصها وتاريخها</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="367" />
            <location filename="../assist_desk/views/about.py" line="368" />
            <source>Back to the mediator tools</source>
            <translation>العودة إلى أدوات الوسيط</translation>
        </message>
    </context>
    <context>
        <name>StepOverview</name>
        <message>
            <location filename="../assist_desk/views/widgets/step_overview.py" line="97" />
            <source>you are here</source>
            <extracomment>Unfolded, the list takes at most this many lines and scrolls past them, so that the flow's action bar stays in view under it (M-2: in Arabic, whose lines are taller, the whole list pushed the bar below the window on 5 of 16 request screens).</extracomment>
            <translation>أنت هنا</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/step_overview.py" line="111" />
            <source>After “%1”, depending on the answer: %2</source>
            <translation>بعد «%1»، حسب الجواب: %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/step_overview.py" line="114" />
            <source>Branches still open</source>
            <translation>المسارات التي لا تزال ممكنة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/step_overview.py" line="120" />
            <source>All the steps of this procedure</source>
            <translation>كل خطوات هذا الإجراء</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/step_overview.py" line="128" />
            <source>Hide the steps</source>
            <translation>إخفاء الخطوات</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/step_overview.py" line="128" />
            <source>Show all the steps</source>
            <translation>عرض كل الخطوات</translation>
        </message>
    </context>
    <context>
        <name>TermHints</name>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="27" />
            <source>Agence nationale des titres sécurisés: the State agency for ID cards, passports, driving licences and registration certificates.</source>
            <extracomment>(word as shown, plain explanation). The word is translated too when a language writes it differently ("the agency" is "l'agence"); acronyms stay as they are.</extracomment>
            <translation>Agence nationale des titres sécurisés: الوكالة الحكومية المسؤولة عن بطاقات الهوية وجوازات السفر ورخص السياقة وشهادات تسجيل المركبات.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="34" />
            <source>the agency</source>
            <translation>الوكالة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="35" />
            <source>The ANTS (Agence nationale des titres sécurisés), which runs the portal.</source>
            <translation>وكالة ANTS (Agence nationale des titres sécurisés) التي تدير البوابة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="41" />
            <source>The national vehicle registration system; a garage needs its prefecture's authorisation to use it.</source>
            <translation>النظام الوطني لتسجيل المركبات؛ يحتاج المرآب إلى ترخيص من ولايته (préfecture) لاستخدامه.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="49" />
            <source>The 14-digit number of a business or association (one per address).</source>
            <translation>الرقم المكوَّن من 14 خانة لمؤسسة أو جمعية (رقم لكل عنوان).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="55" />
            <source>The official identity paper of a company, from the trade register.</source>
            <translation>وثيقة الهوية الرسمية للشركة، تصدر عن السجل التجاري.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="61" />
            <source>The official 5-character number of a town (it is not the postcode).</source>
            <translation>الرقم الرسمي للبلدية من 5 خانات (ليس الرمز البريدي).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="67" />
            <source>The road-safety certificate taken at secondary school (collège).</source>
            <translation>شهادة السلامة المرورية التي تُجتاز في المدرسة الإعدادية (collège).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="73" />
            <source>The Defence and Citizenship Day that young French people attend.</source>
            <translation>يوم الدفاع والمواطنة الذي يحضره الشباب الفرنسيون.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="79" />
            <source>An official form, known by its number (e.g. cerfa 15776).</source>
            <translation>استمارة رسمية تُعرف برقمها (مثلًا cerfa 15776).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="82" />
            <source>holder</source>
            <translation>المالك</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="83" />
            <source>The person in whose name the registration certificate is issued.</source>
            <translation>الشخص الذي تصدر شهادة تسجيل المركبة باسمه.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="88" />
            <source>usage name</source>
            <translation>الاسم المستعمل</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="89" />
            <source>The name you use every day when it is not your birth name, for example your spouse's name.</source>
            <translation>الاسم الذي تستعمله يوميًا حين لا يكون اسم ولادتك، مثل اسم الزوج أو الزوجة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="96" />
            <source>fingerprint station</source>
            <translation>جهاز أخذ البصمات</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="97" />
            <source>The town hall's equipment where your fingerprints are taken and your identity card or passport application is recorded.</source>
            <translation>جهاز البلدية الذي تُؤخذ فيه بصماتك ويُسجَّل فيه طلب بطاقة الهوية أو جواز السفر.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="105" />
            <source>A digital ID photo from an approved photographer or photo booth, with a code to give in your application.</source>
            <translation>صورة هوية رقمية من مصوّر أو كشك صور معتمد، مع رمز تُدخله في طلبك.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="164" />
            <source>What these words mean</source>
            <translation>معنى هذه الكلمات</translation>
        </message>
    </context>
    <context>
        <name>TriageScreen</name>
        <message>
            <location filename="../assist_desk/views/triage.py" line="208" />
            <source>Which procedure do I need? — Result</source>
            <extracomment>What the screen's layout holds and shows or hides: the answers' area in it.</extracomment>
            <translation>ما الإجراء الذي أحتاجه؟ — النتيجة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="209" />
            <source>Which procedure do I need? — Question %1</source>
            <translation>ما الإجراء الذي أحتاجه؟ — السؤال %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="225" />
            <source>Which procedure do I need?</source>
            <translation>ما الإجراء الذي أحتاجه؟</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="226" />
            <source>&amp;Back</source>
            <translation>&amp;رجوع</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="227" />
            <source>Back to the previous question</source>
            <translation>رجوع إلى السؤال السابق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="228" />
            <source>Start &amp;again</source>
            <translation>ال&amp;بدء من جديد</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="229" />
            <source>Start the questions again</source>
            <translation>البدء من جديد بالأسئلة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="230" />
            <source>See the &amp;checklist</source>
            <translation>عرض &amp;قائمة الوثائق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="231" />
            <source>See the full checklist</source>
            <translation>عرض قائمة الوثائق كاملة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="232" />
            <source>&amp;Print…</source>
            <translation>&amp;طباعة…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="233" />
            <source>Print the checklist</source>
            <translation>طباعة قائمة الوثائق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="234" />
            <location filename="../assist_desk/views/triage.py" line="304" />
            <source>Result</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="283" />
            <source>Question %1</source>
            <translation>السؤال %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="307" />
            <source>Here is what you need:</source>
            <translation>إليك ما تحتاجه:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="328" />
            <source>Documents</source>
            <translation>الوثائق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="381" />
            <source>No printer is available here. Ask a mediator, or note the list.</source>
            <translation>لا توجد طابعة متاحة هنا. اطلب المساعدة من أحد الوسطاء، أو دوّن القائمة.</translation>
        </message>
    </context>
    <context>
        <name>VehicleTaxInputs</name>
        <message>
            <location filename="../assist_desk/views/widgets/vehicle_tax.py" line="98" />
            <location filename="../assist_desk/views/widgets/vehicle_tax.py" line="99" />
            <source>Region of your home</source>
            <translation>منطقة سكنك</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/vehicle_tax.py" line="101" />
            <source>Choose your region</source>
            <translation>اختر منطقتك</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/vehicle_tax.py" line="103" />
            <source>Fiscal horsepower (box P.6 of the old certificate)</source>
            <translation>القوة الجبائية (الخانة P.6 في البطاقة الرمادية القديمة)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/vehicle_tax.py" line="104" />
            <source>Fiscal horsepower</source>
            <translation>القوة الجبائية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/vehicle_tax.py" line="105" />
            <source>Year of first registration (box B)</source>
            <translation>سنة أول تسجيل (الخانة B)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/vehicle_tax.py" line="106" />
            <source>Year of first registration</source>
            <translation>سنة أول تسجيل</translation>
        </message>
    </context>
</TS>
