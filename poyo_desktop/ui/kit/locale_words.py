"""Numbers, money, times and dates as the window's language writes them ("1,030" in English,
"1.030" in German, "2,50 $" in Spanish), and amounts in credits with their plural.

The locale is the chosen language's (``translations.install_translators`` makes it Qt's
default); English, the source, and a process with no language chosen (the tests, a bare
"C" system) write as American English does, which is what the window showed before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QTime

from poyo_desktop.core.prices import CREDIT_USD
from poyo_desktop.ui.kit.translations import translate

if TYPE_CHECKING:
    import datetime as dt


def locale() -> QLocale:
    """Qt's default locale, unless it is the plain "C" one: then American English."""
    found = QLocale()
    return QLocale("en_US") if found.language() == QLocale.Language.C else found


def number(value: float, decimals: int = 0) -> str:
    """``value`` with the language's digit grouping and decimal mark."""
    if decimals == 0:
        return locale().toString(round(value))
    return locale().toString(float(value), "f", decimals)


def credit_figure(credits: float) -> str:
    """``1,030`` (whole credits) or ``27.5`` (PoYo may charge fractions)."""
    return number(credits) if float(credits).is_integer() else number(credits, 1)


def dollars(credits: float) -> str:
    """Credits in US dollars, as PoYo sells them: "$2.55", "2,55 $"."""
    return locale().toCurrencyString(credits * CREDIT_USD, "$", 2)


def credits_text(credits: float) -> str:
    """ "30 credits", "1 credit", "27.5 credits"."""
    count = 2 if not float(credits).is_integer() else int(credits)
    return translate("Money", "{credits} credit(s)", "", count).format(
        credits=credit_figure(credits)
    )


def money(credits: float) -> str:
    """e.g. "1,030 credits (about $5.15)"; "1 credit" for one (``core.prices.money`` in the
    window's language)."""
    count = 2 if not float(credits).is_integer() else int(credits)
    return translate("Money", "{credits} credit(s) (about {dollars})", "", count).format(
        credits=credit_figure(credits), dollars=dollars(credits)
    )


def clock(moment: dt.datetime | dt.time) -> str:
    """The time of day, short: "14:05", "2:05 PM"."""
    return locale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def day(moment: dt.date) -> str:
    """A date, short: "12/5/26", "05.12.26", "2026/12/05"."""
    date = QDate(moment.year, moment.month, moment.day)
    return locale().toString(date, QLocale.FormatType.ShortFormat)


def month_day(moment: dt.date, *, with_year: bool = False) -> str:
    """ "Dec 5", "5. Dez.", "12月5日" (with the year when asked)."""
    date = QDate(moment.year, moment.month, moment.day)
    if with_year:
        return locale().toString(date, QLocale.FormatType.LongFormat)
    found = locale()
    pattern = found.dateFormat(QLocale.FormatType.LongFormat)
    # The long format without the weekday and the year, in the language's own order.
    for part in ("dddd", "yyyy", "yy"):
        pattern = pattern.replace(part, "")
    pattern = pattern.strip(" ,.'/-年").replace(",,", ",").replace("  ", " ").strip(", ")
    return found.toString(date, pattern or "d MMM")


def in_sentence(word: str) -> str:
    """A title used inside a sentence ("Start image" → "start image"); German keeps its
    nouns' capital, and scripts without case are left as they are."""
    if locale().language() == QLocale.Language.German:
        return word
    return word[:1].lower() + word[1:]
