package dev.jflet.host;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Internal: rewrites the constructors of TeaVM's JavaScript build so that V8 lays each Java object out in one block.
 *
 * <p>TeaVM writes a class's constructor as {@code function B(){let a=this;A.call(a);a.f=null;a.g=0;}}: the
 * superclass's constructor sets the inherited fields, then the class's own are set through a local alias of
 * {@code this}. V8 sizes the objects a constructor makes by counting the {@code this.x=} assignments in its body, and
 * finds none there, so every field past the first few goes to a separate property array: a node of the control tree,
 * with 20 fields, took 108 bytes where 92 do. This rewrite gives each constructor the whole list, in the same order,
 * as {@code function B(){this.x=null;this.y=0;this.f=null;this.g=0;}}, with the superclass's assignments written
 * in when they are plain assignments too. Constructors of any other shape are left as they are.
 *
 * <p>It also leaves out TeaVM's identity hash field, which the root class sets to 0 in every object, when the runtime
 * only ever gives it on first use: then an object gets the field when something asks for its identity hash, which
 * few objects are, and the others are 4 bytes smaller.
 *
 * <p>And it moves the root class's other field, the monitor that {@code synchronized} uses, which every object gets
 * as {@code null}, to the root class's prototype: the runtime makes that prototype ({@link #ROOT_PROTOTYPE}), and it
 * makes every other class's prototype from its superclass's, so an object made by a rewritten constructor reads
 * {@code null} from there until it is first locked, which gives it a field of its own. Again 4 bytes an object. The
 * constructors left as they are, and those of classes whose superclass is not rewritten (Throwable's, whose prototype
 * comes from {@code Error}'s), still set the field.
 */
final class JsConstructors {
    /** A constructor: optionally the superclass's constructor called on {@code this} or its alias, then fields. */
    private static final Pattern CONSTRUCTOR = Pattern.compile(
            "function ([A-Za-z_$][\\w$]*)\\(\\)\\{(?:let a=this;([A-Za-z_$][\\w$]*)\\.call\\(a\\);|"
                    + "([A-Za-z_$][\\w$]*)\\.call\\(this\\);)?((?:(?:a|this)\\.[\\w$]+=[\\w$.]+;)*)}");
    private static final Pattern FIELD = Pattern.compile("(?:a|this)\\.([\\w$]+=[\\w$.]+);");
    /** TeaVM's identity hash field, which its root class's constructor sets to 0 in every object. */
    static final String IDENTITY_FIELD = "$id$=0";
    /**
     * The ways TeaVM's runtime uses the identity hash field: given on first use ({@code if(!b.$id$)b.$id$=...}),
     * read, or set on a clone. None needs the field to exist beforehand.
     */
    /** Where TeaVM's runtime makes the prototype of a class without a superclass: {@code java.lang.Object}'s. */
    static final String ROOT_PROTOTYPE = "cls.prototype={};";
    private static final Pattern IDENTITY_USE = Pattern.compile(
            "if\\(!([\\w$]+)\\.\\$id\\$\\)\\1\\.\\$id\\$=|return [\\w$]+\\.\\$id\\$;|(?<![\\w$])(?!this\\.)[\\w$]+\\.\\$id\\$=[\\w$]+;");

    private JsConstructors() {
    }

    private record Constructor(String superName, boolean aliased, List<String> fields) {
    }

    /** {@code script} with its constructors rewritten; the same text when none needs it. */
    static String flatten(String script) {
        Map<String, Constructor> constructors = new LinkedHashMap<>();
        Set<String> duplicates = new HashSet<>();
        Matcher m = CONSTRUCTOR.matcher(script);
        while (m.find()) {
            String name = m.group(1);
            String superName = m.group(2) != null ? m.group(2) : m.group(3);
            List<String> fields = new ArrayList<>();
            Matcher f = FIELD.matcher(m.group(4));
            while (f.find()) {
                fields.add(f.group(1));
            }
            if (constructors.put(name, new Constructor(superName, m.group(2) != null, fields)) != null) {
                duplicates.add(name);
            }
        }
        duplicates.forEach(constructors::remove);
        if (identityHashGivenOnFirstUse(script, constructors)) {
            for (Constructor c : constructors.values()) {
                c.fields.remove(IDENTITY_FIELD);
            }
        }
        Map<String, String> bodies = new HashMap<>();
        String root = monitorRoot(script, constructors);
        String monitor = root == null ? null : "this." + constructors.get(root).fields.get(0) + ";";
        StringBuilder out = new StringBuilder(script.length());
        m.reset();
        while (m.find()) {
            String name = m.group(1);
            String body = constructors.containsKey(name) ? body(name, constructors, bodies, 0) : null;
            if (body != null && monitor != null && !name.equals(root) && reaches(name, root, constructors)
                    && body.startsWith(monitor)) {
                body = body.substring(monitor.length());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(
                    body == null ? m.group() : "function " + name + "(){" + body + "}"));
        }
        m.appendTail(out);
        if (root == null) {
            return out.toString();
        }
        String field = constructors.get(root).fields.get(0);
        int at = out.indexOf(ROOT_PROTOTYPE);
        return out.replace(at, at + ROOT_PROTOTYPE.length(),
                "cls.prototype={" + field.replace("=", ":") + "};").toString();
    }

    /**
     * The root class whose one field, set to null, can move to its prototype: the constructor without a superclass
     * that most others descend from, when the runtime makes the root prototype in the one known way. Null when the
     * script has no such class.
     */
    private static String monitorRoot(String script, Map<String, Constructor> constructors) {
        if (count(script, ROOT_PROTOTYPE) != 1) {
            return null;
        }
        Map<String, Integer> descendants = new HashMap<>();
        for (String name : constructors.keySet()) {
            String top = name;
            for (int depth = 0; depth < 64 && constructors.containsKey(top)
                    && constructors.get(top).superName != null; depth++) {
                top = constructors.get(top).superName;
            }
            if (constructors.containsKey(top) && constructors.get(top).superName == null) {
                descendants.merge(top, 1, Integer::sum);
            }
        }
        String root = descendants.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(null);
        if (root == null || descendants.get(root) < 2) {
            return null;
        }
        List<String> fields = constructors.get(root).fields;
        return fields.size() == 1 && fields.get(0).endsWith("=null") ? root : null;
    }

    /** Whether {@code name}'s rewritten constructor writes in {@code root}'s: its superclasses lead there. */
    private static boolean reaches(String name, String root, Map<String, Constructor> constructors) {
        String at = name;
        for (int depth = 0; depth <= 64 && constructors.containsKey(at); depth++) {
            if (at.equals(root)) {
                return true;
            }
            at = constructors.get(at).superName;
            if (at == null) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether every use of the identity hash field outside the constructors works on an object without it, so that
     * objects need not carry it from birth: most are never hashed, and the field costs 4 bytes in each.
     */
    private static boolean identityHashGivenOnFirstUse(String script, Map<String, Constructor> constructors) {
        int inConstructors = 0;
        for (Constructor c : constructors.values()) {
            inConstructors += java.util.Collections.frequency(c.fields, IDENTITY_FIELD);
        }
        int uses = count(script, ".$id$") - inConstructors;
        int known = 0;
        Matcher m = IDENTITY_USE.matcher(script);
        while (m.find()) {
            known += count(m.group(), ".$id$");
        }
        return inConstructors > 0 && uses == known;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    /** The body of {@code name}'s constructor with {@code this.} assignments throughout, the superclass's written in. */
    private static String body(String name, Map<String, Constructor> constructors, Map<String, String> bodies,
            int depth) {
        String done = bodies.get(name);
        if (done != null) {
            return done;
        }
        Constructor c = constructors.get(name);
        StringBuilder body = new StringBuilder();
        if (c.superName != null) {
            boolean inlined = constructors.containsKey(c.superName) && depth < 64;
            body.append(inlined ? body(c.superName, constructors, bodies, depth + 1) : c.superName + ".call(this);");
        }
        for (String field : c.fields) {
            body.append("this.").append(field).append(';');
        }
        bodies.put(name, body.toString());
        return body.toString();
    }
}
