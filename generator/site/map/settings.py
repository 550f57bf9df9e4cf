"""The map's settings: the wenming plugin's map options in mkdocs.yml, read and checked.

One reader for every engine adapter: the MkDocs plugin passes its config, `wenming
export` and the benchmark the plugin's table from mkdocs.yml.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ...check.circles import WALK_RADIUS_M
from ...report.messages import say

TILE_DATUMS = ("wgs84", "gcj02")


@dataclass(frozen=True)
class MapOptions:
    """The plugin's map settings (mkdocs.yml), checked by `problems_of`."""

    walk_radius: float = WALK_RADIUS_M
    tiles: str = ""
    """Empty (the default): no tiles, no request to any other host."""
    tile_subdomains: str = "abc"
    tiles_datum: str = "wgs84"
    attribution: str = ""


def map_options(options: Mapping[str, Any]) -> MapOptions:
    """The map settings among the wenming plugin's options (mkdocs.yml), defaults for the rest."""
    names = {
        "walk_radius": "walk_radius",
        "map_tiles": "tiles",
        "map_tile_subdomains": "tile_subdomains",
        "map_tiles_datum": "tiles_datum",
        "map_attribution": "attribution",
    }
    given = {field: options[key] for key, field in names.items() if key in options}
    if "walk_radius" in given:
        given["walk_radius"] = float(given["walk_radius"])
    return MapOptions(**given)


def problems_of(options: MapOptions) -> list[str]:
    """What is wrong with the settings, one Chinese sentence each (report/messages.py)."""
    out = []
    if not 100 <= options.walk_radius <= 5000:
        out.append(say("map_walk_radius", value=options.walk_radius))
    if options.tiles:
        if not options.tiles.startswith("https://"):
            out.append(say("map_tiles_https"))
        missing = [p for p in ("{x}", "{y}", "{z}") if p not in options.tiles]
        if missing:
            out.append(say("map_tiles_placeholders", missing="、".join(missing)))
        if "{s}" in options.tiles and not options.tile_subdomains:
            out.append(say("map_tiles_subdomains"))
    if options.tiles_datum not in TILE_DATUMS:
        out.append(say("map_tiles_datum", value=options.tiles_datum))
    return out
