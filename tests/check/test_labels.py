"""Labels: a `loc` followed through the record models to its field and its report label."""

from __future__ import annotations

from generator.check.labels import field_info, label_of, nested_model, owner_of, subfields
from generator.records.network import Location, Rating, Room, Service, Site


def test_a_nested_model_is_found_through_optionals_and_lists() -> None:
    assert nested_model(Site.model_fields["location"].annotation) is Location
    assert nested_model(Site.model_fields["rooms"].annotation) is Room
    assert nested_model(Site.model_fields["name"].annotation) is None


def test_a_loc_leads_through_nested_models_and_skips_list_indexes() -> None:
    info = field_info(Service, ("ratings", 0, "rated"))
    assert info is Rating.model_fields["rated"]
    assert field_info(Site, ("location", "nowhere")) is None


def test_the_label_is_the_dotted_keys_with_the_title_of_the_last() -> None:
    assert label_of(Site, ("location", "lat")) == ("location.lat（纬度）", "纬度")
    assert label_of(Site, ("rooms", 1, "name")) == ("rooms.name（名称）", "名称")
    assert label_of(Site, ()) == ("", "内容")
    label, title = label_of(Site, ("nowhere",))
    assert title == "nowhere" and "nowhere" in label


def test_the_owner_of_a_loc_is_the_model_whose_fields_live_there() -> None:
    assert owner_of(Site, ()) is Site
    assert owner_of(Site, ("location",)) is Location
    assert owner_of(Site, ("name",)) is None
    assert subfields(Site, ("location",)) == "datum、lng、lat"
    assert subfields(Site, ()) == ""
