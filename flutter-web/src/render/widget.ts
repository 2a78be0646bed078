// A widget is the on-screen side of one control: its element, its children, and the definition that
// says how each property maps to the DOM. Property changes re-run only that property's setter.
import type { Control } from "../tree/control";
import type { ChildList } from "./child-list";
import type { DomEventType, Renderer } from "./renderer";

export type Setter = (w: Widget, value: unknown) => void;

export interface WidgetDef {
    /** Creates the widget's element; children and properties are applied afterwards. */
    create(w: Widget): HTMLElement;
    /** Per-property setters. `value` is undefined when the property is absent (use the default). */
    props?: Record<string, Setter>;
    /** Control types that mean something else inside this control (Canvas shapes), by `_c`. */
    childTypes?: Record<string, WidgetDef>;
    /** Properties holding lists of controls, and the element each list renders into. */
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
    /** Runs once after every property of a new widget has been applied. */
    mounted?(w: Widget): void;
    /** Runs when the widget leaves the screen (its control was removed or replaced), before its children. */
    unmounted?(w: Widget): void;
}

const NONE: ReadonlyMap<string, never> = new Map<string, never>();

export class Widget {
    el!: HTMLElement;
    private ownParts: Record<string, any> | undefined = undefined;
    /** The widget's child lists by property; a shared empty map until it has one (most widgets never do). */
    lists: ReadonlyMap<string, ChildList> = NONE;
    /** The widgets mounted in single-control properties, by property; shared and empty until the first. */
    slots: ReadonlyMap<string, Widget> = NONE;
    /** Effective disabled state: the control's own or an ancestor's (flet-protocol.md §3.6). */
    disabled = false;
    /** Whether the control takes all the width its parent offers, and how many children do (fill-width.ts). */
    fillsWidth = false;
    fillingChildren = 0;

    constructor(
        readonly control: Control,
        readonly def: WidgetDef,
        readonly parent: Widget | null,
        readonly renderer: Renderer,
    ) {}

    /** Elements and state of the widget's own making (an inner input, an icon, ...), created on first use. */
    get parts(): Record<string, any> {
        return (this.ownParts ??= {});
    }

    addList(prop: string, list: ChildList): void {
        if (this.lists === NONE) this.lists = new Map();
        (this.lists as Map<string, ChildList>).set(prop, list);
    }

    setSlotWidget(name: string, child: Widget | undefined): void {
        if (child === undefined) {
            if (this.slots !== NONE) (this.slots as Map<string, Widget>).delete(name);
            return;
        }
        if (this.slots === NONE) this.slots = new Map();
        (this.slots as Map<string, Widget>).set(name, child);
    }

    prop(name: string): unknown {
        return this.control.props[name];
    }

    *children(): Iterable<Widget> {
        for (const list of this.lists.values()) yield* list.items;
        yield* this.slots.values();
    }
}
