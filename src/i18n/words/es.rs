//! Spanish: «tú», as the big consumer apps and account pages in Spanish use; one term each
//! for «iniciar sesión», «sesión» and «verificación en dos pasos».

words! {
    // The page frame.
    SITE_NAME = "Perfil";
    TITLE_SUFFIX = "Perfil de Logto";
    SKIP_TO_CONTENT = "Ir al contenido";
    NAV_PROFILE = "Perfil";
    NAV_PASSWORD = "Contraseña";
    NAV_SECURITY = "Seguridad";
    NAV_DATA = "Datos";
    SIGN_IN = "Iniciar sesión";
    SIGN_OUT = "Cerrar sesión";
    YOUR_ACCOUNT = "Tu cuenta";
    LANGUAGE = "Idioma";

    // Home.
    HOME_TITLE = "Te damos la bienvenida";
    HOME_HEADLINE = "Tu cuenta, en tus manos";
    HOME_LEAD =
        "Cambia tu nombre, tu nombre de usuario y tu foto, cambia tu contraseña y mantén al día tu correo y tu teléfono: la cuenta con la que inicias sesión con Logto, gestionada en un solo lugar.";
    STATUS_TITLE = "Estado del servicio";
    STATUS_CHECK_AGAIN = "Volver a comprobar";
    STATUS_EMULATOR = "el emulador de Logto integrado";
    STATUS_LOGTO = "Logto";
    STATUS_EMULATOR_SUBJECT = "El emulador de Logto integrado";
    STATUS_CONNECTED = "Conectado a {} ({} ms).";
    STATUS_UNREACHABLE = "{} no responde. No se puede iniciar sesión ni guardar.";
    STATUS_UPTIME = "En marcha desde hace {}";
    DURATION_SECONDS = "{} s";
    DURATION_MINUTES = "{} min";
    DURATION_HOURS = "{} h {} min";
    DURATION_DAYS = "{} d {} h";

    // Profile page.
    PROFILE_TITLE = "Tu perfil";
    PROFILE_LOADING = "Cargando tu perfil…";
    PROFILE_CHECKING = "Buscando cambios en Logto…";
    PROFILE_STALE =
        "No se pudieron cargar los últimos valores de Logto ({}). Aun así, puedes editar y guardar.";
    PROFILE_SAVED = "Se ha guardado tu perfil.";
    PROFILE_KEPT = "Tus cambios siguen en el formulario.";
    PROFILE_SAVE = "Guardar cambios";
    PROFILE_SAVING = "Guardando…";
    PROFILE_UNSAVED = "Tienes cambios sin guardar.";
    SECTION_BASIC = "Información básica";
    SECTION_PERSONAL = "Datos personales";
    SECTION_ADDRESS = "Dirección";
    SECTION_SIGN_IN = "Datos de inicio de sesión";
    FACT_EMAIL = "Correo";
    FACT_PHONE = "Teléfono";
    FACT_CREATED = "Cuenta creada";
    FACT_LAST_SIGN_IN = "Último inicio de sesión";
    NOT_SET = "Sin indicar";

    // Profile fields.
    FIELD_NAME = "Nombre completo";
    FIELD_USERNAME = "Nombre de usuario";
    FIELD_AVATAR = "URL del avatar";
    FIELD_GIVEN_NAME = "Nombre";
    FIELD_MIDDLE_NAME = "Segundo nombre";
    FIELD_FAMILY_NAME = "Apellidos";
    FIELD_NICKNAME = "Apodo";
    FIELD_WEBSITE = "Sitio web";
    FIELD_GENDER = "Género";
    FIELD_BIRTHDATE = "Fecha de nacimiento";
    FIELD_ZONEINFO = "Zona horaria";
    FIELD_LOCALE = "Idioma y región";
    FIELD_STREET = "Dirección";
    FIELD_LOCALITY = "Ciudad";
    FIELD_REGION = "Estado o región";
    FIELD_POSTAL_CODE = "Código postal";
    FIELD_COUNTRY = "País";

    // Validation (the same in the browser and on the server).
    INVALID_USERNAME_EMPTY = "Escribe un nombre de usuario.";
    INVALID_MAX_128 = "Usa 128 caracteres como máximo.";
    INVALID_MAX_256 = "Usa 256 caracteres como máximo.";
    INVALID_USERNAME_START = "Empieza con una letra o un guion bajo.";
    INVALID_USERNAME_CHARS =
        "Usa solo letras (a–z), números y guiones bajos, sin espacios.";
    INVALID_SINGLE_LINE = "Quita los saltos de línea y los caracteres de control.";
    INVALID_URL_LONG = "Esta dirección es demasiado larga.";
    INVALID_URL_SCHEME = "Usa una dirección que empiece por https:// (o http://).";
    INVALID_URL = "No es una dirección web válida.";
    INVALID_DATE = "Usa una fecha como 1990-04-23.";
    INVALID_DAY = "Ese día no existe en ese mes.";
    INVALID_YEAR = "Usa un año entre 1900 y 2100.";
    INVALID_ZONE = "Elige una zona horaria de la lista.";
    INVALID_LOCALE = "Elige un idioma de la lista (por ejemplo, es-ES).";
    PARTLY_SAVED =
        "Solo se guardó una parte de tus cambios: {} guardado; {} sin guardar ({}). Vuelve a intentarlo.";
    // Declared fields (profile-fields.toml): checks, the masked sensitive values, conflicts.
    CUSTOM_REQUIRED = "Rellena este campo.";
    CUSTOM_TOO_SHORT = "one:Usa al menos {} carácter.|other:Usa al menos {} caracteres.";
    CUSTOM_TOO_LONG = "one:Usa como máximo {} carácter.|other:Usa como máximo {} caracteres.";
    CUSTOM_CONTROL = "Quita los caracteres de control.";
    CUSTOM_NOT_NUMBER = "Escribe un número, como 42 o 3,5.";
    CUSTOM_TOO_SMALL = "Escribe {} o más.";
    CUSTOM_TOO_LARGE = "Escribe {} o menos.";
    CUSTOM_TOO_EARLY = "Elige {} o una fecha posterior.";
    CUSTOM_TOO_LATE = "Elige {} o una fecha anterior.";
    CUSTOM_NOT_PHONE =
        "Escribe un número de teléfono: solo números, espacios y + ( ) -.";
    CUSTOM_NOT_CHOICE = "Elige una opción de la lista.";
    CUSTOM_PATTERN = "Usa el formato esperado.";
    CUSTOM_READ_ONLY = "Este campo no se puede cambiar aquí.";
    CUSTOM_CHOOSE = "Elige…";
    CUSTOM_YES = "Sí";
    CUSTOM_NO = "No";
    CUSTOM_SAVED_AS = "Guardado: {}";
    CUSTOM_REPLACE = "Escribe un valor nuevo para sustituirlo.";
    CUSTOM_REMOVE = "Quitar el valor guardado";
    CUSTOM_CHANGED =
        "Se cambió en otro lugar desde que abriste esta página: ahora es «{}». Vuelve a guardar para sustituirlo.";
    CUSTOM_CHANGED_HIDDEN =
        "Se cambió en otro lugar desde que abriste esta página. Vuelve a guardar para sustituirlo.";
    CUSTOM_CHANGED_ELSEWHERE =
        "Algunos campos se cambiaron en otro lugar desde que abriste esta página; no se guardó nada. Tus cambios siguen en el formulario.";
    PROFILE_DRAFT_BACK =
        "Identidad confirmada. Tus cambios vuelven a estar en el formulario: guárdalos ahora.";
    USERNAME_TAKEN = "Ese nombre de usuario ya está en uso.";
    VALUE_TOO_LONG = "Uno de los valores es demasiado largo.";
    LOGTO_REFUSED_VALUE = "Logto rechazó uno de los valores. Revisa el formulario.";
    REQUEST_TOO_LARGE = "Esta solicitud es demasiado grande. Acorta lo que has escrito.";
    FORM_UNREADABLE =
        "No se pudo leer el formulario. Vuelve a cargar la página e inténtalo de nuevo.";

    // Errors any request may meet.
    ERROR_SESSION_ENDED = "Tu sesión ha terminado. Vuelve a iniciar sesión.";
    ERROR_FORBIDDEN = "Se ha rechazado esta solicitud.";
    ERROR_NOT_FOUND = "No se ha encontrado.";
    ERROR_RATE_LIMITED = "Demasiados intentos. Espera {} y vuelve a intentarlo.";
    WAIT_SECONDS = "one:{} segundo|other:{} segundos";
    WAIT_MINUTES = "one:{} minuto|other:{} minutos";
    WAIT_HOURS = "one:{} hora|other:{} horas";
    ERROR_SUSPENDED =
        "Tu cuenta se ha suspendido, así que se ha cerrado tu sesión aquí. Ponte en contacto con quienes gestionan este servicio.";
    ERROR_PROOF_NEEDED = "Por tu seguridad, primero confirma que eres tú.";
    ERROR_BAD_GATEWAY =
        "Logto respondió con un error. No se ha cambiado nada; vuelve a intentarlo.";
    ERROR_UNAVAILABLE =
        "Logto no está disponible en este momento. No se ha cambiado nada; vuelve a intentarlo en un momento.";
    ERROR_TIMEOUT =
        "Logto tardó demasiado en responder. No se ha cambiado nada; vuelve a intentarlo.";
    ERROR_NETWORK =
        "No se pudo conectar con el servidor. Revisa tu conexión y vuelve a intentarlo.";
    ERROR_INTERNAL = "Algo ha fallado por nuestra parte. Vuelve a intentarlo.";

    // Confirm it's you (re-verification).
    CONFIRM_TITLE = "Confirma que eres tú";
    CONFIRM_LEAD =
        "Por tu seguridad, este paso necesita una confirmación reciente. Es válida durante 10 minutos.";
    CONFIRM_BY_PASSWORD = "Con tu contraseña";
    CONFIRM_BY_CODE = "Con un código";
    CONFIRM_CONTINUE = "Continuar";
    CONFIRM_CANCEL = "Cancelar";
    CONFIRMED = "Gracias, has confirmado tu identidad para los próximos 10 minutos.";
    CODE_SEND = "Enviar código";
    CODE_TO_EMAIL = "Correo a {}";
    CODE_TO_PHONE = "SMS al {}";
    CODE_SENT = "Hemos enviado un código de 6 dígitos a {}.";
    CODE_LABEL = "Código de 6 dígitos";
    CODE_RESEND = "Enviar un código nuevo";
    CODE_RESEND_IN = "Podrás pedir un código nuevo dentro de {} s.";
    CODE_FORMAT = "Escribe los 6 dígitos del mensaje.";
    CODE_MISMATCH = "Ese código no es correcto. Revísalo y vuelve a intentarlo.";
    CODE_EXPIRED = "Ese código ha caducado. Pide uno nuevo.";
    CODE_TOO_MANY_TRIES = "Demasiados intentos fallidos con este código. Pide uno nuevo.";
    CODE_NOT_FOUND = "No hay ningún código pendiente para esta dirección. Pide uno nuevo.";
    CODE_SEND_LIMITED =
        "Se han enviado demasiados códigos a esta dirección. Espera hasta 10 minutos y vuelve a intentarlo.";
    CODE_NO_EMAIL_CONNECTOR = "Este servicio no tiene configurado el envío de códigos por correo.";
    CODE_NO_SMS_CONNECTOR = "Este servicio no tiene configurado el envío de códigos por SMS.";
    CODE_NO_ADDRESS =
        "Tu cuenta no tiene ningún correo ni número de teléfono al que enviar un código. Cierra sesión, vuelve a iniciarla y regresa en menos de 10 minutos, o pide ayuda al administrador del servicio.";
    CODE_MAILBOX = "Abrir el buzón de desarrollo (el del emulador de Logto integrado)";
    CODE_CHOOSE = "¿Adónde enviamos el código?";

    // Email and phone.
    INVALID_EMAIL = "Escribe una dirección de correo como nombre@ejemplo.com.";
    INVALID_PHONE =
        "Este número de teléfono no es válido. Revisa el número y el país elegido.";
    CONTACT_EMAIL_TITLE = "Dirección de correo";
    CONTACT_PHONE_TITLE = "Número de teléfono";
    CONTACT_CURRENT = "Actual: {}";
    CONTACT_NONE = "Ninguno todavía.";
    CONTACT_NEW_EMAIL = "Nueva dirección de correo";
    CONTACT_NEW_PHONE = "Nuevo número de teléfono";
    CONTACT_LEAD =
        "Enviamos un código a la nueva dirección; se guarda cuando escribes ese código.";
    CONTACT_SAME = "Esa ya es tu dirección.";
    CONTACT_SAVE = "Verificar y guardar";
    CONTACT_OTHER = "Usar otra dirección";
    CONTACT_REMOVE = "Quitar";
    CONTACT_EMAIL_CHANGED = "Se ha guardado tu dirección de correo.";
    CONTACT_PHONE_CHANGED = "Se ha guardado tu número de teléfono.";
    CONTACT_REMOVED = "Quitado.";
    CONTACT_EMAIL_TAKEN = "Otra cuenta ya usa esa dirección de correo.";
    CONTACT_PHONE_TAKEN = "Otra cuenta ya usa ese número de teléfono.";
    CONTACT_LAST_WAY =
        "Es tu única forma de iniciar sesión: primero añade otro correo o teléfono, un nombre de usuario o una cuenta vinculada.";
    CONTACT_NO_PENDING =
        "Aquí no hay ningún cambio pendiente de código. Empieza de nuevo con la nueva dirección.";
    CONTACT_CHANGE_EMAIL = "Cambiar dirección de correo";
    CONTACT_CHANGE_PHONE = "Cambiar número de teléfono";
    // The security page: how you sign in, where you're signed in.
    SECURITY_TITLE = "Seguridad";
    SECURITY_METHODS = "Cómo inicias sesión";
    SECURITY_PASSWORD_SET = "Establecida";
    SECURITY_PASSWORD_NONE = "Sin establecer";
    SECURITY_CHANGE = "Cambiar";
    SECURITY_ADD = "Añadir";
    APP_SESSIONS_TITLE = "En esta página";
    SESSIONS_REVIEW = "Revisar dónde tienes la sesión iniciada";
    SESSION_STALE =
        "Sesión iniciada hace más de 30 días: ciérrala si no la usas.";
    CHECKUP_TITLE = "Revisión de seguridad";
    CHECKUP_SCORE = "{} de {} hecho";
    CHECKUP_ALL_GOOD = "Todo lo que protege tu cuenta está en su sitio.";
    CHECKUP_TO_DO = "Unos pocos pasos hacen que tu cuenta sea más difícil de robar.";
    CHECK_GOOD = "Hecho";
    CHECK_FIX = "Pendiente";
    CHECK_INFO = "Merece un vistazo";
    CHECK_ON = "Activada: {}";
    CHECK_TWO_STEP_OFF = "Desactivada: con tu contraseña basta para entrar.";
    CHECK_TURN_ON = "Activar";
    CHECK_CODES_LEFT = "one:{} sin usar|other:{} sin usar";
    CHECK_CODES_LOW =
        "one:Solo queda {} sin usar: crea un juego nuevo antes de que se acaben.|other:Solo quedan {} sin usar: crea un juego nuevo antes de que se acaben.";
    CHECK_CODES_NONE =
        "Ninguno: sin tu segundo paso, no podrías volver a entrar.";
    CHECK_CODES_LATER = "Vienen con la verificación en dos pasos.";
    CHECK_MAKE_CODES = "Crear códigos de respaldo";
    CHECK_SET_UP = "Configurar";
    CHECK_RECOVERY = "Correo o teléfono de recuperación";
    CHECK_RECOVERY_NONE = "Ninguno: no podrías volver a entrar con un código.";
    CHECK_ADD_EMAIL = "Añadir un correo";
    CHECK_PASSWORD_CHANGED = "Cambiada {}";
    CHECK_PASSWORD_UNKNOWN =
        "Establecida; ningún cambio en el registro de actividad de esta página";
    CHECK_PASSWORD_NONE = "Inicias sesión sin contraseña.";
    CHECK_SESSIONS = "Sesiones";
    CHECK_SESSIONS_ONLY = "Solo este navegador tiene la sesión iniciada aquí.";
    CHECK_SESSIONS_OTHERS = "Otros navegadores con la sesión iniciada aquí: {}";
    CHECK_REVIEW = "Revisar";
    CHECK_LINKED_NONE = "Ninguna";
    SESSIONS_TITLE = "Dónde tienes la sesión iniciada";
    SESSIONS_LEAD =
        "Los navegadores y dispositivos con la sesión iniciada en esta página. Cierra la sesión de los que no reconozcas y después cambia tu contraseña.";
    SESSION_THIS = "Este navegador";
    SESSION_DEVICE = "{} en {}";
    SESSION_UNKNOWN_DEVICE = "Navegador desconocido";
    SESSION_IP = "Dirección IP {}";
    SESSION_SIGNED_IN = "Sesión iniciada {}";
    SESSION_ACTIVE = "activa {}";
    SESSIONS_END_OTHERS = "Cerrar todas las demás sesiones";
    SESSIONS_CONFIRM_FIRST = "Para cerrar una sesión, primero confirma que eres tú.";
    SESSION_ENDED = "Se ha cerrado esa sesión.";
    SESSIONS_OTHERS_ENDED = "Se han cerrado tus demás sesiones.";
    LOGTO_SESSIONS_TITLE = "Sesiones iniciadas en Logto";
    LOGTO_SESSIONS_LEAD =
        "Logto recuerda estos inicios de sesión para que las apps que lo usan puedan iniciar tu sesión sin volver a pedírtelo. Cerrar uno también quita el acceso a las apps que iniciaron sesión a través de él.";
    LOGTO_SESSIONS_UNSUPPORTED =
        "Este servidor de Logto no muestra sus sesiones; arriba solo aparecen las sesiones de esta página.";
    LOGTO_SESSION_APPS = "Apps que iniciaron sesión a través de ella: {}";
    LOGTO_SESSION_ENDED = "Se ha cerrado esa sesión de Logto.";
    LINKED_TITLE = "Cuentas vinculadas";
    LINKED_LEAD = "Cuentas de otros servicios con las que puedes iniciar sesión.";
    LINKED_NONE = "No hay cuentas vinculadas.";
    LINKED_UNLINK = "Desvincular";
    LINKED_CONFIRM_FIRST = "Para desvincular una cuenta, primero confirma que eres tú.";
    LINKED_UNLINKED = "Se ha desvinculado la cuenta.";
    LINKED_LAST_WAY =
        "Es tu única forma de iniciar sesión: primero añade una dirección de correo o un número de teléfono.";
    // Two-step verification.
    TWO_STEP_TITLE = "Verificación en dos pasos";
    TWO_STEP_LEAD =
        "Un segundo paso después de tu contraseña al iniciar sesión: un código de una app de autenticación, una llave de acceso o un código de respaldo.";
    TWO_STEP_SUMMARY = "App de autenticación, códigos de respaldo, llaves de acceso";
    TWO_STEP_MANAGE = "Gestionar";
    TWO_STEP_NONE = "Aún no hay segundo paso.";
    TWO_STEP_CONFIRM_FIRST =
        "Para cambiar tus segundos pasos, primero confirma que eres tú.";
    FACTOR_TOTP = "App de autenticación";
    FACTOR_BACKUP = "Códigos de respaldo";
    FACTOR_PASSKEY = "Llave de acceso";
    FACTOR_ADDED = "Añadido el {}";
    FACTOR_CODES_LEFT = "one:{} sin usar|other:{} sin usar";
    FACTOR_REMOVED = "Se ha quitado el segundo paso.";
    TOTP_ADD = "Añadir una app de autenticación";
    TOTP_TITLE = "Configura tu app de autenticación";
    TOTP_SCAN =
        "Escanea este código con tu app de autenticación o escribe en ella la clave de abajo.";
    TOTP_QR = "Código QR para tu app de autenticación";
    TOTP_KEY = "Clave";
    TOTP_CODE_LEAD = "Después, escribe el código de 6 dígitos que muestra la app.";
    TOTP_TURN_ON = "Activar";
    TOTP_CANCEL = "Cancelar";
    TOTP_ON = "Tu app de autenticación está configurada.";
    TOTP_REPLACE = "Sustituir";
    AT_SIGN_IN_TITLE = "Al iniciar sesión";
    AT_SIGN_IN_NOT_ASKED =
        "Iniciar sesión en este servicio todavía no pide un segundo paso. Tus segundos pasos se guardan para cuando lo haga.";
    AT_SIGN_IN_NOTHING =
        "En cuanto añadas una app de autenticación o una llave de acceso, se te pedirá al iniciar sesión.";
    AT_SIGN_IN_ALWAYS = "Este servicio pide tu segundo paso cada vez que inicias sesión.";
    AT_SIGN_IN_BY_RISK =
        "Este servicio pide tu segundo paso cuando un inicio de sesión parece inusual.";
    AT_SIGN_IN_ON = "Se te pide un segundo paso cada vez que inicias sesión.";
    AT_SIGN_IN_OFF =
        "No se te pide un segundo paso al iniciar sesión: con tu contraseña basta para entrar.";
    AT_SIGN_IN_TURN_ON = "Pedir en cada inicio de sesión";
    AT_SIGN_IN_TURN_OFF = "Dejar de pedir al iniciar sesión";
    AT_SIGN_IN_ASKED = "Se te pedirá un segundo paso al iniciar sesión.";
    AT_SIGN_IN_STOPPED = "Ya no se te pedirá un segundo paso al iniciar sesión.";
    AT_SIGN_IN_FIXED = "Esto lo decide la configuración de inicio de sesión del servicio, no tú.";
    TOTP_REPLACING =
        "Tu app de autenticación actual sigue funcionando hasta que se confirme el primer código de la nueva.";
    TOTP_REPLACED =
        "Tu nueva app de autenticación está configurada; los códigos de la anterior ya no funcionan.";
    TOTP_CANCELLED = "No se ha añadido la app de autenticación.";
    TOTP_UNFINISHED = "No se terminó de configurar una app de autenticación.";
    TOTP_FINISH = "Terminar la configuración";
    TOTP_ALREADY =
        "Ya tienes una app de autenticación. Quítala primero para añadir otra.";
    TOTP_NOTHING = "No se está configurando ninguna app de autenticación.";
    PASSKEY_ADD_TITLE = "Añadir una llave de acceso";
    PASSKEY_ADD_LEAD =
        "Usa tu huella, tu cara o el bloqueo de pantalla como segundo paso. Tu dispositivo guarda la llave de acceso; nunca sale de él.";
    PASSKEY_PASSWORD_HINT =
        "Logto te vuelve a pedir la contraseña antes de añadir una llave de acceso.";
    PASSKEY_NAME = "Ponle un nombre (opcional)";
    PASSKEY_NAME_HINT =
        "Por ejemplo, «Portátil del trabajo», para distinguir tus llaves de acceso.";
    PASSKEY_NAME_TOO_LONG = "Usa 64 caracteres como máximo para el nombre.";
    PASSKEY_ADD = "Añadir una llave de acceso";
    PASSKEY_WORKING = "Sigue las indicaciones de tu navegador para crear la llave de acceso…";
    PASSKEY_NEEDS_JS =
        "Para añadir una llave de acceso hace falta JavaScript, porque la crea tu navegador. Activa JavaScript para añadir una aquí.";
    PASSKEY_NO_SUPPORT =
        "Este navegador no puede crear llaves de acceso. Prueba una versión actual de Chrome, Edge, Firefox o Safari.";
    PASSKEY_CANCELLED =
        "No se añadió ninguna llave de acceso: se cerró la ventana del navegador o se agotó el tiempo.";
    PASSKEY_FAILED = "No se pudo añadir la llave de acceso. Vuelve a intentarlo.";
    PASSKEY_REFUSED =
        "Logto no aceptó esta llave de acceso. Vuelve a intentarlo o usa otro dispositivo.";
    PASSKEY_EXPIRED = "Ha tardado demasiado. Vuelve a empezar a añadir la llave de acceso.";
    PASSKEY_NO_PASSWORD =
        "Para añadir aquí una llave de acceso hace falta tu contraseña, y aún no tienes. Establece una primero.";
    PASSKEY_ADDED =
        "Llave de acceso añadida. A partir de ahora puedes usarla como segundo paso.";
    PASSKEY_OFF = "Todavía no se pueden añadir llaves de acceso aquí.";
    PASSKEY_OFF_ADMIN = "Para ello, el administrador de Logto debe:";
    PASSKEY_OFF_ACCOUNT_CENTER = "activar el Account Center (Console → Account center)";
    PASSKEY_OFF_FIELD =
        "permitir allí que los usuarios editen las llaves de acceso («Passkeys», o «MFA» en versiones antiguas de Logto, en Edit)";
    PASSKEY_OFF_FACTOR =
        "activar las llaves de acceso como segundo paso en la experiencia de inicio de sesión (Multi-factor auth → Passkeys)";
    PASSKEY_OFF_ORIGIN = "añadir {} a los WebAuthn related origins del Account Center";
    ACT_PASSKEY_ADDED = "Llave de acceso añadida";
    BACKUP_NEW = "Obtener códigos de respaldo";
    BACKUP_RENEW = "Nuevos códigos de respaldo";
    BACKUP_TITLE = "Tus códigos de respaldo";
    BACKUP_LEAD =
        "Cada código sirve una vez, cuando no puedes usar tu otro segundo paso. Guárdalos en un lugar seguro: solo se muestran ahora, y si obtienes otros nuevos, estos dejan de funcionar.";
    BACKUP_COPY = "Copiar";
    BACKUP_COPIED = "Copiado";
    BACKUP_DOWNLOAD = "Descargar como archivo de texto";
    BACKUP_FILE_HEADER = "Códigos de respaldo de {}. Cada uno sirve una vez.";
    BACKUP_GONE =
        "Los códigos de respaldo solo se muestran una vez. Si los has perdido, obtén otros nuevos.";
    BACKUP_ALONE =
        "Los códigos de respaldo necesitan otro segundo paso: primero añade una app de autenticación.";
    BACKUP_MADE_ELSEWHERE =
        "Se acaban de crear nuevos códigos de respaldo en otro lugar. Vuelve a cargar la página para verlos.";
    BACKUP_DONE = "Listo";
    // Your data: download, delete.
    ACCOUNT_TITLE = "Tus datos";
    EXPORT_TITLE = "Descargar tus datos";
    EXPORT_LEAD =
        "Un único archivo JSON con todo lo que esta página y Logto guardan sobre ti: tu perfil y tus datos personalizados, las cuentas vinculadas, los segundos pasos (sin sus secretos) y dónde tienes la sesión iniciada.";
    EXPORT_BUTTON = "Descargar mis datos";
    DELETE_TITLE = "Eliminar tu cuenta";
    DELETE_LEAD =
        "Esto elimina tu cuenta en Logto —tu perfil, tu dirección de correo, tu número de teléfono, tu contraseña, tus cuentas vinculadas y tus segundos pasos— y cierra tu sesión en todas partes. No se puede deshacer: si quieres conservar tus datos, descárgalos primero.";
    DELETE_CONFIRM_FIRST = "Para eliminar tu cuenta, primero confirma que eres tú.";
    DELETE_TYPE = "Escribe {} para confirmar";
    DELETE_BUTTON = "Eliminar mi cuenta";
    DELETE_MISMATCH = "No es lo que se pedía, así que no se ha eliminado nada.";
    ACTIVITY_TITLE = "Actividad reciente";
    ACTIVITY_LEAD =
        "one:Cada cambio hecho en tu cuenta desde esta página, del más reciente al más antiguo, guardado durante {} día. ¿Hay algo que no reconoces? Cambia tu contraseña y cierra tus demás sesiones.|other:Cada cambio hecho en tu cuenta desde esta página, del más reciente al más antiguo, guardado durante {} días. ¿Hay algo que no reconoces? Cambia tu contraseña y cierra tus demás sesiones.";
    ACTIVITY_NONE = "Nada todavía.";
    ACTIVITY_NEWER = "Más recientes";
    ACTIVITY_OLDER = "Más antiguas";
    ACTIVITY_PAGES = "Páginas de la actividad reciente";
    ACT_PROFILE_SAVED = "Perfil guardado: {}";
    ACT_PASSWORD_CHANGED = "Contraseña cambiada";
    ACT_PASSWORD_SET = "Contraseña establecida";
    ACT_EMAIL_CHANGED = "Dirección de correo cambiada";
    ACT_EMAIL_REMOVED = "Dirección de correo quitada";
    ACT_PHONE_CHANGED = "Número de teléfono cambiado";
    ACT_PHONE_REMOVED = "Número de teléfono quitado";
    ACT_SESSION_ENDED = "Se cerró una sesión";
    ACT_SESSIONS_ENDED = "Se cerraron todas las demás sesiones";
    ACT_LOGTO_SESSION_ENDED = "Se cerró una sesión de Logto";
    ACT_IDENTITY_UNLINKED = "Cuenta vinculada quitada: {}";
    ACT_TOTP_ADDED = "App de autenticación añadida";
    ACT_TOTP_REPLACED = "App de autenticación sustituida";
    ACT_SIGN_IN_STEP_ON = "Segundo paso al iniciar sesión activado";
    ACT_SIGN_IN_STEP_OFF = "Segundo paso al iniciar sesión desactivado";
    ACT_BACKUP_CODES = "Nuevos códigos de respaldo creados";
    ACT_FACTOR_REMOVED = "Segundo paso quitado";
    ACT_DATA_EXPORTED = "Se descargaron tus datos";
    ACT_OTHER = "Cuenta cambiada";
    ACT_NEW_BROWSER = "Inicio de sesión desde un navegador nuevo";
    ACT_LINK_REMOVED = "Se quitó una cuenta vinculada";

    // Security notices by email (server only: never in the browser's bundle).
    NOTICE_SUBJECT = "Aviso de seguridad: {}";
    NOTICE_HELLO = "Hola, {}:";
    NOTICE_HELLO_PLAIN = "Hola:";
    NOTICE_INTRO = "se acaba de hacer este cambio en tu cuenta:";
    NOTICE_EMAIL_FROM_TO = "De {} a {}.";
    NOTICE_WHEN = "Cuándo";
    NOTICE_BROWSER = "Navegador";
    NOTICE_ADDRESS = "Dirección";
    NOTICE_IF_YOU = "Si has sido tú, no tienes que hacer nada.";
    NOTICE_NOT_ME = "No he sido yo";
    NOTICE_NOT_ME_LEAD =
        "Si no has sido tú, abre este enlace en los próximos 7 días: cierra tu sesión en todas partes, recupera una dirección de correo cambiada y te ayuda a establecer una contraseña nueva.";
    NOT_ME_TITLE = "No he sido yo";
    NOT_ME_ABOUT = "Has abierto el enlace de un aviso de seguridad sobre este cambio:";
    NOT_ME_LEAD =
        "Si no lo hiciste tú, puede que otra persona esté usando tu cuenta. Protégela ahora: esto va a";
    NOT_ME_WILL_SIGN_OUT = "cerrar tu sesión en todas partes, en esta app y en Logto;";
    NOT_ME_WILL_RESTORE = "volver a poner {} como tu dirección de correo;";
    NOT_ME_WILL_SEND_CODE =
        "enviar un código a tu dirección de correo para que puedas elegir una contraseña nueva.";
    NOT_ME_BUTTON = "Proteger mi cuenta";
    NOT_ME_INVALID =
        "Este enlace no es válido o ha caducado (los enlaces sirven durante 7 días). Si crees que otra persona usa tu cuenta, inicia sesión y cambia tu contraseña.";
    NOT_ME_DONE_TITLE = "Lo que hemos hecho";
    NOT_ME_DONE_SESSIONS =
        "Sesión cerrada en todas partes en esta app. Sesiones cerradas: {}.";
    NOT_ME_DONE_LOGTO =
        "Se cerraron tus sesiones en Logto, junto con el acceso que daban a las apps.";
    NOT_ME_LOGTO_CANNOT =
        "Este Logto no puede cerrar sus propias sesiones: establece una contraseña nueva abajo para impedir que otros entren.";
    NOT_ME_DONE_EMAIL = "Tu dirección de correo vuelve a ser {}.";
    NOT_ME_EMAIL_TAKEN =
        "Tu antigua dirección de correo {} la usa ahora otra cuenta, así que no se ha recuperado.";
    NOT_ME_DONE_CODE = "Hemos enviado un código a {}.";
    NOT_ME_NO_ADDRESS =
        "Tu cuenta no tiene ninguna dirección de correo a la que enviar un código: inicia sesión con tu contraseña y cámbiala.";
    NOT_ME_STEP_FAILED =
        "No se pudo contactar con Logto para todos los pasos. Vuelve a abrir el enlace dentro de unos minutos: sigue funcionando hasta que se completen todos.";
    NOT_ME_PASSWORD_TITLE = "Elige una contraseña nueva";
    NOT_ME_PASSWORD_SAVE = "Establecer la contraseña nueva";
    NOT_ME_PASSWORD_DONE = "Tu nueva contraseña está establecida. Inicia sesión con ella.";
    NOT_ME_PASSWORD_REFUSED =
        "Logto no aceptó esta contraseña. Elige una más larga y difícil de adivinar.";
    NOTICE_FOOTER =
        "Recibes este correo porque trata sobre tu cuenta en {}. Nunca contiene un código ni una contraseña.";
    ACT_FROM = "{} · {}";
    GOODBYE_TITLE = "Se ha eliminado tu cuenta";
    GOODBYE_LEAD =
        "Tu cuenta y todo lo que contenía ya no existen, y se ha cerrado tu sesión aquí.";
    GOODBYE_ACTIVITY_LEFT =
        "La lista de tu actividad reciente no se pudo eliminar ahora mismo; se elimina automáticamente cuando caducan sus entradas.";
    GOODBYE_FIELDS_LEFT =
        "Los datos que esta página guardaba sobre ti en su propia base de datos no se pudieron eliminar ahora mismo. Pide al soporte del sitio que los elimine.";
    GOODBYE_SESSIONS_LEFT =
        "Algunas de tus otras sesiones de esta página no se pudieron cerrar ahora mismo. Ya no pueden acceder a tu cuenta y terminarán por sí solas.";
    AGO_NOW = "ahora mismo";
    AGO_MINUTES = "hace {} min";
    AGO_HOURS = "hace {} h";
    AGO_DAY = "hace 1 día";
    AGO_DAYS = "hace {} días";
    CONTACT_REGION = "País o región";
    CONTACT_REGION_NONE = "Otro: escribe + y el prefijo del país";
    CONTACT_PHONE_HINT =
        "Como lo marcarías en ese país, o con + y el prefijo del país.";
    PHONE_REGION_NEEDED = "Elige el país o empieza el número con + y el prefijo del país.";

    // Password.
    PASSWORD_TITLE_CHANGE = "Cambiar contraseña";
    PASSWORD_TITLE_SET = "Establecer una contraseña";
    PASSWORD_LEAD_SET =
        "Tu cuenta aún no tiene contraseña. Añade una para iniciar sesión con tu correo, teléfono o nombre de usuario y una contraseña.";
    PASSWORD_CURRENT = "Contraseña actual";
    PASSWORD_NEW = "Contraseña nueva";
    PASSWORD_REPEAT = "Repite la contraseña nueva";
    PASSWORD_SHOW = "Mostrar contraseñas";
    PASSWORD_FORGOT = "¿Has olvidado tu contraseña actual?";
    PASSWORD_SIGN_OUT_OTHERS = "Cerrar mis demás sesiones";
    PASSWORD_SIGN_OUT_OTHERS_HINT =
        "Todos los demás navegadores y dispositivos con tu sesión iniciada tendrán que volver a iniciarla.";
    PASSWORD_SUBMIT_CHANGE = "Cambiar contraseña";
    PASSWORD_SUBMIT_SET = "Establecer contraseña";
    PASSWORD_SAVING = "Guardando…";
    PASSWORD_CHANGED = "Se ha cambiado tu contraseña.";
    PASSWORD_WAS_SET = "Se ha establecido tu contraseña.";
    PASSWORD_OTHERS_ENDED =
        "Se han cerrado tus demás sesiones, en esta app y en Logto.";
    PASSWORD_OTHERS_ENDED_APP_ONLY =
        "Se han cerrado tus demás sesiones en esta app. Esta versión de Logto no puede cerrar sus propias sesiones, así que las demás apps siguen con la sesión iniciada hasta que caduquen.";
    PASSWORD_CURRENT_REQUIRED = "Escribe tu contraseña actual.";
    PASSWORD_WRONG = "Esa no es tu contraseña actual.";
    PASSWORD_REQUIRED = "Escribe una contraseña nueva.";
    PASSWORD_MISMATCH = "Las dos contraseñas nuevas no coinciden.";
    PASSWORD_REJECTED = "No se puede usar esta contraseña. Debe:";
    PASSWORD_RULES = "Tu contraseña nueva debe";
    RULE_MIN_LENGTH = "one:tener al menos {} carácter|other:tener al menos {} caracteres";
    RULE_MAX_LENGTH = "one:tener como máximo {} carácter|other:tener como máximo {} caracteres";
    RULE_CHARACTER_TYPES =
        "combinar al menos {} de estos tipos: minúsculas, mayúsculas, números, símbolos";
    RULE_SUPPORTED =
        "usar solo letras de la a a la z y de la A a la Z, números, espacios y símbolos comunes";
    RULE_REPETITION = "no repetir un carácter 3 veces seguidas (como aaa)";
    RULE_SEQUENCE = "no contener una secuencia (como abc, 123 o qwe)";
    RULE_USER_INFO =
        "no contener tu nombre, nombre de usuario, correo ni número de teléfono";
    RULE_WORDS = "no contener ninguna palabra que este servicio no permita";
    RULE_PWNED = "no estar en una lista de contraseñas filtradas";
    RULE_UNKNOWN = "cumplir una regla de este servicio ({})";
    BREACH_CHECK_UNAVAILABLE =
        "La comprobación de contraseñas filtradas no está disponible ahora mismo; se han comprobado las demás reglas.";
    RULE_MET = "cumplida";
    RULE_NOT_MET = "aún sin cumplir";

    // Not found.
    NOT_FOUND_TITLE = "Página no encontrada";
    NOT_FOUND_TEXT = "No hay nada en esta dirección.";
    NOT_FOUND_HOME = "Ir a la página de inicio";

    // Sign-in failed.
    SIGN_IN_FAILED_TITLE = "No se pudo iniciar sesión";
    SIGNED_OUT_TITLE = "Se ha cerrado tu sesión";
    SIGN_IN_RETRY = "Volver a intentarlo";
    SIGN_IN_EXPIRED =
        "El inicio de sesión tardó demasiado o se empezó en otro navegador o pestaña. Vuelve a intentarlo.";
    SIGN_IN_STATE =
        "La respuesta del servicio de inicio de sesión no coincidía con la solicitud que envió esta página, así que se rechazó para proteger tu cuenta. Vuelve a intentarlo.";
    SIGN_IN_DENIED = "El servicio de inicio de sesión canceló o rechazó el inicio de sesión.";
    SIGN_IN_EXCHANGE =
        "El servicio de inicio de sesión no confirmó tu inicio de sesión. Vuelve a intentarlo.";
    SIGN_IN_ID_TOKEN =
        "No pudimos verificar la identidad que devolvió el servicio de inicio de sesión, así que se rechazó para proteger tu cuenta. Vuelve a intentarlo.";
    SIGN_IN_UNAVAILABLE =
        "El servicio de inicio de sesión no está disponible ahora mismo. Vuelve a intentarlo en un momento.";
    SIGN_IN_INCOMPLETE = "El inicio de sesión no se completó. Vuelve a intentarlo.";
    SIGN_IN_NOT_FRESH =
        "Este inicio de sesión necesita tus credenciales y el servicio de inicio de sesión no las pidió. Vuelve a iniciar sesión y escríbelas.";
    REAUTH_NEEDED =
        "Por tu seguridad, vuelve a iniciar sesión para confirmar que eres tú. Tu cuenta no tiene correo ni teléfono al que enviar un código.";
    REAUTH_BUTTON = "Volver a iniciar sesión";

    // Apps with access to your account (Logto's grants).
    NAV_APPS = "Apps";
    APPS_TITLE = "Apps con acceso";
    APPS_LEAD =
        "Apps a las que has permitido usar tu cuenta. Quitarle el acceso a una app cierra su sesión en todas partes; te lo volverá a pedir la próxima vez que la uses.";
    APPS_FIRST_PARTY = "Apps de este servicio";
    APPS_FIRST_PARTY_LEAD = "Creadas por quienes gestionan tu cuenta.";
    APPS_THIRD_PARTY = "Apps de terceros";
    APPS_THIRD_PARTY_LEAD = "Creadas por otros. Solo ven lo que aceptaste compartir.";
    APPS_NONE = "Ninguna.";
    APPS_SINCE = "Acceso concedido {}";
    APPS_THIS = "Esta página";
    APPS_REVOKE = "Quitar acceso";
    APPS_REVOKED = "Esa app ya no tiene acceso a tu cuenta.";
    APPS_CONFIRM_FIRST = "Para quitarle el acceso a una app, primero confirma que eres tú.";
    APPS_UNSUPPORTED =
        "Este servidor de Logto no muestra las apps que has autorizado (Logto 1.38 o posterior sí lo hace).";
    ACT_APP_REVOKED = "Acceso de app quitado: {}";

    // Organisations.
    ORGS_TITLE = "Organizaciones";
    ORGS_LEAD =
        "Las organizaciones a las que perteneces y tus roles en ellas. Las gestionan sus administradores.";
    ORGS_NONE = "No perteneces a ninguna organización.";
    ORGS_ROLES = "Roles: {}";
    ORGS_NO_ROLE = "Miembro, sin rol";

    // Personal access tokens.
    TOKENS_TITLE = "Tokens de acceso personal";
    TOKENS_LEAD =
        "Permite que tus propios scripts y herramientas actúen como tú. Trata cada token como una contraseña: quien lo tenga puede usar tu cuenta hasta que caduque o lo elimines.";
    TOKENS_SUMMARY = "Para tus propios scripts y herramientas";
    TOKENS_NONE = "No tienes tokens de acceso personal.";
    TOKENS_NEW = "Nuevo token";
    TOKENS_NAME = "Nombre";
    TOKENS_NAME_HINT =
        "Para qué sirve, para reconocerlo más adelante; por ejemplo, «Script de copia de seguridad».";
    TOKENS_EXPIRY = "Caduca";
    TOKENS_IN_DAYS = "one:Dentro de {} día|other:Dentro de {} días";
    TOKENS_NEVER = "Nunca";
    TOKENS_CREATE = "Crear token";
    TOKENS_CREATED_TITLE = "Tu nuevo token";
    TOKENS_CREATED_LEAD =
        "Cópialo ahora: solo se muestra esta vez. Si lo pierdes, elimínalo y crea otro.";
    TOKENS_COPY = "Copiar";
    TOKENS_COPIED = "Copiado";
    TOKENS_DOWNLOAD = "Descargar como archivo";
    TOKENS_CREATED_AT = "Creado {}";
    TOKENS_EXPIRES_AT = "Caduca el {}";
    TOKENS_NEVER_EXPIRES = "No caduca nunca";
    TOKENS_EXPIRED = "Caducado";
    TOKENS_DELETE = "Eliminar";
    TOKENS_DELETED =
        "Se ha eliminado el token. Lo que lo usaba ya no puede actuar como tú.";
    TOKENS_CONFIRM_FIRST = "Para crear o eliminar tokens, primero confirma que eres tú.";
    TOKENS_NAME_INVALID = "Ponle al token un nombre de 1 a 64 caracteres.";
    TOKENS_NAME_TAKEN = "Ya tienes un token con este nombre.";
    TOKENS_EXPIRY_INVALID = "Elige cuándo caduca el token.";
    TOKENS_LIMIT =
        "Tienes 20 tokens, el máximo permitido. Primero elimina uno que ya no uses.";
    ACT_TOKEN_CREATED = "Token de acceso personal creado: {}";
    ACT_TOKEN_DELETED = "Token de acceso personal eliminado: {}";

    // Profile photo.
    PHOTO_TITLE = "Foto de perfil";
    PHOTO_CHANGE = "Cambiar foto";
    PHOTO_BACK = "Volver a tu perfil";
    PHOTO_CURRENT_ALT = "Tu foto de perfil";
    PHOTO_NONE = "Aún no hay foto";
    PHOTO_CHOOSE = "Elegir una foto";
    PHOTO_HINT =
        "JPEG, PNG, WebP o GIF, de hasta 10 MB. Se recorta en cuadrado (desde el centro, salvo que la encuadres tú); se quitan su ubicación y los datos de la cámara.";
    PHOTO_UPLOAD = "Subir foto";
    PHOTO_REMOVE = "Quitar foto";
    PHOTO_SAVED = "Se ha guardado tu nueva foto.";
    PHOTO_REMOVED = "Se ha quitado tu foto.";
    PHOTO_NONE_CHOSEN = "Elige una foto para subirla.";
    PHOTO_CROP_INVALID = "No se pudo usar ese encuadre: vuelve a elegir la foto.";
    PHOTO_FRAME = "Arrastra para encuadrar la foto o usa las teclas de flecha.";
    PHOTO_ZOOM = "Zoom";
    PHOTO_PREVIEW_ALT = "Tu nueva foto, tal como se recortará";
    PHOTO_EMPTY = "Ese archivo está vacío. Elige una foto.";
    PHOTO_TOO_LARGE = "Ese archivo ocupa más de 10 MB. Elige una foto más pequeña.";
    PHOTO_NOT_IMAGE = "Ese archivo no es una imagen. Elige una foto JPEG, PNG, WebP o GIF.";
    PHOTO_UNSUPPORTED =
        "Ese formato de imagen no es compatible. Elige una foto JPEG, PNG, WebP o GIF.";
    PHOTO_TOO_MANY_PIXELS =
        "Esa imagen es demasiado grande (más de 6000 píxeles por lado). Elige una más pequeña.";
    PHOTO_DAMAGED =
        "No se pudo leer esa imagen; puede que esté dañada. Elige otra foto.";
    ACT_PHOTO_CHANGED = "Foto de perfil cambiada";
    ACT_PHOTO_REMOVED = "Foto de perfil quitada";
}
