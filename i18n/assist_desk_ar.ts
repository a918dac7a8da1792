<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
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
            <location filename="../assist_desk/views/home.py" line="216" />
            <source>Home</source>
            <extracomment>The focus ring is 1 px thicker than the border on each side (QSS).</extracomment>
            <translation>الصفحة الرئيسية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/home.py" line="219" />
            <source>What would you like to do?</source>
            <translation>ماذا تريد أن تفعل؟</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/home.py" line="221" />
            <source>Choose one of the buttons below. You can come back here at any time.</source>
            <translation>اختر أحد الأزرار أدناه. يمكنك العودة إلى هنا في أي وقت.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/home.py" line="223" />
            <source>Loading…</source>
            <translation>جارٍ التحميل…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="189" />
            <source>Training mode: nothing is sent to ANTS. All accounts here are fictitious.</source>
            <extracomment>Each language named in itself, as a person looking for it would read it.</extracomment>
            <translation>وضع التدريب: لا يُرسل أي شيء إلى ANTS. كل الحسابات هنا وهمية.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="193" />
            <location filename="../assist_desk/views/main_window.py" line="195" />
            <source>Help point: %1</source>
            <translation>نقطة المساعدة: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="197" />
            <source>&amp;Language</source>
            <translation>ال&amp;لغة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="198" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="200" />
            <source>Changes the language of every screen at once; what you typed is kept</source>
            <translation>يغيّر لغة جميع الشاشات دفعة واحدة؛ ويُحتفَظ بما كتبته</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="202" />
            <source>Home</source>
            <translation>الرئيسية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="203" />
            <source>Back to the home screen</source>
            <translation>العودة إلى الصفحة الرئيسية</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="204" />
            <location filename="../assist_desk/views/main_window.py" line="205" />
            <source>End session</source>
            <translation>إنهاء الجلسة</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="207" />
            <source>Erases everything typed on this screen and starts again for the next person</source>
            <translation>يمحو كل ما تمت كتابته ويبدأ من جديد للشخص التالي</translation>
        </message>
    </context>
</TS>
