"""Batches: many start pictures with one set of settings, the review sheet, the sending."""
