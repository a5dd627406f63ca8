-- What notifications need to write about marketplace orders, kept from their owners' announcements: who the
-- customer and the chef are (where to write, how to greet them, what the customer must not eat) and what was ordered.
create table notify.marketplace_person
(
    user_id     uuid primary key,
    username    text        not null,
    name        text,
    email       text        not null,
    allergies   text[]      not null default '{}',
    saved_at    timestamptz not null
);

create table notify.marketplace_chef
(
    user_id      uuid primary key,
    chef_id      bigint      not null,
    display_name text        not null,
    time_zone    text        not null,
    changed_at   timestamptz not null
);

create table notify.marketplace_order
(
    order_id         uuid primary key,
    order_number     bigint      not null,
    order_type       text        not null,
    chef_user_id     uuid        not null,
    customer_user_id uuid        not null,
    description      text        not null,
    amount_minor     bigint      not null,
    currency         text        not null,
    placed_at        timestamptz not null
);
