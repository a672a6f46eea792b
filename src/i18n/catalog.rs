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
    STATUS_CHECKING = ("Checking…", "Wird geprüft…");
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
    AVATAR_PREVIEW = ("Avatar preview", "Vorschau des Profilbilds");

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
        "Too many attempts. Please wait {} seconds and try again.",
        "Zu viele Versuche. Bitte warten Sie {} Sekunden und versuchen Sie es dann erneut."
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

    // Not found.
    NOT_FOUND_TITLE = ("Page not found", "Seite nicht gefunden");
    NOT_FOUND_TEXT = ("There is nothing at this address.", "Unter dieser Adresse gibt es nichts.");
    NOT_FOUND_HOME = ("Go to the home page", "Zur Startseite");

    // Sign-in failed.
    SIGN_IN_FAILED_TITLE = ("Sign-in failed", "Anmeldung fehlgeschlagen");
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
}
