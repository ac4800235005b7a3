"""The PDF charts of the monitor: reportlab Drawings that render and carry their labels."""

from __future__ import annotations

import datetime as dt

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing

from regietafel.documents import pdf_charts_monitor as charts
from regietafel.store import areas, monitor
from regietafel.store.overview import province_overview


def test_charts_render(demo_store, tmp_path):
    with demo_store.transaction() as session:
        zh = areas.find_province(session, "Zuid-Holland").id
        overview = province_overview(session, zh, "2023-II")
        forecast = monitor.province_forecast(session, zh, "2023-II", today=dt.date(2030, 1, 1))
        months = monitor.realisation_over_time(session, zh)
        trend = monitor.achterstand_trend(session, zh)
    drawings = [
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
    legend = next(n for n in drawings[3].getContents() if isinstance(n, Legend))
    assert any("19.097" in label for _colour, label in legend.colorNamePairs)
