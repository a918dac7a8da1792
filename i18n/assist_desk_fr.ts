<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AboutScreen</name>
        <message>
            <location filename="../assist_desk/views/about.py" line="181" />
            <source>About</source>
            <extracomment>The id of the About screen (the top bar's "About" button opens it).</extracomment>
            <translation>À propos</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="186" />
            <source>No offline content pack is installed.</source>
            <translation>Aucun contenu hors ligne n'est installé.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="188" />
            <source>Offline content: version %1.</source>
            <translation>Contenu hors ligne : version %1.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="192" />
            <source>Offline content: version %1, published on %2.</source>
            <translation>Contenu hors ligne : version %1, publiée le %2.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="198" />
            <source>About assist_desk</source>
            <translation>À propos d'assist_desk</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="199" />
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="203" />
            <source>assist_desk is free software under the European Union Public Licence (EUPL) version 1.2.</source>
            <translation>assist_desk est un logiciel libre publié sous la licence publique de l'Union européenne (EUPL), version 1.2.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="209" />
            <source>Nothing you type here is kept on this computer: it is erased when the session ends.</source>
            <translation>Rien de ce que vous saisissez ici n'est conservé sur cet ordinateur : tout est effacé à la fin de la session.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="215" />
            <location filename="../assist_desk/views/about.py" line="216" />
            <location filename="../assist_desk/views/about.py" line="221" />
            <source>Accessibility statement</source>
            <translation>Déclaration d'accessibilité</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="217" />
            <source>&amp;Sources of the information shipped with it:</source>
            <translation>&amp;Sources des informations fournies avec l'application :</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="219" />
            <source>&amp;Accessibility statement:</source>
            <translation>&amp;Déclaration d'accessibilité :</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="231" />
            <source>No data files are shipped with this copy.</source>
            <translation>Aucun fichier de données n'est fourni avec cette copie.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="233" />
            <source>Sources of the information shipped with it</source>
            <translation>Sources des informations fournies avec l'application</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="235" />
            <source>Where each set of data comes from, its licence and its date</source>
            <translation>La provenance de chaque ensemble de données, sa licence et sa date</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="237" />
            <location filename="../assist_desk/views/about.py" line="238" />
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
        <name>AttractScreen</name>
        <message>
            <location filename="../assist_desk/views/attract.py" line="122" />
            <source>Welcome</source>
            <extracomment>Each language named in itself, as a person looking for it would read it.</extracomment>
            <translation>Bienvenue</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="125" />
            <source>Welcome. We can help you with your ANTS procedures.</source>
            <translation>Bienvenue. Nous pouvons vous aider dans vos démarches ANTS.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="126" />
            <source>Touch to start</source>
            <translation>Touchez pour commencer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="127" />
            <source>Start</source>
            <translation>Commencer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="129" />
            <source>Starts a new session. Nothing from the previous person is kept.</source>
            <translation>Ouvre une nouvelle session. Rien de la personne précédente n'est conservé.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="133" />
            <source>Everything you type is erased when you press “End session”, or after a few minutes without use.</source>
            <translation>Tout ce que vous saisissez est effacé quand vous appuyez sur « Terminer la session », ou après quelques minutes sans utilisation.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="137" />
            <location filename="../assist_desk/views/attract.py" line="138" />
            <source>Choose your language:</source>
            <translation>Choisissez votre langue :</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="139" />
            <source>Staff</source>
            <translation>Personnel</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="140" />
            <source>Staff sign-in</source>
            <translation>Connexion du personnel</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/attract.py" line="142" />
            <source>For the help point's mediators: asks for the PIN</source>
            <translation>Pour les médiateurs du point d'accueil : demande le code</translation>
        </message>
    </context>
    <context>
        <name>BrowserScreen</name>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="218" />
            <location filename="../assist_desk/views/browser/screen.py" line="366" />
            <location filename="../assist_desk/views/browser/screen.py" line="380" />
            <source>Official site</source>
            <extracomment>The notice's column, at most this wide (a line stays readable).</extracomment>
            <translation>Site officiel</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="285" />
            <source>Site shown: %1</source>
            <translation>Site affiché : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="370" />
            <source>Back to the application</source>
            <translation>Revenir à l'application</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="371" />
            <location filename="../assist_desk/views/browser/screen.py" line="392" />
            <location filename="../assist_desk/views/browser/screen.py" line="402" />
            <location filename="../assist_desk/views/browser/screen.py" line="408" />
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="371" />
            <source>Previous page</source>
            <translation>Page précédente</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="372" />
            <source>Reload</source>
            <translation>Recharger</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="372" />
            <source>Load the page again</source>
            <translation>Charger la page à nouveau</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="373" />
            <source>Smaller text</source>
            <translation>Texte plus petit</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="374" />
            <source>Larger text</source>
            <translation>Texte plus grand</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="387" />
            <source>This page is not available at this kiosk</source>
            <translation>Cette page n'est pas disponible sur cette borne</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="389" />
            <source>This kiosk only opens official sites, to keep your information safe. To open this page on your phone, scan the code with its camera.</source>
            <translation>Cette borne n'ouvre que des sites officiels, pour protéger vos informations. Pour ouvrir cette page sur votre téléphone, scannez le code avec son appareil photo.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="394" />
            <source>This page stopped working</source>
            <translation>Cette page s'est arrêtée</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="396" />
            <source>This can happen. Start the page again; if it stops again, ask a mediator.</source>
            <translation>Cela peut arriver. Relancez la page ; si elle s'arrête encore, demandez à un médiateur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="398" />
            <source>Start again</source>
            <translation>Relancer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="400" />
            <source>The document could not be received</source>
            <translation>Le document n'a pas pu être reçu</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="401" />
            <source>Try again on the page. If it fails again, ask a mediator.</source>
            <translation>Réessayez sur la page. Si cela échoue encore, demandez à un médiateur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="404" />
            <source>This document cannot be shown here</source>
            <translation>Ce document ne peut pas être affiché ici</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="406" />
            <source>Only PDF documents can be shown and printed here. A mediator can help you.</source>
            <translation>Seuls les documents PDF peuvent être affichés et imprimés ici. Un médiateur peut vous aider.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/screen.py" line="413" />
            <source>Code to scan with a phone to open this page</source>
            <translation>Code à scanner avec un téléphone pour ouvrir cette page</translation>
        </message>
    </context>
    <context>
        <name>ChecklistsScreen</name>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="362" />
            <location filename="../assist_desk/views/checklists.py" line="378" />
            <source>Documents to bring</source>
            <translation>Documents à apporter</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="379" />
            <source>Procedures</source>
            <translation>Démarches</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="380" />
            <source>Checklist</source>
            <translation>Liste de documents</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="381" />
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="382" />
            <source>Print this checklist</source>
            <translation>Imprimer cette liste</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="383" />
            <source>Save as &amp;PDF</source>
            <translation>Enregistrer en &amp;PDF</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="384" />
            <source>Save this checklist as a PDF file</source>
            <translation>Enregistrer cette liste dans un fichier PDF</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="385" />
            <source>Which procedure do I need?</source>
            <translation>Quelle démarche me faut-il ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="470" />
            <source>Choose a procedure in the list to see the documents to bring.</source>
            <translation>Choisissez une démarche dans la liste pour voir les documents à apporter.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="517" />
            <source>No printer is available here. Ask a mediator, or note the list.</source>
            <translation>Aucune imprimante n'est disponible ici. Demandez à un médiateur, ou notez la liste.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="546" />
            <source>The PDF file could not be written. Try printing.</source>
            <translation>Le fichier PDF n'a pas pu être enregistré. Essayez d'imprimer.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="549" />
            <source>Saved: %1</source>
            <translation>Enregistré : %1</translation>
        </message>
    </context>
    <context>
        <name>Content</name>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="69" />
            <source>This information may be outdated: it was last checked on %1. Check the official page before relying on it.</source>
            <extracomment>Qt's HTML parser turns a narrow no-break space (U+202F, in amounts: 1 234,50 €) into an ordinary, breaking space; inside a ``white-space: pre`` span it is kept.</extracomment>
            <translation>Ces informations sont peut-être dépassées : elles ont été vérifiées pour la dernière fois le %1. Consultez la page officielle avant de vous y fier.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="77" />
            <source>Not yet translated: shown in French, which is the reference text.</source>
            <translation>Pas encore traduit : affiché en français, qui est le texte de référence.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="90" />
            <source>free</source>
            <translation>gratuit</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="91" />
            <source>Cost: %1</source>
            <translation>Coût : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="92" />
            <source>Source: %1 — checked on %2</source>
            <translation>Source : %1 — vérifié le %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="93" />
            <source>Where: %1</source>
            <translation>Où : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="96" />
            <source>Otherwise: %1</source>
            <translation>Sinon : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="98" />
            <source>Official website: %1</source>
            <translation>Site officiel : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="99" />
            <source>Where to buy the electronic tax stamp</source>
            <translation>Où acheter le timbre fiscal électronique</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="100" />
            <source>To recheck: not confirmed recently. Check the official page.</source>
            <translation>À revérifier : pas confirmé récemment. Consultez la page officielle.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="103" />
            <source>Translated from French, which is the reference text.</source>
            <translation>Traduit du français, qui est le texte de référence.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="163" />
            <source>Checked on %1</source>
            <translation>Vérifié le %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="94" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="95" />
            <source>if it applies</source>
            <translation>si cela vous concerne</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="97" />
            <source>Steps</source>
            <translation>Étapes</translation>
        </message>
    </context>
    <context>
        <name>CostCalculator</name>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="185" />
            <source>Cost calculator</source>
            <extracomment>(energy id, label); labels are translated in retranslate_ui.</extracomment>
            <translation>Calcul du coût</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="186" />
            <source>&amp;Region of your home</source>
            <translation>&amp;Région de votre domicile</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="187" />
            <source>Region of your home</source>
            <translation>Région de votre domicile</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="188" />
            <source>&amp;Fiscal horsepower (box P.6)</source>
            <translation>&amp;Puissance fiscale (case P.6)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="189" />
            <source>Fiscal horsepower</source>
            <translation>Puissance fiscale</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="191" />
            <source>Written in box P.6 of the registration certificate</source>
            <translation>Indiquée dans la case P.6 de la carte grise</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="193" />
            <source>&amp;Year of first registration (box B)</source>
            <translation>&amp;Année de première immatriculation (case B)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="194" />
            <source>Year of first registration</source>
            <translation>Année de première immatriculation</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="196" />
            <source>Written in box B of the registration certificate</source>
            <translation>Indiquée dans la case B de la carte grise</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="198" />
            <source>&amp;Energy</source>
            <translation>É&amp;nergie</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="199" />
            <source>Energy</source>
            <translation>Énergie</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="201" />
            <source>Petrol, diesel or other</source>
            <translation>Essence, diesel ou autre</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="202" />
            <source>Electric or hydrogen</source>
            <translation>Électrique ou hydrogène</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="203" />
            <source>Hybrid</source>
            <translation>Hybride</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="204" />
            <source>Superethanol E85</source>
            <translation>Superéthanol E85</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="234" />
            <source>No rate is known for this region on this date.</source>
            <translation>Aucun tarif connu pour cette région à cette date.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="239" />
            <source>Estimated total: %1</source>
            <translation>Total estimé : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="240" />
            <source>Regional tax %1 (%2 per horsepower, rate valid since %3)</source>
            <translation>Taxe régionale %1 (%2 par cheval fiscal, tarif en vigueur depuis le %3)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="246" />
            <source>This region does not charge the regional tax for this energy.</source>
            <translation>Cette région ne demande pas la taxe régionale pour cette énergie.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="248" />
            <source>This region halves the regional tax for this energy.</source>
            <translation>Cette région divise la taxe régionale par deux pour cette énergie.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="250" />
            <source>Halved: the vehicle was first registered 10 years ago or more.</source>
            <translation>Divisée par deux : la première immatriculation date de 10 ans ou plus.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="253" />
            <source>Near 10 years, the exact date in box B decides whether it is halved.</source>
            <translation>Autour de 10 ans, c'est la date exacte de la case B qui décide de la réduction de moitié.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="256" />
            <source>Fixed tax %1, delivery %2</source>
            <translation>Taxe fixe %1, acheminement %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="261" />
            <source>Rate checked on %1</source>
            <translation>Tarif vérifié le %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="266" />
            <source>To recheck: a figure used could not be confirmed.</source>
            <translation>À revérifier : un des montants utilisés n'a pas pu être confirmé.</translation>
        </message>
    </context>
    <context>
        <name>DocumentPanel</name>
        <message>
            <location filename="../assist_desk/views/browser/document.py" line="96" />
            <source>Page %1</source>
            <extracomment>Pages rendered at most (a receipt has one or two; a long file is the site's to print). Width of a rendered page, in pixels (about 150 dpi on A4).</extracomment>
            <translation>Page %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/document.py" line="130" />
            <source>Your document</source>
            <translation>Votre document</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/document.py" line="132" />
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/browser/document.py" line="133" />
            <source>Close the document</source>
            <translation>Fermer le document</translation>
        </message>
    </context>
    <context>
        <name>FaqScreen</name>
        <message>
            <location filename="../assist_desk/views/faq.py" line="219" />
            <location filename="../assist_desk/views/faq.py" line="237" />
            <source>Questions &amp; answers</source>
            <extracomment>Milliseconds of quiet typing before the search runs (results feel instant). What a list item opens: ("faq" or "checklist", id).</extracomment>
            <translation>Questions et réponses</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="238" />
            <source>&amp;Search</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="239" />
            <source>For example: lost passport, carte grise…</source>
            <translation>Par exemple : passeport perdu, carte grise…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="240" />
            <source>Search the questions and checklists</source>
            <translation>Rechercher dans les questions et les listes de documents</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="241" />
            <source>Clear the search</source>
            <translation>Effacer la recherche</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="243" />
            <source>Results appear as you type. Spelling mistakes are tolerated.</source>
            <translation>Les résultats s'affichent pendant la saisie. Les fautes de frappe sont tolérées.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="245" />
            <source>&amp;Topic</source>
            <translation>&amp;Thème</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="246" />
            <source>Topic</source>
            <translation>Thème</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="247" />
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="248" />
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="251" />
            <source>Which procedure do I need?</source>
            <translation>Quelle démarche me faut-il ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="253" />
            <source>Documents to bring</source>
            <translation>Documents à apporter</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="267" />
            <source>All topics</source>
            <translation>Tous les thèmes</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="292" />
            <source>No good answer found. The closest ones are below; a mediator can help you.</source>
            <translation>Pas de bonne réponse trouvée. Les plus proches sont ci-dessous ; un médiateur peut vous aider.</translation>
        </message>
        <message numerus="yes">
            <location filename="../assist_desk/views/faq.py" line="296" />
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n résultat</numerusform>
                <numerusform>%n résultats</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="298" />
            <source>No result. Try another word, or choose a topic.</source>
            <translation>Aucun résultat. Essayez un autre mot ou choisissez un thème.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="303" />
            <source>checklist</source>
            <translation>liste de documents</translation>
        </message>
        <message numerus="yes">
            <location filename="../assist_desk/views/faq.py" line="311" />
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n question</numerusform>
                <numerusform>%n questions</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="249" />
            <location filename="../assist_desk/views/faq.py" line="250" />
            <source>See also</source>
            <translation>Voir aussi</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="408" />
            <location filename="../assist_desk/views/faq.py" line="440" />
            <source>Documents to bring: %1</source>
            <translation>Documents à apporter : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="410" />
            <location filename="../assist_desk/views/faq.py" line="428" />
            <source>Source: %1</source>
            <translation>Source : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="460" />
            <source>Hide the French text</source>
            <translation>Masquer le texte français</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="460" />
            <source>Show the French text</source>
            <translation>Afficher le texte français</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="462" />
            <source>Translated from French, which is the reference text.</source>
            <translation>Traduit du français, qui est le texte de référence.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="257" />
            <source>Questions not yet translated are shown in French, the reference text.</source>
            <translation>Les questions pas encore traduites s'affichent en français, le texte de référence.</translation>
        </message>
    </context>
    <context>
        <name>Flows</name>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="20" />
            <source>A private person</source>
            <translation>Un particulier</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="21" />
            <source>For your own procedures. You need an e-mail address you can open.</source>
            <translation>Pour vos propres démarches. Il vous faut une adresse e-mail que vous pouvez ouvrir.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="26" />
            <source>A car professional (SIV)</source>
            <translation>Un professionnel de l'automobile (SIV)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="27" />
            <source>For garages authorised by their prefecture to register vehicles. You need the authorisation, a SIRET number and an e-mail address.</source>
            <translation>Pour les garages habilités par leur préfecture à immatriculer des véhicules. Il vous faut l'habilitation, un numéro SIRET et une adresse e-mail.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="34" />
            <source>A driving school</source>
            <translation>Une auto-école</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="38" />
            <source>A road-safety training centre</source>
            <translation>Un centre de sensibilisation à la sécurité routière</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="46" />
            <source>A town hall with a fingerprint station</source>
            <translation>Une mairie équipée d'un dispositif de recueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="47" />
            <source>Town halls that take ID card and passport applications. The account is requested from the agency, with an e-mail address it can write to.</source>
            <translation>Mairies qui reçoivent les demandes de carte d'identité et de passeport. Le compte se demande à l'agence, avec une adresse e-mail à laquelle elle peut écrire.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="54" />
            <source>Another company or association</source>
            <translation>Une autre entreprise ou association</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="55" />
            <source>You need its SIRET number and an e-mail address.</source>
            <translation>Il vous faut son numéro SIRET et une adresse e-mail.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="61" />
            <source>Do you have an e-mail address that you can open now, here?</source>
            <translation>Avez-vous une adresse e-mail que vous pouvez ouvrir maintenant, ici ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="64" />
            <source>Has your prefecture authorised you to register vehicles (SIV)?</source>
            <translation>Votre préfecture vous a-t-elle habilité à immatriculer des véhicules (SIV) ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="67" />
            <source>Do you have the SIRET number (14 digits) at hand?</source>
            <translation>Avez-vous le numéro SIRET (14 chiffres) sous la main ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="68" />
            <source>Do you have the prefecture's approval number at hand?</source>
            <translation>Avez-vous le numéro d'agrément de la préfecture sous la main ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="72" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="73" />
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="77" />
            <source>Who is the account for?</source>
            <translation>Pour qui est le compte ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="78" />
            <source>Before we start</source>
            <translation>Avant de commencer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="79" />
            <source>Create an e-mail address first</source>
            <translation>Créez d'abord une adresse e-mail</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="80" />
            <source>The prefecture's authorisation</source>
            <translation>L'habilitation de la préfecture</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="81" />
            <source>Find the SIRET number</source>
            <translation>Trouver le numéro SIRET</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="82" />
            <source>The approval number</source>
            <translation>Le numéro d'agrément</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="83" />
            <source>How do you want to sign in?</source>
            <translation>Comment voulez-vous vous connecter ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="84" />
            <source>FranceConnect</source>
            <translation>FranceConnect</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="85" />
            <source>Your details</source>
            <translation>Vos informations</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="86" />
            <source>The town hall's request</source>
            <translation>La demande de la mairie</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="87" />
            <source>Terms of Use</source>
            <translation>Conditions générales d'utilisation</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="88" />
            <source>Please read carefully</source>
            <translation>À lire attentivement</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="89" />
            <source>Check your e-mail</source>
            <translation>Consultez vos e-mails</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="90" />
            <source>Waiting for the prefecture</source>
            <translation>En attente de la préfecture</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="91" />
            <source>Your account is ready</source>
            <translation>Votre compte est prêt</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="92" />
            <source>Request sent</source>
            <translation>Demande envoyée</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="93" />
            <source>The Terms of Use have changed</source>
            <translation>Les conditions d'utilisation ont changé</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="94" />
            <source>Accept the new Terms of Use</source>
            <translation>Accepter les nouvelles conditions</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="95" />
            <source>Thank you</source>
            <translation>Merci</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="96" />
            <source>Your ANTS account</source>
            <translation>Votre compte ANTS</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="97" />
            <source>No procedure for this account</source>
            <translation>Aucune démarche pour ce compte</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="98" />
            <source>What is it about?</source>
            <translation>De quoi s'agit-il ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="99" />
            <source>Which procedure?</source>
            <translation>Quelle démarche ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="100" />
            <source>Summary</source>
            <translation>Récapitulatif</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="101" />
            <source>Do you use FranceConnect?</source>
            <translation>Utilisez-vous FranceConnect ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="102" />
            <source>Two ways to do it</source>
            <translation>Deux façons de faire</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="103" />
            <source>An authorised professional</source>
            <translation>Un professionnel habilité</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="104" />
            <source>Continue on the official site</source>
            <translation>Continuer sur le site officiel</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="109" />
            <source>The agency writes to you by e-mail, so you need an address you can open. Free providers let you create one in a few minutes: choose a name, a password you will remember, and write both down somewhere safe. A mediator can help you. When you can open your mailbox, come back here: what you chose is kept.</source>
            <translation>L'agence vous écrit par e-mail : il vous faut donc une adresse que vous pouvez ouvrir. Des fournisseurs gratuits permettent d'en créer une en quelques minutes : choisissez un nom, un mot de passe dont vous vous souviendrez, et notez-les en lieu sûr. Un médiateur peut vous aider. Quand vous pourrez ouvrir votre boîte, revenez ici : ce que vous avez choisi est conservé.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="116" />
            <source>To register vehicles for your customers, your business must first be authorised by the prefecture of the département where it trades, and sign an agreement. Ask your prefecture (or its website) for the SIV authorisation. You cannot create this account before that. Come back once you have it.</source>
            <translation>Pour immatriculer des véhicules pour vos clients, votre entreprise doit d'abord être habilitée par la préfecture du département où elle exerce, et signer une convention. Demandez l'habilitation SIV à votre préfecture (ou sur son site). Vous ne pouvez pas créer ce compte avant. Revenez quand vous l'aurez.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="123" />
            <source>The SIRET number has 14 digits. It is on the Kbis extract, on invoices and pay slips, and in the public business directory (annuaire-entreprises.data.gouv.fr). Come back with it: the account cannot be created without it.</source>
            <translation>Le numéro SIRET compte 14 chiffres. Il figure sur l'extrait Kbis, sur les factures et les bulletins de paie, et dans l'annuaire public des entreprises (annuaire-entreprises.data.gouv.fr). Revenez avec : le compte ne peut pas être créé sans lui.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="129" />
            <source>The approval number is on the prefecture's approval decision (arrêté d'agrément) of the establishment. Find it, then come back: the account cannot be created without it.</source>
            <translation>Le numéro d'agrément figure sur l'arrêté d'agrément de l'établissement pris par la préfecture. Retrouvez-le, puis revenez : le compte ne peut pas être créé sans lui.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="135" />
            <source>FranceConnect lets you sign in with an account you already have elsewhere: for example impots.gouv.fr, ameli.fr, L'Identité Numérique La Poste, MSA or France Identité. You type your password on their page, never here. Nothing about you is kept on this computer.</source>
            <translation>FranceConnect vous permet de vous connecter avec un compte que vous avez déjà ailleurs : par exemple impots.gouv.fr, ameli.fr, L'Identité Numérique La Poste, MSA ou France Identité. Vous tapez votre mot de passe sur leur page, jamais ici. Rien de vous n'est conservé sur cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="142" />
            <source>Training mode: the sign-in page is a simulation with fictitious people.</source>
            <translation>Mode formation : la page de connexion est une simulation avec des personnes fictives.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="146" />
            <source>Everything you declare must be true and up to date, whether for yourself or for someone else. A false declaration is an offence (French Criminal Code, article 441-1): up to three years' imprisonment and a fine of €45,000. Inaccurate information can also lead the agency to suspend or end the procedure.</source>
            <translation>Tout ce que vous déclarez doit être exact et à jour, pour vous-même comme pour une autre personne. Une fausse déclaration est un délit (Code pénal, article 441-1) : jusqu'à trois ans d'emprisonnement et 45 000 € d'amende. Des informations inexactes peuvent aussi conduire l'agence à suspendre ou arrêter la démarche.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="153" />
            <source>We have sent an e-mail to %1. Open it and click the link inside to activate your account. This screen moves on by itself once it is done. Nothing after a few minutes? Look in the spam folder, or send the e-mail again.</source>
            <translation>Nous avons envoyé un e-mail à %1. Ouvrez-le et cliquez sur le lien qu'il contient pour activer votre compte. Cet écran avance tout seul une fois que c'est fait. Rien après quelques minutes ? Regardez dans les courriers indésirables, ou renvoyez l'e-mail.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="159" />
            <source>Your request is registered. The prefecture now checks your authorisation. Once it agrees, you will receive an e-mail at %1 explaining how to sign in. This can take several days; you can leave this screen.</source>
            <translation>Votre demande est enregistrée. La préfecture vérifie maintenant votre habilitation. Une fois son accord donné, vous recevrez à %1 un e-mail expliquant comment vous connecter. Cela peut prendre plusieurs jours ; vous pouvez quitter cet écran.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="165" />
            <source>Your account is active. You can now start a procedure with “New request”.</source>
            <translation>Votre compte est actif. Vous pouvez maintenant commencer une démarche avec « Nouvelle demande ».</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="168" />
            <source>The agency has received the town hall's request. It will answer by e-mail at %1 with what happens next.</source>
            <translation>L'agence a bien reçu la demande de la mairie. Elle répondra par e-mail à %1 en indiquant la suite.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="173" />
            <source>This kind of account does not start procedures here: it gives access to the agency's services for your organisation only.</source>
            <translation>Ce type de compte ne permet pas de démarches ici : il donne accès aux services de l'agence pour votre organisme uniquement.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="178" />
            <source>Vehicle registration online needs FranceConnect. Without it, you can either ask someone you trust who has FranceConnect to do the procedure with you, or go to a car professional authorised for registrations (they charge for it).</source>
            <translation>L'immatriculation en ligne nécessite FranceConnect. Sans lui, vous pouvez soit demander à une personne de confiance qui a FranceConnect de faire la démarche avec vous, soit vous adresser à un professionnel de l'automobile habilité (service payant).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="184" />
            <source>Authorised professionals (garages, registration services) can do the procedure for you. Take your documents with you. The agency's website lists them; “Find a place” shows those we know near here.</source>
            <translation>Les professionnels habilités (garages, services d'immatriculation) peuvent faire la démarche pour vous. Apportez vos documents. Le site de l'agence en donne la liste ; « Trouver un lieu » montre ceux que nous connaissons près d'ici.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="444" />
            <source>A request is made from an active ANTS account. Sign in yourself: type your own e-mail address and password. They go only to the ANTS portal, through this help point's secure connection, and are never stored on this computer.</source>
            <translation>Une demande se fait depuis un compte ANTS actif. Connectez-vous vous-même : tapez votre propre adresse e-mail et votre mot de passe. Ils vont uniquement au portail de l'ANTS, par la connexion sécurisée de ce lieu d'aide, et ne sont jamais enregistrés sur cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="206" />
            <source>At the end you will get a pre-application number: write it down, the town hall asks for it at the appointment.</source>
            <translation>À la fin, vous obtiendrez un numéro de pré-demande : notez-le, la mairie le demande au rendez-vous.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="200" />
            <source>You are ready: now do the procedure on the official site (nothing has been sent yet). Open it here, on this kiosk; or scan this code with your phone, or print the summary and do it at home.</source>
            <translation>Vous êtes prêt(e) : faites maintenant la démarche sur le site officiel (rien n'a encore été envoyé). Ouvrez-le ici, sur cette borne ; ou scannez ce code avec votre téléphone, ou imprimez le récapitulatif et faites-la chez vous.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="216" />
            <source>This application is not an ANTS product; the official site is ants.gouv.fr.</source>
            <translation>Cette application n'est pas un produit de l'ANTS ; le site officiel est ants.gouv.fr.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="222" />
            <source>With FranceConnect</source>
            <translation>Avec FranceConnect</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="223" />
            <source>Use an account you already have (taxes, health insurance, La Poste…).</source>
            <translation>Utilisez un compte que vous avez déjà (impôts, assurance maladie, La Poste…).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="226" />
            <source>With an ANTS account</source>
            <translation>Avec un compte ANTS</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="227" />
            <source>Fill in a short form, then confirm your e-mail address.</source>
            <translation>Remplissez un court formulaire, puis confirmez votre adresse e-mail.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="230" />
            <source>With a trusted person</source>
            <translation>Avec une personne de confiance</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="231" />
            <source>Someone you trust signs in with their FranceConnect and does it with you.</source>
            <translation>Une personne de confiance se connecte avec son FranceConnect et fait la démarche avec vous.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="234" />
            <source>With an authorised professional</source>
            <translation>Avec un professionnel habilité</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="235" />
            <source>A garage or registration service does it for you.</source>
            <translation>Un garage ou un service d'immatriculation s'en charge pour vous.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="242" />
            <source>E-mail address</source>
            <translation>Adresse e-mail</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="243" />
            <source>First names (all, as on your ID)</source>
            <translation>Prénoms (tous, comme sur votre pièce d'identité)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="244" />
            <source>Birth name</source>
            <translation>Nom de naissance</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="245" />
            <source>Usage name (optional)</source>
            <translation>Nom d'usage (facultatif)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="246" />
            <source>Date of birth (DD/MM/YYYY)</source>
            <translation>Date de naissance (JJ/MM/AAAA)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="247" />
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="248" />
            <source>Password again</source>
            <translation>Mot de passe (à nouveau)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="249" />
            <source>Name of the business</source>
            <translation>Nom de l'entreprise</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="250" />
            <source>Name of the establishment</source>
            <translation>Nom de l'établissement</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="251" />
            <source>Name of the organisation</source>
            <translation>Nom de l'organisme</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="252" />
            <source>SIRET number (14 digits)</source>
            <translation>Numéro SIRET (14 chiffres)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="253" />
            <source>Prefecture authorisation reference</source>
            <translation>Référence de l'habilitation préfectorale</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="254" />
            <source>Département of the prefecture (e.g. 75)</source>
            <translation>Département de la préfecture (ex. 75)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="255" />
            <source>Contact person</source>
            <translation>Personne à contacter</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="256" />
            <source>Telephone (optional)</source>
            <translation>Téléphone (facultatif)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="257" />
            <source>Approval number</source>
            <translation>Numéro d'agrément</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="258" />
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="259" />
            <source>INSEE code of the commune (5 characters)</source>
            <translation>Code INSEE de la commune (5 caractères)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="260" />
            <source>Number of fingerprint stations</source>
            <translation>Nombre de dispositifs de recueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="261" />
            <source>Message to the agency (optional)</source>
            <translation>Message à l'agence (facultatif)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="271" />
            <source>Please fill in this field.</source>
            <translation>Veuillez remplir ce champ.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="272" />
            <source>This does not look like an e-mail address (example: name@example.fr).</source>
            <translation>Ceci ne ressemble pas à une adresse e-mail (exemple : nom@exemple.fr).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="275" />
            <source>An account already uses this e-mail address. Try signing in instead.</source>
            <translation>Un compte utilise déjà cette adresse e-mail. Essayez plutôt de vous connecter.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="278" />
            <source>This SIRET number is not valid: check the 14 digits.</source>
            <translation>Ce numéro SIRET n'est pas valide : vérifiez les 14 chiffres.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="281" />
            <source>This SIREN number is not valid.</source>
            <translation>Ce numéro SIREN n'est pas valide.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="282" />
            <source>Write the date as day/month/year, e.g. 05/03/1980.</source>
            <translation>Écrivez la date sous la forme jour/mois/année, par ex. 05/03/1980.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="285" />
            <source>This date is in the future.</source>
            <translation>Cette date est dans le futur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="286" />
            <source>This date does not fit the rules for this account.</source>
            <translation>Cette date ne correspond pas aux règles de ce compte.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="287" />
            <source>The password needs at least 12 characters.</source>
            <translation>Le mot de passe doit compter au moins 12 caractères.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="288" />
            <source>The password is too long (128 at most).</source>
            <translation>Le mot de passe est trop long (128 au plus).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="289" />
            <source>Mix three kinds: small letters, capitals, digits, symbols.</source>
            <translation>Mélangez trois types : minuscules, majuscules, chiffres, symboles.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="292" />
            <source>The password must not contain your e-mail address.</source>
            <translation>Le mot de passe ne doit pas contenir votre adresse e-mail.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="295" />
            <source>The two passwords are not the same.</source>
            <translation>Les deux mots de passe ne sont pas identiques.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="296" />
            <source>Check the approval number: letters and digits, as on the decision.</source>
            <translation>Vérifiez le numéro d'agrément : lettres et chiffres, comme sur l'arrêté.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="299" />
            <source>Check the reference, as written by the prefecture (e.g. SIV-75-2024-00123).</source>
            <translation>Vérifiez la référence, telle qu'écrite par la préfecture (ex. SIV-75-2024-00123).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="302" />
            <source>Write the département number: 01 to 95, 2A, 2B or 971 to 976.</source>
            <translation>Écrivez le numéro du département : 01 à 95, 2A, 2B ou 971 à 976.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="305" />
            <source>The INSEE code has 5 characters (not the postcode).</source>
            <translation>Le code INSEE compte 5 caractères (ce n'est pas le code postal).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="308" />
            <source>Check the telephone number.</source>
            <translation>Vérifiez le numéro de téléphone.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="309" />
            <source>This is too long.</source>
            <translation>C'est trop long.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="310" />
            <source>This is too short.</source>
            <translation>C'est trop court.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="311" />
            <source>Write a number from 1 to 50.</source>
            <translation>Écrivez un nombre de 1 à 50.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="312" />
            <source>This number is too large.</source>
            <translation>Ce nombre est trop grand.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="313" />
            <source>Check what you typed here.</source>
            <translation>Vérifiez ce que vous avez tapé ici.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="314" />
            <source>Please choose one of the answers.</source>
            <translation>Veuillez choisir l'une des réponses.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="316" />
            <source>The portal did not accept this value.</source>
            <translation>Le portail n'a pas accepté cette valeur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="320" />
            <source>The ANTS service cannot be reached right now. Nothing is lost: what you typed is kept. Try again in a moment.</source>
            <translation>Le service de l'ANTS est injoignable pour le moment. Rien n'est perdu : ce que vous avez tapé est conservé. Réessayez dans un instant.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="325" />
            <source>The ANTS service is slow to answer. What you typed is kept. Try again in a moment.</source>
            <translation>Le service de l'ANTS met du temps à répondre. Ce que vous avez tapé est conservé. Réessayez dans un instant.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="329" />
            <source>Too many attempts in a short time. Please wait a minute, then try again.</source>
            <translation>Trop de tentatives en peu de temps. Patientez une minute, puis réessayez.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="332" />
            <source>Some information was not accepted. The fields to check are marked.</source>
            <translation>Certaines informations n'ont pas été acceptées. Les champs à vérifier sont signalés.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="335" />
            <source>The e-mail address or the password is not right. Please check and try again.</source>
            <translation>L'adresse e-mail ou le mot de passe n'est pas bon. Vérifiez et réessayez.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="338" />
            <source>This cannot be done yet for this account. Please check the step before.</source>
            <translation>Ce n'est pas encore possible pour ce compte. Vérifiez l'étape précédente.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="341" />
            <source>This account or this item no longer exists. You can start again.</source>
            <translation>Ce compte ou cet élément n'existe plus. Vous pouvez recommencer.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="344" />
            <source>Something went wrong on our side. What you typed is kept. Try again.</source>
            <translation>Un problème est survenu de notre côté. Ce que vous avez tapé est conservé. Réessayez.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="347" />
            <source>The connection to the ANTS service is still starting. Try again in a moment.</source>
            <translation>La connexion au service de l'ANTS démarre encore. Réessayez dans un instant.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="351" />
            <source>The service says: %1</source>
            <translation>Le service indique : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="354" />
            <source>Service temporarily unavailable</source>
            <extracomment>Errors of the service, not of the person: a calm warning with its own title (E-2).</extracomment>
            <translation>Service momentanément indisponible</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="355" />
            <source>Something to check</source>
            <translation>À vérifier</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="356" />
            <source>Still to check: %1</source>
            <translation>Reste à vérifier : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="359" />
            <source>Please choose one answer to continue.</source>
            <translation>Veuillez choisir une réponse pour continuer.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="360" />
            <source>Please answer every question to continue.</source>
            <translation>Veuillez répondre à chaque question pour continuer.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="361" />
            <source>Some fields need checking: the messages are under each one.</source>
            <translation>Certains champs sont à vérifier : les messages sont sous chacun d'eux.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="364" />
            <source>Tick “I have read the Terms of Use” to continue. Nobody can tick it for you.</source>
            <translation>Cochez « J'ai lu les conditions générales d'utilisation » pour continuer. Personne ne peut la cocher à votre place.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="367" />
            <source>The Terms of Use are still loading. Please wait a moment.</source>
            <translation>Les conditions d'utilisation se chargent encore. Patientez un instant.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="370" />
            <source>The account is not active yet: follow the link in the e-mail.</source>
            <translation>Le compte n'est pas encore actif : suivez le lien reçu par e-mail.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="373" />
            <source>Please sign in first.</source>
            <translation>Veuillez d'abord vous connecter.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="374" />
            <source>The prefecture has not answered yet. This screen moves on when it does.</source>
            <translation>La préfecture n'a pas encore répondu. Cet écran avancera dès qu'elle l'aura fait.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="380" />
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="381" />
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="382" />
            <source>I understand, create my account</source>
            <translation>J'ai compris, créer mon compte</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="383" />
            <source>I understand, send the request</source>
            <translation>J'ai compris, envoyer la demande</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="385" />
            <source>Accept and continue</source>
            <translation>Accepter et continuer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="386" />
            <source>Try again</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="387" />
            <source>Back to the home screen</source>
            <translation>Retour à l'accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="388" />
            <source>I have an e-mail address now</source>
            <translation>J'ai maintenant une adresse e-mail</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="389" />
            <source>Send the e-mail again</source>
            <translation>Renvoyer l'e-mail</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="390" />
            <source>The e-mail has been sent again.</source>
            <translation>L'e-mail a été renvoyé.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="391" />
            <source>I clicked the link</source>
            <translation>J'ai cliqué sur le lien</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="392" />
            <source>Start a new request</source>
            <translation>Commencer une nouvelle demande</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="393" />
            <source>A false declaration is an offence</source>
            <translation>Une fausse déclaration est un délit</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="394" />
            <source>I have found it, continue</source>
            <translation>Je l'ai trouvé, continuer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="395" />
            <source>Finish</source>
            <translation>Terminer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="396" />
            <source>Your request is registered</source>
            <translation>Votre demande est enregistrée</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="397" />
            <source>Nothing more to do here today. Keep an eye on your mailbox in the coming days.</source>
            <translation>Plus rien à faire ici aujourd'hui. Surveillez votre boîte e-mail dans les prochains jours.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="400" />
            <source>Nothing more to do here today. The answer comes by e-mail.</source>
            <translation>Plus rien à faire ici aujourd'hui. La réponse arrivera par e-mail.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="403" />
            <source>Your ANTS account is active</source>
            <translation>Votre compte ANTS est actif</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="404" />
            <source>Your login is your e-mail address: %1. Sign in on ants.gouv.fr. Never give your password to anyone, not even a mediator.</source>
            <translation>Votre identifiant est votre adresse e-mail : %1. Connectez-vous sur ants.gouv.fr. Ne donnez jamais votre mot de passe à personne, même pas à un médiateur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="409" />
            <source>Find a place</source>
            <translation>Trouver un lieu</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="411" />
            <source>Please wait, we are contacting the ANTS service…</source>
            <translation>Patientez, nous contactons le service de l'ANTS…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="412" />
            <source>Step %1 of %2</source>
            <translation>Étape %1 sur %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="413" />
            <source>Next step: %1</source>
            <translation>Étape suivante : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="414" />
            <source>Help page: the steps wait for you</source>
            <translation>Page d'aide : les étapes vous attendent</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="415" />
            <source>I have read the Terms of Use</source>
            <translation>J'ai lu les conditions générales d'utilisation</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="416" />
            <source>In short</source>
            <translation>En bref</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="417" />
            <source>The full text (French, version %1)</source>
            <translation>Le texte complet (en français, version %1)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="418" />
            <source>• The portal is free. It lets you start procedures for vehicle registration, driving licences, ID cards and passports.
• Your sign-in details are personal: never give your password to anyone, not even a mediator.
• What you declare must be true; a false declaration is punished by law.
• You can delete your account at any time.
• The agency can change these terms; you will be asked to accept a new version.</source>
            <translation>• Le portail est gratuit. Il permet de commencer les démarches d'immatriculation, de permis de conduire, de carte d'identité et de passeport.
• Vos identifiants sont personnels : ne donnez jamais votre mot de passe à personne, pas même à un médiateur.
• Ce que vous déclarez doit être exact ; une fausse déclaration est punie par la loi.
• Vous pouvez supprimer votre compte à tout moment.
• L'agence peut modifier ces conditions ; on vous demandera d'accepter la nouvelle version.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="428" />
            <source>Only the French text is authoritative; this summary helps you read it.</source>
            <translation>Seul le texte français fait foi ; ce résumé vous aide à le lire.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="431" />
            <source>You accepted version %1. The current version is %2. These sections changed:</source>
            <translation>Vous aviez accepté la version %1. La version en vigueur est la %2. Ces sections ont changé :</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="436" />
            <source>New section</source>
            <translation>Nouvelle section</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="437" />
            <source>Section removed</source>
            <translation>Section supprimée</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="438" />
            <source>Section changed</source>
            <translation>Section modifiée</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="440" />
            <source>Your acceptance of the new version is recorded. You can continue.</source>
            <translation>Votre acceptation de la nouvelle version est enregistrée. Vous pouvez continuer.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="443" />
            <source>Signed in: %1</source>
            <translation>Connecté : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="450" />
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="452" />
            <source>Secure connection to the ANTS portal · nothing is stored here</source>
            <translation>Connexion sécurisée au portail de l'ANTS · rien n'est enregistré ici</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="456" />
            <source>Your ANTS account lets you sign in. To register a vehicle online, the official site also asks a private person to sign in with FranceConnect: the next step asks whether you have it, and what to do without it.</source>
            <translation>Votre compte ANTS vous permet de vous connecter. Pour immatriculer un véhicule en ligne, le site officiel demande aussi à un particulier de se connecter avec FranceConnect : l'étape suivante vous demande si vous l'avez, et quoi faire sans.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="462" />
            <source>Sign in with FranceConnect</source>
            <translation>Se connecter avec FranceConnect</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="463" />
            <source>I have no account yet</source>
            <translation>Je n'ai pas encore de compte</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="464" />
            <source>Documents to bring</source>
            <translation>Documents à apporter</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="466" />
            <source>To prepare before you start (photos or scans of these documents)</source>
            <translation>À préparer avant de commencer (photos ou scans de ces documents)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="469" />
            <source>To bring to the appointment at the town hall</source>
            <translation>À apporter au rendez-vous en mairie</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="471" />
            <source>Required</source>
            <translation>Obligatoire</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="472" />
            <source>Depending on your situation</source>
            <translation>Selon votre situation</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="473" />
            <source>Source: %1, checked on %2</source>
            <translation>Source : %1, vérifié le %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="475" />
            <source>Regional tax: it depends on your region, on the fiscal horsepower of the vehicle and on its age. For example %1 for %2 horsepower in %3.</source>
            <translation>Taxe régionale : elle dépend de votre région, de la puissance fiscale du véhicule et de son âge. Par exemple %1 pour %2 chevaux fiscaux en %3.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="480" />
            <source>Regional tax: %1 (%2, %3 horsepower, first registered in %4)</source>
            <translation>Taxe régionale : %1 (%2, %3 chevaux fiscaux, première immatriculation en %4)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="483" />
            <source>The regional tax is halved: the vehicle is 10 years old or more.</source>
            <translation>La taxe régionale est divisée par deux : le véhicule a 10 ans ou plus.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="486" />
            <source>Estimated total: %1</source>
            <translation>Total estimé : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="487" />
            <source>Total: %1 plus the regional tax (often several hundred euros). Choose your region below for an estimate.</source>
            <translation>Total : %1 plus la taxe régionale (souvent plusieurs centaines d'euros). Choisissez votre région ci-dessous pour une estimation.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="492" />
            <source>An estimate: a figure used could not be confirmed, check it on the official site.</source>
            <translation>C'est une estimation : un chiffre utilisé n'a pas pu être confirmé, vérifiez-le sur le site officiel.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="495" />
            <source>To estimate the regional tax</source>
            <translation>Pour estimer la taxe régionale</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="496" />
            <source>Fees</source>
            <translation>Frais</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="497" />
            <source>Free</source>
            <translation>Gratuit</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="498" />
            <source>The list of documents is not available on this computer.</source>
            <translation>La liste des documents n'est pas disponible sur cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="501" />
            <source>Source: %1</source>
            <translation>Source : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="502" />
            <source>This list is not translated yet: it is shown in French.</source>
            <translation>Cette liste n'est pas encore traduite : elle est affichée en français.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="505" />
            <source>You will continue on: %1</source>
            <translation>Vous continuerez sur : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="506" />
            <source>Open the official site</source>
            <translation>Ouvrir le site officiel</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="507" />
            <source>Print the summary</source>
            <translation>Imprimer le récapitulatif</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="508" />
            <source>Code to scan with a phone: %1</source>
            <translation>Code à scanner avec un téléphone : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="509" />
            <source>This address is not allowed on this computer. Ask the mediator.</source>
            <translation>Cette adresse n'est pas autorisée sur cet ordinateur. Demandez au médiateur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="512" />
            <source>The official site is open in the browser.</source>
            <translation>Le site officiel est ouvert dans le navigateur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="513" />
            <source>Waiting for the link to be clicked…</source>
            <translation>En attente du clic sur le lien…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="514" />
            <source>The FranceConnect page is open: sign in there, then come back here.</source>
            <translation>La page FranceConnect est ouverte : connectez-vous-y, puis revenez ici.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="517" />
            <source>Create an ANTS account</source>
            <translation>Créer un compte ANTS</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="518" />
            <source>New request</source>
            <translation>Nouvelle demande</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="519" />
            <source>New Terms of Use</source>
            <translation>Nouvelles conditions d'utilisation</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="211" />
            <source>Once you have your pre-application number (10 letters or digits), check it here: its status, your appointments, or free slots near this help point.</source>
            <translation>Quand vous avez votre numéro de pré-demande (10 lettres ou chiffres), vérifiez-le ici : son état, vos rendez-vous, ou des créneaux libres près de ce lieu d'aide.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="35" />
            <source>You need the school's approval number and an e-mail address.</source>
            <translation>Il faut le numéro d'agrément de l'école et une adresse e-mail.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="39" />
            <source>Centres running points-recovery courses. You need the approval number and an e-mail address.</source>
            <translation>Les centres qui organisent des stages de récupération de points. Il faut le numéro d'agrément et une adresse e-mail.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="190" />
            <source>You are ready: now do the procedure on the official site (nothing has been sent yet). Sign in there with your ANTS account and follow its steps.</source>
            <translation>Vous êtes prêt(e) : faites maintenant la démarche sur le site officiel (rien n'a encore été envoyé). Connectez-vous-y avec votre compte ANTS et suivez ses étapes.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="195" />
            <source>You are ready: now do the procedure on the official site (nothing has been sent yet). Scan this code with your phone, or print the summary and do it at home.</source>
            <translation>Vous êtes prêt(e) : faites maintenant la démarche sur le site officiel (rien n'a encore été envoyé). Scannez ce code avec votre téléphone, ou imprimez le récapitulatif et faites-la chez vous.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="263" />
            <source>At least 12 characters, mixing three of: small letters, capitals, digits, symbols. Type it yourself: nobody else should know it. It goes only to the ANTS portal, through this help point's secure connection, and is never stored on this computer.</source>
            <translation>Au moins 12 caractères, en mêlant trois de ces types : minuscules, majuscules, chiffres, symboles. Tapez-le vous-même : personne d'autre ne doit le connaître. Il va uniquement au portail de l'ANTS, par la connexion sécurisée de ce lieu d'aide, et n'est jamais enregistré sur cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="384" />
            <source>I understand, go to the official site</source>
            <translation>J'ai compris, aller sur le site officiel</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/flow_texts.py" line="410" />
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
            <translation>La demande de ce compte a été refusée. Le courriel reçu en donne la raison ; la préfecture peut l'expliquer.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="27" />
            <source>This account is suspended for a while. The agency sent an e-mail with the reason and the end date. If the reason is wrong, the account will be restored.</source>
            <translation>Ce compte est suspendu pour un temps. L'agence a envoyé un courriel avec le motif et la date de fin. Si le motif n'est pas fondé, le compte sera rétabli.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="32" />
            <source>The ANTS service is closed for maintenance for a short while. Nothing is lost: what you typed is kept. Try again later.</source>
            <translation>Le service de l'ANTS est fermé un moment pour maintenance. Rien n'est perdu : ce que vous avez saisi est conservé. Réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="45" />
            <source>Forgot your password?</source>
            <extracomment>Kinds shown with the portal's own words (the reason and the end, the message). The account's own state: trying again now would not change it (no "Try again"). Kinds shown as a calm notice, not as an error.</extracomment>
            <translation>Mot de passe oublié ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="46" />
            <source>Type the e-mail address of the account. The portal sends a link to choose a new password; it works once, for one hour.</source>
            <translation>Saisissez l'adresse e-mail du compte. Le portail envoie un lien pour choisir un nouveau mot de passe ; il sert une seule fois, pendant une heure.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="51" />
            <source>Send the link</source>
            <translation>Envoyer le lien</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="52" />
            <source>If an account uses this address, an e-mail is on its way. Open it, follow the link within the hour and choose a new password. Then sign in here.</source>
            <translation>Si un compte utilise cette adresse, un courriel est en route. Ouvrez-le, suivez le lien dans l'heure et choisissez un nouveau mot de passe. Connectez-vous ensuite ici.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/portal_state_texts.py" line="57" />
            <source>A link was sent less than a minute ago. Check the mailbox, or wait a minute.</source>
            <translation>Un lien a été envoyé il y a moins d'une minute. Regardez la boîte de réception, ou attendez une minute.</translation>
        </message>
    </context>
    <context>
        <name>Home</name>
        <message>
            <location filename="../assist_desk/views/features.py" line="31" />
            <source>New request</source>
            <extracomment>Every home tile, in the order the home screen shows them.</extracomment>
            <translation>Nouvelle demande</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="32" />
            <source>Start a procedure: registration certificate, licence, ID card, passport</source>
            <translation>Commencer une démarche : carte grise, permis, carte d'identité, passeport</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="38" />
            <source>Create an ANTS account</source>
            <translation>Créer un compte ANTS</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="39" />
            <source>For a person, a professional or a town hall</source>
            <translation>Pour un particulier, un professionnel ou une mairie</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="43" />
            <source>Questions &amp; answers</source>
            <translation>Questions et réponses</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="44" />
            <source>The answers to frequent questions, even without Internet</source>
            <translation>Les réponses aux questions fréquentes, même sans Internet</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="48" />
            <source>Documents to bring</source>
            <translation>Documents à apporter</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="49" />
            <source>Lists of documents and fees, ready to print</source>
            <translation>Listes de documents et tarifs, prêtes à imprimer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="53" />
            <source>Find a place</source>
            <translation>Trouver un lieu</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="54" />
            <source>Town halls and help points near you</source>
            <translation>Mairies et lieux d'aide près de chez vous</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <location filename="../assist_desk/views/home.py" line="220" />
            <source>Home</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/home.py" line="223" />
            <source>What would you like to do?</source>
            <translation>Que souhaitez-vous faire ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/home.py" line="225" />
            <source>Choose one of the buttons below. You can come back here at any time.</source>
            <translation>Choisissez un des boutons ci-dessous. Vous pouvez revenir ici à tout moment.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/home.py" line="227" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <location filename="../assist_desk/views/widgets/idle_warning.py" line="251" />
            <source>Are you still there?</source>
            <extracomment>What a press is made of, from its start to its end (mouse, touch, pen).</extracomment>
            <translation>Êtes-vous toujours là ?</translation>
        </message>
        <message numerus="yes">
            <location filename="../assist_desk/views/widgets/idle_warning.py" line="254" />
            <source>For your privacy, everything will be erased in %n second(s).</source>
            <translation>
                <numerusform>Pour protéger vos données, tout sera effacé dans %n seconde.</numerusform>
                <numerusform>Pour protéger vos données, tout sera effacé dans %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/idle_warning.py" line="257" />
            <source>Touch the screen or press any key to continue.</source>
            <translation>Touchez l'écran ou appuyez sur une touche pour continuer.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/idle_warning.py" line="259" />
            <source>The window that was open has been closed so that you can see this message.</source>
            <translation>La fenêtre qui était ouverte a été fermée pour que vous puissiez voir ce message.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/idle_warning.py" line="262" />
            <location filename="../assist_desk/views/widgets/idle_warning.py" line="263" />
            <source>I am still here</source>
            <translation>Je suis toujours là</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/idle_warning.py" line="264" />
            <source>Continue the session</source>
            <translation>Continuer la session</translation>
        </message>
    </context>
    <context>
        <name>KioskPrintPanel</name>
        <message numerus="yes">
            <location filename="../assist_desk/views/kiosk_print.py" line="134" />
            <source>Number of copies: %n</source>
            <translation>
                <numerusform>Nombre d'exemplaires : %n</numerusform>
                <numerusform>Nombre d'exemplaires : %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../assist_desk/views/kiosk_print.py" line="145" />
            <source>Sent to the printer: %n copy(ies). Take your page(s) there.</source>
            <translation>
                <numerusform>Envoyé à l'imprimante : %n exemplaire. Votre feuille vous attend à l'imprimante.</numerusform>
                <numerusform>Envoyé à l'imprimante : %n exemplaires. Vos feuilles vous attendent à l'imprimante.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="149" />
            <source>There is no printer here at the moment. A mediator can help you.</source>
            <translation>Il n'y a pas d'imprimante disponible ici pour le moment. Un médiateur peut vous aider.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="152" />
            <source>The page could not be printed. A mediator can help you.</source>
            <translation>La page n'a pas pu être imprimée. Un médiateur peut vous aider.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="167" />
            <location filename="../assist_desk/views/kiosk_print.py" line="171" />
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="168" />
            <source>Number of copies</source>
            <translation>Nombre d'exemplaires</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="169" />
            <source>One copy fewer</source>
            <translation>Un exemplaire de moins</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="170" />
            <source>One copy more</source>
            <translation>Un exemplaire de plus</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="172" />
            <source>Print now</source>
            <translation>Imprimer maintenant</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="173" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/kiosk_print.py" line="174" />
            <source>Close the print panel</source>
            <translation>Fermer le panneau d'impression</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="342" />
            <source>Training mode: nothing is sent to ANTS. All accounts here are fictitious.</source>
            <extracomment>Each language named in itself, as a person looking for it would read it. A tile chosen before its feature was installed: opened when it is. Each screen's scroll area in the stack (kept here: asking Qt for a parent widget it created, the viewport, costs PySide a scan of every Qt type).</extracomment>
            <translation>Mode formation : rien n'est envoyé à l'ANTS. Tous les comptes ici sont fictifs.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="347" />
            <location filename="../assist_desk/views/main_window.py" line="350" />
            <source>Help point: %1</source>
            <translation>Lieu d'aide : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="352" />
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="353" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="355" />
            <source>Changes the language of every screen at once; what you typed is kept</source>
            <translation>Change la langue de tous les écrans en une fois ; ce que vous avez saisi est conservé</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="357" />
            <source>Home</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="358" />
            <source>Back to the home screen</source>
            <translation>Revenir à l'accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="364" />
            <location filename="../assist_desk/views/main_window.py" line="365" />
            <source>End session</source>
            <translation>Terminer la session</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="367" />
            <source>Erases everything typed on this screen and starts again for the next person</source>
            <translation>Efface tout ce qui a été saisi et recommence pour la personne suivante</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="359" />
            <source>Mediator</source>
            <translation>Médiateur</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="360" />
            <source>Mediator tools</source>
            <translation>Outils du médiateur</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="361" />
            <source>Asks for the mediator's PIN</source>
            <translation>Demande le code du médiateur</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="362" />
            <source>About</source>
            <translation>À propos</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="363" />
            <source>About this application</source>
            <translation>À propos de cette application</translation>
        </message>
    </context>
    <context>
        <name>MediatorSignInScreen</name>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="138" />
            <source>This PIN is not the right one. Try again.</source>
            <translation>Ce code n'est pas le bon. Réessayez.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="143" />
            <source>The secure storage does not answer: sign-in is not possible.</source>
            <translation>Le stockage sécurisé ne répond pas : la connexion est impossible.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="148" />
            <source>The two entries are different. Type the same PIN twice.</source>
            <translation>Les deux saisies sont différentes. Tapez deux fois le même code.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="149" />
            <source>The PIN could not be saved: no secure storage.</source>
            <translation>Le code n'a pas pu être enregistré : aucun stockage sécurisé.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="161" />
            <location filename="../assist_desk/views/mediator.py" line="165" />
            <source>Mediator sign-in</source>
            <translation>Connexion du médiateur</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="168" />
            <source>No secure storage is available on this computer, so the mediator tools are locked. Citizens can keep using the help point. Ask your administrator to set up the system keyring.</source>
            <translation>Aucun stockage sécurisé n'est disponible sur cet ordinateur : les outils du médiateur restent verrouillés. Les usagers peuvent continuer à utiliser le point d'accueil. Demandez à votre administrateur de configurer le trousseau du système.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="174" />
            <source>No mediator PIN is set on this computer. An administrator sets it with the command: assist-desk pin set</source>
            <translation>Aucun code de médiateur n'est défini sur cet ordinateur. Un administrateur le définit avec la commande : assist-desk pin set</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="140" />
            <source>Too many attempts: sign-in is paused for a few minutes (15 at most). Try again later.</source>
            <translation>Trop d'essais : la connexion est suspendue quelques minutes (15 au plus). Réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="145" />
            <source>Choose a PIN of at least 6 digits, not one digit repeated nor a run like 123456 (or a password of at least 10 characters).</source>
            <translation>Choisissez un code d'au moins 6 chiffres, ni un même chiffre répété ni une suite comme 123456 (ou un mot de passe d'au moins 10 caractères).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="179" />
            <source>Choose the mediator PIN (at least 6 digits) or password (at least 10 characters) for this computer. It is kept only in the system's secure storage.</source>
            <translation>Choisissez le code du médiateur (au moins 6 chiffres) ou son mot de passe (au moins 10 caractères) pour cet ordinateur. Il est conservé uniquement dans le stockage sécurisé du système.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="183" />
            <source>Checking the secure storage…</source>
            <translation>Vérification du stockage sécurisé…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="185" />
            <source>Type the mediator PIN or password.</source>
            <translation>Tapez le code ou le mot de passe du médiateur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="191" />
            <source>&amp;New PIN</source>
            <translation>&amp;Nouveau code</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="191" />
            <source>&amp;PIN</source>
            <translation>&amp;Code</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="192" />
            <source>New PIN</source>
            <translation>Nouveau code</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="192" />
            <source>PIN</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="193" />
            <source>&amp;Repeat the PIN</source>
            <translation>&amp;Répétez le code</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="194" />
            <source>Repeat the PIN</source>
            <translation>Répétez le code</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="200" />
            <source>Save the PIN</source>
            <translation>Enregistrer le code</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="200" />
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
    </context>
    <context>
        <name>MediatorToolsScreen</name>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="309" />
            <location filename="../assist_desk/views/mediator.py" line="314" />
            <source>Mediator tools</source>
            <translation>Outils du médiateur</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="317" />
            <source>Portal: not checked yet</source>
            <translation>Portail : pas encore vérifié</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="319" />
            <source>Portal: reachable</source>
            <translation>Portail : joignable</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="321" />
            <source>Portal: not reachable</source>
            <translation>Portail : injoignable</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="325" />
            <source>Offline content: age unknown</source>
            <translation>Contenu hors ligne : âge inconnu</translation>
        </message>
        <message numerus="yes">
            <location filename="../assist_desk/views/mediator.py" line="327" />
            <source>Offline content: %n day(s) old</source>
            <translation>
                <numerusform>Contenu hors ligne : %n jour</numerusform>
                <numerusform>Contenu hors ligne : %n jours</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="330" />
            <source>Check again</source>
            <translation>Vérifier à nouveau</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="331" />
            <source>Check the status again</source>
            <translation>Vérifier à nouveau l'état</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="332" />
            <source>Switch to kiosk mode</source>
            <translation>Passer en mode borne</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="335" />
            <source>Full screen for a citizen alone; leaving it needs the PIN</source>
            <translation>Plein écran pour un usager seul ; en sortir demande le code</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="338" />
            <source>Leave kiosk mode</source>
            <translation>Quitter le mode borne</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="341" />
            <source>Reset the training data</source>
            <translation>Réinitialiser les données de formation</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="344" />
            <source>Puts the training portal's fictitious accounts back as they were</source>
            <translation>Remet les comptes fictifs du portail de formation dans leur état initial</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="350" />
            <source>The training data is ready for the next session.</source>
            <translation>Les données de formation sont prêtes pour la prochaine session.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="352" />
            <source>The training data could not be reset.</source>
            <translation>Les données de formation n'ont pas pu être réinitialisées.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="354" />
            <source>Lock the mediator tools</source>
            <translation>Verrouiller les outils du médiateur</translation>
        </message>
        <message numerus="yes">
            <location filename="../assist_desk/views/mediator.py" line="363" />
            <source>Offline content to recheck: %n fact(s)</source>
            <translation>
                <numerusform>Contenu hors ligne à revérifier : %n information</numerusform>
                <numerusform>Contenu hors ligne à revérifier : %n informations</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="372" />
            <source>past its review date (%1)</source>
            <translation>date de révision dépassée (%1)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/mediator.py" line="374" />
            <source>not confirmed by a precise page</source>
            <translation>pas confirmé par une page précise</translation>
        </message>
    </context>
    <context>
        <name>OnScreenKeyboard</name>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="276" />
            <source>On-screen keyboard</source>
            <extracomment>The widest the keys spread, in pixels: on a 1920-px kiosk a key stays in reach. The digit pad is narrower (three columns). The panel width and window height the keys were last fitted to.</extracomment>
            <translation>Clavier à l'écran</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="294" />
            <source>Shift</source>
            <translation>Majuscule</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="294" />
            <source>The next letter is a capital</source>
            <translation>La lettre suivante sera en majuscule</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="296" />
            <source>Backspace</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="296" />
            <source>Erases the character before the cursor</source>
            <translation>Efface le caractère avant le curseur</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="298" />
            <source>Space</source>
            <translation>Espace</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="304" />
            <source>Enter</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="305" />
            <source>Goes to the next field, or confirms the last one</source>
            <translation>Passe au champ suivant, ou valide le dernier</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="308" />
            <source>Hide the keyboard</source>
            <translation>Masquer le clavier</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="313" />
            <source>Keyboard in %1</source>
            <translation>Clavier en %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="314" />
            <source>Switches the letters to another language</source>
            <translation>Change les lettres pour une autre langue</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="317" />
            <source>Digits and symbols</source>
            <translation>Chiffres et symboles</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/keyboard/widget.py" line="318" />
            <source>Letters</source>
            <translation>Lettres</translation>
        </message>
    </context>
    <context>
        <name>PlacesScreen</name>
        <message>
            <location filename="../assist_desk/views/places.py" line="204" />
            <source>Town halls</source>
            <translation>Mairies</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="205" />
            <source>France services</source>
            <translation>France services</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="206" />
            <source>Digital help points</source>
            <translation>Lieux d'aide au numérique</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="207" />
            <source>Checked by this help point</source>
            <translation>Vérifiés par ce point d'accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="212" />
            <source>Town hall taking passport and ID card applications</source>
            <translation>Mairie qui reçoit les demandes de passeport et de carte d'identité</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="213" />
            <source>Approved photographer or photo booth</source>
            <translation>Photographe ou cabine photo agréés</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="214" />
            <source>Approved vehicle registration professional</source>
            <translation>Professionnel habilité pour l'immatriculation</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="215" />
            <source>Help point</source>
            <translation>Point d'accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="216" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="220" />
            <location filename="../assist_desk/views/places.py" line="223" />
            <source>Find a place</source>
            <translation>Trouver un lieu</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="226" />
            <source>Type a town, a postcode or an INSEE code, then choose a suggestion. The nearest places appear by category, from data kept on this computer.</source>
            <translation>Saisissez une commune, un code postal ou un code INSEE, puis choisissez une suggestion. Les lieux les plus proches s'affichent par catégorie, à partir des données gardées sur cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="230" />
            <source>&amp;Town or postcode:</source>
            <translation>&amp;Commune ou code postal :</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="232" />
            <source>Town or postcode (or INSEE code)</source>
            <translation>Commune ou code postal (ou code INSEE)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="233" />
            <source>Clear the search</source>
            <translation>Effacer la recherche</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="235" />
            <source>Suggestions appear as you type; press Enter to search</source>
            <translation>Des suggestions apparaissent pendant la saisie ; appuyez sur Entrée pour chercher</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="237" />
            <source>e.g. 75011, Saint-Denis, Ajaccio</source>
            <translation>ex. 75011, Saint-Denis, Ajaccio</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="238" />
            <source>Search</source>
            <translation>Chercher</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="239" />
            <source>Search nearby places</source>
            <translation>Chercher les lieux proches</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="240" />
            <source>Near this help point</source>
            <translation>Près de ce point d'accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="241" />
            <source>Search places near this help point</source>
            <translation>Chercher les lieux proches de ce point d'accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="242" />
            <source>&amp;Show:</source>
            <translation>&amp;Afficher :</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="243" />
            <source>Category of places to show</source>
            <translation>Catégorie de lieux à afficher</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="246" />
            <source>All categories</source>
            <translation>Toutes les catégories</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="250" />
            <source>Places found, nearest first</source>
            <translation>Lieux trouvés, du plus proche au plus éloigné</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="251" />
            <source>Details of the chosen place</source>
            <translation>Détails du lieu choisi</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="252" />
            <source>QR code of the address on a map</source>
            <translation>QR code de l'adresse sur une carte</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="253" />
            <source>Scan to open this address on a map</source>
            <translation>Scannez pour ouvrir cette adresse sur une carte</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="256" />
            <source>No list kept on this computer says which town halls take passport and identity-card applications, which photographers and photo booths are approved, or which professionals are approved for vehicle registration. Check that a town hall takes passport and identity-card applications before going there.</source>
            <translation>Aucune liste gardée sur cet ordinateur n'indique quelles mairies reçoivent les demandes de passeport et de carte d'identité, quels photographes et cabines photo sont agréés, ni quels professionnels sont habilités pour l'immatriculation. Vérifiez qu'une mairie reçoit les demandes de passeport et de carte d'identité avant de vous y rendre.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="263" />
            <source>Town halls and appointments: %1</source>
            <translation>Mairies et rendez-vous : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="267" />
            <source>Photographers, photo booths, approved professionals (ANTS): %1</source>
            <translation>Photographes, cabines photo, professionnels habilités (ANTS) : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="285" />
            <source>Data: town halls from the DILA directory; France services (ANCT, December 2022); digital help points (2021-2024); communes COG 2026. Licence Ouverte. Details in About.</source>
            <translation>Données : mairies de l'annuaire de la DILA ; France services (ANCT, décembre 2022) ; lieux d'aide au numérique (2021-2024) ; communes COG 2026. Licence Ouverte. Détails dans « À propos ».</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="293" />
            <source>The help point's own list of places has problems: %1</source>
            <translation>La liste de lieux propre à ce point d'accueil comporte des erreurs : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="302" />
            <source>The list of places could not be opened. Please tell a mediator.</source>
            <translation>La liste des lieux n'a pas pu être ouverte. Merci de prévenir un médiateur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="304" />
            <source>Loading the list of places…</source>
            <translation>Chargement de la liste des lieux…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="306" />
            <source>Nothing found for this search. Try a postcode or another spelling.</source>
            <translation>Aucun résultat pour cette recherche. Essayez un code postal ou une autre orthographe.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="310" />
            <source>Places near this help point</source>
            <translation>Lieux proches de ce point d'accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="312" />
            <source>Places near %1</source>
            <translation>Lieux proches de %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="379" />
            <source>None near here in the data on this computer</source>
            <translation>Aucun à proximité dans les données de cet ordinateur</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="394" />
            <source>%1 m</source>
            <translation>%1 m</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="395" />
            <source>%1 km</source>
            <translation>%1 km</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="399" />
            <source>Opening hours unknown</source>
            <translation>Horaires inconnus</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="401" />
            <source>Closed today</source>
            <translation>Fermé aujourd'hui</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="402" />
            <source>open now</source>
            <translation>ouvert en ce moment</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="402" />
            <source>closed now</source>
            <translation>fermé en ce moment</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="404" />
            <source>Today: %1 (%2)</source>
            <translation>Aujourd'hui : %1 (%2)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="432" />
            <source>Choose a place in the list to see its details.</source>
            <translation>Choisissez un lieu dans la liste pour voir ses détails.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="440" />
            <source>Phone: %1</source>
            <translation>Téléphone : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="442" />
            <source>Website: %1</source>
            <translation>Site : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="448" />
            <source>Check that this town hall takes passport and identity-card applications.</source>
            <translation>Vérifiez que cette mairie reçoit les demandes de passeport et de carte d'identité.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="451" />
            <source>Position approximate (centre of the town).</source>
            <translation>Position approximative (centre de la commune).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="453" />
            <source>Information dated %1</source>
            <translation>Informations datées du %1</translation>
        </message>
    </context>
    <context>
        <name>PreApplicationWidget</name>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="109" />
            <source>Valid: this number can be used to make an appointment in any town hall that takes passport and identity-card applications.</source>
            <translation>Valide : ce numéro permet de prendre rendez-vous dans toute mairie qui reçoit les demandes de passeport et de carte d'identité.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="113" />
            <source>Already used: an application was made with this number. It cannot be used again; make a new pre-application if needed.</source>
            <translation>Déjà utilisé : une demande a été faite avec ce numéro. Il ne peut pas resservir ; faites une nouvelle pré-demande si besoin.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="117" />
            <source>Not recognised by ANTS yet: check the number on the pre-application summary, or wait a little and try again.</source>
            <translation>Pas encore reconnu par l'ANTS : vérifiez le numéro sur le récapitulatif de pré-demande, ou patientez un peu et réessayez.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="121" />
            <source>Unknown: ANTS does not know this number. Check each character on the pre-application summary.</source>
            <translation>Inconnu : l'ANTS ne connaît pas ce numéro. Vérifiez chaque caractère sur le récapitulatif de pré-demande.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="125" />
            <source>Expired: this pre-application is too old. Make a new pre-application.</source>
            <translation>Expiré : cette pré-demande est trop ancienne. Faites une nouvelle pré-demande.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="132" />
            <source>The status cannot be checked from here. Make the appointment on the official site with this number.</source>
            <translation>L'état ne peut pas être vérifié d'ici. Prenez rendez-vous sur le site officiel avec ce numéro.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="135" />
            <source>The number must have 10 letters or digits.</source>
            <translation>Le numéro doit comporter 10 lettres ou chiffres.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="137" />
            <source>The appointment service refused this help point's access. Please tell a mediator; meanwhile use the official site.</source>
            <translation>Le service de rendez-vous a refusé l'accès de ce point d'accueil. Merci de prévenir un médiateur ; en attendant, utilisez le site officiel.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="140" />
            <source>The appointment service is busy. Try again in a minute.</source>
            <translation>Le service de rendez-vous est occupé. Réessayez dans une minute.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="146" />
            <source>At the end of the online pre-application you receive a pre-application number: 10 letters or digits. Write it down or print the summary: the town hall asks for it at the appointment, where fingerprints are taken.</source>
            <translation>À la fin de la pré-demande en ligne, vous recevez un numéro de pré-demande : 10 lettres ou chiffres. Notez-le ou imprimez le récapitulatif : la mairie le demande au rendez-vous, où les empreintes digitales sont relevées.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="151" />
            <source>Pre-application &amp;number:</source>
            <translation>&amp;Numéro de pré-demande :</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="152" />
            <source>Pre-application number</source>
            <translation>Numéro de pré-demande</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="154" />
            <source>10 letters or digits; spaces and small letters are accepted</source>
            <translation>10 lettres ou chiffres ; les espaces et les minuscules sont acceptés</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="156" />
            <source>e.g. AB12 CD34 EF</source>
            <translation>ex. AB12 CD34 EF</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="157" />
            <source>Result of the check</source>
            <translation>Résultat de la vérification</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="158" />
            <source>Check the number</source>
            <translation>Vérifier le numéro</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="159" />
            <source>Check the pre-application number</source>
            <translation>Vérifier le numéro de pré-demande</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="160" />
            <source>Free appointments near this help point</source>
            <translation>Rendez-vous libres près de ce point d'accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="162" />
            <source>Free appointments, nearest town halls first</source>
            <translation>Rendez-vous libres, mairies les plus proches d'abord</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="164" />
            <source>Appointments in town halls: %1</source>
            <translation>Rendez-vous en mairie : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="178" />
            <source>%1 of 10 characters</source>
            <translation>%1 caractères sur 10</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="181" />
            <source>Too long: %1 characters instead of 10</source>
            <translation>Trop long : %1 caractères au lieu de 10</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="185" />
            <source>Only letters A to Z and digits: “%1” is not accepted</source>
            <translation>Seulement des lettres de A à Z et des chiffres : « %1 » n'est pas accepté</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="187" />
            <source>Complete number: %1</source>
            <translation>Numéro complet : %1</translation>
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
            <translation>Rendez-vous : %1 à %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="261" />
            <source>No free appointment found from here: use the official site.</source>
            <translation>Aucun rendez-vous libre trouvé d'ici : utilisez le site officiel.</translation>
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
            <location filename="../assist_desk/views/printing.py" line="64" />
            <source>Prepared at %1 on %2</source>
            <translation>Fiche préparée par %1 le %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/printing.py" line="66" />
            <source>This sheet holds no personal information. Rules and prices can change: the official pages above prevail. assist_desk is not an ANTS product.</source>
            <translation>Cette feuille ne contient aucune information personnelle. Les règles et les tarifs peuvent changer : les pages officielles ci-dessus font foi. assist_desk n'est pas un produit de l'ANTS.</translation>
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
        <name>TermHints</name>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="27" />
            <source>Agence nationale des titres sécurisés: the State agency for ID cards, passports, driving licences and registration certificates.</source>
            <extracomment>(word as shown, plain explanation). The word is translated too when a language writes it differently ("the agency" is "l'agence"); acronyms stay as they are.</extracomment>
            <translation>Agence nationale des titres sécurisés : l'agence de l'État pour les cartes d'identité, les passeports, les permis de conduire et les cartes grises.</translation>
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
            <translation>Le système national d'immatriculation des véhicules ; un garage doit être habilité par sa préfecture pour l'utiliser.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="49" />
            <source>The 14-digit number of a business or association (one per address).</source>
            <translation>Le numéro à 14 chiffres d'une entreprise ou d'une association (un par adresse).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/term_hints.py" line="55" />
            <source>The official identity paper of a company, from the trade register.</source>
            <translation>La « carte d'identité » officielle d'une société, délivrée par le registre du commerce.</translation>
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
            <location filename="../assist_desk/views/widgets/term_hints.py" line="133" />
            <source>What these words mean</source>
            <translation>Ce que veulent dire ces mots</translation>
        </message>
    </context>
    <context>
        <name>TriageScreen</name>
        <message>
            <location filename="../assist_desk/views/triage.py" line="102" />
            <source>Which procedure do I need? — Result</source>
            <translation>Quelle démarche me faut-il ? — Résultat</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="103" />
            <source>Which procedure do I need? — Question %1</source>
            <translation>Quelle démarche me faut-il ? — Question %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="119" />
            <source>Which procedure do I need?</source>
            <translation>Quelle démarche me faut-il ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="120" />
            <source>&amp;Back</source>
            <translation>&amp;Retour</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="121" />
            <source>Back to the previous question</source>
            <translation>Revenir à la question précédente</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="122" />
            <source>Start &amp;again</source>
            <translation>&amp;Recommencer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="123" />
            <source>Start the questions again</source>
            <translation>Recommencer les questions</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="124" />
            <source>See the &amp;checklist</source>
            <translation>Voir la &amp;liste de documents</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="125" />
            <source>See the full checklist</source>
            <translation>Voir la liste complète des documents</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="126" />
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="127" />
            <source>Print the checklist</source>
            <translation>Imprimer la liste de documents</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="128" />
            <location filename="../assist_desk/views/triage.py" line="194" />
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="176" />
            <source>Question %1</source>
            <translation>Question %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="197" />
            <source>Here is what you need:</source>
            <translation>Voici ce qu'il vous faut :</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="217" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="269" />
            <source>No printer is available here. Ask a mediator, or note the list.</source>
            <translation>Aucune imprimante n'est disponible ici. Demandez à un médiateur, ou notez la liste.</translation>
        </message>
    </context>
    <context>
        <name>VehicleTaxInputs</name>
        <message>
            <location filename="../assist_desk/views/widgets/vehicle_tax.py" line="95" />
            <location filename="../assist_desk/views/widgets/vehicle_tax.py" line="96" />
            <source>Region of your home</source>
            <translation>Région de votre domicile</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/vehicle_tax.py" line="98" />
            <source>Choose your region</source>
            <translation>Choisissez votre région</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/vehicle_tax.py" line="99" />
            <source>Fiscal horsepower (box P.6 of the old certificate)</source>
            <translation>Puissance fiscale (case P.6 de l'ancienne carte grise)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/vehicle_tax.py" line="100" />
            <source>Fiscal horsepower</source>
            <translation>Puissance fiscale</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/vehicle_tax.py" line="101" />
            <source>Year of first registration (box B)</source>
            <translation>Année de première immatriculation (case B)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/widgets/vehicle_tax.py" line="102" />
            <source>Year of first registration</source>
            <translation>Année de première immatriculation</translation>
        </message>
    </context>
</TS>
