"""Where things are in the repository, independent of the current directory."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = REPO_ROOT / "shared"
FUNCTIONS_DIR = REPO_ROOT / "functions"
STATEMACHINES_DIR = Path(__file__).resolve().parent / "statemachines"
PIPELINE_ASL = STATEMACHINES_DIR / "pipeline.asl.json"


@cache
def core_dependencies() -> tuple[str, ...]:
    """The project's core runtime requirements: what the shared layer must carry.

    Read from pyproject.toml so the layer and `pip install .` can never disagree.
    """
    with (REPO_ROOT / "pyproject.toml").open("rb") as fh:
        return tuple(tomllib.load(fh)["project"]["dependencies"])
