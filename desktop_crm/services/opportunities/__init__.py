"""Opportunities: records with product lines, closing, sales processes, the price list, the
windowed list, the pipeline (funnel) and the forecast."""
