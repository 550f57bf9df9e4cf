"""The residents' correction channel (纠错): an e-mail already written, or a phone to call.

A resident who finds a record wrong has no account in the repository, so `edit_url`
(theme/main.html) is of no use to them. Every record on the site offers instead a
`mailto:` link to the county's public address (`publisher.yml` `email`) whose subject
names the record and whose body carries its id and its page address, so the editor who
reads the mail finds the file at once; the county's public phone (`phone`) is given
beside it. Without either in `publisher.yml` no page offers the channel.

The link is built here from checked values (the address by `parsers.parse_email`, the
phone by `parse_phone`) and percent-encoded as RFC 6068 asks, so record text (a name, a
title) can sit in the subject without ending the URL or adding a header.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from ..records.registers import Publisher
from .footer import footer

SUBJECT = "纠错：{what}"
BODY = "记录：{what}{id}\n页面：{address}\n\n需要更正的内容：\n"
NUMBERED = "（编号 {id}）"


@dataclass(frozen=True)
class Contact:
    """Where residents report a mistake; both empty when the county published neither."""

    email: str = ""
    phone: str = ""
    """As shown: `0910-0000000`."""
    phone_href: str = ""
    base_url: str = ""
    """The site's address ending in "/" (files.outputs.base_url); "" writes page paths."""

    def __bool__(self) -> bool:
        return bool(self.email or self.phone)

    def address(self, place: str) -> str:
        """A record's place (`sites/x/#s-y`) as a resident would copy it."""
        return self.base_url + place if self.base_url else "/" + place

    def mailto(self, what: str, record_id: str, place: str) -> str:
        """A `mailto:` link with the record and its address filled in; "" without an e-mail.
        `place` is where the record is listed (urls.activity_url …), whichever page links
        to it; `record_id` "" for a page of many records (a month's activities)."""
        if not self.email:
            return ""
        subject = SUBJECT.format(what=what)
        numbered = NUMBERED.format(id=record_id) if record_id else ""
        body = BODY.format(what=what, id=numbered, address=self.address(place))
        # CRLF is the line break RFC 6068 asks for in a body; quote(safe="") leaves no
        # "&", "?" or "#" of the record's text to end the field or the URL.
        body = body.replace("\n", "\r\n")
        return (
            f"mailto:{quote(self.email, safe='@')}"
            f"?subject={quote(subject, safe='')}&body={quote(body, safe='')}"
        )


NO_CONTACT = Contact()
"""No channel: the pages of a county that published neither e-mail nor phone."""


def contact(publisher: Publisher, base_url: str = "") -> Contact:
    """The channel `publisher.yml` offers: its public e-mail and phone, written as the
    footer writes them (footer.py)."""
    shown = footer(publisher)
    return Contact(
        email=shown.get("email", ""),
        phone=shown.get("phone", ""),
        phone_href=shown.get("phone_href", ""),
        base_url=base_url,
    )
