"""What the rest of the app needs to know of PoYo without loading the HTTP stack."""

from __future__ import annotations

from datetime import timedelta

DEFAULT_BASE_URL = "https://api.poyo.ai"
#: How long a finished task's result link can be fetched (PoYo's docs say 24 h in one place,
#: 3 days in another: the shorter).
RESULT_LINK_LIFETIME = timedelta(hours=24)
