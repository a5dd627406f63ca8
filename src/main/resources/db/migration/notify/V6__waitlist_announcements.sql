-- Who waits to hear about a chef's new meal events, and what has been announced: kept from the chefs module's
-- waitlist events and booking's schedule, so each subscriber hears of each new event once, and no more often than
-- the chef's cooldown allows.
alter table notify.marketplace_chef add column username text;

create table notify.waitlist_subscription
(
    chef_id          bigint      not null,
    customer_user_id uuid        not null,
    subscribed_at    timestamptz not null,
    primary key (chef_id, customer_user_id)
);

create table notify.waitlist_setting
(
    chef_id           bigint primary key,
    enabled           boolean     not null,
    cooldown_hours    int         not null,
    changed_at        timestamptz not null,
    last_announced_at timestamptz
);

create table notify.announced_event
(
    event_id     bigint primary key,
    chef_user_id uuid        not null,
    announced    boolean     not null,
    seen_at      timestamptz not null
);
