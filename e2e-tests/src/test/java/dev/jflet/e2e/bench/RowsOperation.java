package dev.jflet.e2e.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The js-framework-benchmark operations, as clicks on the rows app and its vanilla page. Each runs on a freshly loaded
 * page: the set-up steps, then warm-up steps, then the measured step. What each step waits for is a named check of
 * rows-probe.js.
 */
enum RowsOperation {
    CREATE_1K("create 1,000 rows", List.of(), repeat(5, run(), clear()), step("run", "count", 1000)),
    REPLACE_1K("replace all 1,000 rows", List.of(), repeat(5, step("run", "firstIdChanged", 1000)),
            step("run", "firstIdChanged", 1000)),
    UPDATE_10TH("update every 10th row of 1,000", List.of(run()), repeat(5, step("update", "firstLabelChanged", 0)),
            step("update", "firstLabelChanged", 0)),
    SELECT("select a row", List.of(run()), selectWarmUps(), selectRow(1)),
    SWAP("swap rows 2 and 999", List.of(run()), repeat(5, step("swaprows", "secondIdChanged", 0)),
            step("swaprows", "secondIdChanged", 0)),
    REMOVE("remove a row", List.of(run()), repeat(5, removeRow(4)), removeRow(3)),
    CREATE_10K("create 10,000 rows", List.of(), repeat(5, run(), clear()), step("runlots", "count", 10_000)),
    APPEND_1K("append 1,000 rows to 1,000", List.of(), repeat(5, run(), clear()), step("add", "count", 2000),
            List.of(run())),
    CLEAR_1K("clear 1,000 rows", List.of(), repeat(5, run(), clear()), step("clear", "count", 0), List.of(run()));

    /** One click and what it waits for: {@code check(argument)} in rows-probe.js. */
    record Step(String selector, String check, int argument) {
    }

    private final String label;
    private final List<Step> setUp;
    private final List<Step> warmUp;
    private final Step measured;

    RowsOperation(String label, List<Step> setUp, List<Step> warmUp, Step measured) {
        this(label, setUp, warmUp, measured, List.of());
    }

    /** {@code beforeMeasured} runs after the warm-up, to bring the rows to the state the measured step needs. */
    RowsOperation(String label, List<Step> setUp, List<Step> warmUp, Step measured, List<Step> beforeMeasured) {
        this.label = label;
        List<Step> prepare = new ArrayList<>(setUp);
        prepare.addAll(warmUp);
        prepare.addAll(beforeMeasured);
        this.setUp = List.copyOf(prepare);
        this.warmUp = List.copyOf(warmUp);
        this.measured = measured;
    }

    String label() {
        return label;
    }

    /** Every step before the measured one: set-up, warm-up, and what brings the rows to the measured state. */
    List<Step> preparation() {
        return setUp;
    }

    int warmUpSteps() {
        return warmUp.size();
    }

    Step measured() {
        return measured;
    }

    // Methods, not constants: the enum constants above are built before any static field of the enum.
    private static Step run() {
        return step("run", "count", 1000);
    }

    private static Step clear() {
        return step("clear", "count", 0);
    }

    private static Step step(String key, String check, int argument) {
        return new Step("[data-key=\"" + key + "\"]", check, argument);
    }

    /** Clicks the label of row {@code index} (0-based), which selects it. */
    private static Step selectRow(int index) {
        return new Step(rowSelector(index) + " > * > :nth-child(2)", "selected", index);
    }

    /** Clicks the remove button of row {@code index} (0-based). */
    private static Step removeRow(int index) {
        return new Step(rowSelector(index) + " button", "countDropsBy", 1);
    }

    private static List<Step> selectWarmUps() {
        List<Step> steps = new ArrayList<>();
        for (int row = 5; row < 10; row++) {
            steps.add(selectRow(row));
        }
        return steps;
    }

    private static String rowSelector(int index) {
        return "[data-key=\"rows\"] > :nth-child(" + (index + 1) + ")";
    }

    private static List<Step> repeat(int times, Step... steps) {
        List<Step> all = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            Collections.addAll(all, steps);
        }
        return all;
    }
}
