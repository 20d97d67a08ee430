# thidua-bot — every word a user reads. Vietnamese, administrative and polite:
# the bot addresses everyone as "ông/bà".

## Common
error-generic = Xin lỗi ông/bà, hệ thống đang gặp sự cố nên chưa xử lý được yêu cầu này. Các thông tin ông/bà đã nhập vẫn được lưu. Ông/bà vui lòng thử lại sau ít phút.
group-chat-hint = Để bảo mật thông tin, ông/bà vui lòng nhắn tin riêng cho bot (bấm vào tên bot rồi chọn "Nhắn tin").
unsupported-message = Xin lỗi, bot chỉ đọc được tin nhắn chữ. Ông/bà vui lòng gõ câu trả lời hoặc bấm một nút bên dưới.
unknown-input = Bot chưa hiểu ý ông/bà. Ông/bà vui lòng chọn một việc trên bàn phím bên dưới, hoặc bấm "Hướng dẫn".
button-cancel = Hủy

## Strangers and registration
stranger = Xin chào ông/bà! Đây là trợ lý thi đua, khen thưởng của Ủy ban nhân dân phường, chỉ dành cho cán bộ phường và tổ trưởng tổ dân phố đã được mời. Để sử dụng, ông/bà vui lòng liên hệ cán bộ Văn phòng - Thống kê phường để nhận đường liên kết mời riêng.
invite-unknown = Đường liên kết mời này không đúng. Ông/bà vui lòng kiểm tra lại, hoặc liên hệ cán bộ Văn phòng - Thống kê phường để nhận lời mời mới.
invite-used = Lời mời này đã được sử dụng. Mỗi lời mời chỉ dùng được một lần. Nếu ông/bà chưa đăng ký, vui lòng liên hệ cán bộ Văn phòng - Thống kê phường để nhận lời mời mới.
invite-expired = Lời mời này đã hết hạn. Ông/bà vui lòng liên hệ cán bộ Văn phòng - Thống kê phường để nhận lời mời mới.
invite-confirm-name =
    Xin chào ông/bà! Đây là lời mời tham gia trợ lý thi đua, khen thưởng của {$ward}, với vai trò {$role}.

    Ông/bà có phải là {$name} không?
invite-ask-name =
    Xin chào ông/bà! Đây là lời mời tham gia trợ lý thi đua, khen thưởng của {$ward}, với vai trò {$role}.

    Ông/bà vui lòng gõ họ và tên đầy đủ (ví dụ: Nguyễn Văn An).
invite-ask-correct-name = Ông/bà vui lòng gõ họ và tên đầy đủ của mình (ví dụ: Nguyễn Văn An).
invite-name-invalid = Họ và tên cần có từ 2 đến 80 ký tự chữ. Ông/bà vui lòng gõ lại họ và tên đầy đủ.
button-confirm-name = Đúng, tôi là {$name}
button-not-me = Không phải tôi
registered =
    Cảm ơn ông/bà {$name}, ông/bà đã đăng ký thành công với vai trò {$role}.

    Từ nay ông/bà dùng các nút bên dưới để làm việc với bot.
already-registered = Ông/bà đã đăng ký rồi ({$name}, {$role}). Ông/bà dùng các nút bên dưới để làm việc với bot.
role-leader = tổ trưởng {$group}
role-officer = cán bộ Văn phòng - Thống kê
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
command-baocao-leader = Báo cáo kết quả của tổ
command-dangky = Đăng ký, ký cam kết thi đua
command-xem = Xem báo cáo đã gửi
command-huongdan = Hướng dẫn sử dụng
command-huy = Dừng việc đang làm (thông tin đã nhập vẫn được lưu)
command-tiendo = Tiến độ báo cáo của các tổ
command-baocao-official = Nhận báo cáo tổng hợp (PDF, Word, Excel)
command-baocao-city = Nhận bảng tổng hợp thi đua của các phường trong thành phố (PDF, Excel)
command-moi = Tạo lời mời thành viên
help-leader =
    Hướng dẫn dành cho tổ trưởng:

    • "📝 Báo cáo kết quả" (hoặc gõ /baocao): bot hỏi lần lượt từng chỉ tiêu của kỳ báo cáo. Mỗi câu, ông/bà gõ số rồi bấm gửi, ví dụ 226 hoặc 1,5 triệu. Mỗi câu trả lời được lưu ngay, ông/bà có thể dừng và làm tiếp lúc khác.
    • "✍️ Đăng ký thi đua" (/dangky): đăng ký danh hiệu, chỉ tiêu thi đua của tổ trong năm và ký cam kết.
    • "📄 Xem báo cáo đã gửi" (/xem): xem lại các số liệu tổ đã báo cáo.
    • Gõ /huy để dừng việc đang làm; các thông tin đã nhập vẫn được giữ nguyên.

    Nếu cần hỗ trợ, ông/bà vui lòng liên hệ cán bộ Văn phòng - Thống kê phường.
help-official =
    Hướng dẫn dành cho cán bộ phường:

    • "📊 Tiến độ các tổ" (/tiendo): xem tổ nào đã nộp, đang làm dở, chưa bắt đầu; mở báo cáo của từng tổ để duyệt hoặc trả lại bổ sung.
    • "📑 Báo cáo tổng hợp" (/baocao): nhận bảng tổng hợp và báo cáo sơ kết theo mẫu Nghị định 30/2020/NĐ-CP.
    • "➕ Mời thành viên" (/moi): tạo đường liên kết mời tổ trưởng hoặc cán bộ.
    • /solieu: nhập số liệu khen thưởng, giải thưởng của phường cho báo cáo.
    • /nhacnho: nhắc ngay các tổ chưa nộp báo cáo (bot không gửi vào ban đêm).
    • /caidat: số văn bản, người ký và nơi nhận của báo cáo sơ kết.
    • Gõ /huy để dừng việc đang làm.
cancelled = Đã dừng. Các thông tin ông/bà đã nhập vẫn được lưu, lần sau ông/bà có thể làm tiếp.
command-start = Bắt đầu, mở menu làm việc

## Leader's report
answer-yes = Có
answer-no = Không
unit-money = đồng
report-no-group = Tài khoản của ông/bà chưa được gắn với tổ dân phố nào. Ông/bà vui lòng liên hệ cán bộ Văn phòng - Thống kê phường.
report-no-open-period = Hiện chưa có kỳ báo cáo nào đang mở. Khi phường mở kỳ báo cáo mới, ông/bà sẽ nhận được thông báo.
report-locked = Báo cáo kỳ {$period} của {$group} đã được phường duyệt nên không sửa được nữa. Nếu cần điều chỉnh, ông/bà vui lòng liên hệ cán bộ Văn phòng - Thống kê phường.
report-period-closed = Kỳ báo cáo {$period} đã kết thúc nên không nhận thêm số liệu. Nếu cần điều chỉnh, ông/bà vui lòng liên hệ cán bộ Văn phòng - Thống kê phường.
report-start =
    Báo cáo kết quả thi đua kỳ {$period} của {$group}. Hạn nộp: {$deadline}.

    Bot sẽ hỏi lần lượt {$count} câu. Mỗi câu trả lời được lưu ngay; ông/bà có thể bấm "Hủy" để dừng và làm tiếp lúc khác.
report-resume = Ông/bà đang làm dở báo cáo kỳ {$period} của {$group}: đã trả lời {$answered}/{$count} câu. Ông/bà có muốn làm tiếp không?
report-continue = Bot hỏi tiếp từ câu {$number}.
report-returned =
    Báo cáo kỳ {$period} của {$group} được phường trả lại để bổ sung.
    Ý kiến của phường: {$comment}

    Ông/bà vui lòng trả lời lại các mục cần sửa.
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
report-question-yes-no = Ông/bà bấm "Có" hoặc "Không".
report-question-text = Ông/bà gõ nội dung ngắn gọn (tối đa 1.000 ký tự).
report-question-current = Đã trả lời: {$value}
report-saved = ✅ Đã lưu: {$label}: {$value}
report-text-only = Xin lỗi, bot chỉ đọc được tin nhắn chữ. Ông/bà vui lòng gõ câu trả lời bằng chữ số hoặc bấm nút bên dưới câu hỏi.
report-press-button = Ông/bà vui lòng bấm một trong các nút bên dưới.
report-summary-title = Báo cáo kỳ {$period} của {$group}
report-summary-movement = Phong trào "{$name}":
report-summary-other = Nội dung khác:
report-summary-line = {$number}. {$label}: {$value}
report-summary-missing = (chưa trả lời)
report-summary-none = (không có)
report-summary-ask = Ông/bà kiểm tra lại các số liệu trên. Nếu đúng, ông/bà bấm "✅ Gửi báo cáo"; nếu cần sửa, bấm "✏️ Sửa một mục".
report-summary-submitted = Báo cáo đã gửi lúc {$time}. Ông/bà vẫn có thể sửa số liệu cho đến khi kỳ báo cáo kết thúc.
report-edit-pick = Ông/bà muốn sửa mục nào? Bấm vào số thứ tự của mục đó trong bảng trên.
report-cannot-submit = Báo cáo chưa gửi được vì còn các mục sau cần xem lại:
report-submitted =
    ✅ Đã gửi báo cáo kỳ {$period} của {$group} lúc {$time}.

    Cảm ơn ông/bà! Phường sẽ xem xét và báo lại nếu cần bổ sung. Ông/bà vẫn có thể sửa số liệu cho đến khi kỳ báo cáo kết thúc.
report-later = Đã lưu báo cáo đang làm dở. Khi nào tiện, ông/bà bấm "📝 Báo cáo kết quả" để làm tiếp.
report-done = Đã lưu các thay đổi. Cảm ơn ông/bà!
report-status-not-sent = Trạng thái: chưa gửi.
report-status-draft = Trạng thái: chưa gửi.
report-status-submitted = Trạng thái: đã gửi lúc {$time}, chờ phường duyệt.
report-status-returned = Trạng thái: phường đã trả lại để bổ sung.
report-status-approved = Trạng thái: đã được phường duyệt.

## Reading answers (keys returned by src/domain/parse and src/domain/validate)
parse-error-empty = Ông/bà chưa nhập câu trả lời. Xin ông/bà nhập lại.
parse-error-not-a-number = Chưa đọc được con số ông/bà nhập. Xin ông/bà nhập bằng chữ số, ví dụ: {$example}.
parse-error-negative = Số liệu không thể là số âm. Xin ông/bà nhập lại.
parse-error-fraction = Số liệu này phải là số nguyên, không có phần lẻ. Xin ông/bà nhập lại, ví dụ: {$example}.
parse-error-too-large = Con số này lớn quá mức cho phép. Xin ông/bà kiểm tra lại.
parse-error-approximate = Báo cáo cần con số cụ thể. Xin ông/bà nhập số chính xác, không ghi "khoảng", "hơn", ví dụ: {$example}.
parse-error-not-yes-no = Xin ông/bà trả lời "Có" hoặc "Không", hoặc bấm nút bên dưới.
parse-error-too-long = Nội dung dài hơn {$max} ký tự. Xin ông/bà viết ngắn gọn lại.
parse-error-number-too-long = Câu trả lời quá dài. Xin ông/bà chỉ gõ con số, ví dụ: {$example}.
parse-error-multiple-numbers = Ông/bà đã nhập nhiều hơn một con số. Xin ông/bà chỉ nhập một số, ví dụ: {$example}.
parse-confirm-number = Có phải ông/bà muốn nhập {$value} không ạ?
parse-choose-number = Con số "{$input}" có thể hiểu theo nhiều cách. Xin ông/bà chọn số đúng:
conflict-below-min = {$label} phải từ {$min} trở lên; ông/bà vừa nhập {$value}. Xin ông/bà kiểm tra lại.
conflict-above-max = {$label} không được vượt quá {$max}; ông/bà vừa nhập {$value}. Xin ông/bà kiểm tra lại.
conflict-exceeds-other = {$label} ({$value}) không được lớn hơn {$otherLabel} ({$otherValue}). Xin ông/bà kiểm tra lại.
conflict-missing-required = Ông/bà chưa trả lời mục "{$label}".
conflict-wrong-type = Câu trả lời cho mục "{$label}" chưa đúng loại. Xin ông/bà nhập lại.
conflict-not-whole-number = {$label} phải là số nguyên.
conflict-too-long = Nội dung mục "{$label}" dài hơn {$max} ký tự. Xin ông/bà viết ngắn gọn lại.

## Progress of the groups (/tiendo) and review of a group's report
progress-leader-refused = Xin lỗi ông/bà, chức năng này dành cho cán bộ phường. Để báo cáo kết quả của tổ, ông/bà bấm nút "📝 Báo cáo kết quả".
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
progress-group-not-found = Không tìm thấy tổ này trong phường của ông/bà.
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
review-button-approve = ✅ Duyệt
review-button-return = ↩️ Trả lại để bổ sung
review-button-reopen = 🔓 Mở lại
review-button-back = « Danh sách các tổ
review-not-allowed = Chỉ cán bộ Văn phòng - Thống kê mới duyệt hoặc trả lại báo cáo.
review-period-closed = Kỳ báo cáo này đã đóng, không thay đổi được trạng thái báo cáo.
review-status-changed = Báo cáo này hiện ở trạng thái "{$status}", nên chưa thực hiện được. Bot đã cập nhật lại nội dung.
review-approved-toast = Đã duyệt báo cáo.
review-reopened-toast = Đã mở lại báo cáo, trạng thái: chờ duyệt.
review-leader-approved = Báo cáo {$period} của {$group} đã được cán bộ phường duyệt. Cảm ơn ông/bà!
review-pick-expired = Việc trả lại báo cáo này đã kết thúc. Ông/bà mở lại báo cáo của tổ từ "📊 Tiến độ các tổ".
review-cannot-return = Báo cáo của {$group} không còn ở trạng thái chờ duyệt, nên không trả lại được.
review-pick-on = ☑️ {$label}
review-pick-off = ⬜ {$label}
review-pick-all = Tất cả các mục
review-pick-next = Tiếp tục ▶
review-pick-cancel = Hủy
review-pick-items = Trả lại báo cáo của {$group} để bổ sung. Ông/bà bấm chọn các mục tổ cần sửa (bấm lần nữa để bỏ chọn), rồi bấm "Tiếp tục". Bấm "Tất cả các mục" nếu cần sửa toàn bộ.
review-pick-hint = Ông/bà vui lòng bấm chọn các mục cần bổ sung ở tin nhắn trên, rồi bấm "Tiếp tục".
review-return-cancelled = Đã hủy việc trả lại báo cáo. Báo cáo vẫn ở trạng thái chờ duyệt.
review-pick-none = Ông/bà chưa chọn mục nào. Hãy bấm chọn ít nhất một mục, hoặc bấm "Tất cả các mục".
review-picked =
    Các mục {$group} cần bổ sung:
    {$items}
review-item-line = • {$label}
review-ask-comment = Ông/bà gõ ý kiến gửi tổ trưởng: cần bổ sung, sửa lại điều gì (tối đa {$max} ký tự).
review-ask-comment-again = Ông/bà vui lòng gõ ý kiến gửi tổ trưởng bằng chữ, hoặc bấm "Hủy".
review-leader-returned =
    Báo cáo {$period} của {$group} được cán bộ phường trả lại để bổ sung.

    Ý kiến của cán bộ phường: {$comment}

    Các mục cần bổ sung:
    {$items}

    Ông/bà bấm "📝 Báo cáo kết quả" để sửa các mục trên rồi gửi lại báo cáo.
review-comment-cut = Ý kiến dài quá {$max} ký tự nên đã được rút gọn.
review-returned-done = Đã trả lại báo cáo của {$group} để bổ sung và gửi ý kiến tới {$count} tổ trưởng.
review-returned-no-leader = Đã trả lại báo cáo của {$group} để bổ sung. Tổ chưa có tổ trưởng đăng ký dùng bot (hoặc bot không gửi được tin), ông/bà vui lòng báo trực tiếp cho tổ.

## Invites (/moi)
invite-role-leader = Tổ trưởng tổ dân phố
invite-role-officer = Cán bộ Văn phòng - Thống kê
invite-role-chair = Chủ tịch UBND phường
invite-role-council = Thành viên Hội đồng Thi đua - Khen thưởng
invite-button-cancel = Hủy
invite-button-skip-name = Bỏ qua, không ghi tên
invite-create-not-allowed = Xin lỗi ông/bà, chỉ cán bộ Văn phòng - Thống kê mới tạo được lời mời.
invite-create-pick-role = Ông/bà muốn mời ai tham gia? Bấm chọn vai trò:
invite-create-press-button = Ông/bà vui lòng bấm một nút ở tin nhắn trên, hoặc bấm "Hủy".
invite-create-cancelled = Đã hủy, chưa tạo lời mời nào.
invite-create-no-groups = Phường chưa có tổ dân phố nào trong hệ thống. Vui lòng nhờ người quản trị nhập danh sách tổ trước.
invite-create-pick-group = Tổ trưởng của tổ nào? Bấm chọn tổ:
invite-create-ask-name = Ông/bà gõ họ và tên của {$role} được mời (để người đó chỉ cần xác nhận khi đăng ký), hoặc bấm "Bỏ qua".
invite-create-ask-name-listed = Bấm chọn tên {$role} có trong danh sách của phường, hoặc gõ họ và tên người khác, hoặc bấm "Bỏ qua".
invite-create-ask-name-again = Ông/bà vui lòng gõ họ và tên người được mời, hoặc bấm "Bỏ qua".
invite-create-name-invalid = Họ và tên cần có từ 2 đến 80 ký tự chữ, không có chữ số. Ông/bà vui lòng gõ lại, hoặc bấm "Bỏ qua".
invite-create-done =
    Đã tạo lời mời {$role}.

    Đường liên kết mời (chỉ dùng được một lần, hạn đến {$expires}):
    {$link}

    Ông/bà gửi đường liên kết này cho người được mời (qua Zalo, tin nhắn hoặc thư điện tử). Người đó bấm vào liên kết, Telegram sẽ mở trợ lý thi đua; bấm "Bắt đầu" (Start) để đăng ký.
invite-create-done-named =
    Đã tạo lời mời {$role}: {$name}.

    Đường liên kết mời (chỉ dùng được một lần, hạn đến {$expires}):
    {$link}

    Ông/bà gửi đường liên kết này cho {$name} (qua Zalo, tin nhắn hoặc thư điện tử). Người đó bấm vào liên kết, Telegram sẽ mở trợ lý thi đua; bấm "Bắt đầu" (Start) để đăng ký.
invite-create-expired = Việc tạo lời mời này đã kết thúc. Ông/bà gõ /moi để tạo lời mời mới.

## Pledge (đăng ký, ký cam kết thi đua)
pledge-start = Đăng ký thi đua năm {$year} của {$group}. Bot sẽ hỏi {$count} nội dung đăng ký; sau đó ông/bà xem lại bản đăng ký và ký cam kết.
pledge-question-heading = Nội dung {$number}/{$count}
pledge-question-yes-no = Tổ có {$title} không?
pledge-question-count = {$title} là bao nhiêu? (đơn vị: {$unit})
pledge-question-households = Tổ hiện có {$households} hộ.
pledge-yes = Có đăng ký
pledge-no = Không đăng ký
pledge-ambiguous = Con số này có thể hiểu là {$candidates}. Xin ông/bà gõ lại con số, không dùng dấu phẩy.
pledge-over-households = Số đăng ký ({$value}) không được lớn hơn số hộ của tổ ({$households}). Xin ông/bà kiểm tra lại.
pledge-document-title = BẢN ĐĂNG KÝ THI ĐUA NĂM {$year}
pledge-document-subtitle = {$group} - {$ward}
pledge-document-intro = Hưởng ứng các phong trào thi đua yêu nước năm {$year}, {$group} đăng ký:
pledge-document-commitment = Tổ xin cam kết vận động các hộ gia đình trong tổ tích cực hưởng ứng, tổ chức thực hiện tốt các nội dung đã đăng ký.
pledge-ask-sign = Nếu các nội dung trên đúng, ông/bà bấm "✍️ Tôi xin cam kết" để ký cam kết thi đua.
pledge-button-sign = ✍️ Tôi xin cam kết
pledge-button-edit = ✏️ Sửa lại
pledge-button-redo = ✏️ Đăng ký lại
pledge-signed = ✅ {$group} đã ký cam kết thi đua năm {$year} lúc {$time}. Cảm ơn ông/bà!
pledge-signed-at = Đã ký cam kết lúc {$time}.
pledge-kept = Bản đăng ký thi đua của tổ được giữ nguyên.
pledge-later = Bản đăng ký chưa được ký. Khi nào tiện, ông/bà bấm "✍️ Đăng ký thi đua" để làm lại và ký cam kết.

## Deadline reminders (src/reminders, /nhacnho)
reminder-command = Nhắc các tổ chưa nộp báo cáo
reminder-button-open = 📝 Mở báo cáo
reminder-when = { $days ->
        [0] hôm nay là hạn cuối
       *[other] còn {$days} ngày
    }
reminder-leader-not-started =
    ⏰ Nhắc hạn nộp báo cáo

    Kính gửi ông/bà {$name},
    {$group} chưa gửi báo cáo kết quả thi đua kỳ {$period}. Hạn nộp báo cáo là {$deadline} ({$when}).

    Ông/bà vui lòng bấm nút "{$button}" bên dưới để bắt đầu; bot sẽ hỏi lần lượt {$count} câu.
reminder-leader-draft =
    ⏰ Nhắc hạn nộp báo cáo

    Kính gửi ông/bà {$name},
    Báo cáo kết quả thi đua kỳ {$period} của {$group} đang làm dở, còn {$remaining}/{$count} câu chưa trả lời. Hạn nộp báo cáo là {$deadline} ({$when}).

    Ông/bà vui lòng bấm nút "{$button}" bên dưới để làm tiếp từ câu đang dừng.
reminder-leader-unsent =
    ⏰ Nhắc hạn nộp báo cáo

    Kính gửi ông/bà {$name},
    Báo cáo kết quả thi đua kỳ {$period} của {$group} đã trả lời đủ {$count} câu nhưng chưa được gửi lên phường. Hạn nộp báo cáo là {$deadline} ({$when}).

    Ông/bà vui lòng bấm nút "{$button}" bên dưới để xem lại và gửi báo cáo.
reminder-leader-returned =
    ⏰ Nhắc hạn nộp báo cáo

    Kính gửi ông/bà {$name},
    Báo cáo kết quả thi đua kỳ {$period} của {$group} đã được phường trả lại để bổ sung và chưa được gửi lại. Hạn nộp báo cáo là {$deadline} ({$when}).

    Ông/bà vui lòng bấm nút "{$button}" bên dưới để bổ sung và gửi lại báo cáo.
reminder-digest-title = 🔔 Kết quả nhắc hạn nộp báo cáo kỳ {$period} (hạn nộp {$deadline})
reminder-digest-title-manual = 🔔 Kết quả nhắc hạn nộp báo cáo theo yêu cầu của cán bộ, kỳ {$period} (hạn nộp {$deadline})
reminder-digest-missing = Còn {$missing}/{$total} tổ chưa nộp: {$groups}.
reminder-digest-sent = Đã gửi tin nhắc cho {$count} tổ trưởng.
reminder-digest-blocked = Tổ trưởng đã chặn bot nên không nhận được tin nhắc ({$count}): {$list}. Đề nghị ông/bà liên hệ trực tiếp.
reminder-digest-failed = Chưa xác nhận gửi được tin nhắc do lỗi ({$count}): {$list}. Để tránh gửi trùng, bot không tự gửi lại; đề nghị ông/bà liên hệ trực tiếp.
reminder-digest-unregistered = Tổ chưa có tổ trưởng dùng bot ({$count}): {$groups}.
reminder-digest-all-submitted = Tất cả {$total} tổ đã nộp báo cáo.
reminder-digest-leader = {$group} ({$name})
reminder-digest-more = và {$count} tổ khác
reminder-manual-not-allowed = Chỉ cán bộ Văn phòng - Thống kê phường mới dùng được lệnh nhắc hạn nộp báo cáo.
reminder-manual-no-period = Hiện không có kỳ báo cáo nào đang mở nên không có gì để nhắc.
reminder-manual-started = { $count ->
        [0] Hiện không có tổ trưởng nào nhận được tin nhắc (các tổ chưa nộp chưa có tổ trưởng dùng bot, tổ trưởng đã chặn bot, hoặc vừa được nhắc). Bot gửi ông/bà danh sách các tổ chưa nộp ngay sau đây.
       *[other] Bot đang gửi tin nhắc hạn nộp báo cáo kỳ {$period} cho {$count} tổ trưởng của các tổ chưa nộp. Gửi xong, bot sẽ báo kết quả cho ông/bà.
    }
reminder-manual-quiet = Để không làm phiền các tổ trưởng, bot không gửi tin nhắc từ 21 giờ tối đến 7 giờ sáng. Ông/bà vui lòng dùng lệnh /nhacnho sau 7 giờ sáng.
reminder-manual-after-deadline = Kỳ báo cáo {$period} đã hết hạn nộp ({$deadline}) nên bot không gửi tin nhắc nữa. Ông/bà xem các tổ chưa nộp bằng lệnh /tiendo.
reminder-manual-all-submitted = Tất cả {$total} tổ đã nộp báo cáo kỳ {$period}, không cần nhắc.

## Reports for officials (/baocao)
reports-choose-period = Ông/bà muốn lập báo cáo tổng hợp của kỳ nào?
reports-period-open = 🟢 {$name} (đang mở)
reports-period-closed = {$name}
reports-no-period = Phường chưa có kỳ báo cáo nào.
reports-not-allowed = Xin lỗi, ông/bà không có quyền xem báo cáo tổng hợp này.
reports-no-data = Kỳ {$period} chưa có tổ nào nộp báo cáo nên chưa lập được báo cáo tổng hợp. Hiện có {$draft} tổ đang làm dở, {$notStarted}/{$total} tổ chưa bắt đầu. Ông/bà có thể xem chi tiết bằng lệnh /tiendo.
reports-making = Đang lập báo cáo kỳ {$period}, ông/bà vui lòng chờ trong giây lát…
reports-failed = Xin lỗi, hệ thống chưa lập được báo cáo do gặp sự cố. Bộ phận kỹ thuật đã được ghi nhận; ông/bà vui lòng thử lại sau ít phút.
reports-caption-summary = Bảng tổng hợp kết quả thi đua của các tổ dân phố, kỳ {$period} (đã nộp {$reported}/{$total} tổ).
reports-caption-report-pdf = Báo cáo sơ kết kỳ {$period} theo thể thức Nghị định 30/2020/NĐ-CP (bản PDF để xem, in).
reports-caption-report-docx = Báo cáo sơ kết kỳ {$period}, bản Word để Văn phòng chỉnh sửa trước khi trình Chủ tịch ký.
reports-caption-data-xlsx = Số liệu chi tiết của các tổ, kỳ {$period} (bảng tính Excel).

## Ward-level figures (/solieu)
command-solieu = Nhập số liệu khen thưởng, giải thưởng của phường
figures-choose-period = Ông/bà muốn nhập số liệu khen thưởng, giải thưởng của phường cho kỳ nào?
figures-not-allowed = Xin lỗi, chỉ cán bộ Văn phòng - Thống kê mới nhập được số liệu của phường.
figures-start = Nhập số liệu cấp phường cho kỳ {$period}: {$count} mục. Với mục đã có số liệu, ông/bà bấm "Giữ nguyên" nếu không cần sửa.
figures-question = Mục {$number}/{$count}: {$label}?
    Ví dụ: {$example}
figures-ambiguous = Con số này có thể hiểu là {$candidates}. Xin ông/bà gõ lại con số, không dùng dấu phẩy.
figures-done = Đã lưu số liệu cấp phường kỳ {$period}:

## Security (src/bot/middlewares/rate-limit.ts)
security-rate-limited = Bot nhận được nhiều tin nhắn của ông/bà trong thời gian rất ngắn nên tạm thời chưa xử lý các tin vừa gửi. Ông/bà vui lòng chờ khoảng một phút rồi gửi lại tin nhắn cần thiết ạ.

## City roll-up (a city-level official's /baocao; src/bot/features/city)
city-choose-period = Ông/bà muốn nhận báo cáo tổng hợp của {$city} cho kỳ nào?
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
city-no-city = Xin lỗi ông/bà, phường của ông/bà chưa được gắn với thành phố nào nên chưa lập được báo cáo tổng hợp cấp thành phố. Ông/bà vui lòng liên hệ bộ phận quản trị hệ thống.
city-no-period = Các phường, xã thuộc {$city} chưa có kỳ báo cáo nào.
city-not-allowed = Xin lỗi, chức năng này chỉ dành cho cán bộ theo dõi thi đua cấp thành phố.
city-no-data = Đến nay, {$period} của {$city} chưa có tổ dân phố nào nộp báo cáo nên chưa lập được báo cáo tổng hợp. Hiện có {$wards}/{$totalWards} phường, xã đã mở kỳ này, với {$groups} tổ dân phố.
city-making = Đang tổng hợp số liệu {$period} của {$wards} phường, xã thuộc {$city}, ông/bà vui lòng chờ trong giây lát…
city-failed = Xin lỗi, hệ thống chưa lập được báo cáo tổng hợp cấp thành phố do gặp sự cố. Bộ phận kỹ thuật đã được ghi nhận; ông/bà vui lòng thử lại sau ít phút.
city-caption-pdf = Bảng tổng hợp kết quả thi đua theo từng phường, xã và toàn {$city}, {$period} (đã nộp {$reported}/{$total} tổ dân phố).
city-caption-xlsx = Số liệu tổng hợp theo từng phường, xã của {$city}, {$period} (bảng tính Excel; dòng tổng cộng và các tỷ lệ là công thức).
city-help =
    Hướng dẫn dành cho cán bộ theo dõi thi đua cấp thành phố:

    • "📑 Báo cáo tổng hợp" (/baocao): chọn kỳ báo cáo (sơ kết hoặc tổng kết của từng năm) để nhận bảng tổng hợp kết quả thi đua theo từng phường, xã và toàn thành phố (bản PDF) cùng bảng số liệu (bản Excel).
    • Số liệu chỉ tính các tổ dân phố đã nộp báo cáo; phường, xã chưa mở kỳ báo cáo được ghi "Chưa có kỳ này".
    • Gõ /huy để dừng việc đang làm.
city-progress-hint = Chức năng theo dõi tiến độ từng tổ dân phố dành cho cán bộ phường. Để xem số tổ đã nộp báo cáo của từng phường, xã, ông/bà bấm "📑 Báo cáo tổng hợp".

## Report settings (/caidat)
command-caidat = Cài đặt báo cáo: số văn bản, người ký, nơi nhận
settings-overview =
    Cài đặt báo cáo sơ kết của phường:
    • Số văn bản: {$number}
    • Người ký: {$title} {$signer}
    • Nơi nhận:
    {$recipients}

    Ông/bà bấm mục cần sửa, hoặc "Xong".
settings-recipients-template = (theo mẫu báo cáo)
settings-button-number = Số văn bản
settings-button-signer = Người ký
settings-button-title = Chức danh người ký
settings-button-recipients = Nơi nhận
settings-button-blank-number = Để trống, Văn phòng tự điền
settings-ask-number = Ông/bà gõ số của báo cáo (chỉ gõ số, ví dụ: 125), hoặc bấm nút bên dưới để để trống.
settings-ask-signer = Ông/bà gõ họ và tên đầy đủ của người ký báo cáo (ví dụ: Trần Đình Thìn).
settings-ask-title = Ông/bà gõ chức danh của người ký (ví dụ: CHỦ TỊCH, hoặc KT. CHỦ TỊCH - PHÓ CHỦ TỊCH).
settings-ask-recipients = Ông/bà gõ danh sách nơi nhận, mỗi nơi một dòng, dòng cuối là nơi lưu (ví dụ: Lưu: VP.).
settings-number-invalid = Số văn bản chỉ gồm chữ số, ví dụ: 125. Xin ông/bà gõ lại.
settings-signer-invalid = Họ và tên cần từ 2 đến 80 ký tự chữ. Xin ông/bà gõ lại.
settings-title-invalid = Chức danh cần từ 2 đến 60 ký tự. Xin ông/bà gõ lại.
settings-recipients-invalid = Danh sách nơi nhận cần từ 1 đến 20 dòng, mỗi dòng không quá 200 ký tự. Xin ông/bà gõ lại.
settings-saved = Đã lưu cài đặt. Báo cáo lập lần sau (/baocao) sẽ dùng các cài đặt này.

## Catalogue workbook (/danhmuc) and groups list sent as a file (src/bot/features/catalogue)
command-danhmuc = Danh mục phong trào, chỉ tiêu (tệp Excel để sửa và gửi lại)
catalogue-not-allowed = Xin lỗi ông/bà, chỉ cán bộ Văn phòng - Thống kê mới sửa được danh mục và danh sách tổ.
catalogue-export-caption =
    Danh mục phong trào, chỉ tiêu và nội dung đăng ký thi đua của {$ward}.

    Ông/bà mở tệp bằng Excel, sửa ở các trang "Phong trào", "Chỉ tiêu", "Đăng ký thi đua" (trang "Hướng dẫn" có cách sửa), lưu lại rồi gửi lại tệp cho bot dưới dạng tệp (📎 → Tệp).
catalogue-file-checking = Đã nhận tệp {$file}. Bot đang kiểm tra, ông/bà chờ một chút…
catalogue-file-not-xlsx = Bot chỉ đọc được tệp Excel (.xlsx). Ông/bà vui lòng lưu tệp dạng "Excel Workbook (.xlsx)" rồi gửi lại.
catalogue-file-too-big = Tệp lớn quá {$limit} MB nên bot chưa đọc. Ông/bà vui lòng xóa bớt các trang, hình ảnh không cần thiết rồi gửi lại.
catalogue-file-unreadable = Bot không mở được tệp này như một tệp Excel. Ông/bà vui lòng mở lại bằng Excel, lưu dạng .xlsx rồi gửi lại.
catalogue-file-download-failed = Bot chưa tải được tệp từ Telegram. Ông/bà vui lòng gửi lại tệp sau ít phút.
catalogue-import-problems =
    Danh mục chưa được lưu: bot thấy {$count} chỗ cần sửa. Chưa có gì thay đổi.

    {$problems}

    Ông/bà sửa các chỗ trên trong tệp rồi gửi lại cả tệp.
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
groups-import-problems =
    Danh sách tổ chưa được nhập: bot thấy {$count} dòng cần sửa. Chưa có gì thay đổi.

    {$problems}

    Ông/bà sửa các dòng trên trong tệp rồi gửi lại cả tệp.
groups-import-problem-line = • Dòng {$row}: {$reason}.
groups-import-exists = tổ “{$name}” đã có trong danh sách của phường
groups-import-done =
    Đã nhập {$groups} tổ dân phố, {$leaders} tổ trưởng (mỗi tổ trưởng một lời mời, hạn {$days} ngày).
    Ông/bà gõ /phieumoi để nhận phiếu mời in sẵn mã QR cho các tổ trưởng.
groups-import-without-leader = Các dòng chưa có tên tổ trưởng (đã tạo tổ, chưa có lời mời): {$rows}.

## Groups and people (/thanhvien, /phieumoi; src/bot/features/groups)
command-thanhvien = Danh sách tổ, tổ trưởng: ai đã đăng ký, ai chưa
command-phieumoi = Phiếu mời in sẵn mã QR cho tổ trưởng chưa đăng ký (PDF)
members-title = Thành viên của {$ward}: {$registered} đã đăng ký, {$pending} chưa đăng ký, {$blocked} đã chặn bot.
members-section-registered = Đã đăng ký:
members-section-pending = Chưa đăng ký (đã có lời mời):
members-section-blocked = Đã chặn bot (không nhận được tin nhắn):
members-line = • {$name} - {$role}
members-none = (không có)
invite-sheet-making = Bot đang làm phiếu mời, ông/bà chờ một chút…
invite-sheet-caption = Phiếu mời của {$ward}: {$pending} tổ trưởng chưa đăng ký ({$registered} đã đăng ký, {$noLeader} tổ chưa có tổ trưởng). Ông/bà in ra, mỗi tổ trưởng quét mã QR của mình để đăng ký.
invite-sheet-nothing = Tất cả tổ trưởng đã đăng ký, không cần phiếu mời nào.
command-nhapthay = Nhập báo cáo của một tổ thay tổ trưởng (theo số liệu báo qua điện thoại, giấy)
on-behalf-pick-group = Ông/bà nhập báo cáo {$period} thay tổ trưởng của tổ nào? Bấm chọn tổ:
on-behalf-no-period = Hiện chưa có kỳ báo cáo nào đang mở nên chưa nhập thay được.
on-behalf-no-groups = Phường chưa có tổ dân phố nào.
on-behalf-start = Ông/bà đang nhập báo cáo của {$group} thay tổ trưởng. Mỗi số liệu được ghi là do ông/bà nhập thay; tổ trưởng đã đăng ký sẽ được báo.
on-behalf-leader-notice = Cán bộ {$officer} đang nhập báo cáo {$period} của {$group} thay ông/bà, theo số liệu tổ đã báo. Ông/bà có thể xem lại bằng lệnh /xem.
on-behalf-expired = Danh sách này đã cũ. Ông/bà gõ lại /nhapthay.
command-to = Thêm, đổi tên, gộp tổ dân phố
command-totruong = Đổi tổ trưởng của một tổ
groups-usage =
    Cách dùng (mỗi lệnh gõ trên một dòng):
    /to them Tổ 27
    /to doiten Tổ 3 | Tổ dân phố số 3
    /to gop Tổ 1 | Tổ 2
    (gộp Tổ 2 vào Tổ 1: lịch sử được giữ nguyên, từ kỳ sau hai tổ báo cáo chung)
groups-added = Đã thêm {$name}. Ông/bà gõ /moi để mời tổ trưởng của tổ.
groups-renamed = Đã đổi tên {$from} thành {$to}.
groups-merged = Đã gộp {$from} vào {$into}. Báo cáo cũ của {$from} vẫn được giữ; từ kỳ báo cáo sau, {$into} báo cáo chung cho cả hai tổ. Tổ trưởng của {$from} nay thuộc {$into}.
groups-refused-exists = Chưa thay đổi gì: phường đã có tổ tên như vậy.
groups-refused-not-found = Chưa thay đổi gì: không tìm thấy tổ đang hoạt động có tên như vậy. Ông/bà gõ /thanhvien để xem danh sách tổ.
groups-refused-same-group = Chưa thay đổi gì: không gộp một tổ vào chính nó.
groups-refused-bad-name = Chưa thay đổi gì: tên tổ cần có từ 2 đến 80 ký tự.
leader-usage =
    Cách dùng:
    /totruong Tổ 3 | Lê Văn Mới
    Bot tạo lời mời cho tổ trưởng mới; tổ trưởng cũ vẫn dùng được cho đến khi người mới đăng ký.
    /totruong Tổ 3 | Lê Văn Mới | ngay
    Tổ trưởng cũ thôi dùng bot ngay. Báo cáo cũ vẫn được giữ nguyên.
leader-replaced =
    Đã tạo lời mời tổ trưởng mới của {$group}: {$name} (hạn đến {$expires}):
    {$link}
leader-replaced-later = {$old} vẫn dùng được bot cho đến khi {$name} đăng ký.
leader-replaced-now = {$old} đã thôi dùng bot từ bây giờ.
leader-name-invalid = Chưa thay đổi gì: họ và tên tổ trưởng mới cần có từ 2 đến 80 ký tự.
