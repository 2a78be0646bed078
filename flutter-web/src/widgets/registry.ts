// Control type (`_c`) -> widget definition. Flet's button variants share one widget; CSS styles each
// variant by its data-flet-type. The larger families load on first use (lazy.ts) and add themselves here.
import type { WidgetDef } from "../render/widget";
import { APP_BAR } from "./appbar";
import { BADGE } from "./badge";
import { BUTTON, FAB, ICON_BUTTON } from "./buttons";
import { CARD, LIST_TILE } from "./card";
import { DIVIDER, VERTICAL_DIVIDER } from "./divider";
import { MARKDOWN } from "./markdown";
import { SAFE_AREA, STACK } from "./stack";
import { CONTAINER } from "./container";
import { ICON } from "./icon";
import { COLUMN, ROW } from "./layout";
import { DIALOGS, OVERLAY, PAGE, VIEW } from "./page";
import { TEXT } from "./text";

export const REGISTRY: Record<string, WidgetDef> = {
    Page: PAGE,
    View: VIEW,
    Overlay: OVERLAY,
    Dialogs: DIALOGS,
    AppBar: APP_BAR,
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
    Column: COLUMN,
    Row: ROW,
    Container: CONTAINER,
    FloatingActionButton: FAB,
    Stack: STACK,
    SafeArea: SAFE_AREA,
    Markdown: MARKDOWN,
    Card: CARD,
    ListTile: LIST_TILE,
    Badge: BADGE,
    Divider: DIVIDER,
    VerticalDivider: VERTICAL_DIVIDER,
};
