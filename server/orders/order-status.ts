// The life of an order as data: which status may follow which. Every change is an OrderEvent
// (when, who, note), so the history can be shown and defended later.
export const ORDER_STATUSES = ['drafted', 'sent', 'acknowledged', 'complied', 'late', 'not-complied', 'withdrawn'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

const NEXT: Record<OrderStatus, readonly OrderStatus[]> = {
  drafted: ['sent', 'withdrawn'],
  sent: ['acknowledged', 'complied', 'late', 'not-complied', 'withdrawn'],
  acknowledged: ['complied', 'late', 'not-complied', 'withdrawn'],
  // A late removal can still be completed; the record keeps it as late.
  late: ['complied', 'not-complied', 'withdrawn'],
  complied: [],
  'not-complied': ['complied', 'withdrawn'],
  withdrawn: [],
};

/** The statuses an order in `from` may move to (what a status control should offer). */
export function nextStatuses(from: OrderStatus): readonly OrderStatus[] {
  return NEXT[from];
}

export function checkTransition(from: OrderStatus, to: OrderStatus): void {
  if (!NEXT[from].includes(to)) throw new OrderError('BAD_TRANSITION', `an order that is ${from} cannot become ${to}; from ${from} it can become: ${NEXT[from].join(', ') || 'nothing (final)'}`);
}

export const ORDER_ERROR_CODES = ['BAD_TRANSITION', 'NOT_FOUND', 'NO_ADDRESSEE', 'OVERRIDE_WITHOUT_REASON', 'NO_URLS', 'DUPLICATE', 'NO_REASON'] as const;
export type OrderErrorCode = (typeof ORDER_ERROR_CODES)[number];

export class OrderError extends Error {
  constructor(readonly code: OrderErrorCode, message: string) {
    super(message);
  }
}
