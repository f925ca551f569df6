"""Who uses the program: the person's identity dialog and the team's users dialog."""
