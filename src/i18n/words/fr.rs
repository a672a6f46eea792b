//! French: « vous », as French banking, mail and account pages use; one term each for « se
//! connecter », « session » and « validation en deux étapes ». Narrow no-break spaces before
//! ; ! ? and no-break spaces before : and inside « », as French typography wants.

words! {
    // The page frame.
    SITE_NAME = "Profil";
    TITLE_SUFFIX = "Profil Logto";
    SKIP_TO_CONTENT = "Aller au contenu";
    NAV_PROFILE = "Profil";
    NAV_PASSWORD = "Mot de passe";
    NAV_SECURITY = "Sécurité";
    NAV_DATA = "Données";
    SIGN_IN = "Se connecter";
    SIGN_OUT = "Se déconnecter";
    YOUR_ACCOUNT = "Votre compte";
    LANGUAGE = "Langue";

    // Home.
    HOME_TITLE = "Bienvenue";
    HOME_HEADLINE = "Votre compte, entre vos mains";
    HOME_LEAD =
        "Modifiez votre nom, votre nom d’utilisateur et votre photo, changez votre mot de passe et gardez votre e-mail et votre téléphone à jour : le compte avec lequel vous vous connectez via Logto, géré au même endroit.";
    STATUS_TITLE = "État du service";
    STATUS_CHECK_AGAIN = "Vérifier à nouveau";
    STATUS_EMULATOR = "l’émulateur Logto intégré";
    STATUS_LOGTO = "Logto";
    STATUS_EMULATOR_SUBJECT = "L’émulateur Logto intégré";
    STATUS_CONNECTED = "Connecté à {} ({} ms).";
    STATUS_UNREACHABLE =
        "{} ne répond pas. La connexion et l’enregistrement sont indisponibles.";
    STATUS_UPTIME = "En service depuis {}";
    DURATION_SECONDS = "{} s";
    DURATION_MINUTES = "{} min";
    DURATION_HOURS = "{} h {} min";
    DURATION_DAYS = "{} j {} h";

    // Profile page.
    PROFILE_TITLE = "Votre profil";
    PROFILE_LOADING = "Chargement de votre profil…";
    PROFILE_CHECKING = "Recherche de modifications dans Logto…";
    PROFILE_STALE =
        "Impossible de charger les dernières valeurs depuis Logto ({}). Vous pouvez tout de même modifier et enregistrer.";
    PROFILE_SAVED = "Votre profil a été enregistré.";
    PROFILE_KEPT = "Vos modifications sont toujours dans le formulaire.";
    PROFILE_SAVE = "Enregistrer";
    PROFILE_SAVING = "Enregistrement…";
    PROFILE_UNSAVED = "Vous avez des modifications non enregistrées.";
    SECTION_BASIC = "Informations de base";
    SECTION_PERSONAL = "Informations personnelles";
    SECTION_ADDRESS = "Adresse";
    SECTION_SIGN_IN = "Informations de connexion";
    FACT_EMAIL = "E-mail";
    FACT_PHONE = "Téléphone";
    FACT_CREATED = "Compte créé";
    FACT_LAST_SIGN_IN = "Dernière connexion";
    NOT_SET = "Non renseigné";

    // Profile fields.
    FIELD_NAME = "Nom complet";
    FIELD_USERNAME = "Nom d’utilisateur";
    FIELD_AVATAR = "URL de l’avatar";
    FIELD_GIVEN_NAME = "Prénom";
    FIELD_MIDDLE_NAME = "Deuxième prénom";
    FIELD_FAMILY_NAME = "Nom de famille";
    FIELD_NICKNAME = "Surnom";
    FIELD_WEBSITE = "Site web";
    FIELD_GENDER = "Genre";
    FIELD_BIRTHDATE = "Date de naissance";
    FIELD_ZONEINFO = "Fuseau horaire";
    FIELD_LOCALE = "Langue et région";
    FIELD_STREET = "Adresse postale";
    FIELD_LOCALITY = "Ville";
    FIELD_REGION = "État ou région";
    FIELD_POSTAL_CODE = "Code postal";
    FIELD_COUNTRY = "Pays";
    // Validation (the same in the browser and on the server).
    INVALID_USERNAME_EMPTY = "Saisissez un nom d’utilisateur.";
    INVALID_MAX_128 = "Utilisez 128 caractères au maximum.";
    INVALID_MAX_256 = "Utilisez 256 caractères au maximum.";
    INVALID_USERNAME_START = "Commencez par une lettre ou un tiret bas.";
    INVALID_USERNAME_CHARS =
        "Utilisez uniquement des lettres (a–z), des chiffres et des tirets bas, sans espaces.";
    INVALID_SINGLE_LINE = "Supprimez les retours à la ligne et les caractères de contrôle.";
    INVALID_URL_LONG = "Cette adresse est trop longue.";
    INVALID_URL_SCHEME = "Utilisez une adresse qui commence par https:// (ou http://).";
    INVALID_URL = "Ce n’est pas une adresse web valide.";
    INVALID_DATE = "Utilisez une date comme 1990-04-23.";
    INVALID_DAY = "Ce jour n’existe pas dans ce mois.";
    INVALID_YEAR = "Utilisez une année entre 1900 et 2100.";
    INVALID_ZONE = "Choisissez un fuseau horaire dans la liste.";
    INVALID_LOCALE = "Choisissez une langue dans la liste (par exemple fr-FR).";
    PARTLY_SAVED =
        "Seule une partie de vos modifications a été enregistrée : {} enregistré ; {} non enregistré ({}). Veuillez réessayer.";
    // Declared fields (profile-fields.toml): checks, the masked sensitive values, conflicts.
    CUSTOM_REQUIRED = "Remplissez ce champ.";
    CUSTOM_TOO_SHORT =
        "one:Utilisez au moins {} caractère.|other:Utilisez au moins {} caractères.";
    CUSTOM_TOO_LONG =
        "one:Utilisez au plus {} caractère.|other:Utilisez au plus {} caractères.";
    CUSTOM_CONTROL = "Supprimez les caractères de contrôle.";
    CUSTOM_NOT_NUMBER = "Saisissez un nombre, comme 42 ou 3,5.";
    CUSTOM_TOO_SMALL = "Saisissez {} ou plus.";
    CUSTOM_TOO_LARGE = "Saisissez {} ou moins.";
    CUSTOM_TOO_EARLY = "Choisissez le {} ou après.";
    CUSTOM_TOO_LATE = "Choisissez le {} ou avant.";
    CUSTOM_NOT_PHONE =
        "Saisissez un numéro de téléphone : chiffres, espaces et + ( ) - uniquement.";
    CUSTOM_NOT_CHOICE = "Choisissez dans la liste.";
    CUSTOM_PATTERN = "Utilisez le format attendu.";
    CUSTOM_READ_ONLY = "Ce champ ne peut pas être modifié ici.";
    CUSTOM_CHOOSE = "Choisir…";
    CUSTOM_YES = "Oui";
    CUSTOM_NO = "Non";
    CUSTOM_SAVED_AS = "Enregistré : {}";
    CUSTOM_REPLACE = "Saisissez une nouvelle valeur pour la remplacer.";
    CUSTOM_REMOVE = "Supprimer la valeur enregistrée";
    CUSTOM_CHANGED =
        "Modifié ailleurs depuis l’ouverture de cette page : c’est maintenant « {} ». Enregistrez à nouveau pour le remplacer.";
    CUSTOM_CHANGED_HIDDEN =
        "Modifié ailleurs depuis l’ouverture de cette page. Enregistrez à nouveau pour le remplacer.";
    CUSTOM_CHANGED_ELSEWHERE =
        "Certains champs ont été modifiés ailleurs depuis l’ouverture de cette page ; rien n’a été enregistré. Vos modifications sont toujours dans le formulaire.";
    PROFILE_DRAFT_BACK =
        "C’est confirmé. Vos modifications sont de retour dans le formulaire : enregistrez-les maintenant.";
    USERNAME_TAKEN = "Ce nom d’utilisateur est déjà pris.";
    VALUE_TOO_LONG = "L’une des valeurs est trop longue.";
    LOGTO_REFUSED_VALUE = "Logto a refusé l’une des valeurs. Vérifiez le formulaire.";
    REQUEST_TOO_LARGE = "Cette requête est trop volumineuse. Raccourcissez ce que vous avez saisi.";
    FORM_UNREADABLE =
        "Le formulaire n’a pas pu être lu. Rechargez la page et réessayez.";

    // Errors any request may meet.
    ERROR_SESSION_ENDED = "Votre session a pris fin. Veuillez vous reconnecter.";
    ERROR_FORBIDDEN = "Cette requête a été refusée.";
    ERROR_NOT_FOUND = "Introuvable.";
    ERROR_RATE_LIMITED = "Trop de tentatives. Patientez {} et réessayez.";
    WAIT_SECONDS = "one:{} seconde|other:{} secondes";
    WAIT_MINUTES = "one:{} minute|other:{} minutes";
    WAIT_HOURS = "one:{} heure|other:{} heures";
    ERROR_SUSPENDED =
        "Votre compte a été suspendu, vous avez donc été déconnecté ici. Contactez les personnes qui gèrent ce service.";
    ERROR_PROOF_NEEDED = "Pour votre sécurité, confirmez d’abord votre identité.";
    ERROR_BAD_GATEWAY =
        "Logto a répondu par une erreur. Rien n’a été modifié ; veuillez réessayer.";
    ERROR_UNAVAILABLE =
        "Logto est indisponible pour le moment. Rien n’a été modifié ; réessayez dans un instant.";
    ERROR_TIMEOUT =
        "Logto a mis trop de temps à répondre. Rien n’a été modifié ; veuillez réessayer.";
    ERROR_NETWORK =
        "Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.";
    ERROR_INTERNAL = "Un problème est survenu de notre côté. Veuillez réessayer.";

    // Confirm it's you (re-verification).
    CONFIRM_TITLE = "Confirmez votre identité";
    CONFIRM_LEAD =
        "Pour votre sécurité, cette étape demande une confirmation récente. Elle reste valable 10 minutes.";
    CONFIRM_BY_PASSWORD = "Avec votre mot de passe";
    CONFIRM_BY_CODE = "Avec un code";
    CONFIRM_CONTINUE = "Continuer";
    CONFIRM_CANCEL = "Annuler";
    CONFIRMED = "Merci, votre identité est confirmée pour les 10 prochaines minutes.";
    CODE_SEND = "Envoyer le code";
    CODE_TO_EMAIL = "E-mail à {}";
    CODE_TO_PHONE = "SMS au {}";
    CODE_SENT = "Nous avons envoyé un code à 6 chiffres à {}.";
    CODE_LABEL = "Code à 6 chiffres";
    CODE_RESEND = "Envoyer un nouveau code";
    CODE_RESEND_IN = "Vous pourrez demander un nouveau code dans {} s.";
    CODE_FORMAT = "Saisissez les 6 chiffres du message.";
    CODE_MISMATCH = "Ce code n’est pas correct. Vérifiez-le et réessayez.";
    CODE_EXPIRED = "Ce code a expiré. Demandez-en un nouveau.";
    CODE_TOO_MANY_TRIES =
        "Trop de tentatives erronées pour ce code. Demandez-en un nouveau.";
    CODE_NOT_FOUND = "Aucun code n’attend pour cette adresse. Demandez-en un nouveau.";
    CODE_SEND_LIMITED =
        "Trop de codes ont été envoyés à cette adresse. Patientez jusqu’à 10 minutes et réessayez.";
    CODE_NO_EMAIL_CONNECTOR = "L’envoi de codes par e-mail n’est pas configuré pour ce service.";
    CODE_NO_SMS_CONNECTOR = "L’envoi de codes par SMS n’est pas configuré pour ce service.";
    CODE_NO_ADDRESS =
        "Votre compte n’a ni adresse e-mail ni numéro de téléphone auquel envoyer un code. Déconnectez-vous, reconnectez-vous et revenez dans les 10 minutes, ou demandez de l’aide à l’administrateur du service.";
    CODE_MAILBOX = "Ouvrir la boîte de réception de développement (celle de l’émulateur Logto intégré)";
    CODE_CHOOSE = "Où devons-nous envoyer le code ?";

    // Email and phone.
    INVALID_EMAIL = "Saisissez une adresse e-mail comme nom@exemple.fr.";
    INVALID_PHONE =
        "Ce numéro de téléphone n’est pas valide. Vérifiez le numéro et le pays choisi.";
    CONTACT_EMAIL_TITLE = "Adresse e-mail";
    CONTACT_PHONE_TITLE = "Numéro de téléphone";
    CONTACT_CURRENT = "Actuelle : {}";
    CONTACT_NONE = "Aucune pour l’instant.";
    CONTACT_NEW_EMAIL = "Nouvelle adresse e-mail";
    CONTACT_NEW_PHONE = "Nouveau numéro de téléphone";
    CONTACT_LEAD =
        "Nous envoyons un code à la nouvelle adresse ; elle est enregistrée dès que vous saisissez ce code.";
    CONTACT_SAME = "C’est déjà votre adresse.";
    CONTACT_SAVE = "Vérifier et enregistrer";
    CONTACT_OTHER = "Utiliser une autre adresse";
    CONTACT_REMOVE = "Supprimer";
    CONTACT_EMAIL_CHANGED = "Votre adresse e-mail a été enregistrée.";
    CONTACT_PHONE_CHANGED = "Votre numéro de téléphone a été enregistré.";
    CONTACT_REMOVED = "Supprimé.";
    CONTACT_EMAIL_TAKEN = "Cette adresse e-mail est déjà utilisée par un autre compte.";
    CONTACT_PHONE_TAKEN = "Ce numéro de téléphone est déjà utilisé par un autre compte.";
    CONTACT_LAST_WAY =
        "C’est votre seul moyen de vous connecter : ajoutez d’abord un autre e-mail ou téléphone, un nom d’utilisateur ou un compte associé.";
    CONTACT_NO_PENDING =
        "Aucune modification n’attend de code ici. Recommencez avec la nouvelle adresse.";
    CONTACT_CHANGE_EMAIL = "Changer d’adresse e-mail";
    CONTACT_CHANGE_PHONE = "Changer de numéro de téléphone";
    // The security page: how you sign in, where you're signed in.
    SECURITY_TITLE = "Sécurité";
    SECURITY_METHODS = "Comment vous vous connectez";
    SECURITY_PASSWORD_SET = "Défini";
    SECURITY_PASSWORD_NONE = "Non défini";
    SECURITY_CHANGE = "Modifier";
    SECURITY_ADD = "Ajouter";
    APP_SESSIONS_TITLE = "Sur cette page";
    SESSIONS_REVIEW = "Voir où vous êtes connecté";
    SESSION_STALE =
        "Connexion il y a plus de 30 jours : déconnectez-la si vous ne l’utilisez pas.";
    CHECKUP_TITLE = "Bilan de sécurité";
    CHECKUP_SCORE = "{} sur {} fait";
    CHECKUP_ALL_GOOD = "Tout ce qui protège votre compte est en place.";
    CHECKUP_TO_DO = "Quelques étapes rendent votre compte plus difficile à pirater.";
    CHECK_GOOD = "Fait";
    CHECK_FIX = "À faire";
    CHECK_INFO = "À vérifier";
    CHECK_ON = "Activée : {}";
    CHECK_TWO_STEP_OFF = "Désactivée : votre mot de passe seul suffit pour entrer.";
    CHECK_TURN_ON = "Activer";
    CHECK_CODES_LEFT = "one:{} non utilisé|other:{} non utilisés";
    CHECK_CODES_LOW =
        "one:Plus que {} non utilisé : créez-en une nouvelle série avant d’en manquer.|other:Plus que {} non utilisés : créez-en une nouvelle série avant d’en manquer.";
    CHECK_CODES_NONE =
        "Aucun : sans votre deuxième étape, vous ne pourriez plus accéder à votre compte.";
    CHECK_CODES_LATER = "Ils accompagnent la validation en deux étapes.";
    CHECK_MAKE_CODES = "Créer des codes de secours";
    CHECK_SET_UP = "Configurer";
    CHECK_RECOVERY = "E-mail ou téléphone de récupération";
    CHECK_RECOVERY_NONE = "Aucun : vous ne pourriez pas revenir avec un code.";
    CHECK_ADD_EMAIL = "Ajouter un e-mail";
    CHECK_PASSWORD_CHANGED = "Modifié {}";
    CHECK_PASSWORD_UNKNOWN = "Défini ; aucune modification dans l’historique de cette page";
    CHECK_PASSWORD_NONE = "Vous vous connectez sans mot de passe.";
    CHECK_SESSIONS = "Sessions";
    CHECK_SESSIONS_ONLY = "Seul ce navigateur est connecté ici.";
    CHECK_SESSIONS_OTHERS = "Autres navigateurs connectés ici : {}";
    CHECK_REVIEW = "Vérifier";
    CHECK_LINKED_NONE = "Aucun";
    SESSIONS_TITLE = "Où vous êtes connecté";
    SESSIONS_LEAD =
        "Les navigateurs et appareils connectés à cette page. Déconnectez ceux que vous ne reconnaissez pas, puis changez votre mot de passe.";
    SESSION_THIS = "Ce navigateur";
    SESSION_DEVICE = "{} sur {}";
    SESSION_UNKNOWN_DEVICE = "Navigateur inconnu";
    SESSION_IP = "Adresse IP {}";
    SESSION_SIGNED_IN = "Connexion {}";
    SESSION_ACTIVE = "actif {}";
    SESSIONS_END_OTHERS = "Déconnecter les autres sessions";
    SESSIONS_CONFIRM_FIRST =
        "Pour déconnecter une session, confirmez d’abord votre identité.";
    SESSION_ENDED = "Cette session a été déconnectée.";
    SESSIONS_OTHERS_ENDED = "Vos autres sessions ont été déconnectées.";
    LOGTO_SESSIONS_TITLE = "Connexions chez Logto";
    LOGTO_SESSIONS_LEAD =
        "Logto mémorise ces connexions, afin que les applications qui l’utilisent puissent vous connecter sans vous redemander. En déconnecter une met aussi fin à l’accès des applications connectées par son biais.";
    LOGTO_SESSIONS_UNSUPPORTED =
        "Ce serveur Logto ne liste pas ses sessions ; seules les sessions de cette page sont affichées ci-dessus.";
    LOGTO_SESSION_APPS = "Applications connectées par son biais : {}";
    LOGTO_SESSION_ENDED = "Cette connexion Logto a pris fin.";
    LINKED_TITLE = "Comptes associés";
    LINKED_LEAD = "Des comptes d’autres services avec lesquels vous pouvez vous connecter.";
    LINKED_NONE = "Aucun compte associé.";
    LINKED_UNLINK = "Dissocier";
    LINKED_CONFIRM_FIRST = "Pour dissocier un compte, confirmez d’abord votre identité.";
    LINKED_UNLINKED = "Le compte a été dissocié.";
    LINKED_LAST_WAY =
        "C’est votre seul moyen de vous connecter : ajoutez d’abord une adresse e-mail ou un numéro de téléphone.";
    // Two-step verification.
    TWO_STEP_TITLE = "Validation en deux étapes";
    TWO_STEP_LEAD =
        "Une deuxième étape après votre mot de passe quand vous vous connectez : un code d’une application d’authentification, une clé d’accès ou un code de secours.";
    TWO_STEP_SUMMARY = "Application d’authentification, codes de secours, clés d’accès";
    TWO_STEP_MANAGE = "Gérer";
    TWO_STEP_NONE = "Pas encore de deuxième étape.";
    TWO_STEP_CONFIRM_FIRST =
        "Pour modifier vos deuxièmes étapes, confirmez d’abord votre identité.";
    FACTOR_TOTP = "Application d’authentification";
    FACTOR_BACKUP = "Codes de secours";
    FACTOR_PASSKEY = "Clé d’accès";
    FACTOR_ADDED = "Ajouté le {}";
    FACTOR_CODES_LEFT = "one:{} non utilisé|other:{} non utilisés";
    FACTOR_REMOVED = "La deuxième étape a été supprimée.";
    TOTP_ADD = "Ajouter un authentificateur";
    TOTP_TITLE = "Configurez votre application d’authentification";
    TOTP_SCAN =
        "Scannez ce code avec votre application d’authentification, ou saisissez-y la clé ci-dessous.";
    TOTP_QR = "Code QR pour votre application d’authentification";
    TOTP_KEY = "Clé";
    TOTP_CODE_LEAD = "Saisissez ensuite le code à 6 chiffres affiché par l’application.";
    TOTP_TURN_ON = "Activer";
    TOTP_CANCEL = "Annuler";
    TOTP_ON = "Votre application d’authentification est configurée.";
    TOTP_REPLACE = "Remplacer";
    AT_SIGN_IN_TITLE = "Quand vous vous connectez";
    AT_SIGN_IN_NOT_ASKED =
        "La connexion à ce service ne demande pas encore de deuxième étape. Vos deuxièmes étapes sont conservées pour le jour où elle le fera.";
    AT_SIGN_IN_NOTHING =
        "Dès que vous ajoutez une application d’authentification ou une clé d’accès, la connexion la demande.";
    AT_SIGN_IN_ALWAYS =
        "Ce service demande votre deuxième étape à chaque connexion.";
    AT_SIGN_IN_BY_RISK =
        "Ce service demande votre deuxième étape quand une connexion semble inhabituelle.";
    AT_SIGN_IN_ON = "Une deuxième étape vous est demandée à chaque connexion.";
    AT_SIGN_IN_OFF =
        "Aucune deuxième étape ne vous est demandée à la connexion : votre mot de passe seul suffit pour entrer.";
    AT_SIGN_IN_TURN_ON = "Demander à chaque connexion";
    AT_SIGN_IN_TURN_OFF = "Ne plus demander à la connexion";
    AT_SIGN_IN_ASKED = "Une deuxième étape vous sera demandée à la connexion.";
    AT_SIGN_IN_STOPPED = "Aucune deuxième étape ne vous sera plus demandée à la connexion.";
    AT_SIGN_IN_FIXED = "Ce sont les paramètres de connexion de ce service qui en décident, pas vous.";
    TOTP_REPLACING =
        "Votre application d’authentification actuelle continue de fonctionner jusqu’à la confirmation du premier code de la nouvelle.";
    TOTP_REPLACED =
        "Votre nouvelle application d’authentification est configurée ; les codes de l’ancienne ne fonctionnent plus.";
    TOTP_CANCELLED = "L’application d’authentification n’a pas été ajoutée.";
    TOTP_UNFINISHED = "La configuration d’une application d’authentification n’a pas été terminée.";
    TOTP_FINISH = "Terminer la configuration";
    TOTP_ALREADY =
        "Vous avez déjà une application d’authentification. Supprimez-la d’abord pour en ajouter une autre.";
    TOTP_NOTHING = "Aucune application d’authentification n’est en cours de configuration.";
    PASSKEY_ADD_TITLE = "Ajouter une clé d’accès";
    PASSKEY_ADD_LEAD =
        "Utilisez votre empreinte digitale, votre visage ou le verrouillage de votre écran comme deuxième étape. Votre appareil garde la clé d’accès ; elle ne le quitte jamais.";
    PASSKEY_PASSWORD_HINT =
        "Logto vous redemande votre mot de passe avant d’ajouter une clé d’accès.";
    PASSKEY_NAME = "Nommez-la (facultatif)";
    PASSKEY_NAME_HINT =
        "Par exemple « Ordinateur du travail », pour distinguer vos clés d’accès.";
    PASSKEY_NAME_TOO_LONG = "Utilisez 64 caractères au maximum pour le nom.";
    PASSKEY_ADD = "Ajouter une clé d’accès";
    PASSKEY_WORKING = "Suivez les instructions de votre navigateur pour créer la clé d’accès…";
    PASSKEY_NEEDS_JS =
        "Ajouter une clé d’accès nécessite JavaScript, car c’est votre navigateur qui la crée. Activez JavaScript pour en ajouter une ici.";
    PASSKEY_NO_SUPPORT =
        "Ce navigateur ne peut pas créer de clés d’accès. Essayez une version récente de Chrome, Edge, Firefox ou Safari.";
    PASSKEY_CANCELLED =
        "Aucune clé d’accès n’a été ajoutée : la fenêtre du navigateur a été fermée ou a expiré.";
    PASSKEY_FAILED = "La clé d’accès n’a pas pu être ajoutée. Réessayez.";
    PASSKEY_REFUSED =
        "Logto n’a pas accepté cette clé d’accès. Réessayez, ou utilisez un autre appareil.";
    PASSKEY_EXPIRED = "Cela a pris trop de temps. Recommencez l’ajout de la clé d’accès.";
    PASSKEY_NO_PASSWORD =
        "Ajouter une clé d’accès ici nécessite votre mot de passe, et vous n’en avez pas encore. Définissez-en un d’abord.";
    PASSKEY_ADDED =
        "Clé d’accès ajoutée. Vous pouvez désormais l’utiliser comme deuxième étape.";
    PASSKEY_OFF = "Les clés d’accès ne peuvent pas encore être ajoutées ici.";
    PASSKEY_OFF_ADMIN = "Pour cela, votre administrateur Logto doit :";
    PASSKEY_OFF_ACCOUNT_CENTER = "activer l’Account Center (Console → Account center)";
    PASSKEY_OFF_FIELD =
        "y autoriser la modification des clés d’accès (« Passkeys », ou « MFA » sur les anciennes versions de Logto, réglé sur Edit)";
    PASSKEY_OFF_FACTOR =
        "activer les clés d’accès comme deuxième étape dans l’expérience de connexion (Multi-factor auth → Passkeys)";
    PASSKEY_OFF_ORIGIN = "ajouter {} aux WebAuthn related origins de l’Account Center";
    ACT_PASSKEY_ADDED = "Clé d’accès ajoutée";
    BACKUP_NEW = "Obtenir des codes de secours";
    BACKUP_RENEW = "Nouveaux codes de secours";
    BACKUP_TITLE = "Vos codes de secours";
    BACKUP_LEAD =
        "Chaque code fonctionne une fois, quand vous ne pouvez pas utiliser votre autre deuxième étape. Conservez-les en lieu sûr : ils ne sont affichés que maintenant, et en obtenir de nouveaux désactive ceux-ci.";
    BACKUP_COPY = "Copier";
    BACKUP_COPIED = "Copié";
    BACKUP_DOWNLOAD = "Télécharger en fichier texte";
    BACKUP_FILE_HEADER = "Codes de secours pour {}. Chacun fonctionne une fois.";
    BACKUP_GONE =
        "Les codes de secours ne sont affichés qu’une fois. Si vous les avez perdus, obtenez-en de nouveaux.";
    BACKUP_ALONE =
        "Les codes de secours nécessitent une autre deuxième étape : ajoutez d’abord une application d’authentification.";
    BACKUP_MADE_ELSEWHERE =
        "De nouveaux codes de secours viennent d’être créés ailleurs. Rechargez la page pour les voir.";
    BACKUP_DONE = "Terminé";
    // Your data: download, delete.
    ACCOUNT_TITLE = "Vos données";
    EXPORT_TITLE = "Télécharger vos données";
    EXPORT_LEAD =
        "Un seul fichier JSON avec tout ce que cette page et Logto conservent sur vous : votre profil et vos données personnalisées, vos comptes associés, vos deuxièmes étapes (sans leurs secrets) et les endroits où vous êtes connecté.";
    EXPORT_BUTTON = "Télécharger mes données";
    DELETE_TITLE = "Supprimer votre compte";
    DELETE_LEAD =
        "Cette action supprime votre compte chez Logto — votre profil, votre adresse e-mail, votre numéro de téléphone, votre mot de passe, vos comptes associés et vos deuxièmes étapes — et vous déconnecte partout. Elle est irréversible : téléchargez d’abord vos données si vous souhaitez les garder.";
    DELETE_CONFIRM_FIRST =
        "Pour supprimer votre compte, confirmez d’abord votre identité.";
    DELETE_TYPE = "Saisissez {} pour confirmer";
    DELETE_BUTTON = "Supprimer mon compte";
    DELETE_MISMATCH = "Ce n’est pas ce qui était demandé, rien n’a donc été supprimé.";
    ACTIVITY_TITLE = "Activité récente";
    ACTIVITY_LEAD =
        "one:Chaque modification apportée à votre compte sur cette page, de la plus récente à la plus ancienne, conservée {} jour. Quelque chose que vous ne reconnaissez pas ? Changez votre mot de passe et déconnectez vos autres sessions.|other:Chaque modification apportée à votre compte sur cette page, de la plus récente à la plus ancienne, conservée {} jours. Quelque chose que vous ne reconnaissez pas ? Changez votre mot de passe et déconnectez vos autres sessions.";
    ACTIVITY_NONE = "Rien pour l’instant.";
    ACTIVITY_NEWER = "Plus récentes";
    ACTIVITY_OLDER = "Plus anciennes";
    ACTIVITY_PAGES = "Pages de l’activité récente";
    ACT_PROFILE_SAVED = "Profil enregistré : {}";
    ACT_PASSWORD_CHANGED = "Mot de passe modifié";
    ACT_PASSWORD_SET = "Mot de passe défini";
    ACT_EMAIL_CHANGED = "Adresse e-mail modifiée";
    ACT_EMAIL_REMOVED = "Adresse e-mail supprimée";
    ACT_PHONE_CHANGED = "Numéro de téléphone modifié";
    ACT_PHONE_REMOVED = "Numéro de téléphone supprimé";
    ACT_SESSION_ENDED = "Une session a été déconnectée";
    ACT_SESSIONS_ENDED = "Toutes les autres sessions ont été déconnectées";
    ACT_LOGTO_SESSION_ENDED = "Une connexion Logto a pris fin";
    ACT_IDENTITY_UNLINKED = "Compte associé supprimé : {}";
    ACT_TOTP_ADDED = "Application d’authentification ajoutée";
    ACT_TOTP_REPLACED = "Application d’authentification remplacée";
    ACT_SIGN_IN_STEP_ON = "Deuxième étape à la connexion activée";
    ACT_SIGN_IN_STEP_OFF = "Deuxième étape à la connexion désactivée";
    ACT_BACKUP_CODES = "Nouveaux codes de secours créés";
    ACT_FACTOR_REMOVED = "Deuxième étape supprimée";
    ACT_DATA_EXPORTED = "Vos données ont été téléchargées";
    ACT_OTHER = "Compte modifié";
    ACT_NEW_BROWSER = "Connexion depuis un nouveau navigateur";
    ACT_LINK_REMOVED = "Un compte associé a été supprimé";

    // Security notices by email (server only: never in the browser's bundle).
    NOTICE_SUBJECT = "Alerte de sécurité : {}";
    NOTICE_HELLO = "Bonjour {},";
    NOTICE_HELLO_PLAIN = "Bonjour,";
    NOTICE_INTRO = "cette modification vient d’être apportée à votre compte :";
    NOTICE_EMAIL_FROM_TO = "De {} à {}.";
    NOTICE_WHEN = "Quand";
    NOTICE_BROWSER = "Navigateur";
    NOTICE_ADDRESS = "Adresse";
    NOTICE_IF_YOU = "Si c’était vous, vous n’avez rien à faire.";
    NOTICE_NOT_ME = "Ce n’était pas moi";
    NOTICE_NOT_ME_LEAD =
        "Si ce n’était pas vous, ouvrez ce lien dans les 7 jours : il vous déconnecte partout, rétablit une adresse e-mail modifiée et vous aide à définir un nouveau mot de passe.";
    NOT_ME_TITLE = "Ce n’était pas moi";
    NOT_ME_ABOUT = "Vous avez ouvert le lien d’une alerte de sécurité concernant cette modification :";
    NOT_ME_LEAD =
        "Si vous ne l’avez pas faite, quelqu’un d’autre utilise peut-être votre compte. Sécurisez-le maintenant : cela va";
    NOT_ME_WILL_SIGN_OUT = "vous déconnecter partout, dans cette application et chez Logto ;";
    NOT_ME_WILL_RESTORE = "rétablir votre adresse e-mail {} ;";
    NOT_ME_WILL_SEND_CODE =
        "envoyer un code à votre adresse e-mail, pour que vous puissiez choisir un nouveau mot de passe.";
    NOT_ME_BUTTON = "Sécuriser mon compte";
    NOT_ME_INVALID =
        "Ce lien n’est pas valide ou a expiré (les liens fonctionnent 7 jours). Si vous pensez que quelqu’un d’autre utilise votre compte, connectez-vous et changez votre mot de passe.";
    NOT_ME_DONE_TITLE = "Ce que nous avons fait";
    NOT_ME_DONE_SESSIONS =
        "Déconnexion partout dans cette application. Sessions fermées : {}.";
    NOT_ME_DONE_LOGTO =
        "Vos connexions chez Logto ont pris fin, ainsi que l’accès qu’elles donnaient aux applications.";
    NOT_ME_LOGTO_CANNOT =
        "Ce serveur Logto ne peut pas mettre fin à ses propres connexions : définissez un nouveau mot de passe ci-dessous pour bloquer les autres.";
    NOT_ME_DONE_EMAIL = "Votre adresse e-mail est de nouveau {}.";
    NOT_ME_EMAIL_TAKEN =
        "Votre ancienne adresse e-mail {} est maintenant utilisée par un autre compte, elle n’a donc pas été rétablie.";
    NOT_ME_DONE_CODE = "Nous avons envoyé un code à {}.";
    NOT_ME_NO_ADDRESS =
        "Votre compte n’a pas d’adresse e-mail à laquelle envoyer un code : connectez-vous avec votre mot de passe et changez-le.";
    NOT_ME_STEP_FAILED =
        "Logto n’a pas pu être joint pour toutes les étapes. Rouvrez le lien dans quelques minutes : il fonctionne jusqu’à ce que toutes les étapes soient faites.";
    NOT_ME_PASSWORD_TITLE = "Choisissez un nouveau mot de passe";
    NOT_ME_PASSWORD_SAVE = "Définir le nouveau mot de passe";
    NOT_ME_PASSWORD_DONE = "Votre nouveau mot de passe est défini. Connectez-vous avec.";
    NOT_ME_PASSWORD_REFUSED =
        "Logto n’a pas accepté ce mot de passe. Choisissez-en un plus long et difficile à deviner.";
    NOTICE_FOOTER =
        "Vous recevez cet e-mail parce qu’il concerne votre compte chez {}. Il ne contient jamais de code ni de mot de passe.";
    ACT_FROM = "{} · {}";
    GOODBYE_TITLE = "Votre compte a été supprimé";
    GOODBYE_LEAD =
        "Votre compte et tout ce qu’il contenait ont disparu, et vous êtes déconnecté ici.";
    GOODBYE_ACTIVITY_LEFT =
        "La liste de votre activité récente n’a pas pu être supprimée pour l’instant ; elle est supprimée automatiquement quand ses entrées expirent.";
    GOODBYE_FIELDS_LEFT =
        "Les informations que cette page conservait sur vous dans sa propre base de données n’ont pas pu être supprimées pour l’instant. Demandez au support du site de les supprimer.";
    GOODBYE_SESSIONS_LEFT =
        "Certaines de vos autres sessions de cette page n’ont pas pu être fermées pour l’instant. Elles n’ont plus accès à votre compte et se terminent d’elles-mêmes.";
    AGO_NOW = "à l’instant";
    AGO_MINUTES = "il y a {} min";
    AGO_HOURS = "il y a {} h";
    AGO_DAY = "il y a 1 jour";
    AGO_DAYS = "il y a {} jours";
    CONTACT_REGION = "Pays ou région";
    CONTACT_REGION_NONE = "Autre : saisissez + et l’indicatif du pays";
    CONTACT_PHONE_HINT =
        "Comme vous le composeriez dans ce pays, ou avec + et l’indicatif du pays.";
    PHONE_REGION_NEEDED =
        "Choisissez le pays, ou commencez le numéro par + et l’indicatif du pays.";

    // Password.
    PASSWORD_TITLE_CHANGE = "Changer de mot de passe";
    PASSWORD_TITLE_SET = "Définir un mot de passe";
    PASSWORD_LEAD_SET =
        "Votre compte n’a pas encore de mot de passe. Ajoutez-en un pour vous connecter avec votre e-mail, votre téléphone ou votre nom d’utilisateur et un mot de passe.";
    PASSWORD_CURRENT = "Mot de passe actuel";
    PASSWORD_NEW = "Nouveau mot de passe";
    PASSWORD_REPEAT = "Confirmer le nouveau mot de passe";
    PASSWORD_SHOW = "Afficher les mots de passe";
    PASSWORD_FORGOT = "Mot de passe actuel oublié ?";
    PASSWORD_SIGN_OUT_OTHERS = "Déconnecter mes autres sessions";
    PASSWORD_SIGN_OUT_OTHERS_HINT =
        "Tous les autres navigateurs et appareils connectés à votre compte devront se reconnecter.";
    PASSWORD_SUBMIT_CHANGE = "Changer le mot de passe";
    PASSWORD_SUBMIT_SET = "Définir le mot de passe";
    PASSWORD_SAVING = "Enregistrement…";
    PASSWORD_CHANGED = "Votre mot de passe a été modifié.";
    PASSWORD_WAS_SET = "Votre mot de passe a été défini.";
    PASSWORD_OTHERS_ENDED =
        "Vos autres sessions, dans cette application et chez Logto, ont été déconnectées.";
    PASSWORD_OTHERS_ENDED_APP_ONLY =
        "Vos autres sessions dans cette application ont été déconnectées. Cette version de Logto ne peut pas mettre fin à ses propres sessions de connexion, les autres applications restent donc connectées jusqu’à l’expiration de leurs sessions.";
    PASSWORD_CURRENT_REQUIRED = "Saisissez votre mot de passe actuel.";
    PASSWORD_WRONG = "Ce n’est pas votre mot de passe actuel.";
    PASSWORD_REQUIRED = "Saisissez un nouveau mot de passe.";
    PASSWORD_MISMATCH = "Les deux nouveaux mots de passe ne sont pas identiques.";
    PASSWORD_REJECTED = "Ce mot de passe ne peut pas être utilisé. Il doit :";
    PASSWORD_RULES = "Votre nouveau mot de passe doit";
    RULE_MIN_LENGTH =
        "one:contenir au moins {} caractère|other:contenir au moins {} caractères";
    RULE_MAX_LENGTH =
        "one:contenir au plus {} caractère|other:contenir au plus {} caractères";
    RULE_CHARACTER_TYPES =
        "mélanger au moins {} de ces types : minuscules, majuscules, chiffres, symboles";
    RULE_SUPPORTED =
        "n’utiliser que les lettres a–z et A–Z, des chiffres, des espaces et des symboles courants";
    RULE_REPETITION = "ne pas répéter un caractère 3 fois de suite (comme aaa)";
    RULE_SEQUENCE = "ne pas contenir de suite (comme abc, 123 ou azerty)";
    RULE_USER_INFO =
        "ne pas contenir votre nom, votre nom d’utilisateur, votre e-mail ni votre numéro de téléphone";
    RULE_WORDS = "ne pas contenir de mot que ce service n’autorise pas";
    RULE_PWNED = "ne pas figurer dans une liste de mots de passe divulgués";
    RULE_UNKNOWN = "respecter une règle de ce service ({})";
    BREACH_CHECK_UNAVAILABLE =
        "La vérification des mots de passe divulgués est indisponible pour le moment ; les autres règles ont été vérifiées.";
    RULE_MET = "respectée";
    RULE_NOT_MET = "pas encore respectée";

    // Not found.
    NOT_FOUND_TITLE = "Page introuvable";
    NOT_FOUND_TEXT = "Il n’y a rien à cette adresse.";
    NOT_FOUND_HOME = "Aller à la page d’accueil";

    // Sign-in failed.
    SIGN_IN_FAILED_TITLE = "Échec de la connexion";
    SIGNED_OUT_TITLE = "Vous avez été déconnecté";
    SIGN_IN_RETRY = "Réessayer";
    SIGN_IN_EXPIRED =
        "Votre connexion a pris trop de temps, ou a été commencée dans un autre navigateur ou onglet. Veuillez réessayer.";
    SIGN_IN_STATE =
        "La réponse du service de connexion ne correspondait pas à la demande envoyée par cette page ; elle a donc été refusée pour protéger votre compte. Veuillez réessayer.";
    SIGN_IN_DENIED = "La connexion a été annulée ou refusée par le service de connexion.";
    SIGN_IN_EXCHANGE =
        "Le service de connexion n’a pas confirmé votre connexion. Veuillez réessayer.";
    SIGN_IN_ID_TOKEN =
        "Nous n’avons pas pu vérifier l’identité renvoyée par le service de connexion ; elle a donc été refusée pour protéger votre compte. Veuillez réessayer.";
    SIGN_IN_UNAVAILABLE =
        "Le service de connexion est indisponible pour le moment. Réessayez dans un instant.";
    SIGN_IN_INCOMPLETE = "La connexion n’a pas abouti. Veuillez réessayer.";
    SIGN_IN_NOT_FRESH =
        "Cette connexion nécessite vos identifiants, et le service de connexion ne les a pas demandés. Reconnectez-vous et saisissez-les.";
    REAUTH_NEEDED =
        "Pour votre sécurité, reconnectez-vous pour confirmer votre identité. Votre compte n’a ni e-mail ni téléphone auquel envoyer un code.";
    REAUTH_BUTTON = "Se reconnecter";

    // Apps with access to your account (Logto's grants).
    NAV_APPS = "Applications";
    APPS_TITLE = "Applications ayant accès";
    APPS_LEAD =
        "Les applications que vous avez autorisées à utiliser votre compte. Retirer l’accès d’une application la déconnecte partout ; elle vous redemandera la prochaine fois que vous l’utiliserez.";
    APPS_FIRST_PARTY = "Applications de ce service";
    APPS_FIRST_PARTY_LEAD = "Créées par les personnes qui gèrent votre compte.";
    APPS_THIRD_PARTY = "Applications tierces";
    APPS_THIRD_PARTY_LEAD =
        "Créées par d’autres. Elles ne voient que ce que vous avez accepté de partager.";
    APPS_NONE = "Aucune.";
    APPS_SINCE = "Accès accordé {}";
    APPS_THIS = "Cette page";
    APPS_REVOKE = "Retirer l’accès";
    APPS_REVOKED = "Cette application n’a plus accès à votre compte.";
    APPS_CONFIRM_FIRST =
        "Pour retirer l’accès d’une application, confirmez d’abord votre identité.";
    APPS_UNSUPPORTED =
        "Ce serveur Logto ne liste pas les applications que vous avez autorisées (Logto 1.38 ou plus récent le fait).";
    ACT_APP_REVOKED = "Accès d’application retiré : {}";

    // Organisations.
    ORGS_TITLE = "Organisations";
    ORGS_LEAD =
        "Les organisations dont vous faites partie et vos rôles. Leurs administrateurs les gèrent.";
    ORGS_NONE = "Vous ne faites partie d’aucune organisation.";
    ORGS_ROLES = "Rôles : {}";
    ORGS_NO_ROLE = "Membre, sans rôle";

    // Personal access tokens.
    TOKENS_TITLE = "Jetons d’accès personnels";
    TOKENS_LEAD =
        "Permettez à vos propres scripts et outils d’agir en votre nom. Traitez chaque jeton comme un mot de passe : quiconque le détient peut utiliser votre compte jusqu’à son expiration ou sa suppression.";
    TOKENS_SUMMARY = "Pour vos propres scripts et outils";
    TOKENS_NONE = "Vous n’avez aucun jeton d’accès personnel.";
    TOKENS_NEW = "Nouveau jeton";
    TOKENS_NAME = "Nom";
    TOKENS_NAME_HINT =
        "Son usage, pour le reconnaître plus tard, par ex. « Script de sauvegarde ».";
    TOKENS_EXPIRY = "Expiration";
    TOKENS_IN_DAYS = "one:Dans {} jour|other:Dans {} jours";
    TOKENS_NEVER = "Jamais";
    TOKENS_CREATE = "Créer le jeton";
    TOKENS_CREATED_TITLE = "Votre nouveau jeton";
    TOKENS_CREATED_LEAD =
        "Copiez-le maintenant : il n’est affiché que cette fois. Si vous le perdez, supprimez-le et créez-en un autre.";
    TOKENS_COPY = "Copier";
    TOKENS_COPIED = "Copié";
    TOKENS_DOWNLOAD = "Télécharger en fichier";
    TOKENS_CREATED_AT = "Créé {}";
    TOKENS_EXPIRES_AT = "Expire le {}";
    TOKENS_NEVER_EXPIRES = "N’expire jamais";
    TOKENS_EXPIRED = "Expiré";
    TOKENS_DELETE = "Supprimer";
    TOKENS_DELETED =
        "Le jeton a été supprimé. Ce qui l’utilisait ne peut plus agir en votre nom.";
    TOKENS_CONFIRM_FIRST =
        "Pour créer ou supprimer des jetons, confirmez d’abord votre identité.";
    TOKENS_NAME_INVALID = "Donnez au jeton un nom de 1 à 64 caractères.";
    TOKENS_NAME_TAKEN = "Vous avez déjà un jeton portant ce nom.";
    TOKENS_EXPIRY_INVALID = "Choisissez quand le jeton expire.";
    TOKENS_LIMIT =
        "Vous avez 20 jetons, le maximum autorisé. Supprimez d’abord un jeton que vous n’utilisez plus.";
    ACT_TOKEN_CREATED = "Jeton d’accès personnel créé : {}";
    ACT_TOKEN_DELETED = "Jeton d’accès personnel supprimé : {}";

    // Profile photo.
    PHOTO_TITLE = "Photo de profil";
    PHOTO_CHANGE = "Changer de photo";
    PHOTO_BACK = "Retour à votre profil";
    PHOTO_CURRENT_ALT = "Votre photo de profil";
    PHOTO_NONE = "Pas encore de photo";
    PHOTO_CHOOSE = "Choisir une photo";
    PHOTO_HINT =
        "JPEG, PNG, WebP ou GIF, 10 Mo au maximum. Elle est recadrée en carré (à partir du centre, sauf si vous la cadrez) ; sa localisation et les informations de l’appareil photo sont supprimées.";
    PHOTO_UPLOAD = "Envoyer la photo";
    PHOTO_REMOVE = "Supprimer la photo";
    PHOTO_SAVED = "Votre nouvelle photo est enregistrée.";
    PHOTO_REMOVED = "Votre photo a été supprimée.";
    PHOTO_NONE_CHOSEN = "Choisissez une photo à envoyer.";
    PHOTO_CROP_INVALID = "Ce cadrage n’a pas pu être utilisé : choisissez de nouveau la photo.";
    PHOTO_FRAME = "Faites glisser pour cadrer votre photo, ou utilisez les touches fléchées.";
    PHOTO_ZOOM = "Zoom";
    PHOTO_PREVIEW_ALT = "Votre nouvelle photo, telle qu’elle sera recadrée";
    PHOTO_EMPTY = "Ce fichier est vide. Choisissez une photo.";
    PHOTO_TOO_LARGE = "Ce fichier dépasse 10 Mo. Choisissez une photo plus petite.";
    PHOTO_NOT_IMAGE = "Ce fichier n’est pas une image. Choisissez une photo JPEG, PNG, WebP ou GIF.";
    PHOTO_UNSUPPORTED =
        "Ce format d’image n’est pas pris en charge. Choisissez une photo JPEG, PNG, WebP ou GIF.";
    PHOTO_TOO_MANY_PIXELS =
        "Cette image est trop grande (plus de 6000 pixels de côté). Choisissez-en une plus petite.";
    PHOTO_DAMAGED =
        "Cette image n’a pas pu être lue ; elle est peut-être endommagée. Choisissez une autre photo.";
    ACT_PHOTO_CHANGED = "Photo de profil modifiée";
    ACT_PHOTO_REMOVED = "Photo de profil supprimée";
}
