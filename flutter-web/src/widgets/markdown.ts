// Markdown (flet-protocol.md §5.2) as semantic HTML (headings, paragraphs, lists, tables, code). The
// parser (marked) and the DOM builder load as a separate chunk the first time a Markdown control
// renders, so apps without Markdown never download them. GitHub-flavoured extensions apply only with
// extension_set gitHubFlavored or gitHubWeb, as in Flutter's markdown package.
import { warnOnce } from "../log";
import type { Widget, WidgetDef } from "../render/widget";
import { part } from "./parts";
import { toggleClass } from "../render/classes";

type MarkdownModule = typeof import("../markdown/render");

let loading: Promise<MarkdownModule> | undefined;
const load = (): Promise<MarkdownModule> => (loading ??= import("../markdown/render"));

const GFM_SETS = new Set(["githubflavored", "githubweb"]);
const EXTENSION_SETS = new Set(["none", "commonmark", ...GFM_SETS]);

/** auto_follow_links_target ("blank", "_self", ...) as an <a target>; new tab by default. */
function linkTarget(w: Widget): string {
    const t = w.prop("auto_follow_links_target");
    if (typeof t !== "string" || t === "") return "_blank";
    return t.startsWith("_") ? t : `_${t}`;
}

function render(w: Widget): void {
    const seq = (w.parts.seq = (w.parts.seq ?? 0) + 1);
    const set = String(w.prop("extension_set") ?? "none").toLowerCase();
    if (!EXTENSION_SETS.has(set))
        warnOnce(`${w.control}: extension_set = ${set} is not none/commonMark/gitHubFlavored/gitHubWeb`);
    const value = w.prop("value");
    const source = typeof value === "string" ? value : value === undefined || value === null ? "" : String(value);
    w.parts.loaded = load().then(
        (md) => {
            if (w.parts.seq !== seq || w.control.view !== w) return;
            const follow = w.prop("auto_follow_links") === true;
            md.renderMarkdown(w.el, source, {
                gfm: GFM_SETS.has(set),
                breaks: w.prop("soft_line_break") === true,
                link: (a) => {
                    if (!follow) return;
                    a.target = linkTarget(w);
                    a.rel = "noopener noreferrer";
                },
            });
        },
        (e) => {
            warnOnce(`the Markdown renderer could not be loaded (${e}); showing the source text`);
            w.el.textContent = source;
        },
    );
}

export const MARKDOWN: WidgetDef = {
    create: (w) => part(w, "flet-markdown"),
    props: {
        value: render,
        extension_set: render,
        soft_line_break: render,
        auto_follow_links: render,
        auto_follow_links_target: render,
        selectable: (w, v) => toggleClass(w.el, "flet-selectable", v === true),
    },
    events: {
        click: (w, e) => {
            const a = (e.target as Element).closest?.("a[href]") as HTMLAnchorElement | null;
            if (!a || !w.el.contains(a)) return;
            // Flutter's Markdown follows a link only with auto_follow_links; otherwise the app handles it.
            if (w.prop("auto_follow_links") !== true) e.preventDefault();
            w.renderer.context.trigger(w.control, "tap_link", a.getAttribute("href"));
        },
    },
};

/** Resolves once the widget's latest Markdown render has finished (tests and focus management). */
export const markdownRendered = (w: Widget): Promise<void> => w.parts.loaded ?? Promise.resolve();
