// Writes schema/README.md from schema/model.ts; `--check` exits 1 when the file on disk differs.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderSchemaDocs } from '../schema/docs.ts';
import { readMigrations } from '../server/db/migrate.ts';

const file = path.resolve(import.meta.dirname, '..', 'schema', 'README.md');
const text = renderSchemaDocs(readMigrations().map((m) => m.id));
if (process.argv.includes('--check')) {
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
    console.error(`${file} is out of date with schema/model.ts: run npm run schema:docs`);
    process.exit(1);
  }
  console.log('schema/README.md matches the model');
} else {
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
