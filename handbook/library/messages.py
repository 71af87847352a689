"""Catalogue: the document library and the guide."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "library.unsupported": (
        'Tệp "{name}" có đuôi {suffix}: thư viện chỉ nhận tệp PDF (.pdf), Word (.docx) và văn bản (.txt).',
        'The file "{name}" ends in {suffix}: the library takes PDF (.pdf), Word (.docx) and text (.txt) files only.',
    ),
    "library.old_word": (
        'Tệp "{name}" là Word đời cũ (.doc). Hãy mở bằng Word, chọn Lưu thành… .docx (hoặc PDF) rồi thêm lại.',
        'The file "{name}" is an old Word file (.doc). Open it in Word, save it as .docx (or PDF) and add it again.',
    ),
    "library.not_what_it_says": (
        'Tệp "{name}" không phải là tệp {kind} như tên của nó (có thể bị đổi đuôi hoặc tải về chưa xong). Chưa thêm gì. Hãy lấy lại tệp gốc.',
        'The file "{name}" is not a {kind} file as its name says (renamed, or not fully downloaded). Nothing was added. Get the original file again.',
    ),
    "library.pdf_encrypted": (
        'Tệp "{name}" là PDF có mật khẩu nên không đọc được chữ. Chưa thêm gì. Hãy mở bằng mật khẩu, in ra PDF không mật khẩu rồi thêm lại.',
        'The file "{name}" is a password-protected PDF, so its text cannot be read. Nothing was added. Open it with the password, print it to a PDF without one and add that.',
    ),
    "library.pdf_damaged": (
        'Tệp "{name}" là PDF bị hỏng, không mở được. Chưa thêm gì. Hãy lấy lại bản gốc hoặc tải lại.',
        'The file "{name}" is a damaged PDF and cannot be opened. Nothing was added. Get the original or download it again.',
    ),
    "library.docx_damaged": (
        'Tệp "{name}" là tệp Word bị hỏng, không đọc được. Chưa thêm gì. Hãy mở bằng Word, lưu lại rồi thêm lại.',
        'The file "{name}" is a damaged Word file. Nothing was added. Open it in Word, save it again and add it.',
    ),
    "library.too_big": (
        'Tệp "{name}" nặng {size_mb} MB, quá giới hạn {limit_mb} MB của thư viện. Chưa thêm gì. Hãy chia nhỏ tệp hoặc nén PDF lại.',
        'The file "{name}" is {size_mb} MB, over the library\'s limit of {limit_mb} MB. Nothing was added. Split the file or compress the PDF.',
    ),
    "library.duplicate": (
        'Tệp này đã có trong thư viện: "{title}" (số {id}). Không thêm lần nữa; hãy mở văn bản đã có.',
        'This file is already in the library: "{title}" (no. {id}). It was not added again; open the existing one.',
    ),
    "library.no_text": (
        "Đã lưu, nhưng tệp không có chữ đọc được (có lẽ là bản chụp/scan): chỉ tìm được văn bản này theo tên, số và từ khóa.",
        "Kept, but the file has no readable text (probably a scan): this document is found by its title, number and tags only.",
    ),
    "library.title_missing": (
        "Chưa có tên văn bản. Hãy ghi trích yếu, ví dụ: Quy định về đảng viên đang công tác giữ mối liên hệ nơi cư trú.",
        "The document's title is missing, e.g. Regulation on working members keeping contact where they live.",
    ),
    "library.unreadable": (
        'Không đọc được tệp "{path}": {reason}. Hãy kiểm tra tệp còn đó và được phép đọc.',
        'Cannot read "{path}": {reason}. Check that the file exists and may be read.',
    ),
    "library.not_found": (
        "Không có văn bản số {id} trong thư viện. Hãy xem danh sách (handbook library list).",
        "There is no document no. {id} in the library. See the list (handbook library list).",
    ),
    "library.out_exists": (
        'Đã có tệp "{path}". Hãy chọn tên khác; tệp cũ không bị ghi đè.',
        'The file "{path}" exists. Choose another name; nothing was overwritten.',
    ),
    "library.unwritable": (
        'Không ghi được tệp "{path}": {reason}.',
        'Cannot write "{path}": {reason}.',
    ),
    "library.bad_date": (
        'Ngày "{value}" không đúng. Hãy ghi theo dạng ngày/tháng/năm, ví dụ 02/01/2020.',
        'The date "{value}" is not valid. Write it as day/month/year, e.g. 02/01/2020.',
    ),
    "library.bad_status": (
        'Hiệu lực "{value}" không rõ. Hãy ghi in_force (còn hiệu lực) hoặc replaced (đã được thay thế).',
        'The status "{value}" is unknown. Write in_force or replaced.',
    ),
    "library.status.in_force": ("Còn hiệu lực", "In force"),
    "library.status.replaced": ("Đã được thay thế", "Replaced"),
    "library.replaced_detail": ("Đã được thay thế bởi {by} từ {on}", "Replaced by {by} on {on}"),
    "library.added": ('Đã thêm "{title}" (số {id}, {pages} trang).', 'Added "{title}" (no. {id}, {pages} pages).'),
    "library.skipped": ("Bỏ qua: {reason}", "Skipped: {reason}"),
    "library.summary": (
        "Đã thêm {added} tệp; bỏ qua {skipped} tệp.",
        "Added {added} files; skipped {skipped}.",
    ),
    "library.no_hits": ('Không tìm thấy "{query}" trong thư viện.', 'Nothing matches "{query}" in the library.'),
    "library.empty": (
        "Thư viện chưa có văn bản nào. Thêm bằng: handbook library add KHO TỆP",
        "The library is empty. Add files with: handbook library add VAULT FILE",
    ),
    "library.exported": ('Đã lưu ra tệp "{path}".', 'Saved to "{path}".'),
    "library.page_title": ("tên văn bản", "title"),
    "library.page_n": ("trang {page}", "page {page}"),
    "library.updated": ('Đã cập nhật "{title}".', 'Updated "{title}".'),
    "guide.bad_file": (
        'Tệp hướng dẫn "{path}" bị lỗi: {reason}. Hãy cài lại chương trình.',
        'The guide file "{path}" is broken: {reason}. Reinstall the application.',
    ),
}
