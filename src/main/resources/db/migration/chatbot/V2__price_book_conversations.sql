-- The chatbot's own copy of the catalog's price books (it hears catalog's events; it never reads catalog's tables).
create table chatbot.price_book
(
    version      bigint primary key,
    content      jsonb       not null,
    packages     jsonb       not null default '[]',
    published_at timestamptz not null
);

-- One conversation with the chat widget: the storefront sends its recent history with every message, and may send
-- back the id we gave it.
create table chatbot.conversation
(
    id              uuid primary key,
    session_id      text check (length(session_id) <= 100),
    page            text check (length(page) <= 200),
    started_at      timestamptz not null,
    last_message_at timestamptz not null,
    message_count   int         not null default 0,
    last_intent     text,
    -- a digest of the last reply's first 500 characters: the storefront's widget sends no conversation id, only its
    -- history, whose last assistant turn names the conversation it continues
    last_reply_hash text,
    -- every flag any exchange raised: refused, injection, low_confidence, allergy, frustrated, model_failed,
    -- price_corrected, budget_exhausted, contact_left
    flags           text[]      not null default '{}'
);
create index conversation_flagged_first on chatbot.conversation ((cardinality(flags) > 0) desc, last_message_at desc);
create index conversation_by_time on chatbot.conversation (last_message_at desc);
create index conversation_by_last_reply on chatbot.conversation (last_reply_hash, last_message_at desc);
create index conversation_flags on chatbot.conversation using gin (flags);

-- Each message in and out, with what answered it and what that cost.
create table chatbot.message
(
    id                bigint generated always as identity primary key,
    conversation_id   uuid        not null references chatbot.conversation (id) on delete cascade,
    role              text        not null check (role in ('user', 'assistant')),
    content           text        not null,
    intent            text,
    confidence        numeric(4, 3),
    source            text check (source in ('model', 'fallback', 'validation', 'safety')),
    latency_ms        int,
    prompt_tokens     int,
    completion_tokens int,
    flags             text[]      not null default '{}',
    created_at        timestamptz not null
);
create index message_by_conversation on chatbot.message (conversation_id, id);
create index message_by_time on chatbot.message (created_at);
