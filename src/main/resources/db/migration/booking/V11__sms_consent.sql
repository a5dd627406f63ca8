-- Whether the customer agreed to texts about their booking (confirmation and reminders). Bookings made before the
-- question was asked did not agree.
alter table booking.booking add column sms_consent boolean not null default false;
