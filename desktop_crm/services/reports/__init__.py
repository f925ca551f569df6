"""Printable reports: each builds a ``domain.reports.ReportDocument`` from the database;
``registry`` lists them; PDF and XLSX writers render any document the same way."""
