"""Putting the site out: edition readiness and writing, scaffolding, schemas, new records,
synthetic content, and building the site safely (output folder, swap, marker).
"""
