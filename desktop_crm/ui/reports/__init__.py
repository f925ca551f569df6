"""The Reports menu and view: parameters, background build, preview, PDF and XLSX."""
