import { describe, expect, it } from 'vitest';
import { FrontMatterError, parseFrontMatter } from './front-matter';

describe('parseFrontMatter', () => {
  it('reads flat keys, numbers and quoted strings', () => {
    const fm = parseFrontMatter(
      ['---', 'id: threads-101', 'title: "Threads 101: \\"hello\\""', "summary: 'It''s easy'", 'order: 1', '---', '# Body', 'text'].join('\n'),
    );
    expect(fm.data).toEqual({ id: 'threads-101', title: 'Threads 101: "hello"', summary: "It's easy", order: 1 });
    expect(fm.body).toBe('# Body\ntext');
    expect(fm.bodyLine).toBe(7);
  });

  it('keeps colons inside unquoted values', () => {
    expect(parseFrontMatter('---\nsummary: start: then join\n---\n').data.summary).toBe('start: then join');
  });

  it('returns the whole text as body when there is no header', () => {
    expect(parseFrontMatter('# Only body\n')).toEqual({ data: {}, body: '# Only body\n', bodyLine: 1 });
  });

  it('handles CRLF line endings and a byte-order mark', () => {
    const fm = parseFrontMatter('\uFEFF---\r\nid: x\r\n---\r\nbody');
    expect(fm.data).toEqual({ id: 'x' });
    expect(fm.body).toBe('body');
  });

  it('rejects malformed headers with the line number', () => {
    expect(() => parseFrontMatter('---\nid x\n---\n')).toThrow(FrontMatterError);
    expect(() => parseFrontMatter('---\nid x\n---\n')).toThrow(/line 2/);
    expect(() => parseFrontMatter('---\nid: a\nid: b\n---\n')).toThrow(/duplicate key "id"/);
    expect(() => parseFrontMatter('---\nid: a\n')).toThrow(/not closed/);
    expect(() => parseFrontMatter('---\ntitle: "open\n---\n')).toThrow(/unterminated/);
  });
});
