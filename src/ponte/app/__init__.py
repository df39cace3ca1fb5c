"""Qt-free composition shared by the CLI and the desktop: a workstation and its wiring."""
