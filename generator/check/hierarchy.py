"""Hierarchy: the two trees of the county — regions by their codes, sites by their levels.

A region's parent must be a known code its own code extends (610402 → 610402001); a
site's parent must be of a level its own level may hang from (`vocabularies.yml`'s
`site_levels`), a top-level site has none, and no chain of parents comes back round.
"""

from __future__ import annotations

from typing import Any

from ..records.network import Site
from ..records.registers import RegionFile
from ..report import messages
from .entry import Entry, Findings


def check_regions(entry: Entry, report: Findings) -> None:
    """Codes unique, parents known, and a child's code starts with its parent's."""
    regions: RegionFile = entry.record
    codes: set[str] = set()
    for i, region in enumerate(regions.regions):
        if region.code in codes:
            report.at(entry, ("regions", i, "code"), "duplicate_code", value=region.code)
        codes.add(region.code)
    for i, region in enumerate(regions.regions):
        if region.parent is None:
            continue
        if region.parent not in codes:
            hint = messages.suggest(region.parent, codes)
            report.at(
                entry,
                ("regions", i, "parent"),
                "unknown_ref",
                what="上级区划",
                value=region.parent,
                hint=hint,
            )
        elif not region.code.startswith(region.parent) or len(region.code) <= len(region.parent):
            report.at(
                entry,
                ("regions", i, "code"),
                "region_prefix",
                value=region.code,
                parent=region.parent,
            )


def check_hierarchy(sites: dict[str, Entry], levels: dict[str, Any], report: Findings) -> None:
    """Each site's parent of an allowed level, present where its level needs one; no cycle."""
    for site_id, entry in sites.items():
        site: Site = entry.record
        level = levels.get(site.level)
        if level is None:
            continue  # already reported as an unknown level
        if not level.parents and site.parent is not None:
            report.at(entry, ("parent",), "top_has_parent", level=site.level)
        elif level.parents and site.parent is None:
            report.at(entry, ("parent",), "parent_missing", level=site.level)
        elif site.parent in sites:
            parent_level = sites[site.parent].record.level
            # An unknown parent level is reported on the parent; don't echo it here.
            if parent_level in levels and parent_level not in level.parents:
                report.at(
                    entry,
                    ("parent",),
                    "parent_level",
                    level=site.level,
                    parent_level=parent_level,
                    allowed="、".join(level.parents),
                )
        chain = [site_id]
        current = site.parent
        while current in sites and current not in chain:
            chain.append(current)
            current = sites[current].record.parent
        if current == site_id:
            report.at(entry, ("parent",), "parent_cycle", chain=" → ".join([*chain, site_id]))
