// The client's model of one control (flet-protocol.md §3.6): its id, type, and property values as
// they arrived, with nested control maps turned into Control objects.

export type Props = Record<string, unknown>;

/**
 * Property bags: objects whose prototype has no prototype, so that no name resolves to an Object.prototype
 * member, yet each bag stays a fast-mode object (Object.create(null) objects are dictionaries, about twice
 * the memory and slower to read, which adds up over tens of thousands of controls).
 */
const BAG = Object.create(null) as object;

type Bag = new () => Props;
const bagsByType = new Map<string, Bag>();

/**
 * A new property bag for a control of `type`, made by a constructor of the type's own: V8 sizes the objects of a
 * constructor for the most properties its first few objects took, so a Text's bag has room for the one or two
 * properties Texts have (20 bytes) where `Object.create` gives every bag room for four (28 bytes). A control with more
 * properties than its type's first ones keeps the rest beside the bag, as any object does.
 */
function bagFor(type: string): Props {
    let make = bagsByType.get(type);
    if (make === undefined) {
        const made = function () {} as unknown as Bag;
        made.prototype = BAG;
        bagsByType.set(type, (make = made));
    }
    return new make();
}

/**
 * A control of the model. Controls are made by `ofType`'s classes, one per control type, whose prototype holds the
 * type: a field of its own in each control would cost 4 bytes per control. The renderer's controls are Widgets
 * (render/widget.ts), a subclass that adds what the screen needs, so that a control on screen is one object: two,
 * model and widget, cost 24 bytes more per control.
 */
export class Control {
    /** The control that holds this one. */
    parent: Control | null = null;
    readonly props: Props;
    /** The control's type (`_c`), from the prototype of its type's class. */
    declare readonly type: string;

    constructor(readonly id: number) {
        this.props = bagFor(this.type);
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
