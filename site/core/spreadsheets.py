"""Cells that a spreadsheet program will show as text, never run as a formula (OWASP "CSV injection").

A value beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read by Excel and LibreOffice as
a formula (``=HYPERLINK(…)``, ``@SUM(…)``); such a value gets a leading apostrophe, which those programs show
as nothing and which makes the cell plain text. Every CSV the portal writes (form submissions, the register)
passes its cells through ``neutralise``. XLSX files are safe already: Wagtail writes their cells as strings.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """``value`` made safe for a spreadsheet cell (non-strings are returned unchanged)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
