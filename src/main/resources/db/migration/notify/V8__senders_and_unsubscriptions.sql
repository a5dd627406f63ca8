-- Marketplace emails come from the marketplace's name, storefront emails from the storefront's: the name is kept
-- with each email (null: the storefront's).
alter table notify.outgoing_message add column from_name text;

-- An unsubscription is remembered rather than deleted, so a subscription heard late (made before it) cannot bring
-- the customer back onto the waitlist; a subscription made after it does.
alter table notify.waitlist_subscription add column unsubscribed_at timestamptz;
