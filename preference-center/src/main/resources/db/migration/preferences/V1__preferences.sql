-- Preference center: contact points and channel preferences (PostgreSQL 15).
-- The schema "preferences" is created by Flyway before this script runs.

create table contact_point (
    id          bigint generated always as identity primary key,
    customer_id varchar(64)  not null check (customer_id ~ '^[A-Za-z0-9_-]{1,64}$'),
    kind        varchar(16)  not null check (kind in ('EMAIL', 'SMS', 'POSTAL')),
    -- Plain text for the walking skeleton; encryption at rest with jasypt comes in a later issue.
    value       varchar(512) not null,
    verified_at timestamptz,
    created_at  timestamptz  not null,
    constraint uq_contact_point_value unique (customer_id, kind, value)
);
create index ix_contact_point_customer on contact_point (customer_id, kind, verified_at desc);

create table preference_set (
    id          bigint generated always as identity primary key,
    customer_id varchar(64) not null check (customer_id ~ '^[A-Za-z0-9_-]{1,64}$'),
    version     bigint      not null default 0,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    constraint uq_preference_set_customer unique (customer_id)
);
-- The unique constraint on customer_id is its index.

create table channel_preference (
    id                bigint generated always as identity primary key,
    preference_set_id bigint      not null references preference_set (id) on delete cascade,
    category          varchar(32) not null check (category in ('STATEMENTS', 'POLICY_DOCUMENTS',
                          'REGULATORY_NOTICES', 'PAYMENT_REMINDERS', 'SERVICE_ALERTS', 'MARKETING')),
    channel           varchar(16) not null check (channel in ('PORTAL', 'EMAIL', 'SMS', 'PRINT')),
    enabled           boolean     not null,
    constraint uq_channel_preference unique (preference_set_id, category, channel)
);
-- The unique constraint (preference_set_id first) also indexes the foreign key.
