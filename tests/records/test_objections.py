"""受理异议: the objection contact in publisher.yml and a category's own issuer and contact."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from generator.records.registers import HonorCategory, Objections, Publisher, notice_contact

COUNTY = {"unit": "某某县文明办", "phone": "0910-1234567", "email": "wmb@example.org"}


def publisher(**more: Any) -> Publisher:
    return Publisher.model_validate({"name": "某某县新时代文明实践网", **more})


def test_the_contact_parses_phone_and_email_with_the_common_parsers() -> None:
    contact = Objections.model_validate(
        {"unit": "某某县文明办", "phone": "０９１０-１２３４５６７", "email": " WMB@Example.org "}
    )
    assert contact.phone == "0910-1234567"  # full-width digits are read as digits
    assert contact.email == "WMB@Example.org"  # trimmed, spelled as written


@pytest.mark.parametrize(
    "data",
    [
        {"phone": "0910-1234567"},  # no unit
        {"unit": "某某县文明办"},  # no phone
        {"unit": "某某县文明办", "phone": "13812345678"},  # a personal mobile
        {"unit": "某某县文明办", "phone": "0910-1234567", "email": "not-an-address"},
    ],
)
def test_a_contact_without_unit_or_phone_or_with_a_bad_one_is_refused(
    data: dict[str, str],
) -> None:
    with pytest.raises(ValidationError):
        Objections.model_validate(data)


def test_the_county_contact_is_the_default_and_its_unit_the_issuer() -> None:
    county = publisher(objections=COUNTY)
    plain = HonorCategory(name="文明市民")
    resolved = notice_contact(plain, county)
    assert resolved is not None
    issuer, contact = resolved
    assert issuer == "某某县文明办" and contact.phone == "0910-1234567"


def test_a_category_overrides_issuer_and_contact() -> None:
    own = HonorCategory.model_validate(
        {
            "name": "最美职工",
            "issuer": "某某县总工会",
            "objections": {"unit": "某某县总工会办公室", "phone": "0910-7654321"},
        }
    )
    resolved = notice_contact(own, publisher(objections=COUNTY))
    assert resolved is not None
    assert resolved[0] == "某某县总工会" and resolved[1].unit == "某某县总工会办公室"
    issuer_only = HonorCategory(name="好婆婆", issuer="某某县妇联")
    resolved = notice_contact(issuer_only, publisher(objections=COUNTY))
    assert (
        resolved is not None and resolved[0] == "某某县妇联" and resolved[1].unit == "某某县文明办"
    )


def test_no_contact_anywhere_resolves_to_none() -> None:
    assert notice_contact(HonorCategory(name="文明市民"), publisher()) is None
    assert notice_contact(None, publisher()) is None
