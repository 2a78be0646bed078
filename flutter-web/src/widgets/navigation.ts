// The page's view stack (flet-protocol.md §3.12). The last view is on top; views under it keep their DOM
// (and state) but are hidden, as a navigator would. Popping, like Flet's client, hides the top view at
// once and sends view_pop {route} once per route; the app then removes the view (or not).
import type { Widget } from "../render/widget";
import type { Control } from "../tree/control";

interface ViewStack {
    /** Routes popped on the client whose views the app has not removed yet. */
    popped: Set<string>;
    /** Routes a view_pop was sent for. */
    sent: Set<string>;
    /** App bars on the page, with the function that re-evaluates their implied back arrow. */
    appBars: Map<Widget, () => void>;
}

const stackOf = (page: Widget): ViewStack =>
    (page.parts.stack ??= { popped: new Set(), sent: new Set(), appBars: new Map() });

/** A view's navigator key: its route, else its id (as Flet's client keys its pages). */
export const viewRoute = (view: Control): string =>
    typeof view.props.route === "string" ? view.props.route : String(view.id);

const ancestor = (w: Widget, type: string): Widget | null => {
    for (let p = w.parent; p; p = p.parent) if (p.control.type === type) return p;
    return null;
};

/** The views of the page that were not popped, bottom first. */
function shownViews(page: Widget): Widget[] {
    const { popped } = stackOf(page);
    return (page.lists.get("views")?.items ?? []).filter((v) => !popped.has(viewRoute(v.control)));
}

/** Shows the top view, hides the others, and lets every app bar re-check its back arrow. */
export function refreshViews(page: Widget): void {
    const stack = stackOf(page);
    const views = page.lists.get("views")?.items ?? [];
    const routes = new Set(views.map((v) => viewRoute(v.control)));
    for (const set of [stack.popped, stack.sent]) for (const route of set) if (!routes.has(route)) set.delete(route);
    const shown = shownViews(page);
    const top = shown[shown.length - 1];
    for (const view of views) view.el.classList.toggle("flet-covered", view !== top);
    for (const refresh of stack.appBars.values()) refresh();
}

/** Registers an app bar so its back arrow follows the view stack. */
export function trackAppBar(bar: Widget, refresh: () => void): void {
    const page = ancestor(bar, "Page");
    if (page) stackOf(page).appBars.set(bar, refresh);
}

export function untrackAppBar(bar: Widget): void {
    const page = ancestor(bar, "Page");
    if (page) stackOf(page).appBars.delete(bar);
}

/** Whether the view holding `bar` has a view under it, so its app bar implies a back arrow. */
export function canPop(bar: Widget): boolean {
    const view = ancestor(bar, "View");
    const page = view && ancestor(view, "Page");
    return !!page && shownViews(page).indexOf(view) > 0;
}

/** Pops the page's top view, as the app bar's back arrow does. */
export function popTopView(bar: Widget): void {
    const page = ancestor(bar, "Page");
    if (!page) return;
    const shown = shownViews(page);
    if (shown.length <= 1) return;
    const route = viewRoute(shown[shown.length - 1].control);
    const stack = stackOf(page);
    stack.popped.add(route);
    refreshViews(page);
    if (stack.sent.has(route)) return;
    stack.sent.add(route);
    page.renderer.context.triggerAlways(page.control, "view_pop", { route });
}
