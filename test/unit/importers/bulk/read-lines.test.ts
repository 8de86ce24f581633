import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isGzipFile, readLines } from '../../../../importers/bulk/read-lines.ts';
import { describeRecorded, recordedPath } from '../../../fixtures/recorded.ts';
import { collect, tempFiles } from './bulk-files.ts';

const files = tempFiles();
const texts = async (file: string, encoding?: 'auto' | 'utf8' | 'latin1') => (await collect(readLines(file, { encoding }))).map((l) => l.text);

describe('reading bulk files line by line', () => {
  it('numbers lines from 1 across CRLF and LF and keeps a last line without newline', async () => {
    const file = files.write('mixed.txt', 'inetnum: 192.0.2.0 - 192.0.2.255\r\nnetname: EXAMPLE\n\r\nsource: TEST');
    expect(await collect(readLines(file))).toEqual([
      { text: 'inetnum: 192.0.2.0 - 192.0.2.255', line: 1 },
      { text: 'netname: EXAMPLE', line: 2 },
      { text: '', line: 3 },
      { text: 'source: TEST', line: 4 },
    ]);
  });

  it('gunzips a file by its magic bytes, whatever its name', async () => {
    const file = files.write('dump-without-gz-suffix.txt', 'route: 198.51.100.0/24\norigin: AS64496\n', { gzip: true });
    expect(await isGzipFile(file)).toBe(true);
    expect(await texts(file)).toEqual(['route: 198.51.100.0/24', 'origin: AS64496']);
  });

  it('decodes UTF-8 when the bytes are UTF-8 and Latin-1 from the first line that is not', async () => {
    const utf8 = files.write('utf8.txt', 'owner: São Paulo\n');
    const latin1 = files.write('latin1.txt', Buffer.from('owner: plain\nowner: S\xe3o Paulo\n', 'latin1'));
    expect(await texts(utf8)).toEqual(['owner: São Paulo']);
    expect(await texts(latin1)).toEqual(['owner: plain', 'owner: São Paulo']);
    expect(await texts(utf8, 'latin1')).toEqual(['owner: SÃ£o Paulo']);
    await expect(texts(latin1, 'utf8')).rejects.toThrow(/not valid UTF-8/);
  });

  it('drops a UTF-8 byte-order mark', async () => {
    expect(await texts(files.write('bom.txt', '\ufeff192.0.2.0/24\n'))).toEqual(['192.0.2.0/24']);
  });

  it('fails loudly on a truncated gzip file instead of ending quietly', async () => {
    const whole = files.write('whole.gz', 'a\n'.repeat(5000), { gzip: true });
    const cut = files.write('cut.gz', readFileSync(whole).subarray(0, 40));
    await expect(texts(cut)).rejects.toThrow(/unexpected end of file/);
  });
});

describeRecorded('reading the recorded bulk files', () => {
  it("decodes LACNIC's Latin-1 bulk file: FUNDAÇÃO DE AMPARO À PESQUISA DO ESTADO SÃO PAULO on line 4", async () => {
    const lines = await collect(readLines(recordedPath('rpsl-bulk-dumps', 'lacnic.db.excerpt.txt')));
    expect(lines[3]).toEqual({ text: 'owner:   FUNDAÇÃO DE AMPARO À PESQUISA DO ESTADO SÃO PAULO', line: 4 });
  });

  it('refuses the bzip2 CAIDA file with a message saying to decompress it', async () => {
    await expect(texts(recordedPath('caida-as-relationships', '20210901.as-rel2.txt.bz2'))).rejects.toThrow(/bzip2/);
  });
});
