"""The `wenming` program (and `python -m generator`): the command line in a process of its own.

The command line itself is `cli.main`, which the tests call in their own process. Here it
runs as a whole program, so the cycle collector can be spared work that finds nothing:
while the imports build the models (objects that live as long as the process), and on
the way out, when everything the command made is freed with the process anyway — after
a county's `check` that last walk over the records took 0.1 s.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import click


def load() -> click.Group:
    """The command line, imported with the collector paused and its objects frozen after."""
    gc.disable()
    from .cli import main

    gc.freeze()  # the modules and models: alive until the end, never to be walked again
    gc.enable()
    return main


def run() -> None:
    """`wenming`: import the command line, run it, and exit without a last collection."""
    main = load()
    from .cli import PROGRAM  # loaded by now

    try:
        main(obj=PROGRAM)
    finally:
        gc.freeze()


if __name__ == "__main__":
    run()
