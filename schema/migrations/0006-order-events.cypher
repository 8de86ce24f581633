// Orders carry their status history as OrderEvent nodes; a party's record counts its orders by status.
CREATE CONSTRAINT order_event_key IF NOT EXISTS FOR (n:OrderEvent) REQUIRE n.id IS UNIQUE;
CREATE RANGE INDEX order_status IF NOT EXISTS FOR (n:Order) ON (n.status);
CREATE RANGE INDEX order_case IF NOT EXISTS FOR (n:Order) ON (n.caseId);
