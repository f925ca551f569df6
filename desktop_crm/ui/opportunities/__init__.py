"""The Opportunities view: the list, the card, the pipeline funnel, the kanban board and the forecast."""
