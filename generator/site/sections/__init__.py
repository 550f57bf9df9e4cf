"""The site's sections, one module each: the page models of a section and how they are
assembled from the catalog. `resolve.Resolver` turns ids into the links and items they share.
"""
