"""The footer the law asks of a public site: who runs it, how to reach them, its filings.

主办单位 and 承办单位, the public phone and e-mail, the ICP filing number linked to the
MIIT filing system, the public-security filing number linked to its own query page
(with its icon served from the site itself, `theme/assets/gongan.svg`), and a 党政机关
site's 网站标识码. Every value comes from `publisher.yml` and has been checked
(records/parsers.py); what is empty is not shown. The theme prints the values escaped
(`theme/partials/copyright.html`); the links are built here from fixed https hosts.
"""

from __future__ import annotations

import re

from ..records.registers import Publisher
from .formats import phone_text, tel_url

ICP_SYSTEM = "https://beian.miit.gov.cn/"
POLICE_SYSTEM = "https://beian.mps.gov.cn/#/query/webSearch?code={digits}"


def footer(publisher: Publisher) -> dict[str, str]:
    """The footer's texts and links, keyed for the theme; empty values are left out."""
    shown: dict[str, str] = {}
    if publisher.sponsor:
        shown["sponsor"] = publisher.sponsor
    if publisher.organizer:
        shown["organizer"] = publisher.organizer
    if publisher.phone:
        shown["phone"] = phone_text(publisher.phone)
        shown["phone_href"] = tel_url(publisher.phone)
    if publisher.email:
        shown["email"] = publisher.email
        shown["email_href"] = f"mailto:{publisher.email}"
    if publisher.icp:
        shown["icp"] = publisher.icp
        shown["icp_href"] = ICP_SYSTEM
    if publisher.police:
        shown["police"] = publisher.police
        digits = "".join(re.findall(r"\d", publisher.police))
        shown["police_href"] = POLICE_SYSTEM.format(digits=digits)
    if publisher.site_code:
        shown["site_code"] = publisher.site_code
    return shown
