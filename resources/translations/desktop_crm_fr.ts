<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_crm/app.py" line="108" />
        <source>Creating the demo database…</source>
        <translation>Création de la base de démonstration…</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/calls/call_dialog.py" line="35" />
        <source>Call attempted</source>
        <translation>Appel tenté</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls/call_dialog.py" line="36" />
        <source>Reached</source>
        <translation>Joint</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls/call_dialog.py" line="37" />
        <source>Left message</source>
        <translation>Message laissé</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls/call_dialog.py" line="38" />
        <source>Call received</source>
        <translation>Appel reçu</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls/call_dialog.py" line="39" />
        <source>Wrong number</source>
        <translation>Mauvais numéro</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls/call_dialog.py" line="57" />
        <source>Log a call – {0}</source>
        <translation>Enregistrer un appel – {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls/call_dialog.py" line="64" />
        <source>&amp;Outgoing</source>
        <translation>&amp;Sortant</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls/call_dialog.py" line="65" />
        <source>&amp;Incoming</source>
        <translation>&amp;Entrant</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls/call_dialog.py" line="90" />
        <location filename="../../desktop_crm/ui/calls/call_dialog.py" line="176" />
        <source>S&amp;top timer</source>
        <translation>&amp;Arrêter le chrono</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls/call_dialog.py" line="101" />
        <source>Schedule a &amp;follow-up</source>
        <translation>Planifier une s&amp;uite</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls/call_dialog.py" line="107" />
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls/call_dialog.py" line="108" />
        <source>To-do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls/call_dialog.py" line="109" />
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls/call_dialog.py" line="112" />
        <source>In</source>
        <translation>Dans</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls/call_dialog.py" line="117" />
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls/call_dialog.py" line="118" />
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls/call_dialog.py" line="126" />
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls/call_dialog.py" line="127" />
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls/call_dialog.py" line="128" />
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls/call_dialog.py" line="139" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls/call_dialog.py" line="140" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls/call_dialog.py" line="141" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls/call_dialog.py" line="144" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls/call_dialog.py" line="145" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls/call_dialog.py" line="146" />
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls/call_dialog.py" line="147" />
        <source>&amp;Result</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls/call_dialog.py" line="148" />
        <source>Re&amp;garding</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls/call_dialog.py" line="149" />
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls/call_dialog.py" line="150" />
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/calls/call_dialog.py" line="171" />
        <source>Res&amp;ume timer</source>
        <translation>&amp;Reprendre le chrono</translation>
    </message>
</context>
<context>
    <name>CardTabs</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="121" />
        <source>All types</source>
        <translation>Tous types</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="123" />
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="124" />
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="125" />
        <source>Letters and e-mails</source>
        <translation>Lettres et e-mails</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="126" />
        <source>Field changes</source>
        <translation>Modifications de champs</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="127" />
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="128" />
        <source>To-dos and notes</source>
        <translation>À faire et notes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="133" />
        <source>any date</source>
        <translation>toute date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="139" />
        <source>Search the history…</source>
        <translation>Rechercher dans l'historique…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="151" />
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="278" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="152" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="153" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="154" />
        <source>Regarding</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="155" />
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="156" />
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="279" />
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="157" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="164" />
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="166" />
        <source>since</source>
        <translation>depuis le</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="205" />
        <source>Outgoing</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="206" />
        <source>Incoming</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="229" />
        <source>Call attempted</source>
        <translation>Appel tenté</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="230" />
        <source>Call reached</source>
        <translation>Appel joint</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="231" />
        <source>Left message</source>
        <translation>Message laissé</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="232" />
        <source>Call received</source>
        <translation>Appel reçu</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="233" />
        <source>Wrong number</source>
        <translation>Mauvais numéro</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="234" />
        <source>Meeting held</source>
        <translation>Réunion tenue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="235" />
        <source>Meeting not held</source>
        <translation>Réunion non tenue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="236" />
        <source>To-do done</source>
        <translation>À faire terminé</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="237" />
        <source>To-do not done</source>
        <translation>À faire non terminé</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="238" />
        <source>Letter sent</source>
        <translation>Lettre envoyée</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="239" />
        <source>E-mail sent</source>
        <translation>E-mail envoyé</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="240" />
        <source>Fax sent</source>
        <translation>Fax envoyé</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="241" />
        <source>Label printed</source>
        <translation>Étiquette imprimée</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="242" />
        <source>Envelope printed</source>
        <translation>Enveloppe imprimée</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="243" />
        <source>Field changed</source>
        <translation>Champ modifié</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="244" />
        <source>Contact created</source>
        <translation>Contact créé</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="245" />
        <source>Contact merged</source>
        <translation>Contact fusionné</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="246" />
        <source>Contact imported</source>
        <translation>Contact importé</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="247" />
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="280" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="248" />
        <source>Opportunity created</source>
        <translation>Nouvelle opportunité</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="251" />
        <source>Stage changed</source>
        <translation>Étape modifiée</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="254" />
        <source>Opportunity won</source>
        <translation>Opportunité gagnée</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="255" />
        <source>Opportunity lost</source>
        <translation>Opportunité perdue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="256" />
        <source>E-mail opened</source>
        <translation>E-mail ouvert</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="257" />
        <source>Link clicked</source>
        <translation>Lien cliqué</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="258" />
        <source>E-mail bounced</source>
        <translation>E-mail rejeté</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="259" />
        <source>Unsubscribed</source>
        <translation>Désabonnement</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="287" />
        <source>&amp;Add a note…</source>
        <translation>&amp;Ajouter une note…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="289" />
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="320" />
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="327" />
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="338" />
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="381" />
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="410" />
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="411" />
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="412" />
        <source>To-do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="413" />
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="414" />
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="433" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="415" />
        <source>Personal</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="422" />
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="423" />
        <source>Medium-low</source>
        <translation>Moyenne-basse</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="424" />
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="425" />
        <source>Medium-high</source>
        <translation>Moyenne-haute</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="426" />
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="434" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="435" />
        <source>Post</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="436" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="442" />
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="443" />
        <source>Opted in</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="444" />
        <source>Soft opt-in (client)</source>
        <translation>Intérêt légitime (client)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="445" />
        <source>Opted out</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="458" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="459" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="460" />
        <source>Recorded</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="461" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="474" />
        <source>Source (form, phone call, trade show…)</source>
        <translation>Source (formulaire, appel, salon…)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="476" />
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>CompanyCard</name>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="81" />
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="82" />
        <source>Phone and web</source>
        <translation>Téléphone et web</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="83" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="107" />
        <source>&amp;Save company</source>
        <translation>&amp;Enregistrer la société</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="112" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="113" />
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="114" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="115" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="116" />
        <location filename="../../desktop_crm/ui/companies/view.py" line="123" />
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="123" />
        <source>Division</source>
        <translation>Division</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="123" />
        <location filename="../../desktop_crm/ui/companies/view.py" line="128" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="129" />
        <source>Divisions</source>
        <translation>Divisions</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="130" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="131" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="140" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="182" />
        <source>New company</source>
        <translation>Nouvelle société</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="184" />
        <source>division of {0}</source>
        <translation>division de {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="248" />
        <source>Not saved: {0}</source>
        <translation>Non enregistré : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="251" />
        <source>Company saved.</source>
        <translation>Société enregistrée.</translation>
    </message>
</context>
<context>
    <name>CompanyWorkspace</name>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="290" />
        <source>Look up a company by name…</source>
        <translation>Rechercher une société par son nom…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="298" />
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="299" />
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="300" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="301" />
        <source>Industry</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="302" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="303" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="371" />
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="372" />
        <source>Save the changes made to {0}?</source>
        <translation>Enregistrer les modifications de {0} ?</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/conflict_dialog.py" line="45" />
        <source>Changed by a colleague</source>
        <translation>Modifié par un collègue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/conflict_dialog.py" line="49" />
        <source>A colleague saved “{0}” while you were editing it. For each field below, choose the value to keep. Your other changes and theirs are kept.</source>
        <translation>Un collègue a enregistré « {0} » pendant que vous le modifiiez. Pour chaque champ ci-dessous, choisissez la valeur à garder. Vos autres modifications et les siennes sont conservées.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/conflict_dialog.py" line="58" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/conflict_dialog.py" line="59" />
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/conflict_dialog.py" line="60" />
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/conflict_dialog.py" line="61" />
        <source>Theirs</source>
        <translation>La sienne</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/conflict_dialog.py" line="62" />
        <source>Merged</source>
        <translation>Fusionnée</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/conflict_dialog.py" line="95" />
        <source>Keep all &amp;mine</source>
        <translation>Garder toutes les &amp;miennes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/conflict_dialog.py" line="96" />
        <source>Take all &amp;theirs</source>
        <translation>Prendre toutes les &amp;siennes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/conflict_dialog.py" line="102" />
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="59" />
        <source>Title</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="60" />
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="61" />
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="62" />
        <source>Salutation</source>
        <translation>Formule d'appel</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="63" />
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="64" />
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="65" />
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="66" />
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="165" />
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="67" />
        <source>Industry</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="68" />
        <source>Company size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="69" />
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="70" />
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="114" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="71" />
        <source>Ext.</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="72" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="73" />
        <source>Home phone</source>
        <translation>Tél. domicile</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="74" />
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="115" />
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="75" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="76" />
        <source>E-mail 2</source>
        <translation>E-mail 2</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="77" />
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="84" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="78" />
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="85" />
        <source>Address 2</source>
        <translation>Adresse 2</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="79" />
        <source>Address 3</source>
        <translation>Adresse 3</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="80" />
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="86" />
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="81" />
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="87" />
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="82" />
        <source>Cedex</source>
        <translation>Cedex</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="83" />
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="88" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="89" />
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="170" />
        <location filename="../../desktop_crm/ui/contacts/card.py" line="158" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="90" />
        <source>Referred by</source>
        <translation>Recommandé par</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="91" />
        <source>Potential</source>
        <translation>Potentiel</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="92" />
        <source>ID/Status</source>
        <translation>ID/Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="93" />
        <source>Last results</source>
        <translation>Derniers résultats</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="94" />
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="95" />
        <source>Contract end</source>
        <translation>Fin de contrat</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="96" />
        <source>Do not mail</source>
        <translation>Pas de courrier</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="97" />
        <source>Do not call</source>
        <translation>Ne pas appeler</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="98" />
        <source>Do not e-mail</source>
        <translation>Pas d'e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="99" />
        <source>Returned mail (NPAI)</source>
        <translation>NPAI (courrier revenu)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="100" />
        <source>E-mail invalid</source>
        <translation>E-mail invalide</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="101" />
        <source>To review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="102" />
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="103" />
        <source>Edited</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="104" />
        <source>Last reach</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="105" />
        <source>Last attempt</source>
        <translation>Dernière tentative</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="106" />
        <source>Last meeting</source>
        <translation>Dernière réunion</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="107" />
        <source>Last letter</source>
        <translation>Dernière lettre</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="108" />
        <source>Last e-mail</source>
        <translation>Dernier e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="109" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="110" />
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="111" />
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="112" />
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="113" />
        <source>VAT number</source>
        <translation>N° TVA</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="116" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="117" />
        <source>Division of</source>
        <translation>Division de</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="164" />
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="166" />
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="167" />
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="168" />
        <source>Business address</source>
        <translation>Adresse professionnelle</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="169" />
        <source>Home address</source>
        <translation>Adresse personnelle</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="171" />
        <source>Mailing flags</source>
        <translation>Indicateurs d'envoi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="180" />
        <source>Edit {0}</source>
        <translation>Modifier {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="275" />
        <source>System dates</source>
        <translation>Dates système</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="416" />
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="419" />
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="98" />
        <source>First</source>
        <translation>Premier</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="99" />
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="100" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="101" />
        <source>Last</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="116" />
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="118" />
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="123" />
        <source>Log a &amp;call…</source>
        <translation>Enregistrer un &amp;appel…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="142" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="143" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="144" />
        <source>Regarding</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="145" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="146" />
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="153" />
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="154" />
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="155" />
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="156" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="157" />
        <source>Expected close</source>
        <translation>Clôture prévue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="163" />
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="166" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="167" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="168" />
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="169" />
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="170" />
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="171" />
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="227" />
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="248" />
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="276" />
        <source>Contact saved.</source>
        <translation>Contact enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="296" />
        <source>Not saved: your changes are still in the card.</source>
        <translation>Non enregistré : vos modifications sont toujours dans la fiche.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="324" />
        <source>Not saved: {0}: {1}</source>
        <translation>Non enregistré : {0} : {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="348" />
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="349" />
        <source>Save the changes made to {0}?</source>
        <translation>Enregistrer les modifications de {0} ?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="350" />
        <source>the new contact</source>
        <translation>le nouveau contact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="372" />
        <source>Delete {0}?

This also deletes {1} history entries, {2} notes, {3} activities, and removes the contact from {4} groups and {5} campaigns. Opportunities ({6}) and sales ({7}) are kept without the contact.</source>
        <translation>Supprimer {0} ?

Cela supprime aussi {1} entrées d'historique, {2} notes, {3} activités, et retire le contact de {4} groupes et {5} campagnes. Les opportunités ({6}) et les ventes ({7}) sont conservées, sans le contact.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="385" />
        <source>Delete contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="391" />
        <source>Contact deleted.</source>
        <translation>Contact supprimé.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="436" />
        <source>Call logged.</source>
        <translation>Appel enregistré.</translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_model.py" line="26" />
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_model.py" line="27" />
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_model.py" line="28" />
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_model.py" line="29" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_model.py" line="30" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_model.py" line="31" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_model.py" line="32" />
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_model.py" line="33" />
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_model.py" line="34" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_model.py" line="35" />
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_model.py" line="36" />
        <source>Last reach</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_model.py" line="37" />
        <source>Edited</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_model.py" line="125" />
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
</context>
<context>
    <name>ContactListView</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="57" />
        <source>Look up: name, first name, company, e-mail, phone, city, postcode…</source>
        <translation>Rechercher : nom, prénom, société, e-mail, téléphone, ville, code postal…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="131" />
        <source>%n contact(s)</source>
        <translation><numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop_crm/ui/common/fields.py" line="47" />
        <source>Did you mean {0}?</source>
        <translation>Vouliez-vous dire {0} ?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/fields.py" line="81" />
        <source>This e-mail address is not valid.</source>
        <translation>Cette adresse e-mail n'est pas valide.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/fields.py" line="135" />
        <source>The phone number is too short.</source>
        <translation>Le numéro de téléphone est trop court.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/fields.py" line="138" />
        <source>The phone number is too long.</source>
        <translation>Le numéro de téléphone est trop long.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/fields.py" line="143" />
        <source>This is not a valid phone number.</source>
        <translation>Ce numéro de téléphone n'est pas valide.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/fields.py" line="162" />
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/fields.py" line="184" />
        <source>Type a date such as 23/11/2026.</source>
        <translation>Saisissez une date comme 23/11/2026.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/fields.py" line="217" />
        <source>Edit list…</source>
        <translation>Modifier la liste…</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/common/database_dialogs.py" line="38" />
        <source>Welcome to Desktop CRM</source>
        <translation>Bienvenue dans Desktop CRM</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/database_dialogs.py" line="41" />
        <source>&lt;h3&gt;Welcome&lt;/h3&gt;&lt;p&gt;Your contacts will be kept in a database file on this computer:&lt;br&gt;&lt;code&gt;{0}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;How do you want to start?&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bienvenue&lt;/h3&gt;&lt;p&gt;Vos contacts seront conservés dans une base de données sur cet ordinateur :&lt;br&gt;&lt;code&gt;{0}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Comment voulez-vous commencer ?&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/database_dialogs.py" line="48" />
        <source>An &amp;empty database, to type or import my contacts</source>
        <translation>Une base &amp;vide, pour saisir ou importer mes contacts</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/database_dialogs.py" line="51" />
        <source>A &amp;demo database with sample French contacts, to try the application</source>
        <translation>Une base de &amp;démonstration avec des contacts fictifs, pour essayer l'application</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/database_dialogs.py" line="53" />
        <source>&amp;Open an existing database file…</source>
        <translation>&amp;Ouvrir un fichier de base existant…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/database_dialogs.py" line="55" />
        <source>&amp;Connect to my team's shared PostgreSQL database…</source>
        <translation>Se &amp;connecter à la base PostgreSQL partagée de mon équipe…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="56" />
        <source>&lt;h2&gt;{0}&lt;/h2&gt;&lt;p&gt;This view is coming in a later version.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;{0}&lt;/h2&gt;&lt;p&gt;Cette vue arrive dans une prochaine version.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="106" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="107" />
        <source>Companies</source>
        <translation>Sociétés</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="110" />
        <location filename="../../desktop_crm/ui/main_window.py" line="111" />
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="115" />
        <location filename="../../desktop_crm/ui/main_window.py" line="116" />
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="120" />
        <location filename="../../desktop_crm/ui/main_window.py" line="121" />
        <source>Task list</source>
        <translation>Liste des tâches</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="125" />
        <location filename="../../desktop_crm/ui/main_window.py" line="126" />
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="130" />
        <location filename="../../desktop_crm/ui/main_window.py" line="131" />
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="252" />
        <source>&amp;New record</source>
        <translation>&amp;Nouvelle fiche</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="255" />
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="258" />
        <source>&amp;Look up…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="262" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="263" />
        <source>Printing</source>
        <translation>L'impression</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="268" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="273" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="277" />
        <source>&amp;Delete contact…</source>
        <translation>&amp;Supprimer le contact…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="282" />
        <source>Log a &amp;call…</source>
        <translation>Enregistrer un &amp;appel…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="287" />
        <source>Add a &amp;note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="290" />
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="294" />
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="300" />
        <source>&amp;Connect to a shared PostgreSQL database…</source>
        <translation>Se &amp;connecter à une base PostgreSQL partagée…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="304" />
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="308" />
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="313" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="317" />
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="324" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="334" />
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="335" />
        <source>Import</source>
        <translation>L'import</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="340" />
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="341" />
        <source>Export</source>
        <translation>L'export</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="349" />
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="354" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="358" />
        <source>Contact list &amp;columns</source>
        <translation>&amp;Colonnes de la liste</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="361" />
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="368" />
        <source>&amp;Schedule an activity…</source>
        <translation>&amp;Planifier une activité…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="369" />
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="374" />
        <source>Find &amp;duplicates…</source>
        <translation>Rechercher les &amp;doublons…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="375" />
        <source>Duplicates</source>
        <translation>La recherche de doublons</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="377" />
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="381" />
        <source>&amp;Letters and e-mails…</source>
        <translation>&amp;Lettres et e-mails…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="382" />
        <source>Letters</source>
        <translation>Le publipostage</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="387" />
        <source>&amp;Labels and envelopes…</source>
        <translation>É&amp;tiquettes et enveloppes…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="388" />
        <source>Labels</source>
        <translation>L'impression d'étiquettes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="393" />
        <source>Activity &amp;series…</source>
        <translation>&amp;Séries d'activités…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="394" />
        <source>Activity series</source>
        <translation>Les séries d'activités</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="396" />
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="397" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="408" />
        <source>Main toolbar</source>
        <translation>Barre d'outils principale</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="426" />
        <source>{0} is coming in a later version.</source>
        <translation>{0} arrive dans une prochaine version.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="487" />
        <source>&lt;b&gt;{0}&lt;/b&gt; {1}&lt;p&gt;An open-source contact manager for small sales teams.&lt;/p&gt;&lt;p&gt;Database: {2}&lt;/p&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; {1}&lt;p&gt;Un gestionnaire de contacts libre pour les petites équipes commerciales.&lt;/p&gt;&lt;p&gt;Base : {2}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="499" />
        <source>Preferences saved. A new language applies at the next start.</source>
        <translation>Préférences enregistrées. Une nouvelle langue s'applique au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="536" />
        <source>New database</source>
        <translation>Nouvelle base</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="538" />
        <location filename="../../desktop_crm/ui/main_window.py" line="559" />
        <source>Desktop CRM database (*.sqlite)</source>
        <translation>Base Desktop CRM (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="545" />
        <source>{0} already exists: use File › Open.</source>
        <translation>{0} existe déjà : utilisez Fichier › Ouvrir.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="557" />
        <source>Open a database</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="580" />
        <source>A shared PostgreSQL database is backed up on the server (pg_dump).</source>
        <translation>Une base PostgreSQL partagée se sauvegarde sur le serveur (pg_dump).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="589" />
        <source>Back up the database</source>
        <translation>Sauvegarder la base</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="591" />
        <location filename="../../desktop_crm/ui/main_window.py" line="623" />
        <source>Backup (*.sqlite)</source>
        <translation>Sauvegarde (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="597" />
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="601" />
        <source>Backup written: {0}</source>
        <translation>Sauvegarde écrite : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="614" />
        <source>A shared PostgreSQL database is restored on the server.</source>
        <translation>Une base PostgreSQL partagée se restaure sur le serveur.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="621" />
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="630" />
        <source>Replace the content of {0} with the backup {1}? The current content is kept in a copy beside it.</source>
        <translation>Remplacer le contenu de {0} par la sauvegarde {1} ? Le contenu actuel est conservé dans une copie à côté.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="645" />
        <source>Restored. Previous content kept in {0}</source>
        <translation>Restauré. Ancien contenu conservé dans {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="657" />
        <source>Database: {0}</source>
        <translation>Base : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="661" />
        <source>all records</source>
        <translation>toutes les fiches</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="663" />
        <source>Lookup: {0} — {1} record(s)</source>
        <translation>Recherche : {0} — {1} fiche(s)</translation>
    </message>
</context>
<context>
    <name>PickListDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/common/picklist_dialog.py" line="23" />
        <source>Edit list: {0}</source>
        <translation>Modifier la liste : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/picklist_dialog.py" line="27" />
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/picklist_dialog.py" line="28" />
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/picklist_dialog.py" line="29" />
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/picklist_dialog.py" line="30" />
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/picklist_dialog.py" line="58" />
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
</context>
<context>
    <name>PostgresDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/common/database_dialogs.py" line="89" />
        <source>Connect to a shared PostgreSQL database</source>
        <translation>Connexion à une base PostgreSQL partagée</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/database_dialogs.py" line="98" />
        <source>Remember the password in the system keyring</source>
        <translation>Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/database_dialogs.py" line="101" />
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/database_dialogs.py" line="102" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/database_dialogs.py" line="103" />
        <source>Database</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/database_dialogs.py" line="104" />
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/database_dialogs.py" line="105" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/common/preferences.py" line="19" />
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/preferences.py" line="23" />
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/preferences.py" line="33" />
        <source>tel: (default softphone)</source>
        <translation>tel: (téléphone logiciel par défaut)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/preferences.py" line="34" />
        <source>callto: (Skype, Teams…)</source>
        <translation>callto: (Skype, Teams…)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/preferences.py" line="35" />
        <source>sip: (IP phone)</source>
        <translation>sip: (téléphone IP)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/preferences.py" line="36" />
        <source>Do not dial, only log the call</source>
        <translation>Ne pas composer, seulement enregistrer l'appel</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/preferences.py" line="41" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/preferences.py" line="42" />
        <source>Phone links open</source>
        <translation>Les liens téléphone ouvrent</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../desktop_crm/ui/common/tasks.py" line="97" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
</TS>