-- Mobile numbers verified by a 6-digit code sent by SMS, and email addresses marked BOUNCED by
-- delivery status reports (RFC 3464) until they are verified again.

-- A code is stored only as HMAC-SHA256(key derived from CCM_MASTER_KEY, contact point:salt:code):
-- never the code itself. Tries are counted on the row (at most 5), a new code replaces older ones.
create table verification_code (
    id               bigint generated always as identity primary key,
    contact_point_id bigint      not null references contact_point (id),
    salt             char(32)    not null check (salt ~ '^[0-9a-f]{32}$'),
    code_hash        char(64)    not null check (code_hash ~ '^[0-9a-f]{64}$'),
    attempts         integer     not null default 0 check (attempts between 0 and 5),
    created_at       timestamptz not null,
    expires_at       timestamptz not null,
    used_at          timestamptz,
    check (expires_at > created_at)
);
create index ix_verification_code_contact_point
    on verification_code (contact_point_id, created_at desc);

-- Set when mail to a verified address bounced permanently; cleared when it is verified again.
alter table contact_point add column bounced_at timestamptz;

-- One row per permanent bounce applied to a contact point: append-only, no address, no text.
create table contact_point_bounce (
    id               bigint generated always as identity primary key,
    contact_point_id bigint      not null references contact_point (id),
    status           varchar(16) not null check (status ~ '^5\.[0-9]{1,3}\.[0-9]{1,3}$'),
    received_at      timestamptz not null
);
create index ix_contact_point_bounce_contact_point on contact_point_bounce (contact_point_id);

create index ix_contact_point_hash on contact_point (kind, value_hash);

comment on table contact_point_bounce is
    'append-only: permanent delivery failures (RFC 3463 class 5) of a verified contact point';

create trigger contact_point_bounce_no_update before update on contact_point_bounce
    for each statement execute function preferences.reject_ledger_change();
create trigger contact_point_bounce_no_delete before delete on contact_point_bounce
    for each statement execute function preferences.reject_ledger_change();
create trigger contact_point_bounce_no_truncate before truncate on contact_point_bounce
    for each statement execute function preferences.reject_ledger_change();
revoke update, delete, truncate on contact_point_bounce from current_user;
