"""Plain-Python rules shared by every layer: job states and their transitions (no Qt, no I/O)."""
