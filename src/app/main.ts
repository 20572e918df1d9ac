// Entry point: loads the prebuilt knowledge base (data/graph.json), validates it with the same reader used for
// files a user opens, builds the graphology model and mounts the explorer (Root holds the session), or its read-only
// embed view for `?embed=1`. A failure shows a message, never a blank page.
import { mount } from "svelte";
import { readJson } from "../core/formats/json.ts";
import Root from "./Root.svelte";
import { explorerFor, Session } from "./state/session.svelte.ts";
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
  const state = explorerFor(dataset);
  // `embed=1` asks for the read-only view of an <iframe>; it is not part of the view itself.
  const params = new URLSearchParams(location.search);
  const embed = params.get("embed") === "1";
  params.delete("embed");
  state.readUrl(params.size ? `?${params}` : "");
  mount(Root, { target, props: { session: new Session(state), embed } });
}

start().catch((e: unknown) => fail(`The explorer could not start: ${e instanceof Error ? e.message : String(e)}`));
