-- A marketplace chef's public profile. Its id is the account's marketplace public id (identity's integer id), so the
-- integer ids the app carries for a chef and for the chef's account are one number. Opened, empty, the first time
-- the account enters its chef role (identity's ChefModeEntered).
create table chefs.chef
(
    id                 bigint primary key,
    user_id            uuid        not null unique,
    username           text        not null check (username ~ '^[A-Za-z0-9_.-]{3,30}$'),
    display_name       text check (length(display_name) between 1 and 80),
    bio                text        not null default '' check (length(bio) <= 4000),
    experience         text        not null default '' check (length(experience) <= 4000),
    city               text check (length(city) between 1 and 100),
    country            text check (country ~ '^[A-Z]{2}$'),
    time_zone          text        not null default 'America/Los_Angeles',
    calendly_url       text check (calendly_url like 'https://calendly.com/%' and length(calendly_url) <= 300),
    default_currency   text        not null default 'usd' check (default_currency ~ '^[a-z]{3}$'),
    -- pictures are media's verified uploads; the upload id says which, the url is where browsers fetch it
    profile_pic_upload uuid,
    profile_pic_url    text,
    banner_upload      uuid,
    banner_url         text,
    -- set by staff after they checked the chef; only verified, live chefs are listed
    is_verified        boolean     not null default false,
    background_checked boolean     not null default false,
    insured            boolean     not null default false,
    insurance_expiry   date,
    food_handlers_cert boolean     not null default false,
    is_on_break        boolean     not null default false,
    break_reason       text check (length(break_reason) <= 500),
    is_live            boolean     not null default false,
    created_at         timestamptz not null,
    updated_at         timestamptz not null
);
-- /c/Kai and /c/kai are one chef
create unique index chef_username on chefs.chef (lower(username));
-- the directory: listed chefs, newest first
create index chef_listed on chefs.chef (created_at desc, id desc) where is_verified and is_live;

-- What payment last reported about the chef's Stripe account (payment.events.ChefPayoutAccountUpdated, heard as
-- chefs.events.ChefPaymentAccountReported). Kept apart from the profile: it may arrive before the profile exists.
create table chefs.payment_account
(
    user_id        uuid primary key,
    active         boolean     not null,
    disabled_reason text,
    currently_due  text[]      not null default '{}',
    reported_at    timestamptz not null
);

-- Gallery photos, in the chef's order.
create table chefs.chef_photo
(
    id          bigint generated always as identity primary key,
    chef_id     bigint      not null references chefs.chef (id) on delete cascade,
    upload_id   uuid        not null unique,
    image_url   text        not null,
    title       text check (length(title) <= 120),
    caption     text check (length(caption) <= 500),
    is_featured boolean     not null default false,
    sort_order  int         not null default 0,
    created_at  timestamptz not null
);
create index chef_photo_in_order on chefs.chef_photo (chef_id, sort_order, id);

-- Postal codes a chef serves, by country: the directory's "serves my area" and the app's has_chef.
create table chefs.serving_postal_code
(
    chef_id     bigint not null references chefs.chef (id) on delete cascade,
    country     text   not null check (country ~ '^[A-Z]{2}$'),
    postal_code text   not null check (postal_code ~ '^[A-Z0-9][A-Z0-9 -]{1,9}$'),
    place_name  text,
    primary key (chef_id, country, postal_code)
);
create index serving_postal_code_area on chefs.serving_postal_code (country, postal_code);

-- Files media checked (media.events.UploadVerified) for chef purposes: a chef may attach only an upload this module
-- heard of, issued to that chef for that purpose.
create table chefs.verified_upload
(
    upload_id    uuid primary key,
    purpose      text        not null,
    owner_id     text        not null,
    object_key   text        not null unique,
    url          text        not null,
    content_type text        not null,
    verified_at  timestamptz not null
);

-- Where each marketplace customer lives, as identity last reported it: has_chef and serves-my-area.
create table chefs.customer_area
(
    user_id     uuid primary key,
    postal_code text,
    country     text,
    saved_at    timestamptz not null
);

-- A chef's waitlist: customers ask to hear when the chef opens new events. The cooldown is the least time between two
-- announcements to the same subscribers.
create table chefs.waitlist_config
(
    chef_id        bigint primary key references chefs.chef (id) on delete cascade,
    enabled        boolean     not null default true,
    cooldown_hours int         not null default 24 check (cooldown_hours between 0 and 720),
    updated_at     timestamptz not null
);

-- One row per chef and customer who ever subscribed; unsubscribing ends it, subscribing again reopens it.
create table chefs.waitlist_subscription
(
    chef_id         bigint      not null references chefs.chef (id) on delete cascade,
    user_id         uuid        not null,
    subscribed_at   timestamptz not null,
    unsubscribed_at timestamptz,
    primary key (chef_id, user_id)
);
create index waitlist_subscribers on chefs.waitlist_subscription (chef_id) where unsubscribed_at is null;
