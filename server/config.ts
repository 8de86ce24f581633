// One typed configuration for the whole product: an optional JSON file, then the environment on
// top. Every importer and the server read their endpoints from here, which is what lets tests and
// users in a lab point DNS, WHOIS and RDAP at other servers.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseHostPort, parseHostPortList, parseWhoisServerMap, type HostPort } from './config-parse.ts';
import { RESOLV_CONF, readSystemResolvers, SYSTEM_RESOLVERS } from './config-resolvers.ts';

export type { HostPort } from './config-parse.ts';

/** Environment names fixed by issue 2: scripts outside the project rely on them. */
export const ENV = {
  neo4jUri: 'NEO4J_URI',
  neo4jUser: 'NEO4J_USER',
  neo4jPassword: 'NEO4J_PASSWORD',
  neo4jDatabase: 'NEO4J_DATABASE',
  dnsServers: 'HOSTCHAIN_DNS_SERVERS',
  whoisServers: 'HOSTCHAIN_WHOIS_SERVERS',
  rdapBootstrap: 'HOSTCHAIN_RDAP_BOOTSTRAP',
  configFile: 'HOSTCHAIN_CONFIG',
  home: 'HOSTCHAIN_HOME',
  port: 'HOSTCHAIN_PORT',
  dbPauseSeconds: 'HOSTCHAIN_DB_PAUSE_SECONDS',
  smtp: 'HOSTCHAIN_SMTP',
} as const;

const hostPort = z.object({ host: z.string().min(1), port: z.number().int().min(1).max(65535) });

const limits = z.object({
  timeoutMs: z.number().int().positive(),
  /** Bound on one answer: a never-ending or oversized response is cut and recorded as failed. */
  maxBytes: z.number().int().positive(),
  /** Parallel queries per server. */
  concurrency: z.number().int().positive(),
  /** Queries per second per server; registries throttle or block bulk queries. */
  perSecond: z.number().positive(),
  retries: z.number().int().min(0),
});

export const configSchema = z.object({
  /** Folder for the local Neo4j (jars, data, logs) and for raw evidence files. */
  home: z.string().min(1),
  server: z.object({ host: z.string().min(1), port: z.number().int().min(0).max(65535) }),
  neo4j: z.object({
    /** Unset: the project starts its own Neo4j on loopback. Set: a user's Neo4j, Aura or cluster. */
    uri: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must be a neo4j:// or bolt:// URI').optional(),
    user: z.string(),
    password: z.string(),
    database: z.string().optional(),
    local: z.object({ port: z.number().int().min(1).max(65535), heap: z.string().regex(/^\d+[mg]$/) }),
    /** How long a job waits for a database that went away before it stops as interrupted. */
    pauseSeconds: z.number().nonnegative(),
  }),
  dns: limits.extend({
    /** Recursive resolvers every reported host name is asked of; "system" in the file or HOSTCHAIN_DNS_SERVERS means resolv.conf's. */
    servers: z.array(hostPort).min(1),
    /** How `servers` was chosen, for the start-up line (config-resolvers.ts). */
    serversFrom: z.enum(['default-public', 'configured', 'system']),
    /** Where "system" reads the machine's resolvers. */
    resolvConf: z.string().min(1),
  }),
  whois: limits.extend({
    /** WHOIS server name → where to connect. `*` catches every name not listed. */
    servers: z.record(z.string(), hostPort),
    cacheFreshnessHours: z.number().nonnegative(),
  }),
  rdap: limits.extend({
    /** Folder holding IANA asn.json, dns.json, ipv4.json, ipv6.json (RFC 9224). */
    bootstrapDir: z.string().min(1),
    /** Base URL (as found in bootstrap) → replacement base URL, e.g. for a proxy or a lab. */
    baseUrlOverrides: z.record(z.string(), z.url()),
  }),
  bulk: z.object({
    /** Imported registry and routing data older than this is not used in place of a live query. */
    maxAgeDays: z.number().positive(),
  }),
  authority: z.object({
    /** The member state of the authority using the tool: a provider elsewhere in the EU is addressed with notice to its own authority (TCO art. 4). */
    country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code in capitals, such as NL'),
    /** Who issues the orders, as their documents name it (TCO Annex I section A). */
    name: z.string().min(1),
    address: z.string(),
    email: z.string(),
    phone: z.string(),
    website: z.string(),
    /** How a provider checks that an order is the authority's (Article 3(4)(a)). */
    authentication: z.string(),
  }),
  /** Follow-up of open orders (issue 16): their URLs' chains are resolved again this often; 0 turns the server's schedule off. */
  followUp: z.object({ intervalMinutes: z.number().min(0) }),
  /** The mail server orders are sent through; no host: sending by e-mail is off (other channels are recorded). */
  smtp: z.object({
    host: z.string(),
    port: z.number().int().min(1).max(65535),
    /** true: TLS from the first byte (port 465); false: STARTTLS when the server offers it. */
    secure: z.boolean(),
    user: z.string(),
    password: z.string(),
    /** The sender the provider sees and answers to. */
    from: z.string(),
  }),
});

export type Config = z.infer<typeof configSchema>;
export type SourceLimits = z.infer<typeof limits>;

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
}

const projectRoot = path.resolve(import.meta.dirname, '..');

export function defaultConfig(root = projectRoot): Config {
  const home = path.join(root, '.neo4j');
  return {
    home,
    server: { host: '127.0.0.1', port: 4000 },
    neo4j: { user: 'neo4j', password: '', local: { port: 7687, heap: '2g' }, pauseSeconds: 60 },
    // Public resolvers as a default for users online; tests and labs set HOSTCHAIN_DNS_SERVERS.
    dns: { servers: [{ host: '9.9.9.9', port: 53 }, { host: '1.1.1.1', port: 53 }], serversFrom: 'default-public', resolvConf: RESOLV_CONF, timeoutMs: 3000, maxBytes: 65535, concurrency: 32, perSecond: 200, retries: 2 },
    whois: { servers: {}, timeoutMs: 15000, maxBytes: 1 << 20, concurrency: 2, perSecond: 1, retries: 1, cacheFreshnessHours: 24 },
    rdap: { bootstrapDir: path.join(home, 'rdap-bootstrap'), baseUrlOverrides: {}, timeoutMs: 15000, maxBytes: 4 << 20, concurrency: 4, perSecond: 5, retries: 1 },
    // RIR dumps and statistics are daily, CAIDA's files monthly: a month-old import is still usable.
    bulk: { maxAgeDays: 31 },
    authority: {
      country: 'NL',
      name: 'Autoriteit online Terroristisch en Kinderpornografisch Materiaal (ATKM)',
      address: '',
      email: '',
      phone: '',
      website: 'https://www.atkm.nl',
      authentication: '',
    },
    smtp: { host: '', port: 587, secure: false, user: '', password: '', from: '' },
    followUp: { intervalMinutes: 60 },
  };
}

type Env = Record<string, string | undefined>;

/** Loads file (HOSTCHAIN_CONFIG or ./hostchain.config.json when present), then env, then validates. */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const base = defaultConfig();
  const fileName = env[ENV.configFile] ?? path.join(cwd, 'hostchain.config.json');
  const fromFile = existsSync(fileName) ? readConfigFile(fileName) : {};
  const merged = deepMerge(base, fromFile);
  if (isPlainObject(fromFile.dns) && fromFile.dns.servers !== undefined) merged.dns.serversFrom = 'configured';
  applyEnv(merged, env);
  chooseSystemResolvers(merged);
  const result = configSchema.safeParse(merged);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new ConfigError(`invalid configuration (${existsSync(fileName) ? fileName + ' + ' : ''}environment):\n${lines.join('\n')}`);
  }
  return result.data;
}

function readConfigFile(fileName: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(fileName, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('top level must be a JSON object');
    return parsed as Record<string, unknown>;
  } catch (err) {
    throw new ConfigError(`config file ${fileName}: ${(err as Error).message}`);
  }
}

function applyEnv(cfg: Config, env: Env): void {
  const field = (name: string) => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  };
  const wrap = <T>(name: string, parse: (v: string) => T): T | undefined => {
    const v = field(name);
    if (v === undefined) return undefined;
    try {
      return parse(v);
    } catch (err) {
      throw new ConfigError(`${name}=${JSON.stringify(v)}: ${(err as Error).message}`);
    }
  };
  cfg.neo4j.uri = field(ENV.neo4jUri) ?? cfg.neo4j.uri;
  cfg.neo4j.user = field(ENV.neo4jUser) ?? cfg.neo4j.user;
  cfg.neo4j.password = env[ENV.neo4jPassword] ?? cfg.neo4j.password;
  cfg.neo4j.database = field(ENV.neo4jDatabase) ?? cfg.neo4j.database;
  cfg.neo4j.pauseSeconds = wrap(ENV.dbPauseSeconds, parseSeconds) ?? cfg.neo4j.pauseSeconds;
  cfg.home = field(ENV.home) ?? cfg.home;
  cfg.server.port = wrap(ENV.port, (v) => parseHostPort(`x:${v}`).port) ?? cfg.server.port;
  const dns = wrap(ENV.dnsServers, (v) => (v.toLowerCase() === SYSTEM_RESOLVERS ? SYSTEM_RESOLVERS : parseHostPortList(v, 53)));
  if (dns !== undefined) {
    cfg.dns.servers = dns as HostPort[];
    cfg.dns.serversFrom = 'configured';
  }
  cfg.whois.servers = wrap(ENV.whoisServers, parseWhoisServerMap) ?? cfg.whois.servers;
  cfg.rdap.bootstrapDir = field(ENV.rdapBootstrap) ?? cfg.rdap.bootstrapDir;
  const smtp = wrap(ENV.smtp, (v) => parseHostPort(v));
  if (smtp !== undefined) cfg.smtp = { ...cfg.smtp, host: smtp.host, port: smtp.port };
}

/** "system" (from the file or the environment) becomes the machine's resolvers, read now. */
function chooseSystemResolvers(cfg: Config): void {
  if ((cfg.dns.servers as unknown) !== SYSTEM_RESOLVERS) return;
  try {
    cfg.dns.servers = readSystemResolvers(cfg.dns.resolvConf);
  } catch (err) {
    throw new ConfigError(`dns.servers: ${(err as Error).message}`);
  }
  cfg.dns.serversFrom = 'system';
}

function parseSeconds(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new Error('must be a number of seconds (0 or more)');
  return n;
}

function deepMerge<T>(base: T, over: Record<string, unknown>): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    const bothObjects = isPlainObject(b) && isPlainObject(v);
    out[k] = bothObjects ? deepMerge(b, v) : v;
  }
  return out as T;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Where a WHOIS server name is really reached: exact name, else `*`, else the name on port 43. */
export function whoisEndpoint(cfg: Pick<Config, 'whois'>, serverName: string, defaultPort = 43): HostPort {
  const name = serverName.toLowerCase();
  return cfg.whois.servers[name] ?? cfg.whois.servers['*'] ?? { host: name, port: defaultPort };
}

/** The bulk freshness window in milliseconds, as the resolver takes it. */
export const bulkMaxAgeMs = (cfg: Pick<Config, 'bulk'>) => cfg.bulk.maxAgeDays * 86_400_000;

/** How long jobs wait for a database that went away, in milliseconds. */
export const dbPauseMs = (cfg: Pick<Config, 'neo4j'>) => cfg.neo4j.pauseSeconds * 1000;
