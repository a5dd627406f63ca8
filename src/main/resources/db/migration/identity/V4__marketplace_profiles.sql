-- Whether an admin approved the account as a chef: it may then switch between its customer and chef roles. Only an
-- admin's change of role sets or clears it, so a demoted chef cannot switch back.
alter table identity.user_account add column approved_chef boolean not null default false;
update identity.user_account set approved_chef = true where role = 'chef';

-- When the owner of the address proved they read it (a signed link emailed at sign-up). Accounts opened before
-- confirmation existed count as confirmed.
alter table identity.user_account add column email_confirmed_at timestamptz;
update identity.user_account set email_confirmed_at = created_at;

-- What the marketplace (the sautai app) knows of an account beside its sign-in: a public username (the /c/<username>
-- slug), an integer id its payloads carry, their household preferences, and their address.
create table identity.marketplace_profile
(
    user_id                uuid primary key references identity.user_account (id) on delete cascade,
    public_id              bigint generated always as identity unique,
    username               text        not null check (username ~ '^[A-Za-z0-9_.-]{3,30}$'),
    timezone               text        not null default 'America/Los_Angeles',
    preferred_language     text        not null default 'en' check (length(preferred_language) between 2 and 10),
    measurement_system     text        not null default 'US' check (measurement_system in ('US', 'METRIC')),
    household_member_count int         not null default 1 check (household_member_count between 1 and 30),
    allergies              text[]      not null default '{}',
    dietary_preferences    text[]      not null default '{}',
    created_at             timestamptz not null default now()
);
-- usernames are unique whatever their case: /c/Kai and /c/kai are one chef
create unique index marketplace_profile_username on identity.marketplace_profile (lower(username));

create table identity.address
(
    user_id     uuid primary key references identity.user_account (id) on delete cascade,
    street      text check (length(street) <= 200),
    city        text check (length(city) <= 100),
    state       text check (length(state) <= 100),
    postal_code text check (length(postal_code) <= 20),
    country     text check (country ~ '^[A-Z]{2}$'),
    updated_at  timestamptz not null default now()
);

-- The sautai app keeps the refresh token its sign-in gave it and presents it again on every refresh; such a token
-- is reusable for its session's lifetime (one-time tokens stay one-time).
alter table identity.refresh_token add column reusable boolean not null default false;
