"""The desktop side of backups: the scheduler, the health panel, the second-place setting, the restore wizard."""
