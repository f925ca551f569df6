"""The Groups view, its tree and member list, the query builder and the group picker."""
