// DNS states as facts (issue 13): a host name's NXDOMAIN, NODATA or failed lookup is a DNS_STATE
// edge to one DnsState node per state word.
CREATE CONSTRAINT dns_state_key IF NOT EXISTS FOR (n:DnsState) REQUIRE n.state IS UNIQUE;
