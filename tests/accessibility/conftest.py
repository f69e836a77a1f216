"""The desktop (Xvfb, session bus, AT-SPI bus) shared by the tests of this folder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.accessibility.desktop import Desktop, running_desktop


@pytest.fixture(scope="module")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    with running_desktop(tmp_path_factory.mktemp("desktop")) as running:
        yield running
