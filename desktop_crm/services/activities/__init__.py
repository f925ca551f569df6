"""Activities, the task list and calendar (agenda), and activity series."""
