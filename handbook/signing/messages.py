"""Catalogue: digital signatures (signing with a PKCS#12 file or a PKCS#11 token, and verifying)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- where things are -------------------------------------------------------------------------------------
    "sign.where_document": ("tài liệu PDF được đưa vào", "the PDF given"),
    "sign.where_trust": ("chứng thư tin cậy thứ {index}", "trusted certificate number {index}"),
    # --- the document -----------------------------------------------------------------------------------------
    "sign.pdf_unreadable": (
        "Không đọc được {where} như một tệp PDF ({reason}). Hãy mở tệp bằng trình xem PDF để kiểm tra, hoặc in lại tệp rồi thử lại.",
        "Cannot read {where} as a PDF file ({reason}). Open it in a PDF viewer to check it, or produce the file again and retry.",
    ),
    "sign.pdf_encrypted": (
        "{where} đã được đặt mật khẩu (mã hóa) nên không ký hoặc kiểm tra được. Hãy dùng bản PDF không đặt mật khẩu.",
        "{where} is password-protected (encrypted), so it cannot be signed or checked. Use a copy without a password.",
    ),
    "sign.page_out_of_range": (
        "Không có trang {page} trong {where}: tài liệu chỉ có {count} trang. Hãy chọn trang từ 1 đến {count}.",
        "There is no page {page} in {where}: the document has {count} pages. Choose a page from 1 to {count}.",
    ),
    "sign.bad_box": (
        "Ô chữ ký ({box}) không hợp lệ: cần x1 < x2 và y1 < y2 (đơn vị điểm PDF, 1 mm ≈ 2,83 điểm). Hãy sửa lại tọa độ.",
        "The signature box ({box}) is not valid: it needs x1 < x2 and y1 < y2 (PDF points, 1 mm ≈ 2.83 points). Fix the coordinates.",
    ),
    "sign.box_syntax": (
        'Không hiểu ô chữ ký "{text}". Hãy viết bốn số cách nhau bởi dấu phẩy: x1,y1,x2,y2 (ví dụ 330,60,552,130).',
        'Cannot read the signature box "{text}". Write four numbers separated by commas: x1,y1,x2,y2 (e.g. 330,60,552,130).',
    ),
    "sign.field_exists": (
        'Tài liệu đã có ô chữ ký "{field}" đã ký. Mỗi công văn chỉ ký một lần; nếu cần ký thêm, hãy đặt tên ô khác.',
        'The document already has a signed signature field "{field}". A dispatch is signed once; to add another signature use another field name.',
    ),
    "sign.failed": (
        "Không ký được tài liệu ({reason}). Tài liệu gốc không bị thay đổi. Hãy thử lại; nếu lỗi lặp lại, báo cho người hỗ trợ.",
        "Could not sign the document ({reason}). The original is unchanged. Try again; if it happens again, tell your support person.",
    ),
    "sign.font_missing": (
        "Không tìm thấy phông chữ Noto Serif để vẽ ô chữ ký (đã tìm: {paths}). Hãy cài lại chương trình.",
        "The Noto Serif font for the signature box is missing (looked in: {paths}). Reinstall the program.",
    ),
    # --- PKCS#12 ----------------------------------------------------------------------------------------------
    "sign.p12_unreadable": (
        "Không đọc được tệp chữ ký số {path}: {reason}. Hãy kiểm tra đường dẫn tới tệp .p12/.pfx.",
        "Cannot read the signing file {path}: {reason}. Check the path to the .p12/.pfx file.",
    ),
    "sign.p12_wrong_password": (
        "Không mở được tệp chữ ký số {path}: sai mật khẩu, hoặc tệp không phải PKCS#12 (.p12/.pfx). Hãy nhập đúng mật khẩu của tệp này.",
        "Cannot open the signing file {path}: wrong password, or not a PKCS#12 (.p12/.pfx) file. Enter the password of this file.",
    ),
    "sign.p12_incomplete": (
        "Tệp {path} không chứa cả khóa bí mật lẫn chứng thư số nên không dùng để ký được. Hãy xuất lại tệp .p12/.pfx kèm khóa bí mật.",
        "The file {path} does not hold both a private key and a certificate, so it cannot sign. Export the .p12/.pfx again with its private key.",
    ),
    # --- PKCS#11 ----------------------------------------------------------------------------------------------
    "sign.p11_module": (
        "Không nạp được thư viện của thiết bị ký số (USB token) {module}: {reason}. Hãy cài phần mềm đi kèm token và chỉ đúng tệp thư viện (.dll/.so).",
        "Cannot load the signing token's library {module}: {reason}. Install the token's software and point to its library file (.dll/.so).",
    ),
    "sign.p11_no_token": (
        "Không thấy USB token nào qua thư viện {module}. Hãy cắm token vào máy rồi thử lại.",
        "No USB token found through the library {module}. Plug the token in and try again.",
    ),
    "sign.p11_token_not_found": (
        "Không thấy token {wanted} qua thư viện {module}. Token đang có: {available}. Hãy chọn đúng nhãn token hoặc số khe (slot).",
        "No token {wanted} found through the library {module}. Tokens present: {available}. Choose the right token label or slot number.",
    ),
    "sign.p11_many_tokens": (
        "Có nhiều token qua thư viện {module}: {available}. Hãy chọn một token bằng nhãn (--token-label) hoặc số khe (--slot).",
        "Several tokens are present through the library {module}: {available}. Choose one by label (--token-label) or slot (--slot).",
    ),
    "sign.p11_wrong_pin": (
        "Sai mã PIN của token {token}. Hãy nhập lại đúng mã PIN; nhập sai nhiều lần token sẽ bị khóa.",
        "Wrong PIN for the token {token}. Enter the right PIN; too many wrong tries lock the token.",
    ),
    "sign.p11_pin_locked": (
        "Mã PIN của token {token} đã bị khóa. Hãy liên hệ nhà cung cấp chữ ký số để mở khóa.",
        "The PIN of the token {token} is locked. Contact your signature provider to unlock it.",
    ),
    "sign.p11_login_failed": (
        "Không đăng nhập được vào token {token} ({reason}). Hãy rút token ra, cắm lại và thử lại.",
        "Cannot log in to the token {token} ({reason}). Unplug the token, plug it in again and retry.",
    ),
    "sign.p11_no_key": (
        "Token {token} không có khóa ký{label}. Hãy kiểm tra token bằng phần mềm của nhà cung cấp, hoặc chọn đúng nhãn khóa (--key-label).",
        "The token {token} holds no signing key{label}. Check the token with the provider's software, or choose the right key label (--key-label).",
    ),
    "sign.p11_many_keys": (
        "Token {token} có nhiều khóa ký: {available}. Hãy chọn một khóa bằng nhãn (--key-label).",
        "The token {token} holds several signing keys: {available}. Choose one by label (--key-label).",
    ),
    "sign.p11_no_cert": (
        "Token {token} không có chứng thư số đi kèm khóa ký{label}. Hãy nạp chứng thư vào token, hoặc chọn đúng nhãn chứng thư (--cert-label).",
        "The token {token} has no certificate for the signing key{label}. Load the certificate onto the token, or choose the right certificate label (--cert-label).",
    ),
    "sign.p11_error": (
        "Token {token} báo lỗi khi ký ({reason}). Tài liệu gốc không bị thay đổi. Hãy rút token ra, cắm lại và thử lại.",
        "The token {token} reported an error while signing ({reason}). The original is unchanged. Unplug the token, plug it in again and retry.",
    ),
    # --- verifying --------------------------------------------------------------------------------------------
    "sign.trust_bad": (
        "Không đọc được {where} như một chứng thư số (PEM hoặc DER): {reason}. Hãy dùng tệp chứng thư .pem/.cer/.crt.",
        "Cannot read {where} as a certificate (PEM or DER): {reason}. Use a .pem/.cer/.crt certificate file.",
    ),
    "sign.verify_none": (
        "Tài liệu không có chữ ký số nào.",
        "The document has no digital signature.",
    ),
    "sign.verify_header": ("Chữ ký {n} (ô {field}):", "Signature {n} (field {field}):"),
    "sign.verify_signer": ("  Người ký: {name}", "  Signed by: {name}"),
    "sign.verify_issuer": ("  Cấp bởi: {issuer}", "  Issued by: {issuer}"),
    "sign.verify_time": (
        "  Thời điểm ký: {time} (theo đồng hồ máy người ký)",
        "  Signing time: {time} (as the signer's computer clock said)",
    ),
    "sign.verify_time_unknown": ("  Thời điểm ký: không ghi", "  Signing time: not recorded"),
    "sign.verify_timestamp": (
        "  Dấu thời gian tin cậy: {time}",
        "  Trusted timestamp: {time}",
    ),
    "sign.verify_intact": (
        "  Nội dung: còn nguyên vẹn như lúc ký.",
        "  Content: intact, as it was when signed.",
    ),
    "sign.verify_broken": (
        "  Nội dung: KHÔNG còn nguyên vẹn — tài liệu đã bị sửa trong phần được ký, hoặc chữ ký bị hỏng.",
        "  Content: NOT intact — the signed part was altered, or the signature is damaged.",
    ),
    "sign.verify_unchanged": (
        "  Sau khi ký: không có thay đổi nào.",
        "  After signing: no changes.",
    ),
    "sign.verify_changed_ok": (
        "  Sau khi ký: có phần thêm vào ({level}), được phép (ví dụ: thêm chữ ký khác).",
        "  After signing: something was added ({level}), which is allowed (e.g. another signature).",
    ),
    "sign.verify_changed_bad": (
        "  Sau khi ký: tài liệu ĐÃ BỊ THAY ĐỔI ({level}). Nội dung hiện tại không phải nội dung đã ký.",
        "  After signing: the document WAS CHANGED ({level}). What you see now is not what was signed.",
    ),
    "sign.verify_trusted": (
        "  Chứng thư người ký: tin cậy (nối tới {anchor}).",
        "  Signer's certificate: trusted (chains to {anchor}).",
    ),
    "sign.verify_untrusted": (
        "  Chứng thư người ký: CHƯA tin cậy ({reason}). Hãy chỉ định chứng thư gốc của nhà cung cấp bằng --trust TỆP.pem.",
        "  Signer's certificate: NOT trusted ({reason}). Give the provider's root certificate with --trust FILE.pem.",
    ),
    "sign.verify_problem": ("  Sự cố khi kiểm tra: {reason}", "  Problem while checking: {reason}"),
    "sign.verify_ok": (
        "Kết luận: HỢP LỆ — chữ ký còn nguyên vẹn và đáng tin cậy.",
        "Result: VALID — intact and trusted.",
    ),
    "sign.verify_not_ok": (
        "Kết luận: KHÔNG HỢP LỆ hoặc chưa xác minh được — xem các dòng trên.",
        "Result: NOT VALID or not verified — see the lines above.",
    ),
    "sign.trust_unknown_issuer": (
        "chưa biết nơi cấp chứng thư ({issuer}): chưa chỉ định chứng thư gốc tin cậy (--trust)",
        "the certificate's issuer ({issuer}) is unknown: no trusted root certificate was given (--trust)",
    ),
    "sign.verify_trailing": (
        "  Sau khi ký: có {count} byte được ghi thêm vào cuối tệp, không phải một phiên bản hợp lệ của tài liệu. "
        "Tệp không còn đúng như khi ký.",
        "  After signing: {count} bytes were added at the end of the file that are not a valid revision of the "
        "document. The file is not as it was signed.",
    ),
    "sign.trust_none_given": ("chưa chỉ định chứng thư gốc tin cậy", "no trusted root certificate was given"),
    "sign.trust_no_path": (
        "không nối được tới chứng thư gốc nào đã chỉ định",
        "it does not chain to any of the given root certificates",
    ),
    "sign.trust_revoked": ("chứng thư đã bị thu hồi", "the certificate was revoked"),
    "sign.trust_expired": (
        "chứng thư đã hết hạn hoặc chưa đến ngày có hiệu lực",
        "the certificate has expired or is not yet valid",
    ),
    "sign.trust_usage": (
        "chứng thư không được cấp để ký văn bản",
        "the certificate was not issued for signing documents",
    ),
    "sign.trust_other": ("kết quả kiểm tra: {reason}", "check result: {reason}"),
    "sign.level.none": ("không có", "none"),
    "sign.level.lta_updates": ("bổ sung thông tin kiểm tra dài hạn", "long-term validation data"),
    "sign.level.form_filling": ("điền biểu mẫu hoặc thêm chữ ký", "form filling or another signature"),
    "sign.level.annotations": ("thêm ghi chú", "annotations"),
    "sign.level.other": ("sửa nội dung", "content changes"),
    "sign.level.unknown": ("không rõ", "unknown"),
    # --- command line -----------------------------------------------------------------------------------------
    "sign.cli.p12_password_prompt": ("Mật khẩu tệp chữ ký số: ", "Signing file password: "),
    "sign.cli.pin_prompt": ("Mã PIN của token: ", "Token PIN: "),
    "sign.cli.no_p12_password": (
        "Chưa có mật khẩu tệp chữ ký số. Hãy dùng --p12-password-file TỆP, biến môi trường HANDBOOK_P12_PASSWORD, "
        "hoặc chạy lệnh trong cửa sổ dòng lệnh để được hỏi.",
        "No signing file password given. Use --p12-password-file FILE, the HANDBOOK_P12_PASSWORD environment "
        "variable, or run the command in a terminal to be asked.",
    ),
    "sign.cli.no_pin": (
        "Chưa có mã PIN của token. Hãy dùng --pin-file TỆP, biến môi trường HANDBOOK_PIN, "
        "hoặc chạy lệnh trong cửa sổ dòng lệnh để được hỏi.",
        "No token PIN given. Use --pin-file FILE, the HANDBOOK_PIN environment variable, "
        "or run the command in a terminal to be asked.",
    ),
    "sign.cli.file_unreadable": (
        "Không đọc được tệp {path}: {reason}. Hãy kiểm tra đường dẫn.",
        "Cannot read the file {path}: {reason}. Check the path.",
    ),
    "sign.cli.out_unwritable": (
        "Không ghi được tệp {path}: {reason}. Hãy chọn thư mục khác hoặc đóng tệp nếu đang mở.",
        "Cannot write the file {path}: {reason}. Choose another folder, or close the file if it is open.",
    ),
    "sign.cli.bad_page": (
        'Số trang "{text}" không hợp lệ. Trang đầu là 1; để trống để ký ở trang cuối.',
        'The page number "{text}" is not valid. The first page is 1; leave it out to sign on the last page.',
    ),
    "sign.cli.same_file": (
        "Tệp kết quả {path} trùng với tệp gốc. Hãy đặt tên khác cho bản đã ký để giữ bản gốc.",
        "The output {path} is the input file. Give the signed copy another name to keep the original.",
    ),
    "sign.cli.signed": (
        "Đã ký {src} → {out} (tên trên ô chữ ký: {name}). Kiểm tra bằng: handbook verify {out}",
        "Signed {src} → {out} (name in the signature box: {name}). Check it with: handbook verify {out}",
    ),
}
