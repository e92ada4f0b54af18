"""Dates as spans of days: store dates, command-line bounds, display for people, their words.

:mod:`~carneytl.dates.edtf` parses the store's EDTF subset, :mod:`~carneytl.dates.bounds` the
bounds given on the command line, :mod:`~carneytl.dates.display` writes spans for people, and
:mod:`~carneytl.dates.words` holds the month, weekday and relative words they all share. The
package is pure: no I/O, and the reference day is always passed in.
"""
