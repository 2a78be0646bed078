package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** What the gallery tests (Gallery*Test) share: the app's path, its status lines, and finding buttons by name. */
final class GalleryPages {
    static final String PATH = "/gallery/";

    private GalleryPages() {
    }

    /** Waits until the gallery has rendered: its heading and the family's status line show. */
    static Page ready(Page page, String family) {
        assertThat(page.getByText("Controls gallery", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(status(page, family)).hasText("No events yet");
        return page;
    }

    /** The status line that echoes what the Java side received for {@code family} ("inputs"). */
    static Locator status(Page page, String family) {
        return page.locator("[data-key=" + family + "-status]");
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
