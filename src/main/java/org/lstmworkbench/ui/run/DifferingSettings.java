package org.lstmworkbench.ui.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.ModelConfigJson;
import org.lstmworkbench.ui.common.DisplayTexts;
import org.lstmworkbench.ui.model.ConfigField;

/**
 * The settings in which runs differ, as a trial table shows them: one column per setting whose
 * value is not the same for every run (the seed has its own column), named as the model pane
 * names it, valued as a person reads it ("50, 50", "0.001", "Adam").
 */
public final class DifferingSettings {

    /** Settings the run list shows in columns of their own. */
    private static final Set<String> OWN_COLUMNS = Set.of("seed");

    /** Numbers by value, then anything else by text, so "10" sorts after "9". */
    public static final Comparator<String> NATURAL = (a, b) -> {
        Double x = parse(a);
        Double y = parse(b);
        if (x != null && y != null) {
            return Double.compare(x, y);
        }
        if (x != null || y != null) {
            return x != null ? -1 : 1;
        }
        return a.compareTo(b);
    };

    private DifferingSettings() {
    }

    /** The settings (flat names, in the configuration's order) whose values differ between {@code configs}. */
    public static List<String> among(Collection<ModelConfig> configs) {
        List<String> differing = new ArrayList<>();
        Map<String, String> first = null;
        List<Map<String, String>> all = configs.stream().map(DifferingSettings::values).toList();
        for (Map<String, String> values : all) {
            if (first == null) {
                first = values;
                continue;
            }
            for (String name : first.keySet()) {
                if (!differing.contains(name) && !first.get(name).equals(values.getOrDefault(name, ""))) {
                    differing.add(name);
                }
            }
        }
        // keep the configuration's order whatever order the differences were found in
        List<String> order = first == null ? List.of() : List.copyOf(first.keySet());
        differing.sort(Comparator.comparingInt(order::indexOf));
        return differing;
    }

    /** Every setting of {@code config} by flat name ({@code units}, {@code earlyStopping.patience}) as display text. */
    public static Map<String, String> values(ModelConfig config) {
        Map<String, String> values = new LinkedHashMap<>();
        flatten("", ModelConfigJson.toFlatTree(config), values);
        OWN_COLUMNS.forEach(values::remove);
        return values;
    }

    /** The column title of a setting: the model pane's name ("learning rate"), else its words. */
    public static String title(String name) {
        for (ConfigField f : ConfigField.values()) {
            if (ModelConfigJson.flatName(f.path()).equals(name)) {
                return f == ConfigField.UNITS ? "cells" : f.label();
            }
        }
        String last = name.substring(name.lastIndexOf('.') + 1);
        return last.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String name = prefix + f.getKey();
            JsonNode v = f.getValue();
            if (v.isObject()) {
                flatten(name + ".", v, into);
            } else {
                into.put(name, text(v));
            }
        }
    }

    private static String text(JsonNode v) {
        if (v.isNumber()) {
            return DisplayTexts.number(v.doubleValue());
        }
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(item -> items.add(text(item)));
            return String.join(", ", items);
        }
        if (v.isNull()) {
            return "";
        }
        String t = v.asText();
        // enum constants as the model pane shows them
        return t.equals(t.toUpperCase(java.util.Locale.ROOT)) && t.length() > 1 ? DisplayTexts.words(t) : t;
    }

    private static Double parse(String s) {
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
