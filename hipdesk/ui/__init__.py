"""Qt widgets only; wired together by hipdesk.app."""
