package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;

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

    /**
     * Every section the gallery shows, by family ("inputs"), in page order; sections added later are found too. Fails
     * when a status line sits outside any section, so a section built another way is not silently left out.
     */
    static List<String> sections(Page page) {
        assertThat(page.locator("[data-key$=-status]").first()).isVisible();
        List<String> families = page.locator("[data-key^=section-]").all().stream()
                .map(section -> section.getAttribute("data-key").substring("section-".length())).toList();
        for (Locator line : page.locator("[data-key$=-status]").all()) {
            String family = line.getAttribute("data-key").replaceFirst("-status$", "");
            if (!families.contains(family)) {
                throw new AssertionError("status line " + family + "-status is in no [data-key^=section-] element;"
                        + " build the section with Gallery.section(...): " + families);
            }
        }
        return families;
    }

    /** The section of {@code family}: its heading, controls and status line. */
    static Locator section(Page page, String family) {
        return page.locator("[data-key=section-" + family + "]");
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
