"""From documents to a `Catalog`: validating each record, checking them against each other
and against the frozen editions, the content cache, and the run that returns a catalog or
every problem at once.
"""
