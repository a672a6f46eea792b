//! Simplified Chinese: the polite 您, as Chinese account and banking pages use; one term each
//! for 登录, 会话 and 两步验证; full-width punctuation, a space between Chinese and Latin words.

words! {
    // The page frame.
    SITE_NAME = "个人资料";
    TITLE_SUFFIX = "Logto 个人资料";
    SKIP_TO_CONTENT = "跳到正文";
    NAV_PROFILE = "个人资料";
    NAV_PASSWORD = "密码";
    NAV_SECURITY = "安全";
    NAV_DATA = "数据";
    SIGN_IN = "登录";
    SIGN_OUT = "退出登录";
    YOUR_ACCOUNT = "您的账号";
    LANGUAGE = "语言";

    // Home.
    HOME_TITLE = "欢迎";
    HOME_HEADLINE = "您的账号，由您掌握";
    HOME_LEAD =
        "修改姓名、用户名和照片，更改密码，让邮箱和手机号保持最新：您通过 Logto 登录所用的账号，在这里统一管理。";
    STATUS_TITLE = "服务状态";
    STATUS_CHECK_AGAIN = "重新检查";
    STATUS_EMULATOR = "内置的 Logto 模拟器";
    STATUS_LOGTO = "Logto";
    STATUS_EMULATOR_SUBJECT = "内置的 Logto 模拟器";
    STATUS_CONNECTED = "已连接到{}（{} 毫秒）。";
    STATUS_UNREACHABLE = "{}没有响应。暂时无法登录和保存。";
    STATUS_UPTIME = "已运行 {}";
    DURATION_SECONDS = "{} 秒";
    DURATION_MINUTES = "{} 分钟";
    DURATION_HOURS = "{} 小时 {} 分钟";
    DURATION_DAYS = "{} 天 {} 小时";

    // Profile page.
    PROFILE_TITLE = "个人资料";
    PROFILE_LOADING = "正在加载您的个人资料…";
    PROFILE_CHECKING = "正在检查 Logto 中的更改…";
    PROFILE_STALE = "无法从 Logto 加载最新数据（{}）。您仍然可以编辑和保存。";
    PROFILE_SAVED = "个人资料已保存。";
    PROFILE_KEPT = "您的更改仍保留在表单中。";
    PROFILE_SAVE = "保存更改";
    PROFILE_SAVING = "正在保存…";
    PROFILE_UNSAVED = "您有未保存的更改。";
    SECTION_BASIC = "基本信息";
    SECTION_PERSONAL = "个人信息";
    SECTION_ADDRESS = "地址";
    SECTION_SIGN_IN = "登录信息";
    FACT_EMAIL = "邮箱";
    FACT_PHONE = "手机号";
    FACT_CREATED = "账号创建于";
    FACT_LAST_SIGN_IN = "上次登录";
    NOT_SET = "未设置";

    // Profile fields.
    FIELD_NAME = "姓名";
    FIELD_USERNAME = "用户名";
    FIELD_AVATAR = "头像网址";
    FIELD_GIVEN_NAME = "名";
    FIELD_MIDDLE_NAME = "中间名";
    FIELD_FAMILY_NAME = "姓";
    FIELD_NICKNAME = "昵称";
    FIELD_WEBSITE = "网站";
    FIELD_GENDER = "性别";
    FIELD_BIRTHDATE = "出生日期";
    FIELD_ZONEINFO = "时区";
    FIELD_LOCALE = "语言和地区";
    FIELD_STREET = "街道地址";
    FIELD_LOCALITY = "城市";
    FIELD_REGION = "省份或地区";
    FIELD_POSTAL_CODE = "邮政编码";
    FIELD_COUNTRY = "国家/地区";

    // Validation (the same in the browser and on the server).
    INVALID_USERNAME_EMPTY = "请输入用户名。";
    INVALID_MAX_128 = "最多 128 个字符。";
    INVALID_MAX_256 = "最多 256 个字符。";
    INVALID_USERNAME_START = "请以字母或下划线开头。";
    INVALID_USERNAME_CHARS = "只能使用字母（a–z）、数字和下划线，不能有空格。";
    INVALID_SINGLE_LINE = "请删除换行符和控制字符。";
    INVALID_URL_LONG = "这个网址太长了。";
    INVALID_URL_SCHEME = "请使用以 https://（或 http://）开头的网址。";
    INVALID_URL = "这不是有效的网址。";
    INVALID_DATE = "请使用 1990-04-23 这样的日期。";
    INVALID_DAY = "该月份没有这一天。";
    INVALID_YEAR = "请使用 1900 到 2100 之间的年份。";
    INVALID_ZONE = "请从列表中选择时区。";
    INVALID_LOCALE = "请从列表中选择语言（例如 zh-CN）。";
    PARTLY_SAVED = "只保存了部分更改：已保存 {}；未保存 {}（{}）。请重试。";
    // Declared fields (profile-fields.toml): checks, the masked sensitive values, conflicts.
    CUSTOM_REQUIRED = "请填写此项。";
    CUSTOM_TOO_SHORT = "至少 {} 个字符。";
    CUSTOM_TOO_LONG = "最多 {} 个字符。";
    CUSTOM_CONTROL = "请删除控制字符。";
    CUSTOM_NOT_NUMBER = "请输入数字，例如 42 或 3.5。";
    CUSTOM_TOO_SMALL = "请输入 {} 或更大的数。";
    CUSTOM_TOO_LARGE = "请输入 {} 或更小的数。";
    CUSTOM_TOO_EARLY = "请选择 {} 或之后的日期。";
    CUSTOM_TOO_LATE = "请选择 {} 或之前的日期。";
    CUSTOM_NOT_PHONE = "请输入电话号码：只能包含数字、空格和 + ( ) -。";
    CUSTOM_NOT_CHOICE = "请从列表中选择。";
    CUSTOM_PATTERN = "请使用要求的格式。";
    CUSTOM_READ_ONLY = "此项无法在这里更改。";
    CUSTOM_CHOOSE = "请选择…";
    CUSTOM_YES = "是";
    CUSTOM_NO = "否";
    CUSTOM_SAVED_AS = "已保存：{}";
    CUSTOM_REPLACE = "输入新值即可替换。";
    CUSTOM_REMOVE = "删除已保存的值";
    CUSTOM_CHANGED = "打开此页面后，这里已在别处被更改，现在是“{}”。再次保存即可替换。";
    CUSTOM_CHANGED_HIDDEN = "打开此页面后，这里已在别处被更改。再次保存即可替换。";
    CUSTOM_CHANGED_ELSEWHERE =
        "打开此页面后，有些字段已在别处被更改，因此没有保存任何内容。您的更改仍保留在表单中。";
    PROFILE_DRAFT_BACK = "身份已确认。您的更改已恢复到表单中，请立即保存。";
    USERNAME_TAKEN = "该用户名已被占用。";
    VALUE_TOO_LONG = "有一项内容太长了。";
    LOGTO_REFUSED_VALUE = "Logto 拒绝了其中一项内容。请检查表单。";
    REQUEST_TOO_LARGE = "请求过大。请缩短您输入的内容。";
    FORM_UNREADABLE = "无法读取表单。请刷新页面后重试。";

    // Errors any request may meet.
    ERROR_SESSION_ENDED = "您的会话已结束。请重新登录。";
    ERROR_FORBIDDEN = "此请求被拒绝。";
    ERROR_NOT_FOUND = "找不到该内容。";
    ERROR_RATE_LIMITED = "尝试次数过多。请等待{}后重试。";
    WAIT_SECONDS = "{} 秒";
    WAIT_MINUTES = "{} 分钟";
    WAIT_HOURS = "{} 小时";
    ERROR_SUSPENDED = "您的账号已被停用，因此您已在这里退出登录。请联系此服务的管理人员。";
    ERROR_PROOF_NEEDED = "为了您的安全，请先确认是您本人。";
    ERROR_BAD_GATEWAY = "Logto 返回了错误。没有做任何更改，请重试。";
    ERROR_UNAVAILABLE = "Logto 暂时不可用。没有做任何更改，请稍后重试。";
    ERROR_TIMEOUT = "Logto 响应超时。没有做任何更改，请重试。";
    ERROR_NETWORK = "无法连接到服务器。请检查网络连接后重试。";
    ERROR_INTERNAL = "我们这边出了问题。请重试。";

    // Confirm it's you (re-verification).
    CONFIRM_TITLE = "确认是您本人";
    CONFIRM_LEAD = "为了您的安全，此操作需要重新确认身份。确认后 10 分钟内有效。";
    CONFIRM_BY_PASSWORD = "使用密码";
    CONFIRM_BY_CODE = "使用验证码";
    CONFIRM_CONTINUE = "继续";
    CONFIRM_CANCEL = "取消";
    CONFIRMED = "谢谢，您的身份已确认，接下来 10 分钟内有效。";
    CODE_SEND = "发送验证码";
    CODE_TO_EMAIL = "发送邮件到 {}";
    CODE_TO_PHONE = "发送短信到 {}";
    CODE_SENT = "我们已向 {} 发送了 6 位验证码。";
    CODE_LABEL = "6 位验证码";
    CODE_RESEND = "重新发送验证码";
    CODE_RESEND_IN = "{} 秒后可以重新获取验证码。";
    CODE_FORMAT = "请输入消息中的 6 位数字。";
    CODE_MISMATCH = "验证码不正确。请检查后重试。";
    CODE_EXPIRED = "验证码已过期。请重新获取。";
    CODE_TOO_MANY_TRIES = "此验证码输错次数过多。请重新获取。";
    CODE_NOT_FOUND = "此地址没有待验证的验证码。请重新获取。";
    CODE_SEND_LIMITED = "向此地址发送的验证码过多。请等待最多 10 分钟后重试。";
    CODE_NO_EMAIL_CONNECTOR = "此服务尚未设置邮件验证码。";
    CODE_NO_SMS_CONNECTOR = "此服务尚未设置短信验证码。";
    CODE_NO_ADDRESS =
        "您的账号没有可接收验证码的邮箱或手机号。请退出登录后重新登录，并在 10 分钟内回来；或者向此服务的管理员寻求帮助。";
    CODE_MAILBOX = "打开开发用收件箱（内置 Logto 模拟器的收件箱）";
    CODE_CHOOSE = "验证码要发送到哪里？";

    // Email and phone.
    INVALID_EMAIL = "请输入邮箱地址，例如 name@example.com。";
    INVALID_PHONE = "这不是有效的手机号。请检查号码和所选的国家/地区。";
    CONTACT_EMAIL_TITLE = "邮箱地址";
    CONTACT_PHONE_TITLE = "手机号";
    CONTACT_CURRENT = "当前：{}";
    CONTACT_NONE = "尚未设置。";
    CONTACT_NEW_EMAIL = "新邮箱地址";
    CONTACT_NEW_PHONE = "新手机号";
    CONTACT_LEAD = "我们会向新地址发送验证码，输入验证码后即可保存。";
    CONTACT_SAME = "这已经是您的地址了。";
    CONTACT_SAVE = "验证并保存";
    CONTACT_OTHER = "使用其他地址";
    CONTACT_REMOVE = "移除";
    CONTACT_EMAIL_CHANGED = "您的邮箱地址已保存。";
    CONTACT_PHONE_CHANGED = "您的手机号已保存。";
    CONTACT_REMOVED = "已移除。";
    CONTACT_EMAIL_TAKEN = "该邮箱地址已被其他账号使用。";
    CONTACT_PHONE_TAKEN = "该手机号已被其他账号使用。";
    CONTACT_LAST_WAY =
        "这是您唯一的登录方式：请先添加另一个邮箱或手机号、一个用户名或一个关联账号。";
    CONTACT_NO_PENDING = "这里没有等待验证码的更改。请用新地址重新开始。";
    CONTACT_CHANGE_EMAIL = "更改邮箱地址";
    CONTACT_CHANGE_PHONE = "更改手机号";
    // The security page: how you sign in, where you're signed in.
    SECURITY_TITLE = "安全";
    SECURITY_METHODS = "登录方式";
    SECURITY_PASSWORD_SET = "已设置";
    SECURITY_PASSWORD_NONE = "未设置";
    SECURITY_CHANGE = "更改";
    SECURITY_ADD = "添加";
    APP_SESSIONS_TITLE = "在此页面";
    SESSIONS_REVIEW = "查看登录设备";
    SESSION_STALE = "30 多天前登录：如果不再使用，请将其退出登录。";
    CHECKUP_TITLE = "安全检查";
    CHECKUP_SCORE = "已完成 {}/{}";
    CHECKUP_ALL_GOOD = "保护您账号的各项措施均已就绪。";
    CHECKUP_TO_DO = "再做几步，就能让您的账号更难被盗用。";
    CHECK_GOOD = "已完成";
    CHECK_FIX = "待完成";
    CHECK_INFO = "值得一看";
    CHECK_ON = "已开启：{}";
    CHECK_TWO_STEP_OFF = "已关闭：任何人只要知道密码就能登录。";
    CHECK_TURN_ON = "开启";
    CHECK_CODES_LEFT = "{} 个未使用";
    CHECK_CODES_LOW = "仅剩 {} 个未使用：请在用完前生成一组新的。";
    CHECK_CODES_NONE = "没有：一旦无法使用第二步验证，您将无法登录。";
    CHECK_CODES_LATER = "开启两步验证后即可获得。";
    CHECK_MAKE_CODES = "生成备用验证码";
    CHECK_SET_UP = "设置";
    CHECK_RECOVERY = "用于找回账号的邮箱或手机号";
    CHECK_RECOVERY_NONE = "没有：您将无法通过验证码找回账号。";
    CHECK_ADD_EMAIL = "添加邮箱";
    CHECK_PASSWORD_CHANGED = "{}更改";
    CHECK_PASSWORD_UNKNOWN = "已设置；此页面的活动记录中没有更改";
    CHECK_PASSWORD_NONE = "您登录时不使用密码。";
    CHECK_SESSIONS = "会话";
    CHECK_SESSIONS_ONLY = "只有此浏览器在这里登录。";
    CHECK_SESSIONS_OTHERS = "在这里登录的其他浏览器：{}";
    CHECK_REVIEW = "查看";
    CHECK_LINKED_NONE = "无";
    SESSIONS_TITLE = "登录设备";
    SESSIONS_LEAD = "已登录此页面的浏览器和设备。将您不认识的退出登录，然后更改密码。";
    SESSION_THIS = "此浏览器";
    SESSION_DEVICE = "{}（{}）";
    SESSION_UNKNOWN_DEVICE = "未知浏览器";
    SESSION_IP = "IP 地址 {}";
    SESSION_SIGNED_IN = "{}登录";
    SESSION_ACTIVE = "{}活跃";
    SESSIONS_END_OTHERS = "退出所有其他会话";
    SESSIONS_CONFIRM_FIRST = "要退出某个会话，请先确认是您本人。";
    SESSION_ENDED = "该会话已退出登录。";
    SESSIONS_OTHERS_ENDED = "您的其他会话已退出登录。";
    LOGTO_SESSIONS_TITLE = "在 Logto 的登录";
    LOGTO_SESSIONS_LEAD =
        "Logto 会记住这些登录，让使用 Logto 的应用无需再次询问即可让您登录。结束其中一个登录，也会结束通过它登录的应用的访问权限。";
    LOGTO_SESSIONS_UNSUPPORTED = "此 Logto 服务器不提供会话列表；上方只显示此页面的会话。";
    LOGTO_SESSION_APPS = "通过它登录的应用：{}";
    LOGTO_SESSION_ENDED = "该 Logto 登录已结束。";
    LINKED_TITLE = "关联账号";
    LINKED_LEAD = "可用于登录的其他服务账号。";
    LINKED_NONE = "没有关联账号。";
    LINKED_UNLINK = "取消关联";
    LINKED_CONFIRM_FIRST = "要取消关联账号，请先确认是您本人。";
    LINKED_UNLINKED = "已取消关联该账号。";
    LINKED_LAST_WAY = "这是您唯一的登录方式：请先添加邮箱地址或手机号。";
    // Two-step verification.
    TWO_STEP_TITLE = "两步验证";
    TWO_STEP_LEAD = "登录时在密码之后的第二步：身份验证器应用中的验证码、通行密钥或备用验证码。";
    TWO_STEP_SUMMARY = "身份验证器应用、备用验证码、通行密钥";
    TWO_STEP_MANAGE = "管理";
    TWO_STEP_NONE = "尚未设置第二步验证。";
    TWO_STEP_CONFIRM_FIRST = "要更改第二步验证，请先确认是您本人。";
    FACTOR_TOTP = "身份验证器应用";
    FACTOR_BACKUP = "备用验证码";
    FACTOR_PASSKEY = "通行密钥";
    FACTOR_ADDED = "添加于 {}";
    FACTOR_CODES_LEFT = "{} 个未使用";
    FACTOR_REMOVED = "第二步验证已移除。";
    TOTP_ADD = "添加身份验证器应用";
    TOTP_TITLE = "设置身份验证器应用";
    TOTP_SCAN = "用身份验证器应用扫描此二维码，或在应用中输入下方的密钥。";
    TOTP_QR = "用于身份验证器应用的二维码";
    TOTP_KEY = "密钥";
    TOTP_CODE_LEAD = "然后输入应用显示的 6 位验证码。";
    TOTP_TURN_ON = "开启";
    TOTP_CANCEL = "取消";
    TOTP_ON = "您的身份验证器应用已设置好。";
    TOTP_REPLACE = "更换";
    AT_SIGN_IN_TITLE = "登录时";
    AT_SIGN_IN_NOT_ASKED = "登录此服务时暂不要求第二步验证。您的第二步验证会保留，待启用时使用。";
    AT_SIGN_IN_NOTHING = "添加身份验证器应用或通行密钥后，登录时就会要求使用它。";
    AT_SIGN_IN_ALWAYS = "此服务在您每次登录时都会要求第二步验证。";
    AT_SIGN_IN_BY_RISK = "此服务在登录看起来异常时会要求第二步验证。";
    AT_SIGN_IN_ON = "您每次登录时都需要完成第二步验证。";
    AT_SIGN_IN_OFF = "您登录时不需要第二步验证：任何人只要知道密码就能登录。";
    AT_SIGN_IN_TURN_ON = "每次登录都要求";
    AT_SIGN_IN_TURN_OFF = "登录时不再要求";
    AT_SIGN_IN_ASKED = "今后登录时将要求您完成第二步验证。";
    AT_SIGN_IN_STOPPED = "今后登录时将不再要求第二步验证。";
    AT_SIGN_IN_FIXED = "这由此服务的登录设置决定，而不是由您决定。";
    TOTP_REPLACING = "在新应用的第一个验证码确认之前，当前的身份验证器应用仍然有效。";
    TOTP_REPLACED = "新的身份验证器应用已设置好；旧应用的验证码不再有效。";
    TOTP_CANCELLED = "未添加身份验证器应用。";
    TOTP_UNFINISHED = "身份验证器应用的设置尚未完成。";
    TOTP_FINISH = "完成设置";
    TOTP_ALREADY = "您已有一个身份验证器应用。请先移除它，再添加新的。";
    TOTP_NOTHING = "当前没有正在设置的身份验证器应用。";
    PASSKEY_ADD_TITLE = "添加通行密钥";
    PASSKEY_ADD_LEAD = "使用指纹、面容或屏幕锁作为第二步验证。通行密钥保存在您的设备上，绝不会离开设备。";
    PASSKEY_PASSWORD_HINT = "添加通行密钥前，Logto 会再次要求输入您的密码。";
    PASSKEY_NAME = "命名（可选）";
    PASSKEY_NAME_HINT = "例如“工作笔记本”，方便区分您的通行密钥。";
    PASSKEY_NAME_TOO_LONG = "名称最多 64 个字符。";
    PASSKEY_ADD = "添加通行密钥";
    PASSKEY_WORKING = "请按照浏览器的提示创建通行密钥…";
    PASSKEY_NEEDS_JS = "添加通行密钥需要 JavaScript，因为通行密钥由浏览器创建。请开启 JavaScript 后在这里添加。";
    PASSKEY_NO_SUPPORT = "此浏览器无法创建通行密钥。请尝试最新版本的 Chrome、Edge、Firefox 或 Safari。";
    PASSKEY_CANCELLED = "未添加通行密钥：浏览器的提示已关闭或超时。";
    PASSKEY_FAILED = "无法添加通行密钥。请重试。";
    PASSKEY_REFUSED = "Logto 未接受此通行密钥。请重试，或使用其他设备。";
    PASSKEY_EXPIRED = "用时过长。请重新添加通行密钥。";
    PASSKEY_NO_PASSWORD = "在这里添加通行密钥需要您的密码，而您还没有设置密码。请先设置一个。";
    PASSKEY_ADDED = "通行密钥已添加。从现在起，您可以将它用作第二步验证。";
    PASSKEY_OFF = "暂时无法在这里添加通行密钥。";
    PASSKEY_OFF_ADMIN = "为此，您的 Logto 管理员需要：";
    PASSKEY_OFF_ACCOUNT_CENTER = "开启 Account Center（Console → Account center）";
    PASSKEY_OFF_FIELD = "在那里允许用户编辑通行密钥（将“Passkeys”，旧版 Logto 中为“MFA”，设为 Edit）";
    PASSKEY_OFF_FACTOR = "在登录体验中将通行密钥开启为第二步验证（Multi-factor auth → Passkeys）";
    PASSKEY_OFF_ORIGIN = "将 {} 添加到 Account Center 的 WebAuthn 相关源";
    ACT_PASSKEY_ADDED = "已添加通行密钥";
    BACKUP_NEW = "获取备用验证码";
    BACKUP_RENEW = "获取新的备用验证码";
    BACKUP_TITLE = "您的备用验证码";
    BACKUP_LEAD =
        "每个验证码只能使用一次，用于无法使用其他第二步验证的时候。请妥善保管：它们只在此刻显示，获取新验证码后这些将失效。";
    BACKUP_COPY = "复制";
    BACKUP_COPIED = "已复制";
    BACKUP_DOWNLOAD = "下载为文本文件";
    BACKUP_FILE_HEADER = "{} 的备用验证码。每个只能使用一次。";
    BACKUP_GONE = "备用验证码只显示一次。如果遗失了，请获取新的。";
    BACKUP_ALONE = "备用验证码需要另一种第二步验证：请先添加身份验证器应用。";
    BACKUP_MADE_ELSEWHERE = "刚刚已在别处生成了新的备用验证码。请刷新页面查看。";
    BACKUP_DONE = "完成";
    // Your data: download, delete.
    ACCOUNT_TITLE = "您的数据";
    EXPORT_TITLE = "下载您的数据";
    EXPORT_LEAD =
        "一个 JSON 文件，包含此页面和 Logto 保存的关于您的全部信息：个人资料和自定义数据、关联账号、第二步验证（不含其密钥）以及登录设备。";
    EXPORT_BUTTON = "下载我的数据";
    DELETE_TITLE = "删除账号";
    DELETE_LEAD =
        "这会删除您在 Logto 的账号，包括个人资料、邮箱地址、手机号、密码、关联账号和第二步验证，并让您在所有地方退出登录。此操作无法撤销：如需保留数据，请先下载。";
    DELETE_CONFIRM_FIRST = "要删除账号，请先确认是您本人。";
    DELETE_TYPE = "输入 {} 以确认";
    DELETE_BUTTON = "删除我的账号";
    DELETE_MISMATCH = "输入的内容与要求不符，因此没有删除任何内容。";
    ACTIVITY_TITLE = "近期活动";
    ACTIVITY_LEAD =
        "在此页面对您账号所做的每项更改，按时间倒序排列，保留 {} 天。发现不认识的操作？请更改密码并退出其他会话。";
    ACTIVITY_NONE = "暂无记录。";
    ACTIVITY_NEWER = "较新";
    ACTIVITY_OLDER = "较早";
    ACTIVITY_PAGES = "近期活动的页码";
    ACT_PROFILE_SAVED = "已保存个人资料：{}";
    ACT_PASSWORD_CHANGED = "已更改密码";
    ACT_PASSWORD_SET = "已设置密码";
    ACT_EMAIL_CHANGED = "已更改邮箱地址";
    ACT_EMAIL_REMOVED = "已移除邮箱地址";
    ACT_PHONE_CHANGED = "已更改手机号";
    ACT_PHONE_REMOVED = "已移除手机号";
    ACT_SESSION_ENDED = "一个会话已退出登录";
    ACT_SESSIONS_ENDED = "所有其他会话已退出登录";
    ACT_LOGTO_SESSION_ENDED = "一个 Logto 登录已结束";
    ACT_IDENTITY_UNLINKED = "已移除关联账号：{}";
    ACT_TOTP_ADDED = "已添加身份验证器应用";
    ACT_TOTP_REPLACED = "已更换身份验证器应用";
    ACT_SIGN_IN_STEP_ON = "已开启登录时的第二步验证";
    ACT_SIGN_IN_STEP_OFF = "已关闭登录时的第二步验证";
    ACT_BACKUP_CODES = "已生成新的备用验证码";
    ACT_FACTOR_REMOVED = "已移除第二步验证";
    ACT_DATA_EXPORTED = "已下载您的数据";
    ACT_OTHER = "账号已更改";
    ACT_NEW_BROWSER = "从新浏览器登录";
    ACT_LINK_REMOVED = "已移除一个关联账号";

    // Security notices by email (server only: never in the browser's bundle).
    NOTICE_SUBJECT = "安全通知：{}";
    NOTICE_HELLO = "{}，您好：";
    NOTICE_HELLO_PLAIN = "您好：";
    NOTICE_INTRO = "您的账号刚刚发生了以下更改：";
    NOTICE_EMAIL_FROM_TO = "从 {} 改为 {}。";
    NOTICE_WHEN = "时间";
    NOTICE_BROWSER = "浏览器";
    NOTICE_ADDRESS = "地址";
    NOTICE_IF_YOU = "如果是您本人操作，无需任何处理。";
    NOTICE_NOT_ME = "这不是我";
    NOTICE_NOT_ME_LEAD =
        "如果不是您本人操作，请在 7 天内打开此链接：它会让您在所有地方退出登录，恢复被更改的邮箱地址，并帮助您设置新密码。";
    NOT_ME_TITLE = "这不是我";
    NOT_ME_ABOUT = "您打开了关于以下更改的安全通知链接：";
    NOT_ME_LEAD = "如果不是您本人所为，可能有其他人在使用您的账号。请立即保护账号，此操作将：";
    NOT_ME_WILL_SIGN_OUT = "让您在所有地方退出登录，包括此应用和 Logto；";
    NOT_ME_WILL_RESTORE = "将您的邮箱地址恢复为 {}；";
    NOT_ME_WILL_SEND_CODE = "向您的邮箱发送验证码，以便您设置新密码。";
    NOT_ME_BUTTON = "保护我的账号";
    NOT_ME_INVALID =
        "此链接无效或已过期（链接有效期为 7 天）。如果您认为有其他人在使用您的账号，请登录并更改密码。";
    NOT_ME_DONE_TITLE = "我们已完成的操作";
    NOT_ME_DONE_SESSIONS = "已在此应用的所有地方退出登录。结束的会话数：{}。";
    NOT_ME_DONE_LOGTO = "您在 Logto 的登录已结束，它们授予应用的访问权限也随之结束。";
    NOT_ME_LOGTO_CANNOT = "此 Logto 无法结束自己的登录：请在下方设置新密码，防止他人进入。";
    NOT_ME_DONE_EMAIL = "您的邮箱地址已恢复为 {}。";
    NOT_ME_EMAIL_TAKEN = "您原来的邮箱地址 {} 现已被其他账号使用，因此未恢复。";
    NOT_ME_DONE_CODE = "我们已向 {} 发送了验证码。";
    NOT_ME_NO_ADDRESS = "您的账号没有可接收验证码的邮箱地址：请用密码登录后更改密码。";
    NOT_ME_STEP_FAILED =
        "部分步骤无法连接到 Logto。请几分钟后再次打开链接：在所有步骤完成之前，链接一直有效。";
    NOT_ME_PASSWORD_TITLE = "设置新密码";
    NOT_ME_PASSWORD_SAVE = "设置新密码";
    NOT_ME_PASSWORD_DONE = "新密码已设置。请用它登录。";
    NOT_ME_PASSWORD_REFUSED = "Logto 未接受此密码。请选择一个更长、更难猜的密码。";
    NOTICE_FOOTER = "您收到此邮件，是因为它与您在 {} 的账号有关。邮件中绝不会包含验证码或密码。";
    ACT_FROM = "{} · {}";
    GOODBYE_TITLE = "您的账号已删除";
    GOODBYE_LEAD = "您的账号及其中的所有内容均已删除，您也已在这里退出登录。";
    GOODBYE_ACTIVITY_LEFT = "暂时无法删除您的近期活动记录；这些记录到期后会自动删除。";
    GOODBYE_FIELDS_LEFT =
        "此页面在自己的数据库中保存的您的信息暂时无法删除。请联系网站客服将其删除。";
    GOODBYE_SESSIONS_LEFT =
        "此页面的部分其他会话暂时无法结束。它们已无法访问您的账号，并会自行结束。";
    AGO_NOW = "刚刚";
    AGO_MINUTES = "{} 分钟前";
    AGO_HOURS = "{} 小时前";
    AGO_DAY = "1 天前";
    AGO_DAYS = "{} 天前";
    CONTACT_REGION = "国家/地区";
    CONTACT_REGION_NONE = "其他：输入 + 和国家/地区代码";
    CONTACT_PHONE_HINT = "按在该国家/地区拨打的方式输入，或以 + 和国家/地区代码开头。";
    PHONE_REGION_NEEDED = "请选择国家/地区，或以 + 和国家/地区代码开头输入号码。";

    // Password.
    PASSWORD_TITLE_CHANGE = "更改密码";
    PASSWORD_TITLE_SET = "设置密码";
    PASSWORD_LEAD_SET = "您的账号还没有密码。添加密码后，即可使用邮箱、手机号或用户名加密码登录。";
    PASSWORD_CURRENT = "当前密码";
    PASSWORD_NEW = "新密码";
    PASSWORD_REPEAT = "再次输入新密码";
    PASSWORD_SHOW = "显示密码";
    PASSWORD_FORGOT = "忘记当前密码？";
    PASSWORD_SIGN_OUT_OTHERS = "退出我的其他会话";
    PASSWORD_SIGN_OUT_OTHERS_HINT = "登录您账号的所有其他浏览器和设备都需要重新登录。";
    PASSWORD_SUBMIT_CHANGE = "更改密码";
    PASSWORD_SUBMIT_SET = "设置密码";
    PASSWORD_SAVING = "正在保存…";
    PASSWORD_CHANGED = "密码已更改。";
    PASSWORD_WAS_SET = "密码已设置。";
    PASSWORD_OTHERS_ENDED = "您在此应用和 Logto 中的其他会话已退出登录。";
    PASSWORD_OTHERS_ENDED_APP_ONLY =
        "您在此应用中的其他会话已退出登录。此版本的 Logto 无法结束自己的登录会话，因此其他应用会保持登录，直到其会话过期。";
    PASSWORD_CURRENT_REQUIRED = "请输入当前密码。";
    PASSWORD_WRONG = "当前密码不正确。";
    PASSWORD_REQUIRED = "请输入新密码。";
    PASSWORD_MISMATCH = "两次输入的新密码不一致。";
    PASSWORD_REJECTED = "无法使用此密码。密码必须：";
    PASSWORD_RULES = "新密码必须";
    RULE_MIN_LENGTH = "至少 {} 个字符";
    RULE_MAX_LENGTH = "最多 {} 个字符";
    RULE_CHARACTER_TYPES = "至少包含以下 {} 种：小写字母、大写字母、数字、符号";
    RULE_SUPPORTED = "只使用字母 a–z 和 A–Z、数字、空格和常用符号";
    RULE_REPETITION = "不能连续重复同一字符 3 次（如 aaa）";
    RULE_SEQUENCE = "不能包含连续序列（如 abc、123 或 qwe）";
    RULE_USER_INFO = "不能包含您的姓名、用户名、邮箱或手机号";
    RULE_WORDS = "不能包含此服务不允许的词";
    RULE_PWNED = "不能出现在已泄露密码列表中";
    RULE_UNKNOWN = "符合此服务的一项规则（{}）";
    BREACH_CHECK_UNAVAILABLE = "暂时无法检查密码是否已泄露；其他规则已检查。";
    RULE_MET = "已满足";
    RULE_NOT_MET = "尚未满足";

    // Not found.
    NOT_FOUND_TITLE = "找不到页面";
    NOT_FOUND_TEXT = "此地址没有任何内容。";
    NOT_FOUND_HOME = "返回首页";

    // Sign-in failed.
    SIGN_IN_FAILED_TITLE = "登录失败";
    SIGNED_OUT_TITLE = "您已退出登录";
    SIGN_IN_RETRY = "重试";
    SIGN_IN_EXPIRED = "登录用时过长，或是在其他浏览器或标签页中开始的。请重试。";
    SIGN_IN_STATE = "登录服务的响应与此页面发出的请求不一致，为保护您的账号已将其拒绝。请重试。";
    SIGN_IN_DENIED = "登录已被取消，或被登录服务拒绝。";
    SIGN_IN_EXCHANGE = "登录服务未确认您的登录。请重试。";
    SIGN_IN_ID_TOKEN = "我们无法验证登录服务返回的身份，为保护您的账号已将其拒绝。请重试。";
    SIGN_IN_UNAVAILABLE = "登录服务暂时不可用。请稍后重试。";
    SIGN_IN_INCOMPLETE = "登录未完成。请重试。";
    SIGN_IN_NOT_FRESH = "此次登录需要您的凭据，但登录服务没有要求输入。请重新登录并输入凭据。";
    REAUTH_NEEDED = "为了您的安全，请重新登录以确认是您本人。您的账号没有可接收验证码的邮箱或手机号。";
    REAUTH_BUTTON = "重新登录";

    // Apps with access to your account (Logto's grants).
    NAV_APPS = "应用";
    APPS_TITLE = "有访问权限的应用";
    APPS_LEAD = "您允许使用您账号的应用。撤销某个应用的访问权限会让它在所有地方退出登录；下次使用时它会再次征求您的同意。";
    APPS_FIRST_PARTY = "此服务的应用";
    APPS_FIRST_PARTY_LEAD = "由管理您账号的团队开发。";
    APPS_THIRD_PARTY = "第三方应用";
    APPS_THIRD_PARTY_LEAD = "由其他方开发。它们只能看到您同意分享的内容。";
    APPS_NONE = "无。";
    APPS_SINCE = "{}获得访问权限";
    APPS_THIS = "此页面";
    APPS_REVOKE = "撤销访问权限";
    APPS_REVOKED = "该应用已无法访问您的账号。";
    APPS_CONFIRM_FIRST = "要撤销应用的访问权限，请先确认是您本人。";
    APPS_UNSUPPORTED = "此 Logto 服务器不提供您已授权的应用列表（Logto 1.38 或更高版本提供）。";
    ACT_APP_REVOKED = "已撤销应用的访问权限：{}";

    // Organisations.
    ORGS_TITLE = "组织";
    ORGS_LEAD = "您所属的组织以及您在其中的角色。组织由其管理员管理。";
    ORGS_NONE = "您不属于任何组织。";
    ORGS_ROLES = "角色：{}";
    ORGS_NO_ROLE = "成员，无角色";

    // Personal access tokens.
    TOKENS_TITLE = "个人访问令牌";
    TOKENS_LEAD =
        "让您自己的脚本和工具以您的身份操作。请像对待密码一样对待每个令牌：任何持有令牌的人都能使用您的账号，直到令牌过期或被您删除。";
    TOKENS_SUMMARY = "用于您自己的脚本和工具";
    TOKENS_NONE = "您没有个人访问令牌。";
    TOKENS_NEW = "新令牌";
    TOKENS_NAME = "名称";
    TOKENS_NAME_HINT = "写明用途，方便以后辨认，例如“备份脚本”。";
    TOKENS_EXPIRY = "有效期";
    TOKENS_IN_DAYS = "{} 天后";
    TOKENS_NEVER = "永不过期";
    TOKENS_CREATE = "创建令牌";
    TOKENS_CREATED_TITLE = "您的新令牌";
    TOKENS_CREATED_LEAD = "请立即复制：它只显示这一次。如果遗失，请删除它并创建新的令牌。";
    TOKENS_COPY = "复制";
    TOKENS_COPIED = "已复制";
    TOKENS_DOWNLOAD = "下载为文件";
    TOKENS_CREATED_AT = "{}创建";
    TOKENS_EXPIRES_AT = "{} 过期";
    TOKENS_NEVER_EXPIRES = "永不过期";
    TOKENS_EXPIRED = "已过期";
    TOKENS_DELETE = "删除";
    TOKENS_DELETED = "令牌已删除。使用它的程序再也无法以您的身份操作。";
    TOKENS_CONFIRM_FIRST = "要创建或删除令牌，请先确认是您本人。";
    TOKENS_NAME_INVALID = "请为令牌取一个 1 到 64 个字符的名称。";
    TOKENS_NAME_TAKEN = "您已有一个同名的令牌。";
    TOKENS_EXPIRY_INVALID = "请选择令牌的过期时间。";
    TOKENS_LIMIT = "您已有 20 个令牌，达到上限。请先删除一个不再使用的令牌。";
    ACT_TOKEN_CREATED = "已创建个人访问令牌：{}";
    ACT_TOKEN_DELETED = "已删除个人访问令牌：{}";

    // Profile photo.
    PHOTO_TITLE = "头像";
    PHOTO_CHANGE = "更换头像";
    PHOTO_BACK = "返回个人资料";
    PHOTO_CURRENT_ALT = "您的头像";
    PHOTO_NONE = "尚无头像";
    PHOTO_CHOOSE = "选择照片";
    PHOTO_HINT =
        "JPEG、PNG、WebP 或 GIF，最大 10 MB。照片会被裁剪为正方形（除非您自行调整，否则从中心裁剪）；位置和相机信息会被删除。";
    PHOTO_UPLOAD = "上传照片";
    PHOTO_REMOVE = "移除头像";
    PHOTO_SAVED = "新头像已保存。";
    PHOTO_REMOVED = "头像已移除。";
    PHOTO_NONE_CHOSEN = "请选择要上传的照片。";
    PHOTO_CROP_INVALID = "无法使用该裁剪范围：请重新选择照片。";
    PHOTO_FRAME = "拖动以调整照片范围，或使用方向键。";
    PHOTO_ZOOM = "缩放";
    PHOTO_PREVIEW_ALT = "您的新头像裁剪后的效果";
    PHOTO_EMPTY = "该文件是空的。请选择一张照片。";
    PHOTO_TOO_LARGE = "该文件超过 10 MB。请选择较小的照片。";
    PHOTO_NOT_IMAGE = "该文件不是图片。请选择 JPEG、PNG、WebP 或 GIF 格式的照片。";
    PHOTO_UNSUPPORTED = "不支持该图片格式。请选择 JPEG、PNG、WebP 或 GIF 格式的照片。";
    PHOTO_TOO_MANY_PIXELS = "该图片过大（边长超过 6000 像素）。请选择较小的图片。";
    PHOTO_DAMAGED = "无法读取该图片，它可能已损坏。请选择其他照片。";
    ACT_PHOTO_CHANGED = "已更换头像";
    ACT_PHOTO_REMOVED = "已移除头像";
}
