"""Party documents as PDF (Hướng dẫn 36-HD/VPTW): fonts, layout, the comment sheet; built in memory.

Public API, by module (imported on demand, so loading the message catalogue does not load ReportLab):

- ``fonts``: ``register_fonts(choice)`` -> ``FontFamily``; ``register_bundled("noto")`` for signature stamps.
- ``model``: ``PageSetup``, ``DocumentHeader``, ``SignatureBlock``, ``Recipients``, ``PartyDocument``.
- ``layout``: ``render_document(doc)`` -> PDF bytes, and the flowable builders it is made of.
- ``comment_sheet``: ``CommentSheet``, ``Criterion``, ``Confirmation``, ``render_comment_sheets(sheets)``.
- ``dates``: ``place_date_line(place, date)`` ("Tân An, ngày 05 tháng 02 năm 2026").

Forms from the vault (each checks ``Op.FORMS_PRINT`` and returns PDF bytes built in memory):

- ``sheets_from_cases``: ``render_case_sheets(vault, case_ids, confirmation_mode=…)``, ``render_cases``.
- ``letters``: ``render_introduction_letter(vault, reg_id)``, ``render_endorsement(vault, reg_id)``.
- ``dispatch_letter``: ``render_dispatch(vault, dispatch_id)``, ``render_dispatch_document`` (PDF and
  signature box), ``signature_box(vault, dispatch_id)``.
- ``registers``: ``render_register_213(vault, year, cell_id=None)``, ``render_member_register(vault)``.
- ``handover``: ``render_handover(vault, handover)``, ``render_handover_into(vault, cell_id)``.
- ``images``: ``set_signature_images(vault, position, signature_png, seal_png)`` (head only).
- ``pages`` (flowing documents onto a shared canvas, A4 landscape) and ``sources`` (dated letterhead,
  rule sets, signers, fonts) serve them.
"""
