package dev.jflet.site.services;

import dev.jflet.core.Page;
import dev.jflet.core.controls.core.Row;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Button;
import dev.jflet.core.controls.material.TextField;
import dev.jflet.core.services.BrowserContextMenu;
import dev.jflet.core.services.Clipboard;
import dev.jflet.core.services.LaunchMode;
import dev.jflet.core.services.SharedPreferences;
import dev.jflet.core.services.UrlLauncher;
import dev.jflet.core.types.WebDeviceInfo;

import static dev.jflet.site.services.DialogsAndServices.part;
import static dev.jflet.site.services.DialogsAndServices.status;

/** The services part of the app. Services created in main live for the whole session. */
final class ServicePanels {
    /** Keys start with the app's name: every app on the origin shares localStorage. */
    static final String NOTE_KEY = "services.note";
    static final String VISITS_KEY = "services.visits";

    private ServicePanels() {
    }

    static void add(Page page) {
        Clipboard clipboard = new Clipboard();
        SharedPreferences prefs = new SharedPreferences();
        UrlLauncher launcher = new UrlLauncher();
        BrowserContextMenu menu = new BrowserContextMenu();

        long visits = prefs.getLong(VISITS_KEY).orElse(0L) + 1;
        prefs.set(VISITS_KEY, visits);
        Text prefsStatus = status("prefs").value("visit " + visits + ", note: "
                + prefs.getString(NOTE_KEY).orElse("none"));

        page.add(clipboard(clipboard), preferences(prefs, prefsStatus), urls(page, launcher), contextMenu(menu),
                device(page));
    }

    private static dev.jflet.core.controls.core.Column clipboard(Clipboard clipboard) {
        Text status = status("clipboard");
        TextField field = new TextField().label("Clipboard text").value("Copied from Java");
        Button copy = new Button("Copy", e -> {
            clipboard.set(field.value());
            status.value("copied: " + field.value());
        });
        Button paste = new Button("Paste", e -> status.value("pasted: " + clipboard.get().orElse("(nothing)")));
        return part("Clipboard", status, field, new Row(copy, paste).spacing(8));
    }

    private static dev.jflet.core.controls.core.Column preferences(SharedPreferences prefs, Text status) {
        TextField field = new TextField().label("Note to keep");
        Button save = new Button("Save note", e -> {
            prefs.set(NOTE_KEY, field.value());
            status.value("saved: " + field.value());
        });
        Button load = new Button("Load note", e -> status.value("note: " + prefs.getString(NOTE_KEY).orElse("none")));
        Button remove = new Button("Remove note", e -> {
            prefs.remove(NOTE_KEY);
            status.value("removed; keys: " + prefs.getKeys("services."));
        });
        return part("Shared preferences", status, field, new Row(save, load, remove).spacing(8).wrap(true));
    }

    private static dev.jflet.core.controls.core.Column urls(Page page, UrlLauncher launcher) {
        Text status = status("url");
        page.onError(e -> status.value("error: " + e.message()));
        Button open = new Button("Open the counter", e -> {
            launcher.launchUrl("../counter/");
            status.value("opened ../counter/");
        });
        Button named = new Button("Open hello in a named window", e -> {
            launcher.launchUrl("../hello/", LaunchMode.PLATFORM_DEFAULT, "jflet-hello");
            status.value("opened ../hello/ in jflet-hello");
        });
        // Not caught here: a refused call throws InvokeException, which reaches page.onError like any handler error.
        Button unsafe = new Button("Try a javascript: URL", e -> {
            launcher.launchUrl("javascript:alert(1)");
            status.value("launched?!");
        }).key("unsafe-url");
        Button check = new Button("Check URLs", e -> status.value("https " + launcher.canLaunchUrl("https://flet.dev")
                + ", mailto " + launcher.canLaunchUrl("mailto:hi@example.com")
                + ", javascript " + launcher.canLaunchUrl("javascript:alert(1)")
                + ", data " + launcher.canLaunchUrl("data:text/html,hi"))).key("check-urls");
        return part("URL launcher", status, new Row(open, named, unsafe, check).spacing(8).wrap(true));
    }

    private static dev.jflet.core.controls.core.Column contextMenu(BrowserContextMenu menu) {
        Text status = status("menu");
        Button disable = new Button("Disable context menu", e -> {
            menu.disable();
            status.value("context menu disabled: " + menu.disabled());
        });
        Button enable = new Button("Enable context menu", e -> {
            menu.enable();
            status.value("context menu disabled: " + menu.disabled());
        });
        return part("Browser context menu", status, new Row(disable, enable).spacing(8));
    }

    private static dev.jflet.core.controls.core.Column device(Page page) {
        Text status = status("device");
        Button info = new Button("Get device info", e -> {
            WebDeviceInfo d = page.getDeviceInfo();
            status.value("browser " + d.browserName().value()
                    + ", cores " + d.hardwareConcurrency().orElse(-1)
                    + ", touch points " + d.maxTouchPoints().orElse(-1)
                    + ", languages " + d.languages()
                    + ", vendor " + d.vendor().orElse("?")
                    + ", user agent " + d.userAgent().orElse("?"));
        });
        return part("Device info", status, info);
    }
}
