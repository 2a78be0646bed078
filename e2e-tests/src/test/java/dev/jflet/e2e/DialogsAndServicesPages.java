package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** What the dialogs and services tests share: the app's path, its status lines, and its buttons by name. */
final class DialogsAndServicesPages {
    static final String PATH = "/services/";

    private DialogsAndServicesPages() {
    }

    /** Waits until the app has rendered its last part, after main's preference calls. */
    static Page ready(Page page) {
        assertThat(status(page, "device")).hasText("Nothing yet");
        return page;
    }

    /** The status line of a part ("dialogs", "prefs", …). */
    static Locator status(Page page, String part) {
        return page.locator("[data-key=" + part + "-status]");
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator dialog(Page page, String name) {
        return page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName(name));
    }

    /** The accessible name or text of the focused element, to follow focus with the keyboard. */
    static String focused(Page page) {
        return (String) page.evaluate("() => { const e = document.activeElement;"
                + " return e ? (e.getAttribute('aria-label') || e.innerText || e.tagName).trim() : ''; }");
    }

    /** Whether the focused element is inside the element {@code locator} finds. */
    static boolean focusInside(Locator locator) {
        return (Boolean) locator.evaluate("e => e.contains(document.activeElement)");
    }
}
