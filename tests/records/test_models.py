"""The record models (base, network, chronicle, registers) and the registry of kinds.

Each model module holds its own cross-field checks (a swapped coordinate, a region code of
the wrong length, a notice that ends before it starts); the registry names every model.
"""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from generator.records import base, chronicle, network, registers
from generator.records.kinds import FOLDERS, MODELS, RECORD_TYPES, SINGLES
from generator.report import messages


def kinds_of(model: type[base.Record], data: dict[str, Any]) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        model.model_validate(data)
    found = [e["type"] for e in caught.value.errors()]
    assert all(kind in messages.MESSAGES for kind in found), found
    return found


def test_every_record_refuses_unknown_fields_and_is_frozen() -> None:
    for model in MODELS.values():
        assert issubclass(model, base.Record)
        assert model.model_config.get("extra") == "forbid"
        assert model.model_config.get("frozen") is True


def test_the_registry_names_each_folder_kind_once() -> None:
    assert set(RECORD_TYPES) | {"edition"} == set(FOLDERS.values())
    assert RECORD_TYPES["site"] is network.Site
    assert RECORD_TYPES["honor"] is chronicle.Honor
    assert MODELS["edition"] is registers.Edition
    assert SINGLES["vocabularies.yml"] is registers.Vocabularies


def test_a_location_outside_china_or_swapped_is_refused() -> None:
    ok = network.Location.model_validate({"datum": "gcj02", "lng": "108.7", "lat": "34.3"})
    assert (ok.lng, ok.lat) == (108.7, 34.3)
    swapped = {"datum": "gcj02", "lng": "34.3", "lat": "108.7"}
    assert kinds_of(network.Location, swapped) == ["wm_latlng_swapped"]
    far = {"datum": "wgs84", "lng": "2.35", "lat": "48.85"}
    assert kinds_of(network.Location, far) == ["wm_outside_china"]


def test_a_rating_cannot_have_more_satisfied_than_rated() -> None:
    data = {"quarter": "2026-Q3", "orders": "10", "rated": "5", "satisfied": "6"}
    assert kinds_of(network.Rating, data) == ["wm_rating_order"]


def test_a_region_code_has_six_nine_or_twelve_digits() -> None:
    assert registers.Region.model_validate({"code": "610402", "name": "秦都区"}).parent is None
    assert kinds_of(registers.Region, {"code": "61040", "name": "秦都区"}) == ["wm_region_code"]


def test_a_notice_ends_on_or_after_its_start() -> None:
    assert chronicle.Notice.model_validate({"start": "2026-07-01", "end": "2026-07-01"})
    reversed_ = {"start": "2026-07-10", "end": "2026-07-01"}
    assert kinds_of(chronicle.Notice, reversed_) == ["wm_range_reversed"]


def test_private_is_shared_and_never_required() -> None:
    assert base.Private.model_validate({}).phone is None
    for model in (network.Site, network.Team, network.Service, chronicle.Honor):
        info = model.model_fields["private"]
        assert info.annotation == base.Private | None
        assert info.description == base.PRIVATE_DESCRIPTION


def test_an_honour_category_allows_every_subject_by_default() -> None:
    category = registers.HonorCategory.model_validate({"name": "最美家庭"})
    assert tuple(category.subjects) == registers.SUBJECTS == ("个人", "家庭", "集体")
