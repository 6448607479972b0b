"""Pure-Python domain logic. Importing Qt anywhere in this package is a test failure."""
