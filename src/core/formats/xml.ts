// Escaping for the XML writers. Every text that comes from data goes through here: GraphML escapes with
// xmlEscape; GEXF (written by graphology-gexf, which escapes markup itself) gets xmlSafe for what it does not handle.

/** Drops characters XML 1.0 cannot carry at all (a reader rejects the file otherwise). */
export const xmlSafe = (s: string): string =>
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");

export const xmlEscape = (s: string): string =>
  xmlSafe(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    // A carriage return would come back as a line feed (XML normalises line ends); a character reference keeps it.
    .replace(/\r/g, "&#13;");
