package org.lstmworkbench.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.DatasetSpec;
import org.lstmworkbench.data.ScalingNames;
import org.lstmworkbench.data.TransformSpec;
import org.lstmworkbench.data.sequence.SequenceSpec;
import org.lstmworkbench.model.Architecture;
import org.lstmworkbench.model.Architectures;
import org.lstmworkbench.model.InvalidConfigException;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.ModelConfigJson;

/**
 * Applies a sweep point to the base settings. A name is one of:
 * <ul>
 *   <li>a field of {@code ModelConfig} as in its flat (version-1) JSON form ({@code units}, {@code epochs},
 *       {@code batchSize}, {@code learningRate}, {@code dropout}, {@code l2}, {@code optimizer},
 *       {@code weightInit}, {@code activation}, ...), or a field of early stopping as
 *       {@code earlyStopping.patience}; enum values are case-insensitive with {@code -} for
 *       {@code _}; stacked {@code units} are written {@code 50/50};</li>
 *   <li>{@code layers}: that many LSTM layers, each with the base's first-layer cells;</li>
 *   <li>per layer, written like stacked units: {@code activation=tanh/relu} and {@code dropout=0.2/0.1}
 *       (the same as {@code layerActivations} and {@code layerDropout}); one value sets every layer;</li>
 *   <li>{@code init}: another name of {@code weightInit} (the input and output weights' initialisation);</li>
 *   <li>{@code architecture} ({@code lstm}, {@code cnn-lstm}) and the settings of
 *       {@link Architectures#SETTINGS}: {@code filters} ({@code 64/32} for two convolution layers),
 *       {@code kernelSize}, {@code pool}, {@code subsequences};</li>
 *   <li>data settings: {@code lags}, {@code horizon}, {@code difference},
 *       {@code seasonalDifference}, {@code scale} ({@code none}, {@code minmax},
 *       {@code minmax-symmetric}, {@code standard}); for a classification experiment only
 *       {@code scale} and {@code fixedLength} (0 for variable length).</li>
 * </ul>
 * {@code seed} cannot be swept: repeats vary it (see {@link RunSeeds}).
 */
public final class Parameters {

    /** The data settings that can be swept. */
    public static final List<String> DATA_NAMES = List.of("lags", "horizon", "difference", "seasonalDifference", "scale");

    /** The data settings of a classification experiment that can be swept. */
    public static final List<String> SEQUENCE_DATA_NAMES = List.of("scale", "fixedLength");

    private static final Set<String> INTEGER_DATA = Set.of("lags", "horizon", "difference", "seasonalDifference", "layers",
            "fixedLength");
    /** The short name of {@code weightInit}, as the command line's {@code --init}. */
    private static final String INIT = "init";
    private static final ObjectNode DEFAULTS = ModelConfigJson.toFlatTree(ModelConfig.defaults());

    private Parameters() {
    }

    /** Every name that can be swept in a regression experiment, model fields first. */
    public static List<String> names() {
        return names(false);
    }

    /** Every name that can be swept in an experiment of this kind, model fields first. */
    public static List<String> names(boolean classification) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = DEFAULTS.fieldNames();
        while (it.hasNext()) {
            String n = it.next();
            if (n.equals("seed")) {
                continue;
            }
            if (DEFAULTS.get(n).isObject()) {
                DEFAULTS.get(n).fieldNames().forEachRemaining(sub -> names.add(n + "." + sub));
            } else {
                names.add(n);
            }
        }
        names.add("layers");
        names.add(INIT);
        names.add("architecture");
        names.addAll(Architectures.SETTINGS);
        names.addAll(classification ? SEQUENCE_DATA_NAMES : DATA_NAMES);
        return names;
    }

    /** Throws a {@link WorkbenchException} listing the valid names when {@code name} cannot be swept. */
    public static void requireKnown(String name) {
        requireKnown(name, false);
    }

    /** {@link #requireKnown(String)} for an experiment of this kind. */
    public static void requireKnown(String name, boolean classification) {
        if (name.equals("seed")) {
            throw new WorkbenchException("seed cannot be swept: repeats vary the seed (use --repeats and the base --seed)");
        }
        List<String> names = names(classification);
        if (!names.contains(name)) {
            throw new WorkbenchException("unknown parameter \"" + name + "\"" + (classification ? " for classification"
                    : "") + "; parameters: " + String.join(", ", names));
        }
    }

    /** Whether the parameter takes whole numbers (random ranges are rounded for these). */
    public static boolean isInteger(String name) {
        if (INTEGER_DATA.contains(name) || name.equals("units") || Architectures.SETTINGS.contains(name)) {
            return true;
        }
        JsonNode node = node(DEFAULTS, name);
        return node != null && node.isIntegralNumber();
    }

    /** Whether the parameter is a data setting (changes the prepared data, not the model). */
    public static boolean isData(String name) {
        return DATA_NAMES.contains(name) || SEQUENCE_DATA_NAMES.contains(name);
    }

    /** The base classification data settings with the point's data parameters applied. */
    public static SequenceSpec applyToSequences(SequenceSpec base, Map<String, String> values) {
        SequenceSpec.Builder b = base.toBuilder();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String v = e.getValue().trim();
            switch (e.getKey()) {
                case "scale" -> b.scaling(scaling(v));
                case "fixedLength" -> b.fixedLength(integer(e.getKey(), v));
                default -> { }
            }
        }
        return b.build();
    }

    /** The base data settings with the point's data parameters applied. */
    public static DatasetSpec applyToData(DatasetSpec base, Map<String, String> values) {
        DatasetSpec.Builder b = base.toBuilder();
        TransformSpec t = base.transform();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String v = e.getValue().trim();
            switch (e.getKey()) {
                case "lags" -> b.lags(integer(e.getKey(), v));
                case "horizon" -> b.horizon(integer(e.getKey(), v));
                case "difference" -> t = t.withDifference(integer(e.getKey(), v));
                case "seasonalDifference" -> t = t.withSeasonalDifference(integer(e.getKey(), v));
                case "scale" -> t = t.withScaling(scaling(v));
                default -> { }
            }
        }
        return b.transform(t).build();
    }

    /**
     * The base configuration with the point's model parameters applied (not validated); its task stays the base's.
     * The flat names set the LSTM layers of any architecture; {@code architecture} and its settings
     * ({@link Architectures#SETTINGS}) are applied after them, in that order.
     */
    public static ModelConfig applyToModel(ModelConfig base, Map<String, String> values) {
        ObjectNode tree = ModelConfigJson.toFlatTree(base);
        boolean changed = false;
        for (Map.Entry<String, String> e : values.entrySet()) {
            String name = e.getKey();
            if (isData(name) || isArchitecture(name)) {
                continue;
            }
            requireKnown(name);
            String v = e.getValue().trim();
            if (name.equals(INIT)) {
                name = "weightInit";
            } else if (name.equals("activation") && v.contains("/")) {
                name = "layerActivations";
            } else if (name.equals("dropout") && v.contains("/")) {
                name = "layerDropout";
            }
            if (name.equals("layerDropout") && !v.contains("/")) {
                // one value: every layer's drop rate, as --dropout 0.2 sets it
                tree.set("layerDropout", JsonNodeFactory.instance.arrayNode());
                tree.set("dropout", parse("dropout", tree.get("dropout"), v));
            } else if (name.equals("layerActivations") && !v.contains("/")) {
                tree.set("layerActivations", JsonNodeFactory.instance.arrayNode());
                tree.set("activation", parse("activation", tree.get("activation"), v));
            } else if (name.equals("layers")) {
                ArrayNode units = JsonNodeFactory.instance.arrayNode();
                Collections.nCopies(integer(name, v), base.units().get(0)).forEach(units::add);
                tree.set("units", units);
            } else {
                int dot = name.indexOf('.');
                ObjectNode owner = dot < 0 ? tree : (ObjectNode) tree.get(name.substring(0, dot));
                String field = dot < 0 ? name : name.substring(dot + 1);
                owner.set(field, parse(name, owner.get(field), v));
            }
            changed = true;
        }
        ModelConfig m = base;
        if (changed) {
            // the flat form has no task (version-1 files are all regression): the base's task is kept
            ModelConfig flat = ModelConfigJson.fromFlatTree(tree, "parameters " + values);
            m = new ModelConfig(base.task(), Architectures.withLstmPart(base.architecture(), flat.lstm()),
                    flat.regularization(), flat.learning(), flat.training(), flat.earlyStopping(), flat.loss(), flat.seed());
        }
        return withArchitecture(m, values);
    }

    /** Whether the name is {@code architecture} or one of its settings ({@code filters}, {@code kernelSize}, ...). */
    public static boolean isArchitecture(String name) {
        return name.equals("architecture") || Architectures.SETTINGS.contains(name);
    }

    /**
     * The point's architecture type, then its settings. A setting the point's architecture lacks
     * is skipped when the point also sets the type ({@code architecture=lstm,cnn-lstm} with
     * {@code filters=32,64}: filters mean nothing to the lstm runs), else it is an error.
     */
    private static ModelConfig withArchitecture(ModelConfig m, Map<String, String> values) {
        Architecture a = m.architecture();
        String type = values.get("architecture");
        try {
            if (type != null) {
                a = Architectures.ofType(type.trim().toLowerCase(Locale.ROOT), a);
            }
            for (String setting : Architectures.SETTINGS) {
                String v = values.get(setting);
                if (v == null || (type != null && !Architectures.has(a, setting))) {
                    continue;
                }
                List<Integer> numbers = new ArrayList<>();
                for (String part : v.split("/")) {
                    numbers.add(integer(setting, part.trim()));
                }
                a = Architectures.with(a, setting, numbers);
            }
        } catch (InvalidConfigException e) {
            throw new WorkbenchException("parameters " + values + ": " + e.problems().get(0).message());
        }
        return a == m.architecture() ? m : m.toBuilder().architecture(a).build();
    }

    private static JsonNode parse(String name, JsonNode like, String v) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (like.isArray()) {
            ArrayNode a = f.arrayNode();
            for (String part : v.split("/")) {
                String t = part.trim();
                switch (name) {
                    case "layerActivations" -> a.add(t.toUpperCase(Locale.ROOT).replace('-', '_'));
                    case "layerDropout" -> a.add(parse(name, f.numberNode(0.0), t));
                    default -> a.add(integer(name, t));
                }
            }
            return a;
        }
        if (like.isIntegralNumber()) {
            return like.canConvertToInt() ? f.numberNode(integer(name, v)) : f.numberNode(longValue(name, v));
        }
        if (like.isNumber()) {
            try {
                return f.numberNode(Double.parseDouble(v));
            } catch (NumberFormatException ex) {
                throw new WorkbenchException("parameter " + name + " takes a number, not \"" + v + "\"");
            }
        }
        if (like.isBoolean()) {
            if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                throw new WorkbenchException("parameter " + name + " takes true or false, not \"" + v + "\"");
            }
            return f.booleanNode(Boolean.parseBoolean(v.toLowerCase(Locale.ROOT)));
        }
        return f.textNode(v.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static JsonNode node(ObjectNode tree, String name) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            return tree.get(name);
        }
        JsonNode owner = tree.get(name.substring(0, dot));
        return owner == null ? null : owner.get(name.substring(dot + 1));
    }

    private static int integer(String name, String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new WorkbenchException("parameter " + name + " takes a whole number, not \"" + v + "\"");
        }
    }

    private static long longValue(String name, String v) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new WorkbenchException("parameter " + name + " takes a whole number, not \"" + v + "\"");
        }
    }

    private static TransformSpec.Scaling scaling(String s) {
        return ScalingNames.parse(s).orElseThrow(() -> new WorkbenchException(
                "parameter scale takes " + ScalingNames.CHOICES + ", not \"" + s + "\""));
    }
}
