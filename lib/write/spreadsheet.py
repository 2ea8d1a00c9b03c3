"""CSV cells that a spreadsheet will not run as formulas (OWASP "CSV injection").

Excel, LibreOffice and Google Sheets treat a cell that begins with ``=``, ``+``, ``-`` or ``@``
(and, after a tab or carriage return, whatever follows) as a formula, so document text such as
"=HYPERLINK(...)" in a title would run when an export is opened. Such a text cell is written with
a leading apostrophe, which spreadsheets show as text. Numbers are left alone: only text columns
are escaped, so -3 stays a number while the text "-3" becomes "'-3".
"""

from __future__ import annotations

import pandas as pd

from lib.markup import is_formula_like

_FORMULA_START = r"^[=+\-@\t\r]"


def spreadsheet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose formula-like text cells start with an apostrophe."""
    safe = frame.copy(deep=False)
    for position in range(frame.shape[1]):
        values = frame.iloc[:, position]
        if values.dtype == object:  # mixed: only its text cells can be formulas
            risky = values.map(lambda value: isinstance(value, str) and is_formula_like(value)).astype(bool)
        elif pd.api.types.is_string_dtype(values):
            risky = values.str.contains(_FORMULA_START, regex=True, na=False)
        else:
            continue
        if risky.any():
            safe.isetitem(position, values.where(~risky, "'" + values[risky].astype(str)))
    return safe


def csv_bytes(frame: pd.DataFrame, raw: bool = False) -> bytes:
    """``frame`` as UTF-8 CSV, spreadsheet-safe unless ``raw``."""
    return (frame if raw else spreadsheet_safe(frame)).to_csv(index=False).encode("utf-8")
