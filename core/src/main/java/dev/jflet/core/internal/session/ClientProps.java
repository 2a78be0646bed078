package dev.jflet.core.internal.session;

import dev.jflet.core.Control;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.tree.ControlNode;
import dev.jflet.core.internal.tree.Nodes;

import java.util.Map;

/**
 * Internal: applies property values the client reports (RegisterClient's page snapshot, UpdateControl)
 * without echoing them back (flet-protocol.md §3.8). Unknown keys are ignored; bad values are reported
 * and skipped, the other keys still apply.
 */
final class ClientProps {
    private ClientProps() {
    }

    @SuppressWarnings("unchecked")
    static void apply(ControlNode n, Map<Object, Object> props, Log log) {
        for (Map.Entry<Object, Object> e : props.entrySet()) {
            if (!(e.getKey() instanceof String)) {
                log.warn("Ignored non-string property key " + e.getKey() + " for " + n);
                continue;
            }
            String key = (String) e.getKey();
            Prop<Object> prop = (Prop<Object>) Nodes.props(n).get(key);
            if (prop == null) {
                log.debug("Ignored unknown property '" + key + "' for " + n);
                continue;
            }
            Object current = Nodes.get(n, prop);
            if (current instanceof Control && e.getValue() instanceof Map) {
                apply((Control) current, (Map<Object, Object>) e.getValue(), log);
                continue;
            }
            try {
                Nodes.setFromClient(n, prop, prop.decode(e.getValue()));
            } catch (IllegalArgumentException ex) {
                log.warn("Ignored value for " + n + "." + key + ": " + ex.getMessage());
            }
        }
    }
}
