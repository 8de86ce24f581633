// Complaint procedures, review proceedings and specific measures on orders: the transparency report counts them.
CREATE CONSTRAINT proceeding_key IF NOT EXISTS FOR (n:Proceeding) REQUIRE n.id IS UNIQUE;
// The yearly figures select orders by the time they were sent.
CREATE RANGE INDEX order_sent IF NOT EXISTS FOR (n:Order) ON (n.sentAt);
