"""A throw-away PostgreSQL cluster for tests and benchmarks: initdb in a temporary folder,
listening on 127.0.0.1 only (no Unix socket in a shared place), stopped and removed at the end.

Passwords live in a libpq password file (``PGPASSFILE``), as the program expects of its users.
initdb refuses to run as root: as root the cluster runs as the ``postgres`` system user.
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

from tests.system_tools import locate, missing

SUPERUSER = "postgres"
PROGRAMS = ("initdb", "pg_ctl", "postgres")


def program(name: str) -> str | None:
    return locate(name)


def available() -> bool:
    return not missing(*PROGRAMS)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Cluster:
    """Start with :meth:`start`, stop with :meth:`stop`; ``url(db, user)`` names a database."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="regietafel-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.passfile = self.folder / "pgpass"
        self.passwords: dict[str, str] = {SUPERUSER: secrets.token_hex(12)}
        self._as_user: list[str] = []
        self._owner: pwd.struct_passwd | None = None
        if os.geteuid() == 0:
            self._owner = pwd.getpwnam("postgres")
            self._as_user = ["runuser", "-u", "postgres", "--"]

    def _run(self, *command: str) -> None:
        result = subprocess.run([*self._as_user, *command], capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed: {result.stderr.strip() or result.stdout.strip()}")

    def start(self) -> Cluster:
        pwfile = self.folder / "pw"
        pwfile.write_text(self.passwords[SUPERUSER] + "\n")
        if self._owner is not None:
            for path in (self.folder, pwfile):
                os.chown(path, self._owner.pw_uid, self._owner.pw_gid)
        self._run(program("initdb"), "-D", str(self.data), "-U", SUPERUSER, "--pwfile", str(pwfile),
                  "--auth-local=scram-sha-256", "--auth-host=scram-sha-256", "-E", "UTF8", "--no-locale")
        pwfile.unlink()
        options = (f"-c listen_addresses=127.0.0.1 -p {self.port} -c unix_socket_directories='' "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
        self._run(program("pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"),
                  "-w", "-t", "60", "start")
        self._write_passfile()
        return self

    def _write_passfile(self) -> None:
        lines = [f"127.0.0.1:{self.port}:*:{user}:{password}" for user, password in self.passwords.items()]
        self.passfile.write_text("\n".join(lines) + "\n")
        self.passfile.chmod(0o600)

    def add_role(self, name: str, password: str | None = None) -> str:
        """A login role (no rights of its own); its password goes into the password file."""
        password = password or secrets.token_hex(12)
        self.sql(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'")
        self.passwords[name] = password
        self._write_passfile()
        return name

    def create_database(self, name: str, owner: str, template: str | None = None) -> str:
        """A new database (a copy of ``template`` when given) owned by ``owner``; its URL."""
        clone = f" TEMPLATE {template}" if template else ""
        self.sql(f"CREATE DATABASE {name} OWNER {owner}{clone}")
        return self.url(name, owner)

    def drop_database(self, name: str) -> None:
        self.sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql+psycopg://{user}@127.0.0.1:{self.port}/{database}"

    def connect(self, database: str = "postgres", user: str = SUPERUSER):
        import psycopg

        return psycopg.connect(host="127.0.0.1", port=self.port, dbname=database, user=user,
                               password=self.passwords[user], autocommit=True)

    def sql(self, statement: str, database: str = "postgres") -> list[tuple]:
        with self.connect(database) as connection:
            cursor = connection.execute(statement)
            return cursor.fetchall() if cursor.description else []

    def stop(self) -> None:
        if self.data.exists():
            try:
                self._run(program("pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
            except RuntimeError:
                pass  # never started: nothing to stop
        shutil.rmtree(self.folder, ignore_errors=True)
