-- Customers see a chef's offerings only while the chef is listed (verified and live), as the chef's profile is.
-- Kept from the chefs module's ChefProfileChanged; listed_changed_at orders the versions heard.
alter table catalog.chef
    add column listed            boolean     not null default false,
    add column listed_changed_at timestamptz;
