-- Service orders: a customer orders a chef's offering for their household at a date and time. Booking keeps its own
-- copy of offerings and tiers from the catalog's events (ServiceOfferingChanged) to price them.

create table booking.offering_copy
(
    id                       bigint primary key,
    version                  bigint      not null,
    chef_user_id             uuid        not null,
    chef_id                  bigint      not null,
    service_type             text        not null,
    title                    text        not null,
    default_duration_minutes int,
    currency                 char(3)     not null,
    active                   boolean     not null,
    changed_at               timestamptz not null
);
create index offering_copy_by_chef on booking.offering_copy (chef_user_id);

create table booking.offering_tier_copy
(
    id                  bigint primary key,
    offering_id         bigint  not null references booking.offering_copy (id) on delete cascade,
    display_label       text    not null,
    household_min       int     not null,
    household_max       int,
    amount_minor        bigint  not null,
    recurring           boolean not null,
    recurrence_interval text,
    duration_minutes    int,
    -- a customer may order it: active, not hidden, not deleted
    bookable            boolean not null,
    sort_order          int     not null
);
create index offering_tier_copy_by_offering on booking.offering_tier_copy (offering_id);

create table booking.service_order
(
    id                  bigint generated always as identity primary key,
    -- the parent Order being paid; null while a draft
    order_id            bigint references booking.customer_order (id),
    offering_id         bigint      not null references booking.offering_copy (id),
    tier_id             bigint      not null references booking.offering_tier_copy (id),
    chef_user_id        uuid        not null references booking.marketplace_chef (user_id),
    customer_user_id    uuid        not null,
    household_size      int         not null check (household_size between 1 and 100),
    -- the local date and start where the chef serves, in the chef's zone; starts_at..ends_at is the chef's time
    service_date        date,
    service_start_time  time,
    time_zone           text        not null,
    starts_at           timestamptz,
    ends_at             timestamptz,
    duration_minutes    int         not null check (duration_minutes between 15 and 1440),
    address             text        not null default '' check (length(address) <= 500),
    special_requests    text        not null default '' check (length(special_requests) <= 2000),
    schedule_notes      text        not null default '' check (length(schedule_notes) <= 1000),
    delivery_method     text        not null default 'customer_pickup'
        check (delivery_method in ('customer_pickup', 'self_delivery', 'third_party')),
    status              text        not null default 'draft'
        check (status in ('draft', 'awaiting_payment', 'confirmed', 'completed', 'cancelled', 'refunded')),
    amount_minor        bigint      not null check (amount_minor > 0),
    currency            char(3)     not null,
    recurring           boolean     not null default false,
    recurrence_interval text check (recurrence_interval in ('week', 'month')),
    -- the occurrence this one follows, for a recurring tier: each occurrence is created once
    follows_id          bigint unique references booking.service_order (id),
    idempotency_key     text,
    cancellation_reason text,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    unique (customer_user_id, idempotency_key),
    constraint service_order_time_is_whole check ((starts_at is null) = (ends_at is null) and
                                                  (starts_at is null or ends_at > starts_at)),
    -- a chef is never booked twice at once: no two held or confirmed service orders of one chef overlap
    constraint service_order_chef_time_is_free
        exclude using gist (chef_user_id with =, tstzrange(starts_at, ends_at, '[)') with &&)
        where (status in ('awaiting_payment', 'confirmed'))
);
create index service_order_by_customer on booking.service_order (customer_user_id, created_at desc);
create index service_order_by_chef on booking.service_order (chef_user_id, starts_at);
