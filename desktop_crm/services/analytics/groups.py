"""Analyses as dynamic groups: "Save as group" writes the query condition
``analysis METHOD = "CLASS" period YEAR [among group "PATH"]``; opening the group re-runs the
analysis (services/groups/query.py compiles the condition through ``analysis_contact_ids``).

The condition keeps the method, class, period and population, and the settings that are
not the defaults (contact kinds, P field, ABC thresholds, inactivity months), so that the
group holds the clients the analysis showed.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import select

from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.query import InAnalysis, format_query
from desktop_crm.domain.query_words import describe_query
from desktop_crm.domain.wording import REPORT, say
from desktop_crm.services.analytics.figures import (
    Period,
    contacts_of_clients,
    load_figures,
    population_of_contacts,
)
from desktop_crm.services.analytics.run import CLASSES, AnalysisSpec, analyse
from desktop_crm.services.groups.groups import GroupNode, create_group
from desktop_crm.storage.models import Contact
from desktop_crm.storage.uow import UnitOfWork


def analysis_condition(spec: AnalysisSpec, klass: str) -> str:
    """The query text of one class of an analysis."""
    if klass not in CLASSES[spec.method]:
        raise DomainError(
            say(REPORT, "'{klass}' is not a class of {method} (classes: {names}).").format(
                klass=klass, method=spec.method, names=", ".join(CLASSES[spec.method])
            ),
            code="invalid",
        )
    default = AnalysisSpec(spec.method, spec.period)
    thresholds = (spec.a_pct, spec.b_pct)
    node = InAnalysis(
        spec.method,
        klass,
        spec.period.start,
        spec.period.end,
        spec.group,
        kinds=None if spec.contact_kinds == default.contact_kinds else spec.contact_kinds,
        potential=None if spec.potential_field == default.potential_field else spec.potential_field,
        thresholds=None if thresholds == (default.a_pct, default.b_pct) else thresholds,
        months=None if spec.inactive_months == default.inactive_months else spec.inactive_months,
    )
    return format_query(node)


def analysis_spec(node: InAnalysis) -> AnalysisSpec:
    """The analysis a saved condition runs: its settings, the defaults where it names none."""
    spec = AnalysisSpec(node.method, Period(node.start, node.end), node.among)
    settings: dict[str, Any] = {}
    if node.kinds is not None:
        settings["contact_kinds"] = node.kinds
    if node.potential is not None:
        settings["potential_field"] = node.potential
    if node.thresholds is not None:
        settings["a_pct"], settings["b_pct"] = node.thresholds
    if node.months is not None:
        settings["inactive_months"] = node.months
    return replace(spec, **settings)


def save_analysis_group(
    uow: UnitOfWork, name: str, spec: AnalysisSpec, klass: str, *, parent_id: int | None = None
) -> GroupNode:
    """A dynamic group holding the contacts of the clients in ``klass`` (re-run on opening);
    its description says which analysis, in the user's language."""
    condition = analysis_condition(spec, klass)
    return create_group(
        uow,
        name,
        parent_id=parent_id,
        query_text=condition,
        # In the user's language, with the settings that are not the defaults (as the
        # Groups view describes the query).
        description=describe_query(condition),
    )


def analysis_contact_ids(uow: UnitOfWork, node: InAnalysis, among: Any | None) -> list[int]:
    """Contact ids of the clients of ``node``'s class; ``among`` is a condition on
    ``contact`` (a group's membership) that sets the population, or None for all clients."""
    spec = analysis_spec(node)
    population = None
    if among is not None:
        ids = uow.session.scalars(select(Contact.id).where(among))
        population = population_of_contacts(uow, ids)
    figures = load_figures(
        uow,
        spec.period,
        contact_kinds=spec.contact_kinds,
        potential_name=spec.potential_field if node.method == "pr" else None,
        years=spec.years,
        with_years=spec.method == "maturity",
        population=population,
    )
    result = analyse(figures, spec)
    return contacts_of_clients(uow, (r.key for r in result.rows if r.klass == node.klass))
