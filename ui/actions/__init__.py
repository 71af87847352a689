"""The operations layer: one small function per user action, run off the GUI thread, no Qt inside.

Each function takes the open vault (or a path) and typed arguments and returns a typed value; values that
describe a change derive from ``ui.operations.Changed`` so screens can react to them.
"""
