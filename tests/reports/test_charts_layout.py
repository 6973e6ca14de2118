"""The HR report's bar charts keep long labels apart: they wrap instead of being cut at the
same place (three "Brand values and the social-media charter — …" rows read alike once
clipped), each row shows its full label on hover, and the row grows with its lines."""

import re

from lms.reports.charts import LABEL_CHARS, LABEL_LINES, Bar, bar_chart, label_lines

LEVELS = ("Beginner", "Intermediate", "Expert")
LONG = "Brand values and the social-media charter — {}"


def _labels(svg: str) -> list[str]:
    rows = re.findall(r'<text text-anchor="end" class="reports-chart__label">(.*?)</text>', svg)
    return [" ".join(re.findall(r"<tspan[^>]*>(.*?)</tspan>", row)) for row in rows]


def test_long_labels_that_share_a_start_stay_distinct():
    bars = [Bar(LONG.format(level), 50, 100, "50 %") for level in LEVELS]
    svg = str(bar_chart(chart_id="c", title="t", summary="s", bars=bars))
    shown = _labels(svg)
    assert shown == [LONG.format(level) for level in LEVELS]
    assert "…" not in svg
    # The full label and the figure as the row's tooltip.
    for level in LEVELS:
        assert f"<title>{LONG.format(level)}: 50 %</title>" in svg


def test_every_line_fits_and_rows_grow_with_their_lines():
    for text in (LONG.format("Intermediate"), "x" * 200, "Sales"):
        lines = label_lines(text)
        assert 1 <= len(lines) <= LABEL_LINES
        assert all(len(line) <= LABEL_CHARS for line in lines)
    short = str(bar_chart(chart_id="a", title="t", summary="s", bars=[Bar("Sales", 1, 2, "1")]))
    long = str(
        bar_chart(
            chart_id="b", title="t", summary="s", bars=[Bar(LONG.format("Expert"), 1, 2, "1")]
        )
    )
    height = re.compile(r'viewBox="0 0 \d+ ([\d.]+)"')
    assert float(height.search(long).group(1)) > float(height.search(short).group(1))


def test_a_label_longer_than_every_line_is_clipped_but_kept_in_the_tooltip():
    text = "word " * 60
    svg = str(bar_chart(chart_id="c", title="t", summary="s", bars=[Bar(text, 1, 2, "1")]))
    assert "…" in svg
    assert f"<title>{text}: 1</title>" in svg
