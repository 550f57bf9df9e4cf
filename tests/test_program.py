"""`wenming` as a program (`generator/__main__.py`): the command line, run in its own process.

The program spares the cycle collector two walks that find nothing: it freezes what the
imports made, and what is alive when the command ends, since the process ends with it.
"""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator import __main__ as program
from generator.cli import PROGRAM, main


def test_run_freezes_what_is_alive_on_the_way_out(monkeypatch: pytest.MonkeyPatch) -> None:
    def command(**_: object) -> None:  # the command line, as this test sees it: it ends the process
        gc.unfreeze()
        raise SystemExit(3)

    monkeypatch.setattr(program, "load", lambda: command)
    try:
        with pytest.raises(SystemExit) as stop:
            program.run()
        assert stop.value.code == 3
        assert gc.get_freeze_count() > 0  # frozen after the command, on the way out
    finally:
        gc.unfreeze()  # this test process goes on


def test_the_command_line_is_loaded_with_the_collector_on_after(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "argv", ["wenming", "--version"])
    try:
        with pytest.raises(SystemExit) as stop:
            program.run()
        assert stop.value.code == 0
        assert gc.isenabled()
    finally:
        gc.unfreeze()


def test_python_m_generator_is_the_program() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "generator", "--version"], capture_output=True, text=True
    )
    assert done.returncode == 0
    assert "wenming" in done.stdout


def test_check_does_not_import_the_other_commands_modules() -> None:
    """`wenming check` starts faster for the editor's form server, serve and publish left out."""
    code = (
        "import sys, generator.cli; "
        "print(sorted(m for m in sys.modules if m.startswith('generator.publish.') and "
        "m.rpartition('.')[2] in {'adminserve', 'adminfiles', 'cmsconfig', 'serving', "
        "'edition'}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_check_as_the_program_leaves_what_it_made_frozen(content: Path) -> None:
    """The process ends with the command: the collector is not let loose on the records."""
    gc.unfreeze()
    try:
        done = CliRunner().invoke(main, ["check", "--no-cache", str(content)], obj=PROGRAM)
        assert done.exit_code == 0, done.output
        assert gc.get_freeze_count() > 0
        assert gc.isenabled()
    finally:
        gc.unfreeze()


def test_check_in_a_process_that_goes_on_freezes_nothing(content: Path) -> None:
    gc.unfreeze()
    done = CliRunner().invoke(main, ["check", "--no-cache", str(content)])
    assert done.exit_code == 0, done.output
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()
