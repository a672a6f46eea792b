//! The security check-up: what protects the account, point by point, each with its fix a click
//! away. Pure: the page's service gathers the facts (two upstream calls, the rest from the own
//! database and session index).

#[cfg(test)]
use super::api::score;
use super::{CheckPoint, CheckStatus};
use crate::features::confirm::Channel;
use crate::features::contact::contact_path;
use crate::features::password::PASSWORD_PATH;
use crate::features::sessions::SESSIONS_PATH;
use crate::features::two_step::TWO_STEP_PATH;
use crate::i18n::{self, Lang, Text};
use crate::server::logto::MfaFactor;

/// Fewer unused backup codes than this is worth a new set.
const FEW_CODES: u32 = 3;

pub struct Facts<'a> {
    pub factors: &'a [MfaFactor],
    pub has_password: bool,
    /// The primary email or phone as shown (Logto keeps only verified ones there).
    pub recovery: Option<String>,
    /// Seconds since the last password change the activity log knows of.
    pub password_changed: Option<i64>,
    /// This app's other sessions of the user.
    pub other_sessions: usize,
    /// Linked social accounts' names.
    pub linked: Vec<String>,
}

pub fn points(facts: &Facts, lang: Lang) -> Vec<CheckPoint> {
    vec![
        two_step(facts, lang),
        backup_codes(facts, lang),
        recovery(facts, lang),
        password(facts, lang),
        sessions(facts, lang),
        linked(facts, lang),
    ]
}

fn point(
    status: CheckStatus,
    title: Text,
    detail: String,
    href: &str,
    action: Text,
    lang: Lang,
) -> CheckPoint {
    CheckPoint {
        status,
        title: title.get(lang).to_owned(),
        detail,
        href: href.to_owned(),
        action: action.get(lang).to_owned(),
    }
}

/// The second steps that are not backup codes, named.
fn second_steps(facts: &Facts, lang: Lang) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = facts
        .factors
        .iter()
        .filter_map(|f| match f.kind.as_str() {
            "Totp" => Some(i18n::FACTOR_TOTP.get(lang)),
            "WebAuthn" => Some(i18n::FACTOR_PASSKEY.get(lang)),
            _ => None,
        })
        .collect();
    names.dedup();
    names
}

fn two_step(facts: &Facts, lang: Lang) -> CheckPoint {
    let steps = second_steps(facts, lang);
    let (status, detail, action) = if steps.is_empty() {
        let off = i18n::CHECK_TWO_STEP_OFF.get(lang).to_owned();
        (CheckStatus::Fix, off, i18n::CHECK_TURN_ON)
    } else {
        let on = i18n::CHECK_ON.fill(lang, &[&i18n::plural::list(lang, &steps)]);
        (CheckStatus::Good, on, i18n::CHECK_REVIEW)
    };
    point(
        status,
        i18n::TWO_STEP_TITLE,
        detail,
        TWO_STEP_PATH,
        action,
        lang,
    )
}

fn backup_codes(facts: &Facts, lang: Lang) -> CheckPoint {
    let left = facts
        .factors
        .iter()
        .find(|f| f.kind == "BackupCode")
        .map(|f| f.remain_codes.unwrap_or(0));
    let (status, detail, action) = match left {
        _ if second_steps(facts, lang).is_empty() => (
            CheckStatus::Info,
            i18n::CHECK_CODES_LATER.get(lang).to_owned(),
            i18n::CHECK_SET_UP,
        ),
        None => (
            CheckStatus::Fix,
            i18n::CHECK_CODES_NONE.get(lang).to_owned(),
            i18n::CHECK_MAKE_CODES,
        ),
        Some(n) if n < FEW_CODES => (
            CheckStatus::Fix,
            i18n::CHECK_CODES_LOW.count(lang, u64::from(n)),
            i18n::CHECK_MAKE_CODES,
        ),
        Some(n) => (
            CheckStatus::Good,
            i18n::CHECK_CODES_LEFT.count(lang, u64::from(n)),
            i18n::CHECK_REVIEW,
        ),
    };
    point(
        status,
        i18n::FACTOR_BACKUP,
        detail,
        TWO_STEP_PATH,
        action,
        lang,
    )
}

fn recovery(facts: &Facts, lang: Lang) -> CheckPoint {
    let href = contact_path(Channel::Email);
    if let Some(address) = &facts.recovery {
        let detail = address.clone();
        point(
            CheckStatus::Good,
            i18n::CHECK_RECOVERY,
            detail,
            href,
            i18n::CHECK_REVIEW,
            lang,
        )
    } else {
        let detail = i18n::CHECK_RECOVERY_NONE.get(lang).to_owned();
        point(
            CheckStatus::Fix,
            i18n::CHECK_RECOVERY,
            detail,
            href,
            i18n::CHECK_ADD_EMAIL,
            lang,
        )
    }
}

/// Having a password is not scored: signing in by code or a linked account is as good.
fn password(facts: &Facts, lang: Lang) -> CheckPoint {
    let (status, detail, action) = match (facts.has_password, facts.password_changed) {
        (false, _) => (
            CheckStatus::Info,
            i18n::CHECK_PASSWORD_NONE.get(lang).to_owned(),
            i18n::SECURITY_ADD,
        ),
        (true, Some(ago)) => (
            CheckStatus::Good,
            i18n::CHECK_PASSWORD_CHANGED.fill(lang, &[&i18n::time_ago(lang, ago)]),
            i18n::SECURITY_CHANGE,
        ),
        (true, None) => (
            CheckStatus::Good,
            i18n::CHECK_PASSWORD_UNKNOWN.get(lang).to_owned(),
            i18n::SECURITY_CHANGE,
        ),
    };
    point(
        status,
        i18n::NAV_PASSWORD,
        detail,
        PASSWORD_PATH,
        action,
        lang,
    )
}

fn sessions(facts: &Facts, lang: Lang) -> CheckPoint {
    let detail = match facts.other_sessions {
        0 => i18n::CHECK_SESSIONS_ONLY.get(lang).to_owned(),
        n => i18n::CHECK_SESSIONS_OTHERS.fill(lang, &[&n.to_string()]),
    };
    point(
        CheckStatus::Info,
        i18n::CHECK_SESSIONS,
        detail,
        SESSIONS_PATH,
        i18n::CHECK_REVIEW,
        lang,
    )
}

fn linked(facts: &Facts, lang: Lang) -> CheckPoint {
    let detail = if facts.linked.is_empty() {
        i18n::CHECK_LINKED_NONE.get(lang).to_owned()
    } else {
        i18n::plural::list(lang, &facts.linked)
    };
    point(
        CheckStatus::Info,
        i18n::LINKED_TITLE,
        detail,
        "#linked-title",
        i18n::CHECK_REVIEW,
        lang,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn factor(kind: &str, remain: Option<u32>) -> MfaFactor {
        MfaFactor {
            id: kind.into(),
            created_at: "2026-12-01T00:00:00.000Z".into(),
            kind: kind.into(),
            agent: None,
            name: None,
            remain_codes: remain,
        }
    }

    fn facts(factors: &[MfaFactor]) -> Facts<'_> {
        Facts {
            factors,
            has_password: true,
            recovery: None,
            password_changed: None,
            other_sessions: 0,
            linked: vec![],
        }
    }

    fn statuses(facts: &Facts) -> Vec<CheckStatus> {
        points(facts, Lang::En).iter().map(|p| p.status).collect()
    }

    #[test]
    fn a_bare_account_has_two_step_and_recovery_to_do() {
        use CheckStatus::*;
        let f = facts(&[]);
        assert_eq!(statuses(&f), [Fix, Info, Fix, Good, Info, Info]);
        assert_eq!(score(&points(&f, Lang::En)), (1, 3));
        assert_eq!(points(&f, Lang::En)[0].href, TWO_STEP_PATH);
    }

    #[test]
    fn backup_codes_count_once_a_second_step_is_on() {
        let totp = factor("Totp", None);
        let none = [totp.clone()];
        let low = [totp.clone(), factor("BackupCode", Some(2))];
        let plenty = [totp, factor("BackupCode", Some(10))];
        let second = |f: &[MfaFactor]| points(&facts(f), Lang::En).swap_remove(1);
        assert_eq!(second(&none).status, CheckStatus::Fix);
        let low = second(&low);
        assert_eq!(
            (low.status, low.detail.as_str()),
            (
                CheckStatus::Fix,
                "Only 2 unused: make a new set before they run out."
            )
        );
        let plenty = second(&plenty);
        assert_eq!(
            (plenty.status, plenty.detail.as_str()),
            (CheckStatus::Good, "10 unused")
        );
    }

    #[test]
    fn everything_in_place_scores_full() {
        let factors = [
            factor("WebAuthn", None),
            factor("WebAuthn", None),
            factor("BackupCode", Some(9)),
        ];
        let f = Facts {
            recovery: Some("dana@example.com".into()),
            password_changed: Some(3 * 86_400),
            linked: vec!["GitHub".into()],
            ..facts(&factors)
        };
        let points = points(&f, Lang::En);
        assert_eq!(score(&points), (4, 4));
        assert_eq!(points[0].detail, "On: Passkey");
        assert_eq!(points[3].detail, "Changed 3 days ago");
        assert_eq!(points[5].detail, "GitHub");
    }

    #[test]
    fn no_password_is_not_scored() {
        let f = Facts {
            has_password: false,
            ..facts(&[])
        };
        assert_eq!(points(&f, Lang::En)[3].status, CheckStatus::Info);
    }
}
