"""Use cases: each takes a unit of work, never commits, and returns plain values."""
