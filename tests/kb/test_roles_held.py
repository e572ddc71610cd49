"""Whether a dated role was held on a date (one rule for KB roles, office holders and the key
actor's leaders)."""

from factions.model import Role


def test_a_role_is_held_from_its_start_to_its_end_at_the_dates_precision():
    sarraj = Role(title="Prime Minister", org="government-of-national-accord",
                  start="2016-03-30", end="2021-03-15")
    assert sarraj.held_on("2019-04-05")
    assert sarraj.held_on("2016-03")  # a month that holds the start
    assert sarraj.held_on("2021")  # a year that holds the end
    assert not sarraj.held_on("2016-02-01")
    assert not sarraj.held_on("2021-04")
    assert sarraj.held_on(None)  # no date: any role counts


def test_an_open_role_is_held_from_its_start_on():
    haftar = Role(title="Commander", org="libyan-national-army", start="2014-05")
    assert haftar.held_on("2019-04-05") and haftar.held_on("2014-05-16")
    assert not haftar.held_on("2014-04-30")
