"""Server-rendered SVG charts: no JavaScript, no CDN, readable without CSS.

Each chart is an <svg role="img"> with a <title> and a short <desc> summary; the page shows
the same figures in a table next to it (the accessible alternative, and what a screen
reader user navigates). Text is escaped with format_html; sizes are computed here so the
templates stay dumb.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

WIDTH = 720
LABEL_WIDTH = 260
VALUE_WIDTH = 110
ROW_HEIGHT = 26
BAR_HEIGHT = 16
# Colour-blind-safe palette (Okabe–Ito), each ≥ 3:1 against white for graphical objects.
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]


@dataclass(frozen=True)
class Bar:
    label: str
    value: float  # what the bar's length shows
    maximum: float  # the value of a full-length bar
    text: str  # printed after the bar, e.g. "75 % (3/4)"


# Characters of a 12px label that fit in LABEL_WIDTH; a longer label wraps onto more lines.
LABEL_CHARS = 36
LABEL_LINES = 3
LINE_HEIGHT = 14


def _clip(text: str, limit: int = 38) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def label_lines(text: str, *, width: int = LABEL_CHARS, lines: int = LABEL_LINES) -> list[str]:
    """The label on up to `lines` lines of `width` characters. Labels that share a start
    ("Brand values and the charter — beginner / — intermediate") keep their distinct ends;
    only a label longer than every line together is clipped (the bar's <title> and the
    data table below the chart still give it in full)."""
    wrapped = textwrap.wrap(text, width=width, break_long_words=True) or [""]
    if len(wrapped) > lines:
        rest = " ".join(wrapped[lines - 1 :])
        wrapped = [*wrapped[: lines - 1], _clip(rest, width)]
    return wrapped


def bar_chart(*, chart_id: str, title: str, summary: str, bars: list[Bar]) -> SafeString:
    """Horizontal bars, one per row, label on the left (wrapped) and the figure on the
    right. Each row is as tall as its label; hovering a row shows the full label."""
    area = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    parts = []
    y = 4
    for bar in bars:
        lines = label_lines(bar.label)
        row = max(ROW_HEIGHT, len(lines) * LINE_HEIGHT + 10)
        bar_y = y + (row - BAR_HEIGHT) / 2 - 4
        first_line_y = y + (row - len(lines) * LINE_HEIGHT) / 2 + LINE_HEIGHT - 7
        length = 0 if not bar.maximum else max(0.0, min(1.0, bar.value / bar.maximum)) * area
        tspans = format_html_join(
            "",
            '<tspan x="{}" y="{}">{}</tspan>',
            (
                (LABEL_WIDTH - 8, f"{first_line_y + i * LINE_HEIGHT:.1f}", line)
                for i, line in enumerate(lines)
            ),
        )
        parts.append(
            format_html(
                '<g class="reports-chart__row"><title>{}: {}</title>'
                '<text text-anchor="end" class="reports-chart__label">{}</text>'
                '<rect x="{}" y="{}" width="{}" height="{}" rx="2" class="reports-chart__track"/>'
                '<rect x="{}" y="{}" width="{}" height="{}" rx="2" fill="{}"/>'
                '<text x="{}" y="{}" class="reports-chart__value">{}</text></g>',
                bar.label,
                bar.text,
                tspans,
                LABEL_WIDTH,
                f"{bar_y:.1f}",
                f"{area:.1f}",
                BAR_HEIGHT,
                LABEL_WIDTH,
                f"{bar_y:.1f}",
                f"{length:.1f}",
                BAR_HEIGHT,
                PALETTE[0],
                LABEL_WIDTH + area + 8,
                f"{bar_y + BAR_HEIGHT - 3:.1f}",
                bar.text,
            )
        )
        y += row
    height = max(y, ROW_HEIGHT) + 4
    return _svg(chart_id, title, summary, WIDTH, height, mark_safe("".join(parts)))


def stacked_columns(
    *,
    chart_id: str,
    title: str,
    summary: str,
    columns: list[tuple[str, list[int]]],
    series: list[str],
) -> SafeString:
    """Vertical stacked columns (e.g. learners per tier, month by month) with a legend."""
    plot_height = 200
    top, bottom, left = 10, 40, 40
    legend_height = 22 * ((len(series) + 3) // 4)
    height = top + plot_height + bottom + legend_height
    count = max(1, len(columns))
    slot = (WIDTH - left - 10) / count
    width = max(4.0, slot * 0.6)
    maximum = max((sum(values) for _label, values in columns), default=0) or 1
    parts = [
        format_html(
            '<line x1="{}" y1="{}" x2="{}" y2="{}" class="reports-chart__axis"/>'
            '<text x="{}" y="{}" text-anchor="end" class="reports-chart__tick">{}</text>'
            '<text x="{}" y="{}" text-anchor="end" class="reports-chart__tick">0</text>',
            left,
            top + plot_height,
            WIDTH - 10,
            top + plot_height,
            left - 6,
            top + 10,
            maximum,
            left - 6,
            top + plot_height,
        )
    ]
    for i, (label, values) in enumerate(columns):
        x = left + i * slot + (slot - width) / 2
        y = top + plot_height
        for s, value in enumerate(values):
            if not value:
                continue
            h = plot_height * value / maximum
            y -= h
            parts.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="{}">'
                    "<title>{}: {} ({})</title></rect>",
                    f"{x:.1f}",
                    f"{y:.1f}",
                    f"{width:.1f}",
                    f"{h:.1f}",
                    PALETTE[s % len(PALETTE)],
                    label,
                    value,
                    series[s],
                )
            )
        parts.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="middle" class="reports-chart__tick">{}</text>',
                f"{x + width / 2:.1f}",
                top + plot_height + 16,
                label,
            )
        )
    legend_top = top + plot_height + bottom - 8
    parts.append(
        format_html_join(
            "",
            '<rect x="{}" y="{}" width="12" height="12" fill="{}"/>'
            '<text x="{}" y="{}" class="reports-chart__label">{}</text>',
            (
                (
                    left + (s % 4) * 170,
                    legend_top + (s // 4) * 22,
                    PALETTE[s % len(PALETTE)],
                    left + (s % 4) * 170 + 18,
                    legend_top + (s // 4) * 22 + 11,
                    name,
                )
                for s, name in enumerate(series)
            ),
        )
    )
    return _svg(chart_id, title, summary, WIDTH, height, mark_safe("".join(parts)))


def _svg(chart_id, title, summary, width, height, body) -> SafeString:
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="reports-chart" role="img" '
        'viewBox="0 0 {} {}" aria-labelledby="{}-title {}-desc" id="{}">'
        '<title id="{}-title">{}</title><desc id="{}-desc">{}</desc>{}</svg>',
        width,
        height,
        chart_id,
        chart_id,
        chart_id,
        chart_id,
        title,
        chart_id,
        summary,
        body,
    )
