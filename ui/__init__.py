"""PySide6 desktop front end over the ``handbook`` core."""
