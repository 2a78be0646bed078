package dev.jflet.e2e.bench;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.CDPSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CPU profiles of the measured step of each rows operation, one per variant, written as
 * {@code <operation>-<variant>.cpuprofile} for Chrome DevTools or {@code cpu-summary.mjs}: where an operation's time
 * goes. {@code -Djflet.bench.operations=REPLACE_1K,APPEND_1K} picks operations.
 */
final class CpuProfiles {
    private static final int SAMPLING_INTERVAL_US = 100;

    private final Browser browser;
    private final BenchSite site;

    CpuProfiles(Browser browser, BenchSite site) {
        this.browser = browser;
        this.site = site;
    }

    /** Writes one profile per operation and variant into {@code dir} and returns their paths. */
    List<Path> write(Path dir, List<RowsOperation> operations) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (RowsOperation operation : operations) {
            for (Variant variant : Variant.values()) {
                try (RowsPage page = RowsPage.open(browser, site, variant)) {
                    for (RowsOperation.Step step : operation.preparation()) {
                        page.run(step);
                    }
                    Path file = dir.resolve(operation.name().toLowerCase(Locale.ROOT) + "-"
                            + variant.name().toLowerCase(Locale.ROOT) + ".cpuprofile");
                    page.profile(operation.measured(), file);
                    written.add(file);
                }
            }
        }
        return written;
    }

    /** Starts the sampling profiler on {@code cdp}. */
    static void start(CDPSession cdp) {
        cdp.send("Profiler.enable");
        JsonObject interval = new JsonObject();
        interval.addProperty("interval", SAMPLING_INTERVAL_US);
        cdp.send("Profiler.setSamplingInterval", interval);
        cdp.send("Profiler.start");
    }

    /** Stops the profiler on {@code cdp} and writes the profile to {@code file}. */
    static void stop(CDPSession cdp, Path file) throws IOException {
        JsonObject result = cdp.send("Profiler.stop");
        Files.writeString(file, result.get("profile").toString(), StandardCharsets.UTF_8);
    }

    /** The operations named by {@code jflet.bench.operations}, or all of them. */
    static List<RowsOperation> operations(String names) {
        if (names == null || names.isBlank()) {
            return List.of(RowsOperation.values());
        }
        List<RowsOperation> picked = new ArrayList<>();
        for (String name : names.split(",")) {
            try {
                picked.add(RowsOperation.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("jflet.bench.operations: unknown operation '" + name.trim()
                        + "'; allowed: " + List.of(RowsOperation.values()), e);
            }
        }
        return picked;
    }
}
