"""Company list and company card."""
