-- Vault schema: documents, retention rules, the transactional outbox and delivery events.

CREATE TABLE retention_rule (
    document_type    varchar(40) PRIMARY KEY,
    retention_period varchar(20) NOT NULL
);
-- Defaults: statements and notices are kept 7 years from issue (admins may change them).
INSERT INTO retention_rule (document_type, retention_period) VALUES
    ('STATEMENT', 'P7Y'),
    ('REGULATORY_NOTICE', 'P7Y');

CREATE TABLE document (
    id                 uuid PRIMARY KEY,
    customer_id        varchar(64)  NOT NULL,
    document_type      varchar(40)  NOT NULL REFERENCES retention_rule (document_type),
    title              varchar(200) NOT NULL,
    external_reference varchar(128) NOT NULL,
    template_id        varchar(64)  NOT NULL,
    template_version   integer      NOT NULL,
    data_sha256        char(64)     NOT NULL,
    object_key         varchar(200) NOT NULL,
    content_sha256     char(64)     NOT NULL,
    size_bytes         bigint       NOT NULL CHECK (size_bytes >= 0),
    issued_at          timestamptz  NOT NULL,
    retain_until       timestamptz  NOT NULL,
    read_at            timestamptz,
    CONSTRAINT document_external_reference_uk UNIQUE (external_reference)
);
CREATE INDEX document_customer_issued_ix ON document (customer_id, issued_at DESC, id);

CREATE TABLE outbox (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id     uuid        NOT NULL REFERENCES document (id),
    kind            varchar(20) NOT NULL CHECK (kind IN ('ARCHIVE', 'NOTIFY')),
    status          varchar(20) NOT NULL CHECK (status IN ('PENDING', 'DONE', 'DEAD')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error      varchar(500),
    created_at      timestamptz NOT NULL
);
CREATE INDEX outbox_due_ix ON outbox (next_attempt_at, id) WHERE status = 'PENDING';

CREATE TABLE delivery_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id uuid        NOT NULL REFERENCES document (id),
    channel     varchar(20) NOT NULL CHECK (channel IN ('PORTAL', 'EMAIL', 'SMS', 'PRINT')),
    status      varchar(20) NOT NULL CHECK (status IN ('AVAILABLE', 'SENT', 'FAILED', 'VIEWED')),
    detail      varchar(500),
    occurred_at timestamptz NOT NULL
);
CREATE INDEX delivery_event_document_ix ON delivery_event (document_id, occurred_at);
