"""Search: the text each page gives the index, the jieba word list, Material's worker
fix, and the Pagefind backend.
"""
