// The page's view stack (flet-protocol.md §3.12). The last view is on top; views under it keep their DOM
// (and state) but are hidden, as a navigator would. Popping, like Flet's client, hides the top view at
// once and sends view_pop {route} once per route; the app then removes the view (or not). A top view with
// can_pop false or an on_confirm_pop handler is not popped: it gets confirm_pop, and the app answers with
// the View method confirm_pop {should_pop}. The browser's back (or forward) button pops too, when it goes
// to the route of the view under the top one; see docs/navigation.md.
import type { Widget } from "../render/widget";
import type { Control } from "../tree/control";
import { toggleClass } from "../render/classes";

interface ViewStack {
    /** Routes popped on the client whose views the app has not removed yet. */
    popped: Set<string>;
    /** Routes a view_pop was sent for. */
    sent: Set<string>;
    /** App bars on the page, with the function that re-evaluates their implied back arrow. */
    appBars: Map<Widget, () => void>;
    /** The view that was sent confirm_pop and waits for the app's answer. */
    confirming: Widget | null;
}

const stackOf = (page: Widget): ViewStack =>
    (page.parts.stack ??= { popped: new Set(), sent: new Set(), appBars: new Map(), confirming: null });

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
    return page.listItems("views").filter((v) => !popped.has(viewRoute(v.control)));
}

/** Shows the top view, hides the others, and lets every app bar re-check its back arrow. */
export function refreshViews(page: Widget): void {
    const stack = stackOf(page);
    const views = page.listItems("views");
    const routes = new Set(views.map((v) => viewRoute(v.control)));
    for (const set of [stack.popped, stack.sent]) for (const route of set) if (!routes.has(route)) set.delete(route);
    const shown = shownViews(page);
    const top = shown[shown.length - 1];
    for (const view of views) toggleClass(view.el, "flet-covered", view !== top);
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

/** Whether popping `view` needs the app's consent first (Flutter's PopScope with canPop false, as Flet sets it). */
const mustConfirm = (view: Widget): boolean =>
    view.control.props.can_pop === false || view.control.props.on_confirm_pop === true;

/** Hides `view` at once and sends view_pop for its route, once per route. */
function pop(page: Widget, view: Widget): void {
    const route = viewRoute(view.control);
    const stack = stackOf(page);
    stack.popped.add(route);
    refreshViews(page);
    if (stack.sent.has(route)) return;
    stack.sent.add(route);
    page.renderer.context.triggerAlways(page.control, "view_pop", { route });
}

/** Asks the app whether `view` may go: confirm_pop, when it has a handler (else the pop is just blocked). */
function askToPop(page: Widget, view: Widget): void {
    if (view.control.props.on_confirm_pop !== true) return;
    stackOf(page).confirming = view;
    page.renderer.context.triggerAlways(view.control, "confirm_pop", null);
}

/** Pops the page's top view, as the app bar's back arrow does: at once, or once the app confirms. */
export function popTopView(bar: Widget): void {
    const page = ancestor(bar, "Page");
    if (!page) return;
    const shown = shownViews(page);
    if (shown.length <= 1) return;
    const top = shown[shown.length - 1];
    if (mustConfirm(top)) askToPop(page, top);
    else pop(page, top);
}

/** View.confirm_pop {should_pop}: the app's answer to confirm_pop; pops the view if it still waits and is on top. */
export function confirmPop(view: Widget, args: Record<string, unknown>): null {
    const page = ancestor(view, "Page");
    if (!page || stackOf(page).confirming !== view) return null;
    stackOf(page).confirming = null;
    const shown = shownViews(page);
    if (args.should_pop === true && shown.length > 1 && shown[shown.length - 1] === view) pop(page, view);
    return null;
}

/**
 * The browser's history moved to `route`. When that is the route of the view under the top one, it is the top
 * view's pop. Returns false, having sent confirm_pop, when that view must confirm first: the caller puts the top
 * view's route back in the address bar. Otherwise calls `report` (the route's UpdateControl), then pops the top
 * view if it is a pop (view_pop), and returns true.
 */
export function historyMoved(page: Widget, route: string, report: () => void): boolean {
    const shown = shownViews(page);
    const top =
        shown.length > 1 && viewRoute(shown[shown.length - 2].control) === route ? shown[shown.length - 1] : null;
    if (top && mustConfirm(top)) {
        askToPop(page, top);
        return false;
    }
    report();
    if (top) pop(page, top);
    return true;
}
