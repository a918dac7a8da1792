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
        <name>AppointmentsScreen</name>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="286" />
            <location filename="../assist_desk/views/appointments.py" line="289" />
            <source>Pre-application number and appointment</source>
            <translation>Pre-application number and appointment</translation>
        </message>
    </context>
    <context>
        <name>ChecklistsScreen</name>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="200" />
            <location filename="../assist_desk/views/checklists.py" line="214" />
            <source>Documents to bring</source>
            <translation>Documents to bring</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="215" />
            <source>Procedures</source>
            <translation>Procedures</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="216" />
            <source>Checklist</source>
            <translation>Checklist</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="217" />
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="218" />
            <source>Print this checklist</source>
            <translation>Print this checklist</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="219" />
            <source>Save as &amp;PDF</source>
            <translation>Save as &amp;PDF</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="220" />
            <source>Save this checklist as a PDF file</source>
            <translation>Save this checklist as a PDF file</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="221" />
            <source>Which procedure do I need?</source>
            <translation>Which procedure do I need?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="285" />
            <source>Choose a procedure on the left to see the documents to bring.</source>
            <translation>Choose a procedure on the left to see the documents to bring.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="319" />
            <source>No printer is available here. Ask a mediator, or note the list.</source>
            <translation>No printer is available here. Ask a mediator, or note the list.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="343" />
            <source>The PDF file could not be written. Try printing.</source>
            <translation>The PDF file could not be written. Try printing.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="346" />
            <source>Saved: %1</source>
            <translation>Saved: %1</translation>
        </message>
    </context>
    <context>
        <name>Content</name>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="64" />
            <source>This information may be outdated: it was last checked on %1. Check the official page before relying on it.</source>
            <translation>This information may be outdated: it was last checked on %1. Check the official page before relying on it.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="72" />
            <source>Not yet translated: shown in French, which is the reference text.</source>
            <translation>Not yet translated: shown in French, which is the reference text.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="85" />
            <source>free</source>
            <translation>free</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="86" />
            <source>Cost: %1</source>
            <translation>Cost: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="87" />
            <source>Source: %1 — checked on %2</source>
            <translation>Source: %1 — checked on %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="88" />
            <source>Where: %1</source>
            <translation>Where: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="91" />
            <source>Otherwise: %1</source>
            <translation>Otherwise: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="93" />
            <source>Official website: %1</source>
            <translation>Official website: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="94" />
            <source>Where to buy the electronic tax stamp</source>
            <translation>Where to buy the electronic tax stamp</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="89" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="90" />
            <source>if it applies</source>
            <translation>if it applies</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="92" />
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
    </context>
    <context>
        <name>CostCalculator</name>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="81" />
            <source>Cost calculator</source>
            <translation>Cost calculator</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="82" />
            <source>&amp;Region of your home</source>
            <translation>&amp;Region of your home</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="83" />
            <source>Region of your home</source>
            <translation>Region of your home</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="84" />
            <source>&amp;Fiscal horsepower (box P.6)</source>
            <translation>&amp;Fiscal horsepower (box P.6)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="85" />
            <source>Fiscal horsepower</source>
            <translation>Fiscal horsepower</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="87" />
            <source>Written in box P.6 of the registration certificate</source>
            <translation>Written in box P.6 of the registration certificate</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="104" />
            <source>No rate is known for this region on this date.</source>
            <translation>No rate is known for this region on this date.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="108" />
            <source>Estimated total: %1</source>
            <translation>Estimated total: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="110" />
            <source>Regional tax %1 (%2 per horsepower, rate valid since %3)</source>
            <translation>Regional tax %1 (%2 per horsepower, rate valid since %3)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="115" />
            <source>Fixed tax %1, delivery %2</source>
            <translation>Fixed tax %1, delivery %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="120" />
            <source>This rate could not be re-checked recently: confirm it.</source>
            <translation>This rate could not be re-checked recently: confirm it.</translation>
        </message>
    </context>
    <context>
        <name>FaqScreen</name>
        <message>
            <location filename="../assist_desk/views/faq.py" line="127" />
            <location filename="../assist_desk/views/faq.py" line="140" />
            <source>Questions &amp; answers</source>
            <extracomment>Milliseconds of quiet typing before the search runs (results feel instant).</extracomment>
            <translation>Questions &amp; answers</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="141" />
            <source>&amp;Search</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="142" />
            <source>For example: lost passport, carte grise…</source>
            <translation>For example: lost passport, carte grise…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="143" />
            <source>Search the questions and checklists</source>
            <translation>Search the questions and checklists</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="145" />
            <source>Results appear as you type. Spelling mistakes are tolerated.</source>
            <translation>Results appear as you type. Spelling mistakes are tolerated.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="147" />
            <source>&amp;Topic</source>
            <translation>&amp;Topic</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="148" />
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="149" />
            <source>Results</source>
            <translation>Results</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="150" />
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="151" />
            <source>Which procedure do I need?</source>
            <translation>Which procedure do I need?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="153" />
            <location filename="../assist_desk/views/faq.py" line="239" />
            <source>Documents to bring</source>
            <translation>Documents to bring</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="163" />
            <source>All topics</source>
            <translation>All topics</translation>
        </message>
        <message numerus="yes">
            <location filename="../assist_desk/views/faq.py" line="184" />
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n result</numerusform>
                <numerusform>%n results</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="186" />
            <source>No result. Try another word, or choose a topic.</source>
            <translation>No result. Try another word, or choose a topic.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="187" />
            <source>checklist</source>
            <translation>checklist</translation>
        </message>
        <message numerus="yes">
            <location filename="../assist_desk/views/faq.py" line="198" />
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n question</numerusform>
                <numerusform>%n questions</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="238" />
            <source>See also</source>
            <translation>See also</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="251" />
            <source>Open the checklist</source>
            <translation>Open the checklist</translation>
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
    <context>
        <name>PlacesScreen</name>
        <message>
            <location filename="../assist_desk/views/places.py" line="201" />
            <source>Town halls</source>
            <translation>Town halls</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="202" />
            <source>France services</source>
            <translation>France services</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="203" />
            <source>Digital help points</source>
            <translation>Digital help points</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="204" />
            <source>Checked by this help point</source>
            <translation>Checked by this help point</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="209" />
            <source>Town hall taking passport and ID card applications</source>
            <translation>Town hall taking passport and ID card applications</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="210" />
            <source>Approved photographer or photo booth</source>
            <translation>Approved photographer or photo booth</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="211" />
            <source>Approved vehicle registration professional</source>
            <translation>Approved vehicle registration professional</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="212" />
            <source>Help point</source>
            <translation>Help point</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="213" />
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="217" />
            <location filename="../assist_desk/views/places.py" line="220" />
            <source>Find a place</source>
            <translation>Find a place</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="223" />
            <source>Type a town, a postcode or an INSEE code, then choose a suggestion. The nearest places appear by category, from data kept on this computer.</source>
            <translation>Type a town, a postcode or an INSEE code, then choose a suggestion. The nearest places appear by category, from data kept on this computer.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="227" />
            <source>&amp;Town or postcode:</source>
            <translation>&amp;Town or postcode:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="228" />
            <source>Town, postcode or INSEE code</source>
            <translation>Town, postcode or INSEE code</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="230" />
            <source>Suggestions appear as you type; press Enter to search</source>
            <translation>Suggestions appear as you type; press Enter to search</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="232" />
            <source>e.g. 75011, Saint-Denis, Ajaccio</source>
            <translation>e.g. 75011, Saint-Denis, Ajaccio</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="233" />
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="234" />
            <source>Search nearby places</source>
            <translation>Search nearby places</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="235" />
            <source>Near this help point</source>
            <translation>Near this help point</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="236" />
            <source>Search places near this help point</source>
            <translation>Search places near this help point</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="237" />
            <source>&amp;Show:</source>
            <translation>&amp;Show:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="238" />
            <source>Category of places to show</source>
            <translation>Category of places to show</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="241" />
            <source>All categories</source>
            <translation>All categories</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="245" />
            <source>Places found, nearest first</source>
            <translation>Places found, nearest first</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="246" />
            <source>Details of the chosen place</source>
            <translation>Details of the chosen place</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="247" />
            <source>QR code of the address on a map</source>
            <translation>QR code of the address on a map</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="248" />
            <source>Scan to open this address on a map</source>
            <translation>Scan to open this address on a map</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="251" />
            <source>No list kept on this computer says which town halls take passport and identity-card applications, which photographers and photo booths are approved, or which professionals are approved for vehicle registration. Check that a town hall takes passport and identity-card applications before going there.</source>
            <translation>No list kept on this computer says which town halls take passport and identity-card applications, which photographers and photo booths are approved, or which professionals are approved for vehicle registration. Check that a town hall takes passport and identity-card applications before going there.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="258" />
            <source>Town halls and appointments: %1</source>
            <translation>Town halls and appointments: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="262" />
            <source>Photographers, photo booths, approved professionals (ANTS): %1</source>
            <translation>Photographers, photo booths, approved professionals (ANTS): %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="277" />
            <source>Data: town halls from the DILA directory; France services (ANCT, December 2022); digital help points (2021-2024); communes COG 2026. Licence Ouverte. Details in About.</source>
            <translation>Data: town halls from the DILA directory; France services (ANCT, December 2022); digital help points (2021-2024); communes COG 2026. Licence Ouverte. Details in About.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="285" />
            <source>The help point's own list of places has problems: %1</source>
            <translation>The help point's own list of places has problems: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="294" />
            <source>The list of places could not be opened. Please tell a mediator.</source>
            <translation>The list of places could not be opened. Please tell a mediator.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="296" />
            <source>Loading the list of places…</source>
            <translation>Loading the list of places…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="298" />
            <source>Nothing found for this search. Try a postcode or another spelling.</source>
            <translation>Nothing found for this search. Try a postcode or another spelling.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="302" />
            <source>Places near this help point</source>
            <translation>Places near this help point</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="304" />
            <source>Places near %1</source>
            <translation>Places near %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="366" />
            <source>None near here in the data on this computer</source>
            <translation>None near here in the data on this computer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="381" />
            <source>%1 m</source>
            <translation>%1 m</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="382" />
            <source>%1 km</source>
            <translation>%1 km</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="386" />
            <source>Opening hours unknown</source>
            <translation>Opening hours unknown</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="388" />
            <source>Closed today</source>
            <translation>Closed today</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="389" />
            <source>open now</source>
            <translation>open now</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="389" />
            <source>closed now</source>
            <translation>closed now</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="390" />
            <source>Today: %1 (%2)</source>
            <translation>Today: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="412" />
            <source>Choose a place in the list to see its details.</source>
            <translation>Choose a place in the list to see its details.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="420" />
            <source>Phone: %1</source>
            <translation>Phone: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="422" />
            <source>Website: %1</source>
            <translation>Website: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="428" />
            <source>Check that this town hall takes passport and identity-card applications.</source>
            <translation>Check that this town hall takes passport and identity-card applications.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="431" />
            <source>Position approximate (centre of the town).</source>
            <translation>Position approximate (centre of the town).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="433" />
            <source>Information dated %1</source>
            <translation>Information dated %1</translation>
        </message>
    </context>
    <context>
        <name>PreApplicationWidget</name>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="102" />
            <source>Valid: this number can be used to make an appointment in any town hall that takes passport and identity-card applications.</source>
            <translation>Valid: this number can be used to make an appointment in any town hall that takes passport and identity-card applications.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="106" />
            <source>Already used: an application was made with this number. It cannot be used again; make a new pre-application if needed.</source>
            <translation>Already used: an application was made with this number. It cannot be used again; make a new pre-application if needed.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="110" />
            <source>Not recognised by ANTS yet: check the number on the pre-application summary, or wait a little and try again.</source>
            <translation>Not recognised by ANTS yet: check the number on the pre-application summary, or wait a little and try again.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="114" />
            <source>Unknown: ANTS does not know this number. Check each character on the pre-application summary.</source>
            <translation>Unknown: ANTS does not know this number. Check each character on the pre-application summary.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="118" />
            <source>Expired: this pre-application is too old. Make a new pre-application.</source>
            <translation>Expired: this pre-application is too old. Make a new pre-application.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="125" />
            <source>The status cannot be checked from here. Make the appointment on the official site with this number.</source>
            <translation>The status cannot be checked from here. Make the appointment on the official site with this number.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="128" />
            <source>The number must have 10 letters or digits.</source>
            <translation>The number must have 10 letters or digits.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="130" />
            <source>The appointment service refused this help point's access. Please tell a mediator; meanwhile use the official site.</source>
            <translation>The appointment service refused this help point's access. Please tell a mediator; meanwhile use the official site.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="133" />
            <source>The appointment service is busy. Try again in a minute.</source>
            <translation>The appointment service is busy. Try again in a minute.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="139" />
            <source>At the end of the online pre-application you receive a pre-application number: 10 letters or digits. Write it down or print the summary: the town hall asks for it at the appointment, where fingerprints are taken.</source>
            <translation>At the end of the online pre-application you receive a pre-application number: 10 letters or digits. Write it down or print the summary: the town hall asks for it at the appointment, where fingerprints are taken.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="144" />
            <source>Pre-application &amp;number:</source>
            <translation>Pre-application &amp;number:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="145" />
            <source>Pre-application number</source>
            <translation>Pre-application number</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="147" />
            <source>10 letters or digits; spaces and small letters are accepted</source>
            <translation>10 letters or digits; spaces and small letters are accepted</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="149" />
            <source>e.g. AB12 CD34 EF</source>
            <translation>e.g. AB12 CD34 EF</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="150" />
            <source>Check the number</source>
            <translation>Check the number</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="151" />
            <source>Check the pre-application number</source>
            <translation>Check the pre-application number</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="152" />
            <source>Free appointments near this help point</source>
            <translation>Free appointments near this help point</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="154" />
            <source>Free appointments, nearest town halls first</source>
            <translation>Free appointments, nearest town halls first</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="156" />
            <source>Appointments in town halls: %1</source>
            <translation>Appointments in town halls: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="170" />
            <source>%1 of 10 characters</source>
            <translation>%1 of 10 characters</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="173" />
            <source>Too long: %1 characters instead of 10</source>
            <translation>Too long: %1 characters instead of 10</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="177" />
            <source>Only letters A to Z and digits: “%1” is not accepted</source>
            <translation>Only letters A to Z and digits: “%1” is not accepted</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="179" />
            <source>Complete number: %1</source>
            <translation>Complete number: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="199" />
            <source>Asking the appointment service…</source>
            <translation>Asking the appointment service…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="212" />
            <source>Without a connection to ANTS, only the form of the number is checked.</source>
            <translation>Without a connection to ANTS, only the form of the number is checked.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="220" />
            <source>The appointment service does not answer. Make the appointment on the official site with this number.</source>
            <translation>The appointment service does not answer. Make the appointment on the official site with this number.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="229" />
            <source>Appointment: %1 at %2</source>
            <translation>Appointment: %1 at %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="248" />
            <source>No free appointment found from here: use the official site.</source>
            <translation>No free appointment found from here: use the official site.</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../assist_desk/views/printing.py" line="53" />
            <source>Official website</source>
            <extracomment>Body text size on paper, in points (large type for reading at home).</extracomment>
            <translation>Official website</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/printing.py" line="54" />
            <source>Official information</source>
            <translation>Official information</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/printing.py" line="65" />
            <source>Prepared at %1 on %2</source>
            <translation>Prepared at %1 on %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/printing.py" line="67" />
            <source>This sheet holds no personal information. Rules and prices can change: the official pages above prevail. assist_desk is not an ANTS product.</source>
            <translation>This sheet holds no personal information. Rules and prices can change: the official pages above prevail. assist_desk is not an ANTS product.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/printing.py" line="72" />
            <source>Documents to bring</source>
            <translation>Documents to bring</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/printing.py" line="125" />
            <source>Print preview</source>
            <translation>Print preview</translation>
        </message>
    </context>
    <context>
        <name>TriageScreen</name>
        <message>
            <location filename="../assist_desk/views/triage.py" line="95" />
            <source>Which procedure do I need? — Result</source>
            <translation>Which procedure do I need? — Result</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="96" />
            <source>Which procedure do I need? — Question %1</source>
            <translation>Which procedure do I need? — Question %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="110" />
            <source>Which procedure do I need?</source>
            <translation>Which procedure do I need?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="111" />
            <source>&amp;Back</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="112" />
            <source>Back to the previous question</source>
            <translation>Back to the previous question</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="113" />
            <source>Start &amp;again</source>
            <translation>Start &amp;again</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="114" />
            <source>Start the questions again</source>
            <translation>Start the questions again</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="115" />
            <source>See the &amp;checklist</source>
            <translation>See the &amp;checklist</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="116" />
            <source>See the full checklist</source>
            <translation>See the full checklist</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="117" />
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="118" />
            <source>Print the checklist</source>
            <translation>Print the checklist</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="119" />
            <location filename="../assist_desk/views/triage.py" line="183" />
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="165" />
            <source>Question %1</source>
            <translation>Question %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="186" />
            <source>Here is what you need:</source>
            <translation>Here is what you need:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="206" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="231" />
            <source>No printer is available here. Ask a mediator, or note the list.</source>
            <translation>No printer is available here. Ask a mediator, or note the list.</translation>
        </message>
    </context>
</TS>
