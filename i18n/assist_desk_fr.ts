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
</TS>
