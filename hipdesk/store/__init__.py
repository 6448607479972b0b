"""SQLite journal: the only layer that talks to the database.

sqlite-utils imports numpy whenever it is installed (pyqtgraph brings it) just to map numpy
scalar types, which the journal never stores: ~15 MB RSS and ~100 ms that the tray companion
would carry all day. It is imported here, once, with numpy hidden; numpy stays importable for
the Trends page afterwards.
"""

import sys as _sys

if "sqlite_utils" not in _sys.modules and "numpy" not in _sys.modules:
    _sys.modules["numpy"] = None  # type: ignore[assignment]  # makes `import numpy` fail fast
    try:
        import sqlite_utils as _sqlite_utils  # noqa: F401
    finally:
        del _sys.modules["numpy"]
