package dev.jflet.host;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Internal: the JavaScript bodies ({@code @JSBody}) a TeaVM 0.15 WasmGC module builds at start-up, read from the
 * binary so they can be compiled ahead of time instead of with {@code new Function} (docs/architecture.md,
 * "Content-Security-Policy").
 *
 * <p>TeaVM's module initializer calls the import {@code teavmJso.createFunction<n>(param1, …, param<n>, body)} once
 * per body, each argument being {@code teavm.stringToJs(global.get <string constant>)}. String constants are
 * immutable globals initialized with {@code struct.new_default}; the initializer hands them to the string pool in
 * runs of {@code global.get}s packed by {@code array.new_fixed}, and the pool fills them in that order from one data
 * segment holding each string as its length in UTF-16 units (LEB128) and its units in WTF-8. Each of these facts is
 * checked; where the binary differs, reading fails with what differed.
 */
final class WasmJsBodies {
    /** One body: the parameter names and the function body text, exactly as TeaVM passes them. */
    record JsBody(List<String> parameters, String body) {
    }

    private static final Pattern CREATE_FUNCTION = Pattern.compile("teavmJso\\.createFunction(\\d+)");
    private static final String STRING_TO_JS = "teavm.stringToJs";

    private WasmJsBodies() {
    }

    /** The distinct bodies in the order the module creates them; empty when it creates none. */
    static List<JsBody> read(byte[] wasm) {
        WasmModule module = WasmModule.parse(wasm);
        Map<Integer, Integer> createFunctions = new HashMap<>();
        for (int i = 0; i < module.importedFunctions().size(); i++) {
            Matcher m = CREATE_FUNCTION.matcher(module.importedFunctions().get(i));
            if (m.matches()) {
                createFunctions.put(i, Integer.parseInt(m.group(1)));
            }
        }
        if (createFunctions.isEmpty()) {
            return List.of();
        }
        Integer stringToJs = module.exportedFunctions().get(STRING_TO_JS);
        if (stringToJs == null) {
            throw new WasmFormatException("the module imports teavmJso.createFunction but exports no "
                    + STRING_TO_JS);
        }
        List<List<long[]>> code = instructions(module);
        Map<Integer, String> strings = stringConstants(module, code);
        Set<JsBody> bodies = new LinkedHashSet<>();
        for (List<long[]> function : code) {
            for (int i = 0; i < function.size(); i++) {
                long[] op = function.get(i);
                Integer arity = op[0] == WasmInstructions.CALL ? createFunctions.get((int) op[1]) : null;
                if (arity != null) {
                    bodies.add(body(function, i, arity, stringToJs, strings));
                }
            }
        }
        return List.copyOf(bodies);
    }

    /** Each function body as {opcode, index, count} triples. */
    private static List<List<long[]>> instructions(WasmModule module) {
        List<List<long[]>> functions = new ArrayList<>();
        for (int[] range : module.functionBodies()) {
            WasmInstructions code = new WasmInstructions(new WasmReader(module.bytes(), range[0], range[1]));
            List<long[]> ops = new ArrayList<>();
            while (code.next()) {
                ops.add(new long[] {code.opcode(), code.index(), code.count()});
            }
            functions.add(ops);
        }
        return functions;
    }

    /** The body created by the createFunction call at {@code call}, from the 2 × (arity + 1) instructions before. */
    private static JsBody body(List<long[]> ops, int call, int arity, int stringToJs, Map<Integer, String> strings) {
        int args = arity + 1;
        int first = call - 2 * args;
        if (first < 0) {
            throw new WasmFormatException("a createFunction" + arity + " call has fewer than " + args
                    + " instructions before it");
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < args; i++) {
            long[] get = ops.get(first + 2 * i);
            long[] convert = ops.get(first + 2 * i + 1);
            String value = get[0] == WasmInstructions.GLOBAL_GET ? strings.get((int) get[1]) : null;
            if (value == null || convert[0] != WasmInstructions.CALL || convert[1] != stringToJs) {
                throw new WasmFormatException("argument " + (i + 1) + " of a createFunction" + arity
                        + " call is not a string constant passed through " + STRING_TO_JS);
            }
            values.add(value);
        }
        return new JsBody(List.copyOf(values.subList(0, arity)), values.get(arity));
    }

    /**
     * The string held by each string constant global, by global index. The initializer hands the globals to the
     * pool in order, in runs of {@code global.get}s packed by {@code array.new_fixed} and passed to one function;
     * the pool fills them from the data segment in that order.
     */
    static Map<Integer, String> stringConstants(WasmModule module, List<List<long[]>> code) {
        Set<Integer> candidates = new HashSet<>();
        List<List<long[]>> inits = module.globalInitializers();
        for (int i = 0; i < inits.size(); i++) {
            List<long[]> init = inits.get(i);
            if (init.size() == 2 && init.get(0)[0] == WasmInstructions.STRUCT_NEW_DEFAULT
                    && init.get(1)[0] == WasmInstructions.END) {
                candidates.add(module.importedGlobalCount() + i);
            }
        }
        Map<String, List<Integer>> runs = new LinkedHashMap<>();
        for (List<long[]> ops : code) {
            for (int i = 0; i + 1 < ops.size(); i++) {
                long[] op = ops.get(i);
                long[] next = ops.get(i + 1);
                if (op[0] != WasmInstructions.ARRAY_NEW_FIXED || op[2] <= 0 || op[2] > i
                        || next[0] != WasmInstructions.CALL) {
                    continue;
                }
                List<Integer> globals = new ArrayList<>();
                for (int j = i - (int) op[2]; j < i; j++) {
                    if (ops.get(j)[0] == WasmInstructions.GLOBAL_GET && candidates.contains((int) ops.get(j)[1])) {
                        globals.add((int) ops.get(j)[1]);
                    }
                }
                if (globals.size() == op[2]) {
                    runs.computeIfAbsent(op[1] + "/" + next[1], k -> new ArrayList<>()).addAll(globals);
                }
            }
        }
        List<Integer> poolSizes = new ArrayList<>();
        for (int[] segment : module.dataSegments()) {
            Optional<List<String>> pool = decodePool(module.bytes(), segment[0], segment[1]);
            if (pool.isEmpty()) {
                continue;
            }
            for (List<Integer> globals : runs.values()) {
                if (globals.size() == pool.get().size() && new HashSet<>(globals).size() == globals.size()) {
                    Map<Integer, String> result = new HashMap<>();
                    for (int i = 0; i < globals.size(); i++) {
                        result.put(globals.get(i), pool.get().get(i));
                    }
                    return result;
                }
            }
            poolSizes.add(pool.get().size());
        }
        throw new WasmFormatException("no data segment of strings matches the string globals the initializer"
                + " hands to the pool (segments of " + poolSizes + " strings; runs of "
                + runs.values().stream().map(List::size).toList() + " globals)");
    }

    /** The strings of a segment read as a TeaVM string pool; empty unless the whole segment decodes. */
    static Optional<List<String>> decodePool(byte[] bytes, int start, int end) {
        try {
            WasmReader in = new WasmReader(bytes, start, end);
            List<String> strings = new ArrayList<>();
            while (!in.atEnd()) {
                int length = in.u32();
                StringBuilder text = new StringBuilder(length);
                for (int i = 0; i < length; i++) {
                    int b = in.u8();
                    if (b < 0x80) {
                        text.append((char) b);
                    } else if ((b & 0xe0) == 0xc0) {
                        text.append((char) ((b & 0x1f) << 6 | continuation(in)));
                    } else if ((b & 0xf0) == 0xe0) {
                        int high = continuation(in);
                        text.append((char) ((b & 0x0f) << 12 | high << 6 | continuation(in)));
                    } else {
                        return Optional.empty();
                    }
                }
                strings.add(text.toString());
            }
            return Optional.of(strings);
        } catch (WasmFormatException e) {
            return Optional.empty();
        }
    }

    private static int continuation(WasmReader in) {
        int b = in.u8();
        if ((b & 0xc0) != 0x80) {
            throw new WasmFormatException("not a continuation byte");
        }
        return b & 0x3f;
    }
}
