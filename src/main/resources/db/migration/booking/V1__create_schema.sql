-- The booking module's own schema: no other module reads or writes its tables.
create schema if not exists booking;

-- Booking's own copy of every price book the catalog has published (event-carried state transfer). Versions are
-- kept, because each booking remembers the price book it was priced with.
create table booking.price_book
(
    version      bigint primary key check (version > 0),
    content      jsonb       not null,
    published_at timestamptz not null,
    received_at  timestamptz not null default now()
);
