"""From files to documents: walking the content tree to its record files, encodings,
editors' slips, the YAML readers, and loading one file into positioned data. Nothing here
knows what a record says: only where each kind of record is filed.
"""
