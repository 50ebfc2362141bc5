"""Fixtures for the render tests: the hand-made chronologies of tests/chronologies.py, and
one kaleido browser for all image tests."""

from __future__ import annotations

import pytest

from tests.chronologies import hostile_chronology, make, sample  # noqa: F401


@pytest.fixture(scope="session")
def renderer():
    """Start the shared kaleido browser once for every image test of the session."""
    from timeline.render import images

    images.start_renderer()
    yield
    images.stop_renderer()

