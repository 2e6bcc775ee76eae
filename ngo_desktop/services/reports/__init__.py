"""Reports for the board and the municipality: room use, support in kind, fairs and membership.

Each report is one plain function taking the Database and a ``ReportFilter`` (period, site,
organisation kind) and returning plain dataclasses; the window, the command line, the PDF and the
spreadsheet all show those same numbers. docs/reports.md says what each number means.
"""
