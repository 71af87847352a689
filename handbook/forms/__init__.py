"""Party documents as PDF (Hướng dẫn 36-HD/VPTW): fonts, layout, the comment sheet; built in memory.

Public API, by module (imported on demand, so loading the message catalogue does not load ReportLab):

- ``fonts``: ``register_fonts(choice)`` -> ``FontFamily``; ``register_bundled("noto")`` for signature stamps.
- ``model``: ``PageSetup``, ``DocumentHeader``, ``SignatureBlock``, ``Recipients``, ``PartyDocument``.
- ``layout``: ``render_document(doc)`` -> PDF bytes, and the flowable builders it is made of.
- ``comment_sheet``: ``CommentSheet``, ``Criterion``, ``Confirmation``, ``render_comment_sheets(sheets)``.
- ``dates``: ``place_date_line(place, date)`` ("Tân An, ngày 05 tháng 02 năm 2026").
"""
