-- The declared profile fields stored in the app's own database: one row per user and field.
-- `value` is plain text, or sealed (`enc1:{key id}:…`, AES-256-GCM) for a sensitive field.
-- `version` grows with each write: a save names the version its page showed (no lost updates).
create table profile_values (
    user_id text not null,
    field text not null,
    value text not null,
    version bigint not null,
    updated_at bigint not null,
    primary key (user_id, field)
);
