"""Contact lookups: accent/case-free prefix search over the indexed ``*_key`` columns.

The contact list is a window over a sorted list of ids: ``lookup_ids`` returns the ids of a
lookup in display order (cheap: the sort reads an index), ``fetch_rows`` loads one page of
rows by id. Every condition is written as a range on a key column with the bounds passed as
parameters, so SQLite and PostgreSQL search the index instead of scanning the table
(``LIKE ? || '%'`` loses the index: a 300x slowdown at 1M contacts).
"""

from __future__ import annotations

import datetime as dt
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop_crm.domain.cleaning import without_controls
from desktop_crm.domain.fields import list_columns
from desktop_crm.domain.phones import format_phone
from desktop_crm.domain.text import bindable, fold, prefix_upper_bound

if TYPE_CHECKING:  # the list's first page is read before SQLAlchemy loads (first_read.py)
    from sqlalchemy import TextClause

    from desktop_crm.storage.uow import UnitOfWork

# Columns of the contact list (from the field catalogue) and their sort expressions. The sort
# expressions end on indexed key columns where one exists, so sorting reads an index in order.
LIST_COLUMNS: tuple[str, ...] = tuple(c.name for c in list_columns())
SORT_KEYS: dict[str, tuple[str, ...]] = {
    "last_name": ("last_name_key", "first_name_key"),
    "first_name": ("first_name_key",),
    "company_name": ("company_key",),
    "phone_business": ("phone_key",),
    "phone_mobile": ("mobile_key",),
    "email": ("email_key",),
    "city": ("city_key",),
    "postcode": ("postcode",),
    "status": ("status",),
    "job_title": ("job_title",),
    "last_reach": ("last_reach",),
    "edited_at": ("edited_at",),
}
TEXT_KEYS = ("last_name_key", "first_name_key", "company_key", "city_key", "email_key")
PHONE_KEYS = ("phone_key", "mobile_key")
# From this many digits not starting a number, they are looked for anywhere in the phones
# (fewer would find a large part of the file: "35" is in one number out of five).
ANYWHERE_FROM = 4
_PHONEISH = re.compile(r"^\+?[\d .\-/()]+$")
_ESCAPE = str.maketrans({"\\": "\\\\", "%": "\\%", "_": "\\_"})


@dataclass(frozen=True)
class ContactRow:
    """One line of the contact list (display values, phones already formatted)."""

    id: int
    last_name: str | None
    first_name: str | None
    company_name: str | None
    phone_business: str
    phone_mobile: str
    email: str | None
    city: str | None
    postcode: str | None
    status: str | None
    job_title: str | None
    last_reach: dt.datetime | None
    edited_at: dt.datetime | None

    def value(self, field: str) -> Any:
        return getattr(self, field)


@dataclass(frozen=True)
class Lookup:
    """A parsed lookup: the words typed, folded, and whether it looks like a phone number."""

    text: str
    words: tuple[str, ...]
    digits: str | None
    # Digits that cannot begin a number (no leading 0: "36 20 35", what a caller's message
    # left of it): searched anywhere in the phones, not only at their start.
    anywhere: bool = False

    @property
    def is_all(self) -> bool:
        return not self.words and not self.digits


def parse_lookup(query: str | None) -> Lookup:
    """Fold the typed text; "06 12" or "+33 6 12" becomes the national digits "0612"."""
    raw = bindable(without_controls(query or "")).strip()  # no control, no lone surrogate
    digits: str | None = None
    if raw and _PHONEISH.match(raw) and any(ch.isdigit() for ch in raw):
        digits = "".join(ch for ch in raw if ch.isdigit())
        if raw.startswith("+33") or raw.startswith("0033"):
            digits = "0" + digits[2:] if raw.startswith("+") else "0" + digits[4:]
        anywhere = len(digits) >= ANYWHERE_FROM and not digits.startswith("0")
        return Lookup(raw, (), digits, anywhere)
    return Lookup(raw, tuple(fold(raw).split()), None)


def _prefix_terms(
    columns: Sequence[str], prefix: str, name: str, params: dict[str, Any], exact_like: bool
) -> str:
    params[f"{name}_lo"] = prefix
    high = prefix_upper_bound(prefix)
    if high is not None:
        params[f"{name}_hi"] = high
    terms = []
    for column in columns:
        term = f"({column} >= :{name}_lo"
        if high is not None:
            term += f" AND {column} < :{name}_hi"
        if exact_like:
            # PostgreSQL's linguistic collations order "ab c" near "abc": the LIKE keeps
            # the range honest while the range keeps the index.
            params[f"{name}_like"] = prefix.translate(_ESCAPE) + "%"
            term += f" AND {column} LIKE :{name}_like ESCAPE '\\'"
        terms.append(term + ")")
    return "(" + " OR ".join(terms) + ")"


def where_clause(
    lookup: Lookup, backend: str = "sqlite", searched: Sequence[int] = (0,)
) -> tuple[str, dict[str, Any]]:
    """SQL condition and parameters for a lookup (``1=1`` for "all contacts").

    Of several words, the ``searched`` ones are written as ranges on the key columns'
    indexes (two or more: each word's hits are read from the indexes alone and intersected,
    no row is read before the intersection) and the others as ``LIKE`` filters (no index)
    on the rows they find. Every word keeps the columns of its place (the first word alone
    also searches the postcode when all digits, and only the e-mail when it holds "@"), so
    the condition finds the same contacts whichever words are searched: on folded
    (lower-case) keys ``LIKE 'w%'`` and the range of ``w`` are the same test. The default,
    the first word alone, is what PostgreSQL and other queries on ``contact`` use;
    ``searched_words`` picks the selective words on SQLite.
    """
    params: dict[str, Any] = {}
    exact = backend != "sqlite"
    if lookup.digits is not None:
        if lookup.anywhere:  # (no index helps: the phones are read, ~10 ms per 100,000)
            params["d_any"] = f"%{lookup.digits}%"
            clauses = ["(" + " OR ".join(f"{c} LIKE :d_any" for c in PHONE_KEYS) + ")"]
        else:
            clauses = [_prefix_terms(PHONE_KEYS, lookup.digits, "d", params, exact)]
        if len(lookup.digits) <= 5:
            clauses.append(_prefix_terms(("postcode",), lookup.digits, "p", params, exact))
        return "(" + " OR ".join(clauses) + ")", params
    if not lookup.words:
        return "1=1", params
    chosen = [index for index in searched if 0 <= index < len(lookup.words)] or [0]
    ranges, filters = [], []
    for index, word in enumerate(lookup.words):
        columns, postcode = _word_columns(lookup, index)
        if index in chosen:
            clause = _prefix_terms(columns, word, f"w{index}", params, exact)
            if postcode:
                clause = f"({clause} OR {_prefix_terms(('postcode',), word, 'p', params, exact)})"
            ranges.append(clause)
        else:
            # The other words narrow the rows the searched ones found ("dupont jean").
            params[f"w{index}"] = word.translate(_ESCAPE) + "%"
            likes = [f"{column} LIKE :w{index} ESCAPE '\\'" for column in columns]
            if postcode:
                likes.append(f"postcode LIKE :w{index} ESCAPE '\\'")
            filters.append("(" + " OR ".join(likes) + ")")
    if len(ranges) > 1:
        each = " INTERSECT ".join(f"SELECT id FROM contact WHERE {clause}" for clause in ranges)
        ranges = [f"id IN ({each})"]
    return " AND ".join([*ranges, *filters]), params


def _word_columns(lookup: Lookup, index: int) -> tuple[tuple[str, ...], bool]:
    """The key columns a lookup's word searches, and whether the postcode too."""
    word = lookup.words[index]
    if index > 0:
        return TEXT_KEYS, False
    return (("email_key",) if "@" in word else TEXT_KEYS), word.isdigit()


# Index entries read per column at most to compare the words of a lookup (~2 ms a word).
WORD_ESTIMATE_CAP = 50_000
# A word joins the index search when it finds at most this many times the rarest word's
# contacts: reading an index entry costs about a quarter of reading and filtering a row.
WORD_SEARCH_RATIO = 4


def searched_words(driver: Any, lookup: Lookup, cap: int = WORD_ESTIMATE_CAP) -> tuple[int, ...]:
    """SQLite: the words of a lookup to search through the indexes, rarest first.

    Each word's contacts are counted from its columns' indexes, at most ``cap`` entries per
    column. The rarest word is searched; so is every word finding at most
    ``WORD_SEARCH_RATIO`` times as many ("jean dup": 23k and 19k of 1M, intersected from
    the indexes), the others filter ("mart soc": "soc" finds the whole file). Ties keep the
    earlier word; a lookup where no word is under ``cap`` keeps its first word (today's).
    """
    if len(lookup.words) < 2:
        return (0,)
    found: list[tuple[int, int]] = []
    for index, word in enumerate(lookup.words):
        columns, postcode = _word_columns(lookup, index)
        if postcode:
            columns = (*columns, "postcode")
        high = prefix_upper_bound(word)
        params = {"lo": word, "cap": cap}
        if high is not None:
            params["hi"] = high
        counts = " + ".join(
            f"(SELECT count(*) FROM (SELECT 1 FROM contact WHERE {_range_sql(column, high)} "
            "LIMIT :cap))"
            for column in columns
        )
        found.append((int(driver.execute(f"SELECT {counts}", params).fetchone()[0]), index))
    rarest = min(found)[0]
    if rarest >= cap:
        return (0,)
    return tuple(
        index
        for count, index in sorted(found)
        if count < cap and count <= WORD_SEARCH_RATIO * max(rarest, 1)
    )


def order_clause(sort: str, descending: bool, *, search_first: bool = False) -> str:
    """ORDER BY terms; ``search_first`` stops SQLite from walking the sort index instead of
    searching the lookup's indexes (its planner prefers avoiding a sort, which means
    scanning 1M rows to find ten)."""
    direction = " DESC" if descending else ""
    plus = "+" if search_first else ""
    keys = SORT_KEYS.get(sort, SORT_KEYS["last_name"])
    return ", ".join(f"{plus}{key}{direction}" for key in (*keys, "id"))


def lookup_sql(
    query: str | None,
    sort: str = "last_name",
    descending: bool = False,
    backend: str = "sqlite",
    searched: Sequence[int] = (0,),
) -> tuple[str, dict[str, Any]]:
    """The id query of a lookup (exposed so a test can check its plan); ``searched``: the
    words searched through the indexes (``where_clause``)."""
    lookup = parse_lookup(query)
    where, params = where_clause(lookup, backend, searched)
    order = order_clause(sort, descending, search_first=backend == "sqlite" and not lookup.is_all)
    sql = f"SELECT id FROM contact WHERE {where} ORDER BY {order}"
    return sql, params


def lookup_condition(query: str | None, backend: str = "sqlite") -> TextClause:
    """The lookup as a WHERE condition for other queries on ``contact`` (mail merges,
    series, exports), so every "--lookup TEXT" finds what the lookup box finds."""
    from sqlalchemy import text

    where, params = where_clause(parse_lookup(query), backend)
    return text(where).bindparams(**params)


def lookup_ids(
    uow: UnitOfWork,
    query: str | None,
    sort: str = "last_name",
    descending: bool = False,
    *,
    offset: int = 0,
    limit: int | None = None,
) -> array[int]:
    """Ids of the contacts matching ``query``, in display order, as a compact array.

    ``offset``/``limit`` give one window of that order (the list's first page, or a page
    reached before the full id list has arrived).
    """
    backend = uow.backend
    driver = uow.sqlite_connection()
    searched = searched_words(driver, parse_lookup(query)) if driver is not None else (0,)
    sql, params = lookup_sql(query, sort, descending, backend, searched)
    if limit is not None:
        sql += " LIMIT :lim OFFSET :off"
        params = {**params, "lim": int(limit), "off": int(offset)}
    ids: array[int] = array("q")
    if driver is not None:
        # The driver directly: SQLAlchemy's result rows cost ~3x more per id, which matters
        # at a million ids. sqlite3 understands the same :name parameters.
        cursor = driver.execute(sql, params)
        while rows := cursor.fetchmany(65_536):
            ids.extend([row[0] for row in rows])
        return ids
    from sqlalchemy import text

    result = uow.session.execute(text(sql), params)
    while chunk := result.fetchmany(50_000):
        ids.extend(row[0] for row in chunk)
    return ids


# Sorts whose ORDER BY an index serves in order (no sort step): a broad lookup's first rows
# can be read by walking it. job_title and edited_at have no index.
INDEXED_SORTS = frozenset(SORT_KEYS) - {"job_title", "edited_at"}
# Columns the lookup conditions and the sorts read, carried out of the window.
_WINDOW_COLUMNS = tuple(
    dict.fromkeys(("id", *TEXT_KEYS, *PHONE_KEYS, "postcode", *sum(SORT_KEYS.values(), ())))
)


def broad_head_ids(
    uow: UnitOfWork,
    query: str | None,
    sort: str = "last_name",
    descending: bool = False,
    *,
    limit: int,
    window: int,
) -> array[int] | None:
    """The first ``limit`` ids of a broad lookup ("sarl" finding a fifth of the file), read
    from an ordered, limited walk of the sort index instead of finding and sorting every hit.

    The walk reads the first ``window`` contacts in display order and keeps those the lookup
    finds: when that yields ``limit`` ids they are exactly the lookup's first ``limit`` (every
    contact before them in that order was examined). Fewer (a narrow lookup) means nothing:
    the caller searches the lookup's own indexes instead. ``None`` where the walk does not
    apply: all contacts, a sort without an index, PostgreSQL (its planner is not steered so).
    SQLite yields the co-routine's rows in the window's order and stops at ``limit``; a test
    compares the result with ``lookup_ids`` over many lookups.
    """
    driver = uow.sqlite_connection()
    lookup = parse_lookup(query)
    if driver is None or lookup.is_all or sort not in INDEXED_SORTS:
        return None
    backend = "sqlite"
    where, params = where_clause(lookup, backend)
    order = order_clause(sort, descending)
    sql = (
        f"SELECT id FROM (SELECT {', '.join(_WINDOW_COLUMNS)} FROM contact ORDER BY {order} "
        f"LIMIT :window) WHERE {where} LIMIT :head"
    )
    params = {**params, "window": int(window), "head": int(limit)}
    cursor = driver.execute(sql, params)
    return array("q", [row[0] for row in cursor.fetchall()])


def contact_id_span(uow: UnitOfWork) -> int:
    """The highest contact id: a free estimate of how many contacts the file holds (the
    rowid's b-tree answers it without reading rows; ``count(*)`` reads an index)."""
    sql = "SELECT max(id) FROM contact"
    driver = uow.sqlite_connection()
    if driver is not None:
        return int(driver.execute(sql).fetchone()[0] or 0)
    from sqlalchemy import text

    return int(uow.session.execute(text(sql)).scalar() or 0)


def estimate_contacts(uow: UnitOfWork) -> int:
    """How many contacts there are at most, without counting: the span of the ids (two seeks
    in the primary key's b-tree on either backend, 0.2 ms on a cold 1M file where the exact
    ``count(*)`` reads a whole index: 186 ms cold). Ids only grow, so the span is never below
    the count; deleted contacts make it larger (the exact count follows: ``lookup_ids``)."""
    # Two sub-queries: SQLite answers min() and max() by one seek only when each is alone.
    sql = "SELECT (SELECT min(id) FROM contact), (SELECT max(id) FROM contact)"
    driver = uow.sqlite_connection()
    if driver is not None:
        low, high = driver.execute(sql).fetchone()
    else:
        from sqlalchemy import text

        low, high = uow.session.execute(text(sql)).one()
    return 0 if low is None or high is None else int(high) - int(low) + 1


def count_contacts(uow: UnitOfWork, query: str | None = None) -> int:
    """How many contacts a lookup finds (all contacts without a query)."""
    backend = uow.backend
    lookup = parse_lookup(query)
    sql = "SELECT count(*) FROM contact WHERE {}"
    driver = uow.sqlite_connection()
    if driver is not None:  # the driver directly, as lookup_ids: lookups count first
        counted = _count_by_column(driver, lookup)
        if counted is not None:
            return counted
        where, params = where_clause(lookup, backend, searched_words(driver, lookup))
        return int(driver.execute(sql.format(where), params).fetchone()[0])
    from sqlalchemy import text

    where, params = where_clause(lookup, backend)
    sql = sql.format(where)
    return int(uow.session.execute(text(sql), params).scalar_one())


def _prefix_ranges(lookup: Lookup) -> list[tuple[str, str, str | None]] | None:
    """The lookup as prefix ranges (column, low, high) any one of which finds a contact, as
    ``where_clause`` writes it; None for several words (the later words filter rows)."""
    columns: tuple[str, ...]
    if lookup.anywhere:
        return None  # (the phones are read whole: no range)
    if lookup.digits is not None:
        prefix, columns = lookup.digits, PHONE_KEYS
        extra = ("postcode",) if len(prefix) <= 5 else ()
    elif len(lookup.words) == 1:
        prefix = lookup.words[0]
        columns = ("email_key",) if "@" in prefix else TEXT_KEYS
        extra = ("postcode",) if prefix.isdigit() else ()
    else:
        return None
    high = prefix_upper_bound(prefix)
    return [(column, prefix, high) for column in (*columns, *extra)]


def _range_sql(column: str, high: str | None) -> str:
    return f"{column} >= :lo" + (f" AND {column} < :hi" if high is not None else "")


# Contacts read by rowid to tell whether a lookup's hits are most of the file.
_DENSITY_SAMPLE = 512


def _count_by_column(driver: Any, lookup: Lookup) -> int | None:
    """SQLite's count of a one-word (or phone) lookup from each column's index on its own.

    The OR of the columns' ranges makes SQLite gather every hit's rowid into a set to count
    each contact once: ~100 ms for "soc" finding the whole file at 1M contacts, where one
    index's range count takes a third of that. Most words are found in one column only (a
    town, a company): the columns that find nothing are told by one index seek each, and a
    single column is counted alone — or, when a sample of the file says it holds most
    contacts, as the file's count minus the contacts outside its range (NULL, before, after:
    every value is in exactly one of those in SQLite's order), which reads few index entries.
    Several columns finding contacts: None (the caller counts the OR). One statement per
    answer, so the count is of one snapshot.
    """
    ranges = _prefix_ranges(lookup)
    if ranges is None:
        return None
    live = []
    for column, low, high in ranges:
        params = {"lo": low, "hi": high} if high is not None else {"lo": low}
        found = driver.execute(
            f"SELECT 1 FROM contact WHERE {_range_sql(column, high)} LIMIT 1", params
        ).fetchone()
        if found is not None:
            live.append((column, high, params))
            if len(live) > 1:
                return None
    if not live:
        return 0
    column, high, params = live[0]
    inside = _range_sql(column, high)
    span = int(driver.execute("SELECT max(id) FROM contact").fetchone()[0] or 0)
    step = max(1, span // _DENSITY_SAMPLE)
    sample = ", ".join(str(i) for i in range(1, span + 1, step))
    sampled, hits = driver.execute(
        f"SELECT count(*), coalesce(sum({inside}), 0) FROM contact WHERE id IN ({sample or 0})",
        params,
    ).fetchone()
    if sampled and hits * 2 > sampled:
        sql = (
            f"SELECT (SELECT count(*) FROM contact) - (SELECT count(*) FROM contact "
            f"WHERE {column} IS NULL) - (SELECT count(*) FROM contact WHERE {column} < :lo)"
        )
        if high is not None:
            sql += f" - (SELECT count(*) FROM contact WHERE {column} >= :hi)"
    else:
        sql = f"SELECT count(*) FROM contact WHERE {inside}"
    return int(driver.execute(sql, params).fetchone()[0])


_ROW_SQL = (
    "SELECT id, last_name, first_name, company_name, phone_business, phone_mobile, "
    "email, city, postcode, status, job_title, last_reach, edited_at FROM contact "
    "WHERE id IN ({marks})"
)


def fetch_rows(uow: UnitOfWork, ids: Sequence[int]) -> dict[int, ContactRow]:
    """Rows for one page of the list, keyed by id (deleted contacts are simply missing)."""
    if not ids:
        return {}
    params = {f"i{n}": int(value) for n, value in enumerate(ids)}
    sql = _ROW_SQL.format(marks=", ".join(f":{name}" for name in params))
    driver = uow.sqlite_connection()
    rows: Any
    if driver is not None:  # the same raw values as SQLAlchemy's text() rows on SQLite
        rows = driver.execute(sql, params)
    else:
        from sqlalchemy import text

        rows = uow.session.execute(text(sql), params)
    out: dict[int, ContactRow] = {}
    for r in rows:
        out[r[0]] = ContactRow(
            id=r[0],
            last_name=r[1],
            first_name=r[2],
            company_name=r[3],
            phone_business=format_phone(r[4]),
            phone_mobile=format_phone(r[5]),
            email=r[6],
            city=r[7],
            postcode=r[8],
            status=r[9],
            job_title=r[10],
            last_reach=_as_datetime(r[11]),
            edited_at=_as_datetime(r[12]),
        )
    return out


def _as_datetime(value: Any) -> dt.datetime | None:
    # text() queries return SQLite datetimes as strings.
    if value is None or isinstance(value, dt.datetime):
        return value
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None


def explain_lookup(uow: UnitOfWork, query: str | None, sort: str = "last_name") -> list[str]:
    """SQLite's query plan for a lookup, one line per step (used by tests and support)."""
    from sqlalchemy import text

    sql, params = lookup_sql(query, sort)
    rows = uow.session.execute(text("EXPLAIN QUERY PLAN " + sql), params)
    return [str(row[-1]) for row in rows]
