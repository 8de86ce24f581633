// One UNIQUE constraint per node key (schema/model.ts). A constraint also gives the key its index,
// so every MERGE of the upsert is an index seek.
CREATE CONSTRAINT url_key IF NOT EXISTS FOR (n:Url) REQUIRE n.url IS UNIQUE;
CREATE CONSTRAINT hostname_key IF NOT EXISTS FOR (n:Hostname) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT domain_key IF NOT EXISTS FOR (n:Domain) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT ip_address_key IF NOT EXISTS FOR (n:IpAddress) REQUIRE n.address IS UNIQUE;
CREATE CONSTRAINT netblock_key IF NOT EXISTS FOR (n:Netblock) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT route_key IF NOT EXISTS FOR (n:Route) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT cdn_range_key IF NOT EXISTS FOR (n:CdnRange) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT autonomous_system_key IF NOT EXISTS FOR (n:AutonomousSystem) REQUIRE n.number IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT contact_key IF NOT EXISTS FOR (n:Contact) REQUIRE n.email IS UNIQUE;
CREATE CONSTRAINT evidence_key IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT case_key IF NOT EXISTS FOR (n:Case) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT order_key IF NOT EXISTS FOR (n:Order) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT schema_migration_key IF NOT EXISTS FOR (n:SchemaMigration) REQUIRE n.id IS UNIQUE;
