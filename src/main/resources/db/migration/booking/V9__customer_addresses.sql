-- Where a marketplace customer lives, as identity last announced it (MarketplaceAddressSaved): the address a chef
-- cooks at when a service is ordered without one of its own.
create table booking.customer_address
(
    user_id     uuid primary key,
    street      text,
    city        text,
    state       text,
    postal_code text,
    country     text,
    saved_at    timestamptz not null
);
