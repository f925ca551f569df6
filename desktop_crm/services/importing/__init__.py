"""Import of contact files: reading, mapping, checks, matching, writing and undo."""
