"""Russian month and weekday names, and the month stems Cyrillic dates are matched by ("13 августа").

The pack reads Ukrainian and Belarusian paragraphs as written (natasha's Russian models can), so the stems of
their months are here too, until they have packs of their own.
"""

from __future__ import annotations

DATE_LOCALE = "ru"
# As a date writes them: in the genitive ("13 августа").
MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
          "ноября", "декабря")
MONTH_ABBREVIATIONS = {"янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "авг": 8, "сен": 9, "сент": 9, "окт": 10,
                       "ноя": 11, "нояб": 11, "дек": 12}
# stem -> month; a written month is its stem and at most three more letters ("ма" + "я", "август" + "а").
MONTH_STEMS_RU = {"январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
                  "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12}
MONTH_STEMS_UK = {"січн": 1, "лют": 2, "берез": 3, "квітн": 4, "травн": 5, "червн": 6, "липн": 7, "серпн": 8,
                  "верес": 9, "жовтн": 10, "листопад": 11, "грудн": 12}
MONTH_STEMS_BE = {"студзен": 1, "сакавік": 3, "красавік": 4, "травен": 5, "чэрвен": 6, "ліпен": 7, "жнів": 8,
                  "верасн": 9, "кастрычнік": 10, "снеж": 12}
MONTH_STEMS = MONTH_STEMS_RU | MONTH_STEMS_UK | MONTH_STEMS_BE
WEEKDAYS = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье")
