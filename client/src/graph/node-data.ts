// What every node and edge on the canvas carries. Labels here are canvas text (Cytoscape draws
// them), never HTML, so hostile WHOIS names stay text.
export type NodeKind = 'Url' | 'Hostname' | 'Domain' | 'IpAddress' | 'Netblock' | 'Route' | 'AutonomousSystem' | 'Organization' | 'Contact' | 'Other';

export type EuState = 'eu' | 'non-eu' | 'unknown';

export interface NodeData {
  id: string;
  kind: NodeKind;
  /** The graph label and key (for neighbourhood, entity and evidence questions). */
  label: string;
  key: string;
  name: string;
  /** The text drawn on the canvas. */
  caption: string;
  role?: string;
  country?: string;
  /** Which record the country was read from: organisation (the registered holder), block, as. */
  countryFrom?: string;
  eu?: EuState;
  cdn?: 'yes';
  evidenceId?: string;
  parent?: string;
  detail?: string;
  /** A party's orders: received, complied in time, late, not complied. */
  record?: string;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  caption?: string;
  evidenceId?: string;
  firstSeen?: string;
  lastSeen?: string;
  endedAt?: string;
}

// EU member states (ISO 3166-1 alpha-2; Greece is GR in registry data). TCO and the Dutch act
// treat a provider outside these as "outside the EU" unless it has a legal representative here.
const EU = new Set(['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE']);

export function euState(country: string | null | undefined): EuState {
  if (country === null || country === undefined || country === '') return 'unknown';
  return EU.has(country.toUpperCase()) ? 'eu' : 'non-eu';
}

const COUNTRY_FROM_WORDS: Record<string, string> = { organisation: 'from holder', block: 'from block', as: 'from AS' };

/** "NL (from holder)": a country with the record it comes from, the same in every view. */
export function countryWithSource(country: string | null | undefined, from: string | null | undefined): string {
  if (country === null || country === undefined || country === '') return 'country unknown';
  return from === null || from === undefined ? country : `${country} (${COUNTRY_FROM_WORDS[from] ?? from})`;
}

export function nodeId(label: string, key: string): string {
  return `${label}:${key}`;
}

export const KIND_NAMES: Record<NodeKind, string> = {
  Url: 'URL',
  Hostname: 'Host name',
  Domain: 'Domain',
  IpAddress: 'IP address',
  Netblock: 'Netblock',
  Route: 'Routed prefix (BGP)',
  AutonomousSystem: 'Autonomous system',
  Organization: 'Party (organisation)',
  Contact: 'Contact',
  Other: 'Other',
};

export function kindOf(label: string): NodeKind {
  return label in KIND_NAMES ? (label as NodeKind) : 'Other';
}
