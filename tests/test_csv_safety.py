"""The one CSV-injection rule (lms.csv_safety): which cells are neutralised, which are not."""

import pytest

from lms.csv_safety import csv_cell, csv_row


@pytest.mark.parametrize(
    "text",
    [
        '=HYPERLINK("http://x","y")',
        "+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(A1:A9)",
        "\t=1+1",
        "\r=1+1",
        "=1+1",
        "-",
        "+33 6 12 34 56 78",
    ],
)
def test_a_text_a_spreadsheet_would_run_gets_a_quote_in_front(text):
    assert csv_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["Ada", "", " =1+1", "1=1", "'=1", "Dupont-Martin", "100"])
def test_other_texts_are_left_as_they_are(value):
    assert csv_cell(value) == value


@pytest.mark.parametrize("value", [-3, -0.5, 0, 12, "-3", "-0.5", None, True])
def test_numbers_stay_numbers(value):
    # A plain negative number cannot run anything: a spreadsheet reads it as that number.
    assert csv_cell(value) == value


def test_a_row_is_neutralised_cell_by_cell():
    assert csv_row([1, "=1+1", "Ada", -4]) == [1, "'=1+1", "Ada", -4]
