-- A sale and its refund in one row per order, each event writing its own columns: two simultaneous listeners can no
-- longer each miss the other's row. A refund heard before its payment is a row with only refunded_at until then.
alter table chefs.dashboard_sale
    alter column chef_user_id drop not null,
    alter column customer_user_id drop not null,
    alter column amount_minor drop not null,
    alter column fee_minor drop not null,
    alter column currency drop not null,
    alter column paid_at drop not null;
update chefs.dashboard_sale s set refunded_at = r.refunded_at
from chefs.dashboard_refund r where r.order_id = s.order_id and s.refunded_at is null;
insert into chefs.dashboard_sale (order_id, refunded_at)
select order_id, refunded_at from chefs.dashboard_refund on conflict (order_id) do nothing;
drop table chefs.dashboard_refund;
