// Types for the parts of citation-js the tests use (the packages ship none): parse BibTeX, RIS or CSL-JSON text
// into CSL-JSON items.
declare module "@citation-js/core" {
  export class Cite {
    static async(input: string, options?: { forceType?: string }): Promise<Cite>;
    data: Record<string, unknown>[];
  }
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
