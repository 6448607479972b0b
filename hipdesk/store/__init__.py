"""SQLite journal: the only layer that talks to the database.

Everyday reads and writes use the standard library's ``sqlite3``; sqlite-utils writes the
schema migrations and is loaded only when a migration is pending (see schema.py).
"""
