// Entry point: loads the prebuilt knowledge base (data/graph.json), validates it with the same reader used for
// files a user opens, builds the graphology model and mounts the explorer. A failure shows a message, never a blank page.
import { mount } from "svelte";
import { readJson } from "../core/formats/json.ts";
import { toGraph } from "../core/graph.ts";
import App from "./App.svelte";
import { ExplorerState } from "./state/explorer.svelte.ts";
import "./styles.css";

const target = document.getElementById("app")!;

function fail(message: string): void {
  const box = document.createElement("div");
  box.className = "fatal";
  box.setAttribute("role", "alert");
  box.textContent = message;
  target.replaceChildren(box);
}

async function start(): Promise<void> {
  const res = await fetch(new URL("data/graph.json", document.baseURI));
  if (!res.ok) return fail(`Could not load the knowledge base (HTTP ${res.status}).`);
  const { dataset, problems } = readJson(await res.text());
  if (!dataset)
    return fail(
      `The knowledge base is invalid: ${problems
        .slice(0, 5)
        .map((p) => `${p.path} ${p.id ?? ""} ${p.message}`)
        .join("; ")}`,
    );
  const state = new ExplorerState(dataset.kb, toGraph(dataset.kb, dataset.layout));
  state.readUrl(location.search);
  // Automation hook for the browser tests and the screenshot CLI (read-only use; the UI never relies on it).
  (window as unknown as { __explorer: ExplorerState }).__explorer = state;
  mount(App, { target, props: { state } });
}

start().catch((e: unknown) => fail(`The explorer could not start: ${e instanceof Error ? e.message : String(e)}`));
