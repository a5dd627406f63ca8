-- Storefront bookings of the house business. The database enforces what must never happen twice: a confirmation
-- number, an idempotency key, and two bookings of one crew at overlapping times.
create extension if not exists btree_gist schema public;

-- Confirmation numbers CHEF-<year>-<sequence>: never random, never reused.
create sequence booking.confirmation_number_seq start 1;

-- One customer per email address, however many bookings they make.
create table booking.customer
(
    id         uuid primary key,
    email      text        not null unique check (email = lower(email)),
    name       text        not null,
    phone      text        not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

create table booking.booking
(
    id                       uuid primary key,
    confirmation_number      text        not null unique,
    customer_id              uuid        not null references booking.customer (id),
    crew                     int         not null check (crew > 0),
    status                   text        not null check (status in ('pending_payment', 'confirmed', 'completed', 'cancelled')),
    payment_status           text        not null default 'unpaid'
        check (payment_status in ('unpaid', 'deposit_paid', 'paid', 'partially_refunded', 'refunded', 'failed', 'pending_refund')),
    -- the event at the venue: local date and time in the venue's zone, and the instants they mean
    event_date               date        not null,
    event_time               time        not null,
    time_zone                text        not null,
    starts_at                timestamptz not null,
    ends_at                  timestamptz not null,
    -- the crew's time: setup before, travel and cleanup after
    occupied_from            timestamptz not null,
    occupied_until           timestamptz not null,
    service_state            text        not null,
    city                     text        not null,
    zip_code                 text,
    address                  text,
    address_line2            text,
    venue_type               text,
    setup_requirements       text[]      not null default '{}',
    party_type               text,
    num_adults               int         not null check (num_adults between 1 and 100),
    num_children             int         not null check (num_children between 0 and 50),
    package_id               text        not null,
    add_ons                  jsonb       not null default '[]',
    -- the quote as computed, the price book it came from, and the policy the booking was made under
    quote                    jsonb       not null,
    price_book_version       bigint      not null,
    policy                   jsonb       not null,
    policy_version           text        not null,
    travel_fee_status        text        not null check (travel_fee_status in ('included', 'estimated', 'tbd')),
    currency                 char(3)     not null,
    total_minor              bigint      not null check (total_minor >= 0),
    deposit_minor            bigint      not null check (deposit_minor >= 0),
    balance_due_at           timestamptz,
    paid_minor               bigint      not null default 0 check (paid_minor >= 0),
    refund_due_minor         bigint check (refund_due_minor >= 0),
    dietary_restrictions     text,
    has_allergies            boolean     not null default false,
    allergies                text,
    special_requests         text,
    contact_name             text        not null,
    contact_email            text        not null,
    contact_phone            text        not null,
    marketing_consent        boolean     not null default false,
    payment_option           text        not null check (payment_option in ('deposit', 'full', 'later')),
    idempotency_key          text unique,
    idempotency_request_hash text,
    cancelled_at             timestamptz,
    cancellation_reason      text,
    refund_percentage        int,
    created_at               timestamptz not null default now(),
    updated_at               timestamptz not null default now(),
    check (occupied_until > occupied_from),
    check (not has_allergies or allergies is not null),
    constraint booking_crew_time_is_free
        exclude using gist (crew with =, tstzrange(occupied_from, occupied_until, '[)') with &&)
        where (status <> 'cancelled')
);

create index booking_by_event_date on booking.booking (event_date);
create index booking_by_created_at on booking.booking (created_at desc);
create index booking_by_contact_email on booking.booking (contact_email);
create index booking_by_status on booking.booking (status, payment_status);
