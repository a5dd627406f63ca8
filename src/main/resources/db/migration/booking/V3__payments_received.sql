-- Booking's own record of the payments made for its bookings, from payment's events: the booking's paid amount
-- and payment status are derived from it, never from what a customer chose.
create table booking.payment_received
(
    payment_id     uuid primary key,
    booking_id     uuid        not null references booking.booking (id),
    purpose        text        not null,
    amount_minor   bigint      not null check (amount_minor > 0),
    refunded_minor bigint      not null default 0 check (refunded_minor >= 0),
    currency       char(3)     not null,
    status         text        not null check (status in ('succeeded', 'failed', 'partially_refunded', 'refunded')),
    paid_at        timestamptz,
    updated_at     timestamptz not null default now()
);
create index payment_received_by_booking on booking.payment_received (booking_id);
create index payment_received_by_paid_at on booking.payment_received (paid_at);
