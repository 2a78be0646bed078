import { defineConfig } from "vitest/config";

export default defineConfig({
    test: {
        environment: "happy-dom",
        include: ["test/**/*.test.ts"],
        // V8's %HasFastProperties, for the test that controls stay fast-mode objects (widget.test.ts).
        poolOptions: { forks: { execArgv: ["--allow-natives-syntax"] } },
    },
});
