"""The residence-cell confirmation flow of Regulation 213 as revised by Conclusion 202."""
