"""Party members: records, validation, lifecycle events, search and the Vietnamese name order."""
