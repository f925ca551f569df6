"""The groups view, its tree, the query builder and the group pickers."""
