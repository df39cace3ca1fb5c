"""The centre's forms: the field editor (administration) and centre fields in the case file."""
