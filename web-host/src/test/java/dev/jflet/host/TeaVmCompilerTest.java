package dev.jflet.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jflet.host.fixture.BrokenApp;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeaVmCompilerTest {
    @TempDir
    Path temp;

    private static final List<Path> CLASS_PATH =
            Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();

    @Test
    void compile_unknownMainClass_failsNamingItAndWhereItWasLookedFor() {
        TeaVmCompiler compiler = new TeaVmCompiler(CLASS_PATH, temp.resolve("cache"), new QuietLog());

        TeaVmCompileException error = assertThrows(TeaVmCompileException.class, () -> compiler.compile(
                "com.example.Missing", TeaVmCompiler.Target.WASM_GC, temp.resolve("app")));

        assertEquals("mainClass com.example.Missing was not found in " + CLASS_PATH.get(0) + " nor in the app's"
                + " dependencies: check <mainClass>, and that the class compiles.", error.getMessage());
    }

    @Test
    void compile_unsupportedApi_failsListingEachProblemWithItsLocation() {
        TeaVmCompiler compiler = new TeaVmCompiler(CLASS_PATH, temp.resolve("cache"), new QuietLog());

        TeaVmCompileException error = assertThrows(TeaVmCompileException.class, () -> compiler.compile(
                BrokenApp.class.getName(), TeaVmCompiler.Target.JAVASCRIPT, temp.resolve("app")));

        assertEquals("""
                TeaVM could not compile dev.jflet.host.fixture.BrokenApp to JavaScript: 4 problems
                1. Class java.net.ServerSocket was not found
                    at dev.jflet.host.fixture.BrokenApp.main(BrokenApp.java:12)
                2. Class java.net.ServerSocket was not found
                    at dev.jflet.host.fixture.BrokenApp.main(BrokenApp.java:13)
                3. Class java.net.ServerSocket was not found
                    at dev.jflet.host.fixture.BrokenApp.main(BrokenApp.java:14)
                4. Class java.net.ServerSocket was not found
                    at dev.jflet.host.fixture.BrokenApp.main(BrokenApp.java:12)""", error.getMessage());
    }
}
