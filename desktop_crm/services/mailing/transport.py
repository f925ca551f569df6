"""Where merged e-mails go: an SMTP server (TLS, throttled) or .eml drafts in a folder.

SMTP settings are team settings in the database; the password is kept in the system keyring,
never in the database or a file.
"""

from __future__ import annotations

import json
import os
import re
import smtplib
import ssl
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from types import TracebackType
from typing import Protocol, Self

from desktop_crm.domain.errors import DomainError, FieldProblem, ValidationError
from desktop_crm.domain.wording import CAMPAIGN, say
from desktop_crm.storage.models import AppSetting
from desktop_crm.storage.uow import UnitOfWork

SMTP_KEY = "email.smtp"
KEYRING_SERVICE = "desktop-crm-smtp"
DEFAULT_PER_MINUTE = 10  # what an ordinary mail server accepts (domain documents)
SECURITY = ("starttls", "ssl", "none")


class Transport(Protocol):
    """Sends messages; used as a context manager around a whole run."""

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def send(self, message: EmailMessage) -> None: ...


@dataclass(frozen=True)
class SmtpSettings:
    """Outgoing mail server settings (the password is not here: see ``smtp_password``)."""

    host: str = ""
    port: int = 587
    security: str = "starttls"
    username: str = ""
    from_address: str = ""
    reply_to: str = ""
    unsubscribe_address: str = ""
    per_minute: int = DEFAULT_PER_MINUTE
    timeout: float = 30.0

    def check(self) -> None:
        problems: list[FieldProblem] = []
        if not self.host:
            problems.append(FieldProblem("host", "required", "Give the SMTP server's name."))
        if self.security not in SECURITY:
            problems.append(FieldProblem("security", "invalid", f"One of {SECURITY}."))
        if not 1 <= self.port <= 65535:
            problems.append(FieldProblem("port", "invalid", "A port is between 1 and 65535."))
        if not re.fullmatch(r"[^@\s]+@[^@\s]+", self.from_address or ""):
            problems.append(
                FieldProblem("from_address", "email_invalid", "Give the sender's e-mail address.")
            )
        if self.per_minute < 1:
            problems.append(FieldProblem("per_minute", "too_small", "At least 1 per minute."))
        if problems:
            raise ValidationError(problems)

    @property
    def keyring_key(self) -> str:
        return f"{self.username}@{self.host}:{self.port}"


def load_smtp_settings(uow: UnitOfWork) -> SmtpSettings:
    row = uow.session.get(AppSetting, SMTP_KEY)
    data = json.loads(row.value) if row is not None and row.value else {}
    known = SmtpSettings.__dataclass_fields__
    return SmtpSettings(**{k: v for k, v in data.items() if k in known})


def save_smtp_settings(uow: UnitOfWork, settings: SmtpSettings) -> None:
    settings.check()
    row = uow.session.get(AppSetting, SMTP_KEY)
    if row is None:
        row = AppSetting(key=SMTP_KEY)
        uow.session.add(row)
    row.value = json.dumps(asdict(settings))
    uow.session.flush()


def smtp_password(settings: SmtpSettings) -> str | None:
    """The SMTP password from the system keyring (None if none is stored or no keyring)."""
    if os.environ.get("DESKTOP_CRM_NO_KEYRING"):  # tests and locked-down machines
        return None
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, settings.keyring_key)
    except Exception:  # no usable keyring backend: the user is asked each time
        return None


def store_smtp_password(settings: SmtpSettings, password: str) -> None:
    import keyring

    keyring.set_password(KEYRING_SERVICE, settings.keyring_key, password)


class Throttle:
    """At most ``per_minute`` messages a minute, evenly spaced (clock and sleep injectable)."""

    def __init__(
        self,
        per_minute: int,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.interval = 60.0 / per_minute
        self._clock = clock
        self._sleep = sleep
        self._next: float | None = None

    def wait(self) -> None:
        now = self._clock()
        if self._next is not None and now < self._next:
            self._sleep(self._next - now)
            now = self._next
        self._next = now + self.interval


class SmtpTransport:
    """Sends through an SMTP server with STARTTLS or SSL, throttled."""

    def __init__(
        self,
        settings: SmtpSettings,
        password: str | None = None,
        *,
        tls_context: ssl.SSLContext | None = None,
        throttle: Throttle | None = None,
    ) -> None:
        settings.check()
        self.settings = settings
        self.password = password
        self.context = tls_context or ssl.create_default_context()
        self.throttle = throttle or Throttle(settings.per_minute)
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> Self:
        s = self.settings
        try:
            if s.security == "ssl":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    s.host, s.port, timeout=s.timeout, context=self.context
                )
            else:
                smtp = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
                if s.security == "starttls":
                    smtp.starttls(context=self.context)
            if s.username:
                smtp.login(s.username, self.password or "")
        except smtplib.SMTPAuthenticationError as exc:
            raise DomainError(
                say(CAMPAIGN, "The mail server refused the user name or password."),
                code="smtp_auth",
            ) from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise DomainError(
                say(CAMPAIGN, "Cannot connect to the mail server {host}:{port}: {exc}").format(
                    host=s.host, port=s.port, exc=exc
                ),
                code="smtp_connect",
            ) from exc
        self._smtp = smtp
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (OSError, smtplib.SMTPException):
                self._smtp.close()
            self._smtp = None

    def send(self, message: EmailMessage) -> None:
        if self._smtp is None:
            raise RuntimeError("use the transport in a 'with' block")
        self.throttle.wait()
        try:
            self._smtp.send_message(message)
        except smtplib.SMTPRecipientsRefused as exc:
            raise OSError(f"recipient refused: {exc.recipients}") from exc
        except smtplib.SMTPDataError as exc:
            raise OSError(f"message refused: {exc.smtp_code} {exc.smtp_error!r}") from exc


class DraftTransport:
    """Writes each message as an unsent .eml draft the user's mail client can open."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.written: list[Path] = []

    def __enter__(self) -> Self:
        self.folder.mkdir(parents=True, exist_ok=True)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        return None

    def send(self, message: EmailMessage) -> None:
        message["X-Unsent"] = "1"  # Outlook and Thunderbird open it as a draft to send
        to = re.sub(r"[^\w.@-]+", "_", str(message["To"].addresses[0].addr_spec))
        path = self.folder / f"{len(self.written) + 1:05d}-{to}.eml"
        path.write_bytes(message.as_bytes(policy=SMTP))
        self.written.append(path)
