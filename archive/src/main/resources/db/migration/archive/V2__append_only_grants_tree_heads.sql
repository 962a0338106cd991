-- Append-only for real: besides the triggers, the application's own role loses the privileges
-- to change or remove archive rows (an owner may revoke its own privileges). Signed tree heads
-- and the signing key get the same treatment. Only INSERT and SELECT remain.

create table archive.signing_key (
    id                    bigint generated always as identity primary key,
    purpose               varchar(32)              not null,
    key_id                varchar(64)              not null,
    public_key            text                     not null,
    private_key_encrypted text                     not null,
    created_at            timestamp(6) with time zone not null,
    constraint signing_key_purpose_uk unique (purpose),
    constraint signing_key_key_id_ck check (key_id ~ '^[0-9a-f]{64}$')
);

comment on table archive.signing_key is
    'Ed25519 tree-head signing key made at first start: private key PKCS#8 encrypted with jasypt';

create table archive.tree_head (
    id         bigint generated always as identity primary key,
    tree_size  bigint                   not null,
    root_hash  varchar(64)              not null,
    issued_at  timestamp(3) with time zone not null,
    key_id     varchar(64)              not null,
    signature  varchar(128)             not null,
    constraint tree_head_size_ck check (tree_size >= 0),
    constraint tree_head_root_ck check (root_hash ~ '^[0-9a-f]{64}$'),
    constraint tree_head_key_id_ck check (key_id ~ '^[0-9a-f]{64}$'),
    constraint tree_head_signature_ck check (signature ~ '^[0-9a-f]{128}$')
);

create index tree_head_size_ix on archive.tree_head (tree_size);

comment on table archive.tree_head is 'Append-only signed tree heads of the archive Merkle log';

create trigger signing_key_no_update
    before update on archive.signing_key
    for each statement execute function archive.reject_record_change();
create trigger signing_key_no_delete
    before delete on archive.signing_key
    for each statement execute function archive.reject_record_change();
create trigger signing_key_no_truncate
    before truncate on archive.signing_key
    for each statement execute function archive.reject_record_change();

create trigger tree_head_no_update
    before update on archive.tree_head
    for each statement execute function archive.reject_record_change();
create trigger tree_head_no_delete
    before delete on archive.tree_head
    for each statement execute function archive.reject_record_change();
create trigger tree_head_no_truncate
    before truncate on archive.tree_head
    for each statement execute function archive.reject_record_change();

-- searches of the archive by customer, category, channel, template and time
create index record_customer_ix on archive.record (customer_id, occurred_at);
create index record_occurred_ix on archive.record (occurred_at);

revoke update, delete, truncate on archive.record from current_user;
revoke update, delete, truncate on archive.signing_key from current_user;
revoke update, delete, truncate on archive.tree_head from current_user;
