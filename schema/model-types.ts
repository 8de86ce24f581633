// Types of the declarative graph model (schema/model.ts): the one place where labels,
// relationship types, keys and their meaning are written down. Docs, constraints checks and the
// UI's display names are derived from it.
export type PropType = 'string' | 'integer' | 'float' | 'boolean' | 'datetime' | 'string[]' | 'integer[]' | 'bytes';

export interface PropDef {
  type: PropType;
  description: string;
}

export interface NodeDef {
  label: string;
  displayName: string;
  description: string;
  /** The property (or properties) that identify a node; a UNIQUE constraint each. */
  key: string[];
  props: Record<string, PropDef>;
  /**
   * Properties whose earlier values are kept when a later answer states another value (as ended
   * facts are): the node's `history` lists "<prop> was <value> (evidence …), restated <time> (evidence …)".
   */
  keepHistory?: string[];
}

export interface RelDef {
  type: string;
  displayName: string;
  description: string;
  from: string[];
  to: string[];
  /** A fact edge carries source, firstSeen, lastSeen, open, endedAt and its evidence ids. */
  fact: boolean;
  props: Record<string, PropDef>;
}
