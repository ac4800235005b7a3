"""Where a database lives: a file path or a server URL, never confused.

Anything that starts with ``scheme://`` is a URL; everything else is a path. A URL of a kind we
do not speak is refused rather than taken for a file name (``postgresql+psycopg:`` must never
become a folder). Passwords are never kept in a URL we store or show: libpq's password file
(pgpass) or service file supplies them.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from regietafel.store.errors import StoreError
from regietafel.store.shared_texts import text

DRIVER = "postgresql+psycopg"
POSTGRES_SCHEMES = {"postgresql", "postgres", "postgresql+psycopg", "postgresql+psycopg3"}
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

    Database = Path | URL  # what --db and the settings name

# SQLAlchemy is imported only where a server URL is parsed: a file path, --version and --help
# start without it (a quarter of a second of every command's start).


def _is_url_object(value: object) -> bool:
    """A parsed URL; one can only exist once SQLAlchemy's URL module is loaded."""
    module = sys.modules.get("sqlalchemy.engine.url")
    return module is not None and isinstance(value, module.URL)


def is_url(value: object) -> bool:
    return _is_url_object(value) or (isinstance(value, str) and bool(_URL.match(value.strip())))


def parse_server_url(value: str | URL) -> URL:
    """A PostgreSQL URL with our driver; StoreError for any other kind or a malformed one."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    if not isinstance(value, str):  # already a parsed URL
        url = value
    else:
        raw = value.strip()
        scheme = raw.split("://", 1)[0].lower()
        if scheme not in POSTGRES_SCHEMES:
            raise StoreError(text("url.scheme", url=_hide_password(raw)))
        try:
            url = make_url(raw)
        except ArgumentError as error:
            raise StoreError(text("url.invalid", url=_hide_password(raw), reason=error)) from error
    url = url.set(drivername=DRIVER)
    if not url.database and "service" not in url.query:
        raise StoreError(text("url.no_database", url=display(url)))
    return url


def server_url(host: str, port: int | None, database: str, user: str, password: str = "",
               service: str = "") -> URL:
    """The URL for what a user typed (a libpq service replaces host and port)."""
    from sqlalchemy.engine import URL

    return parse_server_url(URL.create(
        DRIVER, username=user or None, password=password or None, host=None if service else host or None,
        port=None if service else port, database=database or None, query={"service": service} if service else {}))


def parse_database(value: str | Path | URL) -> Database:
    """``--db`` and the settings: a URL for a server, a Path for a file (``sqlite:///x`` too)."""
    if not isinstance(value, str):  # a Path, or an already parsed URL
        return value
    raw = value.strip()
    if raw.lower().startswith("sqlite:///"):
        return Path(raw[len("sqlite:///"):])
    if is_url(raw):
        return parse_server_url(raw)
    return Path(raw)


def database_argument(value: str) -> Database:
    """argparse ``type=``: a clear one-line error instead of a traceback."""
    import argparse

    try:
        return parse_database(value)
    except StoreError as error:
        raise argparse.ArgumentTypeError(str(error)) from error


def display(url: URL) -> str:
    """The URL as shown to users and written to settings: never with a password."""
    return url.set(drivername="postgresql").render_as_string(hide_password=True).replace(":***@", "@")


def _hide_password(raw: str) -> str:
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1@", raw)
