<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AboutScreen</name>
        <message>
            <location filename="../assist_desk/views/about.py" line="199" />
            <source>About</source>
            <extracomment>The id of the About screen (the top bar's "About" button opens it). The id of the mediators' sources and licences screen.</extracomment>
            <translation>About</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="204" />
            <source>No date is known for the information on this computer.</source>
            <translation>No date is known for the information on this computer.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="205" />
            <source>The information on this computer was checked on %1.</source>
            <translation>The information on this computer was checked on %1.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="210" />
            <source>About this help point</source>
            <translation>About this help point</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="213" />
            <source>This help point is run by: %1.</source>
            <translation>This help point is run by: %1.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="215" />
            <source>This help point is run by a local public service.</source>
            <translation>This help point is run by a local public service.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="217" />
            <source>This application is not an ANTS product. It helps you use the official websites, where your procedure is done.</source>
            <translation>This application is not an ANTS product. It helps you use the official websites, where your procedure is done.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="221" />
            <source>Nothing you type here is kept on this computer: it is erased when the session ends.</source>
            <translation>Nothing you type here is kept on this computer: it is erased when the session ends.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="225" />
            <source>assist_desk version %1, free software.</source>
            <translation>assist_desk version %1, free software.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="234" />
            <location filename="../assist_desk/views/about.py" line="235" />
            <location filename="../assist_desk/views/about.py" line="243" />
            <source>Accessibility statement</source>
            <translation>Accessibility statement</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="237" />
            <location filename="../assist_desk/views/about.py" line="238" />
            <source>Sources and licences</source>
            <translation>Sources and licences</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="244" />
            <location filename="../assist_desk/views/about.py" line="245" />
            <source>Back to the home screen</source>
            <translation>Back to the home screen</translation>
        </message>
    </context>
    <context>
        <name>AppointmentsScreen</name>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="302" />
            <location filename="../assist_desk/views/appointments.py" line="305" />
            <source>Pre-application number and appointment</source>
            <translation>Pre-application number and appointment</translation>
        </message>
    </context>
    <context>
        <name>AskMediatorScreen</name>
        <message>
            <location filename="../assist_desk/views/ask_mediator.py" line="50" />
            <source>Ask a mediator</source>
            <translation>Ask a mediator</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/ask_mediator.py" line="53" />
            <source>A mediator can help you</source>
            <translation>A mediator can help you</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/ask_mediator.py" line="55" />
            <source>Raise your hand so that a mediator sees you, or go to the help point's desk.</source>
            <translation>Raise your hand so that a mediator sees you, or go to the help point's desk.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/ask_mediator.py" line="58" />
            <source>Back to where I was</source>
            <translation>Back to where I was</translation>
        </message>
    </context>
    <context>
        <name>AttractScreen</name>
        <message>
            <location filename="../assist_desk/views/attract.py" line="437" />
            <source>Welcome</source>
            <extracomment>Each language named in itself, as a person looking for it would read it. The attract screen's parts, top to bottom, from the fullest screen to the shortest (see ``AttractScreen._arrange``). "stretch" is empty room that a short screen lacks. The parts moved from one order to another (the others keep their order). The parts measured to know what a short window shows of an order. The logo's height at most, in pixels (the welcome screen still fits 800 px). K-5: what can be done here, as the four procedures' pictograms. Between two pictograms, across and down. Above the name: less on a screen too short to show everything. K-5: the help point's logo, when the operator set one (``site_logo``).</extracomment>
            <translation>Welcome</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="441" />
            <source>Welcome. We can help you with your ANTS procedures.</source>
            <translation>Welcome. We can help you with your ANTS procedures.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="442" />
            <source>Touch to start</source>
            <translation>Touch to start</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="446" />
            <source>Starts a new session. Nothing from the previous person is kept.</source>
            <translation>Starts a new session. Nothing from the previous person is kept.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="450" />
            <source>Everything you type is erased when you press “End session”, or after a few minutes without use.</source>
            <translation>Everything you type is erased when you press “End session”, or after a few minutes without use.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="455" />
            <source>Registration certificate</source>
            <translation>Registration certificate</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="456" />
            <source>Driving licence</source>
            <translation>Driving licence</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="457" />
            <source>Identity card</source>
            <translation>Identity card</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="458" />
            <source>Passport</source>
            <translation>Passport</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="462" />
            <source>Here you can get help with:</source>
            <translation>Here you can get help with:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="463" />
            <location filename="../assist_desk/views/attract.py" line="464" />
            <source>Larger text</source>
            <translation>Larger text</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="465" />
            <location filename="../assist_desk/views/attract.py" line="466" />
            <source>High contrast</source>
            <translation>High contrast</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="467" />
            <location filename="../assist_desk/views/attract.py" line="468" />
            <source>Choose your language:</source>
            <translation>Choose your language:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="469" />
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="470" />
            <source>Staff sign-in</source>
            <translation>Staff sign-in</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="472" />
            <source>For the help point's mediators: asks for the PIN</source>
            <translation>For the help point's mediators: asks for the PIN</translation>
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
            <translation>Official site</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="310" />
            <source>Site shown: %1</source>
            <translation>Site shown: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="398" />
            <source>Back to the application</source>
            <translation>Back to the application</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="399" />
            <location filename="../assist_desk/views/browser/screen.py" line="420" />
            <location filename="../assist_desk/views/browser/screen.py" line="437" />
            <location filename="../assist_desk/views/browser/screen.py" line="443" />
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="399" />
            <source>Previous page</source>
            <translation>Previous page</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="400" />
            <source>Reload</source>
            <translation>Reload</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="400" />
            <source>Load the page again</source>
            <translation>Load the page again</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="401" />
            <source>Smaller text</source>
            <translation>Smaller text</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="402" />
            <source>Larger text</source>
            <translation>Larger text</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="415" />
            <source>This page is not available at this kiosk</source>
            <translation>This page is not available at this kiosk</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="417" />
            <source>This kiosk only opens official sites, to keep your information safe. To open this page on your phone, scan the code with its camera.</source>
            <translation>This kiosk only opens official sites, to keep your information safe. To open this page on your phone, scan the code with its camera.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="422" />
            <source>This page stopped working</source>
            <translation>This page stopped working</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="424" />
            <source>This can happen. Start the page again; if it stops again, ask a mediator.</source>
            <translation>This can happen. Start the page again; if it stops again, ask a mediator.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="426" />
            <source>Start again</source>
            <translation>Start again</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="428" />
            <source>No scanned document yet</source>
            <translation>No scanned document yet</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="430" />
            <source>To send a document, first scan it with this help point's scanner, then press the page's button again. If you see no scanner, ask a mediator.</source>
            <translation>To send a document, first scan it with this help point's scanner, then press the page's button again. If you see no scanner, ask a mediator.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="433" />
            <source>Back to the page</source>
            <translation>Back to the page</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="435" />
            <source>The document could not be received</source>
            <translation>The document could not be received</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="436" />
            <source>Try again on the page. If it fails again, ask a mediator.</source>
            <translation>Try again on the page. If it fails again, ask a mediator.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="439" />
            <source>This document cannot be shown here</source>
            <translation>This document cannot be shown here</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="441" />
            <source>Only PDF documents can be shown and printed here. A mediator can help you.</source>
            <translation>Only PDF documents can be shown and printed here. A mediator can help you.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="448" />
            <source>Code to scan with a phone to open this page</source>
            <translation>Code to scan with a phone to open this page</translation>
        </message>
    </context>
    <context>
        <name>ChecklistsScreen</name>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="438" />
            <location filename="../assist_desk/views/checklists.py" line="537" />
            <source>Documents to bring</source>
            <translation>Documents to bring</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="538" />
            <source>‹ Back to the procedures</source>
            <translation>‹ Back to the procedures</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="539" />
            <source>Back to the procedures</source>
            <translation>Back to the procedures</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="540" />
            <source>Choose a procedure first: then you can print its list.</source>
            <translation>Choose a procedure first: then you can print its list.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="541" />
            <source>Procedures</source>
            <translation>Procedures</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="542" />
            <source>Checklist</source>
            <translation>Checklist</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="543" />
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="544" />
            <source>Print this checklist</source>
            <translation>Print this checklist</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="545" />
            <source>Save as &amp;PDF</source>
            <translation>Save as &amp;PDF</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="547" />
            <source>Save as PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="548" />
            <source>Save this checklist as a PDF file</source>
            <translation>Save this checklist as a PDF file</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="549" />
            <source>Which procedure do I need?</source>
            <translation>Which procedure do I need?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="662" />
            <source>Choose a procedure</source>
            <translation>Choose a procedure</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="664" />
            <source>Choose a procedure in the list to see the documents to bring.</source>
            <translation>Choose a procedure in the list to see the documents to bring.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="668" />
            <source>Not sure which one? The button “Which procedure do I need?” asks you a few simple questions.</source>
            <translation>Not sure which one? The button “Which procedure do I need?” asks you a few simple questions.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="675" />
            <source>For a vehicle registration certificate, the list also estimates its cost.</source>
            <translation>For a vehicle registration certificate, the list also estimates its cost.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="687" />
            <source>Back to the translation</source>
            <translation>Back to the translation</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="687" />
            <source>Show the French text</source>
            <translation>Show the French text</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="739" />
            <source>No printer is available here. Ask a mediator, or note the list.</source>
            <translation>No printer is available here. Ask a mediator, or note the list.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="768" />
            <source>The PDF file could not be written. Try printing.</source>
            <translation>The PDF file could not be written. Try printing.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="771" />
            <source>Saved: %1</source>
            <translation>Saved: %1</translation>
        </message>
    </context>
    <context>
        <name>Content</name>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="79" />
            <source>This information may be outdated: it was last checked on %1. Check the official page before relying on it.</source>
            <translation>This information may be outdated: it was last checked on %1. Check the official page before relying on it.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="87" />
            <source>Not yet translated: shown in French, which is the reference text.</source>
            <translation>Not yet translated: shown in French, which is the reference text.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="100" />
            <source>free</source>
            <translation>free</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="101" />
            <source>Cost: %1</source>
            <translation>Cost: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="102" />
            <source>Source: %1 — checked on %2</source>
            <translation>Source: %1 — checked on %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="103" />
            <source>Where: %1</source>
            <translation>Where: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="106" />
            <source>Otherwise: %1</source>
            <translation>Otherwise: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="108" />
            <source>Official website: %1</source>
            <translation>Official website: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="109" />
            <source>Where to buy the electronic tax stamp</source>
            <translation>Where to buy the electronic tax stamp</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="112" />
            <source>To recheck: its source could not confirm it that day. Check the official page.</source>
            <translation>To recheck: its source could not confirm it that day. Check the official page.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="116" />
            <source>Translated from French, which is the reference text.</source>
            <translation>Translated from French, which is the reference text.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="176" />
            <source>Checked on %1</source>
            <translation>Checked on %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="104" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="105" />
            <source>if it applies</source>
            <translation>if it applies</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="107" />
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
    </context>
    <context>
        <name>CostCalculator</name>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="224" />
            <source>Cost calculator</source>
            <extracomment>A touch target's least height at a kiosk (the review's 80 px for choices). Between a calculator's label and its field: nearer than to the field above. Lines of a checklist always in view, whatever sits under it. (energy id, label); labels are translated in retranslate_ui.</extracomment>
            <translation>Cost calculator</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="225" />
            <source>&amp;Region of your home</source>
            <translation>&amp;Region of your home</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="226" />
            <source>Region of your home</source>
            <translation>Region of your home</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="227" />
            <source>&amp;Fiscal horsepower (box P.6)</source>
            <translation>&amp;Fiscal horsepower (box P.6)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="228" />
            <source>Fiscal horsepower</source>
            <translation>Fiscal horsepower</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="230" />
            <source>Written in box P.6 of the registration certificate</source>
            <translation>Written in box P.6 of the registration certificate</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="232" />
            <source>&amp;Year of first registration (box B)</source>
            <translation>&amp;Year of first registration (box B)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="233" />
            <source>Year of first registration</source>
            <translation>Year of first registration</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="235" />
            <source>Written in box B of the registration certificate</source>
            <translation>Written in box B of the registration certificate</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="237" />
            <source>&amp;Energy</source>
            <translation>&amp;Energy</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="238" />
            <source>Energy</source>
            <translation>Energy</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="240" />
            <source>Petrol, diesel or other</source>
            <translation>Petrol, diesel or other</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="241" />
            <source>Electric or hydrogen</source>
            <translation>Electric or hydrogen</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="242" />
            <source>Hybrid</source>
            <translation>Hybrid</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="243" />
            <source>Superethanol E85</source>
            <translation>Superethanol E85</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="274" />
            <source>No rate is known for this region on this date.</source>
            <translation>No rate is known for this region on this date.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="283" />
            <source>Regional tax %1 (%2 per horsepower, rate in force on %3; start date to recheck)</source>
            <translation>Regional tax %1 (%2 per horsepower, rate in force on %3; start date to recheck)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="286" />
            <source>Estimated total: %1</source>
            <translation>Estimated total: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="279" />
            <source>Regional tax %1 (%2 per horsepower, rate valid since %3)</source>
            <translation>Regional tax %1 (%2 per horsepower, rate valid since %3)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="292" />
            <source>This region does not charge the regional tax for this energy.</source>
            <translation>This region does not charge the regional tax for this energy.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="294" />
            <source>This region halves the regional tax for this energy.</source>
            <translation>This region halves the regional tax for this energy.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="296" />
            <source>Halved: the vehicle was first registered 10 years ago or more.</source>
            <translation>Halved: the vehicle was first registered 10 years ago or more.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="299" />
            <source>Near 10 years, the exact date in box B decides whether it is halved.</source>
            <translation>Near 10 years, the exact date in box B decides whether it is halved.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="302" />
            <source>Fixed tax %1, delivery %2</source>
            <translation>Fixed tax %1, delivery %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="307" />
            <source>Rate checked on %1</source>
            <translation>Rate checked on %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="312" />
            <source>To recheck: a figure used could not be confirmed.</source>
            <translation>To recheck: a figure used could not be confirmed.</translation>
        </message>
    </context>
    <context>
        <name>DocumentPanel</name>
        <message>
            <location filename="../assist_desk/views/browser/document.py" line="98" />
            <source>Page %1</source>
            <extracomment>Pages rendered at most (a receipt has one or two; a long file is the site's to print). Width of a rendered page, in pixels (about 150 dpi on A4).</extracomment>
            <translation>Page %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/document.py" line="134" />
            <source>Your document</source>
            <translation>Your document</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/document.py" line="136" />
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/document.py" line="137" />
            <source>Close the document</source>
            <translation>Close the document</translation>
        </message>
    </context>
    <context>
        <name>FaqScreen</name>
        <message>
            <location filename="../assist_desk/views/faq.py" line="273" />
            <location filename="../assist_desk/views/faq.py" line="348" />
            <source>Questions &amp; answers</source>
            <extracomment>Milliseconds of quiet typing before the search runs (results feel instant). A touch target's least height at a kiosk (the review's 80 px for choices). What a list item opens: ("faq" or "checklist", id).</extracomment>
            <translation>Questions &amp; answers</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="349" />
            <source>&amp;Search</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="350" />
            <source>For example: lost passport, carte grise…</source>
            <translation>For example: lost passport, carte grise…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="351" />
            <source>Search the questions and checklists</source>
            <translation>Search the questions and checklists</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="352" />
            <location filename="../assist_desk/views/faq.py" line="353" />
            <source>Clear the search</source>
            <translation>Clear the search</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="355" />
            <source>Results appear as you type. Spelling mistakes are tolerated.</source>
            <translation>Results appear as you type. Spelling mistakes are tolerated.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="357" />
            <source>&amp;Topic</source>
            <translation>&amp;Topic</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="358" />
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="359" />
            <source>Results</source>
            <translation>Results</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="360" />
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="362" />
            <source>Choose a question in the list, or type a few words in the search box.</source>
            <translation>Choose a question in the list, or type a few words in the search box.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="365" />
            <source>‹ Back to the questions</source>
            <translation>‹ Back to the questions</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="366" />
            <source>Back to the questions</source>
            <translation>Back to the questions</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="369" />
            <source>Which procedure do I need?</source>
            <translation>Which procedure do I need?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="371" />
            <source>Documents to bring</source>
            <translation>Documents to bring</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="385" />
            <source>All topics</source>
            <translation>All topics</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="410" />
            <source>No good answer found. The closest ones are below; a mediator can help you.</source>
            <translation>No good answer found. The closest ones are below; a mediator can help you.</translation>
        </message>
        <message numerus="yes">
            <location filename="../assist_desk/views/faq.py" line="414" />
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n result</numerusform>
                <numerusform>%n results</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="416" />
            <source>No result. Try another word, or choose a topic.</source>
            <translation>No result. Try another word, or choose a topic.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="421" />
            <source>checklist</source>
            <translation>checklist</translation>
        </message>
        <message numerus="yes">
            <location filename="../assist_desk/views/faq.py" line="429" />
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n question</numerusform>
                <numerusform>%n questions</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="367" />
            <location filename="../assist_desk/views/faq.py" line="368" />
            <source>See also</source>
            <translation>See also</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="450" />
            <source>Frequent questions</source>
            <translation>Frequent questions</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="548" />
            <location filename="../assist_desk/views/faq.py" line="586" />
            <source>Documents to bring: %1</source>
            <translation>Documents to bring: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="550" />
            <location filename="../assist_desk/views/faq.py" line="570" />
            <source>Source: %1</source>
            <translation>Source: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="606" />
            <source>Hide the French text</source>
            <translation>Hide the French text</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="606" />
            <source>Show the French text</source>
            <translation>Show the French text</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="608" />
            <source>Translated from French, which is the reference text.</source>
            <translation>Translated from French, which is the reference text.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="375" />
            <source>Questions not yet translated are shown in French, the reference text.</source>
            <translation>Questions not yet translated are shown in French, the reference text.</translation>
        </message>
    </context>
    <context>
        <name>FarewellScreen</name>
        <message numerus="yes">
            <location filename="../assist_desk/views/farewell.py" line="104" />
            <source>The screen returns to the start in %n second(s).</source>
            <extracomment>Long enough to read two short lines and take the paper; short for privacy. A page was printed in this session: the reminder is about the paper.</extracomment>
            <translation>
                <numerusform>The screen returns to the start in %n second.</numerusform>
                <numerusform>The screen returns to the start in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/farewell.py" line="130" />
            <source>Goodbye</source>
            <translation>Goodbye</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/farewell.py" line="136" />
            <source>Don't forget your printed summary</source>
            <translation>Don't forget your printed summary</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/farewell.py" line="139" />
            <source>Take your papers with you. Everything you typed is erased when this screen closes: the next person will see nothing of it.</source>
            <translation>Take your papers with you. Everything you typed is erased when this screen closes: the next person will see nothing of it.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/farewell.py" line="143" />
            <source>I have everything</source>
            <translation>I have everything</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/farewell.py" line="145" />
            <source>Thank you, goodbye</source>
            <translation>Thank you, goodbye</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/farewell.py" line="148" />
            <source>Everything you typed is erased when this screen closes: the next person will see nothing of it.</source>
            <translation>Everything you typed is erased when this screen closes: the next person will see nothing of it.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/farewell.py" line="152" />
            <source>Finish now</source>
            <translation>Finish now</translation>
        </message>
    </context>
    <context>
        <name>Flows</name>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="25" />
            <source>A private person</source>
            <translation>A private person</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="26" />
            <source>For your own procedures. You need an e-mail address you can open.</source>
            <translation>For your own procedures. You need an e-mail address you can open.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="31" />
            <source>A car professional (SIV)</source>
            <translation>A car professional (SIV)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="32" />
            <source>For garages authorised by their prefecture to register vehicles. You need the authorisation, a SIRET number and an e-mail address.</source>
            <translation>For garages authorised by their prefecture to register vehicles. You need the authorisation, a SIRET number and an e-mail address.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="39" />
            <source>A driving school</source>
            <translation>A driving school</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="43" />
            <source>A road-safety training centre</source>
            <translation>A road-safety training centre</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="51" />
            <source>A town hall with a fingerprint station</source>
            <translation>A town hall with a fingerprint station</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="52" />
            <source>Town halls that take ID card and passport applications. The account is requested from the agency, with an e-mail address it can write to.</source>
            <translation>Town halls that take ID card and passport applications. The account is requested from the agency, with an e-mail address it can write to.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="59" />
            <source>Another company or association</source>
            <translation>Another company or association</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="60" />
            <source>You need its SIRET number and an e-mail address.</source>
            <translation>You need its SIRET number and an e-mail address.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="66" />
            <source>Do you have an e-mail address that you can open now, here?</source>
            <translation>Do you have an e-mail address that you can open now, here?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="69" />
            <source>Has your prefecture authorised you to register vehicles (SIV)?</source>
            <translation>Has your prefecture authorised you to register vehicles (SIV)?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="72" />
            <source>Do you have the SIRET number (14 digits) at hand?</source>
            <translation>Do you have the SIRET number (14 digits) at hand?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="73" />
            <source>Do you have the prefecture's approval number at hand?</source>
            <translation>Do you have the prefecture's approval number at hand?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="77" />
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="78" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="82" />
            <source>Who is the account for?</source>
            <translation>Who is the account for?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="83" />
            <source>Before we start</source>
            <translation>Before we start</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="84" />
            <source>Create an e-mail address first</source>
            <translation>Create an e-mail address first</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="85" />
            <source>The prefecture's authorisation</source>
            <translation>The prefecture's authorisation</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="86" />
            <source>Find the SIRET number</source>
            <translation>Find the SIRET number</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="87" />
            <source>The approval number</source>
            <translation>The approval number</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="88" />
            <source>How do you want to sign in?</source>
            <translation>How do you want to sign in?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="89" />
            <source>FranceConnect</source>
            <translation>FranceConnect</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="90" />
            <source>Your details</source>
            <translation>Your details</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="91" />
            <source>The town hall's request</source>
            <translation>The town hall's request</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="92" />
            <source>Terms of Use</source>
            <translation>Terms of Use</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="93" />
            <source>Please read carefully</source>
            <translation>Please read carefully</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="94" />
            <source>Check your e-mail</source>
            <translation>Check your e-mail</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="95" />
            <source>Waiting for the prefecture</source>
            <translation>Waiting for the prefecture</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="96" />
            <source>Your account is ready</source>
            <translation>Your account is ready</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="97" />
            <source>Request sent</source>
            <translation>Request sent</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="98" />
            <source>The Terms of Use have changed</source>
            <translation>The Terms of Use have changed</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="99" />
            <source>Accept the new Terms of Use</source>
            <translation>Accept the new Terms of Use</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="100" />
            <source>Thank you</source>
            <translation>Thank you</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="101" />
            <source>Your ANTS account</source>
            <translation>Your ANTS account</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="102" />
            <source>No procedure for this account</source>
            <translation>No procedure for this account</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="103" />
            <source>What is it about?</source>
            <translation>What is it about?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="104" />
            <source>Which procedure?</source>
            <translation>Which procedure?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="105" />
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="106" />
            <source>Do you use FranceConnect?</source>
            <translation>Do you use FranceConnect?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="107" />
            <source>Two ways to do it</source>
            <translation>Two ways to do it</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="108" />
            <source>An authorised professional</source>
            <translation>An authorised professional</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="109" />
            <source>Continue on the official site</source>
            <translation>Continue on the official site</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="122" />
            <source>To register vehicles for your customers, your business must first be authorised by the prefecture of the département where it trades, and sign an agreement. Ask your prefecture (or its website) for the SIV authorisation. You cannot create this account before that. Come back once you have it.</source>
            <translation>To register vehicles for your customers, your business must first be authorised by the prefecture of the département where it trades, and sign an agreement. Ask your prefecture (or its website) for the SIV authorisation. You cannot create this account before that. Come back once you have it.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="129" />
            <source>The SIRET number has 14 digits. It is on the Kbis extract, on invoices and pay slips, and in the public business directory (annuaire-entreprises.data.gouv.fr). Come back with it: the account cannot be created without it.</source>
            <translation>The SIRET number has 14 digits. It is on the Kbis extract, on invoices and pay slips, and in the public business directory (annuaire-entreprises.data.gouv.fr). Come back with it: the account cannot be created without it.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="135" />
            <source>The approval number is on the prefecture's approval decision (arrêté d'agrément) of the establishment. Find it, then come back: the account cannot be created without it.</source>
            <translation>The approval number is on the prefecture's approval decision (arrêté d'agrément) of the establishment. Find it, then come back: the account cannot be created without it.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="141" />
            <source>FranceConnect lets you sign in with an account you already have elsewhere: for example impots.gouv.fr, ameli.fr, L'Identité Numérique La Poste, MSA or France Identité. You type your password on their page, never here. Nothing about you is kept on this computer.</source>
            <translation>FranceConnect lets you sign in with an account you already have elsewhere: for example impots.gouv.fr, ameli.fr, L'Identité Numérique La Poste, MSA or France Identité. You type your password on their page, never here. Nothing about you is kept on this computer.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="156" />
            <source>Training mode: the sign-in page is a simulation with fictitious people.</source>
            <translation>Training mode: the sign-in page is a simulation with fictitious people.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="160" />
            <source>Everything you declare must be true and up to date, whether for yourself or for someone else. A false declaration is an offence (French Criminal Code, article 441-1): up to three years' imprisonment and a fine of €45,000. Inaccurate information can also lead the agency to suspend or end the procedure.</source>
            <translation>Everything you declare must be true and up to date, whether for yourself or for someone else. A false declaration is an offence (French Criminal Code, article 441-1): up to three years' imprisonment and a fine of €45,000. Inaccurate information can also lead the agency to suspend or end the procedure.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="167" />
            <source>We have sent an e-mail to %1. Open it and click the link inside to activate your account. This screen moves on by itself once it is done. Nothing after a few minutes? Look in the spam folder, or send the e-mail again.</source>
            <translation>We have sent an e-mail to %1. Open it and click the link inside to activate your account. This screen moves on by itself once it is done. Nothing after a few minutes? Look in the spam folder, or send the e-mail again.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="180" />
            <source>Your account is active. You can now start a procedure with “New request”.</source>
            <translation>Your account is active. You can now start a procedure with “New request”.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="183" />
            <source>The agency has received the town hall's request. It will answer by e-mail at %1 with what happens next.</source>
            <translation>The agency has received the town hall's request. It will answer by e-mail at %1 with what happens next.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="188" />
            <source>This kind of account does not start procedures here: it gives access to the agency's services for your organisation only.</source>
            <translation>This kind of account does not start procedures here: it gives access to the agency's services for your organisation only.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="198" />
            <source>Vehicle registration online needs FranceConnect. Without it, you can either ask someone you trust who has FranceConnect to do the procedure with you, or go to a car professional authorised for registrations (they charge for it).</source>
            <translation>Vehicle registration online needs FranceConnect. Without it, you can either ask someone you trust who has FranceConnect to do the procedure with you, or go to a car professional authorised for registrations (they charge for it).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="275" />
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="290" />
            <source>Message to ANTS (optional)</source>
            <translation>Message to ANTS (optional)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="294" />
            <source>Day</source>
            <extracomment>E-4: the captions of the date of birth's three fields.</extracomment>
            <translation>Day</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="295" />
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="296" />
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="317" />
            <source>This is not a possible date of birth: check the day, the month and the year (4 digits, e.g. 1985).</source>
            <translation>This is not a possible date of birth: check the day, the month and the year (4 digits, e.g. 1985).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="507" />
            <source>A request is made from an active ANTS account. Sign in yourself: type your own e-mail address and password. They go only to the ANTS portal, through this help point's secure connection, and are never stored on this computer.</source>
            <translation>A request is made from an active ANTS account. Sign in yourself: type your own e-mail address and password. They go only to the ANTS portal, through this help point's secure connection, and are never stored on this computer.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="225" />
            <source>At the end you will get a pre-application number: write it down, the town hall asks for it at the appointment.</source>
            <translation>At the end you will get a pre-application number: write it down, the town hall asks for it at the appointment.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="19" />
            <source>For me (a private person)</source>
            <extracomment>F-5: the profile page offers the common case first, in the person's own words.</extracomment>
            <translation>For me (a private person)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="20" />
            <source>You represent a company, a driving school, a town hall…?</source>
            <translation>You represent a company, a driving school, a town hall…?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="114" />
            <source>The agency writes to you by e-mail, so you need an address you can open. Free providers let you create one in a few minutes: choose a name, a password you will remember, and write both down somewhere safe. A mediator can help you. Once you can open your mailbox, choose “%1”. Nothing is stored on this computer: if you leave before, you start again when you come back.</source>
            <translation>The agency writes to you by e-mail, so you need an address you can open. Free providers let you create one in a few minutes: choose a name, a password you will remember, and write both down somewhere safe. A mediator can help you. Once you can open your mailbox, choose “%1”. Nothing is stored on this computer: if you leave before, you start again when you come back.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="149" />
            <source>To register a vehicle online, a private person signs in on the official site with FranceConnect. FranceConnect lets you sign in with an account you already have elsewhere: impots.gouv.fr, ameli.fr, L'Identité Numérique La Poste, MSA or France Identité. Do you have one of them?</source>
            <translation>To register a vehicle online, a private person signs in on the official site with FranceConnect. FranceConnect lets you sign in with an account you already have elsewhere: impots.gouv.fr, ameli.fr, L'Identité Numérique La Poste, MSA or France Identité. Do you have one of them?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="173" />
            <source>The prefecture now checks your authorisation. Once it agrees, you will receive an e-mail at %1 explaining how to sign in. This can take several days; you can leave this screen.</source>
            <translation>The prefecture now checks your authorisation. Once it agrees, you will receive an e-mail at %1 explaining how to sign in. This can take several days; you can leave this screen.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="193" />
            <source>This account cannot start this kind of procedure. Go back to choose another kind, or ask a mediator which account you need.</source>
            <translation>This account cannot start this kind of procedure. Go back to choose another kind, or ask a mediator which account you need.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="204" />
            <source>Authorised professionals (garages, registration services) can do the procedure for you, for a fee they set themselves. Take your documents with you.</source>
            <translation>Authorised professionals (garages, registration services) can do the procedure for you, for a fee they set themselves. Take your documents with you.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="219" />
            <source>You are ready: now do the procedure on the official site (nothing has been sent yet). Open it here, on this kiosk; or scan this code with your phone, or print the summary and do it at home.</source>
            <translation>You are ready: now do the procedure on the official site (nothing has been sent yet). Open it here, on this kiosk; or scan this code with your phone, or print the summary and do it at home.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="235" />
            <source>This application is not an ANTS product; the official site is ants.gouv.fr.</source>
            <translation>This application is not an ANTS product; the official site is ants.gouv.fr.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="241" />
            <source>With FranceConnect</source>
            <translation>With FranceConnect</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="242" />
            <source>Use an account you already have (taxes, health insurance, La Poste…).</source>
            <translation>Use an account you already have (taxes, health insurance, La Poste…).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="245" />
            <source>With an ANTS account</source>
            <translation>With an ANTS account</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="246" />
            <source>Fill in a short form, then confirm your e-mail address.</source>
            <translation>Fill in a short form, then confirm your e-mail address.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="249" />
            <source>Yes, I have FranceConnect</source>
            <translation>Yes, I have FranceConnect</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="250" />
            <source>You will sign in with it on the official site.</source>
            <translation>You will sign in with it on the official site.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="253" />
            <source>No, I do not have it</source>
            <translation>No, I do not have it</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="254" />
            <source>The next screen shows two other ways.</source>
            <translation>The next screen shows two other ways.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="255" />
            <source>I have a professional account</source>
            <translation>I have a professional account</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="256" />
            <source>A garage or a company signs in with its ANTS account.</source>
            <translation>A garage or a company signs in with its ANTS account.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="259" />
            <source>With a trusted person</source>
            <translation>With a trusted person</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="260" />
            <source>Someone you trust signs in with their FranceConnect and does it with you.</source>
            <translation>Someone you trust signs in with their FranceConnect and does it with you.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="263" />
            <source>With an authorised professional</source>
            <translation>With an authorised professional</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="264" />
            <source>A garage or registration service does it for you.</source>
            <translation>A garage or registration service does it for you.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="271" />
            <source>E-mail address</source>
            <translation>E-mail address</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="272" />
            <source>First names (all, as on your ID)</source>
            <translation>First names (all, as on your ID)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="273" />
            <source>Birth name</source>
            <translation>Birth name</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="274" />
            <source>Usage name (optional)</source>
            <translation>Usage name (optional)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="276" />
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="277" />
            <source>Password again</source>
            <translation>Password again</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="278" />
            <source>Name of the business</source>
            <translation>Name of the business</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="279" />
            <source>Name of the establishment</source>
            <translation>Name of the establishment</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="280" />
            <source>Name of the organisation</source>
            <translation>Name of the organisation</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="281" />
            <source>SIRET number (14 digits)</source>
            <translation>SIRET number (14 digits)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="282" />
            <source>Prefecture authorisation reference</source>
            <translation>Prefecture authorisation reference</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="283" />
            <source>Département of the prefecture (e.g. 75)</source>
            <translation>Département of the prefecture (e.g. 75)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="284" />
            <source>Contact person</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="285" />
            <source>Telephone (optional)</source>
            <translation>Telephone (optional)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="286" />
            <source>Approval number</source>
            <translation>Approval number</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="287" />
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="288" />
            <source>INSEE code of the commune (5 characters)</source>
            <translation>INSEE code of the commune (5 characters)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="289" />
            <source>Number of fingerprint stations</source>
            <translation>Number of fingerprint stations</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="306" />
            <source>Please fill in this field.</source>
            <translation>Please fill in this field.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="307" />
            <source>This does not look like an e-mail address (example: name@example.fr).</source>
            <translation>This does not look like an e-mail address (example: name@example.fr).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="310" />
            <source>An account already uses this e-mail address. Try signing in instead.</source>
            <translation>An account already uses this e-mail address. Try signing in instead.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="313" />
            <source>This SIRET number is not valid: check the 14 digits.</source>
            <translation>This SIRET number is not valid: check the 14 digits.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="316" />
            <source>This SIREN number is not valid.</source>
            <translation>This SIREN number is not valid.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="322" />
            <source>This date is in the future.</source>
            <translation>This date is in the future.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="323" />
            <source>This date does not fit the rules for this account.</source>
            <translation>This date does not fit the rules for this account.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="324" />
            <source>The password needs at least 12 characters.</source>
            <translation>The password needs at least 12 characters.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="325" />
            <source>The password is too long (128 at most).</source>
            <translation>The password is too long (128 at most).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="326" />
            <source>Mix three kinds: small letters, capitals, digits, symbols.</source>
            <translation>Mix three kinds: small letters, capitals, digits, symbols.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="329" />
            <source>The password must not contain your e-mail address.</source>
            <translation>The password must not contain your e-mail address.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="332" />
            <source>The two passwords are not the same.</source>
            <translation>The two passwords are not the same.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="333" />
            <source>Check the approval number: letters and digits, as on the decision.</source>
            <translation>Check the approval number: letters and digits, as on the decision.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="336" />
            <source>Check the reference, as written by the prefecture (e.g. SIV-75-2024-00123).</source>
            <translation>Check the reference, as written by the prefecture (e.g. SIV-75-2024-00123).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="339" />
            <source>Write the département number: 01 to 95, 2A, 2B or 971 to 976.</source>
            <translation>Write the département number: 01 to 95, 2A, 2B or 971 to 976.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="342" />
            <source>The INSEE code has 5 characters (not the postcode).</source>
            <translation>The INSEE code has 5 characters (not the postcode).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="345" />
            <source>Check the telephone number.</source>
            <translation>Check the telephone number.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="346" />
            <source>This is too long.</source>
            <translation>This is too long.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="347" />
            <source>This is too short.</source>
            <translation>This is too short.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="348" />
            <source>Write a number from 1 to 50.</source>
            <translation>Write a number from 1 to 50.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="349" />
            <source>This number is too large.</source>
            <translation>This number is too large.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="350" />
            <source>Check what you typed here.</source>
            <translation>Check what you typed here.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="351" />
            <source>Please choose one of the answers.</source>
            <translation>Please choose one of the answers.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="353" />
            <source>The portal did not accept this value.</source>
            <translation>The portal did not accept this value.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="357" />
            <source>The ANTS service cannot be reached right now. Nothing is lost: what you typed is kept. Try again in a moment.</source>
            <translation>The ANTS service cannot be reached right now. Nothing is lost: what you typed is kept. Try again in a moment.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="362" />
            <source>The ANTS service is slow to answer. What you typed is kept. Try again in a moment.</source>
            <translation>The ANTS service is slow to answer. What you typed is kept. Try again in a moment.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="366" />
            <source>Too many attempts in a short time. Please wait a minute, then try again.</source>
            <translation>Too many attempts in a short time. Please wait a minute, then try again.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="369" />
            <source>Some information was not accepted. The fields to check are marked.</source>
            <translation>Some information was not accepted. The fields to check are marked.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="372" />
            <source>The e-mail address or the password is not right. Please check and try again.</source>
            <translation>The e-mail address or the password is not right. Please check and try again.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="375" />
            <source>This cannot be done yet for this account. Please check the step before.</source>
            <translation>This cannot be done yet for this account. Please check the step before.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="378" />
            <source>This account or this item no longer exists. You can start again.</source>
            <translation>This account or this item no longer exists. You can start again.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="381" />
            <source>Something went wrong on our side. What you typed is kept. Try again.</source>
            <translation>Something went wrong on our side. What you typed is kept. Try again.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="384" />
            <source>The connection to the ANTS service is still starting. Try again in a moment.</source>
            <translation>The connection to the ANTS service is still starting. Try again in a moment.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="388" />
            <source>The service says: %1</source>
            <translation>The service says: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="391" />
            <source>Service temporarily unavailable</source>
            <extracomment>Errors of the service, not of the person: a calm warning with its own title (E-2).</extracomment>
            <translation>Service temporarily unavailable</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="392" />
            <source>Something to check</source>
            <translation>Something to check</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="393" />
            <source>Still to check: %1</source>
            <translation>Still to check: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="396" />
            <source>Please choose one answer to continue.</source>
            <translation>Please choose one answer to continue.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="397" />
            <source>Please answer every question to continue.</source>
            <translation>Please answer every question to continue.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="398" />
            <source>Some fields need checking: the messages are under each one.</source>
            <translation>Some fields need checking: the messages are under each one.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="401" />
            <source>Tick “I have read the Terms of Use” to continue. Nobody can tick it for you.</source>
            <translation>Tick “I have read the Terms of Use” to continue. Nobody can tick it for you.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="404" />
            <source>The Terms of Use are still loading. Please wait a moment.</source>
            <translation>The Terms of Use are still loading. Please wait a moment.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="407" />
            <source>The account is not active yet: follow the link in the e-mail.</source>
            <translation>The account is not active yet: follow the link in the e-mail.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="410" />
            <source>Please sign in first.</source>
            <translation>Please sign in first.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="411" />
            <source>The prefecture has not answered yet. This screen moves on when it does.</source>
            <translation>The prefecture has not answered yet. This screen moves on when it does.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="417" />
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="418" />
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="419" />
            <source>I understand, create my account</source>
            <translation>I understand, create my account</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="420" />
            <source>I understand, send the request</source>
            <translation>I understand, send the request</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="422" />
            <source>Accept and continue</source>
            <translation>Accept and continue</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="423" />
            <source>Try again</source>
            <translation>Try again</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="424" />
            <source>Back to the home screen</source>
            <translation>Back to the home screen</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="425" />
            <source>I have an e-mail address now</source>
            <translation>I have an e-mail address now</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="426" />
            <source>Send the e-mail again</source>
            <translation>Send the e-mail again</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="427" />
            <source>The e-mail has been sent again.</source>
            <translation>The e-mail has been sent again.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="428" />
            <source>I clicked the link</source>
            <translation>I clicked the link</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="429" />
            <source>Start a new request</source>
            <translation>Start a new request</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="430" />
            <source>A false declaration is an offence</source>
            <translation>A false declaration is an offence</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="431" />
            <source>I have found it, continue</source>
            <translation>I have found it, continue</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="432" />
            <source>Finish</source>
            <translation>Finish</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="435" />
            <source>Show</source>
            <extracomment>K-3: at a kiosk, the last screen of every flow ends the session, or offers more. E-4: the password field's "Show" / "Hide".</extracomment>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="436" />
            <source>Hide</source>
            <translation>Hide</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="438" />
            <source>Sign in with this address</source>
            <extracomment>E-5: an account already uses the address typed in the form.</extracomment>
            <translation>Sign in with this address</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="439" />
            <source>Finish and erase my information</source>
            <translation>Finish and erase my information</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="440" />
            <source>Do something else</source>
            <translation>Do something else</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="441" />
            <source>Your request is registered</source>
            <translation>Your request is registered</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="442" />
            <source>Nothing more to do here today. Keep an eye on your mailbox in the coming days.</source>
            <translation>Nothing more to do here today. Keep an eye on your mailbox in the coming days.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="445" />
            <source>Nothing more to do here today. The answer comes by e-mail.</source>
            <translation>Nothing more to do here today. The answer comes by e-mail.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="448" />
            <source>Your ANTS account is active</source>
            <translation>Your ANTS account is active</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="449" />
            <source>Your login is your e-mail address: %1. Sign in on ants.gouv.fr. Never give your password to anyone, not even a mediator.</source>
            <translation>Your login is your e-mail address: %1. Sign in on ants.gouv.fr. Never give your password to anyone, not even a mediator.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="456" />
            <source>Please wait, we are contacting the ANTS service…</source>
            <translation>Please wait, we are contacting the ANTS service…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="457" />
            <source>Step %1 of %2</source>
            <translation>Step %1 of %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="458" />
            <source>Next step: %1</source>
            <translation>Next step: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="460" />
            <source>Question %1 of %2</source>
            <extracomment>K-2: where the person is inside a step shown one question per screen (a kiosk).</extracomment>
            <translation>Question %1 of %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="461" />
            <source>Help page: the steps wait for you</source>
            <translation>Help page: the steps wait for you</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="462" />
            <source>Help page</source>
            <translation>Help page</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="463" />
            <source>I have read the Terms of Use</source>
            <translation>I have read the Terms of Use</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="464" />
            <source>In short</source>
            <translation>In short</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="465" />
            <source>The full text (French, version %1)</source>
            <translation>The full text (French, version %1)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="466" />
            <source>• The portal is free. It lets you start procedures for vehicle registration, driving licences, ID cards and passports.
• Your sign-in details are personal: never give your password to anyone, not even a mediator.
• What you declare must be true; a false declaration is punished by law.
• You can delete your account at any time.
• The agency can change these terms; you will be asked to accept a new version.</source>
            <translation>• The portal is free. It lets you start procedures for vehicle registration, driving licences, ID cards and passports.
• Your sign-in details are personal: never give your password to anyone, not even a mediator.
• What you declare must be true; a false declaration is punished by law.
• You can delete your account at any time.
• The agency can change these terms; you will be asked to accept a new version.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="476" />
            <source>Only the French text is authoritative; this summary helps you read it.</source>
            <translation>Only the French text is authoritative; this summary helps you read it.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="479" />
            <source>You accepted version %1. The current version is %2. These sections changed:</source>
            <translation>You accepted version %1. The current version is %2. These sections changed:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="484" />
            <source>This account has not accepted the Terms of Use yet. The next step shows version %1 to read and accept.</source>
            <extracomment>An account that never accepted any version (made through FranceConnect, say).</extracomment>
            <translation>This account has not accepted the Terms of Use yet. The next step shows version %1 to read and accept.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="490" />
            <source>New section</source>
            <translation>New section</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="491" />
            <source>Section removed</source>
            <translation>Section removed</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="492" />
            <source>Section changed</source>
            <translation>Section changed</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="494" />
            <source>Your acceptance of the new version is recorded. You can continue.</source>
            <translation>Your acceptance of the new version is recorded. You can continue.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="498" />
            <source>Print a memo</source>
            <extracomment>F-2: the prefecture's wait: a memo to take home.</extracomment>
            <translation>Print a memo</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="500" />
            <source>Terms of Use accepted</source>
            <extracomment>F-4: the success alert after accepting the Terms again.</extracomment>
            <translation>Terms of Use accepted</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="501" />
            <source>Version accepted: %1. Next step: start your request. Never give your password to anyone, not even a mediator.</source>
            <translation>Version accepted: %1. Next step: start your request. Never give your password to anyone, not even a mediator.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="506" />
            <source>Signed in: %1</source>
            <translation>Signed in: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="513" />
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="515" />
            <source>It goes only to the ANTS portal, through this help point's secure connection, and is never stored on this computer.</source>
            <extracomment>T-1 on a kiosk's password screen (K-2: the intro above is on the e-mail's screen).</extracomment>
            <translation>It goes only to the ANTS portal, through this help point's secure connection, and is never stored on this computer.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="521" />
            <source>Account: %1</source>
            <extracomment>K-2: a kiosk's password screen recalls the address typed on the screen before.</extracomment>
            <translation>Account: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="523" />
            <source>Secure connection to the ANTS portal · nothing is stored here</source>
            <translation>Secure connection to the ANTS portal · nothing is stored here</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="527" />
            <source>On the official site, a private person registering a vehicle signs in with FranceConnect: yours, or that of the person you trust.</source>
            <translation>On the official site, a private person registering a vehicle signs in with FranceConnect: yours, or that of the person you trust.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="532" />
            <source>Sign in with FranceConnect</source>
            <translation>Sign in with FranceConnect</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="533" />
            <source>I have no account yet</source>
            <translation>I have no account yet</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="534" />
            <source>Documents to bring</source>
            <translation>Documents to bring</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="536" />
            <source>To prepare before you start (photos or scans of these documents)</source>
            <translation>To prepare before you start (photos or scans of these documents)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="539" />
            <source>To bring to the appointment at the town hall</source>
            <translation>To bring to the appointment at the town hall</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="541" />
            <source>Required</source>
            <translation>Required</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="542" />
            <source>Depending on your situation</source>
            <translation>Depending on your situation</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="543" />
            <source>Source: %1, checked on %2</source>
            <translation>Source: %1, checked on %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="545" />
            <source>Regional tax: it depends on your region, on the fiscal horsepower of the vehicle and on its age. For example %1 for %2 horsepower in %3.</source>
            <translation>Regional tax: it depends on your region, on the fiscal horsepower of the vehicle and on its age. For example %1 for %2 horsepower in %3.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="550" />
            <source>Regional tax: %1 (%2, %3 horsepower, first registered in %4)</source>
            <translation>Regional tax: %1 (%2, %3 horsepower, first registered in %4)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="553" />
            <source>The regional tax is halved: the vehicle is 10 years old or more.</source>
            <translation>The regional tax is halved: the vehicle is 10 years old or more.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="557" />
            <source>Electric, hybrid or E85 vehicle: the region may reduce this tax or waive it; this estimate does not count that.</source>
            <translation>Electric, hybrid or E85 vehicle: the region may reduce this tax or waive it; this estimate does not count that.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="562" />
            <source>Estimated total: %1</source>
            <translation>Estimated total: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="563" />
            <source>Total: %1 plus the regional tax (often several hundred euros). Choose your region below for an estimate.</source>
            <translation>Total: %1 plus the regional tax (often several hundred euros). Choose your region below for an estimate.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="568" />
            <source>An estimate: a figure used could not be confirmed, check it on the official site.</source>
            <translation>An estimate: a figure used could not be confirmed, check it on the official site.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="571" />
            <source>To estimate the regional tax</source>
            <translation>To estimate the regional tax</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="572" />
            <source>Fees</source>
            <translation>Fees</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="573" />
            <source>Free</source>
            <translation>Free</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="574" />
            <source>The list of documents is not available on this computer.</source>
            <translation>The list of documents is not available on this computer.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="577" />
            <source>Source: %1</source>
            <translation>Source: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="578" />
            <source>This list is not translated yet: it is shown in French.</source>
            <translation>This list is not translated yet: it is shown in French.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="581" />
            <source>You will continue on: %1</source>
            <translation>You will continue on: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="582" />
            <source>Open the official site</source>
            <translation>Open the official site</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="583" />
            <source>Print the summary</source>
            <translation>Print the summary</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="584" />
            <source>Code to scan with a phone: %1</source>
            <translation>Code to scan with a phone: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="586" />
            <source>1. Open your phone's camera
2. Point it at the code</source>
            <translation>1. Open your phone's camera
2. Point it at the code</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="587" />
            <source>This address is not allowed on this computer. Ask the mediator.</source>
            <translation>This address is not allowed on this computer. Ask the mediator.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="590" />
            <source>The official site is open in the browser.</source>
            <translation>The official site is open in the browser.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="591" />
            <source>Waiting for the link to be clicked…</source>
            <translation>Waiting for the link to be clicked…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="592" />
            <source>The FranceConnect page is open: sign in there, then come back here.</source>
            <translation>The FranceConnect page is open: sign in there, then come back here.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="595" />
            <source>Create an ANTS account</source>
            <translation>Create an ANTS account</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="596" />
            <source>New request</source>
            <translation>New request</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="597" />
            <source>New Terms of Use</source>
            <translation>New Terms of Use</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="230" />
            <source>Once you have your pre-application number (10 letters or digits), check it here: its status, your appointments, or free slots near this help point.</source>
            <translation>Once you have your pre-application number (10 letters or digits), check it here: its status, your appointments, or free slots near this help point.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="40" />
            <source>You need the school's approval number and an e-mail address.</source>
            <translation>You need the school's approval number and an e-mail address.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="44" />
            <source>Centres running points-recovery courses. You need the approval number and an e-mail address.</source>
            <translation>Centres running points-recovery courses. You need the approval number and an e-mail address.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="209" />
            <source>You are ready: now do the procedure on the official site (nothing has been sent yet). Sign in there with your ANTS account and follow its steps.</source>
            <translation>You are ready: now do the procedure on the official site (nothing has been sent yet). Sign in there with your ANTS account and follow its steps.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="214" />
            <source>You are ready: now do the procedure on the official site (nothing has been sent yet). Scan this code with your phone, or print the summary and do it at home.</source>
            <translation>You are ready: now do the procedure on the official site (nothing has been sent yet). Scan this code with your phone, or print the summary and do it at home.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="298" />
            <source>At least 12 characters, mixing three of: small letters, capitals, digits, symbols. Type it yourself: nobody else should know it. It goes only to the ANTS portal, through this help point's secure connection, and is never stored on this computer.</source>
            <translation>At least 12 characters, mixing three of: small letters, capitals, digits, symbols. Type it yourself: nobody else should know it. It goes only to the ANTS portal, through this help point's secure connection, and is never stored on this computer.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="421" />
            <source>I understand, go to the official site</source>
            <translation>I understand, go to the official site</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="454" />
            <source>Help points and town halls</source>
            <translation>Help points and town halls</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="455" />
            <source>Check my pre-application number</source>
            <translation>Check my pre-application number</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/phone_continue.py" line="20" />
            <source>Continue on your phone</source>
            <translation>Continue on your phone</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/phone_continue.py" line="21" />
            <source>Scan this code with your phone's camera and sign in with FranceConnect there. This screen goes on by itself once you have signed in.</source>
            <translation>Scan this code with your phone's camera and sign in with FranceConnect there. This screen goes on by itself once you have signed in.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/phone_continue.py" line="26" />
            <source>Code to scan with a phone to sign in with FranceConnect</source>
            <translation>Code to scan with a phone to sign in with FranceConnect</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="12" />
            <source>This account is not active yet. Open the e-mail from the portal and follow its link first, then sign in.</source>
            <translation>This account is not active yet. Open the e-mail from the portal and follow its link first, then sign in.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="17" />
            <source>This account is waiting for a decision (the prefecture or the agency). An e-mail will say when it can be used.</source>
            <translation>This account is waiting for a decision (the prefecture or the agency). An e-mail will say when it can be used.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="22" />
            <source>The request for this account was refused. The e-mail received says why; the prefecture can explain.</source>
            <translation>The request for this account was refused. The e-mail received says why; the prefecture can explain.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="27" />
            <source>This account is suspended for a while. The agency sent an e-mail with the reason and the end date. If the reason is wrong, the account will be restored.</source>
            <translation>This account is suspended for a while. The agency sent an e-mail with the reason and the end date. If the reason is wrong, the account will be restored.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="32" />
            <source>The ANTS service is closed for maintenance for a short while. What you typed is kept until you finish or leave. Try again in a moment.</source>
            <translation>The ANTS service is closed for maintenance for a short while. What you typed is kept until you finish or leave. Try again in a moment.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="45" />
            <source>Forgot your password?</source>
            <extracomment>Kinds shown with the portal's own words (the reason and the end, the message). The account's own state: trying again now would not change it (no "Try again"). Kinds shown as a calm notice, not as an error.</extracomment>
            <translation>Forgot your password?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="47" />
            <source>E-mail address to send the link to</source>
            <extracomment>Not "E-mail address" alone: the sign-in form's field of that name is on screen too.</extracomment>
            <translation>E-mail address to send the link to</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="48" />
            <source>Type the e-mail address of the account. The portal sends a link to choose a new password; it works once, for one hour.</source>
            <translation>Type the e-mail address of the account. The portal sends a link to choose a new password; it works once, for one hour.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="53" />
            <source>Send the link</source>
            <translation>Send the link</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="54" />
            <source>If an account uses this address, an e-mail is on its way. Open it, follow the link within the hour and choose a new password. Then sign in here.</source>
            <translation>If an account uses this address, an e-mail is on its way. Open it, follow the link within the hour and choose a new password. Then sign in here.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="59" />
            <source>A link was sent less than a minute ago. Check the mailbox, or wait a minute.</source>
            <translation>A link was sent less than a minute ago. Check the mailbox, or wait a minute.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/count_field.py" line="24" />
            <source>One less</source>
            <translation>One less</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/count_field.py" line="25" />
            <source>One more</source>
            <translation>One more</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/long_text.py" line="22" />
            <source>%1 / %2 characters</source>
            <translation>%1 / %2 characters</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/help_extras.py" line="34" />
            <source>Ask a mediator</source>
            <extracomment>"Ask a mediator" on a help page (a kiosk: nobody sits beside the citizen).</extracomment>
            <translation>Ask a mediator</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/help_extras.py" line="54" />
            <source>Example: an invoice. The SIRET number, 14 digits, is at the foot of the page, after the word SIRET.</source>
            <extracomment>The public business directory: any SIRET from a company's name (F-3). ``resources/illustrations/&lt;picture&gt;.svg`` The picture's text alternative (source text, context "Flows"). A page the citizen may open on their phone, and what the code is for.</extracomment>
            <translation>Example: an invoice. The SIRET number, 14 digits, is at the foot of the page, after the word SIRET.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/help_extras.py" line="60" />
            <source>Find it with your phone: scan this code, then type the business's name (%1).</source>
            <translation>Find it with your phone: scan this code, then type the business's name (%1).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/help_extras.py" line="67" />
            <source>Example: the prefecture's decision (arrêté). The approval number is in its text, after the word agrément.</source>
            <translation>Example: the prefecture's decision (arrêté). The approval number is in its text, after the word agrément.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/help_extras.py" line="75" />
            <source>Example: the two papers you need first, the prefecture's SIV authorisation decision and the agreement signed with it.</source>
            <translation>Example: the two papers you need first, the prefecture's SIV authorisation decision and the agreement signed with it.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/help_extras.py" line="83" />
            <source>Example of an e-mail address: 1. a name you choose, 2. the sign @ (at), 3. the provider's name.</source>
            <translation>Example of an e-mail address: 1. a name you choose, 2. the sign @ (at), 3. the provider's name.</translation>
        </message>
    </context>
    <context>
        <name>Home</name>
        <message>
            <location filename="../assist_desk/views/features.py" line="34" />
            <source>New request</source>
            <extracomment>Every home tile, in the order the home screen shows them.</extracomment>
            <translation>New request</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="35" />
            <source>Registration certificate, licence, ID card, passport</source>
            <translation>Registration certificate, licence, ID card, passport</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="40" />
            <source>Create an ANTS account</source>
            <translation>Create an ANTS account</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="41" />
            <source>For a person, a professional or a town hall</source>
            <translation>For a person, a professional or a town hall</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="46" />
            <source>Questions &amp; answers</source>
            <translation>Questions &amp; answers</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="47" />
            <source>Frequent questions, even without Internet</source>
            <translation>Frequent questions, even without Internet</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="59" />
            <source>Addresses, opening hours; booking an ID card or passport</source>
            <translation>Addresses, opening hours; booking an ID card or passport</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="52" />
            <source>Documents to bring</source>
            <translation>Documents to bring</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="53" />
            <source>Lists of documents and fees, ready to print</source>
            <translation>Lists of documents and fees, ready to print</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="58" />
            <source>Help points and town halls</source>
            <translation>Help points and town halls</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <location filename="../assist_desk/views/home.py" line="205" />
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/home.py" line="208" />
            <source>What would you like to do?</source>
            <translation>What would you like to do?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/home.py" line="210" />
            <source>Choose one of the buttons below. You can come back here at any time.</source>
            <translation>Choose one of the buttons below. You can come back here at any time.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/home.py" line="212" />
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <location filename="../assist_desk/views/widgets/idle_warning.py" line="252" />
            <source>Are you still there?</source>
            <extracomment>What a press is made of, from its start to its end (mouse, touch, pen).</extracomment>
            <translation>Are you still there?</translation>
        </message>
        <message numerus="yes">
            <location filename="../assist_desk/views/widgets/idle_warning.py" line="255" />
            <source>For your privacy, everything will be erased in %n second(s).</source>
            <translation>
                <numerusform>For your privacy, everything will be erased in %n second.</numerusform>
                <numerusform>For your privacy, everything will be erased in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/idle_warning.py" line="258" />
            <source>Touch the screen or press any key to continue.</source>
            <translation>Touch the screen or press any key to continue.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/idle_warning.py" line="260" />
            <source>The window that was open has been closed so that you can see this message.</source>
            <translation>The window that was open has been closed so that you can see this message.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/idle_warning.py" line="263" />
            <location filename="../assist_desk/views/widgets/idle_warning.py" line="264" />
            <source>I am still here</source>
            <translation>I am still here</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/idle_warning.py" line="265" />
            <source>Continue the session</source>
            <translation>Continue the session</translation>
        </message>
    </context>
    <context>
        <name>KioskPrintPanel</name>
        <message numerus="yes">
            <location filename="../assist_desk/views/kiosk_print.py" line="138" />
            <source>Number of copies: %n</source>
            <extracomment>A page went to the printer in this session (the farewell screen's reminder); Close keeps it, the session wipe forgets it (:meth:`forget_prints`).</extracomment>
            <translation>
                <numerusform>Number of copies: %n</numerusform>
                <numerusform>Number of copies: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../assist_desk/views/kiosk_print.py" line="149" />
            <source>Sent to the printer: %n copy(ies). Take your page(s) there.</source>
            <translation>
                <numerusform>Sent to the printer: %n copy(ies). Take your page there.</numerusform>
                <numerusform>Sent to the printer: %n copy(ies). Take your pages there.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="153" />
            <source>There is no printer here at the moment. A mediator can help you.</source>
            <translation>There is no printer here at the moment. A mediator can help you.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="156" />
            <source>The page could not be printed. A mediator can help you.</source>
            <translation>The page could not be printed. A mediator can help you.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="171" />
            <location filename="../assist_desk/views/kiosk_print.py" line="175" />
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="172" />
            <source>Number of copies</source>
            <translation>Number of copies</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="173" />
            <source>One copy fewer</source>
            <translation>One copy fewer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="174" />
            <source>One copy more</source>
            <translation>One copy more</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="176" />
            <source>Print now</source>
            <translation>Print now</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="177" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="178" />
            <source>Close the print panel</source>
            <translation>Close the print panel</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="513" />
            <source>Training mode: nothing is sent to ANTS. All accounts here are fictitious.</source>
            <translation>Training mode: nothing is sent to ANTS. All accounts here are fictitious.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="503" />
            <location filename="../assist_desk/views/main_window.py" line="504" />
            <source>Help point: %1</source>
            <extracomment>Each language named in itself, as a person looking for it would read it. The help point's name per interface language (AR-5); others show ``site_name``. Rounds of queued layout requests handled when a screen is shown (a page in a scroll area, a splitter or reflowing row that changes its height once it knows its width, the scroll area that then grows the page: three or four rounds; a few more spare). A tile chosen before its feature was installed: opened when it is. Each screen's scroll area in the stack (kept here: asking Qt for a parent widget it created, the viewport, costs PySide a scan of every Qt type). The screen the citizen asked for help from (Back returns there). At a kiosk the bar takes the fewest rows it can: the help point's name gives way, then the controls' words get shorter (text at 200 % on 1280 × 800).</extracomment>
            <translation>Help point: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="517" />
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="518" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="520" />
            <source>Changes the language of every screen at once; what you typed is kept</source>
            <translation>Changes the language of every screen at once; what you typed is kept</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="522" />
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="523" />
            <source>Back to the home screen</source>
            <translation>Back to the home screen</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="529" />
            <source>Need help? Ask a mediator</source>
            <translation>Need help? Ask a mediator</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="532" />
            <source>Shows how to get help from a person at this help point</source>
            <translation>Shows how to get help from a person at this help point</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="534" />
            <location filename="../assist_desk/views/main_window.py" line="535" />
            <source>End session</source>
            <translation>End session</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="537" />
            <source>Erases everything typed on this screen and starts again for the next person</source>
            <translation>Erases everything typed on this screen and starts again for the next person</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="554" />
            <source>Training: nothing is sent.</source>
            <translation>Training: nothing is sent.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="555" />
            <source>Need help?</source>
            <translation>Need help?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="556" />
            <source>End</source>
            <comment>the top bar's End session, when short of room</comment>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="558" />
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="524" />
            <source>Mediator</source>
            <translation>Mediator</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="525" />
            <source>Mediator tools</source>
            <translation>Mediator tools</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="526" />
            <source>Asks for the mediator's PIN</source>
            <translation>Asks for the mediator's PIN</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="527" />
            <source>About</source>
            <translation>About</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="528" />
            <source>About this application</source>
            <translation>About this application</translation>
        </message>
    </context>
    <context>
        <name>MediatorSignInScreen</name>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="171" />
            <source>This PIN is not the right one. Try again.</source>
            <translation>This PIN is not the right one. Try again.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="176" />
            <source>The secure storage does not answer: sign-in is not possible.</source>
            <translation>The secure storage does not answer: sign-in is not possible.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="181" />
            <source>The two entries are different. Type the same PIN twice.</source>
            <translation>The two entries are different. Type the same PIN twice.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="182" />
            <source>The PIN could not be saved: no secure storage.</source>
            <translation>The PIN could not be saved: no secure storage.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="194" />
            <location filename="../assist_desk/views/mediator.py" line="198" />
            <source>Mediator sign-in</source>
            <translation>Mediator sign-in</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="208" />
            <source>No mediator PIN is set on this computer. An administrator sets it with the command: assist-desk pin set</source>
            <translation>No mediator PIN is set on this computer. An administrator sets it with the command: assist-desk pin set</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="173" />
            <source>Too many attempts: sign-in is paused for a few minutes (15 at most). Try again later.</source>
            <translation>Too many attempts: sign-in is paused for a few minutes (15 at most). Try again later.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="178" />
            <source>Choose a PIN of at least 6 digits, not one digit repeated nor a run like 123456 (or a password of at least 10 characters).</source>
            <translation>Choose a PIN of at least 6 digits, not one digit repeated nor a run like 123456 (or a password of at least 10 characters).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="201" />
            <source>This computer has no safe place to keep the mediator PIN, so the mediator tools stay locked. Citizens can keep using the help point. What to do: ask the person who installed the help point to follow “The mediator PIN” in the operator's guide.</source>
            <translation>This computer has no safe place to keep the mediator PIN, so the mediator tools stay locked. Citizens can keep using the help point. What to do: ask the person who installed the help point to follow “The mediator PIN” in the operator's guide.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="213" />
            <source>Choose the mediator PIN (at least 6 digits) or password (at least 10 characters) for this computer. It is kept only in the system's secure storage.</source>
            <translation>Choose the mediator PIN (at least 6 digits) or password (at least 10 characters) for this computer. It is kept only in the system's secure storage.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="217" />
            <source>Checking the secure storage…</source>
            <translation>Checking the secure storage…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="219" />
            <source>Type the mediator PIN or password.</source>
            <translation>Type the mediator PIN or password.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="225" />
            <source>&amp;New PIN</source>
            <translation>&amp;New PIN</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="225" />
            <source>&amp;PIN</source>
            <translation>&amp;PIN</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="226" />
            <source>New PIN</source>
            <translation>New PIN</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="226" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="227" />
            <source>&amp;Repeat the PIN</source>
            <translation>&amp;Repeat the PIN</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="228" />
            <source>Repeat the PIN</source>
            <translation>Repeat the PIN</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="234" />
            <source>Save the PIN</source>
            <translation>Save the PIN</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="234" />
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="237" />
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="240" />
            <source>How to set it up</source>
            <translation>How to set it up</translation>
        </message>
    </context>
    <context>
        <name>MediatorToolsScreen</name>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="375" />
            <location filename="../assist_desk/views/mediator.py" line="380" />
            <source>Mediator tools</source>
            <extracomment>The loaded pack's (version, date): known from the start, unlike the status the controller reads on "Check again" (the card said "date unknown" until then).</extracomment>
            <translation>Mediator tools</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="383" />
            <source>Check again</source>
            <translation>Check again</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="384" />
            <source>Check the status again</source>
            <translation>Check the status again</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="385" />
            <source>Switch to kiosk mode</source>
            <translation>Switch to kiosk mode</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="388" />
            <source>Full screen for a citizen alone; leaving it needs the PIN</source>
            <translation>Full screen for a citizen alone; leaving it needs the PIN</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="391" />
            <source>Leave kiosk mode</source>
            <translation>Leave kiosk mode</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="394" />
            <source>Reset the training data</source>
            <translation>Reset the training data</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="397" />
            <source>Puts the training portal's fictitious accounts back as they were</source>
            <translation>Puts the training portal's fictitious accounts back as they were</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="403" />
            <source>The training data is ready for the next session.</source>
            <translation>The training data is ready for the next session.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="405" />
            <source>The training data could not be reset.</source>
            <translation>The training data could not be reset.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="407" />
            <source>Sources and licences</source>
            <translation>Sources and licences</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="410" />
            <source>Version, content pack, and where each set of shipped data comes from</source>
            <translation>Version, content pack, and where each set of shipped data comes from</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="412" />
            <source>Lock the mediator tools</source>
            <translation>Lock the mediator tools</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="415" />
            <source>How to set up the portal</source>
            <translation>How to set up the portal</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="416" />
            <source>How to update the content</source>
            <translation>How to update the content</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="418" />
            <source>How to set it up</source>
            <translation>How to set it up</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="427" />
            <source>ANTS portal: not checked yet</source>
            <translation>ANTS portal: not checked yet</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="428" />
            <source>Press “Check again” to test the connection.</source>
            <translation>Press “Check again” to test the connection.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="433" />
            <source>ANTS portal: OK</source>
            <translation>ANTS portal: OK</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="434" />
            <source>Citizens can create accounts and start procedures.</source>
            <translation>Citizens can create accounts and start procedures.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="439" />
            <source>ANTS portal: to check</source>
            <translation>ANTS portal: to check</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="441" />
            <source>This help point cannot reach the portal. Check that this computer is connected to the Internet, then press “Check again”. If it lasts, call the person who installed the help point. Meanwhile, the questions and answers and the lists of documents still work.</source>
            <translation>This help point cannot reach the portal. Check that this computer is connected to the Internet, then press “Check again”. If it lasts, call the person who installed the help point. Meanwhile, the questions and answers and the lists of documents still work.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="453" />
            <source>Offline content: to check</source>
            <translation>Offline content: to check</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="455" />
            <source>Its date is unknown. Ask the person who installed the help point to update the application.</source>
            <translation>Its date is unknown. Ask the person who installed the help point to update the application.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="462" />
            <source>Offline content: OK</source>
            <translation>Offline content: OK</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="482" />
            <source>Updated today.</source>
            <translation>Updated today.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="484" />
            <source>Updated yesterday.</source>
            <translation>Updated yesterday.</translation>
        </message>
        <message numerus="yes">
            <location filename="../assist_desk/views/mediator.py" line="485" />
            <source>Updated %n day(s) ago.</source>
            <translation>
                <numerusform>Updated %n day ago.</numerusform>
                <numerusform>Updated %n days ago.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="468" />
            <source>Offline content: to update</source>
            <translation>Offline content: to update</translation>
        </message>
        <message numerus="yes">
            <location filename="../assist_desk/views/mediator.py" line="471" />
            <source>Updated %n day(s) ago: fees and documents may have changed. Ask the person who installed the help point to update the application; meanwhile, check the amounts on service-public.fr.</source>
            <translation>
                <numerusform>Updated %n day ago: fees and documents may have changed. Ask the person who installed the help point to update the application; meanwhile, check the amounts on service-public.fr.</numerusform>
                <numerusform>Updated %n days ago: fees and documents may have changed. Ask the person who installed the help point to update the application; meanwhile, check the amounts on service-public.fr.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="494" />
            <source>Version %1 of %2.</source>
            <translation>Version %1 of %2.</translation>
        </message>
        <message numerus="yes">
            <location filename="../assist_desk/views/mediator.py" line="503" />
            <source>Offline content to recheck: %n fact(s)</source>
            <translation>
                <numerusform>Offline content to recheck: %n fact</numerusform>
                <numerusform>Offline content to recheck: %n facts</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="512" />
            <source>past its review date (%1)</source>
            <translation>past its review date (%1)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="514" />
            <source>not confirmed by a precise page</source>
            <translation>not confirmed by a precise page</translation>
        </message>
    </context>
    <context>
        <name>OnScreenKeyboard</name>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="313" />
            <source>On-screen keyboard</source>
            <extracomment>The widest the keys spread, in pixels: on a 1920-px kiosk a key stays in reach. The digit pad is narrower (three columns). The panel width and window height the keys were last fitted to.</extracomment>
            <translation>On-screen keyboard</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="331" />
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="331" />
            <source>The next letter is a capital</source>
            <translation>The next letter is a capital</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="333" />
            <source>Backspace</source>
            <translation>Backspace</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="333" />
            <source>Erases the character before the cursor</source>
            <translation>Erases the character before the cursor</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="335" />
            <source>Space</source>
            <translation>Space</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="341" />
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="342" />
            <source>Goes to the next field, or confirms the last one</source>
            <translation>Goes to the next field, or confirms the last one</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="345" />
            <source>Hide the keyboard</source>
            <translation>Hide the keyboard</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="350" />
            <source>Keyboard in %1</source>
            <translation>Keyboard in %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="351" />
            <source>Switches the letters to another language</source>
            <translation>Switches the letters to another language</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="354" />
            <source>Digits and symbols</source>
            <translation>Digits and symbols</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="355" />
            <source>Letters</source>
            <translation>Letters</translation>
        </message>
    </context>
    <context>
        <name>PasswordCriteria</name>
        <message>
            <location filename="../assist_desk/views/widgets/password_criteria.py" line="40" />
            <source>At least 12 characters</source>
            <translation>At least 12 characters</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/password_criteria.py" line="41" />
            <source>Three of: small letters, capitals, digits, symbols</source>
            <translation>Three of: small letters, capitals, digits, symbols</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/password_criteria.py" line="42" />
            <source>Does not contain your e-mail address</source>
            <translation>Does not contain your e-mail address</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/password_criteria.py" line="62" />
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/password_criteria.py" line="62" />
            <source>not yet</source>
            <translation>not yet</translation>
        </message>
    </context>
    <context>
        <name>PendingMemo</name>
        <message>
            <location filename="../assist_desk/views/account/pending_memo.py" line="24" />
            <source>Your professional account request</source>
            <extracomment>Where the professional signs in once the prefecture agrees.</extracomment>
            <translation>Your professional account request</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/pending_memo.py" line="28" />
            <source>What was done today</source>
            <extracomment>(heading, text) in the order read: what was done, what next, where to go then.</extracomment>
            <translation>What was done today</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/pending_memo.py" line="29" />
            <source>You asked for a professional ANTS account. Your request is registered: there is nothing more to do here today.</source>
            <translation>You asked for a professional ANTS account. Your request is registered: there is nothing more to do here today.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/pending_memo.py" line="36" />
            <source>What happens next</source>
            <translation>What happens next</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/pending_memo.py" line="37" />
            <source>The prefecture checks your authorisation. This can take several days. Once it agrees, you receive an e-mail, at the address you gave, that explains how to sign in.</source>
            <translation>The prefecture checks your authorisation. This can take several days. Once it agrees, you receive an e-mail, at the address you gave, that explains how to sign in.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/pending_memo.py" line="45" />
            <source>Where to go then</source>
            <translation>Where to go then</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/pending_memo.py" line="46" />
            <source>Sign in on the official site, ants.gouv.fr (the code below opens it). No e-mail after several days? Look in your spam folder, then ask your prefecture or come back to this help point.</source>
            <translation>Sign in on the official site, ants.gouv.fr (the code below opens it). No e-mail after several days? Look in your spam folder, then ask your prefecture or come back to this help point.</translation>
        </message>
    </context>
    <context>
        <name>Pictogram</name>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="27" />
            <source>Car</source>
            <extracomment>Every pictogram: its name (the file ``resources/icons/&lt;name&gt;.svg``) and text alternative.</extracomment>
            <translation>Car</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="28" />
            <source>Driving licence</source>
            <translation>Driving licence</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="29" />
            <source>Identity card</source>
            <translation>Identity card</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="30" />
            <source>Passport</source>
            <translation>Passport</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="31" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="32" />
            <source>Garage</source>
            <translation>Garage</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="33" />
            <source>Driving school</source>
            <translation>Driving school</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="34" />
            <source>Road-safety course</source>
            <translation>Road-safety course</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="35" />
            <source>Town hall</source>
            <translation>Town hall</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="36" />
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="37" />
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="38" />
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="39" />
            <source>QR code</source>
            <translation>QR code</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="40" />
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="41" />
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="42" />
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="43" />
            <source>New account</source>
            <translation>New account</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="44" />
            <source>Questions and answers</source>
            <translation>Questions and answers</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="45" />
            <source>List of documents</source>
            <translation>List of documents</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="46" />
            <source>Larger text</source>
            <translation>Larger text</translation>
        </message>
    </context>
    <context>
        <name>PlacesScreen</name>
        <message>
            <location filename="../assist_desk/views/places.py" line="348" />
            <source>Town halls</source>
            <extracomment>Lines of a place in the list (name and distance, address, phone, today's hours). Places' cards a kiosk's list shows at least. Starts a line right to left in an Arabic interface (invisible).</extracomment>
            <translation>Town halls</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="349" />
            <source>France services</source>
            <translation>France services</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="350" />
            <source>Digital help points</source>
            <translation>Digital help points</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="351" />
            <source>Checked by this help point</source>
            <translation>Checked by this help point</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="356" />
            <source>Town hall taking passport and ID card applications</source>
            <translation>Town hall taking passport and ID card applications</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="357" />
            <source>Approved photographer or photo booth</source>
            <translation>Approved photographer or photo booth</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="358" />
            <source>Approved vehicle registration professional</source>
            <translation>Approved vehicle registration professional</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="359" />
            <source>Help point</source>
            <translation>Help point</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="360" />
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="382" />
            <source>&amp;Town or postcode:</source>
            <translation>&amp;Town or postcode:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="388" />
            <source>Suggestions appear as you type; press Enter to search</source>
            <translation>Suggestions appear as you type; press Enter to search</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="391" />
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="392" />
            <source>Search nearby places</source>
            <translation>Search nearby places</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="393" />
            <source>Near this help point</source>
            <translation>Near this help point</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="394" />
            <source>Search places near this help point</source>
            <translation>Search places near this help point</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="395" />
            <source>&amp;Show:</source>
            <translation>&amp;Show:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="396" />
            <source>Category of places to show</source>
            <translation>Category of places to show</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="399" />
            <source>All categories</source>
            <translation>All categories</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="403" />
            <source>Places found, nearest first</source>
            <translation>Places found, nearest first</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="405" />
            <source>Details of the chosen place</source>
            <translation>Details of the chosen place</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="406" />
            <source>QR code of the address on a map</source>
            <translation>QR code of the address on a map</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="407" />
            <source>Scan to open this address on a map</source>
            <translation>Scan to open this address on a map</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="463" />
            <source>The help point's own list of places has problems: %1</source>
            <translation>The help point's own list of places has problems: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="473" />
            <source>The list of places could not be opened. Please tell a mediator.</source>
            <translation>The list of places could not be opened. Please tell a mediator.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="404" />
            <location filename="../assist_desk/views/places.py" line="475" />
            <source>Loading the list of places…</source>
            <translation>Loading the list of places…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="364" />
            <location filename="../assist_desk/views/places.py" line="375" />
            <source>Help points and town halls</source>
            <translation>Help points and town halls</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="369" />
            <source>, </source>
            <comment>between the example places</comment>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="370" />
            <source>e.g. %1</source>
            <translation>e.g. %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="378" />
            <source>Type your town or postcode, then choose a suggestion. The nearest places appear by category, from data kept on this computer.</source>
            <translation>Type your town or postcode, then choose a suggestion. The nearest places appear by category, from data kept on this computer.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="384" />
            <source>Town or postcode</source>
            <translation>Town or postcode</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="385" />
            <location filename="../assist_desk/views/places.py" line="386" />
            <source>Clear the search</source>
            <translation>Clear the search</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="409" />
            <source>‹ Back to the places</source>
            <translation>‹ Back to the places</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="410" />
            <source>Back to the places</source>
            <translation>Back to the places</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="420" />
            <source>Identity card or passport</source>
            <translation>Identity card or passport</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="423" />
            <source>Not every town hall takes these applications, and no list on this computer says which ones do. The official appointment site lists them and books the appointment.</source>
            <translation>Not every town hall takes these applications, and no list on this computer says which ones do. The official appointment site lists them and books the appointment.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="429" />
            <location filename="../assist_desk/views/places.py" line="431" />
            <source>Official appointment site: %1</source>
            <translation>Official appointment site: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="433" />
            <source>Open the appointment site</source>
            <translation>Open the appointment site</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="438" />
            <source>QR code of the official appointment site</source>
            <translation>QR code of the official appointment site</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="439" />
            <source>Scan with your phone to book there</source>
            <translation>Scan with your phone to book there</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="441" />
            <source>Approved photographers and photo booths (ANTS): %1</source>
            <translation>Approved photographers and photo booths (ANTS): %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="455" />
            <source>Data: town halls from the DILA directory; France services (ANCT, December 2022); digital help points (2021-2024); communes COG 2026. Licence Ouverte.</source>
            <translation>Data: town halls from the DILA directory; France services (ANCT, December 2022); digital help points (2021-2024); communes COG 2026. Licence Ouverte.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="477" />
            <source>Nothing found for this search. Try a postcode or another spelling.</source>
            <translation>Nothing found for this search. Try a postcode or another spelling.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="481" />
            <source>Places near this help point</source>
            <translation>Places near this help point</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="483" />
            <source>Places near %1</source>
            <translation>Places near %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="550" />
            <source>None near here in the data on this computer</source>
            <translation>None near here in the data on this computer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="570" />
            <source>%1 m</source>
            <translation>%1 m</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="572" />
            <source>%1 km</source>
            <translation>%1 km</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="576" />
            <source>Opening hours unknown</source>
            <translation>Opening hours unknown</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="578" />
            <source>Closed today</source>
            <translation>Closed today</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="579" />
            <source>open now</source>
            <translation>open now</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="579" />
            <source>closed now</source>
            <translation>closed now</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="581" />
            <source>Today: %1 (%2)</source>
            <translation>Today: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="726" />
            <source>Choose a place in the list to see its details.</source>
            <translation>Choose a place in the list to see its details.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="744" />
            <source>Phone: %1</source>
            <translation>Phone: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="746" />
            <source>Website: %1</source>
            <translation>Website: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="752" />
            <source>Check that this town hall takes passport and identity-card applications.</source>
            <translation>Check that this town hall takes passport and identity-card applications.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="755" />
            <source>Position approximate (centre of the town).</source>
            <translation>Position approximate (centre of the town).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="757" />
            <source>Information dated %1</source>
            <translation>Information dated %1</translation>
        </message>
    </context>
    <context>
        <name>PreApplicationWidget</name>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="111" />
            <source>Valid: this number can be used to make an appointment in any town hall that takes passport and identity-card applications.</source>
            <translation>Valid: this number can be used to make an appointment in any town hall that takes passport and identity-card applications.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="115" />
            <source>Already used: an application was made with this number. It cannot be used again; make a new pre-application if needed.</source>
            <translation>Already used: an application was made with this number. It cannot be used again; make a new pre-application if needed.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="119" />
            <source>Not recognised by ANTS yet: check the number on the pre-application summary, or wait a little and try again.</source>
            <translation>Not recognised by ANTS yet: check the number on the pre-application summary, or wait a little and try again.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="123" />
            <source>Unknown: ANTS does not know this number. Check each character on the pre-application summary.</source>
            <translation>Unknown: ANTS does not know this number. Check each character on the pre-application summary.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="127" />
            <source>Expired: this pre-application is too old. Make a new pre-application.</source>
            <translation>Expired: this pre-application is too old. Make a new pre-application.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="134" />
            <source>The status cannot be checked from here. Make the appointment on the official site with this number.</source>
            <translation>The status cannot be checked from here. Make the appointment on the official site with this number.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="137" />
            <source>The number must have 10 letters or digits.</source>
            <translation>The number must have 10 letters or digits.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="139" />
            <source>The appointment service refused this help point's access. Please tell a mediator; meanwhile use the official site.</source>
            <translation>The appointment service refused this help point's access. Please tell a mediator; meanwhile use the official site.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="142" />
            <source>The appointment service is busy. Try again in a minute.</source>
            <translation>The appointment service is busy. Try again in a minute.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="148" />
            <source>At the end of the online pre-application you receive a pre-application number: 10 letters or digits. Write it down or print the summary: the town hall asks for it at the appointment, where fingerprints are taken.</source>
            <translation>At the end of the online pre-application you receive a pre-application number: 10 letters or digits. Write it down or print the summary: the town hall asks for it at the appointment, where fingerprints are taken.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="153" />
            <source>Pre-application &amp;number:</source>
            <translation>Pre-application &amp;number:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="154" />
            <source>Pre-application number</source>
            <translation>Pre-application number</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="156" />
            <source>10 letters or digits; spaces and small letters are accepted</source>
            <translation>10 letters or digits; spaces and small letters are accepted</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="158" />
            <source>e.g. AB12 CD34 EF</source>
            <translation>e.g. AB12 CD34 EF</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="159" />
            <source>Result of the check</source>
            <translation>Result of the check</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="160" />
            <source>Check the number</source>
            <translation>Check the number</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="161" />
            <source>Check the pre-application number</source>
            <translation>Check the pre-application number</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="162" />
            <source>Free appointments near this help point</source>
            <translation>Free appointments near this help point</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="164" />
            <source>Free appointments, nearest town halls first</source>
            <translation>Free appointments, nearest town halls first</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="166" />
            <source>Appointments in town halls: %1</source>
            <translation>Appointments in town halls: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="178" />
            <source>%1 of 10 characters</source>
            <translation>%1 of 10 characters</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="181" />
            <source>Too long: %1 characters instead of 10</source>
            <translation>Too long: %1 characters instead of 10</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="185" />
            <source>Only letters A to Z and digits: “%1” is not accepted</source>
            <translation>Only letters A to Z and digits: “%1” is not accepted</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="187" />
            <source>Complete number: %1</source>
            <translation>Complete number: %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="212" />
            <source>Asking the appointment service…</source>
            <translation>Asking the appointment service…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="225" />
            <source>Without a connection to ANTS, only the form of the number is checked.</source>
            <translation>Without a connection to ANTS, only the form of the number is checked.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="233" />
            <source>The appointment service does not answer. Make the appointment on the official site with this number.</source>
            <translation>The appointment service does not answer. Make the appointment on the official site with this number.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="242" />
            <source>Appointment: %1 at %2</source>
            <translation>Appointment: %1 at %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="261" />
            <source>No free appointment found from here: use the official site.</source>
            <translation>No free appointment found from here: use the official site.</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../assist_desk/views/printing.py" line="50" />
            <source>Official website</source>
            <extracomment>Body text size on paper, in points (large type for reading at home). The least resolution a page is laid out at (what most office printers print at).</extracomment>
            <translation>Official website</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/printing.py" line="51" />
            <source>Official information</source>
            <translation>Official information</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/pending_memo.py" line="73" />
            <location filename="../assist_desk/views/printing.py" line="64" />
            <source>Prepared at %1 on %2</source>
            <translation>Prepared at %1 on %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/pending_memo.py" line="75" />
            <location filename="../assist_desk/views/printing.py" line="66" />
            <source>This sheet holds no personal information. Rules and prices can change: the official pages above prevail. assist_desk is not an ANTS product.</source>
            <translation>This sheet holds no personal information. Rules and prices can change: the official pages above prevail. assist_desk is not an ANTS product.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/printing.py" line="71" />
            <source>Documents to bring</source>
            <translation>Documents to bring</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/printing.py" line="191" />
            <source>Print preview</source>
            <extracomment>The most copies a citizen may ask for at once (paper is the help point's).</extracomment>
            <translation>Print preview</translation>
        </message>
    </context>
    <context>
        <name>SetupGuideScreen</name>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="135" />
            <location filename="../assist_desk/views/setup_guide.py" line="138" />
            <source>How to set it up</source>
            <extracomment>The statuses that have a section, in the order of the staff screens. Names from the operator's guide, never translated.</extracomment>
            <translation>How to set it up</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="141" />
            <source>What each status of the mediator screens means, and what the person who installed the help point does about it. The full operator's guide is the file %1 in the application's folder; on Linux, once installed, also:</source>
            <translation>What each status of the mediator screens means, and what the person who installed the help point does about it. The full operator's guide is the file %1 in the application's folder; on Linux, once installed, also:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="152" />
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="153" />
            <source>Back to the mediator screens</source>
            <translation>Back to the mediator screens</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="167" />
            <source>ANTS portal: not checked yet, or to check</source>
            <translation>ANTS portal: not checked yet, or to check</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="171" />
            <source>“Not checked yet”: the connection has not been tested since the application started. Press “Check again” in the mediator tools.</source>
            <translation>“Not checked yet”: the connection has not been tested since the application started. Press “Check again” in the mediator tools.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="177" />
            <source>“To check”: this computer cannot reach the portal. First check that it is connected to the Internet. Then check the portal's address: the setting %1 in the site file:</source>
            <translation>“To check”: this computer cannot reach the portal. First check that it is connected to the Internet. Then check the portal's address: the setting %1 in the site file:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="186" />
            <source>A kiosk needs it: with it empty, the kiosk does not start (unless it is a kiosk for training sessions only: %1).</source>
            <translation>A kiosk needs it: with it empty, the kiosk does not start (unless it is a kiosk for training sessions only: %1).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="193" />
            <source>The application reads the site file when it starts: restart it after a change. At a kiosk, as administrator:</source>
            <translation>The application reads the site file when it starts: restart it after a change. At a kiosk, as administrator:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="200" />
            <source>If the kiosk keeps starting again, this command shows one line that names the wrong setting:</source>
            <translation>If the kiosk keeps starting again, this command shows one line that names the wrong setting:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="210" />
            <source>Offline content: date unknown, or to update</source>
            <translation>Offline content: date unknown, or to update</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="214" />
            <source>The questions and answers, the lists of documents, the fees and the places come with the application. Past the age set by %1 (180 days if not set), they are shown as “to update”: fees and documents may have changed.</source>
            <translation>The questions and answers, the lists of documents, the fees and the places come with the application. Past the age set by %1 (180 days if not set), they are shown as “to update”: fees and documents may have changed.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="225" />
            <source>To update, unpack the newer archive of the application and run its installer again, as administrator. The site file is kept.</source>
            <translation>To update, unpack the newer archive of the application and run its installer again, as administrator. The site file is kept.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="229" />
            <source>At a kiosk:</source>
            <translation>At a kiosk:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="231" />
            <source>At a workstation:</source>
            <translation>At a workstation:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="233" />
            <source>To see the version and the date of the offline content:</source>
            <translation>To see the version and the date of the offline content:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="240" />
            <source>No safe place for the mediator PIN</source>
            <translation>No safe place for the mediator PIN</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="244" />
            <source>The mediator PIN is kept only in the system's secure storage (the keyring) of the account that runs the application, never in a file. Without it the mediator tools stay locked; citizens can still use everything.</source>
            <translation>The mediator PIN is kept only in the system's secure storage (the keyring) of the account that runs the application, never in a file. Without it the mediator tools stay locked; citizens can still use everything.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="252" />
            <source>On Linux, install the keyring service, then sign in to a desktop session of that account once:</source>
            <translation>On Linux, install the keyring service, then sign in to a desktop session of that account once:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="259" />
            <source>Then check, as that account (status 3 means there is still no secure storage):</source>
            <translation>Then check, as that account (status 3 means there is still no secure storage):</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="269" />
            <source>No mediator PIN on this kiosk</source>
            <translation>No mediator PIN on this kiosk</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="273" />
            <source>Nobody can choose the PIN on a kiosk's screen: an administrator sets it (at least 6 characters, asked twice, never shown) for the kiosk's account:</source>
            <translation>Nobody can choose the PIN on a kiosk's screen: an administrator sets it (at least 6 characters, asked twice, never shown) for the kiosk's account:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="281" />
            <source>At a mediator workstation, the account that runs the application sets it with this command, or chooses it on the sign-in screen:</source>
            <translation>At a mediator workstation, the account that runs the application sets it with this command, or chooses it on the sign-in screen:</translation>
        </message>
    </context>
    <context>
        <name>Site</name>
        <message>
            <location filename="../assist_desk/views/site_name.py" line="17" />
            <source>Digital help point (training)</source>
            <extracomment>The default name, in English; its French is ``modes.DEFAULT_SITE_NAME``.</extracomment>
            <translation>Digital help point (training)</translation>
        </message>
    </context>
    <context>
        <name>SourcesScreen</name>
        <message>
            <location filename="../assist_desk/views/about.py" line="312" />
            <location filename="../assist_desk/views/about.py" line="335" />
            <source>Sources and licences</source>
            <translation>Sources and licences</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="317" />
            <source>Questions, checklists and fees</source>
            <translation>Questions, checklists and fees</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="318" />
            <source>Places</source>
            <translation>Places</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="319" />
            <source>Training portal</source>
            <translation>Training portal</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="325" />
            <source>No offline content pack is installed.</source>
            <translation>No offline content pack is installed.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="327" />
            <source>Offline content: version %1.</source>
            <translation>Offline content: version %1.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="329" />
            <source>Offline content: version %1, published on %2.</source>
            <translation>Offline content: version %1, published on %2.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="336" />
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="340" />
            <source>assist_desk is free software under the European Union Public Licence (EUPL) version 1.2.</source>
            <translation>assist_desk is free software under the European Union Public Licence (EUPL) version 1.2.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="346" />
            <source>&amp;Sources of the information shipped with it. Each note is kept as its authors wrote it, in English:</source>
            <translation>&amp;Sources of the information shipped with it. Each note is kept as its authors wrote it, in English:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="362" />
            <source>No data files are shipped with this copy.</source>
            <translation>No data files are shipped with this copy.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="363" />
            <source>Sources of the information shipped with it</source>
            <translation>Sources of the information shipped with it</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="365" />
            <source>Where each set of data comes from, its licence and its date</source>
            <translation>Where each set of data comes from, its licence and its date</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="367" />
            <location filename="../assist_desk/views/about.py" line="368" />
            <source>Back to the mediator tools</source>
            <translation>Back to the mediator tools</translation>
        </message>
    </context>
    <context>
        <name>StepOverview</name>
        <message>
            <location filename="../assist_desk/views/widgets/step_overview.py" line="97" />
            <source>you are here</source>
            <extracomment>Unfolded, the list takes at most this many lines and scrolls past them, so that the flow's action bar stays in view under it (M-2: in Arabic, whose lines are taller, the whole list pushed the bar below the window on 5 of 16 request screens).</extracomment>
            <translation>you are here</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/step_overview.py" line="111" />
            <source>After “%1”, depending on the answer: %2</source>
            <translation>After “%1”, depending on the answer: %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/step_overview.py" line="114" />
            <source>Branches still open</source>
            <translation>Branches still open</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/step_overview.py" line="120" />
            <source>All the steps of this procedure</source>
            <translation>All the steps of this procedure</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/step_overview.py" line="128" />
            <source>Hide the steps</source>
            <translation>Hide the steps</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/step_overview.py" line="128" />
            <source>Show all the steps</source>
            <translation>Show all the steps</translation>
        </message>
    </context>
    <context>
        <name>TermHints</name>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="27" />
            <source>Agence nationale des titres sécurisés: the State agency for ID cards, passports, driving licences and registration certificates.</source>
            <extracomment>(word as shown, plain explanation). The word is translated too when a language writes it differently ("the agency" is "l'agence"); acronyms stay as they are.</extracomment>
            <translation>Agence nationale des titres sécurisés: the State agency for ID cards, passports, driving licences and registration certificates.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="34" />
            <source>the agency</source>
            <translation>the agency</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="35" />
            <source>The ANTS (Agence nationale des titres sécurisés), which runs the portal.</source>
            <translation>The ANTS (Agence nationale des titres sécurisés), which runs the portal.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="41" />
            <source>The national vehicle registration system; a garage needs its prefecture's authorisation to use it.</source>
            <translation>The national vehicle registration system; a garage needs its prefecture's authorisation to use it.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="49" />
            <source>The 14-digit number of a business or association (one per address).</source>
            <translation>The 14-digit number of a business or association (one per address).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="55" />
            <source>The official identity paper of a company, from the trade register.</source>
            <translation>The official identity paper of a company, from the trade register.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="61" />
            <source>The official 5-character number of a town (it is not the postcode).</source>
            <translation>The official 5-character number of a town (it is not the postcode).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="67" />
            <source>The road-safety certificate taken at secondary school (collège).</source>
            <translation>The road-safety certificate taken at secondary school (collège).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="73" />
            <source>The Defence and Citizenship Day that young French people attend.</source>
            <translation>The Defence and Citizenship Day that young French people attend.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="79" />
            <source>An official form, known by its number (e.g. cerfa 15776).</source>
            <translation>An official form, known by its number (e.g. cerfa 15776).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="82" />
            <source>holder</source>
            <translation>holder</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="83" />
            <source>The person in whose name the registration certificate is issued.</source>
            <translation>The person in whose name the registration certificate is issued.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="88" />
            <source>usage name</source>
            <translation>usage name</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="89" />
            <source>The name you use every day when it is not your birth name, for example your spouse's name.</source>
            <translation>The name you use every day when it is not your birth name, for example your spouse's name.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="96" />
            <source>fingerprint station</source>
            <translation>fingerprint station</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="97" />
            <source>The town hall's equipment where your fingerprints are taken and your identity card or passport application is recorded.</source>
            <translation>The town hall's equipment where your fingerprints are taken and your identity card or passport application is recorded.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="105" />
            <source>A digital ID photo from an approved photographer or photo booth, with a code to give in your application.</source>
            <translation>A digital ID photo from an approved photographer or photo booth, with a code to give in your application.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="164" />
            <source>What these words mean</source>
            <translation>What these words mean</translation>
        </message>
    </context>
    <context>
        <name>TriageScreen</name>
        <message>
            <location filename="../assist_desk/views/triage.py" line="208" />
            <source>Which procedure do I need? — Result</source>
            <extracomment>What the screen's layout holds and shows or hides: the answers' area in it.</extracomment>
            <translation>Which procedure do I need? — Result</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="209" />
            <source>Which procedure do I need? — Question %1</source>
            <translation>Which procedure do I need? — Question %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="225" />
            <source>Which procedure do I need?</source>
            <translation>Which procedure do I need?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="226" />
            <source>&amp;Back</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="227" />
            <source>Back to the previous question</source>
            <translation>Back to the previous question</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="228" />
            <source>Start &amp;again</source>
            <translation>Start &amp;again</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="229" />
            <source>Start the questions again</source>
            <translation>Start the questions again</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="230" />
            <source>See the &amp;checklist</source>
            <translation>See the &amp;checklist</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="231" />
            <source>See the full checklist</source>
            <translation>See the full checklist</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="232" />
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="233" />
            <source>Print the checklist</source>
            <translation>Print the checklist</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="234" />
            <location filename="../assist_desk/views/triage.py" line="304" />
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="283" />
            <source>Question %1</source>
            <translation>Question %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="307" />
            <source>Here is what you need:</source>
            <translation>Here is what you need:</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="328" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="381" />
            <source>No printer is available here. Ask a mediator, or note the list.</source>
            <translation>No printer is available here. Ask a mediator, or note the list.</translation>
        </message>
    </context>
    <context>
        <name>VehicleTaxInputs</name>
        <message>
            <location filename="../assist_desk/views/widgets/vehicle_tax.py" line="98" />
            <location filename="../assist_desk/views/widgets/vehicle_tax.py" line="99" />
            <source>Region of your home</source>
            <translation>Region of your home</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/vehicle_tax.py" line="101" />
            <source>Choose your region</source>
            <translation>Choose your region</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/vehicle_tax.py" line="103" />
            <source>Fiscal horsepower (box P.6 of the old certificate)</source>
            <translation>Fiscal horsepower (box P.6 of the old certificate)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/vehicle_tax.py" line="104" />
            <source>Fiscal horsepower</source>
            <translation>Fiscal horsepower</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/vehicle_tax.py" line="105" />
            <source>Year of first registration (box B)</source>
            <translation>Year of first registration (box B)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/vehicle_tax.py" line="106" />
            <source>Year of first registration</source>
            <translation>Year of first registration</translation>
        </message>
    </context>
</TS>
