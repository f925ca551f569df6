"""The Targeting view: the analyses of services/analytics as a chart and a table."""
