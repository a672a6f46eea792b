-- Security notices waiting to be sent (sealed: addresses and words are personal data), and the
-- browsers each user signed in with (hashed), for the new-browser notice.
create table if not exists notice_outbox (
  id text primary key,
  -- The deployment (its public URL) that sends it: several may share one database.
  sender text not null default '',
  user_id text not null,
  message text not null,
  attempts bigint not null default 0,
  next_at bigint not null,
  created_at bigint not null
);
create index if not exists notice_outbox_next on notice_outbox (sender, next_at);
create table if not exists known_browsers (
  user_id text not null,
  browser text not null,
  first_seen bigint not null,
  primary key (user_id, browser)
);
