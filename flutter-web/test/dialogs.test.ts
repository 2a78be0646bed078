import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resetWarnings } from "../src/log";
import { BOOT_PACKETS, byId, patch, startApp, startWith } from "./support/app";
import { frames, toHex } from "./support/transcripts";

let warn: ReturnType<typeof vi.spyOn>;
let error: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
    resetWarnings();
    vi.useFakeTimers();
    warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    error = vi.spyOn(console, "error");
});
afterEach(() => {
    vi.useRealTimers();
    expect(error).not.toHaveBeenCalled();
    warn.mockRestore();
    error.mockRestore();
});

/** Lets the microtask that opens newly mounted dialogs run. */
const settle = () => Promise.resolve();

const DIALOGS_ID = 5;
const showDialog = (dialog: Record<string, unknown>) => patch(DIALOGS_ID, [[0], [0, 0, "controls", [dialog]]]);
const setProp = (id: number, prop: string, value: unknown) => patch(id, [[0], [0, 0, prop, value]]);

const alert = (props: Record<string, unknown> = {}) => ({
    _c: "AlertDialog",
    _i: 40,
    open: true,
    on_dismiss: true,
    title: "Delete?",
    content: { _c: "Text", _i: 41, value: "It cannot be undone." },
    actions: [
        { _c: "TextButton", _i: 42, content: "Cancel", on_click: true },
        { _c: "TextButton", _i: 43, content: "Delete", on_click: true },
    ],
    ...props,
});

const DISMISSED = [
    { action: 4, body: { id: 40, props: { open: false } } },
    { action: 3, body: { target: 40, name: "dismiss", data: null } },
];

describe("the dialog transcript", () => {
    it("sends exactly the frames a Flutter client sends for AlertDialog and SnackBar", async () => {
        const { root, app } = await startApp();
        const recorded = frames("dialog").slice(1);
        const expected = recorded.filter((f) => f.dir === "client_to_backend").map((f) => toHex(f.packet));
        const backend = recorded.filter((f) => f.dir === "backend_to_client").map((f) => f.packet);
        const sent = () => app.packets.slice(BOOT_PACKETS).map(toHex);

        app.onMessage(backend[0]); // RegisterClient response
        app.onMessage(backend[1]); // the page: status, "Open dialog", "Show snack"
        byId(root, 14).click();
        expect(sent()).toEqual(expected.slice(0, 1));

        app.onMessage(backend[2]); // show_dialog: the AlertDialog, open
        await settle();
        const dialog = byId(root, 13) as HTMLDialogElement;
        expect(dialog.tagName).toBe("DIALOG");
        expect(dialog.open).toBe(true);
        expect(dialog.getAttribute("aria-labelledby")).toBe(dialog.querySelector("h2")!.id);
        expect(dialog.querySelector("h2")!.textContent).toBe("Hello");
        byId(root, 12).click(); // the dialog's "Close" TextButton
        expect(sent()).toEqual(expected.slice(0, 2));

        app.onMessage(backend[3]); // pop_dialog: open = false
        expect(sent()).toEqual(expected.slice(0, 2));
        vi.advanceTimersByTime(150); // the exit animation
        expect(dialog.open).toBe(false);
        expect(sent()).toEqual(expected.slice(0, 4));

        app.onMessage(backend[4]); // the dialog leaves page._dialogs
        app.onMessage(backend[5]); // on_dismiss: status text
        expect(byId(root, 13)).toBeNull();
        expect(byId(root, 9).textContent).toBe("Dialog dismissed");

        byId(root, 15).click();
        app.onMessage(backend[6]); // show_dialog: a SnackBar
        await settle();
        const snack = byId(root, 17);
        expect(snack.getAttribute("role")).toBe("status");
        expect(snack.classList.contains("flet-shut")).toBe(false);
        expect(snack.textContent).toBe("Saved");
        vi.advanceTimersByTime(3999);
        expect(sent()).toEqual(expected.slice(0, 5));
        vi.advanceTimersByTime(1 + 150); // duration {milliseconds: 4000}, then the exit animation
        expect(sent()).toEqual(expected);
        expect(snack.classList.contains("flet-shut")).toBe(true);

        app.onMessage(backend[7]);
        expect(byId(root, 17)).toBeNull();
        expect(warn).not.toHaveBeenCalled();
    });
});

describe("AlertDialog", () => {
    it("moves focus in when it opens and back to the opener when it closes", async () => {
        const { root, app } = await startWith([{ _c: "Button", _i: 30, content: "Open" }]);
        const opener = byId(root, 30);
        opener.focus();
        app.onMessage(showDialog(alert()));
        await settle();
        const dialog = byId(root, 40);
        expect(dialog.contains(document.activeElement)).toBe(true);
        document.activeElement!.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
        vi.advanceTimersByTime(150);
        expect(document.activeElement).toBe(opener);
        expect(app.take()).toEqual(DISMISSED);
    });

    it("dismisses on Escape and on the scrim unless modal", async () => {
        const { root, app } = await startWith([]);
        app.onMessage(showDialog(alert({ modal: true })));
        await settle();
        const dialog = byId(root, 40) as HTMLDialogElement;
        const escape = () => dialog.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
        escape();
        dialog.dispatchEvent(new Event("cancel", { cancelable: true }));
        dialog.click();
        vi.advanceTimersByTime(1000);
        expect(dialog.open).toBe(true);
        expect(app.take()).toEqual([]);

        app.onMessage(setProp(40, "modal", false));
        dialog.click(); // on the scrim: the <dialog> itself, outside its surface
        escape(); // a second request while leaving changes nothing
        vi.advanceTimersByTime(150);
        expect(dialog.open).toBe(false);
        expect(app.take()).toEqual(DISMISSED);
    });

    it("takes the dismiss flow when the browser closes it, or opens again when modal", async () => {
        const { root, app } = await startWith([]);
        app.onMessage(showDialog(alert({ modal: true })));
        await settle();
        const dialog = byId(root, 40) as HTMLDialogElement;
        dialog.close();
        await settle();
        vi.advanceTimersByTime(1000);
        expect(dialog.open).toBe(true);
        expect(app.take()).toEqual([]);
        app.onMessage(setProp(40, "modal", false));
        dialog.close();
        await settle();
        vi.advanceTimersByTime(150);
        expect(app.take()).toEqual(DISMISSED);
    });

    it("does not dismiss for clicks inside its surface", async () => {
        const { root, app } = await startWith([]);
        app.onMessage(showDialog(alert()));
        await settle();
        (byId(root, 40).querySelector(".flet-dialog-surface") as HTMLElement).click();
        byId(root, 41).click();
        vi.advanceTimersByTime(1000);
        expect(app.take()).toEqual([]);
    });

    it("keeps Tab inside while open", async () => {
        const { root, app } = await startWith([{ _c: "Button", _i: 30, content: "Outside" }]);
        app.onMessage(showDialog(alert()));
        await settle();
        const dialog = byId(root, 40);
        const tab = (shiftKey = false) =>
            document.activeElement!.dispatchEvent(
                new KeyboardEvent("keydown", { key: "Tab", shiftKey, bubbles: true }),
            );
        tab();
        expect(document.activeElement).toBe(byId(root, 42));
        tab();
        expect(document.activeElement).toBe(byId(root, 43));
        tab();
        expect(document.activeElement).toBe(byId(root, 42));
        tab(true);
        expect(document.activeElement).toBe(byId(root, 43));
        expect(dialog.contains(document.activeElement)).toBe(true);
    });

    it("sends dismiss only when subscribed, but always reports open: false", async () => {
        const { app } = await startWith([]);
        app.onMessage(showDialog(alert({ on_dismiss: undefined })));
        await settle();
        app.onMessage(setProp(40, "open", false));
        vi.advanceTimersByTime(150);
        expect(app.take()).toEqual([DISMISSED[0]]);
    });

    it("disappears without reporting when a patch removes it", async () => {
        const { root, app } = await startWith([{ _c: "Button", _i: 30, content: "Open" }]);
        byId(root, 30).focus();
        app.onMessage(showDialog(alert()));
        await settle();
        app.onMessage(patch(DIALOGS_ID, [[0], [0, 0, "controls", []]]));
        vi.advanceTimersByTime(1000);
        expect(byId(root, 40)).toBeNull();
        expect(app.take()).toEqual([]);
    });

    it("is named Alert without a title, and by semantics_label when given", async () => {
        const { root, app } = await startWith([]);
        app.onMessage(showDialog(alert({ title: undefined })));
        await settle();
        expect(byId(root, 40).getAttribute("aria-label")).toBe("Alert");
        app.onMessage(setProp(40, "semantics_label", "Confirm"));
        expect(byId(root, 40).getAttribute("aria-label")).toBe("Confirm");
    });
});

describe("SnackBar", () => {
    const snack = (props: Record<string, unknown> = {}) => ({
        _c: "SnackBar",
        _i: 50,
        open: true,
        on_dismiss: true,
        content: "Saved",
        duration: { milliseconds: 4000 },
        ...props,
    });
    const SNACK_DISMISSED = [
        { action: 4, body: { id: 50, props: { _dismissed: true } } },
        { action: 4, body: { id: 50, props: { open: false } } },
        { action: 3, body: { target: 50, name: "dismiss", data: null } },
    ];

    it("reports its action, then goes", async () => {
        const { root, app } = await startWith([]);
        app.onMessage(showDialog(snack({ action: "Undo", on_action: true })));
        await settle();
        const action = byId(root, 50).querySelector("button")!;
        expect(action.textContent).toBe("Undo");
        action.click();
        vi.advanceTimersByTime(150);
        expect(app.take()).toEqual([
            { action: 3, body: { target: 50, name: "action", data: null } },
            ...SNACK_DISMISSED,
        ]);
        vi.advanceTimersByTime(10000);
        expect(app.take()).toEqual([]);
    });

    it("closes from its close icon, and takes the duration in milliseconds", async () => {
        const { root, app } = await startWith([]);
        app.onMessage(showDialog(snack({ duration: 1000, show_close_icon: true })));
        await settle();
        const close = byId(root, 50).querySelector<HTMLButtonElement>("[aria-label=Close]")!;
        close.click();
        vi.advanceTimersByTime(150);
        expect(app.take()).toEqual(SNACK_DISMISSED);

        app.onMessage(setProp(50, "open", true));
        vi.advanceTimersByTime(999);
        expect(app.take()).toEqual([]);
        vi.advanceTimersByTime(151);
        expect(app.take()).toEqual(SNACK_DISMISSED);
    });

    it("goes when the app sets open to false", async () => {
        const { app } = await startWith([]);
        app.onMessage(showDialog(snack()));
        await settle();
        app.onMessage(setProp(50, "open", false));
        vi.advanceTimersByTime(150);
        expect(app.take()).toEqual(SNACK_DISMISSED);
    });
});

describe("Banner and BottomSheet", () => {
    it("shows a banner as an alert with its actions", async () => {
        const { root, app } = await startWith([]);
        app.onMessage(
            showDialog({
                _c: "Banner",
                _i: 60,
                open: true,
                content: { _c: "Text", _i: 61, value: "Connection lost" },
                actions: [{ _c: "TextButton", _i: 62, content: "Retry", on_click: true }],
            }),
        );
        await settle();
        const banner = byId(root, 60);
        expect(banner.getAttribute("role")).toBe("alert");
        expect(banner.classList.contains("flet-shut")).toBe(false);
        byId(root, 62).click();
        expect(app.take()).toEqual([{ action: 3, body: { target: 62, name: "click", data: null } }]);
        app.onMessage(setProp(60, "open", false));
        vi.advanceTimersByTime(150);
        expect(banner.classList.contains("flet-shut")).toBe(true);
        expect(app.take()).toEqual([{ action: 4, body: { id: 60, props: { open: false } } }]);
    });

    it("dismisses a bottom sheet from the scrim only when dismissible", async () => {
        const { root, app } = await startWith([]);
        app.onMessage(
            showDialog({
                _c: "BottomSheet",
                _i: 70,
                open: true,
                dismissible: false,
                show_drag_handle: true,
                content: { _c: "Text", _i: 71, value: "Sheet" },
            }),
        );
        await settle();
        const sheet = byId(root, 70) as HTMLDialogElement;
        expect(sheet.open).toBe(true);
        expect(sheet.querySelector<HTMLElement>(".flet-sheet-handle")!.hidden).toBe(false);
        sheet.click();
        vi.advanceTimersByTime(150);
        expect(app.take()).toEqual([]);
        app.onMessage(setProp(70, "dismissible", true));
        sheet.click();
        vi.advanceTimersByTime(150);
        expect(app.take()).toEqual([{ action: 4, body: { id: 70, props: { open: false } } }]);
    });
});

describe("BottomSheet", () => {
    const sheet = (props: Record<string, unknown> = {}) => ({
        _c: "BottomSheet",
        _i: 70,
        open: true,
        on_dismiss: true,
        content: { _c: "Column", _i: 71, controls: [{ _c: "TextButton", _i: 72, content: "Share" }] },
        ...props,
    });
    const SHEET_DISMISSED = [
        { action: 4, body: { id: 70, props: { open: false } } },
        { action: 3, body: { target: 70, name: "dismiss", data: null } },
    ];

    it("is a named modal dialog that takes focus and gives it back to the opener on Escape", async () => {
        const { root, app } = await startWith([{ _c: "Button", _i: 30, content: "Open sheet" }]);
        const opener = byId(root, 30);
        opener.focus();
        app.onMessage(showDialog(sheet()));
        await settle();
        const dialog = byId(root, 70) as HTMLDialogElement;
        expect([dialog.tagName, dialog.getAttribute("aria-modal"), dialog.getAttribute("aria-label")]).toEqual([
            "DIALOG",
            "true",
            "Bottom Sheet",
        ]);
        expect(dialog.open).toBe(true);
        expect(dialog.contains(document.activeElement)).toBe(true);
        byId(root, 72).focus();
        byId(root, 72).dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
        vi.advanceTimersByTime(150);
        expect(dialog.open).toBe(false);
        expect(document.activeElement).toBe(opener);
        expect(app.take()).toEqual(SHEET_DISMISSED);
    });

    it("closes without a dismiss request when not dismissible, and when the app sets open to false", async () => {
        const { root, app } = await startWith([]);
        app.onMessage(showDialog(sheet({ dismissible: false })));
        await settle();
        const dialog = byId(root, 70) as HTMLDialogElement;
        dialog.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
        dialog.click();
        vi.advanceTimersByTime(500);
        expect([dialog.open, app.take()]).toEqual([true, []]);

        app.onMessage(setProp(70, "open", false));
        vi.advanceTimersByTime(150);
        expect(dialog.open).toBe(false);
        expect(app.take()).toEqual(SHEET_DISMISSED);
    });

    it("takes barrier_color, elevation, scrollable and fullscreen", async () => {
        const { root, app } = await startWith([]);
        app.onMessage(showDialog(sheet({ barrier_color: "black", elevation: 3, fullscreen: true, scrollable: true })));
        await settle();
        const dialog = byId(root, 70);
        expect(dialog.style.backgroundColor).not.toBe("");
        expect(dialog.querySelector<HTMLElement>(".flet-sheet-surface")!.style.boxShadow).not.toBe("");
        expect(dialog.classList.contains("flet-sheet-fullscreen")).toBe(true);
        expect(dialog.classList.contains("flet-sheet-scrollable")).toBe(true);
    });
});

describe("overlay", () => {
    it("places overlay controls by left/top/right/bottom", async () => {
        const { root, app } = await startWith([]);
        app.onMessage(
            patch(4, [
                [0],
                [
                    0,
                    0,
                    "controls",
                    [
                        { _c: "Text", _i: 80, value: "corner", right: 10, bottom: 20 },
                        { _c: "Text", _i: 81, value: "plain" },
                    ],
                ],
            ]),
        );
        const corner = byId(root, 80);
        expect(corner.parentElement!.className).toBe("flet-overlay");
        expect(corner.style.position).toBe("absolute");
        expect([corner.style.right, corner.style.bottom, corner.style.left]).toEqual(["10px", "20px", ""]);
        expect(byId(root, 81).style.position).toBe("");
        // The layers come after the views: overlay, then dialogs.
        const page = byId(root, 1);
        expect([...page.children].map((c) => c.className)).toEqual(["flet-views", "flet-overlay", "flet-dialogs"]);
    });
});
