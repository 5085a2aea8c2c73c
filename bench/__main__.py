"""Run every benchmark: `make bench` (or `python -m bench [name ...]`).

Each benchmark is a module of this package with a `main(argv) -> int` that prints its figures,
writes them to bench/results/<name>.json and returns non-zero when it misses its target.
"""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def available() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules([str(HERE)]) if not m.name.startswith("_"))


def main(argv: list[str]) -> int:
    names = argv or available()
    failed = []
    for name in names:
        if name not in available():
            print(f"unknown benchmark {name!r}; choose from {available()}", file=sys.stderr)
            return 2
        print(f"\n=== {name} ===", flush=True)
        # one process per benchmark: each starts its own database and measures its own memory
        code = subprocess.call([sys.executable, "-m", f"bench.{name}"], cwd=HERE.parent)
        if code:
            failed.append(name)
    print("\nbenchmarks:", "all targets met" if not failed else f"targets missed in {failed}")
    return 1 if failed else 0


if __name__ == "__main__":
    importlib.invalidate_caches()
    sys.exit(main(sys.argv[1:]))
