"""wenming: a county's 新时代文明实践 records (YAML) in, a fast searchable Chinese website out.

The data flows one way: load → validate → cross-check → page models → render → MkDocs.
"""

__version__ = "0.1.0"
