"""The document library screen, the guide viewer and the "Xem văn bản" links from the rules to the documents."""
