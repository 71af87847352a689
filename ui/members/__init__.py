"""The Đảng viên screen: the members table, search and filters, and the member editor."""
