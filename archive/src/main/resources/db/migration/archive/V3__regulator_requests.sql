-- Regulator requests and their export packages. Append-only like the rest of the archive: a
-- request never changes; each step (approved, rejected, running, ready, failed, downloaded) is a
-- new event row, and the current status is the latest event.
-- No foreign keys: PostgreSQL checks a reference with SELECT ... FOR KEY SHARE on the referenced
-- row, which needs the UPDATE privilege that the application role gives up below. The
-- application creates the request, its events and its package in one transaction.

create table archive.export_request (
    id             uuid                     primary key,
    requested_by   varchar(255)             not null,
    case_reference varchar(128)             not null,
    scope          text                     not null,
    due_date       date                     not null,
    created_at     timestamp(6) with time zone not null
);

create table archive.export_request_event (
    id             bigint generated always as identity primary key,
    request_id     uuid                     not null,
    status         varchar(16)              not null,
    actor          varchar(255)             not null,
    reason         varchar(1000),
    record_count   integer,
    package_sha256 varchar(64),
    expires_at     timestamp(6) with time zone,
    at             timestamp(6) with time zone not null,
    constraint export_request_event_status_ck check (status in
        ('REQUESTED', 'APPROVED', 'REJECTED', 'RUNNING', 'READY', 'FAILED', 'DOWNLOADED'))
);

create index export_request_event_request_ix on archive.export_request_event (request_id, id);

create table archive.export_package (
    request_id uuid                     primary key,
    content    bytea                    not null,
    sha256     varchar(64)              not null,
    size       bigint                   not null,
    created_at timestamp(6) with time zone not null,
    constraint export_package_sha256_ck check (sha256 ~ '^[0-9a-f]{64}$')
);

create trigger export_request_no_update before update on archive.export_request
    for each statement execute function archive.reject_record_change();
create trigger export_request_no_delete before delete on archive.export_request
    for each statement execute function archive.reject_record_change();
create trigger export_request_no_truncate before truncate on archive.export_request
    for each statement execute function archive.reject_record_change();
create trigger export_request_event_no_update before update on archive.export_request_event
    for each statement execute function archive.reject_record_change();
create trigger export_request_event_no_delete before delete on archive.export_request_event
    for each statement execute function archive.reject_record_change();
create trigger export_request_event_no_truncate before truncate on archive.export_request_event
    for each statement execute function archive.reject_record_change();
create trigger export_package_no_update before update on archive.export_package
    for each statement execute function archive.reject_record_change();
create trigger export_package_no_delete before delete on archive.export_package
    for each statement execute function archive.reject_record_change();
create trigger export_package_no_truncate before truncate on archive.export_package
    for each statement execute function archive.reject_record_change();

revoke update, delete, truncate on archive.export_request from current_user;
revoke update, delete, truncate on archive.export_request_event from current_user;
revoke update, delete, truncate on archive.export_package from current_user;
