"""Formats: how record values are written on the site — dates, paragraphs, links, phones.

Page assembly and the templates (as the renderer's filters) use the same helpers, so a
date or a paragraph reads the same wherever it appears. Numbers have their own module,
numbers.py.
"""

from __future__ import annotations

import re
from datetime import date

from ..records.chronicle import Activity

_BLANK_LINES = re.compile(r"\n\s*\n")
_LANDLINE = re.compile(r"^0(\d{2,3})-(\d{7,8})(?:-(\d{1,5}))?$")
# A public phone written inside free text (an order method's 说明): the forms
# `fields.parse_phone` accepts, a landline, a 400 number or a 12xxx government hotline,
# standing on its own (not part of a longer run of digits).
_PHONE_IN_TEXT = re.compile(
    r"(?<![\d-])(?:0\d{2,3}-\d{7,8}(?:-\d{1,5})?|400-\d{3}-\d{4}|12\d{3})(?![\d-])"
)


def cn_date(day: date) -> str:
    """`2026-07-15` → `2026年7月15日`."""
    return f"{day.year}年{day.month}月{day.day}日"


def cn_day(day: date) -> str:
    """`2026-07-15` → `7月15日`, for lists whose page already names the year."""
    return f"{day.month}月{day.day}日"


_WEEKDAYS = "一二三四五六日"


def cn_when(activity: Activity) -> str:
    """When an announced activity happens, as a notice writes it:
    `2026年12月12日（星期六）19:30—21:00`, `2026年12月20日至12月22日`, `…至12月22日 每天 09:00—11:00`, the day alone when
    no time is given (a whole-day activity)."""
    day = activity.date
    text = f"{cn_date(day)}（星期{_WEEKDAYS[day.weekday()]}）"
    if activity.end_date and activity.end_date != day:
        last = activity.end_date
        text += f"至{cn_day(last) if last.year == day.year else cn_date(last)}"
    if activity.start_time:
        several = activity.end_date and activity.end_date != day
        text += f"{' 每天 ' if several else ' '}{activity.start_time:%H:%M}"
        if activity.end_time:
            text += f"—{activity.end_time:%H:%M}"
    return text


def paragraphs(text: str) -> list[str]:
    """The one paragraph rule of the site, for every free text (bulletins, deeds, feeds).

    Editors separate paragraphs with an empty line (one holding only spaces counts);
    single line breaks are kept as spaces.
    """
    return [" ".join(p.split("\n")).strip() for p in _BLANK_LINES.split(text) if p.strip()]


def safe_href(url: str) -> str:
    """An external link is allowed only as https://; anything else becomes no link at all."""
    return url if url.startswith("https://") else ""


def tel_url(phone: str) -> str:
    """A checked public phone (`fields.parse_phone`) as a `tel:` link, RFC 3966.

    A landline is dialled in the global form, +86 and the area code without its 0,
    the form every phone dials from anywhere: `029-33210001-8001` →
    `tel:+86-29-33210001;ext=8001` (a dialler that does not know `;ext=` still dials the
    number, and the page shows the extension beside it). A hotline (12345) or a 400
    number has no global form and stays as it is dialled in China.
    """
    landline = _LANDLINE.match(phone)
    if landline is None:
        return f"tel:{phone}"
    area, number, extension = landline.groups()
    return f"tel:+86-{area}-{number}" + (f";ext={extension}" if extension else "")


def phone_text(phone: str) -> str:
    """How a phone is shown: `029-33210001-8001` → `029-33210001 转 8001`."""
    landline = _LANDLINE.match(phone)
    if landline is None or landline.group(3) is None:
        return phone
    return f"{phone.rsplit('-', 1)[0]} 转 {landline.group(3)}"


def phone_parts(text: str) -> list[tuple[str, str]]:
    """Free text cut around the public phones it names, so each number can be tapped.

    `拨打所里 029-33210001` → `[("拨打所里 ", ""), ("029-33210001", "tel:+86-29-33210001")]`:
    each part is (text, href), the href empty for plain text. The template prints every
    part escaped; only the href, built here from digits, is new.
    """
    parts: list[tuple[str, str]] = []
    start = 0
    for found in _PHONE_IN_TEXT.finditer(text):
        if found.start() > start:
            parts.append((text[start : found.start()], ""))
        parts.append((phone_text(found.group()), tel_url(found.group())))
        start = found.end()
    if start < len(text) or not parts:
        parts.append((text[start:], ""))
    return parts
