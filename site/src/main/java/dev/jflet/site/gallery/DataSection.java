package dev.jflet.site.gallery;

import dev.jflet.core.Event;
import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.material.DataCell;
import dev.jflet.core.controls.material.DataColumn;
import dev.jflet.core.controls.material.DataRow;
import dev.jflet.core.controls.material.DataTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Data: a DataTable whose columns sort; the Java side re-orders the rows and echoes the sort. */
final class DataSection {
    static final String[] COLUMNS = {"Name", "Age"};

    /** A table row with the values it sorts by; a plain class, not a record, to keep TeaVM's output small. */
    private static final class Person {
        final String name;
        final int age;
        final DataRow row;

        Person(String name, int age) {
            this.name = name;
            this.age = age;
            this.row = new DataRow(new DataCell(name), new DataCell(String.valueOf(age))).key(name);
        }
    }

    private DataSection() {
    }

    static Column build() {
        StatusLine status = new StatusLine("data");
        DataTable table = new DataTable().key("people");
        List<Person> people = List.of(new Person("Bea", 41), new Person("Ada", 36), new Person("Cy", 29));
        people.forEach(p -> table.rows().add(p.row));
        for (int i = 0; i < COLUMNS.length; i++) {
            table.columns().add(new DataColumn(COLUMNS[i]).numeric(i == 1).onSort(e -> {
                int column = intOf(e, "ci");
                boolean ascending = Boolean.TRUE.equals(mapOf(e).get("asc"));
                Comparator<Person> order = column == 0 ? Comparator.comparing((Person p) -> p.name)
                        : Comparator.comparingInt((Person p) -> p.age);
                List<Person> sorted = new ArrayList<>(people);
                sorted.sort(ascending ? order : order.reversed());
                table.rows().clear();
                sorted.forEach(p -> table.rows().add(p.row));
                table.sortColumnIndex(column).sortAscending(ascending);
                status.say("sorted by " + COLUMNS[column] + (ascending ? " asc" : " desc"));
            }));
        }
        return Gallery.section("Data", status, table);
    }

    private static Map<?, ?> mapOf(Event<?> e) {
        Object data = e.data().orElse(null);
        if (!(data instanceof Map)) {
            throw new IllegalArgumentException("sort data is not a map: " + data);
        }
        return (Map<?, ?>) data;
    }

    private static int intOf(Event<?> e, String key) {
        Object value = mapOf(e).get(key);
        if (!(value instanceof Number)) {
            throw new IllegalArgumentException("sort data has no number " + key + ": " + mapOf(e));
        }
        return ((Number) value).intValue();
    }
}
