"""The bundle format's JSON schema (resources/exchange/bundle-v*.schema.json)."""
