"""File formats in and out: CSV/TXT, XLSX and vCard readers and writers (no Qt, no database)."""
