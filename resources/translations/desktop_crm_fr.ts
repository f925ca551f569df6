<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name />
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="129" />
        <source>(do not import)</source>
        <translation>(ne pas importer)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="212" />
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="214" />
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="215" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="245" />
        <source>same e-mail</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="247" />
        <source>same company, name and phone</source>
        <translation>même société, même nom et même téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/models.py" line="294" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>Activities</name>
    <message>
        <location filename="../../desktop_crm/ui/activities/clear_dialog.py" line="132" />
        <source>Clear activity</source>
        <translation>Terminer l'activité</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/activities/labels.py" line="61" />
        <source>%n minute(s) before</source>
        <translation><numerusform>%n minute avant</numerusform><numerusform>%n minutes avant</numerusform></translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="14" />
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="15" />
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="16" />
        <source>To-do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="17" />
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="18" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="19" />
        <source>Personal</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="20" />
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="21" />
        <source>Medium-low</source>
        <translation>Moyenne-basse</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="22" />
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="23" />
        <source>Medium-high</source>
        <translation>Moyenne-haute</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="24" />
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="25" />
        <source>Call completed (reached)</source>
        <translation>Appel abouti (joint)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="26" />
        <source>Call attempted</source>
        <translation>Appel tenté</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="27" />
        <source>Left message</source>
        <translation>Message laissé</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="28" />
        <source>Wrong number</source>
        <translation>Mauvais numéro</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="29" />
        <source>Call received</source>
        <translation>Appel reçu</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="30" />
        <source>Meeting held</source>
        <translation>Réunion tenue</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="31" />
        <source>Meeting not held</source>
        <translation>Réunion non tenue</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="32" />
        <source>To-do done</source>
        <translation>À faire terminé</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="33" />
        <source>To-do not done</source>
        <translation>À faire non terminé</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="34" />
        <source>Letter sent</source>
        <translation>Lettre envoyée</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="35" />
        <source>E-mail sent</source>
        <translation>E-mail envoyé</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="36" />
        <source>No alarm</source>
        <translation>Pas d'alarme</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="37" />
        <source>At start time</source>
        <translation>À l'heure de début</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="38" />
        <source>Schedule activity</source>
        <translation>Planifier une activité</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="39" />
        <source>Edit activity</source>
        <translation>Modifier l'activité</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="40" />
        <source>Apply an activity series</source>
        <translation>Appliquer une série d'activités</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="41" />
        <source>Planning the series…</source>
        <translation>Planification de la série…</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="42" />
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="43" />
        <source>Daily</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="44" />
        <source>Weekly</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="45" />
        <source>Monthly</source>
        <translation>Tous les mois</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="46" />
        <source>Yearly</source>
        <translation>Tous les ans</translation>
    </message>
    <message numerus="yes">
        <location filename="dynamic_strings.py" line="267" />
        <source>%n hour(s) before</source>
        <translation><numerusform>%n heure avant</numerusform><numerusform>%n heures avant</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="dynamic_strings.py" line="268" />
        <source>%n day(s) before</source>
        <translation><numerusform>%n jour avant</numerusform><numerusform>%n jours avant</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation><numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation>
    </message>
<message>
        <location filename="dynamic_strings.py" line="458" />
        <source>Reached</source>
        <translation>Joint</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="459" />
        <source>outgoing</source>
        <translation>sortant</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="460" />
        <source>incoming</source>
        <translation>entrant</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="461" />
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="462" />
        <source>Outgoing</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="463" />
        <source>Incoming</source>
        <translation>Entrant</translation>
    </message>
</context>
<context>
    <name>ActivitiesTab</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_activities.py" line="52" />
        <source>Activity series</source>
        <translation>Séries d'activités</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_activities.py" line="61" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_activities.py" line="62" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_activities.py" line="63" />
        <source>Regarding</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_activities.py" line="64" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_activities.py" line="65" />
        <source>Scheduled for</source>
        <translation>Planifiée pour</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_activities.py" line="66" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_activities.py" line="85" />
        <source>&amp;Schedule…</source>
        <translation>&amp;Planifier…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_activities.py" line="86" />
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_activities.py" line="87" />
        <source>C&amp;lear…</source>
        <translation>&amp;Terminer…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_activities.py" line="88" />
        <source>Show cleared</source>
        <translation>Afficher les terminées</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_activities.py" line="144" />
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_activities.py" line="146" />
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_activities.py" line="210" />
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
</context>
<context>
    <name>AlarmTableModel</name>
    <message>
        <location filename="../../desktop_crm/ui/activities/alarms_window.py" line="84" />
        <source>Alarm</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/alarms_window.py" line="85" />
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/alarms_window.py" line="86" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/alarms_window.py" line="87" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/alarms_window.py" line="88" />
        <source>Regarding</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/alarms_window.py" line="89" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
</context>
<context>
    <name>AlarmsWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/activities/alarms_window.py" line="143" />
        <location filename="../../desktop_crm/ui/activities/alarms_window.py" line="265" />
        <location filename="../../desktop_crm/ui/activities/alarms_window.py" line="304" />
        <location filename="../../desktop_crm/ui/activities/alarms_window.py" line="321" />
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/alarms_window.py" line="156" />
        <source>&amp;Snooze</source>
        <translation>&amp;Reporter</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/alarms_window.py" line="160" />
        <source>5 minutes</source>
        <translation>5 minutes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/alarms_window.py" line="161" />
        <source>15 minutes</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/alarms_window.py" line="162" />
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/alarms_window.py" line="163" />
        <source>Tomorrow morning</source>
        <translation>Demain matin</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/alarms_window.py" line="167" />
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/alarms_window.py" line="168" />
        <source>Dismiss &amp;all</source>
        <translation>Ignorer to&amp;ut</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/alarms_window.py" line="169" />
        <source>&amp;Open contact</source>
        <translation>&amp;Ouvrir le contact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/alarms_window.py" line="170" />
        <source>&amp;Clear…</source>
        <translation>&amp;Terminer…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/alarms_window.py" line="217" />
        <source>Checking alarms</source>
        <translation>Vérification des alarmes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/activities/alarms_window.py" line="261" />
        <source>and %n more</source>
        <translation><numerusform>et %n autre</numerusform><numerusform>et %n autres</numerusform></translation>
    </message>
<message><source>No alarm waiting. The alarms of scheduled activities show here when they ring.</source><translation>Aucune alarme en attente. Les alarmes des activités planifiées s'affichent ici quand elles sonnent.</translation></message></context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_crm/app.py" line="120" />
        <source>Creating the demo database…</source>
        <translation>Création de la base de démonstration…</translation>
    </message>
<message><source>The database name '%1' holds bytes that are not text in this system's encoding (UTF-8): nothing was opened. Rename the file with ordinary letters, or type its name again.</source><translation>Le nom de base « %1 » contient des octets qui ne sont pas du texte dans l'encodage du système (UTF-8) : rien n'a été ouvert. Renommez le fichier avec des lettres ordinaires, ou retapez son nom.</translation></message></context>
<context>
    <name>ApplySeriesDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="383" />
        <source>Apply an activity series</source>
        <translation>Appliquer une série d'activités</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="385" />
        <source>%n contact(s) selected</source>
        <translation><numerusform>%n contact sélectionné</numerusform><numerusform>%n contacts sélectionnés</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="389" />
        <source>&amp;Series:</source>
        <translation>&amp;Série :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="393" />
        <source>&amp;Anchor date (J):</source>
        <translation>Date de &amp;référence (J) :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="396" />
        <source>Steps:</source>
        <translation>Étapes :</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected contact(s)</source>
        <translation><numerusform>Le contact sélectionné</numerusform><numerusform>Les %n contacts sélectionnés</numerusform></translation>
    </message>
    <message>
        <source>(choose a group)</source>
        <translation>(choisissez un groupe)</translation>
    </message>
    <message>
        <source>Apply &amp;to:</source>
        <translation>Appli&amp;quer à :</translation>
    </message>
<message><source>C&amp;ampaign:</source><translation>C&amp;ampagne :</translation></message></context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../desktop_crm/ui/activities/calendar_view.py" line="84" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/calendar_view.py" line="85" />
        <source>Work week</source>
        <translation>Semaine de travail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/calendar_view.py" line="86" />
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/calendar_view.py" line="87" />
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/calendar_view.py" line="97" />
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/calendar_view.py" line="99" />
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/calendar_view.py" line="100" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/calendar_view.py" line="136" />
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/calendar_view.py" line="253" />
        <location filename="../../desktop_crm/ui/activities/calendar_view.py" line="262" />
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="95" />
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="96" />
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="97" />
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="98" />
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="99" />
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="100" />
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="101" />
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="102" />
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="103" />
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="104" />
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="105" />
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="106" />
        <source>December</source>
        <translation>décembre</translation>
    </message>
<message>
        <location filename="../../desktop_crm/ui/activities/calendar_view.py" line="73" />
        <source>Move a recurring activity</source>
        <translation>Déplacer une activité périodique</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/calendar_view.py" line="75" />
        <source>This activity repeats. Move this occurrence only, or the whole series?</source>
        <translation>Cette activité se répète. Déplacer cette occurrence seulement, ou toute la série ?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/calendar_view.py" line="80" />
        <source>This &amp;occurrence only</source>
        <translation>Cette &amp;occurrence seulement</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/calendar_view.py" line="84" />
        <source>The whole &amp;series</source>
        <translation>Toute la &amp;série</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/calendar_view.py" line="170" />
        <source>Show only one type of activity</source>
        <translation>N'afficher qu'un type d'activité</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/calendar_view.py" line="171" />
        <source>All types</source>
        <translation>Tous types</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/calendar_view.py" line="178" />
        <source>Whose activities to show</source>
        <translation>Activités de quel utilisateur</translation>
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
<message><source>Type:</source><translation>Type :</translation></message><message><source>When:</source><translation>Quand :</translation></message><message><source>Priority:</source><translation>Priorité :</translation></message><message><source>Contact:</source><translation>Contact :</translation></message><message><source>Date:</source><translation>Date :</translation></message><message><source>Direction:</source><translation>Sens :</translation></message><message><source>&amp;Result:</source><translation>&amp;Résultat :</translation></message><message><source>Re&amp;garding:</source><translation>&amp;Objet :</translation></message><message><source>&amp;Details:</source><translation>&amp;Détails :</translation></message><message><source>Duration:</source><translation>Durée :</translation></message></context>
<context>
    <name>CardTabs</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="117" />
        <source>All types</source>
        <translation>Tous types</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="119" />
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="120" />
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="121" />
        <source>Letters and e-mails</source>
        <translation>Lettres et e-mails</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="122" />
        <source>Field changes</source>
        <translation>Modifications de champs</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="123" />
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="124" />
        <source>To-dos and notes</source>
        <translation>À faire et notes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="129" />
        <source>any date</source>
        <translation>toute date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="135" />
        <source>Search the history…</source>
        <translation>Rechercher dans l'historique…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="147" />
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="274" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="148" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="149" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="150" />
        <source>Regarding</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="151" />
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="152" />
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="275" />
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="153" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="160" />
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="162" />
        <source>since</source>
        <translation>depuis le</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="201" />
        <source>Outgoing</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="202" />
        <source>Incoming</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="225" />
        <source>Call attempted</source>
        <translation>Appel tenté</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="226" />
        <source>Call reached</source>
        <translation>Appel joint</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="227" />
        <source>Left message</source>
        <translation>Message laissé</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="228" />
        <source>Call received</source>
        <translation>Appel reçu</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="229" />
        <source>Wrong number</source>
        <translation>Mauvais numéro</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="230" />
        <source>Meeting held</source>
        <translation>Réunion tenue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="231" />
        <source>Meeting not held</source>
        <translation>Réunion non tenue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="232" />
        <source>To-do done</source>
        <translation>À faire terminé</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="233" />
        <source>To-do not done</source>
        <translation>À faire non terminé</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="234" />
        <source>Letter sent</source>
        <translation>Lettre envoyée</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="235" />
        <source>E-mail sent</source>
        <translation>E-mail envoyé</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="236" />
        <source>Fax sent</source>
        <translation>Fax envoyé</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="237" />
        <source>Label printed</source>
        <translation>Étiquette imprimée</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="238" />
        <source>Envelope printed</source>
        <translation>Enveloppe imprimée</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="239" />
        <source>Field changed</source>
        <translation>Champ modifié</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="240" />
        <source>Contact created</source>
        <translation>Contact créé</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="241" />
        <source>Contact merged</source>
        <translation>Contact fusionné</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="242" />
        <source>Contact imported</source>
        <translation>Contact importé</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="243" />
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="276" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="244" />
        <source>Opportunity created</source>
        <translation>Nouvelle opportunité</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="247" />
        <source>Stage changed</source>
        <translation>Étape modifiée</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="250" />
        <source>Opportunity won</source>
        <translation>Opportunité gagnée</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="251" />
        <source>Opportunity lost</source>
        <translation>Opportunité perdue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="252" />
        <source>E-mail opened</source>
        <translation>E-mail ouvert</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="253" />
        <source>Link clicked</source>
        <translation>Lien cliqué</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="254" />
        <source>E-mail bounced</source>
        <translation>E-mail rejeté</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="255" />
        <source>Unsubscribed</source>
        <translation>Désabonnement</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="283" />
        <source>&amp;Add a note…</source>
        <translation>&amp;Ajouter une note…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="285" />
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="316" />
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="323" />
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="334" />
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="391" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="392" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="393" />
        <source>Post</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="394" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="400" />
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="401" />
        <source>Opted in</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="402" />
        <source>Soft opt-in (client)</source>
        <translation>Intérêt légitime (client)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="403" />
        <source>Opted out</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="416" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="417" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="418" />
        <source>Recorded</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="419" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="432" />
        <source>Source (form, phone call, trade show…)</source>
        <translation>Source (formulaire, appel, salon…)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_tabs.py" line="434" />
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
<message>
        <source>Import: %1</source>
        <translation>Importation : %1</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/checks_page.py" line="43" />
        <source>Checks and duplicates</source>
        <translation>Contrôles et doublons</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/checks_page.py" line="46" />
        <source>Nothing is written yet. Choose what to do with each kind of problem and with contacts already on file; fix values row by row if you wish.</source>
        <translation>Rien n'est encore enregistré. Choisissez que faire de chaque type de problème et des contacts déjà présents dans la base ; corrigez les valeurs ligne par ligne si vous le souhaitez.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/checks_page.py" line="51" />
        <source>Problems found</source>
        <translation>Problèmes détectés</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/checks_page.py" line="53" />
        <source>Already on file</source>
        <translation>Déjà dans la base</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/checks_page.py" line="63" />
        <source>Fill empty fields only</source>
        <translation>Remplir seulement les champs vides</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/checks_page.py" line="64" />
        <source>Values from the file win</source>
        <translation>Les valeurs du fichier l'emportent</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/checks_page.py" line="68" />
        <source>For every duplicate:</source>
        <translation>Pour chaque doublon :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/checks_page.py" line="69" />
        <source>When updating:</source>
        <translation>Lors de la mise à jour :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/checks_page.py" line="70" />
        <source>Only rows with a problem or a duplicate</source>
        <translation>Seulement les lignes avec un problème ou un doublon</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/checks_page.py" line="79" />
        <source>Accept suggestion</source>
        <translation>Accepter la suggestion</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/checks_page.py" line="81" />
        <source>Fix a value…</source>
        <translation>Corriger une valeur…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/checks_page.py" line="91" />
        <source>Apply to selected rows</source>
        <translation>Appliquer aux lignes sélectionnées</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/checks_page.py" line="127" />
        <source>Checking the rows…</source>
        <translation>Vérification des lignes…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/checks_page.py" line="132" />
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/importing/checks_page.py" line="151" />
        <source>%n row(s) match a contact on file or an earlier row.</source>
        <translation><numerusform>%n ligne correspond à un contact de la base ou à une ligne précédente.</numerusform><numerusform>%n lignes correspondent à des contacts de la base ou à des lignes précédentes.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/checks_page.py" line="161" />
        <source>No problem: every row is valid.</source>
        <translation>Aucun problème : toutes les lignes sont valides.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/checks_page.py" line="164" />
        <source>Import and flag for review</source>
        <translation>Importer et marquer « À vérifier »</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/checks_page.py" line="165" />
        <source>Skip these rows</source>
        <translation>Ignorer ces lignes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/checks_page.py" line="175" />
        <source>Accept all suggestions</source>
        <translation>Accepter toutes les suggestions</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/checks_page.py" line="232" />
        <source>Fix a value</source>
        <translation>Corriger une valeur</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/checks_page.py" line="233" />
        <source>Line {0}, {1}:</source>
        <translation>Ligne {0}, {1} :</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="245" />
        <source>Skip the row</source>
        <translation>Ignorer la ligne</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="246" />
        <source>Update the existing contact</source>
        <translation>Mettre à jour le contact existant</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="247" />
        <source>Add anyway</source>
        <translation>Ajouter quand même</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="248" />
        <source>Default action</source>
        <translation>Action par défaut</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="249" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="250" />
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="251" />
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>ClearActivityDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/activities/clear_dialog.py" line="45" />
        <source>Clear activity</source>
        <translation>Terminer l'activité</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/clear_dialog.py" line="53" />
        <source>&amp;Result:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/clear_dialog.py" line="57" />
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/clear_dialog.py" line="59" />
        <source>What was said, what was agreed</source>
        <translation>Ce qui a été dit, ce qui a été convenu</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/clear_dialog.py" line="61" />
        <source>&amp;Details:</source>
        <translation>&amp;Détails :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/clear_dialog.py" line="62" />
        <source>Schedule the next step</source>
        <translation>Planifier l'étape suivante</translation>
    </message>
</context>
<context>
    <name>CompanyCard</name>
    <message>
        <source>Add to a &amp;group…</source>
        <translation>Ajouter à un &amp;groupe…</translation>
    </message>
    <message>
        <source>Company added to the group.</source>
        <translation>Société ajoutée au groupe.</translation>
    </message>
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
        <location filename="../../desktop_crm/ui/companies/view.py" line="183" />
        <source>New company</source>
        <translation>Nouvelle société</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="185" />
        <source>division of {0}</source>
        <translation>division de {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="249" />
        <source>Not saved: {0}</source>
        <translation>Non enregistré : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="252" />
        <source>Company saved.</source>
        <translation>Société enregistrée.</translation>
    </message>
<message><source>No contact is linked to this company. Contacts imported with this company's name are linked to it.</source><translation>Aucun contact n'est rattaché à cette société. Les contacts importés avec ce nom de société y sont rattachés.</translation></message><message><source>This company has no division.</source><translation>Cette société n'a pas de division.</translation></message></context>
<context>
    <name>CompanyWorkspace</name>
    <message><source>Finds the companies with a word of their name starting with the text ("fils" finds "SARL Dupont &amp; Fils"); names starting with it come first.</source><translation>Trouve les sociétés dont un mot du nom commence par le texte tapé (« fils » trouve « SARL Dupont &amp; Fils ») ; celles dont le nom commence par ce texte viennent en premier.</translation></message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="293" />
        <source>Look up a company by name…</source>
        <translation>Rechercher une société par son nom…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="301" />
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="302" />
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="303" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="304" />
        <source>Industry</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="305" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="306" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="375" />
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="376" />
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
        <translation>Formule d’appel</translation>
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
        <translation>Téléphone domicile</translation>
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
        <location filename="../../desktop_crm/ui/contacts/card.py" line="163" />
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="89" />
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="170" />
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
        <translation>Pas d’appel</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="98" />
        <source>Do not e-mail</source>
        <translation>Pas d’e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="99" />
        <source>Returned mail (NPAI)</source>
        <translation>NPAI</translation>
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
        <translation>Raison sociale</translation>
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
        <translation>N° de TVA</translation>
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
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="420" />
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card_form.py" line="423" />
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="112" />
        <source>First</source>
        <translation>Premier</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="113" />
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="114" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="115" />
        <source>Last</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="130" />
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="132" />
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="137" />
        <source>Log a &amp;call…</source>
        <translation>Enregistrer un &amp;appel…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="139" />
        <source>Log a call (Ctrl+L)</source>
        <translation>Enregistrer un appel (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="158" />
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="159" />
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="160" />
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="161" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="162" />
        <source>Expected close</source>
        <translation>Clôture prévue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="168" />
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="171" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="172" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="173" />
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="174" />
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="175" />
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="176" />
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="233" />
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="254" />
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="284" />
        <source>Contact saved.</source>
        <translation>Contact enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="322" />
        <source>Not saved: your changes are still in the card.</source>
        <translation>Non enregistré : vos modifications sont toujours dans la fiche.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="350" />
        <source>Not saved: {0}: {1}</source>
        <translation>Non enregistré : {0} : {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="374" />
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="375" />
        <source>Save the changes made to {0}?</source>
        <translation>Enregistrer les modifications de {0} ?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="376" />
        <source>the new contact</source>
        <translation>le nouveau contact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="398" />
        <source>Delete {0}?

This also deletes {1} history entries, {2} notes, {3} activities, and removes the contact from {4} groups and {5} campaigns. Opportunities ({6}) and sales ({7}) are kept without the contact.</source>
        <translation>Supprimer {0} ?

Cela supprime aussi {1} entrées d'historique, {2} notes, {3} activités, et retire le contact de {4} groupes et {5} campagnes. Les opportunités ({6}) et les ventes ({7}) sont conservées, sans le contact.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="411" />
        <source>Delete contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="417" />
        <source>Contact deleted.</source>
        <translation>Contact supprimé.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="455" />
        <source>Call logged.</source>
        <translation>Appel enregistré.</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="192" />
        <source>Company record</source>
        <translation>Fiche société</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="193" />
        <source>Record manager</source>
        <translation>Responsable de la fiche</translation>
    </message>
<message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="737" />
        <source>Call logged. Follow-up planned for %1.</source>
        <translation>Appel enregistré. Relance prévue le %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/card.py" line="739" />
        <source>Show the follow-up</source>
        <translation>Voir la relance</translation>
    </message>
    <message><source>Campaign response…</source><translation>Réponse à une campagne…</translation></message><message><source>Referrals</source><translation>Recommandations</translation></message></context>
<context>
    <name>ContactList</name>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_model.py" line="27" />
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_model.py" line="28" />
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_model.py" line="29" />
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_model.py" line="30" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_model.py" line="31" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_model.py" line="32" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_model.py" line="33" />
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_model.py" line="34" />
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_model.py" line="35" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_model.py" line="36" />
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_model.py" line="37" />
        <source>Last reach</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_model.py" line="38" />
        <source>Edited</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_model.py" line="166" />
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
</context>
<context>
    <name>ContactListView</name>
    <message>
        <source>Save this lookup as a group…</source>
        <translation>Enregistrer cette recherche comme groupe…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="60" />
        <source>Name, company, phone, e-mail, city…</source>
        <translation>Nom, société, téléphone, e-mail, ville…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="60" />
        <source>Finds contacts by last name, first name, company, e-mail, phone, city or postcode.</source>
        <translation>Trouve les contacts par nom, prénom, société, e-mail, téléphone, ville ou code postal.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/contacts/list_view.py" line="175" />
        <source>%n contact(s)</source>
        <translation><numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation>
    </message>
<message><source>%1 contacts, counting…</source><translation>%1 contacts, comptage en cours…</translation></message></context>
<context>
    <name>DuplicateWizard</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/wizard.py" line="253" />
        <location filename="../../desktop_crm/ui/duplicates/wizard.py" line="265" />
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>names</source>
        <translation>noms</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>first names</source>
        <translation>prénoms</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>last names</source>
        <translation>noms de famille</translation>
    </message>
    <message>
        <source>company</source>
        <translation>société</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>sociétés</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>téléphones</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>e-mails</source>
        <translation>e-mails</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>cities</source>
        <translation>villes</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>postcodes</source>
        <translation>codes postaux</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>adresses</translation>
    </message>
    <message>
        <source>SIRENs</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>dates of birth</source>
        <translation>dates de naissance</translation>
    </message>
    <message>
        <source>different names</source>
        <translation>noms différents</translation>
    </message>
    <message>
        <source>different first names</source>
        <translation>prénoms différents</translation>
    </message>
    <message>
        <source>different last names</source>
        <translation>noms de famille différents</translation>
    </message>
    <message>
        <source>different companies</source>
        <translation>sociétés différentes</translation>
    </message>
    <message>
        <source>different phones</source>
        <translation>téléphones différents</translation>
    </message>
    <message>
        <source>different e-mails</source>
        <translation>e-mails différents</translation>
    </message>
    <message>
        <source>different cities</source>
        <translation>villes différentes</translation>
    </message>
    <message>
        <source>different postcodes</source>
        <translation>codes postaux différents</translation>
    </message>
    <message>
        <source>different addresses</source>
        <translation>adresses différentes</translation>
    </message>
    <message>
        <source>different SIRENs</source>
        <translation>SIREN différents</translation>
    </message>
    <message>
        <source>different dates of birth</source>
        <translation>dates de naissance différentes</translation>
    </message>
    <message>
        <source>different %1</source>
        <translation>%1 différents</translation>
    </message>
    <message>
        <source>same %1 (proposed on its own)</source>
        <translation>même %1 (suffit à proposer la paire)</translation>
    </message>
    <message>
        <source>same %1</source>
        <translation>même %1</translation>
    </message>
    <message>
        <source>same %1 once accents, case and punctuation are ignored</source>
        <translation>même %1 aux accents, majuscules et ponctuation près</translation>
    </message>
    <message>
        <source>same %1 without the legal form</source>
        <translation>même %1 sans la forme juridique</translation>
    </message>
    <message>
        <source>first and last names swapped</source>
        <translation>prénom et nom inversés</translation>
    </message>
    <message>
        <source>first and last names swapped, very close (%3 %)</source>
        <translation>prénom et nom inversés, très proches (%3 %)</translation>
    </message>
    <message>
        <source>%2 sound alike</source>
        <translation>%2 qui se prononcent pareil</translation>
    </message>
    <message>
        <source>%2 very close (%3 %)</source>
        <translation>%2 très proches (%3 %)</translation>
    </message>
    <message>
        <source>%2 close (%3 %)</source>
        <translation>%2 proches (%3 %)</translation>
    </message>
    <message>
        <source>%2 loosely alike (%3 %)</source>
        <translation>%2 assez proches (%3 %)</translation>
    </message>
    <message>
        <source>%2 very close (typo)</source>
        <translation>%2 très proches (faute de frappe)</translation>
    </message>
    <message>
        <source>%1 abbreviated</source>
        <translation>%1 abrégé</translation>
    </message>
    <message>
        <source>%1 differs by one digit</source>
        <translation>%1 différent d'un chiffre</translation>
    </message>
    <message>
        <source>same département, %1 differs</source>
        <translation>même département, %1 différent</translation>
    </message>
    <message>
        <source>%1 with day and month swapped</source>
        <translation>%1 avec jour et mois inversés</translation>
    </message>
    <message>
        <source>%2 close (one part differs)</source>
        <translation>%2 proches (une partie diffère)</translation>
    </message>
    <message>
        <source>%2 close</source>
        <translation>%2 proches</translation>
    </message>
    <message>
        <source>%2 very close</source>
        <translation>%2 très proches</translation>
    </message>
    <message>
        <source>%2 loosely alike</source>
        <translation>%2 assez proches</translation>
    </message>
    <message>
        <source>%1: '%2'</source>
        <translation>%1 : « %2 »</translation>
    </message>
    <message>
        <source>%1: '%2' / '%3'</source>
        <translation>%1 : « %2 » / « %3 »</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Merge %1 undone: %2 are separate records again; %3 moved or changed rows were put back.</source>
        <translation>Fusion %1 annulée : %2 sont à nouveau des fiches distinctes ; %3 lignes déplacées ou modifiées ont été remises en place.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="16" />
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="17" />
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="42" />
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="18" />
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="43" />
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="19" />
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="47" />
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="20" />
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="49" />
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="91" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="21" />
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="54" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="22" />
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="61" />
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="23" />
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="60" />
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="24" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="25" />
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="88" />
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="31" />
        <source>Exact</source>
        <translation>Exact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="32" />
        <source>Normalised (accents, case, legal forms)</source>
        <translation>Normalisé (accents, casse, formes juridiques)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="33" />
        <source>Similar (fuzzy)</source>
        <translation>Approchant</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="34" />
        <source>Sounds alike (phonetic)</source>
        <translation>Même prononciation (phonétique)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="41" />
        <source>Title</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="44" />
        <source>Salutation</source>
        <translation>Formule d’appel</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="45" />
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="46" />
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="48" />
        <source>Company record</source>
        <translation>Fiche société</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="50" />
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="51" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="52" />
        <source>Home phone</source>
        <translation>Téléphone domicile</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="53" />
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="92" />
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="55" />
        <source>E-mail 2</source>
        <translation>E-mail 2</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="56" />
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="57" />
        <source>Address 1</source>
        <translation>Adresse 1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="58" />
        <source>Address 2</source>
        <translation>Adresse 2</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="59" />
        <source>Address 3</source>
        <translation>Adresse 3</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="62" />
        <source>Cedex</source>
        <translation>Cedex</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="63" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="64" />
        <source>Home address 1</source>
        <translation>Adresse personnelle 1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="65" />
        <source>Home address 2</source>
        <translation>Adresse personnelle 2</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="66" />
        <source>Home postcode</source>
        <translation>Code postal personnel</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="67" />
        <source>Home city</source>
        <translation>Ville personnelle</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="68" />
        <source>Home country</source>
        <translation>Pays personnel</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="69" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="70" />
        <source>Industry</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="71" />
        <source>Company size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="72" />
        <source>Referred by</source>
        <translation>Recommandé par</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="73" />
        <source>Potential</source>
        <translation>Potentiel</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="74" />
        <source>ID/Status</source>
        <translation>ID/Statut</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="75" />
        <source>Last results</source>
        <translation>Derniers résultats</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="76" />
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="77" />
        <source>Record manager</source>
        <translation>Responsable de la fiche</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="78" />
        <source>Do not mail</source>
        <translation>Pas de courrier</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="79" />
        <source>Do not call</source>
        <translation>Pas d’appel</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="80" />
        <source>Do not e-mail</source>
        <translation>Pas d’e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="81" />
        <source>Returned mail (NPAI)</source>
        <translation>NPAI</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="82" />
        <source>E-mail invalid</source>
        <translation>E-mail invalide</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="83" />
        <source>To review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="84" />
        <source>Contract end</source>
        <translation>Fin de contrat</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="85" />
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="86" />
        <source>Name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="87" />
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="89" />
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="90" />
        <source>VAT number</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="93" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="101" />
        <source>history</source>
        <translation>historiques</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="102" />
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="103" />
        <source>activities</source>
        <translation>activités</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="104" />
        <source>shared activities</source>
        <translation>activités partagées</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="105" />
        <source>activity series</source>
        <translation>séries d’activités</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="106" />
        <source>opportunities</source>
        <translation>opportunités</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="107" />
        <source>sales</source>
        <translation>ventes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="108" />
        <source>groups</source>
        <translation>groupes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="109" />
        <source>campaigns</source>
        <translation>campagnes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="110" />
        <source>consents</source>
        <translation>consentements</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="111" />
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="112" />
        <source>divisions</source>
        <translation>divisions</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="120" />
        <source>%1: identical (strong rule)</source>
        <translation>%1 : identique (règle forte)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="122" />
        <source>%1: identical</source>
        <translation>%1 : identique</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="124" />
        <source>after removing the legal form</source>
        <translation>sans la forme juridique</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="127" />
        <source>after normalising</source>
        <translation>après normalisation</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="128" />
        <source>with first and last names swapped</source>
        <translation>prénom et nom inversés</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="129" />
        <source>similar</source>
        <translation>proches</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="130" />
        <source>sounds alike</source>
        <translation>même prononciation</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="131" />
        <source>different</source>
        <translation>différents</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/texts.py" line="134" />
        <source>%1: '%2' ~ '%3' %4 %5</source>
        <translation>%1 : « %2 » ~ « %3 » %4 %5</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="345" />
        <source>Division of</source>
        <translation>Division de</translation>
    </message>
    <message>
        <source>Parent company</source>
        <translation>Société mère</translation>
    </message>
<message><source>probably namesakes: nothing identifying in common and several details differ</source><translation>sans doute des homonymes : rien d'identifiant en commun et plusieurs informations diffèrent</translation></message><message><source>probably two people: names differ, no e-mail, mobile or date of birth shared</source><translation>sans doute deux personnes : noms différents, ni e-mail, ni téléphone mobile, ni date de naissance en commun</translation></message><message><source>%1 shortened or a nickname</source><translation>%1 abrégé ou diminutif</translation></message><message><source>%2 differ by the first name</source><translation>%2 différant par le prénom</translation></message><message><source>%1 in another town</source><translation>%1 dans une autre ville</translation></message><message><source>first and last names swapped, close (%3 %)</source><translation>prénom et nom inversés, proches (%3 %)</translation></message><message><source>generic %1 (contact@, info@…), not a person's</source><translation>%1 générique (contact@, info@…), pas celui d'une personne</translation></message><message><source>same %1 before the @, at another domain</source><translation>même %1 avant l'@, sur un autre domaine</translation></message><message><source>%1 of a switchboard (shared by several contacts), not a person's</source><translation>%1 d'un standard (partagé par plusieurs contacts), pas celui d'une personne</translation></message><message><source>same %1 once a title (Mme, M.) or a birth name (née…) is set aside</source><translation>même %1, civilité (Mme, M.) ou nom de naissance (née…) mis à part</translation></message>    <message>
        <source>history entry</source>
        <translation>entrée d’historique</translation>
    </message>
    <message>
        <source>history entries</source>
        <translation>entrées d’historique</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>activité</translation>
    </message>
    <message>
        <source>shared activity</source>
        <translation>activité partagée</translation>
    </message>
    <message>
        <source>activity series run</source>
        <translation>suivi de série d’activités</translation>
    </message>
    <message>
        <source>activity series runs</source>
        <translation>suivis de séries d’activités</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>opportunité</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>vente</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campagne</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentement</translation>
    </message>
    <message>
        <source>consent record</source>
        <translation>trace de consentement</translation>
    </message>
    <message>
        <source>consent records</source>
        <translation>traces de consentement</translation>
    </message>
    <message>
        <source>custom field value</source>
        <translation>valeur de champ personnalisé</translation>
    </message>
    <message>
        <source>custom field values</source>
        <translation>valeurs de champs personnalisés</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>division</source>
        <translation>division</translation>
    </message>
</context>
<context>
    <name>EmailMergeDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="143" />
        <source>E-mail merge</source>
        <translation>Publipostage par e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="150" />
        <source>Edit templates…</source>
        <translation>Modifier les modèles…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="152" />
        <source>Server settings…</source>
        <translation>Paramètres du serveur…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="153" />
        <source>Finding the recipients…</source>
        <translation>Recherche des destinataires…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="158" />
        <source>Send through the mail server</source>
        <translation>Envoyer par le serveur de messagerie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="159" />
        <source>Save as drafts (.eml) for my mail program</source>
        <translation>Enregistrer en brouillons (.eml) pour ma messagerie</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="162" />
        <source>my.address@example.fr</source>
        <translation>mon.adresse@exemple.fr</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="163" />
        <source>Send a test</source>
        <translation>Envoyer un test</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="164" />
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="165" />
        <source>Mark bounced addresses…</source>
        <translation>Marquer les adresses rejetées…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="166" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="172" />
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="176" />
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="180" />
        <source>Test to</source>
        <translation>Test à</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="208" />
        <source>Not set up</source>
        <translation>Non configuré</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="220" />
        <source>Finding the recipients</source>
        <translation>Recherche des destinataires</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="230" />
        <source>%1 recipient(s); %2 left out (no consent, opted out, bounced…):</source>
        <translation>%1 destinataire(s) ; %2 exclu(s) (sans consentement, opposition, adresse rejetée…) :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="245" />
        <source>Choose a template first.</source>
        <translation>Choisissez d'abord un modèle.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="269" />
        <source>Sending e-mails</source>
        <translation>Envoi des e-mails</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="279" />
        <source>%1 message(s) sent.</source>
        <translation>%1 message(s) envoyé(s).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="286" />
        <source>Type your own address.</source>
        <translation>Saisissez votre propre adresse.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="292" />
        <source>Folder for the drafts</source>
        <translation>Dossier des brouillons</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="301" />
        <source>Send %1 e-mail(s)? At %2 per minute this takes about %3 minute(s).</source>
        <translation>Envoyer %1 e-mail(s) ? À %2 par minute, cela prend environ %3 minute(s).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="323" />
        <source>Bounced addresses</source>
        <translation>Adresses rejetées</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="324" />
        <source>Paste the addresses that bounced (one per line):</source>
        <translation>Collez les adresses rejetées (une par ligne) :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="329" />
        <source>%1 contact(s) marked 'e-mail invalid'.</source>
        <translation>%1 contact(s) marqué(s) « E-mail invalide ».</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="347" />
        <source>The password could not be stored in the system keyring: %1</source>
        <translation>Le mot de passe n'a pas pu être enregistré dans le trousseau du système : %1</translation>
    </message>
    <message>
        <source>&amp;Recipients</source>
        <translation>&amp;Destinataires</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
<message><source>&amp;Recipients:</source><translation>&amp;Destinataires :</translation></message><message><source>Template:</source><translation>Modèle :</translation></message><message><source>Server:</source><translation>Serveur :</translation></message><message><source>Test to:</source><translation>Test à :</translation></message></context>
<context>
    <name>ExcludedModel</name>
    <message>
        <location filename="../../desktop_crm/ui/printing/models.py" line="76" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/models.py" line="76" />
        <source>Left out because</source>
        <translation>Exclu car</translation>
    </message>
</context>
<context>
    <name>Exclusion</name>
    <message>
        <location filename="dynamic_strings.py" line="110" />
        <source>Do not mail</source>
        <translation>Pas de courrier</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="111" />
        <source>Returned mail (NPAI)</source>
        <translation>NPAI</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="112" />
        <source>Opted out</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="113" />
        <source>No postal address</source>
        <translation>Pas d'adresse postale</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="114" />
        <source>Do not e-mail</source>
        <translation>Pas d’e-mail</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="115" />
        <source>E-mail bounced</source>
        <translation>E-mail rejeté</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="116" />
        <source>No e-mail address</source>
        <translation>Pas d'adresse e-mail</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="117" />
        <source>No opt-in (private person)</source>
        <translation>Sans consentement (particulier)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="118" />
        <source>On the suppression list</source>
        <translation>Dans la liste repoussoir</translation>
    </message>
<message><source>E-mail address not valid</source><translation>Adresse e-mail non valide</translation></message><message><source>Erased or anonymised (RGPD)</source><translation>Effacé ou anonymisé (RGPD)</translation></message><message><source>No phone number</source><translation>Aucun numéro de téléphone</translation></message><message><source>No mobile number</source><translation>Aucun numéro de mobile</translation></message><message><source>Do not call</source><translation>Ne pas appeler</translation></message><message><source>Customer opt-in lapsed (no contact within the retention period)</source><translation>Opt-in client expiré (aucun contact pendant la durée de conservation)</translation></message></context>
<context>
    <name>Features</name>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Save this lookup as a &amp;group…</source>
        <translation>Enregistrer cette recherche comme &amp;groupe…</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="50" />
        <source>Task list</source>
        <translation>Liste des tâches</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="51" />
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="52" />
        <source>&amp;Schedule an activity…</source>
        <translation>&amp;Planifier une activité…</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="53" />
        <source>&amp;Company details for mailings…</source>
        <translation>&amp;Coordonnées de l'entreprise…</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="54" />
        <source>Apply an activity &amp;series…</source>
        <translation>Appliquer une &amp;série d'activités…</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="55" />
        <source>Activity series &amp;templates…</source>
        <translation>Modèles de sé&amp;ries d'activités…</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="56" />
        <source>&amp;Alarms…</source>
        <translation>&amp;Alarmes…</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="57" />
        <source>Alarm: %s</source>
        <translation>Alarme : %s</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="58" />
        <source>&amp;Print labels…</source>
        <translation>&amp;Imprimer des étiquettes…</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="59" />
        <source>&amp;Labels…</source>
        <translation>É&amp;tiquettes…</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="60" />
        <source>&amp;Envelopes…</source>
        <translation>&amp;Enveloppes…</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="61" />
        <source>Le&amp;tters…</source>
        <translation>&amp;Lettres…</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="62" />
        <source>&amp;E-mail merge…</source>
        <translation>&amp;Publipostage par e-mail…</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="63" />
        <source>Letter &amp;templates…</source>
        <translation>&amp;Modèles de lettres…</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="64" />
        <source>E-&amp;mail templates…</source>
        <translation>Mo&amp;dèles d'e-mails…</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="65" />
        <source>Find &amp;duplicates…</source>
        <translation>Rechercher les &amp;doublons…</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="66" />
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="67" />
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="68" />
        <source>Export contacts</source>
        <translation>Exporter les contacts</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="69" />
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv);;vCard (*.vcf)</source>
        <translation>Classeur Excel (*.xlsx);;CSV pour Excel (*.csv);;vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="70" />
        <source>Exporting contacts…</source>
        <translation>Exportation des contacts…</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="71" />
        <source>%n contact(s) exported to %1</source>
        <translation>%n contact(s) exporté(s) vers %1</translation>
    </message>
    <message>
        <source>&amp;Fields…</source>
        <translation>&amp;Champs…</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Sales &amp;processes…</source>
        <translation>&amp;Processus de vente…</translation>
    </message>
    <message>
        <source>P&amp;rice list…</source>
        <translation>&amp;Liste de prix…</translation>
    </message>
<message>
        <source>Targeting</source>
        <translation>Ciblage</translation>
    </message>
    <message>
        <source>&amp;Targeting (ABC, quadrants, RFM…)</source>
        <translation>&amp;Ciblage (ABC, quadrants, RFM…)</translation>
    </message>
<message><source>Campaigns</source><translation>Campagnes</translation></message><message><source>&amp;Campaigns: return on investment</source><translation>&amp;Campagnes : retour sur investissement</translation></message><message><source>&amp;Referral report…</source><translation>Rapport des &amp;recommandations…</translation></message><message><source>Add to a campaign</source><translation>Ajouter à une campagne</translation></message><message><source>Add to a ca&amp;mpaign…</source><translation>Ajouter à une ca&amp;mpagne…</translation></message><message><source>Select the contacts in the list first (Ctrl+A selects them all).</source><translation>Sélectionnez d'abord les contacts dans la liste (Ctrl+A les sélectionne tous).</translation></message><message><source>Targets added to the campaign: %1</source><translation>Cibles ajoutées à la campagne : %1</translation></message><message><source>My &amp;identity…</source><translation>Mon &amp;identité…</translation></message><message><source>&amp;Users…</source><translation>&amp;Utilisateurs…</translation></message><message><source>&amp;Referrals on screen…</source><translation>&amp;Recommandations à l'écran…</translation></message></context>
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
    <name>FilePage</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/pages.py" line="56" />
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/pages.py" line="59" />
        <source>An Excel workbook (.xlsx), a CSV or TXT file, or vCards (.vcf) exported from Outlook or Google.</source>
        <translation>Un classeur Excel (.xlsx), un fichier CSV ou TXT, ou des vCards (.vcf) exportées d'Outlook ou de Google.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/pages.py" line="64" />
        <source>Choose a file…</source>
        <translation>Choisissez un fichier…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/pages.py" line="65" />
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/pages.py" line="77" />
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/pages.py" line="78" />
        <source>Encoding (text files):</source>
        <translation>Encodage (fichiers texte) :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/pages.py" line="79" />
        <source>Delimiter (text files):</source>
        <translation>Séparateur (fichiers texte) :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/pages.py" line="85" />
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/pages.py" line="87" />
        <source>Contact files (*.xlsx *.csv *.txt *.vcf);;All files (*)</source>
        <translation>Fichiers de contacts (*.xlsx *.csv *.txt *.vcf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/pages.py" line="102" />
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/pages.py" line="106" />
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="256" />
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="257" />
        <source>; (semicolon)</source>
        <translation>; (point-virgule)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="258" />
        <source>, (comma)</source>
        <translation>, (virgule)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="259" />
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="260" />
        <source>| (pipe)</source>
        <translation>| (barre verticale)</translation>
    </message>
<message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>ISO-8859-1</source>
        <translation>ISO-8859-1</translation>
    </message>
    <message>
        <source>Windows (cp1252)</source>
        <translation>Windows (cp1252)</translation>
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
    <name>GroupTableModel</name>
    <message>
        <source>#%1, to keep</source>
        <translation>#%1, à garder</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/group_model.py" line="70" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/group_model.py" line="70" />
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/group_model.py" line="70" />
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/group_model.py" line="70" />
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/group_model.py" line="75" />
        <source>Merged (merge %1)</source>
        <translation>Fusionné (fusion %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/group_model.py" line="77" />
        <source>To review</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/group_model.py" line="78" />
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/group_model.py" line="79" />
        <source>Not a duplicate</source>
        <translation>Pas un doublon</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="dynamic_strings.py" line="154" />
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="155" />
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="156" />
        <source>Salutation</source>
        <translation>Formule d’appel</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="157" />
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="158" />
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="159" />
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="160" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="161" />
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="162" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="163" />
        <source>Home phone</source>
        <translation>Téléphone domicile</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="164" />
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="165" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="166" />
        <source>E-mail 2</source>
        <translation>E-mail 2</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="168" />
        <source>Address 1</source>
        <translation>Adresse 1</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="169" />
        <source>Address 2</source>
        <translation>Adresse 2</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="170" />
        <source>Address 3</source>
        <translation>Adresse 3</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="171" />
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="172" />
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="173" />
        <source>Cedex</source>
        <translation>Cedex</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="174" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="176" />
        <source>Home address 2</source>
        <translation>Adresse personnelle 2</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="177" />
        <source>Home postcode</source>
        <translation>Code postal personnel</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="178" />
        <source>Home city</source>
        <translation>Ville personnelle</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="179" />
        <source>Home country</source>
        <translation>Pays personnel</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="180" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="181" />
        <source>Industry</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="182" />
        <source>Company size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="183" />
        <source>Referred by</source>
        <translation>Recommandé par</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="184" />
        <source>Potential</source>
        <translation>Potentiel</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="185" />
        <source>ID/Status</source>
        <translation>ID/Statut</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="186" />
        <source>Last results</source>
        <translation>Derniers résultats</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="187" />
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="188" />
        <source>Do not mail</source>
        <translation>Pas de courrier</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="189" />
        <source>Do not call</source>
        <translation>Pas d’appel</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="190" />
        <source>Do not e-mail</source>
        <translation>Pas d’e-mail</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="191" />
        <source>Returned mail (NPAI)</source>
        <translation>NPAI</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="192" />
        <source>E-mail invalid</source>
        <translation>E-mail invalide</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="193" />
        <source>To review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="194" />
        <source>Contract end</source>
        <translation>Fin de contrat</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="195" />
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="196" />
        <source>→ Note</source>
        <translation>→ Note</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="197" />
        <source>→ History entry</source>
        <translation>→ Entrée d'historique</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="198" />
        <source>(do not import)</source>
        <translation>(ne pas importer)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="241" />
        <source>Title</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="249" />
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="257" />
        <source>Home address 1</source>
        <translation>Adresse personnelle 1</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Adresse personnelle</translation>
    </message>
    <message>
        <source>→ Groups (labels, categories)</source>
        <translation>→ Groupes (libellés, catégories)</translation>
    </message>
    <message>
        <source>→ Kind of card (person, company, group)</source>
        <translation>→ Nature de la fiche (personne, société, groupe)</translation>
    </message>
    <message>
        <source>→ Import report remarks</source>
        <translation>→ Remarques du rapport d'import</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/checks_page.py" line="116" />
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="287" />
        <source>Import contacts</source>
        <translation>Assistant d'importation</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="308" />
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="309" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="325" />
        <source>Import #{0} undone: {1} contacts deleted, {2} restored.</source>
        <translation>Importation n° {0} annulée : {1} contact(s) supprimé(s), {2} restauré(s).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="333" />
        <source>Undoing the import…</source>
        <translation>Annulation de l'importation…</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="203" />
        <source>(do not import)</source>
        <translation>(ne pas importer)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="204" />
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="205" />
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="206" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="207" />
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="208" />
        <source>same e-mail</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="209" />
        <source>same company, name and phone</source>
        <translation>même société, même nom et même téléphone</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="210" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="211" />
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="212" />
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="213" />
        <source>Contact field</source>
        <translation>Champ du contact</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="214" />
        <source>Also fill</source>
        <translation>Remplir aussi</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="215" />
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="216" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="217" />
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="218" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="219" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="220" />
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="221" />
        <source>Duplicate of</source>
        <translation>Doublon de</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="222" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="223" />
        <source>To review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="224" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="225" />
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="226" />
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="227" />
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="228" />
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="229" />
        <source>Possible e-mail typo</source>
        <translation>Faute de frappe probable dans l'e-mail</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="230" />
        <source>Invalid e-mail</source>
        <translation>E-mail invalide</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="231" />
        <source>Phone too short</source>
        <translation>Téléphone trop court</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="232" />
        <source>Phone too long</source>
        <translation>Téléphone trop long</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="233" />
        <source>Impossible phone number</source>
        <translation>Numéro de téléphone impossible</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="234" />
        <source>Not a phone number</source>
        <translation>Pas un numéro de téléphone</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="235" />
        <source>Invalid French postcode</source>
        <translation>Code postal français invalide</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="236" />
        <source>Postcode missing</source>
        <translation>Code postal manquant</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="237" />
        <source>City missing</source>
        <translation>Ville manquante</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="238" />
        <source>Value too long</source>
        <translation>Valeur trop longue</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="239" />
        <source>Invalid date</source>
        <translation>Date invalide</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="240" />
        <source>No name, company or e-mail</source>
        <translation>Ni nom, ni société, ni e-mail</translation>
    </message>
<message><source>Other details</source><translation>Autres informations</translation></message><message><source>Import remarks</source><translation>Remarques d'import</translation></message><message><source>(copied into “%1”)</source><translation>(recopié dans « %1 »)</translation></message><message><source>Line %1 will be written as:</source><translation>La ligne %1 sera écrite ainsi :</translation></message></context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Working…</source>
        <translation>Travail en cours…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration en cours…</translation>
    </message>
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
        <translation>Doublons</translation>
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
    <message>
        <source>An operation is still running: wait for it or cancel it.</source>
        <translation>Une opération est en cours : attendez qu'elle se termine ou annulez-la.</translation>
    </message>
<message>
        <location filename="dynamic_strings.py" line="464" />
        <source>Desktop CRM did not change it.</source>
        <translation>Desktop CRM ne l'a pas modifié.</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="465" />
        <source>{0} is a SQLite database of another program (tables: {1}).</source>
        <translation>{0} est une base SQLite d'un autre programme (tables : {1}).</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="466" />
        <source>Choose a Desktop CRM database, or create one with File › New database.</source>
        <translation>Choisissez une base Desktop CRM, ou créez-en une avec Fichier › Nouvelle base.</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="469" />
        <source>it looks like a text file</source>
        <translation>c'est apparemment un fichier texte</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="470" />
        <source>it looks like a PDF document</source>
        <translation>c'est apparemment un document PDF</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="471" />
        <source>its first bytes are not those of a database</source>
        <translation>ses premiers octets ne sont pas ceux d'une base de données</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="472" />
        <source>{0} is not a database ({1}).</source>
        <translation>{0} n'est pas une base de données ({1}).</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="473" />
        <source>Choose a Desktop CRM database file (.sqlite).</source>
        <translation>Choisissez un fichier de base Desktop CRM (.sqlite).</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="474" />
        <source>{0} is empty: it holds no database.</source>
        <translation>{0} est vide : il ne contient aucune base.</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="475" />
        <source>To start a new database, use File › New database.</source>
        <translation>Pour commencer une nouvelle base, utilisez Fichier › Nouvelle base.</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="476" />
        <source>{0} is damaged ({1}): nothing was read or changed. Restore a backup, or save what can still be read with 'desktop-crm db recover'.</source>
        <translation>{0} est endommagé ({1}) : rien n'a été lu ni modifié. Restaurez une sauvegarde, ou récupérez ce qui peut encore être lu avec « desktop-crm db recover ».</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="481" />
        <source>{0} is a folder, not a database file.</source>
        <translation>{0} est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="482" />
        <source>{0} does not exist.</source>
        <translation>{0} n'existe pas.</translation>
    </message>
    <message><source>Home</source><translation>Accueil</translation></message></context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="40" />
        <source>Columns and fields</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="43" />
        <source>Columns were matched from their names. Click a field to change it; a column can also fill a second field, a note or a history entry.</source>
        <translation>Les colonnes ont été associées d'après leur nom. Cliquez sur un champ pour le changer ; une colonne peut aussi remplir un second champ, une note ou une entrée d'historique.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="62" />
        <source>e.g. Salon Lyon 2026</source>
        <translation>ex. : Salon Lyon 2026</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="64" />
        <source>Status for every row:</source>
        <translation>Statut pour toutes les lignes :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="65" />
        <source>Referred by for every row:</source>
        <translation>Recommandé par, pour toutes les lignes :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="66" />
        <source>Add the contacts to the group:</source>
        <translation>Ajouter les contacts au groupe :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="67" />
        <source>Save mapping…</source>
        <translation>Enregistrer la correspondance…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="69" />
        <source>Load mapping…</source>
        <translation>Charger une correspondance…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="124" />
        <source>Save mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="126" />
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="134" />
        <source>Mappings (*.json)</source>
        <translation>Correspondances (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="134" />
        <source>Load mapping</source>
        <translation>Charger une correspondance</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="142" />
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="152" />
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/mapping_page.py" line="152" />
        <source>No column is mapped to a contact field.</source>
        <translation>Aucune colonne n'est associée à un champ de contact.</translation>
    </message>
    <message>
        <source>{0} (custom field)</source>
        <translation>{0} (champ personnalisé)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="169" />
        <source>Merge records</source>
        <translation>Fusionner des fiches</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="177" />
        <source>Choose the record to keep and, for each field, the value that wins (click a cell). Everything attached to the other records moves to the kept one; values not kept go into a note. The merge can be undone.</source>
        <translation>Choisissez la fiche à garder et, pour chaque champ, la valeur retenue (cliquez sur une case). Tout ce qui est rattaché aux autres fiches passe sur la fiche gardée ; les valeurs non retenues sont conservées dans une note. La fusion peut être annulée.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="192" />
        <source>Keep %1</source>
        <translation>Garder %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="200" />
        <source>edited %1</source>
        <translation>modifiée le %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="202" />
        <source>nothing attached</source>
        <translation>rien de rattaché</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="215" />
        <source>Show identical fields too</source>
        <translation>Afficher aussi les champs identiques</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/merge_dialog.py" line="223" />
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../../desktop_crm/ui/activities/calendar_grid.py" line="485" />
        <source>+%1 more</source>
        <translation>+%1 autre(s)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="85" />
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="86" />
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="87" />
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="88" />
        <source>Thu</source>
        <translation>Jeu</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="89" />
        <source>Fri</source>
        <translation>Ven</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="90" />
        <source>Sat</source>
        <translation>Sam</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="91" />
        <source>Sun</source>
        <translation>Dim</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <location filename="../../desktop_crm/ui/printing/preview.py" line="155" />
        <source>Nothing to preview</source>
        <translation>Aucun aperçu</translation>
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
<message><source>Server:</source><translation>Serveur :</translation></message><message><source>Port:</source><translation>Port :</translation></message><message><source>Database:</source><translation>Base :</translation></message><message><source>User:</source><translation>Utilisateur :</translation></message><message><source>Password:</source><translation>Mot de passe :</translation></message></context>
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
<message>
        <location filename="../../desktop_crm/ui/common/preferences.py" line="62" />
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/preferences.py" line="68" />
        <source>Calendar shows from</source>
        <translation>Le calendrier affiche de</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/preferences.py" line="69" />
        <source>Working day starts at</source>
        <translation>La journée de travail commence à</translation>
    </message>
    <message><source>Show the home page at start</source><translation>Afficher l'accueil au démarrage</translation></message><message><source>Language:</source><translation>Langue :</translation></message><message><source>Phone links open:</source><translation>Les liens téléphone ouvrent :</translation></message><message><source>Calendar shows from:</source><translation>Le calendrier affiche de :</translation></message><message><source>Working day starts at:</source><translation>La journée de travail commence à :</translation></message><message><source>Team time zone:</source><translation>Fuseau horaire de l'équipe :</translation></message></context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="105" />
        <source>Print labels, envelopes and letters</source>
        <translation>Imprimer étiquettes, enveloppes et lettres</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="108" />
        <source>Finding the recipients…</source>
        <translation>Recherche des destinataires…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="115" />
        <source>One address per company</source>
        <translation>Une adresse par société</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="116" />
        <source>One address per household ("M. et Mme")</source>
        <translation>Une adresse par foyer (« M. et Mme »)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="117" />
        <source>Record in each contact's history</source>
        <translation>Enregistrer dans l'historique de chaque contact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="121" />
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="122" />
        <source>Envelopes</source>
        <translation>Enveloppes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="123" />
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="128" />
        <source>Page </source>
        <translation>Page </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="129" />
        <source>Save PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="130" />
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="131" />
        <source>Open in PDF viewer</source>
        <translation>Ouvrir dans le lecteur PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="132" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="183" />
        <source>Custom sheet…</source>
        <translation>Planche personnalisée…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="188" />
        <source>Sheet</source>
        <translation>Planche</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="190" />
        <source>Start at label</source>
        <translation>Commencer à l'étiquette</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="192" />
        <source>Labels per contact</source>
        <translation>Étiquettes par contact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="197" />
        <source>Printer offset X / Y</source>
        <translation>Décalage de l'imprimante X / Y</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="198" />
        <source>Draw label borders (test on plain paper)</source>
        <translation>Tracer le bord des étiquettes (essai sur papier ordinaire)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="200" />
        <source>Sender labels (our return address) instead</source>
        <translation>Étiquettes d'expéditeur (notre adresse de retour) à la place</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="204" />
        <source>Print at 100 % ("Actual size"): fitting the page to the paper shifts the labels.</source>
        <translation>Imprimez à 100 % (« Taille réelle ») : ajuster la page au papier décale les étiquettes.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="224" />
        <source>Size</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="225" />
        <source>Window envelope</source>
        <translation>Enveloppe à fenêtre</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="231" />
        <source>Window left / top</source>
        <translation>Fenêtre gauche / haut</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="232" />
        <source>Print the sender</source>
        <translation>Imprimer l'expéditeur</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="247" />
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="248" />
        <source>Edit templates…</source>
        <translation>Modifier les modèles…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="253" />
        <source>Letters flow over several pages: use "Open in PDF viewer" to preview the first one with a real contact.</source>
        <translation>Les lettres s'étendent sur plusieurs pages : utilisez « Ouvrir dans le lecteur PDF » pour voir la première avec un vrai contact.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="346" />
        <source>Finding the recipients</source>
        <translation>Recherche des destinataires</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="359" />
        <source>%n address(es) for %1 contact(s); %2 left out.</source>
        <translation><numerusform>%n adresse pour %1 contact(s) ; %2 exclu(s).</numerusform><numerusform>%n adresses pour %1 contact(s) ; %2 exclu(s).</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="421" />
        <source>Open the PDF to preview letters.</source>
        <translation>Ouvrez le PDF pour voir l'aperçu des lettres.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="423" />
        <source>No recipient.</source>
        <translation>Aucun destinataire.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="478" />
        <source>Writing the PDF</source>
        <translation>Écriture du PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="488" />
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="495" />
        <source>%1 page(s), %2 contact(s) recorded in the history.</source>
        <translation>%1 page(s), %2 contact(s) enregistré(s) dans l'historique.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="502" />
        <source>%1 address line(s) are longer than 38 characters: shorten them on the contact cards.</source>
        <translation>%1 ligne(s) d'adresse dépasse(nt) 38 caractères : raccourcissez-les dans les fiches contact.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="507" />
        <source>Unknown fields: %1</source>
        <translation>Champs inconnus : %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="517" />
        <source>Save PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="517" />
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="580" />
        <source>Sent to the printer.</source>
        <translation>Envoyé à l'imprimante.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="584" />
        <source>Recording the history</source>
        <translation>Enregistrement de l'historique</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/print_dialog.py" line="604" />
        <source>Saving the sheet</source>
        <translation>Enregistrement de la planche</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Destinataires :</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
<message>
        <source> of %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <source>No letter template.</source>
        <translation>Aucun modèle de lettre.</translation>
    </message>
    <message>
        <source>Preparing the letters…</source>
        <translation>Préparation des lettres…</translation>
    </message>
    <message>
        <source>Preparing the letters</source>
        <translation>Préparation des lettres</translation>
    </message>
    <message>
        <source>The preview shows the letters of the first %1 recipients; the PDF and the printer get them all.</source>
        <translation>L'aperçu montre les lettres des %1 premiers destinataires ; le PDF et l'imprimante les reçoivent toutes.</translation>
    </message>
    <message>
        <source>%1 page(s) sent to the printer.</source>
        <translation>%1 page(s) envoyée(s) à l'imprimante.</translation>
    </message>
<message><source>Sheet:</source><translation>Planche :</translation></message><message><source>Start at label:</source><translation>Commencer à l'étiquette :</translation></message><message><source>Labels per contact:</source><translation>Étiquettes par contact :</translation></message><message><source>Printer offset X / Y:</source><translation>Décalage de l'imprimante X / Y :</translation></message><message><source>Size:</source><translation>Format :</translation></message><message><source>Window left / top:</source><translation>Fenêtre gauche / haut :</translation></message><message><source>Template:</source><translation>Modèle :</translation></message>    <message>
        <source>  • %1 (#%2): “%3”</source>
        <translation>  • %1 (n° %2) : « %3 »</translation>
    </message>
    <message>
        <source>  … and %1 more (the command line lists them all).</source>
        <translation>  … et %1 de plus (la ligne de commande les liste toutes).</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="208" />
        <source>Import report</source>
        <translation>Rapport d'importation</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="213" />
        <source>Save the report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="215" />
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="261" />
        <source>Undo this import</source>
        <translation>Annuler cette importation</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="230" />
        <source>Import #{0}: {1} created, {2} updated, {3} skipped, {4} to review.</source>
        <translation>Importation n° {0} : {1} créé(s), {2} mis à jour, {3} ignoré(s), {4} à vérifier.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="245" />
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="247" />
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="253" />
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="263" />
        <source>Delete the {0} contacts created and restore the {1} contacts updated by this import?</source>
        <translation>Supprimer les {0} contacts créés et restaurer les {1} contacts mis à jour par cette importation ?</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Suggested record to keep: #%1 (the one with the most history, notes and sales attached, then the most complete)</source>
        <translation>Fiche à garder suggérée : #%1 (celle qui a le plus d’historique, de notes et de ventes, puis la plus complète)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/review_page.py" line="58" />
        <source>Review the likely duplicates</source>
        <translation>Examiner les doublons probables</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/review_page.py" line="61" />
        <source>Merge a group now, mark it to merge with the suggested choices, or tell the program it is not a duplicate.</source>
        <translation>Fusionnez un groupe tout de suite, marquez-le pour une fusion avec les choix proposés, ou indiquez qu’il ne s’agit pas d’un doublon.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/review_page.py" line="90" />
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/review_page.py" line="91" />
        <source>Merge with suggested choices</source>
        <translation>Fusionner avec les choix proposés</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/review_page.py" line="92" />
        <source>Not a duplicate</source>
        <translation>Pas un doublon</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/review_page.py" line="93" />
        <source>Undecided</source>
        <translation>Indécis</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/review_page.py" line="94" />
        <source>Open first record</source>
        <translation>Ouvrir la 1re fiche</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/review_page.py" line="95" />
        <source>Open second record</source>
        <translation>Ouvrir la 2e fiche</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/review_page.py" line="96" />
        <source>Merge all scoring 100</source>
        <translation>Fusionner tous les scores de 100</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/review_page.py" line="215" />
        <source>Merging</source>
        <translation>Fusion</translation>
    </message>
<message><source>%1 ~ %2: %3</source><translation>%1 ~ %2 : %3</translation></message></context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="106" />
        <source>Importing</source>
        <translation>Importation en cours</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="109" />
        <source>Cancel the import</source>
        <translation>Arrêter l'importation</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="130" />
        <source>Writing the contacts…</source>
        <translation>Enregistrement des contacts…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="153" />
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="185" />
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="193" />
        <source>The import failed; nothing was written.</source>
        <translation>L'importation a échoué ; rien n'a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="196" />
        <source>Cancelled: nothing was written. Go back to change the import.</source>
        <translation>Annulé : rien n'a été enregistré. Revenez en arrière pour modifier l'importation.</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/wizard.py" line="151" />
        <source>Scanning</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/wizard.py" line="155" />
        <source>Cancel scan</source>
        <translation>Arrêter la recherche</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/wizard.py" line="170" />
        <source>Comparing records…</source>
        <translation>Comparaison des fiches…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/wizard.py" line="183" />
        <source>Scanning for duplicates</source>
        <translation>Recherche des doublons</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/wizard.py" line="214" />
        <source>%1 records compared: %2 groups of likely duplicates.</source>
        <translation>%1 fiches comparées : %2 groupes de doublons probables.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/wizard.py" line="222" />
        <source>The scan failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/wizard.py" line="228" />
        <source>Scan cancelled. Go back to change the settings.</source>
        <translation>Recherche arrêtée. Revenez en arrière pour changer les critères.</translation>
    </message>
</context>
<context>
    <name>ScheduleActivityDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/activities/schedule_dialog.py" line="67" />
        <source>Schedule activity</source>
        <translation>Planifier une activité</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/schedule_dialog.py" line="71" />
        <source>With:</source>
        <translation>Avec :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/schedule_dialog.py" line="76" />
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/schedule_dialog.py" line="81" />
        <source>&amp;Regarding:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/schedule_dialog.py" line="91" />
        <source>Timeless</source>
        <translation>Sans heure</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/schedule_dialog.py" line="98" />
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/schedule_dialog.py" line="103" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/schedule_dialog.py" line="105" />
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/schedule_dialog.py" line="113" />
        <source>D&amp;uration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/schedule_dialog.py" line="119" />
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/schedule_dialog.py" line="132" />
        <source>&amp;Alarm:</source>
        <translation>&amp;Alarme :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/schedule_dialog.py" line="143" />
        <source>every </source>
        <translation>tous les </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/schedule_dialog.py" line="145" />
        <source>until</source>
        <translation>jusqu'au</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/schedule_dialog.py" line="161" />
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/schedule_dialog.py" line="170" />
        <source>Scheduled &amp;for:</source>
        <translation>Planifiée &amp;pour :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/schedule_dialog.py" line="171" />
        <source>Private (others see busy time only)</source>
        <translation>Privée (les autres ne voient que le créneau occupé)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/schedule_dialog.py" line="176" />
        <source>D&amp;etails:</source>
        <translation>Détai&amp;ls :</translation>
    </message>
</context>
<context>
    <name>SenderDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/printing/sender_dialog.py" line="28" />
        <source>Company details for mailings</source>
        <translation>Coordonnées de l'entreprise pour les envois</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/sender_dialog.py" line="37" />
        <source>12 rue de la Paix
69003 LYON</source>
        <translation>12 rue de la Paix
69003 LYON</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/sender_dialog.py" line="41" />
        <source>SAS au capital de…, RCS…, SIRET…</source>
        <translation>SAS au capital de…, RCS…, SIRET…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/sender_dialog.py" line="43" />
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/sender_dialog.py" line="44" />
        <source>Signed by</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/sender_dialog.py" line="45" />
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/sender_dialog.py" line="46" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/sender_dialog.py" line="47" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/sender_dialog.py" line="48" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/sender_dialog.py" line="49" />
        <source>Country code</source>
        <translation>Code pays</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/sender_dialog.py" line="50" />
        <source>Legal footer</source>
        <translation>Mentions légales (pied de page)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
<message><source>Company:</source><translation>Société :</translation></message><message><source>Signed by:</source><translation>Signataire :</translation></message><message><source>Job title:</source><translation>Fonction :</translation></message><message><source>Phone:</source><translation>Téléphone :</translation></message><message><source>E-mail:</source><translation>E-mail :</translation></message><message><source>Address:</source><translation>Adresse :</translation></message><message><source>Country code:</source><translation>Code pays :</translation></message><message><source>Legal footer:</source><translation>Mentions légales (pied de page) :</translation></message></context>
<context>
    <name>SeriesEditorDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="202" />
        <source>Activity series</source>
        <translation>Série d'activités</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="206" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="209" />
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="211" />
        <source>When a step is cleared late, move the later steps by the same delay</source>
        <translation>Quand une étape est terminée en retard, décaler les étapes suivantes du même délai</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="217" />
        <source>Applied by hand only</source>
        <translation>Appliquée manuellement uniquement</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="218" />
        <source>When an opportunity is won</source>
        <translation>Quand une opportunité est gagnée</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="219" />
        <source>Days before the contract end</source>
        <translation>Jours avant la fin de contrat</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="220" />
        <source>Days before the birthday</source>
        <translation>Jours avant l'anniversaire</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="223" />
        <source> days before</source>
        <translation> jours avant</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="231" />
        <source>&amp;Starts:</source>
        <translation>&amp;Déclenchement :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="246" />
        <source>&amp;Add step</source>
        <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="247" />
        <source>&amp;Remove step</source>
        <translation>&amp;Supprimer l'étape</translation>
    </message>
    <message>
        <source>Days before: {0}</source>
        <translation>Jours avant : {0}</translation>
    </message>
</context>
<context>
    <name>SeriesManagerDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="299" />
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="339" />
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="363" />
        <source>Activity series</source>
        <translation>Séries d'activités</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="306" />
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="307" />
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="308" />
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="309" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="364" />
        <source>Delete the series '%1'? Activities already planned stay.</source>
        <translation>Supprimer la série « %1 » ? Les activités déjà planifiées sont conservées.</translation>
    </message>
</context>
<context>
    <name>SeriesProgressWidget</name>
    <message>
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="507" />
        <source>next: %1 %2</source>
        <translation>suivante : %1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="511" />
        <source>finished</source>
        <translation>terminée</translation>
    </message>
<message numerus="yes">
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="650" />
        <source>%n skipped</source>
        <translation><numerusform>%n sautée</numerusform><numerusform>%n sautées</numerusform></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Compare every field both records fill (recommended)</source>
        <translation>Comparer tous les champs remplis sur les deux fiches (recommandé)</translation>
    </message>
    <message>
        <source>Names, address, postcode, date of birth, phones, e-mails and company, each weighted by what agreeing on it means in this database; finds duplicates with typos, swapped names or missing values.</source>
        <translation>Noms, adresse, code postal, date de naissance, téléphones, e-mails et société, chacun pesé selon ce que son accord signifie dans cette base ; trouve les doublons malgré les fautes de frappe, les noms inversés ou les valeurs manquantes.</translation>
    </message>
    <message>
        <source>Compare up to three chosen fields</source>
        <translation>Comparer jusqu'à trois champs choisis</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Compare every field, or choose up to three fields and how to compare each one.</source>
        <translation>Comparez tous les champs, ou choisissez jusqu'à trois champs et la façon de comparer chacun.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/wizard.py" line="50" />
        <location filename="../../desktop_crm/ui/duplicates/wizard.py" line="137" />
        <source>Find duplicates</source>
        <translation>Rechercher les doublons</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/wizard.py" line="52" />
        <source>Choose up to three fields to compare and how to compare each one.</source>
        <translation>Choisissez jusqu’à trois champs à comparer, et comment comparer chacun.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/wizard.py" line="56" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/wizard.py" line="57" />
        <source>Companies</source>
        <translation>Sociétés</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/wizard.py" line="63" />
        <source>Look for</source>
        <translation>Chercher parmi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/wizard.py" line="76" />
        <source>Field %1</source>
        <translation>Champ %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/wizard.py" line="81" />
        <source>Lowest score shown</source>
        <translation>Score minimal affiché</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/wizard.py" line="85" />
        <source>Same e-mail</source>
        <translation>Même e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/wizard.py" line="86" />
        <source>Same phone</source>
        <translation>Même téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/wizard.py" line="87" />
        <source>Same SIREN/SIRET</source>
        <translation>Même SIREN/SIRET</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/wizard.py" line="94" />
        <source>Also propose</source>
        <translation>Proposer aussi</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/wizard.py" line="107" />
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/wizard.py" line="137" />
        <source>Choose at least one field to compare.</source>
        <translation>Choisissez au moins un champ à comparer.</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Toutes les sociétés</translation>
    </message>
    <message>
        <source>Compare only the members of a group (its companies for companies)</source>
        <translation>Comparer seulement les membres d'un groupe (ses sociétés pour les sociétés)</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Examiner</translation>
    </message>
<message><source>Look for:</source><translation>Chercher parmi :</translation></message><message><source>Scan:</source><translation>Examiner :</translation></message><message><source>Compare:</source><translation>Comparer :</translation></message><message><source>Field %1:</source><translation>Champ %1 :</translation></message><message><source>Lowest score shown:</source><translation>Score minimal affiché :</translation></message><message><source>Also propose:</source><translation>Proposer aussi :</translation></message></context>
<context>
    <name>SheetEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/printing/sheet_editor.py" line="31" />
        <source>Custom label sheet</source>
        <translation>Planche d'étiquettes personnalisée</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/sheet_editor.py" line="40" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/sheet_editor.py" line="41" />
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/sheet_editor.py" line="42" />
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/sheet_editor.py" line="43" />
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/sheet_editor.py" line="45" />
        <source>Label width (mm)</source>
        <translation>Largeur d'étiquette (mm)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/sheet_editor.py" line="46" />
        <source>Label height (mm)</source>
        <translation>Hauteur d'étiquette (mm)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/sheet_editor.py" line="47" />
        <source>Top margin (mm)</source>
        <translation>Marge haute (mm)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/sheet_editor.py" line="48" />
        <source>Left margin (mm)</source>
        <translation>Marge gauche (mm)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/sheet_editor.py" line="49" />
        <source>Horizontal pitch (mm)</source>
        <translation>Pas horizontal (mm)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/sheet_editor.py" line="50" />
        <source>Vertical pitch (mm)</source>
        <translation>Pas vertical (mm)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/sheet_editor.py" line="104" />
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/sheet_editor.py" line="119" />
        <source>This sheet does not fit on the page.</source>
        <translation>Cette planche ne tient pas sur la page.</translation>
    </message>
<message><source>Name:</source><translation>Nom :</translation></message><message><source>Page:</source><translation>Page :</translation></message><message><source>Columns:</source><translation>Colonnes :</translation></message><message><source>Rows:</source><translation>Lignes :</translation></message></context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../desktop_crm/ui/importing/pages.py" line="118" />
        <source>Sheet and header row</source>
        <translation>Feuille et ligne d'en-tête</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/pages.py" line="121" />
        <source>Title lines above the column names are skipped: check that the row in bold holds the column names.</source>
        <translation>Les lignes de titre au-dessus des noms de colonnes sont ignorées : vérifiez que la ligne en gras contient bien les noms de colonnes.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/pages.py" line="135" />
        <source>Sheet:</source>
        <translation>Feuille :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/pages.py" line="136" />
        <source>Column names on row:</source>
        <translation>Ligne d'en-tête :</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/pages.py" line="153" />
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/pages.py" line="155" />
        <source>Read as {0}, columns separated by “{1}”.</source>
        <translation>Lu en {0}, colonnes séparées par « {1} ».</translation>
    </message>
</context>
<context>
    <name>SimilarRecordsDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/similar_dialog.py" line="27" />
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/similar_dialog.py" line="33" />
        <source>This contact looks like existing ones. Open one of them instead of creating a duplicate?</source>
        <translation>Ce contact ressemble à des fiches existantes. Ouvrir l’une d’elles plutôt que de créer un doublon ?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/similar_dialog.py" line="54" />
        <source>Open the existing contact</source>
        <translation>Ouvrir la fiche existante</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/similar_dialog.py" line="55" />
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="62" />
        <source>Outgoing mail server</source>
        <translation>Serveur de courrier sortant</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="69" />
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="70" />
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (port 465)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="71" />
        <source>None (local relay only)</source>
        <translation>Aucune (relais local uniquement)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="79" />
        <source>Unchanged (kept in the system keyring)</source>
        <translation>Inchangé (conservé dans le trousseau du système)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="83" />
        <source>Default: the sender's address</source>
        <translation>Par défaut : l'adresse de l'expéditeur</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="85" />
        <source> per minute</source>
        <translation> par minute</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="87" />
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="88" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="89" />
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="90" />
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="91" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="92" />
        <source>Sender address</source>
        <translation>Adresse de l'expéditeur</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="93" />
        <source>Reply-to</source>
        <translation>Répondre à</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="94" />
        <source>Unsubscribe address</source>
        <translation>Adresse de désabonnement</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/email_dialog.py" line="95" />
        <source>Sending rate</source>
        <translation>Cadence d'envoi</translation>
    </message>
<message><source>Server:</source><translation>Serveur :</translation></message><message><source>Port:</source><translation>Port :</translation></message><message><source>Security:</source><translation>Sécurité :</translation></message><message><source>User name:</source><translation>Nom d'utilisateur :</translation></message><message><source>Password:</source><translation>Mot de passe :</translation></message><message><source>Sender address:</source><translation>Adresse de l'expéditeur :</translation></message><message><source>Reply-to:</source><translation>Répondre à :</translation></message><message><source>Unsubscribe address:</source><translation>Adresse de désabonnement :</translation></message><message><source>Sending rate:</source><translation>Cadence d'envoi :</translation></message></context>
<context>
    <name>StepsModel</name>
    <message>
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="108" />
        <source>Day (J+n)</source>
        <translation>Jour (J+n)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="109" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="110" />
        <source>Regarding</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="111" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/series_dialogs.py" line="112" />
        <source>Duration (min)</source>
        <translation>Durée (min)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/review_page.py" line="229" />
        <source>Summary</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/review_page.py" line="237" />
        <source>Undo merge</source>
        <translation>Annuler la fusion</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/review_page.py" line="280" />
        <source>Merging</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/review_page.py" line="289" />
        <source>Merge %1: kept #%2, merged %3</source>
        <translation>Fusion %1 : fiche n° %2 gardée, %3 fusionnée(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/review_page.py" line="298" />
        <source>Merging…</source>
        <translation>Fusion en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/duplicates/review_page.py" line="301" />
        <source>%1 merges done. Each one can be undone here or later with 'desktop-crm unmerge'.</source>
        <translation>%1 fusions effectuées. Chacune peut être annulée ici, ou plus tard avec « desktop-crm unmerge ».</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="68" />
        <source>Ready to import</source>
        <translation>Prêt à importer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="81" />
        <source>File: {0}</source>
        <translation>Fichier : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="82" />
        <source>Contacts to create: {0}</source>
        <translation>Contacts à créer : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="83" />
        <source>Contacts to update: {0}</source>
        <translation>Contacts à mettre à jour : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="84" />
        <source>Rows skipped: {0}</source>
        <translation>Lignes ignorées : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="85" />
        <source>Contacts flagged “to review”: {0}</source>
        <translation>Contacts marqués « À vérifier » : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="88" />
        <source>Added to the group: {0}</source>
        <translation>Ajoutés au groupe : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/importing/wizard.py" line="92" />
        <source>Everything is written in one go: if anything fails or you cancel, the database stays as it was. The import can be undone afterwards.</source>
        <translation>Tout est enregistré en une seule fois : en cas d'erreur ou d'annulation, la base reste telle qu'elle était. L'importation pourra être annulée ensuite.</translation>
    </message>
<message numerus="yes">
        <source>%n merge(s) done. Each one can be undone here or later with 'desktop-crm unmerge'.</source>
        <translation>
            <numerusform>%n fusion effectuée. Elle peut être annulée ici ou plus tard avec « desktop-crm unmerge ».</numerusform>
            <numerusform>%n fusions effectuées. Chacune peut être annulée ici ou plus tard avec « desktop-crm unmerge ».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskListView</name>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_list.py" line="75" />
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_list.py" line="76" />
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_list.py" line="77" />
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_list.py" line="78" />
        <source>Next 30 days</source>
        <translation>30 prochains jours</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_list.py" line="79" />
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_list.py" line="80" />
        <source>Date range</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_list.py" line="87" />
        <source>All types</source>
        <translation>Tous types</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_list.py" line="91" />
        <source>All priorities</source>
        <translation>Toutes les priorités</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_list.py" line="94" />
        <source>%1 and above</source>
        <translation>%1 et plus</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_list.py" line="99" />
        <source>Not cleared</source>
        <translation>Non terminées</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_list.py" line="100" />
        <source>Cleared</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_list.py" line="101" />
        <source>Cleared or not</source>
        <translation>Terminées ou non</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_list.py" line="105" />
        <source>Contact, company or subject…</source>
        <translation>Contact, société ou objet…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_list.py" line="121" />
        <source>&amp;New activity…</source>
        <translation>&amp;Nouvelle activité…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_list.py" line="122" />
        <source>C&amp;lear…</source>
        <translation>&amp;Terminer…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_list.py" line="123" />
        <source>&amp;Reschedule…</source>
        <translation>Re&amp;planifier…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_list.py" line="124" />
        <source>&amp;Open contact</source>
        <translation>&amp;Ouvrir le contact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_list.py" line="125" />
        <source>Roll &amp;over to today</source>
        <translation>Reporter à au&amp;jourd'hui</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_list.py" line="126" />
        <source>E&amp;xport .ics…</source>
        <translation>E&amp;xporter en .ics…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_list.py" line="193" />
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_list.py" line="236" />
        <source>Loading activities</source>
        <translation>Chargement des activités</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/activities/task_list.py" line="250" />
        <source>%n activities</source>
        <translation><numerusform>%n activité</numerusform><numerusform>%n activités</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/activities/task_list.py" line="252" />
        <source>%n overdue</source>
        <translation><numerusform>%n en retard</numerusform><numerusform>%n en retard</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_list.py" line="258" />
        <location filename="../../desktop_crm/ui/activities/task_list.py" line="272" />
        <source>Task list</source>
        <translation>Liste des tâches</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_crm/ui/activities/task_list.py" line="301" />
        <source>%n activities moved to today</source>
        <translation><numerusform>%n activité reportée à aujourd'hui</numerusform><numerusform>%n activités reportées à aujourd'hui</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_list.py" line="309" />
        <source>Export to iCalendar</source>
        <translation>Exporter vers iCalendar</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_list.py" line="309" />
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <source>Only the activities of a group's contacts</source>
        <translation>Seulement les activités des contacts d'un groupe</translation>
    </message>
    <message numerus="yes">
        <source>%n activities exported</source>
        <translation><numerusform>%n activité exportée</numerusform><numerusform>%n activités exportées</numerusform></translation>
    </message>
<message>
        <location filename="../../desktop_crm/ui/activities/task_list.py" line="146" />
        <source>With overdue</source>
        <translation>Avec les retards</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_list.py" line="149" />
        <source>Also list the activities left undone before this period (in red)</source>
        <translation>Lister aussi les activités restées en retard avant cette période (en rouge)</translation>
    </message>
    <message><source>No activity matches these filters. Widen them (period, type, person…), or “New activity…” plans one.</source><translation>Aucune activité ne correspond à ces filtres. Élargissez-les (période, type, personne…), ou « Nouvelle activité… » en planifie une.</translation></message></context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../desktop_crm/ui/common/tasks.py" line="97" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_model.py" line="36" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_model.py" line="37" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_model.py" line="38" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_model.py" line="39" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_model.py" line="40" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_model.py" line="41" />
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_model.py" line="42" />
        <source>Regarding</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_model.py" line="43" />
        <source>Scheduled for</source>
        <translation>Planifiée pour</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/task_model.py" line="93" />
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
<message>
        <location filename="../../desktop_crm/ui/activities/task_model.py" line="109" />
        <source>%1 · overdue</source>
        <translation>%1 · en retard</translation>
    </message>
    </context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="108" />
        <source>Letter templates</source>
        <translation>Modèles de lettres</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="108" />
        <source>E-mail templates</source>
        <translation>Modèles d'e-mails</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="119" />
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="120" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="134" />
        <source>Plain-text part (left empty: made from the formatted text)</source>
        <translation>Partie texte brut (si vide : générée à partir du texte mis en forme)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="138" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="140" />
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="140" />
        <source>Subject line (Objet)</source>
        <translation>Ligne d'objet</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="153" />
        <source>Contact for the preview (lookup)</source>
        <translation>Contact pour l'aperçu (recherche)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="154" />
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="155" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="156" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="180" />
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="183" />
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="186" />
        <source>Underline</source>
        <translation>Souligné</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="190" />
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="191" />
        <source>Centre</source>
        <translation>Centré</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="192" />
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="193" />
        <source>Justify</source>
        <translation>Justifié</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="198" />
        <source>Insert field</source>
        <translation>Insérer un champ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="217" />
        <source>City for "Paris, le …"</source>
        <translation>Ville pour « Paris, le … »</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="221" />
        <source>Legal mentions: SIRET, capital, RCS…</source>
        <translation>Mentions légales : SIRET, capital, RCS…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="228" />
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="229" />
        <source>Closing</source>
        <translation>Formule de politesse</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="230" />
        <source>P.S.</source>
        <translation>P.-S.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="231" />
        <source>Footer</source>
        <translation>Pied de page</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="232" />
        <source>Logo file</source>
        <translation>Fichier du logo</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="233" />
        <source>Address block left / top</source>
        <translation>Bloc adresse gauche / haut</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="349" />
        <source>Delete the template "%1"?</source>
        <translation>Supprimer le modèle « %1 » ?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="369" />
        <source>No contact matches this lookup.</source>
        <translation>Aucun contact ne correspond à cette recherche.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="387" />
        <source>Preparing the preview</source>
        <translation>Préparation de l'aperçu</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="399" />
        <source>Preview: %1</source>
        <translation>Aperçu : %1</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="122" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="123" />
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="124" />
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="125" />
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="126" />
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="127" />
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="128" />
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="129" />
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="130" />
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="131" />
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="132" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="133" />
        <source>Full address (postal block)</source>
        <translation>Adresse complète (bloc postal)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="134" />
        <source>Address line 1</source>
        <translation>Ligne d'adresse 1</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="135" />
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="136" />
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="137" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="138" />
        <source>Salutation ("Madame Dupont,")</source>
        <translation>Formule d'appel (« Madame Dupont, »)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="139" />
        <source>Salutation without name ("Madame")</source>
        <translation>Formule d'appel sans nom (« Madame »)</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="140" />
        <source>Today's date</source>
        <translation>Date du jour</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="141" />
        <source>My name</source>
        <translation>Mon nom</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="142" />
        <source>My job title</source>
        <translation>Ma fonction</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="143" />
        <source>My e-mail</source>
        <translation>Mon e-mail</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="144" />
        <source>My phone</source>
        <translation>Mon téléphone</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="145" />
        <source>My signature</source>
        <translation>Ma signature</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="146" />
        <source>My company</source>
        <translation>Ma société</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="147" />
        <source>My company's address</source>
        <translation>Adresse de ma société</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
<message><source>Name:</source><translation>Nom :</translation></message><message><source>Place:</source><translation>Lieu :</translation></message><message><source>Closing:</source><translation>Formule de politesse :</translation></message><message><source>P.S.:</source><translation>P.-S. :</translation></message><message><source>Footer:</source><translation>Pied de page :</translation></message><message><source>Logo file:</source><translation>Fichier du logo :</translation></message><message><source>Address block left / top:</source><translation>Bloc adresse gauche / haut :</translation></message><message><source>Subject:</source><translation>Objet :</translation></message><message><source>Subject line (Objet):</source><translation>Ligne d'objet :</translation></message></context>
<context>
    <name>TemplateListModel</name>
    <message>
        <location filename="../../desktop_crm/ui/printing/template_editor.py" line="84" />
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message>
        <location filename="dynamic_strings.py" line="75" />
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="76" />
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="77" />
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="78" />
        <source>Thu</source>
        <translation>Jeu</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="79" />
        <source>Fri</source>
        <translation>Ven</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="80" />
        <source>Sat</source>
        <translation>Sam</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="81" />
        <source>Sun</source>
        <translation>Dim</translation>
    </message>
<message>
        <location filename="../../desktop_crm/ui/activities/calendar_time_grid.py" line="361" />
        <source>+%1 more</source>
        <translation>+%1 autres</translation>
    </message>
    </context>
<context>
    <name>TriggerScheduler</name>
    <message>
        <location filename="../../desktop_crm/ui/activities/triggers.py" line="48" />
        <source>Starting due activity series</source>
        <translation>Démarrage des séries d'activités arrivées à échéance</translation>
    </message>
</context>
<context>
    <name>_GridBase</name>
    <message>
        <location filename="../../desktop_crm/ui/activities/calendar_grid.py" line="83" />
        <source>Open activity…</source>
        <translation>Ouvrir l'activité…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/calendar_grid.py" line="87" />
        <source>Open contact</source>
        <translation>Ouvrir le contact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/calendar_grid.py" line="91" />
        <source>Clear activity…</source>
        <translation>Terminer l'activité…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/calendar_grid.py" line="97" />
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The computer ran out of memory: nothing was saved. Close other programs and try again with a smaller selection.</source>
        <translation>L'ordinateur manque de mémoire : rien n'a été enregistré. Fermez d'autres programmes et réessayez avec une sélection plus petite.</translation>
    </message>
    <message>
        <source>The system refused the operation ({0}): nothing was saved. Check the disk and the file's permissions, then try again.</source>
        <translation>Le système a refusé l'opération ({0}) : rien n'a été enregistré. Vérifiez le disque et les droits du fichier, puis réessayez.</translation>
    </message>
    <message>
        <source>The operation stopped on an internal fault ({0}: {1}); nothing was saved. Please report it with the log file.</source>
        <translation>L'opération s'est arrêtée sur une erreur interne ({0} : {1}) ; rien n'a été enregistré. Signalez-la avec le fichier journal.</translation>
    </message>
</context>
<context>
    <name>GroupTree</name>
    <message>
        <source>Dynamic group: {0}</source>
        <translation>Groupe dynamique : {0}</translation>
    </message>
    <message>
        <source>Static group</source>
        <translation>Groupe statique</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>A group cannot become a subgroup of itself or of its subgroups.</source>
        <translation>Un groupe ne peut pas devenir un sous-groupe de lui-même ni de ses sous-groupes.</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Add to a group…</source>
        <translation>Ajouter à un groupe…</translation>
    </message>
    <message>
        <source>Remove from the group</source>
        <translation>Retirer du groupe</translation>
    </message>
    <message>
        <source>dynamic</source>
        <translation>dynamique</translation>
    </message>
    <message>
        <source>static</source>
        <translation>statique</translation>
    </message>
</context>
<context>
    <name>GroupsView</name>
    <message numerus="yes">
        <source>Add the %n contact(s) of the companies in this group to its members?</source>
        <translation><numerusform>Ajouter aux membres le contact des sociétés de ce groupe ?</numerusform><numerusform>Ajouter aux membres les %n contacts des sociétés de ce groupe ?</numerusform></translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>New subgroup</source>
        <translation>Nouveau sous-groupe</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Edit query…</source>
        <translation>Modifier la requête…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add selected contacts</source>
        <translation>Ajouter les contacts sélectionnés</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Retirer du groupe</translation>
    </message>
    <message>
        <source>Contacts of the companies</source>
        <translation>Contacts des sociétés</translation>
    </message>
    <message>
        <source>Add the contacts of the companies in this group to its members</source>
        <translation>Ajouter aux membres les contacts des sociétés de ce groupe</translation>
    </message>
    <message>
        <source>Notes about this group…</source>
        <translation>Notes sur ce groupe…</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Enregistrer les notes</translation>
    </message>
    <message>
        <source>Include the members of its subgroups</source>
        <translation>Inclure les membres de ses sous-groupes</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>Query:</source>
        <translation>Requête :</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>Effectifs :</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Regarding</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>No group selected</source>
        <translation>Aucun groupe sélectionné</translation>
    </message>
    <message>
        <source>Create a group with “New group”, or drag contacts onto a group.</source>
        <translation>Créez un groupe avec « Nouveau groupe », ou glissez des contacts sur un groupe.</translation>
    </message>
    <message>
        <source>Dynamic group: its members are whoever the query finds when it is used.</source>
        <translation>Groupe dynamique : ses membres sont ceux que la requête trouve au moment où il sert.</translation>
    </message>
    <message>
        <source>Static group: members added by hand.</source>
        <translation>Groupe statique : membres ajoutés à la main.</translation>
    </message>
    <message>
        <source>(none: a static group)</source>
        <translation>(aucune : groupe statique)</translation>
    </message>
    <message>
        <source>{0} members · {1} pinned · {2} excluded · {3} companies</source>
        <translation>{0} membres · {1} ajoutés à la main · {2} exclus · {3} sociétés</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Name of the group:</source>
        <translation>Nom du groupe :</translation>
    </message>
    <message>
        <source>New name of the group:</source>
        <translation>Nouveau nom du groupe :</translation>
    </message>
    <message>
        <source>Delete the group</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <source>Delete the group “{0}” and its subgroups? The contacts stay in the database; only the group goes.</source>
        <translation>Supprimer le groupe « {0} » et ses sous-groupes ? Les contacts restent dans la base ; seul le groupe disparaît.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) added to the group</source>
        <translation><numerusform>%n contact ajouté au groupe</numerusform><numerusform>%n contacts ajoutés au groupe</numerusform></translation>
    </message>
    <message>
        <source>Add contacts</source>
        <translation>Ajouter des contacts</translation>
    </message>
    <message>
        <source>Select contacts in the contact list first (or drag them onto a group).</source>
        <translation>Sélectionnez d'abord des contacts dans la liste (ou glissez-les sur un groupe).</translation>
    </message>
    <message>
        <source>No company of this group has contacts.</source>
        <translation>Aucune société de ce groupe n'a de contacts.</translation>
    </message>
<message><source>Phoning session…</source><translation>Session d'appels…</translation></message><message><source>No contact matches this group's query.</source><translation>Aucun contact ne correspond à la requête de ce groupe.</translation></message><message><source>This group has no member. Drag contacts from the contact list onto the group, or use “Add to a group…” on a contact.</source><translation>Ce groupe n'a aucun membre. Faites glisser des contacts de la liste des contacts sur le groupe, ou utilisez « Ajouter à un groupe… » sur un contact.</translation></message><message><source>Nothing sent to this group yet. Letters, e-mails and labels made for its members are listed here, with the day and the number of contacts.</source><translation>Rien n'a encore été envoyé à ce groupe. Les lettres, e-mails et étiquettes faits pour ses membres s'affichent ici, avec la date et le nombre de contacts.</translation></message><message><source>As saved: {0}</source><translation>Tel qu'enregistré : {0}</translation></message></context>
<context>
    <name>GroupDialogs</name>
    <message>
        <source>(every contact)</source>
        <translation>(tous les contacts)</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(premier niveau)</translation>
    </message>
    <message>
        <source>Add to a group</source>
        <translation>Ajouter à un groupe</translation>
    </message>
    <message>
        <source>Choose the group:</source>
        <translation>Choisissez le groupe :</translation>
    </message>
    <message>
        <source>Dynamic: whoever the lookup finds when the group is used</source>
        <translation>Dynamique : ceux que la recherche trouve au moment où le groupe sert</translation>
    </message>
    <message>
        <source>Static: the contacts found now</source>
        <translation>Statique : les contacts trouvés maintenant</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>Nom du groupe :</translation>
    </message>
    <message>
        <source>Inside:</source>
        <translation>Dans :</translation>
    </message>
    <message>
        <source>Lookup:</source>
        <translation>Recherche :</translation>
    </message>
    <message>
        <source>Save this lookup as a group</source>
        <translation>Enregistrer cette recherche comme groupe</translation>
    </message>
</context>
<context>
    <name>QueryBuilder</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>since</source>
        <translation>depuis</translation>
    </message>
    <message>
        <source>has</source>
        <translation>a</translation>
    </message>
    <message>
        <source>has no</source>
        <translation>n'a pas</translation>
    </message>
    <message>
        <source>The rows cannot show “not” before this condition: edit the query as text.</source>
        <translation>Les lignes ne savent pas montrer « not » devant cette condition : modifiez la requête en texte.</translation>
    </message>
    <message>
        <source>+ ( Group )</source>
        <translation>+ ( Groupe )</translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation>+ Condition</translation>
    </message>
    <message>
        <source>&lt;b&gt;As text&lt;/b&gt; (the same query, editable)</source>
        <translation>&lt;b&gt;En texte&lt;/b&gt; (la même requête, modifiable)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conditions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Conditions&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All of these (AND)</source>
        <translation>Toutes ces conditions (ET)</translation>
    </message>
    <message>
        <source>Any of these (OR)</source>
        <translation>L'une de ces conditions (OU)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>Found by the lookup</source>
        <translation>Trouvé par la recherche</translation>
    </message>
    <message>
        <source>Has an open activity</source>
        <translation>A une activité en cours</translation>
    </message>
    <message>
        <source>Has an opportunity (stage)</source>
        <translation>A une affaire (étape)</translation>
    </message>
    <message>
        <source>Loading the fields…</source>
        <translation>Chargement des champs…</translation>
    </message>
    <message>
        <source>Match:</source>
        <translation>Correspondre à :</translation>
    </message>
    <message>
        <source>Member of the group</source>
        <translation>Membre du groupe</translation>
    </message>
    <message>
        <source>No condition yet.</source>
        <translation>Aucune condition pour l'instant.</translation>
    </message>
    <message>
        <source>Query builder</source>
        <translation>Générateur de requêtes</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Retirer cette condition</translation>
    </message>
    <message>
        <source>Remove this group of conditions</source>
        <translation>Retirer ce groupe de conditions</translation>
    </message>
    <message>
        <source>The query has an error.</source>
        <translation>La requête contient une erreur.</translation>
    </message>
    <message>
        <source>after / more than</source>
        <translation>après / plus de</translation>
    </message>
    <message>
        <source>anniversary within the next</source>
        <translation>anniversaire dans les prochains</translation>
    </message>
    <message>
        <source>before / less than</source>
        <translation>avant / moins de</translation>
    </message>
    <message>
        <source>between</source>
        <translation>entre</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>differs from</source>
        <translation>différent de</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>égal à</translation>
    </message>
    <message>
        <source>from</source>
        <translation>à partir de</translation>
    </message>
    <message>
        <source>in the last</source>
        <translation>dans les derniers</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>n'est pas vide</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>est l'un de</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>older than</source>
        <translation>il y a plus de</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>commence par</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>jusqu'à</translation>
    </message>
    <message>
        <source>values separated by commas</source>
        <translation>valeurs séparées par des virgules</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>within the next</source>
        <translation>dans les prochains</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>e.g. city = "Lyon" and last_reach older than 6 months</source>
        <translation>ex. : city = "Lyon" and last_reach older than 6 months</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) match now</source>
        <translation><numerusform>%n contact correspond maintenant</numerusform><numerusform>%n contacts correspondent maintenant</numerusform></translation>
    </message>
</context>
<context>
    <name>GroupPicker</name>
    <message>
        <source>(all contacts / current lookup)</source>
        <translation>(tous les contacts / recherche en cours)</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n member(s) now</source>
        <translation><numerusform>%1 — %n membre actuellement</numerusform><numerusform>%1 — %n membres actuellement</numerusform></translation>
    </message>
    <message>
        <source>Dynamic: members are whoever matches its query today.</source>
        <translation>Dynamique : les membres sont ceux qui répondent à sa requête aujourd'hui.</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected contact(s)</source>
        <translation><numerusform>Le contact sélectionné</numerusform><numerusform>Les %n contacts sélectionnés</numerusform></translation>
    </message>
    <message>
        <source>The current lookup "%1"</source>
        <translation>La recherche en cours « %1 »</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
</context>
<context>
    <name>GroupChoiceDialog</name>
    <message>
        <source>&amp;Contacts:</source>
        <translation>&amp;Contacts :</translation>
    </message>
</context>
<context>
    <name>CustomFieldsBox</name>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
</context>
<context>
    <name>FieldsDialog</name>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Liste de choix</translation>
    </message>
    <message>
        <source>Yes/No</source>
        <translation>Oui/Non</translation>
    </message>
    <message>
        <source>User-defined fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Sociétés</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Fields of</source>
        <translation>Champs des</translation>
    </message>
    <message>
        <source>Remove the field '{0}' and its {1} values? This cannot be undone.</source>
        <translation>Supprimer le champ « {0} » et ses {1} valeurs ? Cette opération est irréversible.</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Edit field</source>
        <translation>Modifier le champ</translation>
    </message>
    <message>
        <source>New field</source>
        <translation>Nouveau champ</translation>
    </message>
    <message>
        <source>One choice per line</source>
        <translation>Un choix par ligne</translation>
    </message>
    <message>
        <source>Name (for queries and letters)</source>
        <translation>Nom (pour les requêtes et les courriers)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>A choice field needs at least one choice.</source>
        <translation>Un champ à choix doit avoir au moins un choix.</translation>
    </message>
<message><source>Name (for queries and letters):</source><translation>Nom (pour les requêtes et les courriers) :</translation></message><message><source>Label:</source><translation>Libellé :</translation></message><message><source>Type:</source><translation>Type :</translation></message><message><source>Choices:</source><translation>Choix :</translation></message></context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <source>The amount "%1" is not a number: type it like %2.</source>
        <translation>Le montant « %1 » n'est pas un nombre : tapez-le comme %2.</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Nouvelle opportunité</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact :</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Société :</translation>
    </message>
    <message>
        <source>&amp;Process:</source>
        <translation>&amp;Processus :</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>Ét&amp;ape :</translation>
    </message>
    <message>
        <source>Pro&amp;bability:</source>
        <translation>Pro&amp;babilité :</translation>
    </message>
    <message>
        <source>E&amp;xpected close:</source>
        <translation>Clôture &amp;prévue :</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise :</translation>
    </message>
    <message>
        <source>Record &amp;manager:</source>
        <translation>Res&amp;ponsable :</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>&amp;Recommandé par :</translation>
    </message>
    <message>
        <source>Co&amp;mpetitor:</source>
        <translation>Co&amp;ncurrent :</translation>
    </message>
    <message>
        <source>&amp;Add a product</source>
        <translation>&amp;Ajouter un produit</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Amount without product lines</source>
        <translation>Montant sans lignes de produits</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Montant :</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Regarding</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Notes and details</source>
        <translation>Notes et détails</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Close as &amp;won…</source>
        <translation>Clore comme &amp;gagnée…</translation>
    </message>
    <message>
        <source>Close as &amp;lost…</source>
        <translation>Clore comme &amp;perdue…</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Opportunity with %1</source>
        <translation>Opportunité avec %1</translation>
    </message>
    <message>
        <source>Opportunity: %1</source>
        <translation>Opportunité : %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>raison : %1</translation>
    </message>
    <message>
        <source>Amount: %1 · weighted (%2 %): %3</source>
        <translation>Montant : %1 · pondéré (%2 %) : %3</translation>
    </message>
    <message>
        <source>Opportunity changed by a colleague</source>
        <translation>Opportunité modifiée par un collègue</translation>
    </message>
    <message>
        <source>A colleague changed this opportunity since you opened it. Your changes were not saved: the card now shows their version.</source>
        <translation>Un collègue a modifié cette opportunité depuis que vous l'avez ouverte. Vos modifications n'ont pas été enregistrées : la fiche montre maintenant sa version.</translation>
    </message>
    <message>
        <source>Opportunity not saved</source>
        <translation>Opportunité non enregistrée</translation>
    </message>
<message><source>Source campai&amp;gn:</source><translation>Campagne d'&amp;origine :</translation></message><message><source>Amounts are hidden for your role</source><translation>Montants masqués pour votre rôle</translation></message><message><source>Amount: hidden for your role</source><translation>Montant : masqué pour votre rôle</translation></message><message><source>Closing as won records the sale's amount: ask a colleague.</source><translation>Clôturer comme gagnée enregistre le montant de la vente : demandez à un collègue.</translation></message></context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close as won</source>
        <translation>Clore comme gagnée</translation>
    </message>
    <message>
        <source>Close as lost</source>
        <translation>Clore comme perdue</translation>
    </message>
    <message>
        <source>Reason for the win:</source>
        <translation>Raison de gain :</translation>
    </message>
    <message>
        <source>Reason for the loss:</source>
        <translation>Raison de perte :</translation>
    </message>
    <message>
        <source>Competitor:</source>
        <translation>Concurrent :</translation>
    </message>
    <message>
        <source>Close the opportunity</source>
        <translation>Clore l'opportunité</translation>
    </message>
</context>
<context>
    <name>ContactField</name>
    <message>
        <source>Type a name to find a contact…</source>
        <translation>Tapez un nom pour trouver un contact…</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Aucun contact</translation>
    </message>
</context>
<context>
    <name>SalesProcessEditor</name>
    <message>
        <source>Sales processes</source>
        <translation>Processus de vente</translation>
    </message>
    <message>
        <source>New process…</source>
        <translation>Nouveau processus…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Days to close</source>
        <translation>Jours avant clôture</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Étape :</translation>
    </message>
    <message>
        <source>Probability:</source>
        <translation>Probabilité :</translation>
    </message>
    <message>
        <source>Days to close:</source>
        <translation>Jours avant clôture :</translation>
    </message>
    <message>
        <source>Add the stage</source>
        <translation>Ajouter l'étape</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>New process</source>
        <translation>Nouveau processus</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Rename the process</source>
        <translation>Renommer le processus</translation>
    </message>
</context>
<context>
    <name>PriceListEditor</name>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Liste de prix</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produit :</translation>
    </message>
    <message>
        <source>Family:</source>
        <translation>Famille :</translation>
    </message>
    <message>
        <source>Unit price:</source>
        <translation>Prix unitaire :</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Coût :</translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation>Ajouter comme nouveau</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Give a name, a unit price and a cost.</source>
        <translation>Indiquez un nom, un prix unitaire et un coût.</translation>
    </message>
</context>
<context>
    <name>OpportunityList</name>
    <message>
        <source>(deleted)</source>
        <translation>(supprimée)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>(every contact)</source>
        <translation>(tous les contacts)</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Search name, contact, company…</source>
        <translation>Chercher nom, contact, société…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>Processus :</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Étape :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>Responsable :</translation>
    </message>
    <message>
        <source>Close between</source>
        <translation>Clôture entre le</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et le</translation>
    </message>
    <message>
        <source>Amount from</source>
        <translation>Montant de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>toute date</translation>
    </message>
    <message>
        <source>All processes</source>
        <translation>Tous les processus</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(ies) · amount %1 · weighted %2</source>
        <translation><numerusform>%n opportunité · montant %1 · pondéré %2</numerusform><numerusform>%n opportunités · montant %1 · pondéré %2</numerusform></translation>
    </message>
    <message>
        <source>Open the opportunity…</source>
        <translation>Ouvrir l'opportunité…</translation>
    </message>
    <message>
        <source>Open the contact</source>
        <translation>Ouvrir le contact</translation>
    </message>
    <message>
        <source>Export opportunities</source>
        <translation>Exporter les opportunités</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(ies) exported to %1</source>
        <translation><numerusform>%n opportunité exportée vers %1</numerusform><numerusform>%n opportunités exportées vers %1</numerusform></translation>
    </message>
    <message>
        <source>Exporting opportunities…</source>
        <translation>Export des opportunités…</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Pondéré</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Clôture prévue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
<message><source>Opportunities: %1 · amounts hidden for your role</source><translation>Opportunités : %1 · montants masqués pour votre rôle</translation></message><message><source>No opportunity matches these filters. Widen them, or “New…” creates an opportunity.</source><translation>Aucune opportunité ne correspond à ces filtres. Élargissez-les, ou « Nouvelle… » crée une opportunité.</translation></message></context>
<context>
    <name>OpportunityLines</name>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Remise %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
<message><source>Discount</source><translation>Remise</translation></message></context>
<context>
    <name>Opportunities</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(ies) in %1 not included</source>
        <translation><numerusform>%n opportunité en %1 non comptée</numerusform><numerusform>%n opportunités en %1 non comptées</numerusform></translation>
    </message>
</context>
<context>
    <name>OpportunitiesView</name>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévisions</translation>
    </message>
    <message>
        <source>Coming in a next version.</source>
        <translation>Dans une prochaine version.</translation>
    </message>
</context>
<context>
    <name>OpportunitiesTab</name>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Clôture prévue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;New opportunity…</source>
        <translation>&amp;Nouvelle opportunité…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Close as &amp;won…</source>
        <translation>Clore comme &amp;gagnée…</translation>
    </message>
    <message>
        <source>Close as &amp;lost…</source>
        <translation>Clore comme &amp;perdue…</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Chart as &amp;image (PNG)…</source>
        <translation>Graphique en &amp;image (PNG)…</translation>
    </message>
    <message>
        <source>&amp;Data as spreadsheet (XLSX)…</source>
        <translation>&amp;Données en classeur (XLSX)…</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Export the data</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ChartFilters</name>
    <message>
        <source>All processes</source>
        <translation>Tous les processus</translation>
    </message>
    <message>
        <source>All record managers</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <source>&amp;Process:</source>
        <translation>&amp;Processus :</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>&amp;Close:</source>
        <translation>&amp;Clôture :</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <source>Any close date</source>
        <translation>Toutes dates de clôture</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>Next 3 months</source>
        <translation>3 prochains mois</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Next 12 months</source>
        <translation>12 prochains mois</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message numerus="yes">
        <source>%n opportunity(ies)</source>
        <translation><numerusform>%n opportunité</numerusform><numerusform>%n opportunités</numerusform></translation>
    </message>
    <message>
        <source>weighted %1</source>
        <translation>pondéré %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <source>Weighted: %1</source>
        <translation>Pondéré : %1</translation>
    </message>
    <message>
        <source>Click to list them.</source>
        <translation>Cliquer pour les lister.</translation>
    </message>
    <message>
        <source>No open opportunity in this process.</source>
        <translation>Aucune opportunité ouverte dans ce processus.</translation>
    </message>
</context>
<context>
    <name>PipelineTab</name>
    <message>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <source>Board by stage</source>
        <translation>Tableau par étape</translation>
    </message>
    <message>
        <source>Width by amount</source>
        <translation>Largeur selon le montant</translation>
    </message>
    <message>
        <source>Width by count</source>
        <translation>Largeur selon le nombre</translation>
    </message>
    <message>
        <source>pipeline</source>
        <translation>pipeline</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n open opportunity(ies) · %2 · weighted %3</source>
        <translation><numerusform>&lt;b&gt;%1&lt;/b&gt; : %n opportunité ouverte · %2 · pondéré %3</numerusform><numerusform>&lt;b&gt;%1&lt;/b&gt; : %n opportunités ouvertes · %2 · pondéré %3</numerusform></translation>
    </message>
    <message>
        <source>No sales process</source>
        <translation>Aucun processus de vente</translation>
    </message>
<message><source>&lt;b&gt;%1&lt;/b&gt;: open opportunities: %2 · amounts hidden for your role</source><translation>&lt;b&gt;%1&lt;/b&gt; : opportunités ouvertes : %2 · montants masqués pour votre rôle</translation></message>    <message>
        <source>Width: amount of the stage and the later ones</source>
        <translation>Largeur : montant de l’étape et des suivantes</translation>
    </message>
    <message>
        <source>Width: deals at the stage and the later ones</source>
        <translation>Largeur : affaires de l’étape et des suivantes</translation>
    </message>
    <message>
        <source>Each band is as wide as the deals that reached its stage: its own and those of the later stages. The figures written on a band are its stage's own.</source>
        <translation>Chaque bande est aussi large que les affaires arrivées à son étape : les siennes et celles des étapes suivantes. Les chiffres écrits sur une bande sont ceux de son étape seule.</translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Weighted amount</source>
        <translation>Montant pondéré</translation>
    </message>
    <message>
        <source>of which overdue (expected close passed)</source>
        <translation>dont en retard (clôture prévue dépassée)</translation>
    </message>
</context>
<context>
    <name>ForecastModel</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Weighted amount</source>
        <translation>Montant pondéré</translation>
    </message>
    <message numerus="yes">
        <source>of which %n overdue</source>
        <translation><numerusform>dont %n en retard</numerusform><numerusform>dont %n en retard</numerusform></translation>
    </message>
</context>
<context>
    <name>WonFigure</name>
    <message>
        <source>Won this month</source>
        <translation>Gagné ce mois-ci</translation>
    </message>
    <message>
        <source>against last month</source>
        <translation>par rapport au mois dernier</translation>
    </message>
    <message>
        <source>Won this quarter</source>
        <translation>Gagné ce trimestre</translation>
    </message>
    <message>
        <source>against last quarter</source>
        <translation>par rapport au trimestre dernier</translation>
    </message>
    <message>
        <source>Won this year</source>
        <translation>Gagné cette année</translation>
    </message>
    <message>
        <source>against last year</source>
        <translation>par rapport à l'an dernier</translation>
    </message>
    <message numerus="yes">
        <source>%n won</source>
        <translation><numerusform>%n gagnée</numerusform><numerusform>%n gagnées</numerusform></translation>
    </message>
</context>
<context>
    <name>ForecastTab</name>
    <message>
        <source>forecast</source>
        <translation>prévisions</translation>
    </message>
    <message numerus="yes">
        <source>12 months: %n opportunity(ies) · %1 · weighted %2</source>
        <translation><numerusform>12 mois : %n opportunité · %1 · pondéré %2</numerusform><numerusform>12 mois : %n opportunités · %1 · pondéré %2</numerusform></translation>
    </message>
<message><source>Your role does not see amounts: the forecast is not shown.</source><translation>Votre rôle ne voit pas les montants : les prévisions ne sont pas affichées.</translation></message>    <message numerus="yes">
        <source>%n open opportunity(ies) with an expected close already past (%1) counted in this month: update the date or close them.</source>
        <translation><numerusform>%n opportunité ouverte dont la clôture prévue est dépassée (%1), comptée dans ce mois : mettez sa date à jour ou clôturez-la.</numerusform><numerusform>%n opportunités ouvertes dont la clôture prévue est dépassée (%1), comptées dans ce mois : mettez leur date à jour ou clôturez-les.</numerusform></translation>
    </message>
</context>
<context>
    <name>KanbanBoard</name>
    <message numerus="yes">
        <source>%n opportunity(ies)</source>
        <translation><numerusform>%n opportunité</numerusform><numerusform>%n opportunités</numerusform></translation>
    </message>
    <message>
        <source>Total %1 · weighted %2</source>
        <translation>Total %1 · pondéré %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Won&lt;/b&gt;&lt;br&gt;Drop here to close as won</source>
        <translation>&lt;b&gt;Gagnée&lt;/b&gt;&lt;br&gt;Déposer ici pour la clore gagnée</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lost&lt;/b&gt;&lt;br&gt;Drop here to close as lost</source>
        <translation>&lt;b&gt;Perdue&lt;/b&gt;&lt;br&gt;Déposer ici pour la clore perdue</translation>
    </message>
<message><source>Amounts hidden for your role</source><translation>Montants masqués pour votre rôle</translation></message></context>
<context><name>SeriesStartedNotice</name><message>
        <location filename="dynamic_strings.py" line="483" />
        <source>Activity series started</source>
        <translation>Séries d'activités démarrées</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="484" />
        <source>&amp;Open the contact</source>
        <translation>&amp;Ouvrir le contact</translation>
    </message>
    <message>
        <location filename="dynamic_strings.py" line="485" />
        <source>{0} — {1}: {2}</source>
        <translation>{0} — {1} : {2}</translation>
    </message>
    <message numerus="yes">
        <location filename="dynamic_strings.py" line="486" />
        <source>%n automatic series started.</source>
        <translation><numerusform>%n série automatique démarrée.</numerusform><numerusform>%n séries automatiques démarrées.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="dynamic_strings.py" line="487" />
        <source>%n step(s) recorded as skipped: their date had passed when the series started, or the contact refuses that channel (NPAI, do not mail, objection…).</source>
        <translation><numerusform>%n étape notée comme sautée : sa date était passée quand la série a démarré, ou le contact refuse ce canal (NPAI, pas de courrier, opposition…).</numerusform><numerusform>%n étapes notées comme sautées : leur date était passée quand la série a démarré, ou le contact refuse ce canal (NPAI, pas de courrier, opposition…).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="dynamic_strings.py" line="494" />
        <source>%n step(s) planned</source>
        <translation><numerusform>%n étape planifiée</numerusform><numerusform>%n étapes planifiées</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="dynamic_strings.py" line="495" />
        <source>%n skipped</source>
        <translation><numerusform>%n sautée</numerusform><numerusform>%n sautées</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="dynamic_strings.py" line="496" />
        <source>… and %n more</source>
        <translation><numerusform>… et %n autre</numerusform><numerusform>… et %n autres</numerusform></translation>
    </message>
</context><context>
    <name>PdfPreview</name>
    <message>
        <source>No PDF viewer</source>
        <translation>Aucun lecteur PDF</translation>
    </message>
    <message>
        <source>No PDF viewer is installed on this computer, so the file could not be opened. The preview in Desktop CRM shows it; the file is kept at:
%1</source>
        <translation>Aucun lecteur PDF n'est installé sur cet ordinateur : le fichier n'a pas pu être ouvert. L'aperçu de Desktop CRM le montre ; le fichier est conservé ici :
%1</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>Page </translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>Ouvrir dans le lecteur PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Page </source>
        <translation>Page </translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>Ouvrir dans le lecteur PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>skipped for: %1</source>
        <translation>ignorée pour : %1</translation>
    </message>
    <message>
        <source>skipped by you</source>
        <translation>ignorée à votre demande</translation>
    </message>
    <message>
        <source>contact #%1 %2</source>
        <translation>contact n° %1 %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>same e-mail as %1</source>
        <translation>même e-mail que %1</translation>
    </message>
    <message>
        <source>same company, name and phone as %1</source>
        <translation>même société, nom et téléphone que %1</translation>
    </message>
    <message>
        <source>empty row</source>
        <translation>ligne vide</translation>
    </message>
<message><source>skipped: this card describes a group of contacts; its members are imported from their own cards</source><translation>ignorée : cette fiche décrit un groupe de contacts ; ses membres sont importés depuis leurs propres fiches</translation></message><message><source>added to the groups %1</source><translation>ajouté aux groupes %1</translation></message><message><source>skipped: company #%1 already has this name</source><translation>ignorée : la société n° %1 porte déjà ce nom</translation></message><message><source>skipped: an earlier card of the file has this name</source><translation>ignorée : une fiche précédente du fichier porte ce nom</translation></message><message><source>created as company #%1 (the card describes an organisation)</source><translation>créée comme société n° %1 (la fiche décrit une organisation)</translation></message><message><source>on the suppression list: stays objected for %1</source><translation>sur la liste d'opposition : reste en opposition pour %1</translation></message></context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Fichiers de type :</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Disque</translation>
    </message>
</context>
<context>
    <name>CompanyContacts</name>
    <message>
        <location filename="../../desktop_crm/ui/companies/view.py" line="109" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>OverflowList</name>
    <message>
        <location filename="../../desktop_crm/ui/activities/calendar_overflow.py" line="44" />
        <source>%1 activities</source>
        <translation>%1 activités</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/calendar_overflow.py" line="60" />
        <source>&amp;Open activity…</source>
        <translation>&amp;Ouvrir l'activité…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/calendar_overflow.py" line="61" />
        <source>Open &amp;contact</source>
        <translation>Ouvrir la &amp;fiche</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/activities/calendar_overflow.py" line="68" />
        <source>Double-click an activity to open it.</source>
        <translation>Double-cliquez sur une activité pour l'ouvrir.</translation>
    </message>
</context>
<context><name>ClientsModel</name><message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>Previous revenue</source>
        <translation>CA préc.</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>P−R</source>
        <translation>P−R</translation>
    </message>
    <message>
        <source>R/P</source>
        <translation>R/P</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Previous contacts</source>
        <translation>Contacts préc.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Dernier achat</translation>
    </message>
</context><context><name>Targeting</name><message>
        <source>ABC / 20-80</source>
        <translation>ABC / 20-80</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Cannot be computed</source>
        <translation>Non calculable</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <source>Change in revenue divided by change in contacts against the previous period.
1 or more: revenue follows the contacts; 0 or less: more contacts did not sell more.</source>
        <translation>Évolution du CA divisée par l'évolution des contacts, par rapport à la période précédente.
1 ou plus : le CA suit les contacts ; 0 ou moins : plus de contacts n'ont pas fait vendre plus.</translation>
    </message>
    <message>
        <source>Clients cut into four groups of equal size by revenue, with the bounds of each.
Q4 is the top quarter; compare what each quarter weighs in the total.</source>
        <translation>Clients répartis par CA en quatre groupes de même taille, avec les bornes de chacun.
Q4 est le quart supérieur ; comparez le poids de chaque quart dans le total.</translation>
    </message>
    <message>
        <source>Clients sorted by revenue: A make the first 80 % of it, B the next 15 %, C the rest.
Look after the A clients first; the curve shows how concentrated sales are.</source>
        <translation>Clients classés par CA : les A font les premiers 80 % du CA, les B les 15 % suivants, les C le reste.
Soignez d'abord les A ; la courbe montre à quel point les ventes sont concentrées.</translation>
    </message>
    <message>
        <source>Clients with no call reached, no meeting and no purchase for 6 months before the end of the period.
They are the ones to call back before they go elsewhere.</source>
        <translation>Clients sans appel abouti, sans rendez-vous et sans achat depuis 6 mois à la fin de la période.
Ce sont eux qu'il faut rappeler avant qu'ils n'aillent voir ailleurs.</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Vieillissement</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>En sommeil</translation>
    </message>
    <message>
        <source>Each client by contacts made (across) and revenue (up), split at the medians.
Skeletons: little of both; contact-eaters: many contacts for little revenue; cash cows and golden geese bring the revenue.</source>
        <translation>Chaque client selon les contacts pris (en largeur) et le CA (en hauteur), coupés aux médianes.
Squelettes : peu des deux ; Contactivores : beaucoup de contacts pour peu de CA ; Vaches à lait et Poules aux œufs d'or font le CA.</translation>
    </message>
    <message>
        <source>Elasticity to contacts</source>
        <translation>Élasticité aux contacts</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Croissance</translation>
    </message>
    <message>
        <source>Inactive clients</source>
        <translation>Clients inactifs</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Insensitive</source>
        <translation>Insensible</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdus</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Fidèles</translation>
    </message>
    <message>
        <source>Maturity phase</source>
        <translation>Phase de maturité</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Maturité</translation>
    </message>
    <message>
        <source>Never bought</source>
        <translation>Jamais acheté</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>No P given</source>
        <translation>P non renseigné</translation>
    </message>
    <message>
        <source>No purchase</source>
        <translation>Aucun achat</translation>
    </message>
    <message>
        <source>Not enough history</source>
        <translation>Historique insuffisant</translation>
    </message>
    <message>
        <source>Potential P (a number field) against revenue R; below the diagonal there is room to grow.
The list is sorted by P−R: the biggest gap between what a client could and does buy comes first.</source>
        <translation>Potentiel P (un champ nombre) face au CA réalisé R ; sous la diagonale, il reste de la marge.
La liste est triée par P−R : le plus grand écart entre ce que le client pourrait acheter et ce qu'il achète vient en tête.</translation>
    </message>
    <message>
        <source>Potential against revenue (P−R)</source>
        <translation>Potentiel et CA réalisé (P−R)</translation>
    </message>
    <message>
        <source>Potential reached</source>
        <translation>Potentiel atteint</translation>
    </message>
    <message>
        <source>Profitability quadrants</source>
        <translation>Quadrants de rentabilité</translation>
    </message>
    <message>
        <source>Quartiles of revenue</source>
        <translation>Interquartiles du CA</translation>
    </message>
    <message>
        <source>RFM (recency, frequency, amount)</source>
        <translation>RFM (récence, fréquence, montant)</translation>
    </message>
    <message>
        <source>Recency of the last purchase, number of purchases and amount, each scored 1 to 5 by quintile.
The grid crosses recency and frequency; the colour is the segment.</source>
        <translation>Récence du dernier achat, nombre d'achats et montant, notés chacun de 1 à 5 par quintile.
La grille croise récence et fréquence ; la couleur donne le segment.</translation>
    </message>
    <message>
        <source>Room to grow</source>
        <translation>Marge de progression</translation>
    </message>
    <message>
        <source>Sensitive to contacts</source>
        <translation>Sensible aux contacts</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>The trend of yearly revenue over four years: start, growth, maturity or decline.
One year of history is not enough to tell; adapt the contacts to each phase.</source>
        <translation>La tendance du CA annuel sur quatre ans : démarrage, croissance, maturité ou vieillissement.
Une seule année d'historique ne suffit pas ; adaptez les contacts à chaque phase.</translation>
    </message>
    <message>
        <source>To follow</source>
        <translation>À suivre</translation>
    </message>
    <message>
        <source>Weakly sensitive</source>
        <translation>Peu sensible</translation>
    </message>
</context><context><name>TargetingChart</name><message>
        <source>Change in contacts (%)</source>
        <translation>Évolution des contacts (%)</translation>
    </message>
    <message>
        <source>Change in revenue (%)</source>
        <translation>Évolution du CA (%)</translation>
    </message>
    <message>
        <source>Clients by revenue (rank)</source>
        <translation>Clients classés par CA (rang)</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Contacts made in the period</source>
        <translation>Contacts pris sur la période</translation>
    </message>
    <message>
        <source>Cumulative share of revenue (%)</source>
        <translation>Part cumulée du CA (%)</translation>
    </message>
    <message>
        <source>Frequency score</source>
        <translation>Score de fréquence</translation>
    </message>
    <message>
        <source>Potential P</source>
        <translation>Potentiel P</translation>
    </message>
    <message>
        <source>Quartile (bounds)</source>
        <translation>Quartile (bornes)</translation>
    </message>
    <message>
        <source>R = P</source>
        <translation>R = P</translation>
    </message>
    <message>
        <source>Recency score (5 = most recent)</source>
        <translation>Score de récence (5 = le plus récent)</translation>
    </message>
    <message>
        <source>Revenue R</source>
        <translation>CA réalisé R</translation>
    </message>
    <message>
        <source>Revenue of the period</source>
        <translation>CA de la période</translation>
    </message>
    <message>
        <source>Revenue of the quartile</source>
        <translation>CA du quartile</translation>
    </message>
</context><context><name>TargetingView</name><message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Save as group…</source>
        <translation>Enregistrer comme groupe…</translation>
    </message>
    <message>
        <source>targeting</source>
        <translation>ciblage</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Méthode :</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Population:</source>
        <translation>Population :</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Groupe : %1</translation>
    </message>
    <message>
        <source>%1 clients · revenue %2 · period %3</source>
        <translation>%1 clients · CA %2 · période %3</translation>
    </message>
    <message>
        <source>Shown: %1 (%2 clients)</source>
        <translation>Affichés : %1 (%2 clients)</translation>
    </message>
    <message>
        <source>Shown: recency %1, frequency %2 (%3 clients)</source>
        <translation>Affichés : récence %1, fréquence %2 (%3 clients)</translation>
    </message>
    <message>
        <source>All clients of the analysis (%2)</source>
        <translation>Tous les clients de l'analyse (%2)</translation>
    </message>
    <message>
        <source>Save as group</source>
        <translation>Enregistrer comme groupe</translation>
    </message>
    <message>
        <source>Which class?</source>
        <translation>Quelle classe ?</translation>
    </message>
    <message>
        <source>Name of the dynamic group:</source>
        <translation>Nom du groupe dynamique :</translation>
    </message>
    <message>
        <source>Dynamic group “%1” created.</source>
        <translation>Groupe dynamique « %1 » créé.</translation>
    </message>
<message><source>Your role does not see amounts: the targeting analysis is not shown.</source><translation>Votre rôle ne voit pas les montants : l'analyse de ciblage n'est pas affichée.</translation></message></context>
<context><name>CampaignPicker</name><message><source>(none)</source><translation>(aucune)</translation></message><message><source>Run this for a campaign: each contact becomes one of its targets, and the history entries name the campaign.</source><translation>Faire cet envoi pour une campagne : chaque contact devient une de ses cibles et l'historique nomme la campagne.</translation></message><message><source>C&amp;ampaign:</source><translation>C&amp;ampagne :</translation></message></context><context><name>SessionTargetDialog</name><message><source>Phoning session</source><translation>Session d'appels</translation></message><message><source>A &amp;campaign's targets</source><translation>Les cibles d'une &amp;campagne</translation></message><message><source>A &amp;group's members</source><translation>Les membres d'un &amp;groupe</translation></message><message><source>&amp;Start</source><translation>&amp;Commencer</translation></message></context><context><name>PhoningEntry</name><message><source>&amp;Phoning session…</source><translation>Session d'&amp;appels…</translation></message><message><source>&amp;Response to a campaign…</source><translation>&amp;Réponse à une campagne…</translation></message></context><context><name>CampaignResponse</name><message><source>Replied</source><translation>A répondu</translation></message><message><source>Interested</source><translation>Intéressé</translation></message><message><source>Meeting set</source><translation>Rendez-vous pris</translation></message><message><source>Not interested</source><translation>Pas intéressé</translation></message><message><source>Unsubscribed (no more e-mails)</source><translation>Désabonné (plus d'e-mails)</translation></message><message><source>Response to a campaign</source><translation>Réponse à une campagne</translation></message><message><source>Open or select a contact first.</source><translation>Ouvrez ou sélectionnez d'abord un contact.</translation></message><message><source>This response was already recorded: nothing changed.</source><translation>Cette réponse était déjà enregistrée : rien n'a changé.</translation></message><message><source>There is no campaign yet: create one first.</source><translation>Il n'y a encore aucune campagne : créez-en une d'abord.</translation></message></context><context><name>ResponseDialog</name><message><source>Response to a campaign</source><translation>Réponse à une campagne</translation></message><message><source>&amp;Campaign:</source><translation>&amp;Campagne :</translation></message><message><source>&amp;Response:</source><translation>&amp;Réponse :</translation></message><message><source>&amp;Date:</source><translation>&amp;Date :</translation></message><message><source>&amp;Note:</source><translation>&amp;Note :</translation></message></context><context><name>PhoningSession</name><message><source>Reached – interested</source><translation>Joint – intéressé</translation></message><message><source>Meeting set</source><translation>Rendez-vous pris</translation></message><message><source>Not interested</source><translation>Pas intéressé</translation></message><message><source>No answer</source><translation>Pas de réponse</translation></message><message><source>Call back</source><translation>À rappeler</translation></message><message><source>Left a message</source><translation>Message laissé</translation></message><message><source>Wrong number</source><translation>Mauvais numéro</translation></message><message><source>Do not call</source><translation>Ne pas appeler</translation></message><message><source>Opted out of phone calls</source><translation>Opposé au démarchage téléphonique</translation></message><message><source>On the suppression list</source><translation>Sur la liste d'opposition</translation></message><message><source>No phone number</source><translation>Aucun numéro de téléphone</translation></message><message><source>Passed (S)</source><translation>Passé (S)</translation></message><message><source>Business</source><translation>Bureau</translation></message><message><source>Mobile</source><translation>Mobile</translation></message><message><source>Home</source><translation>Domicile</translation></message><message><source>Phoning session</source><translation>Session d'appels</translation></message><message><source>Loading the contacts…</source><translation>Chargement des contacts…</translation></message><message><source>Note for this call (Tab to type, Enter to go back to the keys)</source><translation>Note sur cet appel (Tab pour écrire, Entrée pour revenir aux touches)</translation></message><message><source>&lt;b&gt;Last history&lt;/b&gt;</source><translation>&lt;b&gt;Dernier historique&lt;/b&gt;</translation></message><message><source>&lt;b&gt;Notes&lt;/b&gt;</source><translation>&lt;b&gt;Notes&lt;/b&gt;</translation></message><message><source>&lt;b&gt;Log the call with one key&lt;/b&gt;</source><translation>&lt;b&gt;Noter l'appel d'une touche&lt;/b&gt;</translation></message><message><source>N / Space  Next</source><translation>N / Espace  Suivant</translation></message><message><source>S  Pass this contact</source><translation>S  Passer ce contact</translation></message><message><source>P  Previous</source><translation>P  Précédent</translation></message><message><source>D  Dial</source><translation>D  Composer</translation></message><message><source>Contact</source><translation>Contact</translation></message><message><source>Left out because</source><translation>Écarté car</translation></message><message><source>Close</source><translation>Fermer</translation></message><message><source>Keys: 1–7 log the call · N or Space next · S pass · P previous · D dial</source><translation>Touches : 1–7 notent l'appel · N ou Espace suivant · S passer · P précédent · D composer</translation></message><message><source>This session cannot start</source><translation>Cette session ne peut pas commencer</translation></message><message><source>Phoning: %1</source><translation>Appels : %1</translation></message><message><source>Phoning session – %1</source><translation>Session d'appels – %1</translation></message><message><source>&lt;b&gt;Not called (%1)&lt;/b&gt;</source><translation>&lt;b&gt;Non appelés (%1)&lt;/b&gt;</translation></message><message><source>Every contact of this session was called.</source><translation>Tous les contacts de cette session ont été appelés.</translation></message><message><source>Nobody to call: every contact is left out.</source><translation>Personne à appeler : tous les contacts sont écartés.</translation></message><message><source>Press Home to start again from the first one.</source><translation>Appuyez sur Début pour reprendre au premier.</translation></message><message><source>E-mail: %1</source><translation>E-mail : %1</translation></message><message><source>Status: %1</source><translation>Statut : %1</translation></message><message><source>Last reach: %1 · last attempt: %2</source><translation>Dernier contact joint : %1 · dernière tentative : %2</translation></message><message><source>No history yet.</source><translation>Aucun historique pour l'instant.</translation></message><message><source>No notes.</source><translation>Aucune note.</translation></message><message><source> ext. %1</source><translation> poste %1</translation></message><message><source>Dial this number</source><translation>Composer ce numéro</translation></message><message><source>Dialling %1…</source><translation>Appel du %1…</translation></message><message><source>Logged: %1 – %2</source><translation>Noté : %1 – %2</translation></message><message><source>Passed: %1</source><translation>Passé : %1</translation></message><message><source>In this campaign: %1</source><translation>Dans cette campagne : %1</translation></message><message><source>targeted, not contacted yet</source><translation>ciblé, pas encore contacté</translation></message><message><source>contacted, no answer yet</source><translation>contacté, sans réponse pour l'instant</translation></message><message><source>replied</source><translation>a répondu</translation></message><message><source>interested</source><translation>intéressé</translation></message><message><source>meeting set</source><translation>rendez-vous pris</translation></message><message><source>not interested</source><translation>pas intéressé</translation></message><message><source>unsubscribed</source><translation>désabonné</translation></message><message><source>Erased at their request (RGPD)</source><translation>Effacé à sa demande (RGPD)</translation></message></context><context><name>Privacy</name><message><source>ERASE</source><translation>EFFACER</translation></message><message><source>contact record</source><translation>fiche contact</translation></message><message><source>history entries</source><translation>entrées d'historique</translation></message><message><source>notes</source><translation>notes</translation></message><message><source>activities</source><translation>activités</translation></message><message><source>activity attendances</source><translation>participations à des activités</translation></message><message><source>activity series</source><translation>séries d'activités</translation></message><message><source>opportunities</source><translation>opportunités</translation></message><message><source>opportunity lines</source><translation>lignes d'opportunité</translation></message><message><source>purchases</source><translation>achats</translation></message><message><source>group memberships</source><translation>appartenances à des groupes</translation></message><message><source>campaign targets</source><translation>cibles de campagne</translation></message><message><source>consent records</source><translation>consentements</translation></message><message><source>user-defined field values</source><translation>valeurs de champs personnalisés</translation></message><message><source>import log entries</source><translation>entrées du journal d'import</translation></message><message><source>merge snapshots</source><translation>instantanés de fusion</translation></message><message><source>not-duplicate marks</source><translation>marques « pas un doublon »</translation></message><message><source>Erase this contact</source><translation>Effacer ce contact</translation></message><message><source>Loading…</source><translation>Chargement…</translation></message><message><source>Erasing cannot be undone. The person, their history, notes, activities, consent records and every text naming them are removed from the database for good; there is no copy to restore them from. Their e-mail addresses and phone numbers go on the suppression list (as hashes), so a later import cannot bring them back. Opportunities and purchases keep their amounts, without the person. Backups made before now still hold the data.</source><translation>L'effacement est irréversible. La personne, son historique, ses notes, ses activités, ses consentements et tous les textes qui la nomment sont supprimés définitivement de la base ; aucune copie ne permet de les restaurer. Ses adresses e-mail et numéros de téléphone sont placés sur la liste d'opposition (sous forme d'empreintes), pour qu'un import ultérieur ne puisse pas les faire revenir. Les opportunités et les achats gardent leurs montants, sans la personne. Les sauvegardes faites avant maintenant contiennent encore ses données.</translation></message><message><source>e.g. request by letter of 12/11, retention</source><translation>ex. : demande par courrier du 12/11, durée de conservation</translation></message><message><source>Reason (kept in the erasure record):</source><translation>Motif (conservé dans le registre d'effacement) :</translation></message><message><source>Erase for good</source><translation>Effacer définitivement</translation></message><message><source>Type %1 to confirm:</source><translation>Tapez %1 pour confirmer :</translation></message><message><source>Erase %1 for good</source><translation>Effacer définitivement %1</translation></message><message><source>Deleted: %1.</source><translation>Supprimé : %1.</translation></message><message><source>Put on the suppression list: %1 address(es) and phone number(s).</source><translation>Placé sur la liste d'opposition : %1 adresse(s) et numéro(s) de téléphone.</translation></message><message><source>Kept without the person: %1.</source><translation>Conservé sans la personne : %1.</translation></message><message><source>Export this contact's data</source><translation>Exporter les données de ce contact</translation></message><message><source>Processing register</source><translation>Registre des traitements</translation></message><message><source>JSON file (*.json)</source><translation>Fichier JSON (*.json)</translation></message><message><source>processing-register.pdf</source><translation>registre-des-traitements.pdf</translation></message><message><source>PDF document (*.pdf)</source><translation>Document PDF (*.pdf)</translation></message><message><source>Pri&amp;vacy</source><translation>Confi&amp;dentialité</translation></message><message><source>Open or select a contact in the Contacts view first.</source><translation>Ouvrez ou sélectionnez d'abord un contact dans la vue Contacts.</translation></message><message><source>&amp;Export this contact's data…</source><translation>&amp;Exporter les données de ce contact…</translation></message><message><source>E&amp;rase this contact…</source><translation>E&amp;ffacer ce contact…</translation></message><message><source>Data &amp;retention…</source><translation>&amp;Conservation des données…</translation></message><message><source>Processing re&amp;gister…</source><translation>&amp;Registre des traitements…</translation></message><message><source>%1 prospect(s) past the retention period: &lt;a href="#"&gt;review…&lt;/a&gt;</source><translation>%1 prospect(s) au-delà de la durée de conservation : &lt;a href="#"&gt;examiner…&lt;/a&gt;</translation></message><message><source>Contact #%1 erased (erasure record #%2).</source><translation>Contact n° %1 effacé (enregistrement d'effacement n° %2).</translation></message><message><source>Processing register written to %1.</source><translation>Registre des traitements enregistré dans %1.</translation></message><message><source>Data of contact #%1 written to %2 and %3 (%4 rows).</source><translation>Données du contact n° %1 enregistrées dans %2 et %3 (%4 lignes).</translation></message><message><source>Data retention</source><translation>Conservation des données</translation></message><message><source>Prospects (status empty, Suspect or Prospect, never bought) with no inbound contact — collection, call reached or received, meeting held, click in an e-mail — for the period below. The CNIL advises deleting them after 3 years. Clients and former clients are never listed here.</source><translation>Prospects (statut vide, Suspect ou Prospect, sans aucun achat) sans contact entrant — collecte, appel joint ou reçu, rendez-vous tenu, clic dans un e-mail — depuis la durée ci-dessous. La CNIL recommande de les supprimer après 3 ans. Les clients et anciens clients n'apparaissent jamais ici.</translation></message><message><source> months</source><translation> mois</translation></message><message><source>&amp;List</source><translation>&amp;Lister</translation></message><message><source>Keep this period as the team's setting and list again</source><translation>Garder cette durée comme réglage de l'équipe et lister à nouveau</translation></message><message><source>&amp;Erase these prospects…</source><translation>&amp;Effacer ces prospects…</translation></message><message><source>Erase these prospects</source><translation>Effacer ces prospects</translation></message><message><source>Retention period elapsed (no inbound contact)</source><translation>Durée de conservation écoulée (aucun contact entrant)</translation></message><message><source>No inbound contact for</source><translation>Aucun contact entrant depuis</translation></message><message><source>Name</source><translation>Nom</translation></message><message><source>Company</source><translation>Société</translation></message><message><source>Status</source><translation>Statut</translation></message><message><source>Last inbound contact</source><translation>Dernier contact entrant</translation></message><message><source>Erasing prospects…</source><translation>Effacement des prospects…</translation></message><message><source>%1 prospect(s) erased.</source><translation>%1 prospect(s) effacé(s).</translation></message><message><source>%1 prospect(s) with no inbound contact since %2.</source><translation>%1 prospect(s) sans contact entrant depuis le %2.</translation></message><message><source>Erase %1 prospect(s) and every trace of them? This cannot be undone: no copy is kept in the database (backups made before now still hold them).

Type %2 to confirm:</source><translation>Effacer %1 prospect(s) et toutes leurs traces ? C'est irréversible : aucune copie n'est gardée dans la base (les sauvegardes faites avant maintenant les contiennent encore).

Tapez %2 pour confirmer :</translation></message><message><source>%1: %2</source><translation>%1 : %2</translation></message><message><source>Erasing the contact…</source><translation>Effacement du contact…</translation></message><message><source>Prospects (status empty, Suspect or Prospect, never bought) with no inbound contact — collection, call reached or received, meeting held, click in an e-mail, answer to a campaign — for the period below. The CNIL advises deleting them after 3 years. Clients and former clients are never listed here.</source><translation>Prospects (statut vide, Suspect ou Prospect, sans aucun achat) sans contact entrant — collecte, appel joint ou reçu, rendez-vous tenu, clic dans un e-mail, réponse à une campagne — depuis la durée ci-dessous. La CNIL recommande de les supprimer après 3 ans. Les clients et anciens clients n'apparaissent jamais ici.</translation></message></context><context><name>Consent</name><message><source>E-mail</source><translation>E-mail</translation></message><message><source>Phone</source><translation>Téléphone</translation></message><message><source>SMS</source><translation>SMS</translation></message><message><source>Post</source><translation>Courrier</translation></message><message><source>Unknown</source><translation>Inconnu</translation></message><message><source>Opt-in</source><translation>Consentement (opt-in)</translation></message><message><source>Soft opt-in (customer)</source><translation>Opt-in client (soft opt-in)</translation></message><message><source>Objection</source><translation>Opposition</translation></message><message><source>Consent</source><translation>Consentement</translation></message><message><source>Legitimate interest</source><translation>Intérêt légitime</translation></message><message><source>Contract</source><translation>Contrat</translation></message><message><source>Legal obligation</source><translation>Obligation légale</translation></message><message><source>Channel</source><translation>Canal</translation></message><message><source>Status</source><translation>Statut</translation></message><message><source>Since</source><translation>Depuis le</translation></message><message><source>Source</source><translation>Source</translation></message><message><source>Lawful basis</source><translation>Base légale</translation></message><message><source>Given on</source><translation>Donné le</translation></message><message><source>Proof</source><translation>Preuve</translation></message><message><source>Recorded by</source><translation>Saisi par</translation></message><message><source>Recorded on</source><translation>Saisi le</translation></message><message><source>Change consent…</source><translation>Modifier le consentement…</translation></message><message><source>Current state per channel</source><translation>État actuel par canal</translation></message><message><source>History (every entry, newest first)</source><translation>Historique (toutes les saisies, la plus récente d'abord)</translation></message><message><source>Co&amp;nsent for the selection…</source><translation>Co&amp;nsentement pour la sélection…</translation></message><message><source>Consent for the selection</source><translation>Consentement pour la sélection</translation></message><message><source>Select the contacts in the list first.</source><translation>Sélectionnez d'abord les contacts dans la liste.</translation></message></context><context><name>ConsentDialog</name><message><source>Consent for the selection</source><translation>Consentement pour la sélection</translation></message><message><source>Change consent</source><translation>Modifier le consentement</translation></message><message><source>One entry will be added for each of the %1 selected contacts.</source><translation>Une saisie sera ajoutée pour chacun des %1 contacts sélectionnés.</translation></message><message><source>Trade show, web form, phone call, letter…</source><translation>Salon, formulaire web, appel, courrier…</translation></message><message><source>What proves it (text or a file)</source><translation>Ce qui le prouve (texte ou fichier)</translation></message><message><source>File…</source><translation>Fichier…</translation></message><message><source>Channel:</source><translation>Canal :</translation></message><message><source>Status:</source><translation>Statut :</translation></message><message><source>Given on:</source><translation>Donné le :</translation></message><message><source>Source:</source><translation>Source :</translation></message><message><source>Lawful basis:</source><translation>Base légale :</translation></message><message><source>Proof:</source><translation>Preuve :</translation></message><message><source>Proof file</source><translation>Fichier de preuve</translation></message><message><source>Say where the consent or objection comes from (the source).</source><translation>Indiquez d'où vient le consentement ou l'opposition (la source).</translation></message></context><context><name>Campaigns</name><message><source>Mail</source><translation>Courrier</translation></message><message><source>E-mail</source><translation>E-mail</translation></message><message><source>Phone</source><translation>Téléphone</translation></message><message><source>Trade show</source><translation>Salon</translation></message><message><source>Event</source><translation>Événement</translation></message><message><source>Referral</source><translation>Recommandation</translation></message><message><source>Draft</source><translation>En préparation</translation></message><message><source>Running</source><translation>En cours</translation></message><message><source>Finished</source><translation>Terminée</translation></message><message><source>Cancelled</source><translation>Annulée</translation></message><message><source>none</source><translation>aucune</translation></message><message><source>nothing sent yet</source><translation>rien d'envoyé</translation></message><message><source>no response yet</source><translation>aucune réponse</translation></message><message><source>no cost recorded</source><translation>aucun coût saisi</translation></message><message><source>no sale yet</source><translation>aucune vente</translation></message><message><source>the sales lose money: break-even cannot be reached</source><translation>ventes à perte : seuil inatteignable</translation></message><message><source>Targeted</source><translation>Ciblé</translation></message><message><source>Sent</source><translation>Envoyé</translation></message><message><source>Replied</source><translation>A répondu</translation></message><message><source>Interested</source><translation>Intéressé</translation></message><message><source>Meeting set</source><translation>Rendez-vous pris</translation></message><message><source>Not interested</source><translation>Pas intéressé</translation></message><message><source>Unsubscribed</source><translation>Désabonné</translation></message><message><source>hidden for your role</source><translation>masqué pour votre rôle</translation></message></context><context><name>CampaignDialog</name><message><source>New campaign</source><translation>Nouvelle campagne</translation></message><message><source>Campaign</source><translation>Campagne</translation></message><message><source>&amp;Name:</source><translation>&amp;Nom :</translation></message><message><source>&amp;Channel:</source><translation>&amp;Canal :</translation></message><message><source>&amp;Objective:</source><translation>&amp;Objectif :</translation></message><message><source>&amp;Target group:</source><translation>&amp;Groupe cible :</translation></message><message><source>&amp;Message (template):</source><translation>&amp;Message (modèle) :</translation></message><message><source>&amp;Budget:</source><translation>&amp;Budget :</translation></message><message><source>E&amp;xpected response rate:</source><translation>Taux de réponse &amp;attendu :</translation></message><message><source>O&amp;wner:</source><translation>&amp;Responsable :</translation></message><message><source>&amp;Status:</source><translation>&amp;Statut :</translation></message><message><source>&amp;Add a cost</source><translation>A&amp;jouter un coût</translation></message><message><source>&amp;Remove</source><translation>Re&amp;tirer</translation></message><message><source>Costs (quantity × unit cost, or a fixed amount):</source><translation>Coûts (quantité × coût unitaire, ou un montant fixe) :</translation></message><message><source>(none)</source><translation>(aucun)</translation></message><message><source>(nobody)</source><translation>(personne)</translation></message><message><source>Total cost: %1</source><translation>Coût total : %1</translation></message><message><source>The budget '%1' is not an amount; type a number such as 1500.</source><translation>Le budget « %1 » n'est pas un montant ; tapez un nombre comme 1500.</translation></message><message><source>Dates:</source><translation>Dates :</translation></message><message><source>Brie&amp;f and costs</source><translation>Brie&amp;f et coûts</translation></message><message><source>Tar&amp;gets</source><translation>C&amp;ibles</translation></message></context><context><name>CampaignCharts</name><message><source>Targets</source><translation>Cibles</translation></message><message><source>Sent</source><translation>Envoyés</translation></message><message><source>Responses</source><translation>Réponses</translation></message><message><source>Meetings</source><translation>RDV</translation></message><message><source>Opport.</source><translation>Opport.</translation></message><message><source>Won</source><translation>Gagnées</translation></message><message><source>Cost, revenue and margin</source><translation>Coût, chiffre d'affaires et marge</translation></message><message><source>Cost</source><translation>Coût</translation></message><message><source>Revenue</source><translation>CA</translation></message><message><source>Margin</source><translation>Marge</translation></message><message><source>Return on investment (ROI)</source><translation>Retour sur investissement (ROI)</translation></message><message><source>n/a</source><translation>n.d.</translation></message></context><context><name>CampaignCosts</name><message><source>Printing</source><translation>Impression</translation></message><message><source>Postage</source><translation>Affranchissement</translation></message><message><source>Stand</source><translation>Stand</translation></message><message><source>File purchase</source><translation>Achat de fichier</translation></message><message><source>Other</source><translation>Autre</translation></message><message><source>Cost</source><translation>Poste de coût</translation></message><message><source>Kind</source><translation>Nature</translation></message><message><source>Quantity</source><translation>Quantité</translation></message><message><source>Unit cost</source><translation>Coût unitaire</translation></message><message><source>Amount</source><translation>Montant</translation></message></context><context><name>ReferralDialog</name><message><source>Referral report</source><translation>Rapport des recommandations</translation></message><message><source>Referrer</source><translation>Recommandé par</translation></message><message><source>Company</source><translation>Société</translation></message><message><source>Referred</source><translation>Recommandés</translation></message><message><source>Became clients</source><translation>Devenus clients</translation></message><message><source>Revenue</source><translation>Chiffre d'affaires</translation></message><message><source>Referred contact</source><translation>Contact recommandé</translation></message><message><source>Since</source><translation>Depuis</translation></message><message><source>Client</source><translation>Client</translation></message><message><source>Source (Referred by)</source><translation>Origine (Recommandé par)</translation></message><message><source>Contacts</source><translation>Contacts</translation></message><message><source>Clients</source><translation>Clients</translation></message><message><source>Referrers</source><translation>Parrains</translation></message><message><source>Who recommended whom</source><translation>Qui a recommandé qui</translation></message><message><source>By source</source><translation>Par origine</translation></message><message><source>Export &amp;XLSX…</source><translation>Exporter en &amp;XLSX…</translation></message><message><source>Export &amp;PDF…</source><translation>Exporter en &amp;PDF…</translation></message><message><source>yes</source><translation>oui</translation></message><message><source>no</source><translation>non</translation></message><message><source>%1 referrer(s) recommended %2 contact(s); %3 became clients.</source><translation>%1 parrain(s) ont recommandé %2 contact(s) ; %3 sont devenus clients.</translation></message><message><source>Excel workbook (*.xlsx)</source><translation>Classeur Excel (*.xlsx)</translation></message><message><source>PDF file (*.pdf)</source><translation>Fichier PDF (*.pdf)</translation></message><message><source>Export</source><translation>Exporter</translation></message><message><source>referrals</source><translation>recommandations</translation></message><message><source>The file could not be written (%1). Choose another folder or name.</source><translation>Le fichier n'a pas pu être écrit (%1). Choisissez un autre dossier ou un autre nom.</translation></message></context><context><name>ReferralsTab</name><message><source>&amp;Record</source><translation>&amp;Enregistrer</translation></message><message><source>Recommended by:</source><translation>Recommandé par :</translation></message><message><source>Contacts this one recommended:</source><translation>Contacts recommandés par celui-ci :</translation></message></context><context><name>CampaignsView</name><message><source>Campaigns</source><translation>Campagnes</translation></message><message><source>&amp;New campaign…</source><translation>&amp;Nouvelle campagne…</translation></message><message><source>&amp;Open the card…</source><translation>&amp;Ouvrir la fiche…</translation></message><message><source>Add the group's &amp;targets</source><translation>Ajouter les &amp;cibles du groupe</translation></message><message><source>Add the target group's current members who are not targets yet</source><translation>Ajoute les membres actuels du groupe cible qui ne sont pas encore des cibles</translation></message><message><source>&amp;Delete</source><translation>&amp;Supprimer</translation></message><message><source>&amp;Referral report…</source><translation>Rapport des &amp;recommandations…</translation></message><message><source>E&amp;xport…</source><translation>E&amp;xporter…</translation></message><message><source>This campaign as a spreadsheet (XLSX)…</source><translation>Cette campagne en classeur (XLSX)…</translation></message><message><source>This campaign as PDF…</source><translation>Cette campagne en PDF…</translation></message><message><source>All campaigns compared (XLSX)…</source><translation>Comparaison des campagnes (XLSX)…</translation></message><message><source>All campaigns compared (PDF)…</source><translation>Comparaison des campagnes (PDF)…</translation></message><message><source>Campaign</source><translation>Campagne</translation></message><message><source>Channel</source><translation>Canal</translation></message><message><source>Status</source><translation>Statut</translation></message><message><source>Start</source><translation>Début</translation></message><message><source>Targets</source><translation>Cibles</translation></message><message><source>Responses</source><translation>Réponses</translation></message><message><source>Rate</source><translation>Taux</translation></message><message><source>Meetings</source><translation>RDV</translation></message><message><source>Won</source><translation>Gagnées</translation></message><message><source>Revenue</source><translation>CA</translation></message><message><source>Margin</source><translation>Marge</translation></message><message><source>Cost</source><translation>Coût</translation></message><message><source>ROI</source><translation>ROI</translation></message><message><source>Break-even</source><translation>Seuil</translation></message><message><source>Sent</source><translation>Envoyés</translation></message><message><source>Response rate</source><translation>Taux de réponse</translation></message><message><source>Opportunities</source><translation>Opportunités</translation></message><message><source>Total cost</source><translation>Coût total</translation></message><message><source>Cost per response</source><translation>Coût par réponse</translation></message><message><source>Cost per sale</source><translation>Coût par vente</translation></message><message><source>Break-even (sales)</source><translation>Seuil de rentabilité (ventes)</translation></message><message><source>Cost, revenue and margin</source><translation>Coût, CA et marge</translation></message><message><source>Return on investment (ROI)</source><translation>Retour sur investissement (ROI)</translation></message><message><source>Campaigns side by side:</source><translation>Campagnes comparées :</translation></message><message><source>All campaigns: %1 targets, %2 responses (%3), %4 won, revenue %5, cost %6, ROI %7</source><translation>Toutes les campagnes : %1 cibles, %2 réponses (%3), %4 gagnées, CA %5, coût %6, ROI %7</translation></message><message><source>No campaign yet: create one with “New campaign…”.</source><translation>Aucune campagne : créez-en une avec « Nouvelle campagne… ».</translation></message><message><source>From targets to sales</source><translation>Des cibles aux ventes</translation></message><message><source>Targets added: %1</source><translation>Cibles ajoutées : %1</translation></message><message><source>Delete the campaign</source><translation>Supprimer la campagne</translation></message><message><source>Delete the campaign “%1”, its costs and its target list? History entries, opportunities and sales stay, without their campaign.</source><translation>Supprimer la campagne « %1 », ses coûts et sa liste de cibles ? L'historique, les opportunités et les ventes restent, sans leur campagne.</translation></message><message><source>campaigns</source><translation>campagnes</translation></message><message><source>Excel workbook (*.xlsx)</source><translation>Classeur Excel (*.xlsx)</translation></message><message><source>PDF file (*.pdf)</source><translation>Fichier PDF (*.pdf)</translation></message><message><source>Export</source><translation>Exporter</translation></message><message><source>The file could not be written (%1). Choose another folder or name.</source><translation>Le fichier n'a pas pu être écrit (%1). Choisissez un autre dossier ou un autre nom.</translation></message><message><source>Exported to %1</source><translation>Exporté dans %1</translation></message></context><context><name>CampaignCombo</name><message><source>(none)</source><translation>(aucune)</translation></message></context><context><name>AddToCampaignDialog</name><message><source>Add to a campaign</source><translation>Ajouter à une campagne</translation></message><message><source>&amp;Campaign:</source><translation>&amp;Campagne :</translation></message><message><source>%1 contact(s) will become targets of the campaign.</source><translation>%1 contact(s) deviendront des cibles de la campagne.</translation></message></context><context><name>TargetsTab</name><message><source>Contact</source><translation>Contact</translation></message><message><source>Company</source><translation>Société</translation></message><message><source>Status</source><translation>Statut</translation></message><message><source>Sent</source><translation>Envoyé le</translation></message><message><source>Answered</source><translation>Réponse le</translation></message><message><source>%1 target(s)</source><translation>%1 cible(s)</translation></message><message><source>(the first %1 are listed)</source><translation>(les %1 premières sont listées)</translation></message></context><context><name>IdentityDialog</name><message><source>Name</source><translation>Nom</translation></message><message><source>Initials</source><translation>Initiales</translation></message><message><source>Job title</source><translation>Fonction</translation></message><message><source>Phone</source><translation>Téléphone</translation></message><message><source>E-mail</source><translation>E-mail</translation></message><message><source>Saving…</source><translation>Enregistrement…</translation></message><message><source>This e-mail address is not valid: correct it or leave it empty.</source><translation>Cette adresse e-mail n'est pas valide : corrigez-la ou laissez-la vide.</translation></message><message><source>This phone number is not valid: correct it or leave it empty.</source><translation>Ce numéro de téléphone n'est pas valide : corrigez-le ou laissez-le vide.</translation></message><message><source>Initials are 8 letters at most.</source><translation>Les initiales font 8 lettres au plus.</translation></message><message><source>Who are you?</source><translation>Qui êtes-vous ?</translation></message><message><source>My identity</source><translation>Mon identité</translation></message><message><source>Your name signs your letters, e-mails and history entries, and your company details head your letters and envelopes. They are stored in this database (never taken from the computer's login) and can be changed later from Tools &gt; My identity…</source><translation>Votre nom signe vos lettres, vos e-mails et votre historique, et les coordonnées de votre société figurent en tête de vos lettres et enveloppes. Ils sont enregistrés dans cette base (jamais tirés de l'identifiant de session de l'ordinateur) et se modifient ensuite par Outils &gt; Mon identité…</translation></message><message><source>First name and last name</source><translation>Prénom et nom</translation></message><message><source>Sales manager</source><translation>Responsable commercial</translation></message><message><source>first.last@company.fr</source><translation>prenom.nom@societe.fr</translation></message><message><source>Signature under letters and e-mails</source><translation>Signature sous les lettres et les e-mails</translation></message><message><source>You</source><translation>Vous</translation></message><message><source>Signature</source><translation>Signature</translation></message><message><source>12 rue de la Paix
69003 LYON</source><translation>12 rue de la Paix
69003 LYON</translation></message><message><source>SAS au capital de…, RCS…, SIRET…</source><translation>SAS au capital de…, RCS…, SIRET…</translation></message><message><source>Your company (sender of letters and e-mails)</source><translation>Votre société (expéditeur des lettres et e-mails)</translation></message><message><source>Company</source><translation>Société</translation></message><message><source>Address</source><translation>Adresse</translation></message><message><source>Country code</source><translation>Code pays</translation></message><message><source>Legal footer</source><translation>Mentions légales</translation></message><message><source>Later</source><translation>Plus tard</translation></message><message><source>Cancel</source><translation>Annuler</translation></message><message><source>Loading…</source><translation>Chargement…</translation></message><message><source>Type your name: it signs your letters and history.</source><translation>Tapez votre nom : il signe vos lettres et votre historique.</translation></message><message><source>Name:</source><translation>Nom :</translation></message><message><source>Job title:</source><translation>Fonction :</translation></message><message><source>Phone:</source><translation>Téléphone :</translation></message><message><source>E-mail:</source><translation>E-mail :</translation></message><message><source>Signature:</source><translation>Signature :</translation></message><message><source>Company:</source><translation>Société :</translation></message><message><source>Address:</source><translation>Adresse :</translation></message><message><source>Country code:</source><translation>Code pays :</translation></message><message><source>Legal footer:</source><translation>Mentions légales :</translation></message><message><source>Initials:</source><translation>Initiales :</translation></message></context><context><name>UsersDialog</name><message><source>Name</source><translation>Nom</translation></message><message><source>Initials</source><translation>Initiales</translation></message><message><source>Job title</source><translation>Fonction</translation></message><message><source>Phone</source><translation>Téléphone</translation></message><message><source>E-mail</source><translation>E-mail</translation></message><message><source>Saving…</source><translation>Enregistrement…</translation></message><message><source>This e-mail address is not valid: correct it or leave it empty.</source><translation>Cette adresse e-mail n'est pas valide : corrigez-la ou laissez-la vide.</translation></message><message><source>This phone number is not valid: correct it or leave it empty.</source><translation>Ce numéro de téléphone n'est pas valide : corrigez-le ou laissez-le vide.</translation></message><message><source>Initials are 8 letters at most.</source><translation>Les initiales font 8 lettres au plus.</translation></message><message><source>Users</source><translation>Utilisateurs</translation></message><message><source>Team</source><translation>Équipe</translation></message><message><source>Role</source><translation>Rôle</translation></message><message><source>Active</source><translation>Actif</translation></message><message><source>Administrator</source><translation>Administrateur</translation></message><message><source>Manager</source><translation>Responsable</translation></message><message><source>Standard</source><translation>Standard</translation></message><message><source>Restricted</source><translation>Restreint</translation></message><message><source>Active (offered in plans and filters)</source><translation>Actif (proposé dans les plannings et les filtres)</translation></message><message><source>User</source><translation>Utilisateur</translation></message><message><source>Login</source><translation>Identifiant</translation></message><message><source>&amp;New user</source><translation>&amp;Nouvel utilisateur</translation></message><message><source>&amp;Save</source><translation>&amp;Enregistrer</translation></message><message><source>(no name)</source><translation>(sans nom)</translation></message><message><source>yes</source><translation>oui</translation></message><message><source>no</source><translation>non</translation></message><message><source>Shared PostgreSQL database: this list creates and edits user rows only (names, initials, roles). A new colleague also needs a PostgreSQL login: an administrator creates it with 'desktop-crm users add LOGIN --role …', which grants the rights that the role allows.</source><translation>Base PostgreSQL partagée : cette liste crée et modifie seulement les fiches des utilisateurs (noms, initiales, rôles). Un nouveau collègue a aussi besoin d'un compte PostgreSQL : un administrateur le crée avec « desktop-crm users add IDENTIFIANT --role … », qui accorde les droits que le rôle permet.</translation></message><message><source>This database file is used by one person. Colleagues listed here can be given activities and shown side by side in the calendar; to work together on the same data, share a PostgreSQL database.</source><translation>Ce fichier de base est utilisé par une seule personne. Les collègues listés ici peuvent recevoir des activités et s'afficher côte à côte dans le calendrier ; pour travailler à plusieurs sur les mêmes données, partagez une base PostgreSQL.</translation></message><message><source>Saved.</source><translation>Enregistré.</translation></message><message><source>Type the person's name.</source><translation>Tapez le nom de la personne.</translation></message><message><source>Type a login (letters and digits, no space).</source><translation>Tapez un identifiant (lettres et chiffres, sans espace).</translation></message><message><source>A login may hold letters, digits, '.', '-' and '_' only.</source><translation>Un identifiant ne contient que des lettres, des chiffres, « . », « - » et « _ ».</translation></message><message><source>This login is already used: choose another one.</source><translation>Cet identifiant est déjà pris : choisissez-en un autre.</translation></message><message><source>You cannot make yourself inactive.</source><translation>Vous ne pouvez pas vous rendre inactif.</translation></message><message><source>Login:</source><translation>Identifiant :</translation></message><message><source>Name:</source><translation>Nom :</translation></message><message><source>Initials:</source><translation>Initiales :</translation></message><message><source>E-mail:</source><translation>E-mail :</translation></message><message><source>Phone:</source><translation>Téléphone :</translation></message><message><source>Job title:</source><translation>Fonction :</translation></message><message><source>Team:</source><translation>Équipe :</translation></message><message><source>Role:</source><translation>Rôle :</translation></message></context><context><name>TeamPicker</name><message><source>Side by side</source><translation>Côte à côte</translation></message><message><source>Show several colleagues' calendars side by side</source><translation>Afficher les calendriers de plusieurs collègues côte à côte</translation></message><message><source>Nobody (one calendar)</source><translation>Personne (un seul calendrier)</translation></message><message><source>Side by side (%1)</source><translation>Côte à côte (%1)</translation></message></context><context><name>TeamTimeGrid</name><message><source>+%1 more</source><translation>+%1 autres</translation></message></context><context><name>Users</name><message><source>(no name)</source><translation>(sans nom)</translation></message></context><context><name>UserFilterCombo</name><message><source>Show only what this person did</source><translation>N'afficher que ce qu'a fait cette personne</translation></message><message><source>All users</source><translation>Tous les utilisateurs</translation></message></context><context><name>Reports</name><message><source>Reports</source><translation>Rapports</translation></message><message><source>Building the report “%1”…</source><translation>Préparation du rapport « %1 »…</translation></message><message><source>Contact &amp;detail with history…</source><translation>&amp;Fiche contact avec historique…</translation></message></context><context><name>HomeView</name><message><source>Home</source><translation>Accueil</translation></message><message><source>To do</source><translation>À faire</translation></message><message><source>Still due today: %1</source><translation>Reste à faire aujourd'hui : %1</translation></message><message><source>Overdue: %1</source><translation>En retard : %1</translation></message><message><source> (late)</source><translation> (en retard)</translation></message><message><source>Nothing to do today.</source><translation>Rien à faire aujourd'hui.</translation></message><message><source>Calls: this week against last week</source><translation>Appels : cette semaine et la précédente</translation></message><message><source>Last week</source><translation>Semaine dernière</translation></message><message><source>This week</source><translation>Cette semaine</translation></message><message><source>This week: %1 call(s) — last week: %2</source><translation>Cette semaine : %1 appel(s) — semaine dernière : %2</translation></message><message><source>Pipeline by stage</source><translation>Pipeline par étape</translation></message><message><source>Amount</source><translation>Montant</translation></message><message><source>%1 open opportunity(ies): %2, weighted %3</source><translation>%1 opportunité(s) ouverte(s) : %2, pondéré %3</translation></message><message><source>Last campaigns: response rate</source><translation>Dernières campagnes : taux de réponse</translation></message><message><source>Response rate</source><translation>Taux de réponse</translation></message><message><source>No campaign yet.</source><translation>Aucune campagne pour l'instant.</translation></message><message><source>Loading…</source><translation>Chargement…</translation></message><message><source>Your role does not see amounts: the pipeline is not shown.</source><translation>Votre rôle ne voit pas les montants : le pipeline n'est pas affiché.</translation></message><message><source>Opportunities</source><translation>Opportunités</translation></message><message><source>Open opportunities: %1 · amounts hidden for your role</source><translation>Opportunités ouvertes : %1 · montants masqués pour votre rôle</translation></message><message><source>… and %1 more in the task list</source><translation>… et %1 de plus dans la liste des tâches</translation></message><message><source>all day</source><translation>journée</translation></message></context><context><name>ReportParamsDialog</name><message><source>A &amp;group:</source><translation>Un &amp;groupe :</translation></message><message><source>&amp;All contacts</source><translation>&amp;Tous les contacts</translation></message><message><source>(choose a group)</source><translation>(choisissez un groupe)</translation></message><message><source>The selected contacts (%1)</source><translation>Les contacts sélectionnés (%1)</translation></message><message><source>The current lookup « %1 »</source><translation>La recherche en cours « %1 »</translation></message><message><source>Contacts:</source><translation>Contacts :</translation></message><message><source>Only from</source><translation>Seulement du</translation></message><message><source>From</source><translation>Du</translation></message><message><source>to</source><translation>au</translation></message><message><source>Period:</source><translation>Période :</translation></message><message><source>Up to:</source><translation>Jusqu'au :</translation></message><message><source>All users</source><translation>Tous les utilisateurs</translation></message><message><source>User:</source><translation>Utilisateur :</translation></message><message><source>Campaign:</source><translation>Campagne :</translation></message><message><source>Contact number:</source><translation>Numéro du contact :</translation></message><message><source>&amp;Preview</source><translation>&amp;Aperçu</translation></message><message><source>All campaigns</source><translation>Toutes les campagnes</translation></message><message><source>Expected close:</source><translation>Clôture prévue :</translation></message><message><source>Choose the group, or another set of contacts.</source><translation>Choisissez le groupe, ou d'autres contacts.</translation></message></context><context><name>ReportPreviewDialog</name><message><source>Page </source><translation>Page </translation></message><message><source> of %1</source><translation> sur %1</translation></message><message><source>Save &amp;PDF…</source><translation>Enregistrer &amp;PDF…</translation></message><message><source>Export &amp;XLSX…</source><translation>Exporter &amp;XLSX…</translation></message><message><source>Close</source><translation>Fermer</translation></message><message><source>Save the report as PDF</source><translation>Enregistrer le rapport en PDF</translation></message><message><source>PDF file (*.pdf)</source><translation>Fichier PDF (*.pdf)</translation></message><message><source>Export the report to Excel</source><translation>Exporter le rapport vers Excel</translation></message><message><source>Excel workbook (*.xlsx)</source><translation>Classeur Excel (*.xlsx)</translation></message><message><source>Writing…</source><translation>Écriture…</translation></message><message><source>Saved: %1</source><translation>Enregistré : %1</translation></message></context><context><name>ReportsView</name><message><source>&amp;Preview…</source><translation>&amp;Aperçu…</translation></message><message><source>&lt;h2&gt;Reports&lt;/h2&gt;&lt;p&gt;PDF and Excel reports on the current lookup, a group or every contact.&lt;/p&gt;</source><translation>&lt;h2&gt;Rapports&lt;/h2&gt;&lt;p&gt;Rapports PDF et Excel sur la recherche en cours, un groupe ou tous les contacts.&lt;/p&gt;</translation></message></context><context><name>RecordPrivacyBox</name><message><source>Private (only the record manager sees it)</source><translation>Privé (visible par son gestionnaire seul)</translation></message><message><source>nobody</source><translation>personne</translation></message><message><source>Record manager: %1</source><translation>Gestionnaire : %1</translation></message><message><source>Only the record manager can make this record private or public.</source><translation>Seul le gestionnaire de la fiche peut la rendre privée ou publique.</translation></message><message><source>Private record</source><translation>Fiche privée</translation></message><message><source>Hidden for your role.</source><translation>Masqué pour votre rôle.</translation></message><message><source>Your role may not change this field.</source><translation>Votre rôle ne permet pas de modifier ce champ.</translation></message><message><source>No record manager</source><translation>Aucun gestionnaire</translation></message></context><context><name>Refusals</name><message><source>Your role ({0}) does not allow you to {1}. Ask an administrator if you need to.</source><translation>Votre rôle ({0}) ne vous permet pas de {1}. Demandez à un administrateur si vous en avez besoin.</translation></message><message><source>Your role ({0}) may not change {1}: nothing was saved. Ask an administrator if it must change.</source><translation>Votre rôle ({0}) ne permet pas de modifier {1} : rien n'a été enregistré. Demandez à un administrateur si cela doit changer.</translation></message><message><source>Only the record's manager can make it private or public: ask them, or an administrator to give you the record first.</source><translation>Seul le gestionnaire de la fiche peut la rendre privée ou publique : demandez-le-lui, ou demandez d'abord à un administrateur de vous confier la fiche.</translation></message><message><source>Only the record's manager or an administrator can give it to someone else.</source><translation>Seuls le gestionnaire de la fiche ou un administrateur peuvent la confier à quelqu'un d'autre.</translation></message><message><source>On a team database an erasure must see every record, colleagues' private notes included, which no team member can: run it as the database's maintenance account (the one that ran 'desktop-crm team setup'), e.g. 'desktop-crm privacy erase ID --db postgresql://OWNER@SERVER/DATABASE'. Nothing was erased.</source><translation>Sur une base partagée, un effacement doit voir toutes les fiches, notes privées des collègues comprises, ce qu'aucun membre de l'équipe ne peut faire : lancez-le avec le compte de maintenance de la base (celui qui a lancé « desktop-crm team setup »), par exemple « desktop-crm privacy erase ID --db postgresql://PROPRIETAIRE@SERVEUR/BASE ». Rien n'a été effacé.</translation></message></context><context><name>Permissions</name><message><source>manage users and reassign records</source><translation>gérer les utilisateurs et réattribuer les fiches</translation></message><message><source>define fields, pick lists and sales processes</source><translation>définir les champs, les listes de choix et les processus de vente</translation></message><message><source>see every public record</source><translation>voir toutes les fiches publiques</translation></message><message><source>run reports across users</source><translation>faire des rapports sur le travail des collègues</translation></message><message><source>delete records</source><translation>supprimer des fiches</translation></message><message><source>export records</source><translation>exporter des fiches</translation></message><message><source>merge duplicates</source><translation>fusionner des doublons</translation></message></context><context><name>StorageErrors</name><message><source>it is truncated: only {size} bytes are left</source><translation>il est tronqué : il n'en reste que {size} octets</translation></message><message><source>it is truncated: {size} of its {total} bytes are left</source><translation>il est tronqué : il ne reste que {size} de ses {total} octets</translation></message><message><source>it is a folder, not a database file</source><translation>c'est un dossier, pas un fichier de base de données</translation></message><message><source>it cannot be read ({reason})</source><translation>il ne peut pas être lu ({reason})</translation></message><message><source>SQLite cannot read it: {reason}</source><translation>SQLite ne peut pas le lire : {reason}</translation></message><message><source>SQLite's quick check found damage: {first} and {more} more</source><translation>la vérification rapide de SQLite a trouvé des dégâts : {first} et {more} autre(s)</translation></message><message><source>SQLite's quick check found damage: {first}</source><translation>la vérification rapide de SQLite a trouvé des dégâts : {first}</translation></message><message><source>The database file {path} is damaged ({problem}): nothing was read or changed. Save what can still be read with 'desktop-crm db recover --db {path} --to NEW.sqlite', or restore a backup with 'desktop-crm restore BACKUP'.</source><translation>Le fichier de base de données {path} est endommagé ({problem}) : rien n'a été lu ni modifié. Récupérez ce qui peut encore être lu avec « desktop-crm db recover --db {path} --to NOUVELLE.sqlite », ou restaurez une sauvegarde avec « desktop-crm restore SAUVEGARDE ».</translation></message><message><source>{path} is a folder, not a database file: give the path of a database file, for example {example}.</source><translation>{path} est un dossier, pas un fichier de base de données : indiquez le chemin d'un fichier de base, par exemple {example}.</translation></message><message><source>it looks like a PDF document</source><translation>c'est apparemment un document PDF</translation></message><message><source>it looks like a ZIP archive, such as an Excel .xlsx or Word .docx file</source><translation>c'est apparemment une archive ZIP, comme un fichier Excel .xlsx ou Word .docx</translation></message><message><source>it looks like an old Office document (.xls or .doc)</source><translation>c'est apparemment un ancien document Office (.xls ou .doc)</translation></message><message><source>it looks like a PNG image</source><translation>c'est apparemment une image PNG</translation></message><message><source>it looks like a JPEG image</source><translation>c'est apparemment une image JPEG</translation></message><message><source>it looks like a gzip archive</source><translation>c'est apparemment une archive gzip</translation></message><message><source>it cannot be read</source><translation>il ne peut pas être lu</translation></message><message><source>it looks like a text file</source><translation>c'est apparemment un fichier texte</translation></message><message><source>its first bytes are not those of a SQLite database</source><translation>ses premiers octets ne sont pas ceux d'une base SQLite</translation></message><message><source>it is not a SQLite database file</source><translation>ce n'est pas un fichier de base SQLite</translation></message><message><source>{shown} and {more} more</source><translation>{shown} et {more} autre(s)</translation></message><message><source>{where} is a {backend} database of another program (tables: {tables}): Desktop CRM did not read or change it. Choose a Desktop CRM database, or create a new one in another file ('desktop-crm init --db NEW.sqlite', or File &gt; New database).</source><translation>{where} est une base {backend} d'un autre programme (tables : {tables}) : Desktop CRM ne l'a ni lue ni modifiée. Choisissez une base Desktop CRM, ou créez-en une nouvelle dans un autre fichier (« desktop-crm init --db NOUVELLE.sqlite », ou Fichier › Nouvelle base).</translation></message><message><source>{path} is not a database ({looks_like}): Desktop CRM did not change it. Choose a Desktop CRM database file (.sqlite) with --db or File &gt; Open.</source><translation>{path} n'est pas une base de données ({looks_like}) : Desktop CRM ne l'a pas modifié. Choisissez un fichier de base Desktop CRM (.sqlite) avec --db ou Fichier › Ouvrir.</translation></message><message><source>{path} is empty: it holds no database, and Desktop CRM did not change it. To make it a new database, run 'desktop-crm init --db {path}' (or use File &gt; New database); otherwise choose another file.</source><translation>{path} est vide : il ne contient aucune base, et Desktop CRM ne l'a pas modifié. Pour en faire une nouvelle base, lancez « desktop-crm init --db {path} » (ou Fichier › Nouvelle base) ; sinon, choisissez un autre fichier.</translation></message><message><source>unreadable</source><translation>illisible</translation></message><message><source>The disk is full: nothing was saved. Free some space and try again.</source><translation>Le disque est plein : rien n'a été enregistré. Libérez de la place et réessayez.</translation></message><message><source>The database is busy with another task (an import or a colleague). Nothing was saved; try again in a moment.</source><translation>La base est occupée par une autre tâche (un import ou un collègue). Rien n'a été enregistré ; réessayez dans un instant.</translation></message><message><source>The database file is read-only: nothing was saved. Check the file's permissions.</source><translation>Le fichier de base de données est en lecture seule : rien n'a été enregistré. Vérifiez les droits du fichier.</translation></message><message><source>The database file is damaged or is not a Desktop CRM database: nothing was saved. Run 'desktop-crm db check' to see what is wrong, then save what can be read with 'desktop-crm db recover --to NEW.sqlite' or restore a backup.</source><translation>Le fichier de base de données est endommagé ou n'est pas une base Desktop CRM : rien n'a été enregistré. Lancez « desktop-crm db check » pour voir ce qui ne va pas, puis récupérez ce qui peut être lu avec « desktop-crm db recover --to NOUVELLE.sqlite » ou restaurez une sauvegarde.</translation></message><message><source>The database server refused this for your login: your role may not do it, or the record is someone else's private record. Nothing was changed; ask an administrator if you need it.</source><translation>Le serveur de base de données a refusé cela à votre identifiant : votre rôle ne le permet pas, ou la fiche est la fiche privée de quelqu'un d'autre. Rien n'a été modifié ; demandez à un administrateur si vous en avez besoin.</translation></message><message><source>The connection to the database server failed or was lost: nothing was saved. Check the server's address, the network and your password, then try again.</source><translation>La connexion au serveur de base de données a échoué ou a été perdue : rien n'a été enregistré. Vérifiez l'adresse du serveur, le réseau et votre mot de passe, puis réessayez.</translation></message><message><source>Database error: {0}</source><translation>Erreur de base de données : {0}</translation></message><message><source>There is no database at {path}. Create one with 'desktop-crm init' or choose another file.</source><translation>Il n'y a pas de base à {path}. Créez-en une avec « desktop-crm init » ou choisissez un autre fichier.</translation></message><message><source>The database's schema is not one this version knows ({reason}). Use the newest version of Desktop CRM, or restore a backup.</source><translation>Le schéma de la base n'est pas un de ceux que cette version connaît ({reason}). Utilisez la version la plus récente de Desktop CRM, ou restaurez une sauvegarde.</translation></message><message><source>The database file {path} is read-only and needs an upgrade to this version of Desktop CRM: nothing was changed. Make the file writable and try again.</source><translation>Le fichier de base de données {path} est en lecture seule et doit être mis à niveau pour cette version de Desktop CRM : rien n'a été modifié. Rendez le fichier modifiable et réessayez.</translation></message><message><source>The database file {path} is on a network share. SQLite files must stay on a local disk or they get corrupted; to share contacts with your team, use a PostgreSQL server (File &gt; Connect to a shared database, or --db postgresql://user@server/dbname).</source><translation>Le fichier de base de données {path} est sur un partage réseau. Les fichiers SQLite doivent rester sur un disque local, sinon ils s'abîment ; pour partager les contacts avec votre équipe, utilisez un serveur PostgreSQL (Fichier › Se connecter à une base PostgreSQL partagée, ou --db postgresql://utilisateur@serveur/base).</translation></message><message><source>Another program wrote to the database during the import; nothing was written. Try again.</source><translation>Un autre programme a écrit dans la base pendant l'import ; rien n'a été écrit. Réessayez.</translation></message><message><source>Unsupported database '{drivername}': use a .sqlite file path or a postgresql://user@host/dbname URL.</source><translation>Base de données non prise en charge « {drivername} » : utilisez le chemin d'un fichier .sqlite ou une URL postgresql://utilisateur@serveur/base.</translation></message><message><source>The database has several schema heads; run 'desktop-crm db upgrade' with a current version of the program.</source><translation>La base a plusieurs têtes de schéma ; lancez « desktop-crm db upgrade » avec une version à jour du programme.</translation></message><message><source>The migration scripts are missing ({folder}). Reinstall the application.</source><translation>Les scripts de migration sont absents ({folder}). Réinstallez l'application.</translation></message><message><source>The upgrade left {count} broken references. The copy made before the upgrade is at {backup_path}.</source><translation>La mise à jour a laissé {count} références cassées. La copie faite avant la mise à jour est ici : {backup_path}.</translation></message><message><source>The database's schema ({revision}) is one this version of Desktop CRM does not know (newest known: {head}); a newer version probably made it. Use the newest version of Desktop CRM, or restore a backup.</source><translation>Le schéma de la base ({revision}) n'est pas connu de cette version de Desktop CRM (le plus récent connu : {head}) ; une version plus récente l'a probablement créé. Utilisez la version la plus récente de Desktop CRM, ou restaurez une sauvegarde.</translation></message></context><context><name>Numbers</name><message><source>,</source><translation> </translation></message></context><context><name>ImportErrors</name><message><source>The file's encoding is not recognised (neither UTF-8 nor Windows-1252). Save it again from Excel as "CSV UTF-8" or choose the encoding by hand.</source><translation>L'encodage du fichier n'est pas reconnu (ni UTF-8 ni Windows-1252). Enregistrez-le à nouveau depuis Excel en « CSV UTF-8 » ou choisissez l'encodage vous-même.</translation></message><message><source>This is not a text file (it contains binary data). Choose a CSV, TXT, XLSX or vCard file.</source><translation>Ce n'est pas un fichier texte (il contient des données binaires). Choisissez un fichier CSV, TXT, XLSX ou vCard.</translation></message><message><source>The file cannot be read as {encoding}: {why}.</source><translation>Le fichier ne peut pas être lu en {encoding} ({why}).</translation></message><message><source>The file is not valid CSV from line {line}: {why}. A quote (") opened on that line is probably never closed.</source><translation>Le fichier n'est pas un CSV valide à partir de la ligne {line} : un guillemet (") ouvert sur cette ligne n'est probablement jamais fermé.</translation></message><message><source>The file is not valid CSV: a quote (") opened near line {line} is never closed.</source><translation>Le fichier n'est pas un CSV valide : un guillemet (") ouvert vers la ligne {line} n'est jamais fermé.</translation></message><message><source>The file was not imported: a cell starting on line {start} runs to line {line} and is longer than the limit of {limit} characters per cell; a quote (") opened on line {start} is probably never closed.</source><translation>Le fichier n'a pas été importé : une cellule commencée à la ligne {start} court jusqu'à la ligne {line} et dépasse la limite de {limit} caractères par cellule ; un guillemet (") ouvert à la ligne {start} n'est probablement jamais fermé.</translation></message><message><source>The file was not imported: it is larger than the limit of {limit} bytes; split it into smaller files.</source><translation>Le fichier n'a pas été importé : il dépasse la limite de {limit} octets ; découpez-le en fichiers plus petits.</translation></message><message><source>The file cannot be opened: {why}.</source><translation>Le fichier ne peut pas être ouvert : {why}.</translation></message><message><source>The file was not imported: line {line} is longer than the limit of {limit} characters per line; check that it is really a CSV or TXT file with one contact per line.</source><translation>Le fichier n'a pas été importé : la ligne {line} dépasse la limite de {limit} caractères par ligne ; vérifiez que c'est bien un fichier CSV ou TXT avec un contact par ligne.</translation></message><message><source>The file was not imported: the row starting on line {start} runs to line {line} and is longer than the limit of {limit} characters per row; a quote (") opened on that line is probably never closed.</source><translation>Le fichier n'a pas été importé : l'enregistrement commencé à la ligne {start} court jusqu'à la ligne {line} et dépasse la limite de {limit} caractères par enregistrement ; un guillemet (") ouvert sur cette ligne n'est probablement jamais fermé.</translation></message><message><source>The file was not imported: a cell on line {line} is longer than the limit of {limit} characters per cell; check that it is really a CSV or TXT file.</source><translation>Le fichier n'a pas été importé : une cellule de la ligne {line} dépasse la limite de {limit} caractères par cellule ; vérifiez que c'est bien un fichier CSV ou TXT.</translation></message><message><source>The file was not imported: line {line} has {columns} columns, more than the limit of {limit}; check the delimiter or that it is really a CSV or TXT file.</source><translation>Le fichier n'a pas été importé : la ligne {line} a {columns} colonnes, plus que la limite de {limit} ; vérifiez le séparateur ou que c'est bien un fichier CSV ou TXT.</translation></message><message><source>The file was not imported: it has more than {limit} rows (the limit, reached at line {line}); split it into smaller files.</source><translation>Le fichier n'a pas été importé : il a plus de {limit} lignes (la limite, atteinte à la ligne {line}) ; découpez-le en fichiers plus petits.</translation></message><message><source>This is an old Excel 97-2003 file (.xls): open it in Excel or LibreOffice and save it as .xlsx or CSV first.</source><translation>C'est un ancien fichier Excel 97-2003 (.xls) : ouvrez-le dans Excel ou LibreOffice et enregistrez-le d'abord en .xlsx ou en CSV.</translation></message><message><source>Files of type '{suffix}' cannot be imported: use CSV, TXT, XLSX or vCard (.vcf).</source><translation>Les fichiers de type « {suffix} » ne peuvent pas être importés : utilisez CSV, TXT, XLSX ou vCard (.vcf).</translation></message><message><source>The file {file} does not exist.</source><translation>Le fichier {file} n'existe pas.</translation></message><message><source>There is no sheet '{sheet}' in this file (sheets: {sheets}).</source><translation>Il n'y a pas de feuille « {sheet} » dans ce fichier (feuilles : {sheets}).</translation></message><message><source>The vCard file is truncated: a card has no END:VCARD line.</source><translation>Le fichier vCard est tronqué : une fiche n'a pas de ligne END:VCARD.</translation></message><message><source>The file holds no vCard (no BEGIN:VCARD line).</source><translation>Le fichier ne contient aucune vCard (pas de ligne BEGIN:VCARD).</translation></message><message><source>The file was not imported: the {column} of card {card} (ending on line {line}) is longer than the limit of {limit} characters per value.</source><translation>Le fichier n'a pas été importé : la valeur « {column} » de la fiche {card} (qui se termine à la ligne {line}) dépasse la limite de {limit} caractères par valeur.</translation></message><message><source>The file was not imported: it holds more than {limit} cards (the limit, reached at line {line}); split it into smaller files.</source><translation>Le fichier n'a pas été importé : il contient plus de {limit} fiches (la limite, atteinte à la ligne {line}) ; découpez-le en fichiers plus petits.</translation></message><message><source>The file was not imported: card {card} has more than {limit} properties (the limit, reached at line {line}); check that it is really a vCard file.</source><translation>Le fichier n'a pas été importé : la fiche {card} a plus de {limit} propriétés (la limite, atteinte à la ligne {line}) ; vérifiez que c'est bien un fichier vCard.</translation></message><message><source>The file was not imported: card {card} is longer than the limit of {limit} characters (reached at line {line}); check that it is really a vCard file.</source><translation>Le fichier n'a pas été importé : la fiche {card} dépasse la limite de {limit} caractères (atteinte à la ligne {line}) ; vérifiez que c'est bien un fichier vCard.</translation></message><message><source>The file was not imported: line {line} is longer than the limit of {limit} characters; check that it is really a vCard file.</source><translation>Le fichier n'a pas été importé : la ligne {line} dépasse la limite de {limit} caractères ; vérifiez que c'est bien un fichier vCard.</translation></message><message><source>The file was not imported: the property starting on line {line} is longer than the limit of {limit} characters; check that it is really a vCard file.</source><translation>Le fichier n'a pas été importé : la propriété commencée à la ligne {line} dépasse la limite de {limit} caractères ; vérifiez que c'est bien un fichier vCard.</translation></message><message><source>This file is not a valid Excel workbook (.xlsx): it is damaged, truncated or of another type. An old .xls must be saved as .xlsx first.</source><translation>Ce fichier n'est pas un classeur Excel (.xlsx) valide : il est abîmé, tronqué ou d'un autre type. Un ancien .xls doit d'abord être enregistré en .xlsx.</translation></message><message><source>The workbook holds no sheet to import.</source><translation>Le classeur n'a aucune feuille à importer.</translation></message><message><source>The workbook has too many parts to be a genuine Excel file.</source><translation>Le classeur a trop de parties pour être un vrai fichier Excel.</translation></message><message><source>The workbook expands to an abnormal size (a "zip bomb"); it was refused.</source><translation>Le classeur se décompresse en une taille anormale (une « bombe zip ») ; il a été refusé.</translation></message><message><source>This zip file is not an Excel workbook (.xlsx).</source><translation>Ce fichier zip n'est pas un classeur Excel (.xlsx).</translation></message><message><source>The workbook is damaged and cannot be read ({why}).</source><translation>Le classeur est abîmé et ne peut pas être lu ({why}).</translation></message><message><source>The file was not imported: row {row} of sheet '{sheet}' has {columns} columns, more than the limit of {limit}.</source><translation>Le fichier n'a pas été importé : la ligne {row} de la feuille « {sheet} » a {columns} colonnes, plus que la limite de {limit}.</translation></message><message><source>The file was not imported: the cell in row {row}, column {column} of sheet '{sheet}' is longer than the limit of {limit} characters per cell.</source><translation>Le fichier n'a pas été importé : la cellule de la ligne {row}, colonne {column} de la feuille « {sheet} » dépasse la limite de {limit} caractères par cellule.</translation></message><message><source>The workbook cannot be read ({why}).</source><translation>Le classeur ne peut pas être lu ({why}).</translation></message><message><source>The workbook contains XML declarations that Excel never writes; it was refused.</source><translation>Le classeur contient des déclarations XML qu'Excel n'écrit jamais ; il a été refusé.</translation></message><message><source>The file was not imported: sheet '{sheet}' has more than {limit} rows (the limit); split it into smaller files.</source><translation>Le fichier n'a pas été importé : la feuille « {sheet} » a plus de {limit} lignes (la limite) ; découpez-le en fichiers plus petits.</translation></message><message><source>The saved mapping cannot be read: {why}.</source><translation>La correspondance enregistrée ne peut pas être lue : {why}.</translation></message><message><source>The mapping file cannot be opened: {why}.</source><translation>Le fichier de correspondance ne peut pas être ouvert : {why}.</translation></message><message><source>Nothing was imported: {file} has no data row below its header row ({row}); check that this is the right file and that the header row is right.</source><translation>Rien n'a été importé : {file} n'a aucune ligne de données sous sa ligne d'en-têtes ({row}) ; vérifiez que c'est le bon fichier et la bonne ligne d'en-têtes.</translation></message><message><source>No column is mapped to a contact field: choose at least one.</source><translation>Aucune colonne n'est associée à un champ de contact : choisissez-en au moins une.</translation></message><message><source>Import #{id} is a sales import: undo it with 'desktop-crm sales undo {id}'.</source><translation>L'import n° {id} est un import de ventes : annulez-le avec « desktop-crm sales undo {id} ».</translation></message><message><source>Contact #{id} was deleted during the import.</source><translation>Le contact n° {id} a été supprimé pendant l'import.</translation></message><message><source>Import #{id} was already undone.</source><translation>L'import n° {id} a déjà été annulé.</translation></message><message><source>There is no import #{id}.</source><translation>Il n'y a pas d'import n° {id}.</translation></message><message><source>The import was cancelled: nothing was written.</source><translation>L'import a été annulé : rien n'a été écrit.</translation></message><message><source>Civility</source><translation>Civilité</translation></message><message><source>First name</source><translation>Prénom</translation></message><message><source>Last name</source><translation>Nom</translation></message><message><source>Company</source><translation>Société</translation></message><message><source>Department</source><translation>Service</translation></message><message><source>Job title</source><translation>Fonction</translation></message><message><source>E-mail</source><translation>E-mail</translation></message><message><source>E-mail 2</source><translation>E-mail 2</translation></message><message><source>Business phone</source><translation>Téléphone professionnel</translation></message><message><source>Extension</source><translation>Poste</translation></message><message><source>Mobile phone</source><translation>Téléphone mobile</translation></message><message><source>Home phone</source><translation>Téléphone domicile</translation></message><message><source>Business fax</source><translation>Fax professionnel</translation></message><message><source>Street</source><translation>Rue</translation></message><message><source>Street 2</source><translation>Rue 2</translation></message><message><source>Street 3</source><translation>Rue 3</translation></message><message><source>City</source><translation>Ville</translation></message><message><source>Cedex</source><translation>Cedex</translation></message><message><source>Postcode</source><translation>Code postal</translation></message><message><source>Country</source><translation>Pays</translation></message><message><source>Home street</source><translation>Rue personnelle</translation></message><message><source>Home street 2</source><translation>Rue personnelle 2</translation></message><message><source>Home postal code</source><translation>Code postal personnel</translation></message><message><source>Home city</source><translation>Ville personnelle</translation></message><message><source>Home country</source><translation>Pays personnel</translation></message><message><source>Website</source><translation>Site web</translation></message><message><source>Birthday</source><translation>Anniversaire</translation></message><message><source>Groups</source><translation>Groupes</translation></message><message><source>Kind</source><translation>Type</translation></message><message><source>Import remarks</source><translation>Remarques d'import</translation></message><message><source>Notes</source><translation>Notes</translation></message><message><source>This card is not valid UTF-8: it was read as Windows-1252; check its accented letters.</source><translation>Cette fiche n'est pas en UTF-8 valide : elle a été lue en Windows-1252 ; vérifiez ses lettres accentuées.</translation></message><message><source>1 phone (in the note)</source><translation>1 téléphone (dans la note)</translation></message><message><source>1 address (in the note)</source><translation>1 adresse (dans la note)</translation></message><message><source>2 addresses (1 in the address, 1 in the home address)</source><translation>2 adresses (1 dans l'adresse, 1 dans l'adresse personnelle)</translation></message><message><source>photo not imported</source><translation>photo non importée</translation></message><message><source>logo not imported</source><translation>logo non importé</translation></message><message><source>sound not imported</source><translation>son non importé</translation></message><message><source>key not imported</source><translation>clé non importée</translation></message><message><source>{name} not imported</source><translation>{name} non importé</translation></message><message><source>1 value without a field of its own in the note</source><translation>1 valeur sans champ propre, dans la note</translation></message><message><source>{count} values without a field of their own in the note</source><translation>{count} valeurs sans champ propre, dans la note</translation></message><message><source>1 column without a field of its own in the note ({names})</source><translation>1 colonne sans champ propre, dans la note ({names})</translation></message><message><source>{count} columns without a field of their own in the note ({names})</source><translation>{count} colonnes sans champ propre, dans la note ({names})</translation></message><message><source>vCard: {remarks}.</source><translation>vCard : {remarks}.</translation></message><message><source>File: {remarks}.</source><translation>Fichier : {remarks}.</translation></message><message><source>{count} phones ({placed} in phone fields, {extra} in the note)</source><translation>{count} téléphones ({placed} dans les champs téléphone, {extra} dans la note)</translation></message><message><source>{count} e-mails (2 in e-mail fields, {extra} in the note)</source><translation>{count} e-mails (2 dans les champs e-mail, {extra} dans la note)</translation></message><message><source>{count} addresses ({placed} in address fields, {extra} in the note)</source><translation>{count} adresses ({placed} dans les champs adresse, {extra} dans la note)</translation></message><message><source>{count} addresses (1 in the address, {extra} in the note)</source><translation>{count} adresses (1 dans l'adresse, {extra} dans la note)</translation></message><message><source>{count} addresses (1 in the home address, {extra} in the note)</source><translation>{count} adresses (1 dans l'adresse personnelle, {extra} dans la note)</translation></message><message><source>{count} addresses (1 in the address, 1 in the home address, {extra} in the note)</source><translation>{count} adresses (1 dans l'adresse, 1 dans l'adresse personnelle, {extra} dans la note)</translation></message><message><source>{count} web sites (1 in the web site, {extra} in the note)</source><translation>{count} sites web (1 dans le site web, {extra} dans la note)</translation></message><message><source>1 of {cards} cards is not valid UTF-8 and was read as Windows-1252; the report names it.</source><translation>1 fiche sur {cards} n'est pas en UTF-8 valide et a été lue en Windows-1252 ; le rapport la signale.</translation></message><message><source>{bad} of {cards} cards are not valid UTF-8 and were read as Windows-1252; the report names them.</source><translation>{bad} fiches sur {cards} ne sont pas en UTF-8 valide et ont été lues en Windows-1252 ; le rapport les signale.</translation></message><message><source>; </source><translation> ; </translation></message><message><source>The file {name} is not a saved mapping (it holds no JSON text): choose a mapping file saved from the import window, or map the columns by hand.</source><translation>Le fichier {name} n'est pas une correspondance enregistrée (il ne contient pas de texte JSON) : choisissez un fichier de correspondance enregistré depuis la fenêtre d'import, ou associez les colonnes à la main.</translation></message><message><source>The file {name} holds JSON text but not a column mapping as the import window saves it: choose another mapping file, or map the columns by hand.</source><translation>Le fichier {name} contient du texte JSON mais pas une correspondance des colonnes telle que la fenêtre d'import l'enregistre : choisissez un autre fichier de correspondance, ou associez les colonnes à la main.</translation></message><message><source>The mapping file {path} does not exist (any more): choose another file, or map the columns by hand.</source><translation>Le fichier de correspondance {path} n'existe pas (ou plus) : choisissez un autre fichier, ou associez les colonnes à la main.</translation></message><message><source>{path} is a folder: choose the mapping file (.json) inside it.</source><translation>{path} est un dossier : choisissez le fichier de correspondance (.json) qu'il contient.</translation></message><message><source>The mapping file {path} cannot be opened: you are not allowed to read it. Copy it to a folder of yours, or ask whoever saved it to share it.</source><translation>Le fichier de correspondance {path} ne peut pas être ouvert : vous n'avez pas le droit de le lire. Copiez-le dans un de vos dossiers, ou demandez à la personne qui l'a enregistré de le partager.</translation></message><message><source>The mapping file {path} cannot be opened (a disk or network error): check that its drive or network share is reachable, then load it again.</source><translation>Le fichier de correspondance {path} ne peut pas être ouvert (erreur de disque ou de réseau) : vérifiez que son disque ou son partage réseau est accessible, puis chargez-le à nouveau.</translation></message><message><source>1 label in the note ({labels})</source><translation>1 libellé dans la note ({labels})</translation></message><message><source>{count} labels in the note ({labels})</source><translation>{count} libellés dans la note ({labels})</translation></message></context><context><name>MergeErrors</name><message><source>Choose at least one other record to merge into the kept one.</source><translation>Choisissez au moins une autre fiche à fusionner dans celle qui est gardée.</translation></message><message><source>Company #{id} does not exist.</source><translation>La société n° {id} n'existe pas.</translation></message><message><source>Contact #{id} does not exist.</source><translation>Le contact n° {id} n'existe pas.</translation></message><message><source>Company #{id} does not exist (it may have been merged or deleted already).</source><translation>La société n° {id} n'existe pas (elle a peut-être déjà été fusionnée ou supprimée).</translation></message><message><source>Contact #{id} does not exist (it may have been merged or deleted already).</source><translation>Le contact n° {id} n'existe pas (il a peut-être déjà été fusionné ou supprimé).</translation></message><message><source>Merge #{id} does not exist.</source><translation>La fusion n° {id} n'existe pas.</translation></message><message><source>Merge #{id} was already undone.</source><translation>La fusion n° {id} a déjà été annulée.</translation></message><message><source>The kept record #{id} no longer exists.</source><translation>La fiche gardée n° {id} n'existe plus.</translation></message><message><source>Record #{id} was edited after the merge; undoing the merge would lose that edit. Use --force to undo anyway.</source><translation>La fiche n° {id} a été modifiée après la fusion ; annuler la fusion perdrait cette modification. Utilisez --force pour annuler quand même.</translation></message><message><source>Cannot undo merge #{merge}: record id #{id} now belongs to a record created after the merge.</source><translation>Impossible d'annuler la fusion n° {merge} : le numéro de fiche {id} appartient maintenant à une fiche créée après la fusion.</translation></message><message><source>Cannot take '{field}' from record #{id}.</source><translation>Impossible de prendre « {field} » dans la fiche n° {id}.</translation></message><message><source>Undo merge #{id} first: it involves the same records.</source><translation>Annulez d'abord la fusion n° {id} : elle concerne les mêmes fiches.</translation></message><message><source>A record cannot be its own duplicate.</source><translation>Une fiche ne peut pas être son propre doublon.</translation></message><message><source>Record #{id} does not exist.</source><translation>La fiche n° {id} n'existe pas.</translation></message><message><source>Keep the shared company, or make yours shared first: a private company cannot take in a shared one's contacts.</source><translation>Gardez la société partagée, ou partagez d'abord la vôtre : une société privée ne peut pas recevoir les contacts d'une société partagée.</translation></message><message><source>Keep the shared contact, or make yours shared first: a private contact cannot take in a shared one's notes, history and activities.</source><translation>Gardez le contact partagé, ou partagez d'abord le vôtre : un contact privé ne peut pas recevoir les notes, l'historique et les activités d'un contact partagé.</translation></message></context><context><name>ConflictErrors</name><message><source>{entity} '{label}' (#{id}) was changed by someone else since you opened it. Review both versions before saving again.</source><translation>La fiche « {label} » (n° {id}) a été modifiée par quelqu'un d'autre depuis que vous l'avez ouverte. Comparez les deux versions avant d'enregistrer à nouveau.</translation></message><message><source>Contact '{label}' (#{id}) was changed by someone else since you opened it. Review both versions before saving again.</source><translation>Le contact « {label} » (n° {id}) a été modifié par quelqu'un d'autre depuis que vous l'avez ouvert. Comparez les deux versions avant d'enregistrer à nouveau.</translation></message><message><source>Company '{label}' (#{id}) was changed by someone else since you opened it. Review both versions before saving again.</source><translation>La société « {label} » (n° {id}) a été modifiée par quelqu'un d'autre depuis que vous l'avez ouverte. Comparez les deux versions avant d'enregistrer à nouveau.</translation></message><message><source>Opportunity '{label}' (#{id}) was changed by someone else since you opened it. Review both versions before saving again.</source><translation>L'opportunité « {label} » (n° {id}) a été modifiée par quelqu'un d'autre depuis que vous l'avez ouverte. Comparez les deux versions avant d'enregistrer à nouveau.</translation></message><message><source>Activity '{label}' (#{id}) was changed by someone else since you opened it. Review both versions before saving again.</source><translation>L'activité « {label} » (n° {id}) a été modifiée par quelqu'un d'autre depuis que vous l'avez ouverte. Comparez les deux versions avant d'enregistrer à nouveau.</translation></message><message><source>Series '{label}' (#{id}) was changed by someone else since you opened it. Review both versions before saving again.</source><translation>La série « {label} » (n° {id}) a été modifiée par quelqu'un d'autre depuis que vous l'avez ouverte. Comparez les deux versions avant d'enregistrer à nouveau.</translation></message><message><source>Note '{label}' (#{id}) was changed by someone else since you opened it. Review both versions before saving again.</source><translation>La note « {label} » (n° {id}) a été modifiée par quelqu'un d'autre depuis que vous l'avez ouverte. Comparez les deux versions avant d'enregistrer à nouveau.</translation></message><message><source>Field '{label}' (#{id}) was changed by someone else since you opened it. Review both versions before saving again.</source><translation>Le champ « {label} » (n° {id}) a été modifié par quelqu'un d'autre depuis que vous l'avez ouvert. Comparez les deux versions avant d'enregistrer à nouveau.</translation></message><message><source>Group '{label}' (#{id}) was changed by someone else since you opened it. Review both versions before saving again.</source><translation>Le groupe « {label} » (n° {id}) a été modifié par quelqu'un d'autre depuis que vous l'avez ouvert. Comparez les deux versions avant d'enregistrer à nouveau.</translation></message><message><source>Campaign '{label}' (#{id}) was changed by someone else since you opened it. Review both versions before saving again.</source><translation>La campagne « {label} » (n° {id}) a été modifiée par quelqu'un d'autre depuis que vous l'avez ouverte. Comparez les deux versions avant d'enregistrer à nouveau.</translation></message><message><source>Record '{label}' (#{id}) was changed by someone else since you opened it. Review both versions before saving again.</source><translation>Une fiche a été modifiée par quelqu'un d'autre pendant votre enregistrement. Rouvrez-la et comparez les deux versions avant d'enregistrer à nouveau.</translation></message></context><context><name>PrintErrors</name><message><source>Could not write {where}: {reason}.</source><translation>Impossible d'écrire {where} : {reason}.</translation></message><message><source>{where} is a folder: choose a file name and try again.</source><translation>{where} est un dossier : choisissez un nom de fichier et réessayez.</translation></message><message><source>The file {where} is open in another program (or read-only): close it and try again.</source><translation>Le fichier {where} est ouvert dans un autre programme (ou en lecture seule) : fermez-le et réessayez.</translation></message><message><source>The disk is full: {where} could not be written. Free some space and try again.</source><translation>Le disque est plein : {where} n'a pas pu être écrit. Libérez de la place et réessayez.</translation></message><message><source>The folder of {where} does not exist: choose another place.</source><translation>Le dossier de {where} n'existe pas : choisissez un autre emplacement.</translation></message><message><source>Unknown envelope size '{code}' (known: {known}).</source><translation>Format d'enveloppe inconnu « {code} » (formats connus : {known}).</translation></message><message><source>{path}: not a gLabels template file ({exc}).</source><translation>{path} : ce n'est pas un modèle gLabels ({exc}).</translation></message><message><source>Unknown label sheet '{code}'. Run 'desktop-crm sheets' for the list.</source><translation>Planche d'étiquettes inconnue « {code} ». Lancez « desktop-crm sheets » pour la liste.</translation></message><message><source>The file is a folder: choose a file name and try again.</source><translation>Le fichier est un dossier : choisissez un nom de fichier et réessayez.</translation></message><message><source>The file is open in another program (or read-only): close it and try again.</source><translation>Le fichier est ouvert dans un autre programme (ou en lecture seule) : fermez-le et réessayez.</translation></message><message><source>The disk is full: the file could not be written. Free some space and try again.</source><translation>Le disque est plein : le fichier n'a pas pu être écrit. Libérez de la place et réessayez.</translation></message><message><source>The folder of the file does not exist: choose another place.</source><translation>Le dossier du fichier n'existe pas : choisissez un autre emplacement.</translation></message><message><source>Could not write the file: {reason}.</source><translation>Impossible d'écrire le fichier : {reason}.</translation></message><message><source>The address area does not fit on a {code} envelope: make the offset smaller.</source><translation>La zone d'adresse ne tient pas sur une enveloppe {code} : réduisez le décalage.</translation></message><message><source>{path} is not a gLabels template file (its text is not readable XML, line {line}): give a file of gLabels' templates folder (templates/*.xml).</source><translation>{path} n'est pas un fichier de modèles gLabels (son texte n'est pas du XML lisible, ligne {line}) : donnez un fichier du dossier des modèles de gLabels (templates/*.xml).</translation></message><message><source>{path} is not a gLabels template file (it declares entities or outside references, which a template never holds): give a file of gLabels' templates folder (templates/*.xml).</source><translation>{path} n'est pas un fichier de modèles gLabels (il déclare des entités ou des références extérieures, ce qu'un modèle ne contient jamais) : donnez un fichier du dossier des modèles de gLabels (templates/*.xml).</translation></message></context><context><name>QueryErrors</name><message><source>text</source><translation>texte</translation></message><message><source>number</source><translation>nombre</translation></message><message><source>date</source><translation>date</translation></message><message><source>datetime</source><translation>date et heure</translation></message><message><source>bool</source><translation>oui/non</translation></message><message><source>a class in quotes</source><translation>une classe entre guillemets</translation></message><message><source>a history type in quotes</source><translation>un type d'historique entre guillemets</translation></message><message><source>a consent status in quotes</source><translation>un état de consentement entre guillemets</translation></message><message><source>an operator (=, !=, contains, starts with, is empty, in...)</source><translation>un opérateur (=, !=, contains, starts with, is empty, in…)</translation></message><message><source>Unclosed quote at {start}</source><translation>Guillemet non fermé en position {start}</translation></message><message><source>: did you mean '{word}'?</source><translation> : vouliez-vous dire « {word} » ?</translation></message><message><source>a whole number</source><translation>un nombre entier</translation></message><message><source>The query is empty</source><translation>La requête est vide</translation></message><message><source>'and', 'or' or the end</source><translation>« and », « or » ou la fin</translation></message><message><source>a field name or a condition</source><translation>un nom de champ ou une condition</translation></message><message><source>a date (YYYY-MM-DD)</source><translation>une date (AAAA-MM-JJ)</translation></message><message><source>'(' and a list of values</source><translation>« ( » et une liste de valeurs</translation></message><message><source>'{text}' at {pos} is not a {kind} value for '{name}'</source><translation>« {text} » en position {pos} n'est pas une valeur de type {kind} pour « {name} »</translation></message><message><source>Unexpected '{text}' at {pos}: expected {expected}</source><translation>« {text} » inattendu en position {pos} : attendu {expected}</translation></message><message><source>a quoted text</source><translation>un texte entre guillemets</translation></message><message><source>'period YEAR' or 'from DATE to DATE'</source><translation>« period ANNÉE » ou « from DATE to DATE »</translation></message><message><source>a group name in quotes</source><translation>un nom de groupe entre guillemets</translation></message><message><source>a date such as 2026-01-31</source><translation>une date comme 2026-01-31</translation></message><message><source>a value ("text", a number, a date or yes/no)</source><translation>une valeur ("texte", un nombre, une date ou yes/no)</translation></message><message><source>Unexpected character {text!r} at {index}</source><translation>Caractère inattendu « {text} » en position {index}</translation></message><message><source>Expected {expected} at the end ({pos})</source><translation>Attendu {expected} à la fin (position {pos})</translation></message><message><source>a stage name</source><translation>un nom d'étape</translation></message><message><source>Unknown analysis '{text}' at {pos}{suggest}</source><translation>Analyse inconnue « {text} » en position {pos}{suggest}</translation></message><message><source>'{text}' at {at} is not a class of {method} (classes: {choices})</source><translation>« {text} » en position {at} n'est pas une classe de {method} (classes : {choices})</translation></message><message><source>Unknown history type '{name}' at {at}{suggest}</source><translation>Type d'historique inconnu « {name} » en position {at}{suggest}</translation></message><message><source>Unknown consent channel '{text}' at {pos}{suggest}</source><translation>Canal de consentement inconnu « {text} » en position {pos}{suggest}</translation></message><message><source>Unknown consent status '{status}' at {at}{suggest}</source><translation>État de consentement inconnu « {status} » en position {at}{suggest}</translation></message><message><source>Unknown field '{name}' at {pos}{suggest}</source><translation>Champ inconnu « {name} » en position {pos}{suggest}</translation></message><message><source>Operator '{op}' does not apply to the {kind} field '{name}' at {pos}</source><translation>L'opérateur « {op} » ne s'applique pas au champ « {name} » de type {kind} (position {pos})</translation></message><message><source>At most {days} days ({pos})</source><translation>Au plus {days} jours (position {pos})</translation></message><message><source>Unknown unit '{text}' at {pos}{suggest}</source><translation>Unité inconnue « {text} » en position {pos}{suggest}</translation></message><message><source>Invalid year '{text}' at {pos}</source><translation>Année non valide « {text} » en position {pos}</translation></message><message><source>Invalid date '{raw}' at {pos}</source><translation>Date non valide « {raw} » en position {pos}</translation></message><message><source>The period at {pos} ends before it starts</source><translation>La période en position {pos} se termine avant de commencer</translation></message><message><source>Group #{id} includes itself through 'in group'</source><translation>Le groupe n° {id} s'inclut lui-même par « in group »</translation></message><message><source>Group #{id} does not exist</source><translation>Le groupe n° {id} n'existe pas</translation></message><message><source>Unknown field '{field}' at {pos}</source><translation>Champ inconnu « {field} » en position {pos}</translation></message><message><source>Unknown group '{name}' at {pos}</source><translation>Groupe inconnu « {name} » en position {pos}</translation></message><message><source>Several groups are named '{name}' ({paths}) at {pos}: write the full path (for the top-level one, "/{name}")</source><translation>Plusieurs groupes s'appellent « {name} » ({paths}) en position {pos} : écrivez le chemin complet (pour celui du premier niveau, "/{name}")</translation></message><message><source>'{word}'</source><translation>« {word} »</translation></message><message><source>')'</source><translation>« ) »</translation></message><message><source>',' or ')'</source><translation>« , » ou « ) »</translation></message><message><source>a field name in quotes</source><translation>un nom de champ entre guillemets</translation></message><message><source>The A threshold at {pos} is above the B threshold</source><translation>Le seuil A en position {pos} dépasse le seuil B</translation></message><message><source>a number of months from 1 to 1200</source><translation>un nombre de mois de 1 à 1200</translation></message><message><source>a percentage from 0 (excluded) to 100</source><translation>un pourcentage de 0 (exclu) à 100</translation></message></context><context><name>TeamErrors</name><message><source>Unknown role '{text}': use one of {names}.</source><translation>Rôle inconnu « {text} » : utilisez l'un de ceux-ci : {names}.</translation></message><message><source>run a targeting analysis (it ranks clients by revenue)</source><translation>lancer une analyse de ciblage (elle classe les clients par chiffre d'affaires)</translation></message><message><source>show the forecast</source><translation>afficher les prévisions</translation></message><message><source>show the won and lost amounts</source><translation>afficher les montants gagnés et perdus</translation></message><message><source>close an opportunity as won (the sale holds its amount)</source><translation>clore une opportunité comme gagnée (la vente porte son montant)</translation></message><message><source>add product lines</source><translation>ajouter des lignes de produits</translation></message><message><source>run a report of opportunity amounts</source><translation>lancer un rapport sur les montants des opportunités</translation></message><message><source>run the pipeline report</source><translation>lancer le rapport du pipeline</translation></message><message><source>This PostgreSQL database is not set up for a team yet: run 'desktop-crm team setup --db URL' with the account that owns it first.</source><translation>Cette base PostgreSQL n'est pas encore préparée pour une équipe : lancez d'abord « desktop-crm team setup --db URL » avec le compte qui en est propriétaire.</translation></message><message><source>Give the new user's login name.</source><translation>Donnez l'identifiant du nouvel utilisateur.</translation></message><message><source>There is no user '{login_or_id}'. 'desktop-crm users list' shows the team.</source><translation>Il n'y a pas d'utilisateur « {login_or_id} ». « desktop-crm users list » affiche l'équipe.</translation></message><message><source>'{login}' is the last administrator: make someone else administrator first, or nobody could manage the team any more.</source><translation>« {login} » est le dernier administrateur : nommez d'abord quelqu'un d'autre administrateur, sinon plus personne ne pourrait gérer l'équipe.</translation></message><message><source>Your role ({label}) does not see amounts, so it cannot {what}. Ask a colleague with a Standard role or above.</source><translation>Votre rôle ({label}) ne voit pas les montants, il ne peut donc pas {what}. Demandez à un collègue de rôle Standard ou supérieur.</translation></message><message><source>No team member is called '{user}'. Use a login or a name from 'desktop-crm users list'.</source><translation>Aucun membre de l'équipe ne s'appelle « {user} ». Utilisez un identifiant ou un nom de « desktop-crm users list ».</translation></message><message><source>This database has no user row for you (it is open read-only): open a writable copy to set your identity.</source><translation>Cette base n'a pas de fiche utilisateur pour vous (elle est ouverte en lecture seule) : ouvrez une copie modifiable pour définir votre identité.</translation></message><message><source>This user no longer exists: reload the list.</source><translation>Cet utilisateur n'existe plus : rechargez la liste.</translation></message><message><source>Give two different users: --from and --to are the same.</source><translation>Donnez deux utilisateurs différents : --from et --to sont identiques.</translation></message><message><source>'{login}' is disabled: reassign to an active colleague.</source><translation>« {login} » est désactivé : réattribuez à un collègue actif.</translation></message><message><source>contact</source><translation>contact</translation></message><message><source>company</source><translation>société</translation></message><message><source>contact group</source><translation>groupe de contacts</translation></message><message><source>opportunity</source><translation>opportunité</translation></message><message><source>activity</source><translation>activité</translation></message><message><source>note</source><translation>note</translation></message><message><source>history</source><translation>historique</translation></message><message><source>'{table}' records have no manager nor private flag.</source><translation>Les fiches « {table} » n'ont ni gestionnaire ni marque privée.</translation></message><message><source>There is no {table} #{id} you can see.</source><translation>Vous ne voyez aucune fiche « {table} » n° {id}.</translation></message><message><source>'{table}' records cannot be private.</source><translation>Les fiches « {table} » ne peuvent pas être privées.</translation></message><message><source>'{table}' records have no record manager.</source><translation>Les fiches « {table} » n'ont pas de gestionnaire.</translation></message><message><source>Your database login '{login}' is disabled on this database. Ask an administrator to run 'desktop-crm users add {login} --role standard'.</source><translation>Votre identifiant de base « {login} » est désactivé sur cette base. Demandez à un administrateur de lancer « desktop-crm users add {login} --role standard ».</translation></message><message><source>Your database login '{login}' is not a member of the team on this database. Ask an administrator to run 'desktop-crm users add {login} --role standard'.</source><translation>Votre identifiant de base « {login} » ne fait pas partie de l'équipe sur cette base. Demandez à un administrateur de lancer « desktop-crm users add {login} --role standard ».</translation></message><message><source>Sharing a database with a team needs PostgreSQL: a SQLite file has one user, its owner. Move the data with 'desktop-crm db copy' to a PostgreSQL database first.</source><translation>Partager une base avec une équipe demande PostgreSQL : un fichier SQLite n'a qu'un utilisateur, son propriétaire. Déplacez d'abord les données vers une base PostgreSQL avec « desktop-crm db copy ».</translation></message><message><source>Run 'team setup' with the account that owns the database's tables (the one that created or upgraded it), not with a team member's login.</source><translation>Lancez « team setup » avec le compte propriétaire des tables de la base (celui qui l'a créée ou mise à jour), pas avec l'identifiant d'un membre de l'équipe.</translation></message><message><source>'{login}' cannot be a database login: use lower-case letters, digits, '_', '.', '-' or '@', starting with a letter (at most 63 characters).</source><translation>« {login} » ne peut pas être un identifiant de base : utilisez des minuscules, des chiffres, « _ », « . », « - » ou « @ », en commençant par une lettre (63 caractères au plus).</translation></message><message><source>'{value}' is reserved for the database itself: choose another login.</source><translation>« {value} » est réservé à la base elle-même : choisissez un autre identifiant.</translation></message><message><source>There is no contact #{id} you can see.</source><translation>Vous ne voyez aucun contact n° {id}.</translation></message><message><source>There is no company #{id} you can see.</source><translation>Vous ne voyez aucune société n° {id}.</translation></message><message><source>There is no contact group #{id} you can see.</source><translation>Vous ne voyez aucun groupe de contacts n° {id}.</translation></message><message><source>There is no opportunity #{id} you can see.</source><translation>Vous ne voyez aucune opportunité n° {id}.</translation></message><message><source>There is no activity #{id} you can see.</source><translation>Vous ne voyez aucune activité n° {id}.</translation></message><message><source>There is no note #{id} you can see.</source><translation>Vous ne voyez aucune note n° {id}.</translation></message><message><source>There is no history #{id} you can see.</source><translation>Vous ne voyez aucune entrée d'historique n° {id}.</translation></message><message><source>A login cannot hold line breaks or control characters: type it on one line.</source><translation>Un identifiant ne peut pas contenir de retour à la ligne ni de caractère de contrôle : tapez-le sur une seule ligne.</translation></message><message><source>'{email}' is not an e-mail address (did you mean {suggestion}?): type it again, or leave it out.</source><translation>« {email} » n'est pas une adresse e-mail (vouliez-vous dire {suggestion} ?) : retapez-la, ou laissez-la de côté.</translation></message><message><source>'{email}' is not an e-mail address: type it like jean@example.fr, or leave it out.</source><translation>« {email} » n'est pas une adresse e-mail : tapez-la comme jean@exemple.fr, ou laissez-la de côté.</translation></message><message><source>{zone} is not a time zone this computer knows: choose one in the list (Europe/Paris, Indian/Reunion…).</source><translation>{zone} n'est pas un fuseau horaire connu de cet ordinateur : choisissez-en un dans la liste (Europe/Paris, Indian/Reunion…).</translation></message></context><context><name>RecordErrors</name><message><source>No user named {text!r}</source><translation>Aucun utilisateur nommé « {text} »</translation></message><message><source>Activity #{id} does not exist</source><translation>L'activité n° {id} n'existe pas</translation></message><message><source>Contact #{id} does not exist</source><translation>Le contact n° {id} n'existe pas</translation></message><message><source>Series #{id} does not exist</source><translation>La série n° {id} n'existe pas</translation></message><message><source>No series named {name!r}</source><translation>Aucune série nommée « {name} »</translation></message><message><source>Contact #{id} does not exist any more.</source><translation>Le contact n° {id} n'existe plus.</translation></message><message><source>Company #{id} does not exist any more.</source><translation>La société n° {id} n'existe plus.</translation></message><message><source>Note #{id} does not exist any more.</source><translation>La note n° {id} n'existe plus.</translation></message><message><source>Contact #{id} does not exist (it may have been deleted or merged by a colleague).</source><translation>Le contact n° {id} n'existe pas (un collègue l'a peut-être supprimé ou fusionné).</translation></message><message><source>'{record}' is not contact or company.</source><translation>« {record} » n'est ni « contact » ni « company ».</translation></message><message><source>Field #{id} does not exist (a colleague may have removed it).</source><translation>Le champ n° {id} n'existe pas (un collègue l'a peut-être supprimé).</translation></message><message><source>There is no contact field named '{name}'.</source><translation>Il n'y a pas de champ de contact nommé « {name} ».</translation></message><message><source>There is no company field named '{name}'.</source><translation>Il n'y a pas de champ de société nommé « {name} ».</translation></message><message><source>There is no {record} field named '{name}'.</source><translation>Il n'y a pas de champ {record} nommé « {name} ».</translation></message><message><source>Contact #{id} does not exist.</source><translation>Le contact n° {id} n'existe pas.</translation></message><message><source>Company #{id} does not exist.</source><translation>La société n° {id} n'existe pas.</translation></message><message><source>Give the field a name.</source><translation>Donnez un nom au champ.</translation></message><message><source>The name is longer than {length} characters.</source><translation>Le nom dépasse {length} caractères.</translation></message><message><source>'{name}' is not a valid name: use lower-case letters, digits and _, starting with a letter (e.g. contract_end).</source><translation>« {name} » n'est pas un nom valide : utilisez des lettres minuscules, des chiffres et _, en commençant par une lettre (par exemple fin_contrat).</translation></message><message><source>'{name}' is a reserved word; choose another name.</source><translation>« {name} » est un mot réservé ; choisissez un autre nom.</translation></message><message><source>'{name}' is already a standard company field; choose another name.</source><translation>« {name} » est déjà un champ standard des sociétés ; choisissez un autre nom.</translation></message><message><source>'{name}' is already a standard contact field; choose another name.</source><translation>« {name} » est déjà un champ standard des contacts ; choisissez un autre nom.</translation></message><message><source>'{name}' is already a merge field of letters; choose another name.</source><translation>« {name} » est déjà un champ de fusion des lettres ; choisissez un autre nom.</translation></message><message><source>A choice field needs at least one choice.</source><translation>Un champ à liste de choix demande au moins un choix.</translation></message><message><source>There is already a company field named '{name}'.</source><translation>Il existe déjà un champ de société nommé « {name} ».</translation></message><message><source>There is already a contact field named '{name}'.</source><translation>Il existe déjà un champ de contact nommé « {name} ».</translation></message></context><context><name>ReportErrors</name><message><source>The period ends ({end:%d/%m/%Y}) before it starts ({start:%d/%m/%Y}): give the dates the other way round.</source><translation>La période se termine ({end:%d/%m/%Y}) avant de commencer ({start:%d/%m/%Y}) : inversez les deux dates.</translation></message><message><source>The field '{name}' is not a number field: choose a number field for P.</source><translation>Le champ « {name} » n'est pas un champ numérique : choisissez un champ numérique pour P.</translation></message><message><source>'{klass}' is not a class of {method} (classes: {names}).</source><translation>« {klass} » n'est pas une classe de {method} (classes : {names}).</translation></message><message><source>'{method}' is not an analysis: choose one of {names}.</source><translation>« {method} » n'est pas une analyse : choisissez parmi {names}.</translation></message><message><source>The file needs a date column, an amount column and a client column (reference, company or contact); name them with --mapping, e.g. "date=Date facture,amount=Montant HT,company=Client".</source><translation>Le fichier doit avoir une colonne de date, une colonne de montant et une colonne de client (référence, société ou contact) ; nommez-les avec --mapping, par exemple « date=Date facture,amount=Montant HT,company=Client ».</translation></message><message><source>The file {name} is empty.</source><translation>Le fichier {name} est vide.</translation></message><message><source>There is no sales import #{id}.</source><translation>Il n'y a pas d'import de ventes n° {id}.</translation></message><message><source>The sales import #{id} was already undone.</source><translation>L'import de ventes n° {id} a déjà été annulé.</translation></message><message><source>'{part}' is not a column choice: write field=Header with a field among {names}.</source><translation>« {part} » n'est pas un choix de colonne : écrivez champ=En-tête avec un champ parmi {names}.</translation></message><message><source>The file has no column '{header}' (columns: {names}).</source><translation>Le fichier n'a pas de colonne « {header} » (colonnes : {names}).</translation></message><message><source>The report is written as .csv or .xlsx.</source><translation>Le rapport s'écrit en .csv ou en .xlsx.</translation></message><message><source>Unknown export format '{fmt}': use xlsx, csv or vcf.</source><translation>Format d'export inconnu « {fmt} » : utilisez xlsx, csv ou vcf.</translation></message><message><source>Unknown column(s): {names}.</source><translation>Colonne(s) inconnue(s) : {names}.</translation></message><message><source>There is no contact number {contact_id}.</source><translation>Il n'y a pas de contact numéro {contact_id}.</translation></message><message><source>Unknown format '{fmt}': choose pdf or xlsx.</source><translation>Format inconnu « {fmt} » : choisissez pdf ou xlsx.</translation></message><message><source>The period ends ({end:%d/%m/%Y}) before it starts ({start:%d/%m/%Y}): give --from before --to.</source><translation>La période se termine ({end:%d/%m/%Y}) avant de commencer ({start:%d/%m/%Y}) : donnez --from avant --to.</translation></message><message><source>There is no report named '{name}'. Reports: {names}.</source><translation>Il n'y a pas de rapport nommé « {name} ». Rapports : {names}.</translation></message></context><context><name>CampaignErrors</name><message><source>Campaign #{id} does not exist (any more).</source><translation>La campagne n° {id} n'existe pas (ou plus).</translation></message><message><source>No campaign is called '{name}'. Known campaigns: {known}. 'desktop-crm campaigns list' shows them all.</source><translation>Aucune campagne ne s'appelle « {name} ». Campagnes connues : {known}. « desktop-crm campaigns list » les affiche toutes.</translation></message><message><source>No group is called '{name}'. 'desktop-crm groups list' shows the groups.</source><translation>Aucun groupe ne s'appelle « {name} ». « desktop-crm groups list » affiche les groupes.</translation></message><message><source>Contact #{id} does not exist (any more).</source><translation>Le contact n° {id} n'existe pas (ou plus).</translation></message><message><source>Contact #{id} does not exist any more.</source><translation>Le contact n° {id} n'existe plus.</translation></message><message><source>History entry #{id} does not exist any more.</source><translation>L'entrée d'historique n° {id} n'existe plus.</translation></message><message><source>There is no campaign called '{name}' (campaigns: {known}).</source><translation>Il n'y a pas de campagne nommée « {name} » (campagnes : {known}).</translation></message><message><source>Campaign #{id} does not exist any more.</source><translation>La campagne n° {id} n'existe plus.</translation></message><message><source>Group #{id} does not exist.</source><translation>Le groupe n° {id} n'existe pas.</translation></message><message><source>Group #{id} does not exist any more.</source><translation>Le groupe n° {id} n'existe plus.</translation></message><message><source>none yet</source><translation>aucun pour l'instant</translation></message><message><source>No letter template named '{name}' (known: {known}).</source><translation>Aucun modèle de lettre nommé « {name} » (modèles connus : {known}).</translation></message><message><source>No email template named '{name}' (known: {known}).</source><translation>Aucun modèle d'e-mail nommé « {name} » (modèles connus : {known}).</translation></message><message><source>No {kind} template named '{name}' (known: {known}).</source><translation>Aucun modèle {kind} nommé « {name} » (modèles connus : {known}).</translation></message><message><source>The mail server refused the user name or password.</source><translation>Le serveur de messagerie a refusé le nom d'utilisateur ou le mot de passe.</translation></message><message><source>Cannot connect to the mail server {host}:{port}: {exc}</source><translation>Impossible de se connecter au serveur de messagerie {host}:{port} ({exc}).</translation></message><message><source>no campaign yet</source><translation>aucune pour l'instant</translation></message><message><source>The campaign needs a name.</source><translation>La campagne doit avoir un nom.</translation></message><message><source>The campaign cannot end before it starts.</source><translation>La campagne ne peut pas finir avant d'avoir commencé.</translation></message><message><source>A campaign is already called '{name}'.</source><translation>Une campagne s'appelle déjà « {name} ».</translation></message><message><source>The file holds no response: nothing was recorded.</source><translation>Le fichier ne contient aucune réponse : rien n'a été enregistré.</translation></message><message><source>line {line}: unknown response '{kind}'</source><translation>ligne {line} : réponse inconnue « {kind} »</translation></message><message><source>line {line}: no contact has '{key}'</source><translation>ligne {line} : aucun contact n'a « {key} »</translation></message><message><source>line {line}: {count} contacts share '{key}'</source><translation>ligne {line} : {count} contacts partagent « {key} »</translation></message><message><source>{count} line(s) cannot be recorded ({shown}). Nothing was recorded: correct the file (an e-mail address or a contact number, and one of {kinds}) and import it again.</source><translation>{count} ligne(s) ne peuvent pas être enregistrées ({shown}). Rien n'a été enregistré : corrigez le fichier (une adresse e-mail ou un numéro de contact, et l'un de {kinds}) puis importez-le à nouveau.</translation></message><message><source>A campaign name is at most {length} characters (this one has {count}).</source><translation>Un nom de campagne compte au plus {length} caractères (celui-ci en a {count}).</translation></message><message><source>; </source><translation> ; </translation></message></context><context><name>GroupErrors</name><message><source>Group #{id} does not exist.</source><translation>Le groupe n° {id} n'existe pas.</translation></message><message><source>The group includes itself</source><translation>Le groupe s'inclut lui-même</translation></message><message><source>Contact #{id}</source><translation>Contact n° {id}</translation></message><message><source> (and {count} more)</source><translation> (et {count} autres)</translation></message><message><source>{name}{others} is a member of '{group}' through the subgroup '{path}': remove it there.</source><translation>{name}{others} fait partie de « {group} » par le sous-groupe « {path} » : retirez-le de ce sous-groupe.</translation></message><message><source>No group named '{name}'.</source><translation>Aucun groupe nommé « {name} ».</translation></message><message><source>{what} Used by the query of: {listed} — edit those queries first.</source><translation>{what} Utilisé par la requête de : {listed} — modifiez d'abord ces requêtes.</translation></message><message><source>The group '{name}' cannot be deleted.</source><translation>Le groupe « {name} » ne peut pas être supprimé.</translation></message><message><source>The field '{label}' cannot be removed.</source><translation>Le champ « {label} » ne peut pas être supprimé.</translation></message><message><source>A group needs a name: give one.</source><translation>Un groupe doit avoir un nom : donnez-en un.</translation></message><message><source>A group named '{name}' is already there: choose another name.</source><translation>Un groupe nommé « {name} » existe déjà : choisissez un autre nom.</translation></message><message><source>A group name cannot hold '{separator}' (it separates a path's groups).</source><translation>Un nom de groupe ne peut pas contenir « {separator} » (il sépare les groupes d'un chemin).</translation></message><message><source>A group name is at most {length} characters (this one has {count}).</source><translation>Un nom de groupe compte au plus {length} caractères (celui-ci en a {count}).</translation></message></context><context><name>BackupErrors</name><message><source>Backups of a shared PostgreSQL database are made on the server (pg_dump); ask your administrator.</source><translation>Les sauvegardes d'une base PostgreSQL partagée se font sur le serveur (pg_dump) ; demandez à votre administrateur.</translation></message><message><source>Choose a backup file other than the database itself.</source><translation>Choisissez un fichier de sauvegarde autre que la base elle-même.</translation></message><message><source>The restore into {target} failed ({exc}): nothing was changed.</source><translation>La restauration dans {target} a échoué ({exc}) : rien n'a été modifié.</translation></message><message><source>The backup file {path} does not exist.</source><translation>Le fichier de sauvegarde {path} n'existe pas.</translation></message><message><source>{path} is damaged or is not a Desktop CRM backup. Nothing was changed.</source><translation>{path} est abîmé ou n'est pas une sauvegarde Desktop CRM. Rien n'a été modifié.</translation></message><message><source>The folder {parent} does not exist: nothing was changed. Create it first or choose another database file with --db.</source><translation>Le dossier {parent} n'existe pas : rien n'a été modifié. Créez-le d'abord ou choisissez un autre fichier de base avec --db.</translation></message><message><source>{target} is read-only (or its folder is): nothing was changed. Make it writable or choose another database file with --db.</source><translation>{target} est en lecture seule (ou son dossier l'est) : rien n'a été modifié. Rendez-le modifiable ou choisissez un autre fichier de base avec --db.</translation></message><message><source>{target} stayed busy with another program for {seconds} s (an import, or Desktop CRM open elsewhere): nothing was changed. Close the other program or wait for it to finish, then restore again.</source><translation>{target} est resté occupé par un autre programme pendant {seconds} s (un import, ou Desktop CRM ouvert ailleurs) : rien n'a été modifié. Fermez l'autre programme ou attendez qu'il ait fini, puis restaurez à nouveau.</translation></message><message><source>{target} is read-only: nothing was changed. Make it writable or choose another database file with --db.</source><translation>{target} est en lecture seule : rien n'a été modifié. Rendez-le modifiable ou choisissez un autre fichier de base avec --db.</translation></message><message><source>There is no database at {source}.</source><translation>Il n'y a pas de base à l'emplacement {source}.</translation></message><message><source>{target} already exists: recover into a new file so that nothing is overwritten.</source><translation>{target} existe déjà : récupérez dans un nouveau fichier pour ne rien écraser.</translation></message><message><source>The folder {parent} does not exist: create it first or choose another file for --to.</source><translation>Le dossier {parent} n'existe pas : créez-le d'abord ou choisissez un autre fichier pour --to.</translation></message><message><source>{path} is not a Desktop CRM backup ({exc}). Nothing was changed.</source><translation>{path} n'est pas une sauvegarde Desktop CRM ({exc}). Rien n'a été modifié.</translation></message><message><source>{target} could not be written ({strerror}): nothing was changed. Make it writable or choose another database file with --db.</source><translation>{target} n'a pas pu être écrit ({strerror}) : rien n'a été modifié. Rendez-le modifiable ou choisissez un autre fichier de base avec --db.</translation></message><message><source>Nothing can be read from {source}, not even its list of tables ({exc}): restore a backup with 'desktop-crm restore BACKUP'.</source><translation>Rien ne peut être lu dans {source}, pas même sa liste de tables ({exc}) : restaurez une sauvegarde avec « desktop-crm restore SAUVEGARDE ».</translation></message><message><source>{path} is a folder: give the backup file inside it. Nothing was changed.</source><translation>{path} est un dossier : indiquez le fichier de sauvegarde qu'il contient. Rien n'a été modifié.</translation></message><message><source>{path} is not a Desktop CRM backup ({looks_like}). Nothing was changed.</source><translation>{path} n'est pas une sauvegarde Desktop CRM ({looks_like}). Rien n'a été modifié.</translation></message></context><context><name>OpportunityErrors</name><message><source>Your role (Restricted) does not see amounts, so it cannot filter by amount. Clear the amount boxes of the filter.</source><translation>Votre rôle (Restreint) ne voit pas les montants, il ne peut donc pas filtrer par montant. Videz les cases de montant du filtre.</translation></message><message><source>Unknown sort '{key}': use one of {names}.</source><translation>Tri inconnu « {key} » : utilisez l'un de ceux-ci : {names}.</translation></message><message><source>The new order must list every stage of the process exactly once.</source><translation>Le nouvel ordre doit citer chaque étape du processus exactement une fois.</translation></message><message><source>Both stages must belong to the same process.</source><translation>Les deux étapes doivent appartenir au même processus.</translation></message><message><source>Sales process #{id} does not exist (any more).</source><translation>Le processus de vente n° {id} n'existe pas (ou plus).</translation></message><message><source>Sales stage #{id} does not exist (any more).</source><translation>L'étape de vente n° {id} n'existe pas (ou plus).</translation></message><message><source>There is no sales process named '{text}'.</source><translation>Il n'y a pas de processus de vente nommé « {text} ».</translation></message><message><source>The sales process '{name}' is used by {used} opportunity: move them to another process first.</source><translation>Le processus de vente « {name} » est utilisé par {used} opportunité : déplacez-la d'abord vers un autre processus.</translation></message><message><source>The sales process '{name}' is used by {used} opportunities: move them to another process first.</source><translation>Le processus de vente « {name} » est utilisé par {used} opportunités : déplacez-les d'abord vers un autre processus.</translation></message><message><source>The stage '{name}' is used by {used} opportunity: move them to another stage before deleting it.</source><translation>L'étape « {name} » est utilisée par {used} opportunité : déplacez-la vers une autre étape avant de supprimer celle-ci.</translation></message><message><source>The stage '{name}' is used by {used} opportunities: move them to another stage before deleting it.</source><translation>L'étape « {name} » est utilisée par {used} opportunités : déplacez-les vers une autre étape avant de supprimer celle-ci.</translation></message><message><source>Product #{id} does not exist (any more).</source><translation>Le produit n° {id} n'existe pas (ou plus).</translation></message><message><source>Opportunity #{id} does not exist (any more).</source><translation>L'opportunité n° {id} n'existe pas (ou plus).</translation></message></context><context><name>PrivacyErrors</name><message><source>Contact #{id} does not exist.</source><translation>Le contact n° {id} n'existe pas.</translation></message><message><source>Unknown erasure origin {origin!r}.</source><translation>Origine d'effacement inconnue « {origin} ».</translation></message><message><source>Choose different names for the JSON and the PDF file.</source><translation>Choisissez des noms différents pour le fichier JSON et le fichier PDF.</translation></message><message><source>There is no contact #{id}: check the number (it is shown on the contact's card and by 'desktop-crm export').</source><translation>Il n'y a pas de contact n° {id} : vérifiez le numéro (il figure sur la fiche du contact et dans « desktop-crm export »).</translation></message><message><source>Contact #{id} was erased on {erased_at:%d/%m/%Y} (erasure record #{id2}): nothing about this person is stored any more.</source><translation>Le contact n° {id} a été effacé le {erased_at:%d/%m/%Y} (trace d'effacement n° {id2}) : plus rien sur cette personne n'est conservé.</translation></message><message><source>The retention period must be between 1 and 1200 months (not {months}).</source><translation>La durée de conservation doit être comprise entre 1 et 1200 mois (et non {months}).</translation></message><message><source>Unknown consent status '{text}': use opt_in, soft_opt_in (customer), objection or unknown.</source><translation>Statut de consentement inconnu « {text} » : utilisez opt_in, soft_opt_in (client), objection ou unknown.</translation></message><message><source>Unknown consent status '{status}'.</source><translation>Statut de consentement inconnu « {status} ».</translation></message><message><source>Say where the consent or objection comes from.</source><translation>Indiquez d'où vient le consentement ou l'opposition.</translation></message></context><context><name>ImportNotes</name><message><source>Other details from the file:</source><translation>Autres informations du fichier :</translation></message><message><source>Other details from the vCard:</source><translation>Autres informations de la vCard :</translation></message><message><source>fax</source><translation>télécopie</translation></message><message><source>home fax</source><translation>télécopie domicile</translation></message><message><source>pager</source><translation>récepteur d'appel</translation></message><message><source>mobile</source><translation>portable</translation></message><message><source>home</source><translation>domicile</translation></message><message><source>work</source><translation>bureau</translation></message><message><source>main</source><translation>principal</translation></message><message><source>other</source><translation>autre</translation></message><message><source>no label</source><translation>sans libellé</translation></message><message><source>school</source><translation>école</translation></message><message><source>home page</source><translation>page d'accueil</translation></message><message><source>assistant</source><translation>assistant(e)</translation></message><message><source>brother</source><translation>frère</translation></message><message><source>child</source><translation>enfant</translation></message><message><source>domestic partner</source><translation>concubin(e)</translation></message><message><source>father</source><translation>père</translation></message><message><source>friend</source><translation>ami(e)</translation></message><message><source>manager</source><translation>responsable</translation></message><message><source>mother</source><translation>mère</translation></message><message><source>parent</source><translation>parent(e)</translation></message><message><source>partner</source><translation>partenaire</translation></message><message><source>referred by</source><translation>recommandé(e) par</translation></message><message><source>relative</source><translation>membre de la famille</translation></message><message><source>sister</source><translation>sœur</translation></message><message><source>spouse</source><translation>conjoint(e)</translation></message><message><source>anniversary</source><translation>anniversaire de mariage</translation></message><message><source>birthday</source><translation>anniversaire</translation></message><message><source>Nickname</source><translation>Surnom</translation></message><message><source>Role</source><translation>Rôle</translation></message><message><source>Instant messaging</source><translation>Messagerie instantanée</translation></message><message><source>Social profile</source><translation>Profil social</translation></message><message><source>Anniversary</source><translation>Anniversaire de mariage</translation></message><message><source>Related</source><translation>Relation</translation></message><message><source>Date</source><translation>Date</translation></message><message><source>Related (spouse)</source><translation>Relation (conjoint(e))</translation></message><message><source>Related (manager)</source><translation>Relation (responsable)</translation></message><message><source>Related (assistant)</source><translation>Relation (assistant(e))</translation></message><message><source>Related (child)</source><translation>Relation (enfant)</translation></message><message><source>Phonetic first name</source><translation>Prénom phonétique</translation></message><message><source>Phonetic middle name</source><translation>Deuxième prénom phonétique</translation></message><message><source>Phonetic last name</source><translation>Nom phonétique</translation></message><message><source>Phonetic company</source><translation>Société phonétique</translation></message><message><source>Address label</source><translation>Étiquette d'adresse</translation></message><message><source>Location</source><translation>Position géographique</translation></message><message><source>{label}: {value}</source><translation>{label} : {value}</translation></message><message><source>{name} ({label}): {value}</source><translation>{name} ({label}) : {value}</translation></message><message><source>Phone ({label}): {value}</source><translation>Téléphone ({label}) : {value}</translation></message><message><source>{number} ext. {ext}</source><translation>{number} poste {ext}</translation></message><message><source>E-mail ({label}): {value}</source><translation>E-mail ({label}) : {value}</translation></message><message><source>Address ({label}): {value}</source><translation>Adresse ({label}) : {value}</translation></message><message><source>Region (address): {value}</source><translation>Région (adresse) : {value}</translation></message><message><source>Region (home address): {value}</source><translation>Région (adresse personnelle) : {value}</translation></message><message><source>Web site: {value}</source><translation>Site web : {value}</translation></message><message><source>Web site ({label}): {value}</source><translation>Site web ({label}) : {value}</translation></message><message><source>Related ({label}): {value}</source><translation>Relation ({label}) : {value}</translation></message><message><source>Date ({label}): {value}</source><translation>Date ({label}) : {value}</translation></message><message><source>Instant messaging ({service}): {value}</source><translation>Messagerie instantanée ({service}) : {value}</translation></message><message><source>Custom field: {value}</source><translation>Champ personnalisé : {value}</translation></message><message><source>Birthday (no year): {day}</source><translation>Anniversaire (sans année) : {day}</translation></message><message><source>Name suffix: {value}</source><translation>Suffixe du nom : {value}</translation></message><message><source>Nickname: {value}</source><translation>Surnom : {value}</translation></message><message><source>Company: {value}</source><translation>Société : {value}</translation></message><message><source>Job title: {value}</source><translation>Fonction : {value}</translation></message><message><source>Birthday: {value}</source><translation>Date de naissance : {value}</translation></message><message><source>E-mail</source><translation>E-mail</translation></message><message><source>E-mail 2</source><translation>E-mail 2</translation></message><message><source>Business phone</source><translation>Téléphone professionnel</translation></message><message><source>Mobile phone</source><translation>Téléphone mobile</translation></message><message><source>Home phone</source><translation>Téléphone domicile</translation></message><message><source>Business fax</source><translation>Fax professionnel</translation></message><message><source>Address</source><translation>Adresse</translation></message><message><source>Home address</source><translation>Adresse personnelle</translation></message></context><context><name>CardEmptyNotes</name><message><source>No history entry to show. Calls, letters, e-mails and changes are written here as they happen; the filters above may hide some.</source><translation>Aucun élément d'historique à afficher. Les appels, courriers, e-mails et modifications s'inscrivent ici au fil de l'eau ; les filtres ci-dessus peuvent en masquer.</translation></message><message><source>No note yet. “Add a note…” writes one.</source><translation>Aucune note pour l'instant. « Ajouter une note… » en écrit une.</translation></message><message><source>No activity to do for this contact. “Schedule…” plans one.</source><translation>Aucune activité à faire pour ce contact. « Planifier… » en planifie une.</translation></message><message><source>No opportunity for this contact. “New opportunity…” creates one.</source><translation>Aucune opportunité pour ce contact. « Nouvelle opportunité… » en crée une.</translation></message><message><source>This contact is in no group. “Add to a group…” puts it in one.</source><translation>Ce contact n'est dans aucun groupe. « Ajouter à un groupe… » l'y place.</translation></message></context><context><name>CampaignEmptyNotes</name><message><source>No cost entered yet. “Add a cost” adds a line: printing, postage, stand…</source><translation>Aucun coût saisi. « Ajouter un coût » ajoute une ligne : impression, affranchissement, stand…</translation></message><message><source>No target yet. “Add the group's targets”, in the campaign list, adds the contacts of the target group.</source><translation>Aucune cible. « Ajouter les cibles du groupe », dans la liste des campagnes, ajoute les contacts du groupe cible.</translation></message><message><source>No referral recorded yet. On a contact's card, the Referrals tab records who recommended the contact.</source><translation>Aucune recommandation enregistrée. Sur la fiche d'un contact, l'onglet Recommandations indique qui l'a recommandé.</translation></message><message><source>No contact has a “Referred by” source yet. Choose one on the contact's card.</source><translation>Aucun contact n'a encore de source « Recommandé par ». Choisissez-la sur la fiche du contact.</translation></message><message><source>This contact has recommended nobody yet. “Recommended by”, on the other contact's Referrals tab, records it.</source><translation>Ce contact n'a encore recommandé personne. « Recommandé par », dans l'onglet Recommandations de l'autre contact, l'enregistre.</translation></message></context><context><name>QueryWords</name><message><source>{n} day</source><translation>{n} jour</translation></message><message><source>{n} week</source><translation>{n} semaine</translation></message><message><source>{n} month</source><translation>{n} mois</translation></message><message><source>{n} year</source><translation>{n} an</translation></message><message><source>{n} days</source><translation>{n} jours</translation></message><message><source>{n} weeks</source><translation>{n} semaines</translation></message><message><source>{n} months</source><translation>{n} mois</translation></message><message><source>{n} years</source><translation>{n} ans</translation></message><message><source>has an open activity</source><translation>a une activité en cours</translation></message><message><source>{field} more than {time} ago</source><translation>{field} il y a plus de {time}</translation></message><message><source>has no history entry {kind}</source><translation>n'a aucune entrée d'historique {kind}</translation></message><message><source>has a history entry {kind}</source><translation>a une entrée d'historique {kind}</translation></message><message><source> and </source><translation> et </translation></message><message><source> or </source><translation> ou </translation></message><message><source>“{text}”</source><translation>« {text} »</translation></message><message><source>{year}-{month}-{day}</source><translation>{day}/{month}/{year}</translation></message><message><source>yes</source><translation>oui</translation></message><message><source>no</source><translation>non</translation></message><message><source>{field} from {low} to {high}</source><translation>{field} du {low} au {high}</translation></message><message><source>{field} between {low} and {high}</source><translation>{field} entre {low} et {high}</translation></message><message><source>has an open opportunity</source><translation>a une affaire en cours</translation></message><message><source>{field} on {value}</source><translation>{field} le {value}</translation></message><message><source>{field} not on {value}</source><translation>{field} autre que le {value}</translation></message><message><source>{field} before {value}</source><translation>{field} avant le {value}</translation></message><message><source>{field} on or before {value}</source><translation>{field} le {value} au plus tard</translation></message><message><source>{field} after {value}</source><translation>{field} après le {value}</translation></message><message><source>{field} on or after {value}</source><translation>{field} le {value} au plus tôt</translation></message><message><source>{field} is {value}</source><translation>{field} est {value}</translation></message><message><source>{field} is not {value}</source><translation>{field} n'est pas {value}</translation></message><message><source>{field} is less than {value}</source><translation>{field} est inférieur à {value}</translation></message><message><source>{field} is at most {value}</source><translation>{field} est au plus {value}</translation></message><message><source>{field} is more than {value}</source><translation>{field} est supérieur à {value}</translation></message><message><source>{field} is at least {value}</source><translation>{field} est au moins {value}</translation></message><message><source>{field} contains {value}</source><translation>{field} contient {value}</translation></message><message><source>{field} starts with {value}</source><translation>{field} commence par {value}</translation></message><message><source>{field} within the last {time}</source><translation>{field} il y a moins de {time}</translation></message><message><source>{field} within the next {time}</source><translation>{field} d'ici {time}</translation></message><message><source>has no history entry {kind} since {day}</source><translation>n'a aucune entrée d'historique {kind} depuis le {day}</translation></message><message><source>has a history entry {kind} since {day}</source><translation>a une entrée d'historique {kind} depuis le {day}</translation></message><message><source>class {klass} of the analysis “{method}” over {period}</source><translation>classe {klass} de l'analyse « {method} » sur {period}</translation></message><message><source>not ({condition})</source><translation>non ({condition})</translation></message><message><source>.</source><translation>,</translation></message><message><source>{field} of the company</source><translation>{field} de la société</translation></message><message><source>{field} is empty</source><translation>{field} est vide</translation></message><message><source>{field} is one of {values}</source><translation>{field} parmi {values}</translation></message><message><source>{field} (day and month) within the next {days} days</source><translation>{field} (jour et mois) dans les {days} prochains jours</translation></message><message><source>member of the group {name}</source><translation>membre du groupe {name}</translation></message><message><source>has an open opportunity at the stage {stage}</source><translation>a une affaire en cours à l'étape {stage}</translation></message><message><source>{channel} consent: {status}</source><translation>consentement {channel} : {status}</translation></message><message><source>found by the lookup {text}</source><translation>trouvé par la recherche {text}</translation></message><message><source>{field}: {value}</source><translation>{field} : {value}</translation></message><message><source>the year {year}</source><translation>l'année {year}</translation></message><message><source>the period from {start} to {end}</source><translation>la période du {start} au {end}</translation></message><message><source>, among the group {name}</source><translation>, parmi le groupe {name}</translation></message><message><source>{field} is not empty</source><translation>{field} n'est pas vide</translation></message><message><source>{field} (day and month) today</source><translation>{field} (jour et mois) aujourd'hui</translation></message><message><source>{field} (day and month) today or tomorrow</source><translation>{field} (jour et mois) aujourd'hui ou demain</translation></message><message><source>contacts counted: {kinds}</source><translation>contacts comptés : {kinds}</translation></message><message><source>P read from {field}</source><translation>P lu dans {field}</translation></message><message><source>thresholds A {a}% and B {b}%</source><translation>seuils A {a} % et B {b} %</translation></message><message><source>inactive after {time}</source><translation>inactif après {time}</translation></message><message><source>; </source><translation> ; </translation></message></context><context><name>TeamZone</name><message><source>Metropolitan France</source><translation>France métropolitaine</translation></message><message><source>Belgium</source><translation>Belgique</translation></message><message><source>Luxembourg</source><translation>Luxembourg</translation></message><message><source>Switzerland</source><translation>Suisse</translation></message><message><source>Monaco</source><translation>Monaco</translation></message><message><source>Réunion</source><translation>La Réunion</translation></message><message><source>Mayotte</source><translation>Mayotte</translation></message><message><source>Guadeloupe</source><translation>Guadeloupe</translation></message><message><source>Martinique</source><translation>Martinique</translation></message><message><source>French Guiana</source><translation>Guyane</translation></message><message><source>Saint Pierre and Miquelon</source><translation>Saint-Pierre-et-Miquelon</translation></message><message><source>New Caledonia</source><translation>Nouvelle-Calédonie</translation></message><message><source>French Polynesia (Tahiti)</source><translation>Polynésie française (Tahiti)</translation></message><message><source>Wallis and Futuna</source><translation>Wallis-et-Futuna</translation></message><message><source>Quebec (Montreal)</source><translation>Québec (Montréal)</translation></message><message><source>Morocco</source><translation>Maroc</translation></message><message><source>Senegal</source><translation>Sénégal</translation></message><message><source>Côte d'Ivoire</source><translation>Côte d'Ivoire</translation></message><message><source>The time zone of the team's dates: today, the times the dialogs propose and the history. Shared by everyone using this database.</source><translation>Le fuseau horaire des dates de l'équipe : aujourd'hui, les heures proposées par les fenêtres et l'historique. Commun à tous les utilisateurs de cette base.</translation></message></context></TS>