// Connects the control model to the DOM: mounts widgets for controls and applies each model change
// to the one widget it concerns (the TreeListener side of the patch applier).
import type { IconLibrary } from "../icons/icons";
import { preview, warnOnce } from "../log";
import type { Control } from "../tree/control";
import { Control as ControlClass, forEachProp, getProp, isMember } from "../tree/control";
import type { ListChange, TreeListener } from "../tree/control-tree";
import { BASE_PROPS } from "./base-props";
import { applyListChange, showList } from "./child-list";
import { refreshFill, releaseFill } from "./fill-width";
import { own } from "../values/geometry";
import { installTooltipDismiss } from "../widgets/tooltip";
import { type WidgetDef, hasList, Widget } from "./widget";

/** What widgets need from the session: sending events and property updates to the backend. */
export interface RenderContext {
    /** Sends ControlEvent `name` if the control subscribed to it (`on_<name>: true`, §3.7). */
    trigger(control: Control, name: string, data?: unknown): void;
    /** Sends ControlEvent `name` whether or not the control subscribed (page events, §3.7). */
    triggerAlways(control: Control, name: string, data: unknown): void;
    /** Writes client-side state into the model and sends UpdateControl (§3.8). */
    update(control: Control, props: Record<string, unknown>): void;
    /** Starts or stops reporting key presses as the page's keyboard_event (§3.11). */
    listenToKeys(on: boolean): void;
    readonly icons: IconLibrary;
    /** The control with id `id` in the session's tree (§3.1). */
    control(id: number): Control | undefined;
    /** Re-applies the page's theme, dark_theme and theme_mode (and every themed subtree). */
    refreshTheme(): void;
    /** Re-applies a widget's own theme, dark_theme and theme_mode (Flet's per-control Theme). */
    setThemeScope(w: Widget): void;
    /** The URL of an app asset given by a relative path ("images/a.png", "/a.png"): under the site's baseUrl. */
    assetUrl(path: string): string;
}

/** DOM events widgets handle. They are delegated from the root: one listener each, not one per element. */
export const EVENTS = [
    "click",
    "dblclick",
    "input",
    "change",
    "keydown",
    "focusin",
    "focusout",
    "pointerdown",
] as const;
export type DomEventType = (typeof EVENTS)[number];

export class Renderer implements TreeListener {
    readonly doc: Document;
    /** The class of the controls this renderer shows; each control type has a subclass of it (`newControl`). */
    readonly widgetClass = Widget.of(this);
    private readonly classes = new Map<string, typeof Widget>();

    constructor(
        readonly root: HTMLElement,
        readonly registry: Record<string, WidgetDef>,
        readonly context: RenderContext,
        private readonly placeholder: WidgetDef,
    ) {
        this.doc = root.ownerDocument;
        for (const type of EVENTS) root.addEventListener(type, (e) => this.dispatch(type, e));
        installTooltipDismiss(root);
    }

    /**
     * Hands a DOM event to the innermost widget that handles it, as the innermost Flutter gesture wins. A widget's
     * element is found by its data-flet-id, not by a property of the element's own: a property on 50,000 elements
     * costs a megabyte of JS heap.
     */
    private dispatch(type: DomEventType, e: Event): void {
        for (let node = e.target as Node | null; node && node !== this.root; node = node.parentNode) {
            const w = this.widgetOf(node);
            const handler = w?.def.events?.[type];
            if (handler && handler(w!, e) !== false) return;
        }
    }

    /** The widget whose element `node` is, if any. */
    private widgetOf(node: Node): Widget | undefined {
        const id = node.nodeType === 1 ? (node as Element).getAttribute("data-flet-id") : null;
        if (id === null) return undefined;
        const view = this.context.control(Number(id))?.view;
        return view instanceof Widget && view.el === node ? view : undefined;
    }

    /**
     * Makes a control of `type` (`ControlTree.newControl`), of the type's subclass of `widgetClass`, made on first use:
     * its prototype holds the type and the registry's definition of it.
     */
    readonly newControl = (id: number, type: string): Widget => {
        let made = this.classes.get(type);
        if (made === undefined) {
            made = this.widgetClass.ofType(type);
            // Not enumerable, so that enumerating a control's properties (`forEachProp`) sees no key on its prototypes.
            const def = own(this.registry, type) ?? this.placeholder;
            Object.defineProperty(made.prototype, "def", { value: def, writable: true });
            this.classes.set(type, made);
        }
        return new made(id);
    };

    /** Shows `control` and everything inside it; it must be one of this renderer's widgets (`widgetClass`). */
    mount(control: Control, parent: Widget | null): Widget {
        if (!(control instanceof this.widgetClass)) return this.placeholderFor(control, parent);
        const w: Widget = control;
        const local = parent?.def.childTypes;
        const def = (local && own(local, control.type)) ?? own(this.registry, control.type) ?? this.placeholder;
        w.attach(def, parent);
        w.el = def.create(w);
        w.el.setAttribute("data-flet-id", String(control.id));
        w.el.setAttribute("data-flet-type", control.type);
        w.effectivelyDisabled = (parent?.effectivelyDisabled ?? false) || control.props.disabled === true;
        if (def.lists) for (const prop in def.lists) showList(w, prop, undefined);
        // The lists were shown just above; applying their properties again would mount their items twice.
        forEachProp(w, (prop, value) => {
            if (!hasList(def, prop)) this.applyProp(w, prop, value);
        });
        if (w.effectivelyDisabled) def.setDisabled?.(w, true);
        def.mounted?.(w);
        refreshFill(w);
        return w;
    }

    /** Mounts a list item or slot value; anything that is not a control shows as a placeholder. */
    mountChild(value: unknown, parent: Widget): Widget {
        if (value instanceof ControlClass) return this.mount(value, parent);
        return this.placeholderFor(value, parent);
    }

    private placeholderFor(value: unknown, parent: Widget | null): Widget {
        warnOnce(`${parent?.control ?? "the page"}: expected a control but got ${preview(value)}`);
        return this.mountPlaceholder(parent);
    }

    /** Mounts a placeholder: what shows where a control was expected and something else came. */
    mountPlaceholder(parent: Widget | null): Widget {
        return this.mount(this.newControl(-1, "?"), parent);
    }

    /** Takes `w` and its descendants off the screen. */
    unmount(w: Widget): void {
        releaseFill(w);
        this.unmountTree(w);
    }

    private unmountTree(w: Widget): void {
        w.def.unmounted?.(w);
        w.detach();
        for (const child of w.children()) if (child.view === child) this.unmountTree(child);
    }

    /**
     * Runs the setter of property `prop`: the definition's own, else the shared one. No setter has a member's name, and
     * the setter tables inherit Object.prototype's, so a property with such a name is not looked up.
     */
    private applyProp(w: Widget, prop: string, value = getProp(w, prop)): void {
        if (isMember(prop)) return;
        const own = w.def.props?.[prop];
        if (own) own(w, value);
        else BASE_PROPS[prop]?.(w, value);
    }

    /** Mounts `value` into slot `name`, replacing what was there; returns the new element or null. */
    setSlot(w: Widget, name: string, value: unknown): HTMLElement | null {
        const old = w.slot(name);
        if (old && old.control === value) return old.el;
        if (old) {
            old.el.remove();
            this.unmount(old);
            w.setSlotWidget(name, undefined);
        }
        if (value === undefined || value === null) return null;
        const child = this.mountChild(value, w);
        w.setSlotWidget(name, child);
        return child.el;
    }

    /** Recomputes the inherited disabled state of `w` and its descendants. */
    refreshDisabled(w: Widget): void {
        const disabled = (w.parent?.effectivelyDisabled ?? false) || w.control.props.disabled === true;
        if (disabled !== w.effectivelyDisabled) {
            w.effectivelyDisabled = disabled;
            w.def.setDisabled?.(w, disabled);
        }
        for (const child of w.children()) this.refreshDisabled(child);
    }

    propChanged(control: Control, prop: string, previous: unknown): void {
        const w = control.view;
        if (!(w instanceof Widget)) return;
        if (hasList(w.def, prop)) showList(w, prop, previous);
        else this.applyProp(w, prop);
        refreshFill(w);
    }

    listChanged(control: Control, prop: string, change: ListChange): void {
        const w = control.view;
        if (!(w instanceof Widget)) return;
        if (hasList(w.def, prop)) applyListChange(w, prop, change);
        else this.applyProp(w, prop);
    }
}
