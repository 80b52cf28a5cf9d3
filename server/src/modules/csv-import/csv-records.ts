/**
 * A small CSV reader (RFC 4180) shared by the company import and the register
 * import. It works in two steps so a huge file stays cheap: records are cut
 * out as raw text (quotes honoured: a quoted field may hold the delimiter, ""
 * and line breaks), and only the records the caller wants are split into fields.
 */

export interface RawRecord {
  text: string;
  /** File line number where the record starts (the header is line 1). */
  line: number;
}

/** Longest record accepted: an unclosed quote must not swallow the whole file. */
const maxRecordLength = 1 << 20;

export class CsvFormatError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** Cuts streamed text into raw records. Feed chunks with `push`, then call `end`. */
export class CsvRecordSplitter {
  private rest = '';
  private line = 1;

  *push(chunk: string): Generator<RawRecord> {
    const buf = this.rest + chunk;
    let start = 0;
    for (;;) {
      const end = recordEnd(buf, start);
      if (end === -1) break;
      yield* this.emit(buf.slice(start, end));
      start = end + 1;
    }
    this.rest = buf.slice(start);
    if (this.rest.length > maxRecordLength) {
      throw new CsvFormatError(`Linje ${this.line}: et felt med anførselstegn blir aldri avsluttet.`, this.line);
    }
  }

  *end(): Generator<RawRecord> {
    if (this.rest.length === 0) return;
    if (recordEnd(this.rest + '\n', 0) === -1) {
      throw new CsvFormatError(`Linje ${this.line}: et felt med anførselstegn blir aldri avsluttet.`, this.line);
    }
    yield* this.emit(this.rest);
    this.rest = '';
  }

  private *emit(text: string): Generator<RawRecord> {
    const line = this.line;
    this.line += 1 + countLineBreaks(text);
    const trimmed = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (trimmed.trim() !== '') yield { text: trimmed, line };
  }
}

/** Index of the line break that ends the record starting at `start`, or -1 when it is not complete yet. */
function recordEnd(buf: string, start: number): number {
  let i = start;
  for (;;) {
    const newline = buf.indexOf('\n', i);
    const quote = buf.indexOf('"', i);
    if (quote === -1 || (newline !== -1 && newline < quote)) return newline;
    // Inside quotes: skip to the closing quote; "" is an escaped quote and stays inside.
    let close = buf.indexOf('"', quote + 1);
    while (close !== -1 && buf.charCodeAt(close + 1) === 34) close = buf.indexOf('"', close + 2);
    if (close === -1 || close + 1 >= buf.length) return -1;
    i = close + 1;
  }
}

function countLineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The fields of one raw record. */
export function splitFields(text: string, delimiter: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (text.charCodeAt(i) === 34) {
      let value = '';
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close === -1) throw new Error('unbalanced quote'); // recordEnd guarantees balance
        value += text.slice(from, close);
        if (text.charCodeAt(close + 1) === 34) {
          value += '"';
          from = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
      const next = text.indexOf(delimiter, i);
      fields.push(value + text.slice(i, next === -1 ? text.length : next));
      if (next === -1) return fields;
      i = next + 1;
    } else {
      const next = text.indexOf(delimiter, i);
      fields.push(text.slice(i, next === -1 ? text.length : next));
      if (next === -1) return fields;
      i = next + 1;
    }
  }
}

/** `;` or `,`, whichever the header line uses more (outside quotes). Norwegian Excel writes `;`. */
export function detectDelimiter(headerText: string): ';' | ',' {
  const outside = headerText.replace(/"(?:[^"]|"")*"/g, '');
  const count = (c: string) => outside.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}
