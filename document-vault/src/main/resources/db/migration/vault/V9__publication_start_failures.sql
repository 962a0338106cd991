-- A publication whose start fails is tried again on every scheduler tick; the last failure, when
-- it happened and how many starts have failed in a row are kept, so that staff see why an approved
-- publication has not started (dashboard, API). Cleared when it starts.
ALTER TABLE publication ADD COLUMN start_failure varchar(500);
ALTER TABLE publication ADD COLUMN start_failed_at timestamptz;
ALTER TABLE publication ADD COLUMN start_failures integer NOT NULL DEFAULT 0
    CHECK (start_failures >= 0);
