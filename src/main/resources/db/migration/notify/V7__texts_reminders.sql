-- Texts (SMS through Twilio) join emails in one outbox, so every channel keeps the same guarantees: written once per
-- cause in the cause's transaction, claimed by one instance at a time, retried with backoff, failed with the reason.
alter table notify.email rename to outgoing_message;
alter index notify.email_to_send rename to outgoing_message_to_send;
alter index notify.email_by_created rename to outgoing_message_by_created;
alter table notify.outgoing_message
    add column channel text not null default 'email' check (channel in ('email', 'sms'));
alter table notify.outgoing_message alter column channel drop default;
-- What the carrier reported after the provider took a text (Twilio's signed status callback): the final word only.
alter table notify.outgoing_message
    add column delivery             text check (delivery in ('delivered', 'undelivered', 'failed')),
    add column delivery_error       text,
    add column delivery_reported_at timestamptz;
create index outgoing_message_by_provider_id on notify.outgoing_message (provider_message_id)
    where provider_message_id is not null;

-- Numbers that replied STOP (or another opt-out word): nothing more is texted to them until they reply START.
create table notify.sms_opt_out
(
    phone        text primary key,
    keyword      text        not null,
    opted_out_at timestamptz not null
);

-- What texts and reminders about a storefront booking need: the number the customer agreed to be texted at (E.164),
-- how they chose to pay, and each payment received, so a balance reminder knows what is still owed.
alter table notify.booking
    add column sms_phone      text,
    add column payment_option text;
create table notify.booking_payment
(
    payment_id  uuid primary key,
    booking_id  uuid        not null references notify.booking (booking_id),
    amount_minor bigint     not null,
    paid_at     timestamptz not null
);
create index booking_payment_by_booking on notify.booking_payment (booking_id);
-- Reminders look for parties by their start.
create index booking_by_start on notify.booking (event_start) where not cancelled;

-- When and where a marketplace order is served, and whether it is paid or cancelled, for the day-before reminder.
alter table notify.marketplace_order
    add column serves_at    timestamptz,
    add column time_zone    text,
    add column paid_at      timestamptz,
    add column cancelled_at timestamptz;
create index marketplace_order_by_serving on notify.marketplace_order (serves_at)
    where paid_at is not null and cancelled_at is null;
