-- Payment links: a lasting link of ours (in an email) that opens a Stripe Checkout Session when followed. Sessions
-- expire, so a new one is made when the last has expired or the amount due has changed.
create table payment.checkout_session
(
    id           text primary key,
    booking_id   uuid        not null references payment.booking_due (booking_id),
    purpose      text        not null check (purpose in ('deposit', 'full', 'balance')),
    amount_minor bigint      not null check (amount_minor > 0),
    currency     char(3)     not null,
    url          text        not null,
    expires_at   timestamptz not null,
    -- expired by us (replaced, or the booking was paid or cancelled); Stripe will not take a payment through it
    closed       boolean     not null default false,
    created_at   timestamptz not null default now()
);
create index checkout_session_open on payment.checkout_session (booking_id) where not closed;

-- A booking with no card saved is sent a payment link when its balance falls due, once.
alter table payment.booking_due add column balance_reminder_sent_at timestamptz;

-- The venue's time zone, so a payment email gives the party's date as the customer knows it.
alter table payment.booking_due add column time_zone text;
