"""Reports the province asks for, derived from the dated records (events, assignments, cases)."""
