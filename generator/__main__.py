"""`python -m generator` runs the same command line as `wenming`."""

from .cli import main

main()
