"""Data files shipped with the app: fonts, reference lists, rule sets, translations."""
