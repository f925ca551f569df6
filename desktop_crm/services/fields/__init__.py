"""User-defined fields: definitions (Tools › Fields…) and their values on contacts and companies."""

from desktop_crm.services.fields.definitions import (
    count_values,
    custom_fields,
    define_field,
    find_field,
    remove_field,
    remove_field_named,
    reorder_fields,
    update_field,
)
from desktop_crm.services.fields.values import (
    bulk_set_values,
    formatted_values_for,
    merge_texts_for,
    parse_values,
    set_values,
    values_for,
    values_of,
)

__all__ = [
    "bulk_set_values",
    "count_values",
    "custom_fields",
    "define_field",
    "find_field",
    "formatted_values_for",
    "merge_texts_for",
    "parse_values",
    "remove_field",
    "remove_field_named",
    "reorder_fields",
    "set_values",
    "update_field",
    "values_for",
    "values_of",
]
