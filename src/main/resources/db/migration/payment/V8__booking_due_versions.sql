-- When booking last changed the booking this copy describes. Booking's changes reach payment as events that may
-- arrive in any order (a retried delivery, two quick changes); a change older than the copy is not applied.
alter table payment.booking_due add column booking_changed_at timestamptz;
