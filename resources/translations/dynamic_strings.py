"""Source strings that lupdate cannot see, listed here so that it puts them in the catalogue.

The code translates them through a helper (``_t(text)``), from a constant table
(``self.tr(DAY_NAMES[i])``) or on a line lupdate misparses (``minutes // 60``). This module is
never imported by the application: pass it to pyside6-lupdate with the UI sources (see the
docstring of fill_fr.py). Keep it in step with the code when such strings change.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QT_TRANSLATE_NOOP3, QCoreApplication

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


# Field catalogue (domain/fields.py): card labels and section titles, translated in the
# contact card's context by field_label() in ui/contacts/card_form.py (company fields too).
CONTACT_CARD = (
    QT_TRANSLATE_NOOP("ContactCard", "Title"),
    QT_TRANSLATE_NOOP("ContactCard", "First name"),
    QT_TRANSLATE_NOOP("ContactCard", "Last name"),
    QT_TRANSLATE_NOOP("ContactCard", "Salutation"),
    QT_TRANSLATE_NOOP("ContactCard", "Job title"),
    QT_TRANSLATE_NOOP("ContactCard", "Department"),
    QT_TRANSLATE_NOOP("ContactCard", "Company"),
    QT_TRANSLATE_NOOP("ContactCard", "Ext."),
    QT_TRANSLATE_NOOP("ContactCard", "Website"),
    QT_TRANSLATE_NOOP("ContactCard", "Address"),
    QT_TRANSLATE_NOOP("ContactCard", "Address 2"),
    QT_TRANSLATE_NOOP("ContactCard", "Address 3"),
    QT_TRANSLATE_NOOP("ContactCard", "Postcode"),
    QT_TRANSLATE_NOOP("ContactCard", "City"),
    QT_TRANSLATE_NOOP("ContactCard", "Cedex"),
    QT_TRANSLATE_NOOP("ContactCard", "Country"),
    QT_TRANSLATE_NOOP("ContactCard", "Status"),
    QT_TRANSLATE_NOOP("ContactCard", "Industry"),
    QT_TRANSLATE_NOOP("ContactCard", "Company size"),
    QT_TRANSLATE_NOOP("ContactCard", "Referred by"),
    QT_TRANSLATE_NOOP("ContactCard", "Potential"),
    QT_TRANSLATE_NOOP("ContactCard", "ID/Status"),
    QT_TRANSLATE_NOOP("ContactCard", "Last results"),
    QT_TRANSLATE_NOOP("ContactCard", "Equipment"),
    QT_TRANSLATE_NOOP("ContactCard", "Phone"),
    QT_TRANSLATE_NOOP("ContactCard", "Mobile"),
    QT_TRANSLATE_NOOP("ContactCard", "Home phone"),
    QT_TRANSLATE_NOOP("ContactCard", "Fax"),
    QT_TRANSLATE_NOOP("ContactCard", "E-mail"),
    QT_TRANSLATE_NOOP("ContactCard", "E-mail 2"),
    QT_TRANSLATE_NOOP("ContactCard", "Do not mail"),
    QT_TRANSLATE_NOOP("ContactCard", "Do not call"),
    QT_TRANSLATE_NOOP("ContactCard", "Do not e-mail"),
    QT_TRANSLATE_NOOP("ContactCard", "Returned mail (NPAI)"),
    QT_TRANSLATE_NOOP("ContactCard", "E-mail invalid"),
    QT_TRANSLATE_NOOP("ContactCard", "To review"),
    QT_TRANSLATE_NOOP("ContactCard", "Contract end"),
    QT_TRANSLATE_NOOP("ContactCard", "Birthday"),
    QT_TRANSLATE_NOOP("ContactCard", "Company record"),
    QT_TRANSLATE_NOOP("ContactCard", "Record manager"),
    QT_TRANSLATE_NOOP("ContactCard", "Created"),
    QT_TRANSLATE_NOOP("ContactCard", "Edited"),
    QT_TRANSLATE_NOOP("ContactCard", "Last reach"),
    QT_TRANSLATE_NOOP("ContactCard", "Last attempt"),
    QT_TRANSLATE_NOOP("ContactCard", "Last meeting"),
    QT_TRANSLATE_NOOP("ContactCard", "Last letter"),
    QT_TRANSLATE_NOOP("ContactCard", "Last e-mail"),
    QT_TRANSLATE_NOOP("ContactCard", "Name"),
    QT_TRANSLATE_NOOP("ContactCard", "Legal form"),
    QT_TRANSLATE_NOOP("ContactCard", "SIREN"),
    QT_TRANSLATE_NOOP("ContactCard", "SIRET"),
    QT_TRANSLATE_NOOP("ContactCard", "VAT number"),
    QT_TRANSLATE_NOOP("ContactCard", "Details"),
    QT_TRANSLATE_NOOP("ContactCard", "Division of"),
    QT_TRANSLATE_NOOP("ContactCard", "Identity"),
    QT_TRANSLATE_NOOP("ContactCard", "Phones"),
    QT_TRANSLATE_NOOP("ContactCard", "E-mails"),
    QT_TRANSLATE_NOOP("ContactCard", "Business address"),
    QT_TRANSLATE_NOOP("ContactCard", "Home address"),
    QT_TRANSLATE_NOOP("ContactCard", "Mailing flags"),
)

# Company card: section titles of the catalogue (ui/companies/view.py).
COMPANY_CARD = (
    QT_TRANSLATE_NOOP("CompanyCard", "Company"),
    QT_TRANSLATE_NOOP("CompanyCard", "Phone and web"),
    QT_TRANSLATE_NOOP("CompanyCard", "Address"),
)

# Contact list: column headers, the catalogue labels of list_columns().
CONTACT_LIST = (
    QT_TRANSLATE_NOOP("ContactList", "Last name"),
    QT_TRANSLATE_NOOP("ContactList", "First name"),
    QT_TRANSLATE_NOOP("ContactList", "Company"),
    QT_TRANSLATE_NOOP("ContactList", "Phone"),
    QT_TRANSLATE_NOOP("ContactList", "Mobile"),
    QT_TRANSLATE_NOOP("ContactList", "E-mail"),
    QT_TRANSLATE_NOOP("ContactList", "City"),
    QT_TRANSLATE_NOOP("ContactList", "Postcode"),
    QT_TRANSLATE_NOOP("ContactList", "Status"),
    QT_TRANSLATE_NOOP("ContactList", "Job title"),
    QT_TRANSLATE_NOOP("ContactList", "Last reach"),
    QT_TRANSLATE_NOOP("ContactList", "Edited"),
)

# Import wizard: field labels, the catalogue's full_label (_t in ui/importing/fields.py).
IMPORT_FIELDS = (
    QT_TRANSLATE_NOOP("ImportFields", "Title"),
    QT_TRANSLATE_NOOP("ImportFields", "First name"),
    QT_TRANSLATE_NOOP("ImportFields", "Last name"),
    QT_TRANSLATE_NOOP("ImportFields", "Salutation"),
    QT_TRANSLATE_NOOP("ImportFields", "Job title"),
    QT_TRANSLATE_NOOP("ImportFields", "Department"),
    QT_TRANSLATE_NOOP("ImportFields", "Company"),
    QT_TRANSLATE_NOOP("ImportFields", "Extension"),
    QT_TRANSLATE_NOOP("ImportFields", "Website"),
    QT_TRANSLATE_NOOP("ImportFields", "Address 1"),
    QT_TRANSLATE_NOOP("ImportFields", "Address 2"),
    QT_TRANSLATE_NOOP("ImportFields", "Address 3"),
    QT_TRANSLATE_NOOP("ImportFields", "Postcode"),
    QT_TRANSLATE_NOOP("ImportFields", "City"),
    QT_TRANSLATE_NOOP("ImportFields", "Cedex"),
    QT_TRANSLATE_NOOP("ImportFields", "Country"),
    QT_TRANSLATE_NOOP("ImportFields", "Home address 1"),
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
    QT_TRANSLATE_NOOP("ImportFields", "Phone"),
    QT_TRANSLATE_NOOP("ImportFields", "Mobile"),
    QT_TRANSLATE_NOOP("ImportFields", "Home phone"),
    QT_TRANSLATE_NOOP("ImportFields", "Fax"),
    QT_TRANSLATE_NOOP("ImportFields", "E-mail"),
    QT_TRANSLATE_NOOP("ImportFields", "E-mail 2"),
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

# Duplicate screens: matcher fields and the catalogue's full_label of merged fields
# (ui/duplicates/texts.py).
DUPLICATE_FIELDS = (
    QT_TRANSLATE_NOOP("Duplicates", "Contact name"),
    QT_TRANSLATE_NOOP("Duplicates", "Company"),
    QT_TRANSLATE_NOOP("Duplicates", "Phone"),
    QT_TRANSLATE_NOOP("Duplicates", "E-mail"),
    QT_TRANSLATE_NOOP("Duplicates", "First name"),
    QT_TRANSLATE_NOOP("Duplicates", "Last name"),
    QT_TRANSLATE_NOOP("Duplicates", "City"),
    QT_TRANSLATE_NOOP("Duplicates", "Postcode"),
    QT_TRANSLATE_NOOP("Duplicates", "Address"),
    QT_TRANSLATE_NOOP("Duplicates", "SIREN"),
    QT_TRANSLATE_NOOP("Duplicates", "Title"),
    QT_TRANSLATE_NOOP("Duplicates", "Salutation"),
    QT_TRANSLATE_NOOP("Duplicates", "Job title"),
    QT_TRANSLATE_NOOP("Duplicates", "Department"),
    QT_TRANSLATE_NOOP("Duplicates", "Extension"),
    QT_TRANSLATE_NOOP("Duplicates", "Website"),
    QT_TRANSLATE_NOOP("Duplicates", "Address 1"),
    QT_TRANSLATE_NOOP("Duplicates", "Address 2"),
    QT_TRANSLATE_NOOP("Duplicates", "Address 3"),
    QT_TRANSLATE_NOOP("Duplicates", "Cedex"),
    QT_TRANSLATE_NOOP("Duplicates", "Country"),
    QT_TRANSLATE_NOOP("Duplicates", "Home address 1"),
    QT_TRANSLATE_NOOP("Duplicates", "Home address 2"),
    QT_TRANSLATE_NOOP("Duplicates", "Home postcode"),
    QT_TRANSLATE_NOOP("Duplicates", "Home city"),
    QT_TRANSLATE_NOOP("Duplicates", "Home country"),
    QT_TRANSLATE_NOOP("Duplicates", "Status"),
    QT_TRANSLATE_NOOP("Duplicates", "Industry"),
    QT_TRANSLATE_NOOP("Duplicates", "Company size"),
    QT_TRANSLATE_NOOP("Duplicates", "Referred by"),
    QT_TRANSLATE_NOOP("Duplicates", "Potential"),
    QT_TRANSLATE_NOOP("Duplicates", "ID/Status"),
    QT_TRANSLATE_NOOP("Duplicates", "Last results"),
    QT_TRANSLATE_NOOP("Duplicates", "Equipment"),
    QT_TRANSLATE_NOOP("Duplicates", "Mobile"),
    QT_TRANSLATE_NOOP("Duplicates", "Home phone"),
    QT_TRANSLATE_NOOP("Duplicates", "Fax"),
    QT_TRANSLATE_NOOP("Duplicates", "E-mail 2"),
    QT_TRANSLATE_NOOP("Duplicates", "Do not mail"),
    QT_TRANSLATE_NOOP("Duplicates", "Do not call"),
    QT_TRANSLATE_NOOP("Duplicates", "Do not e-mail"),
    QT_TRANSLATE_NOOP("Duplicates", "Returned mail (NPAI)"),
    QT_TRANSLATE_NOOP("Duplicates", "E-mail invalid"),
    QT_TRANSLATE_NOOP("Duplicates", "To review"),
    QT_TRANSLATE_NOOP("Duplicates", "Contract end"),
    QT_TRANSLATE_NOOP("Duplicates", "Birthday"),
    QT_TRANSLATE_NOOP("Duplicates", "Company record"),
    QT_TRANSLATE_NOOP("Duplicates", "Record manager"),
    QT_TRANSLATE_NOOP("Duplicates", "Name"),
    QT_TRANSLATE_NOOP("Duplicates", "Legal form"),
    QT_TRANSLATE_NOOP("Duplicates", "SIRET"),
    QT_TRANSLATE_NOOP("Duplicates", "VAT number"),
    QT_TRANSLATE_NOOP("Duplicates", "Details"),
    QT_TRANSLATE_NOOP("Duplicates", "Division of"),
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


# ui/menus.py builds the window's actions and menus from tables.
MAIN_WINDOW = (
    QT_TRANSLATE_NOOP("MainWindow", "&New record"),
    QT_TRANSLATE_NOOP("MainWindow", "&Save"),
    QT_TRANSLATE_NOOP("MainWindow", "&Look up…"),
    QT_TRANSLATE_NOOP("MainWindow", "&Print…"),
    QT_TRANSLATE_NOOP("MainWindow", "&Refresh"),
    QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
    QT_TRANSLATE_NOOP("MainWindow", "&Delete contact…"),
    QT_TRANSLATE_NOOP("MainWindow", "Log a &call…"),
    QT_TRANSLATE_NOOP("MainWindow", "Add a &note…"),
    QT_TRANSLATE_NOOP("MainWindow", "&New database…"),
    QT_TRANSLATE_NOOP("MainWindow", "&Open database…"),
    QT_TRANSLATE_NOOP("MainWindow", "&Connect to a shared PostgreSQL database…"),
    QT_TRANSLATE_NOOP("MainWindow", "&Back up…"),
    QT_TRANSLATE_NOOP("MainWindow", "&Restore from a backup…"),
    QT_TRANSLATE_NOOP("MainWindow", "&Preferences…"),
    QT_TRANSLATE_NOOP("MainWindow", "&About"),
    QT_TRANSLATE_NOOP("MainWindow", "&Schedule an activity…"),
    QT_TRANSLATE_NOOP("MainWindow", "Find &duplicates…"),
    QT_TRANSLATE_NOOP("MainWindow", "&Letters and e-mails…"),
    QT_TRANSLATE_NOOP("MainWindow", "&Labels and envelopes…"),
    QT_TRANSLATE_NOOP("MainWindow", "Activity &series…"),
    QT_TRANSLATE_NOOP("MainWindow", "Activities"),
    QT_TRANSLATE_NOOP("MainWindow", "Duplicates"),
    QT_TRANSLATE_NOOP("MainWindow", "Letters"),
    QT_TRANSLATE_NOOP("MainWindow", "Labels"),
    QT_TRANSLATE_NOOP("MainWindow", "Activity series"),
    QT_TRANSLATE_NOOP("MainWindow", "Contacts"),
    QT_TRANSLATE_NOOP("MainWindow", "Companies"),
    QT_TRANSLATE_NOOP("MainWindow", "Groups"),
    QT_TRANSLATE_NOOP("MainWindow", "Opportunities"),
    QT_TRANSLATE_NOOP("MainWindow", "Task list"),
    QT_TRANSLATE_NOOP("MainWindow", "Calendar"),
    QT_TRANSLATE_NOOP("MainWindow", "Reports"),
    QT_TRANSLATE_NOOP("ImportFields", "→ Groups (labels, categories)"),
    QT_TRANSLATE_NOOP("ImportFields", "→ Kind of card (person, company, group)"),
    QT_TRANSLATE_NOOP("ImportFields", "→ Import report remarks"),
)

# Issue 18 (db18): strings passed through module-level helpers (_t) that lupdate cannot see.
DB18 = (
    QT_TRANSLATE_NOOP("Activities", "Reached"),
    QT_TRANSLATE_NOOP("Activities", "outgoing"),
    QT_TRANSLATE_NOOP("Activities", "incoming"),
    QT_TRANSLATE_NOOP("Activities", "{0} ({1})"),
    QT_TRANSLATE_NOOP("Activities", "Outgoing"),
    QT_TRANSLATE_NOOP("Activities", "Incoming"),
    QT_TRANSLATE_NOOP("MainWindow", "Desktop CRM did not change it."),
    QT_TRANSLATE_NOOP("MainWindow", "{0} is a SQLite database of another program (tables: {1})."),
    QT_TRANSLATE_NOOP(
        "MainWindow", "Choose a Desktop CRM database, or create one with File › New database."
    ),
    QT_TRANSLATE_NOOP("MainWindow", "it looks like a text file"),
    QT_TRANSLATE_NOOP("MainWindow", "it looks like a PDF document"),
    QT_TRANSLATE_NOOP("MainWindow", "its first bytes are not those of a database"),
    QT_TRANSLATE_NOOP("MainWindow", "{0} is not a database ({1})."),
    QT_TRANSLATE_NOOP("MainWindow", "Choose a Desktop CRM database file (.sqlite)."),
    QT_TRANSLATE_NOOP("MainWindow", "{0} is empty: it holds no database."),
    QT_TRANSLATE_NOOP("MainWindow", "To start a new database, use File › New database."),
    QT_TRANSLATE_NOOP(
        "MainWindow",
        "{0} is damaged ({1}): nothing was read or changed. Restore a backup, or save what can "
        "still be read with 'desktop-crm db recover'.",
    ),
    QT_TRANSLATE_NOOP("MainWindow", "{0} is a folder, not a database file."),
    QT_TRANSLATE_NOOP("MainWindow", "{0} does not exist."),
    QT_TRANSLATE_NOOP("SeriesStartedNotice", "Activity series started"),
    QT_TRANSLATE_NOOP("SeriesStartedNotice", "&Open the contact"),
    QT_TRANSLATE_NOOP("SeriesStartedNotice", "{0} — {1}: {2}"),
    QCoreApplication.translate("SeriesStartedNotice", "%n automatic series started.", None, 1),
    QCoreApplication.translate(
        "SeriesStartedNotice",
        "%n step(s) recorded as skipped: their date had passed when the series started, or the "
        "contact refuses that channel (NPAI, do not mail, objection…).",
        None,
        1,
    ),
    QCoreApplication.translate("SeriesStartedNotice", "%n step(s) planned", None, 1),
    QCoreApplication.translate("SeriesStartedNotice", "%n skipped", None, 1),
    QCoreApplication.translate("SeriesStartedNotice", "… and %n more", None, 1),
)

# Issue 18 (fr18): the PDF preview's helper texts, and Qt's file dialog labels that Qt 6.11's
# qtbase_fr.qm lacks (their sources gained a mnemonic).
FR18 = (
    QT_TRANSLATE_NOOP("PdfPreview", "No PDF viewer"),
    QT_TRANSLATE_NOOP(
        "PdfPreview",
        "No PDF viewer is installed on this computer, so the file could not be opened. "
        "The preview in Desktop CRM shows it; the file is kept at:\n%1",
    ),
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    # The file dialog's "Type" column: Qt 6 moved these to a context qtbase_fr.qm lacks.
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
)

# Targeting view (issue 13): method titles, explanations, classes, axes, table headers.
TARGETING = (
    QT_TRANSLATE_NOOP("Targeting", "ABC / 20-80"),
    QT_TRANSLATE_NOOP("Targeting", "Active"),
    QT_TRANSLATE_NOOP("Targeting", "At risk"),
    QT_TRANSLATE_NOOP("Targeting", "Cannot be computed"),
    QT_TRANSLATE_NOOP("Targeting", "Champions"),
    QT_TRANSLATE_NOOP(
        "Targeting",
        "Change in revenue divided by change in contacts against the previous period.\n1 or more: revenue follows the contacts; 0 or less: more contacts did not sell more.",
    ),
    QT_TRANSLATE_NOOP(
        "Targeting",
        "Clients cut into four groups of equal size by revenue, with the bounds of each.\nQ4 is the top quarter; compare what each quarter weighs in the total.",
    ),
    QT_TRANSLATE_NOOP(
        "Targeting",
        "Clients sorted by revenue: A make the first 80 % of it, B the next 15 %, C the rest.\nLook after the A clients first; the curve shows how concentrated sales are.",
    ),
    QT_TRANSLATE_NOOP(
        "Targeting",
        "Clients with no call reached, no meeting and no purchase for 6 months before the end of the period.\nThey are the ones to call back before they go elsewhere.",
    ),
    QT_TRANSLATE_NOOP("Targeting", "Decline"),
    QT_TRANSLATE_NOOP("Targeting", "Dormant"),
    QT_TRANSLATE_NOOP(
        "Targeting",
        "Each client by contacts made (across) and revenue (up), split at the medians.\nSkeletons: little of both; contact-eaters: many contacts for little revenue; cash cows and golden geese bring the revenue.",
    ),
    QT_TRANSLATE_NOOP("Targeting", "Elasticity to contacts"),
    QT_TRANSLATE_NOOP("Targeting", "Growth"),
    QT_TRANSLATE_NOOP("Targeting", "Inactive clients"),
    QT_TRANSLATE_NOOP("Targeting", "Inactive"),
    QT_TRANSLATE_NOOP("Targeting", "Insensitive"),
    QT_TRANSLATE_NOOP("Targeting", "Lost"),
    QT_TRANSLATE_NOOP("Targeting", "Loyal"),
    QT_TRANSLATE_NOOP("Targeting", "Maturity phase"),
    QT_TRANSLATE_NOOP("Targeting", "Maturity"),
    QT_TRANSLATE_NOOP("Targeting", "Never bought"),
    QT_TRANSLATE_NOOP("Targeting", "New"),
    QT_TRANSLATE_NOOP("Targeting", "No P given"),
    QT_TRANSLATE_NOOP("Targeting", "No purchase"),
    QT_TRANSLATE_NOOP("Targeting", "Not enough history"),
    QT_TRANSLATE_NOOP(
        "Targeting",
        "Potential P (a number field) against revenue R; below the diagonal there is room to grow.\nThe list is sorted by P−R: the biggest gap between what a client could and does buy comes first.",
    ),
    QT_TRANSLATE_NOOP("Targeting", "Potential against revenue (P−R)"),
    QT_TRANSLATE_NOOP("Targeting", "Potential reached"),
    QT_TRANSLATE_NOOP("Targeting", "Profitability quadrants"),
    QT_TRANSLATE_NOOP("Targeting", "Quartiles of revenue"),
    QT_TRANSLATE_NOOP("Targeting", "RFM (recency, frequency, amount)"),
    QT_TRANSLATE_NOOP(
        "Targeting",
        "Recency of the last purchase, number of purchases and amount, each scored 1 to 5 by quintile.\nThe grid crosses recency and frequency; the colour is the segment.",
    ),
    QT_TRANSLATE_NOOP("Targeting", "Room to grow"),
    QT_TRANSLATE_NOOP("Targeting", "Sensitive to contacts"),
    QT_TRANSLATE_NOOP("Targeting", "Start"),
    QT_TRANSLATE_NOOP(
        "Targeting",
        "The trend of yearly revenue over four years: start, growth, maturity or decline.\nOne year of history is not enough to tell; adapt the contacts to each phase.",
    ),
    QT_TRANSLATE_NOOP("Targeting", "To follow"),
    QT_TRANSLATE_NOOP("Targeting", "Weakly sensitive"),
    QT_TRANSLATE_NOOP("TargetingChart", "Change in contacts (%)"),
    QT_TRANSLATE_NOOP("TargetingChart", "Change in revenue (%)"),
    QT_TRANSLATE_NOOP("TargetingChart", "Clients by revenue (rank)"),
    QT_TRANSLATE_NOOP("TargetingChart", "Clients"),
    QT_TRANSLATE_NOOP("TargetingChart", "Contacts made in the period"),
    QT_TRANSLATE_NOOP("TargetingChart", "Cumulative share of revenue (%)"),
    QT_TRANSLATE_NOOP("TargetingChart", "Frequency score"),
    QT_TRANSLATE_NOOP("TargetingChart", "Potential P"),
    QT_TRANSLATE_NOOP("TargetingChart", "Quartile (bounds)"),
    QT_TRANSLATE_NOOP("TargetingChart", "R = P"),
    QT_TRANSLATE_NOOP("TargetingChart", "Recency score (5 = most recent)"),
    QT_TRANSLATE_NOOP("TargetingChart", "Revenue R"),
    QT_TRANSLATE_NOOP("TargetingChart", "Revenue of the period"),
    QT_TRANSLATE_NOOP("TargetingChart", "Revenue of the quartile"),
    QT_TRANSLATE_NOOP("ClientsModel", "Client"),
    QT_TRANSLATE_NOOP("ClientsModel", "Class"),
    QT_TRANSLATE_NOOP("ClientsModel", "Revenue"),
    QT_TRANSLATE_NOOP("ClientsModel", "Previous revenue"),
    QT_TRANSLATE_NOOP("ClientsModel", "P"),
    QT_TRANSLATE_NOOP("ClientsModel", "P−R"),
    QT_TRANSLATE_NOOP("ClientsModel", "R/P"),
    QT_TRANSLATE_NOOP("ClientsModel", "Contacts"),
    QT_TRANSLATE_NOOP("ClientsModel", "Previous contacts"),
    QT_TRANSLATE_NOOP("ClientsModel", "Score"),
    QT_TRANSLATE_NOOP("ClientsModel", "Last purchase"),
    QT_TRANSLATE_NOOP("Features", "Targeting"),
    QT_TRANSLATE_NOOP("Features", "&Targeting (ABC, quadrants, RFM…)"),
)

# ledger16: exclusion reasons of the sending oracle (ui/printing/models.py _REASONS)
QT_TRANSLATE_NOOP("Exclusion", "E-mail address not valid")
QT_TRANSLATE_NOOP("Exclusion", "Erased or anonymised (RGPD)")
QT_TRANSLATE_NOOP("Exclusion", "No phone number")
QT_TRANSLATE_NOOP("Exclusion", "No mobile number")
QT_TRANSLATE_NOOP("Exclusion", "Do not call")

# fr15: sentences of the domain said through domain/wording.say (refusals of roles.py,
# services/users/records.py and privacy/erasure.py; the permissions' names).
FR15_REFUSALS = (
    QT_TRANSLATE_NOOP(
        "Refusals",
        "Your role ({0}) does not allow you to {1}. Ask an administrator if you need to.",
    ),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "Your role ({0}) may not change {1}: nothing was saved. Ask an administrator if it must change.",
    ),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "Only the record's manager can make it private or public: ask them, or an administrator to give you the record first.",
    ),
    QT_TRANSLATE_NOOP(
        "Refusals", "Only the record's manager or an administrator can give it to someone else."
    ),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "On a team database an erasure must see every record, colleagues' private notes included, which no team member can: run it as the database's maintenance account (the one that ran 'desktop-crm team setup'), e.g. 'desktop-crm privacy erase ID --db postgresql://OWNER@SERVER/DATABASE'. Nothing was erased.",
    ),
    QT_TRANSLATE_NOOP("Permissions", "manage users and reassign records"),
    QT_TRANSLATE_NOOP("Permissions", "define fields, pick lists and sales processes"),
    QT_TRANSLATE_NOOP("Permissions", "see every public record"),
    QT_TRANSLATE_NOOP("Permissions", "run reports across users"),
    QT_TRANSLATE_NOOP("Permissions", "delete records"),
    QT_TRANSLATE_NOOP("Permissions", "export records"),
    QT_TRANSLATE_NOOP("Permissions", "merge duplicates"),
    # The sending oracle's reason for a lapsed soft opt-in (ui/printing/models.py _REASONS).
    QT_TRANSLATE_NOOP(
        "Exclusion", "Customer opt-in lapsed (no contact within the retention period)"
    ),
)


# The storage's sentences said in the window (domain/wording.py STORAGE; helper tidy):
# a file that is not a database, a damaged, foreign or too-new one, a full disk…
STORAGE_ERRORS = (
    QT_TRANSLATE_NOOP("StorageErrors", "it is truncated: only {size} bytes are left"),
    QT_TRANSLATE_NOOP("StorageErrors", "it is truncated: {size} of its {total} bytes are left"),
    QT_TRANSLATE_NOOP("StorageErrors", "it is a folder, not a database file"),
    QT_TRANSLATE_NOOP("StorageErrors", "it cannot be read ({reason})"),
    QT_TRANSLATE_NOOP("StorageErrors", "SQLite cannot read it: {reason}"),
    QT_TRANSLATE_NOOP(
        "StorageErrors", "SQLite's quick check found damage: {first} and {more} more"
    ),
    QT_TRANSLATE_NOOP("StorageErrors", "SQLite's quick check found damage: {first}"),
    QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The database file {path} is damaged ({problem}): nothing was read or changed. Save what can still be read with 'desktop-crm db recover --db {path} --to NEW.sqlite', or restore a backup with 'desktop-crm restore BACKUP'.",
    ),
    QT_TRANSLATE_NOOP(
        "StorageErrors",
        "{path} is a folder, not a database file: give the path of a database file, for example {example}.",
    ),
    QT_TRANSLATE_NOOP("StorageErrors", "it looks like a PDF document"),
    QT_TRANSLATE_NOOP(
        "StorageErrors", "it looks like a ZIP archive, such as an Excel .xlsx or Word .docx file"
    ),
    QT_TRANSLATE_NOOP("StorageErrors", "it looks like an old Office document (.xls or .doc)"),
    QT_TRANSLATE_NOOP("StorageErrors", "it looks like a PNG image"),
    QT_TRANSLATE_NOOP("StorageErrors", "it looks like a JPEG image"),
    QT_TRANSLATE_NOOP("StorageErrors", "it looks like a gzip archive"),
    QT_TRANSLATE_NOOP("StorageErrors", "it cannot be read"),
    QT_TRANSLATE_NOOP("StorageErrors", "it looks like a text file"),
    QT_TRANSLATE_NOOP("StorageErrors", "its first bytes are not those of a SQLite database"),
    QT_TRANSLATE_NOOP("StorageErrors", "it is not a SQLite database file"),
    QT_TRANSLATE_NOOP("StorageErrors", "{shown} and {more} more"),
    QT_TRANSLATE_NOOP(
        "StorageErrors",
        "{where} is a {backend} database of another program (tables: {tables}): Desktop CRM did not read or change it. Choose a Desktop CRM database, or create a new one in another file ('desktop-crm init --db NEW.sqlite', or File > New database).",
    ),
    QT_TRANSLATE_NOOP(
        "StorageErrors",
        "{path} is not a database ({looks_like}): Desktop CRM did not change it. Choose a Desktop CRM database file (.sqlite) with --db or File > Open.",
    ),
    QT_TRANSLATE_NOOP(
        "StorageErrors",
        "{path} is empty: it holds no database, and Desktop CRM did not change it. To make it a new database, run 'desktop-crm init --db {path}' (or use File > New database); otherwise choose another file.",
    ),
    QT_TRANSLATE_NOOP("StorageErrors", "unreadable"),
    QT_TRANSLATE_NOOP(
        "StorageErrors", "The disk is full: nothing was saved. Free some space and try again."
    ),
    QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The database is busy with another task (an import or a colleague). Nothing was saved; try again in a moment.",
    ),
    QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The database file is read-only: nothing was saved. Check the file's permissions.",
    ),
    QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The database file is damaged or is not a Desktop CRM database: nothing was saved. Run 'desktop-crm db check' to see what is wrong, then save what can be read with 'desktop-crm db recover --to NEW.sqlite' or restore a backup.",
    ),
    QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The database server refused this for your login: your role may not do it, or the record is someone else's private record. Nothing was changed; ask an administrator if you need it.",
    ),
    QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The connection to the database server failed or was lost: nothing was saved. Check the server's address, the network and your password, then try again.",
    ),
    QT_TRANSLATE_NOOP("StorageErrors", "Database error: {0}"),
    QT_TRANSLATE_NOOP(
        "StorageErrors",
        "There is no database at {path}. Create one with 'desktop-crm init' or choose another file.",
    ),
    QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The database's schema is not one this version knows ({reason}). Use the newest version of Desktop CRM, or restore a backup.",
    ),
    QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The database file {path} is read-only and needs an upgrade to this version of Desktop CRM: nothing was changed. Make the file writable and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The database file {path} is on a network share. SQLite files must stay on a local disk or they get corrupted; to share contacts with your team, use a PostgreSQL server (File > Connect to a shared database, or --db postgresql://user@server/dbname).",
    ),
)

# The import's refusals (domain/wording.py IMPORT): the file readers and the import service.
IMPORT_ERRORS = (
    QT_TRANSLATE_NOOP(
        "ImportErrors",
        'The file\'s encoding is not recognised (neither UTF-8 nor Windows-1252). Save it again from Excel as "CSV UTF-8" or choose the encoding by hand.',
    ),
    QT_TRANSLATE_NOOP(
        "ImportErrors",
        "This is not a text file (it contains binary data). Choose a CSV, TXT, XLSX or vCard file.",
    ),
    QT_TRANSLATE_NOOP("ImportErrors", "The file cannot be read as {encoding}: {why}."),
    QT_TRANSLATE_NOOP(
        "ImportErrors",
        'The file is not valid CSV from line {line}: {why}. A quote (") opened on that line is probably never closed.',
    ),
    QT_TRANSLATE_NOOP(
        "ImportErrors",
        'The file is not valid CSV: a quote (") opened near line {line} is never closed.',
    ),
    QT_TRANSLATE_NOOP(
        "ImportErrors",
        'The file was not imported: a cell starting on line {start} runs to line {line} and is longer than the limit of {limit} characters per cell; a quote (") opened on line {start} is probably never closed.',
    ),
    QT_TRANSLATE_NOOP(
        "ImportErrors",
        "The file was not imported: it is larger than the limit of {limit} bytes; split it into smaller files.",
    ),
    QT_TRANSLATE_NOOP("ImportErrors", "The file cannot be opened: {why}."),
    QT_TRANSLATE_NOOP(
        "ImportErrors",
        "The file was not imported: line {line} is longer than the limit of {limit} characters per line; check that it is really a CSV or TXT file with one contact per line.",
    ),
    QT_TRANSLATE_NOOP(
        "ImportErrors",
        'The file was not imported: the row starting on line {start} runs to line {line} and is longer than the limit of {limit} characters per row; a quote (") opened on that line is probably never closed.',
    ),
    QT_TRANSLATE_NOOP(
        "ImportErrors",
        "The file was not imported: a cell on line {line} is longer than the limit of {limit} characters per cell; check that it is really a CSV or TXT file.",
    ),
    QT_TRANSLATE_NOOP(
        "ImportErrors",
        "The file was not imported: line {line} has {columns} columns, more than the limit of {limit}; check the delimiter or that it is really a CSV or TXT file.",
    ),
    QT_TRANSLATE_NOOP(
        "ImportErrors",
        "The file was not imported: it has more than {limit} rows (the limit, reached at line {line}); split it into smaller files.",
    ),
    QT_TRANSLATE_NOOP(
        "ImportErrors",
        "This is an old Excel 97-2003 file (.xls): open it in Excel or LibreOffice and save it as .xlsx or CSV first.",
    ),
    QT_TRANSLATE_NOOP(
        "ImportErrors",
        "Files of type '{suffix}' cannot be imported: use CSV, TXT, XLSX or vCard (.vcf).",
    ),
    QT_TRANSLATE_NOOP("ImportErrors", "The file {file} does not exist."),
    QT_TRANSLATE_NOOP(
        "ImportErrors", "There is no sheet '{sheet}' in this file (sheets: {sheets})."
    ),
    QT_TRANSLATE_NOOP("ImportErrors", "The vCard file is truncated: a card has no END:VCARD line."),
    QT_TRANSLATE_NOOP("ImportErrors", "The file holds no vCard (no BEGIN:VCARD line)."),
    QT_TRANSLATE_NOOP(
        "ImportErrors",
        "The file was not imported: the {column} of card {card} (ending on line {line}) is longer than the limit of {limit} characters per value.",
    ),
    QT_TRANSLATE_NOOP(
        "ImportErrors",
        "The file was not imported: it holds more than {limit} cards (the limit, reached at line {line}); split it into smaller files.",
    ),
    QT_TRANSLATE_NOOP(
        "ImportErrors",
        "The file was not imported: card {card} has more than {limit} properties (the limit, reached at line {line}); check that it is really a vCard file.",
    ),
    QT_TRANSLATE_NOOP(
        "ImportErrors",
        "The file was not imported: card {card} is longer than the limit of {limit} characters (reached at line {line}); check that it is really a vCard file.",
    ),
    QT_TRANSLATE_NOOP(
        "ImportErrors",
        "The file was not imported: line {line} is longer than the limit of {limit} characters; check that it is really a vCard file.",
    ),
    QT_TRANSLATE_NOOP(
        "ImportErrors",
        "The file was not imported: the property starting on line {line} is longer than the limit of {limit} characters; check that it is really a vCard file.",
    ),
    QT_TRANSLATE_NOOP(
        "ImportErrors",
        "This file is not a valid Excel workbook (.xlsx): it is damaged, truncated or of another type. An old .xls must be saved as .xlsx first.",
    ),
    QT_TRANSLATE_NOOP("ImportErrors", "The workbook holds no sheet to import."),
    QT_TRANSLATE_NOOP(
        "ImportErrors", "The workbook has too many parts to be a genuine Excel file."
    ),
    QT_TRANSLATE_NOOP(
        "ImportErrors", 'The workbook expands to an abnormal size (a "zip bomb"); it was refused.'
    ),
    QT_TRANSLATE_NOOP("ImportErrors", "This zip file is not an Excel workbook (.xlsx)."),
    QT_TRANSLATE_NOOP("ImportErrors", "The workbook is damaged and cannot be read ({why})."),
    QT_TRANSLATE_NOOP(
        "ImportErrors",
        "The file was not imported: row {row} of sheet '{sheet}' has {columns} columns, more than the limit of {limit}.",
    ),
    QT_TRANSLATE_NOOP(
        "ImportErrors",
        "The file was not imported: the cell in row {row}, column {column} of sheet '{sheet}' is longer than the limit of {limit} characters per cell.",
    ),
    QT_TRANSLATE_NOOP("ImportErrors", "The workbook cannot be read ({why})."),
    QT_TRANSLATE_NOOP(
        "ImportErrors",
        "The workbook contains XML declarations that Excel never writes; it was refused.",
    ),
    QT_TRANSLATE_NOOP(
        "ImportErrors",
        "The file was not imported: sheet '{sheet}' has more than {limit} rows (the limit); split it into smaller files.",
    ),
    QT_TRANSLATE_NOOP("ImportErrors", "The saved mapping cannot be read: {why}."),
    QT_TRANSLATE_NOOP("ImportErrors", "The mapping file cannot be opened: {why}."),
    QT_TRANSLATE_NOOP(
        "ImportErrors",
        "Nothing was imported: {file} has no data row below its header row ({row}); check that this is the right file and that the header row is right.",
    ),
    QT_TRANSLATE_NOOP(
        "ImportErrors", "No column is mapped to a contact field: choose at least one."
    ),
    QT_TRANSLATE_NOOP(
        "ImportErrors",
        "Import #{id} is a sales import: undo it with 'desktop-crm sales undo {id}'.",
    ),
    QT_TRANSLATE_NOOP("ImportErrors", "Contact #{id} was deleted during the import."),
    QT_TRANSLATE_NOOP("ImportErrors", "Import #{id} was already undone."),
    QT_TRANSLATE_NOOP("ImportErrors", "There is no import #{id}."),
    QT_TRANSLATE_NOOP("ImportErrors", "The import was cancelled: nothing was written."),
)

# The duplicates' refusals (domain/wording.py MERGE): merge, undo a merge, not duplicates.
MERGE_ERRORS = (
    QT_TRANSLATE_NOOP(
        "MergeErrors", "Choose at least one other record to merge into the kept one."
    ),
    QT_TRANSLATE_NOOP("MergeErrors", "Company #{id} does not exist."),
    QT_TRANSLATE_NOOP("MergeErrors", "Contact #{id} does not exist."),
    QT_TRANSLATE_NOOP(
        "MergeErrors", "Company #{id} does not exist (it may have been merged or deleted already)."
    ),
    QT_TRANSLATE_NOOP(
        "MergeErrors", "Contact #{id} does not exist (it may have been merged or deleted already)."
    ),
    QT_TRANSLATE_NOOP("MergeErrors", "Merge #{id} does not exist."),
    QT_TRANSLATE_NOOP("MergeErrors", "Merge #{id} was already undone."),
    QT_TRANSLATE_NOOP("MergeErrors", "The kept record #{id} no longer exists."),
    QT_TRANSLATE_NOOP(
        "MergeErrors",
        "Record #{id} was edited after the merge; undoing the merge would lose that edit. Use --force to undo anyway.",
    ),
    QT_TRANSLATE_NOOP(
        "MergeErrors",
        "Cannot undo merge #{merge}: record id #{id} now belongs to a record created after the merge.",
    ),
    QT_TRANSLATE_NOOP("MergeErrors", "Cannot take '{field}' from record #{id}."),
    QT_TRANSLATE_NOOP("MergeErrors", "Undo merge #{id} first: it involves the same records."),
    QT_TRANSLATE_NOOP("MergeErrors", "A record cannot be its own duplicate."),
    QT_TRANSLATE_NOOP("MergeErrors", "Record #{id} does not exist."),
)

# The thousands separator of the numbers in those sentences (domain/wording.count).
NUMBERS = (QT_TRANSLATE_NOOP("Numbers", ","),)

# The other refusals said through domain/wording.say (i18n21): one tuple per context.
CONFLICT_ERRORS = (
    QT_TRANSLATE_NOOP("ConflictErrors", "{entity} '{label}' (#{id}) was changed by someone else since you opened it. Review both versions before saving again."),
    QT_TRANSLATE_NOOP("ConflictErrors", "Contact '{label}' (#{id}) was changed by someone else since you opened it. Review both versions before saving again."),
    QT_TRANSLATE_NOOP("ConflictErrors", "Company '{label}' (#{id}) was changed by someone else since you opened it. Review both versions before saving again."),
    QT_TRANSLATE_NOOP("ConflictErrors", "Opportunity '{label}' (#{id}) was changed by someone else since you opened it. Review both versions before saving again."),
    QT_TRANSLATE_NOOP("ConflictErrors", "Activity '{label}' (#{id}) was changed by someone else since you opened it. Review both versions before saving again."),
    QT_TRANSLATE_NOOP("ConflictErrors", "Series '{label}' (#{id}) was changed by someone else since you opened it. Review both versions before saving again."),
    QT_TRANSLATE_NOOP("ConflictErrors", "Note '{label}' (#{id}) was changed by someone else since you opened it. Review both versions before saving again."),
    QT_TRANSLATE_NOOP("ConflictErrors", "Field '{label}' (#{id}) was changed by someone else since you opened it. Review both versions before saving again."),
    QT_TRANSLATE_NOOP("ConflictErrors", "Group '{label}' (#{id}) was changed by someone else since you opened it. Review both versions before saving again."),
    QT_TRANSLATE_NOOP("ConflictErrors", "Campaign '{label}' (#{id}) was changed by someone else since you opened it. Review both versions before saving again."),
    QT_TRANSLATE_NOOP("ConflictErrors", "Record '{label}' (#{id}) was changed by someone else since you opened it. Review both versions before saving again."),
)
QUERY_ERRORS = (
    QT_TRANSLATE_NOOP("QueryErrors", "text"),
    QT_TRANSLATE_NOOP("QueryErrors", "'{word}'"),
    QT_TRANSLATE_NOOP("QueryErrors", "')'"),
    QT_TRANSLATE_NOOP("QueryErrors", "',' or ')'"),
    QT_TRANSLATE_NOOP("QueryErrors", "number"),
    QT_TRANSLATE_NOOP("QueryErrors", "date"),
    QT_TRANSLATE_NOOP("QueryErrors", "datetime"),
    QT_TRANSLATE_NOOP("QueryErrors", "bool"),
    QT_TRANSLATE_NOOP("QueryErrors", "a class in quotes"),
    QT_TRANSLATE_NOOP("QueryErrors", "a history type in quotes"),
    QT_TRANSLATE_NOOP("QueryErrors", "a consent status in quotes"),
    QT_TRANSLATE_NOOP("QueryErrors", "an operator (=, !=, contains, starts with, is empty, in...)"),
    QT_TRANSLATE_NOOP("QueryErrors", "Unclosed quote at {start}"),
    QT_TRANSLATE_NOOP("QueryErrors", ": did you mean '{word}'?"),
    QT_TRANSLATE_NOOP("QueryErrors", "a whole number"),
    QT_TRANSLATE_NOOP("QueryErrors", "The query is empty"),
    QT_TRANSLATE_NOOP("QueryErrors", "'and', 'or' or the end"),
    QT_TRANSLATE_NOOP("QueryErrors", "a field name or a condition"),
    QT_TRANSLATE_NOOP("QueryErrors", "a date (YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("QueryErrors", "'(' and a list of values"),
    QT_TRANSLATE_NOOP("QueryErrors", "'{text}' at {pos} is not a {kind} value for '{name}'"),
    QT_TRANSLATE_NOOP("QueryErrors", "Unexpected '{text}' at {pos}: expected {expected}"),
    QT_TRANSLATE_NOOP("QueryErrors", "a quoted text"),
    QT_TRANSLATE_NOOP("QueryErrors", "'period YEAR' or 'from DATE to DATE'"),
    QT_TRANSLATE_NOOP("QueryErrors", "a group name in quotes"),
    QT_TRANSLATE_NOOP("QueryErrors", "a date such as 2026-01-31"),
    QT_TRANSLATE_NOOP("QueryErrors", "a value (\"text\", a number, a date or yes/no)"),
    QT_TRANSLATE_NOOP("QueryErrors", "Unexpected character {text!r} at {index}"),
    QT_TRANSLATE_NOOP("QueryErrors", "Expected {expected} at the end ({pos})"),
    QT_TRANSLATE_NOOP("QueryErrors", "a stage name"),
    QT_TRANSLATE_NOOP("QueryErrors", "Unknown analysis '{text}' at {pos}{suggest}"),
    QT_TRANSLATE_NOOP("QueryErrors", "'{text}' at {at} is not a class of {method} (classes: {choices})"),
    QT_TRANSLATE_NOOP("QueryErrors", "Unknown history type '{name}' at {at}{suggest}"),
    QT_TRANSLATE_NOOP("QueryErrors", "Unknown consent channel '{text}' at {pos}{suggest}"),
    QT_TRANSLATE_NOOP("QueryErrors", "Unknown consent status '{status}' at {at}{suggest}"),
    QT_TRANSLATE_NOOP("QueryErrors", "Unknown field '{name}' at {pos}{suggest}"),
    QT_TRANSLATE_NOOP("QueryErrors", "Operator '{op}' does not apply to the {kind} field '{name}' at {pos}"),
    QT_TRANSLATE_NOOP("QueryErrors", "At most {days} days ({pos})"),
    QT_TRANSLATE_NOOP("QueryErrors", "Unknown unit '{text}' at {pos}{suggest}"),
    QT_TRANSLATE_NOOP("QueryErrors", "Invalid year '{text}' at {pos}"),
    QT_TRANSLATE_NOOP("QueryErrors", "Invalid date '{raw}' at {pos}"),
    QT_TRANSLATE_NOOP("QueryErrors", "The period at {pos} ends before it starts"),
    QT_TRANSLATE_NOOP("QueryErrors", "Group #{id} includes itself through 'in group'"),
    QT_TRANSLATE_NOOP("QueryErrors", "Group #{id} does not exist"),
    QT_TRANSLATE_NOOP("QueryErrors", "Unknown field '{field}' at {pos}"),
    QT_TRANSLATE_NOOP("QueryErrors", "Unknown group '{name}' at {pos}"),
    QT_TRANSLATE_NOOP("QueryErrors", "Several groups are named '{name}' ({paths}) at {pos}: write the full path (for the top-level one, \"/{name}\")"),
)
GROUP_ERRORS = (
    QT_TRANSLATE_NOOP("GroupErrors", "Group #{id} does not exist."),
    QT_TRANSLATE_NOOP("GroupErrors", "The group includes itself"),
    QT_TRANSLATE_NOOP("GroupErrors", "Contact #{id}"),
    QT_TRANSLATE_NOOP("GroupErrors", " (and {count} more)"),
    QT_TRANSLATE_NOOP("GroupErrors", "{name}{others} is a member of '{group}' through the subgroup '{path}': remove it there."),
    QT_TRANSLATE_NOOP("GroupErrors", "No group named '{name}'."),
    QT_TRANSLATE_NOOP("GroupErrors", "{what} Used by the query of: {listed} — edit those queries first."),
    QT_TRANSLATE_NOOP("GroupErrors", "The group '{name}' cannot be deleted."),
    QT_TRANSLATE_NOOP("GroupErrors", "The field '{label}' cannot be removed."),
)
BACKUP_ERRORS = (
    QT_TRANSLATE_NOOP("BackupErrors", "Backups of a shared PostgreSQL database are made on the server (pg_dump); ask your administrator."),
    QT_TRANSLATE_NOOP("BackupErrors", "Choose a backup file other than the database itself."),
    QT_TRANSLATE_NOOP("BackupErrors", "The restore into {target} failed ({exc}): nothing was changed."),
    QT_TRANSLATE_NOOP("BackupErrors", "The backup file {path} does not exist."),
    QT_TRANSLATE_NOOP("BackupErrors", "{path} is damaged or is not a Desktop CRM backup. Nothing was changed."),
    QT_TRANSLATE_NOOP("BackupErrors", "The folder {parent} does not exist: nothing was changed. Create it first or choose another database file with --db."),
    QT_TRANSLATE_NOOP("BackupErrors", "{target} is read-only (or its folder is): nothing was changed. Make it writable or choose another database file with --db."),
    QT_TRANSLATE_NOOP("BackupErrors", "{target} stayed busy with another program for {seconds} s (an import, or Desktop CRM open elsewhere): nothing was changed. Close the other program or wait for it to finish, then restore again."),
    QT_TRANSLATE_NOOP("BackupErrors", "{target} is read-only: nothing was changed. Make it writable or choose another database file with --db."),
    QT_TRANSLATE_NOOP("BackupErrors", "There is no database at {source}."),
    QT_TRANSLATE_NOOP("BackupErrors", "{target} already exists: recover into a new file so that nothing is overwritten."),
    QT_TRANSLATE_NOOP("BackupErrors", "The folder {parent} does not exist: create it first or choose another file for --to."),
    QT_TRANSLATE_NOOP("BackupErrors", "{path} is not a Desktop CRM backup ({exc}). Nothing was changed."),
    QT_TRANSLATE_NOOP("BackupErrors", "{target} could not be written ({strerror}): nothing was changed. Make it writable or choose another database file with --db."),
    QT_TRANSLATE_NOOP("BackupErrors", "Nothing can be read from {source}, not even its list of tables ({exc}): restore a backup with 'desktop-crm restore BACKUP'."),
)
TEAM_ERRORS = (
    QT_TRANSLATE_NOOP("TeamErrors", "Unknown role '{text}': use one of {names}."),
    QT_TRANSLATE_NOOP("TeamErrors", "run a targeting analysis (it ranks clients by revenue)"),
    QT_TRANSLATE_NOOP("TeamErrors", "show the forecast"),
    QT_TRANSLATE_NOOP("TeamErrors", "show the won and lost amounts"),
    QT_TRANSLATE_NOOP("TeamErrors", "close an opportunity as won (the sale holds its amount)"),
    QT_TRANSLATE_NOOP("TeamErrors", "add product lines"),
    QT_TRANSLATE_NOOP("TeamErrors", "run a report of opportunity amounts"),
    QT_TRANSLATE_NOOP("TeamErrors", "run the pipeline report"),
    QT_TRANSLATE_NOOP("TeamErrors", "This PostgreSQL database is not set up for a team yet: run 'desktop-crm team setup --db URL' with the account that owns it first."),
    QT_TRANSLATE_NOOP("TeamErrors", "Give the new user's login name."),
    QT_TRANSLATE_NOOP("TeamErrors", "There is no user '{login_or_id}'. 'desktop-crm users list' shows the team."),
    QT_TRANSLATE_NOOP("TeamErrors", "'{login}' is the last administrator: make someone else administrator first, or nobody could manage the team any more."),
    QT_TRANSLATE_NOOP("TeamErrors", "Your role ({label}) does not see amounts, so it cannot {what}. Ask a colleague with a Standard role or above."),
    QT_TRANSLATE_NOOP("TeamErrors", "No team member is called '{user}'. Use a login or a name from 'desktop-crm users list'."),
    QT_TRANSLATE_NOOP("TeamErrors", "This database has no user row for you (it is open read-only): open a writable copy to set your identity."),
    QT_TRANSLATE_NOOP("TeamErrors", "This user no longer exists: reload the list."),
    QT_TRANSLATE_NOOP("TeamErrors", "Give two different users: --from and --to are the same."),
    QT_TRANSLATE_NOOP("TeamErrors", "'{login}' is disabled: reassign to an active colleague."),
    QT_TRANSLATE_NOOP("TeamErrors", "contact"),
    QT_TRANSLATE_NOOP("TeamErrors", "company"),
    QT_TRANSLATE_NOOP("TeamErrors", "contact group"),
    QT_TRANSLATE_NOOP("TeamErrors", "opportunity"),
    QT_TRANSLATE_NOOP("TeamErrors", "activity"),
    QT_TRANSLATE_NOOP("TeamErrors", "note"),
    QT_TRANSLATE_NOOP("TeamErrors", "history"),
    QT_TRANSLATE_NOOP("TeamErrors", "'{table}' records have no manager nor private flag."),
    QT_TRANSLATE_NOOP("TeamErrors", "There is no {table} #{id} you can see."),
    QT_TRANSLATE_NOOP("TeamErrors", "There is no contact #{id} you can see."),
    QT_TRANSLATE_NOOP("TeamErrors", "There is no company #{id} you can see."),
    QT_TRANSLATE_NOOP("TeamErrors", "There is no contact group #{id} you can see."),
    QT_TRANSLATE_NOOP("TeamErrors", "There is no opportunity #{id} you can see."),
    QT_TRANSLATE_NOOP("TeamErrors", "There is no activity #{id} you can see."),
    QT_TRANSLATE_NOOP("TeamErrors", "There is no note #{id} you can see."),
    QT_TRANSLATE_NOOP("TeamErrors", "There is no history #{id} you can see."),
    QT_TRANSLATE_NOOP("TeamErrors", "'{table}' records cannot be private."),
    QT_TRANSLATE_NOOP("TeamErrors", "'{table}' records have no record manager."),
    QT_TRANSLATE_NOOP("TeamErrors", "Your database login '{login}' is disabled on this database. Ask an administrator to run 'desktop-crm users add {login} --role standard'."),
    QT_TRANSLATE_NOOP("TeamErrors", "Your database login '{login}' is not a member of the team on this database. Ask an administrator to run 'desktop-crm users add {login} --role standard'."),
    QT_TRANSLATE_NOOP("TeamErrors", "Sharing a database with a team needs PostgreSQL: a SQLite file has one user, its owner. Move the data with 'desktop-crm db copy' to a PostgreSQL database first."),
    QT_TRANSLATE_NOOP("TeamErrors", "Run 'team setup' with the account that owns the database's tables (the one that created or upgraded it), not with a team member's login."),
    QT_TRANSLATE_NOOP("TeamErrors", "'{login}' cannot be a database login: use lower-case letters, digits, '_', '.', '-' or '@', starting with a letter (at most 63 characters)."),
    QT_TRANSLATE_NOOP("TeamErrors", "'{value}' is reserved for the database itself: choose another login."),
)
RECORD_ERRORS = (
    QT_TRANSLATE_NOOP("RecordErrors", "No user named {text!r}"),
    QT_TRANSLATE_NOOP("RecordErrors", "Activity #{id} does not exist"),
    QT_TRANSLATE_NOOP("RecordErrors", "Contact #{id} does not exist"),
    QT_TRANSLATE_NOOP("RecordErrors", "Series #{id} does not exist"),
    QT_TRANSLATE_NOOP("RecordErrors", "No series named {name!r}"),
    QT_TRANSLATE_NOOP("RecordErrors", "Contact #{id} does not exist any more."),
    QT_TRANSLATE_NOOP("RecordErrors", "Company #{id} does not exist any more."),
    QT_TRANSLATE_NOOP("RecordErrors", "Note #{id} does not exist any more."),
    QT_TRANSLATE_NOOP("RecordErrors", "Contact #{id} does not exist (it may have been deleted or merged by a colleague)."),
    QT_TRANSLATE_NOOP("RecordErrors", "'{record}' is not contact or company."),
    QT_TRANSLATE_NOOP("RecordErrors", "Field #{id} does not exist (a colleague may have removed it)."),
    QT_TRANSLATE_NOOP("RecordErrors", "There is no contact field named '{name}'."),
    QT_TRANSLATE_NOOP("RecordErrors", "There is no company field named '{name}'."),
    QT_TRANSLATE_NOOP("RecordErrors", "There is no {record} field named '{name}'."),
    QT_TRANSLATE_NOOP("RecordErrors", "Contact #{id} does not exist."),
    QT_TRANSLATE_NOOP("RecordErrors", "Company #{id} does not exist."),
)
OPPORTUNITY_ERRORS = (
    QT_TRANSLATE_NOOP("OpportunityErrors", "Your role (Restricted) does not see amounts, so it cannot filter by amount. Clear the amount boxes of the filter."),
    QT_TRANSLATE_NOOP("OpportunityErrors", "Unknown sort '{key}': use one of {names}."),
    QT_TRANSLATE_NOOP("OpportunityErrors", "The new order must list every stage of the process exactly once."),
    QT_TRANSLATE_NOOP("OpportunityErrors", "Both stages must belong to the same process."),
    QT_TRANSLATE_NOOP("OpportunityErrors", "Sales process #{id} does not exist (any more)."),
    QT_TRANSLATE_NOOP("OpportunityErrors", "Sales stage #{id} does not exist (any more)."),
    QT_TRANSLATE_NOOP("OpportunityErrors", "There is no sales process named '{text}'."),
    QT_TRANSLATE_NOOP("OpportunityErrors", "The sales process '{name}' is used by {used} opportunity: move them to another process first."),
    QT_TRANSLATE_NOOP("OpportunityErrors", "The sales process '{name}' is used by {used} opportunities: move them to another process first."),
    QT_TRANSLATE_NOOP("OpportunityErrors", "The stage '{name}' is used by {used} opportunity: move them to another stage before deleting it."),
    QT_TRANSLATE_NOOP("OpportunityErrors", "The stage '{name}' is used by {used} opportunities: move them to another stage before deleting it."),
    QT_TRANSLATE_NOOP("OpportunityErrors", "Product #{id} does not exist (any more)."),
    QT_TRANSLATE_NOOP("OpportunityErrors", "Opportunity #{id} does not exist (any more)."),
)
CAMPAIGN_ERRORS = (
    QT_TRANSLATE_NOOP("CampaignErrors", "Campaign #{id} does not exist (any more)."),
    QT_TRANSLATE_NOOP("CampaignErrors", "No campaign is called '{name}'. Known campaigns: {known}. 'desktop-crm campaigns list' shows them all."),
    QT_TRANSLATE_NOOP("CampaignErrors", "No group is called '{name}'. 'desktop-crm groups list' shows the groups."),
    QT_TRANSLATE_NOOP("CampaignErrors", "Contact #{id} does not exist (any more)."),
    QT_TRANSLATE_NOOP("CampaignErrors", "Contact #{id} does not exist any more."),
    QT_TRANSLATE_NOOP("CampaignErrors", "History entry #{id} does not exist any more."),
    QT_TRANSLATE_NOOP("CampaignErrors", "There is no campaign called '{name}' (campaigns: {known})."),
    QT_TRANSLATE_NOOP("CampaignErrors", "Campaign #{id} does not exist any more."),
    QT_TRANSLATE_NOOP("CampaignErrors", "Group #{id} does not exist."),
    QT_TRANSLATE_NOOP("CampaignErrors", "none yet"),
    QT_TRANSLATE_NOOP("CampaignErrors", "no campaign yet"),
    QT_TRANSLATE_NOOP("CampaignErrors", "No letter template named '{name}' (known: {known})."),
    QT_TRANSLATE_NOOP("CampaignErrors", "No email template named '{name}' (known: {known})."),
    QT_TRANSLATE_NOOP("CampaignErrors", "No {kind} template named '{name}' (known: {known})."),
    QT_TRANSLATE_NOOP("CampaignErrors", "The mail server refused the user name or password."),
    QT_TRANSLATE_NOOP("CampaignErrors", "Cannot connect to the mail server {host}:{port}: {exc}"),
    QT_TRANSLATE_NOOP("CampaignErrors", "Group #{id} does not exist any more."),
)
PRIVACY_ERRORS = (
    QT_TRANSLATE_NOOP("PrivacyErrors", "Contact #{id} does not exist."),
    QT_TRANSLATE_NOOP("PrivacyErrors", "Unknown erasure origin {origin!r}."),
    QT_TRANSLATE_NOOP("PrivacyErrors", "Choose different names for the JSON and the PDF file."),
    QT_TRANSLATE_NOOP("PrivacyErrors", "There is no contact #{id}: check the number (it is shown on the contact's card and by 'desktop-crm export')."),
    QT_TRANSLATE_NOOP("PrivacyErrors", "Contact #{id} was erased on {erased_at:%d/%m/%Y} (erasure record #{id2}): nothing about this person is stored any more."),
    QT_TRANSLATE_NOOP("PrivacyErrors", "The retention period must be between 1 and 1200 months (not {months})."),
)
REPORT_ERRORS = (
    QT_TRANSLATE_NOOP("ReportErrors", "The period ends ({end:%d/%m/%Y}) before it starts ({start:%d/%m/%Y}): give the dates the other way round."),
    QT_TRANSLATE_NOOP("ReportErrors", "The field '{name}' is not a number field: choose a number field for P."),
    QT_TRANSLATE_NOOP("ReportErrors", "'{klass}' is not a class of {method} (classes: {names})."),
    QT_TRANSLATE_NOOP("ReportErrors", "'{method}' is not an analysis: choose one of {names}."),
    QT_TRANSLATE_NOOP("ReportErrors", "The file needs a date column, an amount column and a client column (reference, company or contact); name them with --mapping, e.g. \"date=Date facture,amount=Montant HT,company=Client\"."),
    QT_TRANSLATE_NOOP("ReportErrors", "The file {name} is empty."),
    QT_TRANSLATE_NOOP("ReportErrors", "There is no sales import #{id}."),
    QT_TRANSLATE_NOOP("ReportErrors", "The sales import #{id} was already undone."),
    QT_TRANSLATE_NOOP("ReportErrors", "'{part}' is not a column choice: write field=Header with a field among {names}."),
    QT_TRANSLATE_NOOP("ReportErrors", "The file has no column '{header}' (columns: {names})."),
    QT_TRANSLATE_NOOP("ReportErrors", "The report is written as .csv or .xlsx."),
    QT_TRANSLATE_NOOP("ReportErrors", "Unknown export format '{fmt}': use xlsx, csv or vcf."),
    QT_TRANSLATE_NOOP("ReportErrors", "Unknown column(s): {names}."),
    QT_TRANSLATE_NOOP("ReportErrors", "There is no contact number {contact_id}."),
    QT_TRANSLATE_NOOP("ReportErrors", "Unknown format '{fmt}': choose pdf or xlsx."),
    QT_TRANSLATE_NOOP("ReportErrors", "The period ends ({end:%d/%m/%Y}) before it starts ({start:%d/%m/%Y}): give --from before --to."),
    QT_TRANSLATE_NOOP("ReportErrors", "There is no report named '{name}'. Reports: {names}."),
)
VCARD_COLUMN_WORDS = (
    QT_TRANSLATE_NOOP("ImportErrors", "Civility"),
    QT_TRANSLATE_NOOP("ImportErrors", "First name"),
    QT_TRANSLATE_NOOP("ImportErrors", "Last name"),
    QT_TRANSLATE_NOOP("ImportErrors", "Company"),
    QT_TRANSLATE_NOOP("ImportErrors", "Department"),
    QT_TRANSLATE_NOOP("ImportErrors", "Job title"),
    QT_TRANSLATE_NOOP("ImportErrors", "E-mail"),
    QT_TRANSLATE_NOOP("ImportErrors", "E-mail 2"),
    QT_TRANSLATE_NOOP("ImportErrors", "Business phone"),
    QT_TRANSLATE_NOOP("ImportErrors", "Extension"),
    QT_TRANSLATE_NOOP("ImportErrors", "Mobile phone"),
    QT_TRANSLATE_NOOP("ImportErrors", "Home phone"),
    QT_TRANSLATE_NOOP("ImportErrors", "Business fax"),
    QT_TRANSLATE_NOOP("ImportErrors", "Street"),
    QT_TRANSLATE_NOOP("ImportErrors", "Street 2"),
    QT_TRANSLATE_NOOP("ImportErrors", "Street 3"),
    QT_TRANSLATE_NOOP("ImportErrors", "City"),
    QT_TRANSLATE_NOOP("ImportErrors", "Cedex"),
    QT_TRANSLATE_NOOP("ImportErrors", "Postcode"),
    QT_TRANSLATE_NOOP("ImportErrors", "Country"),
    QT_TRANSLATE_NOOP("ImportErrors", "Home street"),
    QT_TRANSLATE_NOOP("ImportErrors", "Home street 2"),
    QT_TRANSLATE_NOOP("ImportErrors", "Home postal code"),
    QT_TRANSLATE_NOOP("ImportErrors", "Home city"),
    QT_TRANSLATE_NOOP("ImportErrors", "Home country"),
    QT_TRANSLATE_NOOP("ImportErrors", "Website"),
    QT_TRANSLATE_NOOP("ImportErrors", "Birthday"),
    QT_TRANSLATE_NOOP("ImportErrors", "Groups"),
    QT_TRANSLATE_NOOP("ImportErrors", "Kind"),
    QT_TRANSLATE_NOOP("ImportErrors", "Import remarks"),
    QT_TRANSLATE_NOOP("ImportErrors", "Notes"),
)
PRINT_ERRORS = (
    QT_TRANSLATE_NOOP("PrintErrors", "Could not write {where}: {reason}."),
    QT_TRANSLATE_NOOP("PrintErrors", "The file is a folder: choose a file name and try again."),
    QT_TRANSLATE_NOOP("PrintErrors", "The file is open in another program (or read-only): close it and try again."),
    QT_TRANSLATE_NOOP("PrintErrors", "The disk is full: the file could not be written. Free some space and try again."),
    QT_TRANSLATE_NOOP("PrintErrors", "The folder of the file does not exist: choose another place."),
    QT_TRANSLATE_NOOP("PrintErrors", "Could not write the file: {reason}."),
    QT_TRANSLATE_NOOP("PrintErrors", "{where} is a folder: choose a file name and try again."),
    QT_TRANSLATE_NOOP("PrintErrors", "The file {where} is open in another program (or read-only): close it and try again."),
    QT_TRANSLATE_NOOP("PrintErrors", "The disk is full: {where} could not be written. Free some space and try again."),
    QT_TRANSLATE_NOOP("PrintErrors", "The folder of {where} does not exist: choose another place."),
    QT_TRANSLATE_NOOP("PrintErrors", "Unknown envelope size '{code}' (known: {known})."),
    QT_TRANSLATE_NOOP("PrintErrors", "{path}: not a gLabels template file ({exc})."),
    QT_TRANSLATE_NOOP("PrintErrors", "Unknown label sheet '{code}'. Run 'desktop-crm sheets' for the list."),
)
MORE_STORAGE_ERRORS = (
    QT_TRANSLATE_NOOP("StorageErrors", "Another program wrote to the database during the import; nothing was written. Try again."),
    QT_TRANSLATE_NOOP("StorageErrors", "Unsupported database '{drivername}': use a .sqlite file path or a postgresql://user@host/dbname URL."),
    QT_TRANSLATE_NOOP("StorageErrors", "The database has several schema heads; run 'desktop-crm db upgrade' with a current version of the program."),
    QT_TRANSLATE_NOOP("StorageErrors", "The migration scripts are missing ({folder}). Reinstall the application."),
    QT_TRANSLATE_NOOP("StorageErrors", "The upgrade left {count} broken references. The copy made before the upgrade is at {backup_path}."),
)
ODD_INPUT_REFUSALS = (
    QT_TRANSLATE_NOOP("PrivacyErrors", "Unknown consent status '{text}': use opt_in, soft_opt_in (customer), objection or unknown."),
    QT_TRANSLATE_NOOP("PrivacyErrors", "Unknown consent status '{status}'."),
    QT_TRANSLATE_NOOP("GroupErrors", "A group needs a name: give one."),
    QT_TRANSLATE_NOOP("CampaignErrors", "The campaign needs a name."),
    QT_TRANSLATE_NOOP("CampaignErrors", "The campaign cannot end before it starts."),
    QT_TRANSLATE_NOOP("CampaignErrors", "A campaign is already called '{name}'."),
    QT_TRANSLATE_NOOP("BackupErrors", "{path} is a folder: give the backup file inside it. Nothing was changed."),
    QT_TRANSLATE_NOOP("BackupErrors", "{path} is not a Desktop CRM backup ({looks_like}). Nothing was changed."),
)
