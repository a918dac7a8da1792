<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AboutScreen</name>
        <message>
            <location filename="../assist_desk/views/about.py" line="199" />
            <source>About</source>
            <extracomment>The id of the About screen (the top bar's "About" button opens it). The id of the mediators' sources and licences screen.</extracomment>
            <translation>À propos</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="204" />
            <source>No date is known for the information on this computer.</source>
            <translation>Aucune date n'est connue pour les informations de cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="205" />
            <source>The information on this computer was checked on %1.</source>
            <translation>Les informations de cet ordinateur ont été vérifiées le %1.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="210" />
            <source>About this help point</source>
            <translation>À propos de ce point d'aide</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="213" />
            <source>This help point is run by: %1.</source>
            <translation>Ce point d'aide est tenu par : %1.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="215" />
            <source>This help point is run by a local public service.</source>
            <translation>Ce point d'aide est tenu par un service public local.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="217" />
            <source>This application is not an ANTS product. It helps you use the official websites, where your procedure is done.</source>
            <translation>Cette application n'est pas un produit de l'ANTS. Elle vous aide à utiliser les sites officiels, où se fait votre démarche.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="221" />
            <source>Nothing you type here is kept on this computer: it is erased when the session ends.</source>
            <translation>Rien de ce que vous saisissez ici n'est conservé sur cet ordinateur : tout est effacé à la fin de la session.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="225" />
            <source>assist_desk version %1, free software.</source>
            <translation>assist_desk version %1, logiciel libre.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="234" />
            <location filename="../assist_desk/views/about.py" line="235" />
            <location filename="../assist_desk/views/about.py" line="243" />
            <source>Accessibility statement</source>
            <translation>Déclaration d'accessibilité</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="237" />
            <location filename="../assist_desk/views/about.py" line="238" />
            <source>Sources and licences</source>
            <translation>Sources et licences</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="244" />
            <location filename="../assist_desk/views/about.py" line="245" />
            <source>Back to the home screen</source>
            <translation>Retour à l'accueil</translation>
        </message>
    </context>
    <context>
        <name>AppointmentsScreen</name>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="302" />
            <location filename="../assist_desk/views/appointments.py" line="305" />
            <source>Pre-application number and appointment</source>
            <translation>Numéro de pré-demande et rendez-vous</translation>
        </message>
    </context>
    <context>
        <name>AskMediatorScreen</name>
        <message>
            <location filename="../assist_desk/views/ask_mediator.py" line="50" />
            <source>Ask a mediator</source>
            <translation>Demander un médiateur</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/ask_mediator.py" line="53" />
            <source>A mediator can help you</source>
            <translation>Un médiateur peut vous aider</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/ask_mediator.py" line="55" />
            <source>Raise your hand so that a mediator sees you, or go to the help point's desk.</source>
            <translation>Levez la main pour qu'un médiateur vous voie, ou allez à l'accueil du lieu d'aide.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/ask_mediator.py" line="58" />
            <source>Back to where I was</source>
            <translation>Revenir où j'en étais</translation>
        </message>
    </context>
    <context>
        <name>AttractScreen</name>
        <message>
            <location filename="../assist_desk/views/attract.py" line="437" />
            <source>Welcome</source>
            <extracomment>Each language named in itself, as a person looking for it would read it. The attract screen's parts, top to bottom, from the fullest screen to the shortest (see ``AttractScreen._arrange``). "stretch" is empty room that a short screen lacks. The parts moved from one order to another (the others keep their order). The parts measured to know what a short window shows of an order. The logo's height at most, in pixels (the welcome screen still fits 800 px). K-5: what can be done here, as the four procedures' pictograms. Between two pictograms, across and down. Above the name: less on a screen too short to show everything. K-5: the help point's logo, when the operator set one (``site_logo``).</extracomment>
            <translation>Bienvenue</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="441" />
            <source>Welcome. We can help you with your ANTS procedures.</source>
            <translation>Bienvenue. Nous pouvons vous aider dans vos démarches ANTS.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="442" />
            <source>Touch to start</source>
            <translation>Touchez pour commencer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="446" />
            <source>Starts a new session. Nothing from the previous person is kept.</source>
            <translation>Ouvre une nouvelle session. Rien de la personne précédente n'est conservé.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="450" />
            <source>Everything you type is erased when you press “End session”, or after a few minutes without use.</source>
            <translation>Tout ce que vous saisissez est effacé quand vous appuyez sur « Terminer la session », ou après quelques minutes sans utilisation.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="455" />
            <source>Registration certificate</source>
            <translation>Carte grise</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="456" />
            <source>Driving licence</source>
            <translation>Permis de conduire</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="457" />
            <source>Identity card</source>
            <translation>Carte d'identité</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="458" />
            <source>Passport</source>
            <translation>Passeport</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="462" />
            <source>Here you can get help with:</source>
            <translation>Ici, on vous aide pour :</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="463" />
            <location filename="../assist_desk/views/attract.py" line="464" />
            <source>Larger text</source>
            <translation>Texte plus grand</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="465" />
            <location filename="../assist_desk/views/attract.py" line="466" />
            <source>High contrast</source>
            <translation>Contraste élevé</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="467" />
            <location filename="../assist_desk/views/attract.py" line="468" />
            <source>Choose your language:</source>
            <translation>Choisissez votre langue :</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="469" />
            <source>Staff</source>
            <translation>Personnel</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="470" />
            <source>Staff sign-in</source>
            <translation>Connexion du personnel</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="472" />
            <source>For the help point's mediators: asks for the PIN</source>
            <translation>Pour les médiateurs du point d'accueil : demande le code</translation>
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
            <translation>Site officiel</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="310" />
            <source>Site shown: %1</source>
            <translation>Site affiché : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="398" />
            <source>Back to the application</source>
            <translation>Revenir à l'application</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="399" />
            <location filename="../assist_desk/views/browser/screen.py" line="420" />
            <location filename="../assist_desk/views/browser/screen.py" line="437" />
            <location filename="../assist_desk/views/browser/screen.py" line="443" />
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="399" />
            <source>Previous page</source>
            <translation>Page précédente</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="400" />
            <source>Reload</source>
            <translation>Recharger</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="400" />
            <source>Load the page again</source>
            <translation>Charger la page à nouveau</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="401" />
            <source>Smaller text</source>
            <translation>Texte plus petit</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="402" />
            <source>Larger text</source>
            <translation>Texte plus grand</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="415" />
            <source>This page is not available at this kiosk</source>
            <translation>Cette page n'est pas disponible sur cette borne</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="417" />
            <source>This kiosk only opens official sites, to keep your information safe. To open this page on your phone, scan the code with its camera.</source>
            <translation>Cette borne n'ouvre que des sites officiels, pour protéger vos informations. Pour ouvrir cette page sur votre téléphone, scannez le code avec son appareil photo.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="422" />
            <source>This page stopped working</source>
            <translation>Cette page s'est arrêtée</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="424" />
            <source>This can happen. Start the page again; if it stops again, ask a mediator.</source>
            <translation>Cela peut arriver. Relancez la page ; si elle s'arrête encore, demandez à un médiateur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="426" />
            <source>Start again</source>
            <translation>Relancer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="428" />
            <source>No scanned document yet</source>
            <translation>Aucun document numérisé pour l'instant</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="430" />
            <source>To send a document, first scan it with this help point's scanner, then press the page's button again. If you see no scanner, ask a mediator.</source>
            <translation>Pour envoyer un document, numérisez-le d'abord avec le scanner de ce point d'accueil, puis appuyez à nouveau sur le bouton de la page. Si vous ne voyez pas de scanner, demandez à un médiateur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="433" />
            <source>Back to the page</source>
            <translation>Revenir à la page</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="435" />
            <source>The document could not be received</source>
            <translation>Le document n'a pas pu être reçu</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="436" />
            <source>Try again on the page. If it fails again, ask a mediator.</source>
            <translation>Réessayez sur la page. Si cela échoue encore, demandez à un médiateur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="439" />
            <source>This document cannot be shown here</source>
            <translation>Ce document ne peut pas être affiché ici</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="441" />
            <source>Only PDF documents can be shown and printed here. A mediator can help you.</source>
            <translation>Seuls les documents PDF peuvent être affichés et imprimés ici. Un médiateur peut vous aider.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="448" />
            <source>Code to scan with a phone to open this page</source>
            <translation>Code à scanner avec un téléphone pour ouvrir cette page</translation>
        </message>
    </context>
    <context>
        <name>ChecklistsScreen</name>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="438" />
            <location filename="../assist_desk/views/checklists.py" line="537" />
            <source>Documents to bring</source>
            <translation>Documents à apporter</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="538" />
            <source>‹ Back to the procedures</source>
            <translation>‹ Retour aux démarches</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="539" />
            <source>Back to the procedures</source>
            <translation>Retour aux démarches</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="540" />
            <source>Choose a procedure first: then you can print its list.</source>
            <translation>Choisissez d'abord une démarche : vous pourrez ensuite imprimer sa liste.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="541" />
            <source>Procedures</source>
            <translation>Démarches</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="542" />
            <source>Checklist</source>
            <translation>Liste de documents</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="543" />
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="544" />
            <source>Print this checklist</source>
            <translation>Imprimer cette liste</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="545" />
            <source>Save as &amp;PDF</source>
            <translation>Enregistrer en &amp;PDF</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="547" />
            <source>Save as PDF</source>
            <translation>Enregistrer en PDF</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="548" />
            <source>Save this checklist as a PDF file</source>
            <translation>Enregistrer cette liste dans un fichier PDF</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="549" />
            <source>Which procedure do I need?</source>
            <translation>Quelle démarche me faut-il ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="662" />
            <source>Choose a procedure</source>
            <translation>Choisissez une démarche</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="664" />
            <source>Choose a procedure in the list to see the documents to bring.</source>
            <translation>Choisissez une démarche dans la liste pour voir les documents à apporter.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="668" />
            <source>Not sure which one? The button “Which procedure do I need?” asks you a few simple questions.</source>
            <translation>Vous ne savez pas laquelle ? Le bouton « Quelle démarche me faut-il ? » vous pose quelques questions simples.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="675" />
            <source>For a vehicle registration certificate, the list also estimates its cost.</source>
            <translation>Pour une carte grise, la liste estime aussi son coût.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="687" />
            <source>Back to the translation</source>
            <translation>Revenir à la traduction</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="687" />
            <source>Show the French text</source>
            <translation>Afficher le texte français</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="739" />
            <source>No printer is available here. Ask a mediator, or note the list.</source>
            <translation>Aucune imprimante n'est disponible ici. Demandez à un médiateur, ou notez la liste.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="768" />
            <source>The PDF file could not be written. Try printing.</source>
            <translation>Le fichier PDF n'a pas pu être enregistré. Essayez d'imprimer.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="771" />
            <source>Saved: %1</source>
            <translation>Enregistré : %1</translation>
        </message>
    </context>
    <context>
        <name>Content</name>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="79" />
            <source>This information may be outdated: it was last checked on %1. Check the official page before relying on it.</source>
            <translation>Ces informations sont peut-être dépassées : elles ont été vérifiées pour la dernière fois le %1. Consultez la page officielle avant de vous y fier.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="87" />
            <source>Not yet translated: shown in French, which is the reference text.</source>
            <translation>Pas encore traduit : affiché en français, qui est le texte de référence.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="100" />
            <source>free</source>
            <translation>gratuit</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="101" />
            <source>Cost: %1</source>
            <translation>Coût : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="102" />
            <source>Source: %1 — checked on %2</source>
            <translation>Source : %1 — vérifié le %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="103" />
            <source>Where: %1</source>
            <translation>Où : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="106" />
            <source>Otherwise: %1</source>
            <translation>Sinon : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="108" />
            <source>Official website: %1</source>
            <translation>Site officiel : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="109" />
            <source>Where to buy the electronic tax stamp</source>
            <translation>Où acheter le timbre fiscal électronique</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="112" />
            <source>To recheck: its source could not confirm it that day. Check the official page.</source>
            <translation>À revérifier : ce jour-là, sa source ne l'a pas confirmé. Consultez la page officielle.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="116" />
            <source>Translated from French, which is the reference text.</source>
            <translation>Traduit du français, qui est le texte de référence.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="176" />
            <source>Checked on %1</source>
            <translation>Vérifié le %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="104" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="105" />
            <source>if it applies</source>
            <translation>si cela vous concerne</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="107" />
            <source>Steps</source>
            <translation>Étapes</translation>
        </message>
    </context>
    <context>
        <name>CostCalculator</name>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="224" />
            <source>Cost calculator</source>
            <extracomment>A touch target's least height at a kiosk (the review's 80 px for choices). Between a calculator's label and its field: nearer than to the field above. Lines of a checklist always in view, whatever sits under it. (energy id, label); labels are translated in retranslate_ui.</extracomment>
            <translation>Calcul du coût</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="225" />
            <source>&amp;Region of your home</source>
            <translation>&amp;Région de votre domicile</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="226" />
            <source>Region of your home</source>
            <translation>Région de votre domicile</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="227" />
            <source>&amp;Fiscal horsepower (box P.6)</source>
            <translation>&amp;Puissance fiscale (case P.6)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="228" />
            <source>Fiscal horsepower</source>
            <translation>Puissance fiscale</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="230" />
            <source>Written in box P.6 of the registration certificate</source>
            <translation>Indiquée dans la case P.6 de la carte grise</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="232" />
            <source>&amp;Year of first registration (box B)</source>
            <translation>&amp;Année de première immatriculation (case B)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="233" />
            <source>Year of first registration</source>
            <translation>Année de première immatriculation</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="235" />
            <source>Written in box B of the registration certificate</source>
            <translation>Indiquée dans la case B de la carte grise</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="237" />
            <source>&amp;Energy</source>
            <translation>É&amp;nergie</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="238" />
            <source>Energy</source>
            <translation>Énergie</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="240" />
            <source>Petrol, diesel or other</source>
            <translation>Essence, diesel ou autre</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="241" />
            <source>Electric or hydrogen</source>
            <translation>Électrique ou hydrogène</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="242" />
            <source>Hybrid</source>
            <translation>Hybride</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="243" />
            <source>Superethanol E85</source>
            <translation>Superéthanol E85</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="274" />
            <source>No rate is known for this region on this date.</source>
            <translation>Aucun tarif connu pour cette région à cette date.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="283" />
            <source>Regional tax %1 (%2 per horsepower, rate in force on %3; start date to recheck)</source>
            <translation>Taxe régionale %1 (%2 par cheval fiscal, tarif en vigueur le %3 ; date de début à revérifier)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="286" />
            <source>Estimated total: %1</source>
            <translation>Total estimé : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="279" />
            <source>Regional tax %1 (%2 per horsepower, rate valid since %3)</source>
            <translation>Taxe régionale %1 (%2 par cheval fiscal, tarif en vigueur depuis le %3)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="292" />
            <source>This region does not charge the regional tax for this energy.</source>
            <translation>Cette région ne demande pas la taxe régionale pour cette énergie.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="294" />
            <source>This region halves the regional tax for this energy.</source>
            <translation>Cette région divise la taxe régionale par deux pour cette énergie.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="296" />
            <source>Halved: the vehicle was first registered 10 years ago or more.</source>
            <translation>Divisée par deux : la première immatriculation date de 10 ans ou plus.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="299" />
            <source>Near 10 years, the exact date in box B decides whether it is halved.</source>
            <translation>Autour de 10 ans, c'est la date exacte de la case B qui décide de la réduction de moitié.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="302" />
            <source>Fixed tax %1, delivery %2</source>
            <translation>Taxe fixe %1, acheminement %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="307" />
            <source>Rate checked on %1</source>
            <translation>Tarif vérifié le %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="312" />
            <source>To recheck: a figure used could not be confirmed.</source>
            <translation>À revérifier : un des montants utilisés n'a pas pu être confirmé.</translation>
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
            <translation>Votre document</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/document.py" line="136" />
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/document.py" line="137" />
            <source>Close the document</source>
            <translation>Fermer le document</translation>
        </message>
    </context>
    <context>
        <name>FaqScreen</name>
        <message>
            <location filename="../assist_desk/views/faq.py" line="273" />
            <location filename="../assist_desk/views/faq.py" line="348" />
            <source>Questions &amp; answers</source>
            <extracomment>Milliseconds of quiet typing before the search runs (results feel instant). A touch target's least height at a kiosk (the review's 80 px for choices). What a list item opens: ("faq" or "checklist", id).</extracomment>
            <translation>Questions et réponses</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="349" />
            <source>&amp;Search</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="350" />
            <source>For example: lost passport, carte grise…</source>
            <translation>Par exemple : passeport perdu, carte grise…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="351" />
            <source>Search the questions and checklists</source>
            <translation>Rechercher dans les questions et les listes de documents</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="352" />
            <location filename="../assist_desk/views/faq.py" line="353" />
            <source>Clear the search</source>
            <translation>Effacer la recherche</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="355" />
            <source>Results appear as you type. Spelling mistakes are tolerated.</source>
            <translation>Les résultats s'affichent pendant la saisie. Les fautes de frappe sont tolérées.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="357" />
            <source>&amp;Topic</source>
            <translation>&amp;Thème</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="358" />
            <source>Topic</source>
            <translation>Thème</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="359" />
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="360" />
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="362" />
            <source>Choose a question in the list, or type a few words in the search box.</source>
            <translation>Choisissez une question dans la liste, ou tapez quelques mots dans la zone de recherche.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="365" />
            <source>‹ Back to the questions</source>
            <translation>‹ Retour aux questions</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="366" />
            <source>Back to the questions</source>
            <translation>Retour aux questions</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="369" />
            <source>Which procedure do I need?</source>
            <translation>Quelle démarche me faut-il ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="371" />
            <source>Documents to bring</source>
            <translation>Documents à apporter</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="385" />
            <source>All topics</source>
            <translation>Tous les thèmes</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="410" />
            <source>No good answer found. The closest ones are below; a mediator can help you.</source>
            <translation>Pas de bonne réponse trouvée. Les plus proches sont ci-dessous ; un médiateur peut vous aider.</translation>
        </message>
        <message numerus="yes">
            <location filename="../assist_desk/views/faq.py" line="414" />
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n résultat</numerusform>
                <numerusform>%n résultats</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="416" />
            <source>No result. Try another word, or choose a topic.</source>
            <translation>Aucun résultat. Essayez un autre mot ou choisissez un thème.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="421" />
            <source>checklist</source>
            <translation>liste de documents</translation>
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
            <translation>Voir aussi</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="450" />
            <source>Frequent questions</source>
            <translation>Questions fréquentes</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="548" />
            <location filename="../assist_desk/views/faq.py" line="586" />
            <source>Documents to bring: %1</source>
            <translation>Documents à apporter : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="550" />
            <location filename="../assist_desk/views/faq.py" line="570" />
            <source>Source: %1</source>
            <translation>Source : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="606" />
            <source>Hide the French text</source>
            <translation>Masquer le texte français</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="606" />
            <source>Show the French text</source>
            <translation>Afficher le texte français</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="608" />
            <source>Translated from French, which is the reference text.</source>
            <translation>Traduit du français, qui est le texte de référence.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="375" />
            <source>Questions not yet translated are shown in French, the reference text.</source>
            <translation>Les questions pas encore traduites s'affichent en français, le texte de référence.</translation>
        </message>
    </context>
    <context>
        <name>FarewellScreen</name>
        <message numerus="yes">
            <location filename="../assist_desk/views/farewell.py" line="104" />
            <source>The screen returns to the start in %n second(s).</source>
            <extracomment>Long enough to read two short lines and take the paper; short for privacy. A page was printed in this session: the reminder is about the paper.</extracomment>
            <translation>
                <numerusform>L'écran revient au début dans %n seconde.</numerusform>
                <numerusform>L'écran revient au début dans %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/farewell.py" line="130" />
            <source>Goodbye</source>
            <translation>Au revoir</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/farewell.py" line="136" />
            <source>Don't forget your printed summary</source>
            <translation>N'oubliez pas votre récapitulatif imprimé</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/farewell.py" line="139" />
            <source>Take your papers with you. Everything you typed is erased when this screen closes: the next person will see nothing of it.</source>
            <translation>Prenez vos papiers avec vous. Tout ce que vous avez tapé est effacé quand cet écran se ferme : la personne suivante n'en verra rien.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/farewell.py" line="143" />
            <source>I have everything</source>
            <translation>J'ai tout pris</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/farewell.py" line="145" />
            <source>Thank you, goodbye</source>
            <translation>Merci, au revoir</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/farewell.py" line="148" />
            <source>Everything you typed is erased when this screen closes: the next person will see nothing of it.</source>
            <translation>Tout ce que vous avez tapé est effacé quand cet écran se ferme : la personne suivante n'en verra rien.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/farewell.py" line="152" />
            <source>Finish now</source>
            <translation>Terminer maintenant</translation>
        </message>
    </context>
    <context>
        <name>Flows</name>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="25" />
            <source>A private person</source>
            <translation>Un particulier</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="26" />
            <source>For your own procedures. You need an e-mail address you can open.</source>
            <translation>Pour vos propres démarches. Il vous faut une adresse e-mail que vous pouvez ouvrir.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="31" />
            <source>A car professional (SIV)</source>
            <translation>Un professionnel de l'automobile (SIV)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="32" />
            <source>For garages authorised by their prefecture to register vehicles. You need the authorisation, a SIRET number and an e-mail address.</source>
            <translation>Pour les garages habilités par leur préfecture à immatriculer des véhicules. Il vous faut l'habilitation, un numéro SIRET et une adresse e-mail.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="39" />
            <source>A driving school</source>
            <translation>Une auto-école</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="43" />
            <source>A road-safety training centre</source>
            <translation>Un centre de sensibilisation à la sécurité routière</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="51" />
            <source>A town hall with a fingerprint station</source>
            <translation>Une mairie équipée d'un dispositif de recueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="52" />
            <source>Town halls that take ID card and passport applications. The account is requested from the agency, with an e-mail address it can write to.</source>
            <translation>Mairies qui reçoivent les demandes de carte d'identité et de passeport. Le compte se demande à l'agence, avec une adresse e-mail à laquelle elle peut écrire.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="59" />
            <source>Another company or association</source>
            <translation>Une autre entreprise ou association</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="60" />
            <source>You need its SIRET number and an e-mail address.</source>
            <translation>Il vous faut son numéro SIRET et une adresse e-mail.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="66" />
            <source>Do you have an e-mail address that you can open now, here?</source>
            <translation>Avez-vous une adresse e-mail que vous pouvez ouvrir maintenant, ici ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="69" />
            <source>Has your prefecture authorised you to register vehicles (SIV)?</source>
            <translation>Votre préfecture vous a-t-elle habilité à immatriculer des véhicules (SIV) ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="72" />
            <source>Do you have the SIRET number (14 digits) at hand?</source>
            <translation>Avez-vous le numéro SIRET (14 chiffres) sous la main ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="73" />
            <source>Do you have the prefecture's approval number at hand?</source>
            <translation>Avez-vous le numéro d'agrément de la préfecture sous la main ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="77" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="78" />
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="82" />
            <source>Who is the account for?</source>
            <translation>Pour qui est le compte ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="83" />
            <source>Before we start</source>
            <translation>Avant de commencer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="84" />
            <source>Create an e-mail address first</source>
            <translation>Créez d'abord une adresse e-mail</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="85" />
            <source>The prefecture's authorisation</source>
            <translation>L'habilitation de la préfecture</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="86" />
            <source>Find the SIRET number</source>
            <translation>Trouver le numéro SIRET</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="87" />
            <source>The approval number</source>
            <translation>Le numéro d'agrément</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="88" />
            <source>How do you want to sign in?</source>
            <translation>Comment voulez-vous vous connecter ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="89" />
            <source>FranceConnect</source>
            <translation>FranceConnect</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="90" />
            <source>Your details</source>
            <translation>Vos informations</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="91" />
            <source>The town hall's request</source>
            <translation>La demande de la mairie</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="92" />
            <source>Terms of Use</source>
            <translation>Conditions générales d'utilisation</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="93" />
            <source>Please read carefully</source>
            <translation>À lire attentivement</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="94" />
            <source>Check your e-mail</source>
            <translation>Consultez vos e-mails</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="95" />
            <source>Waiting for the prefecture</source>
            <translation>En attente de la préfecture</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="96" />
            <source>Your account is ready</source>
            <translation>Votre compte est prêt</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="97" />
            <source>Request sent</source>
            <translation>Demande envoyée</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="98" />
            <source>The Terms of Use have changed</source>
            <translation>Les conditions d'utilisation ont changé</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="99" />
            <source>Accept the new Terms of Use</source>
            <translation>Accepter les nouvelles conditions</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="100" />
            <source>Thank you</source>
            <translation>Merci</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="101" />
            <source>Your ANTS account</source>
            <translation>Votre compte ANTS</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="102" />
            <source>No procedure for this account</source>
            <translation>Aucune démarche pour ce compte</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="103" />
            <source>What is it about?</source>
            <translation>De quoi s'agit-il ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="104" />
            <source>Which procedure?</source>
            <translation>Quelle démarche ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="105" />
            <source>Summary</source>
            <translation>Récapitulatif</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="106" />
            <source>Do you use FranceConnect?</source>
            <translation>Utilisez-vous FranceConnect ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="107" />
            <source>Two ways to do it</source>
            <translation>Deux façons de faire</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="108" />
            <source>An authorised professional</source>
            <translation>Un professionnel habilité</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="109" />
            <source>Continue on the official site</source>
            <translation>Continuer sur le site officiel</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="122" />
            <source>To register vehicles for your customers, your business must first be authorised by the prefecture of the département where it trades, and sign an agreement. Ask your prefecture (or its website) for the SIV authorisation. You cannot create this account before that. Come back once you have it.</source>
            <translation>Pour immatriculer des véhicules pour vos clients, votre entreprise doit d'abord être habilitée par la préfecture du département où elle exerce, et signer une convention. Demandez l'habilitation SIV à votre préfecture (ou sur son site). Vous ne pouvez pas créer ce compte avant. Revenez quand vous l'aurez.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="129" />
            <source>The SIRET number has 14 digits. It is on the Kbis extract, on invoices and pay slips, and in the public business directory (annuaire-entreprises.data.gouv.fr). Come back with it: the account cannot be created without it.</source>
            <translation>Le numéro SIRET compte 14 chiffres. Il figure sur l'extrait Kbis, sur les factures et les bulletins de paie, et dans l'annuaire public des entreprises (annuaire-entreprises.data.gouv.fr). Revenez avec : le compte ne peut pas être créé sans lui.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="135" />
            <source>The approval number is on the prefecture's approval decision (arrêté d'agrément) of the establishment. Find it, then come back: the account cannot be created without it.</source>
            <translation>Le numéro d'agrément figure sur l'arrêté d'agrément de l'établissement pris par la préfecture. Retrouvez-le, puis revenez : le compte ne peut pas être créé sans lui.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="141" />
            <source>FranceConnect lets you sign in with an account you already have elsewhere: for example impots.gouv.fr, ameli.fr, L'Identité Numérique La Poste, MSA or France Identité. You type your password on their page, never here. Nothing about you is kept on this computer.</source>
            <translation>FranceConnect vous permet de vous connecter avec un compte que vous avez déjà ailleurs : par exemple impots.gouv.fr, ameli.fr, L'Identité Numérique La Poste, MSA ou France Identité. Vous tapez votre mot de passe sur leur page, jamais ici. Rien de vous n'est conservé sur cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="156" />
            <source>Training mode: the sign-in page is a simulation with fictitious people.</source>
            <translation>Mode formation : la page de connexion est une simulation avec des personnes fictives.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="160" />
            <source>Everything you declare must be true and up to date, whether for yourself or for someone else. A false declaration is an offence (French Criminal Code, article 441-1): up to three years' imprisonment and a fine of €45,000. Inaccurate information can also lead the agency to suspend or end the procedure.</source>
            <translation>Tout ce que vous déclarez doit être exact et à jour, pour vous-même comme pour une autre personne. Une fausse déclaration est un délit (Code pénal, article 441-1) : jusqu'à trois ans d'emprisonnement et 45 000 € d'amende. Des informations inexactes peuvent aussi conduire l'agence à suspendre ou arrêter la démarche.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="167" />
            <source>We have sent an e-mail to %1. Open it and click the link inside to activate your account. This screen moves on by itself once it is done. Nothing after a few minutes? Look in the spam folder, or send the e-mail again.</source>
            <translation>Nous avons envoyé un e-mail à %1. Ouvrez-le et cliquez sur le lien qu'il contient pour activer votre compte. Cet écran avance tout seul une fois que c'est fait. Rien après quelques minutes ? Regardez dans les courriers indésirables, ou renvoyez l'e-mail.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="180" />
            <source>Your account is active. You can now start a procedure with “New request”.</source>
            <translation>Votre compte est actif. Vous pouvez maintenant commencer une démarche avec « Nouvelle demande ».</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="183" />
            <source>The agency has received the town hall's request. It will answer by e-mail at %1 with what happens next.</source>
            <translation>L'agence a bien reçu la demande de la mairie. Elle répondra par e-mail à %1 en indiquant la suite.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="188" />
            <source>This kind of account does not start procedures here: it gives access to the agency's services for your organisation only.</source>
            <translation>Ce type de compte ne permet pas de démarches ici : il donne accès aux services de l'agence pour votre organisme uniquement.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="198" />
            <source>Vehicle registration online needs FranceConnect. Without it, you can either ask someone you trust who has FranceConnect to do the procedure with you, or go to a car professional authorised for registrations (they charge for it).</source>
            <translation>L'immatriculation en ligne nécessite FranceConnect. Sans lui, vous pouvez soit demander à une personne de confiance qui a FranceConnect de faire la démarche avec vous, soit vous adresser à un professionnel de l'automobile habilité (service payant).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="275" />
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="290" />
            <source>Message to ANTS (optional)</source>
            <translation>Message à l'ANTS (facultatif)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="294" />
            <source>Day</source>
            <extracomment>E-4: the captions of the date of birth's three fields.</extracomment>
            <translation>Jour</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="295" />
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="296" />
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="317" />
            <source>This is not a possible date of birth: check the day, the month and the year (4 digits, e.g. 1985).</source>
            <translation>Ce n'est pas une date de naissance possible : vérifiez le jour, le mois et l'année (4 chiffres, par exemple 1985).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="507" />
            <source>A request is made from an active ANTS account. Sign in yourself: type your own e-mail address and password. They go only to the ANTS portal, through this help point's secure connection, and are never stored on this computer.</source>
            <translation>Une demande se fait depuis un compte ANTS actif. Connectez-vous vous-même : tapez votre propre adresse e-mail et votre mot de passe. Ils vont uniquement au portail de l'ANTS, par la connexion sécurisée de ce lieu d'aide, et ne sont jamais enregistrés sur cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="225" />
            <source>At the end you will get a pre-application number: write it down, the town hall asks for it at the appointment.</source>
            <translation>À la fin, vous obtiendrez un numéro de pré-demande : notez-le, la mairie le demande au rendez-vous.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="19" />
            <source>For me (a private person)</source>
            <extracomment>F-5: the profile page offers the common case first, in the person's own words.</extracomment>
            <translation>Pour moi (particulier)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="20" />
            <source>You represent a company, a driving school, a town hall…?</source>
            <translation>Vous représentez une entreprise, une auto-école, une mairie… ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="114" />
            <source>The agency writes to you by e-mail, so you need an address you can open. Free providers let you create one in a few minutes: choose a name, a password you will remember, and write both down somewhere safe. A mediator can help you. Once you can open your mailbox, choose “%1”. Nothing is stored on this computer: if you leave before, you start again when you come back.</source>
            <translation>L'agence vous écrit par e-mail : il vous faut donc une adresse que vous pouvez ouvrir. Des fournisseurs gratuits permettent d'en créer une en quelques minutes : choisissez un nom, un mot de passe dont vous vous souviendrez, et notez-les en lieu sûr. Un médiateur peut vous aider. Dès que vous pouvez ouvrir votre boîte, choisissez « %1 ». Rien n'est conservé sur cet ordinateur : si vous partez avant, vous recommencerez à votre retour.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="149" />
            <source>To register a vehicle online, a private person signs in on the official site with FranceConnect. FranceConnect lets you sign in with an account you already have elsewhere: impots.gouv.fr, ameli.fr, L'Identité Numérique La Poste, MSA or France Identité. Do you have one of them?</source>
            <translation>Pour faire immatriculer un véhicule en ligne, un particulier se connecte sur le site officiel avec FranceConnect. FranceConnect vous permet de vous connecter avec un compte que vous avez déjà ailleurs : impots.gouv.fr, ameli.fr, L'Identité Numérique La Poste, MSA ou France Identité. Avez-vous l'un de ces comptes ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="173" />
            <source>The prefecture now checks your authorisation. Once it agrees, you will receive an e-mail at %1 explaining how to sign in. This can take several days; you can leave this screen.</source>
            <translation>La préfecture vérifie maintenant votre habilitation. Une fois son accord donné, vous recevrez à %1 un e-mail expliquant comment vous connecter. Cela peut prendre plusieurs jours ; vous pouvez quitter cet écran.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="193" />
            <source>This account cannot start this kind of procedure. Go back to choose another kind, or ask a mediator which account you need.</source>
            <translation>Ce compte ne permet pas de commencer ce type de démarche. Revenez en arrière pour choisir un autre type, ou demandez à un médiateur de quel compte vous avez besoin.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="204" />
            <source>Authorised professionals (garages, registration services) can do the procedure for you, for a fee they set themselves. Take your documents with you.</source>
            <translation>Les professionnels habilités (garages, services d'immatriculation) peuvent faire la démarche pour vous, contre un tarif qu'ils fixent eux-mêmes. Apportez vos documents.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="219" />
            <source>You are ready: now do the procedure on the official site (nothing has been sent yet). Open it here, on this kiosk; or scan this code with your phone, or print the summary and do it at home.</source>
            <translation>Vous êtes prêt(e) : faites maintenant la démarche sur le site officiel (rien n'a encore été envoyé). Ouvrez-le ici, sur cette borne ; ou scannez ce code avec votre téléphone, ou imprimez le récapitulatif et faites-la chez vous.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="235" />
            <source>This application is not an ANTS product; the official site is ants.gouv.fr.</source>
            <translation>Cette application n'est pas un produit de l'ANTS ; le site officiel est ants.gouv.fr.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="241" />
            <source>With FranceConnect</source>
            <translation>Avec FranceConnect</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="242" />
            <source>Use an account you already have (taxes, health insurance, La Poste…).</source>
            <translation>Utilisez un compte que vous avez déjà (impôts, assurance maladie, La Poste…).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="245" />
            <source>With an ANTS account</source>
            <translation>Avec un compte ANTS</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="246" />
            <source>Fill in a short form, then confirm your e-mail address.</source>
            <translation>Remplissez un court formulaire, puis confirmez votre adresse e-mail.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="249" />
            <source>Yes, I have FranceConnect</source>
            <translation>Oui, j'ai FranceConnect</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="250" />
            <source>You will sign in with it on the official site.</source>
            <translation>Vous l'utiliserez pour vous connecter sur le site officiel.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="253" />
            <source>No, I do not have it</source>
            <translation>Non, je ne l'ai pas</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="254" />
            <source>The next screen shows two other ways.</source>
            <translation>L'écran suivant montre deux autres façons de faire.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="255" />
            <source>I have a professional account</source>
            <translation>J'ai un compte professionnel</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="256" />
            <source>A garage or a company signs in with its ANTS account.</source>
            <translation>Un garage ou une entreprise se connecte avec son compte ANTS.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="259" />
            <source>With a trusted person</source>
            <translation>Avec une personne de confiance</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="260" />
            <source>Someone you trust signs in with their FranceConnect and does it with you.</source>
            <translation>Une personne de confiance se connecte avec son FranceConnect et fait la démarche avec vous.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="263" />
            <source>With an authorised professional</source>
            <translation>Avec un professionnel habilité</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="264" />
            <source>A garage or registration service does it for you.</source>
            <translation>Un garage ou un service d'immatriculation s'en charge pour vous.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="271" />
            <source>E-mail address</source>
            <translation>Adresse e-mail</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="272" />
            <source>First names (all, as on your ID)</source>
            <translation>Prénoms (tous, comme sur votre pièce d'identité)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="273" />
            <source>Birth name</source>
            <translation>Nom de naissance</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="274" />
            <source>Usage name (optional)</source>
            <translation>Nom d'usage (facultatif)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="276" />
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="277" />
            <source>Password again</source>
            <translation>Mot de passe (à nouveau)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="278" />
            <source>Name of the business</source>
            <translation>Nom de l'entreprise</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="279" />
            <source>Name of the establishment</source>
            <translation>Nom de l'établissement</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="280" />
            <source>Name of the organisation</source>
            <translation>Nom de l'organisme</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="281" />
            <source>SIRET number (14 digits)</source>
            <translation>Numéro SIRET (14 chiffres)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="282" />
            <source>Prefecture authorisation reference</source>
            <translation>Référence de l'habilitation préfectorale</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="283" />
            <source>Département of the prefecture (e.g. 75)</source>
            <translation>Département de la préfecture (ex. 75)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="284" />
            <source>Contact person</source>
            <translation>Personne à contacter</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="285" />
            <source>Telephone (optional)</source>
            <translation>Téléphone (facultatif)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="286" />
            <source>Approval number</source>
            <translation>Numéro d'agrément</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="287" />
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="288" />
            <source>INSEE code of the commune (5 characters)</source>
            <translation>Code INSEE de la commune (5 caractères)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="289" />
            <source>Number of fingerprint stations</source>
            <translation>Nombre de dispositifs de recueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="306" />
            <source>Please fill in this field.</source>
            <translation>Veuillez remplir ce champ.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="307" />
            <source>This does not look like an e-mail address (example: name@example.fr).</source>
            <translation>Ceci ne ressemble pas à une adresse e-mail (exemple : nom@exemple.fr).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="310" />
            <source>An account already uses this e-mail address. Try signing in instead.</source>
            <translation>Un compte utilise déjà cette adresse e-mail. Essayez plutôt de vous connecter.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="313" />
            <source>This SIRET number is not valid: check the 14 digits.</source>
            <translation>Ce numéro SIRET n'est pas valide : vérifiez les 14 chiffres.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="316" />
            <source>This SIREN number is not valid.</source>
            <translation>Ce numéro SIREN n'est pas valide.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="322" />
            <source>This date is in the future.</source>
            <translation>Cette date est dans le futur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="323" />
            <source>This date does not fit the rules for this account.</source>
            <translation>Cette date ne correspond pas aux règles de ce compte.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="324" />
            <source>The password needs at least 12 characters.</source>
            <translation>Le mot de passe doit compter au moins 12 caractères.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="325" />
            <source>The password is too long (128 at most).</source>
            <translation>Le mot de passe est trop long (128 au plus).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="326" />
            <source>Mix three kinds: small letters, capitals, digits, symbols.</source>
            <translation>Mélangez trois types : minuscules, majuscules, chiffres, symboles.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="329" />
            <source>The password must not contain your e-mail address.</source>
            <translation>Le mot de passe ne doit pas contenir votre adresse e-mail.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="332" />
            <source>The two passwords are not the same.</source>
            <translation>Les deux mots de passe ne sont pas identiques.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="333" />
            <source>Check the approval number: letters and digits, as on the decision.</source>
            <translation>Vérifiez le numéro d'agrément : lettres et chiffres, comme sur l'arrêté.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="336" />
            <source>Check the reference, as written by the prefecture (e.g. SIV-75-2024-00123).</source>
            <translation>Vérifiez la référence, telle qu'écrite par la préfecture (ex. SIV-75-2024-00123).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="339" />
            <source>Write the département number: 01 to 95, 2A, 2B or 971 to 976.</source>
            <translation>Écrivez le numéro du département : 01 à 95, 2A, 2B ou 971 à 976.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="342" />
            <source>The INSEE code has 5 characters (not the postcode).</source>
            <translation>Le code INSEE compte 5 caractères (ce n'est pas le code postal).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="345" />
            <source>Check the telephone number.</source>
            <translation>Vérifiez le numéro de téléphone.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="346" />
            <source>This is too long.</source>
            <translation>C'est trop long.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="347" />
            <source>This is too short.</source>
            <translation>C'est trop court.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="348" />
            <source>Write a number from 1 to 50.</source>
            <translation>Écrivez un nombre de 1 à 50.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="349" />
            <source>This number is too large.</source>
            <translation>Ce nombre est trop grand.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="350" />
            <source>Check what you typed here.</source>
            <translation>Vérifiez ce que vous avez tapé ici.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="351" />
            <source>Please choose one of the answers.</source>
            <translation>Veuillez choisir l'une des réponses.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="353" />
            <source>The portal did not accept this value.</source>
            <translation>Le portail n'a pas accepté cette valeur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="357" />
            <source>The ANTS service cannot be reached right now. Nothing is lost: what you typed is kept. Try again in a moment.</source>
            <translation>Le service de l'ANTS est injoignable pour le moment. Rien n'est perdu : ce que vous avez tapé est conservé. Réessayez dans un instant.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="362" />
            <source>The ANTS service is slow to answer. What you typed is kept. Try again in a moment.</source>
            <translation>Le service de l'ANTS met du temps à répondre. Ce que vous avez tapé est conservé. Réessayez dans un instant.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="366" />
            <source>Too many attempts in a short time. Please wait a minute, then try again.</source>
            <translation>Trop de tentatives en peu de temps. Patientez une minute, puis réessayez.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="369" />
            <source>Some information was not accepted. The fields to check are marked.</source>
            <translation>Certaines informations n'ont pas été acceptées. Les champs à vérifier sont signalés.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="372" />
            <source>The e-mail address or the password is not right. Please check and try again.</source>
            <translation>L'adresse e-mail ou le mot de passe n'est pas bon. Vérifiez et réessayez.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="375" />
            <source>This cannot be done yet for this account. Please check the step before.</source>
            <translation>Ce n'est pas encore possible pour ce compte. Vérifiez l'étape précédente.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="378" />
            <source>This account or this item no longer exists. You can start again.</source>
            <translation>Ce compte ou cet élément n'existe plus. Vous pouvez recommencer.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="381" />
            <source>Something went wrong on our side. What you typed is kept. Try again.</source>
            <translation>Un problème est survenu de notre côté. Ce que vous avez tapé est conservé. Réessayez.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="384" />
            <source>The connection to the ANTS service is still starting. Try again in a moment.</source>
            <translation>La connexion au service de l'ANTS démarre encore. Réessayez dans un instant.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="388" />
            <source>The service says: %1</source>
            <translation>Le service indique : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="391" />
            <source>Service temporarily unavailable</source>
            <extracomment>Errors of the service, not of the person: a calm warning with its own title (E-2).</extracomment>
            <translation>Service momentanément indisponible</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="392" />
            <source>Something to check</source>
            <translation>À vérifier</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="393" />
            <source>Still to check: %1</source>
            <translation>Reste à vérifier : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="396" />
            <source>Please choose one answer to continue.</source>
            <translation>Veuillez choisir une réponse pour continuer.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="397" />
            <source>Please answer every question to continue.</source>
            <translation>Veuillez répondre à chaque question pour continuer.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="398" />
            <source>Some fields need checking: the messages are under each one.</source>
            <translation>Certains champs sont à vérifier : les messages sont sous chacun d'eux.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="401" />
            <source>Tick “I have read the Terms of Use” to continue. Nobody can tick it for you.</source>
            <translation>Cochez « J'ai lu les conditions générales d'utilisation » pour continuer. Personne ne peut la cocher à votre place.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="404" />
            <source>The Terms of Use are still loading. Please wait a moment.</source>
            <translation>Les conditions d'utilisation se chargent encore. Patientez un instant.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="407" />
            <source>The account is not active yet: follow the link in the e-mail.</source>
            <translation>Le compte n'est pas encore actif : suivez le lien reçu par e-mail.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="410" />
            <source>Please sign in first.</source>
            <translation>Veuillez d'abord vous connecter.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="411" />
            <source>The prefecture has not answered yet. This screen moves on when it does.</source>
            <translation>La préfecture n'a pas encore répondu. Cet écran avancera dès qu'elle l'aura fait.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="417" />
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="418" />
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="419" />
            <source>I understand, create my account</source>
            <translation>J'ai compris, créer mon compte</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="420" />
            <source>I understand, send the request</source>
            <translation>J'ai compris, envoyer la demande</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="422" />
            <source>Accept and continue</source>
            <translation>Accepter et continuer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="423" />
            <source>Try again</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="424" />
            <source>Back to the home screen</source>
            <translation>Retour à l'accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="425" />
            <source>I have an e-mail address now</source>
            <translation>J'ai maintenant une adresse e-mail</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="426" />
            <source>Send the e-mail again</source>
            <translation>Renvoyer l'e-mail</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="427" />
            <source>The e-mail has been sent again.</source>
            <translation>L'e-mail a été renvoyé.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="428" />
            <source>I clicked the link</source>
            <translation>J'ai cliqué sur le lien</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="429" />
            <source>Start a new request</source>
            <translation>Commencer une nouvelle demande</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="430" />
            <source>A false declaration is an offence</source>
            <translation>Une fausse déclaration est un délit</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="431" />
            <source>I have found it, continue</source>
            <translation>Je l'ai trouvé, continuer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="432" />
            <source>Finish</source>
            <translation>Terminer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="435" />
            <source>Show</source>
            <extracomment>K-3: at a kiosk, the last screen of every flow ends the session, or offers more. E-4: the password field's "Show" / "Hide".</extracomment>
            <translation>Afficher</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="436" />
            <source>Hide</source>
            <translation>Masquer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="438" />
            <source>Sign in with this address</source>
            <extracomment>E-5: an account already uses the address typed in the form.</extracomment>
            <translation>Se connecter avec cette adresse</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="439" />
            <source>Finish and erase my information</source>
            <translation>Terminer et effacer mes informations</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="440" />
            <source>Do something else</source>
            <translation>Faire autre chose</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="441" />
            <source>Your request is registered</source>
            <translation>Votre demande est enregistrée</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="442" />
            <source>Nothing more to do here today. Keep an eye on your mailbox in the coming days.</source>
            <translation>Plus rien à faire ici aujourd'hui. Surveillez votre boîte e-mail dans les prochains jours.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="445" />
            <source>Nothing more to do here today. The answer comes by e-mail.</source>
            <translation>Plus rien à faire ici aujourd'hui. La réponse arrivera par e-mail.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="448" />
            <source>Your ANTS account is active</source>
            <translation>Votre compte ANTS est actif</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="449" />
            <source>Your login is your e-mail address: %1. Sign in on ants.gouv.fr. Never give your password to anyone, not even a mediator.</source>
            <translation>Votre identifiant est votre adresse e-mail : %1. Connectez-vous sur ants.gouv.fr. Ne donnez jamais votre mot de passe à personne, même pas à un médiateur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="456" />
            <source>Please wait, we are contacting the ANTS service…</source>
            <translation>Patientez, nous contactons le service de l'ANTS…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="457" />
            <source>Step %1 of %2</source>
            <translation>Étape %1 sur %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="458" />
            <source>Next step: %1</source>
            <translation>Étape suivante : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="460" />
            <source>Question %1 of %2</source>
            <extracomment>K-2: where the person is inside a step shown one question per screen (a kiosk).</extracomment>
            <translation>Question %1 sur %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="461" />
            <source>Help page: the steps wait for you</source>
            <translation>Page d'aide : les étapes vous attendent</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="462" />
            <source>Help page</source>
            <translation>Page d'aide</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="463" />
            <source>I have read the Terms of Use</source>
            <translation>J'ai lu les conditions générales d'utilisation</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="464" />
            <source>In short</source>
            <translation>En bref</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="465" />
            <source>The full text (French, version %1)</source>
            <translation>Le texte complet (en français, version %1)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="466" />
            <source>• The portal is free. It lets you start procedures for vehicle registration, driving licences, ID cards and passports.
• Your sign-in details are personal: never give your password to anyone, not even a mediator.
• What you declare must be true; a false declaration is punished by law.
• You can delete your account at any time.
• The agency can change these terms; you will be asked to accept a new version.</source>
            <translation>• Le portail est gratuit. Il permet de commencer les démarches d'immatriculation, de permis de conduire, de carte d'identité et de passeport.
• Vos identifiants sont personnels : ne donnez jamais votre mot de passe à personne, pas même à un médiateur.
• Ce que vous déclarez doit être exact ; une fausse déclaration est punie par la loi.
• Vous pouvez supprimer votre compte à tout moment.
• L'agence peut modifier ces conditions ; on vous demandera d'accepter la nouvelle version.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="476" />
            <source>Only the French text is authoritative; this summary helps you read it.</source>
            <translation>Seul le texte français fait foi ; ce résumé vous aide à le lire.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="479" />
            <source>You accepted version %1. The current version is %2. These sections changed:</source>
            <translation>Vous aviez accepté la version %1. La version en vigueur est la %2. Ces sections ont changé :</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="484" />
            <source>This account has not accepted the Terms of Use yet. The next step shows version %1 to read and accept.</source>
            <extracomment>An account that never accepted any version (made through FranceConnect, say).</extracomment>
            <translation>Ce compte n'a pas encore accepté les conditions d'utilisation. L'étape suivante affiche la version %1, à lire et à accepter.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="490" />
            <source>New section</source>
            <translation>Nouvelle section</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="491" />
            <source>Section removed</source>
            <translation>Section supprimée</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="492" />
            <source>Section changed</source>
            <translation>Section modifiée</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="494" />
            <source>Your acceptance of the new version is recorded. You can continue.</source>
            <translation>Votre acceptation de la nouvelle version est enregistrée. Vous pouvez continuer.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="498" />
            <source>Print a memo</source>
            <extracomment>F-2: the prefecture's wait: a memo to take home.</extracomment>
            <translation>Imprimer un mémo</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="500" />
            <source>Terms of Use accepted</source>
            <extracomment>F-4: the success alert after accepting the Terms again.</extracomment>
            <translation>Conditions d’utilisation acceptées</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="501" />
            <source>Version accepted: %1. Next step: start your request. Never give your password to anyone, not even a mediator.</source>
            <translation>Version acceptée : %1. Étape suivante : commencer votre demande. Ne donnez jamais votre mot de passe à personne, pas même à un médiateur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="506" />
            <source>Signed in: %1</source>
            <translation>Connecté : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="513" />
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="515" />
            <source>It goes only to the ANTS portal, through this help point's secure connection, and is never stored on this computer.</source>
            <extracomment>T-1 on a kiosk's password screen (K-2: the intro above is on the e-mail's screen).</extracomment>
            <translation>Il va uniquement au portail de l'ANTS, par la connexion sécurisée de ce lieu d'aide, et n'est jamais enregistré sur cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="521" />
            <source>Account: %1</source>
            <extracomment>K-2: a kiosk's password screen recalls the address typed on the screen before.</extracomment>
            <translation>Compte : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="523" />
            <source>Secure connection to the ANTS portal · nothing is stored here</source>
            <translation>Connexion sécurisée au portail de l'ANTS · rien n'est enregistré ici</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="527" />
            <source>On the official site, a private person registering a vehicle signs in with FranceConnect: yours, or that of the person you trust.</source>
            <translation>Sur le site officiel, un particulier qui fait immatriculer un véhicule se connecte avec FranceConnect : le vôtre, ou celui de la personne de confiance.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="532" />
            <source>Sign in with FranceConnect</source>
            <translation>Se connecter avec FranceConnect</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="533" />
            <source>I have no account yet</source>
            <translation>Je n'ai pas encore de compte</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="534" />
            <source>Documents to bring</source>
            <translation>Documents à apporter</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="536" />
            <source>To prepare before you start (photos or scans of these documents)</source>
            <translation>À préparer avant de commencer (photos ou scans de ces documents)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="539" />
            <source>To bring to the appointment at the town hall</source>
            <translation>À apporter au rendez-vous en mairie</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="541" />
            <source>Required</source>
            <translation>Obligatoire</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="542" />
            <source>Depending on your situation</source>
            <translation>Selon votre situation</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="543" />
            <source>Source: %1, checked on %2</source>
            <translation>Source : %1, vérifié le %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="545" />
            <source>Regional tax: it depends on your region, on the fiscal horsepower of the vehicle and on its age. For example %1 for %2 horsepower in %3.</source>
            <translation>Taxe régionale : elle dépend de votre région, de la puissance fiscale du véhicule et de son âge. Par exemple %1 pour %2 chevaux fiscaux en %3.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="550" />
            <source>Regional tax: %1 (%2, %3 horsepower, first registered in %4)</source>
            <translation>Taxe régionale : %1 (%2, %3 chevaux fiscaux, première immatriculation en %4)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="553" />
            <source>The regional tax is halved: the vehicle is 10 years old or more.</source>
            <translation>La taxe régionale est divisée par deux : le véhicule a 10 ans ou plus.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="557" />
            <source>Electric, hybrid or E85 vehicle: the region may reduce this tax or waive it; this estimate does not count that.</source>
            <translation>Véhicule électrique, hybride ou au superéthanol E85 : la région peut réduire cette taxe ou la supprimer ; cette estimation n'en tient pas compte.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="562" />
            <source>Estimated total: %1</source>
            <translation>Total estimé : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="563" />
            <source>Total: %1 plus the regional tax (often several hundred euros). Choose your region below for an estimate.</source>
            <translation>Total : %1 plus la taxe régionale (souvent plusieurs centaines d'euros). Choisissez votre région ci-dessous pour une estimation.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="568" />
            <source>An estimate: a figure used could not be confirmed, check it on the official site.</source>
            <translation>C'est une estimation : un chiffre utilisé n'a pas pu être confirmé, vérifiez-le sur le site officiel.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="571" />
            <source>To estimate the regional tax</source>
            <translation>Pour estimer la taxe régionale</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="572" />
            <source>Fees</source>
            <translation>Frais</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="573" />
            <source>Free</source>
            <translation>Gratuit</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="574" />
            <source>The list of documents is not available on this computer.</source>
            <translation>La liste des documents n'est pas disponible sur cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="577" />
            <source>Source: %1</source>
            <translation>Source : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="578" />
            <source>This list is not translated yet: it is shown in French.</source>
            <translation>Cette liste n'est pas encore traduite : elle est affichée en français.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="581" />
            <source>You will continue on: %1</source>
            <translation>Vous continuerez sur : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="582" />
            <source>Open the official site</source>
            <translation>Ouvrir le site officiel</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="583" />
            <source>Print the summary</source>
            <translation>Imprimer le récapitulatif</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="584" />
            <source>Code to scan with a phone: %1</source>
            <translation>Code à scanner avec un téléphone : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="586" />
            <source>1. Open your phone's camera
2. Point it at the code</source>
            <translation>1. Ouvrez l'appareil photo de votre téléphone
2. Visez le code</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="587" />
            <source>This address is not allowed on this computer. Ask the mediator.</source>
            <translation>Cette adresse n'est pas autorisée sur cet ordinateur. Demandez au médiateur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="590" />
            <source>The official site is open in the browser.</source>
            <translation>Le site officiel est ouvert dans le navigateur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="591" />
            <source>Waiting for the link to be clicked…</source>
            <translation>En attente du clic sur le lien…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="592" />
            <source>The FranceConnect page is open: sign in there, then come back here.</source>
            <translation>La page FranceConnect est ouverte : connectez-vous-y, puis revenez ici.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="595" />
            <source>Create an ANTS account</source>
            <translation>Créer un compte ANTS</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="596" />
            <source>New request</source>
            <translation>Nouvelle demande</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="597" />
            <source>New Terms of Use</source>
            <translation>Nouvelles conditions d'utilisation</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="230" />
            <source>Once you have your pre-application number (10 letters or digits), check it here: its status, your appointments, or free slots near this help point.</source>
            <translation>Quand vous avez votre numéro de pré-demande (10 lettres ou chiffres), vérifiez-le ici : son état, vos rendez-vous, ou des créneaux libres près de ce lieu d'aide.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="40" />
            <source>You need the school's approval number and an e-mail address.</source>
            <translation>Il faut le numéro d'agrément de l'école et une adresse e-mail.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="44" />
            <source>Centres running points-recovery courses. You need the approval number and an e-mail address.</source>
            <translation>Les centres qui organisent des stages de récupération de points. Il faut le numéro d'agrément et une adresse e-mail.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="209" />
            <source>You are ready: now do the procedure on the official site (nothing has been sent yet). Sign in there with your ANTS account and follow its steps.</source>
            <translation>Vous êtes prêt(e) : faites maintenant la démarche sur le site officiel (rien n'a encore été envoyé). Connectez-vous-y avec votre compte ANTS et suivez ses étapes.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="214" />
            <source>You are ready: now do the procedure on the official site (nothing has been sent yet). Scan this code with your phone, or print the summary and do it at home.</source>
            <translation>Vous êtes prêt(e) : faites maintenant la démarche sur le site officiel (rien n'a encore été envoyé). Scannez ce code avec votre téléphone, ou imprimez le récapitulatif et faites-la chez vous.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="298" />
            <source>At least 12 characters, mixing three of: small letters, capitals, digits, symbols. Type it yourself: nobody else should know it. It goes only to the ANTS portal, through this help point's secure connection, and is never stored on this computer.</source>
            <translation>Au moins 12 caractères, en mêlant trois de ces types : minuscules, majuscules, chiffres, symboles. Tapez-le vous-même : personne d'autre ne doit le connaître. Il va uniquement au portail de l'ANTS, par la connexion sécurisée de ce lieu d'aide, et n'est jamais enregistré sur cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="421" />
            <source>I understand, go to the official site</source>
            <translation>J'ai compris, aller sur le site officiel</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="454" />
            <source>Help points and town halls</source>
            <translation>Lieux d'aide et mairies</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="455" />
            <source>Check my pre-application number</source>
            <translation>Vérifier mon numéro de pré-demande</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/phone_continue.py" line="20" />
            <source>Continue on your phone</source>
            <translation>Continuez sur votre téléphone</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/phone_continue.py" line="21" />
            <source>Scan this code with your phone's camera and sign in with FranceConnect there. This screen goes on by itself once you have signed in.</source>
            <translation>Scannez ce code avec l'appareil photo de votre téléphone et connectez-vous avec FranceConnect sur votre téléphone. Cet écran continuera tout seul une fois que vous serez connecté.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/phone_continue.py" line="26" />
            <source>Code to scan with a phone to sign in with FranceConnect</source>
            <translation>Code à scanner avec un téléphone pour se connecter avec FranceConnect</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="12" />
            <source>This account is not active yet. Open the e-mail from the portal and follow its link first, then sign in.</source>
            <translation>Ce compte n'est pas encore actif. Ouvrez le courriel du portail et suivez d'abord son lien, puis connectez-vous.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="17" />
            <source>This account is waiting for a decision (the prefecture or the agency). An e-mail will say when it can be used.</source>
            <translation>Ce compte attend une décision (de la préfecture ou de l'agence). Un courriel dira quand il pourra servir.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="22" />
            <source>The request for this account was refused. The e-mail received says why; the prefecture can explain.</source>
            <translation>La demande de ce compte a été refusée. Le courriel reçu en donne la raison ; la préfecture peut l'expliquer.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="27" />
            <source>This account is suspended for a while. The agency sent an e-mail with the reason and the end date. If the reason is wrong, the account will be restored.</source>
            <translation>Ce compte est suspendu pour un temps. L'agence a envoyé un courriel avec le motif et la date de fin. Si le motif n'est pas fondé, le compte sera rétabli.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="32" />
            <source>The ANTS service is closed for maintenance for a short while. What you typed is kept until you finish or leave. Try again in a moment.</source>
            <translation>Le service de l'ANTS est fermé un moment pour maintenance. Ce que vous avez saisi est conservé jusqu'à ce que vous terminiez ou partiez. Réessayez dans un moment.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="45" />
            <source>Forgot your password?</source>
            <extracomment>Kinds shown with the portal's own words (the reason and the end, the message). The account's own state: trying again now would not change it (no "Try again"). Kinds shown as a calm notice, not as an error.</extracomment>
            <translation>Mot de passe oublié ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="47" />
            <source>E-mail address to send the link to</source>
            <extracomment>Not "E-mail address" alone: the sign-in form's field of that name is on screen too.</extracomment>
            <translation>Adresse e-mail où envoyer le lien</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="48" />
            <source>Type the e-mail address of the account. The portal sends a link to choose a new password; it works once, for one hour.</source>
            <translation>Saisissez l'adresse e-mail du compte. Le portail envoie un lien pour choisir un nouveau mot de passe ; il sert une seule fois, pendant une heure.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="53" />
            <source>Send the link</source>
            <translation>Envoyer le lien</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="54" />
            <source>If an account uses this address, an e-mail is on its way. Open it, follow the link within the hour and choose a new password. Then sign in here.</source>
            <translation>Si un compte utilise cette adresse, un courriel est en route. Ouvrez-le, suivez le lien dans l'heure et choisissez un nouveau mot de passe. Connectez-vous ensuite ici.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="59" />
            <source>A link was sent less than a minute ago. Check the mailbox, or wait a minute.</source>
            <translation>Un lien a été envoyé il y a moins d'une minute. Regardez la boîte de réception, ou attendez une minute.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/count_field.py" line="24" />
            <source>One less</source>
            <translation>Un de moins</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/count_field.py" line="25" />
            <source>One more</source>
            <translation>Un de plus</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/long_text.py" line="22" />
            <source>%1 / %2 characters</source>
            <translation>%1 / %2 caractères</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/help_extras.py" line="34" />
            <source>Ask a mediator</source>
            <extracomment>"Ask a mediator" on a help page (a kiosk: nobody sits beside the citizen).</extracomment>
            <translation>Demander à un médiateur</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/help_extras.py" line="54" />
            <source>Example: an invoice. The SIRET number, 14 digits, is at the foot of the page, after the word SIRET.</source>
            <extracomment>The public business directory: any SIRET from a company's name (F-3). ``resources/illustrations/&lt;picture&gt;.svg`` The picture's text alternative (source text, context "Flows"). A page the citizen may open on their phone, and what the code is for.</extracomment>
            <translation>Exemple : une facture. Le numéro SIRET, 14 chiffres, est en bas de la page, après le mot SIRET.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/help_extras.py" line="60" />
            <source>Find it with your phone: scan this code, then type the business's name (%1).</source>
            <translation>Cherchez-le avec votre téléphone : scannez ce code, puis tapez le nom de l'entreprise (%1).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/help_extras.py" line="67" />
            <source>Example: the prefecture's decision (arrêté). The approval number is in its text, after the word agrément.</source>
            <translation>Exemple : l'arrêté de la préfecture. Le numéro d'agrément est dans son texte, après le mot agrément.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/help_extras.py" line="75" />
            <source>Example: the two papers you need first, the prefecture's SIV authorisation decision and the agreement signed with it.</source>
            <translation>Exemple : les deux documents qu'il vous faut d'abord, l'arrêté d'habilitation SIV de la préfecture et la convention signée avec elle.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/help_extras.py" line="83" />
            <source>Example of an e-mail address: 1. a name you choose, 2. the sign @ (at), 3. the provider's name.</source>
            <translation>Exemple d'adresse e-mail : 1. un nom que vous choisissez, 2. le signe @ (arobase), 3. le nom du fournisseur.</translation>
        </message>
    </context>
    <context>
        <name>Home</name>
        <message>
            <location filename="../assist_desk/views/features.py" line="34" />
            <source>New request</source>
            <extracomment>Every home tile, in the order the home screen shows them.</extracomment>
            <translation>Nouvelle demande</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="35" />
            <source>Registration certificate, licence, ID card, passport</source>
            <translation>Carte grise, permis, carte d'identité, passeport</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="40" />
            <source>Create an ANTS account</source>
            <translation>Créer un compte ANTS</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="41" />
            <source>For a person, a professional or a town hall</source>
            <translation>Pour un particulier, un professionnel ou une mairie</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="46" />
            <source>Questions &amp; answers</source>
            <translation>Questions et réponses</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="47" />
            <source>Frequent questions, even without Internet</source>
            <translation>Les questions fréquentes, même sans Internet</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="59" />
            <source>Addresses, opening hours; booking an ID card or passport</source>
            <translation>Adresses, horaires ; rendez-vous pour carte d'identité ou passeport</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="52" />
            <source>Documents to bring</source>
            <translation>Documents à apporter</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="53" />
            <source>Lists of documents and fees, ready to print</source>
            <translation>Listes de documents et tarifs, prêtes à imprimer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="58" />
            <source>Help points and town halls</source>
            <translation>Lieux d'aide et mairies</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <location filename="../assist_desk/views/home.py" line="205" />
            <source>Home</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/home.py" line="208" />
            <source>What would you like to do?</source>
            <translation>Que souhaitez-vous faire ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/home.py" line="210" />
            <source>Choose one of the buttons below. You can come back here at any time.</source>
            <translation>Choisissez un des boutons ci-dessous. Vous pouvez revenir ici à tout moment.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/home.py" line="212" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <location filename="../assist_desk/views/widgets/idle_warning.py" line="252" />
            <source>Are you still there?</source>
            <extracomment>What a press is made of, from its start to its end (mouse, touch, pen).</extracomment>
            <translation>Êtes-vous toujours là ?</translation>
        </message>
        <message numerus="yes">
            <location filename="../assist_desk/views/widgets/idle_warning.py" line="255" />
            <source>For your privacy, everything will be erased in %n second(s).</source>
            <translation>
                <numerusform>Pour protéger vos données, tout sera effacé dans %n seconde.</numerusform>
                <numerusform>Pour protéger vos données, tout sera effacé dans %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/idle_warning.py" line="258" />
            <source>Touch the screen or press any key to continue.</source>
            <translation>Touchez l'écran ou appuyez sur une touche pour continuer.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/idle_warning.py" line="260" />
            <source>The window that was open has been closed so that you can see this message.</source>
            <translation>La fenêtre qui était ouverte a été fermée pour que vous puissiez voir ce message.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/idle_warning.py" line="263" />
            <location filename="../assist_desk/views/widgets/idle_warning.py" line="264" />
            <source>I am still here</source>
            <translation>Je suis toujours là</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/idle_warning.py" line="265" />
            <source>Continue the session</source>
            <translation>Continuer la session</translation>
        </message>
    </context>
    <context>
        <name>KioskPrintPanel</name>
        <message numerus="yes">
            <location filename="../assist_desk/views/kiosk_print.py" line="138" />
            <source>Number of copies: %n</source>
            <extracomment>A page went to the printer in this session (the farewell screen's reminder); Close keeps it, the session wipe forgets it (:meth:`forget_prints`).</extracomment>
            <translation>
                <numerusform>Nombre d'exemplaires : %n</numerusform>
                <numerusform>Nombre d'exemplaires : %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../assist_desk/views/kiosk_print.py" line="149" />
            <source>Sent to the printer: %n copy(ies). Take your page(s) there.</source>
            <translation>
                <numerusform>Envoyé à l'imprimante : %n exemplaire. Votre feuille vous attend à l'imprimante.</numerusform>
                <numerusform>Envoyé à l'imprimante : %n exemplaires. Vos feuilles vous attendent à l'imprimante.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="153" />
            <source>There is no printer here at the moment. A mediator can help you.</source>
            <translation>Il n'y a pas d'imprimante disponible ici pour le moment. Un médiateur peut vous aider.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="156" />
            <source>The page could not be printed. A mediator can help you.</source>
            <translation>La page n'a pas pu être imprimée. Un médiateur peut vous aider.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="171" />
            <location filename="../assist_desk/views/kiosk_print.py" line="175" />
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="172" />
            <source>Number of copies</source>
            <translation>Nombre d'exemplaires</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="173" />
            <source>One copy fewer</source>
            <translation>Un exemplaire de moins</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="174" />
            <source>One copy more</source>
            <translation>Un exemplaire de plus</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="176" />
            <source>Print now</source>
            <translation>Imprimer maintenant</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="177" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="178" />
            <source>Close the print panel</source>
            <translation>Fermer le panneau d'impression</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="513" />
            <source>Training mode: nothing is sent to ANTS. All accounts here are fictitious.</source>
            <translation>Mode formation : rien n'est envoyé à l'ANTS. Tous les comptes ici sont fictifs.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="503" />
            <location filename="../assist_desk/views/main_window.py" line="504" />
            <source>Help point: %1</source>
            <extracomment>Each language named in itself, as a person looking for it would read it. The help point's name per interface language (AR-5); others show ``site_name``. Rounds of queued layout requests handled when a screen is shown (a page in a scroll area, a splitter or reflowing row that changes its height once it knows its width, the scroll area that then grows the page: three or four rounds; a few more spare). A tile chosen before its feature was installed: opened when it is. Each screen's scroll area in the stack (kept here: asking Qt for a parent widget it created, the viewport, costs PySide a scan of every Qt type). The screen the citizen asked for help from (Back returns there). At a kiosk the bar takes the fewest rows it can: the help point's name gives way, then the controls' words get shorter (text at 200 % on 1280 × 800).</extracomment>
            <translation>Lieu d'aide : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="517" />
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="518" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="520" />
            <source>Changes the language of every screen at once; what you typed is kept</source>
            <translation>Change la langue de tous les écrans en une fois ; ce que vous avez saisi est conservé</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="522" />
            <source>Home</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="523" />
            <source>Back to the home screen</source>
            <translation>Revenir à l'accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="529" />
            <source>Need help? Ask a mediator</source>
            <translation>Besoin d'aide ? Demandez à un médiateur</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="532" />
            <source>Shows how to get help from a person at this help point</source>
            <translation>Indique comment obtenir l'aide d'une personne de ce lieu d'aide</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="534" />
            <location filename="../assist_desk/views/main_window.py" line="535" />
            <source>End session</source>
            <translation>Terminer la session</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="537" />
            <source>Erases everything typed on this screen and starts again for the next person</source>
            <translation>Efface tout ce qui a été saisi et recommence pour la personne suivante</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="554" />
            <source>Training: nothing is sent.</source>
            <translation>Formation : rien n'est envoyé.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="555" />
            <source>Need help?</source>
            <translation>Besoin d'aide ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="556" />
            <source>End</source>
            <comment>the top bar's End session, when short of room</comment>
            <translation>Terminer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="558" />
            <source>Help</source>
            <translation>Aide</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="524" />
            <source>Mediator</source>
            <translation>Médiateur</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="525" />
            <source>Mediator tools</source>
            <translation>Outils du médiateur</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="526" />
            <source>Asks for the mediator's PIN</source>
            <translation>Demande le code du médiateur</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="527" />
            <source>About</source>
            <translation>À propos</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="528" />
            <source>About this application</source>
            <translation>À propos de cette application</translation>
        </message>
    </context>
    <context>
        <name>MediatorSignInScreen</name>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="171" />
            <source>This PIN is not the right one. Try again.</source>
            <translation>Ce code n'est pas le bon. Réessayez.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="176" />
            <source>The secure storage does not answer: sign-in is not possible.</source>
            <translation>Le stockage sécurisé ne répond pas : la connexion est impossible.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="181" />
            <source>The two entries are different. Type the same PIN twice.</source>
            <translation>Les deux saisies sont différentes. Tapez deux fois le même code.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="182" />
            <source>The PIN could not be saved: no secure storage.</source>
            <translation>Le code n'a pas pu être enregistré : aucun stockage sécurisé.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="194" />
            <location filename="../assist_desk/views/mediator.py" line="198" />
            <source>Mediator sign-in</source>
            <translation>Connexion du médiateur</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="208" />
            <source>No mediator PIN is set on this computer. An administrator sets it with the command: assist-desk pin set</source>
            <translation>Aucun code de médiateur n'est défini sur cet ordinateur. Un administrateur le définit avec la commande : assist-desk pin set</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="173" />
            <source>Too many attempts: sign-in is paused for a few minutes (15 at most). Try again later.</source>
            <translation>Trop d'essais : la connexion est suspendue quelques minutes (15 au plus). Réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="178" />
            <source>Choose a PIN of at least 6 digits, not one digit repeated nor a run like 123456 (or a password of at least 10 characters).</source>
            <translation>Choisissez un code d'au moins 6 chiffres, ni un même chiffre répété ni une suite comme 123456 (ou un mot de passe d'au moins 10 caractères).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="201" />
            <source>This computer has no safe place to keep the mediator PIN, so the mediator tools stay locked. Citizens can keep using the help point. What to do: ask the person who installed the help point to follow “The mediator PIN” in the operator's guide.</source>
            <translation>Cet ordinateur n'a pas d'endroit sûr pour garder le code du médiateur : les outils du médiateur restent verrouillés. Les usagers peuvent continuer à utiliser le point d'aide. Que faire : demandez à la personne qui a installé le point d'aide de suivre « Le code du médiateur » dans le guide d'installation.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="213" />
            <source>Choose the mediator PIN (at least 6 digits) or password (at least 10 characters) for this computer. It is kept only in the system's secure storage.</source>
            <translation>Choisissez le code du médiateur (au moins 6 chiffres) ou son mot de passe (au moins 10 caractères) pour cet ordinateur. Il est conservé uniquement dans le stockage sécurisé du système.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="217" />
            <source>Checking the secure storage…</source>
            <translation>Vérification du stockage sécurisé…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="219" />
            <source>Type the mediator PIN or password.</source>
            <translation>Tapez le code ou le mot de passe du médiateur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="225" />
            <source>&amp;New PIN</source>
            <translation>&amp;Nouveau code</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="225" />
            <source>&amp;PIN</source>
            <translation>&amp;Code</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="226" />
            <source>New PIN</source>
            <translation>Nouveau code</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="226" />
            <source>PIN</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="227" />
            <source>&amp;Repeat the PIN</source>
            <translation>&amp;Répétez le code</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="228" />
            <source>Repeat the PIN</source>
            <translation>Répétez le code</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="234" />
            <source>Save the PIN</source>
            <translation>Enregistrer le code</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="234" />
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="237" />
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="240" />
            <source>How to set it up</source>
            <translation>Comment configurer ?</translation>
        </message>
    </context>
    <context>
        <name>MediatorToolsScreen</name>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="375" />
            <location filename="../assist_desk/views/mediator.py" line="380" />
            <source>Mediator tools</source>
            <extracomment>The loaded pack's (version, date): known from the start, unlike the status the controller reads on "Check again" (the card said "date unknown" until then).</extracomment>
            <translation>Outils du médiateur</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="383" />
            <source>Check again</source>
            <translation>Vérifier à nouveau</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="384" />
            <source>Check the status again</source>
            <translation>Vérifier à nouveau l'état</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="385" />
            <source>Switch to kiosk mode</source>
            <translation>Passer en mode borne</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="388" />
            <source>Full screen for a citizen alone; leaving it needs the PIN</source>
            <translation>Plein écran pour un usager seul ; en sortir demande le code</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="391" />
            <source>Leave kiosk mode</source>
            <translation>Quitter le mode borne</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="394" />
            <source>Reset the training data</source>
            <translation>Réinitialiser les données de formation</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="397" />
            <source>Puts the training portal's fictitious accounts back as they were</source>
            <translation>Remet les comptes fictifs du portail de formation dans leur état initial</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="403" />
            <source>The training data is ready for the next session.</source>
            <translation>Les données de formation sont prêtes pour la prochaine session.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="405" />
            <source>The training data could not be reset.</source>
            <translation>Les données de formation n'ont pas pu être réinitialisées.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="407" />
            <source>Sources and licences</source>
            <translation>Sources et licences</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="410" />
            <source>Version, content pack, and where each set of shipped data comes from</source>
            <translation>Version, contenu hors ligne et provenance de chaque ensemble de données fourni</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="412" />
            <source>Lock the mediator tools</source>
            <translation>Verrouiller les outils du médiateur</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="415" />
            <source>How to set up the portal</source>
            <translation>Comment configurer le portail</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="416" />
            <source>How to update the content</source>
            <translation>Comment configurer : la mise à jour du contenu</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="418" />
            <source>How to set it up</source>
            <translation>Comment configurer ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="427" />
            <source>ANTS portal: not checked yet</source>
            <translation>Portail de l'ANTS : pas encore vérifié</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="428" />
            <source>Press “Check again” to test the connection.</source>
            <translation>Appuyez sur « Vérifier à nouveau » pour tester la connexion.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="433" />
            <source>ANTS portal: OK</source>
            <translation>Portail de l'ANTS : OK</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="434" />
            <source>Citizens can create accounts and start procedures.</source>
            <translation>Les usagers peuvent créer des comptes et commencer des démarches.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="439" />
            <source>ANTS portal: to check</source>
            <translation>Portail de l'ANTS : à vérifier</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="441" />
            <source>This help point cannot reach the portal. Check that this computer is connected to the Internet, then press “Check again”. If it lasts, call the person who installed the help point. Meanwhile, the questions and answers and the lists of documents still work.</source>
            <translation>Ce point d'aide n'arrive pas à joindre le portail. Vérifiez que cet ordinateur est connecté à Internet, puis appuyez sur « Vérifier à nouveau ». Si cela dure, appelez la personne qui a installé le point d'aide. En attendant, les questions-réponses et les listes de documents fonctionnent toujours.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="453" />
            <source>Offline content: to check</source>
            <translation>Contenu hors ligne : à vérifier</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="455" />
            <source>Its date is unknown. Ask the person who installed the help point to update the application.</source>
            <translation>Sa date est inconnue. Demandez à la personne qui a installé le point d'aide de mettre l'application à jour.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="462" />
            <source>Offline content: OK</source>
            <translation>Contenu hors ligne : OK</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="482" />
            <source>Updated today.</source>
            <translation>Mis à jour aujourd'hui.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="484" />
            <source>Updated yesterday.</source>
            <translation>Mis à jour hier.</translation>
        </message>
        <message numerus="yes">
            <location filename="../assist_desk/views/mediator.py" line="485" />
            <source>Updated %n day(s) ago.</source>
            <translation>
                <numerusform>Mis à jour il y a %n jour.</numerusform>
                <numerusform>Mis à jour il y a %n jours.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="468" />
            <source>Offline content: to update</source>
            <translation>Contenu hors ligne : à mettre à jour</translation>
        </message>
        <message numerus="yes">
            <location filename="../assist_desk/views/mediator.py" line="471" />
            <source>Updated %n day(s) ago: fees and documents may have changed. Ask the person who installed the help point to update the application; meanwhile, check the amounts on service-public.fr.</source>
            <translation>
                <numerusform>Mis à jour il y a %n jour : les tarifs et les documents ont pu changer. Demandez à la personne qui a installé le point d'aide de mettre l'application à jour ; en attendant, vérifiez les montants sur service-public.fr.</numerusform>
                <numerusform>Mis à jour il y a %n jours : les tarifs et les documents ont pu changer. Demandez à la personne qui a installé le point d'aide de mettre l'application à jour ; en attendant, vérifiez les montants sur service-public.fr.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="494" />
            <source>Version %1 of %2.</source>
            <translation>Version %1 du %2.</translation>
        </message>
        <message numerus="yes">
            <location filename="../assist_desk/views/mediator.py" line="503" />
            <source>Offline content to recheck: %n fact(s)</source>
            <translation>
                <numerusform>Contenu hors ligne à revérifier : %n information</numerusform>
                <numerusform>Contenu hors ligne à revérifier : %n informations</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="512" />
            <source>past its review date (%1)</source>
            <translation>date de révision dépassée (%1)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="514" />
            <source>not confirmed by a precise page</source>
            <translation>pas confirmé par une page précise</translation>
        </message>
    </context>
    <context>
        <name>OnScreenKeyboard</name>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="313" />
            <source>On-screen keyboard</source>
            <extracomment>The widest the keys spread, in pixels: on a 1920-px kiosk a key stays in reach. The digit pad is narrower (three columns). The panel width and window height the keys were last fitted to.</extracomment>
            <translation>Clavier à l'écran</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="331" />
            <source>Shift</source>
            <translation>Majuscule</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="331" />
            <source>The next letter is a capital</source>
            <translation>La lettre suivante sera en majuscule</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="333" />
            <source>Backspace</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="333" />
            <source>Erases the character before the cursor</source>
            <translation>Efface le caractère avant le curseur</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="335" />
            <source>Space</source>
            <translation>Espace</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="341" />
            <source>Enter</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="342" />
            <source>Goes to the next field, or confirms the last one</source>
            <translation>Passe au champ suivant, ou valide le dernier</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="345" />
            <source>Hide the keyboard</source>
            <translation>Masquer le clavier</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="350" />
            <source>Keyboard in %1</source>
            <translation>Clavier en %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="351" />
            <source>Switches the letters to another language</source>
            <translation>Change les lettres pour une autre langue</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="354" />
            <source>Digits and symbols</source>
            <translation>Chiffres et symboles</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="355" />
            <source>Letters</source>
            <translation>Lettres</translation>
        </message>
    </context>
    <context>
        <name>PasswordCriteria</name>
        <message>
            <location filename="../assist_desk/views/widgets/password_criteria.py" line="40" />
            <source>At least 12 characters</source>
            <translation>Au moins 12 caractères</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/password_criteria.py" line="41" />
            <source>Three of: small letters, capitals, digits, symbols</source>
            <translation>Trois parmi : minuscules, majuscules, chiffres, symboles</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/password_criteria.py" line="42" />
            <source>Does not contain your e-mail address</source>
            <translation>Ne contient pas votre adresse e-mail</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/password_criteria.py" line="62" />
            <source>done</source>
            <translation>respecté</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/password_criteria.py" line="62" />
            <source>not yet</source>
            <translation>pas encore</translation>
        </message>
    </context>
    <context>
        <name>PendingMemo</name>
        <message>
            <location filename="../assist_desk/views/account/pending_memo.py" line="24" />
            <source>Your professional account request</source>
            <extracomment>Where the professional signs in once the prefecture agrees.</extracomment>
            <translation>Votre demande de compte professionnel</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/pending_memo.py" line="28" />
            <source>What was done today</source>
            <extracomment>(heading, text) in the order read: what was done, what next, where to go then.</extracomment>
            <translation>Ce qui a été fait aujourd’hui</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/pending_memo.py" line="29" />
            <source>You asked for a professional ANTS account. Your request is registered: there is nothing more to do here today.</source>
            <translation>Vous avez demandé un compte professionnel ANTS. Votre demande est enregistrée : il n’y a plus rien à faire ici aujourd’hui.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/pending_memo.py" line="36" />
            <source>What happens next</source>
            <translation>Ce qui va se passer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/pending_memo.py" line="37" />
            <source>The prefecture checks your authorisation. This can take several days. Once it agrees, you receive an e-mail, at the address you gave, that explains how to sign in.</source>
            <translation>La préfecture vérifie votre habilitation. Cela peut prendre plusieurs jours. Une fois son accord donné, vous recevez un e-mail, à l’adresse que vous avez indiquée, qui explique comment vous connecter.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/pending_memo.py" line="45" />
            <source>Where to go then</source>
            <translation>Où aller ensuite</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/pending_memo.py" line="46" />
            <source>Sign in on the official site, ants.gouv.fr (the code below opens it). No e-mail after several days? Look in your spam folder, then ask your prefecture or come back to this help point.</source>
            <translation>Connectez-vous sur le site officiel, ants.gouv.fr (le code ci-dessous l’ouvre). Pas d’e-mail après plusieurs jours ? Regardez dans vos courriers indésirables, puis demandez à votre préfecture ou revenez à ce point d’aide.</translation>
        </message>
    </context>
    <context>
        <name>Pictogram</name>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="27" />
            <source>Car</source>
            <extracomment>Every pictogram: its name (the file ``resources/icons/&lt;name&gt;.svg``) and text alternative.</extracomment>
            <translation>Voiture</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="28" />
            <source>Driving licence</source>
            <translation>Permis de conduire</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="29" />
            <source>Identity card</source>
            <translation>Carte d'identité</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="30" />
            <source>Passport</source>
            <translation>Passeport</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="31" />
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="32" />
            <source>Garage</source>
            <translation>Garage</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="33" />
            <source>Driving school</source>
            <translation>Auto-école</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="34" />
            <source>Road-safety course</source>
            <translation>Stage de sécurité routière</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="35" />
            <source>Town hall</source>
            <translation>Mairie</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="36" />
            <source>Company</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="37" />
            <source>Help</source>
            <translation>Aide</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="38" />
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="39" />
            <source>QR code</source>
            <translation>Code QR</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="40" />
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="41" />
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="42" />
            <source>Form</source>
            <translation>Formulaire</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="43" />
            <source>New account</source>
            <translation>Nouveau compte</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="44" />
            <source>Questions and answers</source>
            <translation>Questions et réponses</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="45" />
            <source>List of documents</source>
            <translation>Liste de documents</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/pictogram.py" line="46" />
            <source>Larger text</source>
            <translation>Texte plus grand</translation>
        </message>
    </context>
    <context>
        <name>PlacesScreen</name>
        <message>
            <location filename="../assist_desk/views/places.py" line="348" />
            <source>Town halls</source>
            <extracomment>Lines of a place in the list (name and distance, address, phone, today's hours). Places' cards a kiosk's list shows at least. Starts a line right to left in an Arabic interface (invisible).</extracomment>
            <translation>Mairies</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="349" />
            <source>France services</source>
            <translation>France services</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="350" />
            <source>Digital help points</source>
            <translation>Lieux d'aide au numérique</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="351" />
            <source>Checked by this help point</source>
            <translation>Vérifiés par ce point d'accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="356" />
            <source>Town hall taking passport and ID card applications</source>
            <translation>Mairie qui reçoit les demandes de passeport et de carte d'identité</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="357" />
            <source>Approved photographer or photo booth</source>
            <translation>Photographe ou cabine photo agréés</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="358" />
            <source>Approved vehicle registration professional</source>
            <translation>Professionnel habilité pour l'immatriculation</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="359" />
            <source>Help point</source>
            <translation>Point d'accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="360" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="382" />
            <source>&amp;Town or postcode:</source>
            <translation>&amp;Commune ou code postal :</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="388" />
            <source>Suggestions appear as you type; press Enter to search</source>
            <translation>Des suggestions apparaissent pendant la saisie ; appuyez sur Entrée pour chercher</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="391" />
            <source>Search</source>
            <translation>Chercher</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="392" />
            <source>Search nearby places</source>
            <translation>Chercher les lieux proches</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="393" />
            <source>Near this help point</source>
            <translation>Près de ce point d'accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="394" />
            <source>Search places near this help point</source>
            <translation>Chercher les lieux proches de ce point d'accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="395" />
            <source>&amp;Show:</source>
            <translation>&amp;Afficher :</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="396" />
            <source>Category of places to show</source>
            <translation>Catégorie de lieux à afficher</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="399" />
            <source>All categories</source>
            <translation>Toutes les catégories</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="403" />
            <source>Places found, nearest first</source>
            <translation>Lieux trouvés, du plus proche au plus éloigné</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="405" />
            <source>Details of the chosen place</source>
            <translation>Détails du lieu choisi</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="406" />
            <source>QR code of the address on a map</source>
            <translation>QR code de l'adresse sur une carte</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="407" />
            <source>Scan to open this address on a map</source>
            <translation>Scannez pour ouvrir cette adresse sur une carte</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="463" />
            <source>The help point's own list of places has problems: %1</source>
            <translation>La liste de lieux propre à ce point d'accueil comporte des erreurs : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="473" />
            <source>The list of places could not be opened. Please tell a mediator.</source>
            <translation>La liste des lieux n'a pas pu être ouverte. Merci de prévenir un médiateur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="404" />
            <location filename="../assist_desk/views/places.py" line="475" />
            <source>Loading the list of places…</source>
            <translation>Chargement de la liste des lieux…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="364" />
            <location filename="../assist_desk/views/places.py" line="375" />
            <source>Help points and town halls</source>
            <translation>Lieux d'aide et mairies</translation>
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
            <translation>ex. %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="378" />
            <source>Type your town or postcode, then choose a suggestion. The nearest places appear by category, from data kept on this computer.</source>
            <translation>Saisissez votre commune ou votre code postal, puis choisissez une suggestion. Les lieux les plus proches s'affichent par catégorie, à partir des données gardées sur cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="384" />
            <source>Town or postcode</source>
            <translation>Commune ou code postal</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="385" />
            <location filename="../assist_desk/views/places.py" line="386" />
            <source>Clear the search</source>
            <translation>Effacer la recherche</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="409" />
            <source>‹ Back to the places</source>
            <translation>‹ Retour aux lieux</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="410" />
            <source>Back to the places</source>
            <translation>Retour aux lieux</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="420" />
            <source>Identity card or passport</source>
            <translation>Carte d'identité ou passeport</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="423" />
            <source>Not every town hall takes these applications, and no list on this computer says which ones do. The official appointment site lists them and books the appointment.</source>
            <translation>Toutes les mairies ne reçoivent pas ces demandes, et aucune liste de cet ordinateur ne dit lesquelles. Le site officiel de rendez-vous les indique et prend le rendez-vous.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="429" />
            <location filename="../assist_desk/views/places.py" line="431" />
            <source>Official appointment site: %1</source>
            <translation>Site officiel de rendez-vous : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="433" />
            <source>Open the appointment site</source>
            <translation>Ouvrir le site de rendez-vous</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="438" />
            <source>QR code of the official appointment site</source>
            <translation>QR code du site officiel de rendez-vous</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="439" />
            <source>Scan with your phone to book there</source>
            <translation>Scannez avec votre téléphone pour prendre rendez-vous</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="441" />
            <source>Approved photographers and photo booths (ANTS): %1</source>
            <translation>Photographes et cabines photo agréés (ANTS) : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="455" />
            <source>Data: town halls from the DILA directory; France services (ANCT, December 2022); digital help points (2021-2024); communes COG 2026. Licence Ouverte.</source>
            <translation>Données : mairies de l'annuaire de la DILA ; France services (ANCT, décembre 2022) ; lieux d'aide numérique (2021-2024) ; communes COG 2026. Licence Ouverte.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="477" />
            <source>Nothing found for this search. Try a postcode or another spelling.</source>
            <translation>Aucun résultat pour cette recherche. Essayez un code postal ou une autre orthographe.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="481" />
            <source>Places near this help point</source>
            <translation>Lieux proches de ce point d'accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="483" />
            <source>Places near %1</source>
            <translation>Lieux proches de %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="550" />
            <source>None near here in the data on this computer</source>
            <translation>Aucun à proximité dans les données de cet ordinateur</translation>
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
            <translation>Horaires inconnus</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="578" />
            <source>Closed today</source>
            <translation>Fermé aujourd'hui</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="579" />
            <source>open now</source>
            <translation>ouvert en ce moment</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="579" />
            <source>closed now</source>
            <translation>fermé en ce moment</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="581" />
            <source>Today: %1 (%2)</source>
            <translation>Aujourd'hui : %1 (%2)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="726" />
            <source>Choose a place in the list to see its details.</source>
            <translation>Choisissez un lieu dans la liste pour voir ses détails.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="744" />
            <source>Phone: %1</source>
            <translation>Téléphone : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="746" />
            <source>Website: %1</source>
            <translation>Site : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="752" />
            <source>Check that this town hall takes passport and identity-card applications.</source>
            <translation>Vérifiez que cette mairie reçoit les demandes de passeport et de carte d'identité.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="755" />
            <source>Position approximate (centre of the town).</source>
            <translation>Position approximative (centre de la commune).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="757" />
            <source>Information dated %1</source>
            <translation>Informations datées du %1</translation>
        </message>
    </context>
    <context>
        <name>PreApplicationWidget</name>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="111" />
            <source>Valid: this number can be used to make an appointment in any town hall that takes passport and identity-card applications.</source>
            <translation>Valide : ce numéro permet de prendre rendez-vous dans toute mairie qui reçoit les demandes de passeport et de carte d'identité.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="115" />
            <source>Already used: an application was made with this number. It cannot be used again; make a new pre-application if needed.</source>
            <translation>Déjà utilisé : une demande a été faite avec ce numéro. Il ne peut pas resservir ; faites une nouvelle pré-demande si besoin.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="119" />
            <source>Not recognised by ANTS yet: check the number on the pre-application summary, or wait a little and try again.</source>
            <translation>Pas encore reconnu par l'ANTS : vérifiez le numéro sur le récapitulatif de pré-demande, ou patientez un peu et réessayez.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="123" />
            <source>Unknown: ANTS does not know this number. Check each character on the pre-application summary.</source>
            <translation>Inconnu : l'ANTS ne connaît pas ce numéro. Vérifiez chaque caractère sur le récapitulatif de pré-demande.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="127" />
            <source>Expired: this pre-application is too old. Make a new pre-application.</source>
            <translation>Expiré : cette pré-demande est trop ancienne. Faites une nouvelle pré-demande.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="134" />
            <source>The status cannot be checked from here. Make the appointment on the official site with this number.</source>
            <translation>L'état ne peut pas être vérifié d'ici. Prenez rendez-vous sur le site officiel avec ce numéro.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="137" />
            <source>The number must have 10 letters or digits.</source>
            <translation>Le numéro doit comporter 10 lettres ou chiffres.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="139" />
            <source>The appointment service refused this help point's access. Please tell a mediator; meanwhile use the official site.</source>
            <translation>Le service de rendez-vous a refusé l'accès de ce point d'accueil. Merci de prévenir un médiateur ; en attendant, utilisez le site officiel.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="142" />
            <source>The appointment service is busy. Try again in a minute.</source>
            <translation>Le service de rendez-vous est occupé. Réessayez dans une minute.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="148" />
            <source>At the end of the online pre-application you receive a pre-application number: 10 letters or digits. Write it down or print the summary: the town hall asks for it at the appointment, where fingerprints are taken.</source>
            <translation>À la fin de la pré-demande en ligne, vous recevez un numéro de pré-demande : 10 lettres ou chiffres. Notez-le ou imprimez le récapitulatif : la mairie le demande au rendez-vous, où les empreintes digitales sont relevées.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="153" />
            <source>Pre-application &amp;number:</source>
            <translation>&amp;Numéro de pré-demande :</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="154" />
            <source>Pre-application number</source>
            <translation>Numéro de pré-demande</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="156" />
            <source>10 letters or digits; spaces and small letters are accepted</source>
            <translation>10 lettres ou chiffres ; les espaces et les minuscules sont acceptés</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="158" />
            <source>e.g. AB12 CD34 EF</source>
            <translation>ex. AB12 CD34 EF</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="159" />
            <source>Result of the check</source>
            <translation>Résultat de la vérification</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="160" />
            <source>Check the number</source>
            <translation>Vérifier le numéro</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="161" />
            <source>Check the pre-application number</source>
            <translation>Vérifier le numéro de pré-demande</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="162" />
            <source>Free appointments near this help point</source>
            <translation>Rendez-vous libres près de ce point d'accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="164" />
            <source>Free appointments, nearest town halls first</source>
            <translation>Rendez-vous libres, mairies les plus proches d'abord</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="166" />
            <source>Appointments in town halls: %1</source>
            <translation>Rendez-vous en mairie : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="178" />
            <source>%1 of 10 characters</source>
            <translation>%1 caractères sur 10</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="181" />
            <source>Too long: %1 characters instead of 10</source>
            <translation>Trop long : %1 caractères au lieu de 10</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="185" />
            <source>Only letters A to Z and digits: “%1” is not accepted</source>
            <translation>Seulement des lettres de A à Z et des chiffres : « %1 » n'est pas accepté</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="187" />
            <source>Complete number: %1</source>
            <translation>Numéro complet : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="212" />
            <source>Asking the appointment service…</source>
            <translation>Interrogation du service de rendez-vous…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="225" />
            <source>Without a connection to ANTS, only the form of the number is checked.</source>
            <translation>Sans connexion à l'ANTS, seule la forme du numéro est vérifiée.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="233" />
            <source>The appointment service does not answer. Make the appointment on the official site with this number.</source>
            <translation>Le service de rendez-vous ne répond pas. Prenez rendez-vous sur le site officiel avec ce numéro.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="242" />
            <source>Appointment: %1 at %2</source>
            <translation>Rendez-vous : %1 à %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="261" />
            <source>No free appointment found from here: use the official site.</source>
            <translation>Aucun rendez-vous libre trouvé d'ici : utilisez le site officiel.</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../assist_desk/views/printing.py" line="50" />
            <source>Official website</source>
            <extracomment>Body text size on paper, in points (large type for reading at home). The least resolution a page is laid out at (what most office printers print at).</extracomment>
            <translation>Site officiel</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/printing.py" line="51" />
            <source>Official information</source>
            <translation>Information officielle</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/pending_memo.py" line="73" />
            <location filename="../assist_desk/views/printing.py" line="64" />
            <source>Prepared at %1 on %2</source>
            <translation>Fiche préparée par %1 le %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/account/pending_memo.py" line="75" />
            <location filename="../assist_desk/views/printing.py" line="66" />
            <source>This sheet holds no personal information. Rules and prices can change: the official pages above prevail. assist_desk is not an ANTS product.</source>
            <translation>Cette feuille ne contient aucune information personnelle. Les règles et les tarifs peuvent changer : les pages officielles ci-dessus font foi. assist_desk n'est pas un produit de l'ANTS.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/printing.py" line="71" />
            <source>Documents to bring</source>
            <translation>Documents à apporter</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/printing.py" line="191" />
            <source>Print preview</source>
            <extracomment>The most copies a citizen may ask for at once (paper is the help point's).</extracomment>
            <translation>Aperçu avant impression</translation>
        </message>
    </context>
    <context>
        <name>SetupGuideScreen</name>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="135" />
            <location filename="../assist_desk/views/setup_guide.py" line="138" />
            <source>How to set it up</source>
            <extracomment>The statuses that have a section, in the order of the staff screens. Names from the operator's guide, never translated.</extracomment>
            <translation>Comment configurer ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="141" />
            <source>What each status of the mediator screens means, and what the person who installed the help point does about it. The full operator's guide is the file %1 in the application's folder; on Linux, once installed, also:</source>
            <translation>Ce que veut dire chaque état des écrans du médiateur, et ce qu'en fait la personne qui a installé le point d'aide. Le guide complet de l'exploitant est le fichier %1 dans le dossier de l'application ; sous Linux, une fois installé, aussi :</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="152" />
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="153" />
            <source>Back to the mediator screens</source>
            <translation>Retour aux écrans du médiateur</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="167" />
            <source>ANTS portal: not checked yet, or to check</source>
            <translation>Portail de l'ANTS : pas encore vérifié, ou à vérifier</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="171" />
            <source>“Not checked yet”: the connection has not been tested since the application started. Press “Check again” in the mediator tools.</source>
            <translation>« Pas encore vérifié » : la connexion n'a pas été testée depuis le démarrage de l'application. Appuyez sur « Vérifier à nouveau » dans les outils du médiateur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="177" />
            <source>“To check”: this computer cannot reach the portal. First check that it is connected to the Internet. Then check the portal's address: the setting %1 in the site file:</source>
            <translation>« À vérifier » : cet ordinateur n'arrive pas à joindre le portail. Vérifiez d'abord qu'il est connecté à Internet. Puis vérifiez l'adresse du portail : le réglage %1 dans le fichier du site :</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="186" />
            <source>A kiosk needs it: with it empty, the kiosk does not start (unless it is a kiosk for training sessions only: %1).</source>
            <translation>Une borne en a besoin : s'il est vide, la borne ne démarre pas (sauf une borne réservée aux séances de formation : %1).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="193" />
            <source>The application reads the site file when it starts: restart it after a change. At a kiosk, as administrator:</source>
            <translation>L'application lit le fichier du site à son démarrage : redémarrez-la après une modification. Sur une borne, en administrateur :</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="200" />
            <source>If the kiosk keeps starting again, this command shows one line that names the wrong setting:</source>
            <translation>Si la borne redémarre sans cesse, cette commande affiche une ligne qui nomme le réglage erroné :</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="210" />
            <source>Offline content: date unknown, or to update</source>
            <translation>Contenu hors ligne : date inconnue, ou à mettre à jour</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="214" />
            <source>The questions and answers, the lists of documents, the fees and the places come with the application. Past the age set by %1 (180 days if not set), they are shown as “to update”: fees and documents may have changed.</source>
            <translation>Les questions et réponses, les listes de pièces, les tarifs et les lieux sont fournis avec l'application. Au-delà de l'âge fixé par %1 (180 jours s'il n'est pas réglé), ils sont indiqués « à mettre à jour » : les tarifs et les pièces ont pu changer.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="225" />
            <source>To update, unpack the newer archive of the application and run its installer again, as administrator. The site file is kept.</source>
            <translation>Pour mettre à jour, décompressez la nouvelle archive de l'application et relancez son installateur, en administrateur. Le fichier du site est conservé.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="229" />
            <source>At a kiosk:</source>
            <translation>Sur une borne :</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="231" />
            <source>At a workstation:</source>
            <translation>Sur un poste de travail :</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="233" />
            <source>To see the version and the date of the offline content:</source>
            <translation>Pour voir la version et la date du contenu hors ligne :</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="240" />
            <source>No safe place for the mediator PIN</source>
            <translation>Aucun endroit sûr pour le code du médiateur</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="244" />
            <source>The mediator PIN is kept only in the system's secure storage (the keyring) of the account that runs the application, never in a file. Without it the mediator tools stay locked; citizens can still use everything.</source>
            <translation>Le code du médiateur est gardé uniquement dans le stockage sécurisé du système (le trousseau) du compte qui fait tourner l'application, jamais dans un fichier. Sans lui, les outils du médiateur restent verrouillés ; les usagers peuvent toujours tout utiliser.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="252" />
            <source>On Linux, install the keyring service, then sign in to a desktop session of that account once:</source>
            <translation>Sous Linux, installez le service de trousseau, puis ouvrez une fois une session de bureau de ce compte :</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="259" />
            <source>Then check, as that account (status 3 means there is still no secure storage):</source>
            <translation>Puis vérifiez, avec ce compte (le code de sortie 3 veut dire qu'il n'y a toujours pas de stockage sécurisé) :</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="269" />
            <source>No mediator PIN on this kiosk</source>
            <translation>Pas de code du médiateur sur cette borne</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="273" />
            <source>Nobody can choose the PIN on a kiosk's screen: an administrator sets it (at least 6 characters, asked twice, never shown) for the kiosk's account:</source>
            <translation>Personne ne peut choisir le code sur l'écran d'une borne : un administrateur le définit (au moins 6 caractères, demandé deux fois, jamais affiché) pour le compte de la borne :</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/setup_guide.py" line="281" />
            <source>At a mediator workstation, the account that runs the application sets it with this command, or chooses it on the sign-in screen:</source>
            <translation>Sur un poste de médiateur, le compte qui fait tourner l'application le définit avec cette commande, ou le choisit sur l'écran de connexion :</translation>
        </message>
    </context>
    <context>
        <name>Site</name>
        <message>
            <location filename="../assist_desk/views/site_name.py" line="17" />
            <source>Digital help point (training)</source>
            <extracomment>The default name, in English; its French is ``modes.DEFAULT_SITE_NAME``.</extracomment>
            <translation>Point numérique (formation)</translation>
        </message>
    </context>
    <context>
        <name>SourcesScreen</name>
        <message>
            <location filename="../assist_desk/views/about.py" line="312" />
            <location filename="../assist_desk/views/about.py" line="335" />
            <source>Sources and licences</source>
            <translation>Sources et licences</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="317" />
            <source>Questions, checklists and fees</source>
            <translation>Questions, listes de documents et tarifs</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="318" />
            <source>Places</source>
            <translation>Lieux</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="319" />
            <source>Training portal</source>
            <translation>Portail de formation</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="325" />
            <source>No offline content pack is installed.</source>
            <translation>Aucun contenu hors ligne n'est installé.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="327" />
            <source>Offline content: version %1.</source>
            <translation>Contenu hors ligne : version %1.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="329" />
            <source>Offline content: version %1, published on %2.</source>
            <translation>Contenu hors ligne : version %1, publiée le %2.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="336" />
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="340" />
            <source>assist_desk is free software under the European Union Public Licence (EUPL) version 1.2.</source>
            <translation>assist_desk est un logiciel libre publié sous la licence publique de l'Union européenne (EUPL), version 1.2.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="346" />
            <source>&amp;Sources of the information shipped with it. Each note is kept as its authors wrote it, in English:</source>
            <translation>&amp;Sources des informations fournies avec l'application. Chaque note est gardée telle que ses auteurs l'ont écrite, en anglais :</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="362" />
            <source>No data files are shipped with this copy.</source>
            <translation>Aucun fichier de données n'est fourni avec cette copie.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="363" />
            <source>Sources of the information shipped with it</source>
            <translation>Sources des informations fournies avec l'application</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="365" />
            <source>Where each set of data comes from, its licence and its date</source>
            <translation>La provenance de chaque ensemble de données, sa licence et sa date</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="367" />
            <location filename="../assist_desk/views/about.py" line="368" />
            <source>Back to the mediator tools</source>
            <translation>Retour aux outils du médiateur</translation>
        </message>
    </context>
    <context>
        <name>StepOverview</name>
        <message>
            <location filename="../assist_desk/views/widgets/step_overview.py" line="97" />
            <source>you are here</source>
            <extracomment>Unfolded, the list takes at most this many lines and scrolls past them, so that the flow's action bar stays in view under it (M-2: in Arabic, whose lines are taller, the whole list pushed the bar below the window on 5 of 16 request screens).</extracomment>
            <translation>vous êtes ici</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/step_overview.py" line="111" />
            <source>After “%1”, depending on the answer: %2</source>
            <translation>Après « %1 », selon la réponse : %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/step_overview.py" line="114" />
            <source>Branches still open</source>
            <translation>Embranchements encore possibles</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/step_overview.py" line="120" />
            <source>All the steps of this procedure</source>
            <translation>Toutes les étapes de cette démarche</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/step_overview.py" line="128" />
            <source>Hide the steps</source>
            <translation>Masquer les étapes</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/step_overview.py" line="128" />
            <source>Show all the steps</source>
            <translation>Afficher toutes les étapes</translation>
        </message>
    </context>
    <context>
        <name>TermHints</name>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="27" />
            <source>Agence nationale des titres sécurisés: the State agency for ID cards, passports, driving licences and registration certificates.</source>
            <extracomment>(word as shown, plain explanation). The word is translated too when a language writes it differently ("the agency" is "l'agence"); acronyms stay as they are.</extracomment>
            <translation>Agence nationale des titres sécurisés : l'agence de l'État pour les cartes d'identité, les passeports, les permis de conduire et les cartes grises.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="34" />
            <source>the agency</source>
            <translation>l'agence</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="35" />
            <source>The ANTS (Agence nationale des titres sécurisés), which runs the portal.</source>
            <translation>L'ANTS (Agence nationale des titres sécurisés), qui gère le portail.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="41" />
            <source>The national vehicle registration system; a garage needs its prefecture's authorisation to use it.</source>
            <translation>Le système national d'immatriculation des véhicules ; un garage doit être habilité par sa préfecture pour l'utiliser.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="49" />
            <source>The 14-digit number of a business or association (one per address).</source>
            <translation>Le numéro à 14 chiffres d'une entreprise ou d'une association (un par adresse).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="55" />
            <source>The official identity paper of a company, from the trade register.</source>
            <translation>La « carte d'identité » officielle d'une société, délivrée par le registre du commerce.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="61" />
            <source>The official 5-character number of a town (it is not the postcode).</source>
            <translation>Le numéro officiel à 5 caractères d'une commune (ce n'est pas le code postal).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="67" />
            <source>The road-safety certificate taken at secondary school (collège).</source>
            <translation>L'attestation de sécurité routière passée au collège.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="73" />
            <source>The Defence and Citizenship Day that young French people attend.</source>
            <translation>La Journée défense et citoyenneté, à laquelle participent les jeunes Français.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="79" />
            <source>An official form, known by its number (e.g. cerfa 15776).</source>
            <translation>Un formulaire officiel, désigné par son numéro (par exemple cerfa 15776).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="82" />
            <source>holder</source>
            <translation>titulaire</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="83" />
            <source>The person in whose name the registration certificate is issued.</source>
            <translation>La personne au nom de laquelle la carte grise est établie.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="88" />
            <source>usage name</source>
            <translation>nom d'usage</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="89" />
            <source>The name you use every day when it is not your birth name, for example your spouse's name.</source>
            <translation>Le nom que vous utilisez au quotidien quand ce n'est pas votre nom de naissance, par exemple celui de votre époux ou épouse.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="96" />
            <source>fingerprint station</source>
            <translation>dispositif de recueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="97" />
            <source>The town hall's equipment where your fingerprints are taken and your identity card or passport application is recorded.</source>
            <translation>L'appareil de la mairie où vos empreintes digitales sont relevées et votre demande de carte d'identité ou de passeport est enregistrée.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="105" />
            <source>A digital ID photo from an approved photographer or photo booth, with a code to give in your application.</source>
            <translation>Une photo d'identité numérique, faite chez un photographe ou dans une cabine agréés, avec un code à indiquer dans votre demande.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="164" />
            <source>What these words mean</source>
            <translation>Ce que veulent dire ces mots</translation>
        </message>
    </context>
    <context>
        <name>TriageScreen</name>
        <message>
            <location filename="../assist_desk/views/triage.py" line="208" />
            <source>Which procedure do I need? — Result</source>
            <extracomment>What the screen's layout holds and shows or hides: the answers' area in it.</extracomment>
            <translation>Quelle démarche me faut-il ? — Résultat</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="209" />
            <source>Which procedure do I need? — Question %1</source>
            <translation>Quelle démarche me faut-il ? — Question %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="225" />
            <source>Which procedure do I need?</source>
            <translation>Quelle démarche me faut-il ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="226" />
            <source>&amp;Back</source>
            <translation>&amp;Retour</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="227" />
            <source>Back to the previous question</source>
            <translation>Retour à la question précédente</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="228" />
            <source>Start &amp;again</source>
            <translation>&amp;Recommencer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="229" />
            <source>Start the questions again</source>
            <translation>Recommencer les questions</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="230" />
            <source>See the &amp;checklist</source>
            <translation>Voir la &amp;liste de documents</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="231" />
            <source>See the full checklist</source>
            <translation>Voir la liste de documents complète</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="232" />
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="233" />
            <source>Print the checklist</source>
            <translation>Imprimer la liste de documents</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="234" />
            <location filename="../assist_desk/views/triage.py" line="304" />
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="283" />
            <source>Question %1</source>
            <translation>Question %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="307" />
            <source>Here is what you need:</source>
            <translation>Voici ce qu'il vous faut :</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="328" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="381" />
            <source>No printer is available here. Ask a mediator, or note the list.</source>
            <translation>Aucune imprimante n'est disponible ici. Demandez à un médiateur, ou notez la liste.</translation>
        </message>
    </context>
    <context>
        <name>VehicleTaxInputs</name>
        <message>
            <location filename="../assist_desk/views/widgets/vehicle_tax.py" line="98" />
            <location filename="../assist_desk/views/widgets/vehicle_tax.py" line="99" />
            <source>Region of your home</source>
            <translation>Région de votre domicile</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/vehicle_tax.py" line="101" />
            <source>Choose your region</source>
            <translation>Choisissez votre région</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/vehicle_tax.py" line="103" />
            <source>Fiscal horsepower (box P.6 of the old certificate)</source>
            <translation>Puissance fiscale (case P.6 de l'ancienne carte grise)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/vehicle_tax.py" line="104" />
            <source>Fiscal horsepower</source>
            <translation>Puissance fiscale</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/vehicle_tax.py" line="105" />
            <source>Year of first registration (box B)</source>
            <translation>Année de première immatriculation (case B)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/vehicle_tax.py" line="106" />
            <source>Year of first registration</source>
            <translation>Année de première immatriculation</translation>
        </message>
    </context>
</TS>
