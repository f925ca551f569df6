"""Privacy screens (RGPD/CNIL): the consent ledger on the card and for a selection."""
