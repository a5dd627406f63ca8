-- Marketplace chefs are paid out through Stripe Connect: one connected (Express) account per chef, with the state
-- Stripe last reported for it.
create table payment.chef_payout_account
(
    chef_id           uuid primary key,
    stripe_account_id text        not null unique,
    charges_enabled   boolean     not null default false,
    payouts_enabled   boolean     not null default false,
    details_submitted boolean     not null default false,
    disabled_reason   text,
    -- what Stripe still needs from the chef (requirements.currently_due)
    currently_due     text[]      not null default '{}',
    -- when Stripe reported the state above: an older account.updated arriving late changes nothing
    reported_at       timestamptz,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);
