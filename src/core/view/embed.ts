// The embed snippet: an <iframe> showing a view of the explorer read-only (`?embed=1`), for a course page or an
// article. The address and the title are escaped for a double-quoted HTML attribute; the frame gets a title (screen
// readers announce it), lazy loading and no referrer.
import { escapeXml } from "../picture/text.ts";

export interface EmbedOptions {
  width?: number;
  height?: number;
}

/** The explorer's address of a view turned into its embed address (`embed=1` added, the fragment dropped). */
export function embedUrl(viewUrl: string): string {
  const url = new URL(viewUrl);
  url.hash = "";
  url.searchParams.set("embed", "1");
  return url.href;
}

/** `<iframe src="…" title="…" …></iframe>` for a view's embed address. */
export function embedSnippet(src: string, title: string, o: EmbedOptions = {}): string {
  const width = o.width ?? 800;
  const height = o.height ?? 500;
  return (
    `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="${width}" height="${height}"` +
    ` style="border: 1px solid #ccc; max-width: 100%;" loading="lazy" referrerpolicy="no-referrer"></iframe>`
  );
}
