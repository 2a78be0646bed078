// A widget is the on-screen side of one control: its element, its children, and the definition that
// says how each property maps to the DOM. Property changes re-run only that property's setter.
import { Control, getProp, reserveMembers } from "../tree/control";
import { own } from "../values/geometry";
import type { DomEventType, Renderer } from "./renderer";

export type Setter = (w: Widget, value: unknown) => void;

export interface WidgetDef {
    /** Creates the widget's element; children and properties are applied afterwards. */
    create(w: Widget): HTMLElement;
    /** Per-property setters. `value` is undefined when the property is absent (use the default). */
    props?: Record<string, Setter>;
    /** Control types that mean something else inside this control (Canvas shapes), by `_c`. */
    childTypes?: Record<string, WidgetDef>;
    /**
     * Properties holding lists of controls, and the element each list renders into: asked for whenever the list
     * changes, so it returns the same element each time (one the widget made in `create`).
     */
    lists?: Record<string, (w: Widget) => HTMLElement>;
    /**
     * Gives each child of a list property an element of the widget's own to sit in (a role=listitem for
     * ListView and GridView); the wrapper stands for the child in the list's container.
     */
    wrapItem?(w: Widget, prop: string): HTMLElement;
    /** Runs after a list property's children changed. */
    listChanged?(w: Widget, prop: string): void;
    /** Called with the effective (inherited) disabled state. */
    setDisabled?(w: Widget, disabled: boolean): void;
    /** Handlers for DOM events inside the widget's element (renderer.ts EVENTS lists the delegated ones). */
    /** Delegated DOM event handlers; one that returns `false` lets the event go on to the enclosing widgets. */
    events?: Partial<Record<DomEventType, (w: Widget, e: Event) => void | false>>;
    /** Control methods the backend can invoke (InvokeControlMethod, §3.14): name -> handler returning the result. */
    methods?: Record<string, (w: Widget, args: Record<string, unknown>) => unknown>;
    /** Renames a control named by aria-label after something its name includes (a badge) changed. */
    relabel?(w: Widget): void;
    /** Runs once after every property of a new widget has been applied. */
    mounted?(w: Widget): void;
    /** Runs when the widget leaves the screen (its control was removed or replaced), before its children. */
    unmounted?(w: Widget): void;
    /**
     * The single-control property that most controls of the type fill (a Container's `content`): a widget that holds
     * only that one holds its child as it is, without a (name, widget) pair around it.
     */
    mainSlot?: string;
}

/**
 * The widgets a widget holds in single-control properties: the lone widget in its definition's `mainSlot`, or
 * (name, widget) pairs. Its child lists are the arrays its list properties hold.
 */
type Held = Widget | (string | Widget)[] | undefined;

/** The key of a parts object under which the widget keeps its slots once it has parts (`Widget.own`). */
const SLOTS = Symbol("slots");

/** Elements and state of a widget's own making, and the widget's slots once it has both. */
type Parts = Record<string, any> & { [SLOTS]?: Held };

/** What a widget holds besides its element: its slots alone (`Held`), or its parts, which then hold the slots. */
type Own = Held | Parts;

const isParts = (own: Own): own is Parts => own !== undefined && !(own instanceof Widget) && !Array.isArray(own);

const NO_CHILDREN: readonly Widget[] = [];

/** Whether `prop` is one of the list properties of definition `def`. */
export const hasList = (def: WidgetDef, prop: string): boolean =>
    def.lists !== undefined && own(def.lists, prop) !== null;

// Whether it left the screen, effectivelyDisabled, fillsWidth and fillingChildren share one small integer: four fields
// cost 12 bytes more per widget. A widget on screen that is not disabled and fills nothing has 0, which its prototype
// holds, so only the others have the field (`bits`).
const DETACHED = 1;
const DISABLED = 2;
const FILLS = 4;
const COUNT = 8;

/**
 * A control as the renderer shows it. The control tree makes its controls of this class (`Renderer.newControl`), so a
 * control on screen is one object; `mount` gives it an element and a parent widget, and `unmount` takes them back.
 * Its own fields are `parent`, `id` and `el`, then its property values (tree/control.ts), and `bits` and `own` only
 * once they differ from their prototype's values (a widget that left the screen, is disabled, or holds parts or
 * slots); the renderer, the type and the definition are on prototypes, each field fewer saving 4 bytes per control. Members are named so
 * that no Flet property has their name (the effective disabled state is `effectivelyDisabled`, Flet's `disabled` a
 * property), and the module reserves their names, so a property an app names like one is kept under another key.
 */
export class Widget extends Control {
    /**
     * The widget's element, made when it mounts. Assigned at construction like every other field: V8 fixes the size of
     * a class's objects once its first few are made, for the fields they have by then, and keeps a field first set
     * later in an array of its own.
     */
    el: HTMLElement = undefined!;
    /**
     * Flags and the count of filling children (see `view`, `effectivelyDisabled`, `fillsWidth`, `fillingChildren`).
     * Like `own`, a property of the widget only once it differs from the prototype's value: most widgets of a big list
     * never get one, 4 bytes saved for each field a widget does without.
     */
    declare private bits: number;
    /**
     * Its parts and slots in one field: most widgets of a big list hold neither, a Container one slot. A Map each would
     * cost ~150 bytes. Undefined on the prototype.
     */
    declare private own: Own;

    /** The renderer that made the widget: on the prototype of its per-renderer subclass (`Widget.of`), not per widget. */
    declare readonly renderer: Renderer;
    /**
     * How the widget shows its control: on the prototype of its type's class (`Renderer.newControl`), from the
     * registry. A widget whose parent's definition gives its type another meaning (a Canvas shape) has its own.
     */
    declare def: WidgetDef;
    /** The widget this one is mounted in; the model's parent, or the widget showing a placeholder. */
    declare parent: Widget | null;

    /** The widget class of `renderer`: widgets made with it know their renderer without a field of their own. */
    static of(renderer: Renderer): typeof Widget {
        const made = class extends Widget {};
        Object.defineProperty(made.prototype, "renderer", { value: renderer });
        return made;
    }

    /** The widget itself: widget code names the control it shows `w.control`. */
    get control(): Widget {
        return this;
    }

    /**
     * This widget while it is mounted (from the time it has an element until it leaves the screen), else undefined:
     * code that outlives a mount checks `w.control.view === w`.
     */
    override get view(): Widget | undefined {
        return this.el !== undefined && (this.bits & DETACHED) === 0 ? this : undefined;
    }

    /** Sets the flags, without giving the widget a field of its own for an unchanged value. */
    private setBits(bits: number): void {
        if (bits !== this.bits) this.bits = bits;
    }

    /**
     * Starts showing the control with definition `def` inside `parent`, from a clean state. The widget keeps `def` as
     * its own only when it is not its type's.
     */
    attach(def: WidgetDef, parent: Widget | null): void {
        if (this.def !== def) this.def = def;
        this.parent = parent;
        this.setBits(0);
        if (this.own !== undefined) this.own = undefined;
    }

    /** Marks the widget as off the screen; its element and parts stay, for code still holding them. */
    detach(): void {
        this.setBits(this.bits | DETACHED);
    }

    /** Effective disabled state: the control's own `disabled` or an ancestor's (flet-protocol.md §3.6). */
    get effectivelyDisabled(): boolean {
        return (this.bits & DISABLED) !== 0;
    }

    set effectivelyDisabled(on: boolean) {
        this.setBits(on ? this.bits | DISABLED : this.bits & ~DISABLED);
    }

    /** Whether the control takes all the width its parent offers (fill-width.ts). */
    get fillsWidth(): boolean {
        return (this.bits & FILLS) !== 0;
    }

    set fillsWidth(on: boolean) {
        this.setBits(on ? this.bits | FILLS : this.bits & ~FILLS);
    }

    /** How many children take all the width (fill-width.ts). */
    get fillingChildren(): number {
        return Math.floor(this.bits / COUNT);
    }

    set fillingChildren(n: number) {
        this.setBits((this.bits & (COUNT - 1)) + Math.max(0, n) * COUNT);
    }

    /** Elements and state of the widget's own making (an inner input, an icon, ...), created on first use. */
    get parts(): Record<string, any> {
        const own = this.own;
        if (isParts(own)) return own;
        const parts: Parts = {};
        if (own !== undefined) parts[SLOTS] = own;
        return (this.own = parts);
    }

    /** Part `name` if the widget made it, without making the parts object (most widgets of a big list have none). */
    part(name: string): any {
        const own = this.own;
        return isParts(own) ? own[name] : undefined;
    }

    /** The widgets in slots: in `own`, or in its parts once it has some. */
    private get held(): Held {
        const own = this.own;
        return isParts(own) ? own[SLOTS] : own;
    }

    private set held(held: Held) {
        const own = this.own;
        if (isParts(own)) own[SLOTS] = held;
        else this.own = held;
    }

    /**
     * The widgets shown for list property `prop`, in order: the model's array itself. None when the definition has no
     * such list or the value is no array, and none while the list is being shown anew: its items mount in order, so
     * until the last one is on screen some of them are not.
     */
    listItems(prop: string): readonly Widget[] {
        const v = getProp(this, prop);
        if (!Array.isArray(v) || !hasList(this.def, prop)) return NO_CHILDREN;
        const last = v[v.length - 1];
        return v.length === 0 || (last instanceof Widget && last.view === last) ? v : NO_CHILDREN;
    }

    /** The widget mounted in single-control property `name`. */
    slot(name: string): Widget | undefined {
        const held = this.held;
        if (held instanceof Widget) return name === this.def.mainSlot ? held : undefined;
        if (!Array.isArray(held)) return undefined;
        for (let i = 0; i < held.length; i++) if (held[i] === name) return held[i + 1] as Widget;
        return undefined;
    }

    setSlotWidget(name: string, child: Widget | undefined): void {
        const held = this.held;
        const main = this.def.mainSlot;
        if (held === undefined || held instanceof Widget) {
            // Made at their final length: an array grown by push reserves 17 slots, 64 bytes more per Container.
            if (held !== undefined && name !== main) {
                if (child !== undefined) this.held = [main!, held, name, child];
            } else if (child !== undefined) this.held = name === main ? child : [name, child];
            else if (held !== undefined) this.held = undefined;
            return;
        }
        const at = held.indexOf(name);
        if (child !== undefined && at >= 0) held[at + 1] = child;
        else if (child !== undefined) held.push(name, child);
        else if (at >= 0) held.splice(at, 2);
    }

    /** The value of property `name`; undefined when the control has none. */
    prop(name: string): unknown {
        return getProp(this, name);
    }

    /** The widgets in the child lists, in the order of the definition's lists, then those in slots. */
    children(): readonly Widget[] {
        const lists = this.def.lists;
        const held = this.held;
        if (lists === undefined && held === undefined) return NO_CHILDREN;
        const out: Widget[] = [];
        if (lists !== undefined) {
            for (const prop in lists) {
                const v = getProp(this, prop);
                if (Array.isArray(v)) for (const c of v) if (c instanceof Widget) out.push(c);
            }
        }
        if (held instanceof Widget) out.push(held);
        else if (held !== undefined) for (let i = 1; i < held.length; i += 2) out.push(held[i] as Widget);
        return out;
    }
}

// The values a widget has until it gets fields of its own (see `bits` and `own`); writable, so assigning one makes the
// widget's own field.
Object.defineProperty(Widget.prototype, "bits", { value: 0, writable: true });
Object.defineProperty(Widget.prototype, "own", { value: undefined, writable: true });

reserveMembers(Object.getOwnPropertyNames(Widget.prototype));
// Fields, and what the prototypes of `Widget.of` and of each type's class (`Renderer.newControl`) hold.
reserveMembers(["el", "bits", "own", "def", "renderer"]);
