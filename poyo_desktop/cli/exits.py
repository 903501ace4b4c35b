"""Exit codes that mean something to a script (listed in ``--help`` and the README)."""

from __future__ import annotations

DONE = 0  # every video was made (or, handed to the running app without --wait, sent)
FAILED = 1  # a video failed
BAD_INPUT = 2  # a picture, prompt or option the rules refuse: nothing was sent
NOT_SENT = 3  # nothing sent: no key, a limit, the history busy or unreadable
UNKNOWN = 4  # a request left and no answer came: it may or may not have been made
PAUSED = 5  # sending is paused ("Pause Sending"): the videos wait in the queue, unsent
INTERRUPTED = 130  # Ctrl+C: stopped waiting; the work goes on (or resumes at next start)
PIPE_CLOSED = 141  # the output's reader went away (``| head -1``); 128 + SIGPIPE, as for cat

EPILOG = """exit codes:
  0    done (every video made; handed to the running app without --wait: sent)
  1    a video failed
  2    bad input (a picture, prompt or option the window would refuse too; for frame:
       a video it cannot read, a moment past its end, an output folder it cannot write)
  3    not sent (no API key, a spending limit, the history busy)
  4    unknown outcome (a request left and no answer came back)
  5    sending is paused: the videos wait in the queue (poyo-desktop resume sends them)
  130  interrupted (Ctrl+C stops waiting; nothing is lost or sent twice)
  141  the output's reader closed early (e.g. | head -1); nothing else went wrong
"""
