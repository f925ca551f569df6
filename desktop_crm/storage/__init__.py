"""Storage layer: SQLAlchemy models, engines, unit of work and migrations."""
