"""Outcomes of her path (issue 21): the case tab, the follow-up form, follow-ups due, indicators."""
