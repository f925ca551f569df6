"""All SQLAlchemy models; importing this module registers every table on ``Base.metadata``."""

from desktop_crm.storage.models.admin import (
    AppSetting,
    DocumentTemplate,
    DuplicateExclusion,
    ImportBatch,
    ImportChange,
    MergeRecord,
    Suppression,
)
from desktop_crm.storage.models.base import Base, utcnow
from desktop_crm.storage.models.custom_fields import (
    CompanyFieldValue,
    ContactFieldValue,
    CustomField,
)
from desktop_crm.storage.models.journal import History, Note
from desktop_crm.storage.models.marketing import (
    Campaign,
    CampaignCost,
    CampaignMember,
    Group,
    GroupCompany,
    GroupMember,
    PickList,
    PickListItem,
)
from desktop_crm.storage.models.people import Company, Consent, ConsentEntry, Contact, User
from desktop_crm.storage.models.privacy import DeletionRecord, ErasureRecord
from desktop_crm.storage.models.sales import (
    Opportunity,
    OpportunityLine,
    Product,
    Sale,
    SalesProcess,
    SalesStage,
)
from desktop_crm.storage.models.scheduling import (
    Activity,
    ActivityContact,
    ActivitySeries,
    SeriesRun,
    SeriesStep,
)

__all__ = [
    "Activity",
    "ActivityContact",
    "ActivitySeries",
    "AppSetting",
    "Base",
    "Campaign",
    "CampaignCost",
    "CampaignMember",
    "Company",
    "CompanyFieldValue",
    "Consent",
    "ConsentEntry",
    "Contact",
    "ContactFieldValue",
    "CustomField",
    "DeletionRecord",
    "DocumentTemplate",
    "DuplicateExclusion",
    "ErasureRecord",
    "Group",
    "GroupCompany",
    "GroupMember",
    "History",
    "ImportBatch",
    "ImportChange",
    "MergeRecord",
    "Note",
    "Opportunity",
    "OpportunityLine",
    "PickList",
    "PickListItem",
    "Product",
    "Sale",
    "SalesProcess",
    "SalesStage",
    "SeriesRun",
    "SeriesStep",
    "Suppression",
    "User",
    "utcnow",
]
