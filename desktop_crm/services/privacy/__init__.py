"""Privacy (RGPD/CNIL): consent ledger, sending oracle, suppression list, access export,
erasure and retention."""
