-- Delivery reports: a mail server's report on an email (a bounce) finds its delivery item by the
-- email's Message-ID, which is derived from the item's idempotency key (DeliveryKeys.messageId).
ALTER TABLE delivery_item ADD COLUMN message_id varchar(100);
UPDATE delivery_item
   SET message_id = '<' || substr(encode(sha256(convert_to(idempotency_key, 'UTF8')), 'hex'), 1, 32)
                    || '@ccm-portal>'
 WHERE channel = 'EMAIL';
CREATE UNIQUE INDEX delivery_item_message_id_ix ON delivery_item (message_id)
    WHERE message_id IS NOT NULL;

-- A sent email reported undeliverable for good is BOUNCED; delivered where the server says so.
ALTER TABLE delivery_item DROP CONSTRAINT delivery_item_status_check;
ALTER TABLE delivery_item ADD CONSTRAINT delivery_item_status_check
    CHECK (status IN ('QUEUED', 'SENT', 'FAILED', 'DEAD', 'CANCELLED', 'BOUNCED'));
ALTER TABLE delivery_event DROP CONSTRAINT delivery_event_status_check;
ALTER TABLE delivery_event ADD CONSTRAINT delivery_event_status_check
    CHECK (status IN ('AVAILABLE', 'QUEUED', 'SENT', 'FAILED', 'DEAD', 'CANCELLED', 'VIEWED',
                      'DOWNLOADED', 'BOUNCED', 'DELIVERED'));
