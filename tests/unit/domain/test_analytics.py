"""Targeting analytics on hand-computed small cases, plus a Hypothesis check against a
direct plain-Python computation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from desktop_crm.domain import analytics as an

D = Decimal


def test_abc_simple_case_and_crossing_client_is_a() -> None:
    # total 100: a=50 (cum 50), b=30 (before 50 -> A, cum 80), c=12 (before 80 -> B),
    # d=5 (before 92 -> B), e=3 (before 97 -> C)
    revenue = {"a": D(50), "b": D(30), "c": D(12), "d": D(5), "e": D(3)}
    assert an.abc_classes(revenue) == {"a": "A", "b": "A", "c": "B", "d": "B", "e": "C"}
    curve = an.abc_curve(revenue)
    assert [p.cumulative_pct for p in curve] == [D(50), D(80), D(92), D(97), D(100)]


def test_abc_tie_at_boundary_goes_to_better_class() -> None:
    # a=70 (A), b and c = 15 each: b starts at 70 % (A), c starts at 85 % but ties b -> A.
    revenue = {"a": D(70), "b": D(15), "c": D(15)}
    assert an.abc_classes(revenue) == {"a": "A", "b": "A", "c": "A"}


def test_abc_zero_revenue_is_c_and_all_zero() -> None:
    assert an.abc_classes({"a": D(10), "z": D(0)}) == {"a": "A", "z": "C"}
    assert an.abc_classes({"a": D(0), "b": D(0)}) == {"a": "C", "b": "C"}
    assert an.abc_classes({}) == {}


def test_abc_custom_thresholds() -> None:
    revenue = {"a": D(50), "b": D(30), "c": D(20)}
    assert an.abc_classes(revenue, D(50), D(80)) == {"a": "A", "b": "B", "c": "C"}


def test_quartiles_bounds_and_ties() -> None:
    values = {k: D(v) for k, v in zip("abcde", (10, 20, 30, 40, 50), strict=True)}
    q = an.quartiles(values)
    assert q.bounds == (D(20), D(30), D(40))
    assert q.classes == {"a": "Q1", "b": "Q1", "c": "Q2", "d": "Q3", "e": "Q4"}
    tied = an.quartiles({"a": D(5), "b": D(5), "c": D(5), "d": D(9)})
    assert tied.classes["a"] == tied.classes["b"] == tied.classes["c"] == "Q1"
    assert tied.classes["d"] == "Q4"


def test_quadrants_median_split_and_names() -> None:
    contacts = {"skel": 1, "eater": 9, "cow": 1, "goose": 9}
    revenue = {"skel": D(10), "eater": D(10), "cow": D(900), "goose": D(900)}
    q = an.quadrants(contacts, revenue)
    assert q.contacts_threshold == D(5) and q.revenue_threshold == D(455)
    assert q.classes == {
        "skel": "Squelettes",
        "eater": "Contactivores",
        "cow": "Vaches à lait",
        "goose": "Poules aux œufs d'or",
    }


def test_quadrants_zero_contacts_and_value_on_threshold_is_low() -> None:
    # "nobody" has no entry in contacts: zero contacts.
    q = an.quadrants({"x": 3}, {"x": D(100), "nobody": D(0)}, D(3), D(100))
    assert q.classes == {"x": "Squelettes", "nobody": "Squelettes"}


def test_potential_gap_with_missing_and_zero_p() -> None:
    assert an.potential_gap(D(30), D(120)) == an.PotentialGap(D(120), D(30), D(90), D(25))
    assert an.potential_gap(D(30), None) == an.PotentialGap(None, D(30), None, None)
    zero = an.potential_gap(D(0), D(0))
    assert zero.gap == D(0) and zero.penetration_pct is None
    rows = {
        "a": an.potential_gap(D(10), D(20)),
        "b": an.potential_gap(D(10), D(110)),
        "c": an.potential_gap(D(10), None),
    }
    assert an.rank_by_gap(rows) == ["b", "a", "c"]


def test_elasticity_readings_and_undefined_cases() -> None:
    e = an.elasticity(D(100), D(130), 10, 20)  # +30 % / +100 %
    assert e.value == D("0.3") and e.reading == an.WEAK
    assert an.elasticity(D(100), D(200), 10, 15).reading == an.SENSITIVE  # 100/50 = 2
    assert an.elasticity(D(100), D(90), 10, 20).reading == an.INSENSITIVE
    zero_contacts = an.elasticity(D(100), D(120), 0, 5)
    assert zero_contacts.value is None and zero_contacts.reason == "no_contacts_before"
    no_revenue = an.elasticity(D(0), D(50), 4, 5)
    assert no_revenue.reading == an.UNDEFINED and no_revenue.reason == "no_revenue_before"
    same = an.elasticity(D(10), D(20), 4, 4)
    assert same.reason == "contacts_unchanged" and same.revenue_change_pct == D(100)


def test_maturity_phases() -> None:
    assert an.maturity_phase([D(100)]) == an.NOT_ENOUGH_DATA
    assert an.maturity_phase([]) == an.NOT_ENOUGH_DATA
    assert an.maturity_phase([D(0), D(0)]) == an.NO_SALES
    assert an.maturity_phase([D(0), D(0), D(0), D(50)]) == an.START
    assert an.maturity_phase([D(0), D(0), D(40), D(50)]) == an.START
    assert an.maturity_phase([D(100), D(130), D(170), D(220)]) == an.GROWTH
    assert an.maturity_phase([D(100), D(105), D(98), D(102)]) == an.MATURITY
    assert an.maturity_phase([D(200), D(150), D(110), D(80)]) == an.DECLINE
    assert an.maturity_phase([D(200), D(210), D(190), D(0)]) == an.DECLINE


def test_rfm_scores_and_segments() -> None:
    day = dt.date(2025, 1, 1)
    keys = "abcde"
    last = {k: day + dt.timedelta(days=30 * i) for i, k in enumerate(keys)}
    last["never"] = None
    freq = {k: i + 1 for i, k in enumerate(keys)}
    money = {k: D(100 * (i + 1)) for i, k in enumerate(keys)}
    scores = an.rfm(last, freq, money)
    assert scores["never"] is None
    assert scores["e"] == an.RfmScore(5, 5, 5, "champions")
    assert scores["a"] == an.RfmScore(1, 1, 1, "lost")
    assert scores["b"] == an.RfmScore(2, 2, 2, "hibernating")
    assert scores["c"] == an.RfmScore(3, 3, 3, "attention")


def test_rfm_ties_share_a_score() -> None:
    scores = an.quintile_scores({"a": 1, "b": 1, "c": 1, "d": 2})
    assert scores == {"a": 1, "b": 1, "c": 1, "d": 4}


def test_inactive_since() -> None:
    today = dt.date(2026, 8, 31)
    assert an.inactive_since([None, None], today, 6) == (True, None)
    assert an.inactive_since([dt.date(2026, 2, 27), None], today, 6) == (True, dt.date(2026, 2, 27))
    # 31 August - 6 months = 28 February (clamped): that day itself is not inactive.
    assert an.inactive_since([dt.date(2026, 2, 28)], today, 6) == (False, dt.date(2026, 2, 28))


amounts = st.dictionaries(
    st.integers(min_value=0, max_value=40),
    st.integers(min_value=0, max_value=10_000).map(lambda c: Decimal(c) / 100),
    max_size=40,
)


@given(amounts)
def test_abc_matches_direct_computation(revenue: dict[int, Decimal]) -> None:
    got = an.abc_classes(revenue)
    total = sum(revenue.values(), Decimal(0))
    for key, value in revenue.items():
        # Direct rule: what every strictly bigger client adds up to decides the class.
        bigger = sum((v for v in revenue.values() if v > value), Decimal(0))
        if value == 0:
            expected = "C"
        else:
            share = bigger * 100 / total
            expected = "A" if share < 80 else "B" if share < 95 else "C"
        assert got[key] == expected


@given(amounts)
def test_quartiles_and_quintiles_match_direct_computation(values: dict[int, Decimal]) -> None:
    q = an.quartiles(values)
    for key, value in values.items():
        below = sum(1 for b in q.bounds if b < value)
        assert q.classes[key] == f"Q{below + 1}"
    scores = an.quintile_scores(values)
    n = len(values)
    for key, value in values.items():
        lower = sum(1 for v in values.values() if v < value)
        assert scores[key] == 1 + 5 * lower // n
        assert 1 <= scores[key] <= 5
