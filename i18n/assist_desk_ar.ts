<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>AboutScreen</name>
        <message>
            <location filename="../assist_desk/views/about.py" line="140" />
            <source>About</source>
            <extracomment>The id of the About screen (the top bar's "About" button opens it).</extracomment>
            <translation>حول التطبيق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="145" />
            <source>No offline content pack is installed.</source>
            <translation>لا يوجد أي محتوى مثبت للاستخدام دون اتصال.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="147" />
            <source>Offline content: version %1.</source>
            <translation>المحتوى دون اتصال: الإصدار %1.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="150" />
            <source>Offline content: version %1, published on %2.</source>
            <translation>المحتوى دون اتصال: الإصدار %1، نُشر في %2.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="156" />
            <source>About assist_desk</source>
            <translation>حول assist_desk</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="157" />
            <source>Version %1</source>
            <translation>الإصدار %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="161" />
            <source>assist_desk is free software under the European Union Public Licence (EUPL) version 1.2.</source>
            <translation>إن assist_desk برنامج حر منشور بموجب الرخصة العمومية للاتحاد الأوروبي (EUPL)، الإصدار 1.2.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="167" />
            <source>Nothing you type here is kept on this computer: it is erased when the session ends.</source>
            <translation>لا يُحفظ أي شيء تكتبه هنا على هذا الحاسوب: يُمحى كل شيء عند انتهاء الجلسة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="171" />
            <source>&amp;Sources of the information shipped with it:</source>
            <translation>&amp;مصادر المعلومات المرفقة بالتطبيق:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="177" />
            <source>No data files are shipped with this copy.</source>
            <translation>لا توجد ملفات بيانات مرفقة بهذه النسخة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="178" />
            <source>Sources of the information shipped with it</source>
            <translation>مصادر المعلومات المرفقة بالتطبيق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="180" />
            <source>Where each set of data comes from, its licence and its date</source>
            <translation>مصدر كل مجموعة من البيانات وترخيصها وتاريخها</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="182" />
            <location filename="../assist_desk/views/about.py" line="183" />
            <source>Back to the home screen</source>
            <translation>العودة إلى الشاشة الرئيسية</translation>
        </message>
    </context>
    <context>
        <name>AppointmentsScreen</name>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="286" />
            <location filename="../assist_desk/views/appointments.py" line="289" />
            <source>Pre-application number and appointment</source>
            <translation>رقم الطلب المسبق والموعد</translation>
        </message>
    </context>
    <context>
        <name>ChecklistsScreen</name>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="200" />
            <location filename="../assist_desk/views/checklists.py" line="214" />
            <source>Documents to bring</source>
            <translation>الوثائق المطلوب إحضارها</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="215" />
            <source>Procedures</source>
            <translation>الإجراءات</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="216" />
            <source>Checklist</source>
            <translation>قائمة الوثائق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="217" />
            <source>&amp;Print…</source>
            <translation>&amp;طباعة…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="218" />
            <source>Print this checklist</source>
            <translation>طباعة هذه القائمة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="219" />
            <source>Save as &amp;PDF</source>
            <translation>حفظ بصيغة &amp;PDF</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="220" />
            <source>Save this checklist as a PDF file</source>
            <translation>حفظ هذه القائمة في ملف PDF</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="221" />
            <source>Which procedure do I need?</source>
            <translation>ما الإجراء الذي أحتاجه؟</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="285" />
            <source>Choose a procedure on the left to see the documents to bring.</source>
            <translation>اختر إجراءً من القائمة لرؤية الوثائق المطلوب إحضارها.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="319" />
            <source>No printer is available here. Ask a mediator, or note the list.</source>
            <translation>لا توجد طابعة متاحة هنا. اطلب المساعدة من أحد الوسطاء، أو دوّن القائمة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="343" />
            <source>The PDF file could not be written. Try printing.</source>
            <translation>تعذّر حفظ ملف PDF. جرّب الطباعة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="346" />
            <source>Saved: %1</source>
            <translation>تم الحفظ: %1</translation>
        </message>
    </context>
    <context>
        <name>Content</name>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="64" />
            <source>This information may be outdated: it was last checked on %1. Check the official page before relying on it.</source>
            <translation>قد تكون هذه المعلومات قديمة: آخر تحقق منها كان في %1. راجع الصفحة الرسمية قبل الاعتماد عليها.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="72" />
            <source>Not yet translated: shown in French, which is the reference text.</source>
            <translation>لم تُترجم بعد: معروضة بالفرنسية، وهي النص المرجعي.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="85" />
            <source>free</source>
            <translation>مجاني</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="86" />
            <source>Cost: %1</source>
            <translation>التكلفة: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="87" />
            <source>Source: %1 — checked on %2</source>
            <translation>المصدر: %1 — تم التحقق في %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="88" />
            <source>Where: %1</source>
            <translation>أين: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="91" />
            <source>Otherwise: %1</source>
            <translation>وإلا: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="93" />
            <source>Official website: %1</source>
            <translation>الموقع الرسمي: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="94" />
            <source>Where to buy the electronic tax stamp</source>
            <translation>أين تشتري الطابع الجبائي الإلكتروني</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="89" />
            <source>Documents</source>
            <translation>الوثائق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="90" />
            <source>if it applies</source>
            <translation>إن كان ينطبق عليك</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="92" />
            <source>Steps</source>
            <translation>الخطوات</translation>
        </message>
    </context>
    <context>
        <name>CostCalculator</name>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="81" />
            <source>Cost calculator</source>
            <translation>حساب التكلفة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="82" />
            <source>&amp;Region of your home</source>
            <translation>&amp;منطقة سكنك</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="83" />
            <source>Region of your home</source>
            <translation>منطقة سكنك</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="84" />
            <source>&amp;Fiscal horsepower (box P.6)</source>
            <translation>ال&amp;قوة الجبائية (الخانة P.6)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="85" />
            <source>Fiscal horsepower</source>
            <translation>القوة الجبائية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="87" />
            <source>Written in box P.6 of the registration certificate</source>
            <translation>مذكورة في الخانة P.6 من بطاقة تسجيل السيارة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="104" />
            <source>No rate is known for this region on this date.</source>
            <translation>لا يوجد سعر معروف لهذه المنطقة في هذا التاريخ.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="108" />
            <source>Estimated total: %1</source>
            <translation>المجموع التقديري: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="110" />
            <source>Regional tax %1 (%2 per horsepower, rate valid since %3)</source>
            <translation>الضريبة الجهوية %1 (%2 لكل حصان جبائي، سعر سارٍ منذ %3)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="115" />
            <source>Fixed tax %1, delivery %2</source>
            <translation>ضريبة ثابتة %1، رسوم الإرسال %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="120" />
            <source>This rate could not be re-checked recently: confirm it.</source>
            <translation>لم يتسنَّ التحقق من هذا السعر مؤخراً: تأكد منه.</translation>
        </message>
    </context>
    <context>
        <name>FaqScreen</name>
        <message>
            <location filename="../assist_desk/views/faq.py" line="127" />
            <location filename="../assist_desk/views/faq.py" line="140" />
            <source>Questions &amp; answers</source>
            <extracomment>Milliseconds of quiet typing before the search runs (results feel instant).</extracomment>
            <translation>أسئلة وأجوبة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="141" />
            <source>&amp;Search</source>
            <translation>&amp;بحث</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="142" />
            <source>For example: lost passport, carte grise…</source>
            <translation>مثلاً: جواز سفر مفقود، بطاقة تسجيل السيارة (carte grise)…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="143" />
            <source>Search the questions and checklists</source>
            <translation>البحث في الأسئلة وقوائم الوثائق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="145" />
            <source>Results appear as you type. Spelling mistakes are tolerated.</source>
            <translation>تظهر النتائج أثناء الكتابة. الأخطاء الإملائية مقبولة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="147" />
            <source>&amp;Topic</source>
            <translation>ال&amp;موضوع</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="148" />
            <source>Topic</source>
            <translation>الموضوع</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="149" />
            <source>Results</source>
            <translation>النتائج</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="150" />
            <source>Answer</source>
            <translation>الجواب</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="151" />
            <source>Which procedure do I need?</source>
            <translation>ما الإجراء الذي أحتاجه؟</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="153" />
            <location filename="../assist_desk/views/faq.py" line="239" />
            <source>Documents to bring</source>
            <translation>الوثائق المطلوب إحضارها</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="163" />
            <source>All topics</source>
            <translation>كل المواضيع</translation>
        </message>
        <message numerus="yes">
            <location filename="../assist_desk/views/faq.py" line="184" />
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
            <location filename="../assist_desk/views/faq.py" line="186" />
            <source>No result. Try another word, or choose a topic.</source>
            <translation>لا توجد نتائج. جرّب كلمة أخرى أو اختر موضوعاً.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="187" />
            <source>checklist</source>
            <translation>قائمة الوثائق</translation>
        </message>
        <message numerus="yes">
            <location filename="../assist_desk/views/faq.py" line="198" />
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
            <location filename="../assist_desk/views/faq.py" line="238" />
            <source>See also</source>
            <translation>انظر أيضاً</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="251" />
            <source>Open the checklist</source>
            <translation>فتح قائمة الوثائق</translation>
        </message>
    </context>
    <context>
        <name>Home</name>
        <message>
            <location filename="../assist_desk/views/features.py" line="28" />
            <source>New request</source>
            <translation>طلب جديد</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="29" />
            <source>Start a procedure: registration certificate, licence, ID card, passport</source>
            <translation>بدء إجراء: شهادة تسجيل المركبة، رخصة القيادة، بطاقة الهوية، جواز السفر</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="34" />
            <source>Create an ANTS account</source>
            <translation>إنشاء حساب ANTS</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="35" />
            <source>For a person, a professional or a town hall</source>
            <translation>لشخص أو مهني أو بلدية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="38" />
            <source>Questions &amp; answers</source>
            <translation>أسئلة وأجوبة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="39" />
            <source>The answers to frequent questions, even without Internet</source>
            <translation>أجوبة الأسئلة الشائعة، حتى بدون إنترنت</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="42" />
            <source>Documents to bring</source>
            <translation>الوثائق المطلوب إحضارها</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="43" />
            <source>Lists of documents and fees, ready to print</source>
            <translation>قوائم الوثائق والرسوم، جاهزة للطباعة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="46" />
            <source>Find a place</source>
            <translation>البحث عن مكان</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="47" />
            <source>Town halls and help points near you</source>
            <translation>البلديات ونقاط المساعدة القريبة منك</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <location filename="../assist_desk/views/home.py" line="58" />
            <source>Home</source>
            <translation>الصفحة الرئيسية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/home.py" line="61" />
            <source>What would you like to do?</source>
            <translation>ماذا تريد أن تفعل؟</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/home.py" line="63" />
            <source>Choose one of the buttons below. You can come back here at any time.</source>
            <translation>اختر أحد الأزرار أدناه. يمكنك العودة إلى هنا في أي وقت.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/home.py" line="65" />
            <source>Loading…</source>
            <translation>جارٍ التحميل…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="173" />
            <source>Training mode: nothing is sent to ANTS. All accounts here are fictitious.</source>
            <extracomment>Each language named in itself, as a person looking for it would read it.</extracomment>
            <translation>وضع التدريب: لا يُرسل أي شيء إلى ANTS. كل الحسابات هنا وهمية.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="177" />
            <source>Help point: %1</source>
            <translation>نقطة المساعدة: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="179" />
            <source>&amp;Language</source>
            <translation>ال&amp;لغة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="180" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="181" />
            <source>Home</source>
            <translation>الرئيسية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="182" />
            <source>Back to the home screen</source>
            <translation>العودة إلى الصفحة الرئيسية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="183" />
            <source>About</source>
            <translation>حول التطبيق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="184" />
            <source>About this application</source>
            <translation>معلومات عن هذا التطبيق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="185" />
            <location filename="../assist_desk/views/main_window.py" line="186" />
            <source>End session</source>
            <translation>إنهاء الجلسة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="188" />
            <source>Erases everything typed on this screen and starts again for the next person</source>
            <translation>يمحو كل ما تمت كتابته ويبدأ من جديد للشخص التالي</translation>
        </message>
    </context>
    <context>
        <name>PlacesScreen</name>
        <message>
            <location filename="../assist_desk/views/places.py" line="201" />
            <source>Town halls</source>
            <translation>البلديات</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="202" />
            <source>France services</source>
            <translation>France services (مراكز الخدمات العامة)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="203" />
            <source>Digital help points</source>
            <translation>نقاط المساعدة الرقمية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="204" />
            <source>Checked by this help point</source>
            <translation>تحقّقت منها نقطة الاستقبال هذه</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="209" />
            <source>Town hall taking passport and ID card applications</source>
            <translation>بلدية تستقبل طلبات جواز السفر وبطاقة الهوية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="210" />
            <source>Approved photographer or photo booth</source>
            <translation>مصوّر أو كشك تصوير معتمد</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="211" />
            <source>Approved vehicle registration professional</source>
            <translation>مهني معتمد لتسجيل المركبات</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="212" />
            <source>Help point</source>
            <translation>نقطة استقبال</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="213" />
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="217" />
            <location filename="../assist_desk/views/places.py" line="220" />
            <source>Find a place</source>
            <translation>البحث عن مكان</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="223" />
            <source>Type a town, a postcode or an INSEE code, then choose a suggestion. The nearest places appear by category, from data kept on this computer.</source>
            <translation>اكتب اسم بلدة أو رمزًا بريديًا أو رمز INSEE، ثم اختر أحد الاقتراحات. تظهر أقرب الأماكن حسب الفئة، من بيانات محفوظة على هذا الحاسوب.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="227" />
            <source>&amp;Town or postcode:</source>
            <translation>ال&amp;بلدة أو الرمز البريدي:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="228" />
            <source>Town, postcode or INSEE code</source>
            <translation>البلدة أو الرمز البريدي أو رمز INSEE</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="230" />
            <source>Suggestions appear as you type; press Enter to search</source>
            <translation>تظهر الاقتراحات أثناء الكتابة؛ اضغط Enter للبحث</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="232" />
            <source>e.g. 75011, Saint-Denis, Ajaccio</source>
            <translation>مثال: 75011، Saint-Denis، Ajaccio</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="233" />
            <source>Search</source>
            <translation>بحث</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="234" />
            <source>Search nearby places</source>
            <translation>البحث عن الأماكن القريبة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="235" />
            <source>Near this help point</source>
            <translation>بالقرب من نقطة الاستقبال هذه</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="236" />
            <source>Search places near this help point</source>
            <translation>البحث عن الأماكن القريبة من نقطة الاستقبال هذه</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="237" />
            <source>&amp;Show:</source>
            <translation>&amp;عرض:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="238" />
            <source>Category of places to show</source>
            <translation>فئة الأماكن المعروضة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="241" />
            <source>All categories</source>
            <translation>كل الفئات</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="245" />
            <source>Places found, nearest first</source>
            <translation>الأماكن التي وُجدت، الأقرب أولًا</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="246" />
            <source>Details of the chosen place</source>
            <translation>تفاصيل المكان المختار</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="247" />
            <source>QR code of the address on a map</source>
            <translation>رمز QR للعنوان على الخريطة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="248" />
            <source>Scan to open this address on a map</source>
            <translation>امسح الرمز لفتح هذا العنوان على الخريطة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="251" />
            <source>No list kept on this computer says which town halls take passport and identity-card applications, which photographers and photo booths are approved, or which professionals are approved for vehicle registration. Check that a town hall takes passport and identity-card applications before going there.</source>
            <translation>لا توجد على هذا الحاسوب قائمة تبيّن البلديات التي تستقبل طلبات جواز السفر وبطاقة الهوية، ولا المصوّرين وأكشاك التصوير المعتمدين، ولا المهنيين المعتمدين لتسجيل المركبات. تأكّد من أن البلدية تستقبل طلبات جواز السفر وبطاقة الهوية قبل الذهاب إليها.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="258" />
            <source>Town halls and appointments: %1</source>
            <translation>البلديات والمواعيد: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="262" />
            <source>Photographers, photo booths, approved professionals (ANTS): %1</source>
            <translation>المصوّرون وأكشاك التصوير والمهنيون المعتمدون (ANTS): %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="277" />
            <source>Data: town halls from the DILA directory; France services (ANCT, December 2022); digital help points (2021-2024); communes COG 2026. Licence Ouverte. Details in About.</source>
            <translation>البيانات: البلديات من دليل DILA؛ مراكز France services (ANCT، ديسمبر 2022)؛ نقاط المساعدة الرقمية (2021-2024)؛ البلديات وفق COG 2026. الرخصة المفتوحة (Licence Ouverte). التفاصيل في «حول».</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="285" />
            <source>The help point's own list of places has problems: %1</source>
            <translation>في قائمة الأماكن الخاصة بنقطة الاستقبال أخطاء: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="294" />
            <source>The list of places could not be opened. Please tell a mediator.</source>
            <translation>تعذّر فتح قائمة الأماكن. يُرجى إبلاغ أحد الوسطاء.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="296" />
            <source>Loading the list of places…</source>
            <translation>جارٍ تحميل قائمة الأماكن…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="298" />
            <source>Nothing found for this search. Try a postcode or another spelling.</source>
            <translation>لا توجد نتائج لهذا البحث. جرّب رمزًا بريديًا أو كتابة أخرى.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="302" />
            <source>Places near this help point</source>
            <translation>الأماكن القريبة من نقطة الاستقبال هذه</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="304" />
            <source>Places near %1</source>
            <translation>الأماكن القريبة من %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="366" />
            <source>None near here in the data on this computer</source>
            <translation>لا يوجد شيء قريب في بيانات هذا الحاسوب</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="381" />
            <source>%1 m</source>
            <translation>%1 م</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="382" />
            <source>%1 km</source>
            <translation>%1 كم</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="386" />
            <source>Opening hours unknown</source>
            <translation>مواعيد العمل غير معروفة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="388" />
            <source>Closed today</source>
            <translation>مغلق اليوم</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="389" />
            <source>open now</source>
            <translation>مفتوح الآن</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="389" />
            <source>closed now</source>
            <translation>مغلق الآن</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="390" />
            <source>Today: %1 (%2)</source>
            <translation>اليوم: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="412" />
            <source>Choose a place in the list to see its details.</source>
            <translation>اختر مكانًا من القائمة لرؤية تفاصيله.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="420" />
            <source>Phone: %1</source>
            <translation>الهاتف: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="422" />
            <source>Website: %1</source>
            <translation>الموقع: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="428" />
            <source>Check that this town hall takes passport and identity-card applications.</source>
            <translation>تأكّد من أن هذه البلدية تستقبل طلبات جواز السفر وبطاقة الهوية.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="431" />
            <source>Position approximate (centre of the town).</source>
            <translation>الموقع تقريبي (وسط البلدة).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="433" />
            <source>Information dated %1</source>
            <translation>معلومات بتاريخ %1</translation>
        </message>
    </context>
    <context>
        <name>PreApplicationWidget</name>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="102" />
            <source>Valid: this number can be used to make an appointment in any town hall that takes passport and identity-card applications.</source>
            <translation>صالح: يمكن استخدام هذا الرقم لحجز موعد في أي بلدية تستقبل طلبات جواز السفر وبطاقة الهوية.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="106" />
            <source>Already used: an application was made with this number. It cannot be used again; make a new pre-application if needed.</source>
            <translation>مستخدم من قبل: قُدّم طلب بهذا الرقم، ولا يمكن استخدامه مرة أخرى؛ قدّم طلبًا مسبقًا جديدًا إذا لزم الأمر.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="110" />
            <source>Not recognised by ANTS yet: check the number on the pre-application summary, or wait a little and try again.</source>
            <translation>لم تتعرّف عليه ANTS بعد: تحقّق من الرقم في ملخّص الطلب المسبق، أو انتظر قليلًا ثم أعد المحاولة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="114" />
            <source>Unknown: ANTS does not know this number. Check each character on the pre-application summary.</source>
            <translation>غير معروف: لا تعرف ANTS هذا الرقم. تحقّق من كل حرف في ملخّص الطلب المسبق.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="118" />
            <source>Expired: this pre-application is too old. Make a new pre-application.</source>
            <translation>منتهي الصلاحية: هذا الطلب المسبق قديم جدًا. قدّم طلبًا مسبقًا جديدًا.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="125" />
            <source>The status cannot be checked from here. Make the appointment on the official site with this number.</source>
            <translation>لا يمكن التحقّق من الحالة من هنا. احجز الموعد في الموقع الرسمي بهذا الرقم.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="128" />
            <source>The number must have 10 letters or digits.</source>
            <translation>يجب أن يتكوّن الرقم من 10 أحرف أو أرقام.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="130" />
            <source>The appointment service refused this help point's access. Please tell a mediator; meanwhile use the official site.</source>
            <translation>رفضت خدمة المواعيد وصول نقطة الاستقبال هذه. يُرجى إبلاغ أحد الوسطاء، واستخدم في الأثناء الموقع الرسمي.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="133" />
            <source>The appointment service is busy. Try again in a minute.</source>
            <translation>خدمة المواعيد مشغولة. أعد المحاولة بعد دقيقة.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="139" />
            <source>At the end of the online pre-application you receive a pre-application number: 10 letters or digits. Write it down or print the summary: the town hall asks for it at the appointment, where fingerprints are taken.</source>
            <translation>في نهاية الطلب المسبق عبر الإنترنت تحصل على رقم الطلب المسبق: 10 أحرف أو أرقام. دوّنه أو اطبع الملخّص: ستطلبه البلدية في الموعد، حيث تُؤخذ بصمات الأصابع.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="144" />
            <source>Pre-application &amp;number:</source>
            <translation>&amp;رقم الطلب المسبق:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="145" />
            <source>Pre-application number</source>
            <translation>رقم الطلب المسبق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="147" />
            <source>10 letters or digits; spaces and small letters are accepted</source>
            <translation>10 أحرف أو أرقام؛ تُقبل المسافات والأحرف الصغيرة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="149" />
            <source>e.g. AB12 CD34 EF</source>
            <translation>مثال: AB12 CD34 EF</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="150" />
            <source>Check the number</source>
            <translation>التحقّق من الرقم</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="151" />
            <source>Check the pre-application number</source>
            <translation>التحقّق من رقم الطلب المسبق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="152" />
            <source>Free appointments near this help point</source>
            <translation>المواعيد المتاحة بالقرب من نقطة الاستقبال هذه</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="154" />
            <source>Free appointments, nearest town halls first</source>
            <translation>المواعيد المتاحة، البلديات الأقرب أولًا</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="156" />
            <source>Appointments in town halls: %1</source>
            <translation>المواعيد في البلديات: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="170" />
            <source>%1 of 10 characters</source>
            <translation>%1 من 10 أحرف</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="173" />
            <source>Too long: %1 characters instead of 10</source>
            <translation>طويل جدًا: %1 حرفًا بدلًا من 10</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="177" />
            <source>Only letters A to Z and digits: “%1” is not accepted</source>
            <translation>الأحرف من A إلى Z والأرقام فقط: «%1» غير مقبول</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="179" />
            <source>Complete number: %1</source>
            <translation>الرقم كامل: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="199" />
            <source>Asking the appointment service…</source>
            <translation>جارٍ الاستعلام من خدمة المواعيد…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="212" />
            <source>Without a connection to ANTS, only the form of the number is checked.</source>
            <translation>من دون اتصال بـ ANTS، يُتحقّق من شكل الرقم فقط.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="220" />
            <source>The appointment service does not answer. Make the appointment on the official site with this number.</source>
            <translation>خدمة المواعيد لا تستجيب. احجز الموعد في الموقع الرسمي بهذا الرقم.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="229" />
            <source>Appointment: %1 at %2</source>
            <translation>الموعد: %1 في %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="248" />
            <source>No free appointment found from here: use the official site.</source>
            <translation>لم يُعثر على موعد متاح من هنا: استخدم الموقع الرسمي.</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../assist_desk/views/printing.py" line="53" />
            <source>Official website</source>
            <extracomment>Body text size on paper, in points (large type for reading at home).</extracomment>
            <translation>الموقع الرسمي</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/printing.py" line="54" />
            <source>Official information</source>
            <translation>المعلومات الرسمية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/printing.py" line="65" />
            <source>Prepared at %1 on %2</source>
            <translation>أعدّ هذه الورقة %1 بتاريخ %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/printing.py" line="67" />
            <source>This sheet holds no personal information. Rules and prices can change: the official pages above prevail. assist_desk is not an ANTS product.</source>
            <translation>لا تحتوي هذه الورقة على أي معلومات شخصية. قد تتغير القواعد والأسعار: الصفحات الرسمية أعلاه هي المرجع. assist_desk ليس من منتجات الوكالة الوطنية للوثائق المؤمَّنة (ANTS).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/printing.py" line="72" />
            <source>Documents to bring</source>
            <translation>الوثائق المطلوب إحضارها</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/printing.py" line="125" />
            <source>Print preview</source>
            <translation>معاينة قبل الطباعة</translation>
        </message>
    </context>
    <context>
        <name>TriageScreen</name>
        <message>
            <location filename="../assist_desk/views/triage.py" line="95" />
            <source>Which procedure do I need? — Result</source>
            <translation>ما الإجراء الذي أحتاجه؟ — النتيجة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="96" />
            <source>Which procedure do I need? — Question %1</source>
            <translation>ما الإجراء الذي أحتاجه؟ — السؤال %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="110" />
            <source>Which procedure do I need?</source>
            <translation>ما الإجراء الذي أحتاجه؟</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="111" />
            <source>&amp;Back</source>
            <translation>&amp;رجوع</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="112" />
            <source>Back to the previous question</source>
            <translation>العودة إلى السؤال السابق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="113" />
            <source>Start &amp;again</source>
            <translation>ال&amp;بدء من جديد</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="114" />
            <source>Start the questions again</source>
            <translation>إعادة الأسئلة من البداية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="115" />
            <source>See the &amp;checklist</source>
            <translation>عرض &amp;قائمة الوثائق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="116" />
            <source>See the full checklist</source>
            <translation>عرض قائمة الوثائق كاملة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="117" />
            <source>&amp;Print…</source>
            <translation>&amp;طباعة…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="118" />
            <source>Print the checklist</source>
            <translation>طباعة قائمة الوثائق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="119" />
            <location filename="../assist_desk/views/triage.py" line="183" />
            <source>Result</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="165" />
            <source>Question %1</source>
            <translation>السؤال %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="186" />
            <source>Here is what you need:</source>
            <translation>إليك ما تحتاجه:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="206" />
            <source>Documents</source>
            <translation>الوثائق</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="231" />
            <source>No printer is available here. Ask a mediator, or note the list.</source>
            <translation>لا توجد طابعة متاحة هنا. اطلب المساعدة من أحد الوسطاء، أو دوّن القائمة.</translation>
        </message>
    </context>
</TS>
