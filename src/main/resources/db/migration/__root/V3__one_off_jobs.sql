-- Work that must happen once in the life of a database, whichever instance starts first: each module's announcement
-- again of facts that other modules began to keep a copy of after the facts were first told.
create table scheduling.one_off_job
(
    name        text primary key,
    started_at  timestamptz not null,
    finished_at timestamptz
);
