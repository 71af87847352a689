"""The Sinh hoạt nơi cư trú (213) screen: registrations of members working elsewhere who live here."""
