"""The live connection test: does this account work, as the user's mail program will use it?

:func:`probe_account` checks the incoming server (IMAPS or POP3S) and the outgoing one
(all2all's SMTPS, or an ISP relay) at the same time, each as a chain of steps
(resolve → connect → verified TLS → greeting → login → facts), and returns a
:class:`ProbeReport`. It blocks; run it in a worker thread.

It returns at once when the :class:`CancelToken` is cancelled or the hard time limit is
reached: the sockets are shut down from here, results arriving later are dropped, and
the progress callback is never called after the function has returned.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from wizard.core.model import AccountDraft, OutgoingKind, Protocol, ServerEndpoint
from wizard.core.probe.errors import BadCredentialsInputError, ProbeErrorCode, classify
from wizard.core.probe.imap import imap_chain
from wizard.core.probe.net import CancelToken, Link, tls_context, wait_for_workers
from wizard.core.probe.pop3 import pop3_chain
from wizard.core.probe.results import (
    ProbeReport,
    ProbeSettings,
    ProgressCallback,
    ProgressEvent,
    Server,
    Step,
    StepResult,
)
from wizard.core.probe.smtp import smtp_chain
from wizard.core.probe.steps import Credentials, Done, Facts, T
from wizard.core.provider import Provider
from wizard.core.validation import FIELDS_TO_LOG_IN, account_problems

log = logging.getLogger(__name__)
MAX_DETAIL = 500


class _StoppedError(Exception):
    """The run was closed (cancel or time limit): the worker just leaves."""


class _ChainEndedError(Exception):
    """A step failed and was reported; the rest of the chain is skipped."""


class _Run:
    """Shared state of one probe: the steps so far, the workers' links, the stop switch.

    Every report and every progress callback happens under ``_lock``; :meth:`close`
    takes the same lock, so once it returns no callback is running or will run.
    """

    def __init__(self, on_progress: ProgressCallback | None, warn_only: set[Server]) -> None:
        self._lock = threading.Lock()
        self._on_progress = on_progress
        self._warn_only = warn_only
        self._closed = False
        self._steps: list[StepResult] = []
        self._current: dict[Server, tuple[Step, float]] = {}
        self._links: list[Link] = []
        self.completed: set[Server] = set()
        self.finished: set[Server] = set()
        self.stop = threading.Event()
        self.wake = threading.Event()

    def steps(self) -> tuple[StepResult, ...]:
        with self._lock:
            return tuple(self._steps)

    def add_link(self, link: Link) -> None:
        with self._lock:
            if self._closed:
                raise _StoppedError
            self._links.append(link)

    def started(self, server: Server, step: Step) -> float:
        with self._lock:
            if self._closed:
                raise _StoppedError
            now = time.perf_counter()
            self._current[server] = (step, now)
            self._notify(ProgressEvent(server, step))
            return now

    def record(self, result: StepResult, ends_chain: bool) -> None:
        """Store a result; ``ends_chain`` settles the chain in the same breath, so a
        cancel arriving right after its last step does not mark it cancelled."""
        with self._lock:
            if self._closed:
                raise _StoppedError
            self._current.pop(result.server, None)
            self._store(result)
            if ends_chain:
                self.finished.add(result.server)
                if result.step is Step.LOGOUT:  # every chain's last step
                    self.completed.add(result.server)
        if ends_chain:
            self.wake.set()

    def all_finished(self) -> bool:
        with self._lock:
            return len(self.finished) == len(Server)

    def finish(self, server: Server) -> None:
        """The worker is leaving (after its last step, a failure, or a crash)."""
        with self._lock:
            self.finished.add(server)
        self.wake.set()

    def close(self, code: ProbeErrorCode) -> None:
        """Stop everything now, reporting ``code`` for every chain still running."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self.stop.set()
            now = time.perf_counter()
            for server in (Server.INCOMING, Server.OUTGOING):
                if server in self.finished:
                    continue
                step, since = self._current.get(server, (Step.SESSION, now))
                warning = code is ProbeErrorCode.TIMEOUT and server in self._warn_only
                found = code
                if code is ProbeErrorCode.TIMEOUT and step is Step.LOGIN:
                    found = ProbeErrorCode.LOGIN_SLOW  # connected and greeted: see net.py
                self._store(StepResult(server, step, False, found, now - since, "", warning))
            links = list(self._links)
        for link in links:
            link.abort()

    def _store(self, result: StepResult) -> None:
        self._steps.append(result)
        log.info(
            "%s %s: %s%s in %.3fs %s",
            result.server,
            result.step,
            "ok" if result.ok else "failed",
            f" ({result.code})" if result.code else "",
            result.seconds,
            result.detail,
        )
        self._notify(ProgressEvent(result.server, result.step, result))

    def _notify(self, event: ProgressEvent) -> None:
        if self._on_progress is None:
            return
        try:
            self._on_progress(event)
        except Exception:  # a broken display must not break the test
            log.exception("progress callback failed")


class _Chain:
    """The :class:`~wizard.core.probe.steps.Steps` of one server: times and reports."""

    def __init__(self, run: _Run, server: Server, warn_only: bool) -> None:
        self._run = run
        self._server = server
        self._warn_only = warn_only

    def run(self, step: Step, action: Callable[[], Done[T]]) -> T:
        start = self._run.started(self._server, step)
        try:
            done = action()
        except Exception as error:
            failure = classify(error, step.value)
            # Everything that matters is known before the goodbye: a failed LOGOUT/QUIT
            # does not make the account unusable.
            warning = self._warn_only or step is Step.LOGOUT
            result = StepResult(
                self._server,
                step,
                False,
                failure.code,
                time.perf_counter() - start,
                failure.detail[:MAX_DETAIL],
                warning and failure.code is not ProbeErrorCode.CANCELLED,
            )
            self._run.record(result, ends_chain=True)
            raise _ChainEndedError from error
        ok = done.warning is None
        seconds = time.perf_counter() - start
        result = StepResult(
            self._server, step, ok, done.warning, seconds, done.detail[:MAX_DETAIL], not ok
        )
        self._run.record(result, ends_chain=step is Step.LOGOUT)
        return done.value


def check_credentials(draft: AccountDraft) -> Credentials:
    """Refuse a login or password that the rule set refuses, before any connection.

    The same rules as the account page and every command: a login with spaces, accents
    or an ``@`` is never sent (it cannot be right, and each wrong try makes the server
    slower to answer the right one).
    """
    for field, problem in account_problems(draft, FIELDS_TO_LOG_IN).items():
        raise BadCredentialsInputError(field.value, problem.value)
    return Credentials(draft.username, draft.password)


def probe_account(
    draft: AccountDraft,
    provider: Provider,
    settings: ProbeSettings | None = None,
    cancel: CancelToken | None = None,
    on_progress: ProgressCallback | None = None,
) -> ProbeReport:
    """Test the account's incoming and outgoing servers concurrently; see the module doc.

    Raises :class:`BadCredentialsInputError` (nothing sent) for an unusable login/password,
    and ``OSError``/``ssl.SSLError`` if ``settings.ca_file`` cannot be read.
    """
    settings = settings or ProbeSettings()
    credentials = check_credentials(draft)
    context = tls_context(settings.ca_file)
    incoming = provider.incoming(draft.protocol)
    relay = draft.outgoing.relay if draft.outgoing.kind is OutgoingKind.ISP_RELAY else None
    outgoing = relay or provider.smtp
    warn_only = {Server.OUTGOING} if relay else set()
    run = _Run(on_progress, warn_only)
    facts = Facts()
    began = time.perf_counter()
    deadline = time.monotonic() + settings.timeout

    def incoming_body(steps: _Chain, link: Link) -> None:
        if draft.protocol is Protocol.IMAP:
            imap_chain(
                steps, link, incoming, context, credentials, facts, provider.quota_warning_percent
            )
        else:
            pop3_chain(steps, link, incoming, context, credentials)

    def outgoing_body(steps: _Chain, link: Link) -> None:
        # Never hand the all2all password to an ISP relay: it only gets an EHLO.
        login = None if relay else credentials
        smtp_chain(steps, link, outgoing, context, login, facts, settings.local_name)

    bodies = {Server.INCOMING: incoming_body, Server.OUTGOING: outgoing_body}
    log.info("probe: %s %s, outgoing %s", draft.protocol, incoming, outgoing)
    workers = [
        threading.Thread(
            target=_work,
            args=(run, server, body, settings, deadline, server in warn_only),
            name=f"probe-{server}",
            daemon=True,  # a worker stuck in name resolution must not keep the app alive
        )
        for server, body in bodies.items()
    ]
    for worker in workers:
        worker.start()
    stopped = wait_for_workers(run.wake, run.all_finished, cancel, deadline)
    if stopped is not None:
        run.close(stopped)
    return _report(run, facts, draft.protocol, incoming, outgoing, relay is not None, began)


def _work(
    run: _Run,
    server: Server,
    body: Callable[[_Chain, Link], None],
    settings: ProbeSettings,
    deadline: float,
    warn_only: bool,
) -> None:
    """One worker thread: run the chain, always close the socket, always say it finished."""
    link = Link(run.stop, settings.io_timeout, deadline, settings.login_timeout)
    try:
        run.add_link(link)
        body(_Chain(run, server, warn_only), link)
    except (_ChainEndedError, _StoppedError):
        pass
    except Exception:  # a bug, not a server fault: keep the traceback for support
        log.exception("probe %s chain crashed", server)
    finally:
        link.close()
        run.finish(server)


def _report(
    run: _Run,
    facts: Facts,
    protocol: Protocol,
    incoming: ServerEndpoint,
    outgoing: ServerEndpoint,
    is_relay: bool,
    began: float,
) -> ProbeReport:
    steps = run.steps()
    needed = {Server.INCOMING} if is_relay else {Server.INCOMING, Server.OUTGOING}
    ok = needed <= run.completed and not any(step.blocking for step in steps)
    ok = ok and not any(step.code is ProbeErrorCode.CANCELLED for step in steps)
    return ProbeReport(
        steps=steps,
        ok=ok,
        quota=facts.quota,
        smtp_size_limit_bytes=facts.smtp_size_limit_bytes,
        seconds=time.perf_counter() - began,
        protocol=protocol,
        incoming=incoming,
        outgoing=outgoing,
        outgoing_is_relay=is_relay,
        folders=tuple(facts.folders),
        missing_folders=tuple(facts.missing_folders),
    )
