-- Consent ledger: every grant and withdrawal is a new row; nothing is updated or deleted. The
-- current consent of a customer for a purpose is the latest row (highest id) for that purpose.

create table consent_record (
    id           bigint generated always as identity primary key,
    customer_id  varchar(64)  not null check (customer_id ~ '^[A-Za-z0-9_-]{1,64}$'),
    purpose      varchar(32)  not null
                 check (purpose in ('MARKETING_EMAIL', 'MARKETING_SMS', 'PAPERLESS')),
    decision     varchar(16)  not null check (decision in ('GRANTED', 'WITHDRAWN')),
    text_version integer      not null check (text_version > 0),
    text_sha256  char(64)     not null check (text_sha256 ~ '^[0-9a-f]{64}$'),
    recorded_at  timestamptz  not null,
    method       varchar(32)  not null
                 check (method in ('PORTAL', 'API', 'UNSUBSCRIBE_LINK', 'STAFF_ON_BEHALF')),
    actor        varchar(128) not null,
    reason       varchar(500),
    -- staff acting for a customer must say why
    constraint ck_consent_staff_reason
        check (method <> 'STAFF_ON_BEHALF' or length(btrim(coalesce(reason, ''))) > 0)
);
create index ix_consent_record_customer on consent_record (customer_id, purpose, id desc);

-- Every change of the preference matrix, by the customer or by staff on their behalf.
create table preference_change (
    id          bigint generated always as identity primary key,
    customer_id varchar(64)  not null check (customer_id ~ '^[A-Za-z0-9_-]{1,64}$'),
    category    varchar(32)  not null,
    channel     varchar(16)  not null,
    enabled     boolean      not null,
    changed_at  timestamptz  not null,
    method      varchar(32)  not null
                check (method in ('PORTAL', 'API', 'UNSUBSCRIBE_LINK', 'STAFF_ON_BEHALF')),
    actor       varchar(128) not null,
    reason      varchar(500),
    constraint ck_preference_change_staff_reason
        check (method <> 'STAFF_ON_BEHALF' or length(btrim(coalesce(reason, ''))) > 0)
);
create index ix_preference_change_customer on preference_change (customer_id, id desc);

-- One-click unsubscribe links work once: the nonce of a used link is kept.
create table used_link_nonce (
    nonce       varchar(64) primary key,
    customer_id varchar(64) not null,
    used_at     timestamptz not null
);

create function preferences.reject_ledger_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'the consent ledger is append-only: % on %.% is not allowed',
        tg_op, tg_table_schema, tg_table_name
        using errcode = 'P0001';
end;
$$;

create trigger consent_record_no_update before update on consent_record
    for each statement execute function preferences.reject_ledger_change();
create trigger consent_record_no_delete before delete on consent_record
    for each statement execute function preferences.reject_ledger_change();
create trigger consent_record_no_truncate before truncate on consent_record
    for each statement execute function preferences.reject_ledger_change();
create trigger preference_change_no_update before update on preference_change
    for each statement execute function preferences.reject_ledger_change();
create trigger preference_change_no_delete before delete on preference_change
    for each statement execute function preferences.reject_ledger_change();
create trigger used_link_nonce_no_update before update on used_link_nonce
    for each statement execute function preferences.reject_ledger_change();
create trigger used_link_nonce_no_delete before delete on used_link_nonce
    for each statement execute function preferences.reject_ledger_change();

-- The application's role cannot change them either (the triggers also stop the owner).
revoke update, delete, truncate on consent_record, preference_change, used_link_nonce
    from current_user;
