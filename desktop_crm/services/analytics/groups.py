"""Analyses as dynamic groups: "Save as group" writes the query condition
``analysis METHOD = "CLASS" period YEAR [among group "PATH"]``; opening the group re-runs the
analysis (services/groups/query.py compiles the condition through ``analysis_contact_ids``).

The condition keeps the method, class, period and population; the other settings (ABC
thresholds, contact kinds, P field, inactivity months) are the defaults when the group runs.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.query import InAnalysis, format_query
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
    node = InAnalysis(spec.method, klass, spec.period.start, spec.period.end, spec.group)
    return format_query(node)


def save_analysis_group(
    uow: UnitOfWork, name: str, spec: AnalysisSpec, klass: str, *, parent_id: int | None = None
) -> GroupNode:
    """A dynamic group holding the contacts of the clients in ``klass`` (re-run on opening)."""
    return create_group(
        uow,
        name,
        parent_id=parent_id,
        query_text=analysis_condition(spec, klass),
        description=f"Ciblage {spec.method} « {klass} », période {spec.period.label()}",
    )


def analysis_contact_ids(uow: UnitOfWork, node: InAnalysis, among: Any | None) -> list[int]:
    """Contact ids of the clients of ``node``'s class; ``among`` is a condition on
    ``contact`` (a group's membership) that sets the population, or None for all clients."""
    spec = AnalysisSpec(node.method, Period(node.start, node.end))
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
