"""The footer's texts and links from publisher.yml (site/footer.py)."""

from __future__ import annotations

from generator.records.registers import Publisher
from generator.site.footer import footer


def test_an_empty_publisher_shows_no_footer_line() -> None:
    assert footer(Publisher(name="某县新时代文明实践网")) == {}


def test_every_value_with_its_link() -> None:
    shown = footer(
        Publisher(
            name="某县新时代文明实践网",
            sponsor="中共某县委宣传部",
            phone="0910-3321000",
            email="wenming@county.test",
            icp="陕ICP备12345678号-1",
            police="陕公网安备 61040202000123号",
            site_code="6104020001",
        )
    )
    assert shown["phone_href"] == "tel:+86-910-3321000"
    assert shown["email_href"] == "mailto:wenming@county.test"
    assert shown["icp_href"] == "https://beian.miit.gov.cn/"
    assert shown["police_href"].endswith("code=61040202000123")
    assert "organizer" not in shown and shown["site_code"] == "6104020001"
