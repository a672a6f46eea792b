-- Every account change the app makes, per Logto user: what (an action and field names, never
-- values), when, and from which session, address and browser.
create table activity (
    id bigserial primary key,
    user_id text not null,
    at bigint not null,
    action text not null,
    fields text not null,
    session text not null,
    ip text not null,
    user_agent text not null
);
create index activity_user_at on activity (user_id, at desc, id desc);
create index activity_at on activity (at);
