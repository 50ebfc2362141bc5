"""Fixtures for the events tests."""

from __future__ import annotations

import pytest

from timeline.actors import ActorIndex, load_actors


@pytest.fixture(scope="session")
def actors() -> ActorIndex:
    return load_actors()
