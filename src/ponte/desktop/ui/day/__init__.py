"""The operatrice's day: "La mia giornata", the centre's caseload, the case's diary tab."""
