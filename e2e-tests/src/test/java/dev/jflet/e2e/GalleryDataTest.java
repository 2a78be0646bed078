package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.jflet.e2e.GalleryPages.status;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The gallery's DataTable (site/…/gallery/DataSection.java): headers sort, Java re-orders the rows. */
class GalleryDataTest extends BrowserTest {

    @ParameterizedTest
    @EnumSource(Build.class)
    void table_headerClicked_javaSortsTheRowsAndEchoes(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "data");
        assertThat(firstCells(page)).hasText(new String[] {"Bea", "Ada", "Cy"});

        sortButton(page, "Age").click();
        assertThat(status(page, "data")).hasText("sorted by Age asc");
        assertThat(firstCells(page)).hasText(new String[] {"Cy", "Ada", "Bea"});
        assertThat(header(page, "Age")).hasAttribute("aria-sort", "ascending");

        sortButton(page, "Age").click();
        assertThat(status(page, "data")).hasText("sorted by Age desc");
        assertThat(firstCells(page)).hasText(new String[] {"Bea", "Ada", "Cy"});
        assertThat(header(page, "Age")).hasAttribute("aria-sort", "descending");

        sortButton(page, "Name").click();
        assertThat(status(page, "data")).hasText("sorted by Name asc");
        assertThat(firstCells(page)).hasText(new String[] {"Ada", "Bea", "Cy"});
        assertThat(header(page, "Name")).hasAttribute("aria-sort", "ascending");
        assertThat(header(page, "Age")).hasAttribute("aria-sort", "none");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void table_headerPressedWithEnter_sorts(Build build) {
        Page page = GalleryPages.ready(open(build, GalleryPages.PATH), "data");

        sortButton(page, "Name").focus();
        page.keyboard().press("Enter");

        assertThat(status(page, "data")).hasText("sorted by Name asc");
        assertThat(firstCells(page)).hasText(new String[] {"Ada", "Bea", "Cy"});
    }

    private static Locator table(Page page) {
        return page.locator("[data-key=people]");
    }

    private static Locator firstCells(Page page) {
        return table(page).locator("tbody tr td:first-child");
    }

    private static Locator header(Page page, String name) {
        return table(page).getByRole(AriaRole.COLUMNHEADER, new Locator.GetByRoleOptions().setName(name));
    }

    private static Locator sortButton(Page page, String name) {
        return header(page, name).getByRole(AriaRole.BUTTON);
    }
}
