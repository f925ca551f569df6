"""Duplicate detection and merge screens: the wizard, the merge dialog and the look-alike
warning for the contact card and the import."""

from desktop_crm.ui.duplicates.merge_dialog import MergeChoice, MergeDialog
from desktop_crm.ui.duplicates.similar_dialog import SimilarRecordsDialog
from desktop_crm.ui.duplicates.wizard import DuplicateWizard

__all__ = ["DuplicateWizard", "MergeChoice", "MergeDialog", "SimilarRecordsDialog"]
