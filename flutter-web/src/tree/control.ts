// The client's model of one control (flet-protocol.md §3.6): its id, type, and property values as
// they arrived, with nested control maps turned into Control objects.

export type Props = Record<string, unknown>;

/**
 * Property bags: objects whose prototype has no prototype, so that no name resolves to an Object.prototype
 * member, yet each bag stays a fast-mode object (Object.create(null) objects are dictionaries, about twice
 * the memory and slower to read, which adds up over tens of thousands of controls). Object.create gives
 * each bag room for four properties in the object itself, what most controls have; a constructor function
 * would size every bag for the largest of the first few controls made (a page, a view).
 */
const BAG = Object.create(null) as object;

export class Control {
    parent: Control | null = null;
    /** The renderer's object for this control, when it is on screen. */
    view: unknown = undefined;
    readonly props: Props = Object.create(BAG);

    constructor(
        readonly id: number,
        readonly type: string,
    ) {}

    /** "Type(id)", the way error messages name a control. */
    toString(): string {
        return `${this.type}(${this.id})`;
    }
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
    typeof v === "object" &&
    v !== null &&
    (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

export const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);
