"""Pair scores, swapped names, strong rules, explanations, and precision/recall on a
generated data set with known truth."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_crm.domain.matching import (
    FieldRule,
    MatchMode,
    MatchSettings,
    RecordKind,
    default_settings,
    explain_all,
    prepare,
    score_pair,
    settings_from,
)
from desktop_crm.services.duplicates.scan import CandidatePair, group_pairs, scan_prepared
from tests.unit.matching.dup_synthetic import generate


def rec(i: int, **values: Any) -> dict[str, Any]:
    return {"id": i, **values}


def score(a: dict[str, Any], b: dict[str, Any], settings: MatchSettings | None = None):
    settings = settings or default_settings()
    return score_pair(prepare(a, settings), prepare(b, settings), settings)


def test_issue_example_is_explained_field_by_field() -> None:
    a = rec(
        1,
        first_name="Marc",
        last_name="Lefèvre",
        company_name="SARL Dupont & Fils",
        phone_business="+33144556677",
    )
    b = rec(
        2,
        first_name="Marc",
        last_name="LEFEVRE",
        company_name="Dupont et Fils",
        phone_business="01 44 55 66 77",
    )
    pair = score(a, b)
    assert pair is not None and pair.score == 100
    reasons = explain_all(pair, a, b, RecordKind.CONTACT)
    # Issue 18 point 8: said as a person would, phones formatted as on the card.
    assert reasons == [
        "same company without the legal form: 'SARL Dupont & Fils' / 'Dupont et Fils'",
        "same name once accents, case and punctuation are ignored: 'Marc Lefèvre' / 'Marc LEFEVRE'",
        "same phone: '01 44 55 66 77'",
    ]
    c = rec(
        3, first_name="Marc", last_name="Lefevbre", company_name="X", phone_business="0144556678"
    )
    low = MatchSettings(threshold=0)
    other = score(a, c, low)
    assert other is not None
    texts = explain_all(other, a, c, RecordKind.CONTACT)
    assert "names very close (93 %): 'Marc Lefèvre' / 'Marc Lefevbre'" in texts
    assert "different phones: '01 44 55 66 77' / '01 44 55 66 78'" in texts


def test_swapped_names_are_recognised() -> None:
    a = rec(1, first_name="Martin", last_name="Bernard", company_name="Alpha")
    b = rec(2, first_name="Bernard", last_name="Martin", company_name="Alpha")
    pair = score(a, b)
    assert pair is not None and pair.score == 100
    assert "swapped" in explain_all(pair, a, b, RecordKind.CONTACT)[1]


def test_typo_in_first_letter_still_scores_high_in_fuzzy_mode() -> None:
    a = rec(
        1, first_name="Jean", last_name="Martin", company_name="Alpha", phone_mobile="+33612345678"
    )
    b = rec(
        2, first_name="Jean", last_name="Nartin", company_name="Alpha", phone_mobile="+33612345678"
    )
    pair = score(a, b)
    assert pair is not None and 85 <= pair.score < 100


def test_different_people_at_one_company_are_not_proposed() -> None:
    a = rec(
        1,
        first_name="Jean",
        last_name="Martin",
        company_name="Alpha",
        phone_business="+33144556677",
    )
    b = rec(
        2,
        first_name="Sophie",
        last_name="Durand",
        company_name="Alpha",
        phone_business="+33144556677",
    )
    assert score(a, b) is None


def test_strong_email_rule_lifts_a_pair_but_not_colleagues() -> None:
    settings = settings_from(["name", "city"], MatchMode.NORMALISED, 85, strong=["email"])
    a = rec(1, first_name="Jean", last_name="Martin", city="Lyon", email="j@x.fr")
    b = rec(2, first_name="Jean", last_name="Martinn", city="Paris", email="J@X.fr")
    pair = score(a, b, settings)
    assert pair is not None and pair.score == 95
    assert explain_all(pair, a, b, RecordKind.CONTACT)[-1] == "same e-mail (proposed on its own)"
    c = rec(3, first_name="Sophie", last_name="Durand", city="Lyon", email="j@x.fr")
    assert score(a, c, settings) is None


def test_modes_differ() -> None:
    a = rec(1, first_name="Gauthier", last_name="Lefebvre")
    b = rec(2, first_name="Gautier", last_name="Lefèvre")
    exact = MatchSettings(rules=(FieldRule("name", MatchMode.EXACT),), strong=())
    normalised = MatchSettings(rules=(FieldRule("name", MatchMode.NORMALISED),), strong=())
    phonetic = MatchSettings(rules=(FieldRule("name", MatchMode.PHONETIC),), strong=())
    assert score(a, b, exact) is None
    assert score(a, b, normalised) is None
    pair = score(a, b, phonetic)
    assert pair is not None and pair.score == 100
    assert "names sound alike" in explain_all(pair, a, b, RecordKind.CONTACT)[0]


def test_settings_are_checked() -> None:
    with pytest.raises(ValueError):
        MatchSettings(rules=())
    with pytest.raises(ValueError):
        MatchSettings(rules=(FieldRule("siren"),))  # a company field
    with pytest.raises(ValueError):
        MatchSettings(rules=tuple(FieldRule(f) for f in ("name", "city", "email", "phone")))


def test_groups_join_chains_and_sort_by_score() -> None:
    pairs = [CandidatePair(1, 2, 90, ()), CandidatePair(2, 3, 97, ()), CandidatePair(7, 8, 99, ())]
    groups = group_pairs(pairs)
    assert [g.ids for g in groups] == [(7, 8), (1, 2, 3)]
    assert groups[1].score == 97


def test_excluded_pairs_are_not_proposed() -> None:
    settings = default_settings()
    a = prepare(rec(1, first_name="Jean", last_name="Martin", email="j@x.fr"), settings)
    b = prepare(rec(2, first_name="Jean", last_name="Martin", email="j@x.fr"), settings)
    found, _, _ = scan_prepared([a, b], settings)
    assert [(p.a, p.b) for p in found] == [(1, 2)]
    found, _, _ = scan_prepared([a, b], settings, frozenset({(1, 2)}))
    assert found == []


def test_precision_and_recall_on_generated_data() -> None:
    records, truth = generate(20_000, 0.05, seed=11)
    settings = default_settings()
    prepared = [prepare(r, settings) for r in records]
    found, compared, _ = scan_prepared(prepared, settings)
    proposed = {(p.a, p.b) for p in found}
    precision = len(proposed & truth) / len(proposed)
    recall = len(proposed & truth) / len(truth)
    assert precision >= 0.95, precision
    assert recall >= 0.95, recall
    # Blocking, not all pairs: a few comparisons per record at most.
    assert compared < 3 * len(records)


def test_oversized_blocks_use_a_window_and_still_find_pairs() -> None:
    settings = default_settings()
    people = [
        rec(
            i,
            first_name=f"P{i}",
            last_name=f"Nom{i}",
            phone_business="+33144556677",
            company_name="Alpha",
        )
        for i in range(1, 200)
    ]
    people.append(
        rec(
            500,
            first_name="P7",
            last_name="Nom7",
            phone_business="+33144556677",
            company_name="Alpha",
        )
    )
    found, compared, oversized = scan_prepared([prepare(p, settings) for p in people], settings)
    assert oversized >= 1
    assert (7, 500) in {(p.a, p.b) for p in found}
    assert compared < 200 * 199 // 2  # not every pair of the 200-record block
