"""CLI sub-commands. Each module exposes ``register(subparsers)``; see hipdesk.cli."""
