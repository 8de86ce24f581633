// Writes client/src/api/schema-types.ts from schema/schema.graphql. `--check` exits 1 when the
// file on disk differs (CI's contract drift step), like schema:print -- --check.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { SDL_PATH } from '../../schema/sdl-path.ts';
import { schemaTypes } from './schema-types.ts';

export const CLIENT_TYPES_PATH = 'client/src/api/schema-types.ts';

const text = schemaTypes(readFileSync(SDL_PATH, 'utf8'));
if (process.argv.includes('--check')) {
  if ((existsSync(CLIENT_TYPES_PATH) ? readFileSync(CLIENT_TYPES_PATH, 'utf8') : '') !== text) {
    console.error(`${CLIENT_TYPES_PATH} is out of date with ${SDL_PATH}: run npm run client:types`);
    process.exit(1);
  }
  console.log(`${CLIENT_TYPES_PATH} matches the SDL`);
} else {
  writeFileSync(CLIENT_TYPES_PATH, text);
  console.log(`wrote ${CLIENT_TYPES_PATH}`);
}
