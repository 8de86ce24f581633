// Text from a user's file or a registry, made safe to print on a terminal: control characters
// (an ESC can rewrite the screen, a NUL or CR can hide what came before) are shown as escapes,
// and a long line is cut with its full length said, so a megabyte-long bad line prints one line.
import { visibleControl } from '../visible-control.ts';

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function terminalText(text: string, max = 200): string {
  const oneLine = text.replace(/\n/g, '\\n').replace(/\t/g, '\\t');
  const shown = oneLine.length > max ? `${oneLine.slice(0, max)}… (${Buffer.byteLength(text, 'utf8').toLocaleString('en')} bytes in all)` : oneLine;
  return shown.replace(CONTROL, visibleControl);
}
