"""The spending limits and the spend ledger, as the person sees them."""
