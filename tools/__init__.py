"""Developer tools (not shipped): synthetic journals, drill stills, sounds."""
