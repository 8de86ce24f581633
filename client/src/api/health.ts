import { requestGraphQL } from './graphql.ts';

export interface HealthData {
  health: {
    ok: boolean;
    checkedAt: string;
    database: { uri: string; reachable: boolean; version: string | null; edition: string | null; error: string | null; migrations: { id: string }[] };
  };
}

const HEALTH = `query Health { health { ok checkedAt database { uri reachable version edition error migrations { id } } } }`;

export function fetchHealth(): Promise<HealthData> {
  return requestGraphQL<HealthData>(HEALTH);
}
