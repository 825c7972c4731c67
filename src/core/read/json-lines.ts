/**
 * The line of a value inside a JSON text, by its path ("profiles", 0, "columns", "C"): a schema
 * error in a file the clerk edits by hand is only useful with the line to look at.
 * The text is known to parse (JSON.parse succeeded), so the scanner does not validate it.
 */

type Path = readonly PropertyKey[];

class Scanner {
  i = 0;
  constructor(readonly text: string) {}

  skipSpace(): void {
    while (this.i < this.text.length && /\s/.test(this.text[this.i])) this.i++;
  }

  /** Skips one value of any kind, leaving `i` just after it. */
  skipValue(): void {
    this.skipSpace();
    const c = this.text[this.i];
    if (c === '"') this.readString();
    else if (c === "{" || c === "[") {
      const close = c === "{" ? "}" : "]";
      this.i++;
      for (;;) {
        this.skipSpace();
        if (this.text[this.i] === close) {
          this.i++;
          return;
        }
        if (close === "}") {
          this.readString();
          this.skipSpace();
          this.i++; // ":"
        }
        this.skipValue();
        this.skipSpace();
        if (this.text[this.i] === ",") this.i++;
      }
    } else while (this.i < this.text.length && !/[\s,\]}]/.test(this.text[this.i])) this.i++;
  }

  readString(): string {
    const start = this.i;
    this.i++;
    while (this.i < this.text.length && this.text[this.i] !== '"')
      this.i += this.text[this.i] === "\\" ? 2 : 1;
    this.i++;
    return JSON.parse(this.text.slice(start, this.i)) as string;
  }

  /** Moves to the value at `key` inside the object or array at `i`; false when absent. */
  enter(key: PropertyKey): boolean {
    this.skipSpace();
    const c = this.text[this.i];
    if (c !== "{" && c !== "[") return false;
    this.i++;
    for (let index = 0; ; index++) {
      this.skipSpace();
      if (this.text[this.i] === "}" || this.text[this.i] === "]" || this.i >= this.text.length) return false;
      let name: PropertyKey = index;
      if (c === "{") {
        name = this.readString();
        this.skipSpace();
        this.i++; // ":"
      }
      this.skipSpace();
      if (String(name) === String(key)) return true;
      this.skipValue();
      this.skipSpace();
      if (this.text[this.i] === ",") this.i++;
    }
  }
}

/** 1-based line of the value at `path` (or of the deepest part of it that exists). */
export function jsonLineOf(text: string, path: Path): number {
  const s = new Scanner(text);
  for (const key of path) {
    const at = s.i;
    if (!s.enter(key)) {
      s.i = at;
      break;
    }
  }
  s.skipSpace();
  let line = 1;
  for (let k = 0; k < s.i && k < text.length; k++) if (text.charCodeAt(k) === 10) line++;
  return line;
}
