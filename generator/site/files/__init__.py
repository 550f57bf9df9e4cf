"""The site's files that are not pages: feeds, open data, redirects, and the table of them."""
