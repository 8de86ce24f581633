// How a control or text-direction character is shown where it must stay visible (a terminal, a
// printed evidence page): as the escape a reader can look up, \x00, \x1b or \u202e, never raw.
export function visibleControl(c: string): string {
  const code = c.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
