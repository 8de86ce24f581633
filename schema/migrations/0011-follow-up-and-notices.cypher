// Issue 16, follow-up of open orders: what a round found changed for a URL, and that another
// member state's authority was told about a late order.
CREATE CONSTRAINT follow_up_finding_key IF NOT EXISTS FOR (n:FollowUpFinding) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT authority_notice_key IF NOT EXISTS FOR (n:AuthorityNotice) REQUIRE n.id IS UNIQUE;
