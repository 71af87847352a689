"""Settings dialogs (the full Cài đặt screen comes later)."""
