/**
 * Cuts a streamed JSON array of objects (the register's bulk JSON file, far
 * too big for JSON.parse) into the text of each element, which the caller may
 * then parse on its own. Tracks only strings and nesting depth.
 */
export class JsonArraySplitter {
  /** 0 before the opening [, 1 between elements, more inside an element. */
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** The start of an element cut by a chunk boundary. */
  private partial = '';

  *push(chunk: string): Generator<string> {
    let start = this.depth > 1 ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 92 /* \ */) this.escaped = true;
        else if (c === 34 /* " */) this.inString = false;
      } else if (c === 34) {
        this.inString = true;
      } else if (c === 123 /* { */ || c === 91 /* [ */) {
        if (this.depth === 1) start = i;
        this.depth++;
      } else if (c === 125 /* } */ || c === 93 /* ] */) {
        this.depth--;
        if (this.depth === 1 && start !== -1) {
          yield this.partial + chunk.slice(start, i + 1);
          this.partial = '';
          start = -1;
        }
      }
    }
    if (start !== -1) this.partial += chunk.slice(start);
  }

  /** True when the array was closed: a file cut short is an error, not a smaller region. */
  get complete(): boolean {
    return this.depth === 0 && !this.inString;
  }
}
