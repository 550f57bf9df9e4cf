"""The practice map: its page, the drawn map, links to map apps, and the coordinate maths."""
