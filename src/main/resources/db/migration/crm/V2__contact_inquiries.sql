-- Messages sent through the storefront's contact form, worked through by staff.
create table crm.contact_inquiry
(
    id          uuid primary key,
    name        text        not null check (length(name) between 1 and 100),
    email       text        not null,
    phone       text,
    reason      text,
    subject     text,
    message     text        not null check (length(message) between 1 and 2000),
    status      text        not null default 'new' check (status in ('new', 'in_progress', 'replied', 'closed')),
    admin_notes text,
    replied_at  timestamptz,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
create index contact_inquiry_by_status on crm.contact_inquiry (status, created_at desc);
