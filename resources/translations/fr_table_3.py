"""French translations of the duplicate detection and merge screens (issue 6)."""

FR3: dict[str, str] = {"%1 merges done. Each one can be undone here or later with 'desktop-crm unmerge'.": '%1 fusions '
                                                                                     'effectuées. '
                                                                                     'Chacune peut '
                                                                                     'être annulée '
                                                                                     'ici, ou plus '
                                                                                     'tard avec « '
                                                                                     'desktop-crm '
                                                                                     'unmerge ».',
 '%1 records compared: %2 groups of likely duplicates.': '%1 fiches comparées : %2 groupes de '
                                                         'doublons probables.',
 "%1: '%2' ~ '%3' %4 %5": '%1 : « %2 » ~ « %3 » %4 %5',
 '%1: identical': '%1 : identique',
 '%1: identical (strong rule)': '%1 : identique (règle forte)',
 '(none)': '(aucun)',
 'Address': 'Adresse',
 'Address 1': 'Adresse 1',
 'Address 2': 'Adresse 2',
 'Address 3': 'Adresse 3',
 'Also propose': 'Proposer aussi',
 'Birthday': 'Anniversaire',
 'Cancel scan': 'Arrêter la recherche',
 'Cedex': 'Cedex',
 'Choose at least one field to compare.': 'Choisissez au moins un champ à comparer.',
 'Choose the record to keep and, for each field, the value that wins (click a cell). Everything attached to the other records moves to the kept one; values not kept go into a note. The merge can be undone.': 'Choisissez '
                                                                                                                                                                                                                'la '
                                                                                                                                                                                                                'fiche '
                                                                                                                                                                                                                'à '
                                                                                                                                                                                                                'garder '
                                                                                                                                                                                                                'et, '
                                                                                                                                                                                                                'pour '
                                                                                                                                                                                                                'chaque '
                                                                                                                                                                                                                'champ, '
                                                                                                                                                                                                                'la '
                                                                                                                                                                                                                'valeur '
                                                                                                                                                                                                                'retenue '
                                                                                                                                                                                                                '(cliquez '
                                                                                                                                                                                                                'sur '
                                                                                                                                                                                                                'une '
                                                                                                                                                                                                                'case). '
                                                                                                                                                                                                                'Tout '
                                                                                                                                                                                                                'ce '
                                                                                                                                                                                                                'qui '
                                                                                                                                                                                                                'est '
                                                                                                                                                                                                                'rattaché '
                                                                                                                                                                                                                'aux '
                                                                                                                                                                                                                'autres '
                                                                                                                                                                                                                'fiches '
                                                                                                                                                                                                                'passe '
                                                                                                                                                                                                                'sur '
                                                                                                                                                                                                                'la '
                                                                                                                                                                                                                'fiche '
                                                                                                                                                                                                                'gardée '
                                                                                                                                                                                                                '; '
                                                                                                                                                                                                                'les '
                                                                                                                                                                                                                'valeurs '
                                                                                                                                                                                                                'non '
                                                                                                                                                                                                                'retenues '
                                                                                                                                                                                                                'sont '
                                                                                                                                                                                                                'conservées '
                                                                                                                                                                                                                'dans '
                                                                                                                                                                                                                'une '
                                                                                                                                                                                                                'note. '
                                                                                                                                                                                                                'La '
                                                                                                                                                                                                                'fusion '
                                                                                                                                                                                                                'peut '
                                                                                                                                                                                                                'être '
                                                                                                                                                                                                                'annulée.',
 'Choose up to three fields to compare and how to compare each one.': 'Choisissez jusqu’à trois '
                                                                      'champs à comparer, et '
                                                                      'comment comparer chacun.',
 'City': 'Ville',
 'Companies': 'Sociétés',
 'Company': 'Société',
 'Company record': 'Fiche société',
 'Company size': 'Taille',
 'Comparing records…': 'Comparaison des fiches…',
 'Contact name': 'Nom du contact',
 'Contacts': 'Contacts',
 'Contract end': 'Fin de contrat',
 'Country': 'Pays',
 'Decision': 'Décision',
 'Department': 'Service',
 'Details': 'Détails',
 'Do not call': 'Pas d’appel',
 'Do not e-mail': 'Pas d’e-mail',
 'Do not mail': 'Pas de courrier',
 'Duplicates': 'Doublons',
 'E-mail': 'E-mail',
 'E-mail 2': 'E-mail 2',
 'E-mail invalid': 'E-mail invalide',
 'Equipment': 'Équipement',
 'Exact': 'Exact',
 'Extension': 'Poste',
 'Fax': 'Fax',
 'Field %1': 'Champ %1',
 'Find duplicates': 'Rechercher les doublons',
 'First name': 'Prénom',
 'Home address 1': 'Adresse personnelle 1',
 'Home address 2': 'Adresse personnelle 2',
 'Home city': 'Ville personnelle',
 'Home country': 'Pays personnel',
 'Home phone': 'Téléphone domicile',
 'Home postcode': 'Code postal personnel',
 'ID/Status': 'ID/Statut',
 'Industry': 'Activité',
 'Job title': 'Fonction',
 'Keep %1': 'Garder %1',
 'Last name': 'Nom',
 'Last results': 'Derniers résultats',
 'Legal form': 'Forme juridique',
 'Look for': 'Chercher parmi',
 'Lowest score shown': 'Score minimal affiché',
 'Merge': 'Fusionner',
 'Merge %1: kept #%2, merged %3': 'Fusion %1 : fiche n° %2 gardée, %3 fusionnée(s)',
 'Merge a group now, mark it to merge with the suggested choices, or tell the program it is not a duplicate.': 'Fusionnez '
                                                                                                               'un '
                                                                                                               'groupe '
                                                                                                               'tout '
                                                                                                               'de '
                                                                                                               'suite, '
                                                                                                               'marquez-le '
                                                                                                               'pour '
                                                                                                               'une '
                                                                                                               'fusion '
                                                                                                               'avec '
                                                                                                               'les '
                                                                                                               'choix '
                                                                                                               'proposés, '
                                                                                                               'ou '
                                                                                                               'indiquez '
                                                                                                               'qu’il '
                                                                                                               'ne '
                                                                                                               's’agit '
                                                                                                               'pas '
                                                                                                               'd’un '
                                                                                                               'doublon.',
 'Merge all scoring 100': 'Fusionner tous les scores de 100',
 'Merge records': 'Fusionner des fiches',
 'Merge with suggested choices': 'Fusionner avec les choix proposés',
 'Merged (merge %1)': 'Fusionné (fusion %1)',
 'Merge…': 'Fusionner…',
 'Merging': 'Fusion',
 'Merging…': 'Fusion en cours…',
 'Mobile': 'Mobile',
 'Name': 'Raison sociale',
 'Normalised (accents, case, legal forms)': 'Normalisé (accents, casse, formes juridiques)',
 'Not a duplicate': 'Pas un doublon',
 'Open first record': 'Ouvrir la 1re fiche',
 'Open second record': 'Ouvrir la 2e fiche',
 'Open the existing contact': 'Ouvrir la fiche existante',
 'Parent company': 'Société mère',
 'Phone': 'Téléphone',
 'Possible duplicate': 'Doublon possible',
 'Postcode': 'Code postal',
 'Potential': 'Potentiel',
 'Record manager': 'Responsable de la fiche',
 'Records': 'Fiches',
 'Referred by': 'Recommandé par',
 'Returned mail (NPAI)': 'NPAI',
 'Review the likely duplicates': 'Examiner les doublons probables',
 'SIREN': 'SIREN',
 'SIRET': 'SIRET',
 'Salutation': 'Formule d’appel',
 'Same SIREN/SIRET': 'Même SIREN/SIRET',
 'Same e-mail': 'Même e-mail',
 'Same phone': 'Même téléphone',
 'Save anyway': 'Enregistrer quand même',
 'Scan cancelled. Go back to change the settings.': 'Recherche arrêtée. Revenez en arrière pour '
                                                    'changer les critères.',
 'Scanning': 'Recherche',
 'Scanning for duplicates': 'Recherche des doublons',
 'Score': 'Score',
 'Show identical fields too': 'Afficher aussi les champs identiques',
 'Similar (fuzzy)': 'Approchant',
 'Sounds alike (phonetic)': 'Même prononciation (phonétique)',
 'Status': 'Statut',
 'Summary': 'Bilan',
 'The scan failed: %1': 'La recherche a échoué : %1',
 'This contact looks like existing ones. Open one of them instead of creating a duplicate?': 'Ce '
                                                                                             'contact '
                                                                                             'ressemble '
                                                                                             'à '
                                                                                             'des '
                                                                                             'fiches '
                                                                                             'existantes. '
                                                                                             'Ouvrir '
                                                                                             'l’une '
                                                                                             'd’elles '
                                                                                             'plutôt '
                                                                                             'que '
                                                                                             'de '
                                                                                             'créer '
                                                                                             'un '
                                                                                             'doublon '
                                                                                             '?',
 'Title': 'Civilité',
 'To review': 'À examiner',
 'Undecided': 'Indécis',
 'Undo merge': 'Annuler la fusion',
 'VAT number': 'N° de TVA',
 'Website': 'Site web',
 'Why': 'Pourquoi',
 'activities': 'activités',
 'activity series': 'séries d’activités',
 'after normalising': 'après normalisation',
 'after removing the legal form': 'sans la forme juridique',
 'campaigns': 'campagnes',
 'consents': 'consentements',
 'contacts': 'contacts',
 'different': 'différents',
 'divisions': 'divisions',
 'edited %1': 'modifiée le %1',
 'groups': 'groupes',
 'history': 'historiques',
 'notes': 'notes',
 'nothing attached': 'rien de rattaché',
 'opportunities': 'opportunités',
 'sales': 'ventes',
 'shared activities': 'activités partagées',
 'similar': 'proches',
 'sounds alike': 'même prononciation',
 'with first and last names swapped': 'prénom et nom inversés'}

PLURALS3: dict[str, tuple[str, ...]] = {}
