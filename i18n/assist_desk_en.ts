<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Home</name>
        <message>
            <location filename="../assist_desk/views/features.py" line="28" />
            <source>New request</source>
            <translation>New request</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="29" />
            <source>Start a procedure: registration certificate, licence, ID card, passport</source>
            <translation>Start a procedure: registration certificate, licence, ID card, passport</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="34" />
            <source>Create an ANTS account</source>
            <translation>Create an ANTS account</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="35" />
            <source>For a person, a professional or a town hall</source>
            <translation>For a person, a professional or a town hall</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="38" />
            <source>Questions &amp; answers</source>
            <translation>Questions &amp; answers</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="39" />
            <source>The answers to frequent questions, even without Internet</source>
            <translation>The answers to frequent questions, even without Internet</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="42" />
            <source>Documents to bring</source>
            <translation>Documents to bring</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="43" />
            <source>Lists of documents and fees, ready to print</source>
            <translation>Lists of documents and fees, ready to print</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="46" />
            <source>Find a place</source>
            <translation>Find a place</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="47" />
            <source>Town halls and help points near you</source>
            <translation>Town halls and help points near you</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <location filename="../assist_desk/views/home.py" line="216" />
            <source>Home</source>
            <extracomment>The focus ring is 1 px thicker than the border on each side (QSS).</extracomment>
            <translation>Home</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/home.py" line="219" />
            <source>What would you like to do?</source>
            <translation>What would you like to do?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/home.py" line="221" />
            <source>Choose one of the buttons below. You can come back here at any time.</source>
            <translation>Choose one of the buttons below. You can come back here at any time.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/home.py" line="223" />
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="189" />
            <source>Training mode: nothing is sent to ANTS. All accounts here are fictitious.</source>
            <extracomment>Each language named in itself, as a person looking for it would read it.</extracomment>
            <translation>Training mode: nothing is sent to ANTS. All accounts here are fictitious.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="193" />
            <location filename="../assist_desk/views/main_window.py" line="195" />
            <source>Help point: %1</source>
            <translation>Help point: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="197" />
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="198" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="200" />
            <source>Changes the language of every screen at once; what you typed is kept</source>
            <translation>Changes the language of every screen at once; what you typed is kept</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="202" />
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="203" />
            <source>Back to the home screen</source>
            <translation>Back to the home screen</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="204" />
            <location filename="../assist_desk/views/main_window.py" line="205" />
            <source>End session</source>
            <translation>End session</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="207" />
            <source>Erases everything typed on this screen and starts again for the next person</source>
            <translation>Erases everything typed on this screen and starts again for the next person</translation>
        </message>
    </context>
</TS>
