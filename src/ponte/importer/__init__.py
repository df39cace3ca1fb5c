"""Bringing a centre's past in: spreadsheets (XLSX, CSV) read, mapped and checked, Qt-free.

``reader`` turns a file into rows (``xlsx``: merged cells, formulas; ``csvfile``: encodings,
delimiters; ``sheet``: rows and limits); ``targets`` knows what Ponte can take and suggests a field for each column from
its Italian name; ``values`` reads a cell as a date, a number, yes/no or one of a list's
codes (``choices``: what a list column says and likely means); ``plan`` applies a mapping to
every row and reports, row by row (``problems``), what cannot be taken and why; ``template`` writes the spreadsheet a centre can fill. Writing into the vault is
``storage/imports.py``, driven by ``app/importing.py``.

Nothing here logs, prints or writes a temporary file: the file's contents stay in memory
and in the vault (``tests/test_no_personal_data_in_logs.py`` checks it).
"""
