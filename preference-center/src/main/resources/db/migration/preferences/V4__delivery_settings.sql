-- A customer's delivery settings: their time zone, SMS quiet hours in that zone, and the language
-- of their communications. One row per customer, absent until they first save (defaults apply);
-- "version" is the optimistic lock of concurrent saves.

create table delivery_settings (
    customer_id varchar(64) primary key check (customer_id ~ '^[A-Za-z0-9_-]{1,64}$'),
    time_zone   varchar(64) not null,
    -- quiet hours [quiet_from, quiet_to) in local time; across midnight when quiet_from > quiet_to
    quiet_from  time,
    quiet_to    time,
    language    varchar(2)  not null check (language in ('en', 'fr', 'de', 'nl')),
    version     bigint      not null check (version > 0),
    updated_at  timestamptz not null,
    constraint ck_delivery_settings_quiet_both
        check ((quiet_from is null) = (quiet_to is null)),
    constraint ck_delivery_settings_quiet_not_empty
        check (quiet_from is null or quiet_from <> quiet_to)
);
