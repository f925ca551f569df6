"""The all-evidence duplicate mode: blocking passes, EM weights, gate and reasons (issue 21)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

from desktop_crm.services.duplicates import evidence as ev
from desktop_crm.services.duplicates import evidence_blocking as blocking
from desktop_crm.services.duplicates import evidence_weights as ev_weights
from tests.unit.matching.dup_hard import generate_hard, precision_recall


def rec(i: int, **values: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": i,
        "first_name": None,
        "last_name": None,
        "company_name": None,
        "phone_business": None,
        "phone_mobile": None,
        "phone_home": None,
        "email": None,
        "email2": None,
        "postcode": None,
        "city": None,
        "address1": None,
        "birthday": None,
    }
    base.update(values)
    return base


FILLER_FIRST = ("Paul", "Anne", "Luc", "Rose", "Yves", "Odile", "Hugo", "Inès")
FILLER_LAST = ("Garnier", "Faure", "Rousseau", "Blanc", "Guerin", "Muller", "Henry", "Roussel")


def _filler(start: int, count: int) -> list[dict[str, Any]]:
    """Unrelated people, so that windows and blocks have neighbours."""
    return [
        rec(
            start + k,
            first_name=FILLER_FIRST[k % 8],
            last_name=f"{FILLER_LAST[k // 8 % 8]}{'x' * (k // 64)}",
            postcode=f"{10000 + 997 * k % 80000:05d}",
            birthday=dt.date(1950, 1, 1) + dt.timedelta(days=37 * k),
        )
        for k in range(count)
    ]


def _pairs(records: list[dict[str, Any]], name: str) -> set[tuple[int, int]]:
    c = ev.prepare_columns(records)
    encoded = blocking.PASSES[name](c)
    ids = c.ids
    a, b = ids[encoded >> 32], ids[encoded & 0xFFFFFFFF]
    return set(zip(np.minimum(a, b).tolist(), np.maximum(a, b).tolist(), strict=True))


def test_name_token_and_postcode_pass_meets_swapped_names_with_a_typo() -> None:
    records = [
        rec(1, first_name="Jean", last_name="Dupont", postcode="75011"),
        rec(2, first_name="Dupont", last_name="Jaen", postcode="75011"),
        *_filler(10, 40),
    ]
    assert (1, 2) in _pairs(records, "name_token+postcode")
    # The single-key 3-field blocking would not: the first letters of the keys differ.
    assert (1, 2) not in _pairs(records, "birth_date")


def test_postcode_pass_survives_one_wrong_digit_but_not_three() -> None:
    records = [
        rec(1, first_name="Marie", last_name="Martin", postcode="69003"),
        rec(2, first_name="Martin", last_name="Marie", postcode="69008"),
        rec(3, first_name="Marie", last_name="Martin", postcode="13408"),
        *_filler(10, 40),
    ]
    pairs = _pairs(records, "postcode±digit+initials")
    assert (1, 2) in pairs
    assert (1, 3) not in pairs and (2, 3) not in pairs


def test_reversed_window_meets_a_typo_in_the_first_letter() -> None:
    records = [
        rec(1, first_name="Daniel", last_name="Mercier"),
        rec(2, first_name="Daniel", last_name="Percier"),
        *_filler(10, 60),
    ]
    assert (1, 2) in _pairs(records, "window:reversed_first")


def test_birth_date_and_contact_passes() -> None:
    records = [
        rec(1, first_name="Ana", last_name="Silva", birthday=dt.date(1980, 5, 17)),
        rec(2, first_name="Anna", last_name="Da Silva", birthday=dt.date(1980, 5, 17)),
        rec(3, first_name="X", last_name="Y", email="Jean.Dupont@orange.fr"),
        rec(4, first_name="Z", last_name="W", email="jean.dupont@free.fr"),
        rec(5, phone_mobile="+33612345678"),
        rec(6, phone_home="+33612345678", phone_mobile="+33700000000"),
        *_filler(10, 40),
    ]
    assert (1, 2) in _pairs(records, "birth_date")
    contact = _pairs(records, "phone/e-mail")
    assert (3, 4) in contact  # same local part
    assert (5, 6) in contact  # the same number in another column


def test_blocks_are_bounded() -> None:
    # 100 people sharing one date of birth: a window, not 4,950 pairs.
    records = [
        rec(k, first_name="Jean", last_name=f"N{k}", birthday=dt.date(1970, 1, 1))
        for k in range(1, 101)
    ]
    pairs = _pairs(records, "birth_date")
    assert 0 < len(pairs) <= 100 * blocking.WINDOW
    full = [
        rec(k, first_name="Jean", last_name=f"N{k}", birthday=dt.date(1970, 1, 1))
        for k in range(1, 31)
    ]
    assert len(_pairs(full, "birth_date")) == 30 * 29 // 2


def _levels_from(
    m: list[list[float]], u: list[list[float]], matches: int, others: int
) -> np.ndarray:
    rng = np.random.default_rng(3)
    rows = []
    for count, probs in ((matches, m), (others, u)):
        cols = [rng.choice(len(p), size=count, p=p) for p in probs]
        rows.append(np.stack(cols, axis=1))
    block = np.concatenate(rows).astype(np.int8)
    # Fields the test does not use are missing (-1).
    out = np.full((len(block), len(ev.FIELDS)), -1, dtype=np.int8)
    out[:, : block.shape[1]] = block
    return out


def test_em_learns_the_share_of_duplicates_and_the_weights_without_labels() -> None:
    m = [[0.02, 0.08, 0.2, 0.7], [0.02, 0.08, 0.2, 0.7], [0.05, 0.05, 0.2, 0.7]]
    u = [[0.6, 0.3, 0.08, 0.02], [0.5, 0.3, 0.15, 0.05], [0.9, 0.05, 0.03, 0.02]]
    levels = _levels_from(m, u, 3000, 7000)
    weights = ev.learn_weights(levels, None)
    assert weights.learned
    assert abs(weights.prior - 0.3) < 0.05
    for f in range(3):
        assert weights.log[f][3] > 2 > -2 > weights.log[f][0]
        assert abs(weights.m[f][3] - m[f][3]) < 0.08
    prob = ev.probabilities(levels, weights)
    truth = np.arange(len(levels)) < 3000
    chosen = prob >= 0.5
    assert (chosen & truth).sum() / chosen.sum() > 0.95


def test_too_little_data_uses_the_default_weights_and_missing_is_neutral() -> None:
    levels = np.full((20, len(ev.FIELDS)), -1, dtype=np.int8)
    weights = ev.learn_weights(levels, None)
    assert not weights.learned
    one = np.full((1, len(ev.FIELDS)), -1, dtype=np.int8)
    one[0, 0] = 3
    two = one.copy()
    two[0, 5] = -1  # date of birth missing: neither for nor against
    assert ev_weights.match_weights(one, weights)[0] == ev_weights.match_weights(two, weights)[0]
    two[0, 5] = 0  # different date of birth: against
    assert ev_weights.match_weights(two, weights)[0] < ev_weights.match_weights(one, weights)[0]


def test_reasons_are_codes_with_the_right_kinds() -> None:
    records = [
        rec(
            1,
            first_name="Hélène",
            last_name="Lefebvre",
            postcode="69003",
            birthday=dt.date(1975, 3, 4),
            address1="12 avenue Jean Jaurès",
        ),
        rec(
            2,
            first_name="Helene",
            last_name="Lefebvrr",
            postcode="69008",
            birthday=dt.date(1975, 3, 4),
            address1="12 av. Jean Jaurès",
        ),
        *_filler(10, 40),
    ]
    c = ev.prepare_columns(records)
    found = ev.find_duplicates(c, threshold=50)
    assert [(a, b) for a, b, _, _ in found.pairs] == [(1, 2)]
    codes = {r.field: r.code for r in found.pairs[0][3]}
    assert codes["first_name"] == "same"  # accents aside
    assert codes["last_name"] == "typo"
    assert codes["postcode"] == "one_digit"
    assert codes["birthday"] == "same"
    assert codes["address"] == "same"  # "av." is "avenue"


def test_colleagues_and_relatives_are_not_proposed() -> None:
    shared = {
        "company_name": "SARL Alpha",
        "phone_business": "+33144556677",
        "address1": "3 rue de la Paix",
        "postcode": "75002",
        "city": "Paris",
    }
    records = [
        rec(1, first_name="Marc", last_name="Dupont", **shared),
        rec(2, first_name="Marc", last_name="Durand", **shared),
        rec(3, first_name="Sophie", last_name="Dupont", **shared),
        rec(4, first_name="Marc", last_name="DUPONT", **shared),
        *_filler(10, 40),
    ]
    c = ev.prepare_columns(records)
    found = {(a, b) for a, b, _, _ in ev.find_duplicates(c).pairs}
    assert found == {(1, 4)}


def test_hard_generated_set_small() -> None:
    data = generate_hard(300, 450, seed=5)
    c = ev.prepare_columns(data.records)
    found = {(a, b) for a, b, _, _ in ev.find_duplicates(c).pairs}
    precision, recall = precision_recall(found, data.truth)
    assert precision >= 0.98
    assert recall >= 0.95


def test_empty_and_tiny_databases() -> None:
    assert ev.find_duplicates(ev.prepare_columns([])).pairs == []
    assert ev.find_duplicates(ev.prepare_columns([rec(1, last_name="Seul")])).pairs == []
    two = [
        rec(1, first_name="Jean", last_name="Dupont"),
        rec(2, first_name="jean", last_name="DUPONT"),
    ]
    found = ev.find_duplicates(ev.prepare_columns(two))
    assert [(a, b) for a, b, _, _ in found.pairs] == [(1, 2)] and not found.weights.learned
