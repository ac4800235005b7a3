"""Shared fixtures: headless Qt, Dutch translations, stores built by the real migrations."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Settings, default database and backups of every test (and of the CLI processes the tests
# start) stay in a throw-away folder, never in the developer's real user folders.
import tempfile  # noqa: E402

_sandbox = tempfile.mkdtemp(prefix="regietafel-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_sandbox, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_sandbox, "data")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from regietafel.store.database import open_store  # noqa: E402


@pytest.fixture(scope="session")
def qapp_args():
    return ["regietafel-tests"]


@pytest.fixture(scope="session", autouse=True)
def _dutch(qapp):
    """The one session-wide QApplication, speaking Dutch like the real application."""
    from regietafel.gui.app import create_application
    from regietafel.gui.i18n import install_translators

    create_application()
    install_translators(qapp, "nl")
    yield


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory) -> Path:
    """A database migrated and seeded once; tests get copies (fast, and identical)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    store = open_store(path)
    store.close()
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    from regietafel.commands.demo import run

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    run(path)
    return path


def _copy_sqlite(source: Path, target: Path) -> Path:
    import sqlite3

    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    src.backup(dst)
    dst.close()
    src.close()
    return target


@pytest.fixture
def store(seeded_template, tmp_path):
    opened = open_store(_copy_sqlite(seeded_template, tmp_path / "test.sqlite"))
    yield opened
    opened.close()


@pytest.fixture
def demo_store(demo_template, tmp_path):
    opened = open_store(_copy_sqlite(demo_template, tmp_path / "demo.sqlite"))
    yield opened
    opened.close()


@pytest.fixture
def app_settings(tmp_path):
    from regietafel.gui.settings import AppSettings
    from regietafel.preferences import Preferences

    return AppSettings(Preferences.load(tmp_path / "preferences.json"))


@pytest.fixture(autouse=True)
def _back_to_dutch(qapp):
    """A test that switched the language (e.g. ``regietafel --lang en ...``) hands Dutch back."""
    yield
    from regietafel.domain.language import get_language

    if get_language() != "nl":
        from regietafel.gui.i18n import install_translators

        install_translators(qapp, "nl")


def pytest_sessionstart(session):
    """In CI every system program a test needs must be there: fail at once, never skip."""
    from tests import system_tools

    absent = system_tools.missing(*system_tools.TOOLS)
    if system_tools.REQUIRED and absent:
        packages = sorted({system_tools.TOOLS[tool] for tool in absent})
        pytest.exit(f"missing system programs: {', '.join(absent)} (install {' '.join(packages)})", returncode=3)
