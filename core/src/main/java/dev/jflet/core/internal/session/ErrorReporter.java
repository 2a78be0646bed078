package dev.jflet.core.internal.session;

import dev.jflet.core.ErrorEvent;
import dev.jflet.core.Page;
import dev.jflet.core.controls.core.Text;
import dev.jflet.core.controls.material.Banner;
import dev.jflet.core.controls.material.TextButton;
import dev.jflet.core.internal.tree.Nodes;

/**
 * Internal: what happens to an exception from app code. It is given to the page's error handler, with its Java stack
 * trace logged at debug level, since the app handles it; without a handler, it is logged as an error and shown in a
 * dismissible {@link Banner} made of standard controls, so any Flet client can show it. The app keeps running.
 */
final class ErrorReporter {
    private final Page page;
    private final Log log;

    ErrorReporter(Page page, Log log) {
        this.page = page;
        this.log = log;
    }

    void report(String where, Throwable error) {
        String trace = "Exception in " + where + ":\n" + Stacks.describe(error);
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        if (page.errorHandler().isPresent()) {
            log.debug(trace);
        } else {
            log.error(trace, null);
        }
        try {
            if (page.errorHandler().isPresent()) {
                page.errorHandler().get().handle(new ErrorEvent(page, message, error));
            } else if (Nodes.mounted(page)) {
                showBanner(message);
            }
        } catch (Throwable t) {
            log.error("The error handler failed too:\n" + Stacks.describe(t), null);
        }
    }

    private void showBanner(String message) {
        Text text = new Text("Something went wrong: " + message);
        Banner[] banner = new Banner[1];
        banner[0] = new Banner(text, new TextButton("Dismiss", e -> page.popDialog()))
                .bgcolor("errorcontainer")
                .key("jflet-error");
        page.showDialog(banner[0]);
    }
}
