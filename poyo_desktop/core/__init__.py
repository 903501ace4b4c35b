"""Plain-Python rules shared by every layer: jobs and their states, the draft, the generation
rules and prices, what a history search means (no Qt, no I/O, no other project package)."""
