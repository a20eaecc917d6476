// What the bench scripts (bench.mjs, floor.mjs, supply.mjs) share: their command line, the
// brotli size they count, and the statistics they print.
import { brotliCompressSync, constants as Z } from 'node:zlib';

/** `--name value` from the command line, or `dflt`. */
export const args = process.argv.slice(2);
export const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : dflt;
};

/** Brotli q11 size in bytes, as a static host would compress ahead of time. */
export const brotli = (buf) =>
  brotliCompressSync(buf, {
    params: { [Z.BROTLI_PARAM_QUALITY]: 11, [Z.BROTLI_PARAM_LGWIN]: 24, [Z.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }).length;

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const round = (x, d = 1) => (x == null ? null : Math.round(x * 10 ** d) / 10 ** d);
