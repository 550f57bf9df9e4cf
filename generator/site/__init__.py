"""From a `Catalog` to the site's files, engine-free: URLs and page models, the pages of
each section, rendering, the map, the feeds and open data, search text. `build` is the
one entry point.
"""
