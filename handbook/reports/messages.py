"""Catalogue: report periods, organisations, empty selections and report titles."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "report.end_before_start": (
        "Kỳ báo cáo: ngày kết thúc ({end}) trước ngày bắt đầu ({start}). Hãy đổi lại hai ngày.",
        "Report period: the end ({end}) is before the start ({start}). Swap the two dates.",
    ),
    "report.future": (
        "Ngày {day} còn ở tương lai: báo cáo này chỉ ghi những gì đã có đến ngày báo cáo. "
        "Hãy chọn ngày hôm nay ({today}) hoặc một ngày đã qua.",
        "{day} is in the future: this report only states what was true on its date. "
        "Choose today ({today}) or an earlier day.",
    ),
    "report.future_year": (
        "Năm {year} chưa đến: chưa có đợt nhận xét nào. Hãy chọn năm {today} hoặc một năm đã qua.",
        "{year} has not come yet: there is no round to report. Choose {today} or an earlier year.",
    ),
    "report.org_missing_on": (
        "Tổ chức “{name}” không tồn tại vào {day} (hoạt động {valid}). Hãy chọn tổ chức khác hoặc ngày khác.",
        "The organisation “{name}” did not exist on {day} (active {valid}). Choose another organisation or date.",
    ),
    "report.org_unknown": (
        "Không tìm thấy tổ chức “{name}”. Hãy ghi tên chi bộ, đảng bộ như trong màn hình Tổ chức.",
        "No organisation called “{name}”. Write the cell's or committee's name as the Organisations screen shows it.",
    ),
    "report.date_unreadable": (
        "{field}: không đọc được ngày “{value}”. Hãy ghi ngày/tháng/năm, ví dụ 31/03/2026.",
        "{field}: cannot read the date “{value}”. Write day/month/year, e.g. 31/03/2026.",
    ),
    "report.date_missing": (
        "Chưa có {field}. Hãy ghi ngày/tháng/năm, ví dụ 31/03/2026.",
        "{field} is missing. Write day/month/year, e.g. 31/03/2026.",
    ),
    "report.kind_unknown": (
        "Không có báo cáo “{kind}”. Các báo cáo: {known}.",
        "There is no report “{kind}”. Reports: {known}.",
    ),
    "report.format_unknown": (
        "Tệp “{path}”: chỉ lưu được .xlsx hoặc .pdf. Hãy đổi phần đuôi tên tệp.",
        "File “{path}”: only .xlsx or .pdf can be written. Change the file name's extension.",
    ),
    "report.rules_missing": (
        "Chưa có quy định về phân loại cho ngày {day}. Hãy kiểm tra thư mục resources/reports.",
        "No classification rules apply on {day}. Check the resources/reports folder.",
    ),
    "report.empty": (
        "Không có đảng viên nào trong phạm vi đã chọn.",
        "No party members in the chosen selection.",
    ),
    "report.saved": (
        "Đã lưu báo cáo vào {path}.",
        "Report saved to {path}.",
    ),
}
