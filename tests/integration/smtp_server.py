"""A small real SMTP server on 127.0.0.1 for tests (standard library only, with STARTTLS).

It speaks enough of RFC 5321 for smtplib: EHLO/HELO, STARTTLS, AUTH PLAIN/LOGIN, MAIL, RCPT,
DATA, RSET, NOOP, QUIT; it keeps each received message with its envelope.
"""

from __future__ import annotations

import base64
import shutil
import socketserver
import ssl
import subprocess
import threading
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest


@dataclass
class Received:
    """One message as the server got it."""

    mail_from: str
    rcpt_to: list[str]
    data: bytes
    tls: bool
    user: str | None

    @property
    def message(self) -> EmailMessage:
        parsed = message_from_bytes(self.data, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class ServerState:
    messages: list[Received] = field(default_factory=list)
    users: dict[str, str] = field(default_factory=dict)
    refuse: set[str] = field(default_factory=set)
    tls_context: ssl.SSLContext | None = None


class _Handler(socketserver.StreamRequestHandler):
    server: _Server

    def _reply(self, text: str) -> None:
        self.wfile.write(text.encode() + b"\r\n")
        self.wfile.flush()

    def _line(self) -> str:
        return self.rfile.readline(65536).decode("utf-8", "replace").rstrip("\r\n")

    def handle(self) -> None:
        state = self.server.state
        tls, user = False, None
        mail_from, rcpt = "", []
        self._reply("220 127.0.0.1 test SMTP ready")
        while True:
            line = self._line()
            if not line:
                return
            verb, _, arg = line.partition(" ")
            verb = verb.upper()
            if verb in ("EHLO", "HELO"):
                extras = ["AUTH PLAIN LOGIN", "8BITMIME", "SMTPUTF8"]
                if state.tls_context is not None and not tls:
                    extras.insert(0, "STARTTLS")
                lines = ["127.0.0.1", *extras]
                for item in lines[:-1]:
                    self._reply(f"250-{item}")
                self._reply(f"250 {lines[-1]}")
            elif verb == "STARTTLS" and state.tls_context is not None:
                self._reply("220 go ahead")
                self.connection = state.tls_context.wrap_socket(self.connection, server_side=True)
                self.rfile = self.connection.makefile("rb")
                self.wfile = self.connection.makefile("wb")
                tls = True
            elif verb == "AUTH":
                mechanism, _, initial = arg.partition(" ")
                if mechanism.upper() == "PLAIN":
                    raw = base64.b64decode(initial or "")
                    _zid, name, password = raw.split(b"\0")
                    who, secret = name.decode(), password.decode()
                else:
                    self._reply("334 VXNlcm5hbWU6")
                    who = base64.b64decode(self._line()).decode()
                    self._reply("334 UGFzc3dvcmQ6")
                    secret = base64.b64decode(self._line()).decode()
                if state.users.get(who) == secret:
                    user = who
                    self._reply("235 authenticated")
                else:
                    self._reply("535 authentication failed")
            elif verb == "MAIL":
                mail_from, rcpt = arg.split(":", 1)[1].split()[0].strip("<>"), []
                self._reply("250 ok")
            elif verb == "RCPT":
                address = arg.split(":", 1)[1].split()[0].strip("<>")
                if address in state.refuse:
                    self._reply("550 no such user")
                else:
                    rcpt.append(address)
                    self._reply("250 ok")
            elif verb == "DATA":
                self._reply("354 end with .")
                chunks: list[bytes] = []
                while True:
                    raw = self.rfile.readline(1 << 20)
                    if raw in (b".\r\n", b".\n", b""):
                        break
                    chunks.append(raw[1:] if raw.startswith(b"..") else raw)
                state.messages.append(Received(mail_from, rcpt, b"".join(chunks), tls, user))
                self._reply("250 queued")
            elif verb == "RSET":
                mail_from, rcpt = "", []
                self._reply("250 ok")
            elif verb == "NOOP":
                self._reply("250 ok")
            elif verb == "QUIT":
                self._reply("221 bye")
                return
            else:
                self._reply("502 not implemented")


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, state: ServerState) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.state = state


class SmtpTestServer:
    """Context manager: a server on 127.0.0.1 and a free port; ``.state.messages``."""

    def __init__(self, tls_folder: Path | None = None, users: dict[str, str] | None = None) -> None:
        self.state = ServerState(users=dict(users or {}))
        self.certificate: Path | None = None
        if tls_folder is not None:
            if shutil.which("openssl") is None:
                pytest.skip("the STARTTLS test makes its certificate with openssl (not found)")
            self.certificate = tls_folder / "cert.pem"
            key = tls_folder / "key.pem"
            subprocess.run(
                [
                    "openssl",
                    "req",
                    "-x509",
                    "-newkey",
                    "rsa:2048",
                    "-nodes",
                    "-keyout",
                    str(key),
                    "-out",
                    str(self.certificate),
                    "-days",
                    "1",
                    "-subj",
                    "/CN=localhost",
                    "-addext",
                    "subjectAltName=IP:127.0.0.1,DNS:localhost",
                ],
                check=True,
                capture_output=True,
            )
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(self.certificate, key)
            self.state.tls_context = context
        self._server = _Server(self.state)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def client_context(self) -> ssl.SSLContext:
        assert self.certificate is not None
        return ssl.create_default_context(cafile=str(self.certificate))

    def __enter__(self) -> SmtpTestServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
