// Shortens the names the WASM imports its JavaScript glue by, in both files, after the release
// build (scripts/build-release.sh), and compresses them again.
//
// Why: wasm-bindgen names each of the ~120 functions the WASM calls in the browser
// `__wbg_<name>_<16 hex digits>`, and every name is written twice, once in the WASM's import
// section and once in the glue. The hex digits do not compress, so the names cost /profile about
// 2.8 KB (brotli) on the wire; `a`, `b`, … `ef` cost almost nothing. Only the import section and
// the glue's import object change: each long name must occur exactly once in the glue (the
// script stops otherwise), the code and exports are untouched, and a second run finds nothing
// left to rename.
//
// Usage: node scripts/short-imports.mjs target/site/pkg
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'target/site/pkg';
const only = (suffix) => {
  const names = readdirSync(dir).filter((n) => n.endsWith(suffix));
  if (names.length !== 1) throw new Error(`expected one *${suffix} in ${dir}, found ${names}`);
  return join(dir, names[0]);
};
const wasmPath = only('.wasm');
const jsPath = only('.js');

function readLeb(bytes, at) {
  let value = 0, shift = 0, byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

/** 0 → "a", 51 → "Z", 52 → "aa", … */
function shortName(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 52)) {
    name = letters[(n - 1) % 52] + name;
  }
  return name;
}

/** The import section's start, its contents' start and its end. */
function importSection(wasm) {
  let at = 8;
  while (at < wasm.length) {
    const start = at;
    const id = wasm[at++];
    const [size, body] = readLeb(wasm, at);
    if (id === 2) return { start, body, end: body + size };
    at = body + size;
  }
  throw new Error('the WASM has no import section');
}

const text = new TextDecoder();
const bytes = new TextEncoder();
const wasm = readFileSync(wasmPath);
let js = readFileSync(jsPath, 'utf8');
const section = importSection(wasm);
let [count, at] = readLeb(wasm, section.body);
const out = [...leb(count)];
const renamed = [];
for (let i = 0; i < count; i++) {
  let length;
  [length, at] = readLeb(wasm, at);
  const module = wasm.subarray(at, at + length);
  at += length;
  [length, at] = readLeb(wasm, at);
  const field = text.decode(wasm.subarray(at, at + length));
  at += length;
  const kind = wasm[at++];
  if (kind !== 0) throw new Error(`import ${field} is not a function (kind ${kind})`);
  let type;
  [type, at] = readLeb(wasm, at);
  const name = /^__wb(g|indgen)_/.test(field) ? shortName(renamed.length) : field;
  if (name !== field) renamed.push([field, name]);
  out.push(...leb(module.length), ...module, ...leb(bytes.encode(name).length));
  out.push(...bytes.encode(name), kind, ...leb(type));
}
if (at !== section.end) throw new Error('the import section did not parse to its end');

for (const [field, name] of renamed) {
  const pattern = new RegExp(`(?<![\\w$])${field.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
  const found = js.match(pattern)?.length ?? 0;
  if (found !== 1) throw new Error(`${field} occurs ${found} times in the glue, not once`);
  js = js.replace(pattern, name);
}

const shorter = Buffer.concat([
  wasm.subarray(0, section.start),
  Buffer.from([2, ...leb(out.length), ...out]),
  wasm.subarray(section.end),
]);
const brotli = (data) =>
  brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
for (const [path, data] of [
  [wasmPath, shorter],
  [jsPath, Buffer.from(js)],
]) {
  const before = readFileSync(`${path}.br`).length;
  writeFileSync(path, data);
  const compressed = brotli(data);
  writeFileSync(`${path}.br`, compressed);
  writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
  console.log(`${path}: ${before} -> ${compressed.length} B brotli`);
}
console.log(`${renamed.length} import names shortened`);
