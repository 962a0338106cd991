-- Publications: an approved template version sent to an audience under maker-checker; their
-- recipients (with the reason a marketing publication skipped one); marketing holds placed by
-- staff (e.g. an open complaint), which keep a customer out of every marketing publication.

CREATE TABLE publication (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title            varchar(200)  NOT NULL,
    document_type    varchar(40)   NOT NULL REFERENCES retention_rule (document_type),
    template_id      varchar(64)   NOT NULL,
    template_version integer       NOT NULL CHECK (template_version >= 1),
    data             text          NOT NULL,
    state            varchar(20)   NOT NULL
                     CHECK (state IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RUNNING', 'COMPLETED',
                                      'REJECTED')),
    scheduled_at     timestamptz,
    recipient_count  integer       NOT NULL CHECK (recipient_count BETWEEN 1 AND 100000),
    created_by       varchar(128)  NOT NULL,
    created_at       timestamptz   NOT NULL,
    decided_by       varchar(128),
    decided_at       timestamptz,
    rejection_reason varchar(2000),
    bulk_run_id      bigint,
    started_at       timestamptz,
    completed_at     timestamptz,
    row_version      bigint        NOT NULL DEFAULT 0,
    -- maker-checker, also in the database: nobody decides on their own publication
    CONSTRAINT publication_checker_ck CHECK (decided_by IS NULL OR decided_by <> created_by),
    CONSTRAINT publication_rejection_ck CHECK (state <> 'REJECTED' OR rejection_reason IS NOT NULL)
);
-- the scheduler looks for due and running publications
CREATE INDEX publication_state_ix ON publication (state, scheduled_at);

CREATE TABLE publication_recipient (
    publication_id bigint      NOT NULL REFERENCES publication (id),
    customer_id    varchar(64) NOT NULL,
    skip_reason    varchar(40) CHECK (skip_reason IN ('NO_MARKETING_CONSENT', 'MARKETING_HOLD')),
    PRIMARY KEY (publication_id, customer_id)
);

CREATE TABLE marketing_hold (
    customer_id varchar(64)  PRIMARY KEY,
    reason      varchar(500) NOT NULL,
    placed_by   varchar(128) NOT NULL,
    placed_at   timestamptz  NOT NULL
);
