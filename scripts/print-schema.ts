// Prints the GraphQL SDL from the Pothos schema into schema/schema.graphql (the checked-in
// contract). `--check` exits 1 when the file differs from the code (CI drift check).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { printSchema } from 'graphql';
import { schema } from '../server/graphql/schema.ts';
import { SDL_PATH, SDL_HEADER } from '../schema/sdl-path.ts';

const sdl = SDL_HEADER + printSchema(schema) + '\n';
if (process.argv.includes('--check')) {
  const onDisk = existsSync(SDL_PATH) ? readFileSync(SDL_PATH, 'utf8') : '';
  if (onDisk !== sdl) {
    console.error(`${SDL_PATH} is out of date with the Pothos schema: run npm run schema:print`);
    process.exit(1);
  }
  console.log('schema.graphql matches the code');
} else {
  writeFileSync(SDL_PATH, sdl);
  console.log(`wrote ${SDL_PATH}`);
}
