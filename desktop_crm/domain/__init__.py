"""Plain-Python domain layer: value objects, rules and errors (no SQLAlchemy, no Qt)."""
