// The services Flet apps call with InvokeControlMethod (flet-protocol.md §3.14): Clipboard,
// SharedPreferences, UrlLauncher, BrowserContextMenu, and the page's get_device_info. They load as one
// chunk on the first call, so apps that never use them do not pay for them.
import type { Control } from "../tree/control";
import { clipboardMethods } from "./clipboard";
import { contextMenuMethods } from "./context-menu";
import { deviceInfo } from "./device-info";
import { preferenceMethods } from "./preferences";
import { urlLauncherMethods } from "./url-launcher";

/** A service's methods: name -> handler of the call's arguments, returning the result. */
export type Methods = Record<string, (args: Record<string, unknown>, win: Window) => unknown>;

const SERVICES: Record<string, Methods> = {
    Clipboard: clipboardMethods,
    SharedPreferences: preferenceMethods,
    UrlLauncher: urlLauncherMethods,
    BrowserContextMenu: contextMenuMethods,
    Page: { get_device_info: (_args, win) => deviceInfo(win.navigator) },
};

/** Runs method `name` of service `control`; throws, naming the control, for a method it does not have. */
export async function callService(
    control: Control,
    name: string,
    args: Record<string, unknown>,
    win: Window,
): Promise<unknown> {
    const methods = SERVICES[control.type];
    const method = methods && Object.prototype.hasOwnProperty.call(methods, name) ? methods[name] : undefined;
    if (!method) throw new Error(`${control} has no method ${name} in this renderer`);
    return method(args, win);
}
