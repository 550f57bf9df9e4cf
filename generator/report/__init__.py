"""What the package says to people: every user-facing sentence (`messages`) and the
problem reports built from them (`problems`).
"""
