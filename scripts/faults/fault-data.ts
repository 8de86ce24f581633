// The inputs of one round, distinct per round so every round starts work that is not done yet:
// a URL list (URLs on the scenario's shop, whose chains share facts, and names of their own) with
// bad lines between them, and a RouteViews prefix-to-AS file with bad lines.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { normalizeUrl } from '../../importers/url-list/normalize-url.ts';

export interface RoundList {
  file: string;
  /** The good URLs, normalised as the graph keys them. */
  urls: string[];
}

export function writeUrlList(dir: string, tag: string, size: number): RoundList {
  const lines: string[] = [];
  const urls: string[] = [];
  for (let i = 0; i < size; i += 1) {
    const url = i % 2 === 0 ? `http://www.shop.example/${tag}/item-${i}.jpg` : `http://${tag}-item${i}.shop.example/x`;
    lines.push(url);
    urls.push(normalizeUrl(url).url);
    if (i % 10 === 5) lines.push(`not a url ${tag} ${i}`);
  }
  const file = path.join(dir, `${tag}.txt`);
  writeFileSync(file, lines.join('\n') + '\n');
  return { file, urls };
}

export interface RoundRoutes {
  file: string;
  name: string;
  goodLines: number;
}

/** `size` routes of 10.x.y.0/24 with their own origin AS each (the round's tag picks x), and a bad line every 500. */
export function writeRouteFile(dir: string, tag: string, round: number, size: number): RoundRoutes {
  const lines: string[] = [];
  for (let i = 0; i < size; i += 1) {
    lines.push(`10.${round % 250}.${Math.floor(i / 256) % 256}.${i % 256}\t32\t${64512 + round * 10 + (i % 7)}`);
    if (i % 500 === 250) lines.push(`10.${round}.bad\t24\tAS-NONE`);
  }
  const name = `routes-${tag}.pfx2as`;
  const file = path.join(dir, name);
  writeFileSync(file, lines.join('\n') + '\n');
  return { file, name, goodLines: size };
}
