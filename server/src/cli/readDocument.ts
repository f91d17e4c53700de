// Reads a document from disk for linting: refuses oversize and binary files before decoding them, decodes
// UTF-8 (or UTF-16 with a byte-order mark) and replaces invalid bytes instead of failing.
import { readFileSync, statSync } from 'fs';
import { ioErrorReason } from '../config/ioErrorReason';

export type ReadResult =
  | { kind: 'text'; text: string; notices: string[] }
  | { kind: 'skipped'; reason: string }
  | { kind: 'error'; reason: string };

const PROBE = 8192;
const BINARY = 'Tradeoff skipped this file: it looks binary, not markdown.';

export function readDocument(file: string, maxBytes: number): ReadResult {
  let bytes: Buffer;
  try {
    // Checked before reading so a huge file is never loaded into memory.
    const size = statSync(file).size;
    if (size > maxBytes) return { kind: 'skipped', reason: `Tradeoff skipped this file: ${formatBytes(size)} is over the ${formatBytes(maxBytes)} size limit (maxFileSize).` };
    bytes = readFileSync(file);
  } catch (err) {
    return { kind: 'error', reason: ioErrorReason(err) };
  }
  const bom = byteOrderMark(bytes);
  if (bom === 'utf-8' || bom === null) {
    if (bytes.subarray(0, PROBE).includes(0)) return { kind: 'skipped', reason: BINARY };
    try {
      return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), notices: [] };
    } catch {
      const text = new TextDecoder('utf-8').decode(bytes);
      if (mostlyUndecodable(text)) return { kind: 'skipped', reason: BINARY };
      return { kind: 'text', text, notices: ['The file is not valid UTF-8; invalid bytes were replaced with U+FFFD before checking.'] };
    }
  }
  return { kind: 'text', text: new TextDecoder(bom).decode(bytes), notices: [] };
}

/** Text in a legacy encoding has a few replacement characters; binary data has them everywhere. */
function mostlyUndecodable(text: string): boolean {
  const probe = text.slice(0, PROBE);
  let bad = 0;
  for (let i = 0; i < probe.length; i++) {
    const c = probe.charCodeAt(i);
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13)) bad++;
  }
  return bad > probe.length * 0.1;
}

function byteOrderMark(bytes: Buffer): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
