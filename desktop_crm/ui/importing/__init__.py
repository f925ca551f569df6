"""The import wizard: file -> sheet/header -> mapping -> checks -> summary -> import -> report."""
