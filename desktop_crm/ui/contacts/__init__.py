"""The contact workspace: windowed contact list, lookup and contact card."""
