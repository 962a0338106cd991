-- Inbox: the list query is always one customer's documents, newest first, within the display
-- window; V1's document_customer_issued_ix (customer_id, issued_at DESC, id) serves the plain list
-- and the date range. These partial and typed indexes keep the filtered lists and the unread count
-- in the header to an index range of the one customer, whatever the size of the table.

-- unread count and the "unread" filter
CREATE INDEX document_customer_unread_ix ON document (customer_id, issued_at DESC, id)
    WHERE read_at IS NULL;

-- the type filter
CREATE INDEX document_customer_type_issued_ix ON document (customer_id, document_type, issued_at DESC, id);

-- Title search is case-insensitive and always within one customer: the customer index above
-- bounds it to that customer's rows (at most a few thousand in the window), so no trigram index is
-- needed; lower(title) is compared with a bound, escaped LIKE pattern.
