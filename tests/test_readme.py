"""The README's layout section matches the tree: every package, top-level module and folder of
the repository is listed, and everything listed exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Folders of the repository that are not part of the project's layout (tools' caches, builds).
NOT_LAYOUT = {"build", "dist"}


def layout_paths() -> set[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Layout", 1)[1].split("\n## ", 1)[0]
    return {match.rstrip("/") for match in re.findall(r"^\| `([^`]+)`", section, re.M)}


def tree_paths() -> set[str]:
    package = ROOT / "regietafel"
    inside = {f"regietafel/{path.name}" for path in package.iterdir()
              if (path.is_dir() and not path.name.startswith("__"))
              or (path.suffix == ".py" and path.name != "__init__.py")}
    top = {path.name for path in ROOT.iterdir()
           if path.is_dir() and not path.name.startswith(".") and path.name not in NOT_LAYOUT | {"regietafel"}
           and not path.name.endswith(".egg-info")}
    return inside | top


def test_the_layout_section_lists_every_package_module_and_folder():
    listed = layout_paths()
    assert tree_paths() - listed == set(), "add these to the README's layout section"
    assert {path for path in listed if not (ROOT / path).exists()} == set(), "the README names paths that do not exist"
