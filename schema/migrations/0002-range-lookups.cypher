// Range lookups of an address in registry blocks, routes and CDN ranges. Keys are 32-hex-digit
// strings (IPv4 mapped into ::ffff:0:0/96), so one string order covers IPv4 and IPv6 and
// `rangeStart <= $k ORDER BY rangeStart DESC` is an index-backed seek for both families.
CREATE RANGE INDEX netblock_range_start IF NOT EXISTS FOR (n:Netblock) ON (n.rangeStart);
CREATE RANGE INDEX netblock_range_end IF NOT EXISTS FOR (n:Netblock) ON (n.rangeEnd);
CREATE RANGE INDEX route_range_start IF NOT EXISTS FOR (n:Route) ON (n.rangeStart);
CREATE RANGE INDEX cdn_range_range_start IF NOT EXISTS FOR (n:CdnRange) ON (n.rangeStart);
CREATE RANGE INDEX ip_address_range_key IF NOT EXISTS FOR (n:IpAddress) ON (n.rangeKey);
