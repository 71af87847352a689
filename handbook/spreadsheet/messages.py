"""Catalogue: importing and exporting members as Excel and CSV files, and the members commands."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- reading files ---
    "sheet.file_missing": (
        "Không tìm thấy tệp {path}. Hãy kiểm tra lại đường dẫn và tên tệp.",
        "File {path} not found. Check the path and the file name.",
    ),
    "sheet.unsupported_type": (
        "Tệp {path} không phải bảng tính Excel (.xlsx, .xls), LibreOffice (.ods) hay CSV (.csv). Hãy mở tệp "
        "bằng Excel hoặc LibreOffice và lưu lại dưới một trong các dạng đó.",
        "{path} is not an Excel (.xlsx, .xls), LibreOffice (.ods) or CSV (.csv) file. Open it in Excel or "
        "LibreOffice and save it in one of those formats.",
    ),
    "sheet.unreadable": (
        "Không đọc được tệp {path}: tệp bị hỏng hoặc không phải bảng tính. Hãy mở thử bằng Excel hoặc "
        "LibreOffice rồi lưu lại thành tệp mới.",
        "Cannot read {path}: the file is damaged or is not a spreadsheet. Try opening it in Excel or "
        "LibreOffice and saving it again as a new file.",
    ),
    "sheet.cell_missing": (
        "Chưa có chi bộ “{name}” trong kho. Nếu đây là lần nhập đầu tiên, hãy chọn tạo các chi bộ mới từ tệp "
        '(dòng lệnh: --create-missing-cells NGÀY), hoặc ghép tên này với một chi bộ đã có (--map-cell "{name}=TÊN").',
        "There is no cell “{name}” in the vault yet. If this is the first import, choose to create the new cells "
        "from the file (command line: --create-missing-cells DATE), or map this name to an existing cell "
        '(--map-cell "{name}=NAME").',
    ),
    "sheet.cell_missing_like": (
        "Chưa có chi bộ “{name}” trong kho; có phải là “{like}”? Hãy ghép tên này với chi bộ đó "
        '(dòng lệnh: --map-cell "{name}={like}"), hoặc chọn tạo chi bộ mới từ tệp (--create-missing-cells NGÀY).',
        "There is no cell “{name}” in the vault; did you mean “{like}”? Map the name to that cell "
        '(command line: --map-cell "{name}={like}"), or choose to create new cells from the file '
        "(--create-missing-cells DATE).",
    ),
    "sheet.map_cell_syntax": (
        "Cách ghép chi bộ “{value}” chưa đúng: hãy viết “Tên trong tệp=Tên chi bộ trong kho”.",
        "The cell mapping “{value}” is not right: write “Name in the file=Name of the cell in the vault”.",
    ),
    "sheet.map_cell_target_missing": (
        "Không ghép được “{name}” với “{target}”: trong kho không có chi bộ nào tên như vậy. Hãy xem tên chi bộ "
        "ở màn hình Tổ chức.",
        "Cannot map “{name}” to “{target}”: the vault has no cell by that name. See the cell names on the "
        "Organisations screen.",
    ),
    "sheet.no_committee": (
        "Kho chưa có đảng ủy xã (cấp trên của các chi bộ), nên không tạo được chi bộ mới. Hãy khai báo ở "
        "màn hình Tổ chức trước.",
        "The vault has no commune committee yet (the level above the cells), so no new cell can be made. "
        "Set it up on the Organisations screen first.",
    ),
    "sheet.protected": (
        "Tệp {path} có đặt mật khẩu nên phần mềm không đọc được. Hãy mở tệp bằng Excel hoặc LibreOffice, "
        "bỏ mật khẩu (Lưu thành… không đặt mật khẩu) rồi nhập tệp mới.",
        "{path} is protected by a password, so it cannot be read. Open it in Excel or LibreOffice, save a "
        "copy without the password and import that copy.",
    ),
    "sheet.not_really": (
        "Tệp {path} có đuôi {kind} nhưng nội dung không phải tệp {kind}. Hãy mở tệp bằng Excel hoặc "
        "LibreOffice rồi lưu lại đúng dạng.",
        "{path} ends in {kind} but its content is not a {kind} file. Open it in Excel or LibreOffice and "
        "save it again in the right format.",
    ),
    "sheet.no_such_sheet": (
        "Tệp {path} không có trang tính “{sheet}”. Các trang tính có: {sheets}.",
        "{path} has no sheet “{sheet}”. Its sheets are: {sheets}.",
    ),
    "sheet.empty": ("Tệp {path} không có dữ liệu.", "{path} holds no data."),
    "sheet.no_header": (
        "Không tìm thấy dòng tiêu đề trong {rows} dòng đầu của tệp {path}. Dòng tiêu đề cần có các cột "
        "như “Họ và tên”, “Ngày sinh”, “Số CCCD”. Hãy thêm dòng tiêu đề hoặc chỉ định cột bằng tay.",
        "No header row found in the first {rows} rows of {path}. The header needs columns such as "
        "“Họ và tên”, “Ngày sinh”, “Số CCCD”. Add a header row or map the columns by hand.",
    ),
    "sheet.no_name_column": (
        "Dòng tiêu đề (dòng {row}) của tệp {path} không có cột họ tên. Hãy đặt tên cột là “Họ và tên” "
        "(hoặc “Tên”), hoặc chỉ định cột họ tên bằng tay.",
        "The header (row {row}) of {path} has no name column. Call it “Họ và tên” (or “Tên”), or "
        "map the name column by hand.",
    ),
    "sheet.no_rows": (
        "Không có dòng dữ liệu nào từ dòng {row} trở đi. Hãy kiểm tra lại tệp hoặc dòng bắt đầu dữ liệu.",
        "No data rows from row {row} on. Check the file or the first data row.",
    ),
    "sheet.bad_encoding": (
        "Kiểu chữ “{value}” không có. Hãy chọn một trong: {choices}.",
        "Unknown encoding “{value}”. Choose one of: {choices}.",
    ),
    "sheet.encoding_guessed": (
        "Chữ trong tệp có vẻ được gõ bằng bảng mã {encoding} nên đã được chuyển sang Unicode. Hãy xem "
        "lại vài dòng; nếu chữ bị sai, hãy nhập lại với --encoding unicode.",
        "The text in the file looks like {encoding} and was converted to Unicode. Check a few rows; if "
        "the text comes out wrong, import again with --encoding unicode.",
    ),
    # --- mapping ---
    "sheet.bad_rows": (
        "Dòng tiêu đề ({header}) phải ở trên dòng dữ liệu đầu tiên ({first}).",
        "The header row ({header}) must come before the first data row ({first}).",
    ),
    "sheet.bad_column": (
        "Cột “{column}” không hợp lệ. Hãy ghi chữ cái của cột (A, B, …, AA) hoặc số thứ tự của cột.",
        "“{column}” is not a column. Write the column letter (A, B, …, AA) or its number.",
    ),
    "sheet.bad_target": (
        "Không hiểu “{value}” là thông tin gì. Hãy chọn một trong: {choices}.",
        "“{value}” is not a known field. Choose one of: {choices}.",
    ),
    "sheet.mapping_damaged": (
        "Cách ghép cột đã lưu bị hỏng. Hãy ghép cột lại và lưu lại.",
        "The saved column mapping is damaged. Map the columns again and save it.",
    ),
    "sheet.mapping_bad_name": (
        "Tên “{name}” không dùng được cho cách ghép cột: cần từ 1 đến {max} ký tự, không có dấu / \\ ' \".",
        "“{name}” cannot name a column mapping: use 1 to {max} characters without / \\ ' \".",
    ),
    "sheet.mapping_not_found": (
        "Chưa có cách ghép cột nào tên “{name}”. Các cách ghép cột đã lưu: {known}.",
        "No column mapping named “{name}”. Saved mappings: {known}.",
    ),
    "sheet.mapping_header_differs": (
        "Cách ghép cột đã lưu dành cho cột “{saved}”, nhưng tệp này ghi “{found}”. Hãy kiểm tra lại "
        "các cột trước khi nhập.",
        "The saved mapping expects the column “{saved}”, but this file says “{found}”. Check the "
        "columns before importing.",
    ),
    # --- cells ---
    "sheet.where_cell": ("Dòng {row}, cột {column} ({header})", "Row {row}, column {column} ({header})"),
    "sheet.where_row": ("Dòng {row}", "Row {row}"),
    "sheet.gender_unreadable": (
        "Giới tính “{value}” không rõ. Hãy ghi “Nam” hoặc “Nữ”.",
        "Gender “{value}” is unclear. Write “Nam” (male) or “Nữ” (female).",
    ),
    "sheet.gender_both": (
        "Dòng này có dữ liệu ở cả cột Nam và cột Nữ. Hãy chỉ ghi vào một cột.",
        "This row has data in both the male and the female column. Fill in only one.",
    ),
    "sheet.cccd_zero_restored": (
        "Số CCCD {value} thiếu chữ số, có lẽ Excel đã bỏ mất số 0 ở đầu; đã ghi thành {restored}. "
        "Hãy đối chiếu với thẻ căn cước (trong Excel, nên định dạng cột này là Văn bản).",
        "The CCCD {value} is short of digits, Excel probably dropped its leading zeros; it was read as "
        "{restored}. Check it against the ID card (in Excel, format this column as Text).",
    ),
    "sheet.cmnd_zero_restored": (
        "Số CMND {value} chỉ có 8 chữ số, có lẽ Excel đã bỏ mất số 0 ở đầu; đã ghi thành {restored}. Hãy kiểm tra lại.",
        "The CMND {value} has only 8 digits, Excel probably dropped a leading 0; it was read as {restored}. Check it.",
    ),
    "sheet.phone_zero_restored": (
        "Số điện thoại {value} thiếu số 0 ở đầu (Excel đã bỏ mất); đã ghi thành {restored}. Hãy kiểm tra lại.",
        "The phone number {value} lost its leading 0 in Excel; it was read as {restored}. Check it.",
    ),
    "sheet.card_zero_restored": (
        "Số thẻ đảng viên {value} chỉ có 7 chữ số, có lẽ Excel đã bỏ mất số 0 ở đầu; đã ghi thành "
        "{restored}. Hãy đối chiếu với thẻ đảng viên.",
        "The party card number {value} has only 7 digits, Excel probably dropped a leading 0; it was "
        "read as {restored}. Check it against the card.",
    ),
    # --- duplicates ---
    "sheet.cccd_twice_in_file": (
        "Số CCCD {cccd} đã có ở dòng {first} của tệp. Mỗi người một số; hãy sửa hoặc xóa một trong hai dòng.",
        "The CCCD {cccd} is also on row {first} of the file. Each person has their own; correct or "
        "remove one of the two rows.",
    ),
    "sheet.skipped_same_cccd": (
        "Đã có đảng viên mang số CCCD {cccd} nên dòng này được bỏ qua (theo lựa chọn “bỏ qua”).",
        "A member with the CCCD {cccd} already exists, so this row is skipped (as chosen).",
    ),
    "sheet.skipped_same_name_birth": (
        "Đã có đảng viên {name} sinh {birth} nên dòng này được bỏ qua. Nếu là hai người khác nhau, hãy "
        "ghi số CCCD của người này, hoặc nhập lại với --on-duplicate name=create.",
        "A member {name} born {birth} already exists, so this row is skipped. If they are different "
        "people, add this person's CCCD or import again with --on-duplicate name=create.",
    ),
    "sheet.same_name_birth_in_file": (
        "{name} sinh {birth} đã có ở dòng {first} của tệp nên dòng này được bỏ qua. Nếu là hai người "
        "khác nhau, hãy ghi số CCCD cho cả hai.",
        "{name} born {birth} is also on row {first} of the file, so this row is skipped. If they are "
        "different people, give both their CCCD.",
    ),
    "sheet.same_name_birth_in_file_created": (
        "{name} sinh {birth} cũng có ở dòng {first} của tệp; cả hai dòng được thêm thành hai người.",
        "{name} born {birth} is also on row {first} of the file; both rows are added as two people.",
    ),
    "sheet.same_member_twice": (
        "Dòng này và dòng {first} cùng chỉ một đảng viên đã có nên dòng này được bỏ qua. Hãy gộp hai dòng.",
        "This row and row {first} both match the same member, so this row is skipped. Merge the two rows.",
    ),
    "sheet.assign_reason": ("Nhập từ tệp {file}", "Imported from {file}"),
    # --- report ---
    "sheet.report.sheet": ("Lỗi", "Problems"),
    "sheet.report.title": ("Các lỗi và lưu ý khi nhập tệp {file}", "Problems found importing {file}"),
    "sheet.report.row": ("Dòng", "Row"),
    "sheet.report.column": ("Cột", "Column"),
    "sheet.report.header": ("Tên cột", "Header"),
    "sheet.report.value": ("Giá trị", "Value"),
    "sheet.report.severity": ("Mức độ", "Severity"),
    "sheet.report.message": ("Nội dung và cách sửa", "What is wrong and how to fix it"),
    "sheet.severity.error": ("Lỗi", "Error"),
    "sheet.severity.warning": ("Lưu ý", "Warning"),
    # --- export ---
    "sheet.export.sheet": ("Danh sách", "Members"),
    "sheet.export.title": ("DANH SÁCH ĐẢNG VIÊN", "LIST OF PARTY MEMBERS"),
    "sheet.export.subtitle": ("(Lập ngày {date}; {count} đảng viên)", "(Made on {date}; {count} members)"),
    "sheet.export.stt": ("STT", "No."),
    "sheet.out_exists": (
        "Tệp {path} đã có. Hãy chọn tên khác, hoặc thêm --overwrite để ghi đè.",
        "{path} already exists. Choose another name, or add --overwrite to replace it.",
    ),
    "sheet.out_type": (
        "Không xuất được ra {path}: tên tệp phải có đuôi {types}.",
        "Cannot export to {path}: the file name must end in {types}.",
    ),
    "sheet.out_dir_missing": (
        "Thư mục {path} không có. Hãy tạo thư mục trước hoặc chọn thư mục khác.",
        "The folder {path} does not exist. Create it first or choose another folder.",
    ),
    # --- targets ---
    "sheet.target.ignore": ("(không nhập)", "(not imported)"),
    "sheet.target.full_name": ("Họ và tên", "Full name"),
    "sheet.target.ho_dem": ("Họ và tên đệm", "Family and middle name"),
    "sheet.target.ho": ("Họ", "Family name"),
    "sheet.target.dem": ("Tên đệm", "Middle name"),
    "sheet.target.ten": ("Tên", "Given name"),
    "sheet.target.gender": ("Giới tính", "Gender"),
    "sheet.target.male": ("Ngày sinh – Nam", "Date of birth (men)"),
    "sheet.target.female": ("Ngày sinh – Nữ", "Date of birth (women)"),
    "sheet.target.birth_date": ("Ngày sinh", "Date of birth"),
    "sheet.target.hometown": ("Quê quán", "Hometown"),
    "sheet.target.ethnicity": ("Dân tộc", "Ethnicity"),
    "sheet.target.religion": ("Tôn giáo", "Religion"),
    "sheet.target.cccd": ("Số CCCD", "Citizen ID (CCCD)"),
    "sheet.target.cmnd": ("Số CMND cũ", "Old ID (CMND)"),
    "sheet.target.id_number": ("Số CCCD hoặc CMND", "CCCD or CMND"),
    "sheet.target.phone": ("Điện thoại", "Phone"),
    "sheet.target.card_no": ("Số thẻ đảng viên", "Party card number"),
    "sheet.target.admitted": ("Ngày vào Đảng", "Date admitted"),
    "sheet.target.official": ("Ngày chính thức", "Date made official"),
    "sheet.target.education": ("Trình độ học vấn", "Education"),
    "sheet.target.theory": ("Lý luận chính trị", "Political theory"),
    "sheet.target.occupation": ("Nghề nghiệp", "Occupation"),
    "sheet.target.workplace": ("Nơi làm việc", "Workplace"),
    "sheet.target.address": ("Nơi cư trú", "Residence"),
    "sheet.target.cell": ("Chi bộ", "Party cell"),
    "sheet.target.note": ("Ghi chú", "Note"),
    # --- command line ---
    "sheet.cli.list_empty": ("Không có đảng viên nào.", "No members."),
    "sheet.cli.list_count": ("Tổng cộng: {count} đảng viên.", "Total: {count} member(s)."),
    "sheet.cli.col_no": ("STT", "No."),
    "sheet.cli.col_name": ("Họ và tên", "Full name"),
    "sheet.cli.col_birth": ("Ngày sinh", "Born"),
    "sheet.cli.col_cccd": ("Số CCCD", "CCCD"),
    "sheet.cli.col_cell": ("Chi bộ", "Cell"),
    "sheet.cli.col_status": ("Tình trạng", "Status"),
    "sheet.cli.sheet_info": (
        "Tệp {file}{sheet}: dòng tiêu đề {header}, dữ liệu từ dòng {first}.",
        "File {file}{sheet}: header on row {header}, data from row {first}.",
    ),
    "sheet.cli.column_info": ("  Cột {letter} “{header}” → {target}", "  Column {letter} “{header}” → {target}"),
    "sheet.cli.encoding_font": (
        "Chữ trong tệp dùng phông {fonts} (bảng mã {encoding}): sẽ được chuyển sang Unicode.",
        "The file's text uses the fonts {fonts} ({encoding}): it will be converted to Unicode.",
    ),
    "sheet.cli.cell_created": (
        "Chi bộ mới từ tệp: “{name}” ({count} dòng: {rows}).",
        "New cell from the file: “{name}” ({count} rows: {rows}).",
    ),
    "sheet.cli.cell_missing": (
        "Chưa có chi bộ “{name}” ({count} dòng: {rows}){like}.",
        "No cell “{name}” yet ({count} rows: {rows}){like}.",
    ),
    "sheet.cli.cell_like": ("; giống chi bộ “{like}”", "; it looks like “{like}”"),
    "sheet.cli.counts": (
        "Đọc {rows} dòng: thêm mới {created}, cập nhật {updated}, không đổi {unchanged}, bỏ qua {skipped}; "
        "{errors} lỗi, {warnings} lưu ý.",
        "Read {rows} row(s): {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped; "
        "{errors} error(s), {warnings} warning(s).",
    ),
    "sheet.cli.dry_run": (
        "Chạy thử (--dry-run): chưa lưu gì vào kho dữ liệu.",
        "Dry run (--dry-run): nothing was saved.",
    ),
    "sheet.cli.imported": ("Đã nhập xong, tất cả trong một lần lưu.", "Imported, all in one transaction."),
    "sheet.cli.rejected": (
        "Không nhập gì cả: {rows} dòng có lỗi. Hãy sửa các lỗi trong tệp rồi nhập lại.",
        "Nothing was imported: {rows} row(s) have errors. Fix them in the file and import again.",
    ),
    "sheet.cli.more_problems": (
        "… và {count} điều khác (xem đầy đủ trong báo cáo --report).",
        "… and {count} more (see them all with --report).",
    ),
    "sheet.cli.report_written": ("Đã ghi báo cáo lỗi vào {path}.", "Problem report written to {path}."),
    "sheet.cli.report_hint": (
        "Thêm --report LOI.xlsx để có danh sách đầy đủ trong một tệp Excel.",
        "Add --report ERRORS.xlsx for the full list in an Excel file.",
    ),
    "sheet.cli.mapping_saved": ("Đã lưu cách ghép cột “{name}”.", "Column mapping “{name}” saved."),
    "sheet.cli.bad_duplicate": (
        "“{value}” không hợp lệ. Hãy ghi dạng QUY_TẮC=CÁCH, với quy tắc là cccd hoặc name và cách là "
        "skip, update hoặc create (ví dụ: --on-duplicate cccd=update --on-duplicate name=skip).",
        "“{value}” is not valid. Write RULE=POLICY, the rule cccd or name and the policy skip, update "
        "or create (e.g. --on-duplicate cccd=update --on-duplicate name=skip).",
    ),
    "sheet.cli.bad_column_option": (
        "“{value}” không hợp lệ. Hãy ghi dạng CỘT=THÔNG_TIN, ví dụ --column C=cccd hoặc --column D=ignore.",
        "“{value}” is not valid. Write COLUMN=FIELD, e.g. --column C=cccd or --column D=ignore.",
    ),
    "sheet.cli.exported": ("Đã xuất {count} đảng viên ra {path}.", "Exported {count} member(s) to {path}."),
    "sheet.cli.register_exported": (
        "Đã ghi sổ danh sách đảng viên (Mẫu 7-HSĐV, {count} đảng viên) ra {path}.",
        "Member register (Mẫu 7-HSĐV, {count} members) written to {path}.",
    ),
}
