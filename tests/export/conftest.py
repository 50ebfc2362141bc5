"""Fixtures for the export tests: the hand-made chronologies of tests/chronologies.py."""

from tests.chronologies import hostile_chronology, make, sample  # noqa: F401
