/**
 * Markup Compatibility (ISO/IEC 29500-3) as a consumer applies it before validating a part:
 * elements and attributes of the namespaces named in mc:Ignorable are dropped,
 * mc:AlternateContent becomes the content of its mc:Fallback, and mc: attributes go. ExcelJS
 * writes `x14ac:dyDescent` under `mc:Ignorable="x14ac"`, which the schemas do not know.
 * A tag-level scanner is enough: the parts we check are machine-written, with no comments
 * or CDATA holding "<".
 */

const TAG = /<[^>]*>/g;

function prefixOf(qname: string): string {
  const i = qname.indexOf(":");
  return i < 0 ? "" : qname.slice(0, i);
}

/** The part's text with Markup Compatibility applied. */
export function applyMarkupCompatibility(xml: string): string {
  const ignorable = new Set<string>();
  for (const m of xml.matchAll(/\bmc:Ignorable="([^"]*)"/g)) {
    for (const p of m[1].split(/\s+/)) if (p) ignorable.add(p);
  }
  let out = "";
  let last = 0;
  // Depth inside a dropped element (0 = keeping).
  let dropDepth = 0;
  // Stack of open mc:AlternateContent / mc:Choice / mc:Fallback handling.
  const stack: string[] = [];
  for (const m of xml.matchAll(TAG)) {
    const tag = m[0];
    const text = xml.slice(last, m.index);
    last = (m.index ?? 0) + tag.length;
    if (dropDepth === 0) out += text;
    if (tag.startsWith("<?") || tag.startsWith("<!")) {
      if (dropDepth === 0) out += tag;
      continue;
    }
    const closing = tag.startsWith("</");
    const selfClosing = tag.endsWith("/>");
    const name = /^<\/?([^\s/>]+)/.exec(tag)?.[1] ?? "";
    const prefix = prefixOf(name);
    const dropThis = ignorable.has(prefix) || name === "mc:Choice";
    const transparent = name === "mc:AlternateContent" || name === "mc:Fallback";
    if (dropDepth > 0) {
      if (!selfClosing) dropDepth += closing ? -1 : 1;
      continue;
    }
    if (dropThis) {
      if (!closing && !selfClosing) dropDepth = 1;
      continue;
    }
    if (transparent) {
      if (closing) stack.pop();
      else if (!selfClosing) stack.push(name);
      continue;
    }
    if (closing) {
      out += tag;
      continue;
    }
    // Keep the tag, without mc: attributes and attributes of ignorable namespaces
    // (namespace declarations stay: they are not attributes to the schema).
    const kept = tag.replace(/\s+([\w.-]+):([\w.-]+)="[^"]*"/g, (attr, p: string) =>
      p !== "xmlns" && (p === "mc" || ignorable.has(p)) ? "" : attr,
    );
    out += kept;
  }
  out += xml.slice(last);
  return out;
}
