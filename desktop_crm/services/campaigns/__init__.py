"""Campaigns: the brief, its targets and sends, responses, costs and return on investment."""
