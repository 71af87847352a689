"""Benchmarks: speed and memory targets, measured against a baseline in the same run."""
