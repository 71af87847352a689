"""Catalogue: organisations, reorganisation, committee profile and signers."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "orgtype.dang_uy_xa": ("Đảng ủy xã", "Commune Party committee"),
    "orgtype.dang_uy_phuong": ("Đảng ủy phường", "Ward Party committee"),
    "orgtype.dang_uy_dac_khu": ("Đảng ủy đặc khu", "Special-zone Party committee"),
    "orgtype.dang_bo_co_so": ("Đảng bộ cơ sở", "Grassroots Party organisation"),
    "orgtype.chi_bo_co_so": ("Chi bộ cơ sở", "Grassroots Party cell"),
    "orgtype.dang_bo_bo_phan": ("Đảng bộ bộ phận", "Sub-organisation"),
    "orgtype.chi_bo_truc_thuoc": ("Chi bộ trực thuộc", "Affiliated cell"),
    "orgtype.chi_bo": ("Chi bộ", "Party cell"),
    "org.name_missing": (
        "Chưa có tên tổ chức. Hãy ghi tên, ví dụ: Chi bộ thôn Đông.",
        "The organisation's name is missing, e.g. Chi bộ thôn Đông.",
    ),
    "org.not_found": ('Không tìm thấy tổ chức "{name}".', 'No organisation "{name}".'),
    "org.cell_not_found": (
        'Không có chi bộ nào tên "{name}". Hãy xem danh sách chi bộ và ghi đúng tên.',
        'No party cell is called "{name}". Look at the list of cells and write the name as shown.',
    ),
    "org.cell_ambiguous": (
        'Có nhiều chi bộ khớp với "{name}": {candidates}. Hãy ghi tên đầy đủ hơn.',
        'Several cells match "{name}": {candidates}. Write more of the name.',
    ),
    "org.not_a_cell": (
        '"{name}" không phải là chi bộ; đảng viên chỉ sinh hoạt ở chi bộ. Hãy chọn một chi bộ.',
        '"{name}" is not a party cell; members belong to cells. Choose a cell.',
    ),
    "org.inactive": (
        'Chi bộ "{name}" không còn hoạt động vào ngày {date} (đã sáp nhập hoặc giải thể). Hãy chọn chi bộ hiện có.',
        'The cell "{name}" no longer exists on {date} (merged or dissolved). Choose a current cell.',
    ),
    "reorg.decision_missing": (
        "Chưa có số quyết định. Hãy ghi số quyết định của Đảng ủy, ví dụ: 125-QĐ/ĐU.",
        "The decision number is missing, e.g. 125-QĐ/ĐU.",
    ),
    "reorg.merge_target": (
        "Hãy chọn chi bộ nhận (đã có) hoặc ghi tên chi bộ mới sau sáp nhập — chỉ một trong hai.",
        "Choose the receiving cell (existing) or write the new cell's name — one of the two.",
    ),
    "reorg.merge_into_source": (
        "Chi bộ nhận không thể đồng thời là chi bộ bị sáp nhập.",
        "The receiving cell cannot also be one of the merged cells.",
    ),
    "reorg.merge_too_few": ("Cần ít nhất hai chi bộ để sáp nhập.", "Choose at least two cells to merge."),
    "reorg.split_too_few": ("Chia tách cần ít nhất hai chi bộ mới.", "A split needs at least two new cells."),
    "reorg.split_not_member": (
        "Đảng viên số {id} không sinh hoạt ở {cell}.",
        "Member {id} is not in {cell}.",
    ),
    "reorg.split_twice": (
        "Đảng viên số {id} được xếp vào hai chi bộ mới. Mỗi người chỉ một chi bộ.",
        "Member {id} is placed in two new cells. Each person goes to one.",
    ),
    "reorg.split_unplaced": (
        "Còn {count} đảng viên chưa được xếp vào chi bộ mới ({names}…). Hãy xếp hết rồi làm lại.",
        "{count} member(s) are not yet placed in a new cell ({names}…). Place everyone and try again.",
    ),
    "reorg.move_none": ("Chưa chọn đảng viên nào để chuyển.", "No members were chosen to move."),
    "profile.field_missing": (
        "Thông tin đơn vị còn thiếu: {field}. Hãy điền đủ.",
        "The committee profile is missing {field}. Please fill it in.",
    ),
    "profile.signer_incomplete": (
        "Hãy ghi đủ họ tên và chức danh người ký.",
        "Write the signer's full name and title.",
    ),
    "profile.signer_not_found": ("Không tìm thấy người ký số {id}.", "No signer #{id}."),
    "profile.signer_period": (
        "Ngày thôi giữ chức phải sau ngày bắt đầu.",
        "The end date must be after the start.",
    ),
}
