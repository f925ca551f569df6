"""French for the storage's sentences (helper tidy): a file that is not a database, a
damaged, foreign or too-new one, a full disk, a lost connection… said in the window through
``domain/wording.py`` (context "StorageErrors"; the command line keeps the English)."""

from __future__ import annotations

_C = "StorageErrors"

FR_BY_CONTEXT: dict[tuple[str, str], str] = {
    (_C, "it is truncated: only {size} bytes are left"): (
        "il est tronqué : il n'en reste que {size} octets"
    ),
    (_C, "it is truncated: {size} of its {total} bytes are left"): (
        "il est tronqué : il ne reste que {size} de ses {total} octets"
    ),
    (_C, "it is a folder, not a database file"): (
        "c'est un dossier, pas un fichier de base de données"
    ),
    (_C, "it cannot be read ({reason})"): "il ne peut pas être lu ({reason})",
    (_C, "SQLite cannot read it: {reason}"): "SQLite ne peut pas le lire : {reason}",
    (_C, "SQLite's quick check found damage: {first} and {more} more"): (
        "la vérification rapide de SQLite a trouvé des dégâts : {first} et {more} autre(s)"
    ),
    (_C, "SQLite's quick check found damage: {first}"): (
        "la vérification rapide de SQLite a trouvé des dégâts : {first}"
    ),
    (
        _C,
        "The database file {path} is damaged ({problem}): nothing was read or changed. Save "
        "what can still be read with 'desktop-crm db recover --db {path} --to NEW.sqlite', or "
        "restore a backup with 'desktop-crm restore BACKUP'.",
    ): (
        "Le fichier de base de données {path} est endommagé ({problem}) : rien n'a été lu ni "
        "modifié. Récupérez ce qui peut encore être lu avec « desktop-crm db recover --db "
        "{path} --to NOUVELLE.sqlite », ou restaurez une sauvegarde avec « desktop-crm "
        "restore SAUVEGARDE »."
    ),
    (
        _C,
        "{path} is a folder, not a database file: give the path of a database file, for "
        "example {example}.",
    ): (
        "{path} est un dossier, pas un fichier de base de données : indiquez le chemin d'un "
        "fichier de base, par exemple {example}."
    ),
    (_C, "it looks like a PDF document"): "c'est apparemment un document PDF",
    (_C, "it looks like a ZIP archive, such as an Excel .xlsx or Word .docx file"): (
        "c'est apparemment une archive ZIP, comme un fichier Excel .xlsx ou Word .docx"
    ),
    (_C, "it looks like an old Office document (.xls or .doc)"): (
        "c'est apparemment un ancien document Office (.xls ou .doc)"
    ),
    (_C, "it looks like a PNG image"): "c'est apparemment une image PNG",
    (_C, "it looks like a JPEG image"): "c'est apparemment une image JPEG",
    (_C, "it looks like a gzip archive"): "c'est apparemment une archive gzip",
    (_C, "it cannot be read"): "il ne peut pas être lu",
    (_C, "it looks like a text file"): "c'est apparemment un fichier texte",
    (_C, "its first bytes are not those of a SQLite database"): (
        "ses premiers octets ne sont pas ceux d'une base SQLite"
    ),
    (_C, "it is not a SQLite database file"): "ce n'est pas un fichier de base SQLite",
    (_C, "{shown} and {more} more"): "{shown} et {more} autre(s)",
    (
        _C,
        "{where} is a {backend} database of another program (tables: {tables}): Desktop CRM "
        "did not read or change it. Choose a Desktop CRM database, or create a new one in "
        "another file ('desktop-crm init --db NEW.sqlite', or File > New database).",
    ): (
        "{where} est une base {backend} d'un autre programme (tables : {tables}) : Desktop "
        "CRM ne l'a ni lue ni modifiée. Choisissez une base Desktop CRM, ou créez-en une "
        "nouvelle dans un autre fichier (« desktop-crm init --db NOUVELLE.sqlite », ou "
        "Fichier › Nouvelle base)."
    ),
    (
        _C,
        "{path} is not a database ({looks_like}): Desktop CRM did not change it. Choose a "
        "Desktop CRM database file (.sqlite) with --db or File > Open.",
    ): (
        "{path} n'est pas une base de données ({looks_like}) : Desktop CRM ne l'a pas "
        "modifié. Choisissez un fichier de base Desktop CRM (.sqlite) avec --db ou "
        "Fichier › Ouvrir."
    ),
    (
        _C,
        "{path} is empty: it holds no database, and Desktop CRM did not change it. To make it "
        "a new database, run 'desktop-crm init --db {path}' (or use File > New database); "
        "otherwise choose another file.",
    ): (
        "{path} est vide : il ne contient aucune base, et Desktop CRM ne l'a pas modifié. "
        "Pour en faire une nouvelle base, lancez « desktop-crm init --db {path} » (ou "
        "Fichier › Nouvelle base) ; sinon, choisissez un autre fichier."
    ),
    (_C, "unreadable"): "illisible",
    (_C, "The disk is full: nothing was saved. Free some space and try again."): (
        "Le disque est plein : rien n'a été enregistré. Libérez de la place et réessayez."
    ),
    (
        _C,
        "The database is busy with another task (an import or a colleague). Nothing was "
        "saved; try again in a moment.",
    ): (
        "La base est occupée par une autre tâche (un import ou un collègue). Rien n'a été "
        "enregistré ; réessayez dans un instant."
    ),
    (_C, "The database file is read-only: nothing was saved. Check the file's permissions."): (
        "Le fichier de base de données est en lecture seule : rien n'a été enregistré. "
        "Vérifiez les droits du fichier."
    ),
    (
        _C,
        "The database file is damaged or is not a Desktop CRM database: nothing was saved. "
        "Run 'desktop-crm db check' to see what is wrong, then save what can be read with "
        "'desktop-crm db recover --to NEW.sqlite' or restore a backup.",
    ): (
        "Le fichier de base de données est endommagé ou n'est pas une base Desktop CRM : "
        "rien n'a été enregistré. Lancez « desktop-crm db check » pour voir ce qui ne va "
        "pas, puis récupérez ce qui peut être lu avec « desktop-crm db recover --to "
        "NOUVELLE.sqlite » ou restaurez une sauvegarde."
    ),
    (
        _C,
        "The database server refused this for your login: your role may not do it, or the "
        "record is someone else's private record. Nothing was changed; ask an administrator "
        "if you need it.",
    ): (
        "Le serveur de base de données a refusé cela à votre identifiant : votre rôle ne le "
        "permet pas, ou la fiche est la fiche privée de quelqu'un d'autre. Rien n'a été "
        "modifié ; demandez à un administrateur si vous en avez besoin."
    ),
    (
        _C,
        "The connection to the database server failed or was lost: nothing was saved. Check "
        "the server's address, the network and your password, then try again.",
    ): (
        "La connexion au serveur de base de données a échoué ou a été perdue : rien n'a été "
        "enregistré. Vérifiez l'adresse du serveur, le réseau et votre mot de passe, puis "
        "réessayez."
    ),
    (_C, "Database error: {0}"): "Erreur de base de données : {0}",
    (
        _C,
        "There is no database at {path}. Create one with 'desktop-crm init' or choose another "
        "file.",
    ): (
        "Il n'y a pas de base à {path}. Créez-en une avec « desktop-crm init » ou choisissez "
        "un autre fichier."
    ),
    (
        _C,
        "The database's schema is not one this version knows ({reason}). Use the newest "
        "version of Desktop CRM, or restore a backup.",
    ): (
        "Le schéma de la base n'est pas un de ceux que cette version connaît ({reason}). "
        "Utilisez la version la plus récente de Desktop CRM, ou restaurez une sauvegarde."
    ),
    (
        _C,
        "The database file {path} is read-only and needs an upgrade to this version of "
        "Desktop CRM: nothing was changed. Make the file writable and try again.",
    ): (
        "Le fichier de base de données {path} est en lecture seule et doit être mis à niveau "
        "pour cette version de Desktop CRM : rien n'a été modifié. Rendez le fichier "
        "modifiable et réessayez."
    ),
    (
        _C,
        "The database file {path} is on a network share. SQLite files must stay on a local "
        "disk or they get corrupted; to share contacts with your team, use a PostgreSQL "
        "server (File > Connect to a shared database, or --db "
        "postgresql://user@server/dbname).",
    ): (
        "Le fichier de base de données {path} est sur un partage réseau. Les fichiers SQLite "
        "doivent rester sur un disque local, sinon ils s'abîment ; pour partager les contacts "
        "avec votre équipe, utilisez un serveur PostgreSQL (Fichier › Se connecter à une base "
        "PostgreSQL partagée, ou --db postgresql://utilisateur@serveur/base)."
    ),
    # The home page of a role that does not see amounts: the count per stage.
    ("HomeView", "Opportunities"): "Opportunités",
    ("HomeView", "Open opportunities: %1 · amounts hidden for your role"): (
        "Opportunités ouvertes : %1 · montants masqués pour votre rôle"
    ),
}
FR: dict[str, str] = {}
