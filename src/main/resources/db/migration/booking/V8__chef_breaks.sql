-- Whether the chef is on a break (ChefProfileChanged): a chef on a break creates no meal events, and going on one
-- cancels the upcoming ones.
alter table booking.marketplace_chef add column on_break boolean not null default false;
