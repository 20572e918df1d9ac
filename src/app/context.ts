// The typed context of the app: every component reaches the explorer state
// (and the session that holds it, and the screen layout) through here.
import { getContext, setContext } from "svelte";
import type { ExplorerState } from "./state/explorer.svelte.ts";
import type { LayoutState } from "./state/layout.svelte.ts";
import type { Session } from "./state/session.svelte.ts";

const KEY = Symbol("explorer");
const SESSION = Symbol("session");

export const setExplorer = (state: ExplorerState): ExplorerState => setContext(KEY, state);
export const getExplorer = (): ExplorerState => getContext<ExplorerState>(KEY);
export const setSession = (session: Session): Session => setContext(SESSION, session);
export const getSession = (): Session => getContext<Session>(SESSION);

const LAYOUT = Symbol("layout");
export const setLayout = (layout: LayoutState): LayoutState => setContext(LAYOUT, layout);
export const getLayout = (): LayoutState => getContext<LayoutState>(LAYOUT);
