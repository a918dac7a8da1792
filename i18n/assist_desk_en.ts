<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AboutScreen</name>
        <message>
            <location filename="../assist_desk/views/about.py" line="140" />
            <source>About</source>
            <extracomment>The id of the About screen (the top bar's "About" button opens it).</extracomment>
            <translation>About</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="145" />
            <source>No offline content pack is installed.</source>
            <translation>No offline content pack is installed.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="147" />
            <source>Offline content: version %1.</source>
            <translation>Offline content: version %1.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="150" />
            <source>Offline content: version %1, published on %2.</source>
            <translation>Offline content: version %1, published on %2.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="156" />
            <source>About assist_desk</source>
            <translation>About assist_desk</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="157" />
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="161" />
            <source>assist_desk is free software under the European Union Public Licence (EUPL) version 1.2.</source>
            <translation>assist_desk is free software under the European Union Public Licence (EUPL) version 1.2.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="167" />
            <source>Nothing you type here is kept on this computer: it is erased when the session ends.</source>
            <translation>Nothing you type here is kept on this computer: it is erased when the session ends.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="171" />
            <source>&amp;Sources of the information shipped with it:</source>
            <translation>&amp;Sources of the information shipped with it:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="177" />
            <source>No data files are shipped with this copy.</source>
            <translation>No data files are shipped with this copy.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="178" />
            <source>Sources of the information shipped with it</source>
            <translation>Sources of the information shipped with it</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="180" />
            <source>Where each set of data comes from, its licence and its date</source>
            <translation>Where each set of data comes from, its licence and its date</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="182" />
            <location filename="../assist_desk/views/about.py" line="183" />
            <source>Back to the home screen</source>
            <translation>Back to the home screen</translation>
        </message>
    </context>
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
            <location filename="../assist_desk/views/home.py" line="58" />
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/home.py" line="61" />
            <source>What would you like to do?</source>
            <translation>What would you like to do?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/home.py" line="63" />
            <source>Choose one of the buttons below. You can come back here at any time.</source>
            <translation>Choose one of the buttons below. You can come back here at any time.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/home.py" line="65" />
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="173" />
            <source>Training mode: nothing is sent to ANTS. All accounts here are fictitious.</source>
            <extracomment>Each language named in itself, as a person looking for it would read it.</extracomment>
            <translation>Training mode: nothing is sent to ANTS. All accounts here are fictitious.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="177" />
            <source>Help point: %1</source>
            <translation>Help point: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="179" />
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="180" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="181" />
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="182" />
            <source>Back to the home screen</source>
            <translation>Back to the home screen</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="183" />
            <source>About</source>
            <translation>About</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="184" />
            <source>About this application</source>
            <translation>About this application</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="185" />
            <location filename="../assist_desk/views/main_window.py" line="186" />
            <source>End session</source>
            <translation>End session</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="188" />
            <source>Erases everything typed on this screen and starts again for the next person</source>
            <translation>Erases everything typed on this screen and starts again for the next person</translation>
        </message>
    </context>
</TS>
