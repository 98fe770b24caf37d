from io import StringIO

import pytest
from django.core.management import call_command

from resources.loader import read_seed


def load_resources() -> str:
    out = StringIO()
    call_command("load_resources", stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture
def library(db):
    """The library as `make run` leaves it: loaded by the management command."""
    load_resources()


@pytest.fixture
def seed():
    return read_seed()
