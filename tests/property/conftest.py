"""Hypothesis profiles for the property tests of everything that parses the network.

``ci`` (the default): 200 examples a test, no deadline (two shared cores make timings
noisy), failures printed with the blob to replay them. ``dev``: 50 examples, for a quick
run. ``deep``: 5 000, to hunt after a change. Pick one with ``HYPOTHESIS_PROFILE=deep``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_COMMON = {
    "deadline": None,
    "print_blob": True,
    # The suite's autouse fixtures (temporary home, null keyring) are function-scoped; the
    # parsers under test never touch them, so sharing them between examples is harmless.
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
}
settings.register_profile("ci", max_examples=200, **_COMMON)
settings.register_profile("dev", max_examples=50, **_COMMON)
settings.register_profile("deep", max_examples=5000, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
