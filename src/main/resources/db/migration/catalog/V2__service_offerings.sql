-- Chefs' own service offerings (the sautai app's "services" tab), each priced per household-size band by its tiers.
-- The database refuses what concurrency could otherwise let through: two tiers of one offering for overlapping
-- household sizes. btree_gist lets the exclusion constraint compare offering ids with =; booking creates it too, and
-- whichever module migrates first makes it.
create extension if not exists btree_gist schema public;

-- The catalog's copy of who is a chef, kept from identity's ChefModeEntered: the account and the integer id that
-- marketplace payloads carry.
create table catalog.chef
(
    user_id    uuid primary key,
    chef_id    bigint      not null unique,
    username   text        not null,
    entered_at timestamptz not null
);

create table catalog.service_offering
(
    id                       bigint generated always as identity primary key,
    chef_id                  bigint      not null references catalog.chef (chef_id),
    -- the app's model has no catering (the directive lists it, sautai's model refuses it)
    service_type             text        not null check (service_type in ('home_chef', 'weekly_prep')),
    title                    text        not null check (length(title) between 1 and 200),
    description              text        not null default '' check (length(description) <= 5000),
    default_duration_minutes int check (default_duration_minutes between 15 and 1440),
    max_travel_miles         int check (max_travel_miles between 0 and 500),
    notes                    text        not null default '' check (length(notes) <= 2000),
    currency                 text        not null default 'usd'
        check (currency in ('usd', 'eur', 'gbp', 'jpy', 'cad', 'aud', 'chf', 'hkd', 'sgd', 'nzd', 'mxn')),
    -- false once the chef deletes it: it leaves the public list and stays in the chef's own
    active                   boolean     not null default true,
    -- raised by every change to the offering or its tiers, so consumers of ServiceOfferingChanged keep the newest
    version                  bigint      not null default 1,
    created_at               timestamptz not null default now(),
    updated_at               timestamptz not null default now()
);

create index service_offering_by_chef on catalog.service_offering (chef_id, id);

create table catalog.service_tier
(
    id                        bigint generated always as identity primary key,
    offering_id               bigint      not null references catalog.service_offering (id),
    display_label             text        not null default '' check (length(display_label) <= 100),
    household_min             int         not null check (household_min between 1 and 1000),
    -- null: open ended ("5+ people")
    household_max             int check (household_max <= 1000),
    currency                  text        not null
        check (currency in ('usd', 'eur', 'gbp', 'jpy', 'cad', 'aud', 'chf', 'hkd', 'sgd', 'nzd', 'mxn')),
    -- in the currency's minor unit; JPY has none, so 5000 is ¥5000
    desired_unit_amount_cents int         not null check (desired_unit_amount_cents between 1 and 100000000),
    is_recurring              boolean     not null default false,
    recurrence_interval       text check (recurrence_interval in ('week', 'month')),
    duration_minutes          int check (duration_minutes between 15 and 1440),
    hidden                    boolean     not null default false,
    active                    boolean     not null default true,
    soft_deleted              boolean     not null default false,
    sort_order                int         not null default 0 check (sort_order between 0 and 10000),
    created_at                timestamptz not null default now(),
    updated_at                timestamptz not null default now(),
    check (household_max is null or household_max >= household_min),
    check (is_recurring = (recurrence_interval is not null)),
    constraint service_tier_households_do_not_overlap
        exclude using gist (offering_id with =, int4range(household_min, household_max, '[]') with &&)
        where (not soft_deleted)
);
