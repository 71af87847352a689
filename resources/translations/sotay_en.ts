<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../ui/start/wizard.py" line="197"/>
        <source>Tài khoản Trưởng ban</source>
        <translation>The head&apos;s account</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard.py" line="199"/>
        <source>Người tạo kho là Trưởng ban; sau đó Trưởng ban thêm tài khoản cho Phó trưởng ban, chuyên viên.</source>
        <translation>Whoever creates the vault is the head of committee; the head then adds accounts for the deputy and the staff.</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard.py" line="209"/>
        <source>Hai lần nhập mật khẩu chưa giống nhau.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard.py" line="213"/>
        <source>Đang tạo kho dữ liệu và khóa mã hóa, xin chờ vài giây…</source>
        <translation>Creating the vault and its encryption key, please wait a few seconds…</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard.py" line="216"/>
        <source>Chữ thường không dấu, không cách, ví dụ: truongban.</source>
        <translation>Lower-case letters without accents or spaces, e.g. truongban.</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard.py" line="220"/>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard.py" line="221"/>
        <source>Tên đăng nhập:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard.py" line="223"/>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard.py" line="225"/>
        <source>Nhập lại mật khẩu:</source>
        <translation>Repeat the password:</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard.py" line="267"/>
        <source>Đang tạo kho dữ liệu…</source>
        <translation>Creating the vault…</translation>
    </message>
</context>
<context>
    <name>AccountsSection</name>
    <message>
        <location filename="../../ui/settings/accounts.py" line="149"/>
        <source>Tên đăng nhập</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="150"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="151"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="152"/>
        <source>Ký thay (K/T)</source>
        <translation>Signs for the head (K/T)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="152"/>
        <source>được phép</source>
        <translation>allowed</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="153"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="153"/>
        <source>đang dùng</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="153"/>
        <source>đã khóa</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="158"/>
        <source>Danh sách tài khoản</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="162"/>
        <source>Thêm tài khoản…</source>
        <translation>Add an account…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="165"/>
        <source>Được ký thay Trưởng ban (K/T)</source>
        <translation>May sign on the head&apos;s behalf (K/T)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="166"/>
        <source>Cho phép đăng nhập</source>
        <translation>May sign in</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="167"/>
        <source>Lưu thay đổi</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="168"/>
        <source>Tài khoản đang chọn</source>
        <translation>Selected account</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="172"/>
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="185"/>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="186"/>
        <source>Đổi mật khẩu của tôi</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="189"/>
        <source>Mật khẩu đang dùng:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="190"/>
        <source>Mật khẩu mới:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="192"/>
        <source>Nhập lại mật khẩu mới:</source>
        <translation>Repeat the new password:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="210"/>
        <source>Trưởng ban thêm tài khoản, đổi vai trò, cho Phó trưởng ban ký thay (K/T) và khóa tài khoản không còn dùng. Ai cũng tự đổi được mật khẩu của mình.</source>
        <translation>The head adds accounts, changes roles, allows a deputy to sign on the head&apos;s behalf (K/T) and disables accounts no longer used. Everyone can change their own password.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="228"/>
        <source>Tài khoản</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="308"/>
        <source>Đã thêm tài khoản {name}.</source>
        <translation>Account {name} added.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="328"/>
        <source>Đã lưu tài khoản {name}. Thay đổi có hiệu lực từ lần đăng nhập sau của người đó.</source>
        <translation>Account {name} saved. The change applies from that person&apos;s next sign-in.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="338"/>
        <source>Hai lần nhập mật khẩu mới chưa giống nhau.</source>
        <translation>The two new passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="351"/>
        <source>Đã đổi mật khẩu. Lần sau hãy đăng nhập bằng mật khẩu mới.</source>
        <translation>Password changed. Sign in with the new password next time.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="355"/>
        <source>Mật khẩu đang dùng chưa đúng. Hãy gõ lại.</source>
        <translation>The current password is wrong. Type it again.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="361"/>
        <source>Đang đổi mật khẩu…</source>
        <translation>Changing the password…</translation>
    </message>
</context>
<context>
    <name>AddCellDialog</name>
    <message>
        <location filename="../../ui/orgs/dialogs.py" line="83"/>
        <location filename="../../ui/orgs/dialogs.py" line="127"/>
        <source>Thêm chi bộ</source>
        <translation>Add a cell</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/dialogs.py" line="87"/>
        <source>ví dụ: Chi bộ thôn Đông</source>
        <translation>e.g. Chi bộ thôn Đông</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/dialogs.py" line="98"/>
        <source>(không trực thuộc tổ chức nào)</source>
        <translation>(under no organisation)</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/dialogs.py" line="101"/>
        <source>Chi bộ nơi cư trú (thôn, tổ dân phố)</source>
        <translation>Residence cell (village, neighbourhood)</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/dialogs.py" line="105"/>
        <source>không bắt buộc, ví dụ: 15-QĐ/ĐU</source>
        <translation>optional, e.g. 15-QĐ/ĐU</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/dialogs.py" line="109"/>
        <source>Tên:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/dialogs.py" line="110"/>
        <source>Loại:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/dialogs.py" line="111"/>
        <source>Trực thuộc:</source>
        <translation>Under:</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/dialogs.py" line="113"/>
        <source>Hoạt động từ ngày:</source>
        <translation>Active from:</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/dialogs.py" line="114"/>
        <source>Quyết định thành lập:</source>
        <translation>Founding decision:</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/dialogs.py" line="117"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../ui/settings/accounts.py" line="69"/>
        <source>Thêm tài khoản</source>
        <translation>Add an account</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="71"/>
        <source>chữ thường không dấu, ví dụ: chuyenvien2</source>
        <translation>lower-case without accents, e.g. chuyenvien2</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="75"/>
        <source>Được ký thay Trưởng ban (K/T)</source>
        <translation>May sign on the head&apos;s behalf (K/T)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="82"/>
        <source>Tên đăng nhập:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="83"/>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="84"/>
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="86"/>
        <source>Mật khẩu đầu tiên:</source>
        <translation>First password:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="88"/>
        <source>Nhập lại mật khẩu:</source>
        <translation>Repeat the password:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="95"/>
        <source>Báo mật khẩu đầu tiên cho người dùng; họ tự đổi trong Cài đặt › Tài khoản sau khi đăng nhập.</source>
        <translation>Give the first password to the person; they change it in Settings › Accounts after signing in.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="115"/>
        <source>Hai lần nhập mật khẩu chưa giống nhau.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/accounts.py" line="135"/>
        <source>Đang tạo tài khoản…</source>
        <translation>Creating the account…</translation>
    </message>
</context>
<context>
    <name>AppearanceSection</name>
    <message>
        <location filename="../../ui/settings/appearance.py" line="41"/>
        <location filename="../../ui/settings/appearance.py" line="66"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance.py" line="43"/>
        <source>Trên máy này</source>
        <translation>On this PC</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance.py" line="46"/>
        <source>Ngôn ngữ:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance.py" line="47"/>
        <source>Cỡ chữ:</source>
        <translation>Text size:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance.py" line="51"/>
        <source>Ngôn ngữ và cỡ chữ có hiệu lực khi mở lại cửa sổ: đăng xuất rồi đăng nhập lại, hoặc mở lại phần mềm.</source>
        <translation>Language and text size apply when the window opens again: sign out and in again, or restart the program.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance.py" line="64"/>
        <source> phút</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance.py" line="68"/>
        <source>Cho cả kho dữ liệu</source>
        <translation>For the whole vault</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance.py" line="71"/>
        <source>Tự khóa màn hình sau khi không dùng:</source>
        <translation>Lock the screen when idle for:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance.py" line="73"/>
        <source>Áp dụng cho mọi người dùng kho này, có hiệu lực ngay. Khóa ngay lúc nào cũng được: Ctrl+L.</source>
        <translation>Applies to everyone using this vault, at once. Lock any time with Ctrl+L.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance.py" line="90"/>
        <source>Giao diện</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance.py" line="115"/>
        <source>Đã lưu. Mở lại cửa sổ để thấy thay đổi.</source>
        <translation>Saved. Open the window again to see the change.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appearance.py" line="126"/>
        <source>Đã lưu: tự khóa sau {n} phút.</source>
        <translation>Saved: locks after {n} minutes.</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <location filename="../../ui/settings/backup.py" line="44"/>
        <source>Sao lưu ngay…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup.py" line="47"/>
        <location filename="../../ui/settings/backup.py" line="107"/>
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup.py" line="52"/>
        <source>Tệp sao lưu chứa toàn bộ kho dữ liệu, đã mã hóa; mở được bằng mật khẩu của một tài khoản lúc sao lưu, hoặc mã khôi phục. Nên sao lưu ra USB hoặc ổ đĩa khác mỗi tuần và cất ở nơi an toàn.</source>
        <translation>A backup file holds the whole vault, encrypted; it opens with the password an account had at the time, or the recovery code. Back up to a USB stick or another disk every week and keep it somewhere safe.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup.py" line="64"/>
        <source>Tệp sao lưu</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup.py" line="64"/>
        <location filename="../../ui/settings/backup.py" line="121"/>
        <source>Tệp sao lưu ({pattern})</source>
        <translation>Backup files ({pattern})</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup.py" line="66"/>
        <source>Thư mục mới cho kho khôi phục</source>
        <translation>New folder for the restored vault</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup.py" line="70"/>
        <source>Khôi phục vào thư mục mới</source>
        <translation>Restore into a new folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup.py" line="72"/>
        <source>Khôi phục từ tệp sao lưu</source>
        <translation>Restore from a backup file</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup.py" line="78"/>
        <source>Khôi phục không ghi đè kho đang dùng: bản sao lưu được kiểm tra rồi đặt vào một thư mục mới. Muốn làm việc trên kho đã khôi phục thì mở nó (phần mềm đăng xuất khỏi kho này); các thay đổi sau lần sao lưu đó không có trong kho khôi phục.</source>
        <translation>Restoring never overwrites the vault in use: the backup is checked, then placed in a new folder. To work in the restored vault, open it (the program signs out of this one); changes made after that backup are not in it.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup.py" line="84"/>
        <source>Tệp sao lưu:</source>
        <translation>Backup file:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup.py" line="85"/>
        <source>Thư mục mới:</source>
        <translation>New folder:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup.py" line="86"/>
        <source>Tên đăng nhập:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup.py" line="87"/>
        <source>Mật khẩu lúc sao lưu:</source>
        <translation>Password at backup time:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup.py" line="119"/>
        <source>Sao lưu kho dữ liệu</source>
        <translation>Back up the vault</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup.py" line="132"/>
        <source>Đã sao lưu vào tệp {path}.</source>
        <translation>Backed up to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup.py" line="139"/>
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup.py" line="145"/>
        <source>Hãy chọn tệp sao lưu và thư mục mới.</source>
        <translation>Choose the backup file and the new folder.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup.py" line="157"/>
        <source>Đang kiểm tra và khôi phục…</source>
        <translation>Checking and restoring…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup.py" line="165"/>
        <source>Đã khôi phục vào thư mục {path}.</source>
        <translation>Restored into {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup.py" line="171"/>
        <source>Đã khôi phục bản sao lưu vào thư mục {path}. Mở kho này ngay? Phần mềm sẽ đăng xuất khỏi kho đang dùng.</source>
        <translation>The backup was restored into {path}. Open that vault now? The program will sign out of the vault in use.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup.py" line="174"/>
        <source>Mở kho vừa khôi phục</source>
        <translation>Open the restored vault</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup.py" line="175"/>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>BatchEntryDialog</name>
    <message>
        <location filename="../../ui/cases/batch_entry.py" line="100"/>
        <source>Nhập phiếu nhận xét năm {year}</source>
        <translation>Enter comment sheets, {year}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/batch_entry.py" line="105"/>
        <source>Nhập phiếu nhận xét của chi bộ năm {year}</source>
        <translation>Enter the cells&apos; comment sheets for {year}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/batch_entry.py" line="108"/>
        <source>Chi bộ</source>
        <translation>Cell</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/batch_entry.py" line="109"/>
        <source>Tất cả chi bộ (%Ln phiếu)</source>
        <translation>
            <numerusform>All cells (%Ln sheet)</numerusform>
            <numerusform>All cells (%Ln sheets)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/batch_entry.py" line="112"/>
        <source>{name} (%Ln phiếu)</source>
        <translation>
            <numerusform>{name} (%Ln sheet)</numerusform>
            <numerusform>{name} (%Ln sheets)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cases/batch_entry.py" line="114"/>
        <source>Chi bộ:</source>
        <translation>Cell:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/batch_entry.py" line="120"/>
        <source>Các phiếu chờ nhập</source>
        <translation>Sheets waiting to be entered</translation>
    </message>
    <message>
        <location filename="../../ui/cases/batch_entry.py" line="129"/>
        <source>Không có phiếu nào chờ chi bộ nhận xét.</source>
        <translation>No sheets are waiting for a cell&apos;s comment.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/batch_entry.py" line="154"/>
        <source>Phím 1, 2, 3: chọn mức · ←/→: đổi mức · ↑/↓: tiêu chí trước, sau · Enter: phiếu sau · Shift+Enter: xuống dòng trong ý kiến · Ctrl+S: lưu</source>
        <translation>Keys 1, 2, 3: choose · ←/→: change the choice · ↑/↓: previous, next criterion · Enter: next sheet · Shift+Enter: new line in the comment · Ctrl+S: save</translation>
    </message>
    <message>
        <location filename="../../ui/cases/batch_entry.py" line="161"/>
        <source>Phím 1, 2, 3 chỉ chọn mức khi đang ở một tiêu chí: bấm vào phiếu, hoặc Enter ở danh sách.</source>
        <translation>Keys 1, 2, 3 choose a rating only on a criterion: click the sheet, or press Enter in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/batch_entry.py" line="166"/>
        <source>‹ Phiếu trước</source>
        <translation>‹ Previous sheet</translation>
    </message>
    <message>
        <location filename="../../ui/cases/batch_entry.py" line="167"/>
        <source>Phiếu sau ›</source>
        <translation>Next sheet ›</translation>
    </message>
    <message>
        <location filename="../../ui/cases/batch_entry.py" line="170"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/cases/batch_entry.py" line="276"/>
        <source>chưa có chi bộ</source>
        <translation>no cell yet</translation>
    </message>
    <message>
        <location filename="../../ui/cases/batch_entry.py" line="279"/>
        <source>miễn sinh hoạt nơi cư trú — {n} tiêu chí</source>
        <translation>exempt from residence-cell activity — {n} criteria</translation>
    </message>
    <message>
        <location filename="../../ui/cases/batch_entry.py" line="317"/>
        <source>(chưa có chi bộ)</source>
        <translation>(no cell yet)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/batch_entry.py" line="363"/>
        <source>Đã nhập</source>
        <translation>Entered</translation>
    </message>
    <message>
        <location filename="../../ui/cases/batch_entry.py" line="363"/>
        <source>Còn thiếu mức chọn hoặc tên Bí thư</source>
        <translation>A choice or the secretary&apos;s name is missing</translation>
    </message>
    <message>
        <location filename="../../ui/cases/batch_entry.py" line="416"/>
        <source>Phiếu {n}/{count}</source>
        <translation>Sheet {n}/{count}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/batch_entry.py" line="417"/>
        <source>đã nhập %Ln phiếu</source>
        <translation>
            <numerusform>%Ln sheet entered</numerusform>
            <numerusform>%Ln sheets entered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/batch_entry.py" line="419"/>
        <source>%Ln phiếu còn thiếu</source>
        <translation>
            <numerusform>%Ln sheet incomplete</numerusform>
            <numerusform>%Ln sheets incomplete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/batch_entry.py" line="421"/>
        <source>Lưu %Ln phiếu (Ctrl+S)</source>
        <translation>
            <numerusform>Save %Ln sheet (Ctrl+S)</numerusform>
            <numerusform>Save %Ln sheets (Ctrl+S)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cases/batch_entry.py" line="476"/>
        <source>Ngày họp chi bộ</source>
        <translation>Cell meeting date</translation>
    </message>
    <message>
        <location filename="../../ui/cases/batch_entry.py" line="483"/>
        <source>Phiếu của {name}: {problem}</source>
        <translation>Sheet of {name}: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/batch_entry.py" line="487"/>
        <source>Phiếu của {name}: ngày họp chi bộ {day} nằm trong tương lai. Hãy kiểm tra lại.</source>
        <translation>Sheet of {name}: the cell meeting date {day} is in the future. Check it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/batch_entry.py" line="557"/>
        <source>Có %Ln phiếu đã nhập nhưng chưa lưu. Bỏ các phiếu đó?</source>
        <translation>
            <numerusform>%Ln sheet was entered but not saved. Discard it?</numerusform>
            <numerusform>%Ln sheets were entered but not saved. Discard them?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cases/batch_entry.py" line="558"/>
        <source>Bỏ các phiếu đã nhập</source>
        <translation>Discard the sheets</translation>
    </message>
    <message>
        <location filename="../../ui/cases/batch_entry.py" line="559"/>
        <source>Tiếp tục nhập</source>
        <translation>Keep entering</translation>
    </message>
</context>
<context>
    <name>BundleFile</name>
    <message>
        <location filename="../../ui/exchange/bundle_file.py" line="18"/>
        <source>Tệp trao đổi (*.sotay)</source>
        <translation>Bundle files (*.sotay)</translation>
    </message>
</context>
<context>
    <name>ButtonRow</name>
    <message>
        <location filename="../../ui/widgets/fit.py" line="125"/>
        <source>Lệnh khác</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/fit.py" line="126"/>
        <source>Các lệnh không đủ chỗ hiện</source>
        <translation>Commands that do not fit</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="18"/>
        <location filename="../../ui/widgets/dialogs.py" line="68"/>
        <location filename="../../ui/widgets/dialogs.py" line="74"/>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="19"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="20"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="21"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="22"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="23"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="24"/>
        <source>Bỏ thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="25"/>
        <source>Áp dụng</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="26"/>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="27"/>
        <source>Thử lại</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="28"/>
        <source>Trợ giúp</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="29"/>
        <source>Đặt lại</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="30"/>
        <source>Mặc định</source>
        <translation>Defaults</translation>
    </message>
</context>
<context>
    <name>CardsDialog</name>
    <message>
        <location filename="../../ui/exchange/cards_dialog.py" line="105"/>
        <source>Thẻ cấp ủy và trao đổi tệp</source>
        <translation>Committee cards and file exchange</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/cards_dialog.py" line="113"/>
        <source>Lưu thẻ của mình ra tệp…</source>
        <translation>Save this committee&apos;s card to a file…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/cards_dialog.py" line="114"/>
        <source>Thẻ của cấp ủy mình</source>
        <translation>This committee&apos;s card</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/cards_dialog.py" line="120"/>
        <source>Kho này phục vụ</source>
        <translation>This vault serves</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/cards_dialog.py" line="124"/>
        <source>Mã trên thẻ</source>
        <translation>Code on the card</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/cards_dialog.py" line="125"/>
        <source>mặc định: mã đơn vị hành chính</source>
        <translation>default: the administrative unit code</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/cards_dialog.py" line="126"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/cards_dialog.py" line="128"/>
        <source>Kho này phục vụ:</source>
        <translation>This vault serves:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/cards_dialog.py" line="130"/>
        <source>Mã trên thẻ:</source>
        <translation>Code on the card:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/cards_dialog.py" line="140"/>
        <location filename="../../ui/exchange/cards_dialog.py" line="149"/>
        <source>Thẻ đã nhận</source>
        <translation>Cards received</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/cards_dialog.py" line="143"/>
        <source>Nhận thẻ…</source>
        <translation>Import a card…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/cards_dialog.py" line="144"/>
        <location filename="../../ui/exchange/cards_dialog.py" line="285"/>
        <source>Thôi tin cậy</source>
        <translation>Stop trusting</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/cards_dialog.py" line="209"/>
        <source>{name} — mã {code} ({mode}). Dấu vân tay:</source>
        <translation>{name} — code {code} ({mode}). Fingerprint:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/cards_dialog.py" line="241"/>
        <source>Lưu thẻ của cấp ủy mình</source>
        <translation>Save this committee&apos;s card</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/cards_dialog.py" line="241"/>
        <source>Thẻ cấp ủy (*.card)</source>
        <translation>Committee cards (*.card)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/cards_dialog.py" line="255"/>
        <source>Đã lưu thẻ vào {path}. Gửi tệp này cho nơi cần trao đổi, rồi đọc dấu vân tay cho họ.</source>
        <translation>The card was saved to {path}. Send the file to the other committee, then read them the fingerprint.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/cards_dialog.py" line="282"/>
        <source>Thôi tin cậy thẻ của {name}? Tệp do nơi này ký sẽ không được nhận nữa.</source>
        <translation>Stop trusting the card of {name}? Bundles it signs will no longer be accepted.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/cards_dialog.py" line="285"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/cards_dialog.py" line="162"/>
        <source>Đề nghị nhận xét gửi xã, phường nơi cư trú</source>
        <translation>Requests for comments to the commune of residence</translation>
    </message>
</context>
<context>
    <name>CaseDates</name>
    <message>
        <location filename="../../ui/cases/fields.py" line="46"/>
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <location filename="../../ui/cases/fields.py" line="69"/>
        <source>{field}: cần ghi đủ ngày/tháng/năm, ví dụ 15/11/{year}.</source>
        <translation>{field}: write the full day/month/year, e.g. 15/11/{year}.</translation>
    </message>
</context>
<context>
    <name>CasesList</name>
    <message>
        <location filename="../../ui/cases/list_view.py" line="54"/>
        <source>Chờ chi bộ nhận xét</source>
        <translation>Waiting for the cell</translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_view.py" line="55"/>
        <source>Chờ xác nhận</source>
        <translation>Waiting for confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_view.py" line="56"/>
        <source>Trả lại</source>
        <translation>Sent back</translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_view.py" line="57"/>
        <source>Đã xác nhận</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_view.py" line="58"/>
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_view.py" line="59"/>
        <source>Đã nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_view.py" line="60"/>
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_view.py" line="81"/>
        <source>Lọc theo tình trạng</source>
        <translation>Filter by state</translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_view.py" line="83"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_view.py" line="95"/>
        <source>Tìm theo họ tên</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_view.py" line="95"/>
        <source>Tìm phiếu theo họ tên</source>
        <translation>Search cases by name</translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_view.py" line="97"/>
        <source>Lọc theo chi bộ</source>
        <translation>Filter by cell</translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_view.py" line="98"/>
        <source>Tất cả chi bộ</source>
        <translation>All cells</translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_view.py" line="113"/>
        <source>Danh sách phiếu nhận xét</source>
        <translation>Comment cases</translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_view.py" line="126"/>
        <source>Nhập phiếu nhận xét…</source>
        <translation>Enter comment sheets…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_view.py" line="128"/>
        <source>Thông tin đề nghị…</source>
        <translation>Request details…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_view.py" line="129"/>
        <location filename="../../ui/cases/list_view.py" line="200"/>
        <source>Xem / in phiếu…</source>
        <translation>Preview / print sheets…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_view.py" line="130"/>
        <source>Sổ theo dõi 213…</source>
        <translation>213 register…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_view.py" line="131"/>
        <source>Xem và in sổ theo dõi của năm (chi bộ đang chọn, hoặc mọi chi bộ)</source>
        <translation>View and print the year&apos;s register (the chosen cell, or every cell)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_view.py" line="183"/>
        <source>Gõ nhanh các phiếu nhận xét giấy của chi bộ (phím 1, 2, 3 và Enter)</source>
        <translation>Type in the cells&apos; paper sheets quickly (keys 1, 2, 3 and Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_view.py" line="185"/>
        <source>Xem và in phiếu của các phiếu đang hiện</source>
        <translation>Preview and print the sheets of the cases shown</translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_view.py" line="194"/>
        <source>Mở đợt nhận xét năm {year}</source>
        <translation>Open the {year} comment round</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/list_view.py" line="200"/>
        <source>Xem / in %Ln phiếu…</source>
        <translation>
            <numerusform>Preview / print %Ln sheet…</numerusform>
            <numerusform>Preview / print %Ln sheets…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_view.py" line="208"/>
        <source>Tất cả ({count})</source>
        <translation>All ({count})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/list_view.py" line="272"/>
        <source>%Ln phiếu</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_view.py" line="278"/>
        <source>Năm {year} chưa có phiếu nhận xét nào. Bấm “Mở đợt nhận xét năm {year}” để tạo phiếu cho mọi đảng viên đang công tác đã đăng ký sinh hoạt nơi cư trú.</source>
        <translation>There are no comment cases for {year} yet. Click “Open the {year} comment round” to create one for every registered working member.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_view.py" line="284"/>
        <source>Không có phiếu nào theo bộ lọc đã chọn.</source>
        <translation>No cases match the chosen filters.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_view.py" line="132"/>
        <source>Sổ đăng ký văn bản…</source>
        <translation>Document register…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/list_view.py" line="134"/>
        <source>Xem và in sổ đăng ký văn bản đi của năm: số, ngày, trích yếu, nơi nhận của văn bản đã cấp số</source>
        <translation>View and print the year&apos;s register of outgoing documents: number, date, summary and recipient of every numbered document</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../ui/cases/page.py" line="65"/>
        <source>Nhận xét &amp; xác nhận</source>
        <translation>Comments &amp; confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="68"/>
        <source>Năm nhận xét</source>
        <translation>Comment year</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="70"/>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="83"/>
        <source>Danh sách phiếu</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="84"/>
        <source>Xác nhận</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="85"/>
        <source>Gửi về nơi công tác</source>
        <translation>Send to workplaces</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="160"/>
        <source>Xác nhận ({count})</source>
        <translation>Confirmation ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="162"/>
        <source>Gửi về nơi công tác ({count})</source>
        <translation>Send to workplaces ({count})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/page.py" line="179"/>
        <source>Đã lưu %Ln phiếu nhận xét; các phiếu này chờ Trưởng ban xác nhận.</source>
        <translation>
            <numerusform>Saved %Ln comment sheet; it waits for the head&apos;s confirmation.</numerusform>
            <numerusform>Saved %Ln comment sheets; they wait for the head&apos;s confirmation.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="218"/>
        <source>Đang mở đợt nhận xét…</source>
        <translation>Opening the comment round…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/page.py" line="280"/>
        <source>Phiếu nhận xét năm {year} (%Ln phiếu)</source>
        <translation>
            <numerusform>Comment sheet {year} (%Ln sheet)</numerusform>
            <numerusform>Comment sheets {year} (%Ln sheets)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="283"/>
        <source>Đang dựng phiếu để in…</source>
        <translation>Preparing the sheets for printing…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="297"/>
        <source>Sổ theo dõi đảng viên đang công tác năm {year}</source>
        <translation>Register of working members, {year}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="300"/>
        <source>Đang dựng sổ theo dõi…</source>
        <translation>Building the register…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="313"/>
        <source>Sổ đăng ký văn bản đi năm {year}</source>
        <translation>Register of outgoing documents, {year}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="316"/>
        <source>Đang dựng sổ đăng ký văn bản…</source>
        <translation>Building the document register…</translation>
    </message>
</context>
<context>
    <name>CasesTable</name>
    <message>
        <location filename="../../ui/cases/table_model.py" line="52"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="53"/>
        <source>Chi bộ nơi cư trú</source>
        <translation>Residence cell</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="54"/>
        <source>Cấp ủy nơi công tác</source>
        <translation>Workplace committee</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="55"/>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="56"/>
        <source>Ngày nhận đề nghị</source>
        <translation>Request received</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="57"/>
        <source>Hạn trả</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="58"/>
        <source>Ngày họp chi bộ</source>
        <translation>Cell meeting</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="59"/>
        <source>Số xác nhận</source>
        <translation>Confirmation no.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="95"/>
        <source>miễn sinh hoạt — {n} tiêu chí</source>
        <translation>exempt — {n} criteria</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="96"/>
        <source>miễn sinh hoạt</source>
        <translation>exempt</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="171"/>
        <source>Lý do trả lại: {reason}</source>
        <translation>Sent back because: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="175"/>
        <source>Lý do hủy: {reason}</source>
        <translation>Cancelled because: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="177"/>
        <source>Đã quá hạn trả kết quả</source>
        <translation>Past the return deadline</translation>
    </message>
    <message>
        <location filename="../../ui/cases/table_model.py" line="179"/>
        <source>{org}, văn bản số {number}</source>
        <translation>{org}, document no. {number}</translation>
    </message>
</context>
<context>
    <name>CellsChart</name>
    <message>
        <location filename="../../ui/overview/charts.py" line="155"/>
        <source>Đảng viên theo chi bộ</source>
        <translation>Members by cell</translation>
    </message>
    <message>
        <location filename="../../ui/overview/charts.py" line="155"/>
        <source>Đảng viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/overview/charts.py" line="179"/>
        <source>{cell}: {n} đảng viên — bấm để xem danh sách</source>
        <translation>{cell}: {n} members — click to see the list</translation>
    </message>
</context>
<context>
    <name>ChangesChart</name>
    <message>
        <location filename="../../ui/overview/charts.py" line="189"/>
        <source>Biến động trong quý</source>
        <translation>This quarter&apos;s changes</translation>
    </message>
    <message>
        <location filename="../../ui/overview/charts.py" line="189"/>
        <source>Số đảng viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/overview/charts.py" line="204"/>
        <source>Chưa có biến động</source>
        <translation>No changes yet</translation>
    </message>
    <message>
        <location filename="../../ui/overview/charts.py" line="208"/>
        <source>{kind}: {n} đảng viên — bấm để mở báo cáo biến động</source>
        <translation>{kind}: {n} members — click to open the changes report</translation>
    </message>
</context>
<context>
    <name>CommentSheetForm</name>
    <message>
        <location filename="../../ui/cases/sheet_form.py" line="203"/>
        <source>Ngày họp chi bộ</source>
        <translation>Cell meeting date</translation>
    </message>
    <message>
        <location filename="../../ui/cases/sheet_form.py" line="208"/>
        <source>họ và tên Bí thư chi bộ</source>
        <translation>full name of the cell secretary</translation>
    </message>
    <message>
        <location filename="../../ui/cases/sheet_form.py" line="211"/>
        <source>Ngày họp chi bộ:</source>
        <translation>Cell meeting date:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/sheet_form.py" line="213"/>
        <source>Chi bộ ký:</source>
        <translation>Cell signs as:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/sheet_form.py" line="215"/>
        <source>Bí thư ký tên:</source>
        <translation>Signed by the secretary:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/sheet_form.py" line="246"/>
        <source>Trả lại để sửa: {reason}</source>
        <translation>Sent back for correction: {reason}</translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message>
        <location filename="../../ui/start/wizard.py" line="123"/>
        <source>Tên đơn vị</source>
        <translation>Names of the committee</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard.py" line="124"/>
        <source>Các tên này in trên mọi biểu mẫu. Đã điền sẵn theo đơn vị đã chọn; sửa nếu cần.</source>
        <translation>These names are printed on every form. They are filled in from the unit you chose; correct them if needed.</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard.py" line="129"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard.py" line="133"/>
        <source>Dùng trong dòng ngày tháng, ví dụ: “Tân An, ngày 05 tháng 02 năm 2026”.</source>
        <translation>Used in the date line, e.g. “Tân An, ngày 05 tháng 02 năm 2026”.</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard.py" line="136"/>
        <source>Kho dữ liệu là một thư mục đã mã hóa. Nên để mặc định.</source>
        <translation>The vault is an encrypted folder. The default place is best.</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard.py" line="141"/>
        <source>Tên Đảng ủy:</source>
        <translation>Party committee:</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard.py" line="142"/>
        <source>Cơ quan tham mưu:</source>
        <translation>Advisory body:</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard.py" line="143"/>
        <source>Địa danh:</source>
        <translation>Place name:</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard.py" line="145"/>
        <source>Nơi lưu kho:</source>
        <translation>Vault folder:</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard.py" line="184"/>
        <source>Chọn nơi lưu kho dữ liệu</source>
        <translation>Choose where to keep the vault</translation>
    </message>
</context>
<context>
    <name>CommunePage</name>
    <message>
        <location filename="../../ui/start/wizard.py" line="98"/>
        <source>Đơn vị của bạn</source>
        <translation>Your commune</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard.py" line="99"/>
        <source>Chọn xã, phường hoặc đặc khu nơi Đảng ủy của bạn đóng (theo danh mục từ 01/7/2025).</source>
        <translation>Choose the commune, ward or special zone of your Party committee (the list in force since 1 July 2025).</translation>
    </message>
</context>
<context>
    <name>CommunePicker</name>
    <message>
        <location filename="../../ui/widgets/commune_picker.py" line="24"/>
        <source>Tỉnh, thành phố</source>
        <translation>Province or city</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/commune_picker.py" line="26"/>
        <source>Gõ tên xã, phường hoặc đặc khu (gõ không dấu cũng được)</source>
        <translation>Type the name of the commune, ward or special zone (accents optional)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/commune_picker.py" line="29"/>
        <source>Các xã, phường, đặc khu tìm thấy</source>
        <translation>Communes, wards and special zones found</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/commune_picker.py" line="38"/>
        <source>Tỉnh, thành phố:</source>
        <translation>Province or city:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/commune_picker.py" line="39"/>
        <source>Tìm xã, phường:</source>
        <translation>Find the commune:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/commune_picker.py" line="57"/>
        <source>Tất cả tỉnh, thành phố</source>
        <translation>All provinces and cities</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/commune_picker.py" line="116"/>
        <source>Không tìm thấy. Hãy kiểm tra tên, hoặc chọn “Tất cả tỉnh, thành phố”.</source>
        <translation>Nothing found. Check the name, or choose “All provinces and cities”.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/commune_picker.py" line="118"/>
        <source>Chọn tỉnh, thành phố hoặc gõ tên xã, phường để tìm.</source>
        <translation>Choose a province or type the name of the commune to search.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/commune_picker.py" line="124"/>
        <source>Bấm chọn đúng đơn vị trong danh sách.</source>
        <translation>Click the right unit in the list.</translation>
    </message>
</context>
<context>
    <name>DecisionFields</name>
    <message>
        <location filename="../../ui/orgs/fields.py" line="61"/>
        <source>Ngày thực hiện</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/fields.py" line="63"/>
        <source>ví dụ: 125-QĐ/ĐU</source>
        <translation>e.g. 125-QĐ/ĐU</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/fields.py" line="64"/>
        <source>Số quyết định</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/fields.py" line="66"/>
        <source>Ngày quyết định</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/fields.py" line="69"/>
        <source>Thực hiện từ ngày:</source>
        <translation>Effective from:</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/fields.py" line="70"/>
        <source>Số quyết định:</source>
        <translation>Decision number:</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/fields.py" line="72"/>
        <source>Ngày quyết định:</source>
        <translation>Decision date:</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../ui/start/wizard_pages.py" line="202"/>
        <source>Xã mẫu để dùng thử</source>
        <translation>The demo commune</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard_pages.py" line="203"/>
        <source>Một Đảng ủy xã hư cấu với vài trăm đảng viên, để tập sử dụng.</source>
        <translation>A fictional commune Party committee with a few hundred members, to practise on.</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard_pages.py" line="206"/>
        <source>Có ba tài khoản, cùng mật khẩu &lt;b&gt;{password}&lt;/b&gt;:&lt;br&gt;• &lt;b&gt;truongban&lt;/b&gt; — Trưởng ban&lt;br&gt;• &lt;b&gt;photruongban&lt;/b&gt; — Phó trưởng ban&lt;br&gt;• &lt;b&gt;chuyenvien&lt;/b&gt; — Chuyên viên</source>
        <translation>There are three accounts, all with the password &lt;b&gt;{password}&lt;/b&gt;:&lt;br&gt;• &lt;b&gt;truongban&lt;/b&gt; — head of committee&lt;br&gt;• &lt;b&gt;photruongban&lt;/b&gt; — deputy head&lt;br&gt;• &lt;b&gt;chuyenvien&lt;/b&gt; — staff</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard_pages.py" line="217"/>
        <source>Đang tạo xã mẫu, xin chờ…</source>
        <translation>Building the demo commune, please wait…</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard_pages.py" line="231"/>
        <source>Xã mẫu đã có tại {path}; bấm Xong để mở.</source>
        <translation>The demo commune is already at {path}; click Finish to open it.</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard_pages.py" line="233"/>
        <source>Xã mẫu sẽ được tạo tại {path}.</source>
        <translation>The demo commune will be created at {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard_pages.py" line="257"/>
        <source>Đang tạo xã mẫu…</source>
        <translation>Building the demo commune…</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="62"/>
        <source>Sổ tay Đảng viên</source>
        <translation>Sổ tay Đảng viên</translation>
    </message>
</context>
<context>
    <name>DispatchPanel</name>
    <message>
        <location filename="../../ui/cases/dispatches.py" line="70"/>
        <source>Phiếu đã xác nhận theo nơi công tác</source>
        <translation>Confirmed cases by workplace</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatches.py" line="80"/>
        <source>Tạo công văn cho nơi đã chọn</source>
        <translation>Make dispatches for the selected</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatches.py" line="81"/>
        <source>Tạo công văn cho tất cả</source>
        <translation>Make dispatches for all</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatches.py" line="85"/>
        <source>Ngày gửi:</source>
        <translation>Date sent:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatches.py" line="87"/>
        <source>Cách gửi:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatches.py" line="101"/>
        <source>Phiếu đã xác nhận, chờ gửi về nơi công tác</source>
        <translation>Confirmed cases waiting to be sent to the workplace</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatches.py" line="118"/>
        <location filename="../../ui/cases/dispatches.py" line="133"/>
        <source>Công văn đã tạo</source>
        <translation>Dispatches made</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatches.py" line="120"/>
        <source>Xem / in công văn…</source>
        <translation>Preview / print dispatch…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatches.py" line="121"/>
        <source>Ký số…</source>
        <translation>Sign digitally…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatches.py" line="122"/>
        <source>Ghi nhận nơi nhận đã nhận…</source>
        <translation>Mark as received…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/dispatches.py" line="173"/>
        <source>%Ln phiếu đã xác nhận chờ gửi: chọn nơi công tác rồi tạo công văn, hoặc tạo cho tất cả.</source>
        <translation>
            <numerusform>%Ln confirmed case waits to be sent: select a workplace and make its dispatch, or make them for all.</numerusform>
            <numerusform>%Ln confirmed cases wait to be sent: select workplaces and make their dispatches, or make them for all.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatches.py" line="177"/>
        <source>Không còn phiếu đã xác nhận nào chờ gửi.</source>
        <translation>No confirmed cases are waiting to be sent.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatches.py" line="197"/>
        <source>Ký số công văn bằng tệp chữ ký số hoặc thiết bị USB, rồi lưu bản đã ký</source>
        <translation>Sign the dispatch with a key file or a USB token, then save the signed copy</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/dispatches.py" line="208"/>
        <source>Tạo công văn cho tất cả (%Ln nơi)</source>
        <translation>
            <numerusform>Make dispatches for all (%Ln workplace)</numerusform>
            <numerusform>Make dispatches for all (%Ln workplaces)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/dispatches.py" line="240"/>
        <source>Tạo %Ln công văn gửi trả kết quả nhận xét</source>
        <translation>
            <numerusform>Make %Ln dispatch returning the comments</numerusform>
            <numerusform>Make %Ln dispatches returning the comments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatches.py" line="241"/>
        <source>({cases} phiếu), ngày {day}, cách gửi: {channel}?</source>
        <translation>({cases} cases), dated {day}, channel: {channel}?</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatches.py" line="247"/>
        <source>Tạo công văn</source>
        <translation>Make dispatches</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatches.py" line="247"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/dispatches.py" line="257"/>
        <source>Đã tạo %Ln công văn: {numbers}.</source>
        <translation>
            <numerusform>Made %Ln dispatch: {numbers}.</numerusform>
            <numerusform>Made %Ln dispatches: {numbers}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatches.py" line="262"/>
        <source>Đang tạo công văn…</source>
        <translation>Making the dispatches…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatches.py" line="277"/>
        <source>Công văn {number} gửi {org}</source>
        <translation>Dispatch {number} to {org}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatches.py" line="280"/>
        <source>Đang dựng công văn…</source>
        <translation>Preparing the dispatch…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatches.py" line="297"/>
        <source>Lưu công văn đã ký số</source>
        <translation>Save the signed dispatch</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatches.py" line="297"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatches.py" line="312"/>
        <source>Đã ký số công văn {number} ({name}) và lưu vào {path}.</source>
        <translation>Signed dispatch {number} ({name}) and saved it to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatches.py" line="317"/>
        <source>Đang ký số…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatches.py" line="324"/>
        <source>Nơi nhận đã nhận</source>
        <translation>Received by the workplace</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatches.py" line="325"/>
        <source>Ghi nhận {org} đã nhận công văn {number} (gửi ngày {day}).</source>
        <translation>Record that {org} received dispatch {number} (sent on {day}).</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatches.py" line="328"/>
        <source>Ngày nhận:</source>
        <translation>Date received:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatches.py" line="329"/>
        <source>Ghi nhận</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatches.py" line="348"/>
        <source>Đã ghi nhận nơi nhận đã nhận công văn {number}.</source>
        <translation>Recorded that dispatch {number} was received.</translation>
    </message>
</context>
<context>
    <name>DispatchSender</name>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="120"/>
        <source>Lưu tệp gửi nơi công tác</source>
        <translation>Save the file for the workplace committee</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="132"/>
        <source>Đã lưu tệp {path} ({count} phiếu) gửi {org}; tệp được mã hóa.</source>
        <translation>Saved {path} ({count} sheets) for {org}; the file is encrypted.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="134"/>
        <source>Đã lưu tệp {path} ({count} phiếu) gửi {org}; tệp chỉ được ký, ai có tệp cũng đọc được.</source>
        <translation>Saved {path} ({count} sheets) for {org}; the file is only signed: anyone holding it can read it.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="137"/>
        <source>Đang tạo tệp…</source>
        <translation>Making the file…</translation>
    </message>
</context>
<context>
    <name>DispatchSignDialog</name>
    <message>
        <location filename="../../ui/cases/sign_dialog.py" line="47"/>
        <source>Ký số công văn</source>
        <translation>Sign the dispatch</translation>
    </message>
    <message>
        <location filename="../../ui/cases/sign_dialog.py" line="50"/>
        <source>Ký số công văn {number} gửi {org}.</source>
        <translation>Sign dispatch {number} to {org}.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/sign_dialog.py" line="57"/>
        <source>Chữ ký số đặt vào ô chữ ký của công văn; ảnh chữ ký và con dấu không in kèm. Mật khẩu và mã PIN không được lưu lại.</source>
        <translation>The digital signature goes in the dispatch&apos;s signature box; the signature and seal images are left out. The password and PIN are not stored.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/sign_dialog.py" line="64"/>
        <source>Tệp chữ ký số (.p12, .pfx)</source>
        <translation>Key file (.p12, .pfx)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/sign_dialog.py" line="65"/>
        <source>Thiết bị ký số USB (token PKCS#11)</source>
        <translation>USB signing token (PKCS#11)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/sign_dialog.py" line="72"/>
        <source>đường dẫn tệp .p12 hoặc .pfx</source>
        <translation>path of the .p12 or .pfx file</translation>
    </message>
    <message>
        <location filename="../../ui/cases/sign_dialog.py" line="73"/>
        <location filename="../../ui/cases/sign_dialog.py" line="84"/>
        <source>Chọn tệp…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/sign_dialog.py" line="79"/>
        <source>Tệp:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/sign_dialog.py" line="80"/>
        <source>Mật khẩu của tệp:</source>
        <translation>File password:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/sign_dialog.py" line="83"/>
        <source>thư viện PKCS#11 của hãng (.dll hoặc .so)</source>
        <translation>the vendor&apos;s PKCS#11 library (.dll or .so)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/sign_dialog.py" line="88"/>
        <source>để trống nếu chỉ cắm một thiết bị</source>
        <translation>leave empty when only one token is plugged in</translation>
    </message>
    <message>
        <location filename="../../ui/cases/sign_dialog.py" line="92"/>
        <source>Thư viện:</source>
        <translation>Library:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/sign_dialog.py" line="93"/>
        <source>Mã PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/sign_dialog.py" line="94"/>
        <source>Tên thiết bị:</source>
        <translation>Token label:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/sign_dialog.py" line="101"/>
        <source>Ký số</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../ui/cases/sign_dialog.py" line="156"/>
        <source>Chọn tệp chữ ký số</source>
        <translation>Choose the key file</translation>
    </message>
    <message>
        <location filename="../../ui/cases/sign_dialog.py" line="156"/>
        <source>Tệp chữ ký số (*.p12 *.pfx)</source>
        <translation>Key files (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/sign_dialog.py" line="163"/>
        <source>Chọn thư viện PKCS#11</source>
        <translation>Choose the PKCS#11 library</translation>
    </message>
    <message>
        <location filename="../../ui/cases/sign_dialog.py" line="163"/>
        <source>Thư viện (*.dll *.so *.dylib)</source>
        <translation>Libraries (*.dll *.so *.dylib)</translation>
    </message>
</context>
<context>
    <name>DispatchTables</name>
    <message>
        <location filename="../../ui/cases/dispatch_models.py" line="30"/>
        <source>Cấp ủy nơi công tác</source>
        <translation>Workplace committee</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatch_models.py" line="31"/>
        <location filename="../../ui/cases/dispatch_models.py" line="49"/>
        <source>Số phiếu</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatch_models.py" line="32"/>
        <source>Đảng viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatch_models.py" line="46"/>
        <source>Số công văn</source>
        <translation>Dispatch no.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatch_models.py" line="47"/>
        <source>Ngày gửi</source>
        <translation>Date sent</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatch_models.py" line="48"/>
        <source>Nơi nhận</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatch_models.py" line="50"/>
        <source>Cách gửi</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatch_models.py" line="51"/>
        <source>Nơi nhận đã nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatch_models.py" line="94"/>
        <source>(chưa rõ nơi công tác)</source>
        <translation>(workplace unknown)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatch_models.py" line="100"/>
        <source>Chưa biết cấp ủy nơi công tác: hãy ghi thông tin đề nghị của các phiếu này.</source>
        <translation>The workplace committee is unknown: record the request details of these cases.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/dispatch_models.py" line="159"/>
        <source>Chưa</source>
        <translation>Not yet</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../ui/library/doc_dialog.py" line="32"/>
        <source>ví dụ: 213-QĐ/TW</source>
        <translation>e.g. 213-QĐ/TW</translation>
    </message>
    <message>
        <location filename="../../ui/library/doc_dialog.py" line="33"/>
        <source>Ngày ban hành</source>
        <translation>Date issued</translation>
    </message>
    <message>
        <location filename="../../ui/library/doc_dialog.py" line="36"/>
        <source>ví dụ: Bộ Chính trị</source>
        <translation>e.g. Bộ Chính trị (the Politburo)</translation>
    </message>
    <message>
        <location filename="../../ui/library/doc_dialog.py" line="42"/>
        <source>Còn hiệu lực</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../ui/library/doc_dialog.py" line="43"/>
        <source>Đã được thay thế</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location filename="../../ui/library/doc_dialog.py" line="46"/>
        <source>số văn bản thay thế</source>
        <translation>number of the replacing document</translation>
    </message>
    <message>
        <location filename="../../ui/library/doc_dialog.py" line="47"/>
        <source>Ngày bị thay thế</source>
        <translation>Date replaced</translation>
    </message>
    <message>
        <location filename="../../ui/library/doc_dialog.py" line="50"/>
        <source>cách nhau bằng dấu phẩy, ví dụ: 213, nơi cư trú</source>
        <translation>separated by commas, e.g. 213, residence</translation>
    </message>
    <message>
        <location filename="../../ui/library/doc_dialog.py" line="56"/>
        <source>Trích yếu (tên văn bản):</source>
        <translation>Title (summary):</translation>
    </message>
    <message>
        <location filename="../../ui/library/doc_dialog.py" line="57"/>
        <source>Số, ký hiệu:</source>
        <translation>Number and code:</translation>
    </message>
    <message>
        <location filename="../../ui/library/doc_dialog.py" line="58"/>
        <source>Ngày ban hành:</source>
        <translation>Date issued:</translation>
    </message>
    <message>
        <location filename="../../ui/library/doc_dialog.py" line="59"/>
        <source>Cơ quan ban hành:</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <location filename="../../ui/library/doc_dialog.py" line="60"/>
        <source>Loại văn bản:</source>
        <translation>Type of document:</translation>
    </message>
    <message>
        <location filename="../../ui/library/doc_dialog.py" line="61"/>
        <source>Hiệu lực:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/library/doc_dialog.py" line="62"/>
        <source>Thay thế bởi:</source>
        <translation>Replaced by:</translation>
    </message>
    <message>
        <location filename="../../ui/library/doc_dialog.py" line="63"/>
        <source>Ngày bị thay thế:</source>
        <translation>Date replaced:</translation>
    </message>
    <message>
        <location filename="../../ui/library/doc_dialog.py" line="64"/>
        <source>Từ khóa:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location filename="../../ui/library/doc_dialog.py" line="86"/>
        <source>Hãy ghi trích yếu (tên) của văn bản.</source>
        <translation>Write the document&apos;s title (summary).</translation>
    </message>
</context>
<context>
    <name>EndRegistrationDialog</name>
    <message>
        <location filename="../../ui/registrations/dialogs.py" line="156"/>
        <source>Kết thúc đăng ký</source>
        <translation>End the registration</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/dialogs.py" line="162"/>
        <source>ví dụ: số quyết định, nơi chuyển đến</source>
        <translation>e.g. decision number, where they moved</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/dialogs.py" line="163"/>
        <source>Ngày kết thúc:</source>
        <translation>End date:</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/dialogs.py" line="164"/>
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/dialogs.py" line="165"/>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>ExchangeButtons</name>
    <message>
        <location filename="../../ui/exchange/buttons.py" line="37"/>
        <source>Gửi dạng tệp…</source>
        <translation>Send as a file…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/buttons.py" line="38"/>
        <source>Lưu công văn và các phiếu thành một tệp ký số, mã hóa cho nơi nhận</source>
        <translation>Save the dispatch and its sheets as one signed file, encrypted for the recipient</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/buttons.py" line="39"/>
        <source>Nhận tệp…</source>
        <translation>Receive a file…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/buttons.py" line="40"/>
        <source>Thẻ cấp ủy…</source>
        <translation>Committee cards…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/buttons.py" line="67"/>
        <source>Đã nhập tệp từ {sender}.</source>
        <translation>Applied the file from {sender}.</translation>
    </message>
</context>
<context>
    <name>ExchangeTables</name>
    <message>
        <location filename="../../ui/exchange/models.py" line="25"/>
        <source>Cấp ủy</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/models.py" line="26"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/models.py" line="27"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/models.py" line="28"/>
        <source>Dấu vân tay</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/models.py" line="29"/>
        <source>Tin cậy</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/models.py" line="65"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/models.py" line="66"/>
        <source>Thôi tin cậy</source>
        <translation>Stop trusting</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/received.py" line="36"/>
        <source>Số công văn</source>
        <translation>Dispatch number</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/received.py" line="37"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/received.py" line="38"/>
        <source>Nơi gửi</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/received.py" line="39"/>
        <source>Số phiếu</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/received.py" line="40"/>
        <source>Đã báo nhận</source>
        <translation>Receipt sent</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="72"/>
        <source>Chưa có số liệu: xã, phường này gửi tệp phiên bản cũ, không kèm báo cáo.</source>
        <translation>No figure: this commune sent an older file without its reports.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/importer/export_dialog.py" line="44"/>
        <source>Xuất danh sách đảng viên</source>
        <translation>Export the members list</translation>
    </message>
    <message>
        <location filename="../../ui/importer/export_dialog.py" line="46"/>
        <source>Danh sách đảng viên — Excel (.xlsx), in được trên khổ A4 ngang</source>
        <translation>Members list — Excel (.xlsx), printable on landscape A4</translation>
    </message>
    <message>
        <location filename="../../ui/importer/export_dialog.py" line="47"/>
        <source>Danh sách đảng viên — .csv (cho phần mềm khác)</source>
        <translation>Members list — .csv (for other programs)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/export_dialog.py" line="48"/>
        <source>Sổ danh sách đảng viên (Mẫu 7-HSĐV, .xlsx)</source>
        <translation>Member register (Mẫu 7-HSĐV, .xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/export_dialog.py" line="51"/>
        <source>Đảng viên đang sinh hoạt</source>
        <translation>Current members</translation>
    </message>
    <message>
        <location filename="../../ui/importer/export_dialog.py" line="52"/>
        <source>Tất cả, cả người đã chuyển đi, từ trần, ra khỏi Đảng</source>
        <translation>Everyone, including those transferred out, deceased or who left the Party</translation>
    </message>
    <message>
        <location filename="../../ui/importer/export_dialog.py" line="53"/>
        <source>Một chi bộ:</source>
        <translation>One cell:</translation>
    </message>
    <message>
        <location filename="../../ui/importer/export_dialog.py" line="57"/>
        <source>Xuất gì</source>
        <translation>What to export</translation>
    </message>
    <message>
        <location filename="../../ui/importer/export_dialog.py" line="63"/>
        <source>Những ai</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/importer/export_dialog.py" line="75"/>
        <source>Sổ Mẫu 7-HSĐV luôn gồm mọi đảng viên đã có trong kho dữ liệu.</source>
        <translation>The Mẫu 7-HSĐV register always lists every member ever recorded in the vault.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/export_dialog.py" line="80"/>
        <source>Chọn nơi lưu và xuất…</source>
        <translation>Choose where to save and export…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/export_dialog.py" line="140"/>
        <source>Hãy chọn một chi bộ.</source>
        <translation>Choose a cell.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/export_dialog.py" line="142"/>
        <source>Tệp CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/export_dialog.py" line="142"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/export_dialog.py" line="157"/>
        <source>Đã xuất {count} đảng viên ra tệp {path}.</source>
        <translation>Exported {count} members to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/export_dialog.py" line="166"/>
        <source>Đang xuất danh sách…</source>
        <translation>Exporting the list…</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../ui/exchange/figures_panel.py" line="24"/>
        <source>Gửi số liệu đợt nhận xét cho tỉnh</source>
        <translation>Send the round figures to the province</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/figures_panel.py" line="29"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/figures_panel.py" line="30"/>
        <source>Lưu tệp số liệu…</source>
        <translation>Save the figures file…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/figures_panel.py" line="35"/>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/figures_panel.py" line="43"/>
        <source>Lưu tệp số liệu gửi tỉnh</source>
        <translation>Save the figures file for the province</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/figures_panel.py" line="54"/>
        <source>Đã lưu {path} gửi {org}; tệp được mã hóa.</source>
        <translation>Saved {path} for {org}; the file is encrypted.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/figures_panel.py" line="57"/>
        <source>Đã lưu {path}; chưa có thẻ của tỉnh nên tệp chỉ được ký, ai có tệp cũng đọc được.</source>
        <translation>Saved {path}; there is no card of the province, so the file is only signed: anyone holding it can read it.</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <location filename="../../ui/settings/file_field.py" line="50"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/file_field.py" line="51"/>
        <source>Chọn: {title}</source>
        <translation>Choose: {title}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../ui/library/guide_view.py" line="69"/>
        <source>Hướng dẫn sử dụng</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../ui/library/guide_view.py" line="71"/>
        <location filename="../../ui/library/guide_view.py" line="73"/>
        <source>Tìm trong hướng dẫn</source>
        <translation>Search the guide</translation>
    </message>
    <message>
        <location filename="../../ui/library/guide_view.py" line="75"/>
        <source>Mục lục hướng dẫn</source>
        <translation>Guide contents</translation>
    </message>
    <message>
        <location filename="../../ui/library/guide_view.py" line="78"/>
        <source>Nội dung hướng dẫn</source>
        <translation>Guide text</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <location filename="../../ui/backups/health.py" line="27"/>
        <source>An toàn dữ liệu</source>
        <translation>Data safety</translation>
    </message>
    <message>
        <location filename="../../ui/backups/health.py" line="40"/>
        <source>Sao lưu gần nhất:</source>
        <translation>Last backup:</translation>
    </message>
    <message>
        <location filename="../../ui/backups/health.py" line="41"/>
        <source>Chép sang nơi thứ hai:</source>
        <translation>Copied to the second place:</translation>
    </message>
    <message>
        <location filename="../../ui/backups/health.py" line="42"/>
        <source>Kiểm tra gần nhất:</source>
        <translation>Last check:</translation>
    </message>
    <message>
        <location filename="../../ui/backups/health.py" line="43"/>
        <source>Tệp khóa:</source>
        <translation>Key file:</translation>
    </message>
    <message>
        <location filename="../../ui/backups/health.py" line="70"/>
        <source>chưa có</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/backups/health.py" line="73"/>
        <source>chưa chọn nơi thứ hai (Cài đặt › Sao lưu)</source>
        <translation>no second place chosen (Settings › Backup)</translation>
    </message>
    <message>
        <location filename="../../ui/backups/health.py" line="76"/>
        <source>{time} — {place}</source>
        <translation>{time} — {place}</translation>
    </message>
    <message>
        <location filename="../../ui/backups/health.py" line="81"/>
        <source>{time} — không có lỗi</source>
        <translation>{time} — no problems</translation>
    </message>
    <message>
        <location filename="../../ui/backups/health.py" line="83"/>
        <source>{time} — có lỗi</source>
        <translation>{time} — problems found</translation>
    </message>
    <message>
        <location filename="../../ui/backups/health.py" line="84"/>
        <source>nguyên vẹn</source>
        <translation>intact</translation>
    </message>
    <message>
        <location filename="../../ui/backups/health.py" line="84"/>
        <source>hỏng hoặc bị thay đổi</source>
        <translation>damaged or changed</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <location filename="../../ui/settings/images.py" line="52"/>
        <source>Ảnh PNG hoặc JPEG (*.png *.jpg *.jpeg)</source>
        <translation>PNG or JPEG images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/images.py" line="53"/>
        <source>Bỏ ảnh này</source>
        <translation>Remove this image</translation>
    </message>
    <message>
        <location filename="../../ui/settings/images.py" line="78"/>
        <source>(chưa có ảnh)</source>
        <translation>(no image)</translation>
    </message>
</context>
<context>
    <name>ImagesSection</name>
    <message>
        <location filename="../../ui/settings/images.py" line="99"/>
        <source>Họ tên người có chữ ký này</source>
        <translation>Full name of the person whose signature this is</translation>
    </message>
    <message>
        <location filename="../../ui/settings/images.py" line="102"/>
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/images.py" line="103"/>
        <source>Chữ ký của đồng chí:</source>
        <translation>Signature of:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/images.py" line="104"/>
        <source>Ảnh chữ ký</source>
        <translation>Signature image</translation>
    </message>
    <message>
        <location filename="../../ui/settings/images.py" line="105"/>
        <source>Ảnh con dấu</source>
        <translation>Seal image</translation>
    </message>
    <message>
        <location filename="../../ui/settings/images.py" line="110"/>
        <source>Lưu ảnh vào kho dữ liệu</source>
        <translation>Save the images in the vault</translation>
    </message>
    <message>
        <location filename="../../ui/settings/images.py" line="121"/>
        <source>Ảnh chữ ký và con dấu in lên văn bản do chính người này ký; văn bản người khác ký không có ảnh. Ảnh PNG nền trong suốt in đẹp nhất; con dấu in đè lên một phần ba bên trái chữ ký. Ảnh được lưu trong kho dữ liệu đã mã hóa.</source>
        <translation>The signature and seal images print on documents this person signs; documents signed by someone else get no images. PNG images with a transparent background print best; the seal covers the left third of the signature. The images are kept in the encrypted vault.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/images.py" line="138"/>
        <source>Chữ ký &amp; con dấu</source>
        <translation>Signature &amp; seal</translation>
    </message>
    <message>
        <location filename="../../ui/settings/images.py" line="187"/>
        <source>Tệp {name} không phải là ảnh đọc được.</source>
        <translation>The file {name} is not an image that can be read.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/images.py" line="213"/>
        <source>Đã xóa ảnh của chức vụ {position}.</source>
        <translation>Images of the position {position} removed.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/images.py" line="217"/>
        <source>Đã lưu ảnh vào kho dữ liệu.</source>
        <translation>Images saved in the vault.</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="48"/>
        <source>Nhận tệp từ cấp ủy khác</source>
        <translation>Receive a file from another committee</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="50"/>
        <source>Đường dẫn tệp nhận được (.sotay)</source>
        <translation>Path of the file received (.sotay)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="51"/>
        <source>Tệp nhận được</source>
        <translation>File received</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="52"/>
        <source>Chọn tệp…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="53"/>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="59"/>
        <source>Nội dung tệp</source>
        <translation>Contents of the file</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="61"/>
        <source>Chọn tệp rồi bấm Xem trước. Chưa có gì được ghi cho đến khi bấm Nhập vào kho.</source>
        <translation>Choose the file, then Preview. Nothing is written until you press Apply to the vault.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="64"/>
        <source>Bỏ qua các dòng không tìm thấy hoặc không khớp, nhập phần còn lại</source>
        <translation>Skip the lines that match nobody or conflict, apply the rest</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="68"/>
        <source>Nhập vào kho</source>
        <translation>Apply to the vault</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="90"/>
        <source>Chọn tệp nhận được</source>
        <translation>Choose the file received</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="90"/>
        <source>Tệp trao đổi (*.sotay);;Mọi tệp (*)</source>
        <translation>Bundle files (*.sotay);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="119"/>
        <source>Đang kiểm tra tệp…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="132"/>
        <source>Chữ ký và nơi nhận đã được kiểm tra. Bấm Nhập vào kho để ghi tất cả cùng lúc.</source>
        <translation>The signature and the recipient were checked. Press Apply to the vault to write it all at once.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="134"/>
        <source>Tệp này không nhập được (xem dòng màu đỏ).</source>
        <translation>This file cannot be applied (see the red lines).</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="149"/>
        <source>Đã nhập tệp từ {sender}.</source>
        <translation>Applied the file from {sender}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="153"/>
        <source>Đang nhập tệp…</source>
        <translation>Applying the file…</translation>
    </message>
</context>
<context>
    <name>ImportCellsPage</name>
    <message>
        <location filename="../../ui/importer/cells_page.py" line="42"/>
        <location filename="../../ui/importer/cells_page.py" line="49"/>
        <source>Chi bộ chưa có trong kho</source>
        <translation>Cells not yet in the vault</translation>
    </message>
    <message>
        <location filename="../../ui/importer/cells_page.py" line="45"/>
        <source>Cột “Chi bộ” của tệp ghi những chi bộ dưới đây mà kho chưa có. Với mỗi chi bộ, chọn tạo mới (cùng lần nhập, trực thuộc Đảng ủy xã) hoặc ghép với một chi bộ đã có.</source>
        <translation>The file’s “Chi bộ” column names the cells below, which the vault does not have. For each, create it (in the same import, under the commune’s committee) or map it to an existing cell.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/cells_page.py" line="51"/>
        <source>Tên trong tệp</source>
        <translation>Name in the file</translation>
    </message>
    <message>
        <location filename="../../ui/importer/cells_page.py" line="51"/>
        <source>Số dòng</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../ui/importer/cells_page.py" line="51"/>
        <source>Cách xử lý</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../ui/importer/cells_page.py" line="57"/>
        <source>Chi bộ nơi cư trú (thôn, tổ dân phố)</source>
        <translation>Residence cells (village, neighbourhood)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/cells_page.py" line="58"/>
        <source>Chi bộ cơ quan, đơn vị (nơi làm việc)</source>
        <translation>Workplace cells (offices, units)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/cells_page.py" line="71"/>
        <source>Chi bộ mới thành lập từ ngày:</source>
        <translation>New cells founded on:</translation>
    </message>
    <message>
        <location filename="../../ui/importer/cells_page.py" line="72"/>
        <source>Loại chi bộ mới:</source>
        <translation>Kind of the new cells:</translation>
    </message>
    <message>
        <location filename="../../ui/importer/cells_page.py" line="109"/>
        <source>Tạo chi bộ mới với tên này</source>
        <translation>Create a new cell with this name</translation>
    </message>
    <message>
        <location filename="../../ui/importer/cells_page.py" line="111"/>
        <source>Ghép với: {cell}</source>
        <translation>Map to: {cell}</translation>
    </message>
    <message>
        <location filename="../../ui/importer/cells_page.py" line="135"/>
        <source>Chi bộ mới được tạo cùng lúc với các đảng viên, trong một lần nhập: nếu tệp còn lỗi thì không có gì được lưu, kể cả chi bộ. Mỗi người được xếp vào chi bộ từ ngày chi bộ thành lập.</source>
        <translation>New cells are created together with the members, in one import: if the file still has errors nothing is saved, cells included. Each person is placed in their cell from the cells’ founding date.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/cells_page.py" line="142"/>
        <source>Tài khoản này không được tạo chi bộ: hãy ghép với chi bộ đã có, hoặc nhờ Trưởng ban tạo trước.</source>
        <translation>This account may not create cells: map them to existing cells, or ask the head of the committee to create them first.</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <location filename="../../ui/importer/check.py" line="110"/>
        <source>Kiểm tra trước khi nhập</source>
        <translation>Check before importing</translation>
    </message>
    <message>
        <location filename="../../ui/importer/check.py" line="111"/>
        <source>Mọi dòng được kiểm tra với kho dữ liệu; chưa có gì được lưu.</source>
        <translation>Every row is checked against the vault; nothing has been saved yet.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/check.py" line="123"/>
        <location filename="../../ui/importer/check.py" line="131"/>
        <source>cập nhật hồ sơ đã có</source>
        <translation>update the existing record</translation>
    </message>
    <message>
        <location filename="../../ui/importer/check.py" line="124"/>
        <source>bỏ qua dòng đó</source>
        <translation>skip that row</translation>
    </message>
    <message>
        <location filename="../../ui/importer/check.py" line="125"/>
        <source>thêm người mới (sẽ báo lỗi: mỗi số CCCD chỉ của một người)</source>
        <translation>add a new person (an error: a CCCD belongs to one person only)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/check.py" line="130"/>
        <source>bỏ qua dòng đó (có thể là hai người khác nhau)</source>
        <translation>skip that row (they may be two different people)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/check.py" line="132"/>
        <source>thêm người mới</source>
        <translation>add a new person</translation>
    </message>
    <message>
        <location filename="../../ui/importer/check.py" line="137"/>
        <source>Trùng số CCCD với người đã có:</source>
        <translation>Same CCCD as an existing member:</translation>
    </message>
    <message>
        <location filename="../../ui/importer/check.py" line="138"/>
        <source>Trùng họ tên và ngày sinh:</source>
        <translation>Same name and date of birth:</translation>
    </message>
    <message>
        <location filename="../../ui/importer/check.py" line="140"/>
        <source>Lỗi và lưu ý theo từng ô</source>
        <translation>Errors and warnings by cell</translation>
    </message>
    <message>
        <location filename="../../ui/importer/check.py" line="190"/>
        <source>Đang kiểm tra…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/check.py" line="214"/>
        <source>Đang kiểm tra từng dòng… (số dòng đã kiểm tra)</source>
        <translation>Checking every row… (rows checked)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/check.py" line="224"/>
        <source>Đã đọc {rows} dòng: thêm mới {create}, cập nhật {update}, không đổi {same}, bỏ qua {skip}. {errors} lỗi, {warnings} lưu ý.</source>
        <translation>Read {rows} rows: {create} new, {update} updated, {same} unchanged, {skip} skipped. {errors} errors, {warnings} warnings.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/check.py" line="240"/>
        <source>Có lỗi ở {rows} dòng nên chưa nhập được: không có gì được lưu. Sửa các ô ghi dưới đây trong tệp rồi nhập lại (có thể lưu danh sách lỗi ra Excel để sửa), hoặc quay lại sửa cách ghép cột.</source>
        <translation>{rows} rows have errors, so nothing can be imported and nothing was saved. Correct the cells listed below in the file and import again (the list can be saved to Excel to work through), or go back and correct the column mapping.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/check.py" line="248"/>
        <source>Không có lỗi. Các lưu ý dưới đây không chặn việc nhập; hãy đọc qua trước khi bấm nhập.</source>
        <translation>No errors. The warnings below do not block the import; read them before importing.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/check.py" line="270"/>
        <source>Chưa kiểm tra được.</source>
        <translation>Could not check.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/check.py" line="308"/>
        <source>Đang lưu vào kho dữ liệu… (số dòng đã ghi)</source>
        <translation>Saving to the vault… (rows written)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/check.py" line="321"/>
        <source>Kho dữ liệu vừa thay đổi; đã kiểm tra lại và thấy lỗi. Chưa lưu gì.</source>
        <translation>The vault changed meanwhile; checking again found errors. Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>ImportEncodingPage</name>
    <message>
        <location filename="../../ui/importer/sheet_pages.py" line="181"/>
        <source>Bảng mã chữ</source>
        <translation>Text encoding</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheet_pages.py" line="182"/>
        <source>Danh sách cũ có thể gõ bằng TCVN3 hoặc VNI. Xem chữ trước và sau khi chuyển.</source>
        <translation>Old lists may be typed in TCVN3 or VNI. Compare the text before and after converting.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheet_pages.py" line="191"/>
        <source>Tự nhận (khuyên dùng)</source>
        <translation>Automatic (recommended)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheet_pages.py" line="192"/>
        <source>Mỗi ô theo phông chữ của nó: .Vn… là TCVN3 (ABC), VNI… là VNI.</source>
        <translation>Each cell by its font: .Vn… is TCVN3 (ABC), VNI… is VNI.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheet_pages.py" line="195"/>
        <source>Unicode (không chuyển)</source>
        <translation>Unicode (no conversion)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheet_pages.py" line="196"/>
        <source>Tệp đã gõ bằng Unicode (Times New Roman, Arial …).</source>
        <translation>The file is typed in Unicode (Times New Roman, Arial …).</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheet_pages.py" line="198"/>
        <source>TCVN3 (ABC)</source>
        <translation>TCVN3 (ABC)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheet_pages.py" line="198"/>
        <source>Mọi ô chữ được chuyển từ TCVN3 (phông .VnTime, .VnArial …).</source>
        <translation>Every text cell is converted from TCVN3 (fonts .VnTime, .VnArial …).</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheet_pages.py" line="199"/>
        <source>VNI</source>
        <translation>VNI</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheet_pages.py" line="199"/>
        <source>Mọi ô chữ được chuyển từ VNI (phông VNI-Times …).</source>
        <translation>Every text cell is converted from VNI (fonts VNI-Times …).</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheet_pages.py" line="208"/>
        <source>Chữ trước và sau khi chuyển</source>
        <translation>Text before and after converting</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheet_pages.py" line="211"/>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheet_pages.py" line="211"/>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheet_pages.py" line="211"/>
        <source>Trong tệp</source>
        <translation>In the file</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheet_pages.py" line="211"/>
        <source>Sẽ nhập là</source>
        <translation>Will be imported as</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheet_pages.py" line="223"/>
        <source>Chữ trong tệp là Unicode, không cần chuyển.</source>
        <translation>The text in the file is Unicode; nothing needs converting.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheet_pages.py" line="226"/>
        <source>Tệp dùng phông {fonts}: chữ gõ bằng bảng mã {encoding}. Sẽ được chuyển sang Unicode.</source>
        <translation>The file uses the font {fonts}: its text is typed in {encoding}. It will be converted to Unicode.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheet_pages.py" line="229"/>
        <source>Chữ trong tệp có vẻ gõ bằng bảng mã {encoding}. Hãy xem bảng dưới đây.</source>
        <translation>The text in the file seems to be typed in {encoding}. Check the table below.</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <location filename="../../ui/importer/file_page.py" line="26"/>
        <source>Chọn tệp danh sách</source>
        <translation>Choose the list</translation>
    </message>
    <message>
        <location filename="../../ui/importer/file_page.py" line="29"/>
        <source>Tệp Excel (.xlsx, .xls), LibreOffice (.ods) hoặc .csv của văn phòng. Chưa có gì được lưu vào kho cho đến bước cuối.</source>
        <translation>The office’s Excel (.xlsx, .xls), LibreOffice (.ods) or .csv file. Nothing is saved to the vault until the last step.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/file_page.py" line="35"/>
        <source>Tệp danh sách đảng viên</source>
        <translation>Members list file</translation>
    </message>
    <message>
        <location filename="../../ui/importer/file_page.py" line="35"/>
        <source>Bảng tính ({patterns})</source>
        <translation>Spreadsheets ({patterns})</translation>
    </message>
    <message>
        <location filename="../../ui/importer/file_page.py" line="40"/>
        <source>Tệp:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ui/importer/file_page.py" line="43"/>
        <source>Tệp gõ bằng phông .VnTime (TCVN3) hoặc VNI-Times vẫn nhập được, kể cả tệp .xls cũ; bước sau sẽ chuyển sang Unicode.</source>
        <translation>Files typed in the .VnTime (TCVN3) or VNI-Times fonts import too, old .xls files included; a later step converts them to Unicode.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/file_page.py" line="52"/>
        <source>Các cột đọc được (tên cột ở dòng tiêu đề; thứ tự tùy ý, thiếu cột cũng được, chỉ cần có họ tên): {columns}. Có thể ghi “Họ và tên” trong một cột thay cho ba cột Họ, Tên đệm, Tên.</source>
        <translation>The columns understood (headers in the header row; any order, any may be missing except the name): {columns}. One “Họ và tên” column may replace the three columns Họ, Tên đệm, Tên.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/file_page.py" line="57"/>
        <source>Cột:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <location filename="../../ui/importer/file_page.py" line="58"/>
        <source>Tải mẫu Excel…</source>
        <translation>Download the Excel template…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/file_page.py" line="60"/>
        <source>Lưu một tệp Excel mẫu có đủ các cột trên và một dòng ví dụ; cột số CCCD giữ được số 0 ở đầu.</source>
        <translation>Save an Excel template with all the columns above and one example row; the CCCD column keeps its leading zeros.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/file_page.py" line="76"/>
        <source>Lưu tệp mẫu</source>
        <translation>Save the template</translation>
    </message>
    <message>
        <location filename="../../ui/importer/file_page.py" line="76"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/file_page.py" line="89"/>
        <source>Đã lưu tệp mẫu {path}. Điền danh sách vào đó rồi chọn tệp ở trên.</source>
        <translation>Template saved as {path}. Fill in the list there, then choose the file above.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/file_page.py" line="121"/>
        <source>Đang đọc tệp…</source>
        <translation>Reading the file…</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <location filename="../../ui/importer/mapping.py" line="38"/>
        <source>Ghép cột</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location filename="../../ui/importer/mapping.py" line="40"/>
        <source>Mỗi cột của tệp ứng với thông tin nào trong hồ sơ. Cột nào không cần thì để “(không nhập)”.</source>
        <translation>Which information in the record each column of the file holds. Leave columns you do not need as “(not imported)”.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/mapping.py" line="44"/>
        <source>Dùng cách ghép này</source>
        <translation>Use this mapping</translation>
    </message>
    <message>
        <location filename="../../ui/importer/mapping.py" line="46"/>
        <source>tên, ví dụ: Danh sách của Văn phòng</source>
        <translation>a name, e.g. Office list</translation>
    </message>
    <message>
        <location filename="../../ui/importer/mapping.py" line="47"/>
        <source>Lưu cách ghép</source>
        <translation>Save the mapping</translation>
    </message>
    <message>
        <location filename="../../ui/importer/mapping.py" line="48"/>
        <source>Ghép cột của tệp với thông tin trong hồ sơ</source>
        <translation>Columns of the file and the record&apos;s information</translation>
    </message>
    <message>
        <location filename="../../ui/importer/mapping.py" line="52"/>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/importer/mapping.py" line="53"/>
        <source>Tiêu đề trong tệp</source>
        <translation>Header in the file</translation>
    </message>
    <message>
        <location filename="../../ui/importer/mapping.py" line="54"/>
        <source>Ví dụ (dòng đầu)</source>
        <translation>Example (first row)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/mapping.py" line="55"/>
        <source>Thông tin trong hồ sơ</source>
        <translation>Information in the record</translation>
    </message>
    <message>
        <location filename="../../ui/importer/mapping.py" line="62"/>
        <source>Cách ghép đã lưu:</source>
        <translation>Saved mappings:</translation>
    </message>
    <message>
        <location filename="../../ui/importer/mapping.py" line="66"/>
        <source>Lưu cách ghép này với tên:</source>
        <translation>Save this mapping as:</translation>
    </message>
    <message>
        <location filename="../../ui/importer/mapping.py" line="106"/>
        <source>(chưa lưu cách ghép nào)</source>
        <translation>(no mapping saved yet)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/mapping.py" line="118"/>
        <source>Cột {letter}</source>
        <translation>Column {letter}</translation>
    </message>
    <message>
        <location filename="../../ui/importer/mapping.py" line="152"/>
        <source>Chưa có cột họ tên. Hãy chọn “Họ và tên” (hoặc “Tên”) cho cột ghi họ tên.</source>
        <translation>No name column yet. Choose “Full name” (or “Given name”) for the column that holds the names.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/mapping.py" line="209"/>
        <source>Đang dùng cách ghép “{name}”.</source>
        <translation>Using the mapping “{name}”.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/mapping.py" line="225"/>
        <source>Đã lưu cách ghép “{name}”.</source>
        <translation>Mapping “{name}” saved.</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <location filename="../../ui/importer/check.py" line="46"/>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/importer/check.py" line="47"/>
        <source>Lưu ý</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/importer/check.py" line="52"/>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/importer/check.py" line="54"/>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/importer/check.py" line="55"/>
        <source>Tiêu đề cột</source>
        <translation>Column header</translation>
    </message>
    <message>
        <location filename="../../ui/importer/check.py" line="56"/>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/importer/check.py" line="57"/>
        <source>Mức</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../ui/importer/check.py" line="58"/>
        <source>Nội dung</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message>
        <location filename="../../ui/importer/check.py" line="328"/>
        <source>Đã nhập xong</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../ui/importer/check.py" line="329"/>
        <source>Danh sách đã được lưu vào kho dữ liệu, trong một lần, đủ cả.</source>
        <translation>The list was saved into the vault, all of it at once.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/check.py" line="352"/>
        <source>Đã thêm {created} đảng viên mới và cập nhật {updated} hồ sơ.</source>
        <translation>Added {created} new members and updated {updated} records.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/check.py" line="356"/>
        <source>Đã tạo {count} chi bộ mới.</source>
        <translation>Created {count} new cells.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/check.py" line="360"/>
        <source>Từ tệp {file}: {rows} dòng; {same} hồ sơ không đổi, {skipped} dòng bỏ qua, {warnings} lưu ý. Mỗi người được xếp vào chi bộ ghi trong tệp từ hôm nay. Mọi thay đổi đã ghi vào nhật ký.</source>
        <translation>From {file}: {rows} rows; {same} records unchanged, {skipped} rows skipped, {warnings} warnings. Everyone was placed in the cell named in the file from today. Every change is in the audit log.</translation>
    </message>
</context>
<context>
    <name>ImportSheetPage</name>
    <message>
        <location filename="../../ui/importer/sheet_pages.py" line="37"/>
        <source>Trang tính và dòng tiêu đề</source>
        <translation>Sheet and header row</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheet_pages.py" line="38"/>
        <source>Dòng tiêu đề (tô màu) có các cột như “Họ và tên”, “Ngày sinh”. Sửa nếu chưa đúng.</source>
        <translation>The header row (highlighted) has columns such as “Họ và tên”, “Ngày sinh”. Correct it if it is wrong.</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheet_pages.py" line="40"/>
        <source>Trang tính:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheet_pages.py" line="47"/>
        <source>Các dòng đầu của trang tính</source>
        <translation>The first rows of the sheet</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheet_pages.py" line="56"/>
        <source>Dòng tiêu đề:</source>
        <translation>Header row:</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheet_pages.py" line="59"/>
        <source>Dữ liệu bắt đầu từ dòng:</source>
        <translation>Data starts at row:</translation>
    </message>
    <message>
        <location filename="../../ui/importer/sheet_pages.py" line="128"/>
        <source>Đã tìm thấy dòng tiêu đề ở dòng {header}; dữ liệu bắt đầu ở dòng {first}.</source>
        <translation>Header found on row {header}; the data starts on row {first}.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/importer/wizard.py" line="40"/>
        <source>Nhập danh sách đảng viên từ Excel</source>
        <translation>Import members from Excel</translation>
    </message>
    <message>
        <location filename="../../ui/importer/wizard.py" line="45"/>
        <source>Tiếp</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/importer/wizard.py" line="46"/>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/importer/wizard.py" line="47"/>
        <source>Xong</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/importer/wizard.py" line="48"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/importer/wizard.py" line="49"/>
        <source>Nhập vào kho dữ liệu</source>
        <translation>Import into the vault</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../../ui/start/wizard.py" line="55"/>
        <source>Chào mừng đến với Sổ tay Đảng viên</source>
        <translation>Welcome to Sổ tay Đảng viên</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard.py" line="56"/>
        <source>Phần mềm lưu hồ sơ đảng viên trên máy này, đã mã hóa. Hãy chọn cách bắt đầu.</source>
        <translation>The app keeps party member records on this PC, encrypted. Choose how to begin.</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard.py" line="57"/>
        <source>Tạo kho dữ liệu mới cho đơn vị</source>
        <translation>Create a new vault for your committee</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard.py" line="58"/>
        <source>Mở kho dữ liệu đã có (trên máy này hoặc USB)</source>
        <translation>Open an existing vault (on this PC or a USB stick)</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard.py" line="59"/>
        <source>Mở xã mẫu để dùng thử</source>
        <translation>Open the demo commune to try it out</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard.py" line="65"/>
        <source>Dùng lần đầu: chọn xã, phường của đơn vị, đặt tài khoản Trưởng ban.</source>
        <translation>First use: choose your commune or ward and set up the head&apos;s account.</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard.py" line="66"/>
        <source>Kho dữ liệu là một thư mục; chọn thư mục đó.</source>
        <translation>A vault is a folder; choose that folder.</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard.py" line="67"/>
        <source>Dữ liệu hư cấu, để tập sử dụng; không dùng cho công việc thật.</source>
        <translation>Fictional data for practice; not for real work.</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../ui/library/page.py" line="70"/>
        <source>Thư viện văn bản</source>
        <translation>Document library</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="75"/>
        <source>Tìm trong tên và toàn văn, gõ không dấu cũng được</source>
        <translation>Search titles and full text; tone marks optional</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="77"/>
        <source>Tìm văn bản</source>
        <translation>Search documents</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="79"/>
        <source>Lọc theo loại văn bản</source>
        <translation>Filter by type of document</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="80"/>
        <source>Mọi loại</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="82"/>
        <source>Lọc theo năm ban hành</source>
        <translation>Filter by year issued</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="83"/>
        <source>Mọi năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="85"/>
        <source>Lọc theo hiệu lực</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="86"/>
        <source>Mọi hiệu lực</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="87"/>
        <source>Còn hiệu lực</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="88"/>
        <source>Đã được thay thế</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="90"/>
        <source>Thêm tệp…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="92"/>
        <source>Thêm thư mục…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="93"/>
        <source>Sửa thông tin…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="94"/>
        <source>Mở văn bản</source>
        <translation>Open document</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="95"/>
        <source>Lưu tệp ra ngoài…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="98"/>
        <source>Danh sách văn bản</source>
        <translation>List of documents</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="100"/>
        <source>Đoạn văn khớp với từ tìm</source>
        <translation>Passage matching the search</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="158"/>
        <source>Thêm tệp PDF, Word (.docx) hoặc .txt</source>
        <translation>Add PDF, Word (.docx) or .txt files</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="159"/>
        <source>Thêm mọi tệp đọc được trong thư mục</source>
        <translation>Add every readable file in a folder</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="165"/>
        <source>Số, ngày, cơ quan, loại, hiệu lực</source>
        <translation>Number, date, issuing body, type, status</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="168"/>
        <source>Lưu bản sao tệp gốc</source>
        <translation>Save a copy of the original file</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="205"/>
        <source>{n} kết quả</source>
        <translation>{n} results</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="207"/>
        <source>Từ tìm có ở rất nhiều trang: đang hiện {n} trang mới nhất. Hãy gõ thêm từ.</source>
        <translation>The words are on a great many pages: showing the {n} newest. Type more words.</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="212"/>
        <source>{n} văn bản</source>
        <translation>{n} documents</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="222"/>
        <source>Không tìm thấy văn bản nào khớp. Hãy gõ ít chữ hơn hoặc bỏ bớt bộ lọc.</source>
        <translation>No document matches. Type fewer words or remove a filter.</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="224"/>
        <source>Thư viện chưa có văn bản nào. Bấm Thêm tệp… để thêm.</source>
        <translation>The library is empty. Click Add files… to add some.</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="249"/>
        <source>Tên văn bản</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="249"/>
        <source>Trang {page}</source>
        <translation>Page {page}</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="266"/>
        <source>Chọn văn bản để thêm</source>
        <translation>Choose documents to add</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="268"/>
        <source>Văn bản ({pattern})</source>
        <translation>Documents ({pattern})</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="280"/>
        <source>Thêm văn bản</source>
        <translation>Add a document</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="287"/>
        <source>Chọn thư mục văn bản</source>
        <translation>Choose a folder of documents</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="298"/>
        <source>Đang đọc và lưu văn bản…</source>
        <translation>Reading and storing the documents…</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="301"/>
        <source>Đã thêm {n} văn bản.</source>
        <translation>Added {n} documents.</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="304"/>
        <source>Mở văn bản đã có</source>
        <translation>Open the existing document</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="304"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="317"/>
        <source>Sửa thông tin văn bản</source>
        <translation>Edit the document&apos;s details</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="354"/>
        <source>Lưu tệp ra ngoài</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="356"/>
        <source>Tệp ({pattern})</source>
        <translation>Files ({pattern})</translation>
    </message>
    <message>
        <location filename="../../ui/library/page.py" line="368"/>
        <source>Đã lưu vào tệp {path}.</source>
        <translation>Saved to {path}.</translation>
    </message>
</context>
<context>
    <name>LibraryTable</name>
    <message>
        <location filename="../../ui/library/table_model.py" line="50"/>
        <source>Còn hiệu lực</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../ui/library/table_model.py" line="53"/>
        <source>Thay bởi {by} ({on})</source>
        <translation>Replaced by {by} ({on})</translation>
    </message>
    <message>
        <location filename="../../ui/library/table_model.py" line="56"/>
        <source>Đã được thay thế</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location filename="../../ui/library/table_model.py" line="106"/>
        <source>tên</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../ui/library/table_model.py" line="111"/>
        <source>(bản chụp, không có chữ: chỉ tìm theo tên)</source>
        <translation>(scan, no text: found by title only)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Đảng viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>Tổ chức</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>Sinh hoạt nơi cư trú (213)</source>
        <translation>Residence activity (213)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Nhận xét &amp; xác nhận</source>
        <translation>Comments &amp; confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Thư viện văn bản</source>
        <translation>Document library</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Các màn hình</source>
        <translation>Screens</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>Đã khóa màn hình</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>Dữ liệu đã được ẩn và khóa lại. Nhập mật khẩu để làm tiếp.</source>
        <translation>The data is hidden and locked. Enter your password to carry on.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>Đăng xuất</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>Khóa màn hình</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Thông tin đơn vị…</source>
        <translation>Committee details…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Sao lưu kho dữ liệu…</source>
        <translation>Back up the vault…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>Đả&amp;ng viên</source>
        <translation>&amp;Members</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>Thêm đảng viên</source>
        <translation>Add a member</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>Xem / sửa hồ sơ đang chọn</source>
        <translation>View / edit the selected record</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>Tìm đảng viên</source>
        <translation>Find a member</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>Nhận &amp;xét</source>
        <translation>C&amp;omments</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>Nhập phiếu nhận xét…</source>
        <translation>Enter comment sheets…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>Xác nhận nhận xét</source>
        <translation>Confirm comments</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Hướng dẫn cho màn hình này</source>
        <translation>Guide for this screen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>Hướng dẫn cho màn hình này (F1)</source>
        <translation>Guide for this screen (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>{name} · {role}</source>
        <translation>{name} · {role}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>Sao lưu kho dữ liệu</source>
        <translation>Back up the vault</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>Tệp sao lưu (*.sotaybak)</source>
        <translation>Backup files (*.sotaybak)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>Đã sao lưu vào tệp {path}.</source>
        <translation>Backed up to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>Sổ tay Đảng viên — công cụ làm việc của Ban Xây dựng Đảng cấp xã: hồ sơ đảng viên trong kho dữ liệu đã mã hóa, quy trình nhận xét đảng viên nơi cư trú và các biểu mẫu.</source>
        <translation>Sổ tay Đảng viên — the working tool of a commune&apos;s Party Building Committee: party member records in an encrypted vault, the residence-cell comment flow and the forms.</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <location filename="../../ui/members/editor.py" line="163"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="166"/>
        <source>Vẫn lưu</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="167"/>
        <source>Đã kiểm tra các điều cần xem lại ở trên và thấy đúng: lưu.</source>
        <translation>I have checked the points above and they are right: save.</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="179"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="204"/>
        <source>Thêm đảng viên</source>
        <translation>Add a member</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="205"/>
        <source>Hồ sơ đảng viên: {name}</source>
        <translation>Member record: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="209"/>
        <source>Họ tên và nhân thân</source>
        <translation>Name and personal details</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="210"/>
        <source>Đảng</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="211"/>
        <source>Giấy tờ và liên lạc</source>
        <translation>Papers and contact</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="212"/>
        <source>Học vấn, công tác và nơi cư trú</source>
        <translation>Education, work and residence</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="221"/>
        <source>(chưa rõ)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="227"/>
        <source>(chưa xếp chi bộ)</source>
        <translation>(no cell yet)</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="238"/>
        <source>ngày/tháng/năm hoặc năm</source>
        <translation>day/month/year or year</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="239"/>
        <source>Ghi ngày/tháng/năm (05/02/1975), tháng/năm (02/1975) hoặc chỉ năm (1975).</source>
        <translation>Write day/month/year (05/02/1975), month/year (02/1975) or just the year (1975).</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="241"/>
        <source>12 chữ số</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="381"/>
        <source>Sửa lại, hoặc bấm &quot;Vẫn lưu&quot; nếu đã kiểm tra và thấy đúng.</source>
        <translation>Correct it, or click &quot;Save anyway&quot; if you have checked and it is right.</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="405"/>
        <source>Hồ sơ này có thay đổi chưa lưu. Bỏ các thay đổi đó?</source>
        <translation>This record has unsaved changes. Discard them?</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="406"/>
        <source>Bỏ thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../ui/members/editor.py" line="407"/>
        <source>Tiếp tục sửa</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>MemberEventsDialog</name>
    <message>
        <location filename="../../ui/members/events.py" line="226"/>
        <source>Quá trình sinh hoạt Đảng: {name}</source>
        <translation>Party record events: {name}</translation>
    </message>
</context>
<context>
    <name>MemberEventsWidget</name>
    <message>
        <location filename="../../ui/members/events.py" line="60"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/members/events.py" line="61"/>
        <source>Sự kiện</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/members/events.py" line="62"/>
        <source>Số quyết định</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <location filename="../../ui/members/events.py" line="63"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/members/events.py" line="68"/>
        <source>Quá trình của đảng viên</source>
        <translation>The member&apos;s events</translation>
    </message>
    <message>
        <location filename="../../ui/members/events.py" line="79"/>
        <source>ngày/tháng/năm, tháng/năm hoặc năm</source>
        <translation>day/month/year, month/year or year</translation>
    </message>
    <message>
        <location filename="../../ui/members/events.py" line="80"/>
        <source>Ghi ngày/tháng/năm (05/02/2024), tháng/năm (02/2024) hoặc chỉ năm (2024).</source>
        <translation>Write day/month/year (05/02/2024), month/year (02/2024) or just the year (2024).</translation>
    </message>
    <message>
        <location filename="../../ui/members/events.py" line="82"/>
        <source>ví dụ 125-QĐ/ĐU</source>
        <translation>e.g. 125-QĐ/ĐU</translation>
    </message>
    <message>
        <location filename="../../ui/members/events.py" line="84"/>
        <location filename="../../ui/members/events.py" line="86"/>
        <source>Thêm sự kiện</source>
        <translation>Add an event</translation>
    </message>
    <message>
        <location filename="../../ui/members/events.py" line="89"/>
        <source>Sự kiện:</source>
        <translation>Event:</translation>
    </message>
    <message>
        <location filename="../../ui/members/events.py" line="90"/>
        <source>Ngày:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../ui/members/events.py" line="91"/>
        <source>Số quyết định:</source>
        <translation>Decision no.:</translation>
    </message>
    <message>
        <location filename="../../ui/members/events.py" line="92"/>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../ui/members/events.py" line="103"/>
        <source>Mỗi thay đổi về sinh hoạt Đảng được ghi thành một sự kiện có ngày, không sửa đè; tình trạng của đảng viên tính từ các sự kiện này.</source>
        <translation>Each change in a member&apos;s Party activity is recorded as a dated event, never overwritten; the member&apos;s status follows from these events.</translation>
    </message>
    <message>
        <location filename="../../ui/members/events.py" line="166"/>
        <source>số năm tuổi Đảng, ví dụ 30</source>
        <translation>years of Party membership, e.g. 30</translation>
    </message>
    <message>
        <location filename="../../ui/members/events.py" line="168"/>
        <source>hình thức kỷ luật, ví dụ Khiển trách</source>
        <translation>the discipline, e.g. Khiển trách (reprimand)</translation>
    </message>
    <message>
        <location filename="../../ui/members/events.py" line="170"/>
        <source>chuyển từ đâu</source>
        <translation>transferred from where</translation>
    </message>
    <message>
        <location filename="../../ui/members/events.py" line="172"/>
        <source>chuyển đến đâu</source>
        <translation>transferred to where</translation>
    </message>
    <message>
        <location filename="../../ui/members/events.py" line="185"/>
        <source>Sự kiện “{event}” đưa đảng viên {name} ra khỏi danh sách đang sinh hoạt. Ghi sự kiện này?</source>
        <translation>The event “{event}” takes {name} off the list of current members. Record this event?</translation>
    </message>
    <message>
        <location filename="../../ui/members/events.py" line="188"/>
        <source>Ghi sự kiện</source>
        <translation>Record the event</translation>
    </message>
    <message>
        <location filename="../../ui/members/events.py" line="189"/>
        <source>Chưa ghi</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../../ui/members/events.py" line="193"/>
        <source>Ngày của sự kiện</source>
        <translation>Date of the event</translation>
    </message>
    <message>
        <location filename="../../ui/members/events.py" line="202"/>
        <source>Đã ghi sự kiện.</source>
        <translation>Event recorded.</translation>
    </message>
</context>
<context>
    <name>MemberHistory</name>
    <message>
        <location filename="../../ui/members/history.py" line="42"/>
        <source>Thêm hồ sơ</source>
        <translation>Record added</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="43"/>
        <source>Sửa hồ sơ</source>
        <translation>Record edited</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="44"/>
        <source>Ghi sự kiện</source>
        <translation>Event recorded</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="45"/>
        <source>Xếp chi bộ</source>
        <translation>Cell assigned</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="53"/>
        <source>Sự kiện</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="54"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="55"/>
        <source>Số quyết định</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="56"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="57"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="58"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="59"/>
        <source>Ảnh</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="69"/>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="71"/>
        <source>không</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="82"/>
        <source>có ảnh ({size} KB)</source>
        <translation>photo ({size} KB)</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="93"/>
        <source>số {number}</source>
        <translation>no. {number}</translation>
    </message>
</context>
<context>
    <name>MemberHistoryDialog</name>
    <message>
        <location filename="../../ui/members/history.py" line="241"/>
        <source>Lịch sử thay đổi: {name}</source>
        <translation>History of changes: {name}</translation>
    </message>
</context>
<context>
    <name>MemberHistoryWidget</name>
    <message>
        <location filename="../../ui/members/history.py" line="146"/>
        <source>Thời điểm</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="150"/>
        <source>Người thực hiện</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="151"/>
        <source>Việc</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="152"/>
        <source>Thông tin</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="153"/>
        <source>Trước</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="154"/>
        <source>Sau</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="160"/>
        <source>Lịch sử thay đổi hồ sơ</source>
        <translation>History of changes to the record</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="208"/>
        <source>Chưa có thay đổi nào được ghi.</source>
        <translation>No changes recorded yet.</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="210"/>
        <source>{n} lần thay đổi gần nhất, mới nhất ở trên.</source>
        <translation>The latest {n} changes, newest first.</translation>
    </message>
    <message>
        <location filename="../../ui/members/history.py" line="212"/>
        <source>{n} lần thay đổi, mới nhất ở trên.</source>
        <translation>{n} changes, newest first.</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <location filename="../../ui/registrations/pickers.py" line="201"/>
        <source>Gõ họ tên, số CCCD hoặc số thẻ để tìm</source>
        <translation>Type a name, ID number or card number to search</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/pickers.py" line="203"/>
        <source>Tìm đảng viên</source>
        <translation>Find a member</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/pickers.py" line="205"/>
        <source>Đảng viên tìm thấy</source>
        <translation>Members found</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/pickers.py" line="259"/>
        <source>Gõ để tìm; dùng phím mũi tên để chọn.</source>
        <translation>Type to search; use the arrow keys to choose.</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/pickers.py" line="261"/>
        <source>Không tìm thấy. Nếu là đảng viên chưa có hồ sơ ở đây, chọn “Đảng viên mới”.</source>
        <translation>Nothing found. If the member has no record here yet, choose “New member”.</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/pickers.py" line="264"/>
        <source>Tìm thấy {n} người; chọn đúng người trong danh sách.</source>
        <translation>{n} found; choose the right person in the list.</translation>
    </message>
</context>
<context>
    <name>MemberRecordButtons</name>
    <message>
        <location filename="../../ui/members/events.py" line="242"/>
        <source>Quá trình…</source>
        <translation>Events…</translation>
    </message>
    <message>
        <location filename="../../ui/members/events.py" line="244"/>
        <source>Các sự kiện: chuyển sinh hoạt, miễn sinh hoạt, kỷ luật …</source>
        <translation>Events: transfers, exemptions, discipline …</translation>
    </message>
    <message>
        <location filename="../../ui/members/events.py" line="246"/>
        <source>Lịch sử thay đổi…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location filename="../../ui/members/events.py" line="247"/>
        <source>Ai đã sửa gì, khi nào</source>
        <translation>Who changed what, and when</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../ui/members/page.py" line="98"/>
        <source>Tìm theo họ tên, số CCCD hoặc số thẻ đảng viên (Ctrl+F)</source>
        <translation>Search by name, CCCD or party card number (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="98"/>
        <source>Tìm đảng viên</source>
        <translation>Find a member</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="101"/>
        <source>Lọc theo chi bộ</source>
        <translation>Filter by cell</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="102"/>
        <source>Tất cả chi bộ</source>
        <translation>All cells</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="105"/>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="106"/>
        <source>Xuất danh sách…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="107"/>
        <source>Sổ đảng viên (Mẫu 7)…</source>
        <translation>Member register (Form 7)…</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="108"/>
        <source>Xem và in sổ danh sách đảng viên theo Mẫu 7-HSĐV</source>
        <translation>View and print the member register, Form 7-HSĐV</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="110"/>
        <source>Lọc theo diện</source>
        <translation>Filter by kind</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="111"/>
        <source>Đảng viên của xã</source>
        <translation>The commune&apos;s members</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="112"/>
        <source>Đang công tác, đăng ký nơi cư trú</source>
        <translation>Working members registered at residence</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="113"/>
        <source>Miễn sinh hoạt nơi cư trú</source>
        <translation>Exempt from residence activity</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="114"/>
        <source>Tất cả</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="119"/>
        <source>Lọc theo tình trạng</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="120"/>
        <source>Đang sinh hoạt</source>
        <translation>Current members</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="121"/>
        <source>Tất cả tình trạng</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="125"/>
        <source>Thêm đảng viên</source>
        <translation>Add a member</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="127"/>
        <source>Xem / sửa hồ sơ</source>
        <translation>View / edit record</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="131"/>
        <source>Danh sách đảng viên</source>
        <translation>Member list</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="135"/>
        <source>Đảng viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="175"/>
        <source>Thêm đảng viên (Ctrl+N)</source>
        <translation>Add a member (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="193"/>
        <source>Sổ danh sách đảng viên (Mẫu 7-HSĐV)</source>
        <translation>Member register (Form 7-HSĐV)</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="197"/>
        <source>Đang dựng sổ đảng viên…</source>
        <translation>Building the member register…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/members/page.py" line="257"/>
        <source>Tìm thấy hơn %Ln đảng viên</source>
        <translation>
            <numerusform>Found more than %Ln member</numerusform>
            <numerusform>Found more than %Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/members/page.py" line="259"/>
        <source>Hơn %Ln đảng viên</source>
        <translation>
            <numerusform>More than %Ln member</numerusform>
            <numerusform>More than %Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/members/page.py" line="261"/>
        <source>Tìm thấy %Ln đảng viên</source>
        <translation>
            <numerusform>Found %Ln member</numerusform>
            <numerusform>Found %Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/members/page.py" line="263"/>
        <source>%Ln đảng viên</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="270"/>
        <source>Không tìm thấy đảng viên nào khớp với “{text}”. Hãy thử gõ ít chữ hơn, hoặc bỏ bớt bộ lọc.</source>
        <translation>No member matches “{text}”. Try typing less, or clear a filter.</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="274"/>
        <source>Chưa có đảng viên nào. Bấm &quot;Thêm đảng viên&quot; để bắt đầu.</source>
        <translation>No members yet. Click &quot;Add a member&quot; to begin.</translation>
    </message>
    <message>
        <location filename="../../ui/members/page.py" line="276"/>
        <source>Không có đảng viên nào theo bộ lọc đã chọn.</source>
        <translation>No member matches the chosen filters.</translation>
    </message>
</context>
<context>
    <name>MembersTable</name>
    <message>
        <location filename="../../ui/members/table_model.py" line="57"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/members/table_model.py" line="58"/>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/members/table_model.py" line="59"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/members/table_model.py" line="60"/>
        <source>Chi bộ</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location filename="../../ui/members/table_model.py" line="61"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/members/table_model.py" line="62"/>
        <source>Số CCCD</source>
        <translation>CCCD</translation>
    </message>
    <message>
        <location filename="../../ui/members/table_model.py" line="63"/>
        <source>Số thẻ đảng viên</source>
        <translation>Party card</translation>
    </message>
    <message>
        <location filename="../../ui/members/table_model.py" line="64"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>MergeSourcesPage</name>
    <message>
        <location filename="../../ui/orgs/wizards.py" line="48"/>
        <source>Chọn các chi bộ sáp nhập</source>
        <translation>Choose the cells to merge</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/wizards.py" line="50"/>
        <source>Các chi bộ</source>
        <translation>Cells</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/wizards.py" line="52"/>
        <source>{name} — {n} đảng viên</source>
        <translation>{name} — {n} members</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/wizards.py" line="60"/>
        <source>Đánh dấu các chi bộ cùng sáp nhập (ít nhất hai). Bấm phím cách để chọn.</source>
        <translation>Tick the cells that merge (at least two). Press Space to tick.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/orgs/wizards.py" line="82"/>
        <source>Đã chọn %n chi bộ.</source>
        <translation>
            <numerusform>%n cell chosen.</numerusform>
            <numerusform>%n cells chosen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeTargetPage</name>
    <message>
        <location filename="../../ui/orgs/wizards.py" line="93"/>
        <source>Chi bộ sau sáp nhập</source>
        <translation>The cell after the merge</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/wizards.py" line="94"/>
        <source>Thành lập chi bộ mới, tên:</source>
        <translation>Found a new cell, named:</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/wizards.py" line="96"/>
        <source>ví dụ: Chi bộ thôn Đông Đoài</source>
        <translation>e.g. Chi bộ thôn Đông Đoài</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/wizards.py" line="97"/>
        <source>Tên chi bộ mới</source>
        <translation>New cell&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/wizards.py" line="98"/>
        <source>Sáp nhập vào chi bộ đã có:</source>
        <translation>Merge into an existing cell:</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/wizards.py" line="100"/>
        <source>Chi bộ nhận</source>
        <translation>Receiving cell</translation>
    </message>
</context>
<context>
    <name>MergeWizard</name>
    <message>
        <location filename="../../ui/orgs/wizards.py" line="154"/>
        <source>Sáp nhập</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/wizards.py" line="156"/>
        <source>Sáp nhập chi bộ</source>
        <translation>Merge cells</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/wizards.py" line="159"/>
        <source>Kiểm tra trước khi sáp nhập</source>
        <translation>Check before merging</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/wizards.py" line="195"/>
        <source>• {name}: {n} đảng viên</source>
        <translation>• {name}: {n} members</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/wizards.py" line="198"/>
        <source>Sáp nhập {k} chi bộ vào “{target}” (hiện có {n} đảng viên), từ ngày {day}:</source>
        <translation>Merge {k} cell(s) into “{target}” (now {n} members), from {day}:</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/wizards.py" line="204"/>
        <source>Hợp nhất {k} chi bộ thành chi bộ mới “{name}”, từ ngày {day}:</source>
        <translation>Merge {k} cells into a new cell “{name}”, from {day}:</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/wizards.py" line="208"/>
        <source>Sau sáp nhập, “{name}” có {n} đảng viên.</source>
        <translation>After the merge, “{name}” has {n} members.</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/wizards.py" line="209"/>
        <source>Theo Quyết định số {no} ngày {day}.</source>
        <translation>By decision {no} of {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/wizards.py" line="213"/>
        <source>Các chi bộ bị sáp nhập thôi hoạt động từ ngày đó; lịch sử sinh hoạt của đảng viên vẫn được giữ. Bấm “Sáp nhập” để thực hiện, sau đó biên bản bàn giao sẽ hiện ra để in.</source>
        <translation>The merged cells end on that day; the members&apos; history is kept. Press “Merge” to do it; the handover record then opens for printing.</translation>
    </message>
</context>
<context>
    <name>MoveMembersDialog</name>
    <message>
        <location filename="../../ui/orgs/dialogs.py" line="199"/>
        <location filename="../../ui/orgs/dialogs.py" line="243"/>
        <source>Chuyển đảng viên sang chi bộ khác</source>
        <translation>Move members to another cell</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/dialogs.py" line="204"/>
        <source>Từ chi bộ</source>
        <translation>From cell</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/dialogs.py" line="206"/>
        <source>Đến chi bộ</source>
        <translation>To cell</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/dialogs.py" line="209"/>
        <source>{name} — {n} đảng viên</source>
        <translation>{name} — {n} members</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/dialogs.py" line="215"/>
        <source>Đảng viên của chi bộ</source>
        <translation>Members of the cell</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/dialogs.py" line="216"/>
        <source>Chọn tất cả</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/dialogs.py" line="217"/>
        <source>Bỏ chọn tất cả</source>
        <translation>Untick all</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/dialogs.py" line="231"/>
        <source>Từ chi bộ:</source>
        <translation>From cell:</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/dialogs.py" line="232"/>
        <source>Đến chi bộ:</source>
        <translation>To cell:</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/dialogs.py" line="235"/>
        <source>Chuyển</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/dialogs.py" line="245"/>
        <source>Đánh dấu những đảng viên cần chuyển (phím cách để chọn):</source>
        <translation>Tick the members to move (Space ticks):</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/dialogs.py" line="325"/>
        <source>Đã chọn {n}/{total} đảng viên</source>
        <translation>{n}/{total} members chosen</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/dialogs.py" line="339"/>
        <source>Chi bộ đến phải khác chi bộ đang sinh hoạt.</source>
        <translation>The target cell must differ from their current cell.</translation>
    </message>
</context>
<context>
    <name>MoveRegistrationDialog</name>
    <message>
        <location filename="../../ui/registrations/dialogs.py" line="124"/>
        <source>Chuyển sang chi bộ nơi cư trú khác</source>
        <translation>Move to another residence cell</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/dialogs.py" line="124"/>
        <source>Chuyển</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/dialogs.py" line="130"/>
        <source>Chi bộ mới:</source>
        <translation>New cell:</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/dialogs.py" line="131"/>
        <source>Từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/dialogs.py" line="133"/>
        <source>Không có chi bộ nơi cư trú nào khác để chuyển đến.</source>
        <translation>There is no other residence cell to move to.</translation>
    </message>
</context>
<context>
    <name>OpenPage</name>
    <message>
        <location filename="../../ui/start/wizard_pages.py" line="155"/>
        <source>Mở kho dữ liệu đã có</source>
        <translation>Open an existing vault</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard_pages.py" line="156"/>
        <source>Chọn thư mục kho dữ liệu (thư mục có tệp keys.json và vault.db).</source>
        <translation>Choose the vault folder (the folder holding keys.json and vault.db).</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard_pages.py" line="158"/>
        <source>Chọn thư mục…</source>
        <translation>Choose a folder…</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard_pages.py" line="173"/>
        <source>Chọn thư mục kho dữ liệu</source>
        <translation>Choose the vault folder</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard_pages.py" line="183"/>
        <source>Đây là một kho dữ liệu. Bấm Xong để mở.</source>
        <translation>This is a vault. Click Finish to open it.</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard_pages.py" line="186"/>
        <source>Thư mục này không phải kho dữ liệu của Sổ tay Đảng viên.</source>
        <translation>This folder is not a Sổ tay Đảng viên vault.</translation>
    </message>
</context>
<context>
    <name>OrgDetailsPanel</name>
    <message>
        <location filename="../../ui/orgs/details.py" line="48"/>
        <source>Đảng viên của chi bộ</source>
        <translation>Members of the cell</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/details.py" line="50"/>
        <source>Mở danh sách Đảng viên của chi bộ này</source>
        <translation>Open this cell&apos;s list of members</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/details.py" line="51"/>
        <source>Chọn một tổ chức trong cây bên trái để xem chi tiết.</source>
        <translation>Choose an organisation in the tree on the left to see its details.</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/details.py" line="57"/>
        <source>Loại:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/details.py" line="58"/>
        <source>Trực thuộc:</source>
        <translation>Under:</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/details.py" line="59"/>
        <source>Nơi cư trú:</source>
        <translation>Residence cell:</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/details.py" line="60"/>
        <source>Hoạt động:</source>
        <translation>Active:</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/details.py" line="61"/>
        <source>Quyết định:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/details.py" line="62"/>
        <source>Lịch sử:</source>
        <translation>History:</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/details.py" line="87"/>
        <source>(không)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/details.py" line="90"/>
        <source>Có — chi bộ thôn, tổ dân phố</source>
        <translation>Yes — village or neighbourhood cell</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/details.py" line="90"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/details.py" line="93"/>
        <source>từ {start} đến {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/details.py" line="95"/>
        <source>từ {start}</source>
        <translation>from {start}</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/details.py" line="97"/>
        <source>(không rõ ngày thành lập)</source>
        <translation>(founding date unknown)</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/details.py" line="104"/>
        <source>Đảng viên ngày {day}: {n}</source>
        <translation>Members on {day}: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/details.py" line="110"/>
        <source>… và {n} người nữa</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/details.py" line="118"/>
        <source> (QĐ số {no})</source>
        <translation> (decision {no})</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/details.py" line="121"/>
        <source>{day}: nhận sáp nhập {other}</source>
        <translation>{day}: took in {other}</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/details.py" line="123"/>
        <source>{day}: sáp nhập vào {other}</source>
        <translation>{day}: merged into {other}</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/details.py" line="125"/>
        <source>{day}: thành lập do chia tách {other}</source>
        <translation>{day}: founded by splitting {other}</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/details.py" line="126"/>
        <source>{day}: chia tách, một phần thành {other}</source>
        <translation>{day}: split, partly into {other}</translation>
    </message>
</context>
<context>
    <name>OrgTree</name>
    <message>
        <location filename="../../ui/orgs/tree_model.py" line="37"/>
        <source>Tên tổ chức</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/tree_model.py" line="38"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/tree_model.py" line="39"/>
        <source>Đảng viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/tree_model.py" line="40"/>
        <source>Tổng số</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/tree_model.py" line="41"/>
        <source>Nơi cư trú</source>
        <translation>Residence</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/tree_model.py" line="42"/>
        <source>Hoạt động từ</source>
        <translation>Active from</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/tree_model.py" line="49"/>
        <source>Số đảng viên sinh hoạt trực tiếp ở chi bộ</source>
        <translation>Members belonging directly to the cell</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/tree_model.py" line="50"/>
        <source>Số đảng viên kể cả các chi bộ trực thuộc</source>
        <translation>Members including the cells below</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/tree_model.py" line="51"/>
        <source>Chi bộ thôn, tổ dân phố (nơi cư trú)</source>
        <translation>Village or neighbourhood cell (residence)</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/tree_model.py" line="178"/>
        <source>Quyết định thành lập: {no}</source>
        <translation>Founding decision: {no}</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/tree_model.py" line="198"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>OrgsPage</name>
    <message>
        <location filename="../../ui/orgs/page.py" line="81"/>
        <source>Xem cây tổ chức vào ngày</source>
        <translation>Show the tree on date</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/page.py" line="82"/>
        <source>Xem các tổ chức đang hoạt động và số đảng viên vào một ngày đã qua.</source>
        <translation>See the organisations active, and their members, on a past date.</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/page.py" line="83"/>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/page.py" line="87"/>
        <source>Thêm chi bộ…</source>
        <translation>Add a cell…</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/page.py" line="88"/>
        <source>Sáp nhập chi bộ…</source>
        <translation>Merge cells…</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/page.py" line="89"/>
        <source>Chia tách chi bộ…</source>
        <translation>Split a cell…</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/page.py" line="90"/>
        <source>Chuyển đảng viên…</source>
        <translation>Move members…</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/page.py" line="91"/>
        <source>In biên bản bàn giao</source>
        <translation>Print the handover record</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/page.py" line="101"/>
        <source>Cây tổ chức đảng</source>
        <translation>Tree of party organisations</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/page.py" line="120"/>
        <source>Tổ chức đảng</source>
        <translation>Party organisations</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/page.py" line="122"/>
        <source>Xem vào ngày:</source>
        <translation>Show on:</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/page.py" line="160"/>
        <source>Thêm một chi bộ vào cây tổ chức</source>
        <translation>Add a cell to the tree</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/page.py" line="161"/>
        <source>Sáp nhập hai hay nhiều chi bộ thành một</source>
        <translation>Merge two or more cells into one</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/page.py" line="162"/>
        <source>Chia một chi bộ thành các chi bộ mới</source>
        <translation>Split a cell into new cells</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/page.py" line="163"/>
        <source>Chuyển nhiều đảng viên sang chi bộ khác</source>
        <translation>Move several members to another cell</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/page.py" line="173"/>
        <source>In lại biên bản bàn giao của lần sáp nhập hoặc chia tách đã tạo nên chi bộ đang chọn (chỉ có với chi bộ được lập do sáp nhập hoặc chia tách)</source>
        <translation>Print again the handover record of the merge or split that made the chosen cell (only for cells made by a merge or split)</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/page.py" line="207"/>
        <source>Đang xem cây tổ chức ngày {day}, không phải hôm nay.</source>
        <translation>Showing the tree on {day}, not today.</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/page.py" line="226"/>
        <source>Số chi bộ: {cells} · Số đảng viên: {members}</source>
        <translation>Cells: {cells} · Members: {members}</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/page.py" line="401"/>
        <source>Đang tạo biên bản bàn giao…</source>
        <translation>Making the handover record…</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/page.py" line="405"/>
        <source>Biên bản bàn giao</source>
        <translation>Handover record</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/overview/page.py" line="94"/>
        <source>Đảng viên đang sinh hoạt</source>
        <translation>Current members</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="95"/>
        <source>Chi bộ</source>
        <translation>Cells</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="97"/>
        <source>Việc cần làm</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="104"/>
        <source>Thêm đảng viên</source>
        <translation>Add a member</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="106"/>
        <source>Tìm đảng viên</source>
        <translation>Find a member</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="107"/>
        <source>Thông tin đơn vị…</source>
        <translation>Committee details…</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="120"/>
        <source>Đang tính các biểu đồ và việc cần làm…</source>
        <translation>Working out the charts and the to-do list…</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="123"/>
        <source>Việc đang chờ</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="173"/>
        <source>Thêm đảng viên (Ctrl+N)</source>
        <translation>Add a member (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="179"/>
        <source>Tên Đảng ủy, tên ban và địa danh in trên các biểu mẫu</source>
        <translation>The committee&apos;s names and the place name printed on forms</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="182"/>
        <source>Xin chào, {name}
{role}</source>
        <translation>Hello, {name}
{role}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="258"/>
        <source>Chính thức {official} · dự bị {probationary}</source>
        <translation>Full {official} · probationary {probationary}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="265"/>
        <source>{n} chi bộ thôn, tổ dân phố</source>
        <translation>{n} village and street-group cells</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="271"/>
        <source>Nhận xét nơi cư trú năm {year}</source>
        <translation>Residence comments {year}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="278"/>
        <source>{done}/{total} phiếu đã xác nhận</source>
        <translation>{done}/{total} cases confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="285"/>
        <source>Chưa mở đợt nhận xét</source>
        <translation>The round has not started</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/overview/page.py" line="290"/>
        <source>%n việc quá hạn</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="290"/>
        <source>Không có việc quá hạn</source>
        <translation>Nothing overdue</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="292"/>
        <source>Biểu đồ</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="296"/>
        <source>Năm {year} chưa có phiếu nhận xét nào. Đợt nhận xét được mở khi cấp ủy nơi công tác gửi phiếu xin ý kiến (thường vào tháng 10–11).</source>
        <translation>No comment cases for {year} yet. The round opens when workplace committees send their requests (usually in October–November).</translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message>
        <location filename="../../ui/widgets/password.py" line="65"/>
        <source>Quá ngắn: cần ít nhất {n} ký tự.</source>
        <translation>Too short: at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/password.py" line="68"/>
        <source>Yếu: dễ đoán. Hãy dùng một câu dễ nhớ, dài hơn.</source>
        <translation>Weak: easy to guess. Use a longer, memorable sentence.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/password.py" line="69"/>
        <source>Khá: dùng được. Dài hơn nữa thì tốt hơn.</source>
        <translation>Fair: usable. Longer is better.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/password.py" line="70"/>
        <source>Mạnh.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/password.py" line="102"/>
        <source>Nên dùng một câu dễ nhớ, ít nhất {n} ký tự, ví dụ: Mùa thu năm 2025 trời đẹp.</source>
        <translation>A memorable sentence of at least {n} characters is best, e.g. Autumn 2025 was lovely.</translation>
    </message>
</context>
<context>
    <name>PastSignersPage</name>
    <message>
        <location filename="../../ui/settings/signers_past.py" line="187"/>
        <source>Người ký các thời kỳ trước</source>
        <translation>Signers of past periods</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers_past.py" line="190"/>
        <source>Nếu sẽ in giấy tờ của ngày đã qua, ghi người ký của từng thời kỳ. Có thể bỏ qua và ghi sau ở Cài đặt › Người ký.</source>
        <translation>If you will print papers of past dates, record the signer of each period. You may skip this and do it later in Settings › Signers.</translation>
    </message>
</context>
<context>
    <name>PastSignersPanel</name>
    <message>
        <location filename="../../ui/settings/signers_past.py" line="82"/>
        <source>Ghi người ký</source>
        <translation>Record signer</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers_past.py" line="84"/>
        <source>Người ký đã ghi</source>
        <translation>Signers recorded</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers_past.py" line="88"/>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers_past.py" line="89"/>
        <source>Chức vụ:</source>
        <translation>Post:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers_past.py" line="90"/>
        <source>Chức danh in:</source>
        <translation>Printed title:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers_past.py" line="91"/>
        <source>Giữ chức từ ngày:</source>
        <translation>In office from:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers_past.py" line="92"/>
        <source>Đến hết ngày:</source>
        <translation>Until (last day):</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers_past.py" line="101"/>
        <source>Giấy tờ của ngày đã qua in tên người giữ chức vào ngày đó. Ghi mỗi người một lần, với khoảng thời gian họ giữ chức (ví dụ Bí thư Đảng ủy xã trước khi sáp nhập).</source>
        <translation>Papers of a past date print the name of whoever held the post that day. Record each person once, with the period they held it (for example the commune&apos;s committee secretary before the merger).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers_past.py" line="145"/>
        <source>Đã ghi {name}: {start} – {end}.</source>
        <translation>Recorded {name}: {start} – {end}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers_past.py" line="172"/>
        <source>Ghi người ký thời kỳ trước</source>
        <translation>Record a past signer</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="51"/>
        <source>{n} trang</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="53"/>
        <source>Vừa chiều rộng</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="54"/>
        <source>Cả trang</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="58"/>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="59"/>
        <source>In ra máy in (Ctrl+P)</source>
        <translation>Print on a printer (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="60"/>
        <source>Lưu tệp PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="61"/>
        <source>Lưu thành tệp PDF (Ctrl+S)</source>
        <translation>Save as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="62"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="72"/>
        <source>Cỡ xem:</source>
        <translation>Zoom:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="109"/>
        <source>Lưu tệp PDF</source>
        <translation>Save PDF file</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="109"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="123"/>
        <source>In</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="135"/>
        <source>Không mở được máy in. Hãy kiểm tra máy in rồi thử lại.</source>
        <translation>Cannot open the printer. Check the printer and try again.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../ui/settings/profile_dialog.py" line="29"/>
        <source>Thông tin đơn vị</source>
        <translation>Committee details</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile_dialog.py" line="31"/>
        <source>{commune} — {province}</source>
        <translation>{commune} — {province}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile_dialog.py" line="44"/>
        <source>Thay đổi có hiệu lực từ hôm nay; các văn bản đã in trước đó giữ tên cũ.</source>
        <translation>Changes take effect from today; documents printed before keep the old names.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile_dialog.py" line="49"/>
        <source>Tên Đảng ủy:</source>
        <translation>Party committee:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile_dialog.py" line="50"/>
        <source>Cơ quan tham mưu:</source>
        <translation>Advisory body:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile_dialog.py" line="51"/>
        <source>Địa danh:</source>
        <translation>Place name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/profile_dialog.py" line="98"/>
        <source>Kho dữ liệu này chưa có thông tin đơn vị (xã, phường).</source>
        <translation>This vault has no committee details (commune, ward) yet.</translation>
    </message>
</context>
<context>
    <name>PyramidChart</name>
    <message>
        <location filename="../../ui/overview/charts.py" line="222"/>
        <source>Tháp tuổi</source>
        <translation>Age pyramid</translation>
    </message>
    <message>
        <location filename="../../ui/overview/charts.py" line="219"/>
        <source>Nam</source>
        <translation>Men</translation>
    </message>
    <message>
        <location filename="../../ui/overview/charts.py" line="219"/>
        <source>Nữ</source>
        <translation>Women</translation>
    </message>
    <message>
        <location filename="../../ui/overview/charts.py" line="246"/>
        <source>{who}, {band}: {n} người — bấm để mở báo cáo cơ cấu</source>
        <translation>{who}, {band}: {n} people — click to open the structure report</translation>
    </message>
</context>
<context>
    <name>ReceivedPanel</name>
    <message>
        <location filename="../../ui/exchange/received.py" line="81"/>
        <source>Công văn đã nhận qua tệp</source>
        <translation>Dispatches received as files</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/received.py" line="85"/>
        <source>Công văn đã nhận</source>
        <translation>Dispatches received</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/received.py" line="87"/>
        <source>Xem bản PDF…</source>
        <translation>View the PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/received.py" line="88"/>
        <source>Gửi xác nhận đã nhận…</source>
        <translation>Send the acknowledgement…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/received.py" line="137"/>
        <source>Công văn {number} của {sender}</source>
        <translation>Dispatch {number} from {sender}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/received.py" line="147"/>
        <source>Gửi xác nhận đã nhận</source>
        <translation>Send the acknowledgement</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/received.py" line="148"/>
        <source>Báo cho {sender} đã nhận công văn {number}.</source>
        <translation>Tell {sender} that dispatch {number} was received.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/received.py" line="149"/>
        <source>Ngày nhận:</source>
        <translation>Received on:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/received.py" line="150"/>
        <source>Lưu tệp xác nhận…</source>
        <translation>Save the acknowledgement…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/received.py" line="162"/>
        <source>Lưu tệp xác nhận đã nhận</source>
        <translation>Save the acknowledgement file</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/received.py" line="172"/>
        <source>Đã lưu tệp xác nhận {path} gửi {org}.</source>
        <translation>Saved the acknowledgement {path} for {org}.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ui/start/wizard_pages.py" line="67"/>
        <source>Mã khôi phục — chỉ hiện một lần</source>
        <translation>Recovery code — shown only once</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard_pages.py" line="70"/>
        <source>Nếu quên mật khẩu, chỉ mã này mở lại được kho dữ liệu. Hãy chép ra giấy (hoặc in trang này) và cất nơi an toàn, tách khỏi máy tính.</source>
        <translation>If the password is forgotten, only this code opens the vault again. Copy it onto paper (or print this page) and keep it somewhere safe, away from the computer.</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard_pages.py" line="84"/>
        <source>In trang này</source>
        <translation>Print this page</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard_pages.py" line="85"/>
        <source>Tôi đã chép mã khôi phục ra giấy</source>
        <translation>I have copied the recovery code onto paper</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard_pages.py" line="107"/>
        <location filename="../../ui/start/wizard_pages.py" line="122"/>
        <source>Kho dữ liệu: {path}</source>
        <translation>Vault: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard_pages.py" line="121"/>
        <source>Sổ tay Đảng viên — Mã khôi phục</source>
        <translation>Sổ tay Đảng viên — Recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard_pages.py" line="123"/>
        <source>Ngày tạo: {day}</source>
        <translation>Created: {day}</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard_pages.py" line="125"/>
        <source>Mã này mở được kho dữ liệu khi quên mật khẩu. Cất nơi an toàn, tách khỏi máy tính; không gửi qua mạng, không chụp ảnh.</source>
        <translation>This code opens the vault when the password is forgotten. Keep it somewhere safe, away from the computer; do not send it over the internet or photograph it.</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard_pages.py" line="146"/>
        <source>In mã khôi phục</source>
        <translation>Print the recovery code</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="93"/>
        <source>Đăng ký mới từ giấy giới thiệu</source>
        <translation>New registration from a letter</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="97"/>
        <source>Đăng ký sinh hoạt nơi cư trú từ giấy giới thiệu</source>
        <translation>Register at the residence from an introduction letter</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="126"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="128"/>
        <source>Vẫn lưu</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="129"/>
        <source>Đã kiểm tra các điều cần xem lại ở trên và thấy đúng: lưu.</source>
        <translation>I have checked the points above and they are right: save.</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="155"/>
        <source>Đảng viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="156"/>
        <source>Đã có hồ sơ ở đây</source>
        <translation>Has a record here</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="157"/>
        <source>Đảng viên mới (đang công tác nơi khác)</source>
        <translation>New member (working elsewhere)</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="197"/>
        <source>(chưa rõ)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="203"/>
        <source>ngày/tháng/năm hoặc năm</source>
        <translation>day/month/year or year</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="205"/>
        <source>12 chữ số</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="209"/>
        <source>Giấy giới thiệu</source>
        <translation>Introduction letter</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="212"/>
        <source>Đảng ủy nơi công tác</source>
        <translation>Workplace committee</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="213"/>
        <source>Thêm mới…</source>
        <translation>Add new…</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="214"/>
        <source>Đảng ủy nơi công tác chưa có trong danh mục: thêm ngay.</source>
        <translation>The workplace committee is not in the directory: add it now.</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="217"/>
        <source>ví dụ: 66-GT/ĐU</source>
        <translation>e.g. 66-GT/ĐU</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="225"/>
        <source>Đảng ủy nơi công tác:</source>
        <translation>Workplace committee:</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="226"/>
        <source>Số giấy giới thiệu:</source>
        <translation>Letter number:</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="227"/>
        <source>Ngày giấy giới thiệu:</source>
        <translation>Letter date:</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="228"/>
        <source>Ngày tiếp nhận:</source>
        <translation>Received on:</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="233"/>
        <source>Nơi cư trú và chi bộ</source>
        <translation>Residence and cell</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="238"/>
        <source>số nhà, thôn / tổ dân phố</source>
        <translation>house number, village / neighbourhood</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="240"/>
        <source>— Chọn chi bộ —</source>
        <translation>— Choose a cell —</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="241"/>
        <source>(chưa xếp chi bộ — xếp sau)</source>
        <translation>(no cell yet — assign later)</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="250"/>
        <source>Cư trú:</source>
        <translation>Residence:</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="251"/>
        <source>Địa chỉ nơi cư trú:</source>
        <translation>Residence address:</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="252"/>
        <source>Chi bộ nơi cư trú:</source>
        <translation>Residence cell:</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="253"/>
        <source>Diện:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="254"/>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="362"/>
        <source>Chưa chọn đảng viên. Hãy tìm và chọn một người trong danh sách.</source>
        <translation>No member chosen. Search and choose a person in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="367"/>
        <source>“{name}” chưa có trong danh mục đảng ủy nơi công tác. Bấm “Thêm mới…” để thêm.</source>
        <translation>“{name}” is not in the directory of workplace committees. Press “Add new…” to add it.</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="375"/>
        <source>Chưa chọn chi bộ nơi cư trú. Chọn một chi bộ, hoặc “chưa xếp chi bộ” để xếp sau.</source>
        <translation>No residence cell chosen. Choose a cell, or “no cell yet” to assign one later.</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/register_dialog.py" line="455"/>
        <source>Sửa lại, hoặc bấm &quot;Vẫn lưu&quot; nếu đã kiểm tra và thấy đúng.</source>
        <translation>Correct it, or press &quot;Save anyway&quot; if you have checked and it is right.</translation>
    </message>
</context>
<context>
    <name>RegistrationFormDialog</name>
    <message>
        <location filename="../../ui/registrations/dialogs.py" line="57"/>
        <source>{name} — tiếp nhận ngày {day}, sinh hoạt tại {cell}</source>
        <translation>{name} — received on {day}, at {cell}</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/dialogs.py" line="58"/>
        <source>(chưa xếp)</source>
        <translation>(none yet)</translation>
    </message>
</context>
<context>
    <name>RegistrationLabels</name>
    <message>
        <location filename="../../ui/registrations/labels.py" line="13"/>
        <source>Thường trú</source>
        <translation>Permanent residence</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/labels.py" line="14"/>
        <source>Tạm trú</source>
        <translation>Temporary residence</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/labels.py" line="20"/>
        <source>Chuyển nơi cư trú khỏi địa phương</source>
        <translation>Moved away from the commune</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/labels.py" line="21"/>
        <source>Nghỉ hưu, chuyển sinh hoạt đảng về nơi cư trú</source>
        <translation>Retired, party membership moved to the residence</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/labels.py" line="24"/>
        <source>Chuyển công tác, chuyển sinh hoạt đảng</source>
        <translation>Changed job, party membership transferred</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/labels.py" line="27"/>
        <source>Từ trần</source>
        <translation>Died</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/labels.py" line="28"/>
        <source>Lý do khác</source>
        <translation>Other reason</translation>
    </message>
</context>
<context>
    <name>RegistrationsPage</name>
    <message>
        <location filename="../../ui/registrations/page.py" line="87"/>
        <source>Tìm theo họ tên, nơi công tác hoặc số giấy giới thiệu</source>
        <translation>Search by name, workplace or letter number</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/page.py" line="87"/>
        <source>Tìm đăng ký</source>
        <translation>Find a registration</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/page.py" line="90"/>
        <source>Lọc theo tình trạng đăng ký</source>
        <translation>Filter by state</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/page.py" line="91"/>
        <source>Đang sinh hoạt</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/page.py" line="92"/>
        <source>Đã kết thúc</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/page.py" line="93"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/page.py" line="95"/>
        <source>Lọc theo chi bộ nơi cư trú</source>
        <translation>Filter by residence cell</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/page.py" line="96"/>
        <source>Tất cả chi bộ</source>
        <translation>All cells</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/page.py" line="97"/>
        <source>Chưa xếp chi bộ</source>
        <translation>No cell yet</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/page.py" line="101"/>
        <source>Đăng ký mới từ giấy giới thiệu…</source>
        <translation>New registration from a letter…</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/page.py" line="103"/>
        <source>Chuyển chi bộ…</source>
        <translation>Move to another cell…</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/page.py" line="104"/>
        <source>Kết thúc đăng ký…</source>
        <translation>End the registration…</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/page.py" line="105"/>
        <source>In khối tiếp nhận</source>
        <translation>Print the endorsement</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/page.py" line="106"/>
        <source>In giấy giới thiệu đến chi bộ</source>
        <translation>Print the letter to the cell</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/page.py" line="109"/>
        <source>Danh sách đăng ký sinh hoạt nơi cư trú</source>
        <translation>Residence registrations</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/page.py" line="113"/>
        <source>Sinh hoạt nơi cư trú (213)</source>
        <translation>Residence activity (213)</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/page.py" line="154"/>
        <source>Ghi nhận giấy giới thiệu của đảng ủy nơi công tác và xếp chi bộ nơi cư trú</source>
        <translation>Record the workplace committee&apos;s introduction letter and assign the residence cell</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/page.py" line="165"/>
        <source>Đảng viên chuyển chỗ ở trong xã</source>
        <translation>The member moved within the commune</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/page.py" line="166"/>
        <source>Chuyển đi, nghỉ hưu, chuyển sinh hoạt, từ trần</source>
        <translation>Moved away, retired, transferred, died</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/page.py" line="170"/>
        <source>Khối “Tiếp nhận… Đã giới thiệu về sinh hoạt tại chi bộ…” để dán lên giấy giới thiệu</source>
        <translation>The “Received… Introduced to the cell…” block to stick on the introduction letter</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/page.py" line="176"/>
        <source>Giấy giới thiệu của xã gửi chi bộ nơi cư trú</source>
        <translation>The commune&apos;s letter introducing the member to the residence cell</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/registrations/page.py" line="236"/>
        <source>%n đăng ký</source>
        <translation>
            <numerusform>%n registration</numerusform>
            <numerusform>%n registrations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/registrations/page.py" line="242"/>
        <source>Không có đăng ký nào khớp với “{text}”. Hãy thử gõ ít chữ hơn, hoặc bỏ bớt bộ lọc.</source>
        <translation>No registration matches “{text}”. Try typing less, or clear a filter.</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/page.py" line="249"/>
        <source>Chưa có đảng viên đang công tác nơi khác đăng ký sinh hoạt nơi cư trú. Bấm “Đăng ký mới từ giấy giới thiệu…” khi nhận được giấy giới thiệu.</source>
        <translation>No member working elsewhere is registered at their residence yet. Press “New registration from a letter…” when an introduction letter arrives.</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/page.py" line="254"/>
        <source>Không có đăng ký nào theo bộ lọc đã chọn.</source>
        <translation>No registration matches the chosen filters.</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/page.py" line="383"/>
        <source>Đang tạo văn bản…</source>
        <translation>Making the document…</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/page.py" line="387"/>
        <source>Tiếp nhận giấy giới thiệu — {name}</source>
        <translation>Letter received — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/page.py" line="389"/>
        <source>Giấy giới thiệu đến chi bộ — {name}</source>
        <translation>Letter to the cell — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/page.py" line="375"/>
        <source>{reason}

In ngay với tên người ký để trống (ký và ghi tên bằng tay)?</source>
        <translation>{reason}

Print it now with the signer&apos;s name left blank (to sign and write the name by hand)?</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/page.py" line="378"/>
        <source>In để trống tên người ký</source>
        <translation>Print with the signer&apos;s name blank</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/page.py" line="378"/>
        <source>Không in</source>
        <translation>Don&apos;t print</translation>
    </message>
</context>
<context>
    <name>RegistrationsTable</name>
    <message>
        <location filename="../../ui/registrations/table_model.py" line="36"/>
        <source>Đảng viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/table_model.py" line="37"/>
        <source>Đảng ủy nơi công tác</source>
        <translation>Workplace committee</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/table_model.py" line="38"/>
        <source>Giấy giới thiệu</source>
        <translation>Introduction letter</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/table_model.py" line="39"/>
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/table_model.py" line="40"/>
        <source>Chi bộ nơi cư trú</source>
        <translation>Residence cell</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/table_model.py" line="41"/>
        <source>Diện</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/table_model.py" line="42"/>
        <source>Nơi cư trú</source>
        <translation>Residence</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/table_model.py" line="43"/>
        <source>Kết thúc</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/table_model.py" line="49"/>
        <source>{no}, ngày {day}</source>
        <translation>{no} of {day}</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/table_model.py" line="127"/>
        <source>(chưa xếp)</source>
        <translation>(none yet)</translation>
    </message>
</context>
<context>
    <name>ReorgWizard</name>
    <message>
        <location filename="../../ui/orgs/reorg_base.py" line="43"/>
        <source>Tiếp</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/reorg_base.py" line="44"/>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/reorg_base.py" line="45"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReportButton</name>
    <message>
        <location filename="../../ui/importer/check.py" line="75"/>
        <source>Lưu danh sách lỗi và lưu ý (.xlsx)…</source>
        <translation>Save the errors and warnings (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../ui/importer/check.py" line="86"/>
        <source>Lưu danh sách lỗi</source>
        <translation>Save the list of errors</translation>
    </message>
    <message>
        <location filename="../../ui/importer/check.py" line="86"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/importer/check.py" line="96"/>
        <source>Đã lưu danh sách vào tệp {path}.</source>
        <translation>The list was saved to {path}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports/page.py" line="52"/>
        <location filename="../../ui/reports/page.py" line="84"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="55"/>
        <source>Loại báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="57"/>
        <source>Biến động đảng viên trong kỳ</source>
        <translation>Membership changes in a period</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="58"/>
        <source>Cơ cấu đảng viên</source>
        <translation>Membership structure</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="59"/>
        <source>Đảng viên đến hạn Huy hiệu Đảng</source>
        <translation>Members due a Party badge</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="60"/>
        <source>Nhận xét nơi cư trú (213) theo chi bộ</source>
        <translation>Residence comments (213) by cell</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="61"/>
        <source>Số đảng viên theo chi bộ</source>
        <translation>Members per cell</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="71"/>
        <location filename="../../ui/reports/page.py" line="85"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="72"/>
        <location filename="../../ui/reports/page.py" line="153"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="75"/>
        <location filename="../../ui/reports/page.py" line="87"/>
        <source>Tổ chức</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="76"/>
        <location filename="../../ui/reports/page.py" line="139"/>
        <source>Toàn Đảng bộ</source>
        <translation>The whole Party organisation</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="89"/>
        <source>Xem trước và in…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="91"/>
        <source>Lưu Excel…</source>
        <translation>Save Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="92"/>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="154"/>
        <source>Những thay đổi trong kỳ, tính ở chi bộ đảng viên sinh hoạt vào ngày thay đổi.</source>
        <translation>Changes in the period, counted in the cell the member belonged to on the day of the change.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="157"/>
        <location filename="../../ui/reports/page.py" line="171"/>
        <source>Ngày báo cáo</source>
        <translation>Report date</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="158"/>
        <source>Đảng viên sinh hoạt tại chi bộ vào ngày báo cáo.</source>
        <translation>Members of a cell on the report date.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="161"/>
        <source>Ngày trao Huy hiệu</source>
        <translation>Ceremony date</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="163"/>
        <source>Thường vào 3/2, 19/5, 2/9, 7/11. Tuổi Đảng tính từ ngày vào Đảng, trừ thời gian không sinh hoạt Đảng.</source>
        <translation>Usually 3/2, 19/5, 2/9, 7/11. Party age counts from admission, less any time out of the Party.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="168"/>
        <source>Năm của ngày</source>
        <translation>Year of the date</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="169"/>
        <source>Đợt nhận xét của năm có ngày này; số đăng ký tính đến ngày đó.</source>
        <translation>The round of this date&apos;s year; registrations counted on that date.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="171"/>
        <source>Hệ thống tổ chức và số đảng viên vào ngày báo cáo.</source>
        <translation>The organisation tree and its members on the report date.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="209"/>
        <source>Đang lập báo cáo…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="220"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="220"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="221"/>
        <source>Lưu báo cáo</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="233"/>
        <source>Đã lưu báo cáo vào {path}.</source>
        <translation>Report saved to {path}.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="52"/>
        <source>Thông tin đề nghị nhận xét</source>
        <translation>Request for a comment</translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="58"/>
        <source>{cell} · năm {year} · {state} · hạn trả {deadline}</source>
        <translation>{cell} · {year} · {state} · due {deadline}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="59"/>
        <source>chưa có chi bộ</source>
        <translation>no cell yet</translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="78"/>
        <source>(chưa rõ)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="93"/>
        <source>ví dụ 112-CV/ĐU</source>
        <translation>e.g. 112-CV/ĐU</translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="100"/>
        <source>số hồ sơ trên Cổng Dịch vụ công hoặc ứng dụng</source>
        <translation>dossier number on the public-service portal or the app</translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="101"/>
        <source>Ngày nhận</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="106"/>
        <source>Cấp ủy nơi công tác:</source>
        <translation>Workplace committee:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="107"/>
        <source>Số văn bản đề nghị:</source>
        <translation>Request document no.:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="108"/>
        <source>Hình thức nhận:</source>
        <translation>Received by:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="109"/>
        <source>Số hồ sơ điện tử:</source>
        <translation>Electronic dossier no.:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="110"/>
        <source>Ngày nhận:</source>
        <translation>Date received:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="113"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="124"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="132"/>
        <source>Phiếu đã xác nhận hoặc đã gửi: thông tin đề nghị không sửa được nữa.</source>
        <translation>The case is confirmed or sent: its request can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="154"/>
        <source>Không có cấp ủy nơi công tác “{name}” trong danh sách. Hãy chọn trong danh sách; nơi mới được thêm khi đăng ký sinh hoạt nơi cư trú.</source>
        <translation>There is no workplace committee “{name}” in the list. Choose one from the list; new ones are added when registering a member.</translation>
    </message>
</context>
<context>
    <name>RequestsSender</name>
    <message>
        <location filename="../../ui/exchange/requests_dialog.py" line="206"/>
        <source>Gửi đề nghị nhận xét dạng tệp…</source>
        <translation>Send requests for comments as a file…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/requests_dialog.py" line="231"/>
        <source>Lưu tệp đề nghị nhận xét</source>
        <translation>Save the requests file</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/requests_dialog.py" line="244"/>
        <source>Đã lưu tệp {path} ({count} người) gửi {org}; tệp được mã hóa.</source>
        <translation>Saved {path} ({count} people) for {org}; the file is encrypted.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/requests_dialog.py" line="246"/>
        <source>Đã lưu tệp {path} ({count} người) gửi {org}; tệp chỉ được ký, ai có tệp cũng đọc được.</source>
        <translation>Saved {path} ({count} people) for {org}; the file is only signed, anyone holding it can read it.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/requests_dialog.py" line="249"/>
        <source>Đang tạo tệp…</source>
        <translation>Making the file…</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <location filename="../../ui/backups/wizard.py" line="71"/>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="82"/>
        <source>Ngày giờ</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="82"/>
        <source>Nơi</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="82"/>
        <source>Người</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="82"/>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="82"/>
        <source>Đảng viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="83"/>
        <source>Hồ sơ</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="91"/>
        <source>Các bản sao lưu</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="92"/>
        <source>Tệp sao lưu khác</source>
        <translation>Another backup file</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="92"/>
        <source>Tệp sao lưu (*.sotaybak)</source>
        <translation>Backup files (*.sotaybak)</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="93"/>
        <source>Thêm vào danh sách</source>
        <translation>Add to the list</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="95"/>
        <source>Tệp khác:</source>
        <translation>Other file:</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="100"/>
        <source>Tên đăng nhập</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="103"/>
        <source>Mật khẩu hoặc mã khôi phục</source>
        <translation>Password or recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="104"/>
        <source>Dùng mã khôi phục thay cho mật khẩu</source>
        <translation>Use the recovery code instead of a password</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="105"/>
        <source>Kiểm tra bản sao lưu</source>
        <translation>Check the backup</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="108"/>
        <source>Tên đăng nhập (lúc sao lưu):</source>
        <translation>Username (at backup time):</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="109"/>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="115"/>
        <source>Khôi phục vào thư mục mới:</source>
        <translation>Restore into a new folder:</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="117"/>
        <source>Thư mục mới cho kho khôi phục</source>
        <translation>New folder for the restored vault</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="119"/>
        <source>Thay kho hiện tại</source>
        <translation>Replace the current vault</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="120"/>
        <source>Kho hiện tại được giữ nguyên bên cạnh, không bị xóa.</source>
        <translation>The current vault is kept beside it, not deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="124"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="130"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="132"/>
        <source>1. Chọn bản sao lưu</source>
        <translation>1. Choose a backup</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="136"/>
        <source>2. Kiểm tra</source>
        <translation>2. Check</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="141"/>
        <source>3. Khôi phục</source>
        <translation>3. Restore</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="180"/>
        <source>trong kho</source>
        <translation>in the vault</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="181"/>
        <source>nơi thứ hai</source>
        <translation>second place</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="182"/>
        <source>tệp đã chọn</source>
        <translation>chosen file</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="232"/>
        <source>Hãy chọn một bản sao lưu và nhập mật khẩu (hoặc mã khôi phục).</source>
        <translation>Choose a backup and enter the password (or the recovery code).</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="243"/>
        <source>Đang kiểm tra…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="285"/>
        <source>Hãy chọn thư mục mới.</source>
        <translation>Choose the new folder.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="294"/>
        <source>Đang khôi phục…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="299"/>
        <source>Đã khôi phục vào thư mục {path}.</source>
        <translation>Restored into the folder {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/wizard.py" line="301"/>
        <source>Kho trước đó được giữ nguyên tại {path}.</source>
        <translation>The previous vault is kept unchanged at {path}.</translation>
    </message>
</context>
<context>
    <name>ReturnReasonDialog</name>
    <message>
        <location filename="../../ui/cases/small_dialogs.py" line="34"/>
        <source>Lý do (bắt buộc, chi bộ sẽ đọc):</source>
        <translation>Reason (required; the cell will read it):</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../ui/cases/review.py" line="67"/>
        <source>Phiếu chờ xác nhận</source>
        <translation>Cases waiting for confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/cases/review.py" line="113"/>
        <source>Xác nhận phiếu này</source>
        <translation>Confirm this one</translation>
    </message>
    <message>
        <location filename="../../ui/cases/review.py" line="115"/>
        <location filename="../../ui/cases/review.py" line="212"/>
        <source>Xác nhận các phiếu đã chọn</source>
        <translation>Confirm the selected</translation>
    </message>
    <message>
        <location filename="../../ui/cases/review.py" line="116"/>
        <source>Xác nhận tất cả</source>
        <translation>Confirm all</translation>
    </message>
    <message>
        <location filename="../../ui/cases/review.py" line="117"/>
        <source>Trả lại để sửa…</source>
        <translation>Send back…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/review.py" line="118"/>
        <source>Xem phiếu…</source>
        <translation>Preview sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/review.py" line="156"/>
        <source>Không có phiếu nào chờ xác nhận trong năm {year}.</source>
        <translation>No cases are waiting for confirmation in {year}.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/review.py" line="182"/>
        <source>Khối chữ ký khi xác nhận hôm nay: {block}</source>
        <translation>Signature block when confirming today: {block}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/review.py" line="210"/>
        <source>Xác nhận %Ln phiếu đã chọn</source>
        <translation>
            <numerusform>Confirm the %Ln selected</numerusform>
            <numerusform>Confirm the %Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/review.py" line="214"/>
        <source>Xác nhận tất cả (%Ln)</source>
        <translation>
            <numerusform>Confirm all (%Ln)</numerusform>
            <numerusform>Confirm all (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cases/review.py" line="247"/>
        <source>Ý kiến khác</source>
        <translation>Other comments</translation>
    </message>
    <message>
        <location filename="../../ui/cases/review.py" line="248"/>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/review.py" line="253"/>
        <source>(chưa ghi)</source>
        <translation>(not written)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/review.py" line="256"/>
        <source>Chi bộ họp ngày {meeting}; {signer}: {name}</source>
        <translation>Cell meeting on {meeting}; {signer}: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/review.py" line="284"/>
        <source>Xác nhận nhận xét của đảng viên {name}?</source>
        <translation>Confirm the comment on {name}?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/review.py" line="286"/>
        <source>Xác nhận %Ln phiếu nhận xét?</source>
        <translation>
            <numerusform>Confirm %Ln comment?</numerusform>
            <numerusform>Confirm %Ln comments?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cases/review.py" line="287"/>
        <source>Khối chữ ký sẽ dùng: {block}</source>
        <translation>Signature block used: {block}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/review.py" line="288"/>
        <source>Ngày xác nhận: {day}. Mỗi phiếu được cấp một số xác nhận.</source>
        <translation>Confirmation date: {day}. Each case gets a confirmation number.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/review.py" line="291"/>
        <source>Xác nhận</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../ui/cases/review.py" line="291"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/cases/review.py" line="302"/>
        <source>Đang xác nhận…</source>
        <translation>Confirming…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/review.py" line="308"/>
        <source>Đã xác nhận 1 phiếu, số {number}.</source>
        <translation>Confirmed 1 case, number {number}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/cases/review.py" line="310"/>
        <source>Đã xác nhận %Ln phiếu, số {first} đến {last}.</source>
        <translation>
            <numerusform>Confirmed %Ln case, number {first}.</numerusform>
            <numerusform>Confirmed %Ln cases, numbers {first} to {last}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cases/review.py" line="326"/>
        <source>Trả lại để chi bộ sửa</source>
        <translation>Send back to the cell</translation>
    </message>
    <message>
        <location filename="../../ui/cases/review.py" line="327"/>
        <source>Trả lại nhận xét của đảng viên {name} ({cell}) để chi bộ sửa.</source>
        <translation>Send the comment on {name} ({cell}) back to the cell for correction.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/review.py" line="330"/>
        <source>Trả lại</source>
        <translation>Send back</translation>
    </message>
    <message>
        <location filename="../../ui/cases/review.py" line="351"/>
        <source>Đã trả lại nhận xét của {name} để chi bộ sửa.</source>
        <translation>Sent the comment on {name} back to the cell.</translation>
    </message>
</context>
<context>
    <name>RollupPanel</name>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="81"/>
        <source>Tổng hợp số liệu các xã, phường</source>
        <translation>Roll-up of the communes&apos; figures</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="87"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="89"/>
        <source>Bảng tổng hợp</source>
        <translation>Roll-up table</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="93"/>
        <source>Số liệu các xã, phường</source>
        <translation>Figures of the communes</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="100"/>
        <source>Xem trước và in…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="101"/>
        <source>Lưu Excel…</source>
        <translation>Save Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="102"/>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="104"/>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="107"/>
        <source>Bảng:</source>
        <translation>Table:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="152"/>
        <source>{province}, năm {year}: {sent} nơi đã gửi, {missing} nơi chưa gửi; {members} đảng viên, {cases} phiếu.</source>
        <translation>{province}, {year}: {sent} sent, {missing} not yet; {members} members, {cases} cases.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="164"/>
        <source>{count} nơi gửi tệp phiên bản cũ, không kèm báo cáo: ô của họ ghi “—” (chưa có số liệu, không phải 0).</source>
        <translation>{count} sent an older file without reports: their cells show “—” (no figure, not zero).</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="170"/>
        <source>và {count} nơi khác (danh sách đủ có trong bản in)</source>
        <translation>and {count} more (the printed roll-up lists them all)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="173"/>
        <source>Chưa gửi: {names}</source>
        <translation>Not sent yet: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="194"/>
        <source>Đang lập báo cáo…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="205"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="205"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="206"/>
        <source>Lưu báo cáo</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="218"/>
        <source>Đã lưu báo cáo vào {path}.</source>
        <translation>Report saved to {path}.</translation>
    </message>
</context>
<context>
    <name>RoundChart</name>
    <message>
        <location filename="../../ui/overview/charts.py" line="128"/>
        <source>Nhận xét nơi cư trú theo chi bộ</source>
        <translation>Residence comments by cell</translation>
    </message>
    <message>
        <location filename="../../ui/overview/charts.py" line="122"/>
        <source>Chờ chi bộ nhận xét</source>
        <translation>Waiting for the cell</translation>
    </message>
    <message>
        <location filename="../../ui/overview/charts.py" line="123"/>
        <source>Chờ xác nhận</source>
        <translation>Waiting for confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/overview/charts.py" line="124"/>
        <source>Đã xác nhận, chưa gửi</source>
        <translation>Confirmed, not sent</translation>
    </message>
    <message>
        <location filename="../../ui/overview/charts.py" line="125"/>
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/overview/charts.py" line="145"/>
        <source>{cell} — {state}: {n} phiếu, bấm để xem các phiếu</source>
        <translation>{cell} — {state}: {n} forms, click to see them</translation>
    </message>
</context>
<context>
    <name>RulesSection</name>
    <message>
        <location filename="../../ui/settings/rules.py" line="55"/>
        <source>Trưởng ban ký</source>
        <translation>The head signs</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="56"/>
        <source>Phó trưởng ban ký thay (K/T)</source>
        <translation>A deputy signs for the head (K/T)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="57"/>
        <source>Thay mặt Đảng ủy (T/M)</source>
        <translation>On behalf of the Party committee (T/M)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="58"/>
        <source>Phó Bí thư ký thay (K/T)</source>
        <translation>A deputy secretary signs (K/T)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="64"/>
        <source>Xác nhận nhận xét</source>
        <translation>Confirmation of comments</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="65"/>
        <source>Công văn gửi nơi công tác</source>
        <translation>Letter to the workplace</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="66"/>
        <source>Giấy giới thiệu về chi bộ</source>
        <translation>Introduction letter to the cell</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="105"/>
        <source>Áp dụng từ</source>
        <translation>In force from</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="106"/>
        <location filename="../../ui/settings/rules.py" line="441"/>
        <source>Tên phiên bản</source>
        <translation>Version name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="107"/>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="107"/>
        <source>Trưởng ban sửa</source>
        <translation>Edited by the head</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="107"/>
        <source>Có sẵn</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="108"/>
        <source>Người lưu</source>
        <translation>Saved by</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="109"/>
        <source>Đang áp dụng</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="114"/>
        <source>Các phiên bản quy định</source>
        <translation>Rule set versions</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="128"/>
        <source>Phiên bản mới</source>
        <translation>New version</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="131"/>
        <source>Áp dụng từ ngày:</source>
        <translation>In force from:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="132"/>
        <source>Tên phiên bản:</source>
        <translation>Version name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="133"/>
        <source>Căn cứ:</source>
        <translation>Based on:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="134"/>
        <source>Tiêu đề phiếu:</source>
        <translation>Sheet title:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="135"/>
        <source>Mục ý kiến khác:</source>
        <translation>Other comments heading:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="137"/>
        <source>Tiêu chí nhận xét đảng viên (6 tiêu chí)</source>
        <translation>Criteria for members (6 criteria)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="138"/>
        <source>Tiêu chí cho đảng viên được miễn sinh hoạt (3 tiêu chí)</source>
        <translation>Criteria for members exempt from activity (3 criteria)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="140"/>
        <source>Phần chữ ký xác nhận (mỗi dòng một hàng)</source>
        <translation>Confirmation signature block (one line per row)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="145"/>
        <source>Số và ký hiệu văn bản</source>
        <translation>Document numbers and codes</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="148"/>
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="148"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="148"/>
        <source>Cơ quan ban hành</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="148"/>
        <source>Ở đặc khu</source>
        <translation>In a special zone</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="148"/>
        <source>Ví dụ</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="174"/>
        <source>ngày</source>
        <translation>day</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="176"/>
        <source>tháng</source>
        <translation>month</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="179"/>
        <source>Thời hạn và sinh hoạt</source>
        <translation>Deadline and meetings</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="182"/>
        <source>Hạn gửi nhận xét hằng năm:</source>
        <translation>Yearly deadline for comments:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="183"/>
        <source>Số lần sinh hoạt với chi bộ nơi cư trú mỗi năm:</source>
        <translation>Meetings with the residence cell per year:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="197"/>
        <source>Lưu thành phiên bản mới</source>
        <translation>Save as a new version</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="199"/>
        <source>Bỏ các chỗ đã sửa</source>
        <translation>Discard the edits</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="225"/>
        <source>Tiêu chí, nhãn đánh giá, phần chữ ký, ký hiệu văn bản và thời hạn là dữ liệu, có ngày áp dụng. Trưởng ban sửa một bản sao của quy định đang áp dụng rồi lưu thành phiên bản mới; phiếu đã lập vẫn in theo quy định lúc lập.</source>
        <translation>Criteria, rating labels, signature blocks, document codes and deadlines are data with an effective date. The head edits a copy of the rule set in force and saves it as a new version; sheets already made still print with the rules of their time.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="243"/>
        <source>Nội dung tiêu chí, dưới là ba mức đánh giá (từ cao đến thấp).</source>
        <translation>Each criterion&apos;s text, with its three ratings below (highest first).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="256"/>
        <source>Quy định áp dụng</source>
        <translation>Rule sets</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="299"/>
        <source>Đang áp dụng: {key}, từ ngày {day}. Căn cứ: {source}</source>
        <translation>In force: {key}, from {day}. Based on: {source}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="353"/>
        <source>Số 12-{type}/{issuer}</source>
        <translation>Số 12-{type}/{issuer}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="403"/>
        <source>Đã lưu phiên bản mới, áp dụng từ ngày {day}.</source>
        <translation>New version saved, in force from {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="417"/>
        <source>Chưa lưu: {place} chưa đúng. Mỗi mục phải có chữ, ba mức đánh giá phải khác nhau.</source>
        <translation>Not saved: {place} is not right. Every entry needs text, and the three ratings must differ.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="431"/>
        <source>nội dung</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="431"/>
        <source>ba mức đánh giá</source>
        <translation>three ratings</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="433"/>
        <source>{box}, tiêu chí {n} ({part})</source>
        <translation>{box}, criterion {n} ({part})</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="442"/>
        <source>Căn cứ</source>
        <translation>Based on</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="443"/>
        <source>Tiêu đề phiếu</source>
        <translation>Sheet title</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="444"/>
        <source>Mục ý kiến khác</source>
        <translation>Other comments heading</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="445"/>
        <source>Hạn gửi nhận xét</source>
        <translation>Deadline for comments</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules.py" line="446"/>
        <source>Ngày áp dụng</source>
        <translation>Effective date</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../ui/operations.py" line="265"/>
        <source>Đã xảy ra lỗi ngoài dự kiến, việc vừa làm chưa hoàn thành. Dữ liệu đã lưu trước đó không bị ảnh hưởng. Chi tiết kỹ thuật: {detail}</source>
        <translation>Something unexpected went wrong and the last action did not finish. Data saved before is not affected. Technical detail: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="277"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="278"/>
        <source>Đang làm việc</source>
        <translation>Working</translation>
    </message>
</context>
<context>
    <name>SecondPlacePanel</name>
    <message>
        <location filename="../../ui/backups/second_place.py" line="57"/>
        <source>Sao lưu tự động và nơi thứ hai</source>
        <translation>Automatic backups and the second place</translation>
    </message>
    <message>
        <location filename="../../ui/backups/second_place.py" line="63"/>
        <source>Phần mềm tự sao lưu khi khóa hoặc đóng sau khi có thay đổi, và ít nhất mỗi ngày một lần khi đang mở; giữ 7 bản hằng ngày, 4 bản hằng tuần, 12 bản hằng tháng. Chọn thêm một nơi thứ hai (USB, ổ mạng) để mỗi bản sao lưu được chép sang đó.</source>
        <translation>The app backs up by itself when it locks or closes after changes, and at least once a day while open; it keeps 7 daily, 4 weekly and 12 monthly backups. Choose a second place (USB stick, network share) and every backup is copied there too.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/second_place.py" line="70"/>
        <source>Nơi sao lưu thứ hai</source>
        <translation>Second backup place</translation>
    </message>
    <message>
        <location filename="../../ui/backups/second_place.py" line="73"/>
        <source> ngày</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/backups/second_place.py" line="74"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/backups/second_place.py" line="75"/>
        <source>Khôi phục từ bản sao lưu…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/backups/second_place.py" line="80"/>
        <source>Nơi thứ hai:</source>
        <translation>Second place:</translation>
    </message>
    <message>
        <location filename="../../ui/backups/second_place.py" line="81"/>
        <source>Cảnh báo sau:</source>
        <translation>Warn after:</translation>
    </message>
    <message>
        <location filename="../../ui/backups/second_place.py" line="118"/>
        <source>Đã lưu. Lần sao lưu tới sẽ được chép sang nơi thứ hai.</source>
        <translation>Saved. The next backup will be copied to the second place.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/second_place.py" line="139"/>
        <source>Đã khôi phục bản sao lưu vào thư mục {path}. Mở kho này ngay? Phần mềm sẽ đăng xuất khỏi kho đang dùng.</source>
        <translation>The backup was restored into {path}. Open that vault now? The program will sign out of the vault in use.</translation>
    </message>
    <message>
        <location filename="../../ui/backups/second_place.py" line="141"/>
        <source>Mở kho vừa khôi phục</source>
        <translation>Open the restored vault</translation>
    </message>
    <message>
        <location filename="../../ui/backups/second_place.py" line="141"/>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>SendDispatchDialog</name>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="39"/>
        <source>Gửi công văn dạng tệp</source>
        <translation>Send the dispatch as a file</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="41"/>
        <source>Công văn {number} ({count} phiếu) gửi {org}.</source>
        <translation>Dispatch {number} ({count} sheets) for {org}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="47"/>
        <source>Đã có thẻ của nơi nhận: tệp được ký và mã hóa, chỉ nơi nhận mở được.</source>
        <translation>The recipient&apos;s card is known: the file is signed and encrypted, only the recipient can open it.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="50"/>
        <source>Chưa có thẻ của nơi nhận: tệp chỉ được ký, không được mã hóa — ai có tệp cũng đọc được. Hãy gửi qua đường an toàn, hoặc nhận thẻ của nơi nhận trước.</source>
        <translation>No card for the recipient: the file is only signed, not encrypted — anyone holding it can read it. Send it by a safe route, or import the recipient&apos;s card first.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="57"/>
        <source>Để trống: dùng bản in của công văn</source>
        <translation>Leave empty to use the printed dispatch</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="58"/>
        <source>Bản PDF đã ký số</source>
        <translation>Signed PDF</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="59"/>
        <source>Bản PDF đã ký số:</source>
        <translation>Signed PDF:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="61"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="68"/>
        <source>Lưu tệp…</source>
        <translation>Save the file…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="81"/>
        <source>Chọn bản PDF đã ký số</source>
        <translation>Choose the signed PDF</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/send_dialog.py" line="81"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SendRequestsDialog</name>
    <message>
        <location filename="../../ui/exchange/requests_dialog.py" line="48"/>
        <source>Gửi đề nghị nhận xét dạng tệp</source>
        <translation>Send requests for comments as a file</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/requests_dialog.py" line="50"/>
        <source>Nơi nhận</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/requests_dialog.py" line="53"/>
        <source>Chưa có thẻ của nơi nhận — chỉ ký, không mã hóa</source>
        <translation>No card for the recipient yet — signed only, not encrypted</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/requests_dialog.py" line="55"/>
        <source>ví dụ Đảng ủy xã Tân An</source>
        <translation>e.g. Đảng ủy xã Tân An</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/requests_dialog.py" line="56"/>
        <source>Tên nơi nhận</source>
        <translation>Recipient&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/requests_dialog.py" line="62"/>
        <source>Năm nhận xét</source>
        <translation>Comment year</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/requests_dialog.py" line="64"/>
        <source>ví dụ 45-CV/ĐU</source>
        <translation>e.g. 45-CV/ĐU</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/requests_dialog.py" line="65"/>
        <source>Ngày văn bản</source>
        <translation>Document date</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/requests_dialog.py" line="68"/>
        <source>Hạn trả lời</source>
        <translation>Reply deadline</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/requests_dialog.py" line="70"/>
        <source>Nơi nhận:</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/requests_dialog.py" line="71"/>
        <source>Tên nơi nhận (khi chưa có thẻ):</source>
        <translation>Recipient&apos;s name (without a card):</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/requests_dialog.py" line="72"/>
        <source>Năm nhận xét:</source>
        <translation>Comment year:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/requests_dialog.py" line="73"/>
        <source>Số văn bản đề nghị:</source>
        <translation>Request document no.:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/requests_dialog.py" line="74"/>
        <source>Ngày văn bản:</source>
        <translation>Document date:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/requests_dialog.py" line="75"/>
        <source>Hạn trả lời:</source>
        <translation>Reply deadline:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/requests_dialog.py" line="78"/>
        <source>Tìm theo tên…</source>
        <translation>Search by name…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/requests_dialog.py" line="79"/>
        <source>Tìm đảng viên</source>
        <translation>Find a member</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/requests_dialog.py" line="81"/>
        <source>Đảng viên đề nghị nhận xét</source>
        <translation>Members to be commented on</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/requests_dialog.py" line="83"/>
        <source>, sinh {born}</source>
        <translation>, born {born}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/requests_dialog.py" line="91"/>
        <source>Chọn những người đang hiện</source>
        <translation>Tick those shown</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/requests_dialog.py" line="92"/>
        <source>Bỏ chọn tất cả</source>
        <translation>Untick all</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/requests_dialog.py" line="99"/>
        <source>Đảng viên đề nghị nhận xét (đăng ký sinh hoạt ở xã, phường nhận)</source>
        <translation>Members to be commented on (registered in the receiving commune)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/requests_dialog.py" line="111"/>
        <source>Lưu tệp…</source>
        <translation>Save the file…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/requests_dialog.py" line="162"/>
        <source>Có thẻ của nơi nhận: tệp được ký và mã hóa, chỉ nơi nhận mở được.</source>
        <translation>The recipient&apos;s card is here: the file is signed and encrypted, only the recipient can open it.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/requests_dialog.py" line="166"/>
        <source>Chưa có thẻ của nơi nhận: tệp chỉ được ký, không được mã hóa — ai có tệp cũng đọc được. Hãy gửi qua đường an toàn, hoặc nhận thẻ của nơi nhận trước.</source>
        <translation>No card for the recipient: the file is only signed, not encrypted — anyone holding it can read it. Send it by a safe route, or import the recipient&apos;s card first.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/requests_dialog.py" line="172"/>
        <source>Đã chọn {count} người</source>
        <translation>{count} chosen</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings/page.py" line="96"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings/page.py" line="101"/>
        <source>Các mục cài đặt</source>
        <translation>Settings pages</translation>
    </message>
</context>
<context>
    <name>Signers</name>
    <message>
        <location filename="../../ui/settings/signers.py" line="35"/>
        <source>Trưởng ban</source>
        <translation>Head of committee</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers.py" line="36"/>
        <source>Phó trưởng ban</source>
        <translation>Deputy head</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers.py" line="37"/>
        <source>Bí thư Đảng ủy</source>
        <translation>Party committee secretary</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers.py" line="38"/>
        <source>Phó Bí thư Đảng ủy</source>
        <translation>Deputy Party committee secretary</translation>
    </message>
</context>
<context>
    <name>SignersSection</name>
    <message>
        <location filename="../../ui/settings/signers.py" line="58"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers.py" line="59"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers.py" line="60"/>
        <source>Chức danh in trên văn bản</source>
        <translation>Title printed on documents</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers.py" line="61"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers.py" line="63"/>
        <source>Đến ngày</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers.py" line="64"/>
        <source>đang giữ chức</source>
        <translation>in office</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers.py" line="70"/>
        <source>Danh sách người ký</source>
        <translation>Signers</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers.py" line="80"/>
        <location filename="../../ui/settings/signers.py" line="81"/>
        <source>Thêm người ký</source>
        <translation>Add a signer</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers.py" line="84"/>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers.py" line="85"/>
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers.py" line="86"/>
        <source>Chức danh in:</source>
        <translation>Printed title:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers.py" line="87"/>
        <source>Giữ chức từ ngày:</source>
        <translation>In office from:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers.py" line="94"/>
        <source>Kết thúc nhiệm kỳ</source>
        <translation>End the term</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers.py" line="95"/>
        <source>Người đang chọn thôi giữ chức</source>
        <translation>The selected signer leaves office</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers.py" line="97"/>
        <source>Ngày cuối giữ chức:</source>
        <translation>Last day in office:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers.py" line="103"/>
        <source>Ghi người ký thời kỳ trước…</source>
        <translation>Record a past signer…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers.py" line="114"/>
        <source>Người ký và chức danh in dưới phần chữ ký của văn bản. Khi đổi người, thêm người mới và kết thúc nhiệm kỳ người cũ; văn bản cũ vẫn in đúng người ký lúc đó.</source>
        <translation>Signers and titles print under the signature on documents. When someone new takes office, add them and end the term of the previous one; older documents still print with the signer of their time.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers.py" line="131"/>
        <source>Người ký</source>
        <translation>Signers</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers.py" line="152"/>
        <source>Chọn một người đang giữ chức trong bảng.</source>
        <translation>Choose someone in office in the table.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers.py" line="190"/>
        <source>Đã thêm người ký {name}.</source>
        <translation>Signer {name} added.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signers.py" line="209"/>
        <source>{name} thôi giữ chức sau ngày {day}.</source>
        <translation>{name} leaves office after {day}.</translation>
    </message>
</context>
<context>
    <name>SigningSection</name>
    <message>
        <location filename="../../ui/settings/signing.py" line="43"/>
        <source>Không dùng chữ ký số trên máy này</source>
        <translation>No digital signing on this PC</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="44"/>
        <source>Tệp chứng thư số (.p12, .pfx)</source>
        <translation>Certificate file (.p12, .pfx)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="45"/>
        <source>USB token (PKCS#11)</source>
        <translation>USB token (PKCS#11)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="49"/>
        <location filename="../../ui/settings/signing.py" line="58"/>
        <source>Tệp chứng thư số</source>
        <translation>Certificate file</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="49"/>
        <source>Chứng thư số (*.p12 *.pfx)</source>
        <translation>Certificates (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="51"/>
        <source>Thư viện của token</source>
        <translation>Token library</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="52"/>
        <source>Thư viện PKCS#11 (*.dll *.so *.dylib)</source>
        <translation>PKCS#11 libraries (*.dll *.so *.dylib)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="53"/>
        <source>ví dụ C:\Windows\System32\eTPKCS11.dll</source>
        <translation>e.g. C:\Windows\System32\eTPKCS11.dll</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="56"/>
        <source>để trống nếu chỉ cắm một token</source>
        <translation>leave empty when only one token is plugged in</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="61"/>
        <source>Đường dẫn tệp:</source>
        <translation>File path:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="62"/>
        <source>USB token</source>
        <translation>USB token</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="65"/>
        <source>Thư viện PKCS#11:</source>
        <translation>PKCS#11 library:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="66"/>
        <source>Tên token:</source>
        <translation>Token label:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="69"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="84"/>
        <source>Chữ ký số dùng để ký văn bản gửi đi (PDF). Máy này chỉ nhớ đường dẫn và tên token; mật khẩu tệp chứng thư và mã PIN của token không bao giờ được lưu, phần mềm hỏi mỗi lần ký.</source>
        <translation>Digital signatures sign the documents sent out (PDF). This PC only remembers the paths and the token label; the certificate file&apos;s password and the token&apos;s PIN are never kept: the program asks each time it signs.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="101"/>
        <source>Chữ ký số</source>
        <translation>Digital signing</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="134"/>
        <source>Chưa có tệp chứng thư số ở đường dẫn đã ghi. Hãy chọn lại tệp.</source>
        <translation>There is no certificate file at that path. Choose the file again.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="137"/>
        <source>Chưa có thư viện của token ở đường dẫn đã ghi. Hãy chọn lại tệp.</source>
        <translation>There is no token library at that path. Choose the file again.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="146"/>
        <source>Đã lưu trên máy này.</source>
        <translation>Saved on this PC.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="150"/>
        <source>Không ghi được tệp cài đặt của máy này ({path}).</source>
        <translation>Could not write this PC&apos;s settings file ({path}).</translation>
    </message>
</context>
<context>
    <name>SourceButton</name>
    <message>
        <location filename="../../ui/library/source_link.py" line="39"/>
        <source>Xem văn bản</source>
        <translation>View document</translation>
    </message>
    <message>
        <location filename="../../ui/library/source_link.py" line="66"/>
        <source>Mở {doc} trong Thư viện văn bản</source>
        <translation>Open {doc} in the document library</translation>
    </message>
</context>
<context>
    <name>SplitMembersPage</name>
    <message>
        <location filename="../../ui/orgs/split_wizard.py" line="172"/>
        <source>Xếp đảng viên vào các chi bộ mới</source>
        <translation>Place the members in the new cells</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/split_wizard.py" line="186"/>
        <source>Đảng viên của chi bộ chia tách</source>
        <translation>Members of the cell being split</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/split_wizard.py" line="198"/>
        <source>Chi bộ mới cho các dòng đã chọn</source>
        <translation>New cell for the chosen rows</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/split_wizard.py" line="199"/>
        <source>Xếp các dòng đã chọn</source>
        <translation>Place the chosen rows</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/split_wizard.py" line="200"/>
        <source>Chọn những người chưa xếp</source>
        <translation>Choose those not placed</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/split_wizard.py" line="205"/>
        <source>Mẹo: chọn một hoặc nhiều dòng rồi gõ số 1, 2, 3… để xếp vào chi bộ mới thứ tự đó.</source>
        <translation>Tip: choose one or more rows, then type 1, 2, 3… to place them in that new cell.</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/split_wizard.py" line="209"/>
        <source>Xếp vào:</source>
        <translation>Place in:</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/split_wizard.py" line="253"/>
        <source>Đã xếp {placed}/{total} đảng viên.</source>
        <translation>{placed}/{total} members placed.</translation>
    </message>
</context>
<context>
    <name>SplitSourcePage</name>
    <message>
        <location filename="../../ui/orgs/split_wizard.py" line="53"/>
        <source>Chi bộ chia tách và các chi bộ mới</source>
        <translation>The cell to split and the new cells</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/split_wizard.py" line="55"/>
        <source>Chi bộ chia tách</source>
        <translation>Cell to split</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/split_wizard.py" line="58"/>
        <source>{name} — {n} đảng viên</source>
        <translation>{name} — {n} members</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/split_wizard.py" line="64"/>
        <source>Thêm một chi bộ mới</source>
        <translation>Add another new cell</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/split_wizard.py" line="69"/>
        <source>Chi bộ chia tách:</source>
        <translation>Cell to split:</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/split_wizard.py" line="70"/>
        <source>Tên các chi bộ mới:</source>
        <translation>Names of the new cells:</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/split_wizard.py" line="86"/>
        <source>Tên chi bộ mới thứ {n}</source>
        <translation>Name of new cell {n}</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/split_wizard.py" line="137"/>
        <source>Hai chi bộ mới trùng tên. Mỗi chi bộ mới cần một tên riêng.</source>
        <translation>Two new cells have the same name. Each new cell needs its own name.</translation>
    </message>
</context>
<context>
    <name>SplitTable</name>
    <message>
        <location filename="../../ui/orgs/split_model.py" line="36"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/split_model.py" line="37"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/split_model.py" line="38"/>
        <source>Số thẻ đảng viên</source>
        <translation>Party card number</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/split_model.py" line="39"/>
        <source>Về chi bộ mới</source>
        <translation>Goes to new cell</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/split_model.py" line="44"/>
        <source>(chưa xếp)</source>
        <translation>(not placed)</translation>
    </message>
</context>
<context>
    <name>SplitWizard</name>
    <message>
        <location filename="../../ui/orgs/split_wizard.py" line="279"/>
        <source>Chia tách</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/split_wizard.py" line="281"/>
        <source>Chia tách chi bộ</source>
        <translation>Split a cell</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/split_wizard.py" line="285"/>
        <source>Kiểm tra trước khi chia tách</source>
        <translation>Check before splitting</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/split_wizard.py" line="308"/>
        <source>Chia tách “{name}” ({n} đảng viên) thành {k} chi bộ mới, từ ngày {day}:</source>
        <translation>Split “{name}” ({n} members) into {k} new cells, from {day}:</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/split_wizard.py" line="311"/>
        <source>• {name}: {n} đảng viên</source>
        <translation>• {name}: {n} members</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/split_wizard.py" line="313"/>
        <source>Theo Quyết định số {no} ngày {day}.</source>
        <translation>By decision {no} of {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/orgs/split_wizard.py" line="317"/>
        <source>“{name}” thôi hoạt động từ ngày đó; lịch sử sinh hoạt của đảng viên vẫn được giữ. Bấm “Chia tách” để thực hiện, sau đó biên bản bàn giao sẽ hiện ra để in.</source>
        <translation>“{name}” ends on that day; the members&apos; history is kept. Press “Split” to do it; the handover record then opens for printing.</translation>
    </message>
</context>
<context>
    <name>StartFlow</name>
    <message>
        <location filename="../../ui/start/flow.py" line="79"/>
        <source>Không tìm thấy kho dữ liệu tại {path}.</source>
        <translation>No vault found at {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/start/flow.py" line="121"/>
        <source>Xã mẫu: tài khoản &lt;b&gt;truongban&lt;/b&gt;, &lt;b&gt;photruongban&lt;/b&gt; hoặc &lt;b&gt;chuyenvien&lt;/b&gt;, mật khẩu &lt;b&gt;{password}&lt;/b&gt;.</source>
        <translation>Demo commune: account &lt;b&gt;truongban&lt;/b&gt;, &lt;b&gt;photruongban&lt;/b&gt; or &lt;b&gt;chuyenvien&lt;/b&gt;, password &lt;b&gt;{password}&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>StartWizard</name>
    <message>
        <location filename="../../ui/start/wizard.py" line="314"/>
        <source>Sổ tay Đảng viên — Bắt đầu</source>
        <translation>Sổ tay Đảng viên — Getting started</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard.py" line="318"/>
        <source>Tiếp</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard.py" line="319"/>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard.py" line="320"/>
        <source>Xong</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard.py" line="321"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/start/wizard.py" line="322"/>
        <source>Tạo kho dữ liệu</source>
        <translation>Create the vault</translation>
    </message>
</context>
<context>
    <name>ToDoList</name>
    <message>
        <location filename="../../ui/overview/todos.py" line="22"/>
        <source>Không có việc nào đang chờ.</source>
        <translation>Nothing is waiting.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/overview/todos.py" line="29"/>
        <source>Quá hạn: %n phiếu chưa xong</source>
        <translation>
            <numerusform>Overdue: %n sheet not done</numerusform>
            <numerusform>Overdue: %n sheets not done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/overview/todos.py" line="31"/>
        <source>Chờ chi bộ nơi cư trú nhận xét: %n phiếu</source>
        <translation>
            <numerusform>Waiting for the residence cell: %n sheet</numerusform>
            <numerusform>Waiting for the residence cell: %n sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/overview/todos.py" line="33"/>
        <source>(gồm %n phiếu bị trả lại để sửa)</source>
        <translation>
            <numerusform>(including %n sheet returned for correction)</numerusform>
            <numerusform>(including %n sheets returned for correction)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/overview/todos.py" line="36"/>
        <source>Chờ Trưởng ban xác nhận: %n phiếu</source>
        <translation>
            <numerusform>Waiting for the head&apos;s confirmation: %n sheet</numerusform>
            <numerusform>Waiting for the head&apos;s confirmation: %n sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/overview/todos.py" line="38"/>
        <source>Đã xác nhận, chưa gửi về nơi công tác: %n phiếu</source>
        <translation>
            <numerusform>Confirmed, not sent to the workplace: %n sheet</numerusform>
            <numerusform>Confirmed, not sent to the workplace: %n sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/overview/todos.py" line="40"/>
        <source>Đăng ký sinh hoạt chưa xếp chi bộ: %n người</source>
        <translation>
            <numerusform>Registrations without a cell: %n person</numerusform>
            <numerusform>Registrations without a cell: %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/overview/todos.py" line="42"/>
        <source>Đăng ký cần kết thúc (đã chuyển đi, từ trần…): %n người</source>
        <translation>
            <numerusform>Registrations to end (moved away, died…): %n person</numerusform>
            <numerusform>Registrations to end (moved away, died…): %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/overview/todos.py" line="43"/>
        <source>Đến hạn Huy hiệu Đảng dịp {day}: %n đảng viên</source>
        <translation>
            <numerusform>Due a Party badge on {day}: %n member</numerusform>
            <numerusform>Due a Party badge on {day}: %n members</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/overview/todos.py" line="54"/>
        <source>Mở nơi làm việc này</source>
        <translation>Open the place where this is done</translation>
    </message>
</context>
<context>
    <name>TrustCardDialog</name>
    <message>
        <location filename="../../ui/exchange/cards_dialog.py" line="57"/>
        <source>Nhận thẻ của cấp ủy khác</source>
        <translation>Import another committee&apos;s card</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/cards_dialog.py" line="59"/>
        <source>Tệp thẻ</source>
        <translation>Card file</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/cards_dialog.py" line="60"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/cards_dialog.py" line="66"/>
        <source>Dấu vân tay</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/cards_dialog.py" line="69"/>
        <source>Gọi điện cho nơi gửi thẻ và nhờ họ đọc dấu vân tay trên máy của họ; gõ lại đúng như nghe được. Nếu khác với thẻ, thẻ sẽ không được nhận.</source>
        <translation>Call the committee that sent the card and ask them to read the fingerprint shown on their computer; type it as you hear it. If it differs from the card, the card is not imported.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/cards_dialog.py" line="76"/>
        <source>Tệp thẻ:</source>
        <translation>Card file:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/cards_dialog.py" line="77"/>
        <source>Dấu vân tay nghe qua điện thoại:</source>
        <translation>Fingerprint heard over the phone:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/cards_dialog.py" line="80"/>
        <source>Nhận thẻ</source>
        <translation>Import the card</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/cards_dialog.py" line="91"/>
        <source>Chọn tệp thẻ</source>
        <translation>Choose the card file</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/cards_dialog.py" line="91"/>
        <source>Thẻ cấp ủy (*.card *.json);;Mọi tệp (*)</source>
        <translation>Committee cards (*.card *.json);;All files (*)</translation>
    </message>
</context>
<context>
    <name>UnitSection</name>
    <message>
        <location filename="../../ui/settings/unit.py" line="30"/>
        <source>Xã, phường:</source>
        <translation>Commune or ward:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/unit.py" line="31"/>
        <source>Tỉnh, thành phố:</source>
        <translation>Province or city:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/unit.py" line="32"/>
        <source>Tên Đảng ủy:</source>
        <translation>Party committee:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/unit.py" line="33"/>
        <source>Cơ quan tham mưu:</source>
        <translation>Advisory body:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/unit.py" line="34"/>
        <source>Địa danh:</source>
        <translation>Place name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/unit.py" line="35"/>
        <source>Áp dụng từ ngày:</source>
        <translation>In force from:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/unit.py" line="41"/>
        <source>Sửa thông tin đơn vị…</source>
        <translation>Edit the committee profile…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/unit.py" line="49"/>
        <source>Các tên này in trên mọi biểu mẫu. Mỗi lần sửa là một phiên bản mới có hiệu lực từ hôm nay; văn bản đã in trước đó giữ tên cũ.</source>
        <translation>These names print on every form. Each edit is a new version in force from today; documents printed earlier keep the old names.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/unit.py" line="61"/>
        <source>Đơn vị</source>
        <translation>Committee</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../../ui/start/unlock.py" line="72"/>
        <source>Kho dữ liệu: {path}</source>
        <translation>Vault: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/start/unlock.py" line="77"/>
        <source>Tên đăng nhập</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/start/unlock.py" line="80"/>
        <source>Người dùng đang khóa màn hình</source>
        <translation>User of the locked screen</translation>
    </message>
    <message>
        <location filename="../../ui/start/unlock.py" line="81"/>
        <source>Đổi người dùng</source>
        <translation>Change user</translation>
    </message>
    <message>
        <location filename="../../ui/start/unlock.py" line="83"/>
        <source>Đăng xuất để người khác đăng nhập bằng tài khoản của mình</source>
        <translation>Log out so that someone else can sign in with their own account</translation>
    </message>
    <message>
        <location filename="../../ui/start/unlock.py" line="87"/>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/start/unlock.py" line="92"/>
        <source>Đang mở khóa…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location filename="../../ui/start/unlock.py" line="95"/>
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/start/unlock.py" line="113"/>
        <source>Người dùng:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../ui/start/unlock.py" line="116"/>
        <source>Tên đăng nhập:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <location filename="../../ui/start/unlock.py" line="119"/>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../ui/start/unlock.py" line="221"/>
        <source>Sổ tay Đảng viên — Mở khóa</source>
        <translation>Sổ tay Đảng viên — Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/start/unlock.py" line="222"/>
        <source>Sổ tay Đảng viên</source>
        <translation>Sổ tay Đảng viên</translation>
    </message>
    <message>
        <location filename="../../ui/start/unlock.py" line="223"/>
        <source>Mở kho khác…</source>
        <translation>Open another vault…</translation>
    </message>
    <message>
        <location filename="../../ui/start/unlock.py" line="230"/>
        <source>Khôi phục từ bản sao lưu…</source>
        <translation>Restore from a backup…</translation>
    </message>
</context>
<context>
    <name>WarningBar</name>
    <message>
        <location filename="../../ui/widgets/warning_bar.py" line="23"/>
        <source>Đã hiểu, ẩn đi</source>
        <translation>Understood, hide</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/warning_bar.py" line="24"/>
        <source>Ẩn thông báo của kho dữ liệu</source>
        <translation>Hide the vault&apos;s notices</translation>
    </message>
</context>
<context>
    <name>WordingBox</name>
    <message>
        <location filename="../../ui/settings/wording_box.py" line="21"/>
        <source>Công văn</source>
        <translation>Dispatch letter</translation>
    </message>
    <message>
        <location filename="../../ui/settings/wording_box.py" line="22"/>
        <source>Giấy giới thiệu</source>
        <translation>Introduction letter</translation>
    </message>
    <message>
        <location filename="../../ui/settings/wording_box.py" line="23"/>
        <source>Khối tiếp nhận</source>
        <translation>Endorsement</translation>
    </message>
    <message>
        <location filename="../../ui/settings/wording_box.py" line="24"/>
        <source>Giấy xác nhận</source>
        <translation>Confirmation certificate</translation>
    </message>
    <message>
        <location filename="../../ui/settings/wording_box.py" line="25"/>
        <source>Phiếu nhận xét</source>
        <translation>Comment sheet</translation>
    </message>
    <message>
        <location filename="../../ui/settings/wording_box.py" line="26"/>
        <source>Biên bản bàn giao</source>
        <translation>Handover record</translation>
    </message>
    <message>
        <location filename="../../ui/settings/wording_box.py" line="29"/>
        <source>trích yếu</source>
        <translation>summary</translation>
    </message>
    <message>
        <location filename="../../ui/settings/wording_box.py" line="30"/>
        <source>kính gửi</source>
        <translation>addressee</translation>
    </message>
    <message>
        <location filename="../../ui/settings/wording_box.py" line="31"/>
        <source>mở đầu khi phúc đáp</source>
        <translation>opening when replying</translation>
    </message>
    <message>
        <location filename="../../ui/settings/wording_box.py" line="32"/>
        <source>mở đầu</source>
        <translation>opening</translation>
    </message>
    <message>
        <location filename="../../ui/settings/wording_box.py" line="33"/>
        <source>nội dung</source>
        <translation>body</translation>
    </message>
    <message>
        <location filename="../../ui/settings/wording_box.py" line="34"/>
        <source>gửi kèm</source>
        <translation>enclosure</translation>
    </message>
    <message>
        <location filename="../../ui/settings/wording_box.py" line="35"/>
        <source>câu kết</source>
        <translation>closing</translation>
    </message>
    <message>
        <location filename="../../ui/settings/wording_box.py" line="36"/>
        <source>tên loại</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../ui/settings/wording_box.py" line="37"/>
        <source>đề nghị</source>
        <translation>request</translation>
    </message>
    <message>
        <location filename="../../ui/settings/wording_box.py" line="38"/>
        <source>đề nghị (miễn sinh hoạt)</source>
        <translation>request (exempt member)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/wording_box.py" line="39"/>
        <source>ngày tiếp nhận</source>
        <translation>date received</translation>
    </message>
    <message>
        <location filename="../../ui/settings/wording_box.py" line="40"/>
        <source>đã giới thiệu</source>
        <translation>introduced to</translation>
    </message>
    <message>
        <location filename="../../ui/settings/wording_box.py" line="41"/>
        <source>số giấy giới thiệu</source>
        <translation>letter number</translation>
    </message>
    <message>
        <location filename="../../ui/settings/wording_box.py" line="42"/>
        <source>kết quả nhận xét</source>
        <translation>results heading</translation>
    </message>
    <message>
        <location filename="../../ui/settings/wording_box.py" line="43"/>
        <source>kết quả (miễn sinh hoạt)</source>
        <translation>results heading (exempt member)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/wording_box.py" line="44"/>
        <source>căn cứ</source>
        <translation>legal basis</translation>
    </message>
    <message>
        <location filename="../../ui/settings/wording_box.py" line="45"/>
        <source>thời gian, địa điểm</source>
        <translation>time and place</translation>
    </message>
    <message>
        <location filename="../../ui/settings/wording_box.py" line="46"/>
        <source>số đảng viên bàn giao</source>
        <translation>members handed over</translation>
    </message>
    <message>
        <location filename="../../ui/settings/wording_box.py" line="47"/>
        <source>số bản</source>
        <translation>copies</translation>
    </message>
    <message>
        <location filename="../../ui/settings/wording_box.py" line="58"/>
        <source>Lời văn biểu mẫu</source>
        <translation>Wording of the forms</translation>
    </message>
    <message>
        <location filename="../../ui/settings/wording_box.py" line="63"/>
        <source>Các câu in trên công văn, giấy giới thiệu, giấy xác nhận, biên bản bàn giao. Chữ trong ngoặc nhọn như {year} được thay khi in; mỗi câu chỉ dùng được các chỗ ghi dưới nó.</source>
        <translation>The sentences printed on dispatch letters, introduction letters, certificates and handover records. Words in braces such as {year} are filled in when printing; each sentence may use only the places listed under it.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/wording_box.py" line="77"/>
        <source>(không có chỗ thay)</source>
        <translation>(no places)</translation>
    </message>
</context>
<context>
    <name>WorkplaceDialog</name>
    <message>
        <location filename="../../ui/registrations/pickers.py" line="139"/>
        <source>Thêm đảng ủy nơi công tác</source>
        <translation>Add a workplace committee</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/pickers.py" line="142"/>
        <source>ví dụ: Đảng ủy Bệnh viện Đa khoa tỉnh</source>
        <translation>e.g. Đảng ủy Bệnh viện Đa khoa tỉnh</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/pickers.py" line="144"/>
        <source>ví dụ: Đảng bộ Khối các cơ quan tỉnh</source>
        <translation>e.g. Đảng bộ Khối các cơ quan tỉnh</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/pickers.py" line="148"/>
        <source>Tên đảng ủy, chi bộ:</source>
        <translation>Committee or cell name:</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/pickers.py" line="149"/>
        <source>Cấp ủy cấp trên:</source>
        <translation>Superior committee:</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/pickers.py" line="150"/>
        <source>Địa chỉ:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/pickers.py" line="152"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>WorkplacePicker</name>
    <message>
        <location filename="../../ui/registrations/pickers.py" line="85"/>
        <source>gõ để tìm, ví dụ: benh vien</source>
        <translation>type to search, e.g. benh vien</translation>
    </message>
</context>
</TS>
