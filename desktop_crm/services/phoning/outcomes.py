"""The results a phoning session logs with one key each, in the call log's vocabulary."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_crm.domain.constants import ActivityType, HistoryType


@dataclass(frozen=True)
class Outcome:
    """One key of the session: the call's history type, the campaign response it counts as
    (None: no answer yet) and the follow-up it schedules (None: none)."""

    code: str
    key: str
    history: HistoryType
    label_fr: str
    response: str | None = None
    follow_up: ActivityType | None = None
    follow_days: int = 0
    follow_hour: int = 9


OUTCOMES: tuple[Outcome, ...] = (
    Outcome(
        "interested",
        "1",
        HistoryType.CALL_REACHED,
        "Intéressé",
        "interested",
        ActivityType.CALL,
        7,
    ),
    Outcome(
        "meeting",
        "2",
        HistoryType.CALL_REACHED,
        "Rendez-vous pris",
        "meeting",
        ActivityType.MEETING,
        7,
        10,
    ),
    Outcome("not_interested", "3", HistoryType.CALL_REACHED, "Pas intéressé", "not_interested"),
    Outcome("no_answer", "4", HistoryType.CALL_ATTEMPTED, "Pas de réponse"),
    Outcome("call_back", "5", HistoryType.CALL_REACHED, "À rappeler", None, ActivityType.CALL, 1),
    Outcome(
        "left_message",
        "6",
        HistoryType.CALL_LEFT_MESSAGE,
        "Message laissé",
        None,
        ActivityType.CALL,
        3,
    ),
    Outcome("wrong_number", "7", HistoryType.CALL_WRONG_NUMBER, "Mauvais numéro"),
)
OUTCOMES_BY_CODE: dict[str, Outcome] = {o.code: o for o in OUTCOMES}
OUTCOMES_BY_KEY: dict[str, Outcome] = {o.key: o for o in OUTCOMES}
