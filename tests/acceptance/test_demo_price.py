"""Item 10: demo videos are free, and the form says so; with a key it shows PoYo's price.

The price a key would pay stays in view (in brackets, and on the model cards), so the
models can still be compared; saving a key changes every price at once."""

from __future__ import annotations

from tests.acceptance.settings_abilities import saves_settings
from tests.conftest import TEST_KEY


def test_demo_mode_says_free_and_a_saved_key_shows_the_price(desktop, person, play, poyo):
    async def scenario() -> None:
        await desktop.start()
        await person.sees("Demo mode.")
        await person.sees("Free in demo mode (30 credits with a key)")
        assert not person.can_see("Cost:")
        assert person.can_see("Free · 30 with a key")  # the Standard card
        assert person.can_see("Free · 55 with a key")  # the Pro card
        await person.click("Pro model")
        await person.click("Length 10 seconds")
        await person.sees("Free in demo mode (110 credits with a key)")
        person.screenshot("item10-demo-price")

        await saves_settings(person, key=TEST_KEY, server=poyo.base_url, via="Add API key")
        await person.sees("Cost: 110 credits (about $0.55)")
        assert not person.can_see("Free in demo mode")
        assert person.can_see("110 credits")  # the Pro card
        assert person.can_see("60 credits")  # the Standard card
        person.screenshot("item10-price-with-key")
        await desktop.quit()

    play(scenario)
