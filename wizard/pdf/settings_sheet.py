"""The printable settings sheet: the core's :class:`SettingsSheet` as an A4 PDF in words.

Like the provider's guide, but filled in with this person's own values, for setting up
a phone or another program later, or for reading out to a helpdesk. Every label is
translated (context ``SettingsSheet``) and every value is HTML-escaped, so a name such
as ``Ann <b> & "Co"`` is printed as typed. The sheet is drawn by QTextDocument onto a
QPdfWriter in memory, then written atomically: it needs a QGuiApplication (for fonts)
but no screen, so the command line can make it on the offscreen platform.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QIODevice,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QTranslator,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from wizard.core.formats.settings_sheet import (
    Advice,
    AdviceCode,
    ByteSize,
    KeepOnServer,
    PasswordHint,
    Section,
    SectionCode,
    SettingsSheet,
    SheetAccount,
    SheetField,
    SheetFieldCode,
    Value,
    build_settings_sheet,
    settings_sheet_file_name,
)
from wizard.core.language import Language
from wizard.core.model import Authentication, Protocol, Security
from wizard.core.provider import MIB, Provider
from wizard.core.safe_files import atomic_write

log = logging.getLogger(__name__)
# The catalogue of the sheet being made, per thread (None: the program's own language).
_SHEET_TRANSLATOR: ContextVar[QTranslator | None] = ContextVar("sheet_translator", default=None)
_KEEP_ALIVE: list[QGuiApplication] = []

RESOLUTION_DPI = 300
BODY_POINTS = 9.5
MARGINS_MM = QMarginsF(18, 13, 18, 10)  # left, top, right, bottom
FOOTER_MM = 8.0  # kept free at the bottom of the printable area for the footer line
MM_PER_INCH = 25.4
# Belgian number and date formats; English as in the United Kingdom (day month year).
LOCALE_NAME = {
    Language.DUTCH: "nl_BE",
    Language.FRENCH: "fr_BE",
    Language.ENGLISH: "en_GB",
    Language.GERMAN: "de_BE",
}
TEXT_COLOUR = "#1a1a1a"
ACCENT_COLOUR = "#1f4e79"
MUTED_COLOUR = "#5a5a5a"
RULE_COLOUR = "#c9d3dd"
BAND_COLOUR = "#e6edf4"
# Values a person types into a mail program are set in a fixed-width font, where
# 0/O and l/1 look different.
TYPED_FIELDS = frozenset(
    {
        SheetFieldCode.EMAIL,
        SheetFieldCode.USERNAME,
        SheetFieldCode.SERVER,
        SheetFieldCode.PORT,
        SheetFieldCode.WEBMAIL_ADDRESS,
    }
)
# The usual sans-serif of Windows, macOS and Linux desktops, in that order.
SANS_FAMILIES = [
    "Segoe UI",
    "Helvetica Neue",
    "Helvetica",
    "Arial",
    "Liberation Sans",
    "Nimbus Sans",
    "Noto Sans",
    "DejaVu Sans",
]
MONO_FAMILIES = "'Consolas', 'Menlo', 'DejaVu Sans Mono', 'Liberation Mono', monospace"


class NoGuiApplicationError(RuntimeError):
    """A plain QCoreApplication runs: fonts, hence the PDF, need a QGuiApplication."""


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one on the offscreen platform (no screen needed).

    Raises NoGuiApplicationError when a QCoreApplication already runs: Qt allows one
    application object per process, so the caller must create a QGuiApplication first.
    """
    app = QCoreApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    if app is not None:
        raise NoGuiApplicationError(
            "the settings sheet needs a QGuiApplication; a QCoreApplication already runs"
        )
    app = QGuiApplication(["all2all-setup", "-platform", "offscreen"])
    _KEEP_ALIVE.append(app)  # lives as long as the process, like any application object
    return app


def write_settings_sheet(
    account: SheetAccount,
    provider: Provider,
    folder: Path,
    language: Language,
    made_on: date | None = None,
) -> Path:
    """Write the account's sheet into ``folder`` atomically and return its path.

    The file name depends only on the login, so exporting again replaces the sheet.
    Raises ValueError when the account lacks a login or an address, OSError when the
    folder cannot be written (an earlier sheet is then left as it was).
    """
    sheet = build_settings_sheet(account, provider, made_on)
    path = folder / settings_sheet_file_name(account)
    atomic_write(path, settings_sheet_pdf(sheet, language))
    return path


def drawn_sheet_writer(
    account: SheetAccount, provider: Provider, language: Language
) -> Callable[[SheetAccount, Provider, Path], Path]:
    """Draw the sheet now (on the interface thread, where Qt's fonts and translators
    live) and return a writer that only saves the bytes, safe to call in a worker.

    Raises ValueError when the account lacks a login or an address.
    """
    pdf = settings_sheet_pdf(build_settings_sheet(account, provider), language)
    name = settings_sheet_file_name(account)

    def write(_account: SheetAccount, _provider: Provider, folder: Path) -> Path:
        path = folder / name
        atomic_write(path, pdf)
        return path

    return write


def settings_sheet_pdf(sheet: SettingsSheet, language: Language) -> bytes:
    """The sheet as the bytes of an A4 PDF, labelled in ``language``."""
    ensure_gui_application()
    with _speaking(language):
        locale = QLocale(LOCALE_NAME[language])
        title = sheet_title(sheet)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(RESOLUTION_DPI)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                MARGINS_MM,
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.setTitle(title)
        writer.setCreator("all2all-setup")
        _paint(writer, sheet, locale)
        buffer.close()
    return bytes(data.data())


def sheet_title(sheet: SettingsSheet) -> str:
    """The sheet's title, "all2all e-mail settings for Jan Peeters" (plain text)."""
    return translate("SettingsSheet", "{provider} e-mail settings for {name}").format(
        provider=sheet.provider_name, name=sheet.holder
    )


def translate(context: str, text: str) -> str:
    """``QCoreApplication.translate``, but from the sheet's own language while one is drawn.

    The sheet's catalogue is consulted directly instead of being installed in the
    application: installing would re-translate every open window (twice) and is not
    safe from a worker thread. Inside :func:`_speaking` a text missing from that
    catalogue stays English rather than borrowing the program's language.
    """
    translator = _SHEET_TRANSLATOR.get()
    if translator is None:
        return QCoreApplication.translate(context, text)
    return translator.translate(context, text) or text


@contextmanager
def _speaking(language: Language) -> Iterator[None]:
    """Translate into ``language`` while the sheet is made, whatever the program speaks.

    A missing catalogue is logged and the sheet is made in English: a sheet in the
    wrong language beats no sheet.
    """
    from wizard.translations import catalogue_path

    translator = QTranslator()
    path = catalogue_path(language)
    if not translator.load(str(path)):
        log.warning("settings sheet: translation %s missing; the sheet is in English", path)
    token = _SHEET_TRANSLATOR.set(translator)
    try:
        yield
    finally:
        _SHEET_TRANSLATOR.reset(token)


def _paint(writer: QPdfWriter, sheet: SettingsSheet, locale: QLocale) -> None:
    """Lay the document out at the printer's resolution and draw it page by page."""
    dots_per_mm = writer.resolution() / MM_PER_INCH
    footer_height = FOOTER_MM * dots_per_mm
    body = QSizeF(writer.width(), writer.height() - footer_height)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(_sans_font(BODY_POINTS))
    document.setDocumentMargin(0)
    document.setHtml(sheet_html(sheet, locale))
    document.setPageSize(body)
    pages = document.pageCount()
    painter = QPainter(writer)
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * body.height())
            document.drawContents(
                painter, QRectF(0, page * body.height(), body.width(), body.height())
            )
            painter.restore()
            _footer(
                painter, sheet, QRectF(0, body.height(), body.width(), footer_height), page, pages
            )
    finally:
        painter.end()


def _sans_font(points: float) -> QFont:
    font = QFont()
    font.setFamilies(SANS_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(points)
    return font


def _footer(painter: QPainter, sheet: SettingsSheet, area: QRectF, page: int, pages: int) -> None:
    """A thin rule, then the provider's name on the left and the page number on the right."""
    painter.save()
    painter.setPen(QPen(QColor(RULE_COLOUR), area.height() / 60))
    top = area.top() + area.height() * 0.35
    painter.drawLine(QPointF(area.left(), top), QPointF(area.right(), top))
    painter.setPen(QColor(MUTED_COLOUR))
    painter.setFont(_sans_font(8))
    text_area = QRectF(area.left(), top, area.width(), area.bottom() - top)
    left = translate("SettingsSheet", "{provider} e-mail settings").format(
        provider=sheet.provider_name
    )
    right = translate("SettingsSheet", "Page {page} of {pages}").format(page=page + 1, pages=pages)
    painter.drawText(text_area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left)
    painter.drawText(text_area, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right)
    painter.restore()


def _date_format(locale: QLocale) -> str:
    """Day, month in words, year; German writes the day as an ordinal ("6. Dezember")."""
    return "d. MMMM yyyy" if locale.language() == QLocale.Language.German else "d MMMM yyyy"


def sheet_html(sheet: SettingsSheet, locale: QLocale) -> str:
    """The whole sheet as the HTML subset QTextDocument understands, values escaped."""
    made_on = locale.toString(
        QDate(sheet.made_on.year, sheet.made_on.month, sheet.made_on.day), _date_format(locale)
    )
    intro = translate(
        "SettingsSheet",
        "These are the settings your mail program or phone asks for when you add your "
        "{provider} mailbox. Type them exactly as they are written here.",
    ).format(provider=sheet.provider_name)
    made = translate("SettingsSheet", "Made on {date}").format(date=made_on)
    parts = [
        f'<p style="font-size: 16pt; font-weight: bold; color: {ACCENT_COLOUR}; '
        f'margin-bottom: 2pt;">{_escape(sheet_title(sheet))}</p>',
        f'<p style="font-size: 9pt; color: {MUTED_COLOUR}; margin-top: 0;">{_escape(made)}</p>',
        f'<p style="margin-top: 6pt; margin-bottom: 4pt;">{_escape(intro)}</p>',
        *(_section_html(section, sheet, locale) for section in sheet.sections),
    ]
    return f'<html><body style="color: {TEXT_COLOUR};">{"".join(parts)}</body></html>'


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


def _section_html(section: Section, sheet: SettingsSheet, locale: QLocale) -> str:
    """A heading band, the fields as a two-column table, then the advice as bullets."""
    cell = f'valign="middle" style="border-bottom: 1px solid {RULE_COLOUR}; padding: 2pt 5pt;'
    rows = [
        f'<tr><td colspan="2" style="background-color: {BAND_COLOUR}; color: {ACCENT_COLOUR}; '
        f'font-size: 10.5pt; font-weight: bold; padding: 2.5pt 5pt;">'
        f"{_escape(section_title(section.code))}</td></tr>"
    ]
    rows += [
        f'<tr><td width="36%" {cell} color: {MUTED_COLOUR};">{_escape(field_label(field.code))}'
        f'</td><td {cell}">{_value_html(field, locale)}</td></tr>'
        for field in section.fields
    ]
    advice = "".join(
        f'<li style="margin-bottom: 3pt;">{_escape(advice_text(item, sheet, locale))}</li>'
        for item in section.advice
    )
    return (
        # QTextDocument ignores a table's margins: an empty small paragraph makes the gap.
        '<p style="font-size: 4pt; margin: 0;">&#160;</p>'
        '<table width="100%" cellspacing="0" cellpadding="0" style="border-collapse: collapse;">'
        + "".join(rows)
        + "</table>"
        + (f'<ul style="margin-top: 4pt; margin-bottom: 0;">{advice}</ul>' if advice else "")
    )


def _value_html(field: SheetField, locale: QLocale) -> str:
    """Typed values in a fixed-width font, names in bold, words as they are."""
    text = _escape(value_text(field.value, locale))
    if field.code in TYPED_FIELDS:
        return (
            f'<span style="font-family: {MONO_FAMILIES}; font-size: 9pt; font-weight: bold;">'
            f"{text}</span>"
        )
    if isinstance(field.value, str) and not isinstance(field.value, StrEnum):
        return f"<b>{text}</b>"
    return text


def section_title(code: SectionCode) -> str:
    """The translated heading of a section."""
    titles = {
        SectionCode.ACCOUNT: translate("SettingsSheet", "Your account"),
        SectionCode.INCOMING: translate("SettingsSheet", "Incoming mail"),
        SectionCode.OUTGOING: translate("SettingsSheet", "Outgoing mail (SMTP)"),
        SectionCode.LIMITS: translate("SettingsSheet", "Limits"),
        SectionCode.WEBMAIL: translate("SettingsSheet", "Webmail"),
        SectionCode.ADVICE: translate("SettingsSheet", "Good to know"),
        SectionCode.ADMINISTRATOR: translate("SettingsSheet", "Your administrator"),
    }
    return titles[code]


def field_label(code: SheetFieldCode) -> str:
    """The translated label of a field."""
    labels = {
        SheetFieldCode.NAME: translate("SettingsSheet", "Name"),
        SheetFieldCode.EMAIL: translate("SettingsSheet", "E-mail address"),
        SheetFieldCode.USERNAME: translate("SettingsSheet", "Username"),
        SheetFieldCode.PASSWORD: translate("SettingsSheet", "Password"),
        SheetFieldCode.PROTOCOL: translate("SettingsSheet", "Protocol"),
        SheetFieldCode.SERVER: translate("SettingsSheet", "Server"),
        SheetFieldCode.PORT: translate("SettingsSheet", "Port"),
        SheetFieldCode.ENCRYPTION: translate("SettingsSheet", "Connection security"),
        SheetFieldCode.AUTHENTICATION: translate("SettingsSheet", "Authentication method"),
        SheetFieldCode.KEEP_ON_SERVER: translate("SettingsSheet", "Copy on the server"),
        SheetFieldCode.INTERNET_PROVIDER: translate("SettingsSheet", "Internet provider"),
        SheetFieldCode.QUOTA: translate("SettingsSheet", "Mailbox size (quota)"),
        SheetFieldCode.MAX_MESSAGE: translate("SettingsSheet", "Largest message"),
        SheetFieldCode.WEBMAIL_ADDRESS: translate("SettingsSheet", "Web address"),
        SheetFieldCode.WEBMAIL_SERVER: translate("SettingsSheet", "Server to choose"),
    }
    return labels[code]


def value_text(value: Value, locale: QLocale) -> str:
    """A value in words: codes translated, numbers in the locale, texts as they are."""
    match value:
        case Protocol():
            return {Protocol.IMAP: "IMAP", Protocol.POP3: "POP3"}[value]
        case Security():
            return {
                Security.SSL: "SSL/TLS",
                Security.STARTTLS: "STARTTLS",
                Security.NONE: translate("SettingsSheet", "None"),
            }[value]
        case Authentication():
            return {
                Authentication.PASSWORD: translate("SettingsSheet", "Normal password"),
                Authentication.ISP_PASSWORD: translate("SettingsSheet", "Normal password"),
                Authentication.NONE: translate("SettingsSheet", "No authentication"),
            }[value]
        case PasswordHint():
            return password_hint(value)
        case ByteSize():
            return megabytes(value, locale)
        case KeepOnServer():
            return keep_text(value)
        case bool():  # not a Value, but an int to Python: never printed as "True"
            raise TypeError("a sheet value cannot be a bool")
        case int():
            return str(value)  # a port: no thousands separator
        case str():
            return value
    raise TypeError(f"not a sheet value: {value!r}")


def password_hint(hint: PasswordHint) -> str:
    """What to type as the password (the sheet never shows the password itself)."""
    hints = {
        PasswordHint.FROM_ADMINISTRATOR: translate(
            "SettingsSheet", "The password your administrator gave you (not printed here)"
        ),
        PasswordHint.SAME_AS_INCOMING: translate("SettingsSheet", "The same as for incoming mail"),
        PasswordHint.NOT_NEEDED: translate(
            "SettingsSheet", "None: leave the username and password empty"
        ),
        PasswordHint.INTERNET_PROVIDER: translate(
            "SettingsSheet", "The password of your mailbox at your internet provider"
        ),
    }
    return hints[hint]


def keep_text(keep: KeepOnServer) -> str:
    """POP3: whether, and how long, downloaded mail stays on the server."""
    if not keep.keep:
        return translate("SettingsSheet", "No: mail is removed from the server once downloaded")
    if keep.days == 1:
        return translate("SettingsSheet", "Yes, for 1 day")
    return translate("SettingsSheet", "Yes, for {days} days").format(days=keep.days)


def megabytes(size: ByteSize, locale: QLocale) -> str:
    """A size in MB, as the provider's guide writes it ("25 MB"; French "25 Mo")."""
    if size.bytes % MIB == 0:
        number = locale.toString(size.bytes // MIB)
    else:
        number = locale.toString(size.bytes / MIB, "f", 1)
    return translate("SettingsSheet", "{size} MB").format(size=number)


def advice_text(advice: Advice, sheet: SettingsSheet, locale: QLocale) -> str:
    """One piece of advice as a plain sentence or two."""
    provider = sheet.provider_name
    match advice.code:
        case AdviceCode.PASSWORD_NOT_PRINTED:
            return translate(
                "SettingsSheet",
                "For your safety, your password is not on this sheet: use the one your "
                "administrator gave you.",
            )
        case AdviceCode.IMAP_QUOTA:
            size = megabytes(advice.size or ByteSize(0), locale)
            return translate(
                "SettingsSheet",
                "With IMAP your messages stay on the server, which has room for {size}. "
                "Empty the trash of your mail program regularly so that your mailbox does not "
                "fill up.",
            ).format(size=size)
        case AdviceCode.POP3_KEEPS_COPY:
            return translate(
                "SettingsSheet",
                "With POP3 your mail program downloads your messages to this computer; the "
                "server keeps a copy only for the days shown above. Copy your mail regularly to "
                "another place, such as an external disk.",
            )
        case AdviceCode.POP3_DELETES:
            return translate(
                "SettingsSheet",
                "With POP3 your mail program removes your messages from the server once it "
                "has downloaded them: this computer then holds the only copy. Copy your mail "
                "regularly to another place, such as an external disk.",
            )
        case AdviceCode.WEBMAIL_USES_IMAP:
            return translate(
                "SettingsSheet",
                "Webmail always uses IMAP: messages your mail program has already taken off "
                "the server with POP3 no longer show in webmail.",
            )
        case AdviceCode.RELAY_OWN_NETWORK if advice.isp:
            return translate(
                "SettingsSheet",
                "The outgoing server of {isp} only works while you are connected to the "
                "internet through {isp}. Elsewhere, for example with a laptop on the road, "
                "use the outgoing server of {provider}.",
            ).format(isp=advice.isp, provider=provider)
        case AdviceCode.RELAY_OWN_NETWORK:
            return translate(
                "SettingsSheet",
                "This outgoing server only works while you are connected to the internet "
                "through your own internet provider. Elsewhere, use the outgoing server of "
                "{provider}.",
            ).format(provider=provider)
        case AdviceCode.ADMINISTRATOR_UNKNOWN:
            return translate(
                "SettingsSheet",
                "Your administrator is the person who gave you your username and password.",
            )
        case AdviceCode.ADMINISTRATOR_HELPS:
            return translate(
                "SettingsSheet",
                "Ask your administrator for a new password, an automatic reply while you are "
                "away, or to forward your mail to another address.",
            )
    raise ValueError(f"no text for advice {advice.code}")
