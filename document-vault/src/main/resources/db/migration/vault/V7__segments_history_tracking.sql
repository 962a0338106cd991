-- Customer attributes for segments: the region a customer belongs to and the products they hold,
-- kept up to date by the bank's customer system (PUT /api/v1/customers/{id}/profile). A
-- publication's audience is either an uploaded list or a segment of these; the segment is
-- resolved into the recipient list when the publication is created, and its definition is kept.

CREATE TABLE customer_profile (
    customer_id varchar(64)  PRIMARY KEY,
    region      varchar(40),
    updated_at  timestamptz  NOT NULL,
    updated_by  varchar(128) NOT NULL
);
CREATE INDEX customer_profile_region_ix ON customer_profile (region, customer_id);

CREATE TABLE customer_product (
    customer_id varchar(64) NOT NULL REFERENCES customer_profile (customer_id) ON DELETE CASCADE,
    product     varchar(40) NOT NULL,
    PRIMARY KEY (customer_id, product)
);
CREATE INDEX customer_product_product_ix ON customer_product (product, customer_id);

ALTER TABLE publication ADD COLUMN audience_segment varchar(200);

-- Tracking: a download from the portal is its own delivery event (besides viewing in the page).
ALTER TABLE delivery_event DROP CONSTRAINT delivery_event_status_check;
ALTER TABLE delivery_event ADD CONSTRAINT delivery_event_status_check
    CHECK (status IN ('AVAILABLE', 'QUEUED', 'SENT', 'FAILED', 'DEAD', 'CANCELLED', 'VIEWED',
                      'DOWNLOADED'));

-- Marketing offers: kept 2 years from issue (long enough to answer a complaint about an offer).
INSERT INTO retention_rule (document_type, retention_period, retention_trigger, trigger_event) VALUES
    ('MARKETING_OFFER', 'P2Y', 'ISSUE_DATE', NULL);
