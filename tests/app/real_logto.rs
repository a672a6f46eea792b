//! Which of these tests also run against a real Logto (`scripts/real-logto.sh`, which reads this
//! list): the ones that talk to Logto and need nothing of the emulator's own (its request counts,
//! fault injection, early token expiry) or of its seed that the Management API cannot make (the
//! demo user's linked GitHub account and passkey). The seeded users are made anew for each.

pub const ON_REAL_LOGTO: &[&str] = &[
    "auth::full_sign_in_round_trip_cycles_the_session_and_returns_to_the_page",
    "auth::a_stray_callback_keeps_the_signed_in_session",
    "security::the_user_sees_their_sessions_and_signs_one_out_after_a_proof",
    "security::all_other_sessions_sign_out_at_once",
    "security::logto_sessions_are_listed_where_logto_lists_them_and_end_one_by_one",
    "security::a_browser_that_missed_its_new_id_stays_signed_in_without_the_proof",
    "security::a_browser_signed_out_from_elsewhere_must_enter_its_credentials_again",
    "security::a_stale_write_under_the_old_id_does_not_bring_it_back",
    "security::signing_out_ends_the_id_a_proof_replaced",
    "password::the_password_changes_with_the_current_one_and_signs_in_with_the_new",
    "password::a_proof_opens_only_its_own_session",
    "password::a_forgotten_password_is_replaced_after_a_code",
    "password::signing_out_the_other_sessions_ends_them_here_and_at_logto",
    "profile::fresh_profile_reads_userinfo_and_the_management_api",
    "profile::saving_sends_only_changes_and_updates_the_session",
    "profile::clearing_a_claim_removes_it_and_keeps_the_others",
    "profile::a_taken_username_is_a_field_error_and_nothing_is_saved",
    "contact::a_phone_is_typed_as_people_type_it_and_removed_while_email_remains",
    "account::an_account_is_deleted_after_a_proof_and_the_typed_confirmation",
    "account::the_activity_log_names_the_request_that_acted_not_the_sign_in",
    "account::the_download_leaves_out_only_provider_secrets_and_names_what_it_cannot_open",
    "security::a_suspended_user_is_signed_out_at_the_next_sensitive_action",
    "access::the_data_page_lists_the_users_organisations_with_roles",
    "access::personal_access_tokens_are_made_shown_once_and_deleted_after_a_proof",
    "photo::an_uploaded_photo_is_squared_stripped_served_and_set_as_the_avatar",
    "photo::with_photo_dir_the_photo_is_kept_in_that_directory",
    "passkey::a_passkey_is_added_with_the_password_and_logtos_check",
    "push::a_suspended_or_deleted_user_is_signed_out_everywhere",
    "push::webhooks_are_authenticated_by_their_signature_and_taken_once",
];

/// Every name in the list is a test of this binary: a renamed test cannot silently drop out of
/// the real-Logto run.
#[test]
fn every_listed_test_exists() {
    for name in ON_REAL_LOGTO {
        let (module, test) = name.split_once("::").unwrap();
        let source = std::fs::read_to_string(format!("tests/app/{module}.rs")).unwrap();
        assert!(
            source.contains(&format!("async fn {test}()")),
            "{name} is not a test"
        );
    }
}
