//! Korean: the polite 합니다/하세요 style, as Korean account and banking pages use; one term each
//! for 로그인, 세션 and 2단계 인증.

words! {
    // The page frame.
    SITE_NAME = "프로필";
    TITLE_SUFFIX = "Logto 프로필";
    SKIP_TO_CONTENT = "본문으로 건너뛰기";
    NAV_PROFILE = "프로필";
    NAV_PASSWORD = "비밀번호";
    NAV_SECURITY = "보안";
    NAV_DATA = "데이터";
    SIGN_IN = "로그인";
    SIGN_OUT = "로그아웃";
    YOUR_ACCOUNT = "내 계정";
    LANGUAGE = "언어";

    // Home.
    HOME_TITLE = "환영합니다";
    HOME_HEADLINE = "내 계정을 직접 관리하세요";
    HOME_LEAD =
        "이름, 사용자 이름, 사진을 바꾸고, 비밀번호를 변경하고, 이메일과 전화번호를 최신으로 유지하세요. Logto로 로그인할 때 쓰는 계정을 한곳에서 관리할 수 있습니다.";
    STATUS_TITLE = "서비스 상태";
    STATUS_CHECK_AGAIN = "다시 확인";
    STATUS_EMULATOR = "내장 Logto 에뮬레이터";
    STATUS_LOGTO = "Logto";
    STATUS_EMULATOR_SUBJECT = "내장 Logto 에뮬레이터";
    STATUS_CONNECTED = "{}에 연결되어 있습니다({} ms).";
    STATUS_UNREACHABLE = "{}가 응답하지 않습니다. 로그인과 저장을 할 수 없습니다.";
    STATUS_UPTIME = "가동 시간 {}";
    DURATION_SECONDS = "{}초";
    DURATION_MINUTES = "{}분";
    DURATION_HOURS = "{}시간 {}분";
    DURATION_DAYS = "{}일 {}시간";

    // Profile page.
    PROFILE_TITLE = "내 프로필";
    PROFILE_LOADING = "프로필을 불러오는 중…";
    PROFILE_CHECKING = "Logto에서 변경 사항을 확인하는 중…";
    PROFILE_STALE =
        "Logto에서 최신 값을 불러오지 못했습니다({}). 그래도 수정하고 저장할 수 있습니다.";
    PROFILE_SAVED = "프로필을 저장했습니다.";
    PROFILE_KEPT = "입력한 내용은 양식에 그대로 남아 있습니다.";
    PROFILE_SAVE = "변경 사항 저장";
    PROFILE_SAVING = "저장 중…";
    PROFILE_UNSAVED = "저장하지 않은 변경 사항이 있습니다.";
    SECTION_BASIC = "기본 정보";
    SECTION_PERSONAL = "개인 정보";
    SECTION_ADDRESS = "주소";
    SECTION_SIGN_IN = "로그인 정보";
    FACT_EMAIL = "이메일";
    FACT_PHONE = "전화번호";
    FACT_CREATED = "계정 생성일";
    FACT_LAST_SIGN_IN = "마지막 로그인";
    NOT_SET = "설정 안 됨";

    // Profile fields.
    FIELD_NAME = "전체 이름";
    FIELD_USERNAME = "사용자 이름";
    FIELD_AVATAR = "아바타 URL";
    FIELD_GIVEN_NAME = "이름";
    FIELD_MIDDLE_NAME = "중간 이름";
    FIELD_FAMILY_NAME = "성";
    FIELD_NICKNAME = "닉네임";
    FIELD_WEBSITE = "웹사이트";
    FIELD_GENDER = "성별";
    FIELD_BIRTHDATE = "생년월일";
    FIELD_ZONEINFO = "시간대";
    FIELD_LOCALE = "언어 및 지역";
    FIELD_STREET = "도로명 주소";
    FIELD_LOCALITY = "시/군/구";
    FIELD_REGION = "시/도";
    FIELD_POSTAL_CODE = "우편번호";
    FIELD_COUNTRY = "국가";

    // Validation (the same in the browser and on the server).
    INVALID_USERNAME_EMPTY = "사용자 이름을 입력하세요.";
    INVALID_MAX_128 = "최대 128자까지 입력할 수 있습니다.";
    INVALID_MAX_256 = "최대 256자까지 입력할 수 있습니다.";
    INVALID_USERNAME_START = "영문자나 밑줄(_)로 시작하세요.";
    INVALID_USERNAME_CHARS = "영문자(a–z), 숫자, 밑줄만 공백 없이 사용하세요.";
    INVALID_SINGLE_LINE = "줄바꿈과 제어 문자를 지우세요.";
    INVALID_URL_LONG = "주소가 너무 깁니다.";
    INVALID_URL_SCHEME = "https://(또는 http://)로 시작하는 주소를 사용하세요.";
    INVALID_URL = "올바른 웹 주소가 아닙니다.";
    INVALID_DATE = "1990-04-23 같은 형식의 날짜를 사용하세요.";
    INVALID_DAY = "그 달에는 없는 날짜입니다.";
    INVALID_YEAR = "1900년과 2100년 사이의 연도를 사용하세요.";
    INVALID_ZONE = "목록에서 시간대를 선택하세요.";
    INVALID_LOCALE = "목록에서 언어를 선택하세요(예: ko-KR).";
    PARTLY_SAVED =
        "변경 사항의 일부만 저장되었습니다. 저장됨: {}, 저장 안 됨: {}({}). 다시 시도하세요.";
    // Declared fields (profile-fields.toml): checks, the masked sensitive values, conflicts.
    CUSTOM_REQUIRED = "이 항목을 입력하세요.";
    CUSTOM_TOO_SHORT = "{}자 이상 입력하세요.";
    CUSTOM_TOO_LONG = "{}자 이하로 입력하세요.";
    CUSTOM_CONTROL = "제어 문자를 지우세요.";
    CUSTOM_NOT_NUMBER = "42나 3.5 같은 숫자를 입력하세요.";
    CUSTOM_TOO_SMALL = "{} 이상을 입력하세요.";
    CUSTOM_TOO_LARGE = "{} 이하를 입력하세요.";
    CUSTOM_TOO_EARLY = "{} 이후 날짜를 선택하세요.";
    CUSTOM_TOO_LATE = "{} 이전 날짜를 선택하세요.";
    CUSTOM_NOT_PHONE = "전화번호를 입력하세요. 숫자, 공백, + ( ) -만 쓸 수 있습니다.";
    CUSTOM_NOT_CHOICE = "목록에서 선택하세요.";
    CUSTOM_PATTERN = "요구되는 형식으로 입력하세요.";
    CUSTOM_READ_ONLY = "이 항목은 여기에서 바꿀 수 없습니다.";
    CUSTOM_CHOOSE = "선택하세요…";
    CUSTOM_YES = "예";
    CUSTOM_NO = "아니요";
    CUSTOM_SAVED_AS = "저장됨: {}";
    CUSTOM_REPLACE = "새 값을 입력하면 바뀝니다.";
    CUSTOM_REMOVE = "저장된 값 삭제";
    CUSTOM_CHANGED =
        "이 페이지를 연 뒤 다른 곳에서 \u{201C}{}\u{201D}(으)로 바뀌었습니다. 다시 저장하면 덮어씁니다.";
    CUSTOM_CHANGED_HIDDEN = "이 페이지를 연 뒤 다른 곳에서 바뀌었습니다. 다시 저장하면 덮어씁니다.";
    CUSTOM_CHANGED_ELSEWHERE =
        "이 페이지를 연 뒤 일부 항목이 다른 곳에서 바뀌어 아무것도 저장하지 않았습니다. 입력한 내용은 양식에 그대로 남아 있습니다.";
    PROFILE_DRAFT_BACK = "본인 확인이 끝났습니다. 변경 사항을 양식에 되돌려 놓았으니 지금 저장하세요.";
    USERNAME_TAKEN = "이미 사용 중인 사용자 이름입니다.";
    VALUE_TOO_LONG = "값 중 하나가 너무 깁니다.";
    LOGTO_REFUSED_VALUE = "Logto가 값 중 하나를 거부했습니다. 양식을 확인하세요.";
    REQUEST_TOO_LARGE = "요청이 너무 큽니다. 입력한 내용을 줄이세요.";
    FORM_UNREADABLE = "양식을 읽을 수 없습니다. 페이지를 새로 고친 뒤 다시 시도하세요.";

    // Errors any request may meet.
    ERROR_SESSION_ENDED = "세션이 종료되었습니다. 다시 로그인하세요.";
    ERROR_FORBIDDEN = "요청이 거부되었습니다.";
    ERROR_NOT_FOUND = "찾을 수 없습니다.";
    ERROR_RATE_LIMITED = "시도 횟수가 너무 많습니다. {} 후에 다시 시도하세요.";
    WAIT_SECONDS = "{}초";
    WAIT_MINUTES = "{}분";
    WAIT_HOURS = "{}시간";
    ERROR_SUSPENDED =
        "계정이 정지되어 여기에서 로그아웃되었습니다. 이 서비스 운영자에게 문의하세요.";
    ERROR_PROOF_NEEDED = "보안을 위해 먼저 본인 확인을 해 주세요.";
    ERROR_BAD_GATEWAY = "Logto가 오류로 응답했습니다. 아무것도 바뀌지 않았으니 다시 시도하세요.";
    ERROR_UNAVAILABLE =
        "지금은 Logto를 사용할 수 없습니다. 아무것도 바뀌지 않았으니 잠시 후 다시 시도하세요.";
    ERROR_TIMEOUT = "Logto의 응답이 너무 늦었습니다. 아무것도 바뀌지 않았으니 다시 시도하세요.";
    ERROR_NETWORK = "서버에 연결할 수 없습니다. 네트워크 연결을 확인한 뒤 다시 시도하세요.";
    ERROR_INTERNAL = "저희 쪽에 문제가 생겼습니다. 다시 시도하세요.";

    // Confirm it's you (re-verification).
    CONFIRM_TITLE = "본인 확인";
    CONFIRM_LEAD = "보안을 위해 이 작업에는 방금 한 본인 확인이 필요합니다. 확인은 10분 동안 유효합니다.";
    CONFIRM_BY_PASSWORD = "비밀번호로";
    CONFIRM_BY_CODE = "인증 코드로";
    CONFIRM_CONTINUE = "계속";
    CONFIRM_CANCEL = "취소";
    CONFIRMED = "감사합니다. 앞으로 10분 동안 본인 확인이 유지됩니다.";
    CODE_SEND = "코드 보내기";
    CODE_TO_EMAIL = "{}(으)로 이메일";
    CODE_TO_PHONE = "{}(으)로 문자 메시지";
    CODE_SENT = "{}(으)로 6자리 코드를 보냈습니다.";
    CODE_LABEL = "6자리 코드";
    CODE_RESEND = "새 코드 보내기";
    CODE_RESEND_IN = "{}초 후에 새 코드를 요청할 수 있습니다.";
    CODE_FORMAT = "메시지에 있는 6자리 숫자를 입력하세요.";
    CODE_MISMATCH = "코드가 맞지 않습니다. 확인한 뒤 다시 시도하세요.";
    CODE_EXPIRED = "코드가 만료되었습니다. 새 코드를 요청하세요.";
    CODE_TOO_MANY_TRIES = "이 코드를 너무 여러 번 잘못 입력했습니다. 새 코드를 요청하세요.";
    CODE_NOT_FOUND = "이 주소로 대기 중인 코드가 없습니다. 새 코드를 요청하세요.";
    CODE_SEND_LIMITED =
        "이 주소로 코드를 너무 많이 보냈습니다. 최대 10분 기다린 뒤 다시 시도하세요.";
    CODE_NO_EMAIL_CONNECTOR = "이 서비스에는 이메일 코드가 설정되어 있지 않습니다.";
    CODE_NO_SMS_CONNECTOR = "이 서비스에는 문자 메시지 코드가 설정되어 있지 않습니다.";
    CODE_NO_ADDRESS =
        "계정에 코드를 받을 이메일 주소나 전화번호가 없습니다. 로그아웃한 뒤 다시 로그인하고 10분 안에 돌아오거나, 서비스 관리자에게 도움을 요청하세요.";
    CODE_MAILBOX = "개발용 메일함 열기(내장 Logto 에뮬레이터의 메일함)";
    CODE_CHOOSE = "코드를 어디로 보낼까요?";

    // Email and phone.
    INVALID_EMAIL = "name@example.com 같은 이메일 주소를 입력하세요.";
    INVALID_PHONE = "올바른 전화번호가 아닙니다. 번호와 선택한 국가를 확인하세요.";
    CONTACT_EMAIL_TITLE = "이메일 주소";
    CONTACT_PHONE_TITLE = "전화번호";
    CONTACT_CURRENT = "현재: {}";
    CONTACT_NONE = "아직 없습니다.";
    CONTACT_NEW_EMAIL = "새 이메일 주소";
    CONTACT_NEW_PHONE = "새 전화번호";
    CONTACT_LEAD = "새 주소로 코드를 보내 드립니다. 그 코드를 입력하면 저장됩니다.";
    CONTACT_SAME = "이미 사용 중인 내 주소입니다.";
    CONTACT_SAVE = "인증하고 저장";
    CONTACT_OTHER = "다른 주소 사용";
    CONTACT_REMOVE = "삭제";
    CONTACT_EMAIL_CHANGED = "이메일 주소를 저장했습니다.";
    CONTACT_PHONE_CHANGED = "전화번호를 저장했습니다.";
    CONTACT_REMOVED = "삭제했습니다.";
    CONTACT_EMAIL_TAKEN = "다른 계정에서 이미 사용 중인 이메일 주소입니다.";
    CONTACT_PHONE_TAKEN = "다른 계정에서 이미 사용 중인 전화번호입니다.";
    CONTACT_LAST_WAY =
        "유일한 로그인 방법입니다. 먼저 다른 이메일이나 전화번호, 사용자 이름 또는 연결된 계정을 추가하세요.";
    CONTACT_NO_PENDING = "여기에는 코드를 기다리는 변경 사항이 없습니다. 새 주소로 다시 시작하세요.";
    CONTACT_CHANGE_EMAIL = "이메일 주소 변경";
    CONTACT_CHANGE_PHONE = "전화번호 변경";
    // The security page: how you sign in, where you're signed in.
    SECURITY_TITLE = "보안";
    SECURITY_METHODS = "로그인 방법";
    SECURITY_PASSWORD_SET = "설정됨";
    SECURITY_PASSWORD_NONE = "설정 안 됨";
    SECURITY_CHANGE = "변경";
    SECURITY_ADD = "추가";
    APP_SESSIONS_TITLE = "이 페이지";
    SESSIONS_REVIEW = "로그인된 곳 확인";
    SESSION_STALE = "30일도 더 전에 로그인했습니다. 사용하지 않는다면 로그아웃하세요.";
    CHECKUP_TITLE = "보안 점검";
    CHECKUP_SCORE = "{}/{} 완료";
    CHECKUP_ALL_GOOD = "계정을 보호하는 모든 설정이 갖춰져 있습니다.";
    CHECKUP_TO_DO = "몇 단계만 더 하면 계정을 도용하기가 더 어려워집니다.";
    CHECK_GOOD = "완료";
    CHECK_FIX = "할 일";
    CHECK_INFO = "확인 권장";
    CHECK_ON = "사용 중: {}";
    CHECK_TWO_STEP_OFF = "사용 안 함: 비밀번호만 알면 누구나 로그인할 수 있습니다.";
    CHECK_TURN_ON = "사용";
    CHECK_CODES_LEFT = "{}개 미사용";
    CHECK_CODES_LOW = "미사용 코드가 {}개뿐입니다. 다 쓰기 전에 새 코드 세트를 만드세요.";
    CHECK_CODES_NONE = "없음: 2단계 인증 수단을 쓸 수 없게 되면 로그인할 수 없습니다.";
    CHECK_CODES_LATER = "2단계 인증과 함께 제공됩니다.";
    CHECK_MAKE_CODES = "백업 코드 만들기";
    CHECK_SET_UP = "설정";
    CHECK_RECOVERY = "복구용 이메일 또는 전화번호";
    CHECK_RECOVERY_NONE = "없음: 코드로 계정을 되찾을 수 없습니다.";
    CHECK_ADD_EMAIL = "이메일 추가";
    CHECK_PASSWORD_CHANGED = "{} 변경";
    CHECK_PASSWORD_UNKNOWN = "설정됨. 이 페이지의 활동 기록에는 변경 내역이 없습니다";
    CHECK_PASSWORD_NONE = "비밀번호 없이 로그인합니다.";
    CHECK_SESSIONS = "세션";
    CHECK_SESSIONS_ONLY = "이 브라우저에서만 로그인되어 있습니다.";
    CHECK_SESSIONS_OTHERS = "여기에 로그인된 다른 브라우저: {}";
    CHECK_REVIEW = "확인";
    CHECK_LINKED_NONE = "없음";
    SESSIONS_TITLE = "로그인된 곳";
    SESSIONS_LEAD =
        "이 페이지에 로그인된 브라우저와 기기입니다. 모르는 곳은 로그아웃한 뒤 비밀번호를 변경하세요.";
    SESSION_THIS = "이 브라우저";
    SESSION_DEVICE = "{}, {}";
    SESSION_UNKNOWN_DEVICE = "알 수 없는 브라우저";
    SESSION_IP = "IP 주소 {}";
    SESSION_SIGNED_IN = "{} 로그인";
    SESSION_ACTIVE = "{} 활동";
    SESSIONS_END_OTHERS = "다른 모든 세션 로그아웃";
    SESSIONS_CONFIRM_FIRST = "세션을 로그아웃하려면 먼저 본인 확인을 하세요.";
    SESSION_ENDED = "해당 세션을 로그아웃했습니다.";
    SESSIONS_OTHERS_ENDED = "다른 세션을 모두 로그아웃했습니다.";
    LOGTO_SESSIONS_TITLE = "Logto 로그인";
    LOGTO_SESSIONS_LEAD =
        "Logto는 이 로그인을 기억하므로, Logto를 사용하는 앱은 다시 묻지 않고 로그인시킬 수 있습니다. 하나를 로그아웃하면 그 로그인으로 접속한 앱의 접근 권한도 함께 끝납니다.";
    LOGTO_SESSIONS_UNSUPPORTED =
        "이 Logto 서버는 세션 목록을 제공하지 않습니다. 위에는 이 페이지의 세션만 표시됩니다.";
    LOGTO_SESSION_APPS = "이 로그인으로 접속한 앱: {}";
    LOGTO_SESSION_ENDED = "해당 Logto 로그인을 종료했습니다.";
    LINKED_TITLE = "연결된 계정";
    LINKED_LEAD = "로그인에 사용할 수 있는 다른 서비스의 계정입니다.";
    LINKED_NONE = "연결된 계정이 없습니다.";
    LINKED_UNLINK = "연결 해제";
    LINKED_CONFIRM_FIRST = "계정 연결을 해제하려면 먼저 본인 확인을 하세요.";
    LINKED_UNLINKED = "계정 연결을 해제했습니다.";
    LINKED_LAST_WAY = "유일한 로그인 방법입니다. 먼저 이메일 주소나 전화번호를 추가하세요.";
    // Two-step verification.
    TWO_STEP_TITLE = "2단계 인증";
    TWO_STEP_LEAD =
        "로그인할 때 비밀번호 다음에 거치는 두 번째 단계입니다. 인증 앱의 코드, 패스키 또는 백업 코드를 사용합니다.";
    TWO_STEP_SUMMARY = "인증 앱, 백업 코드, 패스키";
    TWO_STEP_MANAGE = "관리";
    TWO_STEP_NONE = "아직 2단계 인증 수단이 없습니다.";
    TWO_STEP_CONFIRM_FIRST = "2단계 인증 수단을 바꾸려면 먼저 본인 확인을 하세요.";
    FACTOR_TOTP = "인증 앱";
    FACTOR_BACKUP = "백업 코드";
    FACTOR_PASSKEY = "패스키";
    FACTOR_ADDED = "{} 추가됨";
    FACTOR_CODES_LEFT = "{}개 미사용";
    FACTOR_REMOVED = "2단계 인증 수단을 삭제했습니다.";
    TOTP_ADD = "인증 앱 추가";
    TOTP_TITLE = "인증 앱 설정";
    TOTP_SCAN = "인증 앱으로 이 코드를 스캔하거나, 아래 키를 인증 앱에 입력하세요.";
    TOTP_QR = "인증 앱용 QR 코드";
    TOTP_KEY = "키";
    TOTP_CODE_LEAD = "그런 다음 앱에 표시된 6자리 코드를 입력하세요.";
    TOTP_TURN_ON = "사용";
    TOTP_CANCEL = "취소";
    TOTP_ON = "인증 앱이 설정되었습니다.";
    TOTP_REPLACE = "교체";
    AT_SIGN_IN_TITLE = "로그인할 때";
    AT_SIGN_IN_NOT_ASKED =
        "이 서비스는 아직 로그인할 때 2단계 인증을 요구하지 않습니다. 요구하게 될 때를 위해 2단계 인증 수단은 그대로 보관됩니다.";
    AT_SIGN_IN_NOTHING = "인증 앱이나 패스키를 추가하면 로그인할 때 요구됩니다.";
    AT_SIGN_IN_ALWAYS = "이 서비스는 로그인할 때마다 2단계 인증을 요구합니다.";
    AT_SIGN_IN_BY_RISK = "이 서비스는 평소와 다른 로그인으로 보일 때 2단계 인증을 요구합니다.";
    AT_SIGN_IN_ON = "로그인할 때마다 2단계 인증을 요구받습니다.";
    AT_SIGN_IN_OFF =
        "로그인할 때 2단계 인증을 요구받지 않습니다. 비밀번호만 알면 누구나 로그인할 수 있습니다.";
    AT_SIGN_IN_TURN_ON = "로그인할 때마다 요구";
    AT_SIGN_IN_TURN_OFF = "로그인할 때 요구하지 않기";
    AT_SIGN_IN_ASKED = "이제 로그인할 때 2단계 인증을 요구받습니다.";
    AT_SIGN_IN_STOPPED = "이제 로그인할 때 2단계 인증을 요구받지 않습니다.";
    AT_SIGN_IN_FIXED = "이 설정은 본인이 아닌 서비스의 로그인 설정에 따라 정해집니다.";
    TOTP_REPLACING = "새 앱의 첫 코드가 확인될 때까지 현재 인증 앱은 계속 작동합니다.";
    TOTP_REPLACED = "새 인증 앱이 설정되었습니다. 이전 앱의 코드는 더 이상 작동하지 않습니다.";
    TOTP_CANCELLED = "인증 앱을 추가하지 않았습니다.";
    TOTP_UNFINISHED = "인증 앱 설정을 끝내지 않았습니다.";
    TOTP_FINISH = "설정 마치기";
    TOTP_ALREADY = "이미 인증 앱이 있습니다. 다른 앱을 추가하려면 먼저 삭제하세요.";
    TOTP_NOTHING = "설정 중인 인증 앱이 없습니다.";
    PASSKEY_ADD_TITLE = "패스키 추가";
    PASSKEY_ADD_LEAD =
        "지문, 얼굴 또는 화면 잠금을 2단계 인증으로 사용하세요. 패스키는 기기에 보관되며 기기 밖으로 나가지 않습니다.";
    PASSKEY_PASSWORD_HINT = "패스키를 추가하기 전에 Logto가 비밀번호를 한 번 더 묻습니다.";
    PASSKEY_NAME = "이름(선택)";
    PASSKEY_NAME_HINT = "예: \u{201C}회사 노트북\u{201D}. 패스키를 구분하기 쉬워집니다.";
    PASSKEY_NAME_TOO_LONG = "이름은 최대 64자까지 쓸 수 있습니다.";
    PASSKEY_ADD = "패스키 추가";
    PASSKEY_WORKING = "브라우저 안내에 따라 패스키를 만드세요…";
    PASSKEY_NEEDS_JS =
        "패스키는 브라우저가 만들기 때문에 추가하려면 JavaScript가 필요합니다. 여기에서 추가하려면 JavaScript를 켜세요.";
    PASSKEY_NO_SUPPORT =
        "이 브라우저는 패스키를 만들 수 없습니다. 최신 버전의 Chrome, Edge, Firefox 또는 Safari를 사용해 보세요.";
    PASSKEY_CANCELLED = "패스키를 추가하지 않았습니다. 브라우저 창이 닫혔거나 시간이 초과되었습니다.";
    PASSKEY_FAILED = "패스키를 추가하지 못했습니다. 다시 시도하세요.";
    PASSKEY_REFUSED = "Logto가 이 패스키를 받아들이지 않았습니다. 다시 시도하거나 다른 기기를 사용하세요.";
    PASSKEY_EXPIRED = "시간이 너무 오래 걸렸습니다. 패스키 추가를 처음부터 다시 시작하세요.";
    PASSKEY_NO_PASSWORD =
        "여기에서 패스키를 추가하려면 비밀번호가 필요한데 아직 비밀번호가 없습니다. 먼저 비밀번호를 설정하세요.";
    PASSKEY_ADDED = "패스키를 추가했습니다. 이제 2단계 인증에 사용할 수 있습니다.";
    PASSKEY_OFF = "아직 여기에서 패스키를 추가할 수 없습니다.";
    PASSKEY_OFF_ADMIN = "이를 위해 Logto 관리자가 해야 할 일:";
    PASSKEY_OFF_ACCOUNT_CENTER = "Account Center 켜기(Console → Account center)";
    PASSKEY_OFF_FIELD =
        "그곳에서 사용자가 패스키를 편집할 수 있게 허용(\u{201C}Passkeys\u{201D}, 이전 버전 Logto에서는 \u{201C}MFA\u{201D}를 Edit으로 설정)";
    PASSKEY_OFF_FACTOR =
        "로그인 경험에서 패스키를 2단계 인증으로 켜기(Multi-factor auth → Passkeys)";
    PASSKEY_OFF_ORIGIN = "Account Center의 WebAuthn 관련 출처에 {} 추가";
    ACT_PASSKEY_ADDED = "패스키 추가됨";
    BACKUP_NEW = "백업 코드 받기";
    BACKUP_RENEW = "새 백업 코드 받기";
    BACKUP_TITLE = "백업 코드";
    BACKUP_LEAD =
        "각 코드는 다른 2단계 인증 수단을 쓸 수 없을 때 한 번만 사용할 수 있습니다. 안전한 곳에 보관하세요. 지금만 표시되며, 새 코드를 받으면 이 코드들은 더 이상 작동하지 않습니다.";
    BACKUP_COPY = "복사";
    BACKUP_COPIED = "복사됨";
    BACKUP_DOWNLOAD = "텍스트 파일로 다운로드";
    BACKUP_FILE_HEADER = "{}의 백업 코드입니다. 각 코드는 한 번만 사용할 수 있습니다.";
    BACKUP_GONE = "백업 코드는 한 번만 표시됩니다. 잃어버렸다면 새 코드를 받으세요.";
    BACKUP_ALONE = "백업 코드에는 다른 2단계 인증 수단이 필요합니다. 먼저 인증 앱을 추가하세요.";
    BACKUP_MADE_ELSEWHERE =
        "방금 다른 곳에서 새 백업 코드가 만들어졌습니다. 페이지를 새로 고쳐 확인하세요.";
    BACKUP_DONE = "완료";
    // Your data: download, delete.
    ACCOUNT_TITLE = "내 데이터";
    EXPORT_TITLE = "내 데이터 다운로드";
    EXPORT_LEAD =
        "이 페이지와 Logto가 보관한 내 정보를 모두 담은 JSON 파일 하나입니다. 프로필과 사용자 지정 데이터, 연결된 계정, 2단계 인증 수단(비밀 값 제외), 로그인된 곳이 포함됩니다.";
    EXPORT_BUTTON = "내 데이터 다운로드";
    DELETE_TITLE = "계정 삭제";
    DELETE_LEAD =
        "Logto의 계정(프로필, 이메일 주소, 전화번호, 비밀번호, 연결된 계정, 2단계 인증 수단)을 삭제하고 모든 곳에서 로그아웃합니다. 되돌릴 수 없으니, 데이터를 보관하려면 먼저 다운로드하세요.";
    DELETE_CONFIRM_FIRST = "계정을 삭제하려면 먼저 본인 확인을 하세요.";
    DELETE_TYPE = "확인하려면 {}을(를) 입력하세요";
    DELETE_BUTTON = "내 계정 삭제";
    DELETE_MISMATCH = "요청한 내용과 달라서 아무것도 삭제하지 않았습니다.";
    ACTIVITY_TITLE = "최근 활동";
    ACTIVITY_LEAD =
        "이 페이지에서 계정에 한 모든 변경 사항을 최신순으로 {}일 동안 보관합니다. 모르는 활동이 있나요? 비밀번호를 변경하고 다른 세션을 로그아웃하세요.";
    ACTIVITY_NONE = "아직 없습니다.";
    ACTIVITY_NEWER = "최신";
    ACTIVITY_OLDER = "이전";
    ACTIVITY_PAGES = "최근 활동 페이지";
    ACT_PROFILE_SAVED = "프로필 저장됨: {}";
    ACT_PASSWORD_CHANGED = "비밀번호 변경됨";
    ACT_PASSWORD_SET = "비밀번호 설정됨";
    ACT_EMAIL_CHANGED = "이메일 주소 변경됨";
    ACT_EMAIL_REMOVED = "이메일 주소 삭제됨";
    ACT_PHONE_CHANGED = "전화번호 변경됨";
    ACT_PHONE_REMOVED = "전화번호 삭제됨";
    ACT_SESSION_ENDED = "세션 하나를 로그아웃함";
    ACT_SESSIONS_ENDED = "다른 모든 세션을 로그아웃함";
    ACT_LOGTO_SESSION_ENDED = "Logto 로그인 하나를 종료함";
    ACT_IDENTITY_UNLINKED = "연결된 계정 삭제됨: {}";
    ACT_TOTP_ADDED = "인증 앱 추가됨";
    ACT_TOTP_REPLACED = "인증 앱 교체됨";
    ACT_SIGN_IN_STEP_ON = "로그인 시 2단계 인증 켜짐";
    ACT_SIGN_IN_STEP_OFF = "로그인 시 2단계 인증 꺼짐";
    ACT_BACKUP_CODES = "새 백업 코드 만듦";
    ACT_FACTOR_REMOVED = "2단계 인증 수단 삭제됨";
    ACT_DATA_EXPORTED = "내 데이터 다운로드됨";
    ACT_OTHER = "계정 변경됨";
    ACT_NEW_BROWSER = "새 브라우저에서 로그인";
    ACT_LINK_REMOVED = "연결된 계정 하나가 삭제됨";

    // Security notices by email (server only: never in the browser's bundle).
    NOTICE_SUBJECT = "보안 알림: {}";
    NOTICE_HELLO = "{}님, 안녕하세요.";
    NOTICE_HELLO_PLAIN = "안녕하세요.";
    NOTICE_INTRO = "방금 계정에 다음 변경이 있었습니다.";
    NOTICE_EMAIL_FROM_TO = "{}에서 {}(으)로.";
    NOTICE_WHEN = "일시";
    NOTICE_BROWSER = "브라우저";
    NOTICE_ADDRESS = "주소";
    NOTICE_IF_YOU = "본인이 한 변경이라면 아무것도 하지 않아도 됩니다.";
    NOTICE_NOT_ME = "제가 하지 않았습니다";
    NOTICE_NOT_ME_LEAD =
        "본인이 하지 않았다면 7일 안에 이 링크를 여세요. 모든 곳에서 로그아웃하고, 바뀐 이메일 주소를 되돌리고, 새 비밀번호 설정을 도와 드립니다.";
    NOT_ME_TITLE = "제가 하지 않았습니다";
    NOT_ME_ABOUT = "다음 변경에 관한 보안 알림의 링크를 열었습니다.";
    NOT_ME_LEAD =
        "본인이 하지 않았다면 다른 사람이 계정을 사용하고 있을 수 있습니다. 지금 계정을 보호하세요. 다음을 진행합니다.";
    NOT_ME_WILL_SIGN_OUT = "이 앱과 Logto 등 모든 곳에서 로그아웃합니다.";
    NOT_ME_WILL_RESTORE = "이메일 주소를 {}(으)로 되돌립니다.";
    NOT_ME_WILL_SEND_CODE = "새 비밀번호를 정할 수 있도록 이메일 주소로 코드를 보냅니다.";
    NOT_ME_BUTTON = "내 계정 보호하기";
    NOT_ME_INVALID =
        "이 링크는 유효하지 않거나 만료되었습니다(링크는 7일 동안 작동합니다). 다른 사람이 계정을 사용한다고 생각되면 로그인해서 비밀번호를 변경하세요.";
    NOT_ME_DONE_TITLE = "처리한 내용";
    NOT_ME_DONE_SESSIONS = "이 앱의 모든 곳에서 로그아웃했습니다. 종료한 세션: {}.";
    NOT_ME_DONE_LOGTO = "Logto 로그인을 종료했고, 그 로그인이 앱에 준 접근 권한도 함께 끝났습니다.";
    NOT_ME_LOGTO_CANNOT =
        "이 Logto는 자체 로그인을 종료할 수 없습니다. 다른 사람이 들어오지 못하도록 아래에서 새 비밀번호를 설정하세요.";
    NOT_ME_DONE_EMAIL = "이메일 주소가 다시 {}(으)로 바뀌었습니다.";
    NOT_ME_EMAIL_TAKEN =
        "이전 이메일 주소 {}을(를) 이제 다른 계정이 사용하고 있어서 되돌리지 않았습니다.";
    NOT_ME_DONE_CODE = "{}(으)로 코드를 보냈습니다.";
    NOT_ME_NO_ADDRESS =
        "계정에 코드를 받을 이메일 주소가 없습니다. 비밀번호로 로그인한 뒤 비밀번호를 변경하세요.";
    NOT_ME_STEP_FAILED =
        "일부 단계에서 Logto에 연결하지 못했습니다. 몇 분 뒤 링크를 다시 여세요. 모든 단계가 끝날 때까지 링크는 계속 작동합니다.";
    NOT_ME_PASSWORD_TITLE = "새 비밀번호 정하기";
    NOT_ME_PASSWORD_SAVE = "새 비밀번호 설정";
    NOT_ME_PASSWORD_DONE = "새 비밀번호가 설정되었습니다. 새 비밀번호로 로그인하세요.";
    NOT_ME_PASSWORD_REFUSED =
        "Logto가 이 비밀번호를 받아들이지 않았습니다. 더 길고 추측하기 어려운 비밀번호를 정하세요.";
    NOTICE_FOOTER =
        "{}의 계정에 관한 메일이라 받으셨습니다. 이 메일에는 코드나 비밀번호가 절대 들어 있지 않습니다.";
    ACT_FROM = "{} · {}";
    GOODBYE_TITLE = "계정이 삭제되었습니다";
    GOODBYE_LEAD = "계정과 그 안의 모든 정보가 삭제되었고, 여기에서 로그아웃되었습니다.";
    GOODBYE_ACTIVITY_LEFT =
        "최근 활동 목록은 지금 삭제하지 못했습니다. 항목이 만료되면 자동으로 삭제됩니다.";
    GOODBYE_FIELDS_LEFT =
        "이 페이지가 자체 데이터베이스에 보관한 내 정보를 지금 삭제하지 못했습니다. 사이트 고객 지원에 삭제를 요청하세요.";
    GOODBYE_SESSIONS_LEFT =
        "이 페이지의 다른 세션 일부를 지금 종료하지 못했습니다. 이 세션들은 더 이상 계정에 접근할 수 없으며 저절로 끝납니다.";
    AGO_NOW = "방금";
    AGO_MINUTES = "{}분 전";
    AGO_HOURS = "{}시간 전";
    AGO_DAY = "1일 전";
    AGO_DAYS = "{}일 전";
    CONTACT_REGION = "국가 또는 지역";
    CONTACT_REGION_NONE = "기타: +와 국가 번호를 입력";
    CONTACT_PHONE_HINT = "그 나라에서 전화를 걸 때처럼 입력하거나, +와 국가 번호로 시작하세요.";
    PHONE_REGION_NEEDED = "국가를 선택하거나, 번호를 +와 국가 번호로 시작하세요.";

    // Password.
    PASSWORD_TITLE_CHANGE = "비밀번호 변경";
    PASSWORD_TITLE_SET = "비밀번호 설정";
    PASSWORD_LEAD_SET =
        "계정에 아직 비밀번호가 없습니다. 비밀번호를 추가하면 이메일, 전화번호 또는 사용자 이름과 비밀번호로 로그인할 수 있습니다.";
    PASSWORD_CURRENT = "현재 비밀번호";
    PASSWORD_NEW = "새 비밀번호";
    PASSWORD_REPEAT = "새 비밀번호 확인";
    PASSWORD_SHOW = "비밀번호 표시";
    PASSWORD_FORGOT = "현재 비밀번호를 잊으셨나요?";
    PASSWORD_SIGN_OUT_OTHERS = "다른 세션 모두 로그아웃";
    PASSWORD_SIGN_OUT_OTHERS_HINT = "계정에 로그인된 다른 모든 브라우저와 기기에서 다시 로그인해야 합니다.";
    PASSWORD_SUBMIT_CHANGE = "비밀번호 변경";
    PASSWORD_SUBMIT_SET = "비밀번호 설정";
    PASSWORD_SAVING = "저장 중…";
    PASSWORD_CHANGED = "비밀번호를 변경했습니다.";
    PASSWORD_WAS_SET = "비밀번호를 설정했습니다.";
    PASSWORD_OTHERS_ENDED = "이 앱과 Logto의 다른 세션을 모두 로그아웃했습니다.";
    PASSWORD_OTHERS_ENDED_APP_ONLY =
        "이 앱의 다른 세션을 로그아웃했습니다. 이 버전의 Logto는 자체 로그인 세션을 종료할 수 없으므로, 다른 앱은 세션이 만료될 때까지 로그인된 상태로 남습니다.";
    PASSWORD_CURRENT_REQUIRED = "현재 비밀번호를 입력하세요.";
    PASSWORD_WRONG = "현재 비밀번호가 아닙니다.";
    PASSWORD_REQUIRED = "새 비밀번호를 입력하세요.";
    PASSWORD_MISMATCH = "새 비밀번호 두 개가 서로 다릅니다.";
    PASSWORD_REJECTED = "이 비밀번호는 사용할 수 없습니다. 다음 조건을 지켜야 합니다.";
    PASSWORD_RULES = "새 비밀번호 조건";
    RULE_MIN_LENGTH = "{}자 이상";
    RULE_MAX_LENGTH = "{}자 이하";
    RULE_CHARACTER_TYPES = "소문자, 대문자, 숫자, 기호 중 {}가지 이상 섞기";
    RULE_SUPPORTED = "영문자 a–z와 A–Z, 숫자, 공백, 일반 기호만 사용";
    RULE_REPETITION = "같은 문자를 3번 연속 반복하지 않기(예: aaa)";
    RULE_SEQUENCE = "연속된 문자열을 포함하지 않기(예: abc, 123, qwe)";
    RULE_USER_INFO = "이름, 사용자 이름, 이메일, 전화번호를 포함하지 않기";
    RULE_WORDS = "이 서비스에서 허용하지 않는 단어를 포함하지 않기";
    RULE_PWNED = "유출된 비밀번호 목록에 없을 것";
    RULE_UNKNOWN = "이 서비스의 규칙 충족({})";
    BREACH_CHECK_UNAVAILABLE =
        "지금은 유출된 비밀번호 확인을 할 수 없습니다. 다른 규칙은 확인했습니다.";
    RULE_MET = "충족";
    RULE_NOT_MET = "아직 충족 안 됨";

    // Not found.
    NOT_FOUND_TITLE = "페이지를 찾을 수 없음";
    NOT_FOUND_TEXT = "이 주소에는 아무것도 없습니다.";
    NOT_FOUND_HOME = "홈페이지로 이동";

    // Sign-in failed.
    SIGN_IN_FAILED_TITLE = "로그인 실패";
    SIGNED_OUT_TITLE = "로그아웃되었습니다";
    SIGN_IN_RETRY = "다시 시도";
    SIGN_IN_EXPIRED =
        "로그인이 너무 오래 걸렸거나 다른 브라우저 또는 탭에서 시작되었습니다. 다시 시도하세요.";
    SIGN_IN_STATE =
        "로그인 서비스의 응답이 이 페이지가 보낸 요청과 일치하지 않아, 계정 보호를 위해 거부했습니다. 다시 시도하세요.";
    SIGN_IN_DENIED = "로그인이 취소되었거나 로그인 서비스에서 거부되었습니다.";
    SIGN_IN_EXCHANGE = "로그인 서비스가 로그인을 확인해 주지 않았습니다. 다시 시도하세요.";
    SIGN_IN_ID_TOKEN =
        "로그인 서비스가 보낸 신원을 확인할 수 없어, 계정 보호를 위해 거부했습니다. 다시 시도하세요.";
    SIGN_IN_UNAVAILABLE = "지금은 로그인 서비스를 사용할 수 없습니다. 잠시 후 다시 시도하세요.";
    SIGN_IN_INCOMPLETE = "로그인이 완료되지 않았습니다. 다시 시도하세요.";
    SIGN_IN_NOT_FRESH =
        "이번 로그인에는 자격 증명이 필요한데 로그인 서비스가 묻지 않았습니다. 다시 로그인해서 입력하세요.";
    REAUTH_NEEDED =
        "보안을 위해 다시 로그인해서 본인 확인을 해 주세요. 계정에 코드를 받을 이메일이나 전화번호가 없습니다.";
    REAUTH_BUTTON = "다시 로그인";

    // Apps with access to your account (Logto's grants).
    NAV_APPS = "앱";
    APPS_TITLE = "접근 권한이 있는 앱";
    APPS_LEAD =
        "계정을 사용하도록 허용한 앱입니다. 앱의 접근 권한을 삭제하면 모든 곳에서 로그아웃되며, 다음에 사용할 때 다시 묻습니다.";
    APPS_FIRST_PARTY = "이 서비스의 앱";
    APPS_FIRST_PARTY_LEAD = "내 계정을 운영하는 곳에서 만든 앱입니다.";
    APPS_THIRD_PARTY = "서드 파티 앱";
    APPS_THIRD_PARTY_LEAD = "다른 곳에서 만든 앱입니다. 공유에 동의한 정보만 볼 수 있습니다.";
    APPS_NONE = "없음";
    APPS_SINCE = "{} 권한 부여";
    APPS_THIS = "이 페이지";
    APPS_REVOKE = "접근 권한 삭제";
    APPS_REVOKED = "해당 앱은 더 이상 계정에 접근할 수 없습니다.";
    APPS_CONFIRM_FIRST = "앱의 접근 권한을 삭제하려면 먼저 본인 확인을 하세요.";
    APPS_UNSUPPORTED =
        "이 Logto 서버는 승인한 앱 목록을 제공하지 않습니다(Logto 1.38 이상에서 제공).";
    ACT_APP_REVOKED = "앱 접근 권한 삭제됨: {}";

    // Organisations.
    ORGS_TITLE = "조직";
    ORGS_LEAD = "내가 속한 조직과 그 안에서의 역할입니다. 조직은 조직 관리자가 관리합니다.";
    ORGS_NONE = "속한 조직이 없습니다.";
    ORGS_ROLES = "역할: {}";
    ORGS_NO_ROLE = "구성원, 역할 없음";

    // Personal access tokens.
    TOKENS_TITLE = "개인 액세스 토큰";
    TOKENS_LEAD =
        "내 스크립트와 도구가 나 대신 작업하게 합니다. 토큰은 비밀번호처럼 다루세요. 토큰을 가진 사람은 토큰이 만료되거나 삭제될 때까지 계정을 사용할 수 있습니다.";
    TOKENS_SUMMARY = "내 스크립트와 도구용";
    TOKENS_NONE = "개인 액세스 토큰이 없습니다.";
    TOKENS_NEW = "새 토큰";
    TOKENS_NAME = "이름";
    TOKENS_NAME_HINT = "나중에 알아볼 수 있게 용도를 적으세요. 예: \u{201C}백업 스크립트\u{201D}";
    TOKENS_EXPIRY = "만료";
    TOKENS_IN_DAYS = "{}일 후";
    TOKENS_NEVER = "만료 없음";
    TOKENS_CREATE = "토큰 만들기";
    TOKENS_CREATED_TITLE = "새 토큰";
    TOKENS_CREATED_LEAD =
        "지금 복사하세요. 이번 한 번만 표시됩니다. 잃어버리면 삭제하고 새로 만드세요.";
    TOKENS_COPY = "복사";
    TOKENS_COPIED = "복사됨";
    TOKENS_DOWNLOAD = "파일로 다운로드";
    TOKENS_CREATED_AT = "{} 생성";
    TOKENS_EXPIRES_AT = "{} 만료";
    TOKENS_NEVER_EXPIRES = "만료되지 않음";
    TOKENS_EXPIRED = "만료됨";
    TOKENS_DELETE = "삭제";
    TOKENS_DELETED = "토큰을 삭제했습니다. 이 토큰을 쓰던 것은 더 이상 나 대신 작업할 수 없습니다.";
    TOKENS_CONFIRM_FIRST = "토큰을 만들거나 삭제하려면 먼저 본인 확인을 하세요.";
    TOKENS_NAME_INVALID = "토큰 이름은 1~64자로 정하세요.";
    TOKENS_NAME_TAKEN = "같은 이름의 토큰이 이미 있습니다.";
    TOKENS_EXPIRY_INVALID = "토큰 만료 시점을 선택하세요.";
    TOKENS_LIMIT = "토큰이 최대 개수인 20개입니다. 먼저 더 이상 쓰지 않는 토큰을 삭제하세요.";
    ACT_TOKEN_CREATED = "개인 액세스 토큰 생성됨: {}";
    ACT_TOKEN_DELETED = "개인 액세스 토큰 삭제됨: {}";

    // Profile photo.
    PHOTO_TITLE = "프로필 사진";
    PHOTO_CHANGE = "사진 변경";
    PHOTO_BACK = "프로필로 돌아가기";
    PHOTO_CURRENT_ALT = "내 프로필 사진";
    PHOTO_NONE = "아직 사진이 없습니다";
    PHOTO_CHOOSE = "사진 선택";
    PHOTO_HINT =
        "JPEG, PNG, WebP 또는 GIF, 최대 10MB. 정사각형으로 잘리며(직접 맞추지 않으면 가운데 기준), 위치와 카메라 정보는 삭제됩니다.";
    PHOTO_UPLOAD = "사진 업로드";
    PHOTO_REMOVE = "사진 삭제";
    PHOTO_SAVED = "새 사진을 저장했습니다.";
    PHOTO_REMOVED = "사진을 삭제했습니다.";
    PHOTO_NONE_CHOSEN = "업로드할 사진을 선택하세요.";
    PHOTO_CROP_INVALID = "그 영역은 사용할 수 없습니다. 사진을 다시 선택하세요.";
    PHOTO_FRAME = "끌어서 사진 영역을 맞추거나 화살표 키를 사용하세요.";
    PHOTO_ZOOM = "확대/축소";
    PHOTO_PREVIEW_ALT = "잘린 모습으로 본 새 사진";
    PHOTO_EMPTY = "빈 파일입니다. 사진을 선택하세요.";
    PHOTO_TOO_LARGE = "파일이 10MB보다 큽니다. 더 작은 사진을 선택하세요.";
    PHOTO_NOT_IMAGE = "이미지 파일이 아닙니다. JPEG, PNG, WebP 또는 GIF 사진을 선택하세요.";
    PHOTO_UNSUPPORTED = "지원하지 않는 이미지 형식입니다. JPEG, PNG, WebP 또는 GIF 사진을 선택하세요.";
    PHOTO_TOO_MANY_PIXELS = "이미지가 너무 큽니다(한 변이 6000픽셀 초과). 더 작은 이미지를 선택하세요.";
    PHOTO_DAMAGED = "이미지를 읽을 수 없습니다. 손상되었을 수 있습니다. 다른 사진을 선택하세요.";
    ACT_PHOTO_CHANGED = "프로필 사진 변경됨";
    ACT_PHOTO_REMOVED = "프로필 사진 삭제됨";
}
