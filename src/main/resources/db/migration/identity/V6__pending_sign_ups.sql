-- A storefront sign-up waits here until its link is followed: the account is opened only by whoever reads the
-- address, so nobody can hold an address they do not own, and the sign-up answer is the same whether or not the
-- address already has an account (that owner is emailed instead).
create table identity.pending_sign_up
(
    id            uuid primary key,
    email         text        not null check (email = lower(email)),
    name          text        not null check (length(name) between 1 and 100),
    password_hash text        not null,
    -- only a digest of the emailed token is kept
    token_hash    text        not null unique,
    requested_at  timestamptz not null,
    expires_at    timestamptz not null,
    finished_at   timestamptz
);
create index pending_sign_up_by_email on identity.pending_sign_up (email);
create index pending_sign_up_by_expiry on identity.pending_sign_up (expires_at);
