"""The centre's calendar: a day or a week, per operatrice or for the whole centre."""
