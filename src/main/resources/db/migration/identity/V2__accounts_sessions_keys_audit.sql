-- Accounts, sign-in sessions with rotating refresh tokens, admin API keys, rate limits and the audit log.

create table identity.user_account
(
    id            uuid primary key,
    email         text        not null unique check (email = lower(email) and length(email) between 3 and 254),
    name          text        not null check (length(name) between 1 and 100),
    password_hash text        not null,
    role          text        not null check (role in ('admin', 'staff', 'chef', 'customer')),
    -- the chef profile (chefs module) a chef account acts for; no foreign key across module schemas
    chef_id       uuid,
    created_at    timestamptz not null default now(),
    last_login_at timestamptz,
    disabled_at   timestamptz
);

-- A named, revocable key for machines and the storefront's admin console; only a hash of the secret is kept.
create table identity.api_key
(
    id           uuid primary key,
    name         text        not null check (length(name) between 1 and 100),
    prefix       text        not null,
    secret_hash  text        not null unique,
    created_by   uuid references identity.user_account (id),
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create unique index api_key_active_name on identity.api_key (name) where revoked_at is null;

-- A sign-in: the family of refresh tokens issued from one login. Revoking it ends every token of the family, and
-- access tokens carry its id, so a revoked session stops working at once.
create table identity.session
(
    id             uuid primary key,
    user_id        uuid references identity.user_account (id),
    api_key_id     uuid references identity.api_key (id),
    created_at     timestamptz not null default now(),
    expires_at     timestamptz not null,
    revoked_at     timestamptz,
    revoked_reason text,
    check ((user_id is null) <> (api_key_id is null))
);
create index session_by_user on identity.session (user_id) where revoked_at is null;

create table identity.refresh_token
(
    token_hash text primary key,
    session_id uuid        not null references identity.session (id) on delete cascade,
    issued_at  timestamptz not null default now(),
    used_at    timestamptz
);
create index refresh_token_session on identity.refresh_token (session_id);

-- Rate limits as a generic cell rate algorithm: one row per limited key holding its theoretical arrival time.
-- A single conditional upsert decides each request, so the limit holds across every instance.
create table identity.rate_limit
(
    key        text primary key,
    tat        timestamptz not null,
    expires_at timestamptz not null
);
create index rate_limit_expiry on identity.rate_limit (expires_at);

-- Every change made by an admin or staff member anywhere in the product.
create table identity.audit_entry
(
    id            bigint generated always as identity primary key,
    occurred_at   timestamptz not null,
    actor_id      text        not null,
    actor_role    text        not null,
    action        text        not null,
    resource_type text        not null,
    resource_id   text        not null,
    summary       text        not null,
    before        jsonb,
    after         jsonb
);
create index audit_entry_time on identity.audit_entry (occurred_at desc);
create index audit_entry_resource on identity.audit_entry (resource_type, resource_id);
create index audit_entry_actor on identity.audit_entry (actor_id, occurred_at desc);
