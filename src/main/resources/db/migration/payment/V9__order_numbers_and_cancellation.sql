-- The parent Order's integer number (the one the app shows and puts in its paths), what it buys (the meal order's or
-- service order's id), and cancellation: an order its owner cancelled is refunded when paid, or never charged.
alter table payment.marketplace_order
    add column order_number bigint unique,
    add column item_id      bigint,
    add column cancelled_at timestamptz,
    add column refunded_at  timestamptz,
    add column stripe_refund_id text,
    alter column customer_email drop not null;
alter table payment.marketplace_order drop constraint marketplace_order_status_check;
alter table payment.marketplace_order add constraint marketplace_order_status_check
    check (status in ('awaiting_payment', 'paid', 'cancelled', 'refunded'));
-- one item may be paid through a later order when it changed before payment (the earlier one is cancelled)
create index marketplace_order_item on payment.marketplace_order (order_type, item_id, created_at desc);
