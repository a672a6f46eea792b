-- Profile photos kept by the app (where Logto has no storage for them): each upload once per
-- size, re-encoded as JPEG (no metadata survives), named by a random id that is its URL.
create table photos (
    id text not null,
    size integer not null,
    user_id text not null,
    bytes blob not null,
    created_at bigint not null,
    primary key (id, size)
);
create index photos_user on photos (user_id);
