"""Activities in the window: scheduling and clearing dialogs, task list, calendar, alarms, series.

Entry points for the main window (each takes the ``AppContext``; every read and write goes
through ``context.ops``, and the views follow its change notices):
``task_list.TaskListView`` and ``calendar_view.CalendarView`` (``ViewWidget``s),
``alarms_window.AlarmsWindow`` (call ``start()`` once), ``triggers.TriggerScheduler`` (call
``start()`` once), ``series_dialogs.SeriesManagerDialog``,
``series_dialogs.apply_series_to_contacts`` and ``schedule_dialog.schedule_for_contacts``
(from a card or a list selection; asynchronous, ``on_done=`` for the result),
``schedule_dialog.edit_activity`` and ``clear_dialog.clear_with_dialogs`` (likewise), and
``series_dialogs.SeriesProgressWidget`` (series progress on the contact card, signal
``loaded(count)``).
"""
