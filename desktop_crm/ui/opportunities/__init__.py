"""The Opportunities view: the list, the card, the pipeline funnel and the forecast."""
