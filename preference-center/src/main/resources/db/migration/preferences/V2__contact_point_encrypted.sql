-- Contact points encrypted at rest (jasypt, AES-256 PBE with a random IV) and found by a keyed
-- lookup hash (HMAC-SHA256): a unique constraint on random-IV ciphertext would never fire.
-- The rows stored so far hold plain text: they are removed, not re-encrypted (only the local demo
-- stack has any; its addresses are registered again at startup).

alter table contact_point drop constraint uq_contact_point_value;
delete from contact_point;

alter table contact_point
    alter column value type varchar(1024),
    add column value_hash char(64) not null check (value_hash ~ '^[0-9a-f]{64}$'),
    add constraint uq_contact_point_hash unique (customer_id, kind, value_hash);

comment on column contact_point.value is
    'jasypt PBEWITHHMACSHA512ANDAES_256 ciphertext (base64) of the address; never plain text';
comment on column contact_point.value_hash is
    'HMAC-SHA256 of kind:value under a key derived from CCM_MASTER_KEY; for lookups and uniqueness';
