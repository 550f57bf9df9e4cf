"""Honours: what an honour (光荣榜) must agree on with its category in the vocabularies.

A category decides whether a good-person class (好人类别) is required or refused, which
subjects (个人、家庭、集体) it may honour, and whether its subjects are minors — who are
named only by name, school and grade, and only with a guardian's consent. An honour
under notice (公示中) needs someone to take objections: its category's or the county's.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..records.base import Record
from ..records.chronicle import Honor
from ..records.registers import Publisher, Vocabularies, notice_contact
from ..report import messages
from .entry import Entry, Findings


def _title(model: type[Record], key: str) -> str:
    return model.model_fields[key].title or key


def check_honor(entry: Entry, vocab: Vocabularies, report: Findings) -> None:
    """The honour of `entry` against its category: class, subject, and the rules for minors."""
    honor: Honor = entry.record
    if honor.category is None:
        return  # the category has its own error, and every rule below depends on it
    categories = {c.name: c for c in vocab.honor_categories}
    category = categories.get(honor.category)
    if category is None:
        hint = messages.vocab_hint(honor.category, list(categories))
        report.at(
            entry,
            ("category",),
            "unknown_vocab",
            value=honor.category,
            vocab=_title(Vocabularies, "honor_categories"),
            hint=hint,
        )
        return
    allowed = "、".join(vocab.good_classes)
    if not entry.knows("good_class"):
        pass  # its own error says what is wrong with it
    elif category.good_classes and honor.good_class is None:
        report.at(
            entry, ("category",), "good_class_missing", category=category.name, allowed=allowed
        )
    elif not category.good_classes and honor.good_class is not None:
        report.at(entry, ("good_class",), "good_class_not_allowed", category=category.name)
    elif honor.good_class is not None and honor.good_class not in vocab.good_classes:
        hint = messages.vocab_hint(honor.good_class, list(vocab.good_classes))
        report.at(
            entry,
            ("good_class",),
            "unknown_vocab",
            value=honor.good_class,
            vocab=_title(Vocabularies, "good_classes"),
            hint=hint,
        )
    if honor.subject not in category.subjects:
        report.at(
            entry,
            ("subject",),
            "subject_not_allowed",
            category=category.name,
            allowed="、".join(category.subjects),
        )
    if category.minor:
        if not honor.guardian_consent:
            report.at(entry, ("guardian_consent",), "minor_consent")
        for key in ("unit", "deeds"):
            if getattr(honor, key) is not None:
                report.at(entry, (key,), "minor_field", on_key=True, key=key)
        for key in ("school", "grade"):
            if getattr(honor, key) is None:
                title = _title(Honor, key)
                report.at(entry, (key,), "minor_needs", key=key, title=f"{title} {key}")


def check_notice_contacts(
    entries: Iterable[Entry], vocab: Vocabularies, publisher: Publisher, report: Findings
) -> None:
    """Every honour under notice resolves to an issuer and an objection contact
    (`registers.notice_contact`): else an error at its status, saying where to write one."""
    categories = {c.name: c for c in vocab.honor_categories}
    for entry in entries:
        honor: Honor = entry.record
        if entry.kind != "honor" or honor.draft or not entry.knows("status", "category"):
            continue
        if honor.status != "公示中" or honor.category not in categories:
            continue  # an unknown category has its own error
        if notice_contact(categories[honor.category], publisher) is None:
            report.at(entry, ("status",), "notice_no_contact", category=honor.category)
