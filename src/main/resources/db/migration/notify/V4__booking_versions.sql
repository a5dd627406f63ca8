-- When booking last changed the booking this copy describes; a change older than the copy is not applied.
alter table notify.booking add column booking_changed_at timestamptz;
