"""Bundle files between committees in the desktop app: import with preview, send a dispatch as a file, cards."""
