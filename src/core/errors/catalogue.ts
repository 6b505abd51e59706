/**
 * The error catalogue: every error the API returns has a stable code, an HTTP status and a
 * message in Vietnamese (shown to users) and English. Codes never change meaning once released.
 */
export const ERROR_CATALOGUE = {
  VALIDATION_FAILED: { status: 400, vi: 'Dữ liệu không hợp lệ.', en: 'The request is not valid.' },
  TEXT_NOT_WELL_FORMED: {
    status: 400,
    vi: 'Văn bản chứa ký tự Unicode không hợp lệ (nửa cặp thay thế); hãy gõ hoặc dán lại.',
    en: 'The text holds ill-formed Unicode (a lone surrogate); type or paste it again.',
  },
  AUTH_REQUIRED: { status: 401, vi: 'Vui lòng đăng nhập.', en: 'Please sign in.' },
  INVALID_CREDENTIALS: {
    status: 401,
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'Wrong username or password.',
  },
  PASSWORD_TOO_WEAK: {
    status: 422,
    vi: 'Mật khẩu quá yếu: cần ít nhất 10 ký tự, không chứa tên đăng nhập, không phải mật khẩu phổ biến.',
    en: 'The password is too weak: at least 10 characters, not containing the username, not a common password.',
  },
  CURRENT_PASSWORD_WRONG: {
    status: 403,
    vi: 'Mật khẩu hiện tại không đúng.',
    en: 'The current password is wrong.',
  },
  ACCOUNT_DISABLED: { status: 403, vi: 'Tài khoản đã bị khóa.', en: 'This account is disabled.' },
  TOO_MANY_LOGIN_ATTEMPTS: {
    status: 429,
    vi: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.',
    en: 'Too many failed sign-ins. Try again in a few minutes.',
  },
  CSRF_TOKEN_INVALID: {
    status: 403,
    vi: 'Phiên làm việc không hợp lệ, vui lòng tải lại trang.',
    en: 'Missing or invalid CSRF token; reload the page.',
  },
  FORBIDDEN: {
    status: 403,
    vi: 'Bạn không có quyền thực hiện thao tác này.',
    en: 'You are not allowed to do this.',
  },
  SETUP_ALREADY_DONE: {
    status: 409,
    vi: 'Hệ thống đã được thiết lập.',
    en: 'Setup has already been completed.',
  },
  SETUP_TOKEN_INVALID: { status: 403, vi: 'Mã thiết lập không đúng.', en: 'The setup token is wrong.' },
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy.', en: 'Not found.' },
  UNIT_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy đơn vị hành chính.',
    en: 'Administrative unit not found.',
  },
  UNIT_NOT_CURRENT: {
    status: 422,
    vi: 'Chỉ được chọn đơn vị hành chính hiện hành (từ 01/7/2025).',
    en: 'Only administrative units in force (since 2025-07-01) can be chosen.',
  },
  AGENCY_NOT_FOUND: { status: 404, vi: 'Không tìm thấy cơ quan, đơn vị.', en: 'Agency not found.' },
  AGENCY_PARENT_INVALID: {
    status: 422,
    vi: 'Cơ quan cấp trên không hợp lệ.',
    en: 'The parent agency is not valid.',
  },
  USER_NOT_FOUND: { status: 404, vi: 'Không tìm thấy người dùng.', en: 'User not found.' },
  USERNAME_TAKEN: { status: 409, vi: 'Tên đăng nhập đã được sử dụng.', en: 'This username is taken.' },
  ROLE_ALREADY_ASSIGNED: {
    status: 409,
    vi: 'Người dùng đã có vai trò này tại đơn vị này.',
    en: 'The user already has this role for this unit.',
  },
  ROLE_NOT_FOUND: { status: 404, vi: 'Không tìm thấy vai trò.', en: 'Role assignment not found.' },
  ROLE_SCOPE_REQUIRED: {
    status: 422,
    vi: 'Vai trò này phải gắn với một đơn vị hành chính.',
    en: 'This role must be scoped to an administrative unit.',
  },
  CANNOT_CHANGE_SELF: {
    status: 422,
    vi: 'Không thể tự khóa tài khoản hoặc tự bỏ quyền quản trị của mình.',
    en: 'You cannot disable your own account or remove your own admin role.',
  },
  BACKUP_INVALID: { status: 400, vi: 'Tệp sao lưu không hợp lệ.', en: 'The backup file is not valid.' },
  PLAN_NOT_FOUND: { status: 404, vi: 'Không tìm thấy kế hoạch.', en: 'Plan not found.' },
  PLAN_STATUS_CONFLICT: {
    status: 409,
    vi: 'Không thể thực hiện thao tác này ở trạng thái hiện tại của kế hoạch.',
    en: 'This action is not possible in the plan’s current status.',
  },
  TASK_NOT_FOUND: { status: 404, vi: 'Không tìm thấy nhiệm vụ.', en: 'Task not found.' },
  FILE_TOO_LARGE: {
    status: 413,
    vi: 'Tệp quá lớn (tối đa 10 MB).',
    en: 'The file is too large (10 MB at most).',
  },
  FILE_TYPE_NOT_SUPPORTED: {
    status: 415,
    vi: 'Loại tệp không được hỗ trợ, hoặc nội dung tệp không đúng với đuôi tệp.',
    en: 'This file type is not supported, or the content does not match the file extension.',
  },
  FILE_UNREADABLE: {
    status: 422,
    vi: 'Không đọc được tệp (tệp bị hỏng hoặc được đặt mật khẩu).',
    en: 'The file cannot be read (it is damaged or password-protected).',
  },
  FILE_UNPACKS_TOO_LARGE: {
    status: 413,
    vi: 'Tệp nén bung ra quá lớn (tệp hỏng hoặc cố ý làm quá tải máy chủ); không xử lý.',
    en: 'The file expands to too much data when unpacked (damaged, or built to overload the server).',
  },
  FILE_TEXT_TOO_LONG: {
    status: 413,
    vi: 'Nội dung văn bản của tệp quá dài (tối đa 2 MB chữ).',
    en: 'The file holds too much text (2 MB of text at most).',
  },
  FILE_PARSE_TIMEOUT: {
    status: 422,
    vi: 'Đọc tệp mất quá nhiều thời gian (tệp quá phức tạp hoặc hỏng); không xử lý.',
    en: 'Reading the file took too long (too complex or damaged); nothing was done.',
  },
  PDF_HAS_NO_TEXT: {
    status: 422,
    vi: 'Tệp PDF không có lớp văn bản (có thể là bản quét). Hãy dùng tệp .docx hoặc dán nội dung văn bản.',
    en: 'The PDF has no text layer (it may be a scan). Use a .docx file or paste the text.',
  },
  REPORT_FORM_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy biểu mẫu báo cáo.',
    en: 'Report form not found.',
  },
  REPORT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy báo cáo.', en: 'Report not found.' },
  REPORT_EXISTS: {
    status: 409,
    vi: 'Đơn vị đã có báo cáo theo biểu mẫu này cho kỳ này.',
    en: 'The unit already has a report on this form for this period.',
  },
  REPORT_PERIOD_INVALID: {
    status: 400,
    vi: 'Kỳ báo cáo không đúng với loại kỳ của biểu mẫu.',
    en: 'The period does not match the form’s period type.',
  },
  REPORT_LOCKED: {
    status: 409,
    vi: 'Báo cáo đã gửi hoặc đã duyệt nên không sửa được; cần cấp trên trả lại hoặc mở lại.',
    en: 'The report has been submitted or approved and cannot be edited; it must be returned or reopened.',
  },
  REPORT_STATUS_CONFLICT: {
    status: 409,
    vi: 'Không thể thực hiện thao tác này ở trạng thái hiện tại của báo cáo.',
    en: 'This action is not possible in the report’s current status.',
  },
  REPORT_VERSION_CONFLICT: {
    status: 409,
    vi: 'Báo cáo vừa được người khác thay đổi. Hãy tải lại trang rồi nhập lại.',
    en: 'Someone else changed the report meanwhile. Reload and enter again.',
  },
  REPORT_INVALID: {
    status: 422,
    vi: 'Số liệu báo cáo chưa hợp lệ. Hãy sửa các ô được đánh dấu.',
    en: 'The report’s numbers are not valid. Correct the marked fields.',
  },
  VALUE_OUT_OF_RANGE: {
    status: 422,
    vi: 'Có số liệu ngoài giới hạn cho phép (âm, không phải số nguyên, hoặc quá lớn). Hãy sửa các ô được đánh dấu.',
    en: 'Some figures are outside their bounds (negative, not whole, or too large). Correct the marked fields.',
  },
  REASON_REQUIRED: { status: 400, vi: 'Hãy ghi lý do.', en: 'Give a reason.' },
  IMPORT_EMPTY: {
    status: 400,
    vi: 'Tệp không có dòng số liệu nào (dòng đầu là tên cột: unit_code, period_start, element_code, category, value).',
    en: 'The file has no data rows (the first row names the columns: unit_code, period_start, element_code, category, value).',
  },
  IMPORT_INVALID: {
    status: 422,
    vi: 'Tệp có dòng không hợp lệ; chưa nhập dòng nào. Sửa các dòng được liệt kê rồi nhập lại.',
    en: 'Some rows are not valid; nothing was imported. Correct the rows listed and import again.',
  },
  ADX_INVALID: {
    status: 422,
    vi: 'Tệp không phải ADX hợp lệ (XML theo chuẩn ADX, urn:ihe:qrph:adx:2015); chưa nhập gì. Xem dòng và lỗi được chỉ ra.',
    en: 'The file is not valid ADX (XML in the ADX format, urn:ihe:qrph:adx:2015); nothing was imported. See the line and problem given.',
  },
  ADX_DATASET_MISMATCH: {
    status: 422,
    vi: 'Tệp ADX thuộc bộ dữ liệu (dataSet) khác với biểu mẫu đã chọn; chưa nhập gì.',
    en: 'The ADX file is for a different dataSet than the chosen form; nothing was imported.',
  },
  FORM_INVALID: {
    status: 400,
    vi: 'Biểu mẫu chưa hợp lệ; sửa các mục được liệt kê.',
    en: 'The form is not valid; correct the items listed.',
  },
  FORM_FIELD_IN_USE: {
    status: 409,
    vi: 'Không bỏ được chỉ tiêu đã có số liệu trong các báo cáo của biểu mẫu này.',
    en: "A data element with values in this form's reports cannot be removed from it.",
  },
  CODE_TAKEN: { status: 409, vi: 'Mã này đã được dùng.', en: 'This code is already used.' },
  VALUE_IN_OTHER_REPORT: {
    status: 409,
    vi: 'Số liệu này của đơn vị trong kỳ đã có trong báo cáo theo biểu mẫu khác; sửa ở báo cáo đó để không tính hai lần.',
    en: "This unit's figure for the period is already in a report on another form; change it there so it is not counted twice.",
  },
  OBLIGATION_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy chế độ báo cáo.',
    en: 'Reporting obligation not found.',
  },
  OBLIGATION_DUE_DAYS_INVALID: {
    status: 400,
    vi: 'Ngày hạn báo cáo không hợp lệ: hằng năm ghi một ngày dd/mm, 6 tháng ghi một hoặc hai ngày dd/mm, hằng tháng/quý ghi một ngày trong tháng, một lần ghi ngày dd/mm/yyyy.',
    en: 'The due days are not valid: one dd/mm a year, one or two dd/mm for six-monthly, a day of the month for monthly/quarterly, one full date for a one-off report.',
  },
  OBLIGATION_FORM_MISMATCH: {
    status: 400,
    vi: 'Kỳ của biểu mẫu không khớp với tần suất báo cáo; chọn biểu mẫu cùng kỳ.',
    en: "The form's period does not match the frequency; choose a form with the same period.",
  },
  OBLIGATION_UNIT_NOT_PROVINCE: {
    status: 400,
    vi: 'Chế độ báo cáo được đặt cho cấp tỉnh (các xã, phường báo cáo lên tỉnh).',
    en: 'Reporting obligations are set by a province (its communes report to it).',
  },
  DATA_ELEMENT_NOT_ON_FORM: {
    status: 400,
    vi: 'Chỉ tiêu số liệu không có trong biểu mẫu, hoặc phân tổ không đúng.',
    en: 'The data element is not on the form, or the category is not valid for it.',
  },
  PROGRAMME_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy chương trình, chiến lược.',
    en: 'Programme not found.',
  },
  INDICATOR_NOT_FOUND: { status: 404, vi: 'Không tìm thấy chỉ tiêu.', en: 'Indicator not found.' },
  TARGET_VALUE_REQUIRED: {
    status: 400,
    vi: 'Hãy nhập giá trị chỉ tiêu (chỉ chỉ tiêu dạng mốc hoàn thành mới được để trống).',
    en: 'Give the target value (only a milestone target may have none).',
  },
  CASE_NOT_FOUND: { status: 404, vi: 'Không tìm thấy vụ việc.', en: 'Case not found.' },
  CASE_UNIT_INVALID: {
    status: 400,
    vi: 'Đơn vị tiếp nhận phải là xã, phường hoặc tỉnh hiện hành; nơi xảy ra phải là xã, phường hiện hành.',
    en: 'The recording unit must be a current commune or province; the incident place a current commune.',
  },
  CASE_DATE_IN_FUTURE: {
    status: 422,
    vi: 'Ngày phát hiện, ngày xảy ra hoặc ngày tiếp nhận không thể sau ngày hôm nay.',
    en: 'The detection, incident or intake date cannot be later than today.',
  },
  CASE_ASSIGNEE_INVALID: {
    status: 400,
    vi: 'Người được phân công phải có vai trò cán bộ xử lý vụ việc (hoặc giám sát) tại đơn vị của vụ việc.',
    en: "The assignee must hold the case-worker (or supervisor) role over the case's unit.",
  },
  CASE_VERSION_CONFLICT: {
    status: 409,
    vi: 'Vụ việc vừa được người khác sửa; tải lại rồi sửa tiếp.',
    en: 'Someone else has just changed the case; reload and try again.',
  },
  CASE_STATUS_CONFLICT: {
    status: 409,
    vi: 'Không thực hiện được thao tác này ở trạng thái hiện tại của vụ việc.',
    en: 'This cannot be done in the case’s current state.',
  },
  CASE_TRANSFER_REQUIRED: {
    status: 409,
    vi: 'Không đổi được đơn vị của vụ việc bằng cách sửa; hãy đề nghị chuyển vụ việc sang xã, phường khác.',
    en: "A case's unit is not edited: request a transfer to the other commune.",
  },
  CASE_TRANSFER_INVALID: {
    status: 400,
    vi: 'Chỉ chuyển được sang một xã, phường hiện hành khác trong cùng tỉnh, khi vụ việc đang mở và chưa có đề nghị chuyển nào đang chờ.',
    en: 'A case moves only to another current commune of the same province, while open and with no transfer pending.',
  },
  CASE_TRANSFER_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy đề nghị chuyển vụ việc.',
    en: 'Transfer not found.',
  },
  CASE_PROTECTION_INVALID: {
    status: 400,
    vi: 'Quyết định cấm tiếp xúc của Chủ tịch UBND cấp xã có thời hạn không quá 3 ngày; ngày kết thúc không trước ngày bắt đầu.',
    en: "A commune chair's prohibition of contact runs at most 3 days; it cannot end before it starts.",
  },
  CONSENT_REQUIRED: {
    status: 409,
    vi: 'Người bị bạo lực chưa đồng ý cho việc này; ghi nhận sự đồng ý trước.',
    en: 'The survivor has not consented to this; record the consent first.',
  },
  REFERRAL_NOT_FOUND: { status: 404, vi: 'Không tìm thấy chuyển gửi.', en: 'Referral not found.' },
  REFERRAL_STATUS_CONFLICT: {
    status: 409,
    vi: 'Không chuyển được chuyển gửi sang trạng thái này.',
    en: 'The referral cannot move to this state.',
  },
  PROVIDER_NOT_SUITABLE: {
    status: 400,
    vi: 'Cơ sở không cung cấp dịch vụ này, không còn hoạt động hoặc không phục vụ địa bàn của vụ việc.',
    en: "The provider does not offer this service, is inactive or does not serve the case's area.",
  },
  NOTE_NOT_FOUND: { status: 404, vi: 'Không tìm thấy ghi chép.', en: 'Note not found.' },
  CLOSURE_CHECKLIST_INCOMPLETE: {
    status: 400,
    vi: 'Chưa hoàn thành danh mục kiểm tra trước khi đóng vụ việc (kế hoạch an toàn, dịch vụ, thông báo cho người bị bạo lực).',
    en: 'The closure checklist is not complete (safety plan, services, survivor informed).',
  },
  CLOSURE_REFERRALS_OPEN: {
    status: 409,
    vi: 'Còn chuyển gửi chưa hoàn thành hoặc chưa bị từ chối; cập nhật chuyển gửi trước khi đề nghị đóng.',
    en: 'Some referrals are neither completed nor declined; update them before asking to close.',
  },
  CLOSURE_NOT_PENDING: {
    status: 409,
    vi: 'Không có đề nghị đóng vụ việc đang chờ duyệt (hoặc đã có một đề nghị đang chờ).',
    en: 'There is no closure request awaiting a decision (or one is awaiting already).',
  },
  FOLLOW_UP_NOT_FOUND: { status: 404, vi: 'Không tìm thấy lần theo dõi.', en: 'Follow-up not found.' },
  RAPID_REPORT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy báo cáo nhanh.', en: 'Rapid report not found.' },
  CASE_KEYS_MISSING: {
    status: 503,
    vi: 'Chưa cấu hình khóa mã hóa dữ liệu vụ việc (CASE_KEY_FILE); báo quản trị viên.',
    en: 'The key that encrypts case data is not configured (CASE_KEY_FILE); tell an administrator.',
  },
  SERVICE_PROVIDER_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy cơ sở, địa chỉ hỗ trợ.',
    en: 'Service provider not found.',
  },
  SERVICE_PROVIDER_INVALID: {
    status: 422,
    vi: 'Thông tin cơ sở, địa chỉ hỗ trợ chưa hợp lệ; sửa các mục được liệt kê.',
    en: 'The service provider is not valid; correct the items listed.',
  },
  ACTIVITY_NOT_FOUND: { status: 404, vi: 'Không tìm thấy hoạt động.', en: 'Activity not found.' },
  EMAIL_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy thư điện tử này.',
    en: 'E-mail not found.',
  },
  EMAIL_NOT_RETRYABLE: {
    status: 409,
    vi: 'Thư này đã được gửi, đã hủy hoặc đang được gửi; tải lại danh sách.',
    en: 'This e-mail has been sent, cancelled or is being sent; reload the list.',
  },
  SMTP_NOT_CONFIGURED: {
    status: 409,
    vi: 'Máy chủ chưa cấu hình gửi thư (SMTP_HOST); báo quản trị hệ thống.',
    en: 'No SMTP server is configured (SMTP_HOST); tell a system administrator.',
  },
  DATABASE_UNAVAILABLE: {
    status: 503,
    vi: 'Cơ sở dữ liệu tạm thời không truy cập được; vui lòng thử lại sau ít phút.',
    en: 'The database is briefly unavailable; try again in a few minutes.',
  },
  INTERNAL_ERROR: {
    status: 500,
    vi: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên (mã yêu cầu kèm theo).',
    en: 'Something went wrong. Try again or tell an administrator (request id attached).',
  },
} as const satisfies Record<string, { status: number; vi: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
