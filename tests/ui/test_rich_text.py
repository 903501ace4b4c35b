"""The app's own escape for Qt rich text replaces what html.escape does."""

from __future__ import annotations

import html

import pytest

from poyo_desktop.ui.kit.rich_text import escape


@pytest.mark.parametrize(
    "text",
    ["", "plain", "a < b & c > d", "\"quoted\" and 'single'", "<b>bold</b>", "&amp; twice", "é ✓"],
)
def test_escape_matches_html_escape(text):
    assert escape(text) == html.escape(text)
