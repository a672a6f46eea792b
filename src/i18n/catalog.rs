//! The string catalog: every message the interface shows, English and German side by side.
//! New features add their entries here (and to `ALL`, which a test checks for completeness).

use super::Text;

macro_rules! catalog {
    ($($name:ident = ($en:expr, $de:expr);)*) => {
        $(pub const $name: Text = Text::new($en, $de);)*
        /// Every entry with its name, for the completeness test.
        #[cfg(test)]
        pub const ALL: &[(&str, Text)] = &[$((stringify!($name), $name)),*];
    };
}

catalog! {
    // The page frame.
    SITE_NAME = ("Profile", "Profil");
    TITLE_SUFFIX = ("Logto profile", "Logto-Profil");
    SKIP_TO_CONTENT = ("Skip to content", "Zum Inhalt springen");
    NAV_PROFILE = ("Profile", "Profil");
    NAV_PASSWORD = ("Password", "Passwort");
    NAV_SECURITY = ("Security", "Sicherheit");
    NAV_DATA = ("Data", "Daten");
    SIGN_IN = ("Sign in", "Anmelden");
    SIGN_OUT = ("Sign out", "Abmelden");
    YOUR_ACCOUNT = ("Your account", "Ihr Konto");
    LANGUAGE = ("Language", "Sprache");
    // The switcher names each language in itself, whatever the interface language.
    LANGUAGE_ENGLISH = ("English", "English");
    LANGUAGE_GERMAN = ("Deutsch", "Deutsch");

    // Home.
    HOME_TITLE = ("Welcome", "Willkommen");
    HOME_HEADLINE = ("Your account, in your hands", "Ihr Konto in Ihrer Hand");
    HOME_LEAD = (
        "Update your name, username and photo, change your password and keep your email and phone up to date: the account you use to sign in with Logto, managed in one place.",
        "Ändern Sie Namen, Benutzernamen und Foto, Ihr Passwort und halten Sie E-Mail und Telefon aktuell: das Konto, mit dem Sie sich über Logto anmelden, an einem Ort verwaltet."
    );
    STATUS_TITLE = ("Service status", "Dienststatus");
    STATUS_CHECK_AGAIN = ("Check again", "Erneut prüfen");
    STATUS_EMULATOR = ("the embedded Logto emulator", "dem eingebetteten Logto-Emulator");
    STATUS_LOGTO = ("Logto", "Logto");
    STATUS_EMULATOR_SUBJECT = ("The embedded Logto emulator", "Der eingebettete Logto-Emulator");
    STATUS_CONNECTED = ("Connected to {} ({} ms).", "Verbunden mit {} ({} ms).");
    STATUS_UNREACHABLE = (
        "{} is not answering. Sign-in and saving are unavailable.",
        "{} antwortet nicht. Anmelden und Speichern sind nicht möglich."
    );
    STATUS_UPTIME = ("Up for {}", "Läuft seit {}");
    DURATION_SECONDS = ("{} s", "{} s");
    DURATION_MINUTES = ("{} min", "{} min");
    DURATION_HOURS = ("{} h {} min", "{} h {} min");
    DURATION_DAYS = ("{} d {} h", "{} T {} h");

    // Profile page.
    PROFILE_TITLE = ("Your profile", "Ihr Profil");
    PROFILE_LOADING = ("Loading your profile…", "Ihr Profil wird geladen…");
    PROFILE_CHECKING = ("Checking Logto for changes…", "Logto wird auf Änderungen geprüft…");
    PROFILE_STALE = (
        "Could not load the latest values from Logto ({}). You can still edit and save.",
        "Die neuesten Werte konnten nicht von Logto geladen werden ({}). Sie können trotzdem bearbeiten und speichern."
    );
    PROFILE_SAVED = ("Your profile was saved.", "Ihr Profil wurde gespeichert.");
    PROFILE_KEPT = ("Your changes are still in the form.", "Ihre Änderungen sind noch im Formular.");
    PROFILE_SAVE = ("Save changes", "Änderungen speichern");
    PROFILE_SAVING = ("Saving…", "Wird gespeichert…");
    PROFILE_UNSAVED = ("You have unsaved changes.", "Sie haben ungespeicherte Änderungen.");
    SECTION_BASIC = ("Basic information", "Grunddaten");
    SECTION_PERSONAL = ("Personal details", "Persönliche Angaben");
    SECTION_ADDRESS = ("Address", "Adresse");
    SECTION_SIGN_IN = ("Sign-in details", "Anmeldedaten");
    FACT_EMAIL = ("Email", "E-Mail");
    FACT_PHONE = ("Phone", "Telefon");
    FACT_CREATED = ("Account created", "Konto erstellt");
    FACT_LAST_SIGN_IN = ("Last sign-in", "Letzte Anmeldung");
    NOT_SET = ("Not set", "Nicht festgelegt");

    // Profile fields.
    FIELD_NAME = ("Full name", "Vollständiger Name");
    FIELD_USERNAME = ("Username", "Benutzername");
    FIELD_AVATAR = ("Avatar URL", "Profilbild-URL");
    FIELD_GIVEN_NAME = ("Given name", "Vorname");
    FIELD_MIDDLE_NAME = ("Middle name", "Zweiter Vorname");
    FIELD_FAMILY_NAME = ("Family name", "Nachname");
    FIELD_NICKNAME = ("Nickname", "Spitzname");
    FIELD_WEBSITE = ("Website", "Website");
    FIELD_GENDER = ("Gender", "Geschlecht");
    FIELD_BIRTHDATE = ("Birthdate", "Geburtsdatum");
    FIELD_ZONEINFO = ("Time zone", "Zeitzone");
    FIELD_LOCALE = ("Language and region", "Sprache und Region");
    FIELD_STREET = ("Street address", "Straße und Hausnummer");
    FIELD_LOCALITY = ("City", "Ort");
    FIELD_REGION = ("State or region", "Bundesland oder Region");
    FIELD_POSTAL_CODE = ("Postal code", "Postleitzahl");
    FIELD_COUNTRY = ("Country", "Land");

    // Validation (the same in the browser and on the server).
    INVALID_USERNAME_EMPTY = ("Enter a username.", "Geben Sie einen Benutzernamen ein.");
    INVALID_MAX_128 = ("Use at most 128 characters.", "Verwenden Sie höchstens 128 Zeichen.");
    INVALID_MAX_256 = ("Use at most 256 characters.", "Verwenden Sie höchstens 256 Zeichen.");
    INVALID_USERNAME_START = (
        "Start with a letter or an underscore.",
        "Beginnen Sie mit einem Buchstaben oder einem Unterstrich."
    );
    INVALID_USERNAME_CHARS = (
        "Use only letters (a–z), digits and underscores, without spaces.",
        "Verwenden Sie nur Buchstaben (a–z), Ziffern und Unterstriche, ohne Leerzeichen."
    );
    INVALID_SINGLE_LINE = (
        "Remove the line breaks and control characters.",
        "Entfernen Sie Zeilenumbrüche und Steuerzeichen."
    );
    INVALID_URL_LONG = ("This address is too long.", "Diese Adresse ist zu lang.");
    INVALID_URL_SCHEME = (
        "Use an address that starts with https:// (or http://).",
        "Verwenden Sie eine Adresse, die mit https:// (oder http://) beginnt."
    );
    INVALID_URL = ("This is not a valid web address.", "Das ist keine gültige Webadresse.");
    INVALID_DATE = ("Use a date like 1990-04-23.", "Verwenden Sie ein Datum wie 1990-04-23.");
    INVALID_DAY = ("That day does not exist in that month.", "Diesen Tag gibt es in diesem Monat nicht.");
    INVALID_YEAR = ("Use a year between 1900 and 2100.", "Verwenden Sie ein Jahr zwischen 1900 und 2100.");
    INVALID_ZONE = ("Choose a time zone from the list.", "Wählen Sie eine Zeitzone aus der Liste.");
    INVALID_LOCALE = (
        "Choose a language from the list (for example en-US).",
        "Wählen Sie eine Sprache aus der Liste (zum Beispiel de-DE)."
    );
    PARTLY_SAVED = (
        "Only part of your changes was saved: {} saved; {} not saved ({}). Please try again.",
        "Nur ein Teil Ihrer Änderungen wurde gespeichert: {} gespeichert; {} nicht gespeichert ({}). Bitte versuchen Sie es erneut."
    );
    // Declared fields (profile-fields.toml): checks, the masked sensitive values, conflicts.
    CUSTOM_REQUIRED = ("Fill this in.", "Bitte füllen Sie dieses Feld aus.");
    CUSTOM_TOO_SHORT = ("Use at least {} characters.", "Verwenden Sie mindestens {} Zeichen.");
    CUSTOM_TOO_LONG = ("Use at most {} characters.", "Verwenden Sie höchstens {} Zeichen.");
    CUSTOM_CONTROL = ("Remove the control characters.", "Entfernen Sie die Steuerzeichen.");
    CUSTOM_NOT_NUMBER = ("Enter a number, like 42 or 3.5.", "Geben Sie eine Zahl ein, etwa 42 oder 3,5.");
    CUSTOM_TOO_SMALL = ("Enter {} or more.", "Geben Sie {} oder mehr ein.");
    CUSTOM_TOO_LARGE = ("Enter {} or less.", "Geben Sie {} oder weniger ein.");
    CUSTOM_TOO_EARLY = ("Choose {} or later.", "Wählen Sie {} oder später.");
    CUSTOM_TOO_LATE = ("Choose {} or earlier.", "Wählen Sie {} oder früher.");
    CUSTOM_NOT_PHONE = (
        "Enter a phone number: digits, spaces and + ( ) - only.",
        "Geben Sie eine Telefonnummer ein: nur Ziffern, Leerzeichen und + ( ) -."
    );
    CUSTOM_NOT_CHOICE = ("Choose from the list.", "Wählen Sie aus der Liste.");
    CUSTOM_PATTERN = ("Use the expected format.", "Verwenden Sie das erwartete Format.");
    CUSTOM_READ_ONLY = ("This field cannot be changed here.", "Dieses Feld kann hier nicht geändert werden.");
    CUSTOM_CHOOSE = ("Choose…", "Auswählen…");
    CUSTOM_YES = ("Yes", "Ja");
    CUSTOM_NO = ("No", "Nein");
    CUSTOM_SAVED_AS = ("Saved: {}", "Gespeichert: {}");
    CUSTOM_REPLACE = ("Type a new value to replace it.", "Geben Sie einen neuen Wert ein, um ihn zu ersetzen.");
    CUSTOM_REMOVE = ("Remove the saved value", "Gespeicherten Wert entfernen");
    CUSTOM_CHANGED = (
        "Changed elsewhere since this page was opened: it is now “{}”. Save again to replace it.",
        "Inzwischen anderswo geändert: jetzt „{}“. Speichern Sie erneut, um es zu ersetzen."
    );
    CUSTOM_CHANGED_HIDDEN = (
        "Changed elsewhere since this page was opened. Save again to replace it.",
        "Inzwischen anderswo geändert. Speichern Sie erneut, um es zu ersetzen."
    );
    CUSTOM_CHANGED_ELSEWHERE = (
        "Some fields were changed elsewhere since this page was opened; nothing was saved. Your changes are still in the form.",
        "Einige Felder wurden inzwischen anderswo geändert; nichts wurde gespeichert. Ihre Änderungen sind noch im Formular."
    );
    PROFILE_DRAFT_BACK = (
        "You're confirmed. Your changes are back in the form: save them now.",
        "Sie sind bestätigt. Ihre Änderungen stehen wieder im Formular: Speichern Sie sie jetzt."
    );
    USERNAME_TAKEN = ("That username is taken.", "Dieser Benutzername ist vergeben.");
    VALUE_TOO_LONG = ("One of the values is too long.", "Einer der Werte ist zu lang.");
    LOGTO_REFUSED_VALUE = (
        "Logto refused one of the values. Please check the form.",
        "Logto hat einen der Werte abgelehnt. Bitte prüfen Sie das Formular."
    );
    REQUEST_TOO_LARGE = (
        "This request is too large. Please shorten what you entered.",
        "Diese Anfrage ist zu groß. Bitte kürzen Sie Ihre Eingaben."
    );
    FORM_UNREADABLE = (
        "The form could not be read. Please reload the page and try again.",
        "Das Formular konnte nicht gelesen werden. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal."
    );

    // Errors any request may meet.
    ERROR_SESSION_ENDED = (
        "Your session has ended. Please sign in again.",
        "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an."
    );
    ERROR_FORBIDDEN = ("This request was refused.", "Diese Anfrage wurde abgelehnt.");
    ERROR_NOT_FOUND = ("That was not found.", "Das wurde nicht gefunden.");
    ERROR_RATE_LIMITED = (
        "Too many attempts. Please wait {} and try again.",
        "Zu viele Versuche. Bitte warten Sie {} und versuchen Sie es dann erneut."
    );
    WAIT_SECONDS = ("{} seconds", "{} Sekunden");
    WAIT_MINUTES = ("{} minutes", "{} Minuten");
    WAIT_HOURS = ("{} hours", "{} Stunden");
    ERROR_SUSPENDED = (
        "Your account has been suspended, so you were signed out here. Please contact the people who run this service.",
        "Ihr Konto wurde gesperrt, deshalb wurden Sie hier abgemeldet. Bitte wenden Sie sich an die Betreiber dieses Dienstes."
    );
    ERROR_PROOF_NEEDED = (
        "For your security, please confirm it's you first.",
        "Bitte bestätigen Sie zu Ihrer Sicherheit zuerst, dass Sie es sind."
    );
    ERROR_BAD_GATEWAY = (
        "Logto answered with an error. Nothing was changed; please try again.",
        "Logto hat mit einem Fehler geantwortet. Es wurde nichts geändert; bitte versuchen Sie es erneut."
    );
    ERROR_UNAVAILABLE = (
        "Logto is unavailable right now. Nothing was changed; please try again in a moment.",
        "Logto ist gerade nicht erreichbar. Es wurde nichts geändert; bitte versuchen Sie es gleich noch einmal."
    );
    ERROR_TIMEOUT = (
        "Logto took too long to answer. Nothing was changed; please try again.",
        "Logto hat zu lange nicht geantwortet. Es wurde nichts geändert; bitte versuchen Sie es erneut."
    );
    ERROR_NETWORK = (
        "Could not reach the server. Check your connection and try again.",
        "Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut."
    );
    ERROR_INTERNAL = (
        "Something went wrong on our side. Please try again.",
        "Bei uns ist etwas schiefgegangen. Bitte versuchen Sie es erneut."
    );

    // Confirm it's you (re-verification).
    CONFIRM_TITLE = ("Confirm it's you", "Bestätigen Sie, dass Sie es sind");
    CONFIRM_LEAD = (
        "For your security, this step needs a fresh confirmation. It stays valid for 10 minutes.",
        "Zu Ihrer Sicherheit braucht dieser Schritt eine neue Bestätigung. Sie bleibt 10 Minuten gültig."
    );
    CONFIRM_BY_PASSWORD = ("With your password", "Mit Ihrem Passwort");
    CONFIRM_BY_CODE = ("With a code", "Mit einem Code");
    CONFIRM_CONTINUE = ("Continue", "Weiter");
    CONFIRM_CANCEL = ("Cancel", "Abbrechen");
    CONFIRMED = (
        "Thanks, you're confirmed for the next 10 minutes.",
        "Danke, Sie sind für die nächsten 10 Minuten bestätigt."
    );
    CODE_SEND = ("Send code", "Code senden");
    CODE_TO_EMAIL = ("Email to {}", "E-Mail an {}");
    CODE_TO_PHONE = ("Text message to {}", "SMS an {}");
    CODE_SENT = ("We sent a 6-digit code to {}.", "Wir haben einen 6-stelligen Code an {} gesendet.");
    CODE_LABEL = ("6-digit code", "6-stelliger Code");
    CODE_RESEND = ("Send a new code", "Neuen Code senden");
    CODE_RESEND_IN = ("You can ask for a new code in {} s.", "Einen neuen Code können Sie in {} s anfordern.");
    CODE_FORMAT = ("Enter the 6 digits from the message.", "Geben Sie die 6 Ziffern aus der Nachricht ein.");
    CODE_MISMATCH = ("That code is not right. Check it and try again.", "Dieser Code stimmt nicht. Prüfen Sie ihn und versuchen Sie es erneut.");
    CODE_EXPIRED = ("That code has expired. Ask for a new one.", "Dieser Code ist abgelaufen. Fordern Sie einen neuen an.");
    CODE_TOO_MANY_TRIES = (
        "Too many wrong tries for this code. Ask for a new one.",
        "Zu viele falsche Versuche für diesen Code. Fordern Sie einen neuen an."
    );
    CODE_NOT_FOUND = (
        "There is no code waiting for this address. Ask for a new one.",
        "Für diese Adresse wartet kein Code. Fordern Sie einen neuen an."
    );
    CODE_SEND_LIMITED = (
        "Too many codes were sent to this address. Please wait up to 10 minutes and try again.",
        "An diese Adresse wurden zu viele Codes gesendet. Bitte warten Sie bis zu 10 Minuten und versuchen Sie es erneut."
    );
    CODE_NO_EMAIL_CONNECTOR = (
        "Codes by email aren't set up for this service.",
        "Codes per E-Mail sind für diesen Dienst nicht eingerichtet."
    );
    CODE_NO_SMS_CONNECTOR = (
        "Codes by text message aren't set up for this service.",
        "Codes per SMS sind für diesen Dienst nicht eingerichtet."
    );
    CODE_NO_ADDRESS = (
        "Your account has no email address or phone number to send a code to. Sign out, sign in again and come back within 10 minutes, or ask the service's administrator for help.",
        "Ihr Konto hat keine E-Mail-Adresse und keine Telefonnummer für einen Code. Melden Sie sich ab und wieder an und kommen Sie innerhalb von 10 Minuten zurück, oder wenden Sie sich an den Administrator des Dienstes."
    );
    CODE_MAILBOX = (
        "Open the development mailbox (the embedded Logto emulator's)",
        "Entwicklungs-Postfach öffnen (das des eingebetteten Logto-Emulators)"
    );
    CODE_CHOOSE = ("Where should we send the code?", "Wohin sollen wir den Code senden?");

    // Email and phone.
    INVALID_EMAIL = ("Enter an email address like name@example.com.", "Geben Sie eine E-Mail-Adresse wie name@example.com ein.");
    INVALID_PHONE = (
        "This is not a valid phone number. Check the number and the country chosen.",
        "Das ist keine gültige Telefonnummer. Prüfen Sie die Nummer und das gewählte Land."
    );
    CONTACT_EMAIL_TITLE = ("Email address", "E-Mail-Adresse");
    CONTACT_PHONE_TITLE = ("Phone number", "Telefonnummer");
    CONTACT_CURRENT = ("Current: {}", "Aktuell: {}");
    CONTACT_NONE = ("None yet.", "Noch keine.");
    CONTACT_NEW_EMAIL = ("New email address", "Neue E-Mail-Adresse");
    CONTACT_NEW_PHONE = ("New phone number", "Neue Telefonnummer");
    CONTACT_LEAD = (
        "We send a code to the new address; it is saved once you enter that code.",
        "Wir senden einen Code an die neue Adresse; sie wird gespeichert, sobald Sie diesen Code eingeben."
    );
    CONTACT_SAME = ("That is already your address.", "Das ist bereits Ihre Adresse.");
    CONTACT_SAVE = ("Verify and save", "Bestätigen und speichern");
    CONTACT_OTHER = ("Use another address", "Andere Adresse verwenden");
    CONTACT_REMOVE = ("Remove", "Entfernen");
    CONTACT_EMAIL_CHANGED = ("Your email address was saved.", "Ihre E-Mail-Adresse wurde gespeichert.");
    CONTACT_PHONE_CHANGED = ("Your phone number was saved.", "Ihre Telefonnummer wurde gespeichert.");
    CONTACT_REMOVED = ("Removed.", "Entfernt.");
    CONTACT_EMAIL_TAKEN = ("That email address is already used by another account.", "Diese E-Mail-Adresse wird bereits von einem anderen Konto verwendet.");
    CONTACT_PHONE_TAKEN = ("That phone number is already used by another account.", "Diese Telefonnummer wird bereits von einem anderen Konto verwendet.");
    CONTACT_LAST_WAY = (
        "This is your only way to sign in: add another email or phone, a username, or a linked account first.",
        "Das ist Ihre einzige Möglichkeit, sich anzumelden: Fügen Sie zuerst eine andere E-Mail-Adresse oder Telefonnummer, einen Benutzernamen oder ein verknüpftes Konto hinzu."
    );
    CONTACT_NO_PENDING = (
        "There is no change waiting for a code here. Start again with the new address.",
        "Hier wartet keine Änderung auf einen Code. Beginnen Sie erneut mit der neuen Adresse."
    );
    CONTACT_CHANGE_EMAIL = ("Change email address", "E-Mail-Adresse ändern");
    CONTACT_CHANGE_PHONE = ("Change phone number", "Telefonnummer ändern");
    // The security page: how you sign in, where you're signed in.
    SECURITY_TITLE = ("Security", "Sicherheit");
    SECURITY_METHODS = ("How you sign in", "Wie Sie sich anmelden");
    SECURITY_PASSWORD_SET = ("Set", "Festgelegt");
    SECURITY_PASSWORD_NONE = ("Not set", "Nicht festgelegt");
    SECURITY_CHANGE = ("Change", "Ändern");
    SECURITY_ADD = ("Add", "Hinzufügen");
    APP_SESSIONS_TITLE = ("On this page", "Auf dieser Seite");
    SESSIONS_REVIEW = ("Review where you're signed in", "Prüfen, wo Sie angemeldet sind");
    SESSION_STALE = (
        "Signed in over 30 days ago: sign it out if you don't use it.",
        "Vor über 30 Tagen angemeldet: melden Sie es ab, wenn Sie es nicht nutzen."
    );
    CHECKUP_TITLE = ("Security check-up", "Sicherheits-Check");
    CHECKUP_SCORE = ("{} of {} done", "{} von {} erledigt");
    CHECKUP_ALL_GOOD = (
        "Everything that protects your account is in place.",
        "Alles, was Ihr Konto schützt, ist eingerichtet."
    );
    CHECKUP_TO_DO = (
        "A few steps make your account harder to take over.",
        "Ein paar Schritte machen Ihr Konto schwerer angreifbar."
    );
    CHECK_GOOD = ("Done", "Erledigt");
    CHECK_FIX = ("To do", "Zu tun");
    CHECK_INFO = ("Worth a look", "Einen Blick wert");
    CHECK_ON = ("On: {}", "An: {}");
    CHECK_TWO_STEP_OFF = (
        "Off: your password alone lets anyone in.",
        "Aus: Ihr Passwort allein lässt jeden hinein."
    );
    CHECK_TURN_ON = ("Turn on", "Einschalten");
    CHECK_CODES_LEFT = ("{} unused", "{} unbenutzt");
    CHECK_CODES_LOW = (
        "Only {} unused: make a new set before they run out.",
        "Nur noch {} unbenutzt: erstellen Sie neue, bevor sie ausgehen."
    );
    CHECK_CODES_NONE = (
        "None: without your second step you would be locked out.",
        "Keine: ohne Ihren zweiten Schritt wären Sie ausgesperrt."
    );
    CHECK_CODES_LATER = ("They come with two-step verification.", "Sie gehören zur Zwei-Schritt-Verifizierung.");
    CHECK_MAKE_CODES = ("Make backup codes", "Backup-Codes erstellen");
    CHECK_SET_UP = ("Set up", "Einrichten");
    CHECK_RECOVERY = ("Recovery email or phone", "E-Mail oder Telefon zur Wiederherstellung");
    CHECK_RECOVERY_NONE = (
        "None: you could not get back in with a code.",
        "Keine: Sie kämen nicht mit einem Code zurück ins Konto."
    );
    CHECK_ADD_EMAIL = ("Add an email", "E-Mail hinzufügen");
    CHECK_PASSWORD_CHANGED = ("Changed {}", "Geändert {}");
    CHECK_PASSWORD_UNKNOWN = ("Set; no change in this page's activity log", "Festgelegt; keine Änderung im Aktivitätsprotokoll dieser Seite");
    CHECK_PASSWORD_NONE = ("You sign in without a password.", "Sie melden sich ohne Passwort an.");
    CHECK_SESSIONS = ("Sessions", "Sitzungen");
    CHECK_SESSIONS_ONLY = ("Only this browser is signed in here.", "Nur dieser Browser ist hier angemeldet.");
    CHECK_SESSIONS_OTHERS = ("Other browsers signed in here: {}", "Weitere hier angemeldete Browser: {}");
    CHECK_REVIEW = ("Review", "Prüfen");
    CHECK_LINKED_NONE = ("None", "Keine");
    SESSIONS_TITLE = ("Where you're signed in", "Wo Sie angemeldet sind");
    SESSIONS_LEAD = (
        "The browsers and devices signed in to this page. Sign out any you don't recognise, then change your password.",
        "Die Browser und Geräte, die auf dieser Seite angemeldet sind. Melden Sie unbekannte ab und ändern Sie dann Ihr Passwort."
    );
    SESSION_THIS = ("This browser", "Dieser Browser");
    SESSION_DEVICE = ("{} on {}", "{} auf {}");
    SESSION_UNKNOWN_DEVICE = ("Unknown browser", "Unbekannter Browser");
    SESSION_IP = ("IP address {}", "IP-Adresse {}");
    SESSION_SIGNED_IN = ("Signed in {}", "Angemeldet {}");
    SESSION_ACTIVE = ("active {}", "aktiv {}");
    SESSIONS_END_OTHERS = ("Sign out all other sessions", "Alle anderen Sitzungen abmelden");
    SESSIONS_CONFIRM_FIRST = (
        "To sign a session out, confirm it's you first.",
        "Um eine Sitzung abzumelden, bestätigen Sie zuerst, dass Sie es sind."
    );
    SESSION_ENDED = ("That session was signed out.", "Diese Sitzung wurde abgemeldet.");
    SESSIONS_OTHERS_ENDED = ("Your other sessions were signed out.", "Ihre anderen Sitzungen wurden abgemeldet.");
    LOGTO_SESSIONS_TITLE = ("Signed in at Logto", "Bei Logto angemeldet");
    LOGTO_SESSIONS_LEAD = (
        "Logto remembers these sign-ins, so apps that use it can sign you in without asking again. Signing one out also ends the access of the apps signed in through it.",
        "Logto merkt sich diese Anmeldungen, damit Apps, die es nutzen, Sie ohne erneute Nachfrage anmelden können. Wenn Sie eine abmelden, endet auch der Zugriff der Apps, die darüber angemeldet sind."
    );
    LOGTO_SESSIONS_UNSUPPORTED = (
        "This Logto server does not list its sessions; only this page's sessions are shown above.",
        "Dieser Logto-Server listet seine Sitzungen nicht auf; oben stehen nur die Sitzungen dieser Seite."
    );
    LOGTO_SESSION_APPS = ("Apps signed in through it: {}", "Darüber angemeldete Apps: {}");
    LOGTO_SESSION_ENDED = ("That Logto sign-in was ended.", "Diese Logto-Anmeldung wurde beendet.");
    LINKED_TITLE = ("Linked accounts", "Verknüpfte Konten");
    LINKED_LEAD = (
        "Accounts at other services you can sign in with.",
        "Konten bei anderen Diensten, mit denen Sie sich anmelden können."
    );
    LINKED_NONE = ("No linked accounts.", "Keine verknüpften Konten.");
    LINKED_UNLINK = ("Unlink", "Trennen");
    LINKED_CONFIRM_FIRST = (
        "To unlink an account, confirm it's you first.",
        "Um ein Konto zu trennen, bestätigen Sie zuerst, dass Sie es sind."
    );
    LINKED_UNLINKED = ("The account was unlinked.", "Das Konto wurde getrennt.");
    LINKED_LAST_WAY = (
        "This is your only way to sign in: add an email address or phone number first.",
        "Dies ist Ihre einzige Möglichkeit, sich anzumelden: Fügen Sie zuerst eine E-Mail-Adresse oder Telefonnummer hinzu."
    );
    // Two-step verification.
    TWO_STEP_TITLE = ("Two-step verification", "Zwei-Schritt-Verifizierung");
    TWO_STEP_LEAD = (
        "A second step after your password when you sign in: a code from an authenticator app, a passkey, or a backup code.",
        "Ein zweiter Schritt nach dem Passwort bei der Anmeldung: ein Code aus einer Authenticator-App, ein Passkey oder ein Backup-Code."
    );
    TWO_STEP_SUMMARY = ("Authenticator app, backup codes, passkeys", "Authenticator-App, Backup-Codes, Passkeys");
    TWO_STEP_MANAGE = ("Manage", "Verwalten");
    TWO_STEP_NONE = ("No second step yet.", "Noch kein zweiter Schritt.");
    TWO_STEP_CONFIRM_FIRST = (
        "To change your second steps, confirm it's you first.",
        "Um Ihre zweiten Schritte zu ändern, bestätigen Sie zuerst, dass Sie es sind."
    );
    FACTOR_TOTP = ("Authenticator app", "Authenticator-App");
    FACTOR_BACKUP = ("Backup codes", "Backup-Codes");
    FACTOR_PASSKEY = ("Passkey", "Passkey");
    FACTOR_ADDED = ("Added {}", "Hinzugefügt am {}");
    FACTOR_CODES_LEFT = ("{} unused", "{} unbenutzt");
    FACTOR_REMOVED = ("The second step was removed.", "Der zweite Schritt wurde entfernt.");
    TOTP_ADD = ("Add an authenticator app", "Authenticator-App hinzufügen");
    TOTP_TITLE = ("Set up your authenticator app", "Authenticator-App einrichten");
    TOTP_SCAN = (
        "Scan this code with your authenticator app, or type the key below into it.",
        "Scannen Sie diesen Code mit Ihrer Authenticator-App oder geben Sie den Schlüssel unten ein."
    );
    TOTP_QR = ("QR code for your authenticator app", "QR-Code für Ihre Authenticator-App");
    TOTP_KEY = ("Key", "Schlüssel");
    TOTP_CODE_LEAD = ("Then enter the 6-digit code the app shows.", "Geben Sie dann den 6-stelligen Code ein, den die App anzeigt.");
    TOTP_TURN_ON = ("Turn on", "Einschalten");
    TOTP_CANCEL = ("Cancel", "Abbrechen");
    TOTP_ON = ("Your authenticator app is set up.", "Ihre Authenticator-App ist eingerichtet.");
    TOTP_REPLACE = ("Replace", "Ersetzen");
    AT_SIGN_IN_TITLE = ("When you sign in", "Bei der Anmeldung");
    AT_SIGN_IN_NOT_ASKED = (
        "Signing in to this service does not ask for a second step yet. Your second steps are kept for when it does.",
        "Die Anmeldung bei diesem Dienst fragt noch nach keinem zweiten Schritt. Ihre zweiten Schritte bleiben dafür erhalten."
    );
    AT_SIGN_IN_NOTHING = (
        "Once you add an authenticator app or a passkey, signing in asks for it.",
        "Sobald Sie eine Authenticator-App oder einen Passkey hinzufügen, fragt die Anmeldung danach."
    );
    AT_SIGN_IN_ALWAYS = (
        "This service asks for your second step every time you sign in.",
        "Dieser Dienst fragt bei jeder Anmeldung nach Ihrem zweiten Schritt."
    );
    AT_SIGN_IN_BY_RISK = (
        "This service asks for your second step when a sign-in looks unusual.",
        "Dieser Dienst fragt nach Ihrem zweiten Schritt, wenn eine Anmeldung ungewöhnlich wirkt."
    );
    AT_SIGN_IN_ON = ("You are asked for a second step every time you sign in.", "Sie werden bei jeder Anmeldung nach einem zweiten Schritt gefragt.");
    AT_SIGN_IN_OFF = (
        "You are not asked for a second step when you sign in: your password alone lets anyone in.",
        "Sie werden bei der Anmeldung nicht nach einem zweiten Schritt gefragt: Ihr Passwort allein lässt jeden hinein."
    );
    AT_SIGN_IN_TURN_ON = ("Ask at every sign-in", "Bei jeder Anmeldung fragen");
    AT_SIGN_IN_TURN_OFF = ("Stop asking at sign-in", "Bei der Anmeldung nicht mehr fragen");
    AT_SIGN_IN_ASKED = ("You will be asked for a second step when you sign in.", "Sie werden bei der Anmeldung nach einem zweiten Schritt gefragt.");
    AT_SIGN_IN_STOPPED = ("You will no longer be asked for a second step when you sign in.", "Sie werden bei der Anmeldung nicht mehr nach einem zweiten Schritt gefragt.");
    AT_SIGN_IN_FIXED = (
        "This service's sign-in settings decide this, not you.",
        "Das entscheiden die Anmeldeeinstellungen dieses Dienstes, nicht Sie."
    );
    TOTP_REPLACING = (
        "Your current authenticator app keeps working until this one's first code is confirmed.",
        "Ihre bisherige Authenticator-App gilt weiter, bis der erste Code dieser bestätigt ist."
    );
    TOTP_REPLACED = (
        "Your new authenticator app is set up; the old one's codes no longer work.",
        "Ihre neue Authenticator-App ist eingerichtet; die Codes der alten gelten nicht mehr."
    );
    TOTP_CANCELLED = ("The authenticator app was not added.", "Die Authenticator-App wurde nicht hinzugefügt.");
    TOTP_UNFINISHED = ("Setting up an authenticator app was not finished.", "Die Einrichtung einer Authenticator-App wurde nicht abgeschlossen.");
    TOTP_FINISH = ("Finish setting up", "Einrichtung abschließen");
    TOTP_ALREADY = (
        "You already have an authenticator app. Remove it first to add another.",
        "Sie haben bereits eine Authenticator-App. Entfernen Sie sie zuerst, um eine andere hinzuzufügen."
    );
    TOTP_NOTHING = ("No authenticator app is being set up.", "Es wird gerade keine Authenticator-App eingerichtet.");
    PASSKEY_ADD_TITLE = ("Add a passkey", "Passkey hinzufügen");
    PASSKEY_ADD_LEAD = (
        "Use your fingerprint, face or screen lock as your second step. Your device keeps the passkey; it never leaves it.",
        "Nutzen Sie Fingerabdruck, Gesicht oder Bildschirmsperre als zweiten Schritt. Ihr Gerät bewahrt den Passkey auf; er verlässt es nie."
    );
    PASSKEY_PASSWORD_HINT = ("Logto asks for your password once more before a passkey is added.", "Logto fragt noch einmal nach Ihrem Passwort, bevor ein Passkey hinzugefügt wird.");
    PASSKEY_NAME = ("Name it (optional)", "Name (optional)");
    PASSKEY_NAME_HINT = ("For example “Work laptop”, so you can tell your passkeys apart.", "Zum Beispiel „Arbeitslaptop“, damit Sie Ihre Passkeys unterscheiden können.");
    PASSKEY_NAME_TOO_LONG = ("Use at most 64 characters for the name.", "Verwenden Sie höchstens 64 Zeichen für den Namen.");
    PASSKEY_ADD = ("Add a passkey", "Passkey hinzufügen");
    PASSKEY_WORKING = ("Follow your browser's prompt to make the passkey…", "Folgen Sie der Aufforderung Ihres Browsers, um den Passkey zu erstellen …");
    PASSKEY_NEEDS_JS = (
        "Adding a passkey needs JavaScript, since your browser makes it. Turn JavaScript on to add one here.",
        "Zum Hinzufügen eines Passkeys wird JavaScript benötigt, denn Ihr Browser erstellt ihn. Schalten Sie JavaScript ein, um hier einen hinzuzufügen."
    );
    PASSKEY_NO_SUPPORT = ("This browser cannot make passkeys. Try a current version of Chrome, Edge, Firefox or Safari.", "Dieser Browser kann keine Passkeys erstellen. Versuchen Sie eine aktuelle Version von Chrome, Edge, Firefox oder Safari.");
    PASSKEY_CANCELLED = ("No passkey was added: the browser's prompt was closed or timed out.", "Es wurde kein Passkey hinzugefügt: Die Aufforderung des Browsers wurde geschlossen oder ist abgelaufen.");
    PASSKEY_FAILED = ("The passkey could not be added. Try again.", "Der Passkey konnte nicht hinzugefügt werden. Versuchen Sie es erneut.");
    PASSKEY_REFUSED = ("Logto did not accept this passkey. Try again, or use another device.", "Logto hat diesen Passkey nicht angenommen. Versuchen Sie es erneut oder mit einem anderen Gerät.");
    PASSKEY_EXPIRED = ("That took too long. Start adding the passkey again.", "Das hat zu lange gedauert. Beginnen Sie das Hinzufügen des Passkeys erneut.");
    PASSKEY_NO_PASSWORD = ("Adding a passkey here needs your password, and you have none yet. Set one first.", "Zum Hinzufügen eines Passkeys wird Ihr Passwort benötigt, und Sie haben noch keines. Legen Sie zuerst eines fest.");
    PASSKEY_ADDED = ("Passkey added. You can use it as your second step from now on.", "Passkey hinzugefügt. Sie können ihn ab jetzt als zweiten Schritt verwenden.");
    PASSKEY_OFF = ("Passkeys can't be added here yet.", "Passkeys können hier noch nicht hinzugefügt werden.");
    PASSKEY_OFF_ADMIN = ("For that, your Logto administrator must:", "Dafür muss Ihre Logto-Administration:");
    PASSKEY_OFF_ACCOUNT_CENTER = (
        "turn on the Account Center (Console → Account center)",
        "das Account Center einschalten (Console → Account center)"
    );
    PASSKEY_OFF_FIELD = (
        "let users edit passkeys there (“Passkeys”, or “MFA” on older Logto, set to Edit)",
        "dort das Bearbeiten von Passkeys erlauben („Passkeys“, bei älteren Logto-Versionen „MFA“, auf Bearbeiten)"
    );
    PASSKEY_OFF_FACTOR = (
        "turn on passkeys as a second step in the sign-in experience (Multi-factor auth → Passkeys)",
        "Passkeys als zweiten Schritt in der Anmeldung einschalten (Multi-factor auth → Passkeys)"
    );
    PASSKEY_OFF_ORIGIN = (
        "add {} to the Account Center's WebAuthn related origins",
        "{} zu den WebAuthn related origins des Account Centers hinzufügen"
    );
    ACT_PASSKEY_ADDED = ("Passkey added", "Passkey hinzugefügt");
    BACKUP_NEW = ("Get backup codes", "Backup-Codes erstellen");
    BACKUP_RENEW = ("Get new backup codes", "Neue Backup-Codes erstellen");
    BACKUP_TITLE = ("Your backup codes", "Ihre Backup-Codes");
    BACKUP_LEAD = (
        "Each code works once, when you cannot use your other second step. Keep them somewhere safe: they are shown only now, and getting new ones makes these stop working.",
        "Jeder Code funktioniert einmal, wenn Sie Ihren anderen zweiten Schritt nicht nutzen können. Bewahren Sie sie sicher auf: Sie werden nur jetzt angezeigt, und neue Codes machen diese ungültig."
    );
    BACKUP_COPY = ("Copy", "Kopieren");
    BACKUP_COPIED = ("Copied", "Kopiert");
    BACKUP_DOWNLOAD = ("Download as a text file", "Als Textdatei herunterladen");
    BACKUP_FILE_HEADER = ("Backup codes for {}. Each works once.", "Backup-Codes für {}. Jeder funktioniert einmal.");
    BACKUP_GONE = (
        "Backup codes are shown only once. If you lost them, get new ones.",
        "Backup-Codes werden nur einmal angezeigt. Wenn Sie sie verloren haben, erstellen Sie neue."
    );
    BACKUP_ALONE = (
        "Backup codes need another second step: add an authenticator app first.",
        "Backup-Codes brauchen einen anderen zweiten Schritt: Fügen Sie zuerst eine Authenticator-App hinzu."
    );
    BACKUP_MADE_ELSEWHERE = (
        "New backup codes were made elsewhere just now. Reload the page to see them listed.",
        "Eben wurden anderswo neue Backup-Codes erstellt. Laden Sie die Seite neu, um sie zu sehen."
    );
    BACKUP_DONE = ("Done", "Fertig");
    // Your data: download, delete.
    ACCOUNT_TITLE = ("Your data", "Ihre Daten");
    EXPORT_TITLE = ("Download your data", "Ihre Daten herunterladen");
    EXPORT_LEAD = (
        "One JSON file with everything this page and Logto hold about you: your profile and custom data, linked accounts, second steps (without their secrets) and where you're signed in.",
        "Eine JSON-Datei mit allem, was diese Seite und Logto über Sie speichern: Ihr Profil und Ihre eigenen Daten, verknüpfte Konten, zweite Schritte (ohne deren Geheimnisse) und wo Sie angemeldet sind."
    );
    EXPORT_BUTTON = ("Download my data", "Meine Daten herunterladen");
    DELETE_TITLE = ("Delete your account", "Ihr Konto löschen");
    DELETE_LEAD = (
        "This deletes your account at Logto — your profile, email address, phone number, password, linked accounts and second steps — and signs you out everywhere. It cannot be undone: download your data first if you want to keep it.",
        "Dadurch wird Ihr Konto bei Logto gelöscht — Ihr Profil, Ihre E-Mail-Adresse, Telefonnummer, Ihr Passwort, verknüpfte Konten und zweite Schritte — und Sie werden überall abgemeldet. Das lässt sich nicht rückgängig machen: Laden Sie vorher Ihre Daten herunter, wenn Sie sie behalten möchten."
    );
    DELETE_CONFIRM_FIRST = (
        "To delete your account, confirm it's you first.",
        "Um Ihr Konto zu löschen, bestätigen Sie zuerst, dass Sie es sind."
    );
    DELETE_TYPE = ("Type {} to confirm", "Geben Sie zur Bestätigung {} ein");
    DELETE_BUTTON = ("Delete my account", "Mein Konto löschen");
    DELETE_MISMATCH = (
        "That is not what was asked for, so nothing was deleted.",
        "Das entspricht nicht der Vorgabe, daher wurde nichts gelöscht."
    );
    ACTIVITY_TITLE = ("Recent activity", "Letzte Aktivitäten");
    ACTIVITY_LEAD = (
        "Every change made to your account on this page, newest first, kept for {} days. Something you don't recognise? Change your password and sign out your other sessions.",
        "Jede Änderung an Ihrem Konto auf dieser Seite, die neueste zuerst, {} Tage lang aufbewahrt. Etwas kommt Ihnen unbekannt vor? Ändern Sie Ihr Passwort und melden Sie Ihre anderen Sitzungen ab."
    );
    ACTIVITY_NONE = ("Nothing yet.", "Noch nichts.");
    ACTIVITY_NEWER = ("Newer", "Neuere");
    ACTIVITY_OLDER = ("Older", "Ältere");
    ACTIVITY_PAGES = ("Pages of recent activity", "Seiten der letzten Aktivitäten");
    ACT_PROFILE_SAVED = ("Profile saved: {}", "Profil gespeichert: {}");
    ACT_PASSWORD_CHANGED = ("Password changed", "Passwort geändert");
    ACT_PASSWORD_SET = ("Password set", "Passwort festgelegt");
    ACT_EMAIL_CHANGED = ("Email address changed", "E-Mail-Adresse geändert");
    ACT_EMAIL_REMOVED = ("Email address removed", "E-Mail-Adresse entfernt");
    ACT_PHONE_CHANGED = ("Phone number changed", "Telefonnummer geändert");
    ACT_PHONE_REMOVED = ("Phone number removed", "Telefonnummer entfernt");
    ACT_SESSION_ENDED = ("A session was signed out", "Eine Sitzung wurde abgemeldet");
    ACT_SESSIONS_ENDED = ("All other sessions were signed out", "Alle anderen Sitzungen wurden abgemeldet");
    ACT_LOGTO_SESSION_ENDED = ("A Logto sign-in was ended", "Eine Logto-Anmeldung wurde beendet");
    ACT_IDENTITY_UNLINKED = ("Linked account removed: {}", "Verknüpftes Konto entfernt: {}");
    ACT_TOTP_ADDED = ("Authenticator app added", "Authenticator-App hinzugefügt");
    ACT_TOTP_REPLACED = ("Authenticator app replaced", "Authenticator-App ersetzt");
    ACT_SIGN_IN_STEP_ON = ("Second step at sign-in turned on", "Zweiter Schritt bei der Anmeldung eingeschaltet");
    ACT_SIGN_IN_STEP_OFF = ("Second step at sign-in turned off", "Zweiter Schritt bei der Anmeldung ausgeschaltet");
    ACT_BACKUP_CODES = ("New backup codes made", "Neue Backup-Codes erstellt");
    ACT_FACTOR_REMOVED = ("Second step removed", "Zweiter Schritt entfernt");
    ACT_DATA_EXPORTED = ("Your data was downloaded", "Ihre Daten wurden heruntergeladen");
    ACT_OTHER = ("Account changed", "Konto geändert");
    ACT_NEW_BROWSER = ("Signed in from a new browser", "Anmeldung mit einem neuen Browser");
    ACT_LINK_REMOVED = ("A linked account was removed", "Ein verknüpftes Konto wurde entfernt");

    // Security notices by email (server only: never in the browser's bundle).
    NOTICE_SUBJECT = ("Security notice: {}", "Sicherheitshinweis: {}");
    NOTICE_HELLO = ("Hello {},", "Hallo {},");
    NOTICE_HELLO_PLAIN = ("Hello,", "Hallo,");
    NOTICE_INTRO = (
        "this change was just made to your account:",
        "an Ihrem Konto wurde gerade Folgendes geändert:"
    );
    NOTICE_EMAIL_FROM_TO = ("From {} to {}.", "Von {} zu {}.");
    NOTICE_WHEN = ("When", "Wann");
    NOTICE_BROWSER = ("Browser", "Browser");
    NOTICE_ADDRESS = ("Address", "Adresse");
    NOTICE_IF_YOU = (
        "If this was you, there is nothing to do.",
        "Wenn Sie das waren, müssen Sie nichts tun."
    );
    NOTICE_NOT_ME = ("This wasn't me", "Das war ich nicht");
    NOTICE_NOT_ME_LEAD = (
        "If it wasn't you, open this link within 7 days: it signs you out everywhere, puts a changed email address back and helps you set a new password.",
        "Wenn Sie es nicht waren, öffnen Sie diesen Link innerhalb von 7 Tagen: Er meldet Sie überall ab, stellt eine geänderte E-Mail-Adresse wieder her und hilft Ihnen, ein neues Passwort festzulegen."
    );
    NOT_ME_TITLE = ("This wasn't me", "Das war ich nicht");
    NOT_ME_ABOUT = ("You opened the link of a security notice about this change:", "Sie haben den Link eines Sicherheitshinweises zu dieser Änderung geöffnet:");
    NOT_ME_LEAD = (
        "If you did not make it, someone else may be using your account. Secure it now: this will",
        "Wenn Sie das nicht waren, nutzt vielleicht jemand anderes Ihr Konto. Sichern Sie es jetzt: Dabei werden"
    );
    NOT_ME_WILL_SIGN_OUT = (
        "sign you out everywhere, in this app and at Logto;",
        "Sie überall abgemeldet, in dieser App und bei Logto;"
    );
    NOT_ME_WILL_RESTORE = ("put your email address back to {};", "Ihre E-Mail-Adresse auf {} zurückgesetzt;");
    NOT_ME_WILL_SEND_CODE = (
        "send a code to your email address, so you can choose a new password.",
        "ein Code an Ihre E-Mail-Adresse gesendet, damit Sie ein neues Passwort wählen können."
    );
    NOT_ME_BUTTON = ("Secure my account", "Mein Konto sichern");
    NOT_ME_INVALID = (
        "This link is not valid or has expired (links work for 7 days). If you think someone else uses your account, sign in and change your password.",
        "Dieser Link ist ungültig oder abgelaufen (Links gelten 7 Tage). Wenn Sie glauben, dass jemand anderes Ihr Konto nutzt, melden Sie sich an und ändern Sie Ihr Passwort."
    );
    NOT_ME_DONE_TITLE = ("What we did", "Was wir getan haben");
    NOT_ME_DONE_SESSIONS = ("Signed out everywhere in this app. Sessions ended: {}.", "Überall in dieser App abgemeldet. Beendete Sitzungen: {}.");
    NOT_ME_DONE_LOGTO = ("Your sign-ins at Logto were ended, with the access they gave apps.", "Ihre Anmeldungen bei Logto wurden beendet, mit dem Zugriff, den sie Apps gaben.");
    NOT_ME_LOGTO_CANNOT = (
        "This Logto cannot end its own sign-ins: set a new password below to keep others out.",
        "Dieses Logto kann seine eigenen Anmeldungen nicht beenden: Legen Sie unten ein neues Passwort fest, um andere auszusperren."
    );
    NOT_ME_DONE_EMAIL = ("Your email address is {} again.", "Ihre E-Mail-Adresse ist wieder {}.");
    NOT_ME_EMAIL_TAKEN = (
        "Your old email address {} is now used by another account, so it was not put back.",
        "Ihre alte E-Mail-Adresse {} wird jetzt von einem anderen Konto verwendet und wurde daher nicht wiederhergestellt."
    );
    NOT_ME_DONE_CODE = ("We sent a code to {}.", "Wir haben einen Code an {} gesendet.");
    NOT_ME_NO_ADDRESS = (
        "Your account has no email address to send a code to: sign in with your password and change it.",
        "Ihr Konto hat keine E-Mail-Adresse für einen Code: Melden Sie sich mit Ihrem Passwort an und ändern Sie es."
    );
    NOT_ME_STEP_FAILED = (
        "Logto could not be reached for every step. Open the link again in a few minutes: it keeps working until every step is done.",
        "Logto war nicht für jeden Schritt erreichbar. Öffnen Sie den Link in ein paar Minuten erneut: Er funktioniert, bis jeder Schritt erledigt ist."
    );
    NOT_ME_PASSWORD_TITLE = ("Choose a new password", "Neues Passwort wählen");
    NOT_ME_PASSWORD_SAVE = ("Set the new password", "Neues Passwort festlegen");
    NOT_ME_PASSWORD_DONE = ("Your new password is set. Sign in with it.", "Ihr neues Passwort ist festgelegt. Melden Sie sich damit an.");
    NOT_ME_PASSWORD_REFUSED = (
        "Logto did not accept this password. Choose a longer one that is hard to guess.",
        "Logto hat dieses Passwort nicht angenommen. Wählen Sie ein längeres, schwer zu erratendes."
    );
    NOTICE_FOOTER = (
        "You get this email because it is about your account at {}. It never contains a code or a password.",
        "Sie erhalten diese E-Mail, weil sie Ihr Konto bei {} betrifft. Sie enthält nie einen Code oder ein Passwort."
    );
    ACT_FROM = ("{} · {}", "{} · {}");
    GOODBYE_TITLE = ("Your account was deleted", "Ihr Konto wurde gelöscht");
    GOODBYE_LEAD = (
        "Your account and everything in it are gone, and you are signed out here.",
        "Ihr Konto und alles darin ist gelöscht, und Sie sind hier abgemeldet."
    );
    GOODBYE_ACTIVITY_LEFT = (
        "The list of your recent activity could not be deleted just now; it is deleted automatically when its entries expire.",
        "Die Liste Ihrer letzten Aktivitäten konnte gerade nicht gelöscht werden; sie wird automatisch gelöscht, wenn ihre Einträge ablaufen."
    );
    GOODBYE_FIELDS_LEFT = (
        "The details this page kept about you in its own database could not be deleted just now. Please ask the site's support to remove them.",
        "Die Angaben, die diese Seite in ihrer eigenen Datenbank über Sie gespeichert hat, konnten gerade nicht gelöscht werden. Bitte bitten Sie den Support der Website, sie zu entfernen."
    );
    GOODBYE_SESSIONS_LEFT = (
        "Some of your other sessions of this page could not be ended just now. They can no longer reach your account and end by themselves.",
        "Einige Ihrer anderen Sitzungen dieser Seite konnten gerade nicht beendet werden. Sie können Ihr Konto nicht mehr erreichen und enden von selbst."
    );
    AGO_NOW = ("just now", "gerade eben");
    AGO_MINUTES = ("{} min ago", "vor {} Min.");
    AGO_HOURS = ("{} h ago", "vor {} Std.");
    AGO_DAY = ("1 day ago", "vor 1 Tag");
    AGO_DAYS = ("{} days ago", "vor {} Tagen");
    CONTACT_REGION = ("Country or region", "Land oder Region");
    CONTACT_REGION_NONE = ("Other: type + and the country code", "Andere: + und Ländervorwahl eingeben");
    CONTACT_PHONE_HINT = (
        "As you would dial it in that country, or with + and the country code.",
        "So, wie Sie in diesem Land wählen würden, oder mit + und Ländervorwahl."
    );
    PHONE_REGION_NEEDED = (
        "Choose the country, or start the number with + and the country code.",
        "Wählen Sie das Land, oder beginnen Sie die Nummer mit + und der Ländervorwahl."
    );

    // Password.
    PASSWORD_TITLE_CHANGE = ("Change password", "Passwort ändern");
    PASSWORD_TITLE_SET = ("Set a password", "Passwort festlegen");
    PASSWORD_LEAD_SET = (
        "Your account has no password yet. Add one to sign in with your email, phone or username and a password.",
        "Ihr Konto hat noch kein Passwort. Legen Sie eines fest, um sich mit E-Mail, Telefon oder Benutzername und Passwort anzumelden."
    );
    PASSWORD_CURRENT = ("Current password", "Aktuelles Passwort");
    PASSWORD_NEW = ("New password", "Neues Passwort");
    PASSWORD_REPEAT = ("Repeat new password", "Neues Passwort wiederholen");
    PASSWORD_SHOW = ("Show passwords", "Passwörter anzeigen");
    PASSWORD_FORGOT = ("Forgot your current password?", "Aktuelles Passwort vergessen?");
    PASSWORD_SIGN_OUT_OTHERS = ("Sign out my other sessions", "Meine anderen Sitzungen abmelden");
    PASSWORD_SIGN_OUT_OTHERS_HINT = (
        "Every other browser and device signed in to your account has to sign in again.",
        "Alle anderen Browser und Geräte, die bei Ihrem Konto angemeldet sind, müssen sich neu anmelden."
    );
    PASSWORD_SUBMIT_CHANGE = ("Change password", "Passwort ändern");
    PASSWORD_SUBMIT_SET = ("Set password", "Passwort festlegen");
    PASSWORD_SAVING = ("Saving…", "Wird gespeichert…");
    PASSWORD_CHANGED = ("Your password was changed.", "Ihr Passwort wurde geändert.");
    PASSWORD_WAS_SET = ("Your password was set.", "Ihr Passwort wurde festgelegt.");
    PASSWORD_OTHERS_ENDED = (
        "Your other sessions, in this app and in Logto, were signed out.",
        "Ihre anderen Sitzungen, in dieser App und bei Logto, wurden abgemeldet."
    );
    PASSWORD_OTHERS_ENDED_APP_ONLY = (
        "Your other sessions in this app were signed out. This Logto version cannot end its own sign-in sessions, so other apps stay signed in until their sessions expire.",
        "Ihre anderen Sitzungen in dieser App wurden abgemeldet. Diese Logto-Version kann ihre eigenen Anmeldesitzungen nicht beenden; andere Apps bleiben angemeldet, bis ihre Sitzungen ablaufen."
    );
    PASSWORD_CURRENT_REQUIRED = ("Enter your current password.", "Geben Sie Ihr aktuelles Passwort ein.");
    PASSWORD_WRONG = ("That is not your current password.", "Das ist nicht Ihr aktuelles Passwort.");
    PASSWORD_REQUIRED = ("Enter a new password.", "Geben Sie ein neues Passwort ein.");
    PASSWORD_MISMATCH = ("The two new passwords are not the same.", "Die beiden neuen Passwörter stimmen nicht überein.");
    PASSWORD_REJECTED = ("This password can't be used. It must:", "Dieses Passwort kann nicht verwendet werden. Es muss:");
    PASSWORD_RULES = ("Your new password must", "Ihr neues Passwort muss");
    RULE_MIN_LENGTH = ("be at least {} characters long", "mindestens {} Zeichen lang sein");
    RULE_MAX_LENGTH = ("be at most {} characters long", "höchstens {} Zeichen lang sein");
    RULE_CHARACTER_TYPES = (
        "mix at least {} of: lowercase letters, uppercase letters, digits, symbols",
        "mindestens {} davon mischen: Kleinbuchstaben, Großbuchstaben, Ziffern, Sonderzeichen"
    );
    RULE_SUPPORTED = (
        "use only letters a–z and A–Z, digits, spaces and common symbols",
        "nur Buchstaben a–z und A–Z, Ziffern, Leerzeichen und gängige Sonderzeichen enthalten"
    );
    RULE_REPETITION = ("not repeat a character 3 times in a row (like aaa)", "kein Zeichen 3-mal hintereinander wiederholen (wie aaa)");
    RULE_SEQUENCE = ("not contain a sequence (like abc, 123 or qwe)", "keine Zeichenfolge enthalten (wie abc, 123 oder qwe)");
    RULE_USER_INFO = (
        "not contain your name, username, email or phone number",
        "weder Ihren Namen noch Benutzernamen, E-Mail oder Telefonnummer enthalten"
    );
    RULE_WORDS = ("not contain a word this service does not allow", "kein Wort enthalten, das dieser Dienst nicht erlaubt");
    RULE_PWNED = ("not be in a list of leaked passwords", "nicht in einer Liste geleakter Passwörter stehen");
    RULE_UNKNOWN = ("meet a rule of this service ({})", "eine Regel dieses Dienstes erfüllen ({})");
    BREACH_CHECK_UNAVAILABLE = (
        "The check against leaked passwords is unavailable right now; the other rules were checked.",
        "Die Prüfung auf geleakte Passwörter ist gerade nicht verfügbar; die anderen Regeln wurden geprüft."
    );
    RULE_MET = ("met", "erfüllt");
    RULE_NOT_MET = ("not met yet", "noch nicht erfüllt");

    // Not found.
    NOT_FOUND_TITLE = ("Page not found", "Seite nicht gefunden");
    NOT_FOUND_TEXT = ("There is nothing at this address.", "Unter dieser Adresse gibt es nichts.");
    NOT_FOUND_HOME = ("Go to the home page", "Zur Startseite");

    // Sign-in failed.
    SIGN_IN_FAILED_TITLE = ("Sign-in failed", "Anmeldung fehlgeschlagen");
    SIGNED_OUT_TITLE = ("You were signed out", "Sie wurden abgemeldet");
    SIGN_IN_RETRY = ("Try again", "Erneut versuchen");
    SIGN_IN_EXPIRED = (
        "Your sign-in took too long, or was started in another browser or tab. Please try again.",
        "Die Anmeldung hat zu lange gedauert oder wurde in einem anderen Browser oder Tab begonnen. Bitte versuchen Sie es erneut."
    );
    SIGN_IN_STATE = (
        "The answer from the sign-in service did not match the request this page sent, so it was refused to protect your account. Please try again.",
        "Die Antwort des Anmeldedienstes passte nicht zur Anfrage dieser Seite und wurde zum Schutz Ihres Kontos abgelehnt. Bitte versuchen Sie es erneut."
    );
    SIGN_IN_DENIED = (
        "Sign-in was cancelled or refused by the sign-in service.",
        "Die Anmeldung wurde abgebrochen oder vom Anmeldedienst abgelehnt."
    );
    SIGN_IN_EXCHANGE = (
        "The sign-in service did not confirm your sign-in. Please try again.",
        "Der Anmeldedienst hat Ihre Anmeldung nicht bestätigt. Bitte versuchen Sie es erneut."
    );
    SIGN_IN_ID_TOKEN = (
        "We could not verify the identity the sign-in service returned, so it was refused to protect your account. Please try again.",
        "Die vom Anmeldedienst gemeldete Identität ließ sich nicht prüfen und wurde zum Schutz Ihres Kontos abgelehnt. Bitte versuchen Sie es erneut."
    );
    SIGN_IN_UNAVAILABLE = (
        "The sign-in service is unavailable right now. Please try again in a moment.",
        "Der Anmeldedienst ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal."
    );
    SIGN_IN_INCOMPLETE = (
        "Sign-in did not complete. Please try again.",
        "Die Anmeldung wurde nicht abgeschlossen. Bitte versuchen Sie es erneut."
    );
    SIGN_IN_NOT_FRESH = (
        "This sign-in needs your credentials, and the sign-in service did not ask for them. Please sign in again and enter them.",
        "Für diese Anmeldung sind Ihre Zugangsdaten nötig, und der Anmeldedienst hat nicht danach gefragt. Bitte melden Sie sich erneut an und geben Sie sie ein."
    );
    REAUTH_NEEDED = (
        "For your security, please sign in again to confirm it's you. Your account has no email or phone to send a code to.",
        "Bitte melden Sie sich zu Ihrer Sicherheit erneut an, um zu bestätigen, dass Sie es sind. Ihr Konto hat keine E-Mail-Adresse und keine Telefonnummer für einen Code."
    );
    REAUTH_BUTTON = ("Sign in again", "Erneut anmelden");

    // Apps with access to your account (Logto's grants).
    NAV_APPS = ("Apps", "Apps");
    APPS_TITLE = ("Apps with access", "Apps mit Zugriff");
    APPS_LEAD = (
        "Apps you've let use your account. Taking an app's access away signs it out everywhere; it asks you again next time you use it.",
        "Apps, denen Sie die Nutzung Ihres Kontos erlaubt haben. Wenn Sie einer App den Zugriff entziehen, wird sie überall abgemeldet und fragt Sie beim nächsten Mal erneut."
    );
    APPS_FIRST_PARTY = ("Apps of this service", "Apps dieses Dienstes");
    APPS_FIRST_PARTY_LEAD = (
        "Made by the people who run your account.",
        "Von den Betreibern Ihres Kontos."
    );
    APPS_THIRD_PARTY = ("Third-party apps", "Apps von Drittanbietern");
    APPS_THIRD_PARTY_LEAD = (
        "Made by others. They see only what you agreed to share.",
        "Von anderen Anbietern. Sie sehen nur, was Sie freigegeben haben."
    );
    APPS_NONE = ("None.", "Keine.");
    APPS_SINCE = ("Access since {}", "Zugriff seit {}");
    APPS_THIS = ("This page", "Diese Seite");
    APPS_REVOKE = ("Remove access", "Zugriff entziehen");
    APPS_REVOKED = (
        "That app no longer has access to your account.",
        "Diese App hat keinen Zugriff mehr auf Ihr Konto."
    );
    APPS_CONFIRM_FIRST = (
        "To remove an app's access, confirm it's you first.",
        "Um einer App den Zugriff zu entziehen, bestätigen Sie zuerst, dass Sie es sind."
    );
    APPS_UNSUPPORTED = (
        "This Logto server does not list the apps you've authorised (Logto 1.38 or newer does).",
        "Dieser Logto-Server listet die von Ihnen erlaubten Apps nicht auf (ab Logto 1.38 schon)."
    );
    ACT_APP_REVOKED = ("App access removed: {}", "App-Zugriff entzogen: {}");

    // Organisations.
    ORGS_TITLE = ("Organisations", "Organisationen");
    ORGS_LEAD = (
        "The organisations you belong to and your roles there. Their administrators manage them.",
        "Die Organisationen, zu denen Sie gehören, und Ihre Rollen dort. Verwaltet werden sie von deren Administratoren."
    );
    ORGS_NONE = ("You don't belong to any organisation.", "Sie gehören keiner Organisation an.");
    ORGS_ROLES = ("Roles: {}", "Rollen: {}");
    ORGS_NO_ROLE = ("Member, no role", "Mitglied, ohne Rolle");

    // Personal access tokens.
    TOKENS_TITLE = ("Personal access tokens", "Persönliche Zugriffstoken");
    TOKENS_LEAD = (
        "Let your own scripts and tools act as you. Treat each token like a password: whoever has it can use your account until it expires or you delete it.",
        "Damit handeln Ihre eigenen Skripte und Werkzeuge in Ihrem Namen. Behandeln Sie jedes Token wie ein Passwort: Wer es hat, kann Ihr Konto nutzen, bis es abläuft oder Sie es löschen."
    );
    TOKENS_SUMMARY = ("For your own scripts and tools", "Für Ihre eigenen Skripte und Werkzeuge");
    TOKENS_NONE = ("You have no personal access tokens.", "Sie haben keine persönlichen Zugriffstoken.");
    TOKENS_NEW = ("New token", "Neues Token");
    TOKENS_NAME = ("Name", "Name");
    TOKENS_NAME_HINT = (
        "What it's for, so you recognise it later, e.g. \"Backup script\".",
        "Wofür es ist, damit Sie es später wiedererkennen, z. B. „Backup-Skript“."
    );
    TOKENS_EXPIRY = ("Expires", "Läuft ab");
    TOKENS_IN_DAYS = ("In {} days", "In {} Tagen");
    TOKENS_NEVER = ("Never", "Nie");
    TOKENS_CREATE = ("Create token", "Token erstellen");
    TOKENS_CREATED_TITLE = ("Your new token", "Ihr neues Token");
    TOKENS_CREATED_LEAD = (
        "Copy it now: it is shown only this once. If you lose it, delete it and create another.",
        "Kopieren Sie es jetzt: Es wird nur dieses eine Mal angezeigt. Wenn Sie es verlieren, löschen Sie es und erstellen ein neues."
    );
    TOKENS_COPY = ("Copy", "Kopieren");
    TOKENS_COPIED = ("Copied", "Kopiert");
    TOKENS_DOWNLOAD = ("Download as a file", "Als Datei herunterladen");
    TOKENS_CREATED_AT = ("Created {}", "Erstellt {}");
    TOKENS_EXPIRES_AT = ("Expires {}", "Läuft ab am {}");
    TOKENS_NEVER_EXPIRES = ("Never expires", "Läuft nie ab");
    TOKENS_EXPIRED = ("Expired", "Abgelaufen");
    TOKENS_DELETE = ("Delete", "Löschen");
    TOKENS_DELETED = (
        "The token was deleted. Whatever used it can no longer act as you.",
        "Das Token wurde gelöscht. Was es benutzt hat, kann nicht mehr in Ihrem Namen handeln."
    );
    TOKENS_CONFIRM_FIRST = (
        "To create or delete tokens, confirm it's you first.",
        "Um Token zu erstellen oder zu löschen, bestätigen Sie zuerst, dass Sie es sind."
    );
    TOKENS_NAME_INVALID = (
        "Give the token a name of 1 to 64 characters.",
        "Geben Sie dem Token einen Namen mit 1 bis 64 Zeichen."
    );
    TOKENS_NAME_TAKEN = (
        "You already have a token with this name.",
        "Sie haben schon ein Token mit diesem Namen."
    );
    TOKENS_EXPIRY_INVALID = ("Choose when the token expires.", "Wählen Sie, wann das Token abläuft.");
    TOKENS_LIMIT = (
        "You have 20 tokens, the most allowed. Delete one you no longer use first.",
        "Sie haben 20 Token, mehr sind nicht möglich. Löschen Sie zuerst eines, das Sie nicht mehr brauchen."
    );
    ACT_TOKEN_CREATED = ("Personal access token created: {}", "Persönliches Zugriffstoken erstellt: {}");
    ACT_TOKEN_DELETED = ("Personal access token deleted: {}", "Persönliches Zugriffstoken gelöscht: {}");

    // Profile photo.
    PHOTO_TITLE = ("Profile photo", "Profilfoto");
    PHOTO_CHANGE = ("Change photo", "Foto ändern");
    PHOTO_BACK = ("Back to your profile", "Zurück zu Ihrem Profil");
    PHOTO_CURRENT_ALT = ("Your profile photo", "Ihr Profilfoto");
    PHOTO_NONE = ("No photo yet", "Noch kein Foto");
    PHOTO_CHOOSE = ("Choose a photo", "Foto auswählen");
    PHOTO_HINT = (
        "JPEG, PNG, WebP or GIF, up to 10 MB. It is cropped to a square (from the centre, unless you frame it); its location and camera details are removed.",
        "JPEG, PNG, WebP oder GIF, bis 10 MB. Es wird quadratisch zugeschnitten (von der Mitte aus, wenn Sie keinen Ausschnitt wählen); Aufnahmeort und Kameradaten werden entfernt."
    );
    PHOTO_UPLOAD = ("Upload photo", "Foto hochladen");
    PHOTO_REMOVE = ("Remove photo", "Foto entfernen");
    PHOTO_SAVED = ("Your new photo is saved.", "Ihr neues Foto ist gespeichert.");
    PHOTO_REMOVED = ("Your photo was removed.", "Ihr Foto wurde entfernt.");
    PHOTO_NONE_CHOSEN = ("Choose a photo to upload.", "Wählen Sie ein Foto zum Hochladen aus.");
    PHOTO_CROP_INVALID = ("That framing could not be used: choose the photo again.", "Dieser Ausschnitt ließ sich nicht verwenden: Wählen Sie das Foto erneut.");
    PHOTO_FRAME = ("Drag to frame your photo, or use the arrow keys.", "Ziehen Sie, um Ihr Foto auszurichten, oder nutzen Sie die Pfeiltasten.");
    PHOTO_ZOOM = ("Zoom", "Zoom");
    PHOTO_PREVIEW_ALT = ("Your new photo, as it will be cropped", "Ihr neues Foto, so wie es zugeschnitten wird");
    PHOTO_EMPTY = ("That file is empty. Choose a photo.", "Diese Datei ist leer. Wählen Sie ein Foto aus.");
    PHOTO_TOO_LARGE = (
        "That file is larger than 10 MB. Choose a smaller photo.",
        "Diese Datei ist größer als 10 MB. Wählen Sie ein kleineres Foto aus."
    );
    PHOTO_NOT_IMAGE = (
        "That file is not an image. Choose a JPEG, PNG, WebP or GIF photo.",
        "Diese Datei ist kein Bild. Wählen Sie ein Foto im Format JPEG, PNG, WebP oder GIF aus."
    );
    PHOTO_UNSUPPORTED = (
        "That image format is not supported. Choose a JPEG, PNG, WebP or GIF photo.",
        "Dieses Bildformat wird nicht unterstützt. Wählen Sie ein Foto im Format JPEG, PNG, WebP oder GIF aus."
    );
    PHOTO_TOO_MANY_PIXELS = (
        "That image is too large (more than 6000 pixels on a side). Choose a smaller one.",
        "Dieses Bild ist zu groß (mehr als 6000 Pixel an einer Seite). Wählen Sie ein kleineres aus."
    );
    PHOTO_DAMAGED = (
        "That image could not be read; it may be damaged. Choose another photo.",
        "Dieses Bild ließ sich nicht lesen; es ist vielleicht beschädigt. Wählen Sie ein anderes Foto aus."
    );
    ACT_PHOTO_CHANGED = ("Profile photo changed", "Profilfoto geändert");
    ACT_PHOTO_REMOVED = ("Profile photo removed", "Profilfoto entfernt");
}
