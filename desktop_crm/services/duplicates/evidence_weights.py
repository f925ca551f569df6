"""Field weights for the all-evidence duplicate scan (Fellegi–Sunter): m and u probabilities
per field and agreement level, learned without labels by expectation–maximisation over the
candidate pairs' agreement patterns, and the match weight and probability of a pattern.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

# Fields compared, in the order of the agreement pattern; levels 0..top (-1 missing).
FIELDS: tuple[str, ...] = (
    "first_name",
    "last_name",
    "address",
    "postcode",
    "city",
    "birthday",
    "phone",
    "email",
    "company",
)
TOP = {
    "first_name": 3,
    "last_name": 3,
    "address": 3,
    "postcode": 3,
    "city": 2,
    "birthday": 3,
    "phone": 2,
    "email": 2,
    "company": 2,
}


@dataclass
class Weights:
    """m and u probabilities per field and level, and the share of duplicates."""

    m: list[np.ndarray]
    u: list[np.ndarray]
    prior: float
    iterations: int = 0
    learned: bool = False
    # log2(m/u) per field and level (for the reasons and the score).
    log: list[np.ndarray] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.log = [np.log2(m / u) for m, u in zip(self.m, self.u, strict=True)]


# Sensible starting values (and the values used when there is too little data to learn):
# duplicates mostly agree exactly or closely; random pairs mostly disagree.
_M0 = {2: [0.05, 0.15, 0.80], 3: [0.04, 0.06, 0.15, 0.75]}
_U0 = {2: [0.97, 0.02, 0.01], 3: [0.93, 0.05, 0.015, 0.005]}


def default_weights() -> Weights:
    return Weights(
        [np.array(_M0[TOP[f]], dtype=float) for f in FIELDS],
        [np.array(_U0[TOP[f]], dtype=float) for f in FIELDS],
        0.01,
    )


def learn_weights(levels: np.ndarray, u: list[np.ndarray] | None, max_iter: int = 40) -> Weights:
    """EM over the agreement patterns: m per field and level and the share of duplicates
    (u stays as measured on random pairs).  Too few candidate pairs: the default weights."""
    start = default_weights()
    if u is not None:
        start = Weights(start.m, u, start.prior)
    if len(levels) < 200:
        return start
    # One integer per agreement pattern (levels + 1 are digits in base 8).
    code = np.zeros(len(levels), dtype=np.int64)
    for f in range(levels.shape[1]):
        code = code * 8 + (levels[:, f].astype(np.int64) + 1)
    code.sort()
    starts = np.flatnonzero(np.concatenate(([True], code[1:] != code[:-1])))
    counts = np.diff(np.append(starts, len(code))).astype(float)
    uniq = code[starts]
    patterns = np.empty((len(uniq), levels.shape[1]), dtype=np.int64)
    for f in range(levels.shape[1] - 1, -1, -1):
        patterns[:, f] = uniq % 8 - 1
        uniq = uniq // 8
    m = [x.copy() for x in start.m]
    u = [x.copy() for x in start.u]
    prior = 0.1
    iterations = 0
    for _ in range(max_iter):
        iterations += 1
        log_m = np.zeros(len(patterns))
        log_u = np.zeros(len(patterns))
        for f in range(len(FIELDS)):
            col = patterns[:, f]
            ok = col >= 0
            log_m[ok] += np.log(m[f][col[ok]])
            log_u[ok] += np.log(u[f][col[ok]])
        a = np.log(prior) + log_m
        b = np.log(1 - prior) + log_u
        g = 1.0 / (1.0 + np.exp(np.clip(b - a, -50, 50)))
        weight = counts * g
        other = counts * (1 - g)
        new_prior = float(np.clip(weight.sum() / counts.sum(), 1e-6, 0.999))
        change = abs(new_prior - prior)
        prior = new_prior
        for f, name in enumerate(FIELDS):
            col = patterns[:, f]
            ok = col >= 0
            size = TOP[name] + 1
            new_m = np.bincount(col[ok], weights=weight[ok], minlength=size) + 0.5
            new_u = np.bincount(col[ok], weights=other[ok], minlength=size) + 0.5
            new_m, new_u = new_m / new_m.sum(), new_u / new_u.sum()
            change = max(
                change, float(np.abs(new_m - m[f]).max()), float(np.abs(new_u - u[f]).max())
            )
            m[f], u[f] = new_m, new_u
        if change < 1e-4:
            break
    # Agreement must never count against, nor disagreement for (a safety net for odd data).
    for f in range(len(FIELDS)):
        top = len(m[f]) - 1
        if m[f][top] < u[f][top]:
            m[f][top] = u[f][top] * 2
        if m[f][0] > u[f][0]:
            m[f][0] = u[f][0] / 2
        m[f] = m[f] / m[f].sum()
    learned = Weights(m, u, prior, iterations, True)
    # Learned on pairs whose names are alike, the weights cannot know what a clearly
    # different name means: never less than a strong "against".
    for f in (0, 1):
        learned.log[f][0] = min(learned.log[f][0], -8.0)
    return learned


def match_weights(levels: np.ndarray, w: Weights) -> np.ndarray:
    """Sum of log2(m/u) of the fields present, plus the prior odds (log2)."""
    total = np.full(len(levels), np.log2(w.prior / (1 - w.prior)))
    for f in range(len(FIELDS)):
        col = levels[:, f]
        ok = col >= 0
        total[ok] += w.log[f][col[ok]]
    return total


def probabilities(levels: np.ndarray, w: Weights) -> np.ndarray:
    out: np.ndarray = 1.0 / (1.0 + np.exp2(-np.clip(match_weights(levels, w), -60, 60)))
    return out
