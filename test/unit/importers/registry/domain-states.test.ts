import { describe, expect, it } from 'vitest';
import { statesOfRecord, statesOfStatusWords } from '../../../../importers/registry/domain-states.ts';

describe('registry status words as states', () => {
  it('reads RDAP values (RFC 8056) and EPP words (RFC 5731, RFC 3915) alike', () => {
    expect(statesOfStatusWords(['client hold', 'redemption period', 'pending delete', 'pending transfer', 'server hold', 'pending restore'])).toEqual(['client-hold', 'redemption', 'pending-delete', 'pending-transfer', 'server-hold', 'pending-restore']);
    expect(statesOfStatusWords(['clientHold', 'redemptionPeriod', 'pendingDelete', 'serverHold', 'inactive'])).toEqual(['client-hold', 'redemption', 'pending-delete', 'server-hold', 'inactive']);
  });

  it('does not take locks for states', () => {
    expect(statesOfStatusWords(['client transfer prohibited', 'serverDeleteProhibited', 'ok', 'active'])).toEqual([]);
  });

  it('reads ccTLD words: .nl quarantine and inactive, .ru not delegated', () => {
    expect(statesOfRecord(['in quarantine'])).toEqual(['quarantine']);
    expect(statesOfRecord(['inactive'])).toEqual(['registered', 'inactive']);
    expect(statesOfRecord(['REGISTERED', 'not delegated'])).toEqual(['registered', 'inactive']);
  });
});
