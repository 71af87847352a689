"""The document library inside the vault (files, extracted text, folded search) and the guide the app ships."""
