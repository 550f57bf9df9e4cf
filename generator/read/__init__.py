"""From files to documents: encodings, editors' slips, the YAML readers, and loading one
file into positioned data. Nothing here knows what a record means.
"""
