//! Japanese: the polite です・ます form, as Japanese account and banking pages use; one term each
//! for サインイン, セッション and 2段階認証.

words! {
    // The page frame.
    SITE_NAME = "プロフィール";
    TITLE_SUFFIX = "Logto プロフィール";
    SKIP_TO_CONTENT = "本文へスキップ";
    NAV_PROFILE = "プロフィール";
    NAV_PASSWORD = "パスワード";
    NAV_SECURITY = "セキュリティ";
    NAV_DATA = "データ";
    SIGN_IN = "サインイン";
    SIGN_OUT = "サインアウト";
    YOUR_ACCOUNT = "アカウント";
    LANGUAGE = "言語";

    // Home.
    HOME_TITLE = "ようこそ";
    HOME_HEADLINE = "アカウントを、自分の手で";
    HOME_LEAD =
        "名前、ユーザー名、写真の変更、パスワードの変更、メールアドレスと電話番号の更新。Logto でのサインインに使うアカウントを、ここでまとめて管理できます。";
    STATUS_TITLE = "サービスの状態";
    STATUS_CHECK_AGAIN = "もう一度確認";
    STATUS_EMULATOR = "組み込みの Logto エミュレーター";
    STATUS_LOGTO = "Logto";
    STATUS_EMULATOR_SUBJECT = "組み込みの Logto エミュレーター";
    STATUS_CONNECTED = "{} に接続しています（{} ms）。";
    STATUS_UNREACHABLE = "{} が応答しません。サインインと保存はできません。";
    STATUS_UPTIME = "稼働時間 {}";
    DURATION_SECONDS = "{} 秒";
    DURATION_MINUTES = "{} 分";
    DURATION_HOURS = "{} 時間 {} 分";
    DURATION_DAYS = "{} 日 {} 時間";

    // Profile page.
    PROFILE_TITLE = "プロフィール";
    PROFILE_LOADING = "プロフィールを読み込んでいます…";
    PROFILE_CHECKING = "Logto で変更を確認しています…";
    PROFILE_STALE =
        "Logto から最新の値を読み込めませんでした（{}）。編集と保存は引き続きできます。";
    PROFILE_SAVED = "プロフィールを保存しました。";
    PROFILE_KEPT = "入力した内容はフォームに残っています。";
    PROFILE_SAVE = "変更を保存";
    PROFILE_SAVING = "保存しています…";
    PROFILE_UNSAVED = "保存されていない変更があります。";
    SECTION_BASIC = "基本情報";
    SECTION_PERSONAL = "個人情報";
    SECTION_ADDRESS = "住所";
    SECTION_SIGN_IN = "サインイン情報";
    FACT_EMAIL = "メールアドレス";
    FACT_PHONE = "電話番号";
    FACT_CREATED = "アカウント作成日";
    FACT_LAST_SIGN_IN = "最終サインイン";
    NOT_SET = "未設定";

    // Profile fields.
    FIELD_NAME = "氏名";
    FIELD_USERNAME = "ユーザー名";
    FIELD_AVATAR = "アバターの URL";
    FIELD_GIVEN_NAME = "名";
    FIELD_MIDDLE_NAME = "ミドルネーム";
    FIELD_FAMILY_NAME = "姓";
    FIELD_NICKNAME = "ニックネーム";
    FIELD_WEBSITE = "ウェブサイト";
    FIELD_GENDER = "性別";
    FIELD_BIRTHDATE = "生年月日";
    FIELD_ZONEINFO = "タイムゾーン";
    FIELD_LOCALE = "言語と地域";
    FIELD_STREET = "番地";
    FIELD_LOCALITY = "市区町村";
    FIELD_REGION = "都道府県・州";
    FIELD_POSTAL_CODE = "郵便番号";
    FIELD_COUNTRY = "国";

    // Validation.
    INVALID_USERNAME_EMPTY = "ユーザー名を入力してください。";
    INVALID_MAX_128 = "128 文字以内で入力してください。";
    INVALID_MAX_256 = "256 文字以内で入力してください。";
    INVALID_USERNAME_START = "英字またはアンダースコアで始めてください。";
    INVALID_USERNAME_CHARS =
        "英字（a–z）、数字、アンダースコアのみを使い、スペースは入れないでください。";
    INVALID_SINGLE_LINE = "改行や制御文字を削除してください。";
    INVALID_URL_LONG = "このアドレスは長すぎます。";
    INVALID_URL_SCHEME = "https://（または http://）で始まるアドレスを入力してください。";
    INVALID_URL = "有効なウェブアドレスではありません。";
    INVALID_DATE = "1990-04-23 のような形式で日付を入力してください。";
    INVALID_DAY = "その月にその日はありません。";
    INVALID_YEAR = "1900 年から 2100 年の間の年を入力してください。";
    INVALID_ZONE = "一覧からタイムゾーンを選んでください。";
    INVALID_LOCALE = "一覧から言語を選んでください（例: en-US）。";
    PARTLY_SAVED =
        "変更の一部だけが保存されました。保存済み: {}、未保存: {}（{}）。もう一度お試しください。";
    CUSTOM_REQUIRED = "入力してください。";
    CUSTOM_TOO_SHORT = "{} 文字以上で入力してください。";
    CUSTOM_TOO_LONG = "{} 文字以内で入力してください。";
    CUSTOM_CONTROL = "制御文字を削除してください。";
    CUSTOM_NOT_NUMBER = "42 や 3.5 のような数値を入力してください。";
    CUSTOM_TOO_SMALL = "{} 以上を入力してください。";
    CUSTOM_TOO_LARGE = "{} 以下を入力してください。";
    CUSTOM_TOO_EARLY = "{} 以降を選んでください。";
    CUSTOM_TOO_LATE = "{} 以前を選んでください。";
    CUSTOM_NOT_PHONE = "電話番号を入力してください（数字、スペース、+ ( ) - のみ）。";
    CUSTOM_NOT_CHOICE = "一覧から選んでください。";
    CUSTOM_PATTERN = "指定された形式で入力してください。";
    CUSTOM_READ_ONLY = "この項目はここでは変更できません。";
    CUSTOM_CHOOSE = "選択してください…";
    CUSTOM_YES = "はい";
    CUSTOM_NO = "いいえ";
    CUSTOM_SAVED_AS = "保存済み: {}";
    CUSTOM_REPLACE = "新しい値を入力すると置き換わります。";
    CUSTOM_REMOVE = "保存された値を削除";
    CUSTOM_CHANGED =
        "このページを開いた後に別の場所で変更され、現在は「{}」です。置き換えるにはもう一度保存してください。";
    CUSTOM_CHANGED_HIDDEN =
        "このページを開いた後に別の場所で変更されました。置き換えるにはもう一度保存してください。";
    CUSTOM_CHANGED_ELSEWHERE =
        "このページを開いた後に別の場所で変更された項目があるため、何も保存されませんでした。入力した内容はフォームに残っています。";
    PROFILE_DRAFT_BACK = "本人確認ができました。変更内容をフォームに戻したので、保存してください。";
    USERNAME_TAKEN = "そのユーザー名はすでに使われています。";
    VALUE_TOO_LONG = "長すぎる値があります。";
    LOGTO_REFUSED_VALUE = "Logto が値の一つを受け付けませんでした。フォームを確認してください。";
    REQUEST_TOO_LARGE = "リクエストが大きすぎます。入力内容を短くしてください。";
    FORM_UNREADABLE = "フォームを読み取れませんでした。ページを再読み込みしてもう一度お試しください。";

    // Errors any request may meet.
    ERROR_SESSION_ENDED = "セッションが終了しました。もう一度サインインしてください。";
    ERROR_FORBIDDEN = "このリクエストは拒否されました。";
    ERROR_NOT_FOUND = "見つかりませんでした。";
    ERROR_RATE_LIMITED = "試行回数が多すぎます。{}待ってからもう一度お試しください。";
    WAIT_SECONDS = "{} 秒";
    WAIT_MINUTES = "{} 分";
    WAIT_HOURS = "{} 時間";
    ERROR_SUSPENDED =
        "アカウントが停止されたため、ここからサインアウトしました。このサービスの運営者にお問い合わせください。";
    ERROR_PROOF_NEEDED = "安全のため、まず本人確認をしてください。";
    ERROR_BAD_GATEWAY = "Logto がエラーを返しました。何も変更されていません。もう一度お試しください。";
    ERROR_UNAVAILABLE =
        "Logto は現在利用できません。何も変更されていません。しばらくしてからもう一度お試しください。";
    ERROR_TIMEOUT = "Logto の応答に時間がかかりすぎました。何も変更されていません。もう一度お試しください。";
    ERROR_NETWORK = "サーバーに接続できませんでした。接続を確認してもう一度お試しください。";
    ERROR_INTERNAL = "こちら側で問題が発生しました。もう一度お試しください。";

    // Confirm it's you.
    CONFIRM_TITLE = "本人確認";
    CONFIRM_LEAD = "安全のため、この操作には改めて本人確認が必要です。確認は 10 分間有効です。";
    CONFIRM_BY_PASSWORD = "パスワードで確認";
    CONFIRM_BY_CODE = "コードで確認";
    CONFIRM_CONTINUE = "続行";
    CONFIRM_CANCEL = "キャンセル";
    CONFIRMED = "本人確認ができました。今から 10 分間有効です。";
    CODE_SEND = "コードを送信";
    CODE_TO_EMAIL = "{} へメール";
    CODE_TO_PHONE = "{} へ SMS";
    CODE_SENT = "6 桁のコードを {} に送信しました。";
    CODE_LABEL = "6 桁のコード";
    CODE_RESEND = "新しいコードを送信";
    CODE_RESEND_IN = "{} 秒後に新しいコードを送信できます。";
    CODE_FORMAT = "メッセージに記載された 6 桁の数字を入力してください。";
    CODE_MISMATCH = "コードが正しくありません。確認してもう一度お試しください。";
    CODE_EXPIRED = "コードの有効期限が切れました。新しいコードを送信してください。";
    CODE_TOO_MANY_TRIES = "このコードの入力ミスが多すぎます。新しいコードを送信してください。";
    CODE_NOT_FOUND = "このアドレス宛てのコードはありません。新しいコードを送信してください。";
    CODE_SEND_LIMITED =
        "このアドレスへのコード送信が多すぎます。最大 10 分待ってからもう一度お試しください。";
    CODE_NO_EMAIL_CONNECTOR = "このサービスではメールでのコード送信が設定されていません。";
    CODE_NO_SMS_CONNECTOR = "このサービスでは SMS でのコード送信が設定されていません。";
    CODE_NO_ADDRESS =
        "アカウントにコードの送信先となるメールアドレスも電話番号もありません。サインアウトして再度サインインし、10 分以内に戻ってくるか、サービスの管理者にお問い合わせください。";
    CODE_MAILBOX = "開発用メールボックスを開く（組み込みの Logto エミュレーター）";
    CODE_CHOOSE = "コードの送信先を選んでください";

    // Email and phone.
    INVALID_EMAIL = "name@example.com のようなメールアドレスを入力してください。";
    INVALID_PHONE = "有効な電話番号ではありません。番号と選んだ国を確認してください。";
    CONTACT_EMAIL_TITLE = "メールアドレス";
    CONTACT_PHONE_TITLE = "電話番号";
    CONTACT_CURRENT = "現在: {}";
    CONTACT_NONE = "まだありません。";
    CONTACT_NEW_EMAIL = "新しいメールアドレス";
    CONTACT_NEW_PHONE = "新しい電話番号";
    CONTACT_LEAD = "新しいアドレスにコードを送ります。そのコードを入力すると保存されます。";
    CONTACT_SAME = "それは現在のアドレスです。";
    CONTACT_SAVE = "確認して保存";
    CONTACT_OTHER = "別のアドレスを使う";
    CONTACT_REMOVE = "削除";
    CONTACT_EMAIL_CHANGED = "メールアドレスを保存しました。";
    CONTACT_PHONE_CHANGED = "電話番号を保存しました。";
    CONTACT_REMOVED = "削除しました。";
    CONTACT_EMAIL_TAKEN = "そのメールアドレスは別のアカウントで使われています。";
    CONTACT_PHONE_TAKEN = "その電話番号は別のアカウントで使われています。";
    CONTACT_LAST_WAY =
        "これが唯一のサインイン方法です。先に別のメールアドレスか電話番号、ユーザー名、または連携アカウントを追加してください。";
    CONTACT_NO_PENDING =
        "ここでコードを待っている変更はありません。新しいアドレスからやり直してください。";
    CONTACT_CHANGE_EMAIL = "メールアドレスを変更";
    CONTACT_CHANGE_PHONE = "電話番号を変更";
    SECURITY_TITLE = "セキュリティ";
    SECURITY_METHODS = "サインイン方法";
    SECURITY_PASSWORD_SET = "設定済み";
    SECURITY_PASSWORD_NONE = "未設定";
    SECURITY_CHANGE = "変更";
    SECURITY_ADD = "追加";
    APP_SESSIONS_TITLE = "このページ";
    SESSIONS_REVIEW = "サインイン中の場所を確認";
    SESSION_STALE = "30 日以上前のサインインです。使っていなければサインアウトしてください。";
    CHECKUP_TITLE = "セキュリティ診断";
    CHECKUP_SCORE = "{} / {} 完了";
    CHECKUP_ALL_GOOD = "アカウントを守る設定はすべて整っています。";
    CHECKUP_TO_DO = "いくつかの設定で、アカウントの乗っ取りを防ぎやすくなります。";
    CHECK_GOOD = "完了";
    CHECK_FIX = "要対応";
    CHECK_INFO = "確認推奨";
    CHECK_ON = "オン: {}";
    CHECK_TWO_STEP_OFF = "オフ: パスワードさえあれば誰でもサインインできます。";
    CHECK_TURN_ON = "オンにする";
    CHECK_CODES_LEFT = "未使用 {} 個";
    CHECK_CODES_LOW = "未使用はあと {} 個です。なくなる前に新しいセットを作成してください。";
    CHECK_CODES_NONE = "ありません。2段階認証の方法が使えなくなるとサインインできなくなります。";
    CHECK_CODES_LATER = "2段階認証を設定すると利用できます。";
    CHECK_MAKE_CODES = "バックアップコードを作成";
    CHECK_SET_UP = "設定する";
    CHECK_RECOVERY = "復旧用のメールアドレスまたは電話番号";
    CHECK_RECOVERY_NONE = "ありません。コードを使ってアカウントに戻ることができません。";
    CHECK_ADD_EMAIL = "メールアドレスを追加";
    CHECK_PASSWORD_CHANGED = "{}に変更";
    CHECK_PASSWORD_UNKNOWN = "設定済み（このページのアクティビティに変更の記録なし）";
    CHECK_PASSWORD_NONE = "パスワードなしでサインインしています。";
    CHECK_SESSIONS = "セッション";
    CHECK_SESSIONS_ONLY = "ここでサインインしているのはこのブラウザーだけです。";
    CHECK_SESSIONS_OTHERS = "ここでサインインしている他のブラウザー: {}";
    CHECK_REVIEW = "確認する";
    CHECK_LINKED_NONE = "なし";
    SESSIONS_TITLE = "サインイン中の場所";
    SESSIONS_LEAD =
        "このページにサインインしているブラウザーとデバイスです。心当たりのないものはサインアウトし、パスワードを変更してください。";
    SESSION_THIS = "このブラウザー";
    SESSION_DEVICE = "{}（{}）";
    SESSION_UNKNOWN_DEVICE = "不明なブラウザー";
    SESSION_IP = "IP アドレス {}";
    SESSION_SIGNED_IN = "サインイン: {}";
    SESSION_ACTIVE = "最終利用: {}";
    SESSIONS_END_OTHERS = "他の全セッションをサインアウト";
    SESSIONS_CONFIRM_FIRST = "セッションをサインアウトするには、まず本人確認をしてください。";
    SESSION_ENDED = "そのセッションをサインアウトしました。";
    SESSIONS_OTHERS_ENDED = "他のセッションをサインアウトしました。";
    LOGTO_SESSIONS_TITLE = "Logto でのサインイン";
    LOGTO_SESSIONS_LEAD =
        "Logto はこれらのサインインを記憶しているため、Logto を使うアプリは再入力なしでサインインできます。サインアウトすると、それを通じてサインインしたアプリのアクセスも終了します。";
    LOGTO_SESSIONS_UNSUPPORTED =
        "この Logto サーバーはセッションを一覧表示できません。上にはこのページのセッションだけが表示されています。";
    LOGTO_SESSION_APPS = "これを通じてサインインしたアプリ: {}";
    LOGTO_SESSION_ENDED = "その Logto のサインインを終了しました。";
    LINKED_TITLE = "連携アカウント";
    LINKED_LEAD = "サインインに使える他のサービスのアカウントです。";
    LINKED_NONE = "連携アカウントはありません。";
    LINKED_UNLINK = "連携を解除";
    LINKED_CONFIRM_FIRST = "連携を解除するには、まず本人確認をしてください。";
    LINKED_UNLINKED = "アカウントの連携を解除しました。";
    LINKED_LAST_WAY =
        "これが唯一のサインイン方法です。先にメールアドレスか電話番号を追加してください。";
    // Two-step verification.
    TWO_STEP_TITLE = "2段階認証";
    TWO_STEP_LEAD =
        "サインイン時、パスワードの後に行う2段階目の確認です。認証アプリのコード、パスキー、またはバックアップコードを使います。";
    TWO_STEP_SUMMARY = "認証アプリ、バックアップコード、パスキー";
    TWO_STEP_MANAGE = "管理";
    TWO_STEP_NONE = "2段階認証の方法はまだありません。";
    TWO_STEP_CONFIRM_FIRST = "2段階認証の方法を変更するには、まず本人確認をしてください。";
    FACTOR_TOTP = "認証アプリ";
    FACTOR_BACKUP = "バックアップコード";
    FACTOR_PASSKEY = "パスキー";
    FACTOR_ADDED = "追加日: {}";
    FACTOR_CODES_LEFT = "未使用 {} 個";
    FACTOR_REMOVED = "2段階認証の方法を削除しました。";
    TOTP_ADD = "認証アプリを追加";
    TOTP_TITLE = "認証アプリを設定";
    TOTP_SCAN = "認証アプリでこのコードを読み取るか、下のキーを入力してください。";
    TOTP_QR = "認証アプリ用の QR コード";
    TOTP_KEY = "キー";
    TOTP_CODE_LEAD = "次に、アプリに表示された 6 桁のコードを入力してください。";
    TOTP_TURN_ON = "オンにする";
    TOTP_CANCEL = "キャンセル";
    TOTP_ON = "認証アプリを設定しました。";
    TOTP_REPLACE = "置き換え";
    AT_SIGN_IN_TITLE = "サインイン時";
    AT_SIGN_IN_NOT_ASKED =
        "このサービスのサインインでは、まだ2段階認証を求めていません。求めるようになったときのために、設定した方法は保持されます。";
    AT_SIGN_IN_NOTHING = "認証アプリかパスキーを追加すると、サインイン時に求められるようになります。";
    AT_SIGN_IN_ALWAYS = "このサービスでは、サインインのたびに2段階認証を求めます。";
    AT_SIGN_IN_BY_RISK = "このサービスでは、いつもと違うサインインのときに2段階認証を求めます。";
    AT_SIGN_IN_ON = "サインインのたびに2段階認証が求められます。";
    AT_SIGN_IN_OFF =
        "サインイン時に2段階認証は求められません。パスワードさえあれば誰でもサインインできます。";
    AT_SIGN_IN_TURN_ON = "毎回のサインインで求める";
    AT_SIGN_IN_TURN_OFF = "サインイン時に求めない";
    AT_SIGN_IN_ASKED = "サインイン時に2段階認証が求められるようになりました。";
    AT_SIGN_IN_STOPPED = "サインイン時に2段階認証は求められなくなりました。";
    AT_SIGN_IN_FIXED = "これはあなたではなく、このサービスのサインイン設定で決まります。";
    TOTP_REPLACING =
        "新しいアプリの最初のコードを確認するまで、現在の認証アプリは引き続き使えます。";
    TOTP_REPLACED = "新しい認証アプリを設定しました。以前のアプリのコードは使えなくなりました。";
    TOTP_CANCELLED = "認証アプリは追加されませんでした。";
    TOTP_UNFINISHED = "認証アプリの設定が完了していません。";
    TOTP_FINISH = "設定を完了する";
    TOTP_ALREADY = "認証アプリはすでにあります。別のものを追加するには、先に削除してください。";
    TOTP_NOTHING = "設定中の認証アプリはありません。";
    PASSKEY_ADD_TITLE = "パスキーを追加";
    PASSKEY_ADD_LEAD =
        "指紋、顔認証、画面ロックを2段階認証に使えます。パスキーはデバイスに保存され、外に出ることはありません。";
    PASSKEY_PASSWORD_HINT = "パスキーを追加する前に、Logto がもう一度パスワードを確認します。";
    PASSKEY_NAME = "名前（任意）";
    PASSKEY_NAME_HINT = "「仕事用ノート PC」など、パスキーを見分けられる名前です。";
    PASSKEY_NAME_TOO_LONG = "名前は 64 文字以内で入力してください。";
    PASSKEY_ADD = "パスキーを追加";
    PASSKEY_WORKING = "ブラウザーの案内に従ってパスキーを作成してください…";
    PASSKEY_NEEDS_JS =
        "パスキーはブラウザーが作成するため、追加には JavaScript が必要です。JavaScript をオンにしてから追加してください。";
    PASSKEY_NO_SUPPORT =
        "このブラウザーではパスキーを作成できません。最新の Chrome、Edge、Firefox、Safari をお試しください。";
    PASSKEY_CANCELLED = "パスキーは追加されませんでした。ブラウザーの画面が閉じられたか、時間切れになりました。";
    PASSKEY_FAILED = "パスキーを追加できませんでした。もう一度お試しください。";
    PASSKEY_REFUSED = "Logto がこのパスキーを受け付けませんでした。もう一度試すか、別のデバイスを使ってください。";
    PASSKEY_EXPIRED = "時間がかかりすぎました。パスキーの追加をやり直してください。";
    PASSKEY_NO_PASSWORD =
        "ここでパスキーを追加するにはパスワードが必要ですが、まだ設定されていません。先にパスワードを設定してください。";
    PASSKEY_ADDED = "パスキーを追加しました。今後は2段階認証に使えます。";
    PASSKEY_OFF = "ここではまだパスキーを追加できません。";
    PASSKEY_OFF_ADMIN = "そのためには、Logto の管理者が次の設定をする必要があります:";
    PASSKEY_OFF_ACCOUNT_CENTER = "Account Center をオンにする（Console → Account center）";
    PASSKEY_OFF_FIELD =
        "そこでユーザーがパスキーを編集できるようにする（「Passkeys」、古い Logto では「MFA」を Edit に設定）";
    PASSKEY_OFF_FACTOR =
        "サインイン体験でパスキーを2段階認証として有効にする（Multi-factor auth → Passkeys）";
    PASSKEY_OFF_ORIGIN = "Account Center の WebAuthn 関連オリジンに {} を追加する";
    ACT_PASSKEY_ADDED = "パスキーを追加";
    BACKUP_NEW = "バックアップコードを取得";
    BACKUP_RENEW = "新しいバックアップコードを取得";
    BACKUP_TITLE = "バックアップコード";
    BACKUP_LEAD =
        "各コードは、他の2段階認証の方法が使えないときに 1 回だけ使えます。表示されるのは今だけで、新しいコードを取得するとこれらは使えなくなるため、安全な場所に保管してください。";
    BACKUP_COPY = "コピー";
    BACKUP_COPIED = "コピーしました";
    BACKUP_DOWNLOAD = "テキストファイルでダウンロード";
    BACKUP_FILE_HEADER = "{} のバックアップコード。各コードは 1 回だけ使えます。";
    BACKUP_GONE = "バックアップコードは一度しか表示されません。なくした場合は新しいコードを取得してください。";
    BACKUP_ALONE = "バックアップコードには他の2段階認証の方法が必要です。先に認証アプリを追加してください。";
    BACKUP_MADE_ELSEWHERE =
        "たった今、別の場所で新しいバックアップコードが作成されました。ページを再読み込みすると表示されます。";
    BACKUP_DONE = "完了";
    // Your data: download, delete.
    ACCOUNT_TITLE = "データ";
    EXPORT_TITLE = "データをダウンロード";
    EXPORT_LEAD =
        "このページと Logto が保持しているあなたの情報をすべて含む JSON ファイルです。プロフィールとカスタムデータ、連携アカウント、2段階認証の方法（秘密情報を除く）、サインイン中の場所が含まれます。";
    EXPORT_BUTTON = "データをダウンロード";
    DELETE_TITLE = "アカウントを削除";
    DELETE_LEAD =
        "Logto のアカウント（プロフィール、メールアドレス、電話番号、パスワード、連携アカウント、2段階認証の方法）を削除し、すべての場所でサインアウトします。元に戻すことはできません。残しておきたい場合は、先にデータをダウンロードしてください。";
    DELETE_CONFIRM_FIRST = "アカウントを削除するには、まず本人確認をしてください。";
    DELETE_TYPE = "確認のため {} と入力してください";
    DELETE_BUTTON = "アカウントを削除";
    DELETE_MISMATCH = "入力内容が一致しないため、何も削除されませんでした。";
    ACTIVITY_TITLE = "最近のアクティビティ";
    ACTIVITY_LEAD =
        "このページでアカウントに加えられた変更を新しい順に表示します（{} 日間保存）。心当たりのないものがあれば、パスワードを変更して他のセッションをサインアウトしてください。";
    ACTIVITY_NONE = "まだありません。";
    ACTIVITY_NEWER = "新しい順";
    ACTIVITY_OLDER = "古い順";
    ACTIVITY_PAGES = "最近のアクティビティのページ";
    ACT_PROFILE_SAVED = "プロフィールを保存: {}";
    ACT_PASSWORD_CHANGED = "パスワードを変更";
    ACT_PASSWORD_SET = "パスワードを設定";
    ACT_EMAIL_CHANGED = "メールアドレスを変更";
    ACT_EMAIL_REMOVED = "メールアドレスを削除";
    ACT_PHONE_CHANGED = "電話番号を変更";
    ACT_PHONE_REMOVED = "電話番号を削除";
    ACT_SESSION_ENDED = "セッションをサインアウト";
    ACT_SESSIONS_ENDED = "他のセッションをすべてサインアウト";
    ACT_LOGTO_SESSION_ENDED = "Logto のサインインを終了";
    ACT_IDENTITY_UNLINKED = "連携アカウントを削除: {}";
    ACT_TOTP_ADDED = "認証アプリを追加";
    ACT_TOTP_REPLACED = "認証アプリを置き換え";
    ACT_SIGN_IN_STEP_ON = "サインイン時の2段階認証をオン";
    ACT_SIGN_IN_STEP_OFF = "サインイン時の2段階認証をオフ";
    ACT_BACKUP_CODES = "新しいバックアップコードを作成";
    ACT_FACTOR_REMOVED = "2段階認証の方法を削除";
    ACT_DATA_EXPORTED = "データをダウンロード";
    ACT_OTHER = "アカウントを変更";
    ACT_NEW_BROWSER = "新しいブラウザーからサインイン";
    ACT_LINK_REMOVED = "連携アカウントを削除";

    // Security notices by email.
    NOTICE_SUBJECT = "セキュリティのお知らせ: {}";
    NOTICE_HELLO = "{} 様";
    NOTICE_HELLO_PLAIN = "こんにちは。";
    NOTICE_INTRO = "お客様のアカウントで、次の変更が行われました:";
    NOTICE_EMAIL_FROM_TO = "{} から {} へ。";
    NOTICE_WHEN = "日時";
    NOTICE_BROWSER = "ブラウザー";
    NOTICE_ADDRESS = "アドレス";
    NOTICE_IF_YOU = "ご自身による変更であれば、対応は不要です。";
    NOTICE_NOT_ME = "心当たりがない";
    NOTICE_NOT_ME_LEAD =
        "心当たりがない場合は、7 日以内にこのリンクを開いてください。すべての場所からサインアウトし、変更されたメールアドレスを元に戻し、新しいパスワードの設定をお手伝いします。";
    NOT_ME_TITLE = "心当たりがない";
    NOT_ME_ABOUT = "次の変更についてのセキュリティのお知らせのリンクを開きました:";
    NOT_ME_LEAD =
        "この変更をしていない場合、他の誰かがアカウントを使っている可能性があります。今すぐ保護してください。次のことを行います:";
    NOT_ME_WILL_SIGN_OUT = "このアプリと Logto の、すべての場所からサインアウトします。";
    NOT_ME_WILL_RESTORE = "メールアドレスを {} に戻します。";
    NOT_ME_WILL_SEND_CODE = "新しいパスワードを設定できるよう、メールアドレスにコードを送ります。";
    NOT_ME_BUTTON = "アカウントを保護する";
    NOT_ME_INVALID =
        "このリンクは無効か、有効期限が切れています（リンクの有効期間は 7 日です）。他の誰かがアカウントを使っていると思われる場合は、サインインしてパスワードを変更してください。";
    NOT_ME_DONE_TITLE = "実行したこと";
    NOT_ME_DONE_SESSIONS = "このアプリのすべての場所からサインアウトしました。終了したセッション: {}。";
    NOT_ME_DONE_LOGTO = "Logto でのサインインと、それによってアプリに与えられていたアクセスを終了しました。";
    NOT_ME_LOGTO_CANNOT =
        "この Logto は自身のサインインを終了できません。他の人を締め出すため、下で新しいパスワードを設定してください。";
    NOT_ME_DONE_EMAIL = "メールアドレスを {} に戻しました。";
    NOT_ME_EMAIL_TAKEN =
        "以前のメールアドレス {} は現在別のアカウントで使われているため、元に戻せませんでした。";
    NOT_ME_DONE_CODE = "{} にコードを送信しました。";
    NOT_ME_NO_ADDRESS =
        "アカウントにコードの送信先となるメールアドレスがありません。パスワードでサインインして変更してください。";
    NOT_ME_STEP_FAILED =
        "Logto に接続できず、完了していない手順があります。数分後にもう一度リンクを開いてください。すべての手順が完了するまでリンクは使えます。";
    NOT_ME_PASSWORD_TITLE = "新しいパスワードを設定";
    NOT_ME_PASSWORD_SAVE = "新しいパスワードを設定";
    NOT_ME_PASSWORD_DONE = "新しいパスワードを設定しました。このパスワードでサインインしてください。";
    NOT_ME_PASSWORD_REFUSED =
        "Logto がこのパスワードを受け付けませんでした。推測されにくい、より長いパスワードを選んでください。";
    NOTICE_FOOTER =
        "このメールは、{} のアカウントに関するお知らせです。コードやパスワードが含まれることはありません。";
    ACT_FROM = "{} · {}";
    GOODBYE_TITLE = "アカウントを削除しました";
    GOODBYE_LEAD = "アカウントとその中身はすべて削除され、ここからサインアウトしました。";
    GOODBYE_ACTIVITY_LEFT =
        "最近のアクティビティの一覧は今すぐには削除できませんでした。各項目の期限が切れると自動的に削除されます。";
    GOODBYE_FIELDS_LEFT =
        "このページが独自のデータベースに保存していた情報は今すぐには削除できませんでした。サイトのサポートに削除を依頼してください。";
    GOODBYE_SESSIONS_LEFT =
        "このページの他のセッションの一部は今すぐには終了できませんでした。これらはもうアカウントにアクセスできず、自動的に終了します。";
    AGO_NOW = "たった今";
    AGO_MINUTES = "{} 分前";
    AGO_HOURS = "{} 時間前";
    AGO_DAY = "1 日前";
    AGO_DAYS = "{} 日前";
    CONTACT_REGION = "国または地域";
    CONTACT_REGION_NONE = "その他: + と国番号を入力";
    CONTACT_PHONE_HINT = "その国でダイヤルするとおりに、または + と国番号を付けて入力してください。";
    PHONE_REGION_NEEDED = "国を選ぶか、+ と国番号から番号を入力してください。";

    // Password.
    PASSWORD_TITLE_CHANGE = "パスワードを変更";
    PASSWORD_TITLE_SET = "パスワードを設定";
    PASSWORD_LEAD_SET =
        "アカウントにはまだパスワードがありません。設定すると、メールアドレス、電話番号、ユーザー名とパスワードでサインインできます。";
    PASSWORD_CURRENT = "現在のパスワード";
    PASSWORD_NEW = "新しいパスワード";
    PASSWORD_REPEAT = "新しいパスワード（確認）";
    PASSWORD_SHOW = "パスワードを表示";
    PASSWORD_FORGOT = "現在のパスワードを忘れた場合";
    PASSWORD_SIGN_OUT_OTHERS = "他のセッションをサインアウトする";
    PASSWORD_SIGN_OUT_OTHERS_HINT =
        "アカウントにサインインしている他のブラウザーとデバイスは、すべて再度サインインが必要になります。";
    PASSWORD_SUBMIT_CHANGE = "パスワードを変更";
    PASSWORD_SUBMIT_SET = "パスワードを設定";
    PASSWORD_SAVING = "保存しています…";
    PASSWORD_CHANGED = "パスワードを変更しました。";
    PASSWORD_WAS_SET = "パスワードを設定しました。";
    PASSWORD_OTHERS_ENDED = "このアプリと Logto の、他のセッションをサインアウトしました。";
    PASSWORD_OTHERS_ENDED_APP_ONLY =
        "このアプリの他のセッションをサインアウトしました。この Logto のバージョンは自身のセッションを終了できないため、他のアプリはセッションの期限が切れるまでサインインしたままです。";
    PASSWORD_CURRENT_REQUIRED = "現在のパスワードを入力してください。";
    PASSWORD_WRONG = "現在のパスワードが正しくありません。";
    PASSWORD_REQUIRED = "新しいパスワードを入力してください。";
    PASSWORD_MISMATCH = "2 つの新しいパスワードが一致しません。";
    PASSWORD_REJECTED = "このパスワードは使えません。次の条件を満たす必要があります:";
    PASSWORD_RULES = "新しいパスワードの条件";
    RULE_MIN_LENGTH = "{} 文字以上であること";
    RULE_MAX_LENGTH = "{} 文字以内であること";
    RULE_CHARACTER_TYPES = "小文字、大文字、数字、記号のうち {} 種類以上を含むこと";
    RULE_SUPPORTED = "英字 a–z・A–Z、数字、スペース、一般的な記号のみを使うこと";
    RULE_REPETITION = "同じ文字を 3 回続けないこと（aaa など）";
    RULE_SEQUENCE = "連続した並びを含まないこと（abc、123、qwe など）";
    RULE_USER_INFO = "名前、ユーザー名、メールアドレス、電話番号を含まないこと";
    RULE_WORDS = "このサービスで禁止されている語を含まないこと";
    RULE_PWNED = "流出したパスワードの一覧に含まれていないこと";
    RULE_UNKNOWN = "このサービスの規則を満たすこと（{}）";
    BREACH_CHECK_UNAVAILABLE =
        "流出したパスワードの確認は現在利用できません。その他の条件は確認済みです。";
    RULE_MET = "満たしています";
    RULE_NOT_MET = "まだ満たしていません";

    // Not found.
    NOT_FOUND_TITLE = "ページが見つかりません";
    NOT_FOUND_TEXT = "このアドレスには何もありません。";
    NOT_FOUND_HOME = "ホームページへ";

    // Sign-in failed.
    SIGN_IN_FAILED_TITLE = "サインインに失敗しました";
    SIGNED_OUT_TITLE = "サインアウトしました";
    SIGN_IN_RETRY = "もう一度試す";
    SIGN_IN_EXPIRED =
        "サインインに時間がかかりすぎたか、別のブラウザーやタブで開始されました。もう一度お試しください。";
    SIGN_IN_STATE =
        "サインインサービスからの応答がこのページの送ったリクエストと一致しなかったため、アカウント保護のため拒否しました。もう一度お試しください。";
    SIGN_IN_DENIED = "サインインはサインインサービスによってキャンセルまたは拒否されました。";
    SIGN_IN_EXCHANGE = "サインインサービスがサインインを確認しませんでした。もう一度お試しください。";
    SIGN_IN_ID_TOKEN =
        "サインインサービスが返した本人情報を確認できなかったため、アカウント保護のため拒否しました。もう一度お試しください。";
    SIGN_IN_UNAVAILABLE =
        "サインインサービスは現在利用できません。しばらくしてからもう一度お試しください。";
    SIGN_IN_INCOMPLETE = "サインインが完了しませんでした。もう一度お試しください。";
    SIGN_IN_NOT_FRESH =
        "このサインインには認証情報の入力が必要ですが、サインインサービスが求めませんでした。もう一度サインインして入力してください。";
    REAUTH_NEEDED =
        "安全のため、もう一度サインインして本人確認をしてください。アカウントにコードの送信先となるメールアドレスも電話番号もありません。";
    REAUTH_BUTTON = "もう一度サインイン";

    // Apps with access to your account.
    NAV_APPS = "アプリ";
    APPS_TITLE = "アクセスできるアプリ";
    APPS_LEAD =
        "アカウントの利用を許可したアプリです。アクセスを取り消すと、そのアプリはすべての場所でサインアウトし、次に使うときに改めて許可を求めます。";
    APPS_FIRST_PARTY = "このサービスのアプリ";
    APPS_FIRST_PARTY_LEAD = "アカウントを運営している人たちが作ったアプリです。";
    APPS_THIRD_PARTY = "サードパーティのアプリ";
    APPS_THIRD_PARTY_LEAD = "他者が作ったアプリです。共有に同意した情報だけが見えます。";
    APPS_NONE = "ありません。";
    APPS_SINCE = "{} からアクセス可能";
    APPS_THIS = "このページ";
    APPS_REVOKE = "アクセスを取り消す";
    APPS_REVOKED = "そのアプリはアカウントにアクセスできなくなりました。";
    APPS_CONFIRM_FIRST = "アプリのアクセスを取り消すには、まず本人確認をしてください。";
    APPS_UNSUPPORTED =
        "この Logto サーバーは許可したアプリを一覧表示できません（Logto 1.38 以降で対応）。";
    ACT_APP_REVOKED = "アプリのアクセスを取り消し: {}";

    // Organisations.
    ORGS_TITLE = "組織";
    ORGS_LEAD = "所属している組織とそこでのロールです。組織はその管理者が管理します。";
    ORGS_NONE = "どの組織にも所属していません。";
    ORGS_ROLES = "ロール: {}";
    ORGS_NO_ROLE = "メンバー（ロールなし）";

    // Personal access tokens.
    TOKENS_TITLE = "個人用アクセストークン";
    TOKENS_LEAD =
        "自分のスクリプトやツールがあなたとして操作できるようにします。各トークンはパスワードと同じように扱ってください。持っている人は、期限切れか削除までアカウントを使えます。";
    TOKENS_SUMMARY = "自分のスクリプトやツール用";
    TOKENS_NONE = "個人用アクセストークンはありません。";
    TOKENS_NEW = "新しいトークン";
    TOKENS_NAME = "名前";
    TOKENS_NAME_HINT = "後で見分けられるよう用途を入力します（例:「バックアップスクリプト」）。";
    TOKENS_EXPIRY = "有効期限";
    TOKENS_IN_DAYS = "{} 日後";
    TOKENS_NEVER = "なし";
    TOKENS_CREATE = "トークンを作成";
    TOKENS_CREATED_TITLE = "新しいトークン";
    TOKENS_CREATED_LEAD =
        "今すぐコピーしてください。表示されるのは今回だけです。なくした場合は削除して新しく作成してください。";
    TOKENS_COPY = "コピー";
    TOKENS_COPIED = "コピーしました";
    TOKENS_DOWNLOAD = "ファイルでダウンロード";
    TOKENS_CREATED_AT = "作成日: {}";
    TOKENS_EXPIRES_AT = "有効期限: {}";
    TOKENS_NEVER_EXPIRES = "無期限";
    TOKENS_EXPIRED = "期限切れ";
    TOKENS_DELETE = "削除";
    TOKENS_DELETED = "トークンを削除しました。これを使っていたものは、もうあなたとして操作できません。";
    TOKENS_CONFIRM_FIRST = "トークンを作成または削除するには、まず本人確認をしてください。";
    TOKENS_NAME_INVALID = "トークンの名前は 1〜64 文字で入力してください。";
    TOKENS_NAME_TAKEN = "同じ名前のトークンがすでにあります。";
    TOKENS_EXPIRY_INVALID = "トークンの有効期限を選んでください。";
    TOKENS_LIMIT = "トークンは上限の 20 個あります。先に使っていないものを削除してください。";
    ACT_TOKEN_CREATED = "個人用アクセストークンを作成: {}";
    ACT_TOKEN_DELETED = "個人用アクセストークンを削除: {}";

    // Profile photo.
    PHOTO_TITLE = "プロフィール写真";
    PHOTO_CHANGE = "写真を変更";
    PHOTO_BACK = "プロフィールに戻る";
    PHOTO_CURRENT_ALT = "プロフィール写真";
    PHOTO_NONE = "写真はまだありません";
    PHOTO_CHOOSE = "写真を選ぶ";
    PHOTO_HINT =
        "JPEG、PNG、WebP、GIF（10 MB まで）。正方形に切り抜かれ（位置を指定しなければ中央から）、位置情報やカメラの情報は削除されます。";
    PHOTO_UPLOAD = "写真をアップロード";
    PHOTO_REMOVE = "写真を削除";
    PHOTO_SAVED = "新しい写真を保存しました。";
    PHOTO_REMOVED = "写真を削除しました。";
    PHOTO_NONE_CHOSEN = "アップロードする写真を選んでください。";
    PHOTO_CROP_INVALID = "その切り抜き位置は使えません。写真を選び直してください。";
    PHOTO_FRAME = "ドラッグするか矢印キーで写真の位置を調整します。";
    PHOTO_ZOOM = "拡大";
    PHOTO_PREVIEW_ALT = "切り抜き後の新しい写真";
    PHOTO_EMPTY = "ファイルが空です。写真を選んでください。";
    PHOTO_TOO_LARGE = "ファイルが 10 MB を超えています。小さい写真を選んでください。";
    PHOTO_NOT_IMAGE = "画像ファイルではありません。JPEG、PNG、WebP、GIF の写真を選んでください。";
    PHOTO_UNSUPPORTED =
        "その画像形式には対応していません。JPEG、PNG、WebP、GIF の写真を選んでください。";
    PHOTO_TOO_MANY_PIXELS =
        "画像が大きすぎます（一辺が 6000 ピクセル超）。小さいものを選んでください。";
    PHOTO_DAMAGED = "画像を読み込めませんでした。破損している可能性があります。別の写真を選んでください。";
    ACT_PHOTO_CHANGED = "プロフィール写真を変更";
    ACT_PHOTO_REMOVED = "プロフィール写真を削除";
}
