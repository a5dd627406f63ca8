-- The marketplace's Order: the parent payment object of everything a marketplace chef sells (meal orders, service
-- orders), charged to the chef's connected Stripe account with the platform's fee.
create table payment.marketplace_order
(
    id                       uuid primary key,
    order_type               text        not null check (order_type in ('chef_meal', 'service')),
    chef_id                  uuid        not null,
    customer_user_id         uuid        not null,
    customer_email           text        not null,
    description              text        not null,
    amount_minor             bigint      not null check (amount_minor > 0),
    currency                 char(3)     not null,
    platform_fee_minor       bigint      not null check (platform_fee_minor >= 0 and platform_fee_minor < amount_minor),
    -- only moves forward: awaiting_payment, paid, refunded
    status                   text        not null default 'awaiting_payment'
        check (status in ('awaiting_payment', 'paid', 'refunded')),
    stripe_account_id        text,
    -- the checkout page handed out last: handed out again while open, expired when replaced
    stripe_session_id        text,
    stripe_session_url       text,
    stripe_session_expires_at timestamptz,
    checkout_count           int         not null default 0,
    stripe_payment_intent_id text unique,
    created_at               timestamptz not null default now(),
    paid_at                  timestamptz
);
create index marketplace_order_by_chef on payment.marketplace_order (chef_id, created_at desc);
