"""The one CSV-injection rule (lms.csv_safety): which cells are neutralised, which are not."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

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


_CELL_TEXT = st.text(alphabet=st.sampled_from("=+-@\t\r\x00 'a1.-"), max_size=6)


@given(st.lists(st.one_of(_CELL_TEXT, st.integers(), st.none()), max_size=8))
def test_a_row_gets_exactly_the_rule_of_each_cell(values):
    # csv_row first tests the whole row at once (the export's fast path): it must agree with
    # the cell rule on every row, NUL characters and formula starts anywhere included.
    assert csv_row(values) == [csv_cell(value) for value in values]
    assert csv_row(iter(values)) == [csv_cell(value) for value in values]
