"""A throw-away PostgreSQL server for the test suite (initdb + pg_ctl, loopback only)."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

import psycopg


def _version_key(folder: str) -> tuple[int, ...]:
    """(16,) for .../postgresql/16/bin, (9, 6) for .../9.6/bin: newest first, 16 above 9.6."""
    name = Path(folder).parent.name.rsplit("-", 1)[-1]
    return tuple(int(part) for part in name.split(".") if part.isdigit())


def find_pg_bin(
    *, platform: str = sys.platform, environ: Mapping[str, str] = os.environ
) -> Path | None:
    """Folder holding initdb and pg_ctl: PATH first, then the installers' versioned folders
    (Debian's /usr/lib/postgresql/N/bin, PGDG's /usr/pgsql-N/bin, and on Windows
    EnterpriseDB's C:\\Program Files\\PostgreSQL\\N\\bin), newest version first."""
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).parent
    exe = ".exe" if platform == "win32" else ""
    if platform == "win32":
        roots = {
            environ.get(name, "") for name in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)")
        }
        roots.add("C:\\Program Files")
        patterns = [os.path.join(root, "PostgreSQL", "*", "bin") for root in roots if root]
    else:
        patterns = ["/usr/lib/postgresql/*/bin", "/usr/pgsql-*/bin"]
    found = [folder for pattern in patterns for folder in glob.glob(pattern)]
    for candidate in sorted(set(found), key=_version_key, reverse=True):
        folder = Path(candidate)
        if (folder / f"initdb{exe}").exists() and (folder / f"pg_ctl{exe}").exists():
            return folder
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PostgresServer:
    """Starts a private server; ``create_database`` returns SQLAlchemy URLs."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.port = _free_port()
        self.root = Path(tempfile.mkdtemp(prefix="crm-pg-"))
        self.data = self.root / "data"
        self.as_root = hasattr(os, "geteuid") and os.geteuid() == 0

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.as_root:
            # initdb and postgres refuse to run as root: use the unprivileged system user.
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, check=True, capture_output=True, text=True, timeout=120)

    def start(self) -> None:
        if self.as_root:
            shutil.chown(self.root, "postgres", "postgres")
        os.chmod(self.root, 0o755)
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        # The tests connect over TCP; the socket folder matters only where Unix sockets do.
        sockets = "" if sys.platform == "win32" else f"-k {self.root} "
        options = (
            f"-p {self.port} {sockets}-c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=100"
        )
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.root / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        )

    def stop(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def _admin(self, sql: str) -> None:
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True
        ) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def create_database(self, name: str, template: str | None = None) -> str:
        suffix = f" TEMPLATE {template}" if template else ""
        self._admin(f'CREATE DATABASE "{name}"{suffix}')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
