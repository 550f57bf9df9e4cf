"""Benchmark: each hostile input must fail `check` in under a second and 200 MB.

    python bench/hostile.py            # a table
    python bench/hostile.py --json     # the same figures as JSON

A script, not a test (timings depend on the machine). For every input of
`tests/hostile_inputs.py` it copies the minimal valid tree into a temporary folder,
writes the hostile files and runs `check_content` in a fresh child process. It prints:

- `check s`: wall time of `check_content` itself, measured inside the child;
- `process s`: the child's whole wall time (interpreter start and imports included);
- `peak MB`: the child's peak resident memory (`ru_maxrss` from `os.wait4`);
- the problem kinds found, and whether they are the expected ones.

The first row, `(clean tree)`, is the same child on the untouched tree: the floor
that every other row includes. Only the standard library and the project are used.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from hostile_inputs import Hostile, hostile_inputs  # noqa: E402

MINIMAL = REPO / "tests" / "fixtures" / "minimal"
TARGET_SECONDS = 1.0
TARGET_MB = 200

# Runs in the child: time check_content alone, report what it found as JSON on stdout.
CHILD = """
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from generator.check.content import check_content
start = time.perf_counter()
_, problems = check_content(Path(sys.argv[1]), "content")
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "kinds": sorted({p.kind for p in problems})}))
"""


def run_one(hostile: Hostile | None, work: Path) -> dict[str, Any]:
    """Write the tree for `hostile` (None: the clean tree) and measure one child on it."""
    root = work / (hostile.name if hostile else "clean")
    shutil.copytree(MINIMAL, root)
    for rel, data in (hostile.files if hostile else {}).items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    out = work / f"{root.name}.out"
    start = time.perf_counter()
    with out.open("wb") as sink:
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(root), str(REPO)],
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
        _, status, usage = os.wait4(child.pid, 0)
    process = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    text = out.read_text(encoding="utf-8", errors="replace")
    try:
        found = json.loads(text.strip().splitlines()[-1])
    except (ValueError, IndexError):
        found = {"seconds": float("nan"), "kinds": [f"crashed: {text[-300:]}"]}
    kinds = set(found["kinds"])
    expected = hostile.kinds if hostile else frozenset()
    right = (kinds <= expected and bool(kinds)) if hostile else not kinds
    peak_mb = usage.ru_maxrss / 1024  # kilobytes on Linux
    return {
        "input": hostile.name if hostile else "(clean tree)",
        "check_s": round(found["seconds"], 3),
        "process_s": round(process, 3),
        "peak_mb": round(peak_mb, 1),
        "kinds": sorted(kinds),
        "expected": right,
        "within": found["seconds"] < TARGET_SECONDS and peak_mb < TARGET_MB,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wenming-hostile-") as tmp:
        rows = [run_one(None, Path(tmp))]
        rows += [run_one(h, Path(tmp)) for h in hostile_inputs()]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        print(f"{'input':34} {'check s':>8} {'process s':>10} {'peak MB':>8}  ok  kinds")
        for r in rows:
            ok = "yes" if r["within"] and r["expected"] else "NO "
            print(
                f"{r['input']:34} {r['check_s']:8.3f} {r['process_s']:10.3f} "
                f"{r['peak_mb']:8.1f}  {ok} {', '.join(r['kinds'])}"
            )
        print(f"targets: check < {TARGET_SECONDS} s, peak < {TARGET_MB} MB, expected kinds only")
    return 0 if all(r["within"] and r["expected"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
