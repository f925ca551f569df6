"""Source strings that lupdate cannot see, listed here so that it puts them in the catalogue.

The code translates them through a helper (``_t(text)``), from a constant table
(``self.tr(DAY_NAMES[i])``) or on a line lupdate misparses (``minutes // 60``). This module is
never imported by the application: pass it to pyside6-lupdate with the UI sources (see the
docstring of fill_fr.py). Keep it in step with the code when such strings change.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

ACTIVITIES = (
    QT_TRANSLATE_NOOP("Activities", "Call"),
    QT_TRANSLATE_NOOP("Activities", "Meeting"),
    QT_TRANSLATE_NOOP("Activities", "To-do"),
    QT_TRANSLATE_NOOP("Activities", "Letter"),
    QT_TRANSLATE_NOOP("Activities", "E-mail"),
    QT_TRANSLATE_NOOP("Activities", "Personal"),
    QT_TRANSLATE_NOOP("Activities", "Low"),
    QT_TRANSLATE_NOOP("Activities", "Medium-low"),
    QT_TRANSLATE_NOOP("Activities", "Medium"),
    QT_TRANSLATE_NOOP("Activities", "Medium-high"),
    QT_TRANSLATE_NOOP("Activities", "High"),
    QT_TRANSLATE_NOOP("Activities", "Call completed (reached)"),
    QT_TRANSLATE_NOOP("Activities", "Call attempted"),
    QT_TRANSLATE_NOOP("Activities", "Left message"),
    QT_TRANSLATE_NOOP("Activities", "Wrong number"),
    QT_TRANSLATE_NOOP("Activities", "Call received"),
    QT_TRANSLATE_NOOP("Activities", "Meeting held"),
    QT_TRANSLATE_NOOP("Activities", "Meeting not held"),
    QT_TRANSLATE_NOOP("Activities", "To-do done"),
    QT_TRANSLATE_NOOP("Activities", "To-do not done"),
    QT_TRANSLATE_NOOP("Activities", "Letter sent"),
    QT_TRANSLATE_NOOP("Activities", "E-mail sent"),
    QT_TRANSLATE_NOOP("Activities", "No alarm"),
    QT_TRANSLATE_NOOP("Activities", "At start time"),
    QT_TRANSLATE_NOOP("Activities", "Schedule activity"),
    QT_TRANSLATE_NOOP("Activities", "Edit activity"),
    QT_TRANSLATE_NOOP("Activities", "Apply an activity series"),
    QT_TRANSLATE_NOOP("Activities", "Planning the series…"),
    QT_TRANSLATE_NOOP("Activities", "Does not repeat"),
    QT_TRANSLATE_NOOP("Activities", "Daily"),
    QT_TRANSLATE_NOOP("Activities", "Weekly"),
    QT_TRANSLATE_NOOP("Activities", "Monthly"),
    QT_TRANSLATE_NOOP("Activities", "Yearly"),
)

FEATURES = (
    QT_TRANSLATE_NOOP("Features", "Task list"),
    QT_TRANSLATE_NOOP("Features", "Calendar"),
    QT_TRANSLATE_NOOP("Features", "&Schedule an activity…"),
    QT_TRANSLATE_NOOP("Features", "&Company details for mailings…"),
    QT_TRANSLATE_NOOP("Features", "Apply an activity &series…"),
    QT_TRANSLATE_NOOP("Features", "Activity series &templates…"),
    QT_TRANSLATE_NOOP("Features", "&Alarms…"),
    QT_TRANSLATE_NOOP("Features", "Alarm: %s"),
    QT_TRANSLATE_NOOP("Features", "&Print labels…"),
    QT_TRANSLATE_NOOP("Features", "&Labels…"),
    QT_TRANSLATE_NOOP("Features", "&Envelopes…"),
    QT_TRANSLATE_NOOP("Features", "Le&tters…"),
    QT_TRANSLATE_NOOP("Features", "&E-mail merge…"),
    QT_TRANSLATE_NOOP("Features", "Letter &templates…"),
    QT_TRANSLATE_NOOP("Features", "E-&mail templates…"),
    QT_TRANSLATE_NOOP("Features", "Find &duplicates…"),
    QT_TRANSLATE_NOOP("Features", "&Import…"),
    QT_TRANSLATE_NOOP("Features", "&Export…"),
    QT_TRANSLATE_NOOP("Features", "Export contacts"),
    QT_TRANSLATE_NOOP("Features", "Excel workbook (*.xlsx);;CSV for Excel (*.csv);;vCard (*.vcf)"),
    QT_TRANSLATE_NOOP("Features", "Exporting contacts…"),
    QT_TRANSLATE_NOOP("Features", "%n contact(s) exported to %1"),
)

TIME_GRID_DAYS = (
    QT_TRANSLATE_NOOP("TimeGrid", "Mon"),
    QT_TRANSLATE_NOOP("TimeGrid", "Tue"),
    QT_TRANSLATE_NOOP("TimeGrid", "Wed"),
    QT_TRANSLATE_NOOP("TimeGrid", "Thu"),
    QT_TRANSLATE_NOOP("TimeGrid", "Fri"),
    QT_TRANSLATE_NOOP("TimeGrid", "Sat"),
    QT_TRANSLATE_NOOP("TimeGrid", "Sun"),
)

MONTH_GRID_DAYS = (
    QT_TRANSLATE_NOOP("MonthGrid", "Mon"),
    QT_TRANSLATE_NOOP("MonthGrid", "Tue"),
    QT_TRANSLATE_NOOP("MonthGrid", "Wed"),
    QT_TRANSLATE_NOOP("MonthGrid", "Thu"),
    QT_TRANSLATE_NOOP("MonthGrid", "Fri"),
    QT_TRANSLATE_NOOP("MonthGrid", "Sat"),
    QT_TRANSLATE_NOOP("MonthGrid", "Sun"),
)

CALENDAR_MONTHS = (
    QT_TRANSLATE_NOOP("CalendarView", "January"),
    QT_TRANSLATE_NOOP("CalendarView", "February"),
    QT_TRANSLATE_NOOP("CalendarView", "March"),
    QT_TRANSLATE_NOOP("CalendarView", "April"),
    QT_TRANSLATE_NOOP("CalendarView", "May"),
    QT_TRANSLATE_NOOP("CalendarView", "June"),
    QT_TRANSLATE_NOOP("CalendarView", "July"),
    QT_TRANSLATE_NOOP("CalendarView", "August"),
    QT_TRANSLATE_NOOP("CalendarView", "September"),
    QT_TRANSLATE_NOOP("CalendarView", "October"),
    QT_TRANSLATE_NOOP("CalendarView", "November"),
    QT_TRANSLATE_NOOP("CalendarView", "December"),
)

EXCLUSION_REASONS = (
    QT_TRANSLATE_NOOP("Exclusion", "Do not mail"),
    QT_TRANSLATE_NOOP("Exclusion", "Returned mail (NPAI)"),
    QT_TRANSLATE_NOOP("Exclusion", "Opted out"),
    QT_TRANSLATE_NOOP("Exclusion", "No postal address"),
    QT_TRANSLATE_NOOP("Exclusion", "Do not e-mail"),
    QT_TRANSLATE_NOOP("Exclusion", "E-mail bounced"),
    QT_TRANSLATE_NOOP("Exclusion", "No e-mail address"),
    QT_TRANSLATE_NOOP("Exclusion", "No opt-in (private person)"),
    QT_TRANSLATE_NOOP("Exclusion", "On the suppression list"),
)

MERGE_FIELDS = (
    QT_TRANSLATE_NOOP("TemplateEditor", "Contact"),
    QT_TRANSLATE_NOOP("TemplateEditor", "Letter"),
    QT_TRANSLATE_NOOP("TemplateEditor", "Sender"),
    QT_TRANSLATE_NOOP("TemplateEditor", "Civility"),
    QT_TRANSLATE_NOOP("TemplateEditor", "First name"),
    QT_TRANSLATE_NOOP("TemplateEditor", "Last name"),
    QT_TRANSLATE_NOOP("TemplateEditor", "Full name"),
    QT_TRANSLATE_NOOP("TemplateEditor", "Job title"),
    QT_TRANSLATE_NOOP("TemplateEditor", "Department"),
    QT_TRANSLATE_NOOP("TemplateEditor", "Company"),
    QT_TRANSLATE_NOOP("TemplateEditor", "E-mail"),
    QT_TRANSLATE_NOOP("TemplateEditor", "Full address (postal block)"),
    QT_TRANSLATE_NOOP("TemplateEditor", "Address line 1"),
    QT_TRANSLATE_NOOP("TemplateEditor", "Postcode"),
    QT_TRANSLATE_NOOP("TemplateEditor", "City"),
    QT_TRANSLATE_NOOP("TemplateEditor", "Country"),
    QT_TRANSLATE_NOOP("TemplateEditor", 'Salutation ("Madame Dupont,")'),
    QT_TRANSLATE_NOOP("TemplateEditor", 'Salutation without name ("Madame")'),
    QT_TRANSLATE_NOOP("TemplateEditor", "Today's date"),
    QT_TRANSLATE_NOOP("TemplateEditor", "My name"),
    QT_TRANSLATE_NOOP("TemplateEditor", "My job title"),
    QT_TRANSLATE_NOOP("TemplateEditor", "My e-mail"),
    QT_TRANSLATE_NOOP("TemplateEditor", "My phone"),
    QT_TRANSLATE_NOOP("TemplateEditor", "My signature"),
    QT_TRANSLATE_NOOP("TemplateEditor", "My company"),
    QT_TRANSLATE_NOOP("TemplateEditor", "My company's address"),
)


# Import wizard: field labels (_t in ui/importing/fields.py).
IMPORT_FIELDS = (
    QT_TRANSLATE_NOOP("ImportFields", "Civility"),
    QT_TRANSLATE_NOOP("ImportFields", "First name"),
    QT_TRANSLATE_NOOP("ImportFields", "Last name"),
    QT_TRANSLATE_NOOP("ImportFields", "Salutation"),
    QT_TRANSLATE_NOOP("ImportFields", "Job title"),
    QT_TRANSLATE_NOOP("ImportFields", "Department"),
    QT_TRANSLATE_NOOP("ImportFields", "Company"),
    QT_TRANSLATE_NOOP("ImportFields", "Phone"),
    QT_TRANSLATE_NOOP("ImportFields", "Extension"),
    QT_TRANSLATE_NOOP("ImportFields", "Mobile"),
    QT_TRANSLATE_NOOP("ImportFields", "Home phone"),
    QT_TRANSLATE_NOOP("ImportFields", "Fax"),
    QT_TRANSLATE_NOOP("ImportFields", "E-mail"),
    QT_TRANSLATE_NOOP("ImportFields", "E-mail 2"),
    QT_TRANSLATE_NOOP("ImportFields", "Web site"),
    QT_TRANSLATE_NOOP("ImportFields", "Address 1"),
    QT_TRANSLATE_NOOP("ImportFields", "Address 2"),
    QT_TRANSLATE_NOOP("ImportFields", "Address 3"),
    QT_TRANSLATE_NOOP("ImportFields", "Postcode"),
    QT_TRANSLATE_NOOP("ImportFields", "City"),
    QT_TRANSLATE_NOOP("ImportFields", "Cedex"),
    QT_TRANSLATE_NOOP("ImportFields", "Country"),
    QT_TRANSLATE_NOOP("ImportFields", "Home address"),
    QT_TRANSLATE_NOOP("ImportFields", "Home address 2"),
    QT_TRANSLATE_NOOP("ImportFields", "Home postcode"),
    QT_TRANSLATE_NOOP("ImportFields", "Home city"),
    QT_TRANSLATE_NOOP("ImportFields", "Home country"),
    QT_TRANSLATE_NOOP("ImportFields", "Status"),
    QT_TRANSLATE_NOOP("ImportFields", "Industry"),
    QT_TRANSLATE_NOOP("ImportFields", "Company size"),
    QT_TRANSLATE_NOOP("ImportFields", "Referred by"),
    QT_TRANSLATE_NOOP("ImportFields", "Potential"),
    QT_TRANSLATE_NOOP("ImportFields", "ID/Status"),
    QT_TRANSLATE_NOOP("ImportFields", "Last results"),
    QT_TRANSLATE_NOOP("ImportFields", "Equipment"),
    QT_TRANSLATE_NOOP("ImportFields", "Do not mail"),
    QT_TRANSLATE_NOOP("ImportFields", "Do not call"),
    QT_TRANSLATE_NOOP("ImportFields", "Do not e-mail"),
    QT_TRANSLATE_NOOP("ImportFields", "Returned mail (NPAI)"),
    QT_TRANSLATE_NOOP("ImportFields", "E-mail invalid"),
    QT_TRANSLATE_NOOP("ImportFields", "To review"),
    QT_TRANSLATE_NOOP("ImportFields", "Contract end"),
    QT_TRANSLATE_NOOP("ImportFields", "Birthday"),
    QT_TRANSLATE_NOOP("ImportFields", "→ Note"),
    QT_TRANSLATE_NOOP("ImportFields", "→ History entry"),
    QT_TRANSLATE_NOOP("ImportFields", "(do not import)"),
)

# Import wizard: tr() helper and tables of ui/importing/models.py, problem_label (checks_page).
IMPORT_WIZARD = (
    QT_TRANSLATE_NOOP("ImportWizard", "(do not import)"),
    QT_TRANSLATE_NOOP("ImportWizard", "Skip"),
    QT_TRANSLATE_NOOP("ImportWizard", "(default)"),
    QT_TRANSLATE_NOOP("ImportWizard", "Add"),
    QT_TRANSLATE_NOOP("ImportWizard", "Update"),
    QT_TRANSLATE_NOOP("ImportWizard", "same e-mail"),
    QT_TRANSLATE_NOOP("ImportWizard", "same company, name and phone"),
    QT_TRANSLATE_NOOP("ImportWizard", "yes"),
    QT_TRANSLATE_NOOP("ImportWizard", "Column"),
    QT_TRANSLATE_NOOP("ImportWizard", "Examples"),
    QT_TRANSLATE_NOOP("ImportWizard", "Contact field"),
    QT_TRANSLATE_NOOP("ImportWizard", "Also fill"),
    QT_TRANSLATE_NOOP("ImportWizard", "Line"),
    QT_TRANSLATE_NOOP("ImportWizard", "Name"),
    QT_TRANSLATE_NOOP("ImportWizard", "Company"),
    QT_TRANSLATE_NOOP("ImportWizard", "E-mail"),
    QT_TRANSLATE_NOOP("ImportWizard", "Phone"),
    QT_TRANSLATE_NOOP("ImportWizard", "Problems"),
    QT_TRANSLATE_NOOP("ImportWizard", "Duplicate of"),
    QT_TRANSLATE_NOOP("ImportWizard", "Action"),
    QT_TRANSLATE_NOOP("ImportWizard", "To review"),
    QT_TRANSLATE_NOOP("ImportWizard", "Contact"),
    QT_TRANSLATE_NOOP("ImportWizard", "Reasons"),
    QT_TRANSLATE_NOOP("ImportWizard", "Created"),
    QT_TRANSLATE_NOOP("ImportWizard", "Updated"),
    QT_TRANSLATE_NOOP("ImportWizard", "Skipped"),
    QT_TRANSLATE_NOOP("ImportWizard", "Possible e-mail typo"),
    QT_TRANSLATE_NOOP("ImportWizard", "Invalid e-mail"),
    QT_TRANSLATE_NOOP("ImportWizard", "Phone too short"),
    QT_TRANSLATE_NOOP("ImportWizard", "Phone too long"),
    QT_TRANSLATE_NOOP("ImportWizard", "Impossible phone number"),
    QT_TRANSLATE_NOOP("ImportWizard", "Not a phone number"),
    QT_TRANSLATE_NOOP("ImportWizard", "Invalid French postcode"),
    QT_TRANSLATE_NOOP("ImportWizard", "Postcode missing"),
    QT_TRANSLATE_NOOP("ImportWizard", "City missing"),
    QT_TRANSLATE_NOOP("ImportWizard", "Value too long"),
    QT_TRANSLATE_NOOP("ImportWizard", "Invalid date"),
    QT_TRANSLATE_NOOP("ImportWizard", "No name, company or e-mail"),
)

# Import wizard, checks page: self.tr(label) over constant tables.
IMPORT_CHECKS = (
    QT_TRANSLATE_NOOP("ChecksPage", "Skip the row"),
    QT_TRANSLATE_NOOP("ChecksPage", "Update the existing contact"),
    QT_TRANSLATE_NOOP("ChecksPage", "Add anyway"),
    QT_TRANSLATE_NOOP("ChecksPage", "Default action"),
    QT_TRANSLATE_NOOP("ChecksPage", "Add"),
    QT_TRANSLATE_NOOP("ChecksPage", "Update"),
    QT_TRANSLATE_NOOP("ChecksPage", "Skip"),
)

# Import wizard, file page: ENCODINGS and DELIMITERS in ui/importing/pages.py.
IMPORT_FILE = (
    QT_TRANSLATE_NOOP("FilePage", "Detect"),
    QT_TRANSLATE_NOOP("FilePage", "; (semicolon)"),
    QT_TRANSLATE_NOOP("FilePage", ", (comma)"),
    QT_TRANSLATE_NOOP("FilePage", "Tab"),
    QT_TRANSLATE_NOOP("FilePage", "| (pipe)"),
)


def _plurals() -> tuple[str, ...]:
    """Alarm leads: lupdate skips the lines of labels.py that hold ``//``."""
    return (
        QCoreApplication.translate("Activities", "%n hour(s) before", None, 1),
        QCoreApplication.translate("Activities", "%n day(s) before", None, 1),
    )
