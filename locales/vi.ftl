# thidua-bot — every word a user reads. Vietnamese, administrative and polite.
# Addressing: every message gets {$you} ("ông" or "bà", mid-sentence) and {$You} (capitalised)
# for its reader (src/bot/addressing.ts); write those, never a fixed "ông/bà". A period's or a
# label's name mid-sentence goes through { MID($period) } ("kỳ năm 2024", not "kỳ Năm 2024").

## Addressing (the words behind {$you}; "ông/bà" only while the person is not known)
address-ong = ông
address-ba = bà
address-unknown = ông/bà
# The reader's own word, for text written outside this file (catalogue questions).
address-you = {$you}
address-You = {$You}

## Common
error-generic = Xin lỗi {$you}, trợ lý đang gặp trục trặc nên chưa làm được việc này. Những gì {$you} đã nhập vẫn được lưu. {$You} vui lòng thử lại sau ít phút.
group-chat-hint = Để giữ kín thông tin, {$you} vui lòng nhắn tin riêng cho trợ lý (bấm vào tên trợ lý rồi chọn "Nhắn tin").
unsupported-message =
    Xin lỗi, trợ lý chỉ đọc được tin nhắn chữ{ $kind ->
        [voice] , không nghe được tin nhắn thoại
        [sticker] , không đọc được nhãn dán
        [picture] , không xem được hình ảnh
        [file] , không mở được tệp gửi kèm
       *[other] {""}
    }. {$You} vui lòng gõ câu trả lời hoặc bấm một nút bên dưới. Muốn nói thay cho gõ, {$you} chạm vào hình micrô trên bàn phím điện thoại rồi đọc: điện thoại chuyển lời nói thành chữ để gửi.
unknown-input = Trợ lý chưa hiểu ý {$you}. {$You} vui lòng bấm một nút ở cuối màn hình, hoặc bấm "{ menu-help }".
button-cancel = ⏸ Tạm dừng
# The former label of the same button: phones keep showing it until a new keyboard arrives.
button-cancel-former = Hủy

## Strangers and registration
stranger = Xin chào {$you}! Đây là trợ lý thi đua, khen thưởng của Ủy ban nhân dân phường, dành cho cán bộ, công chức phường và tổ trưởng tổ dân phố đã được mời. Để dùng trợ lý, {$you} vui lòng liên hệ công chức Văn phòng - Thống kê phường để nhận đường liên kết mời riêng.
invite-unknown = Đường liên kết mời này không đúng. {$You} vui lòng kiểm tra lại, hoặc liên hệ công chức Văn phòng - Thống kê phường để nhận lời mời mới.
invite-used = Lời mời này đã được sử dụng. Mỗi lời mời chỉ dùng được một lần. Nếu {$you} chưa đăng ký, vui lòng liên hệ công chức Văn phòng - Thống kê phường để nhận lời mời mới.
invite-expired = Lời mời này đã hết hạn. {$You} vui lòng liên hệ công chức Văn phòng - Thống kê phường để nhận lời mời mới.
invite-confirm-name =
    Xin chào {$you}! Đây là lời mời tham gia trợ lý thi đua, khen thưởng của {$ward}, với vai trò {$role}.

    {$You} có phải là {$name} không?
invite-ask-name =
    Xin chào {$you}! Đây là lời mời tham gia trợ lý thi đua, khen thưởng của {$ward}, với vai trò {$role}.

    {$You} vui lòng gõ họ và tên đầy đủ (ví dụ: Nguyễn Văn An).
invite-ask-correct-name = {$You} vui lòng gõ họ và tên đầy đủ của mình (ví dụ: Nguyễn Văn An).
invite-name-invalid = Họ và tên này chưa đúng (quá ngắn, quá dài hoặc có chữ số). {$You} vui lòng gõ lại họ và tên đầy đủ, ví dụ: Nguyễn Văn An.
invite-ask-salutation = Để xưng hô cho phải phép, trợ lý xin hỏi: trợ lý gọi {$name} là ông hay bà ạ?
button-salutation-ong = Ông
button-salutation-ba = Bà
button-confirm-name = Đúng, tôi là {$you} {$name}
button-not-me = Không phải tôi
invite-not-me-named = Lời mời này được lập riêng cho {$name} nên không dùng được cho người khác. {$You} vui lòng liên hệ công chức Văn phòng - Thống kê phường để nhận lời mời của mình.
invite-other-role =
    {$You} đang là {$current} của {$ward}. Lời mời này là để {$you} làm {$role}.
    Nếu nhận vai trò mới, {$you} sẽ thôi là {$current}. {$You} muốn làm gì?
button-invite-take-role = Nhận vai trò mới
button-invite-keep-role = Giữ vai trò hiện tại
invite-kept-role = {$You} vẫn là {$current}; lời mời chưa được dùng. Nếu cần, {$you} liên hệ công chức Văn phòng - Thống kê phường.
registered =
    Cảm ơn {$you} {$name}. {$You} đã đăng ký thành công với vai trò {$role}.

    Từ nay {$you} bấm các nút ở cuối màn hình để làm việc với trợ lý.
already-registered = {$You} đã đăng ký rồi ({$name}, {$role}). {$You} bấm các nút ở cuối màn hình để làm việc với trợ lý.
registered-other-ward = {$You} vẫn là {$role} của {$ward}; từ nay trợ lý làm việc với {$you} theo vai trò mới ở {$current}. Muốn chuyển qua lại giữa hai phường, {$you} gõ /phuong.
role-leader = tổ trưởng {$group}
role-officer = công chức Văn phòng - Thống kê
role-chair = Chủ tịch UBND phường
role-council = thành viên Hội đồng Thi đua - Khen thưởng
role-admin = quản trị hệ thống
role-city = cán bộ theo dõi thi đua cấp thành phố

## Main menu (reply keyboard buttons; the same as commands)
menu-report = 📝 Báo cáo kết quả
menu-pledge = ✍️ Đăng ký thi đua
menu-view-report = 📄 Xem báo cáo đã gửi
menu-help = ❓ Hướng dẫn
menu-progress = 📊 Tiến độ các tổ
menu-reports = 📑 Báo cáo tổng hợp
menu-invite = ➕ Mời thành viên
menu-nominate = 🏅 Đề xuất khen thưởng
menu-awards = 🏅 Khen thưởng
command-baocao-leader = Báo cáo kết quả của tổ
command-dangky = Đăng ký, ký cam kết thi đua
command-xem = Xem báo cáo đã gửi
command-huongdan = Hướng dẫn sử dụng
command-huy = Tạm dừng việc đang làm (những gì đã nhập vẫn được lưu)
command-tiendo = Tiến độ báo cáo của các tổ
command-baocao-official = Nhận báo cáo tổng hợp (PDF, Word, Excel)
command-baocao-city = Nhận bảng tổng hợp thi đua của các phường trong thành phố (PDF, Excel)
command-moi = Tạo lời mời thành viên
help-leader =
    Hướng dẫn dành cho tổ trưởng:

    • Bấm "{ menu-report }": trợ lý hỏi lần lượt từng chỉ tiêu của kỳ báo cáo. Mỗi câu, {$you} gõ con số rồi gửi, ví dụ 226 hoặc 1,5 triệu; viết bằng chữ như "hai triệu rưỡi" cũng được. Mỗi câu trả lời được lưu ngay, {$you} có thể dừng và làm tiếp lúc khác.
    • Bấm "{ menu-pledge }": đăng ký danh hiệu, chỉ tiêu thi đua của tổ trong năm và ký cam kết.
    • Bấm "{ menu-view-report }": xem lại số liệu tổ đã báo cáo.
    • Bấm "{ menu-nominate }": đề xuất hộ gia đình văn hóa, cá nhân, tập thể của tổ để phường khen thưởng.
    • Ngại gõ chữ: {$you} chạm vào hình micrô trên bàn phím điện thoại rồi đọc, điện thoại tự chuyển lời nói thành chữ để gửi. Tin nhắn thoại (ghi âm) thì trợ lý không nghe được.
    • Bấm "{ button-cancel }" để dừng việc đang làm; những gì đã nhập vẫn được giữ nguyên.

    Nếu cần giúp đỡ, {$you} vui lòng liên hệ công chức Văn phòng - Thống kê phường.
help-official =
    Hướng dẫn dành cho cán bộ, công chức phường:

    • "{ menu-progress }" (/tiendo): xem tổ nào đã nộp, đang làm dở, chưa bắt đầu; mở báo cáo của từng tổ để duyệt hoặc trả lại bổ sung.
    • "{ menu-reports }" (/baocao): nhận bảng tổng hợp và báo cáo sơ kết, tổng kết theo thể thức Nghị định số 30/2020/NĐ-CP.
    • "{ menu-invite }" (/moi): tạo đường liên kết mời tổ trưởng hoặc cán bộ, công chức.
    • "{ menu-awards }" (/khenthuong): xem, duyệt hoặc trả lại đề xuất khen thưởng của các tổ, ghi việc niêm yết, đưa danh sách ra Hội đồng biểu quyết; Chủ tịch phê duyệt và nhận quyết định, giấy khen.
    • /solieu: nhập số liệu khen thưởng, giải thưởng của phường cho báo cáo.
    • /nhacnho: nhắc ngay các tổ chưa nộp báo cáo (trợ lý không gửi tin vào ban đêm).
    • /caidat: số văn bản, người ký, nơi gửi (Kính gửi) và nơi nhận của báo cáo — nên xem trước khi lập báo cáo đầu tiên.
    • /kybaocao: mở kỳ báo cáo mới (chọn được chỉ tiêu của kỳ), gia hạn nộp, khóa sổ, đổi tên kỳ báo cáo.
    • /danhmuc: nhận tệp Excel danh mục phong trào, chỉ tiêu; sửa xong gửi lại tệp cho trợ lý. Gửi tệp Excel danh sách tổ cũng được nhập như vậy.
    • /maubaocao: nhận mẫu lời văn báo cáo sơ kết (tệp chữ); sửa xong gửi lại tệp cho trợ lý.
    • /to, /totruong: thêm, đổi tên, gộp tổ; đổi tổ trưởng.
    • /thanhvien: ai đã đăng ký, ai chưa; /phieumoi: phiếu mời in sẵn mã QR.
    • /thoidung: cho một người thôi dùng trợ lý (báo cáo đã gửi vẫn được giữ).
    • /nhapthay: nhập báo cáo của một tổ thay tổ trưởng.
    • "{ button-cancel }" (/tamdung): dừng việc đang làm.
cancelled = Đã tạm dừng. Những gì {$you} đã nhập vẫn được lưu, lần sau {$you} làm tiếp được.
cancelled-menu = Đã tạm dừng. Những gì {$you} đã nhập vẫn được lưu, lần sau {$you} làm tiếp được.
zalo--cancelled-menu = Đã tạm dừng. Những gì {$you} đã nhập vẫn được lưu. Khi muốn làm tiếp, {$you} gõ số của việc đó trong danh sách dưới đây.
command-start = Bắt đầu, mở menu làm việc

## Leader's report
answer-yes = Có
answer-no = Không
unit-money = đồng
report-no-group = Tài khoản của {$you} chưa được gắn với tổ dân phố nào. {$You} vui lòng liên hệ công chức Văn phòng - Thống kê phường.
report-no-open-period = Hiện chưa có kỳ báo cáo nào đang mở. Khi phường mở kỳ báo cáo mới, {$you} sẽ nhận được thông báo.
report-locked = Báo cáo kỳ { MID($period) } của {$group} đã được phường duyệt nên không sửa được nữa. Nếu cần điều chỉnh, {$you} vui lòng liên hệ công chức Văn phòng - Thống kê phường.
report-period-closed = Kỳ báo cáo { MID($period) } đã khóa sổ nên trợ lý không nhận thêm số liệu. Nếu cần điều chỉnh, {$you} vui lòng liên hệ công chức Văn phòng - Thống kê phường.
report-start =
    Báo cáo kết quả thi đua kỳ { MID($period) } của {$group}. Hạn nộp: {$deadline}.

    Trợ lý sẽ hỏi lần lượt {$count} câu. Mỗi câu trả lời được lưu ngay; {$you} có thể bấm "{ button-cancel }" để dừng và làm tiếp lúc khác. Muốn sửa câu vừa trả lời, {$you} gõ "quay lại".
report-back-first = Đây là câu đầu tiên, không có câu trước để quay lại.
report-resume = {$You} đang làm dở báo cáo kỳ { MID($period) } của {$group}: đã trả lời {$answered}/{$count} câu. {$You} có muốn làm tiếp không?
report-continue = Trợ lý hỏi tiếp từ câu {$number}.
report-returned =
    Báo cáo kỳ { MID($period) } của {$group} được phường trả lại để bổ sung.
    Ý kiến của phường: {$comment}

    {$You} vui lòng trả lời lại các mục cần sửa.
button-continue = ▶️ Làm tiếp
button-later = ⏸ Để sau
button-done = ✔️ Xong
button-yes = Có
button-no = Không
button-keep-previous = Giữ như kỳ trước: {$value}
button-keep-current = Giữ nguyên: {$value}
button-skip = Bỏ qua
button-submit = ✅ Gửi báo cáo
button-edit = ✏️ Sửa một mục
button-back = ↩️ Quay lại
button-confirm-number = Đúng, {$value}
button-retype = Không, tôi nhập lại
report-question-heading = Câu {$number}/{$count}
report-question-movement = Phong trào "{$name}"
report-question-example = Đơn vị: {$unit}. Ví dụ: {$example}
report-question-unit = Đơn vị: {$unit}.
report-question-yes-no = {$You} bấm "Có" hoặc "Không".
report-question-text = {$You} gõ câu trả lời rồi gửi, vài câu là đủ.
report-question-current = Đã trả lời: {$value}
report-saved = ✅ Đã ghi {$value} cho mục "{$label}".
report-saved-text = ✅ Đã ghi nội dung cho mục "{$label}".
report-saved-nothing = ✅ Đã ghi mục "{$label}": không có.
report-text-only =
    Xin lỗi, trợ lý chỉ đọc được tin nhắn chữ{ $kind ->
        [voice] , không nghe được tin nhắn thoại
        [sticker] , không đọc được nhãn dán
        [picture] , không xem được hình ảnh
        [file] , không mở được tệp gửi kèm
       *[other] {""}
    }. {$You} vui lòng gõ câu trả lời. Muốn nói thay cho gõ, {$you} chạm vào hình micrô trên bàn phím điện thoại rồi đọc: điện thoại chuyển lời nói thành chữ để gửi.
report-press-button = {$You} vui lòng bấm một trong các nút bên dưới.
report-summary-title = Báo cáo kỳ { MID($period) } của {$group}
# A text sent before the bot asked the question below (e.g. typed while pressing a button): not stored.
report-typed-before-question = Trợ lý chưa lưu “{$text}” vì tin nhắn này được gửi trước khi trợ lý hỏi câu dưới đây. {$You} vui lòng trả lời lại câu này.
report-summary-movement = Phong trào "{$name}":
report-summary-other = Nội dung khác:
report-summary-line = {$number}. {$label}: {$value}
report-summary-missing = (chưa trả lời)
report-summary-none = (không có)
report-summary-ask = {$You} xem lại các số liệu trên. Nếu đúng, {$you} bấm "✅ Gửi báo cáo"; nếu cần sửa, bấm "✏️ Sửa một mục" hoặc gõ số của mục đó (ví dụ: 5).
# Typed at the summary: neither a button nor an item number.
report-summary-type-hint = {$You} vui lòng bấm một trong các nút bên dưới, hoặc gõ số của mục cần sửa (từ 1 đến {$count}).
report-summary-no-such-item = Báo cáo chỉ có {$count} mục, không có mục {$number}. {$You} gõ số từ 1 đến {$count}, hoặc bấm một trong các nút bên dưới.
report-summary-submitted = Báo cáo đã gửi lúc {$time}. Trong khi chờ phường duyệt, {$you} vẫn sửa được số liệu.
report-edit-pick = {$You} muốn sửa mục nào? Bấm nút mang số thứ tự của mục đó (số ở đầu mỗi dòng trong tin nhắn trên).
report-cannot-submit = Báo cáo chưa gửi được vì còn các mục sau cần xem lại:
report-submitted =
    ✅ Đã gửi báo cáo kỳ { MID($period) } của {$group} lúc {$time}.

    Cảm ơn {$you}! Phường sẽ xem và báo lại nếu cần bổ sung. Trong khi chờ phường duyệt, {$you} vẫn sửa được số liệu.
report-later = Đã lưu báo cáo đang làm dở. Khi nào tiện, {$you} bấm "{ menu-report }" để làm tiếp.
report-done = Đã lưu các thay đổi. Cảm ơn {$you}!
report-status-not-sent = Trạng thái: chưa gửi.
report-status-draft = Trạng thái: chưa gửi.
report-status-submitted = Trạng thái: đã gửi lúc {$time}, chờ phường duyệt.
report-status-returned = Trạng thái: phường đã trả lại để bổ sung.
report-status-approved = Trạng thái: đã được phường duyệt.

## Reading answers (keys returned by src/domain/parse and src/domain/validate)
parse-error-empty = {$You} chưa gõ câu trả lời. Xin {$you} gõ lại.
parse-error-not-a-number = Trợ lý chưa đọc được con số {$you} vừa gửi. Xin {$you} gõ lại con số, ví dụ: {$example}.
parse-error-negative = Số liệu không thể là số âm. Xin {$you} nhập lại.
parse-error-fraction = Số liệu này phải là số nguyên, không có phần lẻ. Xin {$you} nhập lại, ví dụ: {$example}.
parse-error-too-large = Con số này lớn quá mức cho phép. Xin {$you} kiểm tra lại.
parse-error-approximate = Báo cáo cần con số cụ thể. Xin {$you} nhập số chính xác, không ghi "khoảng", "hơn", ví dụ: {$example}.
parse-error-not-yes-no = Xin {$you} trả lời "Có" hoặc "Không", hoặc bấm nút bên dưới.
# A text answer over the limit: keep its start (ending "…{$end}") or write it again.
report-text-too-long = Nội dung {$you} gửi dài {$length} ký tự, quá mức trợ lý ghi được cho một mục ({$max} ký tự, khoảng 200 chữ). {$You} muốn ghi phần đầu (đến đoạn "…{$end}"), hay gõ lại nội dung ngắn hơn?
button-keep-first-part = ✂️ Ghi phần đầu
button-rewrite = ✏️ Viết ngắn gọn lại
parse-error-too-long = Nội dung dài quá mức trợ lý nhận được cho một mục (khoảng 200 chữ). Xin {$you} viết ngắn gọn lại.
parse-error-number-too-long = Câu trả lời dài quá. Xin {$you} chỉ gõ con số, ví dụ: {$example}.
parse-error-multiple-numbers = {$You} đã gõ nhiều hơn một con số. Xin {$you} chỉ gõ một số, ví dụ: {$example}.
parse-confirm-number = Có phải {$you} muốn ghi {$value} không ạ?
parse-choose-number = Con số "{$input}" có thể hiểu theo nhiều cách. Xin {$you} chọn số đúng:
conflict-below-min = {$label} phải từ {$min} trở lên; {$you} vừa nhập {$value}. Xin {$you} kiểm tra lại.
conflict-above-max = {$label} không được vượt quá {$max}; {$you} vừa nhập {$value}. Xin {$you} kiểm tra lại.
conflict-exceeds-other = {$label} ({$value}) không được lớn hơn {$otherLabel} ({$otherValue}). Xin {$you} kiểm tra lại.
conflict-missing-required = {$You} chưa trả lời mục "{$label}".
conflict-wrong-type = Câu trả lời đã lưu cho mục "{$label}" không còn hợp với câu hỏi hiện nay. Xin {$you} trả lời lại mục này.
conflict-not-whole-number = {$label} phải là số nguyên.
conflict-too-long = Nội dung mục "{$label}" dài quá (tối đa khoảng 200 chữ). Xin {$you} viết ngắn gọn lại.

## Progress of the groups (/tiendo) and review of a group's report
progress-leader-refused = Xin lỗi {$you}, chức năng này dành cho cán bộ phường. Để báo cáo kết quả của tổ, {$you} bấm nút "{ menu-report }".
progress-no-open-period = Hiện chưa có kỳ báo cáo nào đang mở, nên chưa có tiến độ để xem.
progress-title =
    📊 Tiến độ báo cáo: {$period}
    Hạn nộp: {$deadline}
progress-handed-in = Đã nộp {$done}/{$total} tổ (chờ duyệt: {$pending}, đã duyệt: {$approved})
progress-returned = ↩️ Trả lại để bổ sung ({$count}): {$groups}
progress-draft = ✏️ Đang làm dở ({$count}): {$groups}
progress-not-started = ⚪ Chưa bắt đầu ({$count}): {$groups}
progress-none = không có
progress-and-more = {$names} và {$count} tổ khác
progress-legend = ✅ đã duyệt · 🕓 chờ duyệt · ↩️ trả lại · ✏️ đang làm · ⚪ chưa bắt đầu
progress-pick-group = Bấm tên tổ để xem báo cáo của tổ:
progress-mark-none = ⚪
progress-mark-draft = ✏️
progress-mark-submitted = 🕓
progress-mark-returned = ↩️
progress-mark-approved = ✅
progress-page-prev = ◀ Trang trước
progress-page-next = Trang sau ▶
progress-page = Trang {$page}/{$pages}
progress-refresh = 🔄 Cập nhật
progress-group-not-found = Không tìm thấy tổ này trong phường của {$you}.
review-status-none = chưa gửi (chưa bắt đầu)
review-status-draft = chưa gửi (đang làm dở)
review-status-submitted = chờ duyệt
review-status-returned = trả lại để bổ sung
review-status-approved = đã duyệt
review-title = 📄 {$group} — {$period}
review-status = Trạng thái: {$status}
review-submitted-at = Gửi lúc: {$at}
review-approved-at = Duyệt lúc: {$at}
review-returned-info =
    Đã trả lại để bổ sung lúc {$at}
    Ý kiến: {$comment}
    Các mục cần bổ sung: {$items}
review-period-closed-note = (Kỳ báo cáo đã đóng, chỉ xem được.)
review-other-items = Nội dung khác
review-answer-line = {$index}. {$label}: {$value}
review-answer-line-flagged = ⚠️ {$index}. {$label}: {$value}
review-answer-yes = Có
review-answer-no = Không
review-answer-missing = ❗ chưa trả lời
review-answer-empty = (để trống)
review-answer-none = (không có)
review-button-approve = ✅ Duyệt
review-button-return = ↩️ Trả lại để bổ sung
review-button-reopen = 🔓 Mở lại
review-button-back = « Danh sách các tổ
review-not-allowed = Chỉ công chức Văn phòng - Thống kê mới duyệt hoặc trả lại báo cáo.
review-period-closed = Kỳ báo cáo này đã đóng, không thay đổi được trạng thái báo cáo.
review-status-changed = Báo cáo này hiện ở trạng thái "{$status}", nên chưa làm được việc vừa chọn. Trợ lý đã cập nhật lại nội dung.
review-approved-toast = Đã duyệt báo cáo.
review-reopened-toast = Đã mở lại báo cáo, trạng thái: chờ duyệt.
review-leader-approved = Báo cáo kỳ { MID($period) } của {$group} đã được Văn phòng - Thống kê phường duyệt. Cảm ơn {$you}!
review-pick-expired = Báo cáo chưa được trả lại: việc chọn mục cần bổ sung đã dừng giữa chừng. Nếu vẫn muốn trả lại, {$you} mở báo cáo của tổ từ "{ menu-progress }".
review-cannot-return = Báo cáo của {$group} không còn ở trạng thái chờ duyệt, nên không trả lại được.
review-pick-on = ☑️ {$label}
review-pick-off = ⬜ {$label}
review-pick-all = Tất cả các mục
review-pick-next = Tiếp tục ▶
review-pick-cancel = Thôi, không trả lại
review-pick-items = Trả lại báo cáo của {$group} để bổ sung. {$You} bấm chọn các mục tổ cần sửa (bấm lần nữa để bỏ chọn), rồi bấm "{ review-pick-next }". Bấm "{ review-pick-all }" nếu cần sửa toàn bộ.
review-pick-hint = {$You} vui lòng bấm chọn các mục cần bổ sung ở tin nhắn này, rồi bấm "{ review-pick-next }".
review-return-cancelled = Đã hủy việc trả lại báo cáo. Báo cáo vẫn ở trạng thái chờ duyệt.
review-pick-none = {$You} chưa chọn mục nào. Hãy bấm chọn ít nhất một mục, hoặc bấm "{ review-pick-all }".
review-picked =
    Các mục {$group} cần bổ sung:
    {$items}
review-item-line = • {$label}
review-ask-comment = {$You} gõ ý kiến gửi tổ trưởng: cần bổ sung, sửa lại điều gì (ngắn gọn, vài câu).
review-ask-comment-again = {$You} vui lòng gõ ý kiến gửi tổ trưởng, hoặc bấm "{ review-pick-cancel }".
review-leader-returned =
    Báo cáo kỳ { MID($period) } của {$group} được Văn phòng - Thống kê phường trả lại để bổ sung.

    Ý kiến: {$comment}

    Các mục cần bổ sung:
    {$items}

    {$You} bấm "{ menu-report }" để sửa các mục trên rồi gửi lại báo cáo.
review-comment-cut = Ý kiến dài quá nên trợ lý đã cắt bớt phần cuối trước khi gửi.
# $names: the leaders who got the comment (usually one; a group may have two leaders).
review-returned-done =
    Đã trả lại báo cáo của {$group} để bổ sung và gửi ý kiến tới { $count ->
        [1] tổ trưởng {$names}
       *[other] các tổ trưởng {$names}
    }.
review-returned-no-leader = Đã trả lại báo cáo của {$group} để bổ sung. Tổ chưa có tổ trưởng dùng trợ lý (hoặc trợ lý không gửi được tin), {$you} vui lòng báo trực tiếp cho tổ.

## Invites (/moi)
invite-role-leader = Tổ trưởng tổ dân phố
invite-role-officer = Công chức Văn phòng - Thống kê
invite-role-chair = Chủ tịch UBND phường
invite-role-council = Thành viên Hội đồng Thi đua - Khen thưởng
invite-button-cancel = Hủy
invite-button-skip-name = Bỏ qua, không ghi tên
invite-create-not-allowed = Xin lỗi {$you}, chỉ công chức Văn phòng - Thống kê mới tạo được lời mời.
invite-create-pick-role = {$You} muốn mời ai tham gia? Bấm chọn vai trò:
invite-create-press-button = {$You} vui lòng bấm một nút ở tin nhắn trên, hoặc bấm "{ invite-button-cancel }".
invite-create-cancelled = Đã hủy, chưa tạo lời mời nào.
invite-create-no-groups = Phường chưa có tổ dân phố nào trong danh sách của trợ lý. Vui lòng nhờ người quản trị nhập danh sách tổ trước.
invite-create-pick-group = Tổ trưởng của tổ nào? Bấm chọn tổ:
invite-create-ask-name = {$You} gõ họ và tên của {$role} được mời (để người đó chỉ cần xác nhận khi đăng ký), hoặc bấm "Bỏ qua".
invite-create-ask-name-listed = Bấm chọn tên {$role} có trong danh sách của phường, hoặc gõ họ và tên người khác, hoặc bấm "Bỏ qua".
invite-create-ask-name-again = {$You} vui lòng gõ họ và tên người được mời, hoặc bấm "Bỏ qua".
invite-create-name-invalid = Họ và tên này chưa đúng (quá ngắn, quá dài hoặc có chữ số). {$You} vui lòng gõ lại, hoặc bấm "Bỏ qua".
invite-create-done =
    Đã tạo lời mời {$role}.

    Đường liên kết mời (chỉ dùng được một lần, hạn đến {$expires}):
    {$link}

    {$You} gửi đường liên kết này cho người được mời (qua Zalo, tin nhắn hoặc thư điện tử). Người đó bấm vào liên kết, Telegram sẽ mở trợ lý thi đua; bấm "Bắt đầu" (Start) để đăng ký.
invite-create-done-named =
    Đã tạo lời mời {$role}: {$name}.

    Đường liên kết mời (chỉ dùng được một lần, hạn đến {$expires}):
    {$link}

    {$You} gửi đường liên kết này cho {$name} (qua Zalo, tin nhắn hoặc thư điện tử). Người đó bấm vào liên kết, Telegram sẽ mở trợ lý thi đua; bấm "Bắt đầu" (Start) để đăng ký.
invite-create-expired = Lời mời chưa được tạo: việc tạo lời mời đã dừng giữa chừng. {$You} bấm "{ menu-invite }" để tạo lời mời mới.

## Pledge (đăng ký, ký cam kết thi đua)
pledge-start = Đăng ký thi đua năm {$year} của {$group}. Trợ lý sẽ hỏi {$count} nội dung đăng ký; sau đó {$you} xem lại bản đăng ký và ký cam kết.
pledge-question-heading = Nội dung {$number}/{$count}
pledge-question-yes-no =
    {$title}.
    Năm nay tổ có đăng ký nội dung này không?
pledge-question-count =
    {$title}.
    { $unit ->
        [none] Tổ đăng ký bao nhiêu?
       *[other] Tổ đăng ký bao nhiêu {$unit}?
    }
pledge-question-households = Tổ hiện có {$households} hộ.
pledge-yes = Có đăng ký
pledge-no = Không đăng ký
pledge-ambiguous = Con số này có thể hiểu là {$candidates}. Xin {$you} gõ lại con số, không dùng dấu phẩy.
pledge-over-households = Số đăng ký ({$value}) không được lớn hơn số hộ của tổ ({$households}). Xin {$you} kiểm tra lại.
pledge-document-title = BẢN ĐĂNG KÝ THI ĐUA NĂM {$year}
pledge-document-subtitle = {$group} - {$ward}
pledge-document-intro = Hưởng ứng các phong trào thi đua yêu nước năm {$year}, {$group} đăng ký:
pledge-document-commitment = Tổ xin cam kết vận động các hộ gia đình trong tổ tích cực hưởng ứng, tổ chức thực hiện tốt các nội dung đã đăng ký.
pledge-ask-sign = Nếu các nội dung trên đúng, {$you} bấm "✍️ Tôi xin cam kết" để ký cam kết thi đua.
pledge-button-sign = ✍️ Tôi xin cam kết
pledge-button-edit = ✏️ Sửa lại
pledge-button-redo = ✏️ Đăng ký lại
pledge-signed = ✅ {$group} đã ký cam kết thi đua năm {$year} lúc {$time}. Cảm ơn {$you}!
pledge-signed-at = Đã ký cam kết lúc {$time}.
pledge-kept = Bản đăng ký thi đua của tổ được giữ nguyên.
pledge-later = Bản đăng ký chưa được ký. Khi nào tiện, {$you} bấm "{ menu-pledge }" để làm lại và ký cam kết.

## Deadline reminders (src/reminders, /nhacnho)
reminder-command = Nhắc các tổ chưa nộp báo cáo
reminder-button-open = 📝 Mở báo cáo
reminder-when = { $days ->
        [0] hôm nay là hạn cuối
       *[other] còn {$days} ngày
    }
reminder-leader-not-started =
    ⏰ Nhắc hạn nộp báo cáo

    Chào {$you} {$name}! {$group} chưa gửi báo cáo kết quả thi đua kỳ { MID($period) }. Hạn nộp là {$deadline} ({$when}).

    Khi nào tiện, {$you} bấm nút "{$button}" bên dưới; trợ lý sẽ hỏi lần lượt {$count} câu. Cảm ơn {$you}!
reminder-leader-draft =
    ⏰ Nhắc hạn nộp báo cáo

    Chào {$you} {$name}! Báo cáo kết quả thi đua kỳ { MID($period) } của {$group} còn {$remaining}/{$count} câu chưa trả lời. Hạn nộp là {$deadline} ({$when}).

    Khi nào tiện, {$you} bấm nút "{$button}" bên dưới để làm tiếp từ câu đang dừng. Cảm ơn {$you}!
reminder-leader-unsent =
    ⏰ Nhắc hạn nộp báo cáo

    Chào {$you} {$name}! Báo cáo kết quả thi đua kỳ { MID($period) } của {$group} đã trả lời đủ {$count} câu, chỉ còn bước gửi lên phường. Hạn nộp là {$deadline} ({$when}).

    {$You} bấm nút "{$button}" bên dưới để xem lại và gửi báo cáo. Cảm ơn {$you}!
reminder-leader-returned =
    ⏰ Nhắc hạn nộp báo cáo

    Chào {$you} {$name}! Báo cáo kết quả thi đua kỳ { MID($period) } của {$group} đã được phường trả lại để bổ sung và chưa được gửi lại. Hạn nộp là {$deadline} ({$when}).

    Khi nào tiện, {$you} bấm nút "{$button}" bên dưới để bổ sung và gửi lại báo cáo. Cảm ơn {$you}!
reminder-digest-title = 🔔 Kết quả nhắc hạn nộp báo cáo kỳ { MID($period) } (hạn nộp {$deadline})
reminder-digest-title-manual = 🔔 Kết quả nhắc hạn nộp báo cáo theo yêu cầu của cán bộ, kỳ { MID($period) } (hạn nộp {$deadline})
reminder-digest-missing = Còn {$missing}/{$total} tổ chưa nộp: {$groups}.
reminder-digest-sent = Đã gửi tin nhắc cho {$count} tổ trưởng.
reminder-digest-blocked = Tổ trưởng đã chặn tin của trợ lý nên không nhận được tin nhắc ({$count}): {$list}. Đề nghị {$you} liên hệ trực tiếp.
reminder-digest-failed = Chưa chắc tin nhắc đã đến do lỗi đường truyền ({$count}): {$list}. Để tránh gửi trùng, trợ lý không tự gửi lại; đề nghị {$you} liên hệ trực tiếp.
reminder-digest-unregistered = Tổ chưa có tổ trưởng dùng trợ lý ({$count}): {$groups}.
reminder-digest-all-submitted = Tất cả {$total} tổ đã nộp báo cáo.
reminder-digest-leader = {$group} ({$name})
reminder-digest-more = và {$count} tổ khác
reminder-manual-not-allowed = Chỉ công chức Văn phòng - Thống kê phường mới nhắc được hạn nộp báo cáo.
reminder-manual-no-period = Hiện không có kỳ báo cáo nào đang mở nên không có gì để nhắc.
reminder-manual-started = { $count ->
        [0] Hiện không có tổ trưởng nào nhận được tin nhắc (các tổ chưa nộp chưa có tổ trưởng dùng trợ lý, tổ trưởng đã chặn tin của trợ lý, hoặc vừa được nhắc). Trợ lý gửi {$you} danh sách các tổ chưa nộp ngay sau đây.
       *[other] Trợ lý đang gửi tin nhắc hạn nộp báo cáo kỳ { MID($period) } cho {$count} tổ trưởng của các tổ chưa nộp. Gửi xong, trợ lý sẽ báo kết quả cho {$you}.
    }
reminder-manual-quiet = Để không làm phiền các tổ trưởng, trợ lý không gửi tin nhắc từ 21 giờ tối đến 7 giờ sáng. {$You} vui lòng nhắc lại sau 7 giờ sáng.
reminder-manual-after-deadline = Kỳ báo cáo { MID($period) } đã hết hạn nộp ({$deadline}) nên trợ lý không gửi tin nhắc nữa. {$You} xem các tổ chưa nộp ở "{ menu-progress }".
reminder-manual-all-submitted = Tất cả {$total} tổ đã nộp báo cáo kỳ { MID($period) }, không cần nhắc.

## Reports for officials (/baocao)
reports-choose-period = {$You} muốn lập báo cáo tổng hợp của kỳ nào?
reports-period-open = 🟢 {$name} (đang mở)
reports-period-closed = {$name}
reports-no-period = Phường chưa có kỳ báo cáo nào.
reports-not-allowed = Xin lỗi, {$you} không có quyền xem báo cáo tổng hợp này.
reports-no-data = Kỳ { MID($period) } chưa có tổ nào nộp báo cáo nên chưa lập được báo cáo tổng hợp. Hiện có {$draft} tổ đang làm dở, {$notStarted}/{$total} tổ chưa bắt đầu. {$You} xem chi tiết ở "{ menu-progress }".
reports-making = Đang lập báo cáo kỳ { MID($period) }, {$you} vui lòng chờ trong giây lát…
reports-failed = Xin lỗi, trợ lý chưa lập được báo cáo do gặp trục trặc. Sự cố đã được ghi lại để bộ phận kỹ thuật kiểm tra; {$you} vui lòng thử lại sau ít phút.
reports-caption-summary = Bảng tổng hợp kết quả thi đua của các tổ dân phố, kỳ { MID($period) } (đã nộp {$reported}/{$total} tổ).
reports-caption-report-pdf = { $kind ->
        [tong_ket] Báo cáo tổng kết
        [so_ket] Báo cáo sơ kết
       *[other] Báo cáo
    } { MID($period) } theo thể thức Nghị định số 30/2020/NĐ-CP (bản PDF để xem, in).
reports-caption-report-docx = { $kind ->
        [tong_ket] Báo cáo tổng kết
        [so_ket] Báo cáo sơ kết
       *[other] Báo cáo
    } { MID($period) }, bản Word để Văn phòng chỉnh sửa trước khi trình Chủ tịch ký.
reports-caption-data-xlsx = Số liệu chi tiết của các tổ, kỳ { MID($period) } (bảng tính Excel, in vừa khổ A4).
reports-busy = Hệ thống đang lập báo cáo {$you} vừa chọn; các tệp sẽ được gửi ngay khi lập xong, {$you} không cần bấm lại.
reports-already-sent = Các tệp báo cáo của lần chọn này đã được gửi ở trên. Muốn lập lại với số liệu mới nhất, {$you} gửi lệnh /baocao rồi chọn kỳ.

## Ward-level figures (/solieu)
command-solieu = Nhập số liệu khen thưởng, giải thưởng của phường
figures-choose-period = {$You} muốn nhập số liệu khen thưởng, giải thưởng của phường cho kỳ nào?
figures-not-allowed = Xin lỗi, chỉ công chức Văn phòng - Thống kê mới nhập được số liệu của phường.
figures-start = Nhập số liệu cấp phường cho kỳ { MID($period) }: {$count} mục. Với mục đã có số liệu, {$you} bấm "Giữ nguyên" nếu không cần sửa. Những gì {$you} nhập ở đây được điền nguyên văn vào báo cáo.
figures-question = Mục {$number}/{$count}: {$label}?
    Ví dụ: {$example}
figures-ambiguous = Con số này có thể hiểu là {$candidates}. Xin {$you} gõ lại con số, không dùng dấu phẩy.
figures-done = Đã lưu số liệu cấp phường kỳ { MID($period) }:

## Words every document shares (the summary table, the data workbook, the city roll-up, the decision)
doc-status-approved = Đã duyệt
doc-status-submitted = Chờ duyệt
doc-status-returned = Trả lại bổ sung
doc-status-draft = Đang làm dở
doc-status-none = Chưa gửi
doc-yes = Có
doc-no = Không
doc-pledge-signed = Đã ký
doc-pledge-unsigned = Chưa ký
doc-col-number = STT
doc-col-group = Tổ dân phố
doc-col-status = Trạng thái
doc-total = Tổng cộng
doc-unit-money = đồng
doc-unit-groups = tổ
doc-other-movement = Nội dung khác
doc-pledges = Đăng ký thi đua
doc-pledges-column = Ký cam kết
doc-ratio = Tỷ lệ

## Printed invite sheet (src/reports/invite-sheet; the CLI's invite-sheet, /phieumoi, ward create)
invite-sheet-pdf-title = Mã mời tổ trưởng — {$ward}
invite-sheet-heading = { $channels ->
        [both] MÃ MỜI THAM GIA TRỢ LÝ THI ĐUA, KHEN THƯỞNG TRÊN ZALO VÀ TELEGRAM
        [zalo] MÃ MỜI THAM GIA TRỢ LÝ THI ĐUA, KHEN THƯỞNG TRÊN ZALO
       *[telegram] MÃ MỜI THAM GIA TRỢ LÝ THI ĐUA, KHEN THƯỞNG TRÊN TELEGRAM
    }
invite-sheet-printed = In ngày {$date}.
invite-sheet-instruction = Cắt theo đường kẻ, trao tận tay tổ trưởng từng tổ. Mỗi mã chỉ dùng cho đúng người có tên.
invite-sheet-no-groups = Phường chưa có tổ dân phố nào.
invite-sheet-role-leader = Tổ trưởng
invite-sheet-no-name = (chưa có tên)
invite-sheet-registered = Đã đăng ký sử dụng trợ lý thi đua, không cần mã mời.
invite-sheet-no-leader = Chưa có tên tổ trưởng trong danh sách của phường. Cán bộ phường sẽ gửi mã mời riêng.
invite-sheet-validity = Mã chỉ dùng được một lần.
invite-sheet-validity-until = Mã chỉ dùng được một lần, hạn đến ngày {$date}.
invite-sheet-code = Mã mời:{" "}
invite-sheet-how = Cách đăng ký:
invite-sheet-zalo-with-qr = Trên Zalo: quét mã QR “Zalo” bằng Zalo (mục Quét mã QR), mở trò chuyện với trợ lý, gõ mã mời {$code} rồi gửi.
invite-sheet-zalo = Trên Zalo: mở trò chuyện với trợ lý thi đua của phường, gõ mã mời {$code} rồi gửi.
invite-sheet-telegram = Trên Telegram: mở Telegram, quét mã QR “Telegram” bằng camera điện thoại rồi bấm vào đường liên kết hiện ra, bấm nút “Bắt đầu” (Start).
invite-sheet-telegram-or = Hoặc trên Telegram: mở Telegram, quét mã QR “Telegram” bằng camera điện thoại rồi bấm vào đường liên kết hiện ra, bấm nút “Bắt đầu” (Start).
invite-sheet-confirm = Sau đó xác nhận đúng họ tên của mình là xong.
invite-sheet-telegram-step-1 = 1. Mở Telegram, quét mã QR bằng camera điện thoại (hoặc mở ứng dụng Camera, hướng vào mã) rồi bấm vào đường liên kết hiện ra.
invite-sheet-telegram-step-2 = 2. Bấm nút “Bắt đầu” (Start).
invite-sheet-telegram-step-3 = 3. Xác nhận đúng họ tên của mình là xong.
invite-sheet-page = Trang {$page}/{$pages}
# The administrator's sheet printed by `ward create` (src/cli/commands/admin-invite.ts).
invite-sheet-admin-heading = MÃ MỜI QUẢN TRỊ VIÊN TRỢ LÝ THI ĐUA, KHEN THƯỞNG TRÊN TELEGRAM
invite-sheet-admin-instruction = Trao tận tay quản trị viên của phường. Mã chỉ dùng cho đúng người có tên.
invite-sheet-admin-block = Quản trị viên
invite-sheet-admin-role = Họ tên

## The data workbook of /baocao (src/reports/xlsx)
data-xlsx-sheet-groups = Tổng hợp
data-xlsx-title-groups = SỐ LIỆU THI ĐUA CỦA CÁC TỔ DÂN PHỐ
data-xlsx-sheet-pledges = Cam kết thi đua
data-xlsx-title-pledges = KÝ CAM KẾT THI ĐUA NĂM {$year}
data-xlsx-sheet-figures = Số liệu phường
data-xlsx-title-figures = SỐ LIỆU KHEN THƯỞNG, GIẢI THƯỞNG CỦA PHƯỜNG
data-xlsx-subtitle = {$ward} - {$period}
data-xlsx-page = {$sheet} - Trang {$page}/{$pages}
data-xlsx-col-pledge = Ký cam kết năm {$year}
data-xlsx-col-item = Nội dung
data-xlsx-col-figure = Số liệu
data-xlsx-pledges-count = Số tổ đã ký
# Excel number formats: the unit after the figure (5.829 tổ, 261.700.000 đồng).

## The city roll-up's files (src/reports/city)
city-file-title-1 = TỔNG HỢP KẾT QUẢ PHONG TRÀO THI ĐUA
city-file-title-2 = CỦA CÁC PHƯỜNG, XÃ
city-file-period = Kỳ báo cáo: {$period}
# The roll-up's period as the city's documents name it; $year is text ("2025", no grouping).
city-period-label = { $kind ->
    [tong_ket] Tổng kết năm {$year}
    [so_ket] Sơ kết năm {$year}
   *[other] Kỳ báo cáo khác năm {$year}
}
city-file-made = Lập lúc {$time}. {$withPeriod}/{$wards} phường, xã có kỳ báo cáo này; đã nộp {$reported}/{$groups} tổ; số liệu chỉ tính các tổ đã nộp.
city-file-metadata-title = Tổng hợp kết quả thi đua - {$city} - {$period}
city-file-col-ward = Phường, xã
city-file-col-period = Kỳ báo cáo
city-file-no-period = Chưa có kỳ này
city-file-col-groups = Số tổ dân phố
city-file-col-reported = Đã nộp báo cáo
city-file-col-pledges-long = Số tổ ký cam kết thi đua
city-file-col-ratio-pledged = Tỷ lệ so với đăng ký
city-file-col-ratio-of = Tỷ lệ {$label}
city-file-col-ratio-numerator = {$label}: đạt (tính tỷ lệ)
city-file-col-ratio-pledged-base = {$label}: số tổ đăng ký
city-file-col-ratio-base = {$label}: cơ sở tính tỷ lệ
city-xlsx-sheet-wards = Tổng hợp theo phường
city-xlsx-sheet-figures = Khen thưởng theo phường
city-xlsx-sheet-notes = Thông tin
city-xlsx-notes-item = Nội dung
city-xlsx-notes-value = Thông tin
city-xlsx-notes-unit = Đơn vị
city-xlsx-notes-period = Kỳ báo cáo
city-xlsx-notes-made = Lập lúc
city-xlsx-notes-wards = Phường, xã có kỳ báo cáo này
city-xlsx-notes-method = Cách tính
city-xlsx-notes-method-text = Số liệu chỉ tính các báo cáo đã nộp (chờ duyệt hoặc đã duyệt); tỷ lệ tính trên tổng số của toàn đơn vị.

## The groups list read from Excel (src/reports/groups-sheet; the CLI's import-groups and a file sent to the bot)
groups-sheet-no-header = Không tìm thấy dòng tiêu đề có cột “Tên tổ” và “Họ tên tổ trưởng” (hoặc “Số hộ”, “Số điện thoại”).
groups-sheet-no-rows = Không có dòng dữ liệu nào dưới dòng tiêu đề.
groups-sheet-no-name = thiếu tên tổ
groups-sheet-name-too-long = tên tổ dài quá {$max} ký tự
groups-sheet-duplicate = tên tổ “{$name}” trùng với dòng {$row}
groups-sheet-bad-households = số hộ “{$text}” không phải số nguyên dương
groups-sheet-bad-leader = họ tên tổ trưởng “{$name}” không hợp lệ (cần 2–80 ký tự chữ, không có chữ số)
groups-sheet-bad-phone = số điện thoại “{$text}” không đúng (cần 10 chữ số, ví dụ 0912345678)
groups-sheet-phone-without-leader = có số điện thoại nhưng thiếu họ tên tổ trưởng
groups-sheet-too-large = Tệp nặng {$size}, quá giới hạn {$max} của một danh sách tổ.
groups-sheet-not-xlsx = Tệp không phải là tệp Excel .xlsx (có thể bị hỏng hoặc là định dạng khác).
groups-sheet-too-many-parts = Tệp gồm {$entries} phần, nhiều hơn một tệp Excel bình thường; không đọc tệp này.
groups-sheet-inflates = Khi giải nén, tệp sẽ lớn hơn {$max}, không giống một danh sách tổ; không đọc tệp này.
groups-sheet-lies = Tệp ghi sai kích thước các phần bên trong (bị hỏng hoặc bị làm giả); không đọc tệp này.
groups-sheet-cli-nothing-imported = Không nhập gì cả (nothing was imported). Sửa các dòng sau rồi chạy lại:
groups-sheet-cli-row = Dòng {$row}: {$reason}.
groups-sheet-cli-exists = tổ “{$name}” đã có trong {$ward}

## The commendation decision, its annex and the certificates (src/reports/decision; Nghị định 30/2020, Phụ lục III)
decision-kind-title = QUYẾT ĐỊNH
decision-decides = QUYẾT ĐỊNH:
decision-subject = Về việc {$subject}
decision-authority = CHỦ TỊCH {$ward}
decision-for-chair = KT. CHỦ TỊCH
decision-vice-chair = PHÓ CHỦ TỊCH
decision-chair = CHỦ TỊCH
decision-article = Điều {$number}.
decision-citation = Quyết định số {$number}/{$symbol} ngày {$date}
decision-ward-author = UBND {$ward}
decision-metadata-title = Quyết định {$number} - {$subject}
decision-award-title = Công nhận {$counts} đạt danh hiệu “{$title}” năm {$year} (có danh sách kèm theo).
decision-award-form = Tặng {$form} cho {$counts} (có danh sách kèm theo), {$achievement}.
decision-money-each = { $kind ->
        [tap_the] Mỗi tập thể
        [ca_nhan] Mỗi cá nhân
       *[ho_gia_dinh] Mỗi hộ gia đình
    } được thưởng {$amount}
decision-money-varied = Tiền thưởng theo danh sách kèm theo, tổng số {$total}, từ Quỹ thi đua, khen thưởng phường.
decision-money = {$each}, từ Quỹ thi đua, khen thưởng phường. Tổng số tiền thưởng: {$total}.
decision-in-force = Quyết định này có hiệu lực kể từ ngày ký.
decision-replaces = Quyết định này thay thế {$citation} của Chủ tịch Ủy ban nhân dân {$ward}.
decision-executors = {$executors} chịu trách nhiệm thi hành Quyết định này./.
# Điều 3's executors when the officer has typed none: only the kinds the annex has ({$kinds}:
# decision-executors-kind, joined by ", ").
decision-executors-default = Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường, Trưởng các tổ dân phố và các {$kinds} có tên tại Điều 1
decision-executors-kind = { $kind ->
        [tap_the] tập thể
        [ca_nhan] cá nhân
       *[ho_gia_dinh] hộ gia đình
    }
decision-annex-title = DANH SÁCH
decision-annex-attached = (Kèm theo {$citation} của Chủ tịch Ủy ban nhân dân {$ward})
decision-annex-who-title = {$who} đạt danh hiệu
decision-annex-what-title = “{$title}” năm {$year}
decision-annex-who-form = {$who} được tặng
decision-annex-col-household = Họ và tên chủ hộ
decision-annex-col-name = Tên tập thể, họ và tên
decision-annex-col-address = Địa chỉ
decision-annex-col-place = Chức vụ, đơn vị, địa chỉ
decision-annex-col-achievement = Thành tích
decision-annex-col-amount = Số tiền (đồng)
decision-annex-total = Tổng cộng: {$count}
certificate-default-title = GIẤY KHEN
certificate-gives = TẶNG
# A household's name: "Hộ gia đình: Nguyễn Văn An"; a name that already says "Hộ …" or
# "Gia đình …" ("Hộ ông Phạm Văn Dũng") is printed as it is, without the label.
certificate-household = { $named ->
    [yes] {$name}
   *[no] Hộ gia đình: {$name}
}
certificate-address = Địa chỉ: {$place}
certificate-title-achieved = Đạt danh hiệu “{$title}” năm {$year}
certificate-register = Số vào sổ: {$number}/{$year}

## The summary table of /baocao (src/reports/compile/summary-table-model.ts) and its renderers
summary-title-1 = TỔNG HỢP KẾT QUẢ
summary-title-2 = PHONG TRÀO THI ĐUA CỦA CÁC TỔ DÂN PHỐ
summary-period = Kỳ báo cáo: {$period}
summary-made = Lập lúc {$time}. Đã nộp {$reported}/{$total} tổ; tổng cộng chỉ tính các tổ đã nộp.
summary-total = Tổng cộng ({$reported} tổ đã nộp)
summary-ratio-groups = {$fraction} tổ
summary-ratio-pledged = {$fraction} tổ đăng ký
summary-metadata-title = Tổng hợp kết quả thi đua - {$period}

## The báo cáo's fixed words (src/reports/compile, src/reports/pdf, src/reports/docx)
report-metadata-title = { $kind ->
        [tong_ket] Báo cáo tổng kết
        [so_ket] Báo cáo sơ kết
       *[other] Báo cáo
    } - {$period}
report-metadata-author = UBND {$ward}
report-default-kind-title = BÁO CÁO
report-distribution-title = Nơi nhận:
report-other-indicators-lead = * Số liệu các chỉ tiêu khác do các tổ dân phố báo cáo (tổng hợp từ {$reported}/{$total} tổ đã nộp báo cáo):
report-other-indicators-movement = Phong trào “{$name}”
report-figure-yes-groups = {$fraction} tổ
report-figure-yes-groups-percent = {$fraction} tổ ({$percent})

## Problems of a báo cáo template (src/reports/template/template-issues.ts; /maubaocao and the CLI's template import)
template-issue-meant = {" "}Có phải ý là {$name}?
template-issue-unknown-indicator = Dòng {$line}, cột {$column}: {$name} không dùng được vì danh mục không có chỉ tiêu mã “{$code}”.{$meant}
template-issue-unknown-placeholder = Dòng {$line}, cột {$column}: không có số liệu nào tên {$name}.{$meant}
template-issue-unclosed = Dòng {$line}, cột {$column}: dấu “{"{"}” chưa có dấu “{"}"}” đóng lại (muốn in dấu “{"{"}” thì viết “{"{{"}”).
template-issue-unknown-section = Dòng {$line}: không có phần nào tên {$name}.{$meant}
template-issue-duplicate-section = Dòng {$line}: phần {$name} đã có ở trên.
template-issue-outside-section = Dòng {$line}: chữ nằm ngoài mọi phần; hãy đặt nó dưới một dòng tên phần như [Nội dung].
template-issue-missing-section = Mẫu chưa có phần {$name}.
template-issue-on-line = dòng {$line}
template-issue-on-lines = các dòng {$lines}
template-issue-missing-value = Chưa có số liệu cho {$name} ({$where}).
template-issue-empty-value = Số liệu {$name} đang để trống ({$where}).
template-issue-missing-table = Dòng {$line}: chưa có bảng {$name}.
template-issue-unknown-table = Dòng {$line}: không có bảng nào tên {$name}; các bảng có thể chèn: {$known}.
template-issue-unknown-table-none = Dòng {$line}: không có bảng nào tên {$name}; báo cáo hiện chưa chèn được bảng nào, xin bỏ dòng này.
template-issue-long-word = Dòng {$line}, cột {$column}: một từ dài {$length} ký tự liền nhau, không có dấu cách; mỗi từ dài nhất {$max} ký tự.
template-issue-too-long = Mẫu dài {$length} ký tự; mẫu báo cáo dài nhất {$max} ký tự.

## Security (src/bot/middlewares/rate-limit.ts)
security-rate-limited = Trợ lý nhận được nhiều tin nhắn của {$you} trong thời gian rất ngắn nên tạm thời chưa xử lý các tin vừa gửi. {$You} vui lòng chờ khoảng một phút rồi gửi lại tin nhắn cần thiết ạ.

## City roll-up (a city-level official's /baocao; src/bot/features/city)
city-choose-period = {$You} muốn nhận báo cáo tổng hợp của {$city} cho kỳ nào?
city-period-button = { $kind ->
        [tong_ket] Tổng kết năm {$year}
        [so_ket] Sơ kết năm {$year}
       *[other] Kỳ báo cáo khác năm {$year}
    } ({$wards}/{$total} phường, xã có kỳ này)
city-period-name = { $kind ->
        [tong_ket] kỳ tổng kết năm {$year}
        [so_ket] kỳ sơ kết năm {$year}
       *[other] kỳ báo cáo khác năm {$year}
    }
city-no-city = Xin lỗi {$you}, phường của {$you} chưa được gắn với thành phố nào nên chưa lập được báo cáo tổng hợp cấp thành phố. {$You} vui lòng liên hệ bộ phận quản trị hệ thống.
city-no-period = Các phường, xã thuộc {$city} chưa có kỳ báo cáo nào.
city-not-allowed = Xin lỗi, chức năng này chỉ dành cho cán bộ theo dõi thi đua cấp thành phố.
city-no-data = Đến nay, {$period} của {$city} chưa có tổ dân phố nào nộp báo cáo nên chưa lập được báo cáo tổng hợp. Hiện có {$wards}/{$totalWards} phường, xã đã mở kỳ này, với {$groups} tổ dân phố.
city-making = Đang tổng hợp số liệu { MID($period) } của {$wards} phường, xã thuộc {$city}, {$you} vui lòng chờ trong giây lát…
city-failed = Xin lỗi, trợ lý chưa lập được báo cáo tổng hợp cấp thành phố do gặp trục trặc. Sự cố đã được ghi lại để bộ phận kỹ thuật kiểm tra; {$you} vui lòng thử lại sau ít phút.
city-caption-pdf = Bảng tổng hợp kết quả thi đua theo từng phường, xã và toàn {$city}, {$period} (đã nộp {$reported}/{$total} tổ dân phố).
city-caption-xlsx = Số liệu tổng hợp theo từng phường, xã của {$city}, {$period} (bảng tính Excel; dòng tổng cộng và các tỷ lệ là công thức).
city-help =
    Hướng dẫn dành cho cán bộ theo dõi thi đua cấp thành phố:

    • "{ menu-reports }" (/baocao): chọn kỳ báo cáo (sơ kết hoặc tổng kết của từng năm) để nhận bảng tổng hợp kết quả thi đua theo từng phường, xã và toàn thành phố (bản PDF) cùng bảng số liệu (bản Excel).
    • Số liệu chỉ tính các tổ dân phố đã nộp báo cáo; phường, xã chưa mở kỳ báo cáo được ghi "Chưa có kỳ này".
    • "{ button-cancel }" (/tamdung): dừng việc đang làm.
city-progress-hint = Chức năng theo dõi tiến độ từng tổ dân phố dành cho cán bộ phường. Để xem số tổ đã nộp báo cáo của từng phường, xã, {$you} bấm "📑 Báo cáo tổng hợp".

## Report settings (/caidat)
command-caidat = Cài đặt báo cáo: số văn bản, người ký, nơi gửi, nơi nhận
settings-overview =
    Cài đặt báo cáo của phường:
    • Số, ký hiệu văn bản: {$number}
    • Người ký: {$title} {$signer}
    • Kính gửi:
    {$addressees}
    • Nơi nhận:
    {$recipients}

    { $district ->
        [yes] Từ ngày 1 tháng 7 năm 2025 không còn cấp huyện, mà danh sách trên còn cơ quan cấp huyện: {$you} sửa "Kính gửi" và "Nơi nhận" cho đúng cơ quan cấp trên hiện nay trước khi lập báo cáo.{" "}
       *[no] {""}
    }{$You} bấm mục cần sửa, hoặc "Xong".
settings-recipients-template = (theo mẫu báo cáo)
settings-button-number = Số văn bản
settings-button-signer = Người ký
settings-button-title = Chức danh người ký
settings-button-recipients = Nơi nhận
settings-button-addressees = Kính gửi
settings-button-blank-number = Để trống, Văn phòng tự điền
settings-ask-number = {$You} gõ số của báo cáo (chỉ gõ số, ví dụ: 125), hoặc bấm nút bên dưới nếu muốn để trống.
settings-ask-signer = {$You} gõ họ và tên đầy đủ của người ký báo cáo (ví dụ: Trần Đình Thìn).
settings-ask-title = {$You} gõ chức danh của người ký (ví dụ: CHỦ TỊCH, hoặc KT. CHỦ TỊCH - PHÓ CHỦ TỊCH).
settings-ask-recipients =
    {$You} gõ danh sách nơi nhận, mỗi nơi một dòng. Dòng đầu thường là "Như trên" (các cơ quan ở "Kính gửi"), dòng cuối là nơi lưu. Ví dụ:
    Như trên;
    TT Đảng ủy - HĐND phường;
    Lưu: VT, VP.
settings-number-invalid = Số văn bản chỉ gồm chữ số, ví dụ: 125. Xin {$you} gõ lại.
settings-ask-addressees = {$You} gõ các cơ quan nhận báo cáo (dòng "Kính gửi"), mỗi cơ quan một dòng (ví dụ: Ủy ban nhân dân tỉnh Thái Nguyên).
settings-addressees-invalid = Danh sách "Kính gửi" cần từ 1 đến 20 dòng, mỗi dòng một cơ quan, viết ngắn gọn. Xin {$you} gõ lại.
settings-signer-invalid = Họ và tên này chưa đúng (quá ngắn, quá dài hoặc có chữ số). Xin {$you} gõ lại.
settings-title-invalid = Chức danh này chưa đúng (quá ngắn hoặc quá dài). Xin {$you} gõ lại, ví dụ: CHỦ TỊCH.
settings-recipients-invalid = Danh sách nơi nhận cần từ 1 đến 20 dòng, mỗi dòng một nơi nhận, viết ngắn gọn. Xin {$you} gõ lại.
settings-saved = Đã lưu cài đặt. Báo cáo lập lần sau sẽ dùng các cài đặt này.

## What is true now (issue 10): a write that no longer holds, a conversation left too long
write-refused-member-inactive = Tài khoản của {$you} hiện không còn hoạt động trong hệ thống thi đua của phường nên thông tin vừa gửi chưa được lưu. Nếu có nhầm lẫn, {$you} vui lòng liên hệ công chức Văn phòng - Thống kê phường.
write-refused-member-changed = Nhiệm vụ của {$you} trong hệ thống vừa được thay đổi nên thông tin vừa gửi chưa được lưu. {$You} vui lòng chọn lại việc cần làm trên bàn phím bên dưới.
write-refused-period-closed = Kỳ báo cáo đã khóa sổ nên thông tin vừa gửi chưa được lưu. Nếu cần điều chỉnh, {$you} vui lòng liên hệ công chức Văn phòng - Thống kê phường.
review-refused-member = Tài khoản của {$you} hiện không còn quyền duyệt báo cáo của phường.
conversation-expired = Phiên làm việc trước đã tự kết thúc vì để lâu không có trả lời. Những thông tin {$you} đã lưu vẫn được giữ nguyên; {$you} vui lòng chọn lại việc cần làm trên bàn phím bên dưới để làm tiếp.

## Reporting periods (/kybaocao; src/bot/features/periods)
period-announce-leader =
    📣 Thông báo mở kỳ báo cáo

    Chào {$you} {$name}!
    Phường đã mở kỳ báo cáo kết quả thi đua { MID($period) }. Đề nghị {$you} báo cáo kết quả của {$group} trước {$deadline}.

    {$You} vui lòng bấm nút "{$button}" bên dưới để bắt đầu; trợ lý sẽ hỏi lần lượt {$count} câu.
period-extend-leader =
    📣 Thông báo gia hạn nộp báo cáo

    Chào {$you} {$name}!
    Phường đã gia hạn nộp báo cáo kết quả thi đua kỳ { MID($period) } đến {$deadline}. {$group} chưa gửi báo cáo kỳ này.

    {$You} vui lòng bấm nút "{$button}" bên dưới để báo cáo.
period-announce-digest-title = 📣 Kết quả gửi thông báo mở kỳ báo cáo { MID($period) } (hạn nộp {$deadline})
period-extend-digest-title = 📣 Kết quả gửi thông báo gia hạn kỳ báo cáo { MID($period) } (hạn nộp mới {$deadline})
period-notice-digest-sent = Đã gửi tới {$count} tổ trưởng.
period-notice-digest-blocked = Tổ trưởng đã chặn tin của trợ lý nên không nhận được thông báo ({$count}): {$list}. Đề nghị {$you} liên hệ trực tiếp.
period-notice-digest-failed = Chưa xác nhận gửi được do lỗi ({$count}): {$list}. Để tránh gửi trùng, trợ lý không tự gửi lại; đề nghị {$you} liên hệ trực tiếp.
period-notice-digest-unregistered = Tổ chưa có tổ trưởng dùng trợ lý ({$count}): {$groups}.
period-choose-report = Phường đang mở {$count} kỳ báo cáo. {$You} muốn báo cáo kỳ nào?
period-choose-button = {$period} (hạn {$deadline})
# $salutation: the officer's "ong"/"ba", "unknown" while not known (then the name alone).
period-contact = { $salutation ->
        [ong] { address-ong } {$name}
        [ba] { address-ba } {$name}
       *[unknown] {$name}
    }
period-contact-phone = { $salutation ->
        [ong] { address-ong } {$name}
        [ba] { address-ba } {$name}
       *[unknown] {$name}
    } (số điện thoại {$phone})
# $call: "phone" when every contact listed has a phone number ("gọi cho"), else "liên hệ".
period-closed-call = Kỳ báo cáo { MID($period) } đã khóa sổ nên trợ lý không nhận thêm số liệu. Nếu tổ cần nộp muộn hoặc điều chỉnh, {$you} vui lòng { $call ->
        [phone] gọi cho
       *[other] liên hệ
    } {$contacts} ở Văn phòng - Thống kê phường.
period-closed-call-office = Kỳ báo cáo { MID($period) } đã khóa sổ nên trợ lý không nhận thêm số liệu. Nếu tổ cần nộp muộn hoặc điều chỉnh, {$you} vui lòng liên hệ Văn phòng - Thống kê phường.
command-kybaocao = Mở, gia hạn, khóa sổ kỳ báo cáo
period-not-allowed = Chỉ công chức Văn phòng - Thống kê phường mới mở và khóa sổ được kỳ báo cáo.
period-list-title = 🗓 Các kỳ báo cáo của phường:
period-list-empty = Phường chưa có kỳ báo cáo nào. {$You} bấm "Mở kỳ báo cáo mới" để bắt đầu.
period-list-open = 🟢 {$period}: đang mở, hạn nộp {$deadline}; đã nộp {$done}/{$total} tổ.
period-list-closed = 🔒 {$period}: đã khóa sổ; đã nộp {$done}/{$total} tổ.
period-button-new = ➕ Mở kỳ báo cáo mới
period-button-extend-of = ⏳ Gia hạn: {$period}
period-button-close-of = 🔒 Khóa sổ: {$period}
period-button-reopen-of = 🔓 Mở lại: {$period}
period-type-half_year = Sơ kết 6 tháng đầu năm
period-type-full_year = Tổng kết cả năm
period-type-quarter = Báo cáo quý
period-type-thematic = Báo cáo chuyên đề
period-quarter = Quý {$quarter}
period-open-ask-kind = {$You} muốn mở kỳ báo cáo nào?
period-open-ask-year = Kỳ báo cáo của năm nào?
period-open-ask-quarter = Quý mấy?
period-open-ask-name = Tên kỳ báo cáo sẽ là "{$name}". {$You} bấm nút để giữ tên này, hoặc gõ tên khác.
period-open-type-name = {$You} gõ tên kỳ báo cáo, ví dụ: Chuyên đề phòng cháy chữa cháy năm 2026.
period-button-keep-name = Giữ tên "{$name}"
period-name-empty = Tên kỳ báo cáo không được để trống.
period-name-too-long = Tên kỳ báo cáo dài quá 120 ký tự, {$you} vui lòng gõ ngắn hơn.
period-open-ask-start = Kỳ báo cáo tính từ ngày nào? {$You} gõ ngày, ví dụ: 1/1/{$year}.
period-open-ask-end = Đến hết ngày nào? Ví dụ: 30/6/{$year}.
period-open-ask-deadline = Hạn các tổ nộp báo cáo là ngày nào? {$You} gõ ngày, ví dụ: 20/6 hoặc ngày 20 tháng 6.
period-button-keep-date = Dùng {$date}
period-button-date-yes = Đúng, {$date}
period-button-date-retype = Gõ lại ngày khác
period-date-unreadable = Trợ lý chưa đọc được ngày này. {$You} gõ ngày trước, tháng sau, ví dụ: 20/6/2026 hoặc ngày 20 tháng 6.
period-date-no-such-day = Tháng {$month} năm {$year} không có ngày {$day}. {$You} vui lòng gõ lại.
period-date-swapped = "{$text}" không phải cách viết ngày trước, tháng sau. Có phải {$you} muốn nói {$date}?
period-date-end-before-start = Ngày kết thúc ({$date}) không được trước ngày bắt đầu ({$limit}). {$You} vui lòng gõ lại.
period-date-deadline-before-start = Hạn nộp ({$date}) không được trước ngày bắt đầu của kỳ ({$limit}). {$You} vui lòng gõ lại.
period-date-past = Hạn nộp {$date} đã qua (hôm nay là {$limit}). {$You} vui lòng gõ hạn nộp từ hôm nay trở đi.
period-indicators-previous = như kỳ "{$period}"
period-indicators-catalogue = theo danh mục chỉ tiêu của phường
period-open-no-indicators = Danh mục của phường chưa có chỉ tiêu nào cho loại kỳ này nên chưa mở được kỳ báo cáo.
period-open-summary =
    {$You} kiểm tra lại trước khi mở kỳ báo cáo:

    • Tên kỳ: {$name}
    • Loại: {$kind}
    • Thời gian: từ {$start} đến {$end}
    • Hạn nộp: {$deadline}
    • {$count} chỉ tiêu, {$source}:
    {$list}

    Khi mở, trợ lý gửi thông báo tới tất cả tổ trưởng đã đăng ký (không gửi từ 21 giờ đến 7 giờ sáng).
period-button-open = ✅ Mở kỳ báo cáo
period-button-rename = ✏️ Đổi tên
period-open-cancelled = Đã hủy, chưa mở kỳ báo cáo nào.
period-open-name-taken = Phường đã có kỳ báo cáo tên "{$name}". {$You} vui lòng đặt tên khác.
period-opened = Đã mở kỳ báo cáo { MID($name) }. Trợ lý đang gửi thông báo tới các tổ trưởng; gửi xong, trợ lý sẽ báo kết quả cho {$you}.
period-opened-later = Đã mở kỳ báo cáo { MID($name) }. Để không làm phiền các tổ trưởng, trợ lý sẽ gửi thông báo từ 7 giờ sáng và báo kết quả cho {$you}.
period-already-closed = Kỳ báo cáo { MID($period) } đã khóa sổ.
period-already-open = Kỳ báo cáo { MID($period) } đang mở (hạn nộp {$deadline}).
period-extend-ask = Kỳ báo cáo { MID($period) } đang có hạn nộp {$deadline}, còn {$pending} tổ chưa nộp. {$You} gia hạn đến ngày nào? Ví dụ: 25/6.
period-extend-too-early = Hạn mới phải sau hạn hiện tại và không trước hôm nay ({$limit}). {$You} vui lòng gõ lại.
period-extend-confirm = Gia hạn kỳ báo cáo { MID($period) } đến {$deadline}? {$pending} tổ chưa nộp: trợ lý sẽ báo hạn mới cho tổ trưởng các tổ này (những người đã đăng ký dùng trợ lý) và nhắc hạn theo hạn mới.
period-button-extend = ✅ Gia hạn
period-extend-cancelled = Đã hủy, hạn nộp giữ nguyên.
period-extended = Đã gia hạn kỳ báo cáo { MID($period) } đến {$deadline}. Trợ lý đang báo cho các tổ chưa nộp; gửi xong, trợ lý sẽ báo kết quả cho {$you}.
period-extended-later = Đã gia hạn kỳ báo cáo { MID($period) } đến {$deadline}. Trợ lý sẽ báo cho các tổ chưa nộp từ 7 giờ sáng.
period-close-ask-missing =
    Kỳ báo cáo { MID($period) }: đã nộp {$done}/{$total} tổ. Còn {$count} tổ chưa nộp: {$groups}.

    Sau khi khóa sổ, các tổ không sửa và nộp thêm được nữa. {$You} có chắc muốn khóa sổ?
period-close-ask-all = Kỳ báo cáo { MID($period) }: cả {$total} tổ đã nộp. Sau khi khóa sổ, các tổ không sửa được nữa. {$You} có chắc muốn khóa sổ?
period-button-close = 🔒 Khóa sổ
# Here something really is cancelled (nothing opens, nothing closes), unlike the pause button.
period-button-cancel = Hủy
period-closed = Đã khóa sổ kỳ báo cáo { MID($period) }. Để lập báo cáo tổng hợp, {$you} bấm "{ menu-reports }".
zalo--period-closed = Đã khóa sổ kỳ báo cáo { MID($period) }. {$You} lập báo cáo tổng hợp bằng lệnh /baocao.
period-nothing-changed = Đã hủy, không có gì thay đổi.
period-reopen-admin-only = Chỉ quản trị viên của phường mới mở lại được kỳ báo cáo đã khóa sổ.
period-reopened = Đã mở lại kỳ báo cáo { MID($period) } (hạn nộp {$deadline}). Các tổ lại sửa và nộp được báo cáo.

## Zalo channel (src/channels): choices typed instead of pressed, files, words that differ
# One of two or three short options, read in a line: "Gõ 1: cá nhân; gõ 2: tập thể; gõ 3: quay lại." (a colon fits nouns and actions alike; "gõ 1 nếu cá nhân" did not).
zalo-choices-pair = gõ {$number}: {$label}
# How a message already asks for a word ("… gõ "tạm dừng" …"): then the word is not listed again.
zalo-choices-type-word = gõ {$word}
zalo-choices-numbered = {$You} gõ số để chọn:
zalo-choices-numbered-line = {$number}. {$label}
zalo-choices-range = Gõ số thứ tự, từ {$first} đến {$last}.
zalo-choices-word-one = Hoặc gõ "{$word}".
zalo-choices-word-one-label = Hoặc gõ "{$word}" ({$label}).
# The only line below the message (no numbers before it): not "Hoặc".
zalo-choices-word-also = {$You} có thể gõ "{$word}".
zalo-choices-word-also-label = {$You} có thể gõ "{$word}" ({$label}).
zalo-choices-words = {$You} gõ một trong các chữ sau:
zalo-choices-word-line = • "{$word}"
zalo-choices-word-line-label = • "{$word}" ({$label})

zalo-choices-words-compact = {$You} gõ một trong các chữ sau: {$words}.
# A number typed that is not in the numbered list (9 for 3 periods); the list follows again.
zalo-choices-outside = Danh sách chỉ có {$count} mục. {$You} vui lòng gõ một số từ 1 đến {$count}, hoặc gõ tên mục cần chọn.
zalo-file-no-link = Tệp "{$name}" chưa gửi được qua Zalo. {$You} vui lòng nhận tệp qua Telegram hoặc trên máy tính của Văn phòng - Thống kê phường.
zalo-photo-no-link = (Ảnh chưa gửi được qua Zalo.)
# Zalo variants (zalo--<key>): the same message where Telegram's says "bấm nút"; Zalo has no buttons.
zalo--registered =
    Cảm ơn {$you} {$name}. {$You} đã đăng ký thành công với vai trò {$role}.

    Từ nay, mỗi khi cần làm việc với trợ lý, {$you} gõ số của việc cần làm trong danh sách dưới đây.
zalo--already-registered = {$You} đã đăng ký rồi ({$name}, {$role}). {$You} gõ số của việc cần làm trong danh sách dưới đây.
zalo--report-start =
    Báo cáo kết quả thi đua kỳ { MID($period) } của {$group}. Hạn nộp: {$deadline}.

    Trợ lý sẽ hỏi lần lượt {$count} câu. Mỗi câu trả lời được lưu ngay; {$you} có thể gõ "tạm dừng" để dừng và làm tiếp lúc khác. Muốn sửa câu vừa trả lời, {$you} gõ "quay lại".
zalo--report-question-yes-no = {$You} trả lời "có" hoặc "không".
zalo--report-text-only =
    Xin lỗi, trợ lý chỉ đọc được tin nhắn chữ{ $kind ->
        [voice] , không nghe được tin nhắn thoại
        [sticker] , không đọc được nhãn dán
        [picture] , không xem được hình ảnh
        [file] , không mở được tệp gửi kèm
       *[other] {""}
    }. {$You} vui lòng gõ câu trả lời. Muốn nói thay cho gõ, {$you} chạm vào hình micrô trên bộ gõ chữ của điện thoại (không phải biểu tượng ghi âm của Zalo) rồi đọc: điện thoại chuyển lời nói thành chữ để gửi.
zalo--report-press-button = {$You} vui lòng gõ một trong các lựa chọn dưới đây.
zalo--report-summary-ask = {$You} xem lại các số liệu trên. Cần sửa mục nào, {$you} gõ số của mục đó, ví dụ: 5.
zalo--report-summary-submitted = Báo cáo đã gửi lúc {$time}. Trong khi chờ phường duyệt, {$you} vẫn sửa được số liệu: gõ số của mục cần sửa, ví dụ: 5.
zalo--report-summary-type-hint = Trợ lý chưa hiểu ý {$you}. Cần sửa mục nào, {$you} gõ số của mục đó (từ 1 đến {$count}).
zalo--report-summary-no-such-item = Báo cáo chỉ có {$count} mục, không có mục {$number}. Cần sửa mục nào, {$you} gõ số của mục đó (từ 1 đến {$count}).
zalo--report-edit-pick = {$You} muốn sửa mục nào? Số của mục là số ở đầu mỗi dòng trong tin nhắn trên.
zalo--report-later = Đã lưu báo cáo đang làm dở. Khi nào tiện, {$you} gõ "báo cáo" để làm tiếp.
zalo--parse-error-not-yes-no = Xin {$you} trả lời "có" hoặc "không".
zalo--pledge-ask-sign = Nếu các nội dung trên đúng, {$you} chọn "Tôi xin cam kết" để ký cam kết thi đua.
zalo--pledge-later = Bản đăng ký chưa được ký. Khi nào tiện, {$you} gõ "đăng ký" để làm lại và ký cam kết.
zalo--unknown-input = Trợ lý chưa hiểu ý {$you}. {$You} vui lòng gõ số của một việc trong danh sách dưới đây.
zalo--unsupported-message =
    Xin lỗi, trợ lý chỉ đọc được tin nhắn chữ{ $kind ->
        [voice] , không nghe được tin nhắn thoại
        [sticker] , không đọc được nhãn dán
        [picture] , không xem được hình ảnh
        [file] , không mở được tệp gửi kèm
       *[other] {""}
    }. {$You} vui lòng gõ câu trả lời bằng chữ. Muốn nói thay cho gõ, {$you} chạm vào hình micrô trên bộ gõ chữ của điện thoại (không phải biểu tượng ghi âm của Zalo) rồi đọc: điện thoại chuyển lời nói thành chữ để gửi.
zalo--progress-leader-refused = Xin lỗi {$you}, chức năng này dành cho cán bộ phường. Để báo cáo kết quả của tổ, {$you} gõ "báo cáo".
zalo--review-leader-returned =
    Báo cáo kỳ { MID($period) } của {$group} được Văn phòng - Thống kê phường trả lại để bổ sung.

    Ý kiến: {$comment}

    Các mục cần bổ sung:
    {$items}

    {$You} gõ "báo cáo" để sửa các mục trên rồi gửi lại báo cáo.
zalo--group-chat-hint = Để giữ kín thông tin, {$you} vui lòng nhắn tin riêng cho trợ lý.
zalo--review-ask-comment-again = {$You} vui lòng gõ ý kiến gửi tổ trưởng, hoặc gõ "{ review-pick-cancel }".
zalo--invite-create-pick-role = {$You} muốn mời ai tham gia? {$You} chọn vai trò:
zalo--invite-create-press-button = {$You} vui lòng gõ một lựa chọn ở tin nhắn trên, hoặc gõ "{ invite-button-cancel }".
zalo--invite-create-pick-group = Tổ trưởng của tổ nào? {$You} chọn tổ:
zalo--invite-create-ask-name = {$You} gõ họ và tên của {$role} được mời (để người đó chỉ cần xác nhận khi đăng ký), hoặc chọn "Bỏ qua".
zalo--invite-create-ask-name-listed = {$You} chọn tên {$role} có trong danh sách của phường, hoặc gõ họ và tên người khác, hoặc chọn "Bỏ qua".
zalo--invite-create-ask-name-again = {$You} vui lòng gõ họ và tên người được mời, hoặc chọn "Bỏ qua".
zalo--invite-create-name-invalid = Họ và tên này chưa đúng (quá ngắn, quá dài hoặc có chữ số). {$You} vui lòng gõ lại, hoặc chọn "Bỏ qua".
zalo--invite-create-expired = Lời mời chưa được tạo: việc tạo lời mời đã dừng giữa chừng. {$You} gõ "mời thành viên" để tạo lời mời mới.
zalo--reports-busy = Hệ thống đang lập báo cáo {$you} vừa chọn; các tệp sẽ được gửi ngay khi lập xong, {$you} không cần gõ lại.
zalo--figures-start = Nhập số liệu cấp phường cho kỳ { MID($period) }: {$count} mục. Với mục đã có số liệu, {$you} gõ "giữ nguyên" nếu không cần sửa. Những gì {$you} nhập ở đây được điền nguyên văn vào báo cáo.
zalo--period-list-empty = Phường chưa có kỳ báo cáo nào. {$You} chọn "Mở kỳ báo cáo mới" để bắt đầu.
zalo--period-open-ask-name = Tên kỳ báo cáo sẽ là "{$name}". {$You} chọn giữ tên này, hoặc gõ tên khác.
zalo--invite-confirm-already = {$name} đã được xác nhận trước đó, {$you} không cần gõ lại.
zalo--invite-refuse-already = Yêu cầu của {$name} đã được từ chối trước đó, {$you} không cần gõ lại.
zalo--review-already-approved = Báo cáo kỳ { MID($period) } của {$group} đã được duyệt rồi, {$you} không cần gõ lại.
zalo--on-behalf-pick-group = {$You} nhập báo cáo { MID($period) } thay tổ trưởng của tổ nào? {$You} chọn tổ:
zalo--on-behalf-leader-notice = Công chức Văn phòng - Thống kê {$officer} đang nhập báo cáo kỳ { MID($period) } của {$group} thay {$you}, theo số liệu tổ đã báo. {$You} xem lại được bằng cách gõ "xem báo cáo".
zalo--period-open-choose-indicators = {$You} gõ số của từng chỉ tiêu để bỏ hoặc thêm (✅ là có hỏi trong kỳ này), xong thì chọn "Xong". Việc chọn ở đây chỉ áp dụng cho kỳ này, danh mục của phường giữ nguyên.

## Catalogue workbook (/danhmuc) and groups list sent as a file (src/bot/features/catalogue)
command-danhmuc = Danh mục phong trào, chỉ tiêu (tệp Excel để sửa và gửi lại)
catalogue-not-allowed = Xin lỗi {$you}, chỉ công chức Văn phòng - Thống kê mới sửa được danh mục và danh sách tổ.
catalogue-export-caption =
    Danh mục phong trào, chỉ tiêu, nội dung đăng ký thi đua và các hình thức khen thưởng của {$ward}.

    {$You} mở tệp bằng Excel, sửa ở các trang "Phong trào", "Chỉ tiêu", "Đăng ký thi đua", "Hình thức khen thưởng", "Mức lương cơ sở", "Cài đặt khen thưởng" (trang "Hướng dẫn" có cách sửa), lưu lại rồi gửi lại tệp cho trợ lý dưới dạng tệp (📎 → Tệp).
catalogue-file-checking = Đã nhận tệp {$file}. Trợ lý đang kiểm tra, {$you} chờ một chút…
catalogue-file-not-xlsx = Trợ lý chỉ đọc được tệp Excel (.xlsx). {$You} vui lòng lưu tệp dạng "Excel Workbook (.xlsx)" rồi gửi lại.
catalogue-file-too-big = Tệp lớn quá {$limit} MB nên trợ lý chưa đọc. {$You} vui lòng xóa bớt các trang, hình ảnh không cần thiết rồi gửi lại.
catalogue-file-unreadable = Trợ lý không mở được tệp này như một tệp Excel. {$You} vui lòng mở lại bằng Excel, lưu dạng .xlsx rồi gửi lại.
catalogue-file-download-failed = Trợ lý chưa tải được tệp từ Telegram. {$You} vui lòng gửi lại tệp sau ít phút.
catalogue-import-problems =
    Danh mục chưa được lưu: trợ lý thấy {$count} chỗ cần sửa. Chưa có gì thay đổi.

    {$problems}

    {$You} sửa các chỗ trên trong tệp rồi gửi lại cả tệp.
catalogue-import-unchanged = Tệp giống hệt danh mục đang dùng, không có gì thay đổi.
catalogue-import-done =
    Đã lưu danh mục mới của {$ward}.
    {$lines}
catalogue-line-added = • Chỉ tiêu mới: {$names}
catalogue-line-reworded = • Sửa câu chữ: {$names}
catalogue-line-meaning = • Đổi loại hoặc điều kiện (kỳ đã có tổ trả lời giữ như cũ, áp dụng từ kỳ sau): {$names}
catalogue-line-moved = • Đổi thứ tự, phong trào hoặc loại kỳ hỏi: {$names}
catalogue-line-retired = • Thôi dùng: {$names}
catalogue-line-movements = • Phong trào: thêm {$added}, sửa {$changed}, thôi dùng {$retired}
catalogue-line-pledges = • Nội dung đăng ký thi đua: thêm {$added}, sửa {$changed}, thôi dùng {$retired}
catalogue-line-award-forms = • Hình thức khen thưởng: thêm {$added}, sửa {$changed}, thôi dùng {$retired}
catalogue-line-award-rates = • Hệ số thưởng: thêm {$added}, sửa {$changed}, xóa {$removed}
catalogue-line-base-salaries = • Mức lương cơ sở (chung cho mọi phường): thêm {$added}, sửa {$changed}, xóa {$removed}
catalogue-line-award-settings = • Cài đặt khen thưởng đã sửa: {$names}
catalogue-setting-rounding = cách làm tròn
catalogue-setting-legal-basis = căn cứ chung của quyết định
catalogue-setting-decision-symbol = ký hiệu quyết định
catalogue-setting-posting-days = số ngày niêm yết
catalogue-setting-vote-pass-rule = cách tính biểu quyết
catalogue-setting-vote-pass-percent = tỷ lệ đồng ý để thông qua
groups-import-problems =
    Danh sách tổ chưa được nhập: trợ lý thấy {$count} dòng cần sửa. Chưa có gì thay đổi.

    {$problems}

    {$You} sửa các dòng trên trong tệp rồi gửi lại cả tệp.
groups-import-problem-line = • Dòng {$row}: {$reason}.
groups-import-exists = tổ “{$name}” đã có trong danh sách của phường
groups-import-done =
    Đã nhập {$groups} tổ dân phố, {$leaders} tổ trưởng (mỗi tổ trưởng một lời mời, hạn {$days} ngày).
    {$You} gõ /phieumoi để nhận phiếu mời in sẵn mã QR cho các tổ trưởng.
groups-import-without-leader = Các dòng chưa có tên tổ trưởng (đã tạo tổ, chưa có lời mời): {$rows}.

## Problems of the catalogue workbook (src/domain/catalogue-book/problems.ts, written by src/i18n/book-problems.ts; /danhmuc and the CLI's catalogue import)
# Where a problem is: "Trang “Chỉ tiêu”, dòng 9, cột I (Điều kiện): …"; the parts known are joined by book-problem-where-separator.
book-problem-in-sheet = Trang “{$sheet}”
book-problem-on-row = dòng {$row}
book-problem-in-column = cột {$letter} ({$header})
book-problem-where-separator = {", "}
book-problem-at = {$where}: {$problem}
book-problem-item = - {$problem}
# Any sheet.
book-sheet-missing = Tệp không có trang “{$sheetName}”. Hãy xuất lại tệp mẫu từ bot và sửa trên tệp đó.
book-sheet-too-many-rows = có quá nhiều dòng (tối đa {$max} dòng dữ liệu).
book-header-missing-column = thiếu cột “{$header}” ở dòng tiêu đề (dòng 1). Hãy xuất lại tệp mẫu từ bot và sửa trên tệp đó.
book-cell-empty = ô này không được để trống.
book-text-too-long = dài quá {$max} ký tự (hiện có {$length}).
book-yes-no-unreadable = “{$written}” không hiểu được: ghi “Có” hoặc “Không”.
book-order-not-whole = thứ tự “{$written}” phải là số nguyên từ 0 đến 100.000.
book-code-invalid = mã “{$written}” chỉ được gồm chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ (tối đa 40 ký tự).
book-code-taken = mã “{$written}” trùng với dòng {$row}.
# Pledge items and indicators.
book-pledge-type-unknown = loại “{$written}” không có; chọn “{$first}” hoặc “{$second}”.
book-indicator-type-unknown = loại “{$written}” không có; chọn {$choices}.
book-movement-unknown = không có phong trào “{$written}” ở trang “{$sheetName}”.
book-rule-unreadable = điều kiện “{$rule}” không hiểu được; viết “≥ 0”, “≤ 100” hoặc “≤ mã chỉ tiêu”.
book-rule-operand-unreadable = điều kiện “{$rule}” không hiểu được; sau “≥” là một số, sau “≤” là một số hoặc mã một chỉ tiêu.
book-rule-type = chỉ chỉ tiêu loại Số lượng hoặc Số tiền mới có điều kiện.
book-rule-self = chỉ tiêu không thể so với chính nó.
book-rule-unknown-indicator = không có chỉ tiêu mã “{$code}” để so sánh.
book-rule-not-numeric = chỉ tiêu “{$code}” không phải loại số nên không so sánh được.
book-rule-loop = các điều kiện “≤” tạo thành vòng tròn (chỉ tiêu này phải nhỏ hơn chính nó).
book-ratio-unreadable = “{$written}” không hiểu được; để trống, ghi “{$groupsWord}”, mã một chỉ tiêu, hoặc “{$pledgedPrefix} mã nội dung đăng ký”.
book-ratio-groups-type = “{$groupsWord}” chỉ dùng cho chỉ tiêu loại Có/Không.
book-ratio-pledged-type = tỷ lệ trên số tổ đăng ký chỉ dùng cho chỉ tiêu loại Có/Không.
book-ratio-pledge-unknown = không có nội dung đăng ký mã “{$code}” ở trang “{$sheetName}”.
book-ratio-indicator-unknown = không có chỉ tiêu loại số mã “{$code}”.
book-ratio-indicator-type = tỷ lệ trên một chỉ tiêu khác chỉ dùng cho chỉ tiêu loại số.
book-no-period-kind = chỉ tiêu phải được hỏi trong ít nhất một loại kỳ: ghi “Có” ở cột Sơ kết, Tổng kết hoặc Kỳ khác (muốn thôi dùng thì xóa dòng).
book-offer-previous-type = chỉ gợi ý số kỳ trước cho chỉ tiêu loại Số lượng hoặc Số tiền.
book-no-indicators = chưa có chỉ tiêu nào (dữ liệu bắt đầu từ dòng 3).
# The award sheets.
book-basis-too-many-lines = nhiều quá {$max} dòng căn cứ.
book-basis-line-too-long = một dòng căn cứ dài quá {$max} ký tự (“{$start}…”).
book-day-empty = ô này không được để trống (ghi ngày, ví dụ 01/07/2026).
book-day-swapped = ngày “{$written}” ghi tháng trước ngày; hãy ghi ngày trước, ví dụ {$example}.
book-day-no-such = không có ngày {$date}.
book-day-unreadable = “{$written}” không phải một ngày; ghi đủ ngày, tháng, năm, ví dụ 01/07/2026.
book-salary-not-whole = mức lương “{$written}” phải là số nguyên từ {$min} đến {$max}.
book-setting-not-whole = giá trị “{$written}” phải là số nguyên từ {$min} đến {$max}.
book-coefficient-empty = ô này không được để trống (ghi 0 nếu không kèm tiền thưởng).
book-coefficient-range = hệ số “{$written}” phải là một số từ 0 đến 100, ví dụ 0,3.
book-coefficient-decimals = hệ số “{$written}” chỉ được có tối đa ba chữ số sau dấu phẩy, ví dụ 0,45.
book-form-row-unnamed = ghi mã hoặc tên hình thức để biết dòng này thuộc hình thức nào.
book-form-cell-differs = khác với dòng {$row} của cùng hình thức (mã {$code}); ghi giống nhau hoặc để trống ở một trong hai dòng.
book-form-no-name = hình thức mã {$code} chưa có tên: ghi tên ở một dòng của hình thức.
book-form-no-kind = hình thức mã {$code} chưa có loại: ghi “{$certificateWord}” hoặc “{$titleWord}”.
book-form-kind-unknown = loại “{$written}” không có; chọn “{$certificateWord}” hoặc “{$titleWord}”.
book-form-title-missing = hình thức mã {$code} là danh hiệu: ghi tên danh hiệu, ví dụ Gia đình văn hóa.
book-recipient-unknown = đối tượng “{$written}” không có; chọn {$choices}.
book-valid-to-before-from = ngày cuối {$validTo} trước ngày bắt đầu {$validFrom}.
book-rate-duplicate = trùng với dòng {$row}: cùng hình thức, đối tượng và ngày bắt đầu. Hệ số mới phải có ngày bắt đầu khác.
book-no-award-forms = chưa có hình thức khen thưởng nào (dữ liệu bắt đầu từ dòng 3).
book-salary-duplicate = trùng ngày bắt đầu với dòng {$row}.
book-no-base-salaries = chưa có mức lương cơ sở nào (dữ liệu bắt đầu từ dòng 3).
book-setting-unknown = không có cài đặt “{$written}”; giữ nguyên tên ở cột “Cài đặt” như tệp mẫu.
book-setting-twice = cài đặt “{$setting}” đã có ở dòng {$row}.
book-setting-missing = thiếu dòng cài đặt “{$setting}”. Hãy xuất lại tệp mẫu từ bot và sửa trên tệp đó.
book-setting-choice-unknown = “{$written}” không có; chọn {$choices}.
book-decision-symbol-invalid = ký hiệu “{$written}” không có dấu cách hay dấu “/”, ví dụ QĐ-UBND.
# Against what is stored: answered indicators, the ward's báo cáo template, signed and draft decisions ($decision: "Quyết định số 12/QĐ-UBND ngày 10/12/2025").
book-decision-own = Quyết định số {$number}/{$symbol} ngày {$date}
book-decision-other-ward = một quyết định của phường khác ngày {$date}
book-decision-draft = quyết định ngày {$date}
book-indicator-answered = không xóa được chỉ tiêu “{$label}” (mã {$code}) vì đã có {$answers} câu trả lời được lưu; số liệu cũ phải giữ nguyên. Muốn thôi hỏi từ kỳ sau, hãy giữ dòng này và ghi “Không” ở các cột Sơ kết, Tổng kết, Kỳ khác.
book-template-uses-indicator = Mẫu báo cáo, dòng {$line}: còn dùng {$placeholder} nhưng danh mục mới không có chỉ tiêu mã “{$code}”. Hãy sửa mẫu báo cáo trước, hoặc giữ chỉ tiêu này.
book-rate-signed-edit = không sửa được hệ số {$coefficient} ({$recipient}, mã {$code}, từ ngày {$validFrom}) vì {$decision} đã ký, tính tiền thưởng theo hệ số này. Hãy giữ dòng này và thêm một dòng hệ số mới từ sau ngày {$day}.
book-rate-signed-start = hệ số {$coefficient} từ ngày {$validFrom} ({$recipient}, mã {$code}) áp dụng cả cho ngày {$day}, nhưng {$decision} đã ký, tính tiền thưởng ngày đó theo hệ số {$signedCoefficient}. Hệ số mới phải bắt đầu từ sau ngày {$day}.
book-rate-signed-start-other = hệ số {$coefficient} từ ngày {$validFrom} ({$recipient}, mã {$code}) áp dụng cả cho ngày {$day}, nhưng {$decision} đã ký, tính tiền thưởng ngày đó theo một hệ số khác. Hệ số mới phải bắt đầu từ sau ngày {$day}.
book-rate-signed-delete = không xóa được dòng hệ số {$coefficient} ({$recipient}, mã {$code}, từ ngày {$validFrom}), cũng không rút ngắn được ngày áp dụng của nó về trước ngày {$day}, vì {$decision} đã ký, tính tiền thưởng theo hệ số này. Hãy giữ nguyên dòng đó.
book-salary-signed-edit = không sửa được mức {$amount} đồng từ ngày {$validFrom} vì {$decision} đã ký, tính tiền thưởng theo mức này. Mức mới: thêm một dòng mới từ sau ngày {$day}.
book-salary-signed-start = mức {$amount} đồng từ ngày {$validFrom} áp dụng cả cho ngày {$day}, nhưng {$decision} đã ký, tính tiền thưởng ngày đó theo mức {$signedAmount} đồng. Mức mới phải bắt đầu từ sau ngày {$day}.
book-salary-signed-start-other = mức {$amount} đồng từ ngày {$validFrom} áp dụng cả cho ngày {$day}, nhưng {$decision} đã ký, tính tiền thưởng ngày đó theo một mức khác. Mức mới phải bắt đầu từ sau ngày {$day}.
book-salary-signed-delete = không xóa được mức {$amount} đồng từ ngày {$validFrom} vì {$decision} đã ký, tính tiền thưởng theo mức này. Hãy giữ nguyên dòng đó.
book-draft-rate-missing = hình thức mã {$code} không còn hệ số cho {$recipient} vào ngày {$day}, nhưng dự thảo {$decision} có dòng như vậy. Hãy giữ hoặc thêm dòng hệ số cho ngày đó, hoặc sửa dự thảo trước.
# The CLI's catalogue import, before the problems.
cli-catalogue-refused = Danh mục chưa dùng được, chưa lưu gì (nothing was stored):

## The báo cáo template as a text file (/maubaocao; src/bot/features/template)
command-maubaocao = Mẫu lời văn báo cáo sơ kết (tệp chữ để sửa và gửi lại)
template-not-allowed = Xin lỗi {$you}, chỉ công chức Văn phòng - Thống kê mới sửa được mẫu báo cáo.
template-export-caption =
    Mẫu lời văn báo cáo sơ kết {$ward} đang dùng.

    {$You} mở tệp bằng Notepad (hoặc Word, khi lưu chọn "Plain Text", bảng mã UTF-8), sửa lời văn, giữ nguyên các tên số liệu trong ngoặc nhọn (đầu tệp có hướng dẫn), lưu lại rồi gửi lại tệp cho trợ lý dưới dạng tệp (📎 → Tệp). Chỉ tiêu nào mẫu chưa viết tới sẽ tự in ở mục "Số liệu các chỉ tiêu khác". Muốn quay về mẫu mặc định, {$you} gõ /maubaocao macdinh.
template-export-caption-default =
    {$ward} chưa có mẫu riêng: đây là mẫu lời văn báo cáo sơ kết mặc định.

    {$You} mở tệp bằng Notepad (hoặc Word, khi lưu chọn "Plain Text", bảng mã UTF-8), sửa lời văn, giữ nguyên các tên số liệu trong ngoặc nhọn (đầu tệp có hướng dẫn), lưu lại rồi gửi lại tệp cho trợ lý dưới dạng tệp (📎 → Tệp). Chỉ tiêu nào mẫu chưa viết tới sẽ tự in ở mục "Số liệu các chỉ tiêu khác".
template-export-caption-reset =
    Mẫu lời văn báo cáo sơ kết mặc định. {$ward} vẫn dùng mẫu hiện tại cho đến khi {$you} gửi lại tệp này cho trợ lý (📎 → Tệp); gửi lại nguyên văn là quay về mẫu mặc định.
template-file-too-big = Tệp lớn quá nên trợ lý chưa đọc: mẫu báo cáo dài nhất {$max} ký tự. {$You} vui lòng kiểm tra lại đúng tệp mẫu báo cáo rồi gửi lại.
template-file-not-text = Trợ lý không đọc được tệp này như một tệp chữ. {$You} vui lòng mở tệp bằng Notepad, chọn "Lưu thành" (Save As) với bảng mã UTF-8 rồi gửi lại.
template-import-problems =
    Mẫu báo cáo chưa dùng được, chưa lưu gì: trợ lý thấy {$count} chỗ cần sửa.

    {$problems}

    {$You} sửa các chỗ trên trong tệp rồi gửi lại cả tệp.
template-import-unchanged = Tệp giống hệt mẫu báo cáo đang dùng, không có gì thay đổi.
template-import-done = Đã lưu mẫu báo cáo mới của {$ward}. Từ lần gõ /baocao tiếp theo, báo cáo sơ kết theo mẫu này.
zalo--template-export-caption =
    Mẫu lời văn báo cáo sơ kết {$ward} đang dùng.

    Trên Zalo, trợ lý chưa nhận được tệp gửi lên. Muốn sửa mẫu, {$you} tải tệp về máy tính, sửa bằng Notepad (bảng mã UTF-8) rồi gửi lại tệp cho trợ lý qua Telegram, hoặc nhờ bộ phận công nghệ thông tin nhập giúp.
zalo--template-export-caption-default =
    {$ward} chưa có mẫu riêng: đây là mẫu lời văn báo cáo sơ kết mặc định.

    Trên Zalo, trợ lý chưa nhận được tệp gửi lên. Muốn sửa mẫu, {$you} tải tệp về máy tính, sửa bằng Notepad (bảng mã UTF-8) rồi gửi lại tệp cho trợ lý qua Telegram, hoặc nhờ bộ phận công nghệ thông tin nhập giúp.
zalo--template-export-caption-reset =
    Mẫu lời văn báo cáo sơ kết mặc định. {$ward} vẫn dùng mẫu hiện tại cho đến khi tệp này được gửi lại cho trợ lý qua Telegram; gửi lại nguyên văn là quay về mẫu mặc định.

## Officer-level invites confirmed by the inviter; one person in two wards (issue 10; src/db/repos/invite-claims.ts)
invite-claim-sent = Lời mời làm {$role} của {$ward} cần người mời ({$inviter}) xác nhận trước khi có hiệu lực. Trợ lý đã gửi yêu cầu xác nhận; khi được xác nhận, trợ lý sẽ báo {$you} ngay.
invite-claim-pending = {$You} đã mở lời mời này rồi; yêu cầu xác nhận đang chờ người mời ({$inviter}). Khi được xác nhận, trợ lý sẽ báo {$you} ngay.
invite-claim-refused = Người mời không xác nhận việc {$you} dùng lời mời làm {$role} của {$ward}, nên {$you} chưa được đăng ký. Nếu có nhầm lẫn, {$you} vui lòng liên hệ trực tiếp người đã gửi lời mời.
invite-confirm-unavailable = Lời mời làm {$role} của {$ward} cần người mời xác nhận, nhưng hiện trợ lý không liên lạc được với người mời. {$You} vui lòng liên hệ công chức Văn phòng - Thống kê phường để được cấp lời mời mới.
invite-confirm-request =
    Có người vừa mở lời mời làm {$role} của {$ward} do {$you} tạo:
    • Họ tên tự khai: {$name}
    • Tài khoản: {$account}

    Lời mời chỉ có hiệu lực khi {$you} xác nhận. Nếu đúng là người {$you} mời, {$you} bấm "{ button-invite-confirm }"; nếu không phải, {$you} bấm "{ button-invite-refuse }".
zalo--invite-confirm-request =
    Có người vừa mở lời mời làm {$role} của {$ward} do {$you} tạo:
    • Họ tên tự khai: {$name}
    • Tài khoản: {$account}

    Lời mời chỉ có hiệu lực khi {$you} xác nhận. Nếu đúng là người {$you} mời, {$you} chọn "{ button-invite-confirm }"; nếu không phải, {$you} chọn "{ button-invite-refuse }".
invite-claim-account = {$name}{$username}, mã số {$id}
button-invite-confirm = ✅ Xác nhận
button-invite-refuse = ❌ Không phải người tôi mời
invite-confirm-done = Đã xác nhận: {$name} nay là {$role} của {$ward}. Trợ lý đã báo cho người này.
invite-refuse-done = Đã từ chối: {$name} không được đăng ký bằng lời mời này. Lời mời vẫn dùng được cho đúng người {$you} mời; nếu nghi lời mời đã lộ, {$you} tạo lời mời mới bằng "{ menu-invite }".
zalo--invite-refuse-done = Đã từ chối: {$name} không được đăng ký bằng lời mời này. Lời mời vẫn dùng được cho đúng người {$you} mời; nếu nghi lời mời đã lộ, {$you} tạo lời mời mới bằng cách chọn "{ menu-invite }".
invite-confirm-already = {$name} đã được xác nhận trước đó, {$you} không cần bấm lại.
invite-refuse-already = Yêu cầu của {$name} đã được từ chối trước đó, {$you} không cần bấm lại.
invite-confirm-gone = Lời mời này đã được dùng hoặc đã hết hạn, nên không còn gì để xác nhận.
invite-confirm-not-yours = Chỉ người đã tạo lời mời mới xác nhận được.

ward-choice-ask = {$You} đang có vai trò ở {$count} phường; hiện trợ lý làm việc với {$you} với vai trò {$role} của {$ward}. {$You} muốn làm việc với vai trò nào?
zalo--ward-choice-ask = {$You} đang có vai trò ở {$count} phường; hiện trợ lý làm việc với {$you} với vai trò {$role} của {$ward}. {$You} gõ số của vai trò muốn làm việc.
ward-choice-button = {$role} - {$ward}
ward-choice-done = Từ nay trợ lý làm việc với {$you} với vai trò {$role} của {$ward}. Muốn đổi lại, {$you} gõ /phuong.
ward-choice-only-one = {$You} chỉ có một vai trò trong hệ thống: {$role} của {$ward}.
ward-choice-gone = Vai trò vừa chọn không còn hoạt động. {$You} gõ /phuong để xem các vai trò hiện có.

## A press whose effect is already stored (issue 10: a repeated press, or one redelivered after a crash)
# Also what a leader reads when a crash fell between the submission and its reply: it starts as the reply would.
report-already-submitted = ✅ Đã gửi báo cáo kỳ { MID($period) } của {$group} lúc {$time}; trợ lý đã nhận, {$you} không cần gửi lại. Trong khi chờ phường duyệt, {$you} vẫn sửa được số liệu.
report-already-approved = Báo cáo kỳ { MID($period) } của {$group} đã được phường duyệt, {$you} không cần gửi lại.
report-stale-submit = Nút vừa bấm thuộc một tin nhắn cũ nên báo cáo kỳ { MID($period) } của {$group} chưa được gửi. {$You} bấm "{ menu-report }" để xem lại và gửi.
zalo--report-stale-submit = Lựa chọn vừa gửi thuộc một tin nhắn cũ nên báo cáo kỳ { MID($period) } của {$group} chưa được gửi. {$You} gõ "báo cáo" để xem lại và gửi.
review-already-approved = Báo cáo kỳ { MID($period) } của {$group} đã được duyệt rồi, {$you} không cần bấm lại.
review-already-returned = Báo cáo kỳ { MID($period) } của {$group} đã được trả lại để tổ bổ sung rồi, {$you} không cần trả lại lần nữa.

## Excel files bounded before reading (issue 10; src/reports/xlsx-bounds.ts)
xlsx-refused-too-large = Tệp nặng {$size} MB, quá giới hạn {$max} MB nên trợ lý không đọc. {$You} vui lòng xóa bớt các trang, hình ảnh không cần thiết rồi gửi lại.
xlsx-refused-too-many-parts = Tệp gồm {$entries} phần bên trong, nhiều hơn hẳn một tệp Excel bình thường (tối đa {$max} phần), nên trợ lý không đọc tệp này. {$You} vui lòng mở tệp bằng Excel, lưu lại dạng .xlsx rồi gửi lại.
xlsx-refused-inflates = Khi giải nén, tệp này sẽ lớn hơn {$max} MB, không giống một tệp danh mục hay danh sách tổ, nên trợ lý không đọc tệp này. Chưa có gì thay đổi. {$You} vui lòng kiểm tra lại tệp, lưu lại bằng Excel rồi gửi lại.
xlsx-refused-lies = Tệp ghi sai kích thước các phần bên trong (tệp bị hỏng hoặc đã bị sửa bằng công cụ khác), nên trợ lý không đọc tệp này. Chưa có gì thay đổi. {$You} vui lòng mở tệp bằng Excel, lưu lại dạng .xlsx rồi gửi lại.

## Groups and people (/thanhvien, /phieumoi; src/bot/features/groups)
command-thanhvien = Danh sách tổ, tổ trưởng: ai đã đăng ký, ai chưa
command-phieumoi = Phiếu mời in sẵn mã QR cho tổ trưởng chưa đăng ký (PDF)
members-title = Thành viên của {$ward}: {$registered} đã đăng ký, {$pending} chưa đăng ký, {$blocked} đã chặn tin của trợ lý.
members-section-registered = Đã đăng ký:
members-section-pending = Chưa đăng ký (đã có lời mời):
members-section-blocked = Đã chặn tin của trợ lý (không nhận được tin nhắn):
members-line = • {$name} - {$role}
members-none = (không có)
invite-sheet-making = Trợ lý đang làm phiếu mời, {$you} chờ một chút…
invite-sheet-caption = Phiếu mời của {$ward}: {$pending} tổ trưởng chưa đăng ký ({$registered} đã đăng ký, {$noLeader} tổ chưa có tổ trưởng). {$You} in ra, mỗi tổ trưởng quét mã QR của mình để đăng ký.
invite-sheet-nothing = Tất cả tổ trưởng đã đăng ký, không cần phiếu mời nào.
command-nhapthay = Nhập báo cáo của một tổ thay tổ trưởng (theo số liệu báo qua điện thoại, giấy)
on-behalf-pick-group = {$You} nhập báo cáo { MID($period) } thay tổ trưởng của tổ nào? Bấm chọn tổ:
on-behalf-no-period = Hiện chưa có kỳ báo cáo nào đang mở nên chưa nhập thay được.
on-behalf-no-groups = Phường chưa có tổ dân phố nào.
on-behalf-start = {$You} đang nhập báo cáo của {$group} thay tổ trưởng. Mỗi số liệu được ghi là do {$you} nhập thay; tổ trưởng đã đăng ký sẽ được báo.
on-behalf-leader-notice = Công chức Văn phòng - Thống kê {$officer} đang nhập báo cáo kỳ { MID($period) } của {$group} thay {$you}, theo số liệu tổ đã báo. {$You} xem lại được bằng nút "{ menu-view-report }".
on-behalf-expired = Danh sách này đã cũ. {$You} gõ lại /nhapthay.
command-to = Thêm, đổi tên, gộp tổ dân phố
command-totruong = Đổi tổ trưởng của một tổ
groups-usage =
    Cách dùng (mỗi lệnh gõ trên một dòng):
    /to them Tổ 27
    /to doiten Tổ 3 | Tổ dân phố số 3
    /to gop Tổ 1 | Tổ 2
    (gộp Tổ 2 vào Tổ 1: lịch sử được giữ nguyên, từ kỳ sau hai tổ báo cáo chung)
groups-added = Đã thêm {$name}. {$You} gõ /moi để mời tổ trưởng của tổ.
groups-renamed = Đã đổi tên {$from} thành {$to}.
groups-merged = Đã gộp {$from} vào {$into}. Báo cáo cũ của {$from} vẫn được giữ; từ kỳ báo cáo sau, {$into} báo cáo chung cho cả hai tổ. Tổ trưởng của {$from} nay thuộc {$into}.
groups-refused-exists = Chưa thay đổi gì: phường đã có tổ tên như vậy.
groups-refused-not-found = Chưa thay đổi gì: không tìm thấy tổ đang hoạt động có tên như vậy. {$You} gõ /thanhvien để xem danh sách tổ.
groups-refused-same-group = Chưa thay đổi gì: không gộp một tổ vào chính nó.
groups-refused-bad-name = Chưa thay đổi gì: tên tổ cần có từ 2 đến 80 ký tự.
leader-usage =
    Cách dùng:
    /totruong Tổ 3 | Lê Văn Mới
    Trợ lý tạo lời mời cho tổ trưởng mới; tổ trưởng cũ vẫn dùng được cho đến khi người mới đăng ký.
    /totruong Tổ 3 | Lê Văn Mới | ngay
    Tổ trưởng cũ thôi dùng trợ lý ngay. Báo cáo cũ vẫn được giữ nguyên.
leader-replaced =
    Đã tạo lời mời tổ trưởng mới của {$group}: {$name} (hạn đến {$expires}):
    {$link}
leader-replaced-later = {$old} vẫn dùng được trợ lý cho đến khi {$name} đăng ký.
leader-replaced-now = {$old} đã thôi dùng trợ lý từ bây giờ.
leader-name-invalid = Chưa thay đổi gì: họ và tên tổ trưởng mới cần có từ 2 đến 80 ký tự.

## Cho thành viên thôi dùng trợ lý (/thoidung)
command-thoidung = Cho một thành viên thôi dùng trợ lý
deactivate-usage =
    Cách dùng: /thoidung Nguyễn Văn Hùng
    (gõ họ và tên, hoặc tên tổ, ví dụ /thoidung Tổ 3, để chọn tổ trưởng của tổ). Người đó không dùng được trợ lý nữa; các báo cáo đã gửi vẫn được giữ nguyên.
deactivate-not-found = Chưa thay đổi gì: không tìm thấy thành viên đang dùng trợ lý có tên “{$name}”. {$You} gõ /thanhvien để xem danh sách.
deactivate-pick = Có {$count} thành viên khớp với “{$name}”. {$You} chọn người cần cho thôi dùng trợ lý:
deactivate-confirm = {$You} có chắc muốn cho {$name} ({$role}) thôi dùng trợ lý? Từ lúc đó người này không gửi hay sửa được số liệu nữa; các báo cáo đã gửi vẫn được giữ nguyên.
deactivate-button = 🚫 Cho thôi dùng
deactivate-button-cancel = Hủy
deactivate-done = Đã cho {$name} thôi dùng trợ lý. Các báo cáo đã gửi vẫn được giữ nguyên.
deactivate-cancelled = Chưa thay đổi gì.
deactivate-self = Chưa thay đổi gì: {$you} không tự cho mình thôi dùng trợ lý được.
deactivate-gone = Chưa thay đổi gì: người này đã thôi dùng trợ lý từ trước.

## Kỳ báo cáo: đổi tên, chọn chỉ tiêu (/kybaocao)
period-button-rename-of = ✏️ Đổi tên: {$period}
period-rename-intro = Đổi tên kỳ báo cáo {$period}. Các báo cáo đã gửi vẫn thuộc kỳ này, chỉ tên kỳ thay đổi.
period-rename-same = Tên mới giống tên cũ, không có gì thay đổi.
period-renamed = Đã đổi tên kỳ báo cáo "{$from}" thành "{$to}".
period-button-indicators = ☑️ Chọn chỉ tiêu
period-button-indicators-done = ✔️ Xong
period-open-choose-indicators = {$You} bấm vào từng chỉ tiêu để bỏ hoặc thêm (✅ là có hỏi trong kỳ này), xong thì bấm "Xong". Việc chọn ở đây chỉ áp dụng cho kỳ này, danh mục của phường giữ nguyên.
period-open-choose-none = Kỳ báo cáo cần ít nhất một chỉ tiêu. {$You} chọn lại giúp trợ lý.
period-indicators-chosen = do {$you} chọn

## Zalo reminders and notices (i12-zalo-proof): the same texts without "bấm nút"
zalo--reminder-leader-not-started =
    ⏰ Nhắc hạn nộp báo cáo

    Chào {$you} {$name}! {$group} chưa gửi báo cáo kết quả thi đua kỳ { MID($period) }. Hạn nộp là {$deadline} ({$when}).

    Khi nào tiện, {$you} gõ "mở báo cáo"; trợ lý sẽ hỏi lần lượt {$count} câu. Cảm ơn {$you}!
zalo--reminder-leader-draft =
    ⏰ Nhắc hạn nộp báo cáo

    Chào {$you} {$name}! Báo cáo kết quả thi đua kỳ { MID($period) } của {$group} còn {$remaining}/{$count} câu chưa trả lời. Hạn nộp là {$deadline} ({$when}).

    Khi nào tiện, {$you} gõ "mở báo cáo" để làm tiếp từ câu đang dừng. Cảm ơn {$you}!
zalo--reminder-leader-unsent =
    ⏰ Nhắc hạn nộp báo cáo

    Chào {$you} {$name}! Báo cáo kết quả thi đua kỳ { MID($period) } của {$group} đã trả lời đủ {$count} câu, chỉ còn bước gửi lên phường. Hạn nộp là {$deadline} ({$when}).

    {$You} gõ "mở báo cáo" để xem lại và gửi báo cáo. Cảm ơn {$you}!
zalo--reminder-leader-returned =
    ⏰ Nhắc hạn nộp báo cáo

    Chào {$you} {$name}! Báo cáo kết quả thi đua kỳ { MID($period) } của {$group} đã được phường trả lại để bổ sung và chưa được gửi lại. Hạn nộp là {$deadline} ({$when}).

    Khi nào tiện, {$you} gõ "mở báo cáo" để bổ sung và gửi lại báo cáo. Cảm ơn {$you}!
zalo--period-announce-leader =
    📣 Thông báo mở kỳ báo cáo

    Chào {$you} {$name}!
    Phường đã mở kỳ báo cáo kết quả thi đua { MID($period) }. Đề nghị {$you} báo cáo kết quả của {$group} trước {$deadline}.

    {$You} vui lòng gõ "mở báo cáo" để bắt đầu; trợ lý sẽ hỏi lần lượt {$count} câu.
zalo--period-extend-leader =
    📣 Thông báo gia hạn nộp báo cáo

    Chào {$you} {$name}!
    Phường đã gia hạn nộp báo cáo kết quả thi đua kỳ { MID($period) } đến {$deadline}. {$group} chưa gửi báo cáo kỳ này.

    {$You} vui lòng gõ "mở báo cáo" để báo cáo.
zalo--help-leader =
    Hướng dẫn dành cho tổ trưởng:

    • Gõ "báo cáo" (hoặc số của việc đó trong danh sách dưới đây): trợ lý hỏi lần lượt từng chỉ tiêu của kỳ báo cáo. Mỗi câu, {$you} gõ con số rồi gửi, ví dụ 226 hoặc 1,5 triệu; viết bằng chữ như "hai triệu rưỡi" cũng được. Mỗi câu trả lời được lưu ngay, {$you} có thể dừng và làm tiếp lúc khác.
    • Gõ "đăng ký": đăng ký danh hiệu, chỉ tiêu thi đua của tổ trong năm và ký cam kết.
    • Gõ "xem": xem lại số liệu tổ đã báo cáo.
    • Gõ "đề xuất": đề xuất hộ gia đình văn hóa, cá nhân, tập thể của tổ để phường khen thưởng.
    • Ngại gõ chữ: {$you} chạm vào hình micrô trên bộ gõ chữ của điện thoại (không phải biểu tượng ghi âm của Zalo) rồi đọc, điện thoại tự chuyển lời nói thành chữ để gửi. Tin nhắn thoại (ghi âm) thì trợ lý không nghe được.
    • Gõ "tạm dừng" để dừng việc đang làm; những gì đã nhập vẫn được giữ nguyên.

    Nếu cần giúp đỡ, {$you} vui lòng liên hệ công chức Văn phòng - Thống kê phường.

## Nominations for khen thưởng (/dexuat; src/bot/features/nominations)
command-dexuat = Đề xuất khen thưởng của tổ
nomination-leaders-only = Việc đề xuất khen thưởng do tổ trưởng tổ dân phố gửi. {$You} xem các đề xuất của các tổ bằng lệnh /khenthuong.
nomination-no-open-period = Hiện chưa có kỳ nào đang mở để đề xuất khen thưởng. Khi phường mở kỳ mới, {$you} sẽ nhận được thông báo.
nomination-choose-period = Phường đang mở {$count} kỳ. {$You} đề xuất khen thưởng cho kỳ nào?
nomination-period-closed = Kỳ { MID($period) } đã khóa sổ nên trợ lý không nhận thêm đề xuất khen thưởng. Nếu cần điều chỉnh, {$you} vui lòng liên hệ công chức Văn phòng - Thống kê phường.
nomination-title = Đề xuất khen thưởng kỳ { MID($period) } của {$group}
nomination-none-yet = (chưa có đề xuất nào)
nomination-part-households = Hộ đề nghị công nhận "Gia đình văn hóa" ({$count} hộ):
nomination-part-commendations = Đề nghị tặng Giấy khen ({$count}):
nomination-no-address = (chưa có địa chỉ)
nomination-no-achievement = (chưa có thành tích)
nomination-status-draft = chưa gửi
nomination-status-submitted = chờ phường duyệt
nomination-status-accepted = phường đã nhận
nomination-status-returned = bị trả lại: {$reason}
# $count: the households proposed, as a number ($proposed: the same, written out).
nomination-quota = Theo báo cáo của tổ, {$achieved} hộ đạt gia đình văn hóa; { $count ->
        [0] tổ chưa đề xuất hộ nào
       *[other] tổ đã đề xuất {$proposed} hộ
    }.
nomination-quota-unknown = Tổ chưa gửi báo cáo kỳ này có số hộ đạt gia đình văn hóa, nên chưa đề xuất hộ gia đình được.
nomination-menu-ask = {$You} muốn thêm đề xuất nào?
nomination-choose = {$You} vui lòng chọn một trong các việc ở tin nhắn trên.
zalo--nomination-choose = {$You} vui lòng chọn một trong các việc ở tin nhắn trên.
nomination-text-only = Trợ lý chỉ đọc được chữ {$you} gõ vào.
nomination-button-households = 🏠 Thêm hộ gia đình văn hóa
nomination-button-person = 🎖 Thêm cá nhân, tập thể (Giấy khen)
nomination-button-review = ✅ Xem lại và gửi
nomination-button-later = ⏸ Để sau
nomination-button-back = ◀ Quay lại
nomination-button-individual = 👤 Cá nhân
nomination-button-collective = 👥 Tập thể
nomination-button-group-address = {$group}
nomination-button-use-report = Dùng nội dung trong báo cáo của tổ
nomination-button-keep = Giữ nguyên tên, địa chỉ
nomination-button-keep-achievement = Giữ nguyên thành tích
nomination-button-drop-line = 🗑 Bỏ dòng này
nomination-button-submit = ✅ Gửi đề xuất
nomination-button-drop = 🗑 Bỏ một dòng
nomination-later = Các đề xuất đã được lưu. Khi nào tiện, {$you} bấm nút "{ menu-nominate }" ở cuối màn hình để làm tiếp và gửi.
zalo--nomination-later = Các đề xuất đã được lưu. Khi nào tiện, {$you} gõ "đề xuất" để làm tiếp và gửi.
nomination-ask-households =
    Theo báo cáo của tổ, {$achieved} hộ đạt gia đình văn hóa; { $count ->
        [0] tổ chưa đề xuất hộ nào, được đề xuất tối đa {$remaining} hộ
       *[other] tổ đã đề xuất {$proposed} hộ, còn đề xuất được {$remaining} hộ
    }.

    {$You} gửi danh sách hộ, mỗi hộ một dòng: họ tên chủ hộ, địa chỉ. Ví dụ:
    Nguyễn Văn An, số 12 ngõ 5 Lương Ngọc Quyến
    Trần Thị Bình, số 34 ngõ 5 Lương Ngọc Quyến

    {$You} cũng có thể gửi tệp Excel (.xlsx): cột thứ nhất họ tên chủ hộ, cột thứ hai địa chỉ.
zalo--nomination-ask-households =
    Theo báo cáo của tổ, {$achieved} hộ đạt gia đình văn hóa; { $count ->
        [0] tổ chưa đề xuất hộ nào, được đề xuất tối đa {$remaining} hộ
       *[other] tổ đã đề xuất {$proposed} hộ, còn đề xuất được {$remaining} hộ
    }.

    {$You} gửi danh sách hộ, mỗi hộ một dòng: họ tên chủ hộ, địa chỉ. Ví dụ:
    Nguyễn Văn An, số 12 ngõ 5 Lương Ngọc Quyến
    Trần Thị Bình, số 34 ngõ 5 Lương Ngọc Quyến
nomination-households-text-or-file = Trợ lý chỉ đọc được danh sách gõ vào (mỗi hộ một dòng: họ tên chủ hộ, địa chỉ) hoặc tệp Excel (.xlsx).
nomination-households-none-read = Trợ lý chưa đọc được hộ nào. Mỗi hộ một dòng: họ tên chủ hộ, dấu phẩy, rồi địa chỉ.
nomination-households-no-figure = {$group} chưa gửi báo cáo kỳ { MID($period) } có số hộ đạt gia đình văn hóa, nên trợ lý chưa nhận danh sách hộ: số hộ đề xuất không được nhiều hơn số hộ tổ đã báo cáo đạt. {$You} gửi báo cáo trước (📝 Báo cáo kết quả), rồi đề xuất sau.
nomination-households-over = Danh sách có {$proposed} hộ, nhưng {$group} báo cáo {$achieved} hộ đạt gia đình văn hóa và đã đề xuất {$already} hộ, nên chỉ còn đề xuất được {$remaining} hộ. Trợ lý chưa ghi danh sách này. {$You} bớt số hộ rồi gửi lại, hoặc sửa số hộ đạt trong báo cáo nếu báo cáo chưa đúng.
nomination-households-saved = ✅ Đã ghi {$count} hộ vào danh sách đề xuất.
nomination-households-some-unread = Các dòng sau trợ lý chưa đọc được, chưa ghi; {$you} gửi lại riêng các dòng này:
nomination-households-too-many = Mỗi lần trợ lý đọc tối đa 300 dòng; {$you} gửi tiếp phần còn lại ở lần sau.
nomination-line-problem = • Dòng {$line} ("{$text}"): {$reason}
nomination-problem-no_address = thiếu địa chỉ (sau họ tên, gõ dấu phẩy rồi địa chỉ)
nomination-problem-no_name = thiếu họ tên
nomination-problem-name_too_long = họ tên quá dài
nomination-problem-address_too_long = địa chỉ quá dài
nomination-problem-duplicate = trùng với một dòng phía trên
nomination-file-not-xlsx = Trợ lý chỉ đọc được tệp Excel dạng .xlsx. {$You} lưu tệp dưới dạng .xlsx rồi gửi lại, hoặc gõ danh sách, mỗi hộ một dòng.
nomination-file-too-big = Tệp lớn quá 5 MB. {$You} gửi tệp nhỏ hơn, hoặc gõ danh sách, mỗi hộ một dòng.
nomination-file-unreadable = Trợ lý không mở được tệp này. {$You} kiểm tra lại tệp Excel (.xlsx), hoặc gõ danh sách, mỗi hộ một dòng.
nomination-file-download-failed = Trợ lý chưa tải được tệp. {$You} vui lòng gửi lại tệp.
nomination-no-form = Phường chưa có hình thức khen thưởng này trong danh mục. {$You} vui lòng liên hệ công chức Văn phòng - Thống kê phường.
nomination-ask-kind = Đề nghị tặng Giấy khen cho cá nhân hay tập thể?
nomination-ask-name = Họ và tên người được đề nghị khen thưởng?
nomination-ask-collective-name = Tên tập thể được đề nghị khen thưởng (ví dụ: Chi hội Phụ nữ Tổ 5)?
nomination-ask-address = Địa chỉ hoặc tổ dân phố của {$name} (in trên Giấy khen)?
nomination-ask-address-collective = Tổ dân phố hoặc địa chỉ của {$name} (in trên Giấy khen)?
nomination-ask-achievement = Thành tích của {$name} để ghi trên Giấy khen (một, hai câu; ví dụ: Đã có thành tích xuất sắc trong phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" năm 2025)?
nomination-ask-achievement-with-report =
    Thành tích của {$name} để ghi trên Giấy khen (một, hai câu)?

    Trong báo cáo, tổ đã ghi ở mục điển hình tiên tiến, người tốt, việc tốt:
    “{$report}”

    {$You} có thể dùng nội dung này, hoặc gõ thành tích khác.
nomination-ask-achievement-again = Thành tích của {$name} đang ghi: "{$achievement}". {$You} gõ thành tích mới, hoặc giữ nguyên.
nomination-field-empty = Trợ lý chưa nhận được nội dung.
nomination-field-too-long = Nội dung dài quá {$max} ký tự; {$you} vui lòng gõ ngắn hơn.
nomination-line-saved = ✅ Đã ghi: {$line}
nomination-resume-line = {$You} đang ghi dở đề xuất cho {$name}; trợ lý hỏi tiếp.
nomination-returned-line =
    Phường trả lại đề xuất sau của {$group} (kỳ { MID($period) }):
    {$line}
    Lý do: {$reason}
nomination-retype-household = {$You} gõ lại dòng này (họ tên chủ hộ, địa chỉ), giữ nguyên, hoặc bỏ dòng.
nomination-retype-person = {$You} gõ lại họ tên, địa chỉ (ví dụ: Nguyễn Văn An, Tổ 5), giữ nguyên, hoặc bỏ dòng; sau đó trợ lý hỏi lại thành tích.
nomination-retype-one-line = {$You} gõ đúng một dòng: họ tên, dấu phẩy, rồi địa chỉ.
nomination-line-corrected = ✅ Đã sửa: {$line}. Dòng này chưa được gửi lại phường: {$you} bấm "{ nomination-button-review }" rồi "{ nomination-button-submit }" để gửi.
zalo--nomination-line-corrected = ✅ Đã sửa: {$line}. Dòng này chưa được gửi lại phường: {$you} chọn "Xem lại và gửi" rồi "Gửi đề xuất" để gửi.
nomination-line-dropped = Đã bỏ dòng {$name}.
nomination-review =
    Đề xuất khen thưởng kỳ { MID($period) } của {$group} sẽ gửi phường ({$count} dòng):

    {$lines}

    {$You} xem lại họ tên, địa chỉ và thành tích: đây là nội dung in trên Giấy khen, Giấy chứng nhận. Nếu đúng, {$you} gửi đề xuất.
nomination-drop-pick = {$You} bỏ dòng số mấy?
nomination-incomplete = Các dòng sau còn thiếu địa chỉ hoặc thành tích: {$names}. {$You} bấm nút "{ menu-nominate }" ở cuối màn hình để điền nốt rồi gửi.
zalo--nomination-incomplete = Các dòng sau còn thiếu địa chỉ hoặc thành tích: {$names}. {$You} gõ "đề xuất" để điền nốt rồi gửi.
nomination-submitted = ✅ Đã gửi {$count} dòng đề xuất khen thưởng kỳ { MID($period) } của {$group} lúc {$time}. Phường sẽ xem và báo lại nếu có dòng cần sửa.
nomination-leader-returned =
    Phường trả lại một đề xuất khen thưởng kỳ { MID($period) } của {$group}:
    {$line}
    Lý do: {$reason}

    {$You} bấm nút "{ menu-nominate }" ở cuối màn hình để sửa dòng này rồi gửi lại.
zalo--nomination-leader-returned =
    Phường trả lại một đề xuất khen thưởng kỳ { MID($period) } của {$group}:
    {$line}
    Lý do: {$reason}

    {$You} gõ "đề xuất" để sửa dòng này rồi gửi lại.
zalo--nomination-households-no-figure = {$group} chưa gửi báo cáo kỳ { MID($period) } có số hộ đạt gia đình văn hóa, nên trợ lý chưa nhận danh sách hộ: số hộ đề xuất không được nhiều hơn số hộ tổ đã báo cáo đạt. {$You} gửi báo cáo trước (mục Báo cáo kết quả), rồi đề xuất sau.

## Khen thưởng in the office, the council and for the chairman (/khenthuong; src/bot/features/award-office)
command-khenthuong = Khen thưởng: đề xuất, niêm yết, biểu quyết, phê duyệt
command-phuong = Chọn phường, vai trò làm việc (người có vai trò ở hai phường)
award-office-officials-only = Mục khen thưởng này dành cho cán bộ, công chức phường. Tổ trưởng gửi đề xuất khen thưởng của tổ bằng lệnh /dexuat.
zalo--award-office-officials-only = Mục khen thưởng này dành cho cán bộ, công chức phường. Tổ trưởng gửi đề xuất khen thưởng của tổ bằng cách gõ "đề xuất".
award-office-officers-only = Việc này do công chức Văn phòng - Thống kê phường thực hiện.
award-office-no-period = Phường chưa có kỳ nào.
award-office-not-found = Trợ lý không tìm thấy mục này (có thể đã thay đổi). {$You} gõ /khenthuong để xem lại.
award-office-title = Khen thưởng kỳ { MID($period) }
award-office-groups = Đề xuất của các tổ:
award-office-no-groups = (chưa tổ nào gửi đề xuất)
award-office-group-line = • {$group}: {$total} dòng ({$submitted} chờ duyệt, {$accepted} đã nhận, {$returned} trả lại)
award-office-posting = Niêm yết: từ {$start}, {$days} ngày (đến hết {$end}); {$comments} ý kiến.
award-office-posting-comment = • Ý kiến: {$text}
award-office-posting-none = Niêm yết: chưa ghi.
award-office-vote-none = Hội đồng Thi đua - Khen thưởng: chưa biểu quyết.
award-office-vote-open = Hội đồng Thi đua - Khen thưởng đang biểu quyết {$lines} dòng: {$voted}/{$members} thành viên đã biểu quyết.
award-office-vote-closed = Hội đồng Thi đua - Khen thưởng đã biểu quyết xong: {$passed}/{$lines} dòng được thông qua.
award-office-decision = Quyết định số {$number}/{$symbol} {$date}: {$form}, {$lines} trường hợp.
award-office-button-posting = 📌 Ghi niêm yết
award-office-button-posting-again = 📌 Ghi lại niêm yết
award-office-button-vote = 🗳 Đưa {$count} dòng ra Hội đồng biểu quyết
award-office-button-tally = 📊 Kết quả biểu quyết
award-office-button-close = 🔒 Kết thúc biểu quyết
award-office-button-approve = ✍️ Phê duyệt {$count} trường hợp
award-office-button-ballot = 🗳 Biểu quyết
award-office-button-home = ◀ Về mục khen thưởng
award-office-button-back-group = ◀ Về danh sách của tổ
award-office-button-accept = ✅ Nhận {$count} dòng chờ duyệt
award-office-button-return = ↩️ Trả lại một dòng
award-office-group-title = Đề xuất khen thưởng của {$group}, kỳ { MID($period) }
award-office-accepted = Đã nhận {$count} dòng.
award-office-nothing-to-accept = Không còn dòng nào chờ duyệt.
award-return-pick = {$You} trả lại dòng số mấy của {$group}?
award-return-ask = Trả lại dòng: {$line}. {$You} gõ lý do để tổ trưởng sửa (tối đa {$max} ký tự).
award-return-ask-again = {$You} vui lòng gõ lý do trả lại.
award-return-cancel = Thôi, không trả lại
award-return-cancelled = Đã thôi, dòng này không bị trả lại.
award-return-not-possible = Dòng này không trả lại được nữa (đã được đưa ra Hội đồng biểu quyết, hoặc đã bị trả lại).
award-return-done = Đã trả lại dòng "{$line}"; tổ trưởng {$group} đã nhận được lý do.
award-return-done-no-leader = Đã trả lại dòng "{$line}", nhưng {$group} chưa có tổ trưởng đăng ký dùng trợ lý để nhận tin; {$you} vui lòng báo trực tiếp.
award-posting-ask-start = Ghi việc niêm yết công khai danh sách đề nghị khen thưởng kỳ { MID($period) }. Danh sách bắt đầu niêm yết từ ngày nào? (ví dụ: 5/5 hoặc 05/5/2025)
award-posting-ask-start-again = {$You} gõ ngày bắt đầu niêm yết, ví dụ: 5/5.
award-posting-today = Hôm nay
award-posting-cancel = Thôi, không ghi
award-posting-cancelled = Đã thôi, chưa ghi niêm yết.
award-posting-unreadable = Trợ lý chưa đọc được ngày. {$You} gõ ngày trước, tháng sau, ví dụ: 5/5 hoặc 05/5/2025.
award-posting-swapped = Có phải {$date} không? Ngày viết trước, tháng viết sau; {$you} vui lòng gõ lại, ví dụ: 5/5.
award-posting-no-such-day = Không có ngày {$day} tháng {$month} năm {$year}; {$you} vui lòng gõ lại.
award-posting-future = {$date} chưa tới; {$you} ghi việc niêm yết khi danh sách đã được niêm yết.
award-posting-too_old = {$date} đã quá một năm; {$you} kiểm tra lại ngày.
award-posting-ask-days = Niêm yết từ {$start}. Niêm yết trong bao nhiêu ngày? (thường là {$days} ngày)
award-posting-ask-days-again = {$You} gõ số ngày niêm yết, ví dụ: 10.
award-posting-days-default = {$days} ngày
award-posting-ask-comments = Niêm yết từ {$start} đến hết {$end} ({$days} ngày). Trong thời gian niêm yết, phường nhận được ý kiến nào? {$You} gõ mỗi ý kiến một tin nhắn; nếu không có, chọn "Không có ý kiến".
zalo--award-posting-ask-comments = Niêm yết từ {$start} đến hết {$end} ({$days} ngày). Trong thời gian niêm yết, phường nhận được ý kiến nào? {$You} gõ mỗi ý kiến một tin nhắn.
award-posting-ask-comments-again = {$You} gõ ý kiến nhận được, hoặc chọn "Không có ý kiến".
zalo--award-posting-ask-comments-again = {$You} gõ ý kiến nhận được.
award-posting-no-comments = Không có ý kiến
award-posting-comments-done = Đã ghi đủ ý kiến
award-posting-comment-saved = Đã ghi ý kiến thứ {$count}. {$You} gõ ý kiến tiếp theo, nếu có.
award-posting-done = ✅ Đã ghi niêm yết: từ {$start} đến hết {$end} ({$days} ngày); {$count} ý kiến.
award-vote-no-council = Phường chưa có thành viên Hội đồng Thi đua - Khen thưởng nào trong trợ lý. {$You} mời các thành viên bằng lệnh /moi.
award-vote-already-open = Hội đồng đang biểu quyết một danh sách; {$you} kết thúc lần biểu quyết đó trước.
award-vote-nothing = Không còn dòng nào đã nhận mà chưa đưa ra Hội đồng.
award-vote-not-open = Lần biểu quyết này đã kết thúc.
award-vote-opened = Đã đưa {$count} dòng ra Hội đồng biểu quyết; trợ lý đã gửi phiếu tới {$sent}/{$members} thành viên.
award-ballot-message =
    Hội đồng Thi đua - Khen thưởng phường biểu quyết danh sách đề nghị khen thưởng kỳ { MID($period) } ({$count} dòng):

    {$lines}

    {$You} đồng ý với cả danh sách, không đồng ý, hay biểu quyết từng dòng?
award-ballot-agree-all = 👍 Đồng ý cả danh sách
award-ballot-disagree-all = 👎 Không đồng ý cả danh sách
award-ballot-per-line = Biểu quyết từng dòng
award-ballot-per-line-ask =
    {$lines}

    {$You} chọn đồng ý hoặc không đồng ý cho từng dòng (dòng nào không chọn thì theo phiếu cả danh sách, nếu có).
award-ballot-line-agree = {$line}: đồng ý
award-ballot-line-disagree = {$line}: không đồng ý
award-ballot-saved-all-agree = ✅ Đã ghi: {$you} đồng ý với cả danh sách.
award-ballot-saved-all-disagree = ✅ Đã ghi: {$you} không đồng ý với cả danh sách.
award-ballot-saved-line-agree = ✅ Đã ghi: {$you} đồng ý với dòng {$line}.
award-ballot-saved-line-disagree = ✅ Đã ghi: {$you} không đồng ý với dòng {$line}.
award-ballot-closed = Lần biểu quyết này đã kết thúc, trợ lý không nhận thêm phiếu.
award-ballot-council-only = Chỉ thành viên Hội đồng Thi đua - Khen thưởng phường mới biểu quyết.
award-vote-line-tally = đồng ý {$agree}, không đồng ý {$disagree}, chưa biểu quyết {$silent}
award-vote-passed = → thông qua
award-vote-failed = → không thông qua
award-rule-of_members = Quy định của phường: thông qua khi trên {$percent}% tổng số thành viên Hội đồng đồng ý.
award-rule-of_cast = Quy định của phường: thông qua khi trên {$percent}% số phiếu biểu quyết đồng ý.
award-rule-unanimous = Quy định của phường: thông qua khi mọi phiếu biểu quyết đều đồng ý.
award-tally-open =
    Kết quả biểu quyết đến lúc này, kỳ { MID($period) }: {$voted}/{$members} thành viên đã biểu quyết.

    {$lines}

    {$rule}
award-tally-closed =
    Kết quả biểu quyết kỳ { MID($period) }: {$voted}/{$members} thành viên đã biểu quyết.

    {$lines}

    {$rule}
award-vote-closed-done =
    🔒 Đã kết thúc biểu quyết: {$passed}/{$count} dòng được thông qua.

    {$lines}

    {$rule} Trợ lý đã gửi danh sách được thông qua tới Chủ tịch phường để phê duyệt.
award-chair-asked =
    Hội đồng Thi đua - Khen thưởng phường đã thông qua {$passed} trường hợp đề nghị khen thưởng kỳ { MID($period) }:

    {$lines}

    Kính đề nghị {$you} xem xét, phê duyệt.
award-approve-chair-only = Việc phê duyệt khen thưởng do Chủ tịch hoặc Phó Chủ tịch Ủy ban nhân dân phường thực hiện.
award-approve-confirm =
    Phê duyệt khen thưởng {$count} trường hợp kỳ { MID($period) }:

    {$lines}

    Trợ lý sẽ lập quyết định, cấp số và ghi người ký là Chủ tịch {$name}. Danh sách đã ký thì không sửa được; muốn điều chỉnh phải ra quyết định mới.
award-approve-confirm-vice =
    Phê duyệt khen thưởng {$count} trường hợp kỳ { MID($period) }:

    {$lines}

    Trợ lý sẽ lập quyết định, cấp số và ghi người ký là Phó Chủ tịch {$name}, ký thay Chủ tịch (KT. CHỦ TỊCH). Danh sách đã ký thì không sửa được; muốn điều chỉnh phải ra quyết định mới.
award-approve-button-sign = ✍️ Phê duyệt và ký
award-approve-nothing = Các dòng được thông qua đều đã có quyết định.
award-approve-failed = Trợ lý chưa lập được quyết định ({$code}). {$You} vui lòng báo công chức Văn phòng - Thống kê phường kiểm tra danh mục khen thưởng.
award-approve-done-toast = Đã phê duyệt.
award-approve-done =
    ✅ Đã phê duyệt và ký {$count} quyết định:
    {$list}
award-approve-decision-line = • Quyết định số {$number}/{$symbol} {$date}: {$form}, {$lines} trường hợp
award-files-failed = Quyết định số {$number}/{$symbol} đã được ký và lưu, nhưng trợ lý chưa tạo được tệp. {$You} vui lòng báo công chức Văn phòng - Thống kê phường.
award-file-decision-pdf = Quyết định số {$number}/{$symbol} ({$form}, {$lines} trường hợp), bản PDF để in.
award-file-decision-docx = Quyết định số {$number}/{$symbol}, bản Word (DOCX).
award-file-certificates = {$form}: {$lines} giấy để in, kèm Quyết định số {$number}/{$symbol}.
award-officer-signed = Chủ tịch phường đã phê duyệt và ký {$count} quyết định khen thưởng (số {$numbers}); các tệp ở trên. {$You} bấm "{ menu-awards }" để xem.
zalo--award-officer-signed = Chủ tịch phường đã phê duyệt và ký {$count} quyết định khen thưởng (số {$numbers}); các tệp ở trên. {$You} gõ /khenthuong để xem.
award-form-short-gdvh = Gia đình văn hóa
award-form-short-giay_khen = Giấy khen
award-vote-line = {$number}. {$line} ({$form}, đề xuất của {$group})
nomination-officer-submitted = {$group} đã gửi {$count} dòng đề xuất khen thưởng kỳ { MID($period) }. {$You} bấm "{ menu-awards }" để xem và duyệt.
zalo--nomination-officer-submitted = {$group} đã gửi {$count} dòng đề xuất khen thưởng kỳ { MID($period) }. {$You} gõ /khenthuong để xem và duyệt.
award-leader-decided = Chủ tịch phường đã ký Quyết định số {$number}/{$symbol} {$date} ({$form}) cho {$count} trường hợp do {$group} đề xuất. Cảm ơn {$you}!

# Issue 13 items 3-4 (council-lines): comments per line, ballots line by line or typed, the posting only where the law has it, the officer's correction of a line.
award-office-posting-comment-line = • Ý kiến về {$line}: {$text}
award-office-button-comments = 💬 Ghi ý kiến nhận được
award-office-button-edit = ✏️ Sửa một dòng
award-office-button-vote-ready = 🗳 Đưa ngay các dòng không cần niêm yết ra biểu quyết
award-vote-needs-posting-forms = Danh sách có {$count} dòng đề nghị công nhận danh hiệu {$forms}: theo Nghị định số 86/2023/NĐ-CP, danh sách này phải được niêm yết công khai (thường là 10 ngày) trước khi đưa ra Hội đồng; phường chưa ghi niêm yết. {$You} ghi niêm yết trước.
award-vote-posting-running-forms = Danh sách {$count} dòng đề nghị công nhận danh hiệu {$forms} đang niêm yết đến hết {$end}; theo Nghị định số 86/2023/NĐ-CP, Hội đồng xét sau khi hết thời gian niêm yết.
award-vote-ready-others = {$count} dòng còn lại (Giấy khen và các hình thức khác) không phải niêm yết, có thể đưa ra Hội đồng ngay.
award-vote-nothing-ready = Chưa có dòng nào đưa ra Hội đồng được: các dòng đã nhận đều phải chờ hết thời gian niêm yết.
award-posting-line = {$number}. {$line} (đề xuất của {$group})
award-posting-ask-comments-lines =
    Niêm yết từ {$start} đến hết {$end} ({$days} ngày). Danh sách niêm yết:

    {$lines}

    Trong thời gian niêm yết, phường nhận được ý kiến nào? {$You} gõ mỗi ý kiến một tin nhắn. Ý kiến về một dòng thì gõ số dòng trước, ví dụ: "2: Nhà này là số 36, không phải số 34". Nếu không có, chọn "Không có ý kiến".
zalo--award-posting-ask-comments-lines =
    Niêm yết từ {$start} đến hết {$end} ({$days} ngày). Danh sách niêm yết:

    {$lines}

    Trong thời gian niêm yết, phường nhận được ý kiến nào? {$You} gõ mỗi ý kiến một tin nhắn. Ý kiến về một dòng thì gõ số dòng trước, ví dụ: "2: Nhà này là số 36, không phải số 34".
award-posting-ask-more-comments =
    Ghi thêm ý kiến nhận được trong thời gian niêm yết (từ {$start} đến hết {$end}). Danh sách niêm yết:

    {$lines}

    {$You} gõ mỗi ý kiến một tin nhắn; ý kiến về một dòng thì gõ số dòng trước, ví dụ: "2: Nhà này là số 36, không phải số 34". Ghi xong, chọn "Đã ghi đủ ý kiến".
zalo--award-posting-ask-more-comments =
    Ghi thêm ý kiến nhận được trong thời gian niêm yết (từ {$start} đến hết {$end}). Danh sách niêm yết:

    {$lines}

    {$You} gõ mỗi ý kiến một tin nhắn; ý kiến về một dòng thì gõ số dòng trước, ví dụ: "2: Nhà này là số 36, không phải số 34".
award-posting-ask-more-comments-nolines = Ghi thêm ý kiến nhận được trong thời gian niêm yết (từ {$start} đến hết {$end}). {$You} gõ mỗi ý kiến một tin nhắn; ghi xong, chọn "Đã ghi đủ ý kiến".
zalo--award-posting-ask-more-comments-nolines = Ghi thêm ý kiến nhận được trong thời gian niêm yết (từ {$start} đến hết {$end}). {$You} gõ mỗi ý kiến một tin nhắn.
award-posting-comment-no-line = Danh sách niêm yết không có dòng {$line} (chỉ có {$count} dòng). {$You} gõ lại số dòng, hoặc gõ ý kiến không kèm số nếu là ý kiến chung.
award-posting-comment-line-gone = Dòng này không còn trong danh sách của kỳ (có thể vừa bị trả lại). {$You} gõ lại ý kiến không kèm số dòng, hoặc ghi sau.
award-posting-comment-saved-line = Đã ghi ý kiến thứ {$count}, về dòng {$number}: {$line}. {$You} gõ ý kiến tiếp theo, nếu có.
award-posting-comments-added = ✅ Đã ghi thêm ý kiến cho đợt niêm yết từ {$start} đến hết {$end} ({$days} ngày); {$count} ý kiến mới.
award-vote-line-comment = 💬 Ý kiến khi niêm yết: {$text}
award-vote-list-comment = 💬 Ý kiến chung khi niêm yết: {$text}
award-ballot-per-line-start = Biểu quyết từng dòng: trợ lý hỏi lần lượt {$count} dòng. Muốn biểu quyết riêng một dòng bất kỳ, {$you} gõ số dòng và ý kiến, ví dụ: "{$count} không đồng ý".
award-ballot-line-ask =
    Dòng {$number}/{$count}: {$line}

    {$You} đồng ý hay không đồng ý?
zalo--award-ballot-line-ask =
    Dòng {$number}/{$count}: {$line}

    {$You} gõ "đồng ý" hoặc gõ "không đồng ý".
award-ballot-agree = 👍 Đồng ý
award-ballot-disagree = 👎 Không đồng ý
award-ballot-lines-done =
    ✅ Đã biểu quyết đủ {$count} dòng. Phiếu của {$you}:
    {$mine}

    Muốn đổi ý một dòng, {$you} gõ số dòng và ý kiến, ví dụ: "1 không đồng ý".
award-ballot-mine-line = {$number}. {$name}: {$choice}
award-ballot-mine-agree = đồng ý
award-ballot-mine-disagree = không đồng ý
award-ballot-mine-none = chưa biểu quyết
award-ballot-typed-no-line = Danh sách biểu quyết không có dòng {$lines} (chỉ có {$count} dòng). {$You} gõ lại, ví dụ: "1 không đồng ý".
award-ballot-typed-saved =
    ✅ Đã ghi ý kiến của {$you} { $count ->
        [1] cho dòng {$lines}
       *[other] cho các dòng {$lines}
    }. Phiếu của {$you} đến lúc này:
    {$mine}
award-edit-pick = {$You} sửa dòng số mấy của {$group}?
award-edit-field-name = Họ và tên
award-edit-field-address = Địa chỉ, tổ dân phố
award-edit-field-achievement = Nội dung thành tích
award-edit-cancel = Thôi, không sửa
award-edit-cancelled = Đã thôi, dòng này giữ nguyên.
award-edit-ask-field = Sửa dòng: {$line}. {$You} sửa phần nào?
award-edit-ask-field-again = {$You} chọn phần cần sửa ở tin nhắn trên.
zalo--award-edit-ask-field-again = {$You} gõ số của phần cần sửa ở tin nhắn trên.
award-edit-ask-value = {$field} hiện là: "{$current}". {$You} gõ nội dung mới (tối đa {$max} ký tự).
award-edit-ask-value-again = {$You} vui lòng gõ nội dung mới.
award-edit-too-long = Nội dung dài quá {$max} ký tự; {$you} vui lòng gõ ngắn lại.
award-edit-empty = (trống)
award-edit-signed = Dòng "{$line}" đã có trong quyết định khen thưởng đã ký, không sửa được nữa. Muốn điều chỉnh, phường ra quyết định mới.
award-edit-not-editable = Dòng này không sửa được nữa (đã bị trả lại cho tổ trưởng, hoặc không còn trong danh sách).
award-edit-unchanged = Nội dung mới giống hệt nội dung cũ; trợ lý không thay đổi gì.
award-edit-done = ✅ Đã sửa {$field}: "{$from}" → "{$to}". Việc sửa đã được ghi lại.

## Zalo: first contact by typed code, files as download links, unreachable on Zalo (issue 12)
invite-code-unknown = Mã mời {$code} không đúng. {$You} vui lòng xem lại mã in trên phiếu mời (8 ký tự gồm chữ và số, ví dụ K7MP 4H9C) rồi gõ lại, hoặc liên hệ công chức Văn phòng - Thống kê phường.
invite-too-many =
    Trợ lý vừa nhận nhiều mã mời không đúng. Để giữ an toàn, trợ lý tạm chưa nhận mã mời trong khoảng một giờ.
    {$You} vui lòng gõ lại mã sau một giờ, hoặc liên hệ công chức Văn phòng - Thống kê phường.
invite-create-code = Nếu dùng Zalo (hoặc không mở được đường liên kết), người được mời gửi cho trợ lý mã mời: {$code}
invite-create-zalo = Trợ lý trên Zalo: {$link}
# A ward on Zalo only: no Telegram link, the code is the way in.
invite-create-done-code =
    Đã tạo lời mời {$role}.

    Mã mời (chỉ dùng được một lần, hạn đến {$expires}): {$code}

    {$You} gửi mã này cho người được mời (qua Zalo, tin nhắn hoặc gọi điện). Người đó mở trò chuyện với trợ lý thi đua của phường trên Zalo, gõ mã mời rồi gửi là đăng ký được.
invite-create-done-named-code =
    Đã tạo lời mời {$role}: {$name}.

    Mã mời (chỉ dùng được một lần, hạn đến {$expires}): {$code}

    {$You} gửi mã này cho {$name} (qua Zalo, tin nhắn hoặc gọi điện). Người đó mở trò chuyện với trợ lý thi đua của phường trên Zalo, gõ mã mời rồi gửi là đăng ký được.
leader-replaced-code = Đã tạo lời mời tổ trưởng mới của {$group}: {$name}. Mã mời để gõ trên Zalo (hạn đến {$expires}): {$code}
zalo--stranger = Xin chào {$you}! Đây là trợ lý thi đua, khen thưởng của Ủy ban nhân dân phường, dành cho cán bộ, công chức phường và tổ trưởng tổ dân phố đã được mời. Nếu {$you} đã có phiếu mời, {$you} gõ mã mời in trên phiếu (8 ký tự, ví dụ K7MP 4H9C) rồi gửi cho trợ lý. Nếu chưa có, {$you} vui lòng liên hệ công chức Văn phòng - Thống kê phường.
zalo--invite-unknown = Mã mời này không đúng. {$You} vui lòng xem lại mã in trên phiếu mời rồi gõ lại, hoặc liên hệ công chức Văn phòng - Thống kê phường.
zalo-file-link =
    Tải tệp "{$name}" tại:
    {$url}
    Đường liên kết dành riêng cho {$you}, dùng được đến {$expires}; xin {$you} không chuyển cho người khác.
zalo-summary-picture = Trang đầu của tệp "{$name}" (ảnh để xem nhanh).
reminder-digest-unreachable-zalo = Zalo không chuyển được tin nhắc tới các tổ trưởng sau ({$count}): {$list}. Đề nghị {$you} liên hệ trực tiếp.
period-notice-digest-unreachable-zalo = Zalo không chuyển được thông báo tới các tổ trưởng sau ({$count}): {$list}. Đề nghị {$you} liên hệ trực tiếp.
download-not-found = Đường liên kết tải tệp này không đúng. Xin vui lòng mở lại đường liên kết trong tin nhắn của trợ lý thi đua.
download-expired = Đường liên kết tải tệp này đã hết hạn (mỗi liên kết dùng được 24 giờ). Xin vui lòng yêu cầu lại tệp từ trợ lý thi đua để nhận liên kết mới.
download-revoked = Đường liên kết tải tệp này không còn dùng được, vì người nhận không còn dùng trợ lý thi đua của phường.
zalo--progress-legend = Các tổ không có tên ở trên là các tổ đã nộp báo cáo.
zalo--progress-pick-group = Để xem, duyệt hoặc trả lại báo cáo của một tổ, {$you} gõ số thứ tự của tổ trong danh sách dưới đây, hoặc gõ tên tổ (ví dụ "tổ 5").
# On Zalo the choice is a line of a typed list, not a button: no arrow.
zalo--review-pick-next = Tiếp tục
zalo--review-pick-items = Trả lại báo cáo của {$group} để bổ sung. {$You} gõ số của từng mục tổ cần sửa, mỗi lần một số (gõ lại số đó để bỏ chọn), rồi chọn "{ zalo--review-pick-next }". Nếu cần sửa toàn bộ, {$you} chọn "{ review-pick-all }".
zalo--review-pick-hint = {$You} gõ số của mục cần bổ sung (mỗi lần một số), rồi chọn "{ zalo--review-pick-next }".
zalo--review-pick-none = {$You} chưa chọn mục nào. {$You} gõ số của ít nhất một mục, hoặc chọn "{ review-pick-all }".
zalo--review-pick-on = {$label} (đã chọn)
zalo--review-pick-off = {$label}
zalo--settings-overview =
    Cài đặt báo cáo của phường:
    • Số, ký hiệu văn bản: {$number}
    • Người ký: {$title} {$signer}
    • Kính gửi:
    {$addressees}
    • Nơi nhận:
    {$recipients}

    { $district ->
        [yes] Từ ngày 1 tháng 7 năm 2025 không còn cấp huyện, mà danh sách trên còn cơ quan cấp huyện: {$you} sửa "Kính gửi" và "Nơi nhận" cho đúng cơ quan cấp trên hiện nay trước khi lập báo cáo.{" "}
       *[no] {""}
    }{$You} chọn mục cần sửa, hoặc chọn "Xong".
zalo--settings-ask-number = {$You} gõ số của báo cáo (chỉ gõ số, ví dụ: 125).
zalo--city-progress-hint = Chức năng theo dõi tiến độ từng tổ dân phố dành cho cán bộ phường. Để xem số tổ đã nộp báo cáo của từng phường, xã, {$you} chọn "Báo cáo tổng hợp".

## Page and sheet furniture of the files
# Footer of a PDF page: "Trang 2/5".
document-page-of = Trang {$page}/{$pages}
# Printed footer of a catalogue workbook sheet; &P and &N are the spreadsheet's page number and count.
catalogue-sheet-footer = {$sheet} - Trang &P/&N
# A spreadsheet cell's refusal of a value outside its list.
catalogue-choose-one = Chọn một trong: {$choices}.
