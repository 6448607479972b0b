"""Entry script of the PyInstaller bundle: the same ``main`` as the ``hipdesk`` gui-script."""

import sys

from hipdesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
