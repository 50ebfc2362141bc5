"""A build pauses Python's cycle collector and gives it back as it found it."""

from __future__ import annotations

import gc

import pytest

from tests.conftest import EXAMPLES
from timeline import build
from timeline.errors import TimelineError


def test_build_pauses_the_collector_and_restores_it():
    seen = []
    build([str(EXAMPLES)], progress=lambda done, total: seen.append(gc.isenabled()))
    assert seen and not any(seen)
    assert gc.isenabled()


def test_a_build_leaves_a_paused_collector_paused():
    gc.disable()
    try:
        build([str(EXAMPLES)])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_failing_build_restores_the_collector(tmp_path):
    with pytest.raises(TimelineError):
        build([str(tmp_path / "missing")])
    assert gc.isenabled()
