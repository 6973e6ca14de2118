"""The leaderboard CSV neutralises a display name or department a spreadsheet would run."""

import csv
import io

from django.urls import reverse

from lms.accounts import roles
from tests.factories import make_user

from .test_leaderboard import person, site  # noqa: F401 - the fixture is used by name


def test_a_formula_in_a_name_comes_out_as_text(site, client):  # noqa: F811
    person(200, opt_in=True, first_name="=1+1", last_name="", department="@SUM(A1)")
    person(100, opt_in=True, first_name="Ada", last_name="Lovelace")
    client.force_login(make_user(group=roles.HR))

    response = client.get(reverse("gamification:leaderboard_export"), {"period": "all"})

    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    first, second = rows[1], rows[2]
    assert first[1].startswith("'=1+1") and first[2] == "'@SUM(A1)"
    assert first[0] == "1" and first[4] == "200"  # rank and points stay plain numbers
    assert second[1] == "Ada Lovelace"
