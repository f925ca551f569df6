"""The phoning session: go through a group or a campaign's targets one call at a time."""
