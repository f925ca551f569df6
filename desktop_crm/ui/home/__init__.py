"""The home dashboard, the first view after start."""
