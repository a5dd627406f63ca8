-- A customer's review of a completed marketplace order (one per order), and the chef's one answer.
create table booking.review
(
    id               bigint generated always as identity primary key,
    order_id         bigint      not null unique references booking.customer_order (id),
    order_type       text        not null check (order_type in ('chef_meal', 'service')),
    chef_user_id     uuid        not null references booking.marketplace_chef (user_id),
    customer_user_id uuid        not null,
    rating           int         not null check (rating between 1 and 5),
    text             text        not null default '' check (length(text) <= 2000),
    chef_reply       text check (length(chef_reply) <= 2000),
    replied_at       timestamptz,
    created_at       timestamptz not null default now()
);
create index review_by_chef on booking.review (chef_user_id, created_at desc);
