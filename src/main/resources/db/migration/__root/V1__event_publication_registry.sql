-- The event publication registry of Spring Modulith (v2 structure), in a schema of its own: every event a module
-- listener must hear is recorded here inside the publisher's transaction, so a crash never loses it.
create schema if not exists event_publication;

create table if not exists event_publication.event_publication
(
    id                     uuid                     not null,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);

create index if not exists event_publication_serialized_event_hash_idx
    on event_publication.event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx
    on event_publication.event_publication (completion_date);
