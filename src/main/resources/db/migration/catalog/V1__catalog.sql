-- The catalog: everything that prices a booking, edited by admins, published as a versioned price book.
create schema if not exists catalog;

-- One row: the platform's pricing policy. Its row lock also serialises catalog changes, so each price book
-- snapshot sees every change committed before it.
create table catalog.pricing_policy
(
    id                       boolean primary key default true check (id),
    currency                 char(3)     not null check (currency ~ '^[A-Z]{3}$'),
    deposit_kind             text        not null check (deposit_kind in ('percent', 'fixed')),
    deposit_percent          numeric(5, 2) check (deposit_percent > 0 and deposit_percent <= 100),
    deposit_fixed_minor      bigint check (deposit_fixed_minor > 0),
    deposit_rounding         text        not null check (deposit_rounding in ('whole_major', 'minor')),
    minimum_spend_minor      bigint      not null check (minimum_spend_minor >= 0),
    balance_due_hours_before int         not null check (balance_due_hours_before between 0 and 8760),
    updated_at               timestamptz not null default now(),
    check ((deposit_kind = 'percent' and deposit_percent is not null)
        or (deposit_kind = 'fixed' and deposit_fixed_minor is not null))
);

create table catalog.service_package
(
    id                text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    name              text        not null check (length(name) between 1 and 100),
    tagline           text        not null default '' check (length(tagline) <= 200),
    description       text        not null default '' check (length(description) <= 2000),
    includes          text[]      not null default '{}',
    adult_price_minor bigint      not null check (adult_price_minor >= 0),
    child_price_minor bigint      not null check (child_price_minor >= 0),
    sort_order        int         not null default 0,
    active            boolean     not null default true,
    updated_at        timestamptz not null default now()
);

create table catalog.add_on
(
    id          text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    name        text        not null check (length(name) between 1 and 100),
    description text        not null default '' check (length(description) <= 1000),
    price_minor bigint      not null check (price_minor >= 0),
    pricing     text        not null check (pricing in ('flat', 'per_person')),
    sort_order  int         not null default 0,
    active      boolean     not null default true,
    updated_at  timestamptz not null default now()
);

create table catalog.menu_item
(
    id          text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    name        text    not null check (length(name) between 1 and 100),
    description text    not null default '' check (length(description) <= 500),
    sort_order  int     not null default 0,
    active      boolean not null default true
);

create table catalog.service_area
(
    id                text primary key check (id ~ '^[a-z0-9][a-z0-9_-]{0,39}$'),
    name              text          not null check (length(name) between 1 and 100),
    states            text[]        not null,
    counties          text[]       not null default '{}',
    cities            text[]        not null default '{}',
    postal_codes      text[]        not null default '{}',
    time_zone         text          not null,
    travel_fee_policy text          not null check (travel_fee_policy in ('included', 'estimated', 'tbd')),
    max_travel_miles  int           not null check (max_travel_miles >= 0),
    tax_rate_percent  numeric(6, 3) not null default 0 check (tax_rate_percent >= 0 and tax_rate_percent < 100),
    sort_order        int           not null default 0,
    active            boolean       not null default true,
    updated_at        timestamptz   not null default now()
);

-- Fees for travel beyond an area, by distance from its nearest point: the first tier whose limit covers the
-- distance applies.
create table catalog.travel_fee_tier
(
    service_area_id text   not null references catalog.service_area (id) on delete cascade,
    up_to_miles     int    not null check (up_to_miles > 0),
    fee_minor       bigint not null check (fee_minor >= 0),
    primary key (service_area_id, up_to_miles)
);

-- Every price book ever published, as the snapshot consumers received.
create table catalog.price_book
(
    version      bigint primary key check (version > 0),
    content      jsonb       not null,
    content_hash text        not null,
    published_at timestamptz not null default now()
);
