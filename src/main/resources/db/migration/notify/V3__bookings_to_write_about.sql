-- What notifications need to know about each booking to write about it (event-carried state from booking): who to
-- write to, and what to say about the party.
create table notify.booking
(
    booking_id          uuid primary key,
    confirmation_number text        not null,
    contact_name        text        not null,
    contact_email       text        not null,
    event_start         timestamptz not null,
    time_zone           text        not null,
    guests              int         not null,
    package_id          text        not null,
    currency            char(3)     not null,
    total_minor         bigint      not null,
    deposit_minor       bigint      not null,
    balance_due_at      timestamptz,
    allergies           text,
    -- a payment that arrives after cancellation is refunded, not receipted as a confirmation
    cancelled           boolean     not null default false,
    updated_at          timestamptz not null default now()
);
