"""Readers of the test scenario shared by the reading tests of each learnt set."""

from __future__ import annotations

import pytest

from simulator.intents import TurnReader
from tests.simulator.helpers import make_scenario


@pytest.fixture(scope="module")
def rules() -> TurnReader:
    """The rules alone, as the trained reader is taught from them."""
    return TurnReader(make_scenario(), None, use_model=False)


@pytest.fixture(scope="module")
def both() -> TurnReader:
    """The rules with the shipped trained reader, as the app reads."""
    return TurnReader(make_scenario())
