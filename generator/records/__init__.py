"""What a record is: its fields, models and quarters, the registry of record kinds, the
rules between a record's fields, and what counts as personal. Imports nothing else of the package.
"""
