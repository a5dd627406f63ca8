-- Rate-limit state is a counter that refills within minutes, not data a customer was told is saved: it need not be
-- written ahead to disk on every request. Unlogged, each admitted request costs no WAL flush; after a crash the table
-- starts empty, so every client gets a fresh allowance once (a tolerance stated in README).
alter table identity.rate_limit set unlogged;
