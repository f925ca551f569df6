"""PDF output with reportlab: letters, labels, envelopes; French address layout."""
