"""The PDF map and charts: reportlab Drawings that render and carry their labels."""

from __future__ import annotations

import datetime as dt

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Path, String

from regietafel.documents import pdf_charts_monitor as charts
from regietafel.documents.pdf_map import map_drawing
from regietafel.domain.map_scale import SEQUENTIAL
from regietafel.store import areas, monitor
from regietafel.store.overzicht import province_overview


def strings(drawing) -> list[str]:
    found = []
    for node in drawing.getContents():
        if isinstance(node, String):
            found.append(node.text)
        elif hasattr(node, "getContents"):
            found += strings(node)
    return found


def test_map_and_charts_render(demo_store, tmp_path):
    with demo_store.transaction() as session:
        zh = areas.find_province(session, "Zuid-Holland").id
        overview = province_overview(session, zh, "2023-II")
        forecast = monitor.province_forecast(session, zh, "2023-II", today=dt.date(2030, 1, 1))
        months = monitor.realisation_over_time(session, zh)
        trend = monitor.achterstand_trend(session, zh)
        national = monitor.province_values(session, "2023-II", "opvang", "percentage")
    drawing = map_drawing(overview, "percentage", 400, 300, "opvang", "Zuid-Holland", title="Opvang")
    paths = [n for n in drawing.getContents() if isinstance(n, Path)]
    assert len(paths) == 50
    assert {p.fillColor.hexval().lower().replace("0x", "#") for p in paths} <= set(SEQUENTIAL) | {"#ffffff"}
    assert "Opvang" in strings(drawing)
    values = {"GM0599": 10.0}
    single = map_drawing(values, "percentage", 200, 150)
    assert len([n for n in single.getContents() if isinstance(n, Path)]) == 1
    drawings = [
        drawing, single, map_drawing(national, "percentage", 300, 300, layer="provincies"),
        charts.bars_drawing(charts.overview_bar_rows(overview, "opvang"), 400, 260, "Opvang"),
        charts.realisation_drawing(months, 400, 220, "Huisvesting"),
        charts.trend_drawing(trend, 400, 220, "Achterstand"),
        charts.forecast_drawing(forecast, 400, 220, "Prognose"),
        charts.realisation_drawing([], 400, 220, "Leeg"),
    ]
    for index, item in enumerate(drawings):
        assert isinstance(item, Drawing)
        target = tmp_path / f"d{index}.pdf"
        renderPDF.drawToFile(item, str(target))
        assert target.read_bytes().startswith(b"%PDF")
    legend = next(n for n in drawings[6].getContents() if isinstance(n, Legend))
    assert any("19.097" in label for _colour, label in legend.colorNamePairs)
