// The report's sections: which orders each counts, and the words it counts them in. TCO removal
// orders (Regulation (EU) 2021/784, Article 21(1)), orders under the Dutch CSAM act (removal or
// disabling within at most 12 hours) and information demands (General Administrative Law Act,
// art. 5:16) are three instruments with three sets of figures.
export const SECTION_KEYS = ['tco', 'csam', 'demands'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export interface SectionDef {
  key: SectionKey;
  title: string;
  /** What one counted thing is called, singular and plural. */
  noun: [string, string];
  instrument: string;
  /** The order's material; null: any. */
  material: string | null;
  /** Article 4: a copy goes to the competent authority of the member state where the provider is. */
  crossBorderCopies: boolean;
  /** The EU asks how many TCO orders went outside PERCI; PERCI carries TCO orders only. */
  perci: boolean;
  /** Its orders run under a deadline from sending (removal orders); a demand's answer has none here. */
  timed: boolean;
}

export const SECTIONS: readonly SectionDef[] = [
  { key: 'tco', title: 'Removal orders for terrorist content (TCO Regulation, Article 21(1))', noun: ['removal order', 'removal orders'], instrument: 'removal-order', material: 'terrorist', crossBorderCopies: true, perci: true, timed: true },
  { key: 'csam', title: 'Orders for child sexual abuse material (CSAM act)', noun: ['CSAM order', 'CSAM orders'], instrument: 'removal-order', material: 'csam', crossBorderCopies: false, perci: false, timed: true },
  { key: 'demands', title: 'Information demands (General Administrative Law Act, art. 5:16)', noun: ['information demand', 'information demands'], instrument: 'information-demand', material: null, crossBorderCopies: false, perci: false, timed: false },
];

export function sectionOf(order: { instrument: string; material: string | null }): SectionDef | undefined {
  return SECTIONS.find((s) => s.instrument === order.instrument && (s.material === null || s.material === order.material));
}

/** "1 removal order", "187 removal orders". */
export function counted(n: number, [one, many]: readonly [string, string]): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
