-- Where each marketplace chef serves (ChefProfileChanged, as COUNTRY:POSTAL), so a customer is shown the meal events
-- of the chefs who serve their saved address.
alter table booking.marketplace_chef add column serving_postal_codes text[] not null default '{}';
