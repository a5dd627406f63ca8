-- Differences between our payments and what Stripe reports, found by the reconciliation job, for admins to resolve.
create table payment.reconciliation_flag
(
    id            bigint generated always as identity primary key,
    payment_id    uuid        not null references payment.payment (id),
    found_at      timestamptz not null default now(),
    our_status    text        not null,
    stripe_status text        not null,
    our_amount    bigint      not null,
    stripe_amount bigint      not null,
    note          text        not null,
    resolved_at   timestamptz
);
-- one open flag per payment: a repeated run finds it already flagged
create unique index reconciliation_flag_open on payment.reconciliation_flag (payment_id) where resolved_at is null;
