// Control type (`_c`) -> widget definition. Flet's button variants share one widget; CSS styles each
// variant by its data-flet-type.
import type { WidgetDef } from "../render/widget";
import { BUTTON, ICON_BUTTON } from "./buttons";
import { CONTAINER } from "./container";
import { ICON } from "./icon";
import { COLUMN, ROW } from "./layout";
import { PAGE, VIEW } from "./page";
import { TEXT } from "./text";
import { TEXT_FIELD } from "./textfield";

export const REGISTRY: Record<string, WidgetDef> = {
    Page: PAGE,
    View: VIEW,
    Text: TEXT,
    Icon: ICON,
    Button: BUTTON,
    FilledButton: BUTTON,
    FilledTonalButton: BUTTON,
    OutlinedButton: BUTTON,
    TextButton: BUTTON,
    IconButton: ICON_BUTTON,
    FilledIconButton: ICON_BUTTON,
    FilledTonalIconButton: ICON_BUTTON,
    OutlinedIconButton: ICON_BUTTON,
    TextField: TEXT_FIELD,
    Column: COLUMN,
    Row: ROW,
    Container: CONTAINER,
};
