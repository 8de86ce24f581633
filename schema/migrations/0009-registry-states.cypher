// Domain registry states as facts (issue 13): a REGISTRY_STATE edge from a Domain to one
// RegistryState node per normalised state word (registered, free, quarantine, redemption, …).
CREATE CONSTRAINT registry_state_key IF NOT EXISTS FOR (n:RegistryState) REQUIRE n.state IS UNIQUE;
