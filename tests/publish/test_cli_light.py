"""`wenming check` runs with only the pre-commit hook's packages: pydantic, pyyaml, click.

The hook (.pre-commit-config.yaml) installs no more than those, so the command line must
import the site's code (jinja2, rjieba), `wenming new`'s pinyin and mkdocs only in the
commands that use them. tests/test_precommit.py runs the real hook; this is the fast check.
"""

from __future__ import annotations

import subprocess
import sys

from testpaths import MINIMAL, REPO

ABSENT = ("jinja2", "markupsafe", "rjieba", "jieba", "pypinyin", "mkdocs", "material")
PROGRAM = f"""
import sys
class Absent:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {ABSENT!r}:
            raise ModuleNotFoundError(f"No module named {{name!r}}")
sys.meta_path.insert(0, Absent())
from generator.cli import main
main(["check", "--no-cache", sys.argv[1]])
"""


def test_check_imports_nothing_the_hook_does_not_install() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM, str(MINIMAL)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("检查通过：")
