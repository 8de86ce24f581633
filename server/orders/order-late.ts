// What "late" means for an order, once: it entered the status late at some point. A late order
// can still be completed afterwards (late → complied); the record keeps it as late. Every read
// that counts late orders (a party's record, the addressee rules' unanswered orders, the hoster
// report, the yearly figures) splices this fragment, for an order bound to the variable `o`.
export const ORDER_WAS_LATE = `EXISTS { (o)-[:HAS_EVENT]->(:OrderEvent {status: 'late'}) }`;
