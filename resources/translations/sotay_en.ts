<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AccountPage</name>
    <message>
        <source>Tài khoản Trưởng ban</source>
        <translation>The head&apos;s account</translation>
    </message>
    <message>
        <source>Người tạo kho là Trưởng ban; sau đó Trưởng ban thêm tài khoản cho Phó trưởng ban, chuyên viên.</source>
        <translation>Whoever creates the vault is the head of committee; the head then adds accounts for the deputy and the staff.</translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu chưa giống nhau.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>Đang tạo kho dữ liệu và khóa mã hóa, xin chờ vài giây…</source>
        <translation>Creating the vault and its encryption key, please wait a few seconds…</translation>
    </message>
    <message>
        <source>Chữ thường không dấu, không cách, ví dụ: truongban.</source>
        <translation>Lower-case letters without accents or spaces, e.g. truongban.</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu:</source>
        <translation>Repeat the password:</translation>
    </message>
    <message>
        <source>Đang tạo kho dữ liệu…</source>
        <translation>Creating the vault…</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Bỏ thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Áp dụng</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Thử lại</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Trợ giúp</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Đặt lại</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Mặc định</source>
        <translation>Defaults</translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message>
        <source>Tên đơn vị</source>
        <translation>Names of the committee</translation>
    </message>
    <message>
        <source>Các tên này in trên mọi biểu mẫu. Đã điền sẵn theo đơn vị đã chọn; sửa nếu cần.</source>
        <translation>These names are printed on every form. They are filled in from the unit you chose; correct them if needed.</translation>
    </message>
    <message>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Dùng trong dòng ngày tháng, ví dụ: “Tân An, ngày 05 tháng 02 năm 2026”.</source>
        <translation>Used in the date line, e.g. “Tân An, ngày 05 tháng 02 năm 2026”.</translation>
    </message>
    <message>
        <source>Kho dữ liệu là một thư mục đã mã hóa. Nên để mặc định.</source>
        <translation>The vault is an encrypted folder. The default place is best.</translation>
    </message>
    <message>
        <source>Tên Đảng ủy:</source>
        <translation>Party committee:</translation>
    </message>
    <message>
        <source>Cơ quan tham mưu:</source>
        <translation>Advisory body:</translation>
    </message>
    <message>
        <source>Địa danh:</source>
        <translation>Place name:</translation>
    </message>
    <message>
        <source>Nơi lưu kho:</source>
        <translation>Vault folder:</translation>
    </message>
    <message>
        <source>Chọn nơi lưu kho dữ liệu</source>
        <translation>Choose where to keep the vault</translation>
    </message>
</context>
<context>
    <name>CommunePage</name>
    <message>
        <source>Đơn vị của bạn</source>
        <translation>Your commune</translation>
    </message>
    <message>
        <source>Chọn xã, phường hoặc đặc khu nơi Đảng ủy của bạn đóng (theo danh mục từ 01/7/2025).</source>
        <translation>Choose the commune, ward or special zone of your Party committee (the list in force since 1 July 2025).</translation>
    </message>
</context>
<context>
    <name>CommunePicker</name>
    <message>
        <source>Tỉnh, thành phố</source>
        <translation>Province or city</translation>
    </message>
    <message>
        <source>Gõ tên xã, phường hoặc đặc khu (gõ không dấu cũng được)</source>
        <translation>Type the name of the commune, ward or special zone (accents optional)</translation>
    </message>
    <message>
        <source>Các xã, phường, đặc khu tìm thấy</source>
        <translation>Communes, wards and special zones found</translation>
    </message>
    <message>
        <source>Tỉnh, thành phố:</source>
        <translation>Province or city:</translation>
    </message>
    <message>
        <source>Tìm xã, phường:</source>
        <translation>Find the commune:</translation>
    </message>
    <message>
        <source>Tất cả tỉnh, thành phố</source>
        <translation>All provinces and cities</translation>
    </message>
    <message>
        <source>Không tìm thấy. Hãy kiểm tra tên, hoặc chọn “Tất cả tỉnh, thành phố”.</source>
        <translation>Nothing found. Check the name, or choose “All provinces and cities”.</translation>
    </message>
    <message>
        <source>Chọn tỉnh, thành phố hoặc gõ tên xã, phường để tìm.</source>
        <translation>Choose a province or type the name of the commune to search.</translation>
    </message>
    <message>
        <source>Bấm chọn đúng đơn vị trong danh sách.</source>
        <translation>Click the right unit in the list.</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>Xã mẫu để dùng thử</source>
        <translation>The demo commune</translation>
    </message>
    <message>
        <source>Một Đảng ủy xã hư cấu với vài trăm đảng viên, để tập sử dụng.</source>
        <translation>A fictional commune Party committee with a few hundred members, to practise on.</translation>
    </message>
    <message>
        <source>Có ba tài khoản, cùng mật khẩu &lt;b&gt;{password}&lt;/b&gt;:&lt;br&gt;• &lt;b&gt;truongban&lt;/b&gt; — Trưởng ban&lt;br&gt;• &lt;b&gt;photruongban&lt;/b&gt; — Phó trưởng ban&lt;br&gt;• &lt;b&gt;chuyenvien&lt;/b&gt; — Chuyên viên</source>
        <translation>There are three accounts, all with the password &lt;b&gt;{password}&lt;/b&gt;:&lt;br&gt;• &lt;b&gt;truongban&lt;/b&gt; — head of committee&lt;br&gt;• &lt;b&gt;photruongban&lt;/b&gt; — deputy head&lt;br&gt;• &lt;b&gt;chuyenvien&lt;/b&gt; — staff</translation>
    </message>
    <message>
        <source>Đang tạo xã mẫu, xin chờ…</source>
        <translation>Building the demo commune, please wait…</translation>
    </message>
    <message>
        <source>Xã mẫu đã có tại {path}; bấm Xong để mở.</source>
        <translation>The demo commune is already at {path}; click Finish to open it.</translation>
    </message>
    <message>
        <source>Xã mẫu sẽ được tạo tại {path}.</source>
        <translation>The demo commune will be created at {path}.</translation>
    </message>
    <message>
        <source>Đang tạo xã mẫu…</source>
        <translation>Building the demo commune…</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Sổ tay Đảng viên</source>
        <translation>Sổ tay Đảng viên</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>Chào mừng đến với Sổ tay Đảng viên</source>
        <translation>Welcome to Sổ tay Đảng viên</translation>
    </message>
    <message>
        <source>Phần mềm lưu hồ sơ đảng viên trên máy này, đã mã hóa. Hãy chọn cách bắt đầu.</source>
        <translation>The app keeps party member records on this PC, encrypted. Choose how to begin.</translation>
    </message>
    <message>
        <source>Tạo kho dữ liệu mới cho đơn vị</source>
        <translation>Create a new vault for your committee</translation>
    </message>
    <message>
        <source>Mở kho dữ liệu đã có (trên máy này hoặc USB)</source>
        <translation>Open an existing vault (on this PC or a USB stick)</translation>
    </message>
    <message>
        <source>Mở xã mẫu để dùng thử</source>
        <translation>Open the demo commune to try it out</translation>
    </message>
    <message>
        <source>Dùng lần đầu: chọn xã, phường của đơn vị, đặt tài khoản Trưởng ban.</source>
        <translation>First use: choose your commune or ward and set up the head&apos;s account.</translation>
    </message>
    <message>
        <source>Kho dữ liệu là một thư mục; chọn thư mục đó.</source>
        <translation>A vault is a folder; choose that folder.</translation>
    </message>
    <message>
        <source>Dữ liệu hư cấu, để tập sử dụng; không dùng cho công việc thật.</source>
        <translation>Fictional data for practice; not for real work.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Đảng viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Các màn hình</source>
        <translation>Screens</translation>
    </message>
    <message>
        <source>Đã khóa màn hình</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Dữ liệu đã được ẩn và khóa lại. Nhập mật khẩu để làm tiếp.</source>
        <translation>The data is hidden and locked. Enter your password to carry on.</translation>
    </message>
    <message>
        <source>Đăng xuất</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Khóa màn hình</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <source>Thông tin đơn vị…</source>
        <translation>Committee details…</translation>
    </message>
    <message>
        <source>Sao lưu kho dữ liệu…</source>
        <translation>Back up the vault…</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Đả&amp;ng viên</source>
        <translation>&amp;Members</translation>
    </message>
    <message>
        <source>Thêm đảng viên</source>
        <translation>Add a member</translation>
    </message>
    <message>
        <source>Xem / sửa hồ sơ đang chọn</source>
        <translation>View / edit the selected record</translation>
    </message>
    <message>
        <source>Tìm đảng viên</source>
        <translation>Find a member</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <source>{name} · {role}</source>
        <translation>{name} · {role}</translation>
    </message>
    <message>
        <source>Sao lưu kho dữ liệu</source>
        <translation>Back up the vault</translation>
    </message>
    <message>
        <source>Tệp sao lưu (*.sotaybak)</source>
        <translation>Backup files (*.sotaybak)</translation>
    </message>
    <message>
        <source>Đã sao lưu vào tệp {path}.</source>
        <translation>Backed up to {path}.</translation>
    </message>
    <message>
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Sổ tay Đảng viên — công cụ làm việc của Ban Xây dựng Đảng cấp xã: hồ sơ đảng viên trong kho dữ liệu đã mã hóa, quy trình nhận xét đảng viên nơi cư trú và các biểu mẫu.</source>
        <translation>Sổ tay Đảng viên — the working tool of a commune&apos;s Party Building Committee: party member records in an encrypted vault, the residence-cell comment flow and the forms.</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Vẫn lưu</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Đã kiểm tra các điều cần xem lại ở trên và thấy đúng: lưu.</source>
        <translation>I have checked the points above and they are right: save.</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Thêm đảng viên</source>
        <translation>Add a member</translation>
    </message>
    <message>
        <source>Hồ sơ đảng viên: {name}</source>
        <translation>Member record: {name}</translation>
    </message>
    <message>
        <source>Họ tên và nhân thân</source>
        <translation>Name and personal details</translation>
    </message>
    <message>
        <source>Đảng</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Giấy tờ và liên lạc</source>
        <translation>Papers and contact</translation>
    </message>
    <message>
        <source>Học vấn, công tác và nơi cư trú</source>
        <translation>Education, work and residence</translation>
    </message>
    <message>
        <source>(chưa rõ)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>(chưa xếp chi bộ)</source>
        <translation>(no cell yet)</translation>
    </message>
    <message>
        <source>ngày/tháng/năm hoặc năm</source>
        <translation>day/month/year or year</translation>
    </message>
    <message>
        <source>Ghi ngày/tháng/năm (05/02/1975), tháng/năm (02/1975) hoặc chỉ năm (1975).</source>
        <translation>Write day/month/year (05/02/1975), month/year (02/1975) or just the year (1975).</translation>
    </message>
    <message>
        <source>12 chữ số</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <source>Sửa lại, hoặc bấm &quot;Vẫn lưu&quot; nếu đã kiểm tra và thấy đúng.</source>
        <translation>Correct it, or click &quot;Save anyway&quot; if you have checked and it is right.</translation>
    </message>
    <message>
        <source>Hồ sơ này có thay đổi chưa lưu. Bỏ các thay đổi đó?</source>
        <translation>This record has unsaved changes. Discard them?</translation>
    </message>
    <message>
        <source>Bỏ thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Tiếp tục sửa</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Đảng viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Tìm theo họ tên, số CCCD hoặc số thẻ đảng viên (Ctrl+F)</source>
        <translation>Search by name, CCCD or party card number (Ctrl+F)</translation>
    </message>
    <message>
        <source>Tìm đảng viên</source>
        <translation>Find a member</translation>
    </message>
    <message>
        <source>Lọc theo chi bộ</source>
        <translation>Filter by cell</translation>
    </message>
    <message>
        <source>Tất cả chi bộ</source>
        <translation>All cells</translation>
    </message>
    <message>
        <source>Lọc theo tình trạng</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Đang sinh hoạt</source>
        <translation>Current members</translation>
    </message>
    <message>
        <source>Tất cả tình trạng</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Thêm đảng viên</source>
        <translation>Add a member</translation>
    </message>
    <message>
        <source>Xem / sửa hồ sơ</source>
        <translation>View / edit record</translation>
    </message>
    <message>
        <source>Danh sách đảng viên</source>
        <translation>Member list</translation>
    </message>
    <message>
        <source>Thêm đảng viên (Ctrl+N)</source>
        <translation>Add a member (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <source>Tìm thấy %Ln đảng viên</source>
        <translation>
            <numerusform>Found %Ln member</numerusform>
            <numerusform>Found %Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln đảng viên</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message>
        <source>Không tìm thấy đảng viên nào khớp với “{text}”. Hãy thử gõ ít chữ hơn, hoặc bỏ bớt bộ lọc.</source>
        <translation>No member matches “{text}”. Try typing less, or clear a filter.</translation>
    </message>
    <message>
        <source>Chưa có đảng viên nào. Bấm &quot;Thêm đảng viên&quot; để bắt đầu.</source>
        <translation>No members yet. Click &quot;Add a member&quot; to begin.</translation>
    </message>
    <message>
        <source>Không có đảng viên nào theo bộ lọc đã chọn.</source>
        <translation>No member matches the chosen filters.</translation>
    </message>
    <message>
        <source>Lọc theo diện</source>
        <translation>Filter by kind</translation>
    </message>
    <message>
        <source>Đảng viên của xã</source>
        <translation>The commune's members</translation>
    </message>
    <message>
        <source>Đang công tác, đăng ký nơi cư trú</source>
        <translation>Working members registered at residence</translation>
    </message>
    <message>
        <source>Miễn sinh hoạt nơi cư trú</source>
        <translation>Exempt from residence activity</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation>Everyone</translation>
    </message>
</context>
<context>
    <name>MembersTable</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Chi bộ</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Số CCCD</source>
        <translation>CCCD</translation>
    </message>
    <message>
        <source>Số thẻ đảng viên</source>
        <translation>Party card</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>OpenPage</name>
    <message>
        <source>Mở kho dữ liệu đã có</source>
        <translation>Open an existing vault</translation>
    </message>
    <message>
        <source>Chọn thư mục kho dữ liệu (thư mục có tệp keys.json và vault.db).</source>
        <translation>Choose the vault folder (the folder holding keys.json and vault.db).</translation>
    </message>
    <message>
        <source>Chọn thư mục…</source>
        <translation>Choose a folder…</translation>
    </message>
    <message>
        <source>Chọn thư mục kho dữ liệu</source>
        <translation>Choose the vault folder</translation>
    </message>
    <message>
        <source>Đây là một kho dữ liệu. Bấm Xong để mở.</source>
        <translation>This is a vault. Click Finish to open it.</translation>
    </message>
    <message>
        <source>Thư mục này không phải kho dữ liệu của Sổ tay Đảng viên.</source>
        <translation>This folder is not a Sổ tay Đảng viên vault.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Đảng viên đang sinh hoạt</source>
        <translation>Current members</translation>
    </message>
    <message>
        <source>Chi bộ</source>
        <translation>Cells</translation>
    </message>
    <message>
        <source>Việc cần làm</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Thêm đảng viên</source>
        <translation>Add a member</translation>
    </message>
    <message>
        <source>Tìm đảng viên</source>
        <translation>Find a member</translation>
    </message>
    <message>
        <source>Thông tin đơn vị…</source>
        <translation>Committee details…</translation>
    </message>
    <message>
        <source>Số phiếu</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Chờ chi bộ</source>
        <translation>With the cell</translation>
    </message>
    <message>
        <source>Chờ xác nhận</source>
        <translation>To confirm</translation>
    </message>
    <message>
        <source>Trả lại</source>
        <translation>Sent back</translation>
    </message>
    <message>
        <source>Đã xác nhận</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Việc đang chờ</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Thêm đảng viên (Ctrl+N)</source>
        <translation>Add a member (Ctrl+N)</translation>
    </message>
    <message>
        <source>Tên Đảng ủy, tên ban và địa danh in trên các biểu mẫu</source>
        <translation>The committee&apos;s names and the place name printed on forms</translation>
    </message>
    <message>
        <source>Xin chào, {name}
{role}</source>
        <translation>Hello, {name}
{role}</translation>
    </message>
    <message>
        <source>Chính thức {official} · dự bị {probationary}</source>
        <translation>Full {official} · probationary {probationary}</translation>
    </message>
    <message>
        <source>{n} chi bộ thôn, tổ dân phố</source>
        <translation>{n} village and street-group cells</translation>
    </message>
    <message>
        <source>Nhận xét nơi cư trú năm {year}</source>
        <translation>Residence comments {year}</translation>
    </message>
    <message>
        <source>{done}/{total} phiếu đã xác nhận</source>
        <translation>{done}/{total} cases confirmed</translation>
    </message>
    <message>
        <source>Chưa mở đợt nhận xét</source>
        <translation>The round has not started</translation>
    </message>
    <message numerus="yes">
        <source>%n việc quá hạn</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Không có việc quá hạn</source>
        <translation>Nothing overdue</translation>
    </message>
    <message numerus="yes">
        <source>Quá hạn: %n phiếu</source>
        <translation>
            <numerusform>Overdue: %n case</numerusform>
            <numerusform>Overdue: %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chờ xác nhận: %n phiếu</source>
        <translation>
            <numerusform>Waiting for confirmation: %n case</numerusform>
            <numerusform>Waiting for confirmation: %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chờ chi bộ nơi cư trú nhận xét: %n phiếu</source>
        <translation>
            <numerusform>Waiting for the residence cell&apos;s comment: %n case</numerusform>
            <numerusform>Waiting for the residence cell&apos;s comment: %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Đã xác nhận, chưa gửi về nơi công tác: %n phiếu</source>
        <translation>
            <numerusform>Confirmed, not yet sent to the workplace: %n case</numerusform>
            <numerusform>Confirmed, not yet sent to the workplace: %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Đăng ký sinh hoạt chưa xếp chi bộ: %n người</source>
        <translation>
            <numerusform>Registrations without a cell: %n person</numerusform>
            <numerusform>Registrations without a cell: %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Đăng ký cần kết thúc (đã chuyển đi, từ trần…): %n người</source>
        <translation>
            <numerusform>Registrations to close (moved away, died…): %n person</numerusform>
            <numerusform>Registrations to close (moved away, died…): %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Không có việc nào đang chờ.</source>
        <translation>Nothing is waiting.</translation>
    </message>
    <message>
        <source>Tiến độ nhận xét năm {year} theo chi bộ</source>
        <translation>Comment round {year} by cell</translation>
    </message>
    <message>
        <source>Năm {year} chưa có phiếu nhận xét nào. Đợt nhận xét được mở khi cấp ủy nơi công tác gửi phiếu xin ý kiến (thường vào tháng 10–11).</source>
        <translation>No comment cases for {year} yet. The round opens when workplace committees send their requests (usually in October–November).</translation>
    </message>
    <message>
        <source>(chưa xếp chi bộ)</source>
        <translation>(no cell yet)</translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message>
        <source>Quá ngắn: cần ít nhất {n} ký tự.</source>
        <translation>Too short: at least {n} characters.</translation>
    </message>
    <message>
        <source>Yếu: dễ đoán. Hãy dùng một câu dễ nhớ, dài hơn.</source>
        <translation>Weak: easy to guess. Use a longer, memorable sentence.</translation>
    </message>
    <message>
        <source>Khá: dùng được. Dài hơn nữa thì tốt hơn.</source>
        <translation>Fair: usable. Longer is better.</translation>
    </message>
    <message>
        <source>Mạnh.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>Nên dùng một câu dễ nhớ, ít nhất {n} ký tự, ví dụ: Mùa thu năm 2025 trời đẹp.</source>
        <translation>A memorable sentence of at least {n} characters is best, e.g. Autumn 2025 was lovely.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Thông tin đơn vị</source>
        <translation>Committee details</translation>
    </message>
    <message>
        <source>{commune} — {province}</source>
        <translation>{commune} — {province}</translation>
    </message>
    <message>
        <source>Thay đổi có hiệu lực từ hôm nay; các văn bản đã in trước đó giữ tên cũ.</source>
        <translation>Changes take effect from today; documents printed before keep the old names.</translation>
    </message>
    <message>
        <source>Tên Đảng ủy:</source>
        <translation>Party committee:</translation>
    </message>
    <message>
        <source>Cơ quan tham mưu:</source>
        <translation>Advisory body:</translation>
    </message>
    <message>
        <source>Địa danh:</source>
        <translation>Place name:</translation>
    </message>
    <message>
        <source>Kho dữ liệu này chưa có thông tin đơn vị (xã, phường).</source>
        <translation>This vault has no committee details (commune, ward) yet.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Mã khôi phục — chỉ hiện một lần</source>
        <translation>Recovery code — shown only once</translation>
    </message>
    <message>
        <source>Nếu quên mật khẩu, chỉ mã này mở lại được kho dữ liệu. Hãy chép ra giấy (hoặc in trang này) và cất nơi an toàn, tách khỏi máy tính.</source>
        <translation>If the password is forgotten, only this code opens the vault again. Copy it onto paper (or print this page) and keep it somewhere safe, away from the computer.</translation>
    </message>
    <message>
        <source>In trang này</source>
        <translation>Print this page</translation>
    </message>
    <message>
        <source>Tôi đã chép mã khôi phục ra giấy</source>
        <translation>I have copied the recovery code onto paper</translation>
    </message>
    <message>
        <source>Kho dữ liệu: {path}</source>
        <translation>Vault: {path}</translation>
    </message>
    <message>
        <source>Sổ tay Đảng viên — Mã khôi phục</source>
        <translation>Sổ tay Đảng viên — Recovery code</translation>
    </message>
    <message>
        <source>Ngày tạo: {day}</source>
        <translation>Created: {day}</translation>
    </message>
    <message>
        <source>Mã này mở được kho dữ liệu khi quên mật khẩu. Cất nơi an toàn, tách khỏi máy tính; không gửi qua mạng, không chụp ảnh.</source>
        <translation>This code opens the vault when the password is forgotten. Keep it somewhere safe, away from the computer; do not send it over the internet or photograph it.</translation>
    </message>
    <message>
        <source>In mã khôi phục</source>
        <translation>Print the recovery code</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Đã xảy ra lỗi ngoài dự kiến, việc vừa làm chưa hoàn thành. Dữ liệu đã lưu trước đó không bị ảnh hưởng. Chi tiết kỹ thuật: {detail}</source>
        <translation>Something unexpected went wrong and the last action did not finish. Data saved before is not affected. Technical detail: {detail}</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đang làm việc</source>
        <translation>Working</translation>
    </message>
</context>
<context>
    <name>StartFlow</name>
    <message>
        <source>Không tìm thấy kho dữ liệu tại {path}.</source>
        <translation>No vault found at {path}.</translation>
    </message>
    <message>
        <source>Xã mẫu: tài khoản &lt;b&gt;truongban&lt;/b&gt;, &lt;b&gt;photruongban&lt;/b&gt; hoặc &lt;b&gt;chuyenvien&lt;/b&gt;, mật khẩu &lt;b&gt;{password}&lt;/b&gt;.</source>
        <translation>Demo commune: account &lt;b&gt;truongban&lt;/b&gt;, &lt;b&gt;photruongban&lt;/b&gt; or &lt;b&gt;chuyenvien&lt;/b&gt;, password &lt;b&gt;{password}&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>StartWizard</name>
    <message>
        <source>Sổ tay Đảng viên — Bắt đầu</source>
        <translation>Sổ tay Đảng viên — Getting started</translation>
    </message>
    <message>
        <source>Tiếp</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Xong</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tạo kho dữ liệu</source>
        <translation>Create the vault</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Kho dữ liệu: {path}</source>
        <translation>Vault: {path}</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Đang mở khóa…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Sổ tay Đảng viên — Mở khóa</source>
        <translation>Sổ tay Đảng viên — Unlock</translation>
    </message>
    <message>
        <source>Sổ tay Đảng viên</source>
        <translation>Sổ tay Đảng viên</translation>
    </message>
    <message>
        <source>Mở kho khác…</source>
        <translation>Open another vault…</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>{n} trang</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <source>Vừa chiều rộng</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Cả trang</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>In ra máy in (Ctrl+P)</source>
        <translation>Print on a printer (Ctrl+P)</translation>
    </message>
    <message>
        <source>Lưu tệp PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Lưu thành tệp PDF (Ctrl+S)</source>
        <translation>Save as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cỡ xem:</source>
        <translation>Zoom:</translation>
    </message>
    <message>
        <source>Lưu tệp PDF</source>
        <translation>Save PDF file</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Không mở được máy in. Hãy kiểm tra máy in rồi thử lại.</source>
        <translation>Cannot open the printer. Check the printer and try again.</translation>
    </message>
</context>
</TS>
