"""Screens of user-defined fields: the card section and Tools › Fields…."""
