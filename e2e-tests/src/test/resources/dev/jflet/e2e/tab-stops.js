// The elements Tab should visit inside the app, in document order, each marked with data-tab-stop="<n>":
// focusable (tabIndex >= 0), enabled and shown. A native radio group is one stop: its checked radio, else
// its first. Chromium also stops at a scrolled box with nothing focusable inside, so keys can scroll it.
// Returns, per stop, the styles that can show focus, read while nothing has focus; the same reading of
// any element is left as window.jfletFocusStyles.
() => {
    const root = document.querySelector(".flet-root");
    const groups = new Set();
    const stops = [];
    for (const el of root.querySelectorAll("*")) {
        if (!(el.tabIndex >= 0 || scrollsWithoutStops(el)) || el.disabled || el.closest("[inert]")) continue;
        if (!el.checkVisibility({ visibilityProperty: true })) continue;
        if (el.type === "radio" && el.name) {
            if (groups.has(el.name)) continue;
            const group = [...root.querySelectorAll(`input[type=radio][name="${el.name}"]`)];
            const stop = group.find((r) => r.checked) ?? group[0];
            groups.add(el.name);
            if (stop !== el) continue;
        }
        stops.push(el);
    }
    window.jfletFocusStyles = ring;
    return stops.map((el, i) => {
        el.dataset.tabStop = String(i);
        return { describe: describe(el), ring: ring(el) };
    });

    function scrollsWithoutStops(el) {
        const s = getComputedStyle(el);
        const scrolls =
            (/auto|scroll/.test(s.overflowY) && el.scrollHeight > el.clientHeight) ||
            (/auto|scroll/.test(s.overflowX) && el.scrollWidth > el.clientWidth);
        return scrolls && ![...el.querySelectorAll("*")].some((d) => d.tabIndex >= 0);
    }

    function describe(el) {
        const name = el.getAttribute("aria-label") || el.labels?.[0]?.textContent || el.textContent || "";
        return `${el.tagName.toLowerCase()}${el.type ? "[" + el.type + "]" : ""} "${name.trim().slice(0, 40)}"`;
    }

    function ring(el) {
        const s = getComputedStyle(el);
        return {
            outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
            border: `${s.borderTopStyle} ${s.borderTopWidth} ${s.borderTopColor}`,
            shadow: s.boxShadow,
        };
    }
}
