-- Policy documents (kept 10 years after the policy ends), payment reminders (2 years from issue)
-- and annual privacy notices (7 years from issue).
INSERT INTO retention_rule (document_type, retention_period, retention_trigger, trigger_event) VALUES
    ('POLICY_DOCUMENT', 'P10Y', 'EVENT', 'POLICY_END'),
    ('PAYMENT_REMINDER', 'P2Y', 'ISSUE_DATE', NULL),
    ('PRIVACY_NOTICE', 'P7Y', 'ISSUE_DATE', NULL);
