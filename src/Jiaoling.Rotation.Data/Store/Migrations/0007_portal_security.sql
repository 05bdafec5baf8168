-- Portal security (issue 13). Failed logins are counted per login name and client address, not per account:
-- a guesser slows only itself, and nobody can lock HR out for everyone. The row is reserved before the
-- password is checked (one UPDATE ... RETURNING), so parallel guesses cannot overtake the limit.
-- Sessions are rows: logout revokes one, so a cookie copied before logout no longer works, and each has an
-- absolute end however active it stays.

create table login_throttle (
    county        text not null,
    login         text not null,
    address       text not null,
    attempts      integer not null,
    locked_until  timestamptz,
    updated_at    timestamptz not null default now(),
    primary key (county, login, address)
);

create index login_throttle_updated on login_throttle (updated_at);

create table portal_sessions (
    id          text primary key,
    county      text not null,
    login       text not null,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    revoked_at  timestamptz,
    foreign key (county, login) references accounts
);

create index portal_sessions_expires on portal_sessions (expires_at);
