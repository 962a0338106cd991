-- Delivery work per channel: one row per document and chosen channel (EMAIL, SMS, PRINT), queued in
-- the transaction that handles the document's NOTIFY outbox item. Workers send due rows, retry them
-- with exponential back-off and move them to DEAD (the dead-letter list) after the last attempt.
-- The idempotency key (document id ':' channel) is unique: a channel is never queued twice for a
-- document, and it is the reference the SMS gateway deduplicates on.
-- No address is copied here: it is looked up in the preference center when sending.

CREATE TABLE delivery_item (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id     uuid         NOT NULL REFERENCES document (id),
    customer_id     varchar(64)  NOT NULL,
    category        varchar(32)  NOT NULL,
    channel         varchar(20)  NOT NULL CHECK (channel IN ('EMAIL', 'SMS', 'PRINT')),
    reason          varchar(40)  NOT NULL,
    status          varchar(20)  NOT NULL
                    CHECK (status IN ('QUEUED', 'SENT', 'FAILED', 'DEAD', 'CANCELLED')),
    attempts        integer      NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz  NOT NULL,
    last_error      varchar(500),
    idempotency_key varchar(200) NOT NULL,
    print_batch     varchar(40),
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    CONSTRAINT delivery_item_idempotency_key_uk UNIQUE (idempotency_key)
);
-- what the sender polls: due email and SMS work
CREATE INDEX delivery_item_due_ix ON delivery_item (next_attempt_at, id)
    WHERE status IN ('QUEUED', 'FAILED') AND channel <> 'PRINT';
-- what the print batch collects, and the batches written but not yet confirmed
CREATE INDEX delivery_item_print_ix ON delivery_item (print_batch, id)
    WHERE status = 'QUEUED' AND channel = 'PRINT';
-- the dead-letter list
CREATE INDEX delivery_item_dead_ix ON delivery_item (updated_at DESC, id) WHERE status = 'DEAD';
CREATE INDEX delivery_item_document_ix ON delivery_item (document_id);

-- every attempt is an event: queued, sent, failed (will retry), dead (no more retries), cancelled
ALTER TABLE delivery_event DROP CONSTRAINT delivery_event_status_check;
ALTER TABLE delivery_event ADD CONSTRAINT delivery_event_status_check
    CHECK (status IN ('AVAILABLE', 'QUEUED', 'SENT', 'FAILED', 'DEAD', 'CANCELLED', 'VIEWED'));
