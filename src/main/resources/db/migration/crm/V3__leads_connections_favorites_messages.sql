-- The marketplace's people as the CRM knows them, kept from identity's and chefs' announcements: names, emails and
-- household preferences shown to chefs, and the public ids the app puts in its payloads.
create table crm.person
(
    user_id                uuid primary key,
    public_id              bigint      not null unique,
    username               text        not null,
    name                   text,
    email                  text        not null,
    household_member_count int         not null default 1,
    allergies              text[]      not null default '{}',
    dietary_preferences    text[]      not null default '{}',
    saved_at               timestamptz not null
);

create table crm.chef
(
    chef_id         bigint primary key,
    user_id         uuid        not null unique,
    username        text        not null,
    display_name    text,
    profile_pic_url text,
    listed          boolean     not null,
    changed_at      timestamptz not null
);

-- A chef's lead: someone who showed interest or became a client. The storefront's own business (the house) has
-- leads too, under the all-zero chef id. One live lead per chef and account, and one per chef and email for people
-- with no account; the stage moves forward by itself as facts arrive, and by hand whenever the chef wants.
create table crm.lead
(
    id                  bigint generated always as identity primary key,
    chef_user_id        uuid        not null,
    user_id             uuid,
    first_name          text        not null default '' check (length(first_name) <= 100),
    last_name           text        not null default '' check (length(last_name) <= 100),
    email               text check (length(email) <= 254),
    phone               text check (length(phone) <= 20),
    company             text check (length(company) <= 200),
    source              text        not null check (source in ('favorite', 'waitlist', 'message', 'connection',
        'order', 'booking', 'chatbot', 'contact_form', 'web', 'referral', 'outbound', 'event', 'other')),
    stage               text        not null default 'new'
        check (stage in ('new', 'discovery', 'proposal', 'booked', 'follow_up', 'lost')),
    stage_set_by_hand   boolean     not null default false,
    -- when the chef last set the stage: a fact that happened before it never moves that stage
    stage_set_at        timestamptz,
    is_priority         boolean     not null default false,
    budget_cents        bigint check (budget_cents >= 0),
    notes               text        not null default '' check (length(notes) <= 4000),
    birthday_month      int check (birthday_month between 1 and 12),
    birthday_day        int check (birthday_day between 1 and 31),
    anniversary         date,
    dietary_preferences text[]      not null default '{}',
    allergies           text[]      not null default '{}',
    last_activity_at    timestamptz not null,
    next_action_at      timestamptz,
    next_action_note    text        not null default '' check (length(next_action_note) <= 1000),
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    deleted_at          timestamptz
);
create unique index lead_of_account on crm.lead (chef_user_id, user_id) where user_id is not null and deleted_at is null;
create unique index lead_of_email on crm.lead (chef_user_id, lower(email))
    where email is not null and user_id is null and deleted_at is null;
create index lead_by_chef on crm.lead (chef_user_id, last_activity_at desc) where deleted_at is null;

-- A lead's timeline. Facts from other modules carry a cause, unique per chef, so a fact delivered twice is noted
-- once (kept when the lead is deleted, so a late redelivery does not bring it back).
create table crm.lead_interaction
(
    id           bigint generated always as identity primary key,
    lead_id      bigint      not null references crm.lead (id),
    chef_user_id uuid        not null,
    kind         text        not null check (kind in ('favorite', 'waitlist', 'message', 'connection', 'order',
        'booking', 'payment', 'cancellation', 'completion', 'note', 'call', 'email', 'meeting')),
    summary      text        not null check (length(summary) between 1 and 2000),
    payload      jsonb       not null default '{}',
    cause        text,
    subject      text,
    by_hand      boolean     not null default false,
    occurred_at  timestamptz not null,
    created_at   timestamptz not null
);
create unique index lead_interaction_cause on crm.lead_interaction (chef_user_id, cause) where cause is not null;
create index lead_interaction_timeline on crm.lead_interaction (lead_id, occurred_at desc);
create index lead_interaction_subject on crm.lead_interaction (chef_user_id, subject) where subject is not null;

create table crm.household_member
(
    id                  bigint generated always as identity primary key,
    lead_id             bigint      not null references crm.lead (id) on delete cascade,
    name                text        not null check (length(name) between 1 and 100),
    relationship        text        not null default '' check (length(relationship) <= 50),
    age                 int check (age between 0 and 130),
    dietary_preferences text[]      not null default '{}',
    allergies           text[]      not null default '{}',
    notes               text        not null default '' check (length(notes) <= 1000),
    created_at          timestamptz not null
);
create index household_member_of_lead on crm.household_member (lead_id);

-- A customer and a chef agreeing to work together (the app's "connections"): one pending or accepted at a time.
create table crm.connection
(
    id               bigint generated always as identity primary key,
    chef_user_id     uuid        not null,
    customer_user_id uuid        not null,
    status           text        not null check (status in ('pending', 'accepted', 'declined', 'ended')),
    initiated_by     text        not null check (initiated_by in ('chef', 'customer')),
    note             text        not null default '' check (length(note) <= 1000),
    requested_at     timestamptz not null,
    responded_at     timestamptz,
    ended_at         timestamptz,
    check (chef_user_id <> customer_user_id)
);
create unique index connection_open on crm.connection (chef_user_id, customer_user_id)
    where status in ('pending', 'accepted');
create index connection_of_customer on crm.connection (customer_user_id, requested_at desc);
create index connection_of_chef on crm.connection (chef_user_id, requested_at desc);

create table crm.favorite
(
    customer_user_id uuid        not null,
    chef_id          bigint      not null references crm.chef (chef_id),
    created_at       timestamptz not null,
    primary key (customer_user_id, chef_id)
);

-- Messages between a customer and a chef: one conversation per pair. A recipient is emailed about the first message
-- they have not read, not about every one (notified_at).
create table crm.conversation
(
    id                   bigint generated always as identity primary key,
    chef_user_id         uuid        not null,
    customer_user_id     uuid        not null,
    created_at           timestamptz not null,
    last_message_at      timestamptz,
    last_message_preview text        not null default '',
    unique (chef_user_id, customer_user_id),
    check (chef_user_id <> customer_user_id)
);
create index conversation_of_customer on crm.conversation (customer_user_id, last_message_at desc nulls last);
create index conversation_of_chef on crm.conversation (chef_user_id, last_message_at desc nulls last);

create table crm.message
(
    id              bigint generated always as identity primary key,
    conversation_id bigint      not null references crm.conversation (id),
    sender_user_id  uuid        not null,
    content         text        not null check (length(content) between 1 and 4000),
    about_kind      text check (about_kind in ('offering', 'meal_event')),
    about_id        bigint check (about_id > 0),
    idempotency_key text check (length(idempotency_key) <= 100),
    sent_at         timestamptz not null,
    read_at         timestamptz
);
create index message_of_conversation on crm.message (conversation_id, id);
create index message_unread on crm.message (conversation_id, sender_user_id) where read_at is null;
create unique index message_once on crm.message (conversation_id, sender_user_id, idempotency_key)
    where idempotency_key is not null;
