-- Template versions with their maker-checker decisions; retention rules that start at issue or at
-- an event (policy end, account closure); the events recorded per customer.

CREATE TABLE template_version (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    template_id    varchar(64)  NOT NULL CHECK (template_id ~ '^[a-z][a-z0-9-]{0,63}$'),
    version_number integer      NOT NULL CHECK (version_number >= 1),
    xslt           text         NOT NULL,
    sample_data    text         NOT NULL,
    status         varchar(20)  NOT NULL
                   CHECK (status IN ('DRAFT', 'IN_REVIEW', 'APPROVED', 'REJECTED', 'RETIRED')),
    author         varchar(128) NOT NULL,
    created_at     timestamptz  NOT NULL,
    updated_at     timestamptz  NOT NULL,
    row_version    bigint       NOT NULL DEFAULT 0,
    CONSTRAINT template_version_uk UNIQUE (template_id, version_number)
);
-- At most one version of a template is in force.
CREATE UNIQUE INDEX template_version_one_approved_ux ON template_version (template_id)
    WHERE status = 'APPROVED';

CREATE TABLE template_decision (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    template_version_id bigint       NOT NULL REFERENCES template_version (id),
    reviewer            varchar(128) NOT NULL,
    outcome             varchar(20)  NOT NULL CHECK (outcome IN ('APPROVED', 'REJECTED')),
    decision_comment    varchar(2000),
    decided_at          timestamptz  NOT NULL
);
CREATE INDEX template_decision_version_ix ON template_decision (template_version_id, decided_at);

-- What starts the retention period: the issue date, or an event recorded later.
ALTER TABLE retention_rule
    ADD COLUMN retention_trigger varchar(20) NOT NULL DEFAULT 'ISSUE_DATE'
        CHECK (retention_trigger IN ('ISSUE_DATE', 'EVENT')),
    ADD COLUMN trigger_event varchar(40),
    ADD COLUMN updated_by varchar(128) NOT NULL DEFAULT 'system',
    ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN row_version bigint NOT NULL DEFAULT 0,
    ADD CONSTRAINT retention_rule_event_ck CHECK (
        (retention_trigger = 'ISSUE_DATE' AND trigger_event IS NULL)
        OR (retention_trigger = 'EVENT' AND trigger_event IS NOT NULL));

CREATE TABLE retention_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id varchar(64)  NOT NULL,
    event_name  varchar(40)  NOT NULL,
    occurred_at timestamptz  NOT NULL,
    recorded_by varchar(128) NOT NULL,
    recorded_at timestamptz  NOT NULL
);
CREATE INDEX retention_event_customer_ix ON retention_event (customer_id, event_name);

-- The disposition job looks for documents whose retention has passed.
CREATE INDEX document_retain_until_ix ON document (retain_until);
