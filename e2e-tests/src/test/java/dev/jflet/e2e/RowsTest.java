package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rows demo (site/…/rows/Rows.java) does each js-framework-benchmark operation the benchmark times. */
class RowsTest extends BrowserTest {

    @ParameterizedTest
    @EnumSource(Build.class)
    void rows_everyOperation_changesTheRowsAsSpecified(Build build) {
        Page page = open(build, "/rows/");
        Locator rows = page.locator("[data-key=rows] > *");

        page.locator("[data-key=run]").click();
        assertThat(rows).hasCount(1000);
        assertEquals(IntStream.rangeClosed(1, 1000).mapToObj(String::valueOf).toList(), ids(page));

        page.locator("[data-key=run]").click();
        assertThat(rows.first().locator(".flet-text").first()).hasText("1001");
        List<String> labels = labels(page);

        page.locator("[data-key=update]").click();
        assertThat(label(rows, 990)).hasText(labels.get(990) + " !!!");
        for (int i : new int[] {0, 10, 500}) {
            assertThat(label(rows, i)).hasText(labels.get(i) + " !!!");
        }
        assertThat(label(rows, 1)).hasText(labels.get(1));

        label(rows, 2).click();
        assertThat(rows.nth(2)).hasCSS("background-color", Pattern.compile("^rgb\\("));
        String selected = (String) rows.nth(2).evaluate("e => getComputedStyle(e).backgroundColor");
        assertNotEquals("rgba(0, 0, 0, 0)", selected);
        label(rows, 3).click();
        assertThat(rows.nth(3)).hasCSS("background-color", selected);
        assertThat(rows.nth(2)).hasCSS("background-color", "rgba(0, 0, 0, 0)");

        List<String> beforeSwap = ids(page);
        page.locator("[data-key=swaprows]").click();
        assertThat(rows.nth(1).locator(".flet-text").first()).hasText(beforeSwap.get(998));
        assertThat(rows.nth(998).locator(".flet-text").first()).hasText(beforeSwap.get(1));

        String removed = ids(page).get(3);
        rows.nth(3).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Remove")).click();
        assertThat(rows).hasCount(999);
        assertEquals(-1, ids(page).indexOf(removed), "row " + removed + " is gone");

        page.locator("[data-key=add]").click();
        assertThat(rows).hasCount(1999);
        assertEquals("3000", ids(page).get(1998));

        page.locator("[data-key=runlots]").click();
        assertThat(rows).hasCount(10_000);
        assertThat(rows.first().locator(".flet-text").first()).hasText("3001");

        page.locator("[data-key=clear]").click();
        assertThat(rows).hasCount(0);
    }

    private static Locator label(Locator rows, int index) {
        return rows.nth(index).locator(".flet-text").nth(1);
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Page page) {
        return (List<String>) page.evaluate("() => Array.from(document.querySelector('[data-key=rows]').children,"
                + " row => row.querySelector('.flet-text').textContent)");
    }

    @SuppressWarnings("unchecked")
    private static List<String> labels(Page page) {
        return (List<String>) page.evaluate("() => Array.from(document.querySelector('[data-key=rows]').children,"
                + " row => row.querySelectorAll('.flet-text')[1].textContent)");
    }
}
