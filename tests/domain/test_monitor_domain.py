"""Locations, forecast, map geometry and colour scale: the pure rules of the monitor."""

from __future__ import annotations

import datetime as dt

from regietafel.domain.forecast import capacity_on, capacity_per_gemeente, capacity_series, forecast
from regietafel.domain.locations import (
    LocationSpan,
    counts_on,
    has_restriction,
    is_duurzaam,
    normalize_soort,
    normalize_status,
    validate,
)
from regietafel.domain.map_geometry import (
    bbox,
    feature_at,
    features_of_province,
    fit,
    label_point,
    load_layer,
)
from regietafel.domain.map_scale import (
    SEQUENTIAL,
    STATUS_COLOURS,
    STATUS_ORDER,
    classify,
    relative_luminance,
)

D = dt.date


def test_capacity_on_a_peildatum_from_overlapping_locations():
    locations = [
        LocationSpan("GM1", 300, D(2020, 1, 1), None),  # open-ended
        LocationSpan("GM1", 200, D(2023, 1, 1), D(2023, 6, 30)),  # overlaps the first in 2023-I
        LocationSpan("GM2", 150, D(2023, 4, 1), D(2024, 3, 31), status="in_voorbereiding"),  # counts from its start
        LocationSpan("GM2", 500, D(2016, 1, 1), D(2022, 12, 31), status="gesloten"),  # history only
        LocationSpan("GM3", 80, None, None, status="gesloten"),  # closed without end: never
    ]
    assert capacity_on(locations, D(2022, 6, 1)) == 300 + 500
    assert capacity_on(locations, D(2023, 3, 31)) == 300 + 200
    assert capacity_on(locations, D(2023, 4, 1)) == 300 + 200 + 150  # start day counts
    assert capacity_on(locations, D(2023, 6, 30)) == 650  # end day counts
    assert capacity_on(locations, D(2023, 7, 1)) == 450
    assert capacity_on(locations, D(2024, 4, 1)) == 300
    assert capacity_per_gemeente(locations, D(2023, 5, 1)) == {"GM1": 500, "GM2": 150}
    series = capacity_series(locations, D(2022, 1, 1), D(2024, 12, 31))
    for day, value in series:  # the sweep agrees with the direct sum on every step
        assert capacity_on(locations, day) == value, day
    assert series[0] == (D(2022, 1, 1), 800)
    assert series[-1] == (D(2024, 12, 31), 300)


def test_a_closing_location_lowers_the_forecast():
    open_ended = [LocationSpan("GM1", 400, D(2020, 1, 1)), LocationSpan("GM2", 100, D(2020, 1, 1))]
    targets = {"GM1": 350, "GM2": 120}
    before = forecast(open_ended, targets, deadline=D(2024, 1, 1), reference=D(2023, 7, 1))
    assert before.at_deadline == 500 and before.makes_it
    assert [r.code for r in before.short] == ["GM2"]
    closing = [LocationSpan("GM1", 400, D(2020, 1, 1), D(2023, 10, 31)), open_ended[1]]
    after = forecast(closing, targets, deadline=D(2024, 1, 1), reference=D(2023, 7, 1))
    assert after.now == 500 and after.at_deadline == 100
    assert not after.makes_it and after.gap == 370
    assert [r.code for r in after.short] == ["GM1", "GM2"]
    opening = closing + [LocationSpan("GM1", 450, D(2023, 12, 1), status="in_voorbereiding")]
    assert forecast(opening, targets, D(2024, 1, 1), D(2023, 7, 1)).at_deadline == 550


def test_duurzaam_restriction_and_validation():
    assert is_duurzaam(101, D(2020, 1, 1), None)
    assert not is_duurzaam(100, D(2020, 1, 1), None)  # more than 100 places
    assert not is_duurzaam(500, D(2020, 1, 1), D(2025, 1, 1))  # exactly 5 years is not more
    assert is_duurzaam(500, D(2020, 1, 1), D(2025, 1, 2))
    assert has_restriction("alleen gezinnen") and not has_restriction("") and not has_restriction("geen")
    assert normalize_soort("AZC") == "regulier_azc" and normalize_soort("CNO") == "crisisnoodopvang"
    assert normalize_soort("Oekraïne") == "goo_oekraine" and normalize_status("Gepland") == "in_voorbereiding"
    problems = validate(-1, 5, D(2024, 1, 1), D(2023, 1, 1))
    assert {p.field for p in problems if p.blocking} == {"capaciteit", "einddatum"}
    warning = validate(10, 12, None, None)
    assert [(p.field, p.blocking) for p in warning] == [("bezetting", False)]
    assert not counts_on(LocationSpan("GM1", 10, D(2024, 1, 1)), D(2023, 12, 31))


def test_geometry_loads_once_and_hit_tests_every_gemeente():
    gemeenten = load_layer("gemeenten")
    assert load_layer("gemeenten") is gemeenten  # cached
    assert len(gemeenten) == 342
    assert len(load_layer("provincies")) == 12
    zuid = features_of_province("Zuid-Holland")
    assert len(zuid) == 50
    for feature in zuid:
        x, y = label_point(feature)
        assert feature_at(zuid, x, y) is feature, feature.naam
    box = bbox(zuid)
    placement = fit(box, 400, 300, margin=10)
    for corner in ((box[0], box[1]), (box[2], box[3])):
        sx, sy = placement.to_screen(*corner)
        assert -0.01 <= sx <= 400.01 and -0.01 <= sy <= 300.01
        back = placement.to_world(sx, sy)
        assert abs(back[0] - corner[0]) < 1e-9 and abs(back[1] - corner[1]) < 1e-9
    assert feature_at(zuid, box[0] - 5, box[1] - 5) is None


def test_map_colours_follow_the_data_and_read_in_black_and_white():
    result = classify({"A": 10.0, "B": 60.0, "C": 100.0, "D": None}, "percentage")
    assert result.colours == {"A": SEQUENTIAL[0], "B": SEQUENTIAL[2], "C": SEQUENTIAL[4]}
    assert result.colour("D") == "#ffffff"
    more = classify({"A": 80.0}, "percentage")
    assert more.colour("A") == SEQUENTIAL[3]  # changes with the value
    gaps = classify({"A": 0, "B": -20, "C": 1000, "D": 150}, "gap")
    assert gaps.colour("A") == gaps.colour("B") == SEQUENTIAL[0]
    assert gaps.colour("C") == SEQUENTIAL[4]
    luminances = [relative_luminance(c) for c in SEQUENTIAL]
    assert luminances == sorted(luminances, reverse=True)  # strictly lighter to darker
    status = [relative_luminance(STATUS_COLOURS[s]) for s in STATUS_ORDER]
    assert status[0] - status[1] > 0.15 and status[1] - status[2] > 0.15  # distinct in grey
    assert [e.label for e in classify({}, "status").legend][:3] == ["op koers", "achter", "ver achter"]
    assert [e.label for e in classify({}, "status", "en").legend][:3] == ["on track", "behind", "far behind"]
