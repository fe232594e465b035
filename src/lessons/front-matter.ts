// Lesson files start with a small YAML-like header between `---` lines. We only need flat
// `key: value` pairs (strings and numbers), so a full YAML parser would be dead weight in the
// first-paint bundle.

export type FrontMatterValue = string | number;

export interface FrontMatter {
  data: Record<string, FrontMatterValue>;
  /** The Markdown after the header. */
  body: string;
  /** 1-based line of the first body line, so errors in the body can point into the file. */
  bodyLine: number;
}

export class FrontMatterError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'FrontMatterError';
  }
}

const KEY_VALUE = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

function parseValue(raw: string, line: number): FrontMatterValue {
  const value = raw.trim();
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'")) {
    if (value[value.length - 1] !== value[0]) throw new FrontMatterError(`unterminated quoted value ${value}`, line);
    const inner = value.slice(1, -1);
    // Double quotes allow the two escapes a title could need; single quotes are literal as in YAML.
    return value[0] === '"' ? inner.replace(/\\(["\\])/g, '$1') : inner.replace(/''/g, "'");
  }
  if (NUMBER.test(value)) return Number(value);
  return value;
}

export function parseFrontMatter(source: string): FrontMatter {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return { data: {}, body: lines.join('\n'), bodyLine: 1 };
  const data: Record<string, FrontMatterValue> = {};
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '---') {
      return { data, body: lines.slice(i + 1).join('\n'), bodyLine: i + 2 };
    }
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const match = KEY_VALUE.exec(line);
    if (!match) throw new FrontMatterError(`expected "key: value", got ${JSON.stringify(line)}`, i + 1);
    if (match[1] in data) throw new FrontMatterError(`duplicate key "${match[1]}"`, i + 1);
    data[match[1]] = parseValue(match[2], i + 1);
  }
  throw new FrontMatterError('front matter is not closed with "---"', lines.length);
}
