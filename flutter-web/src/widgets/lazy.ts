// Control families that load as separate chunks the first time a message mentions one of their types,
// so renderer.js stays small for apps that never use them. Each family's styles (styles/lazy/<name>.css)
// are a stylesheet of their own, requested together with its chunk. The session holds back each message
// that names a family not loaded yet (and every message after it, keeping their order) until the chunk has
// arrived and its stylesheet has loaded, then registers its widgets, so they never show unstyled; widget
// code itself stays synchronous.
import { warnOnce } from "../log";
import type { WidgetDef } from "../render/widget";
import { loadSheet } from "../styles/sheets";
import { isRecord } from "../tree/control";
import { REGISTRY } from "./registry";

/** A family: its name (of its chunk and of its stylesheet) and the import of its chunk. */
interface Family {
    readonly name: string;
    readonly chunk: () => Promise<{ DEFS: Record<string, WidgetDef> }>;
}

const family = (name: string, chunk: Family["chunk"]): Family => ({ name, chunk });

const canvas = family("canvas", () => import("./canvas"));
const dataTable = family("data-table", () => import("./data-table"));
const dialogs = family("dialogs", () => import("./dialogs"));
const gesture = family("gesture", () => import("./gesture"));
const image = family("image", () => import("./image"));
const inputs = family("inputs", () => import("./inputs"));
const nav = family("nav", () => import("./nav"));
const progress = family("progress", () => import("./progress"));
const responsiveRow = family("responsive-row", () => import("./responsive-row"));
const scrollLists = family("scroll-lists", () => import("./scroll-lists"));
const tabs = family("tabs", () => import("./tabs"));
const textField = family("textfield", () => import("./textfield"));

const FAMILIES: Record<string, Family> = {
    Canvas: canvas,
    DataTable: dataTable,
    DataColumn: dataTable,
    DataRow: dataTable,
    DataCell: dataTable,
    AlertDialog: dialogs,
    BottomSheet: dialogs,
    SnackBar: dialogs,
    Banner: dialogs,
    GestureDetector: gesture,
    Image: image,
    Checkbox: inputs,
    Switch: inputs,
    RadioGroup: inputs,
    Radio: inputs,
    Slider: inputs,
    Dropdown: inputs,
    DropdownOption: inputs,
    Chip: inputs,
    NavigationBar: nav,
    NavigationBarDestination: nav,
    NavigationRail: nav,
    NavigationRailDestination: nav,
    ProgressBar: progress,
    ProgressRing: progress,
    ResponsiveRow: responsiveRow,
    ListView: scrollLists,
    GridView: scrollLists,
    Tabs: tabs,
    TabBar: tabs,
    Tab: tabs,
    TabBarView: tabs,
    TextField: textField,
};

const loading = new Map<Family, Promise<void>>();

function load(family: Family): Promise<void> {
    let p = loading.get(family);
    if (!p) {
        const defs = family.chunk().then(
            (m) => m.DEFS,
            (e) => void warnOnce(`a control chunk could not be loaded (${e}); its controls show as unknown`),
        );
        const sheet = loadSheet(family.name, "its controls show without their styles");
        p = Promise.all([defs, sheet]).then(([d]) => void (d && Object.assign(REGISTRY, d)));
        loading.set(family, p);
    }
    return p;
}

/** The families that the control maps inside a decoded message need and that are not registered yet. */
export function missingFamilies(value: unknown, out = new Set<Family>()): Set<Family> {
    if (Array.isArray(value)) {
        for (const v of value) missingFamilies(v, out);
    } else if (value instanceof Map) {
        for (const v of value.values()) missingFamilies(v, out);
    } else if (isRecord(value)) {
        const type = value._c;
        if (typeof type === "string" && !REGISTRY[type] && Object.prototype.hasOwnProperty.call(FAMILIES, type)) {
            out.add(FAMILIES[type]);
        }
        for (const k in value) if (typeof value[k] === "object" && value[k] !== null) missingFamilies(value[k], out);
    }
    return out;
}

/** Loads the given families, chunk and stylesheet; resolves when their widgets are registered (or failed to load). */
export const loadFamilies = (families: Iterable<Family>): Promise<unknown> => Promise.all([...families].map(load));

/** Loads every family at once (tests, and apps that want no delay later). */
export const loadAllFamilies = (): Promise<unknown> => loadFamilies(new Set(Object.values(FAMILIES)));
