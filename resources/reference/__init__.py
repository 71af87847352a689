"""Reference lists shipped with the app (administrative units); data files only, no code."""
