package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * axe-core audits every gallery section, and every layer a section's "Open …"/"Show …" button brings up, in the
 * light and the dark theme on both builds. A serious or critical violation fails the test; the fix belongs in the
 * renderer, never in a disabled rule.
 */
class GalleryAccessibilityTest extends BrowserTest {
    /** Whether the page's background, the first opaque one behind its main landmark, is dark. */
    private static final String PAGE_IS_DARK = """
            () => {
                for (let el = document.querySelector('main'); el; el = el.parentElement) {
                    const [r, g, b, a = 1] = getComputedStyle(el).backgroundColor.match(/[\\d.]+/g).map(Number);
                    if (a > 0) return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
                }
                return false;
            }""";

    /** Buttons that bring up a dialog, sheet, snack bar or banner, by the gallery's naming convention. */
    private static final Pattern OPENER = Pattern.compile("^(Open|Show) .+");

    static Stream<Arguments> buildsAndSchemes() {
        return Stream.of(Build.values()).flatMap(build -> Stream.of(ColorScheme.LIGHT, ColorScheme.DARK)
                .map(scheme -> Arguments.of(build, scheme)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("buildsAndSchemes")
    void everySection_audited_hasNoSeriousViolations(Build build, ColorScheme scheme) {
        Page page = openGallery(build, scheme);
        Map<String, List<Axe.Violation>> found = new LinkedHashMap<>();
        List<String> sections = GalleryPages.sections(page);
        assertFalse(sections.isEmpty(), "the gallery shows no sections");
        for (String family : sections) {
            Locator section = GalleryPages.section(page, family);
            section.scrollIntoViewIfNeeded();
            found.put("section " + family, Axe.audit(section));
        }
        found.put("whole page", Axe.audit(page.locator("body")));

        assertNoSeriousViolations(build + " " + scheme, found);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("buildsAndSchemes")
    void everyOpenedLayer_audited_hasNoSeriousViolations(Build build, ColorScheme scheme) {
        Page page = openGallery(build, scheme);
        List<String> openers = new ArrayList<>();
        for (String family : GalleryPages.sections(page)) {
            for (Locator button : GalleryPages.section(page, family).getByRole(AriaRole.BUTTON).all()) {
                String name = button.textContent().strip();
                if (OPENER.matcher(name).matches() && button.isEnabled()) {
                    openers.add(name);
                }
            }
        }
        assertFalse(openers.isEmpty(), "the gallery has no Open …/Show … buttons");
        // The page itself is the other test's subject: here only what a layer adds or changes counts.
        List<Axe.Violation> before = Axe.audit(page.locator("body"));
        Map<String, List<Axe.Violation>> found = new LinkedHashMap<>();
        for (String opener : openers) {
            page.reload();
            GalleryPages.sections(page);
            Axe.inject(page);
            GalleryPages.button(page, opener).click();
            assertThat(page.locator(".flet-dialogs > *").first()).isVisible();
            settle(page);
            found.put("after " + opener, Axe.audit(page.locator("body")).stream()
                    .filter(v -> !before.contains(v)).toList());
        }

        assertNoSeriousViolations(build + " " + scheme, found);
    }

    private Page openGallery(Build build, ColorScheme scheme) {
        Page page = open(build, GalleryPages.PATH, scheme);
        assertThat(page.getByText("Controls gallery", new Page.GetByTextOptions().setExact(true))).isVisible();
        boolean dark = (Boolean) page.evaluate(PAGE_IS_DARK);
        assertEquals(scheme == ColorScheme.DARK, dark, "the page's theme follows the system's " + scheme);
        Axe.inject(page);
        return page;
    }

    /** Waits until every finite animation and transition has ended, so colours are read at rest. */
    private static void settle(Page page) {
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running'"
                + " || a.effect.getComputedTiming().endTime === Infinity)");
    }

    private static void assertNoSeriousViolations(String run, Map<String, List<Axe.Violation>> found) {
        List<String> report = new ArrayList<>();
        found.forEach((where, violations) -> violations.stream().filter(Axe.Violation::fails)
                .forEach(v -> report.add(where + ": " + v)));
        found.forEach((where, violations) -> violations.stream().filter(v -> !v.fails())
                .forEach(v -> System.out.println("[axe " + run + "] " + where + ": " + v)));
        if (!report.isEmpty()) {
            fail(run + ": " + report.size() + " serious or critical accessibility violation(s):\n  "
                    + String.join("\n  ", report));
        }
    }
}
