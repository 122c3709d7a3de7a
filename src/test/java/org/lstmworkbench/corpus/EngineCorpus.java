package org.lstmworkbench.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lstmworkbench.diagnosis.CurveInput;
import org.lstmworkbench.diagnosis.CurveReaders;
import org.lstmworkbench.diagnosis.DiagnosisJson;
import org.lstmworkbench.diagnosis.FitLabel;
import org.lstmworkbench.diagnosis.LossCurve;
import org.lstmworkbench.diagnosis.UnderfitKind;

/** The engine-made curves of the corpus: {@code corpus/engine/*.csv} labelled in {@code corpus/labels.csv}. */
final class EngineCorpus {

    private EngineCorpus() {
    }

    /** Folder of the committed corpus resources. */
    static Path folder() {
        try {
            return Path.of(EngineCorpus.class.getResource("/corpus/labels.csv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A committed engine curve with the run's baseline and dropout applied. */
    static CurveInput curve(String file) {
        Path dir = folder().resolve("engine");
        LossCurve c = CurveReaders.readHistoryCsv(dir.resolve(file + ".csv"));
        try {
            JsonNode options = new ObjectMapper().readTree(dir.resolve(file + ".json").toFile());
            return DiagnosisJson.applyInput(c.toCurveInput(), options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first {@code epochs} epochs of {@code in}. */
    static CurveInput cut(CurveInput in, int epochs) {
        return new CurveInput(Arrays.copyOf(in.train(), epochs), in.val() == null ? null : Arrays.copyOf(in.val(), epochs),
                in.naiveBaselineVal(), in.regularised(), in.expectedInitialLoss());
    }

    static List<CorpusEntry> load() {
        List<CorpusEntry> entries = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(folder().resolve("labels.csv"))) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("file,")) {
                    continue;
                }
                String[] f = line.split(",", 5);
                int epochs = Integer.parseInt(f[1]);
                UnderfitKind kind = f[3].isEmpty() ? null : UnderfitKind.valueOf(f[3]);
                entries.add(new CorpusEntry(f[0] + "@" + epochs, true, cut(curve(f[0]), epochs),
                        FitLabel.valueOf(f[2]), kind));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
