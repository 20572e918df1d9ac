// The one typed context of the app: every component reaches the explorer state through here.
import { getContext, setContext } from "svelte";
import type { ExplorerState } from "./state/explorer.svelte.ts";

const KEY = Symbol("explorer");

export const setExplorer = (state: ExplorerState): ExplorerState => setContext(KEY, state);
export const getExplorer = (): ExplorerState => getContext<ExplorerState>(KEY);
