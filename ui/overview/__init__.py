"""The Tổng quan screen."""
