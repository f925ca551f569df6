<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>DuplicateWizard</name>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/wizard.py" line="237" />
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/wizard.py" line="250" />
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="16" />
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="17" />
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="42" />
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="18" />
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="43" />
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="19" />
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="47" />
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="20" />
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="49" />
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="91" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="21" />
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="54" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="22" />
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="61" />
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="23" />
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="60" />
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="24" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="25" />
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="88" />
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="31" />
        <source>Exact</source>
        <translation>Exact</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="32" />
        <source>Normalised (accents, case, legal forms)</source>
        <translation>Normalisé (accents, casse, formes juridiques)</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="33" />
        <source>Similar (fuzzy)</source>
        <translation>Approchant</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="34" />
        <source>Sounds alike (phonetic)</source>
        <translation>Même prononciation (phonétique)</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="41" />
        <source>Title</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="44" />
        <source>Salutation</source>
        <translation>Formule d’appel</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="45" />
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="46" />
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="48" />
        <source>Company record</source>
        <translation>Fiche société</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="50" />
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="51" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="52" />
        <source>Home phone</source>
        <translation>Téléphone domicile</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="53" />
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="92" />
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="55" />
        <source>E-mail 2</source>
        <translation>E-mail 2</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="56" />
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="57" />
        <source>Address 1</source>
        <translation>Adresse 1</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="58" />
        <source>Address 2</source>
        <translation>Adresse 2</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="59" />
        <source>Address 3</source>
        <translation>Adresse 3</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="62" />
        <source>Cedex</source>
        <translation>Cedex</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="63" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="64" />
        <source>Home address 1</source>
        <translation>Adresse personnelle 1</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="65" />
        <source>Home address 2</source>
        <translation>Adresse personnelle 2</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="66" />
        <source>Home postcode</source>
        <translation>Code postal personnel</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="67" />
        <source>Home city</source>
        <translation>Ville personnelle</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="68" />
        <source>Home country</source>
        <translation>Pays personnel</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="69" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="70" />
        <source>Industry</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="71" />
        <source>Company size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="72" />
        <source>Referred by</source>
        <translation>Recommandé par</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="73" />
        <source>Potential</source>
        <translation>Potentiel</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="74" />
        <source>ID/Status</source>
        <translation>ID/Statut</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="75" />
        <source>Last results</source>
        <translation>Derniers résultats</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="76" />
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="77" />
        <source>Record manager</source>
        <translation>Responsable de la fiche</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="78" />
        <source>Do not mail</source>
        <translation>Pas de courrier</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="79" />
        <source>Do not call</source>
        <translation>Pas d’appel</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="80" />
        <source>Do not e-mail</source>
        <translation>Pas d’e-mail</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="81" />
        <source>Returned mail (NPAI)</source>
        <translation>NPAI</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="82" />
        <source>E-mail invalid</source>
        <translation>E-mail invalide</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="83" />
        <source>To review</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="84" />
        <source>Contract end</source>
        <translation>Fin de contrat</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="85" />
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="86" />
        <source>Name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="87" />
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="89" />
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="90" />
        <source>VAT number</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="93" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="94" />
        <source>Parent company</source>
        <translation>Société mère</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="101" />
        <source>history</source>
        <translation>historiques</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="102" />
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="103" />
        <source>activities</source>
        <translation>activités</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="104" />
        <source>shared activities</source>
        <translation>activités partagées</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="105" />
        <source>activity series</source>
        <translation>séries d’activités</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="106" />
        <source>opportunities</source>
        <translation>opportunités</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="107" />
        <source>sales</source>
        <translation>ventes</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="108" />
        <source>groups</source>
        <translation>groupes</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="109" />
        <source>campaigns</source>
        <translation>campagnes</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="110" />
        <source>consents</source>
        <translation>consentements</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="111" />
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="112" />
        <source>divisions</source>
        <translation>divisions</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="120" />
        <source>%1: identical (strong rule)</source>
        <translation>%1 : identique (règle forte)</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="122" />
        <source>%1: identical</source>
        <translation>%1 : identique</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="124" />
        <source>after removing the legal form</source>
        <translation>sans la forme juridique</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="127" />
        <source>after normalising</source>
        <translation>après normalisation</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="128" />
        <source>with first and last names swapped</source>
        <translation>prénom et nom inversés</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="129" />
        <source>similar</source>
        <translation>proches</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="130" />
        <source>sounds alike</source>
        <translation>même prononciation</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="131" />
        <source>different</source>
        <translation>différents</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/texts.py" line="134" />
        <source>%1: '%2' ~ '%3' %4 %5</source>
        <translation>%1 : « %2 » ~ « %3 » %4 %5</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/group_model.py" line="69" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/group_model.py" line="69" />
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/group_model.py" line="69" />
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/group_model.py" line="70" />
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/group_model.py" line="75" />
        <source>Merged (merge %1)</source>
        <translation>Fusionné (fusion %1)</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/group_model.py" line="76" />
        <source>To review</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/group_model.py" line="76" />
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/group_model.py" line="77" />
        <source>Not a duplicate</source>
        <translation>Pas un doublon</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/merge_dialog.py" line="163" />
        <source>Merge records</source>
        <translation>Fusionner des fiches</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/merge_dialog.py" line="170" />
        <source>Choose the record to keep and, for each field, the value that wins (click a cell). Everything attached to the other records moves to the kept one; values not kept go into a note. The merge can be undone.</source>
        <translation>Choisissez la fiche à garder et, pour chaque champ, la valeur retenue (cliquez sur une case). Tout ce qui est rattaché aux autres fiches passe sur la fiche gardée ; les valeurs non retenues sont conservées dans une note. La fusion peut être annulée.</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/merge_dialog.py" line="181" />
        <source>Keep %1</source>
        <translation>Garder %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/merge_dialog.py" line="189" />
        <source>edited %1</source>
        <translation>modifiée le %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/merge_dialog.py" line="191" />
        <source>nothing attached</source>
        <translation>rien de rattaché</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/merge_dialog.py" line="204" />
        <source>Show identical fields too</source>
        <translation>Afficher aussi les champs identiques</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/merge_dialog.py" line="211" />
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/review_page.py" line="58" />
        <source>Review the likely duplicates</source>
        <translation>Examiner les doublons probables</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/review_page.py" line="59" />
        <source>Merge a group now, mark it to merge with the suggested choices, or tell the program it is not a duplicate.</source>
        <translation>Fusionnez un groupe tout de suite, marquez-le pour une fusion avec les choix proposés, ou indiquez qu’il ne s’agit pas d’un doublon.</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/review_page.py" line="86" />
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/review_page.py" line="87" />
        <source>Merge with suggested choices</source>
        <translation>Fusionner avec les choix proposés</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/review_page.py" line="88" />
        <source>Not a duplicate</source>
        <translation>Pas un doublon</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/review_page.py" line="89" />
        <source>Undecided</source>
        <translation>Indécis</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/review_page.py" line="90" />
        <source>Open first record</source>
        <translation>Ouvrir la 1re fiche</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/review_page.py" line="91" />
        <source>Open second record</source>
        <translation>Ouvrir la 2e fiche</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/review_page.py" line="92" />
        <source>Merge all scoring 100</source>
        <translation>Fusionner tous les scores de 100</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/review_page.py" line="200" />
        <source>Merging</source>
        <translation>Fusion</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/wizard.py" line="142" />
        <source>Scanning</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/wizard.py" line="146" />
        <source>Cancel scan</source>
        <translation>Arrêter la recherche</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/wizard.py" line="161" />
        <source>Comparing records…</source>
        <translation>Comparaison des fiches…</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/wizard.py" line="172" />
        <source>Scanning for duplicates</source>
        <translation>Recherche des doublons</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/wizard.py" line="199" />
        <source>%1 records compared: %2 groups of likely duplicates.</source>
        <translation>%1 fiches comparées : %2 groupes de doublons probables.</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/wizard.py" line="206" />
        <source>The scan failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/wizard.py" line="212" />
        <source>Scan cancelled. Go back to change the settings.</source>
        <translation>Recherche arrêtée. Revenez en arrière pour changer les critères.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/wizard.py" line="50" />
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/wizard.py" line="128" />
        <source>Find duplicates</source>
        <translation>Rechercher les doublons</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/wizard.py" line="51" />
        <source>Choose up to three fields to compare and how to compare each one.</source>
        <translation>Choisissez jusqu’à trois champs à comparer, et comment comparer chacun.</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/wizard.py" line="55" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/wizard.py" line="56" />
        <source>Companies</source>
        <translation>Sociétés</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/wizard.py" line="62" />
        <source>Look for</source>
        <translation>Chercher parmi</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/wizard.py" line="75" />
        <source>Field %1</source>
        <translation>Champ %1</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/wizard.py" line="79" />
        <source>Lowest score shown</source>
        <translation>Score minimal affiché</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/wizard.py" line="82" />
        <source>Same e-mail</source>
        <translation>Même e-mail</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/wizard.py" line="82" />
        <source>Same phone</source>
        <translation>Même téléphone</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/wizard.py" line="83" />
        <source>Same SIREN/SIRET</source>
        <translation>Même SIREN/SIRET</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/wizard.py" line="89" />
        <source>Also propose</source>
        <translation>Proposer aussi</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/wizard.py" line="102" />
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/wizard.py" line="129" />
        <source>Choose at least one field to compare.</source>
        <translation>Choisissez au moins un champ à comparer.</translation>
    </message>
</context>
<context>
    <name>SimilarRecordsDialog</name>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/similar_dialog.py" line="27" />
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/similar_dialog.py" line="31" />
        <source>This contact looks like existing ones. Open one of them instead of creating a duplicate?</source>
        <translation>Ce contact ressemble à des fiches existantes. Ouvrir l’une d’elles plutôt que de créer un doublon ?</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/similar_dialog.py" line="48" />
        <source>Open the existing contact</source>
        <translation>Ouvrir la fiche existante</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/similar_dialog.py" line="49" />
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/review_page.py" line="211" />
        <source>Summary</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/review_page.py" line="219" />
        <source>Undo merge</source>
        <translation>Annuler la fusion</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/review_page.py" line="261" />
        <source>Merging</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/review_page.py" line="269" />
        <source>Merge %1: kept #%2, merged %3</source>
        <translation>Fusion %1 : fiche n° %2 gardée, %3 fusionnée(s)</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/review_page.py" line="275" />
        <source>Merging…</source>
        <translation>Fusion en cours…</translation>
    </message>
    <message>
        <location filename="../../work/wt/i6/desktop_crm/ui/duplicates/review_page.py" line="276" />
        <source>%1 merges done. Each one can be undone here or later with 'desktop-crm unmerge'.</source>
        <translation>%1 fusions effectuées. Chacune peut être annulée ici, ou plus tard avec « desktop-crm unmerge ».</translation>
    </message>
</context>
</TS>