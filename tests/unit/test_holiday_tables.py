# SPDX-License-Identifier: GPL-3.0-or-later
"""Holiday calendars load only the countries a calendar names, and give what the holidays package
itself gives."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import holidays
import pytest

from agentdesk.sla.calendar import holiday_tables

_LOAD_GERMANY = """
import sys
from agentdesk.sla.calendar import BusinessCalendar
calendar = BusinessCalendar.from_dict(
    {"timezone": "Europe/Berlin", "week": {"mon": [["08:00", "17:00"]]},
     "holidays": {"country": "DE", "subdivision": "BY"}}
)
import datetime as dt
print(calendar._holiday_name(dt.date(2026, 1, 6)))
print(len([m for m in sys.modules if m.startswith("holidays.countries.")]))
"""


def test_a_calendar_loads_only_its_country() -> None:
    done = subprocess.run([sys.executable, "-c", _LOAD_GERMANY], capture_output=True, text=True, check=True)
    name, loaded = done.stdout.split("\n")[:2]
    assert name == "Epiphany"
    assert int(loaded) == 1  # not the ~250 of holidays.countries


@pytest.mark.parametrize(
    ("country", "subdivision"), [("DE", "BY"), ("DK", None), ("GB", "SCT"), ("US", "CA")]
)
def test_the_same_holidays_as_the_package(country: str, subdivision: str | None) -> None:
    expected = holidays.country_holidays(country, subdiv=subdivision, years=2026)
    assert holiday_tables.holiday_names(country, subdivision, 2026) == {
        d: str(n) for d, n in expected.items()
    }


def test_codes_and_subdivisions_as_the_package_lists_them() -> None:
    supported = holidays.list_supported_countries()
    assert all(holiday_tables.is_country(code) for code in supported)
    assert not holiday_tables.is_country("XX")
    assert not holiday_tables.is_country(None)
    for code in ("DE", "DK", "AT", "CH", "GBR", "UK"):
        assert holiday_tables.subdivisions(code) == supported[code]


def test_a_territory_building_on_another_country_still_loads() -> None:
    expected = holidays.country_holidays("GP", years=2026)  # Guadeloupe builds on France
    assert holiday_tables.holiday_names("GP", None, 2026) == {d: str(n) for d, n in expected.items()}
    assert dt.date(2026, 7, 14) in expected
