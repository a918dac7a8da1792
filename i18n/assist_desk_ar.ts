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
</TS>
