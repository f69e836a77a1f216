"""The password strength meter: a five-step bar, its level in words, and advice below.

Scoring (zxcvbn plus Dutch and French word lists) takes up to a few milliseconds and the
first call may load the word lists, so it runs in a ``QThreadPool`` worker, 150 ms after
the last key press; every run is tagged and a result for an older text is dropped.

Colour is never the only signal: the level is always written next to the bar with its
step ("step 2 of 5"), and the bar's colours come from a blue-orange scale that people
with the common forms of colour blindness can tell apart (orange = weak, blue = strong,
never red against green). An empty field shows nothing at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QRectF, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from wizard.core.strength.rating import MAX_SCORE, Reason, StrengthResult, evaluate
from wizard.gui.colours import MIN_GRAPHIC_CONTRAST, background, readable
from wizard.gui.jobs import TaggedJobs
from wizard.gui.widgets.notice import Notice, NoticeKind
from wizard.texts import strength as messages

DEBOUNCE_MS = 150
STEPS = MAX_SCORE + 1
# Orange for weak, blue for strong (ColorBrewer PuOr-safe hues: told apart with the
# common forms of colour blindness). On any palette each is moved just far enough in
# lightness to reach 3:1 against the background (WCAG's contrast for graphics).
STEP_HUES = ("#b35806", "#d86a12", "#c98a00", "#3a78b5", "#1f4e8c")


def step_colour(palette: QPalette, score: int) -> QColor:
    """The colour of the filled steps for ``score``, readable on ``palette``."""
    return readable(QColor(STEP_HUES[score]), background(palette), MIN_GRAPHIC_CONTRAST)


def empty_border(palette: QPalette) -> QColor:
    """The outline of an empty step: visible (3:1) on the palette's background."""
    return readable(
        palette.color(QPalette.ColorRole.Mid), background(palette), MIN_GRAPHIC_CONTRAST
    )


class StrengthChecker(QObject):
    """Debounced evaluation in a worker; ``evaluated`` carries a StrengthResult for the
    latest text only."""

    evaluated = Signal(object)

    def __init__(
        self, pool: QThreadPool, delay_ms: int = DEBOUNCE_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._jobs = TaggedJobs(pool, self)
        self._jobs.finished.connect(lambda _tag, result: self.evaluated.emit(result))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)
        self._pending: tuple[str, tuple[str, ...]] = ("", ())

    def request(self, password: str, user_inputs: Sequence[str] = ()) -> None:
        """Score ``password`` once typing pauses; earlier requests are forgotten."""
        self._jobs.forget()  # a result for an older text is stale from now on
        self._pending = (password, tuple(user_inputs))
        self._timer.start()

    def pending(self) -> bool:
        """Whether the latest request has not been answered yet."""
        return self._timer.isActive() or self._jobs.running

    def cancel(self) -> None:
        """Forget the pending request and any result still on its way."""
        self._timer.stop()
        self._jobs.forget()
        self._pending = ("", ())

    def _start(self) -> None:
        password, inputs = self._pending
        self._pending = ("", ())
        self._jobs.start(
            lambda _progress: evaluate(password, inputs),
            on_error=lambda _error: None,  # no verdict rather than a wrong one (logged)
        )


class StepBar(QWidget):
    """Five boxes, the first ``score + 1`` filled in the colour of the level."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._score: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_score(self, score: int | None) -> None:
        """Fill ``score + 1`` steps (None: all empty)."""
        self._score = score
        self.update()

    def filled_steps(self) -> int:
        """How many steps are filled now."""
        return 0 if self._score is None else self._score + 1

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(STEPS * 30 + (STEPS - 1) * 4, 12)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        gap = 4.0
        width = (self.width() - gap * (STEPS - 1)) / STEPS
        filled = self.filled_steps()
        palette = self.palette()
        colour = step_colour(palette, self._score) if self._score is not None else None
        border = empty_border(palette)
        for step in range(STEPS):
            box = QRectF(step * (width + gap) + 0.5, 0.5, width - 1, self.height() - 1)
            if colour is not None and step < filled:
                painter.setPen(QPen(colour, 1))
                painter.setBrush(colour)
            else:
                painter.setPen(QPen(border, 1))
                painter.setBrush(palette.color(QPalette.ColorRole.Base))
            painter.drawRoundedRect(box, 2, 2)
        painter.end()


class StrengthMeter(QWidget):
    """Bar, level and advice for the password being typed; hidden while it is empty.

    Call :meth:`set_password` on every change; :attr:`evaluated` fires with the
    :class:`StrengthResult` shown (never with the password).
    """

    evaluated = Signal(object)

    def __init__(
        self, pool: QThreadPool, delay_ms: int = DEBOUNCE_MS, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("strengthMeter")
        self.checker = StrengthChecker(pool, delay_ms, self)
        self.checker.evaluated.connect(self._show)
        self.bar = StepBar(self)
        self.bar.setObjectName("strengthBar")
        self.level_label = QLabel(self)
        self.level_label.setObjectName("strengthLevel")
        self.level_label.setTextFormat(Qt.TextFormat.PlainText)
        self.space_warning = Notice(NoticeKind.WARNING, self)
        self.space_warning.setObjectName("strengthSpaceWarning")
        self.space_warning.show_text("")
        self.advice_label = QLabel(self)
        self.advice_label.setObjectName("strengthAdvice")
        self.advice_label.setWordWrap(True)
        self.advice_label.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.level_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.space_warning)
        layout.addWidget(self.advice_label)
        self._result: StrengthResult | None = None
        self.setVisible(False)
        self.retranslate()

    @property
    def result(self) -> StrengthResult | None:
        """What the meter shows now (None while the field is empty)."""
        return self._result

    def set_password(self, password: str, user_inputs: Sequence[str] = ()) -> None:
        """The password changed: clear at once when empty, else score it after a pause."""
        if not password:
            self.checker.cancel()
            self._show(None)
            return
        self.checker.request(password, user_inputs)

    def pending(self) -> bool:
        """Whether a newer text than the one shown is still being scored."""
        return self.checker.pending()

    def verdict(self) -> str:
        """The level in words, and the warning about spaces when there is one ("" while
        empty): what a screen reader is told once typing pauses."""
        if self._result is None:
            return ""
        return " ".join([self.level_label.text(), self.space_warning.text()]).strip()

    def advice(self) -> list[str]:
        """The advice shown under the bar, most important first."""
        if self._result is None:
            return []
        return [
            messages.reason_advice(reason)
            for reason in self._result.reasons
            if reason is not Reason.LEADING_OR_TRAILING_SPACES
        ]

    def retranslate(self) -> None:
        """Set the texts again in the current language."""
        self.setAccessibleName(messages.meter_name())
        self.bar.setAccessibleName(messages.meter_name())
        self._render()

    def _show(self, result: StrengthResult | None) -> None:
        self._result = result
        self._render()
        self.evaluated.emit(result)

    def _render(self) -> None:
        result = self._result
        self.setVisible(result is not None)
        if result is None:
            self.bar.set_score(None)
            self.level_label.clear()
            self.advice_label.clear()
            self.space_warning.show_text("")
            self.setAccessibleDescription("")
            self.bar.setAccessibleDescription("")
            return
        self.bar.set_score(result.score)
        level = messages.level_text(result.score)
        self.level_label.setText(level)
        advice = self.advice()
        self.advice_label.setText("\n".join(f"• {line}" for line in advice))
        self.advice_label.setVisible(bool(advice))
        spaces = Reason.LEADING_OR_TRAILING_SPACES in result.reasons
        self.space_warning.show_text(
            messages.reason_advice(Reason.LEADING_OR_TRAILING_SPACES) if spaces else ""
        )
        description = " ".join([level, self.space_warning.text(), *advice]).strip()
        self.setAccessibleDescription(description)
        self.bar.setAccessibleDescription(description)
