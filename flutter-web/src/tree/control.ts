// The client's model of one control (flet-protocol.md §3.6): its id, type, and property values as
// they arrived, with nested control maps turned into Control objects.

export type Props = Record<string, unknown>;

/** What a control's key for a property starts with when the property's name cannot be the key (`keyOf`). */
const ESCAPE = "$";
const ESCAPE_CODE = 0x24;

/**
 * Member name -> the key a property of that name is kept under. Members are the fields of controls and every name on
 * their prototypes, Object.prototype's included. No property the renderer knows has a member's name
 * (test/members.test.ts), but an app may send any name, and one must neither replace a member nor be lost.
 */
const ESCAPED = new Map<string, string>();

/**
 * Makes `names` member names, so that properties with those names are kept under escaped keys. A class of controls
 * calls it as its module loads, before any of its objects holds a property.
 */
export function reserveMembers(names: Iterable<string>): void {
    for (const name of names) ESCAPED.set(name, ESCAPE + name);
}

/** Whether `name` is the name of a member of controls (`reserveMembers`). */
export const isMember = (name: string): boolean => ESCAPED.has(name);

/**
 * The key under which a control keeps property `name`: the name itself, or ESCAPE + name for a member's name and for a
 * name that starts with ESCAPE (so that no two names share a key). Names the renderer reads are never escaped.
 */
function keyOf(name: string): string {
    const escaped = ESCAPED.get(name);
    if (escaped !== undefined) return escaped;
    return name.charCodeAt(0) === ESCAPE_CODE ? ESCAPE + name : name;
}

type Keyed = Record<string, unknown>;

/** The value of property `name` of `c`; undefined when it has none. */
export const getProp = (c: Control, name: string): unknown => (c as unknown as Keyed)[keyOf(name)];

/** Whether `c` has property `name`: a value other than undefined. */
export const hasProp = (c: Control, name: string): boolean => getProp(c, name) !== undefined;

/** Sets property `name` of `c`; undefined removes it. */
export function setProp(c: Control, name: string, value: unknown): void {
    (c as unknown as Keyed)[keyOf(name)] = value;
}

/**
 * Removes property `name` of `c` and returns the value it had. The key stays, holding undefined: deleting a property
 * would turn the control into a dictionary-mode object, twice the size and slower to read.
 */
export function removeProp(c: Control, name: string): unknown {
    const key = keyOf(name);
    const value = (c as unknown as Keyed)[key];
    if (value !== undefined) (c as unknown as Keyed)[key] = undefined;
    return value;
}

/** Calls `fn` with the name and value of each property of `c`, in the order they were first set. */
export function forEachProp(c: Control, fn: (name: string, value: unknown) => void): void {
    for (const key in c) {
        // A property with a member's name is kept escaped, so a key that is a member's name is the member.
        if (ESCAPED.has(key)) continue;
        const value = (c as unknown as Keyed)[key];
        if (value !== undefined) fn(key.charCodeAt(0) === ESCAPE_CODE ? key.slice(1) : key, value);
    }
}

/** The names of the properties of `c`, in the order they were first set. */
export function propNames(c: Control): string[] {
    const names: string[] = [];
    forEachProp(c, (name) => names.push(name));
    return names;
}

/**
 * A control of the model. Controls are made by `ofType`'s classes, one per control type, whose prototype holds the
 * type: a field of its own in each control would cost 4 bytes per control. Its property values are properties of the
 * object itself, after its fields: an object of their own would cost a header and a field, 16 bytes per control. They
 * are read and written through `getProp`, `setProp` and their kin, which keep properties and members apart, or as
 * `c.props.name` for a name known not to be a member's. The renderer's controls are Widgets (render/widget.ts), a
 * subclass that adds what the screen needs, so that a control on screen is one object: two, model and widget, cost
 * 24 bytes more per control.
 */
export class Control {
    /** The control that holds this one. */
    parent: Control | null = null;
    /** The control's type (`_c`), from the prototype of its type's class. */
    declare readonly type: string;

    constructor(readonly id: number) {}

    /** Its property values: the control itself, seen as a record (only for names that are not members). */
    get props(): Props {
        return this as unknown as Props;
    }

    /** A subclass of this class for controls of `type`; callers make it once per type and keep it. */
    static ofType<C extends typeof Control>(this: C, type: string): C {
        const made = class extends (this as typeof Control) {};
        Object.defineProperty(made.prototype, "type", { value: type });
        return made as C;
    }

    /** The control's widget while it is on screen (render/widget.ts), else undefined. */
    get view(): unknown {
        return undefined;
    }

    /** "Type(id)", the way error messages name a control. */
    toString(): string {
        return `${this.type}(${this.id})`;
    }
}

reserveMembers(Object.getOwnPropertyNames(Object.prototype));
reserveMembers(Object.getOwnPropertyNames(Control.prototype));
reserveMembers(["parent", "id", "type"]);

const classesByType = new Map<string, typeof Control>();

/** A control of the model alone, with no renderer: of the class of `type` made from `Control`. */
export function newControl(id: number, type: string): Control {
    let made = classesByType.get(type);
    if (made === undefined) classesByType.set(type, (made = Control.ofType(type)));
    return new made(id);
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
    typeof v === "object" &&
    v !== null &&
    (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

export const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);
