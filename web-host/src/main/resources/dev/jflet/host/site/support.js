// jflet browser check: a classic script in ES5, so every browser runs it. It is deferred, so it runs once the page
// is parsed, before the DOMContentLoaded event the loader waits for before it runs the app. Where the browser lacks
// what the app needs it tells the loader to stop and replaces the loading screen with a message naming what is
// missing. It also reports a loader that could not be downloaded, where a module script would fail silently.
(function () {
    "use strict";
    var script = document.createElement("script");
    var required = [
        ["JavaScript modules", "noModule" in script],
        ["fetch", typeof fetch === "function"],
        ["Promise", typeof Promise === "function"],
        ["WeakRef", typeof WeakRef === "function"],
        ["FinalizationRegistry", typeof FinalizationRegistry === "function"],
        ["BigInt", typeof BigInt === "function"],
        ["TextDecoder", typeof TextDecoder === "function"],
    ];
    var missing = [];
    for (var i = 0; i < required.length; i++) {
        if (!required[i][1]) missing.push(required[i][0]);
    }

    function show(title, reason, hint) {
        var root = document.getElementById("app") || document.body;
        var box = document.createElement("div");
        box.className = "jflet-error";
        box.setAttribute("role", "alert");
        var heading = document.createElement("h1");
        heading.textContent = title;
        var text = document.createElement("p");
        text.className = "jflet-error-reason";
        text.textContent = reason;
        var help = document.createElement("p");
        help.textContent = hint;
        box.appendChild(heading);
        box.appendChild(text);
        box.appendChild(help);
        while (root.firstChild) root.removeChild(root.firstChild);
        root.appendChild(box);
    }

    // Defined either way: the loader waits until this script ran.
    window.jfletUnsupported = missing.length > 0;
    if (missing.length > 0) {
        show(
            "This browser cannot run " + document.title,
            "It lacks " + missing.join(", ") + ".",
            "Open this page in a current version of Chrome, Edge, Firefox or Safari (2021 or later)."
        );
        return;
    }
    // The loader is an async module: it may have failed before this script ran, so its error event is not
    // watched. Scripts hold the load event back until they ran or failed: a loader that did not run by then failed.
    window.addEventListener("load", function () {
        var loader = document.querySelector("script[type=module][src]");
        if (!window.jfletLoaderRan && loader) {
            show(
                "This app could not start",
                "Downloading " + loader.getAttribute("src") + " failed.",
                "Check the network connection, then reload the page."
            );
        }
    });
})();
