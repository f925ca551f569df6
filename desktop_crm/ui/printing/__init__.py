"""Printing and e-mail merge UI: print dialog, template editor, e-mail merge, sheet editor.

Entry points for the main window: ``PrintDialog.ask(ctx, selection, kind)``,
``TemplateEditor.edit(ctx, kind)``, ``EmailMergeDialog.ask(ctx, selection)``.
"""
