package org.lstmworkbench.diagnosis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.OptionalDouble;

/**
 * The one JSON shape of a {@link Diagnosis}, shared by {@code diagnose --json} and {@code run.json}:
 * {@code {"label": "OVERFIT", "kind": null, "bestEpoch": 612, "confidence": 0.9,
 * "evidence": {...}, "suggestion": "..."}}, with {@code "file"} first when the curve came from
 * a file. Non-finite evidence values (NaN GL of a broken run) are written as null, so the
 * output parses with any JSON reader.
 *
 * <p>Also the small record of what the labeller knew about a run beyond its curves
 * ({@code "diagnosisInput"} in run.json), so a saved history is judged as the run was.
 */
public final class DiagnosisJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DiagnosisJson() {
    }

    /** The diagnosis as a JSON object without a file name. */
    public static ObjectNode toJson(Diagnosis d) {
        return fill(NODES.objectNode(), d);
    }

    /** The diagnosis as a JSON object whose first field is {@code "file"}. */
    public static ObjectNode toJson(String file, Diagnosis d) {
        ObjectNode node = NODES.objectNode();
        node.put("file", file);
        return fill(node, d);
    }

    private static ObjectNode fill(ObjectNode node, Diagnosis d) {
        node.put("label", d.label().name());
        if (d.kind() == null) {
            node.putNull("kind");
        } else {
            node.put("kind", d.kind().name());
        }
        node.put("bestEpoch", d.bestEpoch());
        node.put("confidence", d.confidence());
        ObjectNode evidence = node.putObject("evidence");
        d.evidence().forEach((k, v) -> {
            if (Double.isFinite(v)) {
                evidence.put(k, v);
            } else {
                evidence.putNull(k);
            }
        });
        node.put("suggestion", d.suggestion());
        return node;
    }

    /**
     * What the labeller knew beyond the curves: {@code {"naiveBaselineVal": 0.01 or null,
     * "regularised": false}}, plus {@code "meanBaselineVal"} (the training-mean forecast's loss)
     * when known.
     */
    public static ObjectNode inputToJson(CurveInput input) {
        ObjectNode node = NODES.objectNode();
        if (input.naiveBaselineVal().isPresent()) {
            node.put("naiveBaselineVal", input.naiveBaselineVal().getAsDouble());
        } else {
            node.putNull("naiveBaselineVal");
        }
        node.put("regularised", input.regularised());
        // added after the first files: absent in older run.json (then the rule cannot apply)
        input.meanBaselineVal().ifPresent(m -> node.put("meanBaselineVal", m));
        if (input.expectedInitialLoss().isPresent()) {
            node.put("expectedInitialLoss", input.expectedInitialLoss().getAsDouble());
        }
        // a classifier's classes (the curves themselves are in history.csv); absent for regression
        input.accuracy().ifPresent(a -> {
            a.classes().ifPresent(k -> node.put("classes", k));
            a.majorityShare().ifPresent(m -> node.put("majorityShare", m));
        });
        return node;
    }

    /**
     * {@code curves} with the options of an {@link #inputToJson} object applied; missing fields
     * leave them unset. Accuracy curves read with the losses are kept, and {@code "classes"} /
     * {@code "majorityShare"} complete them (classes alone give the chance-level loss).
     */
    public static CurveInput applyInput(CurveInput curves, JsonNode options) {
        CurveInput applied = new CurveInput(curves.train(), curves.val(), positive(options, "naiveBaselineVal"),
                options.path("regularised").asBoolean(false), positive(options, "expectedInitialLoss"),
                curves.accuracy(), positive(options, "meanBaselineVal"));
        JsonNode k = options.path("classes");
        OptionalDouble share = positive(options, "majorityShare");
        if (!(k.canConvertToInt() && k.asInt() >= 2) && share.isEmpty()) {
            return applied;
        }
        AccuracyCurves acc = curves.accuracy().orElse(AccuracyCurves.of(null, null));
        if (k.canConvertToInt() && k.asInt() >= 2) {
            acc = acc.withClasses(k.asInt());
        }
        if (share.isPresent() && share.getAsDouble() <= 1) {
            acc = acc.withMajorityShare(share.getAsDouble());
        }
        return applied.withAccuracy(acc);
    }

    private static OptionalDouble positive(JsonNode options, String field) {
        JsonNode v = options.path(field);
        return v.isNumber() && v.doubleValue() > 0 && Double.isFinite(v.doubleValue())
                ? OptionalDouble.of(v.doubleValue()) : OptionalDouble.empty();
    }
}
