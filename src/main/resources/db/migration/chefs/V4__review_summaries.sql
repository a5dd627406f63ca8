-- The ratings of a chef's reviews (booking's ChefReviewed), one row per review: the public profile's review summary.
create table chefs.chef_review
(
    review_id    bigint primary key,
    chef_user_id uuid        not null,
    rating       int         not null check (rating between 1 and 5),
    reviewed_at  timestamptz not null
);
create index chef_review_by_chef on chefs.chef_review (chef_user_id);
