/** Attributes of an XML tag found by our light scans (size limit, .ods and .xlsx scans). */

export function xmlUnescape(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The unescaped value of `name="…"` in the tag's text (`name` may be a pattern: "(?:\\w+:)?id"). */
export function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m === null ? null : xmlUnescape(m[1]);
}
