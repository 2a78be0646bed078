package dev.jflet.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jflet.host.fixture.BrokenApp;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeaVmCompilerTest {
    @TempDir
    Path temp;

    @Test
    void compile_unsupportedApi_failsListingEachProblemWithItsLocation() {
        List<Path> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .toList();
        TeaVmCompiler compiler = new TeaVmCompiler(classPath, temp.resolve("cache"), new SystemStreamLog());

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
