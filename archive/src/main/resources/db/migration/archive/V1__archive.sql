-- Archive records: one row per archived communication or event, each a leaf of the Merkle log.
-- The schema "archive" is created by Flyway. Rows are append-only: the triggers below reject
-- UPDATE, DELETE and TRUNCATE whoever runs them.

create table archive.record (
    id               bigint generated always as identity primary key,
    event_id         varchar(255)             not null,
    kind             varchar(64)              not null,
    customer_id      varchar(255),
    category         varchar(64),
    channel          varchar(64),
    template_id      varchar(255),
    template_version integer,
    data_sha256      varchar(64),
    consent_snapshot text,
    occurred_at      timestamp(6) with time zone not null,
    archived_at      timestamp(6) with time zone not null,
    content_type     varchar(255)             not null,
    content_size     bigint                   not null,
    content_sha256   varchar(64)              not null,
    object_key       varchar(75)              not null,
    retain_until     timestamp(6) with time zone not null,
    leaf_index       bigint                   not null,
    leaf_hash        varchar(64)              not null,
    constraint record_event_id_uk unique (event_id),
    constraint record_leaf_index_uk unique (leaf_index),
    constraint record_leaf_index_ck check (leaf_index >= 0),
    constraint record_content_size_ck check (content_size >= 0),
    constraint record_template_version_ck check (template_version is null or template_version >= 0),
    constraint record_data_sha256_ck check (data_sha256 is null or data_sha256 ~ '^[0-9a-f]{64}$'),
    constraint record_content_sha256_ck check (content_sha256 ~ '^[0-9a-f]{64}$'),
    constraint record_leaf_hash_ck check (leaf_hash ~ '^[0-9a-f]{64}$'),
    constraint record_object_key_ck check (object_key = 'records/' || substr(content_sha256, 1, 2) || '/' || content_sha256)
);

comment on table archive.record is 'Append-only archive records; leaf_index orders the Merkle log';

create function archive.reject_record_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'archive records are append-only: % on %.% is not allowed',
        tg_op, tg_table_schema, tg_table_name
        using errcode = 'P0001';
end;
$$;

create trigger record_no_update
    before update on archive.record
    for each statement execute function archive.reject_record_change();

create trigger record_no_delete
    before delete on archive.record
    for each statement execute function archive.reject_record_change();

create trigger record_no_truncate
    before truncate on archive.record
    for each statement execute function archive.reject_record_change();
