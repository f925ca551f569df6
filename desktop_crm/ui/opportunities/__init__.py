"""Opportunities: the list, the pipeline and forecast charts, the card and its editors."""
