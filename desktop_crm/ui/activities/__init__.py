"""Activities in the window: scheduling and clearing dialogs, task list, calendar, alarms, series.

Entry points for the main window: ``TaskListView``, ``CalendarView``, ``AlarmsWindow``,
``TriggerScheduler``, ``SeriesManagerDialog``, ``ScheduleActivityDialog`` and
``schedule_for_contacts`` (schedule from a card or a list selection).
"""
