-- The admin dashboard counts new contact messages; booking keeps their statuses from the CRM's events.
create table booking.inquiry_status
(
    inquiry_id  uuid primary key,
    status      text        not null,
    received_at timestamptz not null
);
create index inquiry_status_by_status on booking.inquiry_status (status);
