"""Groups and segmentation: the query language compiled to SQL, the groups service."""
