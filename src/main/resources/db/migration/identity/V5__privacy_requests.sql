-- A customer's request to see everything held about them, or to be forgotten, and each module's answer to it.
-- Every module answers for its own data (identity.events.PersonalDataAnswered); a request is done when all have.
create table identity.privacy_request
(
    id                 uuid primary key,
    kind               text        not null check (kind in ('export', 'erasure')),
    -- the account, when the person has one; storefront customers may have booked without one
    user_id            uuid,
    -- whom the request is about: kept while it is worked on, forgotten once an erasure is done (the digest stays,
    -- so an auditor can tell which address was erased when they are given it)
    subject_email      text check (subject_email = lower(subject_email)),
    subject_digest     text        not null,
    -- what an erased person is called afterwards, in every module: records kept for the law use this
    anonymous_id       text        not null unique,
    requested_by       text        not null,
    requested_at       timestamptz not null,
    completed_at       timestamptz,
    -- an erasure is carried out twice: once at once, and once more when no delivery naming the person is left
    -- in flight, so a late delivery of an older event cannot bring back what the first pass erased
    second_pass_at     timestamptz,
    -- when what the event registry kept about an erased person was forgotten too
    forgotten_at       timestamptz
);
create index privacy_request_of_user on identity.privacy_request (user_id, requested_at desc);
create index privacy_request_open on identity.privacy_request (completed_at, forgotten_at) where forgotten_at is null;

create table identity.privacy_answer
(
    request_id  uuid        not null references identity.privacy_request (id) on delete cascade,
    holder      text        not null,
    content     jsonb       not null,
    answered_at timestamptz not null,
    primary key (request_id, holder)
);

-- Whether an admin ever approved the account as a chef: a chef's profile, meals and customers stay behind when the
-- approval is withdrawn, so such an account is closed by support rather than erased by its owner.
alter table identity.user_account add column ever_approved_chef boolean not null default false;
update identity.user_account set ever_approved_chef = approved_chef;
