"""What the rest of the app needs to know of PoYo without loading the HTTP stack."""

from __future__ import annotations

DEFAULT_BASE_URL = "https://api.poyo.ai"
