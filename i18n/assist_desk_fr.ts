<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AboutScreen</name>
        <message>
            <location filename="../assist_desk/views/about.py" line="140" />
            <source>About</source>
            <extracomment>The id of the About screen (the top bar's "About" button opens it).</extracomment>
            <translation>À propos</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="145" />
            <source>No offline content pack is installed.</source>
            <translation>Aucun contenu hors ligne n'est installé.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="147" />
            <source>Offline content: version %1.</source>
            <translation>Contenu hors ligne : version %1.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="150" />
            <source>Offline content: version %1, published on %2.</source>
            <translation>Contenu hors ligne : version %1, publiée le %2.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="156" />
            <source>About assist_desk</source>
            <translation>À propos d'assist_desk</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="157" />
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="161" />
            <source>assist_desk is free software under the European Union Public Licence (EUPL) version 1.2.</source>
            <translation>assist_desk est un logiciel libre publié sous la licence publique de l'Union européenne (EUPL), version 1.2.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="167" />
            <source>Nothing you type here is kept on this computer: it is erased when the session ends.</source>
            <translation>Rien de ce que vous saisissez ici n'est conservé sur cet ordinateur : tout est effacé à la fin de la session.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="171" />
            <source>&amp;Sources of the information shipped with it:</source>
            <translation>&amp;Sources des informations fournies avec l'application :</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="177" />
            <source>No data files are shipped with this copy.</source>
            <translation>Aucun fichier de données n'est fourni avec cette copie.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="178" />
            <source>Sources of the information shipped with it</source>
            <translation>Sources des informations fournies avec l'application</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="180" />
            <source>Where each set of data comes from, its licence and its date</source>
            <translation>La provenance de chaque ensemble de données, sa licence et sa date</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/about.py" line="182" />
            <location filename="../assist_desk/views/about.py" line="183" />
            <source>Back to the home screen</source>
            <translation>Retour à l'accueil</translation>
        </message>
    </context>
    <context>
        <name>AppointmentsScreen</name>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="286" />
            <location filename="../assist_desk/views/appointments.py" line="289" />
            <source>Pre-application number and appointment</source>
            <translation>Numéro de pré-demande et rendez-vous</translation>
        </message>
    </context>
    <context>
        <name>ChecklistsScreen</name>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="200" />
            <location filename="../assist_desk/views/checklists.py" line="214" />
            <source>Documents to bring</source>
            <translation>Documents à apporter</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="215" />
            <source>Procedures</source>
            <translation>Démarches</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="216" />
            <source>Checklist</source>
            <translation>Liste de documents</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="217" />
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="218" />
            <source>Print this checklist</source>
            <translation>Imprimer cette liste</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="219" />
            <source>Save as &amp;PDF</source>
            <translation>Enregistrer en &amp;PDF</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="220" />
            <source>Save this checklist as a PDF file</source>
            <translation>Enregistrer cette liste dans un fichier PDF</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="221" />
            <source>Which procedure do I need?</source>
            <translation>Quelle démarche me faut-il ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="285" />
            <source>Choose a procedure on the left to see the documents to bring.</source>
            <translation>Choisissez une démarche à gauche pour voir les documents à apporter.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="319" />
            <source>No printer is available here. Ask a mediator, or note the list.</source>
            <translation>Aucune imprimante n'est disponible ici. Demandez à un médiateur, ou notez la liste.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="343" />
            <source>The PDF file could not be written. Try printing.</source>
            <translation>Le fichier PDF n'a pas pu être enregistré. Essayez d'imprimer.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="346" />
            <source>Saved: %1</source>
            <translation>Enregistré : %1</translation>
        </message>
    </context>
    <context>
        <name>Content</name>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="64" />
            <source>This information may be outdated: it was last checked on %1. Check the official page before relying on it.</source>
            <translation>Ces informations sont peut-être dépassées : elles ont été vérifiées pour la dernière fois le %1. Consultez la page officielle avant de vous y fier.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="72" />
            <source>Not yet translated: shown in French, which is the reference text.</source>
            <translation>Pas encore traduit : affiché en français, qui est le texte de référence.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="85" />
            <source>free</source>
            <translation>gratuit</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="86" />
            <source>Cost: %1</source>
            <translation>Coût : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="87" />
            <source>Source: %1 — checked on %2</source>
            <translation>Source : %1 — vérifié le %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="88" />
            <source>Where: %1</source>
            <translation>Où : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="91" />
            <source>Otherwise: %1</source>
            <translation>Sinon : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="93" />
            <source>Official website: %1</source>
            <translation>Site officiel : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="94" />
            <source>Where to buy the electronic tax stamp</source>
            <translation>Où acheter le timbre fiscal électronique</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="89" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="90" />
            <source>if it applies</source>
            <translation>si cela vous concerne</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/content_common.py" line="92" />
            <source>Steps</source>
            <translation>Étapes</translation>
        </message>
    </context>
    <context>
        <name>CostCalculator</name>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="81" />
            <source>Cost calculator</source>
            <translation>Calcul du coût</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="82" />
            <source>&amp;Region of your home</source>
            <translation>&amp;Région de votre domicile</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="83" />
            <source>Region of your home</source>
            <translation>Région de votre domicile</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="84" />
            <source>&amp;Fiscal horsepower (box P.6)</source>
            <translation>&amp;Puissance fiscale (case P.6)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="85" />
            <source>Fiscal horsepower</source>
            <translation>Puissance fiscale</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="87" />
            <source>Written in box P.6 of the registration certificate</source>
            <translation>Indiquée dans la case P.6 de la carte grise</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="104" />
            <source>No rate is known for this region on this date.</source>
            <translation>Aucun tarif connu pour cette région à cette date.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="108" />
            <source>Estimated total: %1</source>
            <translation>Total estimé : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="110" />
            <source>Regional tax %1 (%2 per horsepower, rate valid since %3)</source>
            <translation>Taxe régionale %1 (%2 par cheval fiscal, tarif en vigueur depuis le %3)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="115" />
            <source>Fixed tax %1, delivery %2</source>
            <translation>Taxe fixe %1, acheminement %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/checklists.py" line="120" />
            <source>This rate could not be re-checked recently: confirm it.</source>
            <translation>Ce tarif n'a pas pu être revérifié récemment : confirmez-le.</translation>
        </message>
    </context>
    <context>
        <name>FaqScreen</name>
        <message>
            <location filename="../assist_desk/views/faq.py" line="127" />
            <location filename="../assist_desk/views/faq.py" line="140" />
            <source>Questions &amp; answers</source>
            <extracomment>Milliseconds of quiet typing before the search runs (results feel instant).</extracomment>
            <translation>Questions et réponses</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="141" />
            <source>&amp;Search</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="142" />
            <source>For example: lost passport, carte grise…</source>
            <translation>Par exemple : passeport perdu, carte grise…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="143" />
            <source>Search the questions and checklists</source>
            <translation>Rechercher dans les questions et les listes de documents</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="145" />
            <source>Results appear as you type. Spelling mistakes are tolerated.</source>
            <translation>Les résultats s'affichent pendant la saisie. Les fautes de frappe sont tolérées.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="147" />
            <source>&amp;Topic</source>
            <translation>&amp;Thème</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="148" />
            <source>Topic</source>
            <translation>Thème</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="149" />
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="150" />
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="151" />
            <source>Which procedure do I need?</source>
            <translation>Quelle démarche me faut-il ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="153" />
            <location filename="../assist_desk/views/faq.py" line="239" />
            <source>Documents to bring</source>
            <translation>Documents à apporter</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="163" />
            <source>All topics</source>
            <translation>Tous les thèmes</translation>
        </message>
        <message numerus="yes">
            <location filename="../assist_desk/views/faq.py" line="184" />
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n résultat</numerusform>
                <numerusform>%n résultats</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="186" />
            <source>No result. Try another word, or choose a topic.</source>
            <translation>Aucun résultat. Essayez un autre mot ou choisissez un thème.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="187" />
            <source>checklist</source>
            <translation>liste de documents</translation>
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
            <translation>Voir aussi</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/faq.py" line="251" />
            <source>Open the checklist</source>
            <translation>Ouvrir la liste de documents</translation>
        </message>
    </context>
    <context>
        <name>Home</name>
        <message>
            <location filename="../assist_desk/views/features.py" line="28" />
            <source>New request</source>
            <translation>Nouvelle demande</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="29" />
            <source>Start a procedure: registration certificate, licence, ID card, passport</source>
            <translation>Commencer une démarche : carte grise, permis, carte d'identité, passeport</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="34" />
            <source>Create an ANTS account</source>
            <translation>Créer un compte ANTS</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="35" />
            <source>For a person, a professional or a town hall</source>
            <translation>Pour un particulier, un professionnel ou une mairie</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="38" />
            <source>Questions &amp; answers</source>
            <translation>Questions et réponses</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="39" />
            <source>The answers to frequent questions, even without Internet</source>
            <translation>Les réponses aux questions fréquentes, même sans Internet</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="42" />
            <source>Documents to bring</source>
            <translation>Documents à apporter</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="43" />
            <source>Lists of documents and fees, ready to print</source>
            <translation>Listes de documents et tarifs, prêtes à imprimer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="46" />
            <source>Find a place</source>
            <translation>Trouver un lieu</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/features.py" line="47" />
            <source>Town halls and help points near you</source>
            <translation>Mairies et lieux d'aide près de chez vous</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <location filename="../assist_desk/views/home.py" line="58" />
            <source>Home</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/home.py" line="61" />
            <source>What would you like to do?</source>
            <translation>Que souhaitez-vous faire ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/home.py" line="63" />
            <source>Choose one of the buttons below. You can come back here at any time.</source>
            <translation>Choisissez un des boutons ci-dessous. Vous pouvez revenir ici à tout moment.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/home.py" line="65" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="173" />
            <source>Training mode: nothing is sent to ANTS. All accounts here are fictitious.</source>
            <extracomment>Each language named in itself, as a person looking for it would read it.</extracomment>
            <translation>Mode formation : rien n'est envoyé à l'ANTS. Tous les comptes ici sont fictifs.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="177" />
            <source>Help point: %1</source>
            <translation>Lieu d'aide : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="179" />
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="180" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="181" />
            <source>Home</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="182" />
            <source>Back to the home screen</source>
            <translation>Revenir à l'accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="183" />
            <source>About</source>
            <translation>À propos</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="184" />
            <source>About this application</source>
            <translation>À propos de cette application</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="185" />
            <location filename="../assist_desk/views/main_window.py" line="186" />
            <source>End session</source>
            <translation>Terminer la session</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="188" />
            <source>Erases everything typed on this screen and starts again for the next person</source>
            <translation>Efface tout ce qui a été saisi et recommence pour la personne suivante</translation>
        </message>
    </context>
    <context>
        <name>PlacesScreen</name>
        <message>
            <location filename="../assist_desk/views/places.py" line="201" />
            <source>Town halls</source>
            <translation>Mairies</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="202" />
            <source>France services</source>
            <translation>France services</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="203" />
            <source>Digital help points</source>
            <translation>Lieux d'aide au numérique</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="204" />
            <source>Checked by this help point</source>
            <translation>Vérifiés par ce point d'accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="209" />
            <source>Town hall taking passport and ID card applications</source>
            <translation>Mairie qui reçoit les demandes de passeport et de carte d'identité</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="210" />
            <source>Approved photographer or photo booth</source>
            <translation>Photographe ou cabine photo agréés</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="211" />
            <source>Approved vehicle registration professional</source>
            <translation>Professionnel habilité pour l'immatriculation</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="212" />
            <source>Help point</source>
            <translation>Point d'accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="213" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="217" />
            <location filename="../assist_desk/views/places.py" line="220" />
            <source>Find a place</source>
            <translation>Trouver un lieu</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="223" />
            <source>Type a town, a postcode or an INSEE code, then choose a suggestion. The nearest places appear by category, from data kept on this computer.</source>
            <translation>Saisissez une commune, un code postal ou un code INSEE, puis choisissez une suggestion. Les lieux les plus proches s'affichent par catégorie, à partir des données gardées sur cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="227" />
            <source>&amp;Town or postcode:</source>
            <translation>&amp;Commune ou code postal :</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="228" />
            <source>Town, postcode or INSEE code</source>
            <translation>Commune, code postal ou code INSEE</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="230" />
            <source>Suggestions appear as you type; press Enter to search</source>
            <translation>Des suggestions apparaissent pendant la saisie ; appuyez sur Entrée pour chercher</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="232" />
            <source>e.g. 75011, Saint-Denis, Ajaccio</source>
            <translation>ex. 75011, Saint-Denis, Ajaccio</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="233" />
            <source>Search</source>
            <translation>Chercher</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="234" />
            <source>Search nearby places</source>
            <translation>Chercher les lieux proches</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="235" />
            <source>Near this help point</source>
            <translation>Près de ce point d'accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="236" />
            <source>Search places near this help point</source>
            <translation>Chercher les lieux proches de ce point d'accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="237" />
            <source>&amp;Show:</source>
            <translation>&amp;Afficher :</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="238" />
            <source>Category of places to show</source>
            <translation>Catégorie de lieux à afficher</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="241" />
            <source>All categories</source>
            <translation>Toutes les catégories</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="245" />
            <source>Places found, nearest first</source>
            <translation>Lieux trouvés, du plus proche au plus éloigné</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="246" />
            <source>Details of the chosen place</source>
            <translation>Détails du lieu choisi</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="247" />
            <source>QR code of the address on a map</source>
            <translation>QR code de l'adresse sur une carte</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="248" />
            <source>Scan to open this address on a map</source>
            <translation>Scannez pour ouvrir cette adresse sur une carte</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="251" />
            <source>No list kept on this computer says which town halls take passport and identity-card applications, which photographers and photo booths are approved, or which professionals are approved for vehicle registration. Check that a town hall takes passport and identity-card applications before going there.</source>
            <translation>Aucune liste gardée sur cet ordinateur n'indique quelles mairies reçoivent les demandes de passeport et de carte d'identité, quels photographes et cabines photo sont agréés, ni quels professionnels sont habilités pour l'immatriculation. Vérifiez qu'une mairie reçoit les demandes de passeport et de carte d'identité avant de vous y rendre.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="258" />
            <source>Town halls and appointments: %1</source>
            <translation>Mairies et rendez-vous : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="262" />
            <source>Photographers, photo booths, approved professionals (ANTS): %1</source>
            <translation>Photographes, cabines photo, professionnels habilités (ANTS) : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="277" />
            <source>Data: town halls from the DILA directory; France services (ANCT, December 2022); digital help points (2021-2024); communes COG 2026. Licence Ouverte. Details in About.</source>
            <translation>Données : mairies de l'annuaire de la DILA ; France services (ANCT, décembre 2022) ; lieux d'aide au numérique (2021-2024) ; communes COG 2026. Licence Ouverte. Détails dans « À propos ».</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="285" />
            <source>The help point's own list of places has problems: %1</source>
            <translation>La liste de lieux propre à ce point d'accueil comporte des erreurs : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="294" />
            <source>The list of places could not be opened. Please tell a mediator.</source>
            <translation>La liste des lieux n'a pas pu être ouverte. Merci de prévenir un médiateur.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="296" />
            <source>Loading the list of places…</source>
            <translation>Chargement de la liste des lieux…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="298" />
            <source>Nothing found for this search. Try a postcode or another spelling.</source>
            <translation>Aucun résultat pour cette recherche. Essayez un code postal ou une autre orthographe.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="302" />
            <source>Places near this help point</source>
            <translation>Lieux proches de ce point d'accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="304" />
            <source>Places near %1</source>
            <translation>Lieux proches de %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="366" />
            <source>None near here in the data on this computer</source>
            <translation>Aucun à proximité dans les données de cet ordinateur</translation>
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
            <translation>Horaires inconnus</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="388" />
            <source>Closed today</source>
            <translation>Fermé aujourd'hui</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="389" />
            <source>open now</source>
            <translation>ouvert en ce moment</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="389" />
            <source>closed now</source>
            <translation>fermé en ce moment</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="390" />
            <source>Today: %1 (%2)</source>
            <translation>Aujourd'hui : %1 (%2)</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="412" />
            <source>Choose a place in the list to see its details.</source>
            <translation>Choisissez un lieu dans la liste pour voir ses détails.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="420" />
            <source>Phone: %1</source>
            <translation>Téléphone : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="422" />
            <source>Website: %1</source>
            <translation>Site : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="428" />
            <source>Check that this town hall takes passport and identity-card applications.</source>
            <translation>Vérifiez que cette mairie reçoit les demandes de passeport et de carte d'identité.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="431" />
            <source>Position approximate (centre of the town).</source>
            <translation>Position approximative (centre de la commune).</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/places.py" line="433" />
            <source>Information dated %1</source>
            <translation>Informations datées du %1</translation>
        </message>
    </context>
    <context>
        <name>PreApplicationWidget</name>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="102" />
            <source>Valid: this number can be used to make an appointment in any town hall that takes passport and identity-card applications.</source>
            <translation>Valide : ce numéro permet de prendre rendez-vous dans toute mairie qui reçoit les demandes de passeport et de carte d'identité.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="106" />
            <source>Already used: an application was made with this number. It cannot be used again; make a new pre-application if needed.</source>
            <translation>Déjà utilisé : une demande a été faite avec ce numéro. Il ne peut pas resservir ; faites une nouvelle pré-demande si besoin.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="110" />
            <source>Not recognised by ANTS yet: check the number on the pre-application summary, or wait a little and try again.</source>
            <translation>Pas encore reconnu par l'ANTS : vérifiez le numéro sur le récapitulatif de pré-demande, ou patientez un peu et réessayez.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="114" />
            <source>Unknown: ANTS does not know this number. Check each character on the pre-application summary.</source>
            <translation>Inconnu : l'ANTS ne connaît pas ce numéro. Vérifiez chaque caractère sur le récapitulatif de pré-demande.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="118" />
            <source>Expired: this pre-application is too old. Make a new pre-application.</source>
            <translation>Expiré : cette pré-demande est trop ancienne. Faites une nouvelle pré-demande.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="125" />
            <source>The status cannot be checked from here. Make the appointment on the official site with this number.</source>
            <translation>L'état ne peut pas être vérifié d'ici. Prenez rendez-vous sur le site officiel avec ce numéro.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="128" />
            <source>The number must have 10 letters or digits.</source>
            <translation>Le numéro doit comporter 10 lettres ou chiffres.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="130" />
            <source>The appointment service refused this help point's access. Please tell a mediator; meanwhile use the official site.</source>
            <translation>Le service de rendez-vous a refusé l'accès de ce point d'accueil. Merci de prévenir un médiateur ; en attendant, utilisez le site officiel.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="133" />
            <source>The appointment service is busy. Try again in a minute.</source>
            <translation>Le service de rendez-vous est occupé. Réessayez dans une minute.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="139" />
            <source>At the end of the online pre-application you receive a pre-application number: 10 letters or digits. Write it down or print the summary: the town hall asks for it at the appointment, where fingerprints are taken.</source>
            <translation>À la fin de la pré-demande en ligne, vous recevez un numéro de pré-demande : 10 lettres ou chiffres. Notez-le ou imprimez le récapitulatif : la mairie le demande au rendez-vous, où les empreintes digitales sont relevées.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="144" />
            <source>Pre-application &amp;number:</source>
            <translation>&amp;Numéro de pré-demande :</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="145" />
            <source>Pre-application number</source>
            <translation>Numéro de pré-demande</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="147" />
            <source>10 letters or digits; spaces and small letters are accepted</source>
            <translation>10 lettres ou chiffres ; les espaces et les minuscules sont acceptés</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="149" />
            <source>e.g. AB12 CD34 EF</source>
            <translation>ex. AB12 CD34 EF</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="150" />
            <source>Check the number</source>
            <translation>Vérifier le numéro</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="151" />
            <source>Check the pre-application number</source>
            <translation>Vérifier le numéro de pré-demande</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="152" />
            <source>Free appointments near this help point</source>
            <translation>Rendez-vous libres près de ce point d'accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="154" />
            <source>Free appointments, nearest town halls first</source>
            <translation>Rendez-vous libres, mairies les plus proches d'abord</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="156" />
            <source>Appointments in town halls: %1</source>
            <translation>Rendez-vous en mairie : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="170" />
            <source>%1 of 10 characters</source>
            <translation>%1 caractères sur 10</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="173" />
            <source>Too long: %1 characters instead of 10</source>
            <translation>Trop long : %1 caractères au lieu de 10</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="177" />
            <source>Only letters A to Z and digits: “%1” is not accepted</source>
            <translation>Seulement des lettres de A à Z et des chiffres : « %1 » n'est pas accepté</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="179" />
            <source>Complete number: %1</source>
            <translation>Numéro complet : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="199" />
            <source>Asking the appointment service…</source>
            <translation>Interrogation du service de rendez-vous…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="212" />
            <source>Without a connection to ANTS, only the form of the number is checked.</source>
            <translation>Sans connexion à l'ANTS, seule la forme du numéro est vérifiée.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="220" />
            <source>The appointment service does not answer. Make the appointment on the official site with this number.</source>
            <translation>Le service de rendez-vous ne répond pas. Prenez rendez-vous sur le site officiel avec ce numéro.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="229" />
            <source>Appointment: %1 at %2</source>
            <translation>Rendez-vous : %1 à %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/appointments.py" line="248" />
            <source>No free appointment found from here: use the official site.</source>
            <translation>Aucun rendez-vous libre trouvé d'ici : utilisez le site officiel.</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../assist_desk/views/printing.py" line="53" />
            <source>Official website</source>
            <extracomment>Body text size on paper, in points (large type for reading at home).</extracomment>
            <translation>Site officiel</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/printing.py" line="54" />
            <source>Official information</source>
            <translation>Information officielle</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/printing.py" line="65" />
            <source>Prepared at %1 on %2</source>
            <translation>Fiche préparée par %1 le %2</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/printing.py" line="67" />
            <source>This sheet holds no personal information. Rules and prices can change: the official pages above prevail. assist_desk is not an ANTS product.</source>
            <translation>Cette feuille ne contient aucune information personnelle. Les règles et les tarifs peuvent changer : les pages officielles ci-dessus font foi. assist_desk n'est pas un produit de l'ANTS.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/printing.py" line="72" />
            <source>Documents to bring</source>
            <translation>Documents à apporter</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/printing.py" line="125" />
            <source>Print preview</source>
            <translation>Aperçu avant impression</translation>
        </message>
    </context>
    <context>
        <name>TriageScreen</name>
        <message>
            <location filename="../assist_desk/views/triage.py" line="95" />
            <source>Which procedure do I need? — Result</source>
            <translation>Quelle démarche me faut-il ? — Résultat</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="96" />
            <source>Which procedure do I need? — Question %1</source>
            <translation>Quelle démarche me faut-il ? — Question %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="110" />
            <source>Which procedure do I need?</source>
            <translation>Quelle démarche me faut-il ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="111" />
            <source>&amp;Back</source>
            <translation>&amp;Retour</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="112" />
            <source>Back to the previous question</source>
            <translation>Revenir à la question précédente</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="113" />
            <source>Start &amp;again</source>
            <translation>&amp;Recommencer</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="114" />
            <source>Start the questions again</source>
            <translation>Recommencer les questions</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="115" />
            <source>See the &amp;checklist</source>
            <translation>Voir la &amp;liste de documents</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="116" />
            <source>See the full checklist</source>
            <translation>Voir la liste complète des documents</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="117" />
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="118" />
            <source>Print the checklist</source>
            <translation>Imprimer la liste de documents</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="119" />
            <location filename="../assist_desk/views/triage.py" line="183" />
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="165" />
            <source>Question %1</source>
            <translation>Question %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="186" />
            <source>Here is what you need:</source>
            <translation>Voici ce qu'il vous faut :</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="206" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/triage.py" line="231" />
            <source>No printer is available here. Ask a mediator, or note the list.</source>
            <translation>Aucune imprimante n'est disponible ici. Demandez à un médiateur, ou notez la liste.</translation>
        </message>
    </context>
</TS>
