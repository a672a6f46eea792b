//! The string catalog: every message the interface shows, named, with its English words.
//! The other languages give their words for the same names in `words/` (a missing or extra one
//! does not compile). `#[browser]` marks the messages the profile editor's WASM shows: only
//! those are sent to the browser, in the page's language (`i18n::browser`). `#[count]` marks the
//! messages said with a number ([`Text::count`](super::Text::count)): their words may come in
//! CLDR plural forms, `one:… {} …|other:… {} …` (the categories of the language's rules, `other`
//! always; one text without forms serves every number). `#[button]` and `#[nav]` mark the
//! labels of buttons and of the header's links: their words must fit the space a phone gives
//! them in every language (see the test `labels_fit_their_space`).

catalog! {
    // The page frame.
    SITE_NAME = "Profile";
    TITLE_SUFFIX = "Logto profile";
    SKIP_TO_CONTENT = "Skip to content";
    #[nav] NAV_PROFILE = "Profile";
    #[nav] NAV_PASSWORD = "Password";
    #[nav] NAV_SECURITY = "Security";
    #[nav] NAV_DATA = "Data";
    #[nav] SIGN_IN = "Sign in";
    #[nav] SIGN_OUT = "Sign out";
    #[browser] #[nav] YOUR_ACCOUNT = "Your account";
    #[nav] LANGUAGE = "Language";

    // Home.
    HOME_TITLE = "Welcome";
    HOME_HEADLINE = "Your account, in your hands";
    HOME_LEAD =
        "Update your name, username and photo, change your password and keep your email and phone up to date: the account you use to sign in with Logto, managed in one place.";
    STATUS_TITLE = "Service status";
    #[button] STATUS_CHECK_AGAIN = "Check again";
    STATUS_EMULATOR = "the embedded Logto emulator";
    STATUS_LOGTO = "Logto";
    STATUS_EMULATOR_SUBJECT = "The embedded Logto emulator";
    STATUS_CONNECTED = "Connected to {} ({} ms).";
    STATUS_UNREACHABLE = "{} is not answering. Sign-in and saving are unavailable.";
    STATUS_UPTIME = "Up for {}";
    DURATION_SECONDS = "{} s";
    DURATION_MINUTES = "{} min";
    DURATION_HOURS = "{} h {} min";
    DURATION_DAYS = "{} d {} h";

    // Profile page.
    #[browser] PROFILE_TITLE = "Your profile";
    PROFILE_LOADING = "Loading your profile…";
    PROFILE_CHECKING = "Checking Logto for changes…";
    PROFILE_STALE =
        "Could not load the latest values from Logto ({}). You can still edit and save.";
    #[browser] PROFILE_SAVED = "Your profile was saved.";
    #[browser] PROFILE_KEPT = "Your changes are still in the form.";
    #[browser] #[button] PROFILE_SAVE = "Save changes";
    #[browser] #[button] PROFILE_SAVING = "Saving…";
    #[browser] PROFILE_UNSAVED = "You have unsaved changes.";
    #[browser] SECTION_BASIC = "Basic information";
    #[browser] SECTION_PERSONAL = "Personal details";
    #[browser] SECTION_ADDRESS = "Address";
    #[browser] SECTION_SIGN_IN = "Sign-in details";
    #[browser] FACT_EMAIL = "Email";
    #[browser] FACT_PHONE = "Phone";
    #[browser] FACT_CREATED = "Account created";
    #[browser] FACT_LAST_SIGN_IN = "Last sign-in";
    #[browser] NOT_SET = "Not set";

    // Profile fields.
    #[browser] FIELD_NAME = "Full name";
    #[browser] FIELD_USERNAME = "Username";
    FIELD_AVATAR = "Avatar URL";
    #[browser] FIELD_GIVEN_NAME = "Given name";
    #[browser] FIELD_MIDDLE_NAME = "Middle name";
    #[browser] FIELD_FAMILY_NAME = "Family name";
    #[browser] FIELD_NICKNAME = "Nickname";
    #[browser] FIELD_WEBSITE = "Website";
    #[browser] FIELD_GENDER = "Gender";
    #[browser] FIELD_BIRTHDATE = "Birthdate";
    #[browser] FIELD_ZONEINFO = "Time zone";
    #[browser] FIELD_LOCALE = "Language and region";
    #[browser] FIELD_STREET = "Street address";
    #[browser] FIELD_LOCALITY = "City";
    #[browser] FIELD_REGION = "State or region";
    #[browser] FIELD_POSTAL_CODE = "Postal code";
    #[browser] FIELD_COUNTRY = "Country";

    // Validation (the same in the browser and on the server).
    #[browser] INVALID_USERNAME_EMPTY = "Enter a username.";
    #[browser] INVALID_MAX_128 = "Use at most 128 characters.";
    #[browser] INVALID_MAX_256 = "Use at most 256 characters.";
    #[browser] INVALID_USERNAME_START = "Start with a letter or an underscore.";
    #[browser] INVALID_USERNAME_CHARS =
        "Use only letters (a–z), digits and underscores, without spaces.";
    #[browser] INVALID_SINGLE_LINE = "Remove the line breaks and control characters.";
    #[browser] INVALID_URL_LONG = "This address is too long.";
    #[browser] INVALID_URL_SCHEME = "Use an address that starts with https:// (or http://).";
    #[browser] INVALID_URL = "This is not a valid web address.";
    #[browser] INVALID_DATE = "Use a date like 1990-04-23.";
    #[browser] INVALID_DAY = "That day does not exist in that month.";
    #[browser] INVALID_YEAR = "Use a year between 1900 and 2100.";
    INVALID_ZONE = "Choose a time zone from the list.";
    #[browser] INVALID_LOCALE = "Choose a language from the list (for example en-US).";
    PARTLY_SAVED =
        "Only part of your changes was saved: {} saved; {} not saved ({}). Please try again.";
    // Declared fields (profile-fields.toml): checks, the masked sensitive values, conflicts.
    #[browser] CUSTOM_REQUIRED = "Fill this in.";
    #[browser] #[count] CUSTOM_TOO_SHORT = "one:Use at least {} character.|other:Use at least {} characters.";
    #[browser] #[count] CUSTOM_TOO_LONG = "one:Use at most {} character.|other:Use at most {} characters.";
    #[browser] CUSTOM_CONTROL = "Remove the control characters.";
    #[browser] CUSTOM_NOT_NUMBER = "Enter a number, like 42 or 3.5.";
    #[browser] CUSTOM_TOO_SMALL = "Enter {} or more.";
    #[browser] CUSTOM_TOO_LARGE = "Enter {} or less.";
    #[browser] CUSTOM_TOO_EARLY = "Choose {} or later.";
    #[browser] CUSTOM_TOO_LATE = "Choose {} or earlier.";
    #[browser] CUSTOM_NOT_PHONE = "Enter a phone number: digits, spaces and + ( ) - only.";
    #[browser] CUSTOM_NOT_CHOICE = "Choose from the list.";
    #[browser] CUSTOM_PATTERN = "Use the expected format.";
    #[browser] CUSTOM_READ_ONLY = "This field cannot be changed here.";
    CUSTOM_CHOOSE = "Choose…";
    #[browser] CUSTOM_YES = "Yes";
    #[browser] CUSTOM_NO = "No";
    #[browser] CUSTOM_SAVED_AS = "Saved: {}";
    CUSTOM_REPLACE = "Type a new value to replace it.";
    CUSTOM_REMOVE = "Remove the saved value";
    CUSTOM_CHANGED =
        "Changed elsewhere since this page was opened: it is now “{}”. Save again to replace it.";
    CUSTOM_CHANGED_HIDDEN =
        "Changed elsewhere since this page was opened. Save again to replace it.";
    #[browser] CUSTOM_CHANGED_ELSEWHERE =
        "Some fields were changed elsewhere since this page was opened; nothing was saved. Your changes are still in the form.";
    PROFILE_DRAFT_BACK = "You're confirmed. Your changes are back in the form: save them now.";
    USERNAME_TAKEN = "That username is taken.";
    VALUE_TOO_LONG = "One of the values is too long.";
    LOGTO_REFUSED_VALUE = "Logto refused one of the values. Please check the form.";
    REQUEST_TOO_LARGE = "This request is too large. Please shorten what you entered.";
    FORM_UNREADABLE = "The form could not be read. Please reload the page and try again.";

    // Errors any request may meet.
    #[browser] ERROR_SESSION_ENDED = "Your session has ended. Please sign in again.";
    #[browser] ERROR_FORBIDDEN = "This request was refused.";
    #[browser] ERROR_NOT_FOUND = "That was not found.";
    #[browser] ERROR_RATE_LIMITED = "Too many attempts. Please wait {} and try again.";
    #[browser] #[count] WAIT_SECONDS = "one:{} second|other:{} seconds";
    #[browser] #[count] WAIT_MINUTES = "one:{} minute|other:{} minutes";
    #[browser] #[count] WAIT_HOURS = "one:{} hour|other:{} hours";
    #[browser] ERROR_SUSPENDED =
        "Your account has been suspended, so you were signed out here. Please contact the people who run this service.";
    #[browser] ERROR_PROOF_NEEDED = "For your security, please confirm it's you first.";
    #[browser] ERROR_BAD_GATEWAY =
        "Logto answered with an error. Nothing was changed; please try again.";
    #[browser] ERROR_UNAVAILABLE =
        "Logto is unavailable right now. Nothing was changed; please try again in a moment.";
    #[browser] ERROR_TIMEOUT =
        "Logto took too long to answer. Nothing was changed; please try again.";
    #[browser] ERROR_NETWORK = "Could not reach the server. Check your connection and try again.";
    #[browser] ERROR_INTERNAL = "Something went wrong on our side. Please try again.";

    // Confirm it's you (re-verification).
    CONFIRM_TITLE = "Confirm it's you";
    CONFIRM_LEAD =
        "For your security, this step needs a fresh confirmation. It stays valid for 10 minutes.";
    CONFIRM_BY_PASSWORD = "With your password";
    CONFIRM_BY_CODE = "With a code";
    #[button] CONFIRM_CONTINUE = "Continue";
    #[button] CONFIRM_CANCEL = "Cancel";
    CONFIRMED = "Thanks, you're confirmed for the next 10 minutes.";
    #[button] CODE_SEND = "Send code";
    CODE_TO_EMAIL = "Email to {}";
    CODE_TO_PHONE = "Text message to {}";
    CODE_SENT = "We sent a 6-digit code to {}.";
    CODE_LABEL = "6-digit code";
    #[button] CODE_RESEND = "Send a new code";
    CODE_RESEND_IN = "You can ask for a new code in {} s.";
    CODE_FORMAT = "Enter the 6 digits from the message.";
    CODE_MISMATCH = "That code is not right. Check it and try again.";
    CODE_EXPIRED = "That code has expired. Ask for a new one.";
    CODE_TOO_MANY_TRIES = "Too many wrong tries for this code. Ask for a new one.";
    CODE_NOT_FOUND = "There is no code waiting for this address. Ask for a new one.";
    CODE_SEND_LIMITED =
        "Too many codes were sent to this address. Please wait up to 10 minutes and try again.";
    CODE_NO_EMAIL_CONNECTOR = "Codes by email aren't set up for this service.";
    CODE_NO_SMS_CONNECTOR = "Codes by text message aren't set up for this service.";
    CODE_NO_ADDRESS =
        "Your account has no email address or phone number to send a code to. Sign out, sign in again and come back within 10 minutes, or ask the service's administrator for help.";
    CODE_MAILBOX = "Open the development mailbox (the embedded Logto emulator's)";
    CODE_CHOOSE = "Where should we send the code?";

    // Email and phone.
    #[browser] INVALID_EMAIL = "Enter an email address like name@example.com.";
    INVALID_PHONE = "This is not a valid phone number. Check the number and the country chosen.";
    CONTACT_EMAIL_TITLE = "Email address";
    CONTACT_PHONE_TITLE = "Phone number";
    CONTACT_CURRENT = "Current: {}";
    CONTACT_NONE = "None yet.";
    CONTACT_NEW_EMAIL = "New email address";
    CONTACT_NEW_PHONE = "New phone number";
    CONTACT_LEAD = "We send a code to the new address; it is saved once you enter that code.";
    CONTACT_SAME = "That is already your address.";
    #[button] CONTACT_SAVE = "Verify and save";
    #[button] CONTACT_OTHER = "Use another address";
    #[button] CONTACT_REMOVE = "Remove";
    CONTACT_EMAIL_CHANGED = "Your email address was saved.";
    CONTACT_PHONE_CHANGED = "Your phone number was saved.";
    CONTACT_REMOVED = "Removed.";
    CONTACT_EMAIL_TAKEN = "That email address is already used by another account.";
    CONTACT_PHONE_TAKEN = "That phone number is already used by another account.";
    CONTACT_LAST_WAY =
        "This is your only way to sign in: add another email or phone, a username, or a linked account first.";
    CONTACT_NO_PENDING =
        "There is no change waiting for a code here. Start again with the new address.";
    CONTACT_CHANGE_EMAIL = "Change email address";
    CONTACT_CHANGE_PHONE = "Change phone number";
    // The security page: how you sign in, where you're signed in.
    SECURITY_TITLE = "Security";
    SECURITY_METHODS = "How you sign in";
    SECURITY_PASSWORD_SET = "Set";
    SECURITY_PASSWORD_NONE = "Not set";
    #[button] SECURITY_CHANGE = "Change";
    #[button] SECURITY_ADD = "Add";
    APP_SESSIONS_TITLE = "On this page";
    SESSIONS_REVIEW = "Review where you're signed in";
    SESSION_STALE = "Signed in over 30 days ago: sign it out if you don't use it.";
    CHECKUP_TITLE = "Security check-up";
    CHECKUP_SCORE = "{} of {} done";
    CHECKUP_ALL_GOOD = "Everything that protects your account is in place.";
    CHECKUP_TO_DO = "A few steps make your account harder to take over.";
    CHECK_GOOD = "Done";
    CHECK_FIX = "To do";
    CHECK_INFO = "Worth a look";
    CHECK_ON = "On: {}";
    CHECK_TWO_STEP_OFF = "Off: your password alone lets anyone in.";
    #[button] CHECK_TURN_ON = "Turn on";
    #[count] CHECK_CODES_LEFT = "{} unused";
    #[count] CHECK_CODES_LOW = "Only {} unused: make a new set before they run out.";
    CHECK_CODES_NONE = "None: without your second step you would be locked out.";
    CHECK_CODES_LATER = "They come with two-step verification.";
    #[button] CHECK_MAKE_CODES = "Make backup codes";
    #[button] CHECK_SET_UP = "Set up";
    CHECK_RECOVERY = "Recovery email or phone";
    CHECK_RECOVERY_NONE = "None: you could not get back in with a code.";
    #[button] CHECK_ADD_EMAIL = "Add an email";
    CHECK_PASSWORD_CHANGED = "Changed {}";
    CHECK_PASSWORD_UNKNOWN = "Set; no change in this page's activity log";
    CHECK_PASSWORD_NONE = "You sign in without a password.";
    CHECK_SESSIONS = "Sessions";
    CHECK_SESSIONS_ONLY = "Only this browser is signed in here.";
    CHECK_SESSIONS_OTHERS = "Other browsers signed in here: {}";
    #[button] CHECK_REVIEW = "Review";
    CHECK_LINKED_NONE = "None";
    SESSIONS_TITLE = "Where you're signed in";
    SESSIONS_LEAD =
        "The browsers and devices signed in to this page. Sign out any you don't recognise, then change your password.";
    SESSION_THIS = "This browser";
    SESSION_DEVICE = "{} on {}";
    SESSION_UNKNOWN_DEVICE = "Unknown browser";
    SESSION_IP = "IP address {}";
    SESSION_SIGNED_IN = "Signed in {}";
    SESSION_ACTIVE = "active {}";
    #[button] SESSIONS_END_OTHERS = "Sign out all other sessions";
    SESSIONS_CONFIRM_FIRST = "To sign a session out, confirm it's you first.";
    SESSION_ENDED = "That session was signed out.";
    SESSIONS_OTHERS_ENDED = "Your other sessions were signed out.";
    LOGTO_SESSIONS_TITLE = "Signed in at Logto";
    LOGTO_SESSIONS_LEAD =
        "Logto remembers these sign-ins, so apps that use it can sign you in without asking again. Signing one out also ends the access of the apps signed in through it.";
    LOGTO_SESSIONS_UNSUPPORTED =
        "This Logto server does not list its sessions; only this page's sessions are shown above.";
    LOGTO_SESSION_APPS = "Apps signed in through it: {}";
    LOGTO_SESSION_ENDED = "That Logto sign-in was ended.";
    LINKED_TITLE = "Linked accounts";
    LINKED_LEAD = "Accounts at other services you can sign in with.";
    LINKED_NONE = "No linked accounts.";
    #[button] LINKED_UNLINK = "Unlink";
    LINKED_CONFIRM_FIRST = "To unlink an account, confirm it's you first.";
    LINKED_UNLINKED = "The account was unlinked.";
    LINKED_LAST_WAY =
        "This is your only way to sign in: add an email address or phone number first.";
    // Two-step verification.
    TWO_STEP_TITLE = "Two-step verification";
    TWO_STEP_LEAD =
        "A second step after your password when you sign in: a code from an authenticator app, a passkey, or a backup code.";
    TWO_STEP_SUMMARY = "Authenticator app, backup codes, passkeys";
    #[button] TWO_STEP_MANAGE = "Manage";
    TWO_STEP_NONE = "No second step yet.";
    TWO_STEP_CONFIRM_FIRST = "To change your second steps, confirm it's you first.";
    FACTOR_TOTP = "Authenticator app";
    FACTOR_BACKUP = "Backup codes";
    FACTOR_PASSKEY = "Passkey";
    FACTOR_ADDED = "Added {}";
    #[count] FACTOR_CODES_LEFT = "{} unused";
    FACTOR_REMOVED = "The second step was removed.";
    #[button] TOTP_ADD = "Add an authenticator app";
    TOTP_TITLE = "Set up your authenticator app";
    TOTP_SCAN = "Scan this code with your authenticator app, or type the key below into it.";
    TOTP_QR = "QR code for your authenticator app";
    TOTP_KEY = "Key";
    TOTP_CODE_LEAD = "Then enter the 6-digit code the app shows.";
    #[button] TOTP_TURN_ON = "Turn on";
    #[button] TOTP_CANCEL = "Cancel";
    TOTP_ON = "Your authenticator app is set up.";
    #[button] TOTP_REPLACE = "Replace";
    AT_SIGN_IN_TITLE = "When you sign in";
    AT_SIGN_IN_NOT_ASKED =
        "Signing in to this service does not ask for a second step yet. Your second steps are kept for when it does.";
    AT_SIGN_IN_NOTHING = "Once you add an authenticator app or a passkey, signing in asks for it.";
    AT_SIGN_IN_ALWAYS = "This service asks for your second step every time you sign in.";
    AT_SIGN_IN_BY_RISK = "This service asks for your second step when a sign-in looks unusual.";
    AT_SIGN_IN_ON = "You are asked for a second step every time you sign in.";
    AT_SIGN_IN_OFF =
        "You are not asked for a second step when you sign in: your password alone lets anyone in.";
    #[button] AT_SIGN_IN_TURN_ON = "Ask at every sign-in";
    #[button] AT_SIGN_IN_TURN_OFF = "Stop asking at sign-in";
    AT_SIGN_IN_ASKED = "You will be asked for a second step when you sign in.";
    AT_SIGN_IN_STOPPED = "You will no longer be asked for a second step when you sign in.";
    AT_SIGN_IN_FIXED = "This service's sign-in settings decide this, not you.";
    TOTP_REPLACING =
        "Your current authenticator app keeps working until this one's first code is confirmed.";
    TOTP_REPLACED = "Your new authenticator app is set up; the old one's codes no longer work.";
    TOTP_CANCELLED = "The authenticator app was not added.";
    TOTP_UNFINISHED = "Setting up an authenticator app was not finished.";
    #[button] TOTP_FINISH = "Finish setting up";
    TOTP_ALREADY = "You already have an authenticator app. Remove it first to add another.";
    TOTP_NOTHING = "No authenticator app is being set up.";
    PASSKEY_ADD_TITLE = "Add a passkey";
    PASSKEY_ADD_LEAD =
        "Use your fingerprint, face or screen lock as your second step. Your device keeps the passkey; it never leaves it.";
    PASSKEY_PASSWORD_HINT = "Logto asks for your password once more before a passkey is added.";
    PASSKEY_NAME = "Name it (optional)";
    PASSKEY_NAME_HINT = "For example “Work laptop”, so you can tell your passkeys apart.";
    PASSKEY_NAME_TOO_LONG = "Use at most 64 characters for the name.";
    #[button] PASSKEY_ADD = "Add a passkey";
    PASSKEY_WORKING = "Follow your browser's prompt to make the passkey…";
    PASSKEY_NEEDS_JS =
        "Adding a passkey needs JavaScript, since your browser makes it. Turn JavaScript on to add one here.";
    PASSKEY_NO_SUPPORT =
        "This browser cannot make passkeys. Try a current version of Chrome, Edge, Firefox or Safari.";
    PASSKEY_CANCELLED = "No passkey was added: the browser's prompt was closed or timed out.";
    PASSKEY_FAILED = "The passkey could not be added. Try again.";
    PASSKEY_REFUSED = "Logto did not accept this passkey. Try again, or use another device.";
    PASSKEY_EXPIRED = "That took too long. Start adding the passkey again.";
    PASSKEY_NO_PASSWORD =
        "Adding a passkey here needs your password, and you have none yet. Set one first.";
    PASSKEY_ADDED = "Passkey added. You can use it as your second step from now on.";
    PASSKEY_OFF = "Passkeys can't be added here yet.";
    PASSKEY_OFF_ADMIN = "For that, your Logto administrator must:";
    PASSKEY_OFF_ACCOUNT_CENTER = "turn on the Account Center (Console → Account center)";
    PASSKEY_OFF_FIELD =
        "let users edit passkeys there (“Passkeys”, or “MFA” on older Logto, set to Edit)";
    PASSKEY_OFF_FACTOR =
        "turn on passkeys as a second step in the sign-in experience (Multi-factor auth → Passkeys)";
    PASSKEY_OFF_ORIGIN = "add {} to the Account Center's WebAuthn related origins";
    ACT_PASSKEY_ADDED = "Passkey added";
    #[button] BACKUP_NEW = "Get backup codes";
    #[button] BACKUP_RENEW = "Get new backup codes";
    BACKUP_TITLE = "Your backup codes";
    BACKUP_LEAD =
        "Each code works once, when you cannot use your other second step. Keep them somewhere safe: they are shown only now, and getting new ones makes these stop working.";
    #[button] BACKUP_COPY = "Copy";
    #[button] BACKUP_COPIED = "Copied";
    #[button] BACKUP_DOWNLOAD = "Download as a text file";
    BACKUP_FILE_HEADER = "Backup codes for {}. Each works once.";
    BACKUP_GONE = "Backup codes are shown only once. If you lost them, get new ones.";
    BACKUP_ALONE = "Backup codes need another second step: add an authenticator app first.";
    BACKUP_MADE_ELSEWHERE =
        "New backup codes were made elsewhere just now. Reload the page to see them listed.";
    #[button] BACKUP_DONE = "Done";
    // Your data: download, delete.
    ACCOUNT_TITLE = "Your data";
    EXPORT_TITLE = "Download your data";
    EXPORT_LEAD =
        "One JSON file with everything this page and Logto hold about you: your profile and custom data, linked accounts, second steps (without their secrets) and where you're signed in.";
    #[button] EXPORT_BUTTON = "Download my data";
    DELETE_TITLE = "Delete your account";
    DELETE_LEAD =
        "This deletes your account at Logto — your profile, email address, phone number, password, linked accounts and second steps — and signs you out everywhere. It cannot be undone: download your data first if you want to keep it.";
    DELETE_CONFIRM_FIRST = "To delete your account, confirm it's you first.";
    DELETE_TYPE = "Type {} to confirm";
    #[button] DELETE_BUTTON = "Delete my account";
    DELETE_MISMATCH = "That is not what was asked for, so nothing was deleted.";
    ACTIVITY_TITLE = "Recent activity";
    #[count] ACTIVITY_LEAD =
        "one:Every change made to your account on this page, newest first, kept for {} day. Something you don't recognise? Change your password and sign out your other sessions.|other:Every change made to your account on this page, newest first, kept for {} days. Something you don't recognise? Change your password and sign out your other sessions.";
    ACTIVITY_NONE = "Nothing yet.";
    ACTIVITY_NEWER = "Newer";
    ACTIVITY_OLDER = "Older";
    ACTIVITY_PAGES = "Pages of recent activity";
    ACT_PROFILE_SAVED = "Profile saved: {}";
    ACT_PASSWORD_CHANGED = "Password changed";
    ACT_PASSWORD_SET = "Password set";
    ACT_EMAIL_CHANGED = "Email address changed";
    ACT_EMAIL_REMOVED = "Email address removed";
    ACT_PHONE_CHANGED = "Phone number changed";
    ACT_PHONE_REMOVED = "Phone number removed";
    ACT_SESSION_ENDED = "A session was signed out";
    ACT_SESSIONS_ENDED = "All other sessions were signed out";
    ACT_LOGTO_SESSION_ENDED = "A Logto sign-in was ended";
    ACT_IDENTITY_UNLINKED = "Linked account removed: {}";
    ACT_TOTP_ADDED = "Authenticator app added";
    ACT_TOTP_REPLACED = "Authenticator app replaced";
    ACT_SIGN_IN_STEP_ON = "Second step at sign-in turned on";
    ACT_SIGN_IN_STEP_OFF = "Second step at sign-in turned off";
    ACT_BACKUP_CODES = "New backup codes made";
    ACT_FACTOR_REMOVED = "Second step removed";
    ACT_DATA_EXPORTED = "Your data was downloaded";
    ACT_OTHER = "Account changed";
    ACT_NEW_BROWSER = "Signed in from a new browser";
    ACT_LINK_REMOVED = "A linked account was removed";

    // Security notices by email (server only: never in the browser's bundle).
    NOTICE_SUBJECT = "Security notice: {}";
    NOTICE_HELLO = "Hello {},";
    NOTICE_HELLO_PLAIN = "Hello,";
    NOTICE_INTRO = "this change was just made to your account:";
    NOTICE_EMAIL_FROM_TO = "From {} to {}.";
    NOTICE_WHEN = "When";
    NOTICE_BROWSER = "Browser";
    NOTICE_ADDRESS = "Address";
    NOTICE_IF_YOU = "If this was you, there is nothing to do.";
    NOTICE_NOT_ME = "This wasn't me";
    NOTICE_NOT_ME_LEAD =
        "If it wasn't you, open this link within 7 days: it signs you out everywhere, puts a changed email address back and helps you set a new password.";
    NOT_ME_TITLE = "This wasn't me";
    NOT_ME_ABOUT = "You opened the link of a security notice about this change:";
    NOT_ME_LEAD =
        "If you did not make it, someone else may be using your account. Secure it now: this will";
    NOT_ME_WILL_SIGN_OUT = "sign you out everywhere, in this app and at Logto;";
    NOT_ME_WILL_RESTORE = "put your email address back to {};";
    NOT_ME_WILL_SEND_CODE = "send a code to your email address, so you can choose a new password.";
    #[button] NOT_ME_BUTTON = "Secure my account";
    NOT_ME_INVALID =
        "This link is not valid or has expired (links work for 7 days). If you think someone else uses your account, sign in and change your password.";
    NOT_ME_DONE_TITLE = "What we did";
    NOT_ME_DONE_SESSIONS = "Signed out everywhere in this app. Sessions ended: {}.";
    NOT_ME_DONE_LOGTO = "Your sign-ins at Logto were ended, with the access they gave apps.";
    NOT_ME_LOGTO_CANNOT =
        "This Logto cannot end its own sign-ins: set a new password below to keep others out.";
    NOT_ME_DONE_EMAIL = "Your email address is {} again.";
    NOT_ME_EMAIL_TAKEN =
        "Your old email address {} is now used by another account, so it was not put back.";
    NOT_ME_DONE_CODE = "We sent a code to {}.";
    NOT_ME_NO_ADDRESS =
        "Your account has no email address to send a code to: sign in with your password and change it.";
    NOT_ME_STEP_FAILED =
        "Logto could not be reached for every step. Open the link again in a few minutes: it keeps working until every step is done.";
    NOT_ME_PASSWORD_TITLE = "Choose a new password";
    #[button] NOT_ME_PASSWORD_SAVE = "Set the new password";
    NOT_ME_PASSWORD_DONE = "Your new password is set. Sign in with it.";
    NOT_ME_PASSWORD_REFUSED =
        "Logto did not accept this password. Choose a longer one that is hard to guess.";
    NOTICE_FOOTER =
        "You get this email because it is about your account at {}. It never contains a code or a password.";
    ACT_FROM = "{} · {}";
    GOODBYE_TITLE = "Your account was deleted";
    GOODBYE_LEAD = "Your account and everything in it are gone, and you are signed out here.";
    GOODBYE_ACTIVITY_LEFT =
        "The list of your recent activity could not be deleted just now; it is deleted automatically when its entries expire.";
    GOODBYE_FIELDS_LEFT =
        "The details this page kept about you in its own database could not be deleted just now. Please ask the site's support to remove them.";
    GOODBYE_SESSIONS_LEFT =
        "Some of your other sessions of this page could not be ended just now. They can no longer reach your account and end by themselves.";
    AGO_NOW = "just now";
    #[count] AGO_MINUTES = "{} min ago";
    #[count] AGO_HOURS = "{} h ago";
    AGO_DAY = "1 day ago";
    #[count] AGO_DAYS = "{} days ago";
    CONTACT_REGION = "Country or region";
    CONTACT_REGION_NONE = "Other: type + and the country code";
    CONTACT_PHONE_HINT = "As you would dial it in that country, or with + and the country code.";
    PHONE_REGION_NEEDED = "Choose the country, or start the number with + and the country code.";

    // Password.
    PASSWORD_TITLE_CHANGE = "Change password";
    PASSWORD_TITLE_SET = "Set a password";
    PASSWORD_LEAD_SET =
        "Your account has no password yet. Add one to sign in with your email, phone or username and a password.";
    PASSWORD_CURRENT = "Current password";
    PASSWORD_NEW = "New password";
    PASSWORD_REPEAT = "Repeat new password";
    PASSWORD_SHOW = "Show passwords";
    PASSWORD_FORGOT = "Forgot your current password?";
    PASSWORD_SIGN_OUT_OTHERS = "Sign out my other sessions";
    PASSWORD_SIGN_OUT_OTHERS_HINT =
        "Every other browser and device signed in to your account has to sign in again.";
    #[button] PASSWORD_SUBMIT_CHANGE = "Change password";
    #[button] PASSWORD_SUBMIT_SET = "Set password";
    PASSWORD_SAVING = "Saving…";
    PASSWORD_CHANGED = "Your password was changed.";
    PASSWORD_WAS_SET = "Your password was set.";
    PASSWORD_OTHERS_ENDED = "Your other sessions, in this app and in Logto, were signed out.";
    PASSWORD_OTHERS_ENDED_APP_ONLY =
        "Your other sessions in this app were signed out. This Logto version cannot end its own sign-in sessions, so other apps stay signed in until their sessions expire.";
    PASSWORD_CURRENT_REQUIRED = "Enter your current password.";
    PASSWORD_WRONG = "That is not your current password.";
    PASSWORD_REQUIRED = "Enter a new password.";
    PASSWORD_MISMATCH = "The two new passwords are not the same.";
    PASSWORD_REJECTED = "This password can't be used. It must:";
    PASSWORD_RULES = "Your new password must";
    #[count] RULE_MIN_LENGTH = "one:be at least {} character long|other:be at least {} characters long";
    #[count] RULE_MAX_LENGTH = "one:be at most {} character long|other:be at most {} characters long";
    #[count] RULE_CHARACTER_TYPES =
        "mix at least {} of: lowercase letters, uppercase letters, digits, symbols";
    RULE_SUPPORTED = "use only letters a–z and A–Z, digits, spaces and common symbols";
    RULE_REPETITION = "not repeat a character 3 times in a row (like aaa)";
    RULE_SEQUENCE = "not contain a sequence (like abc, 123 or qwe)";
    RULE_USER_INFO = "not contain your name, username, email or phone number";
    RULE_WORDS = "not contain a word this service does not allow";
    RULE_PWNED = "not be in a list of leaked passwords";
    RULE_UNKNOWN = "meet a rule of this service ({})";
    BREACH_CHECK_UNAVAILABLE =
        "The check against leaked passwords is unavailable right now; the other rules were checked.";
    RULE_MET = "met";
    RULE_NOT_MET = "not met yet";

    // Not found.
    NOT_FOUND_TITLE = "Page not found";
    NOT_FOUND_TEXT = "There is nothing at this address.";
    #[button] NOT_FOUND_HOME = "Go to the home page";

    // Sign-in failed.
    SIGN_IN_FAILED_TITLE = "Sign-in failed";
    SIGNED_OUT_TITLE = "You were signed out";
    #[button] SIGN_IN_RETRY = "Try again";
    SIGN_IN_EXPIRED =
        "Your sign-in took too long, or was started in another browser or tab. Please try again.";
    SIGN_IN_STATE =
        "The answer from the sign-in service did not match the request this page sent, so it was refused to protect your account. Please try again.";
    SIGN_IN_DENIED = "Sign-in was cancelled or refused by the sign-in service.";
    SIGN_IN_EXCHANGE = "The sign-in service did not confirm your sign-in. Please try again.";
    SIGN_IN_ID_TOKEN =
        "We could not verify the identity the sign-in service returned, so it was refused to protect your account. Please try again.";
    SIGN_IN_UNAVAILABLE =
        "The sign-in service is unavailable right now. Please try again in a moment.";
    SIGN_IN_INCOMPLETE = "Sign-in did not complete. Please try again.";
    SIGN_IN_NOT_FRESH =
        "This sign-in needs your credentials, and the sign-in service did not ask for them. Please sign in again and enter them.";
    REAUTH_NEEDED =
        "For your security, please sign in again to confirm it's you. Your account has no email or phone to send a code to.";
    #[button] REAUTH_BUTTON = "Sign in again";

    // Apps with access to your account (Logto's grants).
    #[nav] NAV_APPS = "Apps";
    APPS_TITLE = "Apps with access";
    APPS_LEAD =
        "Apps you've let use your account. Taking an app's access away signs it out everywhere; it asks you again next time you use it.";
    APPS_FIRST_PARTY = "Apps of this service";
    APPS_FIRST_PARTY_LEAD = "Made by the people who run your account.";
    APPS_THIRD_PARTY = "Third-party apps";
    APPS_THIRD_PARTY_LEAD = "Made by others. They see only what you agreed to share.";
    APPS_NONE = "None.";
    APPS_SINCE = "Access since {}";
    APPS_THIS = "This page";
    #[button] APPS_REVOKE = "Remove access";
    APPS_REVOKED = "That app no longer has access to your account.";
    APPS_CONFIRM_FIRST = "To remove an app's access, confirm it's you first.";
    APPS_UNSUPPORTED =
        "This Logto server does not list the apps you've authorised (Logto 1.38 or newer does).";
    ACT_APP_REVOKED = "App access removed: {}";

    // Organisations.
    ORGS_TITLE = "Organisations";
    ORGS_LEAD =
        "The organisations you belong to and your roles there. Their administrators manage them.";
    ORGS_NONE = "You don't belong to any organisation.";
    ORGS_ROLES = "Roles: {}";
    ORGS_NO_ROLE = "Member, no role";

    // Personal access tokens.
    TOKENS_TITLE = "Personal access tokens";
    TOKENS_LEAD =
        "Let your own scripts and tools act as you. Treat each token like a password: whoever has it can use your account until it expires or you delete it.";
    TOKENS_SUMMARY = "For your own scripts and tools";
    TOKENS_NONE = "You have no personal access tokens.";
    #[button] TOKENS_NEW = "New token";
    TOKENS_NAME = "Name";
    TOKENS_NAME_HINT = "What it's for, so you recognise it later, e.g. \"Backup script\".";
    TOKENS_EXPIRY = "Expires";
    #[count] TOKENS_IN_DAYS = "one:In {} day|other:In {} days";
    TOKENS_NEVER = "Never";
    #[button] TOKENS_CREATE = "Create token";
    TOKENS_CREATED_TITLE = "Your new token";
    TOKENS_CREATED_LEAD =
        "Copy it now: it is shown only this once. If you lose it, delete it and create another.";
    #[button] TOKENS_COPY = "Copy";
    #[button] TOKENS_COPIED = "Copied";
    #[button] TOKENS_DOWNLOAD = "Download as a file";
    TOKENS_CREATED_AT = "Created {}";
    TOKENS_EXPIRES_AT = "Expires {}";
    TOKENS_NEVER_EXPIRES = "Never expires";
    TOKENS_EXPIRED = "Expired";
    #[button] TOKENS_DELETE = "Delete";
    TOKENS_DELETED = "The token was deleted. Whatever used it can no longer act as you.";
    TOKENS_CONFIRM_FIRST = "To create or delete tokens, confirm it's you first.";
    TOKENS_NAME_INVALID = "Give the token a name of 1 to 64 characters.";
    TOKENS_NAME_TAKEN = "You already have a token with this name.";
    TOKENS_EXPIRY_INVALID = "Choose when the token expires.";
    TOKENS_LIMIT = "You have 20 tokens, the most allowed. Delete one you no longer use first.";
    ACT_TOKEN_CREATED = "Personal access token created: {}";
    ACT_TOKEN_DELETED = "Personal access token deleted: {}";

    // Profile photo.
    PHOTO_TITLE = "Profile photo";
    #[browser] #[button] PHOTO_CHANGE = "Change photo";
    PHOTO_BACK = "Back to your profile";
    PHOTO_CURRENT_ALT = "Your profile photo";
    PHOTO_NONE = "No photo yet";
    #[button] PHOTO_CHOOSE = "Choose a photo";
    PHOTO_HINT =
        "JPEG, PNG, WebP or GIF, up to 10 MB. It is cropped to a square (from the centre, unless you frame it); its location and camera details are removed.";
    #[button] PHOTO_UPLOAD = "Upload photo";
    #[button] PHOTO_REMOVE = "Remove photo";
    PHOTO_SAVED = "Your new photo is saved.";
    PHOTO_REMOVED = "Your photo was removed.";
    PHOTO_NONE_CHOSEN = "Choose a photo to upload.";
    PHOTO_CROP_INVALID = "That framing could not be used: choose the photo again.";
    PHOTO_FRAME = "Drag to frame your photo, or use the arrow keys.";
    PHOTO_ZOOM = "Zoom";
    PHOTO_PREVIEW_ALT = "Your new photo, as it will be cropped";
    PHOTO_EMPTY = "That file is empty. Choose a photo.";
    PHOTO_TOO_LARGE = "That file is larger than 10 MB. Choose a smaller photo.";
    PHOTO_NOT_IMAGE = "That file is not an image. Choose a JPEG, PNG, WebP or GIF photo.";
    PHOTO_UNSUPPORTED =
        "That image format is not supported. Choose a JPEG, PNG, WebP or GIF photo.";
    PHOTO_TOO_MANY_PIXELS =
        "That image is too large (more than 6000 pixels on a side). Choose a smaller one.";
    PHOTO_DAMAGED = "That image could not be read; it may be damaged. Choose another photo.";
    ACT_PHOTO_CHANGED = "Profile photo changed";
    ACT_PHOTO_REMOVED = "Profile photo removed";
}
