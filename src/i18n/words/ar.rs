//! Arabic: Modern Standard Arabic, addressing the reader directly in the imperative as Arabic
//! account pages do; one term each for تسجيل الدخول, الجلسة and التحقق بخطوتين. Counted messages
//! give CLDR's six forms (the dual says its number in the word).

words! {
    // The page frame.
    SITE_NAME = "الملف الشخصي";
    TITLE_SUFFIX = "ملف Logto الشخصي";
    SKIP_TO_CONTENT = "انتقل إلى المحتوى";
    NAV_PROFILE = "الملف الشخصي";
    NAV_PASSWORD = "كلمة المرور";
    NAV_SECURITY = "الأمان";
    NAV_DATA = "البيانات";
    SIGN_IN = "تسجيل الدخول";
    SIGN_OUT = "تسجيل الخروج";
    YOUR_ACCOUNT = "حسابك";
    LANGUAGE = "اللغة";

    // Home.
    HOME_TITLE = "مرحبًا";
    HOME_HEADLINE = "حسابك بين يديك";
    HOME_LEAD =
        "حدّث اسمك واسم المستخدم وصورتك، وغيّر كلمة المرور، وأبقِ بريدك الإلكتروني ورقم هاتفك محدّثين: الحساب الذي تسجّل به الدخول عبر Logto، تديره من مكان واحد.";
    STATUS_TITLE = "حالة الخدمة";
    STATUS_CHECK_AGAIN = "تحقّق مرة أخرى";
    STATUS_EMULATOR = "محاكي Logto المدمج";
    STATUS_LOGTO = "Logto";
    STATUS_EMULATOR_SUBJECT = "محاكي Logto المدمج";
    STATUS_CONNECTED = "متصل بـ {} ({} مللي ثانية).";
    STATUS_UNREACHABLE = "{} لا يستجيب. تسجيل الدخول والحفظ غير متاحين.";
    STATUS_UPTIME = "يعمل منذ {}";
    DURATION_SECONDS = "{} ث";
    DURATION_MINUTES = "{} د";
    DURATION_HOURS = "{} س {} د";
    DURATION_DAYS = "{} ي {} س";

    // Profile page.
    PROFILE_TITLE = "ملفك الشخصي";
    PROFILE_LOADING = "جارٍ تحميل ملفك الشخصي…";
    PROFILE_CHECKING = "جارٍ التحقق من التغييرات في Logto…";
    PROFILE_STALE =
        "تعذّر تحميل أحدث القيم من Logto ({}). لا يزال بإمكانك التعديل والحفظ.";
    PROFILE_SAVED = "تم حفظ ملفك الشخصي.";
    PROFILE_KEPT = "لا تزال تغييراتك في النموذج.";
    PROFILE_SAVE = "حفظ التغييرات";
    PROFILE_SAVING = "جارٍ الحفظ…";
    PROFILE_UNSAVED = "لديك تغييرات غير محفوظة.";
    SECTION_BASIC = "المعلومات الأساسية";
    SECTION_PERSONAL = "التفاصيل الشخصية";
    SECTION_ADDRESS = "العنوان";
    SECTION_SIGN_IN = "بيانات تسجيل الدخول";
    FACT_EMAIL = "البريد الإلكتروني";
    FACT_PHONE = "الهاتف";
    FACT_CREATED = "تاريخ إنشاء الحساب";
    FACT_LAST_SIGN_IN = "آخر تسجيل دخول";
    NOT_SET = "غير محدد";

    // Profile fields.
    FIELD_NAME = "الاسم الكامل";
    FIELD_USERNAME = "اسم المستخدم";
    FIELD_AVATAR = "رابط الصورة الرمزية";
    FIELD_GIVEN_NAME = "الاسم الأول";
    FIELD_MIDDLE_NAME = "الاسم الأوسط";
    FIELD_FAMILY_NAME = "اسم العائلة";
    FIELD_NICKNAME = "اللقب";
    FIELD_WEBSITE = "الموقع الإلكتروني";
    FIELD_GENDER = "الجنس";
    FIELD_BIRTHDATE = "تاريخ الميلاد";
    FIELD_ZONEINFO = "المنطقة الزمنية";
    FIELD_LOCALE = "اللغة والمنطقة";
    FIELD_STREET = "عنوان الشارع";
    FIELD_LOCALITY = "المدينة";
    FIELD_REGION = "الولاية أو المنطقة";
    FIELD_POSTAL_CODE = "الرمز البريدي";
    FIELD_COUNTRY = "البلد";

    // Validation.
    INVALID_USERNAME_EMPTY = "أدخل اسم مستخدم.";
    INVALID_MAX_128 = "استخدم 128 حرفًا على الأكثر.";
    INVALID_MAX_256 = "استخدم 256 حرفًا على الأكثر.";
    INVALID_USERNAME_START = "ابدأ بحرف لاتيني أو بشرطة سفلية.";
    INVALID_USERNAME_CHARS =
        "استخدم الحروف اللاتينية (a–z) والأرقام والشرطات السفلية فقط، دون مسافات.";
    INVALID_SINGLE_LINE = "احذف فواصل الأسطر وأحرف التحكم.";
    INVALID_URL_LONG = "هذا العنوان طويل جدًا.";
    INVALID_URL_SCHEME = "استخدم عنوانًا يبدأ بـ https://‎ (أو http://‎).";
    INVALID_URL = "هذا ليس عنوان ويب صالحًا.";
    INVALID_DATE = "استخدم تاريخًا بالشكل 1990-04-23.";
    INVALID_DAY = "هذا اليوم غير موجود في ذلك الشهر.";
    INVALID_YEAR = "استخدم سنة بين 1900 و2100.";
    INVALID_ZONE = "اختر منطقة زمنية من القائمة.";
    INVALID_LOCALE = "اختر لغة من القائمة (مثل en-US).";
    PARTLY_SAVED =
        "حُفظ جزء فقط من تغييراتك: حُفظ {}، ولم يُحفظ {} ({}). حاول مرة أخرى.";
    CUSTOM_REQUIRED = "املأ هذا الحقل.";
    CUSTOM_TOO_SHORT =
        "zero:استخدم {} حرف على الأقل.|one:استخدم حرفًا واحدًا على الأقل.|two:استخدم حرفين على الأقل.|few:استخدم {} أحرف على الأقل.|many:استخدم {} حرفًا على الأقل.|other:استخدم {} حرف على الأقل.";
    CUSTOM_TOO_LONG =
        "zero:استخدم {} حرف على الأكثر.|one:استخدم حرفًا واحدًا على الأكثر.|two:استخدم حرفين على الأكثر.|few:استخدم {} أحرف على الأكثر.|many:استخدم {} حرفًا على الأكثر.|other:استخدم {} حرف على الأكثر.";
    CUSTOM_CONTROL = "احذف أحرف التحكم.";
    CUSTOM_NOT_NUMBER = "أدخل رقمًا، مثل 42 أو 3.5.";
    CUSTOM_TOO_SMALL = "أدخل {} أو أكثر.";
    CUSTOM_TOO_LARGE = "أدخل {} أو أقل.";
    CUSTOM_TOO_EARLY = "اختر {} أو ما بعده.";
    CUSTOM_TOO_LATE = "اختر {} أو ما قبله.";
    CUSTOM_NOT_PHONE = "أدخل رقم هاتف: أرقام ومسافات و+ ( ) - فقط.";
    CUSTOM_NOT_CHOICE = "اختر من القائمة.";
    CUSTOM_PATTERN = "استخدم الصيغة المطلوبة.";
    CUSTOM_READ_ONLY = "لا يمكن تغيير هذا الحقل هنا.";
    CUSTOM_CHOOSE = "اختر…";
    CUSTOM_YES = "نعم";
    CUSTOM_NO = "لا";
    CUSTOM_SAVED_AS = "المحفوظ: {}";
    CUSTOM_REPLACE = "اكتب قيمة جديدة لاستبدالها.";
    CUSTOM_REMOVE = "احذف القيمة المحفوظة";
    CUSTOM_CHANGED =
        "تغيّر في مكان آخر بعد فتح هذه الصفحة، وقيمته الآن «{}». احفظ مرة أخرى لاستبدالها.";
    CUSTOM_CHANGED_HIDDEN = "تغيّر في مكان آخر بعد فتح هذه الصفحة. احفظ مرة أخرى لاستبداله.";
    CUSTOM_CHANGED_ELSEWHERE =
        "تغيّرت بعض الحقول في مكان آخر بعد فتح هذه الصفحة، لذا لم يُحفظ شيء. لا تزال تغييراتك في النموذج.";
    PROFILE_DRAFT_BACK = "تم التحقق من هويتك. أعدنا تغييراتك إلى النموذج: احفظها الآن.";
    USERNAME_TAKEN = "اسم المستخدم هذا مستخدم بالفعل.";
    VALUE_TOO_LONG = "إحدى القيم طويلة جدًا.";
    LOGTO_REFUSED_VALUE = "رفض Logto إحدى القيم. راجع النموذج.";
    REQUEST_TOO_LARGE = "هذا الطلب كبير جدًا. اختصر ما أدخلته.";
    FORM_UNREADABLE = "تعذّرت قراءة النموذج. أعد تحميل الصفحة وحاول مرة أخرى.";

    // Errors any request may meet.
    ERROR_SESSION_ENDED = "انتهت جلستك. سجّل الدخول مرة أخرى.";
    ERROR_FORBIDDEN = "رُفض هذا الطلب.";
    ERROR_NOT_FOUND = "لم يُعثر عليه.";
    ERROR_RATE_LIMITED = "محاولات كثيرة جدًا. انتظر {} ثم حاول مرة أخرى.";
    WAIT_SECONDS =
        "zero:{} ثانية|one:ثانية واحدة|two:ثانيتين|few:{} ثوانٍ|many:{} ثانية|other:{} ثانية";
    WAIT_MINUTES =
        "zero:{} دقيقة|one:دقيقة واحدة|two:دقيقتين|few:{} دقائق|many:{} دقيقة|other:{} دقيقة";
    WAIT_HOURS =
        "zero:{} ساعة|one:ساعة واحدة|two:ساعتين|few:{} ساعات|many:{} ساعة|other:{} ساعة";
    ERROR_SUSPENDED =
        "عُلّق حسابك، لذا سُجّل خروجك هنا. تواصل مع القائمين على هذه الخدمة.";
    ERROR_PROOF_NEEDED = "حفاظًا على أمانك، أكّد هويتك أولًا.";
    ERROR_BAD_GATEWAY = "ردّ Logto بخطأ. لم يتغيّر شيء؛ حاول مرة أخرى.";
    ERROR_UNAVAILABLE = "Logto غير متاح حاليًا. لم يتغيّر شيء؛ حاول مرة أخرى بعد قليل.";
    ERROR_TIMEOUT = "استغرق Logto وقتًا طويلًا في الرد. لم يتغيّر شيء؛ حاول مرة أخرى.";
    ERROR_NETWORK = "تعذّر الوصول إلى الخادم. تحقّق من اتصالك وحاول مرة أخرى.";
    ERROR_INTERNAL = "حدث خطأ من جهتنا. حاول مرة أخرى.";

    // Confirm it's you.
    CONFIRM_TITLE = "أكّد هويتك";
    CONFIRM_LEAD = "حفاظًا على أمانك، تحتاج هذه الخطوة إلى تأكيد جديد، يبقى صالحًا لمدة 10 دقائق.";
    CONFIRM_BY_PASSWORD = "بكلمة المرور";
    CONFIRM_BY_CODE = "برمز";
    CONFIRM_CONTINUE = "متابعة";
    CONFIRM_CANCEL = "إلغاء";
    CONFIRMED = "شكرًا، تم تأكيد هويتك لمدة 10 دقائق.";
    CODE_SEND = "إرسال الرمز";
    CODE_TO_EMAIL = "بريد إلكتروني إلى {}";
    CODE_TO_PHONE = "رسالة نصية إلى {}";
    CODE_SENT = "أرسلنا رمزًا من 6 أرقام إلى {}.";
    CODE_LABEL = "الرمز المكوّن من 6 أرقام";
    CODE_RESEND = "إرسال رمز جديد";
    CODE_RESEND_IN = "يمكنك طلب رمز جديد بعد {} ث.";
    CODE_FORMAT = "أدخل الأرقام الستة الواردة في الرسالة.";
    CODE_MISMATCH = "هذا الرمز غير صحيح. تحقّق منه وحاول مرة أخرى.";
    CODE_EXPIRED = "انتهت صلاحية هذا الرمز. اطلب رمزًا جديدًا.";
    CODE_TOO_MANY_TRIES = "محاولات خاطئة كثيرة لهذا الرمز. اطلب رمزًا جديدًا.";
    CODE_NOT_FOUND = "لا يوجد رمز بانتظار هذا العنوان. اطلب رمزًا جديدًا.";
    CODE_SEND_LIMITED =
        "أُرسلت رموز كثيرة جدًا إلى هذا العنوان. انتظر حتى 10 دقائق ثم حاول مرة أخرى.";
    CODE_NO_EMAIL_CONNECTOR = "إرسال الرموز بالبريد الإلكتروني غير مُعدّ لهذه الخدمة.";
    CODE_NO_SMS_CONNECTOR = "إرسال الرموز برسالة نصية غير مُعدّ لهذه الخدمة.";
    CODE_NO_ADDRESS =
        "ليس لحسابك بريد إلكتروني أو رقم هاتف لإرسال رمز إليه. سجّل الخروج ثم الدخول مرة أخرى وعُد خلال 10 دقائق، أو اطلب المساعدة من مسؤول الخدمة.";
    CODE_MAILBOX = "افتح صندوق بريد التطوير (الخاص بمحاكي Logto المدمج)";
    CODE_CHOOSE = "إلى أين نرسل الرمز؟";

    // Email and phone.
    INVALID_EMAIL = "أدخل بريدًا إلكترونيًا مثل name@example.com.";
    INVALID_PHONE = "هذا ليس رقم هاتف صالحًا. تحقّق من الرقم والبلد المختار.";
    CONTACT_EMAIL_TITLE = "البريد الإلكتروني";
    CONTACT_PHONE_TITLE = "رقم الهاتف";
    CONTACT_CURRENT = "الحالي: {}";
    CONTACT_NONE = "لا يوجد بعد.";
    CONTACT_NEW_EMAIL = "البريد الإلكتروني الجديد";
    CONTACT_NEW_PHONE = "رقم الهاتف الجديد";
    CONTACT_LEAD = "نرسل رمزًا إلى العنوان الجديد، ويُحفظ بمجرد إدخال ذلك الرمز.";
    CONTACT_SAME = "هذا هو عنوانك بالفعل.";
    CONTACT_SAVE = "تحقّق واحفظ";
    CONTACT_OTHER = "استخدم عنوانًا آخر";
    CONTACT_REMOVE = "إزالة";
    CONTACT_EMAIL_CHANGED = "تم حفظ بريدك الإلكتروني.";
    CONTACT_PHONE_CHANGED = "تم حفظ رقم هاتفك.";
    CONTACT_REMOVED = "تمت الإزالة.";
    CONTACT_EMAIL_TAKEN = "هذا البريد الإلكتروني مستخدم في حساب آخر.";
    CONTACT_PHONE_TAKEN = "رقم الهاتف هذا مستخدم في حساب آخر.";
    CONTACT_LAST_WAY =
        "هذه طريقتك الوحيدة لتسجيل الدخول: أضف أولًا بريدًا إلكترونيًا أو هاتفًا آخر، أو اسم مستخدم، أو حسابًا مرتبطًا.";
    CONTACT_NO_PENDING = "لا يوجد تغيير بانتظار رمز هنا. ابدأ من جديد بالعنوان الجديد.";
    CONTACT_CHANGE_EMAIL = "تغيير البريد الإلكتروني";
    CONTACT_CHANGE_PHONE = "تغيير رقم الهاتف";
    SECURITY_TITLE = "الأمان";
    SECURITY_METHODS = "طريقة تسجيل دخولك";
    SECURITY_PASSWORD_SET = "مُعيّنة";
    SECURITY_PASSWORD_NONE = "غير مُعيّنة";
    SECURITY_CHANGE = "تغيير";
    SECURITY_ADD = "إضافة";
    APP_SESSIONS_TITLE = "في هذه الصفحة";
    SESSIONS_REVIEW = "راجع الأماكن التي سجّلت الدخول منها";
    SESSION_STALE = "سُجّل الدخول منذ أكثر من 30 يومًا: سجّل خروجه إن لم تكن تستخدمه.";
    CHECKUP_TITLE = "فحص الأمان";
    CHECKUP_SCORE = "تم {} من {}";
    CHECKUP_ALL_GOOD = "كل ما يحمي حسابك في مكانه.";
    CHECKUP_TO_DO = "بضع خطوات تجعل الاستيلاء على حسابك أصعب.";
    CHECK_GOOD = "تم";
    CHECK_FIX = "مطلوب";
    CHECK_INFO = "يستحق النظر";
    CHECK_ON = "مفعّل: {}";
    CHECK_TWO_STEP_OFF = "غير مفعّل: كلمة المرور وحدها تكفي لدخول أي شخص.";
    CHECK_TURN_ON = "تفعيل";
    CHECK_CODES_LEFT = "غير المستخدمة: {}";
    CHECK_CODES_LOW = "غير المستخدمة: {} فقط. أنشئ مجموعة جديدة قبل أن تنفد.";
    CHECK_CODES_NONE = "لا يوجد: بدون خطوتك الثانية لن تتمكن من الدخول.";
    CHECK_CODES_LATER = "تأتي مع التحقق بخطوتين.";
    CHECK_MAKE_CODES = "إنشاء رموز احتياطية";
    CHECK_SET_UP = "إعداد";
    CHECK_RECOVERY = "بريد إلكتروني أو هاتف للاسترداد";
    CHECK_RECOVERY_NONE = "لا يوجد: لن تتمكن من العودة إلى حسابك برمز.";
    CHECK_ADD_EMAIL = "إضافة بريد إلكتروني";
    CHECK_PASSWORD_CHANGED = "تغيّرت {}";
    CHECK_PASSWORD_UNKNOWN = "مُعيّنة؛ لا يوجد تغيير في سجل نشاط هذه الصفحة";
    CHECK_PASSWORD_NONE = "تسجّل الدخول بدون كلمة مرور.";
    CHECK_SESSIONS = "الجلسات";
    CHECK_SESSIONS_ONLY = "هذا المتصفح وحده مسجّل الدخول هنا.";
    CHECK_SESSIONS_OTHERS = "متصفحات أخرى مسجّلة الدخول هنا: {}";
    CHECK_REVIEW = "مراجعة";
    CHECK_LINKED_NONE = "لا يوجد";
    SESSIONS_TITLE = "أين سجّلت الدخول";
    SESSIONS_LEAD =
        "المتصفحات والأجهزة المسجّلة الدخول إلى هذه الصفحة. سجّل خروج أي منها لا تعرفه، ثم غيّر كلمة المرور.";
    SESSION_THIS = "هذا المتصفح";
    SESSION_DEVICE = "{} على {}";
    SESSION_UNKNOWN_DEVICE = "متصفح غير معروف";
    SESSION_IP = "عنوان IP ‏{}";
    SESSION_SIGNED_IN = "سجّل الدخول {}";
    SESSION_ACTIVE = "نشط {}";
    SESSIONS_END_OTHERS = "تسجيل الخروج من الجلسات الأخرى";
    SESSIONS_CONFIRM_FIRST = "لتسجيل الخروج من جلسة، أكّد هويتك أولًا.";
    SESSION_ENDED = "تم تسجيل الخروج من تلك الجلسة.";
    SESSIONS_OTHERS_ENDED = "تم تسجيل الخروج من جلساتك الأخرى.";
    LOGTO_SESSIONS_TITLE = "تسجيلات الدخول في Logto";
    LOGTO_SESSIONS_LEAD =
        "يتذكّر Logto تسجيلات الدخول هذه، فتتمكن التطبيقات التي تستخدمه من تسجيل دخولك دون أن تسألك مجددًا. إنهاء أحدها ينهي أيضًا وصول التطبيقات التي سجّلت الدخول من خلاله.";
    LOGTO_SESSIONS_UNSUPPORTED =
        "خادم Logto هذا لا يعرض جلساته؛ تظهر أعلاه جلسات هذه الصفحة فقط.";
    LOGTO_SESSION_APPS = "تطبيقات سجّلت الدخول من خلاله: {}";
    LOGTO_SESSION_ENDED = "تم إنهاء تسجيل الدخول ذلك في Logto.";
    LINKED_TITLE = "الحسابات المرتبطة";
    LINKED_LEAD = "حسابات لدى خدمات أخرى يمكنك تسجيل الدخول بها.";
    LINKED_NONE = "لا توجد حسابات مرتبطة.";
    LINKED_UNLINK = "إلغاء الربط";
    LINKED_CONFIRM_FIRST = "لإلغاء ربط حساب، أكّد هويتك أولًا.";
    LINKED_UNLINKED = "تم إلغاء ربط الحساب.";
    LINKED_LAST_WAY =
        "هذه طريقتك الوحيدة لتسجيل الدخول: أضف أولًا بريدًا إلكترونيًا أو رقم هاتف.";
    // Two-step verification.
    TWO_STEP_TITLE = "التحقق بخطوتين";
    TWO_STEP_LEAD =
        "خطوة ثانية بعد كلمة المرور عند تسجيل الدخول: رمز من تطبيق المصادقة، أو مفتاح مرور، أو رمز احتياطي.";
    TWO_STEP_SUMMARY = "تطبيق المصادقة، الرموز الاحتياطية، مفاتيح المرور";
    TWO_STEP_MANAGE = "إدارة";
    TWO_STEP_NONE = "لا توجد خطوة ثانية بعد.";
    TWO_STEP_CONFIRM_FIRST = "لتغيير خطواتك الثانية، أكّد هويتك أولًا.";
    FACTOR_TOTP = "تطبيق المصادقة";
    FACTOR_BACKUP = "الرموز الاحتياطية";
    FACTOR_PASSKEY = "مفتاح المرور";
    FACTOR_ADDED = "أُضيف {}";
    FACTOR_CODES_LEFT = "غير المستخدمة: {}";
    FACTOR_REMOVED = "تمت إزالة الخطوة الثانية.";
    TOTP_ADD = "إضافة تطبيق مصادقة";
    TOTP_TITLE = "إعداد تطبيق المصادقة";
    TOTP_SCAN = "امسح هذا الرمز بتطبيق المصادقة، أو اكتب المفتاح أدناه فيه.";
    TOTP_QR = "رمز QR لتطبيق المصادقة";
    TOTP_KEY = "المفتاح";
    TOTP_CODE_LEAD = "ثم أدخل الرمز المكوّن من 6 أرقام الذي يعرضه التطبيق.";
    TOTP_TURN_ON = "تفعيل";
    TOTP_CANCEL = "إلغاء";
    TOTP_ON = "تم إعداد تطبيق المصادقة.";
    TOTP_REPLACE = "استبدال";
    AT_SIGN_IN_TITLE = "عند تسجيل الدخول";
    AT_SIGN_IN_NOT_ASKED =
        "لا يطلب تسجيل الدخول إلى هذه الخدمة خطوة ثانية بعد. تُحفظ خطواتك الثانية لحين طلبها.";
    AT_SIGN_IN_NOTHING = "بمجرد إضافة تطبيق مصادقة أو مفتاح مرور، سيُطلب منك عند تسجيل الدخول.";
    AT_SIGN_IN_ALWAYS = "تطلب هذه الخدمة خطوتك الثانية في كل مرة تسجّل فيها الدخول.";
    AT_SIGN_IN_BY_RISK = "تطلب هذه الخدمة خطوتك الثانية عندما يبدو تسجيل الدخول غير معتاد.";
    AT_SIGN_IN_ON = "يُطلب منك خطوة ثانية في كل مرة تسجّل فيها الدخول.";
    AT_SIGN_IN_OFF =
        "لا يُطلب منك خطوة ثانية عند تسجيل الدخول: كلمة المرور وحدها تكفي لدخول أي شخص.";
    AT_SIGN_IN_TURN_ON = "الطلب عند كل تسجيل دخول";
    AT_SIGN_IN_TURN_OFF = "إيقاف الطلب عند تسجيل الدخول";
    AT_SIGN_IN_ASKED = "سيُطلب منك خطوة ثانية عند تسجيل الدخول.";
    AT_SIGN_IN_STOPPED = "لن يُطلب منك خطوة ثانية بعد الآن عند تسجيل الدخول.";
    AT_SIGN_IN_FIXED = "تحدّد ذلك إعدادات تسجيل الدخول في هذه الخدمة، لا أنت.";
    TOTP_REPLACING = "يستمر تطبيق المصادقة الحالي في العمل حتى يتم تأكيد أول رمز من التطبيق الجديد.";
    TOTP_REPLACED = "تم إعداد تطبيق المصادقة الجديد؛ لم تعد رموز التطبيق القديم تعمل.";
    TOTP_CANCELLED = "لم تتم إضافة تطبيق المصادقة.";
    TOTP_UNFINISHED = "لم يكتمل إعداد تطبيق المصادقة.";
    TOTP_FINISH = "إكمال الإعداد";
    TOTP_ALREADY = "لديك تطبيق مصادقة بالفعل. أزِله أولًا لإضافة آخر.";
    TOTP_NOTHING = "لا يجري إعداد أي تطبيق مصادقة.";
    PASSKEY_ADD_TITLE = "إضافة مفتاح مرور";
    PASSKEY_ADD_LEAD =
        "استخدم بصمتك أو وجهك أو قفل الشاشة خطوةً ثانية. يحتفظ جهازك بمفتاح المرور ولا يغادره أبدًا.";
    PASSKEY_PASSWORD_HINT = "يطلب Logto كلمة مرورك مرة أخرى قبل إضافة مفتاح مرور.";
    PASSKEY_NAME = "اسمه (اختياري)";
    PASSKEY_NAME_HINT = "مثلًا «حاسوب العمل»، لتميّز بين مفاتيح المرور.";
    PASSKEY_NAME_TOO_LONG = "استخدم 64 حرفًا على الأكثر للاسم.";
    PASSKEY_ADD = "إضافة مفتاح مرور";
    PASSKEY_WORKING = "اتبع تعليمات متصفحك لإنشاء مفتاح المرور…";
    PASSKEY_NEEDS_JS =
        "تتطلب إضافة مفتاح مرور JavaScript لأن متصفحك هو من ينشئه. فعّل JavaScript لإضافته هنا.";
    PASSKEY_NO_SUPPORT =
        "لا يستطيع هذا المتصفح إنشاء مفاتيح مرور. جرّب إصدارًا حديثًا من Chrome أو Edge أو Firefox أو Safari.";
    PASSKEY_CANCELLED = "لم تتم إضافة مفتاح مرور: أُغلقت نافذة المتصفح أو انتهت مهلتها.";
    PASSKEY_FAILED = "تعذّرت إضافة مفتاح المرور. حاول مرة أخرى.";
    PASSKEY_REFUSED = "لم يقبل Logto مفتاح المرور هذا. حاول مرة أخرى، أو استخدم جهازًا آخر.";
    PASSKEY_EXPIRED = "استغرق ذلك وقتًا طويلًا. ابدأ إضافة مفتاح المرور من جديد.";
    PASSKEY_NO_PASSWORD =
        "تتطلب إضافة مفتاح مرور هنا كلمة مرورك، وليست لديك واحدة بعد. عيّن واحدة أولًا.";
    PASSKEY_ADDED = "تمت إضافة مفتاح المرور. يمكنك استخدامه خطوةً ثانية من الآن.";
    PASSKEY_OFF = "لا يمكن إضافة مفاتيح المرور هنا بعد.";
    PASSKEY_OFF_ADMIN = "لذلك، يجب على مسؤول Logto:";
    PASSKEY_OFF_ACCOUNT_CENTER = "تفعيل Account Center ‏(Console ← Account center)";
    PASSKEY_OFF_FIELD =
        "السماح للمستخدمين بتعديل مفاتيح المرور هناك (ضبط «Passkeys»، أو «MFA» في إصدارات Logto الأقدم، على Edit)";
    PASSKEY_OFF_FACTOR =
        "تفعيل مفاتيح المرور خطوةً ثانية في تجربة تسجيل الدخول (Multi-factor auth ← Passkeys)";
    PASSKEY_OFF_ORIGIN = "إضافة {} إلى أصول WebAuthn المرتبطة في Account Center";
    ACT_PASSKEY_ADDED = "أُضيف مفتاح مرور";
    BACKUP_NEW = "الحصول على رموز احتياطية";
    BACKUP_RENEW = "الحصول على رموز احتياطية جديدة";
    BACKUP_TITLE = "رموزك الاحتياطية";
    BACKUP_LEAD =
        "يعمل كل رمز مرة واحدة، عندما لا تستطيع استخدام خطوتك الثانية الأخرى. احفظها في مكان آمن: لا تظهر إلا الآن، والحصول على رموز جديدة يوقف هذه عن العمل.";
    BACKUP_COPY = "نسخ";
    BACKUP_COPIED = "تم النسخ";
    BACKUP_DOWNLOAD = "تنزيل كملف نصي";
    BACKUP_FILE_HEADER = "رموز احتياطية لـ {}. يعمل كل رمز مرة واحدة.";
    BACKUP_GONE = "تظهر الرموز الاحتياطية مرة واحدة فقط. إن فقدتها، احصل على رموز جديدة.";
    BACKUP_ALONE = "تحتاج الرموز الاحتياطية إلى خطوة ثانية أخرى: أضف تطبيق مصادقة أولًا.";
    BACKUP_MADE_ELSEWHERE =
        "أُنشئت رموز احتياطية جديدة في مكان آخر للتو. أعد تحميل الصفحة لتراها في القائمة.";
    BACKUP_DONE = "تم";
    // Your data: download, delete.
    ACCOUNT_TITLE = "بياناتك";
    EXPORT_TITLE = "تنزيل بياناتك";
    EXPORT_LEAD =
        "ملف JSON واحد بكل ما تحتفظ به هذه الصفحة وLogto عنك: ملفك الشخصي وبياناتك المخصصة، والحسابات المرتبطة، والخطوات الثانية (دون أسرارها)، والأماكن التي سجّلت الدخول منها.";
    EXPORT_BUTTON = "تنزيل بياناتي";
    DELETE_TITLE = "حذف حسابك";
    DELETE_LEAD =
        "يحذف هذا حسابك في Logto — ملفك الشخصي وبريدك الإلكتروني ورقم هاتفك وكلمة المرور والحسابات المرتبطة والخطوات الثانية — ويسجّل خروجك من كل مكان. لا يمكن التراجع عن ذلك: نزّل بياناتك أولًا إن أردت الاحتفاظ بها.";
    DELETE_CONFIRM_FIRST = "لحذف حسابك، أكّد هويتك أولًا.";
    DELETE_TYPE = "اكتب {} للتأكيد";
    DELETE_BUTTON = "حذف حسابي";
    DELETE_MISMATCH = "هذا ليس ما طُلب، لذا لم يُحذف شيء.";
    ACTIVITY_TITLE = "النشاط الأخير";
    ACTIVITY_LEAD =
        "zero:كل تغيير أُجري على حسابك في هذه الصفحة، الأحدث أولًا، ويُحفظ لمدة {} يوم. هل ترى شيئًا لا تعرفه؟ غيّر كلمة المرور وسجّل الخروج من جلساتك الأخرى.|one:كل تغيير أُجري على حسابك في هذه الصفحة، الأحدث أولًا، ويُحفظ لمدة يوم واحد. هل ترى شيئًا لا تعرفه؟ غيّر كلمة المرور وسجّل الخروج من جلساتك الأخرى.|two:كل تغيير أُجري على حسابك في هذه الصفحة، الأحدث أولًا، ويُحفظ لمدة يومين. هل ترى شيئًا لا تعرفه؟ غيّر كلمة المرور وسجّل الخروج من جلساتك الأخرى.|few:كل تغيير أُجري على حسابك في هذه الصفحة، الأحدث أولًا، ويُحفظ لمدة {} أيام. هل ترى شيئًا لا تعرفه؟ غيّر كلمة المرور وسجّل الخروج من جلساتك الأخرى.|many:كل تغيير أُجري على حسابك في هذه الصفحة، الأحدث أولًا، ويُحفظ لمدة {} يومًا. هل ترى شيئًا لا تعرفه؟ غيّر كلمة المرور وسجّل الخروج من جلساتك الأخرى.|other:كل تغيير أُجري على حسابك في هذه الصفحة، الأحدث أولًا، ويُحفظ لمدة {} يوم. هل ترى شيئًا لا تعرفه؟ غيّر كلمة المرور وسجّل الخروج من جلساتك الأخرى.";
    ACTIVITY_NONE = "لا شيء بعد.";
    ACTIVITY_NEWER = "الأحدث";
    ACTIVITY_OLDER = "الأقدم";
    ACTIVITY_PAGES = "صفحات النشاط الأخير";
    ACT_PROFILE_SAVED = "حُفظ الملف الشخصي: {}";
    ACT_PASSWORD_CHANGED = "تغيّرت كلمة المرور";
    ACT_PASSWORD_SET = "عُيّنت كلمة المرور";
    ACT_EMAIL_CHANGED = "تغيّر البريد الإلكتروني";
    ACT_EMAIL_REMOVED = "أُزيل البريد الإلكتروني";
    ACT_PHONE_CHANGED = "تغيّر رقم الهاتف";
    ACT_PHONE_REMOVED = "أُزيل رقم الهاتف";
    ACT_SESSION_ENDED = "سُجّل الخروج من جلسة";
    ACT_SESSIONS_ENDED = "سُجّل الخروج من كل الجلسات الأخرى";
    ACT_LOGTO_SESSION_ENDED = "أُنهي تسجيل دخول في Logto";
    ACT_IDENTITY_UNLINKED = "أُزيل حساب مرتبط: {}";
    ACT_TOTP_ADDED = "أُضيف تطبيق مصادقة";
    ACT_TOTP_REPLACED = "استُبدل تطبيق المصادقة";
    ACT_SIGN_IN_STEP_ON = "فُعّلت الخطوة الثانية عند تسجيل الدخول";
    ACT_SIGN_IN_STEP_OFF = "أُوقفت الخطوة الثانية عند تسجيل الدخول";
    ACT_BACKUP_CODES = "أُنشئت رموز احتياطية جديدة";
    ACT_FACTOR_REMOVED = "أُزيلت خطوة ثانية";
    ACT_DATA_EXPORTED = "نُزّلت بياناتك";
    ACT_OTHER = "تغيّر الحساب";
    ACT_NEW_BROWSER = "تسجيل دخول من متصفح جديد";
    ACT_LINK_REMOVED = "أُزيل حساب مرتبط";

    // Security notices by email.
    NOTICE_SUBJECT = "تنبيه أمني: {}";
    NOTICE_HELLO = "مرحبًا {}،";
    NOTICE_HELLO_PLAIN = "مرحبًا،";
    NOTICE_INTRO = "أُجري هذا التغيير على حسابك للتو:";
    NOTICE_EMAIL_FROM_TO = "من {} إلى {}.";
    NOTICE_WHEN = "الوقت";
    NOTICE_BROWSER = "المتصفح";
    NOTICE_ADDRESS = "العنوان";
    NOTICE_IF_YOU = "إن كان هذا أنت، فلا داعي لفعل أي شيء.";
    NOTICE_NOT_ME = "لم أكن أنا";
    NOTICE_NOT_ME_LEAD =
        "إن لم تكن أنت، فافتح هذا الرابط خلال 7 أيام: يسجّل خروجك من كل مكان، ويعيد البريد الإلكتروني المتغيّر، ويساعدك في تعيين كلمة مرور جديدة.";
    NOT_ME_TITLE = "لم أكن أنا";
    NOT_ME_ABOUT = "فتحت رابط تنبيه أمني بشأن هذا التغيير:";
    NOT_ME_LEAD =
        "إن لم تُجرِه أنت، فربما يستخدم شخص آخر حسابك. أمّنه الآن، وسيؤدي ذلك إلى:";
    NOT_ME_WILL_SIGN_OUT = "تسجيل خروجك من كل مكان، في هذا التطبيق وفي Logto؛";
    NOT_ME_WILL_RESTORE = "إعادة بريدك الإلكتروني إلى {}؛";
    NOT_ME_WILL_SEND_CODE = "إرسال رمز إلى بريدك الإلكتروني لتختار كلمة مرور جديدة.";
    NOT_ME_BUTTON = "تأمين حسابي";
    NOT_ME_INVALID =
        "هذا الرابط غير صالح أو انتهت صلاحيته (تعمل الروابط لمدة 7 أيام). إن كنت تظن أن شخصًا آخر يستخدم حسابك، فسجّل الدخول وغيّر كلمة المرور.";
    NOT_ME_DONE_TITLE = "ما قمنا به";
    NOT_ME_DONE_SESSIONS = "سُجّل خروجك من كل مكان في هذا التطبيق. الجلسات المنتهية: {}.";
    NOT_ME_DONE_LOGTO = "أُنهيت تسجيلات دخولك في Logto، مع الوصول الذي منحته للتطبيقات.";
    NOT_ME_LOGTO_CANNOT =
        "لا يستطيع Logto هذا إنهاء تسجيلات دخوله: عيّن كلمة مرور جديدة أدناه لإبعاد الآخرين.";
    NOT_ME_DONE_EMAIL = "عاد بريدك الإلكتروني إلى {}.";
    NOT_ME_EMAIL_TAKEN = "بريدك الإلكتروني القديم {} يستخدمه الآن حساب آخر، لذا لم تتم إعادته.";
    NOT_ME_DONE_CODE = "أرسلنا رمزًا إلى {}.";
    NOT_ME_NO_ADDRESS =
        "ليس لحسابك بريد إلكتروني لإرسال رمز إليه: سجّل الدخول بكلمة المرور وغيّرها.";
    NOT_ME_STEP_FAILED =
        "تعذّر الوصول إلى Logto لإتمام كل الخطوات. افتح الرابط مرة أخرى بعد بضع دقائق: يبقى صالحًا حتى تكتمل كل الخطوات.";
    NOT_ME_PASSWORD_TITLE = "اختر كلمة مرور جديدة";
    NOT_ME_PASSWORD_SAVE = "تعيين كلمة المرور الجديدة";
    NOT_ME_PASSWORD_DONE = "عُيّنت كلمة المرور الجديدة. سجّل الدخول بها.";
    NOT_ME_PASSWORD_REFUSED =
        "لم يقبل Logto كلمة المرور هذه. اختر كلمة أطول يصعب تخمينها.";
    NOTICE_FOOTER =
        "تصلك هذه الرسالة لأنها تخص حسابك لدى {}. لا تحتوي أبدًا على رمز أو كلمة مرور.";
    ACT_FROM = "{} · {}";
    GOODBYE_TITLE = "حُذف حسابك";
    GOODBYE_LEAD = "حُذف حسابك وكل ما فيه، وسُجّل خروجك هنا.";
    GOODBYE_ACTIVITY_LEFT =
        "تعذّر حذف قائمة نشاطك الأخير الآن؛ ستُحذف تلقائيًا عند انتهاء صلاحية عناصرها.";
    GOODBYE_FIELDS_LEFT =
        "تعذّر الآن حذف التفاصيل التي احتفظت بها هذه الصفحة عنك في قاعدة بياناتها. اطلب من دعم الموقع إزالتها.";
    GOODBYE_SESSIONS_LEFT =
        "تعذّر الآن إنهاء بعض جلساتك الأخرى في هذه الصفحة. لم يعد بإمكانها الوصول إلى حسابك، وستنتهي من تلقاء نفسها.";
    AGO_NOW = "الآن";
    AGO_MINUTES =
        "zero:قبل {} دقيقة|one:قبل دقيقة|two:قبل دقيقتين|few:قبل {} دقائق|many:قبل {} دقيقة|other:قبل {} دقيقة";
    AGO_HOURS =
        "zero:قبل {} ساعة|one:قبل ساعة|two:قبل ساعتين|few:قبل {} ساعات|many:قبل {} ساعة|other:قبل {} ساعة";
    AGO_DAY = "قبل يوم";
    AGO_DAYS =
        "zero:قبل {} يوم|one:قبل يوم|two:قبل يومين|few:قبل {} أيام|many:قبل {} يومًا|other:قبل {} يوم";
    CONTACT_REGION = "البلد أو المنطقة";
    CONTACT_REGION_NONE = "غير ذلك: اكتب + ورمز البلد";
    CONTACT_PHONE_HINT = "كما تطلبه في ذلك البلد، أو مع + ورمز البلد.";
    PHONE_REGION_NEEDED = "اختر البلد، أو ابدأ الرقم بـ + ورمز البلد.";

    // Password.
    PASSWORD_TITLE_CHANGE = "تغيير كلمة المرور";
    PASSWORD_TITLE_SET = "تعيين كلمة مرور";
    PASSWORD_LEAD_SET =
        "ليست لحسابك كلمة مرور بعد. أضف واحدة لتسجّل الدخول ببريدك الإلكتروني أو هاتفك أو اسم المستخدم مع كلمة مرور.";
    PASSWORD_CURRENT = "كلمة المرور الحالية";
    PASSWORD_NEW = "كلمة المرور الجديدة";
    PASSWORD_REPEAT = "أعد كتابة كلمة المرور الجديدة";
    PASSWORD_SHOW = "إظهار كلمات المرور";
    PASSWORD_FORGOT = "نسيت كلمة المرور الحالية؟";
    PASSWORD_SIGN_OUT_OTHERS = "تسجيل الخروج من جلساتي الأخرى";
    PASSWORD_SIGN_OUT_OTHERS_HINT =
        "سيحتاج كل متصفح وجهاز آخر مسجّل الدخول إلى حسابك إلى تسجيل الدخول مرة أخرى.";
    PASSWORD_SUBMIT_CHANGE = "تغيير كلمة المرور";
    PASSWORD_SUBMIT_SET = "تعيين كلمة المرور";
    PASSWORD_SAVING = "جارٍ الحفظ…";
    PASSWORD_CHANGED = "تم تغيير كلمة المرور.";
    PASSWORD_WAS_SET = "تم تعيين كلمة المرور.";
    PASSWORD_OTHERS_ENDED = "تم تسجيل الخروج من جلساتك الأخرى، في هذا التطبيق وفي Logto.";
    PASSWORD_OTHERS_ENDED_APP_ONLY =
        "تم تسجيل الخروج من جلساتك الأخرى في هذا التطبيق. لا يستطيع إصدار Logto هذا إنهاء جلسات تسجيل الدخول الخاصة به، لذا تبقى التطبيقات الأخرى مسجّلة الدخول حتى تنتهي جلساتها.";
    PASSWORD_CURRENT_REQUIRED = "أدخل كلمة المرور الحالية.";
    PASSWORD_WRONG = "هذه ليست كلمة المرور الحالية.";
    PASSWORD_REQUIRED = "أدخل كلمة مرور جديدة.";
    PASSWORD_MISMATCH = "كلمتا المرور الجديدتان غير متطابقتين.";
    PASSWORD_REJECTED = "لا يمكن استخدام كلمة المرور هذه. يجب أن:";
    PASSWORD_RULES = "يجب على كلمة المرور الجديدة";
    RULE_MIN_LENGTH =
        "zero:أن تتكون من {} حرف على الأقل|one:أن تتكون من حرف واحد على الأقل|two:أن تتكون من حرفين على الأقل|few:أن تتكون من {} أحرف على الأقل|many:أن تتكون من {} حرفًا على الأقل|other:أن تتكون من {} حرف على الأقل";
    RULE_MAX_LENGTH =
        "zero:أن تتكون من {} حرف على الأكثر|one:أن تتكون من حرف واحد على الأكثر|two:أن تتكون من حرفين على الأكثر|few:أن تتكون من {} أحرف على الأكثر|many:أن تتكون من {} حرفًا على الأكثر|other:أن تتكون من {} حرف على الأكثر";
    RULE_CHARACTER_TYPES =
        "أن تجمع {} على الأقل من: الحروف الصغيرة، الحروف الكبيرة، الأرقام، الرموز";
    RULE_SUPPORTED = "أن تستخدم فقط الحروف a–z وA–Z والأرقام والمسافات والرموز الشائعة";
    RULE_REPETITION = "ألّا تكرر حرفًا 3 مرات متتالية (مثل aaa)";
    RULE_SEQUENCE = "ألّا تحتوي على تسلسل (مثل abc أو 123 أو qwe)";
    RULE_USER_INFO = "ألّا تحتوي على اسمك أو اسم المستخدم أو بريدك الإلكتروني أو رقم هاتفك";
    RULE_WORDS = "ألّا تحتوي على كلمة لا تسمح بها هذه الخدمة";
    RULE_PWNED = "ألّا تكون في قائمة كلمات المرور المسرّبة";
    RULE_UNKNOWN = "أن تستوفي قاعدة من قواعد هذه الخدمة ({})";
    BREACH_CHECK_UNAVAILABLE =
        "التحقق من كلمات المرور المسرّبة غير متاح الآن؛ تم التحقق من القواعد الأخرى.";
    RULE_MET = "مستوفى";
    RULE_NOT_MET = "غير مستوفى بعد";

    // Not found.
    NOT_FOUND_TITLE = "الصفحة غير موجودة";
    NOT_FOUND_TEXT = "لا يوجد شيء على هذا العنوان.";
    NOT_FOUND_HOME = "الانتقال إلى الصفحة الرئيسية";

    // Sign-in failed.
    SIGN_IN_FAILED_TITLE = "فشل تسجيل الدخول";
    SIGNED_OUT_TITLE = "تم تسجيل خروجك";
    SIGN_IN_RETRY = "حاول مرة أخرى";
    SIGN_IN_EXPIRED =
        "استغرق تسجيل الدخول وقتًا طويلًا، أو بدأ في متصفح أو علامة تبويب أخرى. حاول مرة أخرى.";
    SIGN_IN_STATE =
        "لم يطابق ردّ خدمة تسجيل الدخول الطلب الذي أرسلته هذه الصفحة، لذا رُفض لحماية حسابك. حاول مرة أخرى.";
    SIGN_IN_DENIED = "ألغت خدمة تسجيل الدخول تسجيل الدخول أو رفضته.";
    SIGN_IN_EXCHANGE = "لم تؤكد خدمة تسجيل الدخول تسجيل دخولك. حاول مرة أخرى.";
    SIGN_IN_ID_TOKEN =
        "تعذّر علينا التحقق من الهوية التي أعادتها خدمة تسجيل الدخول، لذا رُفضت لحماية حسابك. حاول مرة أخرى.";
    SIGN_IN_UNAVAILABLE = "خدمة تسجيل الدخول غير متاحة الآن. حاول مرة أخرى بعد قليل.";
    SIGN_IN_INCOMPLETE = "لم يكتمل تسجيل الدخول. حاول مرة أخرى.";
    SIGN_IN_NOT_FRESH =
        "يحتاج تسجيل الدخول هذا إلى بيانات اعتمادك، ولم تطلبها خدمة تسجيل الدخول. سجّل الدخول مرة أخرى وأدخلها.";
    REAUTH_NEEDED =
        "حفاظًا على أمانك، سجّل الدخول مرة أخرى لتأكيد هويتك. ليس لحسابك بريد إلكتروني أو هاتف لإرسال رمز إليه.";
    REAUTH_BUTTON = "تسجيل الدخول مرة أخرى";

    // Apps with access to your account.
    NAV_APPS = "التطبيقات";
    APPS_TITLE = "تطبيقات لها صلاحية الوصول";
    APPS_LEAD =
        "تطبيقات سمحت لها باستخدام حسابك. سحب صلاحية تطبيق يسجّل خروجه من كل مكان، وسيطلب إذنك مجددًا في المرة القادمة.";
    APPS_FIRST_PARTY = "تطبيقات هذه الخدمة";
    APPS_FIRST_PARTY_LEAD = "من إنشاء القائمين على حسابك.";
    APPS_THIRD_PARTY = "تطبيقات خارجية";
    APPS_THIRD_PARTY_LEAD = "من إنشاء جهات أخرى. لا ترى إلا ما وافقت على مشاركته.";
    APPS_NONE = "لا يوجد.";
    APPS_SINCE = "لها صلاحية الوصول منذ {}";
    APPS_THIS = "هذه الصفحة";
    APPS_REVOKE = "سحب الصلاحية";
    APPS_REVOKED = "لم يعد لذلك التطبيق صلاحية الوصول إلى حسابك.";
    APPS_CONFIRM_FIRST = "لسحب صلاحية تطبيق، أكّد هويتك أولًا.";
    APPS_UNSUPPORTED =
        "خادم Logto هذا لا يعرض التطبيقات التي أذنت لها (يعرضها Logto 1.38 أو أحدث).";
    ACT_APP_REVOKED = "سُحبت صلاحية تطبيق: {}";

    // Organisations.
    ORGS_TITLE = "المؤسسات";
    ORGS_LEAD = "المؤسسات التي تنتمي إليها وأدوارك فيها. يديرها مسؤولوها.";
    ORGS_NONE = "لا تنتمي إلى أي مؤسسة.";
    ORGS_ROLES = "الأدوار: {}";
    ORGS_NO_ROLE = "عضو، بلا دور";

    // Personal access tokens.
    TOKENS_TITLE = "رموز الوصول الشخصية";
    TOKENS_LEAD =
        "تتيح لبرامجك النصية وأدواتك العمل باسمك. تعامل مع كل رمز ككلمة مرور: من يملكه يمكنه استخدام حسابك حتى تنتهي صلاحيته أو تحذفه.";
    TOKENS_SUMMARY = "لبرامجك النصية وأدواتك";
    TOKENS_NONE = "ليست لديك رموز وصول شخصية.";
    TOKENS_NEW = "رمز جديد";
    TOKENS_NAME = "الاسم";
    TOKENS_NAME_HINT = "الغرض منه لتتعرّف عليه لاحقًا، مثل «برنامج النسخ الاحتياطي».";
    TOKENS_EXPIRY = "تنتهي صلاحيته";
    TOKENS_IN_DAYS =
        "zero:خلال {} يوم|one:خلال يوم واحد|two:خلال يومين|few:خلال {} أيام|many:خلال {} يومًا|other:خلال {} يوم";
    TOKENS_NEVER = "أبدًا";
    TOKENS_CREATE = "إنشاء رمز";
    TOKENS_CREATED_TITLE = "رمزك الجديد";
    TOKENS_CREATED_LEAD =
        "انسخه الآن: لن يظهر إلا هذه المرة. إن فقدته، فاحذفه وأنشئ رمزًا آخر.";
    TOKENS_COPY = "نسخ";
    TOKENS_COPIED = "تم النسخ";
    TOKENS_DOWNLOAD = "تنزيل كملف";
    TOKENS_CREATED_AT = "أُنشئ {}";
    TOKENS_EXPIRES_AT = "تنتهي صلاحيته {}";
    TOKENS_NEVER_EXPIRES = "لا تنتهي صلاحيته أبدًا";
    TOKENS_EXPIRED = "منتهي الصلاحية";
    TOKENS_DELETE = "حذف";
    TOKENS_DELETED = "حُذف الرمز. لم يعد بإمكان ما كان يستخدمه العمل باسمك.";
    TOKENS_CONFIRM_FIRST = "لإنشاء الرموز أو حذفها، أكّد هويتك أولًا.";
    TOKENS_NAME_INVALID = "أعطِ الرمز اسمًا من 1 إلى 64 حرفًا.";
    TOKENS_NAME_TAKEN = "لديك بالفعل رمز بهذا الاسم.";
    TOKENS_EXPIRY_INVALID = "اختر متى تنتهي صلاحية الرمز.";
    TOKENS_LIMIT = "لديك 20 رمزًا، وهو الحد الأقصى. احذف أولًا رمزًا لم تعد تستخدمه.";
    ACT_TOKEN_CREATED = "أُنشئ رمز وصول شخصي: {}";
    ACT_TOKEN_DELETED = "حُذف رمز وصول شخصي: {}";

    // Profile photo.
    PHOTO_TITLE = "صورة الملف الشخصي";
    PHOTO_CHANGE = "تغيير الصورة";
    PHOTO_BACK = "العودة إلى ملفك الشخصي";
    PHOTO_CURRENT_ALT = "صورة ملفك الشخصي";
    PHOTO_NONE = "لا توجد صورة بعد";
    PHOTO_CHOOSE = "اختر صورة";
    PHOTO_HINT =
        "JPEG أو PNG أو WebP أو GIF، حتى 10 ميغابايت. تُقص إلى مربع (من المنتصف، ما لم تحدد الإطار بنفسك)، وتُزال منها بيانات الموقع والكاميرا.";
    PHOTO_UPLOAD = "رفع الصورة";
    PHOTO_REMOVE = "إزالة الصورة";
    PHOTO_SAVED = "تم حفظ صورتك الجديدة.";
    PHOTO_REMOVED = "تمت إزالة صورتك.";
    PHOTO_NONE_CHOSEN = "اختر صورة لرفعها.";
    PHOTO_CROP_INVALID = "تعذّر استخدام ذلك الإطار: اختر الصورة مرة أخرى.";
    PHOTO_FRAME = "اسحب لتأطير صورتك، أو استخدم مفاتيح الأسهم.";
    PHOTO_ZOOM = "التكبير";
    PHOTO_PREVIEW_ALT = "صورتك الجديدة كما ستُقص";
    PHOTO_EMPTY = "هذا الملف فارغ. اختر صورة.";
    PHOTO_TOO_LARGE = "حجم هذا الملف أكبر من 10 ميغابايت. اختر صورة أصغر.";
    PHOTO_NOT_IMAGE = "هذا الملف ليس صورة. اختر صورة JPEG أو PNG أو WebP أو GIF.";
    PHOTO_UNSUPPORTED = "صيغة الصورة هذه غير مدعومة. اختر صورة JPEG أو PNG أو WebP أو GIF.";
    PHOTO_TOO_MANY_PIXELS =
        "هذه الصورة كبيرة جدًا (أكثر من 6000 بكسل في أحد أضلاعها). اختر صورة أصغر.";
    PHOTO_DAMAGED = "تعذّرت قراءة هذه الصورة؛ قد تكون تالفة. اختر صورة أخرى.";
    ACT_PHOTO_CHANGED = "تغيّرت صورة الملف الشخصي";
    ACT_PHOTO_REMOVED = "أُزيلت صورة الملف الشخصي";
}
