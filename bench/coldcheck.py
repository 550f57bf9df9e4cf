"""Benchmark child: one `wenming check` in this fresh process, split into its phases.

    python bench/coldcheck.py CONTENT [--no-cache]      # run from the folder to check in

`bench/run.py` runs this as a child process, as an editor runs `wenming check`: it
loads the command line as `generator/__main__.py` does (the start-up: Python's own, the
imports, building the models), then runs the very `check` command, with `check_content`
told to add up its phases and the content cache's loading timed. It prints one JSON
object: wall seconds since this process started for `startup_s`; of each phase
(`reading_s`, `validation_s`, `cross-checks_s`, `cache_save_s`, `cache_load_s`, and
`other_s`: the rest of the command, each file's bookkeeping and the report); CPU
seconds at the end of start-up and of the command (`startup_cpu_s`, `cpu_s`); and the
wall seconds since the start when it is done (`done_s`): what the parent measures
beyond that is the interpreter's exit.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def since_start() -> float:
    """Wall seconds since this process was created (Linux: its start time in /proc)."""
    ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
    boot = float(Path("/proc/uptime").read_text().split()[0])
    return boot - ticks / os.sysconf("SC_CLK_TCK")


def main() -> None:
    from generator.__main__ import load

    main = load()  # the start-up `wenming check` pays, as `generator.__main__.run` pays it

    startup_cpu, startup = cpu(), since_start()  # the start is known to 10 ms (clock ticks)
    phases: dict[str, float] = {}
    loading: dict[str, float] = {}
    names = vars(sys.modules["generator.cli"])  # what the command calls, replaced by timed ones
    real_check, real_cache = names["check_content"], names["ContentCache"]

    def check_content(*args: Any, **kwargs: Any) -> Any:
        return real_check(*args, **kwargs, phases=phases)

    def for_content(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        found = real_cache.for_content(*args, **kwargs)
        loading["cache_load_s"] = time.perf_counter() - started
        return found

    names["check_content"] = check_content
    names["ContentCache"] = type("ContentCache", (real_cache,), {"for_content": for_content})
    out = sys.stdout
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115  # the report itself
    started = time.perf_counter()
    try:
        main(["check", *sys.argv[1:]], standalone_mode=False, obj=names["PROGRAM"])
    finally:
        sys.stdout.close()
        sys.stdout = out
        gc.freeze()  # as `run` does on the way out
    command = time.perf_counter() - started
    figures = {"startup_s": startup, "startup_cpu_s": startup_cpu, "cpu_s": cpu()}
    figures["done_s"] = since_start()
    renamed = {"cache": "cache_save"}  # check_content's last phase writes the cache
    figures |= {f"{renamed.get(name, name)}_s": s for name, s in phases.items()} | loading
    # The rest of the command: each file's bookkeeping between the phases (its entry, its
    # tally), the command line's own steps and the report.
    figures["other_s"] = command - sum(phases.values()) - sum(loading.values())
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
