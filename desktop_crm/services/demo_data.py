"""Word lists for realistic French demo data (names, streets, towns, companies)."""

from __future__ import annotations

FIRST_NAMES_F = (
    "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Sophie", "Christine", "Valérie",
    "Sandrine", "Céline", "Camille", "Julie", "Aurélie", "Émilie", "Chloé", "Léa", "Manon",
    "Hélène", "Agnès", "Béatrice", "Françoise", "Laëtitia", "Élodie", "Anaïs", "Noémie",
    "Gaëlle", "Maëlle", "Inès", "Clémence", "Margaux",
)
FIRST_NAMES_M = (
    "Jean", "Pierre", "Michel", "Philippe", "Alain", "Nicolas", "Christophe", "Stéphane",
    "Laurent", "Frédéric", "Julien", "Thomas", "Sébastien", "Olivier", "David", "Éric",
    "François", "Jérôme", "Benoît", "Hervé", "Loïc", "Gaël", "Mathieu", "Antoine", "Hugo",
    "Lucas", "Théo", "Raphaël", "Joël", "Grégoire",
)
LAST_NAMES = (
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
    "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
    "Vincent", "Fournier", "Morel", "Girard", "André", "Lefebvre", "Mercier", "Dupont",
    "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau",
    "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu",
    "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Masson",
    "Sanchez", "Gérard", "Nguyen", "Boyer", "Denis", "Lemaire", "Duval", "Joly", "Gautier",
    "Roger", "Roche", "Roy", "Noël", "Meyer", "Lucas", "Meunier", "Jean", "Pérez", "Marchand",
    "Dufour", "Blanchard", "Marie", "Barbier", "Brun", "Dumas", "Brunet", "Schmitt", "Leroux",
    "Colin", "Fernandez", "Pierre", "Renard", "Arnaud", "Rolland", "Caron", "Aubert",
    "Giraud", "Leclerc", "Vidal", "Bourgeois", "Renaud", "Lemoine", "Picard", "Gaillard",
    "Philippe", "Leclercq", "Lacroix", "Fabre", "Dupuis", "Olivier", "Rodriguez", "Da Silva",
    "Hubert", "Louis", "Charles", "Guillot", "Rivière", "Le Gall", "Guillaume", "Adam",
    "Rey", "Moulin", "Gonzalez", "Berger", "Lecomte", "Ménard", "Fleury", "Deschamps",
    "Carpentier", "Julien", "Benoît", "Paris", "Maillard", "Marchal", "Aubry", "Vasseur",
    "Le Roux", "Renault", "Jacquet", "Collet", "Prévost", "Poirier", "Charpentier", "Royer",
    "Huet", "Baron", "Dupuy", "Pons", "Paul", "Laine", "Carré", "Breton", "Rémy", "Schneider",
    "Perrot", "Guyot", "Barré", "Marty", "Cousin", "Hoarau", "Chauvin", "Bouvier", "Chaule",
    "Huffman", "Bigot",
)
# (town, postcode, department phone prefix digit)
TOWNS = (
    ("Paris", "75008", "1"), ("Paris", "75011", "1"), ("Paris", "75015", "1"),
    ("Boulogne-Billancourt", "92100", "1"), ("Versailles", "78000", "1"),
    ("Montreuil", "93100", "1"), ("Créteil", "94000", "1"), ("Lyon", "69003", "4"),
    ("Lyon", "69007", "4"), ("Villeurbanne", "69100", "4"), ("Marseille", "13008", "4"),
    ("Aix-en-Provence", "13100", "4"), ("Nice", "06000", "4"), ("Grenoble", "38000", "4"),
    ("Saint-Étienne", "42000", "4"), ("Montpellier", "34000", "4"), ("Toulon", "83000", "4"),
    ("Annecy", "74000", "4"), ("Toulouse", "31000", "5"), ("Bordeaux", "33000", "5"),
    ("Mérignac", "33700", "5"), ("Pau", "64000", "5"), ("Limoges", "87000", "5"),
    ("La Rochelle", "17000", "5"), ("Nantes", "44000", "2"), ("Rennes", "35000", "2"),
    ("Brest", "29200", "2"), ("Angers", "49000", "2"), ("Tours", "37000", "2"),
    ("Caen", "14000", "2"), ("Le Mans", "72000", "2"), ("Orléans", "45000", "2"),
    ("Rouen", "76000", "2"), ("Lille", "59000", "3"), ("Roubaix", "59100", "3"),
    ("Strasbourg", "67000", "3"), ("Metz", "57000", "3"), ("Nancy", "54000", "3"),
    ("Reims", "51100", "3"), ("Dijon", "21000", "3"), ("Besançon", "25000", "3"),
    ("Amiens", "80000", "3"), ("Mulhouse", "68100", "3"), ("Clermont-Ferrand", "63000", "4"),
)
STREET_TYPES = ("rue", "avenue", "boulevard", "place", "allée", "impasse", "chemin", "quai")
STREET_NAMES = (
    "de la République", "Victor Hugo", "Jean Jaurès", "du Général de Gaulle", "Pasteur",
    "de la Gare", "des Lilas", "du Moulin", "Gambetta", "Foch", "de Verdun", "Carnot",
    "de l'Église", "des Écoles", "Voltaire", "de la Liberté", "du Château", "Émile Zola",
    "Jules Ferry", "de la Paix", "Saint-Michel", "des Tilleuls", "de Bretagne",
    "du Maréchal Leclerc", "Anatole France", "de Strasbourg", "Molière", "des Fleurs",
)
COMPLEMENTS = ("Bâtiment A", "Bâtiment B", "Résidence les Pins", "Zone artisanale",
               "ZI des Près", "Parc d'activités du Lac", "Immeuble Le Central", "Étage 3")
COMPANY_STEMS = (
    "Dupont", "Martin", "Bernard", "Lefèvre", "Moreau", "Garnier", "Rousseau", "Fontaine",
    "Chevalier", "Bonnet", "Mercier", "Lambert", "Girard", "Roux", "Faure", "Blanc",
    "Océane", "Alpine", "Provence", "Bretagne", "Atlantique", "Rhône", "Loire", "Vosges",
    "Horizon", "Azur", "Étoile", "Avenir", "Boréal", "Cristal", "Hexagone", "Lumière",
)
COMPANY_ACTIVITIES = (
    ("Boulangerie", "Agroalimentaire"), ("Imprimerie", "Communication / Médias"),
    ("Transports", "Transport / Logistique"), ("Informatique", "Informatique / Télécoms"),
    ("Conseil", "Conseil"), ("Bâtiment", "BTP / Construction"),
    ("Menuiserie", "BTP / Construction"), ("Pharmacie", "Santé"),
    ("Hôtel", "Tourisme / Hôtellerie"), ("Distribution", "Commerce / Distribution"),
    ("Formation", "Éducation / Formation"), ("Énergies", "Énergie"),
    ("Assurances", "Banque / Assurance"), ("Industries", "Industrie"),
    ("Services", "Services aux entreprises"), ("Logiciels", "Informatique / Télécoms"),
)
LEGAL_FORMS = ("SARL", "SAS", "SA", "EURL", "SASU", "")
JOB_TITLES = (
    "Gérant", "Gérante", "Directeur commercial", "Directrice commerciale", "Responsable achats",
    "Assistante de direction", "Directeur administratif et financier", "Comptable",
    "Responsable informatique", "Chef de projet", "Responsable marketing", "PDG",
    "Directrice des ressources humaines", "Acheteur", "Office manager",
)
FREE_MAIL = ("gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr", "yahoo.fr",
             "sfr.fr", "wanadoo.fr")
CALL_SUBJECTS = ("Premier contact", "Relance devis", "Présentation de l'offre",
                 "Prise de rendez-vous", "Suivi de commande", "Renouvellement du contrat",
                 "Envoi de documentation", "Réclamation livraison")
NOTE_TEXTS = (
    "Possède un logiciel de comptabilité mais pas de CRM.",
    "Intéressé par la formation de son équipe au printemps.",
    "Préfère être appelé le matin avant 10 h.",
    "Rencontré au salon de Lyon, stand B12.",
    "Budget validé pour le deuxième semestre.",
    "A demandé une démonstration avec son associé.",
    "Client fidèle depuis 2019, très satisfait du support.",
    "Contrat de maintenance à renouveler en fin d'année.",
)
OPPORTUNITY_NAMES = ("Licences logiciel", "Contrat de maintenance", "Formation équipe",
                     "Renouvellement parc", "Audit annuel", "Pack démarrage", "Extension site")
CAMPAIGNS = (
    ("Salon du commerce Lyon 2026", "salon", "Rencontrer 200 prospects, 20 rendez-vous"),
    ("Mailing rentrée 2026", "mailing postal", "2 000 envois, objectif 2 % de retour"),
    ("E-mailing offre printemps", "e-mailing", "Taux d'ouverture 20 %, 50 demandes de devis"),
    ("Phoning clients inactifs", "phoning", "Réactiver 30 anciens clients"),
    ("Newsletter fidélité", "e-mailing", "Maintenir le lien avec les clients"),
)
GROUPS = ("Clients grands comptes", "Prospects Rhône-Alpes", "Salon Lyon 2026",
          "Clients inactifs depuis 12 mois", "Partenaires", "Newsletter")
