"""Where the local cloud finds what it runs: the repository checkout around this package.

The local cloud executes the real Lambda entry points (`functions/`) and the real definitions
(`infra/statemachines/*.asl.json`, `infra/jobs.py`), which live beside `shared/`, not inside the
installed package: it runs from a source checkout (`pip install -e .`, what `make run` does).
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[3]
FUNCTIONS_DIR = REPO_ROOT / "functions"
EVENTS_DIR = REPO_ROOT / "events"


class NotASourceCheckout(RuntimeError):
    pass


def ensure_importable() -> Path:
    """Make `functions.*` and `infra.*` importable (the console script's cwd may be anywhere)."""
    if not (FUNCTIONS_DIR / "__init__.py").is_file() or not (REPO_ROOT / "infra" / "asl.py").is_file():
        raise NotASourceCheckout(
            f"the local cloud runs the entry points in functions/ and the definitions in infra/ of a source "
            f"checkout; none found at {REPO_ROOT} (install with `pip install -e .` from the repository)"
        )
    root = str(REPO_ROOT)
    if root not in sys.path:
        sys.path.insert(0, root)
    return REPO_ROOT
