"""Tests for handbook.forms: fonts, dates, layout and the comment sheet."""
