"""Call logging dialog and click-to-dial."""
