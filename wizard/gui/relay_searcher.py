"""Runs the relay search (which internet provider's server answers from here) off the
GUI thread.

:func:`wizard.core.probe.relays.find_relays` blocks for a few seconds (a silent relay
holds it until the time limit), so the outgoing page runs it in a worker like the
connection test (:class:`~wizard.gui.runs.CancellableRun`): leaving the page cancels it
at once, and nothing of a cancelled run reaches the page.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThreadPool

from wizard.core.probe.errors import ProbeErrorCode
from wizard.core.probe.net import CancelToken
from wizard.core.probe.relays import (
    RelayAnswer,
    RelaySearch,
    RelaySearchSettings,
    Resolver,
    find_relays,
)
from wizard.core.provider import Provider
from wizard.gui.jobs import Progress
from wizard.gui.runs import CancellableRun


class RelaySearcher(CancellableRun):
    """Asks every relay of the provider data at once; ``progress(RelayAnswer)`` per relay,
    ``finished(RelaySearch)`` once per run that was not cancelled or replaced.

    ``resolver`` replaces DNS for the relays' names (tests give them loopback addresses;
    ``None``: the system's resolver).
    """

    def __init__(
        self,
        provider: Provider,
        settings: RelaySearchSettings | None = None,
        resolver: Resolver | None = None,
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(pool, parent)
        self._provider = provider
        self._settings = settings or RelaySearchSettings()
        self._resolver = resolver

    @property
    def settings(self) -> RelaySearchSettings:
        """The limits every search uses."""
        return self._settings

    def start(self) -> None:
        """Search now; a search still going is cancelled and forgotten first."""
        provider, settings, resolver = self._provider, self._settings, self._resolver

        def work(token: CancelToken, progress: Progress) -> RelaySearch:
            return find_relays(provider, settings, token, progress, resolver)

        self.run(work, on_error=lambda error: _crashed(provider, error))


def _crashed(provider: Provider, error: Exception) -> RelaySearch:
    """An unreadable CA file or a bug: no relay answers, so the page points to all2all's
    own server instead of waiting for ever."""
    detail = type(error).__name__
    answers = tuple(
        RelayAnswer(relay, False, ProbeErrorCode.PROTOCOL_ERROR, 0.0, detail)
        for relay in provider.relays
    )
    return RelaySearch(answers, None)
