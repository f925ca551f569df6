"""Use cases: each takes a unit of work, commits once, and returns plain values."""
