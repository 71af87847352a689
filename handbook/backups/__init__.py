"""Automatic backups: rotation as dated data, a second place, listing, restore orchestration and health."""
