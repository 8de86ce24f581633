import path from 'node:path';

export const SDL_PATH = path.join(import.meta.dirname, 'schema.graphql');
export const SDL_HEADER = '# Printed from the Pothos schema by `npm run schema:print`. Do not edit: CI fails on drift.\n\n';
