// jflet browser check: a classic script in ES5, so every browser runs it. index.html loads it without defer or async,
// so it runs before the (async) loader module, while the document is still being parsed. Where the browser lacks
// what the app needs it tells the loader to stop and, once the document is parsed, replaces the loading screen with
// a message naming what is missing. It also reports a loader that could not be downloaded, where a module script
// would otherwise fail silently.
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

    /** Runs `action` once the document is parsed, so #app exists. */
    function whenParsed(action) {
        if (document.readyState === "loading") {
            document.addEventListener("DOMContentLoaded", action);
        } else {
            action();
        }
    }

    function show(title, reason, hint) {
        whenParsed(function () {
            replaceApp(title, reason, hint);
        });
    }

    function replaceApp(title, reason, hint) {
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

    if (missing.length > 0) {
        window.jfletUnsupported = true;
        show(
            "This browser cannot run " + document.title,
            "It lacks " + missing.join(", ") + ".",
            "Open this page in a current version of Chrome, Edge, Firefox or Safari (2021 or later)."
        );
        return;
    }
    window.addEventListener(
        "error",
        function (event) {
            var target = event.target;
            if (target && target.tagName === "SCRIPT" && target.type === "module") {
                show(
                    "This app could not start",
                    "Downloading " + target.getAttribute("src") + " failed.",
                    "Check the network connection, then reload the page."
                );
            }
        },
        true
    );
})();
