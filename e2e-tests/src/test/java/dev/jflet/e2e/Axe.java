package dev.jflet.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * axe-core, the accessibility rule engine, injected into a page under test. It comes from flutter-web's npm
 * devDependencies and is never part of the renderer; the {@value #SCRIPT_PROPERTY} property points at it.
 */
final class Axe {
    /** Impacts that fail an audit; axe rates the others "moderate" and "minor". */
    static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private static final String SCRIPT_PROPERTY = "jflet.axe.script";

    // Every rule axe runs by default (WCAG 2.x A/AA and best practices); only the result types are trimmed.
    private static final String RUN = """
            async el => {
                const results = await axe.run(el, { resultTypes: ['violations'] });
                return results.violations.map(v => ({
                    id: v.id, impact: v.impact || '', help: v.help,
                    nodes: v.nodes.map(n => n.target.join(' ') + ' (' + (n.failureSummary || '').replace(/\\s+/g, ' ')
                        + ')')
                }));
            }""";

    /** One rule that failed, with the nodes it failed on. */
    record Violation(String id, String impact, String help, List<String> nodes) {
        /** Whether the violation's impact is serious or critical. */
        boolean fails() {
            return FAILING_IMPACTS.contains(impact);
        }

        @Override
        public String toString() {
            return id + " [" + impact + "] " + help + "\n      " + String.join("\n      ", nodes);
        }
    }

    private Axe() {
    }

    /**
     * Adds axe to {@code page}; it stays until the page navigates. It runs as an evaluated function, not a script
     * tag: the published sites' Content-Security-Policy allows no inline script, and the audit must not weaken it.
     */
    static void inject(Page page) {
        String source;
        try {
            source = Files.readString(script());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read axe from " + script(), e);
        }
        Object installed = page.evaluate("() => {\n" + source
                + "\n;if (typeof axe !== 'undefined') window.axe = axe; return typeof window.axe; }");
        if (!"object".equals(installed)) {
            throw new IllegalStateException("axe did not install itself on window: " + installed);
        }
    }

    /** Runs every default rule on the element {@code scope} matches and its descendants. */
    static List<Violation> audit(Locator scope) {
        List<?> raw = (List<?>) scope.evaluate(RUN);
        return raw.stream().map(Map.class::cast).map(Axe::violation).toList();
    }

    private static Violation violation(Map<?, ?> v) {
        List<String> nodes = ((List<?>) v.get("nodes")).stream().map(String::valueOf).toList();
        return new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"), nodes);
    }

    private static Path script() {
        String configured = System.getProperty(SCRIPT_PROPERTY);
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("System property " + SCRIPT_PROPERTY + " is not set. Run the tests through"
                    + " Maven, which points it at flutter-web/node_modules/axe-core/axe.min.js.");
        }
        Path script = Path.of(configured);
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException("axe-core is missing at " + script + ". Install flutter-web's npm"
                    + " packages first: mvn -B verify -pl e2e-tests -am (or npm ci in flutter-web).");
        }
        return script;
    }
}
