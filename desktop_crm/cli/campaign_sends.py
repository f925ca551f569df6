"""``--campaign NAME`` on the print, e-mail and series commands: run them for a campaign."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_crm.services.mailing.postal import MergeOptions, PrintRun
    from desktop_crm.services.mailing.recipients import Selection
    from desktop_crm.storage.uow import UnitOfWork


def add_campaign_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--campaign",
        metavar="NAME",
        help="run it for this campaign: each contact becomes one of its targets, and the "
        "history entries name the campaign",
    )


def campaign_of(args: argparse.Namespace, uow: UnitOfWork) -> int | None:
    """The id of the campaign named by --campaign (a clear error before anything is written)."""
    name = getattr(args, "campaign", None)
    if name is None:
        return None
    from desktop_crm.services.campaigns.sends import find_campaign

    return find_campaign(uow, name).id


def for_campaign(
    uow: UnitOfWork,
    run: PrintRun,
    campaign_id: int | None,
    record: bool,
    kind: str,
    what: str,
    selection: Selection,
    merge: MergeOptions,
) -> PrintRun:
    """A print run made without its own history, recorded for the campaign."""
    if campaign_id is None or not record:
        return run
    from desktop_crm.services.campaigns.sends import finish_print_for_campaign

    return finish_print_for_campaign(uow, run, campaign_id, kind, what, selection, merge)
