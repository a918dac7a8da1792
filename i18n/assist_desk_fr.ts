<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
            <location filename="../assist_desk/views/home.py" line="216" />
            <source>Home</source>
            <extracomment>The focus ring is 1 px thicker than the border on each side (QSS).</extracomment>
            <translation>Accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/home.py" line="219" />
            <source>What would you like to do?</source>
            <translation>Que souhaitez-vous faire ?</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/home.py" line="221" />
            <source>Choose one of the buttons below. You can come back here at any time.</source>
            <translation>Choisissez un des boutons ci-dessous. Vous pouvez revenir ici à tout moment.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/home.py" line="223" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="189" />
            <source>Training mode: nothing is sent to ANTS. All accounts here are fictitious.</source>
            <extracomment>Each language named in itself, as a person looking for it would read it.</extracomment>
            <translation>Mode formation : rien n'est envoyé à l'ANTS. Tous les comptes ici sont fictifs.</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="193" />
            <location filename="../assist_desk/views/main_window.py" line="195" />
            <source>Help point: %1</source>
            <translation>Lieu d'aide : %1</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="197" />
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="198" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="200" />
            <source>Changes the language of every screen at once; what you typed is kept</source>
            <translation>Change la langue de tous les écrans en une fois ; ce que vous avez saisi est conservé</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="202" />
            <source>Home</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="203" />
            <source>Back to the home screen</source>
            <translation>Revenir à l'accueil</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="204" />
            <location filename="../assist_desk/views/main_window.py" line="205" />
            <source>End session</source>
            <translation>Terminer la session</translation>
        </message>
        <message>
            <location filename="../assist_desk/views/main_window.py" line="207" />
            <source>Erases everything typed on this screen and starts again for the next person</source>
            <translation>Efface tout ce qui a été saisi et recommence pour la personne suivante</translation>
        </message>
    </context>
</TS>
