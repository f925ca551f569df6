"""Activities in the window: scheduling and clearing dialogs, task list, calendar, alarms, series.

Entry points for the main window (each takes the ``AppContext``):
``task_list.TaskListView`` and ``calendar_view.CalendarView`` (navigation views, signal
``contact_open_requested(int)``), ``alarms_window.AlarmsWindow`` (call ``start()`` once),
``triggers.TriggerScheduler`` (call ``start()`` once), ``series_dialogs.SeriesManagerDialog``,
``series_dialogs.apply_series_to_contacts`` and ``schedule_dialog.schedule_for_contacts``
(from a card or a list selection), ``clear_dialog.clear_with_dialogs`` and
``series_dialogs.SeriesProgressWidget`` (series progress on the contact card).
"""
