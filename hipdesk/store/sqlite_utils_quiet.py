"""sqlite-utils, imported with numpy hidden.

sqlite-utils imports numpy whenever it is installed (pyqtgraph brings it) just to map numpy
scalar types, which the journal never stores: ~15 MB RSS and ~100 ms more. numpy stays
importable for the Trends page afterwards.
"""

import sys

if "sqlite_utils" not in sys.modules and "numpy" not in sys.modules:
    sys.modules["numpy"] = None  # type: ignore[assignment]  # makes `import numpy` fail fast
    try:
        import sqlite_utils  # noqa: F401
    finally:
        del sys.modules["numpy"]

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

__all__ = ["Database", "Migrations"]
