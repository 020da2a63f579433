package org.spinflow.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.spinflow.devices.DeviceRegistry;
import org.spinflow.devices.Preset;
import org.spinflow.model.kinds.NodeKindDescriptor;
import org.spinflow.model.kinds.NodeKinds;
import org.spinflow.model.kinds.PortSpec;
import org.spinflow.model.kinds.PropertySpec;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "kinds", description = "List the node kinds (ports, properties) and device kinds (presets, parameters) installed, "
        + "including those contributed by other jars on the class path.")
final class KindsCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> presets = DeviceRegistry.getDefault().presets().stream().map(Preset::name).toList();
        if (json) {
            List<Map<String, Object>> nodes = new ArrayList<>();
            for (NodeKindDescriptor d : NodeKinds.all()) {
                Map<String, Object> k = new LinkedHashMap<>();
                k.put("id", d.id());
                k.put("label", d.label());
                k.put("category", d.category());
                k.put("description", d.description());
                k.put("provider", d.getClass().getName());
                List<Map<String, Object>> ports = new ArrayList<>();
                for (PortSpec p : d.ports()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("name", p.name());
                    m.put("direction", p.direction().getLiteral());
                    m.put("signal", p.signal().getLiteral());
                    m.put("size", p.sizeRule());
                    if (p.direction() == org.spinflow.model.PortDirection.IN) {
                        m.put("max_connections", p.maxConnections() == PortSpec.UNBOUNDED ? "any" : p.maxConnections());
                        m.put("shape", p.shape().name().toLowerCase(java.util.Locale.ROOT));
                    }
                    ports.add(m);
                }
                k.put("ports", ports);
                List<Map<String, Object>> props = new ArrayList<>();
                for (PropertySpec p : d.properties()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("name", p.name());
                    m.put("type", p.type().literal());
                    m.put("unit", p.unit());
                    m.put("default", p.defaultValue());
                    m.put("min", p.min());
                    m.put("min_exclusive", p.minExclusive());
                    m.put("max", p.max());
                    List<String> choices = PropertySpec.DEVICE_PRESETS.equals(p.choicesFrom()) ? presets : p.choices();
                    if (!choices.isEmpty()) {
                        m.put("choices", choices);
                    }
                    m.put("description", p.description());
                    props.add(m);
                }
                k.put("properties", props);
                nodes.add(k);
            }
            Map<String, Map<String, Object>> devices = new LinkedHashMap<>();
            for (Preset p : DeviceRegistry.getDefault().presets()) {
                Map<String, Object> kind = devices.computeIfAbsent(p.kind(), id -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", id);
                    m.put("presets", new ArrayList<Map<String, Object>>());
                    return m;
                });
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", p.name());
                m.put("description", p.description());
                m.put("source", p.source());
                m.put("parameters", new TreeMap<>(p.parameters()));
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> list = (List<Map<String, Object>>) kind.get("presets");
                list.add(m);
            }
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("node_kinds", nodes);
            o.put("device_kinds", new ArrayList<>(devices.values()));
            out.println(Json.of(o));
        } else {
            out.println("Node kinds:");
            for (NodeKindDescriptor d : NodeKinds.all()) {
                out.printf("  %-12s %-24s %s%n", d.id(), d.label(), d.category());
                for (PortSpec p : d.ports()) {
                    out.printf("      port %-5s %-3s %-10s size %s%s%n", p.name(), p.direction().getLiteral(), p.signal().getLiteral(),
                            p.sizeRule(), p.direction() == org.spinflow.model.PortDirection.IN
                                    ? (p.maxConnections() == PortSpec.UNBOUNDED ? ", any number of connections"
                                            + (p.shape() == PortSpec.Shape.CONCATENATED ? " (concatenated)" : " (summed)")
                                            : ", " + p.maxConnections() + " connection") : "");
                }
                for (PropertySpec p : d.properties()) {
                    List<String> choices = PropertySpec.DEVICE_PRESETS.equals(p.choicesFrom()) ? presets : p.choices();
                    out.printf("      %-24s %-7s %-6s default %-10s %s%s%n", p.name(), p.type().literal(), p.unit(),
                            p.defaultValue().isEmpty() ? "-" : p.defaultValue(), p.rangeText(),
                            choices.isEmpty() ? "" : " {" + String.join(", ", choices) + "}");
                }
            }
            out.println("Device kinds:");
            Map<String, List<Preset>> byKind = new LinkedHashMap<>();
            for (Preset p : DeviceRegistry.getDefault().presets()) {
                byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p);
            }
            for (var e : byKind.entrySet()) {
                out.printf("  %s%n", e.getKey());
                for (Preset p : e.getValue()) {
                    out.printf("      preset %-22s %s; parameters: %s%n", p.name(), p.description(),
                            String.join(", ", new TreeMap<>(p.parameters()).keySet()));
                }
            }
        }
        out.flush();
        return Main.OK;
    }
}
