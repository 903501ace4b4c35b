"""The command line: ``poyo-desktop generate | batch | list | status | ledger | pause |
resume | frame``.

It drives the same services, history, key and spending limit as the window. When the app
runs (owns the data folder) a command is handed to it over the single-instance socket and
the app does the work, so it shows in its list at once; otherwise the command takes the
folder and runs the services itself, without a window (``headless``). ``frame`` needs no
history: it always runs in its own process.
"""

from __future__ import annotations

COMMANDS = frozenset({"generate", "batch", "list", "status", "ledger", "pause", "resume", "frame"})
