package dev.jflet.core.internal.tree;

import dev.jflet.core.Control;
import dev.jflet.core.controls.core.Column;
import dev.jflet.core.controls.core.Text;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ControlNodeLayoutTest {
    @Test
    void control_isItsOwnNode() {
        Text text = new Text("a");
        Column col = new Column(text);

        assertSame(text, Nodes.children(col).get(0));
        assertSame(col, Nodes.parent(text));
        assertSame(col, Nodes.control(Nodes.parent(text)));
    }

    @Test
    void control_keepsItsStateInTheNineFieldsOfControlNode() {
        assertTrue(ControlNode.class.isAssignableFrom(Control.class));
        assertEquals(List.of(), instanceFields(Control.class));
        assertEquals(List.of("flags", "id", "keys", "more", "parent", "props", "value0", "value1", "value2"),
                instanceFields(ControlNode.class));
    }

    @Test
    void controlList_keepsItsOwnerAndItems_andItsSizeInTheModCountOfAbstractList() {
        assertEquals(List.of("items", "owner"), instanceFields(ControlList.class));
        List<String> inherited = new ArrayList<>();
        for (Class<?> c = ControlList.class.getSuperclass(); c != Object.class; c = c.getSuperclass()) {
            inherited.addAll(instanceFields(c));
        }
        assertEquals(List.of("modCount"), inherited);
    }

    @Test
    void controlNode_showsNothingOnControls() {
        for (Method m : ControlNode.class.getDeclaredMethods()) {
            if (!m.isSynthetic()) {
                // Not even package-private instance methods: TeaVM would let a control's method of the same
                // name and signature replace them.
                int mods = m.getModifiers();
                assertTrue(Modifier.isStatic(mods) ? !Modifier.isPublic(mods) && !Modifier.isProtected(mods)
                        : Modifier.isPrivate(mods), m.toString());
            }
        }
        for (Field f : ControlNode.class.getDeclaredFields()) {
            assertTrue(!Modifier.isPublic(f.getModifiers()) && !Modifier.isProtected(f.getModifiers()), f.toString());
        }
        for (Class<?> c : ControlNode.class.getDeclaredClasses()) {
            assertTrue(!Modifier.isPublic(c.getModifiers()) && !Modifier.isProtected(c.getModifiers()), c.toString());
        }
    }

    /** The names of the instance fields {@code type} declares, sorted. */
    private static List<String> instanceFields(Class<?> type) {
        List<String> out = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
                out.add(f.getName());
            }
        }
        Collections.sort(out);
        return out;
    }
}
