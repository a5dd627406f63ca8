-- When booking placed the order: the payment window is counted from it, not from when payment heard of the order
-- (a delivery can come late), so no page outlives booking's hold on the servings or the chef's time.
alter table payment.marketplace_order add column placed_at timestamptz;
update payment.marketplace_order set placed_at = created_at where placed_at is null;
