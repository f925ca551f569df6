"""The team: users, roles, the current person's identity and record managers."""
