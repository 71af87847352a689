"""Tests for handbook.text: Vietnamese text handling."""
