"""The round trip: does mail really flow? Send one message to oneself and see it arrive.

After the connection test, :func:`round_trip` opens the inbox (IMAP: INBOX selected,
IDLE where the server offers it; POP3: the messages already there noted), sends one
short message from the user's address to itself through exactly the outgoing server
chosen (all2all's SMTPS with the login, or the ISP relay without it), waits for it by
its unique Message-ID, and deletes that one message again. It blocks; run it in a
worker thread.

Cancelling (the :class:`CancelToken`) returns at once: the sockets are shut down from
here and nothing is reported afterwards. The arrival has its own ceiling
(:attr:`RoundTripSettings.arrival_timeout`, 60 s by default); a message that has not
arrived by then is ``not_arrived``, a warning: sending worked, delivery is late or
goes elsewhere, which is not a fault of the set-up.

Progress comes as the connection test's :class:`ProgressEvent` (server, step, result),
so a window shows it the same way: the steps INBOX, SEND, ARRIVAL and DELETE are the
round trip's own.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wizard.core.model import AccountDraft, OutgoingKind, Protocol, ServerEndpoint
from wizard.core.probe.account import check_credentials
from wizard.core.probe.errors import ProbeError, ProbeErrorCode, classify
from wizard.core.probe.inbox_imap import ImapInbox
from wizard.core.probe.inbox_pop3 import Pop3Found, Pop3Inbox
from wizard.core.probe.net import CancelToken, Link, tls_context, wait_for_workers
from wizard.core.probe.results import ProgressCallback, ProgressEvent, Server, Step, StepResult
from wizard.core.probe.round_trip_message import MessageText, TestMessage, build_test_message
from wizard.core.probe.steps import Done, T
from wizard.core.probe.submit import send_test_message
from wizard.core.provider import Provider
from wizard.core.validation import check_email

log = logging.getLogger(__name__)
MAX_DETAIL = 500
# Failures of these steps do not undo what the round trip proved.
_AFTERWARDS = {Step.LOGOUT, Step.DELETE}


@dataclass(frozen=True)
class RoundTripSettings:
    """Limits of one round trip.

    ``arrival_timeout``: how long to wait for the message once the server took it
    (tests shorten it); ``timeout``: for logging in and handing the message over, like
    the connection test's; ``io_timeout`` bounds a single connect or read;
    ``poll_interval``: how often to look without IDLE (and each POP3 session).
    """

    arrival_timeout: float = 60.0
    timeout: float = 20.0
    io_timeout: float = 10.0
    poll_interval: float = 2.0
    ca_file: Path | None = None
    local_name: str = ""

    @property
    def ceiling(self) -> float:
        """The hard limit of the whole round trip (opening, sending, arrival, cleanup)."""
        return 2 * self.timeout + self.arrival_timeout + self.io_timeout


@dataclass(frozen=True)
class RoundTripReport:
    """What the round trip showed; ``seconds`` from handing over to arrival.

    ``ok``: the message was sent and arrived (deleting it is cleanup: a failure there
    is a warning step, not a failed round trip). ``code``: the first problem, ``None``
    when it worked.
    """

    ok: bool
    code: ProbeErrorCode | None
    sent: bool
    received: bool
    seconds: float | None
    deleted: bool
    steps: tuple[StepResult, ...] = ()
    message_id: str = ""
    total_seconds: float = 0.0
    incoming: ServerEndpoint | None = None
    outgoing: ServerEndpoint | None = None
    outgoing_is_relay: bool = False

    @property
    def cancelled(self) -> bool:
        """True when the user stopped it before the message arrived."""
        return self.code is ProbeErrorCode.CANCELLED

    @property
    def failed_step(self) -> StepResult | None:
        """The step that ``code`` comes from."""
        return next((s for s in self.steps if not s.ok and s.code is self.code), None)

    def to_json_dict(self) -> dict[str, Any]:
        """The documented ``"round_trip"`` JSON shape (keys and types are an interface)."""
        return {
            "ok": self.ok,
            "code": self.code.value if self.code else None,
            "sent": self.sent,
            "received": self.received,
            "seconds": round(self.seconds, 3) if self.seconds is not None else None,
            "deleted": self.deleted,
        }


class _StoppedError(Exception):
    """The round trip was closed (cancel or ceiling): the worker just leaves."""


class _ChainEndedError(Exception):
    """A step failed and was reported."""


class _Session:
    """Shared state between the worker and the caller's thread.

    Every report and progress callback happens under ``_lock``; :meth:`close` takes the
    same lock, so once it returns no callback runs or will run.
    """

    def __init__(
        self, on_progress: ProgressCallback | None, settings: RoundTripSettings, deadline: float
    ) -> None:
        self._lock = threading.Lock()
        self._on_progress = on_progress
        self._settings = settings
        self._deadline = deadline
        self._closed = False
        self._steps: list[StepResult] = []
        self._current: dict[Server, tuple[Step, float]] = {}
        self._links: list[Link] = []
        self.stop = threading.Event()
        self.wake = threading.Event()  # the worker finished, or cancel was asked for
        self.finished = threading.Event()
        self.closed_with: ProbeErrorCode | None = None
        self.sent_at: float | None = None
        self.arrived_after: float | None = None
        self.deleted = False

    def new_link(self) -> Link:
        link = Link(self.stop, self._settings.io_timeout, self._deadline)
        with self._lock:
            if self._closed:
                raise _StoppedError
            self._links.append(link)
        return link

    def steps(self) -> tuple[StepResult, ...]:
        with self._lock:
            return tuple(self._steps)

    def started(self, server: Server, step: Step) -> float:
        with self._lock:
            if self._closed:
                raise _StoppedError
            now = time.perf_counter()
            self._current[server] = (step, now)
            self._notify(ProgressEvent(server, step))
            return now

    def record(self, result: StepResult, value: object = None) -> None:
        with self._lock:
            if self._closed:
                raise _StoppedError
            self._current.pop(result.server, None)
            if result.ok and result.step is Step.SEND:
                self.sent_at = time.monotonic()
            elif result.ok and result.step is Step.ARRIVAL and self.sent_at is not None:
                self.arrived_after = time.monotonic() - self.sent_at
            elif result.ok and result.step is Step.DELETE:
                self.deleted = value is True
            self._steps.append(result)
            log.info(
                "round trip %s %s: %s%s in %.3fs %s",
                result.server,
                result.step,
                "ok" if result.ok else "failed",
                f" ({result.code})" if result.code else "",
                result.seconds,
                result.detail,
            )
            self._notify(ProgressEvent(result.server, result.step, result))

    def release(self) -> None:
        """Close every socket (the worker's last act, as their owner)."""
        with self._lock:
            links = list(self._links)
        for link in links:
            link.close()

    def close(self, code: ProbeErrorCode) -> None:
        """Stop now; the step running (if any) is reported with ``code``."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self.closed_with = code
            self.stop.set()
            now = time.perf_counter()
            for server, (step, since) in self._current.items():
                self._steps.append(StepResult(server, step, False, code, now - since))
            links = list(self._links)
        for link in links:
            link.abort()

    def _notify(self, event: ProgressEvent) -> None:
        if self._on_progress is None:
            return
        try:
            self._on_progress(event)
        except Exception:  # a broken display must not break the test
            log.exception("progress callback failed")


class _Steps:
    """The :class:`~wizard.core.probe.steps.Steps` of one side: times and reports."""

    def __init__(self, session: _Session, server: Server) -> None:
        self._session = session
        self._server = server

    def run(self, step: Step, action: Callable[[], Done[T]]) -> T:
        start = self._session.started(self._server, step)
        try:
            done = action()
        except (_StoppedError, _ChainEndedError):
            raise
        except Exception as error:
            failure = classify(error, step.value)
            warning = step in _AFTERWARDS or failure.code is ProbeErrorCode.NOT_ARRIVED
            result = StepResult(
                self._server,
                step,
                False,
                failure.code,
                time.perf_counter() - start,
                failure.detail[:MAX_DETAIL],
                warning and failure.code is not ProbeErrorCode.CANCELLED,
            )
            self._session.record(result)
            raise _ChainEndedError from error
        seconds = time.perf_counter() - start
        ok = done.warning is None
        result = StepResult(
            self._server, step, ok, done.warning, seconds, done.detail[:MAX_DETAIL], not ok
        )
        self._session.record(result, done.value)
        return done.value


def round_trip(
    draft: AccountDraft,
    provider: Provider,
    text: MessageText,
    settings: RoundTripSettings | None = None,
    cancel: CancelToken | None = None,
    on_progress: ProgressCallback | None = None,
) -> RoundTripReport:
    """Send a test message to the user's own address and watch it arrive; see the module.

    ``text`` is the message's subject and body in the user's language. Raises
    :class:`~wizard.core.probe.errors.BadCredentialsInputError` (nothing sent) for an
    unusable login or password, ``ValueError`` when the draft has no valid address, and
    ``OSError``/``ssl.SSLError`` if ``settings.ca_file`` cannot be read.
    """
    settings = settings or RoundTripSettings()
    credentials = check_credentials(draft)
    if check_email(draft.email) is not None:
        raise ValueError("the round trip needs the account's e-mail address")
    context = tls_context(settings.ca_file)
    message = build_test_message(draft.email, text, draft.display_name)
    incoming = provider.incoming(draft.protocol)
    relay = draft.outgoing.relay if draft.outgoing.kind is OutgoingKind.ISP_RELAY else None
    outgoing = relay or provider.smtp
    began = time.perf_counter()
    deadline = time.monotonic() + settings.ceiling
    session = _Session(on_progress, settings, deadline)
    inbound, outbound = _Steps(session, Server.INCOMING), _Steps(session, Server.OUTGOING)
    if draft.protocol is Protocol.IMAP:
        inbox: ImapInbox | Pop3Inbox = ImapInbox(
            inbound,
            session.new_link(),
            incoming,
            context,
            credentials,
            session.stop,
            settings.poll_interval,
        )
    else:
        inbox = Pop3Inbox(
            inbound,
            session.new_link,
            incoming,
            context,
            credentials,
            session.stop,
            settings.poll_interval,
        )

    def send() -> None:
        link = session.new_link()
        login = None if relay else credentials  # an ISP relay never sees the password
        try:
            send_test_message(
                outbound, link, outgoing, context, login, message, settings.local_name
            )
        except _ChainEndedError:
            if session.sent_at is None:
                raise  # nothing was sent; a failed goodbye after sending is only noted
        finally:
            link.close()

    def body() -> None:
        inbox.open()
        try:
            send()
            found = inbound.run(Step.ARRIVAL, lambda: _arrival(inbox, message, session, settings))
            inbound.run(Step.DELETE, lambda: _delete(inbox, found))
        finally:
            inbox.close()

    log.info("round trip: %s %s, outgoing %s", draft.protocol, incoming, outgoing)
    worker = threading.Thread(target=_work, args=(session, body), name="round-trip", daemon=True)
    worker.start()
    stopped = wait_for_workers(session.wake, session.finished.is_set, cancel, deadline)
    if stopped is not None:
        session.close(stopped)
    return _report(session, message, incoming, outgoing, relay is not None, began)


def _arrival(
    inbox: ImapInbox | Pop3Inbox,
    message: TestMessage,
    session: _Session,
    settings: RoundTripSettings,
) -> Done[int | Pop3Found]:
    """Look, wait, look again, until the message is there or the ceiling is reached."""
    sent_at = session.sent_at or time.monotonic()
    deadline = sent_at + settings.arrival_timeout
    while True:
        found = inbox.find(message.token)
        if found is not None:
            return Done(found, f"in the inbox {time.monotonic() - sent_at:.2f} s after sending")
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise ProbeError(
                ProbeErrorCode.NOT_ARRIVED,
                f"not in the inbox {settings.arrival_timeout:g} s after it was sent",
            )
        inbox.wait(remaining)


def _delete(inbox: ImapInbox | Pop3Inbox, found: int | Pop3Found) -> Done[bool]:
    if isinstance(inbox, ImapInbox) and isinstance(found, int):
        return inbox.delete(found)
    if isinstance(inbox, Pop3Inbox) and isinstance(found, Pop3Found):
        return inbox.delete(found)
    raise TypeError("a message found in another kind of inbox")


def _work(session: _Session, body: Callable[[], None]) -> None:
    """The worker: run, leave quietly when stopped, always say it finished."""
    try:
        body()
    except (_ChainEndedError, _StoppedError):
        pass
    except Exception:  # a bug, not a server fault: keep the traceback for support
        log.exception("round trip crashed")
    finally:
        session.release()
        session.finished.set()
        session.wake.set()


def _report(
    session: _Session,
    message: TestMessage,
    incoming: ServerEndpoint,
    outgoing: ServerEndpoint,
    is_relay: bool,
    began: float,
) -> RoundTripReport:
    steps = session.steps()
    received = session.arrived_after is not None
    problems = [s for s in steps if not s.ok and not (s.warning and s.step in _AFTERWARDS)]
    if received:
        code = None  # what came after the arrival is cleanup
    elif problems:
        code = problems[0].code
    else:  # stopped between two steps, or the worker crashed (see the log)
        code = session.closed_with or ProbeErrorCode.SERVER_ERROR
    return RoundTripReport(
        ok=received,
        code=code,
        sent=session.sent_at is not None,
        received=received,
        seconds=session.arrived_after,
        deleted=session.deleted,
        steps=steps,
        message_id=message.message_id,
        total_seconds=time.perf_counter() - began,
        incoming=incoming,
        outgoing=outgoing,
        outgoing_is_relay=is_relay,
    )
