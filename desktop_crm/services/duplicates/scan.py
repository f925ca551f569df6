"""Duplicate scan (blocking, streamed blocks, progress and cancel), "not a duplicate" pairs,
and ``find_similar`` for the contact card and the import.

The scan never compares every pair and never holds a set of candidate pairs: records are
prepared once, then for each blocking key the records are sorted by that key and each block
is scored on its own.  A pair met again under a later key is recognised because it already
shares an earlier key, so it is skipped without remembering it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, cast

from sqlalchemy import and_, delete, func, or_, select
from sqlalchemy.dialects import postgresql, sqlite

from desktop_crm.domain.bulk_work import gc_paused
from desktop_crm.domain.errors import DomainError, NotFoundError
from desktop_crm.domain.fields import match_columns
from desktop_crm.domain.matching import (
    How,
    MatchSettings,
    PairScore,
    Prepared,
    Reason,
    RecordKind,
    default_settings,
    display_value,
    normalise_name,
    normalise_phone,
    prepare,
    reason,
    reason_text,
    score_pair,
)
from desktop_crm.domain.matching_channels import mark_switchboards
from desktop_crm.domain.phones import phone_digits
from desktop_crm.domain.progress import Cancelled
from desktop_crm.domain.text import fold
from desktop_crm.domain.wording import MERGE, say
from desktop_crm.services.duplicates import evidence
from desktop_crm.services.duplicates.merge_refs import related_counts
from desktop_crm.storage.models import Company, Contact, DuplicateExclusion, GroupCompany
from desktop_crm.storage.uow import UnitOfWork

# Blocks larger than this are compared by a sliding window over a secondary sort instead of
# all pairs: a switchboard number shared by 400 people must not cost 80,000 comparisons.
MAX_BLOCK = 60
WINDOW = 12
_CHECK_EVERY = 4096

# The columns the matcher reads (named in the field catalogue's MATCH_FIELDS).
CONTACT_COLUMNS = ("id", *match_columns("contact"))
# The all-evidence mode also reads the date of birth.
EVIDENCE_COLUMNS = (*CONTACT_COLUMNS, "birthday")
COMPANY_COLUMNS = ("id", *match_columns("company"))

ProgressCallback = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]


class ScanCancelled(Cancelled):
    """The user cancelled the scan (nothing is written by a scan)."""


@dataclass(frozen=True)
class CandidatePair:
    """A proposed pair with its score and the reasons in English."""

    a: int
    b: int
    score: int
    reasons: tuple[str, ...]
    a_label: str = ""
    b_label: str = ""
    parts: tuple[Reason, ...] = ()


@dataclass(frozen=True)
class DuplicateGroup:
    """Records linked by candidate pairs (A~B~C), best score first; ``keep``: the record
    suggested to keep (the most rows attached, then the most complete, then the most
    recently active)."""

    ids: tuple[int, ...]
    score: int
    pairs: tuple[CandidatePair, ...]
    keep: int | None = None


@dataclass(frozen=True)
class ScanResult:
    """What a scan found, with figures for the summary and the benchmark."""

    pairs: tuple[CandidatePair, ...]
    groups: tuple[DuplicateGroup, ...]
    records: int
    compared: int
    oversized_blocks: int = 0
    kind: RecordKind = RecordKind.CONTACT
    evidence: bool = False


@dataclass
class _Counter:
    compared: int = 0
    oversized: int = 0
    ticks: int = 0
    oversized_keys: list[set[str]] = field(default_factory=list)


def scan_prepared(
    prepared: Sequence[Prepared],
    settings: MatchSettings,
    excluded: frozenset[tuple[int, int]] = frozenset(),
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> tuple[list[PairScore], int, int]:
    """Score the pairs that share a blocking key; returns (pairs, compared, oversized)."""
    n = len(prepared)
    key_count = len(prepared[0].keys) if prepared else 0
    state = _Counter(oversized_keys=[set() for _ in range(key_count)])
    found: list[PairScore] = []
    for t in range(key_count):
        if cancel is not None and cancel():
            raise ScanCancelled()
        if progress:
            progress(n + t * n, n * (key_count + 1), "compare")
        order = sorted(
            (i for i in range(n) if prepared[i].keys[t]), key=lambda i: prepared[i].keys[t]
        )
        start = 0
        while start < len(order):
            key = prepared[order[start]].keys[t]
            end = start + 1
            while end < len(order) and prepared[order[end]].keys[t] == key:
                end += 1
            if end - start > 1:
                block = [prepared[i] for i in order[start:end]]
                _score_block(block, t, key, settings, excluded, state, found)
            state.ticks += end - start
            if state.ticks >= _CHECK_EVERY:
                state.ticks = 0
                if cancel is not None and cancel():
                    raise ScanCancelled()
                if progress:
                    progress(n + t * n + start, n * (key_count + 1), "compare")
            start = end
    if progress:
        progress(n * (key_count + 1), n * (key_count + 1), "done")
    return found, state.compared, state.oversized


def _score_block(
    block: list[Prepared],
    t: int,
    key: str,
    settings: MatchSettings,
    excluded: frozenset[tuple[int, int]],
    state: _Counter,
    found: list[PairScore],
) -> None:
    if len(block) > MAX_BLOCK:
        state.oversized += 1
        state.oversized_keys[t].add(key)
        # Sliding window over the records sorted by their compared values.
        block.sort(key=lambda p: repr(p.values))
        pairs: Iterable[tuple[Prepared, Prepared]] = (
            (block[i], block[j])
            for i in range(len(block))
            for j in range(i + 1, min(i + 1 + WINDOW, len(block)))
        )
    else:
        pairs = ((block[i], block[j]) for i in range(len(block)) for j in range(i + 1, len(block)))
    for a, b in pairs:
        if _met_before(a, b, t, state):
            continue
        pair_ids = (a.id, b.id) if a.id < b.id else (b.id, a.id)
        if pair_ids in excluded:
            continue
        state.compared += 1
        scored = score_pair(a, b, settings)
        if scored is not None:
            found.append(scored)


def _met_before(a: Prepared, b: Prepared, t: int, state: _Counter) -> bool:
    """True when the pair shares an earlier key whose block was compared in full."""
    for u in range(t):
        key = a.keys[u]
        if key and key == b.keys[u] and key not in state.oversized_keys[u]:
            return True
    return False


def group_pairs(pairs: Iterable[CandidatePair]) -> list[DuplicateGroup]:
    """Union the pairs into groups (A~B, B~C gives A~B~C), best score first."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    members: dict[int, list[CandidatePair]] = {}
    pair_list = list(pairs)
    for p in pair_list:
        ra, rb = find(p.a), find(p.b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    for p in pair_list:
        members.setdefault(find(p.a), []).append(p)
    groups = []
    for group_pairs_ in members.values():
        ids = sorted({i for p in group_pairs_ for i in (p.a, p.b)})
        ordered = sorted(group_pairs_, key=lambda p: (-p.score, p.a, p.b))
        groups.append(DuplicateGroup(tuple(ids), ordered[0].score, tuple(ordered)))
    groups.sort(key=lambda g: (-g.score, g.ids))
    return groups


# ------------------------------------------------------------------------------ database


def _columns(kind: RecordKind, evidence: bool = False) -> tuple[Any, ...]:
    model: Any = Contact if kind is RecordKind.CONTACT else Company
    names = CONTACT_COLUMNS if kind is RecordKind.CONTACT else COMPANY_COLUMNS
    if evidence and kind is RecordKind.CONTACT:
        names = EVIDENCE_COLUMNS
    return tuple(getattr(model, name) for name in names)


def iter_records(
    uow: UnitOfWork, kind: RecordKind, group_id: int | None = None, evidence: bool = False
) -> Iterable[Mapping[str, Any]]:
    """Stream the columns the matcher reads, in id order, without loading ORM objects
    (only a group's members now, or its companies, when ``group_id`` is given)."""
    columns = _columns(kind, evidence)
    stmt = select(*columns).order_by(columns[0])
    if group_id is not None:
        stmt = stmt.where(_columns(kind)[0].in_(_group_ids(uow, kind, group_id)))
    names = tuple(column.key for column in columns)
    # A Core statement on the session's connection (the ORM's row loading doubled the read
    # time) yielding plain dicts: a RowMapping's ``get`` goes through the generic Mapping
    # code (~0.4 us a call, a dozen calls per record in the scan).
    connection = uow.session.connection()
    for values in connection.execute(stmt.execution_options(yield_per=5000)):
        yield dict(zip(names, values, strict=True))


def _group_ids(uow: UnitOfWork, kind: RecordKind, group_id: int) -> Any:
    """``SELECT id`` of the group's member contacts (or companies) now."""
    from desktop_crm.services.groups.groups import members_select

    if kind is RecordKind.CONTACT:
        return members_select(uow, group_id)
    return select(GroupCompany.company_id).where(GroupCompany.group_id == group_id)


def excluded_pairs(uow: UnitOfWork, kind: RecordKind) -> frozenset[tuple[int, int]]:
    rows = uow.session.execute(
        select(DuplicateExclusion.low_id, DuplicateExclusion.high_id).where(
            DuplicateExclusion.kind == kind.value
        )
    )
    return frozenset((int(low), int(high)) for low, high in rows)


def load_records(
    uow: UnitOfWork, kind: RecordKind, ids: Iterable[int], evidence: bool = False
) -> dict[int, dict[str, Any]]:
    """The raw values of some records (to explain pairs), keyed by id."""
    id_list = sorted(set(ids))
    cols = _columns(kind, evidence)
    names = tuple(column.key for column in cols)
    connection = uow.session.connection()  # Core: no ORM row loading (see iter_records)
    out: dict[int, dict[str, Any]] = {}
    for chunk_start in range(0, len(id_list), 500):
        chunk = id_list[chunk_start : chunk_start + 500]
        for values in connection.execute(select(*cols).where(cols[0].in_(chunk))):
            row = dict(zip(names, values, strict=True))
            out[int(row["id"])] = row
    return out


def record_label(values: Mapping[str, Any], kind: RecordKind) -> str:
    if kind is RecordKind.COMPANY:
        return str(values.get("name") or f"#{values.get('id')}")
    name = " ".join(str(v) for v in (values.get("first_name"), values.get("last_name")) if v)
    company = values.get("company_name")
    label = name or f"#{values.get('id')}"
    return f"{label} ({company})" if company else label


def explain_pairs(
    uow: UnitOfWork, scores: Sequence[PairScore], settings: MatchSettings
) -> list[CandidatePair]:
    """Attach readable reasons and labels to scored pairs."""
    raw = load_records(uow, settings.kind, (i for p in scores for i in (p.a, p.b)))
    out = []
    for p in scores:
        a, b = raw.get(p.a), raw.get(p.b)
        if a is None or b is None:
            continue
        parts = tuple(reason(fs, a, b, settings.kind) for fs in p.fields)
        out.append(
            CandidatePair(
                p.a,
                p.b,
                p.score,
                tuple(reason_text(r) for r in parts),
                record_label(a, settings.kind),
                record_label(b, settings.kind),
                parts,
            )
        )
    out.sort(key=lambda c: (-c.score, c.a, c.b))
    return out


@gc_paused()  # (a scan holds a few hundred thousand objects: see ``gc_paused``)
def scan(
    uow: UnitOfWork,
    settings: MatchSettings | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    *,
    group_id: int | None = None,
) -> ScanResult:
    """Scan the whole database (or only a group's members) for likely duplicates (read-only)."""
    settings = settings or default_settings()
    if settings.evidence and settings.kind is RecordKind.CONTACT:
        return _scan_evidence(uow, settings, progress, cancel, group_id)
    prepared: list[Prepared] = []
    for count, row in enumerate(iter_records(uow, settings.kind, group_id), 1):
        prepared.append(prepare(row, settings))
        if count % _CHECK_EVERY == 0:
            if cancel is not None and cancel():
                raise ScanCancelled()
            if progress:
                progress(count, count * 2, "prepare")
    # A landline borne by several contacts is a switchboard: no evidence either way.
    if settings.kind is RecordKind.CONTACT:
        mark_switchboards(prepared, settings)
    excluded = excluded_pairs(uow, settings.kind)
    scores, compared, oversized = scan_prepared(prepared, settings, excluded, progress, cancel)
    records = len(prepared)
    del prepared
    pairs = explain_pairs(uow, scores, settings)
    groups = suggest_keep(uow, settings.kind, group_pairs(pairs))
    return ScanResult(tuple(pairs), tuple(groups), records, compared, oversized, settings.kind)


def _scan_evidence(
    uow: UnitOfWork,
    settings: MatchSettings,
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
    group_id: int | None,
) -> ScanResult:
    """The all-evidence mode (see ``evidence``): multi-pass blocking, learned weights."""
    kind = settings.kind
    steps = 6
    done = [0]

    def check(count: int = 0) -> None:
        if cancel is not None and cancel():
            raise ScanCancelled()
        if progress and not count:
            done[0] += 1
            progress(min(done[0], steps * 4), steps * 4, "compare")

    rows = iter_records(uow, kind, group_id, evidence=True)
    columns = evidence.prepare_columns(rows, check)
    check()
    found = evidence.find_duplicates(columns, settings.threshold, excluded_pairs(uow, kind), check)
    records = len(columns)
    del columns
    raw = load_records(uow, kind, (i for p in found.pairs for i in p[:2]), evidence=True)
    pairs = []
    shown: dict[tuple[int, str], str] = {}  # (record, field) -> value as shown
    for a, b, score, why in found.pairs:
        ra, rb = raw.get(a), raw.get(b)
        if ra is None or rb is None:
            continue
        parts = tuple(_evidence_reason(r, ra, rb, kind, shown) for r in why)
        pairs.append(
            CandidatePair(
                a,
                b,
                score,
                tuple(reason_text(r) for r in parts),
                record_label(ra, kind),
                record_label(rb, kind),
                parts,
            )
        )
    pairs.sort(key=lambda c: (-c.score, c.a, c.b))
    if progress:
        progress(1, 1, "done")
    groups = suggest_keep(uow, kind, group_pairs(pairs), raw)
    return ScanResult(
        tuple(pairs), tuple(groups), records, found.candidates, 0, kind, evidence=True
    )


_EVIDENCE_HOW = {"same": How.IDENTICAL, "different": How.DIFFERENT, "swapped": How.SWAPPED}


def _evidence_reason(
    r: evidence.EvidenceReason,
    a: Mapping[str, Any],
    b: Mapping[str, Any],
    kind: RecordKind,
    shown: dict[tuple[int, str], str] | None = None,
) -> Reason:
    """An evidence reason with the values as the card shows them (``shown``: the values
    already worked out, by record id and field, for records met in several pairs)."""
    if shown is None:
        va, vb = display_value(r.field, a, kind), display_value(r.b_field or r.field, b, kind)
    else:
        va, vb = _shown(shown, r.field, a, kind), _shown(shown, r.b_field or r.field, b, kind)
    return Reason(r.field, va, vb, r.percent, _EVIDENCE_HOW.get(r.code, How.SIMILAR), False, r.code)


def _shown(
    shown: dict[tuple[int, str], str], name: str, values: Mapping[str, Any], kind: RecordKind
) -> str:
    key = (values["id"], name)
    value = shown.get(key)
    if value is None:
        value = shown[key] = display_value(name, values, kind)
    return value


_ACTIVITY = ("edited_at", "last_reach", "last_attempt", "last_meeting", "last_letter", "last_email")


def suggest_keep(
    uow: UnitOfWork,
    kind: RecordKind,
    groups: Sequence[DuplicateGroup],
    raw: Mapping[int, Mapping[str, Any]] | None = None,
) -> list[DuplicateGroup]:
    """Set each group's record to keep: the one with the most rows attached (history,
    notes, activities, sales...: the record the team works with, rather than a copy that
    came in with a file and may carry its typos), then the most complete (compared fields
    filled), then the one with the most recent activity or edit, then the oldest. The merge
    dialog keeps the same one by default (``review_data.default_keep``), and its fields
    left empty are filled from the others, so nothing is lost by keeping it.  ``raw``: the
    records' compared values when already loaded."""
    ids = sorted({i for g in groups for i in g.ids})
    if not ids:
        return list(groups)
    if raw is None:
        raw = load_records(uow, kind, ids, evidence=True)
    model: Any = Contact if kind is RecordKind.CONTACT else Company
    table = model.__table__
    activity = [table.c[name] for name in _ACTIVITY if name in table.c]
    latest: dict[int, str] = {}
    connection = uow.session.connection()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row in connection.execute(select(table.c.id, *activity).where(table.c.id.in_(chunk))):
            latest[int(row[0])] = max((str(v) for v in row[1:] if v is not None), default="")

    attached = {
        i: sum(counts.values())
        for i, counts in related_counts(uow.session, kind.value, ids).items()
    }

    def rank(i: int) -> tuple[int, int, str, int]:
        values = raw.get(i, {})
        filled = sum(1 for k, v in values.items() if k != "id" and v not in (None, ""))
        return (attached.get(i, 0), filled, latest.get(i, ""), -i)

    return [replace(g, keep=max(g.ids, key=rank)) for g in groups]


# -------------------------------------------------------------------------- exclusions


def mark_not_duplicate(
    uow: UnitOfWork, a: int, b: int, kind: RecordKind = RecordKind.CONTACT
) -> None:
    """Remember that two records are not duplicates, so scans stop proposing them."""
    if a == b:
        raise DomainError(say(MERGE, "A record cannot be its own duplicate."), code="same_record")
    model: Any = Company if kind == RecordKind.COMPANY else Contact
    found = set(uow.session.scalars(select(model.id).where(model.id.in_((a, b)))))
    for rid in (a, b):
        if rid not in found:  # an unknown number would be remembered for nothing
            gone = (
                say(
                    MERGE,
                    "Company #{id} does not exist (it may have been merged or deleted already).",
                )
                if kind == RecordKind.COMPANY
                else say(
                    MERGE,
                    "Contact #{id} does not exist (it may have been merged or deleted already).",
                )
            )
            raise NotFoundError(gone.format(id=rid), record_id=rid)
    low, high = min(a, b), max(a, b)
    values = {"kind": kind.value, "low_id": low, "high_id": high}
    dialect = uow.session.get_bind().dialect.name
    insert_fn: Any = postgresql.insert if dialect == "postgresql" else sqlite.insert
    created = uow.session.scalars(
        insert_fn(DuplicateExclusion)
        .values(**values)
        .on_conflict_do_nothing()
        .returning(DuplicateExclusion.id)
    ).all()
    uow.note_changes("duplicate_exclusion", "created", created)


def forget_not_duplicate(
    uow: UnitOfWork, a: int, b: int, kind: RecordKind = RecordKind.CONTACT
) -> None:
    deleted = uow.session.scalars(
        delete(DuplicateExclusion)
        .where(
            DuplicateExclusion.kind == kind.value,
            DuplicateExclusion.low_id == min(a, b),
            DuplicateExclusion.high_id == max(a, b),
        )
        .returning(DuplicateExclusion.id)
    ).all()
    uow.note_changes("duplicate_exclusion", "deleted", deleted)


# ---------------------------------------------------------------------- one new record


@dataclass(frozen=True)
class SimilarRecord:
    """An existing record that looks like the values being saved or imported."""

    id: int
    score: int
    label: str
    reasons: tuple[str, ...]
    parts: tuple[Reason, ...] = ()


def find_similar(
    uow: UnitOfWork,
    values: Mapping[str, Any],
    settings: MatchSettings | None = None,
    *,
    exclude_id: int | None = None,
    limit: int = 5,
) -> list[SimilarRecord]:
    """Existing contacts (or companies) that look like ``values``, best first.

    Uses the indexed lookup keys (e-mail, phones, names, postcode + name prefix), so it is
    fast enough to run on every save and on every imported row.
    """
    settings = settings or default_settings()
    kind = settings.kind
    cols = _columns(kind)
    conditions = _similar_conditions(values, kind)
    if not conditions:
        return []
    stmt = select(*cols).where(or_(*conditions)).limit(200)
    if exclude_id is not None:
        stmt = stmt.where(cols[0] != exclude_id)
    probe_values = {**values, "id": 0}
    probe = prepare(probe_values, settings)
    results = []
    for found in uow.session.execute(stmt).mappings():
        row = cast(Mapping[str, Any], found)
        candidate = prepare(row, settings)
        scored = score_pair(probe, candidate, settings)
        if scored is None:
            continue
        parts = tuple(reason(fs, probe_values, row, kind) for fs in scored.fields)
        results.append(
            SimilarRecord(
                int(row["id"]),
                scored.score,
                record_label(row, kind),
                tuple(reason_text(r) for r in parts),
                parts,
            )
        )
    results.sort(key=lambda r: (-r.score, r.id))
    return results[:limit]


def _similar_conditions(values: Mapping[str, Any], kind: RecordKind) -> list[Any]:
    get = values.get
    conditions: list[Any] = []
    if kind is RecordKind.COMPANY:
        name = fold(get("name"))
        if name:
            conditions.append(Company.name_key == name)
            conditions.append(Company.name_key.startswith(name[:6], autoescape=True))
        if get("siren"):
            conditions.append(Company.siren == get("siren"))
        phone = normalise_phone(get("phone"))
        if phone:
            conditions.append(Company.phone == phone)
        return conditions
    email = fold(get("email"))
    if email:
        conditions.append(Contact.email_key == email)
    for column in ("phone_business", "phone_mobile", "phone_home"):
        digits = phone_digits(normalise_phone(get(column)))
        if digits:
            conditions.append(Contact.phone_key == digits)
            conditions.append(Contact.mobile_key == digits)
    first, last = fold(get("first_name")), fold(get("last_name"))
    if last:
        conditions.append(and_(Contact.last_name_key == last, Contact.first_name_key == first))
        if first:
            conditions.append(and_(Contact.last_name_key == first, Contact.first_name_key == last))
        postcode = (get("postcode") or "").strip()
        if postcode and normalise_name(last):
            conditions.append(
                and_(
                    Contact.postcode == postcode,
                    Contact.last_name_key.startswith(last[:3], autoescape=True),
                )
            )
    return conditions


def get_pair(
    uow: UnitOfWork, a: int, b: int, settings: MatchSettings | None = None
) -> CandidatePair:
    """Score and explain one pair on demand (for the merge dialog)."""
    settings = settings or default_settings()
    raw = load_records(uow, settings.kind, (a, b))
    if a not in raw or b not in raw:
        raise NotFoundError(
            say(MERGE, "Record #{id} does not exist.").format(id=a if a not in raw else b)
        )
    low = MatchSettings(settings.kind, settings.rules, 0, settings.strong)
    pair = [prepare(raw[a], low), prepare(raw[b], low)]
    if low.kind is RecordKind.CONTACT:  # (the switchboards as the scan tells them)
        mark_switchboards(pair, low, lambda numbers: _phone_holders(uow, numbers))
    scored = score_pair(pair[0], pair[1], low)
    if scored is None:
        return CandidatePair(
            min(a, b),
            max(a, b),
            0,
            (),
            record_label(raw[a], settings.kind),
            record_label(raw[b], settings.kind),
        )
    return explain_pairs(uow, [scored], low)[0]


def _phone_holders(uow: UnitOfWork, numbers: set[str]) -> dict[str, int]:
    """How many contacts bear each number as their business phone (``Contact.phone_key``)."""
    digits = {phone_digits(n): n for n in numbers}
    rows = uow.session.execute(
        select(Contact.phone_key, func.count())
        .where(Contact.phone_key.in_(list(digits)))
        .group_by(Contact.phone_key)
    )
    return {digits[key]: int(count) for key, count in rows}
