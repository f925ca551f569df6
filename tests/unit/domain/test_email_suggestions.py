"""E-mail "did you mean" hints measured on real domains and on common typos.

False positives: every top-level domain of the IANA list (``contact@example.<tld>``), each
also with a few providers, plus providers under their real country domains: no hint at all
may be given. Hits: common slips of French users' providers must get the intended domain.

Run ``python tests/unit/domain/test_email_suggestions.py`` for the table of the figures.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __name__ == "__main__":  # pragma: no cover - run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from desktop_crm.domain.emails import check_email, iana_tlds

# Providers under the top-level domains they really use (a hint on these is a false positive).
REAL_PROVIDER_DOMAINS = (
    "gmail.com",
    "googlemail.com",
    "yahoo.fr",
    "yahoo.com",
    "yahoo.ca",
    "yahoo.be",
    "yahoo.de",
    "yahoo.co.uk",
    "yahoo.es",
    "yahoo.it",
    "yahoo.com.au",
    "ymail.com",
    "hotmail.fr",
    "hotmail.com",
    "hotmail.be",
    "hotmail.ca",
    "hotmail.ch",
    "hotmail.de",
    "hotmail.co.uk",
    "hotmail.it",
    "hotmail.es",
    "outlook.fr",
    "outlook.com",
    "outlook.be",
    "outlook.de",
    "outlook.es",
    "outlook.it",
    "live.fr",
    "live.be",
    "live.ca",
    "live.com",
    "live.co.uk",
    "msn.com",
    "orange.fr",
    "wanadoo.fr",
    "free.fr",
    "sfr.fr",
    "neuf.fr",
    "laposte.net",
    "bbox.fr",
    "numericable.fr",
    "club-internet.fr",
    "aliceadsl.fr",
    "libertysurf.fr",
    "voila.fr",
    "aol.fr",
    "aol.com",
    "icloud.com",
    "me.com",
    "mac.com",
    "gmx.fr",
    "gmx.de",
    "gmx.at",
    "gmx.ch",
    "gmx.net",
    "web.de",
    "t-online.de",
    "bluewin.ch",
    "skynet.be",
    "telenet.be",
    "proximus.be",
    "videotron.ca",
    "sympatico.ca",
    "orange.re",
    "orange.mq",
    "orange.gp",
    "wanadoo.re",
    "outlook.re",
    "canl.nc",
    "mail.ru",
    "yandex.ru",
    "qq.com",
    "163.com",
    "protonmail.com",
    "protonmail.ch",
    "proton.me",
    "pm.me",
    "tutanota.com",
    "zoho.com",
    "netcourrier.com",
    "free.re",
    "univ-lyon1.fr",
    "ac-lyon.fr",
    "gouv.fr",
    "cnrs.fr",
    "mairie-lyon.fr",
    "acme.ca",
    "orage.de",
    "gamil.org",
)
PROVIDERS_PER_TLD = ("gmail", "orange", "hotmail", "free", "yahoo", "outlook")

# (typed domain, intended domain): slips seen in real address books.
TYPOS = (
    ("gmial.com", "gmail.com"),
    ("gmai.com", "gmail.com"),
    ("gmal.com", "gmail.com"),
    ("gamil.com", "gmail.com"),
    ("gmaill.com", "gmail.com"),
    ("gmail.con", "gmail.com"),
    ("gmail.cmo", "gmail.com"),
    ("gmail.comm", "gmail.com"),
    ("gmail.cim", "gmail.com"),
    ("hotmial.fr", "hotmail.fr"),
    ("hotmal.fr", "hotmail.fr"),
    ("hotmai.fr", "hotmail.fr"),
    ("hotmail.frr", "hotmail.fr"),
    ("homail.fr", "hotmail.fr"),
    ("hotmial.com", "hotmail.com"),
    ("orange.frr", "orange.fr"),
    ("ornage.fr", "orange.fr"),
    ("orang.fr", "orange.fr"),
    ("oranje.fr", "orange.fr"),
    ("orange.ff", "orange.fr"),
    ("wanadoo.ff", "wanadoo.fr"),
    ("wanado.fr", "wanadoo.fr"),
    ("wanadoo.frr", "wanadoo.fr"),
    ("wannadoo.fr", "wanadoo.fr"),
    ("yaho.fr", "yahoo.fr"),
    ("yahho.fr", "yahoo.fr"),
    ("yahou.fr", "yahoo.fr"),
    ("yahoo.ffr", "yahoo.fr"),
    ("free.fe", "free.fr"),
    ("fre.fr", "free.fr"),
    ("freee.fr", "free.fr"),
    ("free.frr", "free.fr"),
    ("sfr.frr", "sfr.fr"),
    ("laposte.nte", "laposte.net"),
    ("lapost.net", "laposte.net"),
    ("laposte.ne", "laposte.net"),
    ("outlok.fr", "outlook.fr"),
    ("outlook.ffr", "outlook.fr"),
    ("outloook.fr", "outlook.fr"),
    ("icloud.con", "icloud.com"),
    ("iclould.com", "icloud.com"),
    ("gmail.co", "gmail.com"),
    ("hotmail.cm", "hotmail.com"),
    ("orange.fe", "orange.fr"),
    ("neuf.frr", "neuf.fr"),
)


def _hint(domain: str) -> str | None:
    suggestion = check_email(f"contact@{domain}").suggestion
    return suggestion.rpartition("@")[2] if suggestion else None


def false_positives() -> tuple[int, list[str]]:
    """(domains checked, those given a hint) over the real-domain list."""
    domains = [f"example.{tld}" for tld in sorted(iana_tlds())]
    domains += [f"{name}.{tld}" for tld in sorted(iana_tlds()) for name in PROVIDERS_PER_TLD]
    domains += list(REAL_PROVIDER_DOMAINS)
    return len(domains), [d for d in domains if _hint(d) is not None]


def typo_results() -> list[tuple[str, str, str | None]]:
    return [(typed, meant, _hint(typed)) for typed, meant in TYPOS]


HIT_RATE_FLOOR = 0.9  # stated figure: at least 90 % of the typos get the intended domain


def test_no_hint_on_any_real_domain() -> None:
    checked, flagged = false_positives()
    assert checked > 10_000
    assert flagged == []


def test_common_typos_get_the_intended_domain() -> None:
    results = typo_results()
    hits = sum(1 for _typed, meant, got in results if got == meant)
    wrong = [(typed, got) for typed, meant, got in results if got not in (None, meant)]
    assert wrong == []  # a hint, when given, is the right one
    assert hits / len(results) >= HIT_RATE_FLOOR, results


def main() -> None:  # pragma: no cover - the table for the closing notes
    checked, flagged = false_positives()
    results = typo_results()
    hits = sum(1 for _typed, meant, got in results if got == meant)
    print("| Measure | Domains | Hinted | Rate |")
    print("|---|---:|---:|---:|")
    print(
        f"| False positives (real domains) | {checked} | {len(flagged)} | "
        f"{len(flagged) / checked:.2%} |"
    )
    print(f"| Hits (common typos) | {len(results)} | {hits} | {hits / len(results):.1%} |")
    print()
    print("| Typed | Meant | Hint |")
    print("|---|---|---|")
    for typed, meant, got in results:
        print(f"| {typed} | {meant} | {got or '(none)'} |")


if __name__ == "__main__":  # pragma: no cover
    main()


def test_the_reported_false_hints_are_gone() -> None:
    for address in ("a@acme.ca", "b@orange.re", "c@outlook.be", "d@gmx.de", "e@web.de"):
        assert check_email(address).suggestion is None, address
