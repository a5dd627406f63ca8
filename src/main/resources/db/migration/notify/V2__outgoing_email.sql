-- Every email the service sends, written before it is sent: what went to whom, when, and what the provider said.

create table notify.email
(
    id                  uuid primary key,
    -- what caused it (kind plus the ids and values that make it distinct): one email per cause, however often the
    -- event that asks for it is delivered
    cause               text        not null unique,
    kind                text        not null,
    recipient           text        not null,
    subject             text        not null,
    body_text           text        not null,
    body_html           text        not null,
    -- queued: waiting to be sent; sent: the provider accepted it; logged: no provider configured, written to the
    -- log instead; failed: the provider refused it, or every attempt failed
    status              text        not null check (status in ('queued', 'sent', 'logged', 'failed')),
    attempts            int         not null default 0,
    next_attempt_at     timestamptz not null default now(),
    last_error          text,
    provider_message_id text,
    created_at          timestamptz not null default now(),
    sent_at             timestamptz
);
create index email_to_send on notify.email (next_attempt_at) where status = 'queued';
create index email_by_created on notify.email (created_at desc);
