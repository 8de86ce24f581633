// The evidence an evidence pack cites, by id: metadata and the raw bytes as stored.
export const EVIDENCE_BY_IDS = `
UNWIND $ids AS id
MATCH (e:Evidence {id: id})
RETURN e.id AS id, e.source AS source, e.server AS server, e.serverAddress AS serverAddress, e.query AS query,
       toString(e.observedAt) AS observedAt, e.status AS status, e.sha256 AS sha256, e.byteLength AS byteLength,
       e.rawPath AS rawPath, e.raw AS raw
ORDER BY id`;
