"""Entry point for `python -m hipdesk` and the `hipdesk` gui-script."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from hipdesk import cli

    args = cli.parse(argv)
    if args.command:
        return cli.run(args)
    from hipdesk import app

    return app.main(args)


if __name__ == "__main__":
    sys.exit(main())
