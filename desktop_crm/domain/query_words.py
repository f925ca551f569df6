"""A saved query told in words, in the user's language, for the screens that show it.

A dynamic group keeps its definition in the query language, which is English
(``last_reach older than 6 months``); the Groups view, its tooltips and the command line
show ``describe_query(text)`` instead: "Last reach more than 6 months ago", or in French
"Dernier contact il y a plus de 6 mois". Every clause of the language (see
``domain/query.py``) has its sentence; fields are named by the labels the contact card shows
(user-defined fields by their own label, given in ``labels``), operators in words, dates as
the language writes them (dd/mm/yyyy in French). The stored text never changes: it is the
definition. A text that cannot be read is shown as it was typed.

The sentences go through ``domain.wording.say`` (context QUERY_WORDS, listed in
``resources/translations/dynamic_strings.py``); field labels, history kinds, consent values
and analysis names reuse the French the screens already have (contexts ContactCard,
ImportFields, CardTabs, Targeting of the same catalogue).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal

from desktop_crm.domain.fields import field
from desktop_crm.domain.query_nodes import (
    COMPANY_PREFIX,
    And,
    Anniversary,
    Between,
    Compare,
    ConsentIs,
    HasHistory,
    HasOpenActivity,
    HasOpportunity,
    InAnalysis,
    InGroup,
    InList,
    IsEmpty,
    LookupText,
    Node,
    Not,
    Or,
    QueryError,
    Relative,
    Value,
)
from desktop_crm.domain.query_parser import parse
from desktop_crm.domain.wording import NUMBERS, QUERY_WORDS, say

# The screens' own contexts, whose French the catalogue already holds.
_CARD, _IMPORT_FIELDS, _CARD_TABS, _TARGETING = (
    "ContactCard",
    "ImportFields",
    "CardTabs",
    "Targeting",
)

_HISTORY = {
    "call_attempted": "Call attempted",
    "call_reached": "Call reached",
    "call_left_message": "Left message",
    "call_received": "Call received",
    "call_wrong_number": "Wrong number",
    "meeting_held": "Meeting held",
    "meeting_not_held": "Meeting not held",
    "todo_done": "To-do done",
    "todo_not_done": "To-do not done",
    "letter_sent": "Letter sent",
    "email_sent": "E-mail sent",
    "fax_sent": "Fax sent",
    "label_printed": "Label printed",
    "envelope_printed": "Envelope printed",
    "field_changed": "Field changed",
    "contact_created": "Contact created",
    "contact_merged": "Contact merged",
    "contact_imported": "Contact imported",
    "note": "Note",
    "opportunity_created": "Opportunity created",
    "opportunity_stage_changed": "Stage changed",
    "opportunity_won": "Opportunity won",
    "opportunity_lost": "Opportunity lost",
    "email_opened": "E-mail opened",
    "email_clicked": "Link clicked",
    "email_bounced": "E-mail bounced",
    "unsubscribed": "Unsubscribed",
}
_CHANNELS = {"email": "E-mail", "phone": "Phone", "post": "Post", "sms": "SMS"}
_CONSENTS = {
    "unknown": "Unknown",
    "opt_in": "Opted in",
    "soft_opt_in": "Soft opt-in (client)",
    "opt_out": "Opted out",
}
_METHODS = {
    "abc": "ABC / 20-80",
    "quartiles": "Quartiles of revenue",
    "quadrants": "Profitability quadrants",
    "pr": "Potential against revenue (P−R)",
    "elasticity": "Elasticity to contacts",
    "maturity": "Maturity phase",
    "rfm": "RFM (recency, frequency, amount)",
    "inactive": "Inactive clients",
}
_CLASSES = {
    "room": "Room to grow",
    "reached": "Potential reached",
    "no_potential": "No P given",
    "sensitive": "Sensitive to contacts",
    "weak": "Weakly sensitive",
    "insensitive": "Insensitive",
    "undefined": "Cannot be computed",
    "not_enough_data": "Not enough history",
    "no_sales": "No purchase",
    "champions": "Champions",
    "loyal": "Loyal",
    "new": "New",
    "at_risk": "At risk",
    "hibernating": "Dormant",
    "lost": "Lost",
    "attention": "To follow",
    "no_purchase": "Never bought",
    "inactive": "Inactive",
    "active": "Active",
    "démarrage": "Start",
    "croissance": "Growth",
    "maturité": "Maturity",
    "vieillissement": "Decline",
}


def describe_query(text: str | None, labels: Mapping[str, str] | None = None) -> str:
    """``text`` in words in the user's language; as typed when it cannot be read.

    ``labels``: the user-defined fields' labels by name (catalogue fields are named by the
    card's labels)."""
    if not text:
        return ""
    try:
        node = parse(text)
    except QueryError:
        return text
    words = describe(node, labels or {})
    return words[:1].upper() + words[1:]


def describe(node: Node, labels: Mapping[str, str]) -> str:
    """The words of a parsed query (first letter as it comes)."""
    if isinstance(node, And | Or):
        joint = say(QUERY_WORDS, " and ") if isinstance(node, And) else say(QUERY_WORDS, " or ")
        return joint.join(_part(item, labels) for item in node.items)
    if isinstance(node, Not):
        if isinstance(node.item, HasHistory):
            return _history(node.item, negated=True)
        return say(QUERY_WORDS, "not ({condition})").format(condition=describe(node.item, labels))
    return _condition(node, labels)


def _part(node: Node, labels: Mapping[str, str]) -> str:
    words = describe(node, labels)
    return f"({words})" if isinstance(node, And | Or) else words


# -- values ------------------------------------------------------------------------------------


def _text(value: str) -> str:
    return say(QUERY_WORDS, "“{text}”").format(text=value)


def _date(day: dt.date) -> str:
    return say(QUERY_WORDS, "{year}-{month}-{day}").format(
        year=f"{day.year:04d}", month=f"{day.month:02d}", day=f"{day.day:02d}"
    )


def _number(value: Decimal | int) -> str:
    text = format(value, "f") if isinstance(value, Decimal) else str(value)
    whole, _, decimals = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = f"{int(whole.lstrip('-') or 0):,}".replace(",", say(NUMBERS, ","))
    return sign + whole + (say(QUERY_WORDS, ".") + decimals if decimals else "")


def _value(value: Value) -> str:
    if isinstance(value, bool):
        return say(QUERY_WORDS, "yes") if value else say(QUERY_WORDS, "no")
    if isinstance(value, Decimal):
        return _number(value)
    if isinstance(value, dt.date):
        return _date(value)
    return _text(value)


def _values(values: tuple[Value, ...]) -> str:
    return ", ".join(_value(v) for v in values)


def _lower_first(label: str) -> str:
    """A label inside a sentence: "Dernier contact" → "dernier contact", "SIREN" kept."""
    if len(label) > 1 and label[1].isupper():
        return label
    return label[:1].lower() + label[1:]


def field_words(name: str, labels: Mapping[str, str]) -> str:
    """A field's name inside a sentence: its label on the card, in the user's language."""
    if name in labels:
        return labels[name]
    company = name.startswith(COMPANY_PREFIX)
    bare = name[len(COMPANY_PREFIX) :] if company else name
    try:
        spec = field(bare, "company" if company else "contact")
    except KeyError:
        return name
    if spec.long_label:
        label = say(_IMPORT_FIELDS, spec.long_label)
    else:
        label = say(_CARD, spec.label)
    label = _lower_first(label)
    if company:
        return say(QUERY_WORDS, "{field} of the company").format(field=label)
    return label


def _unit(amount: int, unit: str) -> str:
    one = {
        "days": say(QUERY_WORDS, "{n} day"),
        "weeks": say(QUERY_WORDS, "{n} week"),
        "months": say(QUERY_WORDS, "{n} month"),
        "years": say(QUERY_WORDS, "{n} year"),
    }
    many = {
        "days": say(QUERY_WORDS, "{n} days"),
        "weeks": say(QUERY_WORDS, "{n} weeks"),
        "months": say(QUERY_WORDS, "{n} months"),
        "years": say(QUERY_WORDS, "{n} years"),
    }
    return (one if amount == 1 else many)[unit].format(n=_number(amount))


# -- conditions --------------------------------------------------------------------------------


def _condition(node: Node, labels: Mapping[str, str]) -> str:
    if isinstance(node, Compare):
        return _compare(node, field_words(node.field, labels))
    if isinstance(node, IsEmpty):
        name = field_words(node.field, labels)
        if node.negated:
            return say(QUERY_WORDS, "{field} is not empty").format(field=name)
        return say(QUERY_WORDS, "{field} is empty").format(field=name)
    if isinstance(node, InList):
        return say(QUERY_WORDS, "{field} is one of {values}").format(
            field=field_words(node.field, labels), values=_values(node.values)
        )
    if isinstance(node, Between):
        name = field_words(node.field, labels)
        if isinstance(node.low, dt.date):
            template = say(QUERY_WORDS, "{field} from {low} to {high}")
        else:
            template = say(QUERY_WORDS, "{field} between {low} and {high}")
        return template.format(field=name, low=_value(node.low), high=_value(node.high))
    if isinstance(node, Relative):
        return _relative(node, field_words(node.field, labels))
    if isinstance(node, Anniversary):
        name = field_words(node.field, labels)
        if node.days == 0:
            return say(QUERY_WORDS, "{field} (day and month) today").format(field=name)
        if node.days == 1:
            return say(QUERY_WORDS, "{field} (day and month) today or tomorrow").format(field=name)
        return say(QUERY_WORDS, "{field} (day and month) within the next {days} days").format(
            field=name, days=node.days
        )
    if isinstance(node, InGroup):
        return say(QUERY_WORDS, "member of the group {name}").format(name=_text(node.name))
    if isinstance(node, HasHistory):
        return _history(node, negated=False)
    if isinstance(node, HasOpenActivity):
        return say(QUERY_WORDS, "has an open activity")
    if isinstance(node, HasOpportunity):
        if node.stage is None:
            return say(QUERY_WORDS, "has an open opportunity")
        return say(QUERY_WORDS, "has an open opportunity at the stage {stage}").format(
            stage=_text(node.stage)
        )
    if isinstance(node, ConsentIs):
        channel = say(_CARD_TABS, _CHANNELS.get(node.channel, node.channel))
        status = say(_CARD_TABS, _CONSENTS.get(node.status, node.status))
        return say(QUERY_WORDS, "{channel} consent: {status}").format(
            channel=channel, status=_lower_first(status)
        )
    if isinstance(node, LookupText):
        return say(QUERY_WORDS, "found by the lookup {text}").format(text=_text(node.text))
    assert isinstance(node, InAnalysis)
    return _analysis(node)


def _compare(node: Compare, name: str) -> str:
    value = node.value
    if isinstance(value, bool):
        shown = value if node.op == "=" else not value
        return say(QUERY_WORDS, "{field}: {value}").format(field=name, value=_value(shown))
    if isinstance(value, dt.date):
        templates = {
            "=": say(QUERY_WORDS, "{field} on {value}"),
            "!=": say(QUERY_WORDS, "{field} not on {value}"),
            "<": say(QUERY_WORDS, "{field} before {value}"),
            "<=": say(QUERY_WORDS, "{field} on or before {value}"),
            ">": say(QUERY_WORDS, "{field} after {value}"),
            ">=": say(QUERY_WORDS, "{field} on or after {value}"),
        }
    else:
        templates = {
            "=": say(QUERY_WORDS, "{field} is {value}"),
            "!=": say(QUERY_WORDS, "{field} is not {value}"),
            "<": say(QUERY_WORDS, "{field} is less than {value}"),
            "<=": say(QUERY_WORDS, "{field} is at most {value}"),
            ">": say(QUERY_WORDS, "{field} is more than {value}"),
            ">=": say(QUERY_WORDS, "{field} is at least {value}"),
            "contains": say(QUERY_WORDS, "{field} contains {value}"),
            "starts with": say(QUERY_WORDS, "{field} starts with {value}"),
        }
    return templates[node.op].format(field=name, value=_value(value))


def _relative(node: Relative, name: str) -> str:
    if node.op == "older than":
        template = say(QUERY_WORDS, "{field} more than {time} ago")
    elif node.op == "in the last":
        template = say(QUERY_WORDS, "{field} within the last {time}")
    else:
        template = say(QUERY_WORDS, "{field} within the next {time}")
    return template.format(field=name, time=_unit(node.amount, node.unit))


def _history(node: HasHistory, *, negated: bool) -> str:
    kind = _text(say(_CARD_TABS, _HISTORY.get(node.type, node.type)))
    if node.since is not None:
        template = (
            say(QUERY_WORDS, "has no history entry {kind} since {day}")
            if negated
            else say(QUERY_WORDS, "has a history entry {kind} since {day}")
        )
        return template.format(kind=kind, day=_date(node.since))
    template = (
        say(QUERY_WORDS, "has no history entry {kind}")
        if negated
        else say(QUERY_WORDS, "has a history entry {kind}")
    )
    return template.format(kind=kind)


def _analysis(node: InAnalysis) -> str:
    method = say(_TARGETING, _METHODS.get(node.method, node.method))
    klass = say(_TARGETING, _CLASSES[node.klass]) if node.klass in _CLASSES else node.klass
    if node.start == dt.date(node.start.year, 1, 1) and node.end == dt.date(
        node.start.year, 12, 31
    ):
        period = say(QUERY_WORDS, "the year {year}").format(year=node.start.year)
    else:
        period = say(QUERY_WORDS, "the period from {start} to {end}").format(
            start=_date(node.start), end=_date(node.end)
        )
    text = say(QUERY_WORDS, "class {klass} of the analysis “{method}” over {period}").format(
        klass=_text(klass), method=method, period=period
    )
    if node.among is not None:
        text += say(QUERY_WORDS, ", among the group {name}").format(name=_text(node.among))
    settings = []
    if node.kinds is not None:
        kinds = ", ".join(say(_CARD_TABS, _HISTORY.get(k, k)) for k in node.kinds)
        settings.append(say(QUERY_WORDS, "contacts counted: {kinds}").format(kinds=kinds))
    if node.potential is not None:
        settings.append(say(QUERY_WORDS, "P read from {field}").format(field=_text(node.potential)))
    if node.thresholds is not None:
        settings.append(
            say(QUERY_WORDS, "thresholds A {a}% and B {b}%").format(
                a=_number(node.thresholds[0]), b=_number(node.thresholds[1])
            )
        )
    if node.months is not None:
        settings.append(
            say(QUERY_WORDS, "inactive after {time}").format(time=_unit(node.months, "months"))
        )
    if settings:
        text += " (" + say(QUERY_WORDS, "; ").join(settings) + ")"
    return text
