-- The deposit saves the customer's card with Stripe, so the balance can be charged when it falls due.
alter table payment.booking_due add column stripe_customer_id text;
alter table payment.payment add column stripe_payment_method_id text;
create index booking_due_by_balance_due on payment.booking_due (balance_due_at) where not cancelled;
