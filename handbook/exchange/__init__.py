"""Signed, encrypted bundles between committees: cards, building, opening, previewing and applying."""
