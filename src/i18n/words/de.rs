//! German: the formal "Sie", as German banking, mail and account pages use.

words! {
    // The page frame.
    SITE_NAME = "Profil";
    TITLE_SUFFIX = "Logto-Profil";
    SKIP_TO_CONTENT = "Zum Inhalt springen";
    NAV_PROFILE = "Profil";
    NAV_PASSWORD = "Passwort";
    NAV_SECURITY = "Sicherheit";
    NAV_DATA = "Daten";
    SIGN_IN = "Anmelden";
    SIGN_OUT = "Abmelden";
    YOUR_ACCOUNT = "Ihr Konto";
    LANGUAGE = "Sprache";

    // Home.
    HOME_TITLE = "Willkommen";
    HOME_HEADLINE = "Ihr Konto in Ihrer Hand";
    HOME_LEAD =
        "Ändern Sie Namen, Benutzernamen und Foto, Ihr Passwort und halten Sie E-Mail und Telefon aktuell: das Konto, mit dem Sie sich über Logto anmelden, an einem Ort verwaltet.";
    STATUS_TITLE = "Dienststatus";
    STATUS_CHECK_AGAIN = "Erneut prüfen";
    STATUS_EMULATOR = "dem eingebetteten Logto-Emulator";
    STATUS_LOGTO = "Logto";
    STATUS_EMULATOR_SUBJECT = "Der eingebettete Logto-Emulator";
    STATUS_CONNECTED = "Verbunden mit {} ({} ms).";
    STATUS_UNREACHABLE = "{} antwortet nicht. Anmelden und Speichern sind nicht möglich.";
    STATUS_UPTIME = "Läuft seit {}";
    DURATION_SECONDS = "{} s";
    DURATION_MINUTES = "{} min";
    DURATION_HOURS = "{} h {} min";
    DURATION_DAYS = "{} T {} h";

    // Profile page.
    PROFILE_TITLE = "Ihr Profil";
    PROFILE_LOADING = "Ihr Profil wird geladen…";
    PROFILE_CHECKING = "Logto wird auf Änderungen geprüft…";
    PROFILE_STALE =
        "Die neuesten Werte konnten nicht von Logto geladen werden ({}). Sie können trotzdem bearbeiten und speichern.";
    PROFILE_SAVED = "Ihr Profil wurde gespeichert.";
    PROFILE_KEPT = "Ihre Änderungen sind noch im Formular.";
    PROFILE_SAVE = "Änderungen speichern";
    PROFILE_SAVING = "Wird gespeichert…";
    PROFILE_UNSAVED = "Sie haben ungespeicherte Änderungen.";
    SECTION_BASIC = "Grunddaten";
    SECTION_PERSONAL = "Persönliche Angaben";
    SECTION_ADDRESS = "Adresse";
    SECTION_SIGN_IN = "Anmeldedaten";
    FACT_EMAIL = "E-Mail";
    FACT_PHONE = "Telefon";
    FACT_CREATED = "Konto erstellt";
    FACT_LAST_SIGN_IN = "Letzte Anmeldung";
    NOT_SET = "Nicht festgelegt";

    // Profile fields.
    FIELD_NAME = "Vollständiger Name";
    FIELD_USERNAME = "Benutzername";
    FIELD_AVATAR = "Profilbild-URL";
    FIELD_GIVEN_NAME = "Vorname";
    FIELD_MIDDLE_NAME = "Zweiter Vorname";
    FIELD_FAMILY_NAME = "Nachname";
    FIELD_NICKNAME = "Spitzname";
    FIELD_WEBSITE = "Website";
    FIELD_GENDER = "Geschlecht";
    FIELD_BIRTHDATE = "Geburtsdatum";
    FIELD_ZONEINFO = "Zeitzone";
    FIELD_LOCALE = "Sprache und Region";
    FIELD_STREET = "Straße und Hausnummer";
    FIELD_LOCALITY = "Ort";
    FIELD_REGION = "Bundesland oder Region";
    FIELD_POSTAL_CODE = "Postleitzahl";
    FIELD_COUNTRY = "Land";

    // Validation (the same in the browser and on the server).
    INVALID_USERNAME_EMPTY = "Geben Sie einen Benutzernamen ein.";
    INVALID_MAX_128 = "Verwenden Sie höchstens 128 Zeichen.";
    INVALID_MAX_256 = "Verwenden Sie höchstens 256 Zeichen.";
    INVALID_USERNAME_START = "Beginnen Sie mit einem Buchstaben oder einem Unterstrich.";
    INVALID_USERNAME_CHARS =
        "Verwenden Sie nur Buchstaben (a–z), Ziffern und Unterstriche, ohne Leerzeichen.";
    INVALID_SINGLE_LINE = "Entfernen Sie Zeilenumbrüche und Steuerzeichen.";
    INVALID_URL_LONG = "Diese Adresse ist zu lang.";
    INVALID_URL_SCHEME = "Verwenden Sie eine Adresse, die mit https:// (oder http://) beginnt.";
    INVALID_URL = "Das ist keine gültige Webadresse.";
    INVALID_DATE = "Verwenden Sie ein Datum wie 1990-04-23.";
    INVALID_DAY = "Diesen Tag gibt es in diesem Monat nicht.";
    INVALID_YEAR = "Verwenden Sie ein Jahr zwischen 1900 und 2100.";
    INVALID_ZONE = "Wählen Sie eine Zeitzone aus der Liste.";
    INVALID_LOCALE = "Wählen Sie eine Sprache aus der Liste (zum Beispiel de-DE).";
    PARTLY_SAVED =
        "Nur ein Teil Ihrer Änderungen wurde gespeichert: {} gespeichert; {} nicht gespeichert ({}). Bitte versuchen Sie es erneut.";
    // Declared fields (profile-fields.toml): checks, the masked sensitive values, conflicts.
    CUSTOM_REQUIRED = "Bitte füllen Sie dieses Feld aus.";
    CUSTOM_TOO_SHORT = "Verwenden Sie mindestens {} Zeichen.";
    CUSTOM_TOO_LONG = "Verwenden Sie höchstens {} Zeichen.";
    CUSTOM_CONTROL = "Entfernen Sie die Steuerzeichen.";
    CUSTOM_NOT_NUMBER = "Geben Sie eine Zahl ein, etwa 42 oder 3,5.";
    CUSTOM_TOO_SMALL = "Geben Sie {} oder mehr ein.";
    CUSTOM_TOO_LARGE = "Geben Sie {} oder weniger ein.";
    CUSTOM_TOO_EARLY = "Wählen Sie {} oder später.";
    CUSTOM_TOO_LATE = "Wählen Sie {} oder früher.";
    CUSTOM_NOT_PHONE = "Geben Sie eine Telefonnummer ein: nur Ziffern, Leerzeichen und + ( ) -.";
    CUSTOM_NOT_CHOICE = "Wählen Sie aus der Liste.";
    CUSTOM_PATTERN = "Verwenden Sie das erwartete Format.";
    CUSTOM_READ_ONLY = "Dieses Feld kann hier nicht geändert werden.";
    CUSTOM_CHOOSE = "Auswählen…";
    CUSTOM_YES = "Ja";
    CUSTOM_NO = "Nein";
    CUSTOM_SAVED_AS = "Gespeichert: {}";
    CUSTOM_REPLACE = "Geben Sie einen neuen Wert ein, um ihn zu ersetzen.";
    CUSTOM_REMOVE = "Gespeicherten Wert entfernen";
    CUSTOM_CHANGED =
        "Inzwischen anderswo geändert: jetzt „{}“. Speichern Sie erneut, um es zu ersetzen.";
    CUSTOM_CHANGED_HIDDEN =
        "Inzwischen anderswo geändert. Speichern Sie erneut, um es zu ersetzen.";
    CUSTOM_CHANGED_ELSEWHERE =
        "Einige Felder wurden inzwischen anderswo geändert; nichts wurde gespeichert. Ihre Änderungen sind noch im Formular.";
    PROFILE_DRAFT_BACK =
        "Sie sind bestätigt. Ihre Änderungen stehen wieder im Formular: Speichern Sie sie jetzt.";
    USERNAME_TAKEN = "Dieser Benutzername ist vergeben.";
    VALUE_TOO_LONG = "Einer der Werte ist zu lang.";
    LOGTO_REFUSED_VALUE = "Logto hat einen der Werte abgelehnt. Bitte prüfen Sie das Formular.";
    REQUEST_TOO_LARGE = "Diese Anfrage ist zu groß. Bitte kürzen Sie Ihre Eingaben.";
    FORM_UNREADABLE =
        "Das Formular konnte nicht gelesen werden. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.";

    // Errors any request may meet.
    ERROR_SESSION_ENDED = "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.";
    ERROR_FORBIDDEN = "Diese Anfrage wurde abgelehnt.";
    ERROR_NOT_FOUND = "Das wurde nicht gefunden.";
    ERROR_RATE_LIMITED = "Zu viele Versuche. Bitte warten Sie {} und versuchen Sie es dann erneut.";
    WAIT_SECONDS = "one:{} Sekunde|other:{} Sekunden";
    WAIT_MINUTES = "one:{} Minute|other:{} Minuten";
    WAIT_HOURS = "one:{} Stunde|other:{} Stunden";
    ERROR_SUSPENDED =
        "Ihr Konto wurde gesperrt, deshalb wurden Sie hier abgemeldet. Bitte wenden Sie sich an die Betreiber dieses Dienstes.";
    ERROR_PROOF_NEEDED = "Bitte bestätigen Sie zu Ihrer Sicherheit zuerst, dass Sie es sind.";
    ERROR_BAD_GATEWAY =
        "Logto hat mit einem Fehler geantwortet. Es wurde nichts geändert; bitte versuchen Sie es erneut.";
    ERROR_UNAVAILABLE =
        "Logto ist gerade nicht erreichbar. Es wurde nichts geändert; bitte versuchen Sie es gleich noch einmal.";
    ERROR_TIMEOUT =
        "Logto hat zu lange nicht geantwortet. Es wurde nichts geändert; bitte versuchen Sie es erneut.";
    ERROR_NETWORK =
        "Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.";
    ERROR_INTERNAL = "Bei uns ist etwas schiefgegangen. Bitte versuchen Sie es erneut.";

    // Confirm it's you (re-verification).
    CONFIRM_TITLE = "Bestätigen Sie, dass Sie es sind";
    CONFIRM_LEAD =
        "Zu Ihrer Sicherheit braucht dieser Schritt eine neue Bestätigung. Sie bleibt 10 Minuten gültig.";
    CONFIRM_BY_PASSWORD = "Mit Ihrem Passwort";
    CONFIRM_BY_CODE = "Mit einem Code";
    CONFIRM_CONTINUE = "Weiter";
    CONFIRM_CANCEL = "Abbrechen";
    CONFIRMED = "Danke, Sie sind für die nächsten 10 Minuten bestätigt.";
    CODE_SEND = "Code senden";
    CODE_TO_EMAIL = "E-Mail an {}";
    CODE_TO_PHONE = "SMS an {}";
    CODE_SENT = "Wir haben einen 6-stelligen Code an {} gesendet.";
    CODE_LABEL = "6-stelliger Code";
    CODE_RESEND = "Neuen Code senden";
    CODE_RESEND_IN = "Einen neuen Code können Sie in {} s anfordern.";
    CODE_FORMAT = "Geben Sie die 6 Ziffern aus der Nachricht ein.";
    CODE_MISMATCH = "Dieser Code stimmt nicht. Prüfen Sie ihn und versuchen Sie es erneut.";
    CODE_EXPIRED = "Dieser Code ist abgelaufen. Fordern Sie einen neuen an.";
    CODE_TOO_MANY_TRIES = "Zu viele falsche Versuche für diesen Code. Fordern Sie einen neuen an.";
    CODE_NOT_FOUND = "Für diese Adresse wartet kein Code. Fordern Sie einen neuen an.";
    CODE_SEND_LIMITED =
        "An diese Adresse wurden zu viele Codes gesendet. Bitte warten Sie bis zu 10 Minuten und versuchen Sie es erneut.";
    CODE_NO_EMAIL_CONNECTOR = "Codes per E-Mail sind für diesen Dienst nicht eingerichtet.";
    CODE_NO_SMS_CONNECTOR = "Codes per SMS sind für diesen Dienst nicht eingerichtet.";
    CODE_NO_ADDRESS =
        "Ihr Konto hat keine E-Mail-Adresse und keine Telefonnummer für einen Code. Melden Sie sich ab und wieder an und kommen Sie innerhalb von 10 Minuten zurück, oder wenden Sie sich an den Administrator des Dienstes.";
    CODE_MAILBOX = "Entwicklungs-Postfach öffnen (das des eingebetteten Logto-Emulators)";
    CODE_CHOOSE = "Wohin sollen wir den Code senden?";

    // Email and phone.
    INVALID_EMAIL = "Geben Sie eine E-Mail-Adresse wie name@example.com ein.";
    INVALID_PHONE =
        "Das ist keine gültige Telefonnummer. Prüfen Sie die Nummer und das gewählte Land.";
    CONTACT_EMAIL_TITLE = "E-Mail-Adresse";
    CONTACT_PHONE_TITLE = "Telefonnummer";
    CONTACT_CURRENT = "Aktuell: {}";
    CONTACT_NONE = "Noch keine.";
    CONTACT_NEW_EMAIL = "Neue E-Mail-Adresse";
    CONTACT_NEW_PHONE = "Neue Telefonnummer";
    CONTACT_LEAD =
        "Wir senden einen Code an die neue Adresse; sie wird gespeichert, sobald Sie diesen Code eingeben.";
    CONTACT_SAME = "Das ist bereits Ihre Adresse.";
    CONTACT_SAVE = "Bestätigen und speichern";
    CONTACT_OTHER = "Andere Adresse verwenden";
    CONTACT_REMOVE = "Entfernen";
    CONTACT_EMAIL_CHANGED = "Ihre E-Mail-Adresse wurde gespeichert.";
    CONTACT_PHONE_CHANGED = "Ihre Telefonnummer wurde gespeichert.";
    CONTACT_REMOVED = "Entfernt.";
    CONTACT_EMAIL_TAKEN = "Diese E-Mail-Adresse wird bereits von einem anderen Konto verwendet.";
    CONTACT_PHONE_TAKEN = "Diese Telefonnummer wird bereits von einem anderen Konto verwendet.";
    CONTACT_LAST_WAY =
        "Das ist Ihre einzige Möglichkeit, sich anzumelden: Fügen Sie zuerst eine andere E-Mail-Adresse oder Telefonnummer, einen Benutzernamen oder ein verknüpftes Konto hinzu.";
    CONTACT_NO_PENDING =
        "Hier wartet keine Änderung auf einen Code. Beginnen Sie erneut mit der neuen Adresse.";
    CONTACT_CHANGE_EMAIL = "E-Mail-Adresse ändern";
    CONTACT_CHANGE_PHONE = "Telefonnummer ändern";
    // The security page: how you sign in, where you're signed in.
    SECURITY_TITLE = "Sicherheit";
    SECURITY_METHODS = "Wie Sie sich anmelden";
    SECURITY_PASSWORD_SET = "Festgelegt";
    SECURITY_PASSWORD_NONE = "Nicht festgelegt";
    SECURITY_CHANGE = "Ändern";
    SECURITY_ADD = "Hinzufügen";
    APP_SESSIONS_TITLE = "Auf dieser Seite";
    SESSIONS_REVIEW = "Prüfen, wo Sie angemeldet sind";
    SESSION_STALE = "Vor über 30 Tagen angemeldet: melden Sie es ab, wenn Sie es nicht nutzen.";
    CHECKUP_TITLE = "Sicherheits-Check";
    CHECKUP_SCORE = "{} von {} erledigt";
    CHECKUP_ALL_GOOD = "Alles, was Ihr Konto schützt, ist eingerichtet.";
    CHECKUP_TO_DO = "Ein paar Schritte machen Ihr Konto schwerer angreifbar.";
    CHECK_GOOD = "Erledigt";
    CHECK_FIX = "Zu tun";
    CHECK_INFO = "Einen Blick wert";
    CHECK_ON = "An: {}";
    CHECK_TWO_STEP_OFF = "Aus: Ihr Passwort allein lässt jeden hinein.";
    CHECK_TURN_ON = "Einschalten";
    CHECK_CODES_LEFT = "{} unbenutzt";
    CHECK_CODES_LOW = "Nur noch {} unbenutzt: erstellen Sie neue, bevor sie ausgehen.";
    CHECK_CODES_NONE = "Keine: ohne Ihren zweiten Schritt wären Sie ausgesperrt.";
    CHECK_CODES_LATER = "Sie gehören zur Zwei-Schritt-Verifizierung.";
    CHECK_MAKE_CODES = "Backup-Codes erstellen";
    CHECK_SET_UP = "Einrichten";
    CHECK_RECOVERY = "E-Mail oder Telefon zur Wiederherstellung";
    CHECK_RECOVERY_NONE = "Keine: Sie kämen nicht mit einem Code zurück ins Konto.";
    CHECK_ADD_EMAIL = "E-Mail hinzufügen";
    CHECK_PASSWORD_CHANGED = "Geändert {}";
    CHECK_PASSWORD_UNKNOWN = "Festgelegt; keine Änderung im Aktivitätsprotokoll dieser Seite";
    CHECK_PASSWORD_NONE = "Sie melden sich ohne Passwort an.";
    CHECK_SESSIONS = "Sitzungen";
    CHECK_SESSIONS_ONLY = "Nur dieser Browser ist hier angemeldet.";
    CHECK_SESSIONS_OTHERS = "Weitere hier angemeldete Browser: {}";
    CHECK_REVIEW = "Prüfen";
    CHECK_LINKED_NONE = "Keine";
    SESSIONS_TITLE = "Wo Sie angemeldet sind";
    SESSIONS_LEAD =
        "Die Browser und Geräte, die auf dieser Seite angemeldet sind. Melden Sie unbekannte ab und ändern Sie dann Ihr Passwort.";
    SESSION_THIS = "Dieser Browser";
    SESSION_DEVICE = "{} auf {}";
    SESSION_UNKNOWN_DEVICE = "Unbekannter Browser";
    SESSION_IP = "IP-Adresse {}";
    SESSION_SIGNED_IN = "Angemeldet {}";
    SESSION_ACTIVE = "aktiv {}";
    SESSIONS_END_OTHERS = "Alle anderen Sitzungen abmelden";
    SESSIONS_CONFIRM_FIRST = "Um eine Sitzung abzumelden, bestätigen Sie zuerst, dass Sie es sind.";
    SESSION_ENDED = "Diese Sitzung wurde abgemeldet.";
    SESSIONS_OTHERS_ENDED = "Ihre anderen Sitzungen wurden abgemeldet.";
    LOGTO_SESSIONS_TITLE = "Bei Logto angemeldet";
    LOGTO_SESSIONS_LEAD =
        "Logto merkt sich diese Anmeldungen, damit Apps, die es nutzen, Sie ohne erneute Nachfrage anmelden können. Wenn Sie eine abmelden, endet auch der Zugriff der Apps, die darüber angemeldet sind.";
    LOGTO_SESSIONS_UNSUPPORTED =
        "Dieser Logto-Server listet seine Sitzungen nicht auf; oben stehen nur die Sitzungen dieser Seite.";
    LOGTO_SESSION_APPS = "Darüber angemeldete Apps: {}";
    LOGTO_SESSION_ENDED = "Diese Logto-Anmeldung wurde beendet.";
    LINKED_TITLE = "Verknüpfte Konten";
    LINKED_LEAD = "Konten bei anderen Diensten, mit denen Sie sich anmelden können.";
    LINKED_NONE = "Keine verknüpften Konten.";
    LINKED_UNLINK = "Trennen";
    LINKED_CONFIRM_FIRST = "Um ein Konto zu trennen, bestätigen Sie zuerst, dass Sie es sind.";
    LINKED_UNLINKED = "Das Konto wurde getrennt.";
    LINKED_LAST_WAY =
        "Dies ist Ihre einzige Möglichkeit, sich anzumelden: Fügen Sie zuerst eine E-Mail-Adresse oder Telefonnummer hinzu.";
    // Two-step verification.
    TWO_STEP_TITLE = "Zwei-Schritt-Verifizierung";
    TWO_STEP_LEAD =
        "Ein zweiter Schritt nach dem Passwort bei der Anmeldung: ein Code aus einer Authenticator-App, ein Passkey oder ein Backup-Code.";
    TWO_STEP_SUMMARY = "Authenticator-App, Backup-Codes, Passkeys";
    TWO_STEP_MANAGE = "Verwalten";
    TWO_STEP_NONE = "Noch kein zweiter Schritt.";
    TWO_STEP_CONFIRM_FIRST =
        "Um Ihre zweiten Schritte zu ändern, bestätigen Sie zuerst, dass Sie es sind.";
    FACTOR_TOTP = "Authenticator-App";
    FACTOR_BACKUP = "Backup-Codes";
    FACTOR_PASSKEY = "Passkey";
    FACTOR_ADDED = "Hinzugefügt am {}";
    FACTOR_CODES_LEFT = "{} unbenutzt";
    FACTOR_REMOVED = "Der zweite Schritt wurde entfernt.";
    TOTP_ADD = "Authenticator-App hinzufügen";
    TOTP_TITLE = "Authenticator-App einrichten";
    TOTP_SCAN =
        "Scannen Sie diesen Code mit Ihrer Authenticator-App oder geben Sie den Schlüssel unten ein.";
    TOTP_QR = "QR-Code für Ihre Authenticator-App";
    TOTP_KEY = "Schlüssel";
    TOTP_CODE_LEAD = "Geben Sie dann den 6-stelligen Code ein, den die App anzeigt.";
    TOTP_TURN_ON = "Einschalten";
    TOTP_CANCEL = "Abbrechen";
    TOTP_ON = "Ihre Authenticator-App ist eingerichtet.";
    TOTP_REPLACE = "Ersetzen";
    AT_SIGN_IN_TITLE = "Bei der Anmeldung";
    AT_SIGN_IN_NOT_ASKED =
        "Die Anmeldung bei diesem Dienst fragt noch nach keinem zweiten Schritt. Ihre zweiten Schritte bleiben dafür erhalten.";
    AT_SIGN_IN_NOTHING =
        "Sobald Sie eine Authenticator-App oder einen Passkey hinzufügen, fragt die Anmeldung danach.";
    AT_SIGN_IN_ALWAYS = "Dieser Dienst fragt bei jeder Anmeldung nach Ihrem zweiten Schritt.";
    AT_SIGN_IN_BY_RISK =
        "Dieser Dienst fragt nach Ihrem zweiten Schritt, wenn eine Anmeldung ungewöhnlich wirkt.";
    AT_SIGN_IN_ON = "Sie werden bei jeder Anmeldung nach einem zweiten Schritt gefragt.";
    AT_SIGN_IN_OFF =
        "Sie werden bei der Anmeldung nicht nach einem zweiten Schritt gefragt: Ihr Passwort allein lässt jeden hinein.";
    AT_SIGN_IN_TURN_ON = "Bei jeder Anmeldung fragen";
    AT_SIGN_IN_TURN_OFF = "Bei Anmeldung nicht mehr fragen";
    AT_SIGN_IN_ASKED = "Sie werden bei der Anmeldung nach einem zweiten Schritt gefragt.";
    AT_SIGN_IN_STOPPED =
        "Sie werden bei der Anmeldung nicht mehr nach einem zweiten Schritt gefragt.";
    AT_SIGN_IN_FIXED = "Das entscheiden die Anmeldeeinstellungen dieses Dienstes, nicht Sie.";
    TOTP_REPLACING =
        "Ihre bisherige Authenticator-App gilt weiter, bis der erste Code dieser bestätigt ist.";
    TOTP_REPLACED =
        "Ihre neue Authenticator-App ist eingerichtet; die Codes der alten gelten nicht mehr.";
    TOTP_CANCELLED = "Die Authenticator-App wurde nicht hinzugefügt.";
    TOTP_UNFINISHED = "Die Einrichtung einer Authenticator-App wurde nicht abgeschlossen.";
    TOTP_FINISH = "Einrichtung abschließen";
    TOTP_ALREADY =
        "Sie haben bereits eine Authenticator-App. Entfernen Sie sie zuerst, um eine andere hinzuzufügen.";
    TOTP_NOTHING = "Es wird gerade keine Authenticator-App eingerichtet.";
    PASSKEY_ADD_TITLE = "Passkey hinzufügen";
    PASSKEY_ADD_LEAD =
        "Nutzen Sie Fingerabdruck, Gesicht oder Bildschirmsperre als zweiten Schritt. Ihr Gerät bewahrt den Passkey auf; er verlässt es nie.";
    PASSKEY_PASSWORD_HINT =
        "Logto fragt noch einmal nach Ihrem Passwort, bevor ein Passkey hinzugefügt wird.";
    PASSKEY_NAME = "Name (optional)";
    PASSKEY_NAME_HINT =
        "Zum Beispiel „Arbeitslaptop“, damit Sie Ihre Passkeys unterscheiden können.";
    PASSKEY_NAME_TOO_LONG = "Verwenden Sie höchstens 64 Zeichen für den Namen.";
    PASSKEY_ADD = "Passkey hinzufügen";
    PASSKEY_WORKING = "Folgen Sie der Aufforderung Ihres Browsers, um den Passkey zu erstellen …";
    PASSKEY_NEEDS_JS =
        "Zum Hinzufügen eines Passkeys wird JavaScript benötigt, denn Ihr Browser erstellt ihn. Schalten Sie JavaScript ein, um hier einen hinzuzufügen.";
    PASSKEY_NO_SUPPORT =
        "Dieser Browser kann keine Passkeys erstellen. Versuchen Sie eine aktuelle Version von Chrome, Edge, Firefox oder Safari.";
    PASSKEY_CANCELLED =
        "Es wurde kein Passkey hinzugefügt: Die Aufforderung des Browsers wurde geschlossen oder ist abgelaufen.";
    PASSKEY_FAILED = "Der Passkey konnte nicht hinzugefügt werden. Versuchen Sie es erneut.";
    PASSKEY_REFUSED =
        "Logto hat diesen Passkey nicht angenommen. Versuchen Sie es erneut oder mit einem anderen Gerät.";
    PASSKEY_EXPIRED = "Das hat zu lange gedauert. Beginnen Sie das Hinzufügen des Passkeys erneut.";
    PASSKEY_NO_PASSWORD =
        "Zum Hinzufügen eines Passkeys wird Ihr Passwort benötigt, und Sie haben noch keines. Legen Sie zuerst eines fest.";
    PASSKEY_ADDED = "Passkey hinzugefügt. Sie können ihn ab jetzt als zweiten Schritt verwenden.";
    PASSKEY_OFF = "Passkeys können hier noch nicht hinzugefügt werden.";
    PASSKEY_OFF_ADMIN = "Dafür muss Ihre Logto-Administration:";
    PASSKEY_OFF_ACCOUNT_CENTER = "das Account Center einschalten (Console → Account center)";
    PASSKEY_OFF_FIELD =
        "dort das Bearbeiten von Passkeys erlauben („Passkeys“, bei älteren Logto-Versionen „MFA“, auf Bearbeiten)";
    PASSKEY_OFF_FACTOR =
        "Passkeys als zweiten Schritt in der Anmeldung einschalten (Multi-factor auth → Passkeys)";
    PASSKEY_OFF_ORIGIN = "{} zu den WebAuthn related origins des Account Centers hinzufügen";
    ACT_PASSKEY_ADDED = "Passkey hinzugefügt";
    BACKUP_NEW = "Backup-Codes erstellen";
    BACKUP_RENEW = "Neue Backup-Codes erstellen";
    BACKUP_TITLE = "Ihre Backup-Codes";
    BACKUP_LEAD =
        "Jeder Code funktioniert einmal, wenn Sie Ihren anderen zweiten Schritt nicht nutzen können. Bewahren Sie sie sicher auf: Sie werden nur jetzt angezeigt, und neue Codes machen diese ungültig.";
    BACKUP_COPY = "Kopieren";
    BACKUP_COPIED = "Kopiert";
    BACKUP_DOWNLOAD = "Als Textdatei herunterladen";
    BACKUP_FILE_HEADER = "Backup-Codes für {}. Jeder funktioniert einmal.";
    BACKUP_GONE =
        "Backup-Codes werden nur einmal angezeigt. Wenn Sie sie verloren haben, erstellen Sie neue.";
    BACKUP_ALONE =
        "Backup-Codes brauchen einen anderen zweiten Schritt: Fügen Sie zuerst eine Authenticator-App hinzu.";
    BACKUP_MADE_ELSEWHERE =
        "Eben wurden anderswo neue Backup-Codes erstellt. Laden Sie die Seite neu, um sie zu sehen.";
    BACKUP_DONE = "Fertig";
    // Your data: download, delete.
    ACCOUNT_TITLE = "Ihre Daten";
    EXPORT_TITLE = "Ihre Daten herunterladen";
    EXPORT_LEAD =
        "Eine JSON-Datei mit allem, was diese Seite und Logto über Sie speichern: Ihr Profil und Ihre eigenen Daten, verknüpfte Konten, zweite Schritte (ohne deren Geheimnisse) und wo Sie angemeldet sind.";
    EXPORT_BUTTON = "Meine Daten herunterladen";
    DELETE_TITLE = "Ihr Konto löschen";
    DELETE_LEAD =
        "Dadurch wird Ihr Konto bei Logto gelöscht — Ihr Profil, Ihre E-Mail-Adresse, Telefonnummer, Ihr Passwort, verknüpfte Konten und zweite Schritte — und Sie werden überall abgemeldet. Das lässt sich nicht rückgängig machen: Laden Sie vorher Ihre Daten herunter, wenn Sie sie behalten möchten.";
    DELETE_CONFIRM_FIRST = "Um Ihr Konto zu löschen, bestätigen Sie zuerst, dass Sie es sind.";
    DELETE_TYPE = "Geben Sie zur Bestätigung {} ein";
    DELETE_BUTTON = "Mein Konto löschen";
    DELETE_MISMATCH = "Das entspricht nicht der Vorgabe, daher wurde nichts gelöscht.";
    ACTIVITY_TITLE = "Letzte Aktivitäten";
    ACTIVITY_LEAD =
        "one:Jede Änderung an Ihrem Konto auf dieser Seite, die neueste zuerst, {} Tag lang aufbewahrt. Etwas kommt Ihnen unbekannt vor? Ändern Sie Ihr Passwort und melden Sie Ihre anderen Sitzungen ab.|other:Jede Änderung an Ihrem Konto auf dieser Seite, die neueste zuerst, {} Tage lang aufbewahrt. Etwas kommt Ihnen unbekannt vor? Ändern Sie Ihr Passwort und melden Sie Ihre anderen Sitzungen ab.";
    ACTIVITY_NONE = "Noch nichts.";
    ACTIVITY_NEWER = "Neuere";
    ACTIVITY_OLDER = "Ältere";
    ACTIVITY_PAGES = "Seiten der letzten Aktivitäten";
    ACT_PROFILE_SAVED = "Profil gespeichert: {}";
    ACT_PASSWORD_CHANGED = "Passwort geändert";
    ACT_PASSWORD_SET = "Passwort festgelegt";
    ACT_EMAIL_CHANGED = "E-Mail-Adresse geändert";
    ACT_EMAIL_REMOVED = "E-Mail-Adresse entfernt";
    ACT_PHONE_CHANGED = "Telefonnummer geändert";
    ACT_PHONE_REMOVED = "Telefonnummer entfernt";
    ACT_SESSION_ENDED = "Eine Sitzung wurde abgemeldet";
    ACT_SESSIONS_ENDED = "Alle anderen Sitzungen wurden abgemeldet";
    ACT_LOGTO_SESSION_ENDED = "Eine Logto-Anmeldung wurde beendet";
    ACT_IDENTITY_UNLINKED = "Verknüpftes Konto entfernt: {}";
    ACT_TOTP_ADDED = "Authenticator-App hinzugefügt";
    ACT_TOTP_REPLACED = "Authenticator-App ersetzt";
    ACT_SIGN_IN_STEP_ON = "Zweiter Schritt bei der Anmeldung eingeschaltet";
    ACT_SIGN_IN_STEP_OFF = "Zweiter Schritt bei der Anmeldung ausgeschaltet";
    ACT_BACKUP_CODES = "Neue Backup-Codes erstellt";
    ACT_FACTOR_REMOVED = "Zweiter Schritt entfernt";
    ACT_DATA_EXPORTED = "Ihre Daten wurden heruntergeladen";
    ACT_OTHER = "Konto geändert";
    ACT_NEW_BROWSER = "Anmeldung mit einem neuen Browser";
    ACT_LINK_REMOVED = "Ein verknüpftes Konto wurde entfernt";

    // Security notices by email (server only: never in the browser's bundle).
    NOTICE_SUBJECT = "Sicherheitshinweis: {}";
    NOTICE_HELLO = "Hallo {},";
    NOTICE_HELLO_PLAIN = "Hallo,";
    NOTICE_INTRO = "an Ihrem Konto wurde gerade Folgendes geändert:";
    NOTICE_EMAIL_FROM_TO = "Von {} zu {}.";
    NOTICE_WHEN = "Wann";
    NOTICE_BROWSER = "Browser";
    NOTICE_ADDRESS = "Adresse";
    NOTICE_IF_YOU = "Wenn Sie das waren, müssen Sie nichts tun.";
    NOTICE_NOT_ME = "Das war ich nicht";
    NOTICE_NOT_ME_LEAD =
        "Wenn Sie es nicht waren, öffnen Sie diesen Link innerhalb von 7 Tagen: Er meldet Sie überall ab, stellt eine geänderte E-Mail-Adresse wieder her und hilft Ihnen, ein neues Passwort festzulegen.";
    NOT_ME_TITLE = "Das war ich nicht";
    NOT_ME_ABOUT = "Sie haben den Link eines Sicherheitshinweises zu dieser Änderung geöffnet:";
    NOT_ME_LEAD =
        "Wenn Sie das nicht waren, nutzt vielleicht jemand anderes Ihr Konto. Sichern Sie es jetzt: Dabei werden";
    NOT_ME_WILL_SIGN_OUT = "Sie überall abgemeldet, in dieser App und bei Logto;";
    NOT_ME_WILL_RESTORE = "Ihre E-Mail-Adresse auf {} zurückgesetzt;";
    NOT_ME_WILL_SEND_CODE =
        "ein Code an Ihre E-Mail-Adresse gesendet, damit Sie ein neues Passwort wählen können.";
    NOT_ME_BUTTON = "Mein Konto sichern";
    NOT_ME_INVALID =
        "Dieser Link ist ungültig oder abgelaufen (Links gelten 7 Tage). Wenn Sie glauben, dass jemand anderes Ihr Konto nutzt, melden Sie sich an und ändern Sie Ihr Passwort.";
    NOT_ME_DONE_TITLE = "Was wir getan haben";
    NOT_ME_DONE_SESSIONS = "Überall in dieser App abgemeldet. Beendete Sitzungen: {}.";
    NOT_ME_DONE_LOGTO =
        "Ihre Anmeldungen bei Logto wurden beendet, mit dem Zugriff, den sie Apps gaben.";
    NOT_ME_LOGTO_CANNOT =
        "Dieses Logto kann seine eigenen Anmeldungen nicht beenden: Legen Sie unten ein neues Passwort fest, um andere auszusperren.";
    NOT_ME_DONE_EMAIL = "Ihre E-Mail-Adresse ist wieder {}.";
    NOT_ME_EMAIL_TAKEN =
        "Ihre alte E-Mail-Adresse {} wird jetzt von einem anderen Konto verwendet und wurde daher nicht wiederhergestellt.";
    NOT_ME_DONE_CODE = "Wir haben einen Code an {} gesendet.";
    NOT_ME_NO_ADDRESS =
        "Ihr Konto hat keine E-Mail-Adresse für einen Code: Melden Sie sich mit Ihrem Passwort an und ändern Sie es.";
    NOT_ME_STEP_FAILED =
        "Logto war nicht für jeden Schritt erreichbar. Öffnen Sie den Link in ein paar Minuten erneut: Er funktioniert, bis jeder Schritt erledigt ist.";
    NOT_ME_PASSWORD_TITLE = "Neues Passwort wählen";
    NOT_ME_PASSWORD_SAVE = "Neues Passwort festlegen";
    NOT_ME_PASSWORD_DONE = "Ihr neues Passwort ist festgelegt. Melden Sie sich damit an.";
    NOT_ME_PASSWORD_REFUSED =
        "Logto hat dieses Passwort nicht angenommen. Wählen Sie ein längeres, schwer zu erratendes.";
    NOTICE_FOOTER =
        "Sie erhalten diese E-Mail, weil sie Ihr Konto bei {} betrifft. Sie enthält nie einen Code oder ein Passwort.";
    ACT_FROM = "{} · {}";
    GOODBYE_TITLE = "Ihr Konto wurde gelöscht";
    GOODBYE_LEAD = "Ihr Konto und alles darin ist gelöscht, und Sie sind hier abgemeldet.";
    GOODBYE_ACTIVITY_LEFT =
        "Die Liste Ihrer letzten Aktivitäten konnte gerade nicht gelöscht werden; sie wird automatisch gelöscht, wenn ihre Einträge ablaufen.";
    GOODBYE_FIELDS_LEFT =
        "Die Angaben, die diese Seite in ihrer eigenen Datenbank über Sie gespeichert hat, konnten gerade nicht gelöscht werden. Bitte bitten Sie den Support der Website, sie zu entfernen.";
    GOODBYE_SESSIONS_LEFT =
        "Einige Ihrer anderen Sitzungen dieser Seite konnten gerade nicht beendet werden. Sie können Ihr Konto nicht mehr erreichen und enden von selbst.";
    AGO_NOW = "gerade eben";
    AGO_MINUTES = "vor {} Min.";
    AGO_HOURS = "vor {} Std.";
    AGO_DAY = "vor 1 Tag";
    AGO_DAYS = "vor {} Tagen";
    CONTACT_REGION = "Land oder Region";
    CONTACT_REGION_NONE = "Andere: + und Ländervorwahl eingeben";
    CONTACT_PHONE_HINT = "So, wie Sie in diesem Land wählen würden, oder mit + und Ländervorwahl.";
    PHONE_REGION_NEEDED =
        "Wählen Sie das Land, oder beginnen Sie die Nummer mit + und der Ländervorwahl.";

    // Password.
    PASSWORD_TITLE_CHANGE = "Passwort ändern";
    PASSWORD_TITLE_SET = "Passwort festlegen";
    PASSWORD_LEAD_SET =
        "Ihr Konto hat noch kein Passwort. Legen Sie eines fest, um sich mit E-Mail, Telefon oder Benutzername und Passwort anzumelden.";
    PASSWORD_CURRENT = "Aktuelles Passwort";
    PASSWORD_NEW = "Neues Passwort";
    PASSWORD_REPEAT = "Neues Passwort wiederholen";
    PASSWORD_SHOW = "Passwörter anzeigen";
    PASSWORD_FORGOT = "Aktuelles Passwort vergessen?";
    PASSWORD_SIGN_OUT_OTHERS = "Meine anderen Sitzungen abmelden";
    PASSWORD_SIGN_OUT_OTHERS_HINT =
        "Alle anderen Browser und Geräte, die bei Ihrem Konto angemeldet sind, müssen sich neu anmelden.";
    PASSWORD_SUBMIT_CHANGE = "Passwort ändern";
    PASSWORD_SUBMIT_SET = "Passwort festlegen";
    PASSWORD_SAVING = "Wird gespeichert…";
    PASSWORD_CHANGED = "Ihr Passwort wurde geändert.";
    PASSWORD_WAS_SET = "Ihr Passwort wurde festgelegt.";
    PASSWORD_OTHERS_ENDED =
        "Ihre anderen Sitzungen, in dieser App und bei Logto, wurden abgemeldet.";
    PASSWORD_OTHERS_ENDED_APP_ONLY =
        "Ihre anderen Sitzungen in dieser App wurden abgemeldet. Diese Logto-Version kann ihre eigenen Anmeldesitzungen nicht beenden; andere Apps bleiben angemeldet, bis ihre Sitzungen ablaufen.";
    PASSWORD_CURRENT_REQUIRED = "Geben Sie Ihr aktuelles Passwort ein.";
    PASSWORD_WRONG = "Das ist nicht Ihr aktuelles Passwort.";
    PASSWORD_REQUIRED = "Geben Sie ein neues Passwort ein.";
    PASSWORD_MISMATCH = "Die beiden neuen Passwörter stimmen nicht überein.";
    PASSWORD_REJECTED = "Dieses Passwort kann nicht verwendet werden. Es muss:";
    PASSWORD_RULES = "Ihr neues Passwort muss";
    RULE_MIN_LENGTH = "mindestens {} Zeichen lang sein";
    RULE_MAX_LENGTH = "höchstens {} Zeichen lang sein";
    RULE_CHARACTER_TYPES =
        "mindestens {} davon mischen: Kleinbuchstaben, Großbuchstaben, Ziffern, Sonderzeichen";
    RULE_SUPPORTED =
        "nur Buchstaben a–z und A–Z, Ziffern, Leerzeichen und gängige Sonderzeichen enthalten";
    RULE_REPETITION = "kein Zeichen 3-mal hintereinander wiederholen (wie aaa)";
    RULE_SEQUENCE = "keine Zeichenfolge enthalten (wie abc, 123 oder qwe)";
    RULE_USER_INFO = "weder Ihren Namen noch Benutzernamen, E-Mail oder Telefonnummer enthalten";
    RULE_WORDS = "kein Wort enthalten, das dieser Dienst nicht erlaubt";
    RULE_PWNED = "nicht in einer Liste geleakter Passwörter stehen";
    RULE_UNKNOWN = "eine Regel dieses Dienstes erfüllen ({})";
    BREACH_CHECK_UNAVAILABLE =
        "Die Prüfung auf geleakte Passwörter ist gerade nicht verfügbar; die anderen Regeln wurden geprüft.";
    RULE_MET = "erfüllt";
    RULE_NOT_MET = "noch nicht erfüllt";

    // Not found.
    NOT_FOUND_TITLE = "Seite nicht gefunden";
    NOT_FOUND_TEXT = "Unter dieser Adresse gibt es nichts.";
    NOT_FOUND_HOME = "Zur Startseite";

    // Sign-in failed.
    SIGN_IN_FAILED_TITLE = "Anmeldung fehlgeschlagen";
    SIGNED_OUT_TITLE = "Sie wurden abgemeldet";
    SIGN_IN_RETRY = "Erneut versuchen";
    SIGN_IN_EXPIRED =
        "Die Anmeldung hat zu lange gedauert oder wurde in einem anderen Browser oder Tab begonnen. Bitte versuchen Sie es erneut.";
    SIGN_IN_STATE =
        "Die Antwort des Anmeldedienstes passte nicht zur Anfrage dieser Seite und wurde zum Schutz Ihres Kontos abgelehnt. Bitte versuchen Sie es erneut.";
    SIGN_IN_DENIED = "Die Anmeldung wurde abgebrochen oder vom Anmeldedienst abgelehnt.";
    SIGN_IN_EXCHANGE =
        "Der Anmeldedienst hat Ihre Anmeldung nicht bestätigt. Bitte versuchen Sie es erneut.";
    SIGN_IN_ID_TOKEN =
        "Die vom Anmeldedienst gemeldete Identität ließ sich nicht prüfen und wurde zum Schutz Ihres Kontos abgelehnt. Bitte versuchen Sie es erneut.";
    SIGN_IN_UNAVAILABLE =
        "Der Anmeldedienst ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.";
    SIGN_IN_INCOMPLETE = "Die Anmeldung wurde nicht abgeschlossen. Bitte versuchen Sie es erneut.";
    SIGN_IN_NOT_FRESH =
        "Für diese Anmeldung sind Ihre Zugangsdaten nötig, und der Anmeldedienst hat nicht danach gefragt. Bitte melden Sie sich erneut an und geben Sie sie ein.";
    REAUTH_NEEDED =
        "Bitte melden Sie sich zu Ihrer Sicherheit erneut an, um zu bestätigen, dass Sie es sind. Ihr Konto hat keine E-Mail-Adresse und keine Telefonnummer für einen Code.";
    REAUTH_BUTTON = "Erneut anmelden";

    // Apps with access to your account (Logto's grants).
    NAV_APPS = "Apps";
    APPS_TITLE = "Apps mit Zugriff";
    APPS_LEAD =
        "Apps, denen Sie die Nutzung Ihres Kontos erlaubt haben. Wenn Sie einer App den Zugriff entziehen, wird sie überall abgemeldet und fragt Sie beim nächsten Mal erneut.";
    APPS_FIRST_PARTY = "Apps dieses Dienstes";
    APPS_FIRST_PARTY_LEAD = "Von den Betreibern Ihres Kontos.";
    APPS_THIRD_PARTY = "Apps von Drittanbietern";
    APPS_THIRD_PARTY_LEAD = "Von anderen Anbietern. Sie sehen nur, was Sie freigegeben haben.";
    APPS_NONE = "Keine.";
    APPS_SINCE = "Zugriff seit {}";
    APPS_THIS = "Diese Seite";
    APPS_REVOKE = "Zugriff entziehen";
    APPS_REVOKED = "Diese App hat keinen Zugriff mehr auf Ihr Konto.";
    APPS_CONFIRM_FIRST =
        "Um einer App den Zugriff zu entziehen, bestätigen Sie zuerst, dass Sie es sind.";
    APPS_UNSUPPORTED =
        "Dieser Logto-Server listet die von Ihnen erlaubten Apps nicht auf (ab Logto 1.38 schon).";
    ACT_APP_REVOKED = "App-Zugriff entzogen: {}";

    // Organisations.
    ORGS_TITLE = "Organisationen";
    ORGS_LEAD =
        "Die Organisationen, zu denen Sie gehören, und Ihre Rollen dort. Verwaltet werden sie von deren Administratoren.";
    ORGS_NONE = "Sie gehören keiner Organisation an.";
    ORGS_ROLES = "Rollen: {}";
    ORGS_NO_ROLE = "Mitglied, ohne Rolle";

    // Personal access tokens.
    TOKENS_TITLE = "Persönliche Zugriffstoken";
    TOKENS_LEAD =
        "Damit handeln Ihre eigenen Skripte und Werkzeuge in Ihrem Namen. Behandeln Sie jedes Token wie ein Passwort: Wer es hat, kann Ihr Konto nutzen, bis es abläuft oder Sie es löschen.";
    TOKENS_SUMMARY = "Für Ihre eigenen Skripte und Werkzeuge";
    TOKENS_NONE = "Sie haben keine persönlichen Zugriffstoken.";
    TOKENS_NEW = "Neues Token";
    TOKENS_NAME = "Name";
    TOKENS_NAME_HINT = "Wofür es ist, damit Sie es später wiedererkennen, z. B. „Backup-Skript“.";
    TOKENS_EXPIRY = "Läuft ab";
    TOKENS_IN_DAYS = "one:In {} Tag|other:In {} Tagen";
    TOKENS_NEVER = "Nie";
    TOKENS_CREATE = "Token erstellen";
    TOKENS_CREATED_TITLE = "Ihr neues Token";
    TOKENS_CREATED_LEAD =
        "Kopieren Sie es jetzt: Es wird nur dieses eine Mal angezeigt. Wenn Sie es verlieren, löschen Sie es und erstellen ein neues.";
    TOKENS_COPY = "Kopieren";
    TOKENS_COPIED = "Kopiert";
    TOKENS_DOWNLOAD = "Als Datei herunterladen";
    TOKENS_CREATED_AT = "Erstellt {}";
    TOKENS_EXPIRES_AT = "Läuft ab am {}";
    TOKENS_NEVER_EXPIRES = "Läuft nie ab";
    TOKENS_EXPIRED = "Abgelaufen";
    TOKENS_DELETE = "Löschen";
    TOKENS_DELETED =
        "Das Token wurde gelöscht. Was es benutzt hat, kann nicht mehr in Ihrem Namen handeln.";
    TOKENS_CONFIRM_FIRST =
        "Um Token zu erstellen oder zu löschen, bestätigen Sie zuerst, dass Sie es sind.";
    TOKENS_NAME_INVALID = "Geben Sie dem Token einen Namen mit 1 bis 64 Zeichen.";
    TOKENS_NAME_TAKEN = "Sie haben schon ein Token mit diesem Namen.";
    TOKENS_EXPIRY_INVALID = "Wählen Sie, wann das Token abläuft.";
    TOKENS_LIMIT =
        "Sie haben 20 Token, mehr sind nicht möglich. Löschen Sie zuerst eines, das Sie nicht mehr brauchen.";
    ACT_TOKEN_CREATED = "Persönliches Zugriffstoken erstellt: {}";
    ACT_TOKEN_DELETED = "Persönliches Zugriffstoken gelöscht: {}";

    // Profile photo.
    PHOTO_TITLE = "Profilfoto";
    PHOTO_CHANGE = "Foto ändern";
    PHOTO_BACK = "Zurück zu Ihrem Profil";
    PHOTO_CURRENT_ALT = "Ihr Profilfoto";
    PHOTO_NONE = "Noch kein Foto";
    PHOTO_CHOOSE = "Foto auswählen";
    PHOTO_HINT =
        "JPEG, PNG, WebP oder GIF, bis 10 MB. Es wird quadratisch zugeschnitten (von der Mitte aus, wenn Sie keinen Ausschnitt wählen); Aufnahmeort und Kameradaten werden entfernt.";
    PHOTO_UPLOAD = "Foto hochladen";
    PHOTO_REMOVE = "Foto entfernen";
    PHOTO_SAVED = "Ihr neues Foto ist gespeichert.";
    PHOTO_REMOVED = "Ihr Foto wurde entfernt.";
    PHOTO_NONE_CHOSEN = "Wählen Sie ein Foto zum Hochladen aus.";
    PHOTO_CROP_INVALID = "Dieser Ausschnitt ließ sich nicht verwenden: Wählen Sie das Foto erneut.";
    PHOTO_FRAME = "Ziehen Sie, um Ihr Foto auszurichten, oder nutzen Sie die Pfeiltasten.";
    PHOTO_ZOOM = "Zoom";
    PHOTO_PREVIEW_ALT = "Ihr neues Foto, so wie es zugeschnitten wird";
    PHOTO_EMPTY = "Diese Datei ist leer. Wählen Sie ein Foto aus.";
    PHOTO_TOO_LARGE = "Diese Datei ist größer als 10 MB. Wählen Sie ein kleineres Foto aus.";
    PHOTO_NOT_IMAGE =
        "Diese Datei ist kein Bild. Wählen Sie ein Foto im Format JPEG, PNG, WebP oder GIF aus.";
    PHOTO_UNSUPPORTED =
        "Dieses Bildformat wird nicht unterstützt. Wählen Sie ein Foto im Format JPEG, PNG, WebP oder GIF aus.";
    PHOTO_TOO_MANY_PIXELS =
        "Dieses Bild ist zu groß (mehr als 6000 Pixel an einer Seite). Wählen Sie ein kleineres aus.";
    PHOTO_DAMAGED =
        "Dieses Bild ließ sich nicht lesen; es ist vielleicht beschädigt. Wählen Sie ein anderes Foto aus.";
    ACT_PHOTO_CHANGED = "Profilfoto geändert";
    ACT_PHOTO_REMOVED = "Profilfoto entfernt";
}
