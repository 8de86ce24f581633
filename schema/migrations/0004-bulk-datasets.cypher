// Bulk import runs end the facts a newer file no longer states, per dataset (e.g. "RIPE",
// "cloud-ranges Cloudflare"): these indexes let that step find one dataset's edges without
// scanning every edge of the type.
CREATE RANGE INDEX within_dataset IF NOT EXISTS FOR ()-[r:WITHIN]-() ON (r.dataset);
CREATE RANGE INDEX held_by_dataset IF NOT EXISTS FOR ()-[r:HELD_BY]-() ON (r.dataset);
CREATE RANGE INDEX abuse_contact_dataset IF NOT EXISTS FOR ()-[r:ABUSE_CONTACT]-() ON (r.dataset);
CREATE RANGE INDEX originated_by_dataset IF NOT EXISTS FOR ()-[r:ORIGINATED_BY]-() ON (r.dataset);
CREATE RANGE INDEX buys_transit_from_dataset IF NOT EXISTS FOR ()-[r:BUYS_TRANSIT_FROM]-() ON (r.dataset);
CREATE RANGE INDEX peers_with_dataset IF NOT EXISTS FOR ()-[r:PEERS_WITH]-() ON (r.dataset);
CREATE RANGE INDEX operated_by_dataset IF NOT EXISTS FOR ()-[r:OPERATED_BY]-() ON (r.dataset);
CREATE RANGE INDEX route_range_end IF NOT EXISTS FOR (n:Route) ON (n.rangeEnd);
CREATE RANGE INDEX cdn_range_range_end IF NOT EXISTS FOR (n:CdnRange) ON (n.rangeEnd);
