package dev.jflet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.jflet.e2e.PublishedRoutingTest.button;
import static dev.jflet.e2e.PublishedRoutingTest.route;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Published sites run under {@value HostedSiteTest#POLICY}: no inline script or style, no code compiled at run
 * time (the WasmGC build included), nothing from another host.
 */
class ContentSecurityPolicyTest extends HostedSiteTest {
    /** Where an HTML, CSS or JavaScript file names another resource. */
    private static final List<Pattern> REFERENCES = List.of(
            Pattern.compile("\\s(?:src|href)=\"([^\"]*)\""),
            Pattern.compile("url\\(\\s*['\"]?([^'\")]+)"),
            Pattern.compile("(?:\\bimport|\\bfrom)\\s*\\(?\\s*\"([^\"]+)\""),
            Pattern.compile("\"(?:src|start_url|scope)\"\\s*:\\s*\"([^\"]*)\""));

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Build.class)
    void routesApp_underThePolicyHeader_runsWithoutViolation(Build build) throws Exception {
        StaticHost host = host(deploy("routes-path", temp.resolve("site")), StaticHost.Kind.NETLIFY, POLICY);
        Page page = newPage(build);

        page.navigate(host.url("store?id=3"));
        assertThat(route(page)).hasText("Route: /store?id=3");
        button(page, "About").click();
        assertThat(route(page)).hasText("Route: /about");
        waitUntilOffline();

        assertEquals(POLICY, page.evaluate("() => fetch(location.href).then(r => r.headers.get("
                + "'content-security-policy'))"));
        assertEquals(List.of(), violations());
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void counterApp_underThePolicyOnGitHubPages_runsWithoutViolation(Build build) throws Exception {
        StaticHost host = host(deploy("counter-v2", temp.resolve("site")), StaticHost.Kind.GITHUB_PAGES, POLICY);
        Page page = newPage(build);

        page.navigate(host.url(""));
        assertThat(page.locator("[data-key=counter]")).hasText("0");
        button(page, "add").click();
        assertThat(page.locator("[data-key=counter]")).hasText("1");

        assertEquals(List.of(), violations());
    }

    @Test
    void publishedOutput_referencesNoOtherHost() throws IOException {
        List<String> external = new ArrayList<>();
        List<Path> roots = new ArrayList<>(List.of(SiteServer.publishedSiteDirectory()));
        roots.add(Path.of(System.getProperty(PUBLISHED_DIR_PROPERTY)));
        int checked = 0;
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(f -> f.toString().matches(".*\\.(html|css|js|webmanifest)$")).toList()) {
                    String text = Files.readString(file);
                    for (Pattern reference : REFERENCES) {
                        Matcher m = reference.matcher(text);
                        while (m.find()) {
                            checked++;
                            String target = m.group(1);
                            // "node:" modules are Node's built-ins: TeaVM's runtime imports one only under Node.
                            if (target.matches("(?i)^([a-z][a-z0-9+.-]*:|//).*") && !target.startsWith("node:")) {
                                external.add(root.relativize(file) + " names " + target);
                            }
                        }
                    }
                }
            }
        }
        assertEquals(true, checked > 100, "expected many references, found " + checked);
        assertEquals(List.of(), external);
    }
}
