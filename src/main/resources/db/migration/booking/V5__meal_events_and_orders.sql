-- The marketplace side of booking: what booking knows of chefs and customers (copies kept from their owners'
-- events), chefs' meals, the meal events that serve them, and the orders customers place for seats at those events.

-- A marketplace chef as the chefs module last announced them (ChefProfileChanged).
create table booking.marketplace_chef
(
    user_id          uuid primary key,
    chef_id          bigint      not null unique,
    username         text        not null,
    display_name     text,
    time_zone        text        not null,
    default_currency char(3)     not null,
    -- live: Stripe could take payments when the chef went live; listed: verified and live, customers may order
    live             boolean     not null,
    listed           boolean     not null,
    changed_at       timestamptz not null
);

-- A marketplace customer as identity last announced them (MarketplaceProfileSaved); names what the chef sees.
create table booking.marketplace_customer
(
    user_id    uuid primary key,
    public_id  bigint      not null unique,
    username   text        not null,
    email      text        not null,
    saved_at   timestamptz not null
);

-- A chef's dish, served at meal events.
create table booking.meal
(
    id               bigint generated always as identity primary key,
    chef_user_id     uuid        not null references booking.marketplace_chef (user_id),
    name             text        not null check (length(name) between 1 and 200),
    description      text        not null default '' check (length(description) <= 5000),
    meal_type        text        not null default 'Dinner' check (meal_type in ('Breakfast', 'Lunch', 'Dinner')),
    dietary_tags     text[]      not null default '{}',
    allergens        text[]      not null default '{}',
    image_url        text,
    deleted          boolean     not null default false,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);
create index meal_by_chef on booking.meal (chef_user_id) where not deleted;

-- One sitting of a meal a chef serves to many customers: the single source of its chef, meal, time and capacity.
create table booking.meal_event
(
    id                   bigint generated always as identity primary key,
    chef_user_id         uuid        not null references booking.marketplace_chef (user_id),
    meal_id              bigint      not null references booking.meal (id),
    -- the local date and time where the chef cooks, and that zone; starts_at is the same instant
    event_date           date        not null,
    event_time           time        not null,
    time_zone            text        not null,
    starts_at            timestamptz not null,
    order_cutoff_at      timestamptz not null check (order_cutoff_at <= starts_at),
    max_orders           int         not null check (max_orders between 1 and 10000),
    min_orders           int         not null check (min_orders >= 0 and min_orders <= max_orders),
    base_price_minor     bigint      not null check (base_price_minor > 0),
    min_price_minor      bigint      not null check (min_price_minor > 0 and min_price_minor <= base_price_minor),
    currency             char(3)     not null,
    status               text        not null default 'open'
        check (status in ('draft', 'open', 'closed', 'cancelled', 'completed')),
    description          text        not null default '' check (length(description) <= 5000),
    special_instructions text        not null default '' check (length(special_instructions) <= 2000),
    -- servings held by placed and paid orders: never more than the event has, whatever races
    orders_count         int         not null default 0,
    cancellation_reason  text,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    constraint meal_event_never_oversold check (orders_count between 0 and max_orders)
);
create index meal_event_by_chef on booking.meal_event (chef_user_id, starts_at);
create index meal_event_upcoming on booking.meal_event (order_cutoff_at) where status = 'open';

-- The parent Order of whatever a customer buys from a marketplace chef: payment charges it (its payment_order_id
-- is the id payment and Stripe know it by); the integer id is the one the app shows.
create table booking.customer_order
(
    id                bigint generated always as identity primary key,
    payment_order_id  uuid        not null unique,
    order_type        text        not null check (order_type in ('chef_meal', 'service')),
    chef_user_id      uuid        not null references booking.marketplace_chef (user_id),
    customer_user_id  uuid        not null,
    total_minor       bigint      not null check (total_minor > 0),
    currency          char(3)     not null,
    status            text        not null default 'placed'
        check (status in ('placed', 'paid', 'cancelled', 'refunded', 'completed')),
    -- the client's key for a retried request: the same key from the same customer is the same order
    idempotency_key   text,
    created_at        timestamptz not null default now(),
    paid_at           timestamptz,
    cancelled_at      timestamptz,
    refunded_at       timestamptz,
    unique (customer_user_id, idempotency_key)
);
create index customer_order_by_customer on booking.customer_order (customer_user_id, created_at desc);

-- Servings of one meal event a customer ordered, always under its parent Order.
create table booking.meal_order
(
    id                bigint generated always as identity primary key,
    order_id          bigint      not null unique references booking.customer_order (id),
    meal_event_id     bigint      not null references booking.meal_event (id),
    customer_user_id  uuid        not null,
    quantity          int         not null check (quantity between 1 and 100),
    unit_price_minor  bigint      not null check (unit_price_minor > 0),
    price_paid_minor  bigint      not null check (price_paid_minor > 0),
    currency          char(3)     not null,
    special_requests  text        not null default '' check (length(special_requests) <= 1000),
    status            text        not null default 'placed'
        check (status in ('placed', 'paid', 'cancelled', 'refunded', 'completed')),
    cancellation_reason text,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);
create index meal_order_by_event on booking.meal_order (meal_event_id);
create index meal_order_by_customer on booking.meal_order (customer_user_id, created_at desc);
