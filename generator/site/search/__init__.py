"""Search: the text each page gives the index, the records' names and the one segmenter
that keeps them whole (rjieba), Material's worker fix, and the Pagefind backend.
"""
