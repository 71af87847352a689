"""Sổ tay Đảng viên core: domain, encrypted vault, workflow, forms and CLI (never imports Qt)."""

__version__ = "0.1.0"
