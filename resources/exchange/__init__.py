"""The bundle format's JSON schema (resources/exchange/bundle-v1.schema.json)."""
