-- A customer may remove one of their contact points. Removal is recorded, never a delete: the row
-- keeps its history (added, verified, bounced) and gets removed_at; the application no longer uses,
-- shows or matches it. Adding the same address again makes a new contact point.

alter table contact_point add column removed_at timestamptz;

-- Uniqueness holds among the contact points in use only, so that a removed address can be added
-- again as a new contact point while the removed one stays as it was.
alter table contact_point drop constraint uq_contact_point_hash;
create unique index uq_contact_point_hash_current
    on contact_point (customer_id, kind, value_hash) where removed_at is null;
create index ix_contact_point_customer_current
    on contact_point (customer_id, id) where removed_at is null;

-- Removal is final: once set, removed_at never changes or goes away.
create function preferences.reject_contact_point_unremove() returns trigger
    language plpgsql as
$$
begin
    raise exception 'contact point % was removed: its removal cannot be changed', old.id
        using errcode = 'P0001';
end;
$$;
create trigger contact_point_removal_final before update on contact_point
    for each row when (old.removed_at is not null
                       and new.removed_at is distinct from old.removed_at)
    execute function preferences.reject_contact_point_unremove();

-- One row per removal, by the customer on the portal or through the API: append-only, no address.
create table contact_point_removal (
    id               bigint generated always as identity primary key,
    contact_point_id bigint      not null references contact_point (id),
    method           varchar(32) not null check (method in ('PORTAL', 'API')),
    removed_at       timestamptz not null,
    constraint uq_contact_point_removal unique (contact_point_id)
);

comment on table contact_point_removal is
    'append-only: a customer removed this contact point (how and when); it is never used again';
comment on column contact_point.removed_at is
    'when the customer removed it; set once, then the point is never used, shown or matched again';

create trigger contact_point_removal_no_update before update on contact_point_removal
    for each statement execute function preferences.reject_ledger_change();
create trigger contact_point_removal_no_delete before delete on contact_point_removal
    for each statement execute function preferences.reject_ledger_change();
create trigger contact_point_removal_no_truncate before truncate on contact_point_removal
    for each statement execute function preferences.reject_ledger_change();
revoke update, delete, truncate on contact_point_removal from current_user;
