"""Guide forms: the editors' guide page on the form editor at /admin/ (what to click).

The form editor itself is written by publish/adminfiles.py when mkdocs.yml turns it on;
this page is part of the guide either way, so an editor can read what it offers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from .pages import Link, Page
from .urls import GUIDE_URL

FORMS_URL = f"{GUIDE_URL}forms/"


@dataclass(frozen=True)
class GuideFormsPage(Page):
    template: ClassVar[str] = "guide_forms.html"
    index: Link


def forms_page() -> GuideFormsPage:
    """The page `guide/forms/`."""
    return GuideFormsPage(
        url=FORMS_URL, title="编辑指南：用表单编辑", index=Link("编辑指南", GUIDE_URL)
    )
