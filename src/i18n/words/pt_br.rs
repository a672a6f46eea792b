//! Portuguese (Brazil): "você", as Brazilian apps and account pages use; one term each for
//! "entrar", "sessão" and "verificação em duas etapas".

words! {
    // The page frame.
    SITE_NAME = "Perfil";
    TITLE_SUFFIX = "Perfil Logto";
    SKIP_TO_CONTENT = "Pular para o conteúdo";
    NAV_PROFILE = "Perfil";
    NAV_PASSWORD = "Senha";
    NAV_SECURITY = "Segurança";
    NAV_DATA = "Dados";
    SIGN_IN = "Entrar";
    SIGN_OUT = "Sair";
    YOUR_ACCOUNT = "Sua conta";
    LANGUAGE = "Idioma";

    // Home.
    HOME_TITLE = "Boas-vindas";
    HOME_HEADLINE = "Sua conta, nas suas mãos";
    HOME_LEAD =
        "Altere seu nome, nome de usuário e foto, troque sua senha e mantenha seu e-mail e telefone em dia: a conta que você usa para entrar com o Logto, gerenciada em um só lugar.";
    STATUS_TITLE = "Status do serviço";
    STATUS_CHECK_AGAIN = "Verificar de novo";
    STATUS_EMULATOR = "emulador do Logto integrado";
    STATUS_LOGTO = "Logto";
    STATUS_EMULATOR_SUBJECT = "O emulador do Logto integrado";
    STATUS_CONNECTED = "Conectado: {} ({} ms).";
    STATUS_UNREACHABLE = "{} não está respondendo. Não é possível entrar nem salvar.";
    STATUS_UPTIME = "No ar há {}";
    DURATION_SECONDS = "{} s";
    DURATION_MINUTES = "{} min";
    DURATION_HOURS = "{} h {} min";
    DURATION_DAYS = "{} d {} h";

    // Profile page.
    PROFILE_TITLE = "Seu perfil";
    PROFILE_LOADING = "Carregando seu perfil…";
    PROFILE_CHECKING = "Procurando alterações no Logto…";
    PROFILE_STALE =
        "Não foi possível carregar os valores mais recentes do Logto ({}). Você ainda pode editar e salvar.";
    PROFILE_SAVED = "Seu perfil foi salvo.";
    PROFILE_KEPT = "Suas alterações continuam no formulário.";
    PROFILE_SAVE = "Salvar alterações";
    PROFILE_SAVING = "Salvando…";
    PROFILE_UNSAVED = "Você tem alterações não salvas.";
    SECTION_BASIC = "Informações básicas";
    SECTION_PERSONAL = "Dados pessoais";
    SECTION_ADDRESS = "Endereço";
    SECTION_SIGN_IN = "Dados de acesso";
    FACT_EMAIL = "E-mail";
    FACT_PHONE = "Telefone";
    FACT_CREATED = "Conta criada";
    FACT_LAST_SIGN_IN = "Último acesso";
    NOT_SET = "Não informado";

    // Profile fields.
    FIELD_NAME = "Nome completo";
    FIELD_USERNAME = "Nome de usuário";
    FIELD_AVATAR = "URL do avatar";
    FIELD_GIVEN_NAME = "Nome";
    FIELD_MIDDLE_NAME = "Nome do meio";
    FIELD_FAMILY_NAME = "Sobrenome";
    FIELD_NICKNAME = "Apelido";
    FIELD_WEBSITE = "Site";
    FIELD_GENDER = "Gênero";
    FIELD_BIRTHDATE = "Data de nascimento";
    FIELD_ZONEINFO = "Fuso horário";
    FIELD_LOCALE = "Idioma e região";
    FIELD_STREET = "Endereço";
    FIELD_LOCALITY = "Cidade";
    FIELD_REGION = "Estado ou região";
    FIELD_POSTAL_CODE = "CEP";
    FIELD_COUNTRY = "País";

    // Validation (the same in the browser and on the server).
    INVALID_USERNAME_EMPTY = "Digite um nome de usuário.";
    INVALID_MAX_128 = "Use no máximo 128 caracteres.";
    INVALID_MAX_256 = "Use no máximo 256 caracteres.";
    INVALID_USERNAME_START = "Comece com uma letra ou um sublinhado.";
    INVALID_USERNAME_CHARS =
        "Use apenas letras (a–z), números e sublinhados, sem espaços.";
    INVALID_SINGLE_LINE = "Remova as quebras de linha e os caracteres de controle.";
    INVALID_URL_LONG = "Este endereço é longo demais.";
    INVALID_URL_SCHEME = "Use um endereço que comece com https:// (ou http://).";
    INVALID_URL = "Este não é um endereço da web válido.";
    INVALID_DATE = "Use uma data como 1990-04-23.";
    INVALID_DAY = "Esse dia não existe nesse mês.";
    INVALID_YEAR = "Use um ano entre 1900 e 2100.";
    INVALID_ZONE = "Escolha um fuso horário da lista.";
    INVALID_LOCALE = "Escolha um idioma da lista (por exemplo, pt-BR).";
    PARTLY_SAVED =
        "Só parte das suas alterações foi salva: {} salvo; {} não salvo ({}). Tente de novo.";
    // Declared fields (profile-fields.toml): checks, the masked sensitive values, conflicts.
    CUSTOM_REQUIRED = "Preencha este campo.";
    CUSTOM_TOO_SHORT = "one:Use pelo menos {} caractere.|other:Use pelo menos {} caracteres.";
    CUSTOM_TOO_LONG = "one:Use no máximo {} caractere.|other:Use no máximo {} caracteres.";
    CUSTOM_CONTROL = "Remova os caracteres de controle.";
    CUSTOM_NOT_NUMBER = "Digite um número, como 42 ou 3,5.";
    CUSTOM_TOO_SMALL = "Digite {} ou mais.";
    CUSTOM_TOO_LARGE = "Digite {} ou menos.";
    CUSTOM_TOO_EARLY = "Escolha {} ou uma data posterior.";
    CUSTOM_TOO_LATE = "Escolha {} ou uma data anterior.";
    CUSTOM_NOT_PHONE =
        "Digite um número de telefone: apenas números, espaços e + ( ) -.";
    CUSTOM_NOT_CHOICE = "Escolha uma opção da lista.";
    CUSTOM_PATTERN = "Use o formato esperado.";
    CUSTOM_READ_ONLY = "Este campo não pode ser alterado aqui.";
    CUSTOM_CHOOSE = "Escolha…";
    CUSTOM_YES = "Sim";
    CUSTOM_NO = "Não";
    CUSTOM_SAVED_AS = "Salvo: {}";
    CUSTOM_REPLACE = "Digite um novo valor para substituí-lo.";
    CUSTOM_REMOVE = "Remover o valor salvo";
    CUSTOM_CHANGED =
        "Alterado em outro lugar desde que esta página foi aberta: agora é “{}”. Salve de novo para substituí-lo.";
    CUSTOM_CHANGED_HIDDEN =
        "Alterado em outro lugar desde que esta página foi aberta. Salve de novo para substituí-lo.";
    CUSTOM_CHANGED_ELSEWHERE =
        "Alguns campos foram alterados em outro lugar desde que esta página foi aberta; nada foi salvo. Suas alterações continuam no formulário.";
    PROFILE_DRAFT_BACK =
        "Identidade confirmada. Suas alterações voltaram ao formulário: salve-as agora.";
    USERNAME_TAKEN = "Esse nome de usuário já está em uso.";
    VALUE_TOO_LONG = "Um dos valores é longo demais.";
    LOGTO_REFUSED_VALUE = "O Logto recusou um dos valores. Confira o formulário.";
    REQUEST_TOO_LARGE = "Esta solicitação é grande demais. Encurte o que você digitou.";
    FORM_UNREADABLE =
        "Não foi possível ler o formulário. Recarregue a página e tente de novo.";

    // Errors any request may meet.
    ERROR_SESSION_ENDED = "Sua sessão terminou. Entre de novo.";
    ERROR_FORBIDDEN = "Esta solicitação foi recusada.";
    ERROR_NOT_FOUND = "Não encontrado.";
    ERROR_RATE_LIMITED = "Muitas tentativas. Aguarde {} e tente de novo.";
    WAIT_SECONDS = "one:{} segundo|other:{} segundos";
    WAIT_MINUTES = "one:{} minuto|other:{} minutos";
    WAIT_HOURS = "one:{} hora|other:{} horas";
    ERROR_SUSPENDED =
        "Sua conta foi suspensa, então você saiu daqui. Entre em contato com quem administra este serviço.";
    ERROR_PROOF_NEEDED = "Para sua segurança, confirme primeiro que é você.";
    ERROR_BAD_GATEWAY =
        "O Logto respondeu com um erro. Nada foi alterado; tente de novo.";
    ERROR_UNAVAILABLE =
        "O Logto está indisponível no momento. Nada foi alterado; tente de novo daqui a pouco.";
    ERROR_TIMEOUT =
        "O Logto demorou demais para responder. Nada foi alterado; tente de novo.";
    ERROR_NETWORK =
        "Não foi possível acessar o servidor. Verifique sua conexão e tente de novo.";
    ERROR_INTERNAL = "Algo deu errado do nosso lado. Tente de novo.";

    // Confirm it's you (re-verification).
    CONFIRM_TITLE = "Confirme que é você";
    CONFIRM_LEAD =
        "Para sua segurança, esta etapa precisa de uma confirmação recente. Ela vale por 10 minutos.";
    CONFIRM_BY_PASSWORD = "Com sua senha";
    CONFIRM_BY_CODE = "Com um código";
    CONFIRM_CONTINUE = "Continuar";
    CONFIRM_CANCEL = "Cancelar";
    CONFIRMED = "Obrigado, sua identidade está confirmada pelos próximos 10 minutos.";
    CODE_SEND = "Enviar código";
    CODE_TO_EMAIL = "E-mail para {}";
    CODE_TO_PHONE = "SMS para {}";
    CODE_SENT = "Enviamos um código de 6 dígitos para {}.";
    CODE_LABEL = "Código de 6 dígitos";
    CODE_RESEND = "Enviar um novo código";
    CODE_RESEND_IN = "Você pode pedir um novo código em {} s.";
    CODE_FORMAT = "Digite os 6 dígitos da mensagem.";
    CODE_MISMATCH = "Esse código não está certo. Confira e tente de novo.";
    CODE_EXPIRED = "Esse código expirou. Peça um novo.";
    CODE_TOO_MANY_TRIES = "Muitas tentativas erradas com este código. Peça um novo.";
    CODE_NOT_FOUND = "Não há nenhum código aguardando para este endereço. Peça um novo.";
    CODE_SEND_LIMITED =
        "Muitos códigos foram enviados para este endereço. Aguarde até 10 minutos e tente de novo.";
    CODE_NO_EMAIL_CONNECTOR = "Códigos por e-mail não estão configurados neste serviço.";
    CODE_NO_SMS_CONNECTOR = "Códigos por SMS não estão configurados neste serviço.";
    CODE_NO_ADDRESS =
        "Sua conta não tem e-mail nem número de telefone para onde enviar um código. Saia, entre de novo e volte em até 10 minutos, ou peça ajuda ao administrador do serviço.";
    CODE_MAILBOX = "Abrir a caixa de entrada de desenvolvimento (a do emulador do Logto integrado)";
    CODE_CHOOSE = "Para onde devemos enviar o código?";

    // Email and phone.
    INVALID_EMAIL = "Digite um endereço de e-mail como nome@exemplo.com.";
    INVALID_PHONE =
        "Este número de telefone não é válido. Confira o número e o país escolhido.";
    CONTACT_EMAIL_TITLE = "Endereço de e-mail";
    CONTACT_PHONE_TITLE = "Número de telefone";
    CONTACT_CURRENT = "Atual: {}";
    CONTACT_NONE = "Nenhum ainda.";
    CONTACT_NEW_EMAIL = "Novo endereço de e-mail";
    CONTACT_NEW_PHONE = "Novo número de telefone";
    CONTACT_LEAD =
        "Enviamos um código para o novo endereço; ele é salvo quando você digita esse código.";
    CONTACT_SAME = "Esse já é o seu endereço.";
    CONTACT_SAVE = "Verificar e salvar";
    CONTACT_OTHER = "Usar outro endereço";
    CONTACT_REMOVE = "Remover";
    CONTACT_EMAIL_CHANGED = "Seu endereço de e-mail foi salvo.";
    CONTACT_PHONE_CHANGED = "Seu número de telefone foi salvo.";
    CONTACT_REMOVED = "Removido.";
    CONTACT_EMAIL_TAKEN = "Esse endereço de e-mail já é usado por outra conta.";
    CONTACT_PHONE_TAKEN = "Esse número de telefone já é usado por outra conta.";
    CONTACT_LAST_WAY =
        "Esta é sua única forma de entrar: adicione primeiro outro e-mail ou telefone, um nome de usuário ou uma conta vinculada.";
    CONTACT_NO_PENDING =
        "Não há nenhuma alteração aguardando código aqui. Comece de novo com o novo endereço.";
    CONTACT_CHANGE_EMAIL = "Alterar endereço de e-mail";
    CONTACT_CHANGE_PHONE = "Alterar número de telefone";
    // The security page: how you sign in, where you're signed in.
    SECURITY_TITLE = "Segurança";
    SECURITY_METHODS = "Como você entra";
    SECURITY_PASSWORD_SET = "Definida";
    SECURITY_PASSWORD_NONE = "Não definida";
    SECURITY_CHANGE = "Alterar";
    SECURITY_ADD = "Adicionar";
    APP_SESSIONS_TITLE = "Nesta página";
    SESSIONS_REVIEW = "Ver onde você está conectado";
    SESSION_STALE = "Entrou há mais de 30 dias: encerre se você não usa.";
    CHECKUP_TITLE = "Verificação de segurança";
    CHECKUP_SCORE = "{} de {} feito";
    CHECKUP_ALL_GOOD = "Tudo o que protege sua conta está ativo.";
    CHECKUP_TO_DO = "Alguns passos deixam sua conta mais difícil de invadir.";
    CHECK_GOOD = "Feito";
    CHECK_FIX = "A fazer";
    CHECK_INFO = "Vale conferir";
    CHECK_ON = "Ativada: {}";
    CHECK_TWO_STEP_OFF = "Desativada: só a sua senha já deixa qualquer um entrar.";
    CHECK_TURN_ON = "Ativar";
    CHECK_CODES_LEFT = "one:{} não usado|other:{} não usados";
    CHECK_CODES_LOW =
        "one:Só {} não usado: gere um novo conjunto antes que acabem.|other:Só {} não usados: gere um novo conjunto antes que acabem.";
    CHECK_CODES_NONE = "Nenhum: sem sua segunda etapa, você ficaria sem acesso.";
    CHECK_CODES_LATER = "Eles vêm com a verificação em duas etapas.";
    CHECK_MAKE_CODES = "Gerar códigos de backup";
    CHECK_SET_UP = "Configurar";
    CHECK_RECOVERY = "E-mail ou telefone de recuperação";
    CHECK_RECOVERY_NONE = "Nenhum: você não conseguiria voltar com um código.";
    CHECK_ADD_EMAIL = "Adicionar um e-mail";
    CHECK_PASSWORD_CHANGED = "Alterada {}";
    CHECK_PASSWORD_UNKNOWN = "Definida; nenhuma alteração no registro de atividades desta página";
    CHECK_PASSWORD_NONE = "Você entra sem senha.";
    CHECK_SESSIONS = "Sessões";
    CHECK_SESSIONS_ONLY = "Só este navegador está conectado aqui.";
    CHECK_SESSIONS_OTHERS = "Outros navegadores conectados aqui: {}";
    CHECK_REVIEW = "Revisar";
    CHECK_LINKED_NONE = "Nenhuma";
    SESSIONS_TITLE = "Onde você está conectado";
    SESSIONS_LEAD =
        "Os navegadores e dispositivos conectados a esta página. Encerre os que você não reconhece e depois troque sua senha.";
    SESSION_THIS = "Este navegador";
    SESSION_DEVICE = "{} em {}";
    SESSION_UNKNOWN_DEVICE = "Navegador desconhecido";
    SESSION_IP = "Endereço IP {}";
    SESSION_SIGNED_IN = "Entrou {}";
    SESSION_ACTIVE = "ativo {}";
    SESSIONS_END_OTHERS = "Encerrar todas as outras sessões";
    SESSIONS_CONFIRM_FIRST = "Para encerrar uma sessão, confirme primeiro que é você.";
    SESSION_ENDED = "Essa sessão foi encerrada.";
    SESSIONS_OTHERS_ENDED = "Suas outras sessões foram encerradas.";
    LOGTO_SESSIONS_TITLE = "Conectado no Logto";
    LOGTO_SESSIONS_LEAD =
        "O Logto lembra destes acessos para que os apps que o usam possam conectar você sem perguntar de novo. Encerrar um também acaba com o acesso dos apps conectados por meio dele.";
    LOGTO_SESSIONS_UNSUPPORTED =
        "Este servidor Logto não lista suas sessões; só as sessões desta página aparecem acima.";
    LOGTO_SESSION_APPS = "Apps conectados por meio dele: {}";
    LOGTO_SESSION_ENDED = "Esse acesso ao Logto foi encerrado.";
    LINKED_TITLE = "Contas vinculadas";
    LINKED_LEAD = "Contas de outros serviços com as quais você pode entrar.";
    LINKED_NONE = "Nenhuma conta vinculada.";
    LINKED_UNLINK = "Desvincular";
    LINKED_CONFIRM_FIRST = "Para desvincular uma conta, confirme primeiro que é você.";
    LINKED_UNLINKED = "A conta foi desvinculada.";
    LINKED_LAST_WAY =
        "Esta é sua única forma de entrar: adicione primeiro um endereço de e-mail ou um número de telefone.";
    // Two-step verification.
    TWO_STEP_TITLE = "Verificação em duas etapas";
    TWO_STEP_LEAD =
        "Uma segunda etapa depois da sua senha ao entrar: um código de um app autenticador, uma chave de acesso ou um código de backup.";
    TWO_STEP_SUMMARY = "App autenticador, códigos de backup, chaves de acesso";
    TWO_STEP_MANAGE = "Gerenciar";
    TWO_STEP_NONE = "Nenhuma segunda etapa ainda.";
    TWO_STEP_CONFIRM_FIRST =
        "Para alterar suas segundas etapas, confirme primeiro que é você.";
    FACTOR_TOTP = "App autenticador";
    FACTOR_BACKUP = "Códigos de backup";
    FACTOR_PASSKEY = "Chave de acesso";
    FACTOR_ADDED = "Adicionado em {}";
    FACTOR_CODES_LEFT = "one:{} não usado|other:{} não usados";
    FACTOR_REMOVED = "A segunda etapa foi removida.";
    TOTP_ADD = "Adicionar um app autenticador";
    TOTP_TITLE = "Configure seu app autenticador";
    TOTP_SCAN =
        "Leia este código com seu app autenticador ou digite nele a chave abaixo.";
    TOTP_QR = "QR code para seu app autenticador";
    TOTP_KEY = "Chave";
    TOTP_CODE_LEAD = "Depois, digite o código de 6 dígitos que o app mostra.";
    TOTP_TURN_ON = "Ativar";
    TOTP_CANCEL = "Cancelar";
    TOTP_ON = "Seu app autenticador está configurado.";
    TOTP_REPLACE = "Substituir";
    AT_SIGN_IN_TITLE = "Quando você entra";
    AT_SIGN_IN_NOT_ASKED =
        "Entrar neste serviço ainda não pede uma segunda etapa. Suas segundas etapas ficam guardadas para quando pedir.";
    AT_SIGN_IN_NOTHING =
        "Assim que você adicionar um app autenticador ou uma chave de acesso, ela será pedida ao entrar.";
    AT_SIGN_IN_ALWAYS = "Este serviço pede sua segunda etapa toda vez que você entra.";
    AT_SIGN_IN_BY_RISK =
        "Este serviço pede sua segunda etapa quando um acesso parece incomum.";
    AT_SIGN_IN_ON = "Uma segunda etapa é pedida toda vez que você entra.";
    AT_SIGN_IN_OFF =
        "Nenhuma segunda etapa é pedida quando você entra: só a sua senha já deixa qualquer um entrar.";
    AT_SIGN_IN_TURN_ON = "Pedir a cada acesso";
    AT_SIGN_IN_TURN_OFF = "Parar de pedir ao entrar";
    AT_SIGN_IN_ASKED = "Uma segunda etapa será pedida quando você entrar.";
    AT_SIGN_IN_STOPPED = "A segunda etapa não será mais pedida quando você entrar.";
    AT_SIGN_IN_FIXED = "Quem decide isso são as configurações de acesso do serviço, não você.";
    TOTP_REPLACING =
        "Seu app autenticador atual continua funcionando até o primeiro código do novo ser confirmado.";
    TOTP_REPLACED =
        "Seu novo app autenticador está configurado; os códigos do antigo não funcionam mais.";
    TOTP_CANCELLED = "O app autenticador não foi adicionado.";
    TOTP_UNFINISHED = "A configuração de um app autenticador não foi concluída.";
    TOTP_FINISH = "Concluir a configuração";
    TOTP_ALREADY =
        "Você já tem um app autenticador. Remova-o primeiro para adicionar outro.";
    TOTP_NOTHING = "Nenhum app autenticador está sendo configurado.";
    PASSKEY_ADD_TITLE = "Adicionar uma chave de acesso";
    PASSKEY_ADD_LEAD =
        "Use sua digital, seu rosto ou o bloqueio de tela como segunda etapa. Seu dispositivo guarda a chave de acesso; ela nunca sai dele.";
    PASSKEY_PASSWORD_HINT =
        "O Logto pede sua senha mais uma vez antes de adicionar uma chave de acesso.";
    PASSKEY_NAME = "Dê um nome (opcional)";
    PASSKEY_NAME_HINT =
        "Por exemplo, “Notebook do trabalho”, para diferenciar suas chaves de acesso.";
    PASSKEY_NAME_TOO_LONG = "Use no máximo 64 caracteres no nome.";
    PASSKEY_ADD = "Adicionar uma chave de acesso";
    PASSKEY_WORKING = "Siga as instruções do navegador para criar a chave de acesso…";
    PASSKEY_NEEDS_JS =
        "Adicionar uma chave de acesso precisa de JavaScript, porque é o navegador que a cria. Ative o JavaScript para adicionar uma aqui.";
    PASSKEY_NO_SUPPORT =
        "Este navegador não consegue criar chaves de acesso. Tente uma versão atual do Chrome, Edge, Firefox ou Safari.";
    PASSKEY_CANCELLED =
        "Nenhuma chave de acesso foi adicionada: a janela do navegador foi fechada ou o tempo acabou.";
    PASSKEY_FAILED = "Não foi possível adicionar a chave de acesso. Tente de novo.";
    PASSKEY_REFUSED =
        "O Logto não aceitou esta chave de acesso. Tente de novo ou use outro dispositivo.";
    PASSKEY_EXPIRED = "Isso demorou demais. Comece de novo a adicionar a chave de acesso.";
    PASSKEY_NO_PASSWORD =
        "Adicionar uma chave de acesso aqui precisa da sua senha, e você ainda não tem uma. Defina uma primeiro.";
    PASSKEY_ADDED =
        "Chave de acesso adicionada. A partir de agora você pode usá-la como segunda etapa.";
    PASSKEY_OFF = "Ainda não é possível adicionar chaves de acesso aqui.";
    PASSKEY_OFF_ADMIN = "Para isso, o administrador do Logto precisa:";
    PASSKEY_OFF_ACCOUNT_CENTER = "ativar o Account Center (Console → Account center)";
    PASSKEY_OFF_FIELD =
        "permitir ali que os usuários editem chaves de acesso (“Passkeys”, ou “MFA” em versões antigas do Logto, em Edit)";
    PASSKEY_OFF_FACTOR =
        "ativar chaves de acesso como segunda etapa na experiência de login (Multi-factor auth → Passkeys)";
    PASSKEY_OFF_ORIGIN = "adicionar {} às WebAuthn related origins do Account Center";
    ACT_PASSKEY_ADDED = "Chave de acesso adicionada";
    BACKUP_NEW = "Gerar códigos de backup";
    BACKUP_RENEW = "Gerar novos códigos de backup";
    BACKUP_TITLE = "Seus códigos de backup";
    BACKUP_LEAD =
        "Cada código funciona uma vez, quando você não pode usar sua outra segunda etapa. Guarde-os em um lugar seguro: eles só aparecem agora, e gerar novos faz estes pararem de funcionar.";
    BACKUP_COPY = "Copiar";
    BACKUP_COPIED = "Copiado";
    BACKUP_DOWNLOAD = "Baixar como arquivo de texto";
    BACKUP_FILE_HEADER = "Códigos de backup de {}. Cada um funciona uma vez.";
    BACKUP_GONE =
        "Os códigos de backup só aparecem uma vez. Se você os perdeu, gere novos.";
    BACKUP_ALONE =
        "Os códigos de backup precisam de outra segunda etapa: adicione primeiro um app autenticador.";
    BACKUP_MADE_ELSEWHERE =
        "Novos códigos de backup acabaram de ser gerados em outro lugar. Recarregue a página para vê-los.";
    BACKUP_DONE = "Pronto";
    // Your data: download, delete.
    ACCOUNT_TITLE = "Seus dados";
    EXPORT_TITLE = "Baixar seus dados";
    EXPORT_LEAD =
        "Um único arquivo JSON com tudo o que esta página e o Logto guardam sobre você: seu perfil e dados personalizados, contas vinculadas, segundas etapas (sem seus segredos) e onde você está conectado.";
    EXPORT_BUTTON = "Baixar meus dados";
    DELETE_TITLE = "Excluir sua conta";
    DELETE_LEAD =
        "Isto exclui sua conta no Logto — seu perfil, endereço de e-mail, número de telefone, senha, contas vinculadas e segundas etapas — e desconecta você de todos os lugares. Não dá para desfazer: baixe seus dados antes se quiser guardá-los.";
    DELETE_CONFIRM_FIRST = "Para excluir sua conta, confirme primeiro que é você.";
    DELETE_TYPE = "Digite {} para confirmar";
    DELETE_BUTTON = "Excluir minha conta";
    DELETE_MISMATCH = "Isso não é o que foi pedido, então nada foi excluído.";
    ACTIVITY_TITLE = "Atividade recente";
    ACTIVITY_LEAD =
        "one:Cada alteração feita na sua conta por esta página, da mais recente para a mais antiga, guardada por {} dia. Algo que você não reconhece? Troque sua senha e encerre suas outras sessões.|other:Cada alteração feita na sua conta por esta página, da mais recente para a mais antiga, guardada por {} dias. Algo que você não reconhece? Troque sua senha e encerre suas outras sessões.";
    ACTIVITY_NONE = "Nada ainda.";
    ACTIVITY_NEWER = "Mais recentes";
    ACTIVITY_OLDER = "Mais antigas";
    ACTIVITY_PAGES = "Páginas da atividade recente";
    ACT_PROFILE_SAVED = "Perfil salvo: {}";
    ACT_PASSWORD_CHANGED = "Senha alterada";
    ACT_PASSWORD_SET = "Senha definida";
    ACT_EMAIL_CHANGED = "Endereço de e-mail alterado";
    ACT_EMAIL_REMOVED = "Endereço de e-mail removido";
    ACT_PHONE_CHANGED = "Número de telefone alterado";
    ACT_PHONE_REMOVED = "Número de telefone removido";
    ACT_SESSION_ENDED = "Uma sessão foi encerrada";
    ACT_SESSIONS_ENDED = "Todas as outras sessões foram encerradas";
    ACT_LOGTO_SESSION_ENDED = "Um acesso ao Logto foi encerrado";
    ACT_IDENTITY_UNLINKED = "Conta vinculada removida: {}";
    ACT_TOTP_ADDED = "App autenticador adicionado";
    ACT_TOTP_REPLACED = "App autenticador substituído";
    ACT_SIGN_IN_STEP_ON = "Segunda etapa ao entrar ativada";
    ACT_SIGN_IN_STEP_OFF = "Segunda etapa ao entrar desativada";
    ACT_BACKUP_CODES = "Novos códigos de backup gerados";
    ACT_FACTOR_REMOVED = "Segunda etapa removida";
    ACT_DATA_EXPORTED = "Seus dados foram baixados";
    ACT_OTHER = "Conta alterada";
    ACT_NEW_BROWSER = "Acesso de um navegador novo";
    ACT_LINK_REMOVED = "Uma conta vinculada foi removida";

    // Security notices by email (server only: never in the browser's bundle).
    NOTICE_SUBJECT = "Aviso de segurança: {}";
    NOTICE_HELLO = "Olá, {},";
    NOTICE_HELLO_PLAIN = "Olá,";
    NOTICE_INTRO = "esta alteração acabou de ser feita na sua conta:";
    NOTICE_EMAIL_FROM_TO = "De {} para {}.";
    NOTICE_WHEN = "Quando";
    NOTICE_BROWSER = "Navegador";
    NOTICE_ADDRESS = "Endereço";
    NOTICE_IF_YOU = "Se foi você, não é preciso fazer nada.";
    NOTICE_NOT_ME = "Não fui eu";
    NOTICE_NOT_ME_LEAD =
        "Se não foi você, abra este link em até 7 dias: ele desconecta você de todos os lugares, restaura um e-mail alterado e ajuda você a definir uma nova senha.";
    NOT_ME_TITLE = "Não fui eu";
    NOT_ME_ABOUT = "Você abriu o link de um aviso de segurança sobre esta alteração:";
    NOT_ME_LEAD =
        "Se não foi você, outra pessoa pode estar usando sua conta. Proteja-a agora: isto vai";
    NOT_ME_WILL_SIGN_OUT = "desconectar você de todos os lugares, neste app e no Logto;";
    NOT_ME_WILL_RESTORE = "voltar seu endereço de e-mail para {};";
    NOT_ME_WILL_SEND_CODE =
        "enviar um código para o seu e-mail, para você escolher uma nova senha.";
    NOT_ME_BUTTON = "Proteger minha conta";
    NOT_ME_INVALID =
        "Este link não é válido ou expirou (os links funcionam por 7 dias). Se você acha que outra pessoa usa sua conta, entre e troque sua senha.";
    NOT_ME_DONE_TITLE = "O que fizemos";
    NOT_ME_DONE_SESSIONS = "Desconectamos você de todos os lugares neste app. Sessões encerradas: {}.";
    NOT_ME_DONE_LOGTO =
        "Seus acessos no Logto foram encerrados, junto com o acesso que davam aos apps.";
    NOT_ME_LOGTO_CANNOT =
        "Este Logto não consegue encerrar seus próprios acessos: defina uma nova senha abaixo para manter outras pessoas fora.";
    NOT_ME_DONE_EMAIL = "Seu endereço de e-mail voltou a ser {}.";
    NOT_ME_EMAIL_TAKEN =
        "Seu antigo endereço de e-mail {} agora é usado por outra conta, então não foi restaurado.";
    NOT_ME_DONE_CODE = "Enviamos um código para {}.";
    NOT_ME_NO_ADDRESS =
        "Sua conta não tem endereço de e-mail para onde enviar um código: entre com sua senha e troque-a.";
    NOT_ME_STEP_FAILED =
        "Não foi possível acessar o Logto em todas as etapas. Abra o link de novo em alguns minutos: ele continua funcionando até todas as etapas serem concluídas.";
    NOT_ME_PASSWORD_TITLE = "Escolha uma nova senha";
    NOT_ME_PASSWORD_SAVE = "Definir a nova senha";
    NOT_ME_PASSWORD_DONE = "Sua nova senha está definida. Entre com ela.";
    NOT_ME_PASSWORD_REFUSED =
        "O Logto não aceitou esta senha. Escolha uma mais longa e difícil de adivinhar.";
    NOTICE_FOOTER =
        "Você recebe este e-mail porque ele é sobre sua conta em {}. Ele nunca contém um código nem uma senha.";
    ACT_FROM = "{} · {}";
    GOODBYE_TITLE = "Sua conta foi excluída";
    GOODBYE_LEAD = "Sua conta e tudo o que havia nela não existem mais, e você saiu daqui.";
    GOODBYE_ACTIVITY_LEFT =
        "A lista da sua atividade recente não pôde ser excluída agora; ela é excluída automaticamente quando os registros expiram.";
    GOODBYE_FIELDS_LEFT =
        "Os dados que esta página guardava sobre você no próprio banco de dados não puderam ser excluídos agora. Peça ao suporte do site para removê-los.";
    GOODBYE_SESSIONS_LEFT =
        "Algumas das suas outras sessões desta página não puderam ser encerradas agora. Elas não acessam mais sua conta e terminam sozinhas.";
    AGO_NOW = "agora mesmo";
    AGO_MINUTES = "há {} min";
    AGO_HOURS = "há {} h";
    AGO_DAY = "há 1 dia";
    AGO_DAYS = "há {} dias";
    CONTACT_REGION = "País ou região";
    CONTACT_REGION_NONE = "Outro: digite + e o código do país";
    CONTACT_PHONE_HINT =
        "Como você discaria nesse país, ou com + e o código do país.";
    PHONE_REGION_NEEDED = "Escolha o país ou comece o número com + e o código do país.";

    // Password.
    PASSWORD_TITLE_CHANGE = "Alterar senha";
    PASSWORD_TITLE_SET = "Definir uma senha";
    PASSWORD_LEAD_SET =
        "Sua conta ainda não tem senha. Adicione uma para entrar com seu e-mail, telefone ou nome de usuário e uma senha.";
    PASSWORD_CURRENT = "Senha atual";
    PASSWORD_NEW = "Nova senha";
    PASSWORD_REPEAT = "Repita a nova senha";
    PASSWORD_SHOW = "Mostrar senhas";
    PASSWORD_FORGOT = "Esqueceu sua senha atual?";
    PASSWORD_SIGN_OUT_OTHERS = "Encerrar minhas outras sessões";
    PASSWORD_SIGN_OUT_OTHERS_HINT =
        "Todos os outros navegadores e dispositivos conectados à sua conta vão precisar entrar de novo.";
    PASSWORD_SUBMIT_CHANGE = "Alterar senha";
    PASSWORD_SUBMIT_SET = "Definir senha";
    PASSWORD_SAVING = "Salvando…";
    PASSWORD_CHANGED = "Sua senha foi alterada.";
    PASSWORD_WAS_SET = "Sua senha foi definida.";
    PASSWORD_OTHERS_ENDED =
        "Suas outras sessões, neste app e no Logto, foram encerradas.";
    PASSWORD_OTHERS_ENDED_APP_ONLY =
        "Suas outras sessões neste app foram encerradas. Esta versão do Logto não consegue encerrar os próprios acessos, então os outros apps continuam conectados até as sessões deles expirarem.";
    PASSWORD_CURRENT_REQUIRED = "Digite sua senha atual.";
    PASSWORD_WRONG = "Essa não é sua senha atual.";
    PASSWORD_REQUIRED = "Digite uma nova senha.";
    PASSWORD_MISMATCH = "As duas novas senhas não são iguais.";
    PASSWORD_REJECTED = "Esta senha não pode ser usada. Ela precisa:";
    PASSWORD_RULES = "Sua nova senha precisa";
    RULE_MIN_LENGTH = "one:ter pelo menos {} caractere|other:ter pelo menos {} caracteres";
    RULE_MAX_LENGTH = "one:ter no máximo {} caractere|other:ter no máximo {} caracteres";
    RULE_CHARACTER_TYPES =
        "misturar pelo menos {} destes: letras minúsculas, letras maiúsculas, números, símbolos";
    RULE_SUPPORTED =
        "usar só letras de a–z e A–Z, números, espaços e símbolos comuns";
    RULE_REPETITION = "não repetir um caractere 3 vezes seguidas (como aaa)";
    RULE_SEQUENCE = "não conter uma sequência (como abc, 123 ou qwe)";
    RULE_USER_INFO =
        "não conter seu nome, nome de usuário, e-mail ou número de telefone";
    RULE_WORDS = "não conter uma palavra que este serviço não permite";
    RULE_PWNED = "não estar em uma lista de senhas vazadas";
    RULE_UNKNOWN = "cumprir uma regra deste serviço ({})";
    BREACH_CHECK_UNAVAILABLE =
        "A verificação de senhas vazadas está indisponível agora; as outras regras foram verificadas.";
    RULE_MET = "cumprida";
    RULE_NOT_MET = "ainda não cumprida";

    // Not found.
    NOT_FOUND_TITLE = "Página não encontrada";
    NOT_FOUND_TEXT = "Não há nada neste endereço.";
    NOT_FOUND_HOME = "Ir para a página inicial";

    // Sign-in failed.
    SIGN_IN_FAILED_TITLE = "Não foi possível entrar";
    SIGNED_OUT_TITLE = "Você saiu";
    SIGN_IN_RETRY = "Tentar de novo";
    SIGN_IN_EXPIRED =
        "Seu acesso demorou demais ou foi iniciado em outro navegador ou aba. Tente de novo.";
    SIGN_IN_STATE =
        "A resposta do serviço de login não correspondia ao pedido que esta página enviou, então foi recusada para proteger sua conta. Tente de novo.";
    SIGN_IN_DENIED = "O acesso foi cancelado ou recusado pelo serviço de login.";
    SIGN_IN_EXCHANGE = "O serviço de login não confirmou seu acesso. Tente de novo.";
    SIGN_IN_ID_TOKEN =
        "Não conseguimos verificar a identidade que o serviço de login retornou, então ela foi recusada para proteger sua conta. Tente de novo.";
    SIGN_IN_UNAVAILABLE =
        "O serviço de login está indisponível agora. Tente de novo daqui a pouco.";
    SIGN_IN_INCOMPLETE = "O acesso não foi concluído. Tente de novo.";
    SIGN_IN_NOT_FRESH =
        "Este acesso precisa das suas credenciais, e o serviço de login não as pediu. Entre de novo e digite-as.";
    REAUTH_NEEDED =
        "Para sua segurança, entre de novo para confirmar que é você. Sua conta não tem e-mail nem telefone para onde enviar um código.";
    REAUTH_BUTTON = "Entrar de novo";

    // Apps with access to your account (Logto's grants).
    NAV_APPS = "Apps";
    APPS_TITLE = "Apps com acesso";
    APPS_LEAD =
        "Apps que você deixou usar sua conta. Remover o acesso de um app o desconecta de todos os lugares; ele pede de novo na próxima vez que você usá-lo.";
    APPS_FIRST_PARTY = "Apps deste serviço";
    APPS_FIRST_PARTY_LEAD = "Feitos por quem administra sua conta.";
    APPS_THIRD_PARTY = "Apps de terceiros";
    APPS_THIRD_PARTY_LEAD = "Feitos por outros. Eles só veem o que você aceitou compartilhar.";
    APPS_NONE = "Nenhum.";
    APPS_SINCE = "Acesso concedido {}";
    APPS_THIS = "Esta página";
    APPS_REVOKE = "Remover acesso";
    APPS_REVOKED = "Esse app não tem mais acesso à sua conta.";
    APPS_CONFIRM_FIRST = "Para remover o acesso de um app, confirme primeiro que é você.";
    APPS_UNSUPPORTED =
        "Este servidor Logto não lista os apps que você autorizou (o Logto 1.38 ou mais recente lista).";
    ACT_APP_REVOKED = "Acesso de app removido: {}";

    // Organisations.
    ORGS_TITLE = "Organizações";
    ORGS_LEAD =
        "As organizações das quais você faz parte e seus papéis nelas. Os administradores delas as gerenciam.";
    ORGS_NONE = "Você não faz parte de nenhuma organização.";
    ORGS_ROLES = "Papéis: {}";
    ORGS_NO_ROLE = "Membro, sem papel";

    // Personal access tokens.
    TOKENS_TITLE = "Tokens de acesso pessoal";
    TOKENS_LEAD =
        "Deixe seus próprios scripts e ferramentas agirem como você. Trate cada token como uma senha: quem tiver o token pode usar sua conta até ele expirar ou você excluí-lo.";
    TOKENS_SUMMARY = "Para seus próprios scripts e ferramentas";
    TOKENS_NONE = "Você não tem tokens de acesso pessoal.";
    TOKENS_NEW = "Novo token";
    TOKENS_NAME = "Nome";
    TOKENS_NAME_HINT =
        "Para que serve, para você reconhecê-lo depois, por exemplo, “Script de backup”.";
    TOKENS_EXPIRY = "Expira";
    TOKENS_IN_DAYS = "one:Em {} dia|other:Em {} dias";
    TOKENS_NEVER = "Nunca";
    TOKENS_CREATE = "Criar token";
    TOKENS_CREATED_TITLE = "Seu novo token";
    TOKENS_CREATED_LEAD =
        "Copie agora: ele só aparece desta vez. Se você o perder, exclua-o e crie outro.";
    TOKENS_COPY = "Copiar";
    TOKENS_COPIED = "Copiado";
    TOKENS_DOWNLOAD = "Baixar como arquivo";
    TOKENS_CREATED_AT = "Criado {}";
    TOKENS_EXPIRES_AT = "Expira em {}";
    TOKENS_NEVER_EXPIRES = "Nunca expira";
    TOKENS_EXPIRED = "Expirado";
    TOKENS_DELETE = "Excluir";
    TOKENS_DELETED =
        "O token foi excluído. O que o usava não pode mais agir como você.";
    TOKENS_CONFIRM_FIRST = "Para criar ou excluir tokens, confirme primeiro que é você.";
    TOKENS_NAME_INVALID = "Dê ao token um nome de 1 a 64 caracteres.";
    TOKENS_NAME_TAKEN = "Você já tem um token com este nome.";
    TOKENS_EXPIRY_INVALID = "Escolha quando o token expira.";
    TOKENS_LIMIT =
        "Você tem 20 tokens, o máximo permitido. Exclua primeiro um que não usa mais.";
    ACT_TOKEN_CREATED = "Token de acesso pessoal criado: {}";
    ACT_TOKEN_DELETED = "Token de acesso pessoal excluído: {}";

    // Profile photo.
    PHOTO_TITLE = "Foto do perfil";
    PHOTO_CHANGE = "Alterar foto";
    PHOTO_BACK = "Voltar ao seu perfil";
    PHOTO_CURRENT_ALT = "Sua foto do perfil";
    PHOTO_NONE = "Nenhuma foto ainda";
    PHOTO_CHOOSE = "Escolher uma foto";
    PHOTO_HINT =
        "JPEG, PNG, WebP ou GIF, até 10 MB. Ela é cortada em um quadrado (a partir do centro, a menos que você a enquadre); a localização e os dados da câmera são removidos.";
    PHOTO_UPLOAD = "Enviar foto";
    PHOTO_REMOVE = "Remover foto";
    PHOTO_SAVED = "Sua nova foto foi salva.";
    PHOTO_REMOVED = "Sua foto foi removida.";
    PHOTO_NONE_CHOSEN = "Escolha uma foto para enviar.";
    PHOTO_CROP_INVALID = "Não foi possível usar esse enquadramento: escolha a foto de novo.";
    PHOTO_FRAME = "Arraste para enquadrar sua foto ou use as setas do teclado.";
    PHOTO_ZOOM = "Zoom";
    PHOTO_PREVIEW_ALT = "Sua nova foto, como será cortada";
    PHOTO_EMPTY = "Esse arquivo está vazio. Escolha uma foto.";
    PHOTO_TOO_LARGE = "Esse arquivo tem mais de 10 MB. Escolha uma foto menor.";
    PHOTO_NOT_IMAGE = "Esse arquivo não é uma imagem. Escolha uma foto JPEG, PNG, WebP ou GIF.";
    PHOTO_UNSUPPORTED =
        "Esse formato de imagem não é compatível. Escolha uma foto JPEG, PNG, WebP ou GIF.";
    PHOTO_TOO_MANY_PIXELS =
        "Essa imagem é grande demais (mais de 6000 pixels de lado). Escolha uma menor.";
    PHOTO_DAMAGED =
        "Não foi possível ler essa imagem; ela pode estar danificada. Escolha outra foto.";
    ACT_PHOTO_CHANGED = "Foto do perfil alterada";
    ACT_PHOTO_REMOVED = "Foto do perfil removida";
}
