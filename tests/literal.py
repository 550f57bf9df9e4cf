"""Checks that record text reached HTML as literal text: no tag, attribute or link from it."""

from __future__ import annotations

from html.parser import HTMLParser

from site_fixture import HOSTILE_LINE


class Collect(HTMLParser):
    """Every start tag with its attributes, and all text, of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> Collect:
    collect = Collect()
    collect.feed(html)
    collect.close()
    return collect


def assert_literal(html: str) -> int:
    """No injected element, attribute, link or template result; returns how often the text is there."""
    found = parse(html)
    tags = [tag for tag, _ in found.tags]
    assert "script" not in tags
    assert "b" not in tags and "em" not in tags
    assert tags.count("h1") <= 1
    for tag, attrs in found.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        href = attrs.get("href") or ""
        assert not href.lower().startswith("javascript"), href
        if tag == "table":
            assert attrs.get("class") == "wm-table"
    text = "".join(found.text)
    # Every copy of the hostile text arrives whole: the script as text, the template unrun.
    assert text.count(HOSTILE_LINE) == text.count("{{ 7*7 }}") == text.count("alert(1)</script>")
    return text.count(HOSTILE_LINE)
