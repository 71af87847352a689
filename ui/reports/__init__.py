"""Báo cáo: pick a report, a period and an organisation; preview, print, save as .xlsx or PDF."""
