-- Payments for bookings through Stripe, the webhook inbox, and refunds.

-- What each booking owes, as booking announced it (event-carried state), so payment prices every charge itself.
create table payment.booking_due
(
    booking_id          uuid primary key,
    confirmation_number text        not null,
    checkout_key        text unique,
    contact_name        text        not null,
    contact_email       text        not null,
    currency            char(3)     not null,
    total_minor         bigint      not null check (total_minor >= 0),
    deposit_minor       bigint      not null check (deposit_minor >= 0),
    balance_due_at      timestamptz,
    event_start         timestamptz not null,
    payment_option      text        not null,
    cancelled           boolean     not null default false,
    updated_at          timestamptz not null default now()
);

create table payment.payment
(
    id                       uuid primary key,
    booking_id               uuid        not null references payment.booking_due (booking_id),
    purpose                  text        not null check (purpose in ('deposit', 'full', 'balance')),
    amount_minor             bigint      not null check (amount_minor > 0),
    currency                 char(3)     not null,
    -- only moves forward: requires_payment, processing, succeeded, partially_refunded, refunded; or failed
    status                   text        not null check (status in ('requires_payment', 'processing', 'succeeded',
                                                                    'partially_refunded', 'refunded', 'failed',
                                                                    'canceled')),
    stripe_payment_intent_id text        not null unique,
    stripe_customer_id       text,
    refunded_minor           bigint      not null default 0 check (refunded_minor >= 0),
    disputed                 boolean     not null default false,
    failure_message          text,
    created_at               timestamptz not null default now(),
    updated_at               timestamptz not null default now()
);
create index payment_by_booking on payment.payment (booking_id);

-- Every Stripe event, stored once by its id before anything else happens; applied afterwards with retries.
create table payment.webhook_event
(
    id           text primary key,
    type         text        not null,
    payload      jsonb       not null,
    received_at  timestamptz not null default now(),
    processed_at timestamptz,
    attempts     int         not null default 0,
    last_error   text
);
create index webhook_event_unprocessed on payment.webhook_event (received_at) where processed_at is null;

create table payment.refund
(
    id               uuid primary key,
    payment_id       uuid        not null references payment.payment (id),
    idempotency_key  text        not null unique,
    stripe_refund_id text unique,
    amount_minor     bigint      not null check (amount_minor > 0),
    reason           text        not null,
    status           text        not null,
    created_at       timestamptz not null default now()
);
create index refund_by_payment on payment.refund (payment_id);
