// The text of a notice file, or a clear refusal. Hotline exports come from spreadsheets that save
// Latin-1 or Windows-1252 as readily as UTF-8; read as UTF-8 they turn into mojibake that would be
// stored as case data. A file that is not valid UTF-8 is refused, naming the first such line,
// unless the user says which encoding it is; a file holding U+FFFD was already damaged by a
// conversion, and is refused too.
import path from 'node:path';

export const NOTICE_ENCODINGS = ['utf-8', 'latin1', 'windows-1252'] as const;
export type NoticeEncoding = (typeof NOTICE_ENCODINGS)[number];

export class NoticeFileError extends Error {
  readonly code = 'NOTICE_FILE_ENCODING';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
// WHATWG maps the "latin1" label to windows-1252, a superset of ISO-8859-1's printable range.
const legacy = new TextDecoder('windows-1252');

function lineStarts(bytes: Buffer): number[] {
  const starts = [0];
  for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) starts.push(i + 1);
  return starts;
}

const preview = (text: string) => JSON.stringify(text.replace(/[\u0000-\u001f]/g, ' ').trim().slice(0, 60));

function firstBadUtf8Line(bytes: Buffer): { line: number; text: string } {
  const starts = lineStarts(bytes);
  for (let i = 0; i < starts.length; i += 1) {
    const chunk = bytes.subarray(starts[i], starts[i + 1] ?? bytes.length);
    try {
      utf8.decode(chunk);
    } catch {
      return { line: i + 1, text: legacy.decode(chunk) };
    }
  }
  return { line: starts.length, text: '' };
}

export function noticeFileText(bytes: Buffer, file: string, encoding: NoticeEncoding = 'utf-8'): string {
  const name = path.basename(file);
  if (encoding !== 'utf-8') return legacy.decode(bytes);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const bad = firstBadUtf8Line(bytes);
    throw new NoticeFileError(`${name} is not UTF-8: line ${bad.line} holds bytes that are not (${preview(bad.text)} read as Windows-1252); if the file is Latin-1 or Windows-1252, import it with --encoding latin1 (over the API: encoding LATIN1), or save it as UTF-8`);
  }
  const replaced = text.indexOf('\uFFFD');
  if (replaced !== -1) {
    const line = text.slice(0, replaced).split('\n').length;
    throw new NoticeFileError(`${name}: line ${line} holds U+FFFD replacement characters: the file lost characters in an earlier conversion from another encoding; export it again as UTF-8`);
  }
  return text;
}
