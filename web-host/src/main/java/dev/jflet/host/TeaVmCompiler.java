package dev.jflet.host;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;
import org.teavm.backend.javascript.JSModuleType;
import org.teavm.callgraph.CallGraph;
import org.teavm.diagnostics.DefaultProblemTextConsumer;
import org.teavm.diagnostics.Problem;
import org.teavm.tooling.TeaVMProblemRenderer;
import org.teavm.tooling.TeaVMTargetType;
import org.teavm.tooling.TeaVMTool;
import org.teavm.tooling.TeaVMToolException;
import org.teavm.vm.TeaVMOptimizationLevel;

/** Internal: compiles an app's main class with TeaVM, in process, to one {@link Target}. */
final class TeaVmCompiler {
    /** TeaVM's ES-module runtime for WasmGC builds; it exports {@code load(url)}; see {@link CspWasmRuntime}. */
    static final String WASM_GC_RUNTIME_RESOURCE = "org/teavm/backend/wasm/wasm-gc-module-runtime.min.js";

    /** What to compile to, and the file TeaVM writes. */
    enum Target {
        WASM_GC(TeaVMTargetType.WEBASSEMBLY_GC, SiteLayout.WASM_FILE, "WebAssembly GC"),
        JAVASCRIPT(TeaVMTargetType.JAVASCRIPT, SiteLayout.JS_FILE, "JavaScript");

        final TeaVMTargetType type;
        final String fileName;
        final String label;

        Target(TeaVMTargetType type, String fileName, String label) {
            this.type = type;
            this.fileName = fileName;
            this.label = label;
        }
    }

    private final List<Path> classPath;
    private final Path cacheRoot;
    private final Log log;

    /**
     * @param classPath the app's classes and libraries plus TeaVM's class library (teavm-classlib, teavm-jso-impl
     *     and their dependencies), as TeaVM reads them
     * @param cacheRoot where TeaVM may keep caches, one folder per target
     */
    TeaVmCompiler(List<Path> classPath, Path cacheRoot, Log log) {
        this.classPath = List.copyOf(classPath);
        this.cacheRoot = cacheRoot;
        this.log = log;
    }

    /**
     * Compiles {@code mainClass} into {@code outputDirectory}/{@link Target#fileName}: strict, ADVANCED
     * optimization, obfuscated, no debug information; the JavaScript build is an ES2015 module.
     *
     * @throws TeaVmCompileException listing every severe problem with its location
     */
    Path compile(String mainClass, Target target, Path outputDirectory) throws TeaVmCompileException, IOException {
        Files.createDirectories(outputDirectory);
        TeaVMTool tool = new TeaVMTool();
        tool.setLog(new TeaVmLog(log));
        tool.setTargetType(target.type);
        tool.setTargetDirectory(outputDirectory.toFile());
        tool.setTargetFileName(target.fileName);
        tool.setMainClass(mainClass);
        tool.setStrict(true);
        tool.setObfuscated(true);
        tool.setOptimizationLevel(TeaVMOptimizationLevel.ADVANCED);
        tool.setDebugInformationGenerated(false);
        tool.setSourceMapsFileGenerated(false);
        tool.setIncremental(false);
        tool.setCacheDirectory(cacheRoot.resolve(target.name().toLowerCase(java.util.Locale.ROOT)).toFile());
        if (target == Target.JAVASCRIPT) {
            tool.setJsModuleType(JSModuleType.ES2015);
        }
        List<File> files = new ArrayList<>();
        for (Path entry : classPath) {
            files.add(entry.toFile());
        }
        tool.setClassPath(files);
        try (URLClassLoader classLoader = new URLClassLoader(urls(classPath), TeaVMTool.class.getClassLoader())) {
            if (classLoader.findResource(mainClass.replace('.', '/') + ".class") == null) {
                throw new TeaVmCompileException("mainClass " + mainClass + " was not found in " + classPath.get(0)
                        + " nor in the app's dependencies: check <mainClass>, and that the class compiles.", null);
            }
            tool.setClassLoader(classLoader);
            tool.generate();
        } catch (TeaVMToolException | RuntimeException e) {
            throw new TeaVmCompileException(
                    "TeaVM could not compile " + mainClass + " to " + target.label + ": " + e, e);
        }
        reportProblems(tool, mainClass, target);
        Path output = outputDirectory.resolve(target.fileName);
        if (!Files.isRegularFile(output)) {
            throw new TeaVmCompileException("TeaVM reported no problem compiling " + mainClass + " to "
                    + target.label + ", but wrote no " + output + ".", null);
        }
        if (target == Target.JAVASCRIPT) {
            String script = Files.readString(output, StandardCharsets.UTF_8);
            Files.writeString(output, JsConstructors.flatten(script), StandardCharsets.UTF_8);
        }
        return output;
    }

    private void reportProblems(TeaVMTool tool, String mainClass, Target target) throws TeaVmCompileException {
        CallGraph callGraph = tool.getDependencyInfo() == null ? null : tool.getDependencyInfo().getCallGraph();
        List<Problem> severe = tool.getProblemProvider().getSevereProblems();
        for (Problem problem : tool.getProblemProvider().getProblems()) {
            if (!severe.contains(problem)) {
                log.warn(describe(problem, callGraph));
            }
        }
        if (severe.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder("TeaVM could not compile ")
                .append(mainClass).append(" to ").append(target.label).append(": ")
                .append(severe.size()).append(severe.size() == 1 ? " problem" : " problems");
        for (int i = 0; i < severe.size(); i++) {
            message.append("\n").append(i + 1).append(". ").append(describe(severe.get(i), callGraph));
        }
        throw new TeaVmCompileException(message.toString(), null);
    }

    /** The problem's text, then its location as "at Class.method(File.java:12)" lines. */
    static String describe(Problem problem, CallGraph callGraph) {
        DefaultProblemTextConsumer text = new DefaultProblemTextConsumer();
        problem.render(text);
        StringBuilder out = new StringBuilder(text.getText());
        if (problem.getLocation() != null && problem.getLocation().getMethod() != null) {
            if (callGraph != null) {
                TeaVMProblemRenderer.renderCallStack(callGraph, problem.getLocation(), out);
            } else {
                out.append("\n    at ");
                TeaVMProblemRenderer.renderCallLocation(
                        problem.getLocation().getMethod(), problem.getLocation().getSourceLocation(), out);
            }
        }
        return out.toString();
    }

    private static URL[] urls(List<Path> paths) throws MalformedURLException {
        URL[] urls = new URL[paths.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = paths.get(i).toUri().toURL();
        }
        return urls;
    }
}
