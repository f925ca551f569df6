"""Demo databases: generated contacts, companies, activities and look-alikes."""
