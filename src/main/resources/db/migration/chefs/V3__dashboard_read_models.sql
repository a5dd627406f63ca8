-- The chef dashboard's own read models, kept from other modules' events (never read from their tables).

-- Whether the account's email is confirmed (identity.events.MarketplaceProfileSaved): the EMAIL_UNCONFIRMED alert.
create table chefs.member
(
    user_id         uuid primary key,
    email_confirmed boolean     not null,
    saved_at        timestamptz not null
);

-- The chef's offerings (catalog's ServiceOfferingChanged): the NO_OFFERINGS alert and the top services' names.
create table chefs.dashboard_offering
(
    offering_id  bigint primary key,
    chef_user_id uuid        not null,
    title        text        not null,
    orderable    boolean     not null,
    version      bigint      not null
);
create index dashboard_offering_by_chef on chefs.dashboard_offering (chef_user_id);

-- Paid sales (payment's MarketplaceOrderPaid / MarketplaceOrderRefunded): revenue and clients come from these only.
create table chefs.dashboard_sale
(
    order_id         uuid primary key,
    chef_user_id     uuid        not null,
    customer_user_id uuid        not null,
    amount_minor     bigint      not null,
    fee_minor        bigint      not null,
    currency         char(3)     not null,
    paid_at          timestamptz not null,
    refunded_at      timestamptz
);
create index dashboard_sale_by_chef on chefs.dashboard_sale (chef_user_id, paid_at);

-- A refund heard before its payment (events may arrive in any order) waits here for it.
create table chefs.dashboard_refund
(
    order_id    uuid primary key,
    refunded_at timestamptz not null
);

-- What is on the chef's schedule (booking's ChefScheduleChanged): upcoming bookings and events.
create table chefs.dashboard_commitment
(
    kind          text        not null check (kind in ('meal_event', 'service_order')),
    id            bigint      not null,
    chef_user_id  uuid        not null,
    title         text        not null,
    starts_at     timestamptz,
    status        text        not null,
    orders_count  int         not null,
    offering_id   bigint,
    changed_at    timestamptz not null,
    primary key (kind, id)
);
create index dashboard_commitment_by_chef on chefs.dashboard_commitment (chef_user_id, starts_at);
