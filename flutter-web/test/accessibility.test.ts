import { describe, expect, it } from "vitest";
import { describedBy } from "../src/widgets/parts";
import { sliderName } from "../src/widgets/slider";
import { guardConsole } from "./support/console-guard";
import { byId, patch, startWith } from "./support/app";

const warnings = guardConsole();

describe("accessible names", () => {
    it("names a slider by its tooltip, else by its label's words around {value}", () => {
        expect(sliderName(undefined, "Volume {value}")).toBe("Volume");
        expect(sliderName(undefined, "{value} of  10 {value}")).toBe("of 10");
        expect(sliderName({ message: "Loudness" }, "Volume {value}")).toBe("Loudness");
        expect(sliderName(undefined, "{value}%")).toBeNull();
        expect(sliderName(undefined, undefined)).toBeNull();
    });

    it("puts the slider's name on its input and keeps the full label as the value text", async () => {
        const { root, app } = await startWith([
            { _c: "Slider", _i: 30, min: 0, max: 10, value: 5, label: "Volume {value}" },
        ]);
        const input = byId(root, 30).querySelector("input")!;
        expect(input.getAttribute("aria-label")).toBe("Volume");
        expect(input.getAttribute("aria-valuetext")).toBe("Volume 5");
        app.onMessage(patch(30, [[0], [0, 0, "tooltip", "Speaker volume"]]));
        expect(input.getAttribute("aria-label")).toBe("Speaker volume");
        expect(input.hasAttribute("aria-describedby")).toBe(false);
        expect(warnings()).not.toHaveBeenCalled();
    });

    it("names progress indicators by semantics_label, else by their tooltip", async () => {
        const { root, app } = await startWith([
            { _c: "ProgressBar", _i: 30, value: 0.4, tooltip: "Upload" },
            { _c: "ProgressRing", _i: 31, semantics_label: "Saving", tooltip: "Busy" },
        ]);
        expect(byId(root, 30).getAttribute("aria-label")).toBe("Upload");
        expect(byId(root, 31).getAttribute("aria-label")).toBe("Saving");
        app.onMessage(patch(30, [[0], [0, 0, "semantics_label", "Upload progress"]]));
        expect(byId(root, 30).getAttribute("aria-label")).toBe("Upload progress");
    });

    it("adds a badge's text to the name of an icon button, following the Badge's label", async () => {
        const { root, app } = await startWith([
            { _c: "IconButton", _i: 30, icon: 0xe318, tooltip: "Mail", badge: "3" },
            {
                _c: "IconButton",
                _i: 31,
                icon: 0xe318,
                tooltip: "Alerts",
                badge: { _c: "Badge", _i: 32, label: "12" },
            },
        ]);
        expect(byId(root, 30).getAttribute("aria-label")).toBe("Mail 3");
        expect(byId(root, 31).getAttribute("aria-label")).toBe("Alerts 12");
        app.onMessage(patch(32, [[0], [0, 0, "label", "13"]]));
        expect(byId(root, 31).getAttribute("aria-label")).toBe("Alerts 13");
        app.onMessage(patch(30, [[0], [0, 0, "badge", null]]));
        expect(byId(root, 30).getAttribute("aria-label")).toBe("Mail");
    });
});

describe("descriptions and landmarks", () => {
    it("keeps every description of a control: helper text and tooltip together", async () => {
        const { root, app } = await startWith([
            { _c: "TextField", _i: 30, label: "Name", helper: "As on your passport", tooltip: "Your full name" },
        ]);
        const input = byId(root, 30).querySelector("input")!;
        const described = () => (input.getAttribute("aria-describedby") ?? "").split(" ").sort();
        const support = byId(root, 30).querySelector(".flet-tf-support")!;
        const tip = byId(root, 30).querySelector("[role=tooltip]")!;
        expect(described()).toEqual([support.id, tip.id].sort());
        app.onMessage(patch(30, [[0], [0, 0, "tooltip", null]]));
        expect(described()).toEqual([support.id]);
        app.onMessage(patch(30, [[0], [0, 0, "helper", null]]));
        expect(input.hasAttribute("aria-describedby")).toBe(false);
    });

    it("describedBy adds and removes one id, leaving the others", () => {
        const el = document.createElement("div");
        describedBy(el, "a", true);
        describedBy(el, "b", true);
        describedBy(el, "a", true);
        expect(el.getAttribute("aria-describedby")).toBe("b a");
        describedBy(el, "b", false);
        expect(el.getAttribute("aria-describedby")).toBe("a");
        describedBy(el, "a", false);
        expect(el.hasAttribute("aria-describedby")).toBe(false);
    });

    it("makes a view's body the page's main landmark", async () => {
        const { root } = await startWith([{ _c: "Text", _i: 30, value: "hi" }]);
        const main = root.querySelectorAll("main");
        expect(main.length).toBe(1);
        expect(main[0].contains(byId(root, 30))).toBe(true);
    });
});
