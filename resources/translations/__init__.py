"""Translations of the window (Qt Linguist .ts sources; the .qm files are built, not committed)."""
