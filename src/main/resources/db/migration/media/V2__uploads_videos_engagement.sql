-- Files uploaded straight to object storage through URLs this service presigned. A row exists for every key the
-- service ever handed out, so nothing can be registered from a key it did not issue. The browser uploads to a
-- private staging key; once checked, the service copies the file to its final key, which no presigned URL can
-- write, so a checked file cannot be swapped afterwards.
create table media.upload
(
    id              uuid primary key,
    object_key      text        not null unique,
    staging_key     text        not null unique,
    purpose         text        not null check (purpose in ('video', 'video_thumbnail', 'chef_profile_photo',
                                                            'chef_banner', 'chef_gallery_photo')),
    content_type    text        not null,
    declared_bytes  bigint      not null check (declared_bytes > 0),
    -- issued: presigned, not yet checked; verified: the stored object is what was declared; refused: it was not,
    -- and it was deleted; deleted: whatever used it is gone, and so is the object
    status          text        not null default 'issued'
        check (status in ('issued', 'verified', 'refused', 'deleted')),
    stored_bytes    bigint,
    refusal_reason  text,
    owner_id        text        not null,
    issued_at       timestamptz not null,
    expires_at      timestamptz not null,
    verified_at     timestamptz,
    -- when the staging object was removed for good (its URL had expired)
    staging_cleared_at timestamptz
);
-- the sweep for staging objects whose URL expired
create index upload_staging_left on media.upload (expires_at) where staging_cleared_at is null;

-- Promo videos the owner registered from verified uploads.
create table media.video
(
    id                  uuid primary key,
    title               text        not null check (length(title) between 1 and 200),
    description         text check (length(description) <= 2000),
    video_upload_id     uuid        not null unique references media.upload (id),
    thumbnail_upload_id uuid unique references media.upload (id),
    homepage            boolean     not null default false,
    created_by          text        not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null
);
-- at most one homepage video, whatever two admins do at the same moment
create unique index video_one_homepage on media.video ((true)) where homepage;
create index video_newest_first on media.video (created_at desc, id);

-- What viewers did with a video on the storefront's home page, one row per event as the browser sent it.
create table media.video_engagement
(
    id          bigint generated always as identity primary key,
    video_id    text        not null check (length(video_id) between 1 and 100),
    event       text        not null check (event in ('video_view_start', 'video_25_percent', 'video_50_percent',
                                                      'video_75_percent', 'video_complete', 'video_error')),
    reason      text check (length(reason) <= 100),
    -- when the browser says it happened, and when it reached us; the summary counts by the business's day of receipt
    occurred_at timestamptz,
    received_at timestamptz not null,
    business_day date       not null
);
create index video_engagement_by_day on media.video_engagement (business_day, video_id);
