"""Duplicate detection and merge screens: the wizard and the merge dialog."""

from desktop_crm.ui.duplicates.merge_dialog import MergeChoice, MergeDialog
from desktop_crm.ui.duplicates.wizard import DuplicateWizard

__all__ = ["DuplicateWizard", "MergeChoice", "MergeDialog"]
